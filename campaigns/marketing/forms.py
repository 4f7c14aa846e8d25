from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone

from campaigns.audience.models import Segment
from campaigns.marketing.models import Offer

MAX_PERCENT = 90


class OfferForm(forms.ModelForm):
    class Meta:
        model = Offer
        fields = [
            "title",
            "product",
            "category",
            "discount_type",
            "discount_value",
            "currency",
            "code",
            "ends_at",
        ]
        widgets = {"ends_at": forms.DateTimeInput(attrs={"type": "datetime-local"})}
        help_texts = {"product": "Or leave empty and name a category."}

    def clean_discount_value(self) -> Any:
        value = self.cleaned_data.get("discount_value")
        if value is not None and value <= 0:
            raise forms.ValidationError("The discount must be greater than zero.")
        return value

    def clean_ends_at(self) -> Any:
        ends_at = self.cleaned_data.get("ends_at")
        if ends_at is not None and ends_at <= timezone.now():
            raise forms.ValidationError("The end date must be in the future.")
        return ends_at

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        kind = data.get("discount_type")
        value = data.get("discount_value")
        needs_value = kind in (Offer.DiscountType.PERCENT, Offer.DiscountType.AMOUNT)
        if needs_value and value is None and "discount_value" not in self.errors:
            self.add_error("discount_value", "This discount type needs a value.")
        if kind == Offer.DiscountType.PERCENT and value is not None and value > MAX_PERCENT:
            self.add_error("discount_value", f"A percentage discount is at most {MAX_PERCENT}%.")
        if kind == Offer.DiscountType.AMOUNT and not data.get("currency"):
            self.add_error("currency", "An amount discount needs a currency.")
        if kind in (Offer.DiscountType.BOGO, Offer.DiscountType.FREE_SHIPPING):
            data["discount_value"] = None
        if not data.get("product") and not data.get("category"):
            self.add_error("category", "Choose a product or name a category for the offer.")
        if data.get("currency"):
            data["currency"] = data["currency"].upper()
        return data


class CampaignForm(forms.Form):
    name = forms.CharField(max_length=200)
    brand_voice = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2}), required=False, max_length=500
    )
    max_chars = forms.IntegerField(min_value=40, max_value=240, initial=120, label="Max characters")
    segment = forms.ModelChoiceField(
        queryset=Segment.objects.order_by("name"),
        required=False,
        help_text="A saved segment, or define a quick one below.",
    )
    segment_category = forms.CharField(
        required=False, label="…or shoppers who viewed category", max_length=128
    )
    segment_days = forms.IntegerField(
        required=False, min_value=1, max_value=365, initial=30, label="in the last N days"
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("segment"):
            if not data.get("segment_category"):
                self.add_error("segment_category", "Choose a segment or name a category.")
            elif not data.get("segment_days"):
                self.add_error("segment_days", "How many days back?")
        return data
