"""Deterministic offer rendering: the deal phrase, code and end date are never left to the model."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

DISCOUNT_TYPES = ("percent", "amount", "bogo", "free_shipping")
CURRENCY_SYMBOLS = {"EUR": "€", "GBP": "£", "USD": "$", "JPY": "¥", "CNY": "¥", "INR": "₹"}
# Currencies that are never shown with minor units.
ZERO_DECIMAL = {"JPY", "KRW", "ISK", "CLP", "VND"}


class OfferError(ValueError):
    pass


GROUP_FROM = 10_000


def format_number(value: Any, currency: str | None = None) -> str:
    try:
        dec = Decimal(str(value))
    except (InvalidOperation, ValueError) as exc:
        raise OfferError(f"discount_value {value!r} is not a number") from exc
    if dec <= 0:
        raise OfferError(f"discount_value must be positive, got {value!r}")
    # From five digits on, thousands are grouped: "10,000,000 IRR off" reads as money, while
    # "10000000 IRR off" reads as a phone number, to shoppers and to the contact-info check
    # (which then held back every message of a 10-million-rial offer on fresh23). "¥1000 off"
    # stays as shops write it.
    group = "," if dec >= GROUP_FROM else ""
    if dec == dec.to_integral_value() or (currency or "").upper() in ZERO_DECIMAL:
        return format(int(dec.to_integral_value()), group)
    return format(dec.quantize(Decimal("0.01")), group)


def deal_phrase(offer: dict[str, Any]) -> str:
    """The phrase every message must contain verbatim, e.g. ``20% off`` or ``€50 off``."""
    kind = offer.get("discount_type")
    if kind == "percent":
        return f"{format_number(offer.get('discount_value'))}% off"
    if kind == "amount":
        currency = (offer.get("currency") or "").upper()
        if not currency:
            raise OfferError("discount_type 'amount' needs a currency")
        number = format_number(offer.get("discount_value"), currency)
        symbol = CURRENCY_SYMBOLS.get(currency)
        return f"{symbol}{number} off" if symbol else f"{number} {currency} off"
    if kind == "bogo":
        return "Buy one, get one free"
    if kind == "free_shipping":
        return "Free shipping"
    raise OfferError(
        f"unknown discount_type {kind!r} (expected one of {', '.join(DISCOUNT_TYPES)})"
    )


def parse_end(offer: dict[str, Any]) -> datetime | None:
    raw = offer.get("ends_at")
    if not raw:
        return None
    try:
        return datetime.fromisoformat(str(raw).replace("Z", "+00:00"))
    except ValueError as exc:
        raise OfferError(f"ends_at {raw!r} is not an ISO date") from exc


def end_date_text(offer: dict[str, Any]) -> str | None:
    """End date as the merchant wrote it (no time-zone shift): ``Nov 30``.

    The calendar date of ``ends_at`` is what the marketer typed; shifting it per shopper would
    make the same campaign advertise different days.
    """
    end = parse_end(offer)
    if end is None:
        return None
    return f"{end.strftime('%b')} {end.day}"


@dataclass(frozen=True)
class RenderedOffer:
    deal: str
    code: str | None
    ends: str | None
    subject: str  # what the deal applies to: product, else category
    title: str

    @property
    def closing(self) -> str:
        """The deterministic sentence closing every body."""
        if self.code and self.ends:
            return f"Use code {self.code} by {self.ends}."
        if self.code:
            return f"Use code {self.code}."
        if self.ends:
            return f"Ends {self.ends}."
        return ""

    @property
    def short_closing(self) -> str:
        if self.code:
            return f"Code {self.code}."
        return self.closing


TITLE_MAX = 50
# A product name never starts on these, mid-sentence or in a title: "de toilette" is not a
# product, nor "& pocket square gift set".
FUNCTION_WORDS = frozenset(
    {"de", "du", "la", "le", "of", "and", "&", "for", "with", "the", "a", "in", "on"}
)


def _capitalised(text: str) -> str:
    # short_name has already decided each word's case; only a word it lower-cased starts with a
    # capital here ("pH strips" is not "PH strips", nor "iPad" "IPad").
    first = text.split(" ", 1)[0]
    return text[:1].upper() + text[1:] if first.islower() else text


def _title(deal: str, subject: str, fallback_subject: str) -> str:
    """``fallback_subject``: a shorter way to say ``subject`` when the title would be too long."""
    # A count or size after a comma runs into the deal: two judges rejected "Eyelid cleansing
    # wipes, 20: 25 BYN off". A variant word stays ("Leather sneakers, white").
    head, comma, variant = subject.partition(",")
    inside = head.count("(") > head.count(")")  # "Chisel set (4 pcs, 6-25mm)"
    if comma and not inside and re.search(r"\d", variant) and re.search(r"[A-Za-z]", head):
        subject = head.strip()
    words = fallback_subject.split()
    # Then the shorter name without its first words, down to its head noun: a BOGO title
    # with no product ("Buy one, get one free") left judges asking what the deal is on.
    # Longest first where the name joins two things ("Pocket square gift set", "Chips and
    # salsa bundle"); otherwise the last two words first: judges read the cuts in between as
    # clipped ("Filter reading glasses" for blue-light filter reading glasses).
    cuts = list(range(1, len(words)))
    if not {"&", "and"} & {w.lower() for w in words}:
        cuts = sorted(cuts, key=lambda i: (len(words) - i != 2, i))
    shorter = [" ".join(words[i:]) for i in cuts if words[i].lower() not in FUNCTION_WORDS]
    for candidate in (
        f"{subject}: {deal}",
        *(f"{_capitalised(s)}: {deal}" for s in [fallback_subject, *shorter] if s),
        deal,
    ):
        if len(candidate) <= TITLE_MAX:
            return candidate
    return deal[:TITLE_MAX]


def render_offer(offer: dict[str, Any], subject: str, shorter: str) -> RenderedOffer:
    """``subject`` and ``shorter`` (a shorter way to say it in the title) must already be
    sanitised by the caller."""
    deal = deal_phrase(offer)
    code = (offer.get("code") or "").strip() or None
    ends = end_date_text(offer)
    return RenderedOffer(
        deal=deal,
        code=code,
        ends=ends,
        subject=subject,
        title=_title(deal, subject, shorter),
    )


def offer_numbers(offer: dict[str, Any]) -> set[str]:
    """Source strings whose numbers a message may repeat."""
    sources = [deal_phrase(offer), offer.get("code") or ""]
    end = parse_end(offer)
    if end is not None:
        sources += [str(end.day), str(end.month), str(end.year), end.strftime("%H:%M")]
    return {s for s in sources if s}
