from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone

from campaigns.audience.models import Segment
from campaigns.marketing.models import Offer

MAX_PERCENT = 90


class LinesField(forms.CharField):
    """A list of short texts, typed one per line; the model field's validators judge it."""

    widget = forms.Textarea(attrs={"rows": 3})

    def prepare_value(self, value: Any) -> Any:
        return "\n".join(value) if isinstance(value, list) else value

    def to_python(self, value: Any) -> list[str]:  # type: ignore[override]
        if isinstance(value, list):
            return [str(v).strip() for v in value if str(v).strip()]
        text = super().to_python(value) or ""
        return [line.strip() for line in text.splitlines() if line.strip()]


class OfferForm(forms.ModelForm):
    uses = LinesField(
        required=False,
        label="What shoppers buy it for",
        help_text="Optional, one use per line (e.g. 'buffet table nibbles'). The model's "
        "phrases closest to these are preferred.",
    )

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
            "uses",
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


class CampaignEditForm(forms.Form):
    name = forms.CharField(max_length=200)
    brand_voice = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2}), required=False, max_length=500
    )
    max_chars = forms.IntegerField(min_value=40, max_value=240, label="Max characters")
    holdout_percent = forms.IntegerField(
        min_value=0, max_value=50, label="Holdout %", help_text="Control group: gets no message."
    )
    few_shot = forms.JSONField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text='Example messages: [{"title": "…", "body": "…"}]',
    )

    def clean_few_shot(self) -> Any:
        value = self.cleaned_data.get("few_shot") or []
        ok = isinstance(value, list) and all(
            isinstance(x, dict)
            and isinstance(x.get("title"), str)
            and isinstance(x.get("body"), str)
            for x in value
        )
        if not ok:
            raise forms.ValidationError('Use a list like [{"title": "…", "body": "…"}].')
        return value


class ScheduleForm(forms.Form):
    send_at = forms.DateTimeField(
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
        help_text="Empty: send as soon as the campaign is approved.",
    )
    recurring = forms.BooleanField(required=False, label="Repeat")
    cron_minute = forms.CharField(initial="0", max_length=64, required=False, label="Minute")
    cron_hour = forms.CharField(initial="10", max_length=64, required=False, label="Hour")
    cron_day_of_week = forms.CharField(
        initial="1", max_length=64, required=False, label="Days of week (0=Sun)"
    )

    def clean_send_at(self) -> Any:
        send_at = self.cleaned_data.get("send_at")
        if send_at is not None and send_at <= timezone.now():
            raise forms.ValidationError("The send time is in the past; pick a future time.")
        return send_at


class VariantForm(forms.Form):
    name = forms.CharField(max_length=60)
    brand_voice = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        help_text="Empty: the campaign's brand voice.",
    )
    few_shot = forms.JSONField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text='Empty: the campaign\'s examples. Else [{"title": "…", "body": "…"}].',
    )
    discount_value = forms.DecimalField(
        required=False,
        min_value=0.01,
        max_digits=10,
        decimal_places=2,
        help_text="Test a different discount: empty keeps the campaign's offer.",
    )
    code = forms.CharField(required=False, max_length=32, help_text="Its own code, if any.")
    weight = forms.IntegerField(min_value=1, max_value=100, initial=1)

    def clean_few_shot(self) -> Any:
        return CampaignEditForm.clean_few_shot(self)  # type: ignore[arg-type]
