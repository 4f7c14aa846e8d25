from datetime import timedelta

import pytest
from django.utils import timezone

from campaigns.marketing.forms import CampaignForm, OfferForm

pytestmark = pytest.mark.django_db


def offer_data(**overrides):
    data = {
        "offer-title": "Autumn run",
        "offer-category": "Running",
        "offer-discount_type": "percent",
        "offer-discount_value": "20",
        "offer-currency": "EUR",
        "offer-code": "RUN20",
        "offer-ends_at": (timezone.now() + timedelta(days=5)).strftime("%Y-%m-%dT%H:%M"),
    }
    data.update(overrides)
    return data


def test_it_accepts_a_valid_offer():
    form = OfferForm(offer_data(), prefix="offer")
    assert form.is_valid(), form.errors


@pytest.mark.parametrize(
    "overrides, field, text",
    [
        ({"offer-title": "", "offer-discount_type": ""}, "title", "required"),
        ({"offer-discount_value": "-5"}, "discount_value", "greater than zero"),
        ({"offer-discount_value": "95"}, "discount_value", "at most 90%"),
        ({"offer-discount_value": ""}, "discount_value", "needs a value"),
        ({"offer-ends_at": "2020-01-01T10:00"}, "ends_at", "in the future"),
        ({"offer-category": ""}, "category", "product or name a category"),
        ({"offer-discount_type": "amount", "offer-currency": ""}, "currency", "needs a currency"),
    ],
)
def test_it_gives_field_errors_for_bad_offers(overrides, field, text):
    form = OfferForm(offer_data(**overrides), prefix="offer")
    assert not form.is_valid()
    assert text in " ".join(form.errors[field])


def test_it_drops_the_value_for_valueless_discounts():
    form = OfferForm(offer_data(**{"offer-discount_type": "free_shipping"}), prefix="offer")
    assert form.is_valid(), form.errors
    assert form.cleaned_data["discount_value"] is None


def test_it_requires_a_segment_or_a_category():
    form = CampaignForm({"name": "x", "max_chars": 120})
    assert not form.is_valid()
    assert "segment_category" in form.errors


def test_it_takes_the_offers_uses_one_per_line():
    form = OfferForm(
        offer_data(**{"offer-uses": " wet morning runs \n\nlong trail weekends\n"}), prefix="offer"
    )
    assert form.is_valid(), form.errors
    assert form.cleaned_data["uses"] == ["wet morning runs", "long trail weekends"]
    assert OfferForm(offer_data(), prefix="offer").is_valid()


@pytest.mark.parametrize(
    "uses, text",
    [("\n".join(f"use {i}" for i in range(7)), "At most 6"), ("x" * 49, "under 48 characters")],
)
def test_it_rejects_too_many_or_too_long_uses(uses, text):
    form = OfferForm(offer_data(**{"offer-uses": uses}), prefix="offer")
    assert not form.is_valid()
    assert text in " ".join(form.errors["uses"])


def test_it_shows_saved_uses_one_per_line():
    from tests.factories import OfferFactory

    offer = OfferFactory(uses=["wet morning runs", "long trail weekends"])
    html = OfferForm(instance=offer, prefix="offer")["uses"].as_widget()
    assert "wet morning runs\nlong trail weekends" in html


@pytest.mark.parametrize("uses", [{"a": "b"}, ["ok", 3], "easy finger food"])
def test_it_holds_a_brief_typed_as_raw_json_to_the_same_rule(uses):
    # The admin edits Offer.uses as JSON; the model's validator, not only the form, refuses
    # what the pipeline could not take.
    from django.core.exceptions import ValidationError

    from tests.factories import OfferFactory

    offer = OfferFactory.build(uses=uses)
    with pytest.raises(ValidationError) as caught:
        offer.full_clean(exclude=["product"])
    assert "list of short texts" in str(caught.value.message_dict["uses"])
