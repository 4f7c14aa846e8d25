import pytest

from inference.offers import OfferError, deal_phrase, end_date_text, render_offer
from inference.prompt import short_name


@pytest.mark.parametrize(
    ("offer", "phrase"),
    [
        ({"discount_type": "percent", "discount_value": 20}, "20% off"),
        ({"discount_type": "percent", "discount_value": 12.5}, "12.50% off"),
        ({"discount_type": "amount", "discount_value": 50, "currency": "EUR"}, "€50 off"),
        ({"discount_type": "amount", "discount_value": 10, "currency": "GBP"}, "£10 off"),
        ({"discount_type": "amount", "discount_value": 5, "currency": "USD"}, "$5 off"),
        ({"discount_type": "amount", "discount_value": 1000, "currency": "JPY"}, "¥1000 off"),
        ({"discount_type": "amount", "discount_value": 30, "currency": "CNY"}, "¥30 off"),
        ({"discount_type": "amount", "discount_value": 200, "currency": "INR"}, "₹200 off"),
        ({"discount_type": "amount", "discount_value": 50, "currency": "CHF"}, "50 CHF off"),
        ({"discount_type": "amount", "discount_value": 7.5, "currency": "usd"}, "$7.50 off"),
        ({"discount_type": "amount", "discount_value": 9999, "currency": "JPY"}, "¥9999 off"),
        ({"discount_type": "amount", "discount_value": 10000, "currency": "JPY"}, "¥10,000 off"),
        (
            {"discount_type": "amount", "discount_value": 10_000_000, "currency": "IRR"},
            "10,000,000 IRR off",
        ),
        (
            {"discount_type": "amount", "discount_value": 12345.6, "currency": "USD"},
            "$12,345.60 off",
        ),
        ({"discount_type": "bogo"}, "Buy one, get one free"),
        ({"discount_type": "free_shipping"}, "Free shipping"),
    ],
)
def test_it_renders_the_deal_phrase_for_every_type_and_currency(offer, phrase):
    assert deal_phrase(offer) == phrase


@pytest.mark.parametrize(
    "offer",
    [
        {"discount_type": "coupon"},
        {"discount_type": "amount", "discount_value": 5},
        {"discount_type": "percent", "discount_value": "lots"},
        {"discount_type": "percent", "discount_value": -5},
    ],
)
def test_it_rejects_offers_it_cannot_render(offer):
    with pytest.raises(OfferError):
        deal_phrase(offer)


def test_it_keeps_the_title_within_fifty_chars_and_closes_with_code_and_date():
    offer = {
        "discount_type": "amount",
        "discount_value": 10,
        "currency": "EUR",
        "code": "SAVE10",
        "ends_at": "2026-11-28T23:59:00Z",
    }
    rendered = render_offer(
        offer, "A very long product name that goes on and on forever", "Cycling"
    )
    assert rendered.title == "Cycling: €10 off"
    assert rendered.closing == "Use code SAVE10 by Nov 28."
    assert end_date_text({"ends_at": "2026-12-01T00:00:00+09:00"}) == "Dec 1"


def test_it_names_the_product_by_its_head_noun_before_dropping_it_from_a_title():
    from inference.offers import _title

    deal = "Buy one, get one free"
    name = "Contactless forehead thermometer"
    assert _title(deal, name, name) == "Forehead thermometer: Buy one, get one free"
    assert _title(deal, "Foot care", "Foot care") == "Foot care: Buy one, get one free"
    assert _title(deal, "x" * 60, "") == deal
    name = "tie & pocket square gift set"
    assert _title(deal, name, name) == "Pocket square gift set: Buy one, get one free"
    # The head noun with one word before it, not a cut in between.
    name = "Blue-light filter reading glasses"
    assert _title(deal, name, name) == "Reading glasses: Buy one, get one free"
    # A count or size after a comma goes; a variant word or a bracket's comma stays.
    for name, said in (
        ("Eyelid cleansing wipes, 20", "Eyelid cleansing wipes"),
        ("Gift card in a Christmas wallet, value 50", "Gift card in a Christmas wallet"),
        ("Leather sneakers, white", "Leather sneakers, white"),
        ("Chisel set (4 pcs, 6-25mm)", "Chisel set (4 pcs, 6-25mm)"),
    ):
        assert _title("25 BYN off", name, short_name(name)) == f"{said}: 25 BYN off"
    name = "Chips and salsa bundle, family size"
    assert _title(deal, name, "chips and salsa bundle") == (
        "Chips and salsa bundle: Buy one, get one free"
    )


def test_it_keeps_a_mixed_case_first_word_when_it_capitalises_a_title():
    offer = {"discount_type": "bogo", "ends_at": "2026-12-06T23:59:00Z"}
    long = "pH & chlorine test strips (50), pool and hot tub"
    rendered = render_offer(offer, long, "pH & chlorine test strips")
    assert rendered.title == "pH & chlorine test strips: Buy one, get one free"
    assert render_offer(offer, long, "chlorine test strips").title.startswith("Chlorine")


def test_it_shortens_a_two_part_range_title_to_its_first_part_and_more(shopper):
    from inference.pipeline import PipelineConfig, prepare
    from tests.fakes.engine import ScriptedEngine

    shopper["offer"].update(
        product_name=None, category="Hot chocolate & malted drinks", discount_type="bogo"
    )
    prep = prepare(shopper, ScriptedEngine([]), PipelineConfig(hints=0))
    # Without its first word the range would be chocolate, not hot chocolate.
    assert prep.offer.title == "Hot chocolate & more: Buy one, get one free"
    shopper["offer"].update(category="Tea & coffee")
    prep = prepare(shopper, ScriptedEngine([]), PipelineConfig(hints=0))
    assert prep.offer.title == "Tea & coffee: Buy one, get one free"


def test_it_sends_a_ten_million_rial_offer_as_money_not_as_a_phone_number(shopper):
    from inference.pipeline import PipelineConfig, generate_messages
    from inference.report import summarise
    from tests.fakes.engine import ScriptedEngine

    shopper["offer"].update(discount_type="amount", discount_value=10_000_000, currency="IRR")
    config = PipelineConfig(candidates=2, retries=0, reviewed_min_similarity=None)
    [result] = generate_messages(
        [shopper], engine=ScriptedEngine(["gentle stretches."]), config=config
    )
    # Ungrouped, "10000000" failed the contact-info check in every candidate and template.
    assert result["source"] == "model", result["candidates"][0]["flags"]
    assert "10,000,000 IRR off" in result["title"]
    assert summarise([shopper], [result])["clean_final_text_pct"] == 100.0
