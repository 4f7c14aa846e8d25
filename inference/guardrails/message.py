"""Message-level checks every candidate must pass: the offer, numbers, length, contact details,
personal data, banned phrases and injection. Each failure is a :class:`Flag` with a readable
reason."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from ..anonymise import EMAIL_RE, PHONE_RE, URL_RE, find_injection, find_pii
from ..offers import TITLE_MAX

DEFAULT_BANNED_PHRASES = (
    "last chance",
    "only today",
    "today only",
    "hurry",
    "act now",
    "act fast",
    "don't miss out",
    "limited time",
    "ends soon",
    "while stocks last",
    "before it's gone",
    "final hours",
    "now or never",
    "once in a lifetime",
    "buy now",
    "guaranteed",
    "risk-free",
)

NUMBER_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


@dataclass(frozen=True)
class Flag:
    code: str
    reason: str

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


def _norm_number(raw: str) -> str:
    try:
        return format(Decimal(raw.replace(",", "")).normalize(), "f")
    except InvalidOperation:
        return raw


def numbers_in(text: str) -> set[str]:
    return {_norm_number(m.group()) for m in NUMBER_RE.finditer(text)}


def allowed_numbers(sources: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for s in sources:
        out |= numbers_in(s)
    return out


@dataclass(frozen=True)
class MessageRules:
    """Everything the message-level checks need, fixed per shopper."""

    deal: str
    code: str | None
    max_chars: int
    number_sources: tuple[str, ...]
    banned_phrases: tuple[str, ...] = DEFAULT_BANNED_PHRASES
    customer: dict[str, Any] | None = None
    # PromoWeb's own words in every message (the frames): see find_pii's own_text.
    own_text: str = ""


def check_message(title: str, body: str, rules: MessageRules) -> list[Flag]:
    flags: list[Flag] = []
    text = f"{title}\n{body}"
    if rules.deal not in text:
        flags.append(Flag("offer_fidelity", f"deal phrase {rules.deal!r} missing"))
    if rules.code and rules.code not in text:
        flags.append(Flag("offer_fidelity", f"code {rules.code!r} missing"))
    stray = sorted(numbers_in(text) - allowed_numbers(rules.number_sources))
    if stray:
        flags.append(Flag("stray_number", f"numbers not from the offer or history: {stray}"))
    if not title.strip() or not body.strip():
        flags.append(Flag("length", "empty title or body"))
    if len(title) > TITLE_MAX:
        flags.append(Flag("length", f"title has {len(title)} chars > {TITLE_MAX}"))
    if len(body) > rules.max_chars:
        flags.append(Flag("length", f"body has {len(body)} chars > {rules.max_chars}"))
    for rx, what in ((URL_RE, "URL"), (EMAIL_RE, "email address"), (PHONE_RE, "phone number")):
        m = rx.search(text)
        if m:
            flags.append(Flag("contact_info", f"{what} in text: {m.group()!r}"))
    pii = find_pii(text.replace("{first_name}", ""), rules.customer, rules.own_text)
    if pii:
        flags.append(Flag("pii", f"personal data in text: {sorted({h.kind for h in pii})}"))
    lowered = text.lower().replace("\u2019", "'")
    for phrase in rules.banned_phrases:
        if phrase.lower() in lowered:
            flags.append(Flag("banned_phrase", f"banned phrase {phrase!r}"))
    injected = find_injection(text)
    if injected:
        flags.append(Flag("injection", f"instruction-like text: {injected[:2]}"))
    return flags
