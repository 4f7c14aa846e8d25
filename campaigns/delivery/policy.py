"""Pure send-time rules: quiet hours, frequency caps, personalisation. No database access."""

from __future__ import annotations

import random
import re
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

PLACEHOLDER = "{first_name}"
# At the start: "{first_name}, your mat" -> "your mat" (then capitalised).
_LEADING = re.compile(r"^\s*\{first_name\}\s*[,!:;\-\u2013\u2014]?\s*")
# Elsewhere: the placeholder with the comma and spaces before it: "Hi {first_name}, ..." ->
# "Hi, ...", "Your mat, {first_name}!" -> "Your mat!".
_INNER = re.compile(r"[,\s]*\{first_name\}")


def personalise(text: str, first_name: str | None) -> str:
    name = (first_name or "").strip()
    if PLACEHOLDER not in text:
        return text
    if name:
        return text.replace(PLACEHOLDER, name)
    stripped = _LEADING.sub("", text)
    capitalise = stripped != text
    stripped = _INNER.sub("", stripped)
    stripped = re.sub(r"\s{2,}", " ", stripped).strip()
    if capitalise and stripped:
        stripped = stripped[0].upper() + stripped[1:]
    return stripped


def shopper_zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def in_quiet_hours(local: time, start: time, end: time) -> bool:
    if start == end:
        return False
    if start < end:
        return start <= local < end
    # Overnight window, e.g. 21:00-08:00.
    return local >= start or local < end


def quiet_hours_release(*, now: datetime, zone: str, start: time, end: time) -> datetime | None:
    """None if `now` is allowed in the shopper's zone; otherwise the next allowed moment (UTC).

    The window's end is built as a local wall-clock time and converted back, so a shopper in
    Tokyo and one in Berlin are each released at their own 08:00, DST days included.
    """
    tz = shopper_zone(zone)
    local = now.astimezone(tz)
    if not in_quiet_hours(local.time().replace(tzinfo=None), start, end):
        return None
    release_day = local.date()
    if local.time().replace(tzinfo=None) >= end:
        release_day += timedelta(days=1)
    release = datetime.combine(release_day, end, tzinfo=tz)
    return release.astimezone(UTC)


def cap_verdict(
    *,
    sent: list[tuple[int, datetime]],
    message_id: int,
    now: datetime,
    per_day: int,
    per_week: int,
) -> str:
    """'' if this message may go out, else the reason it may not.

    Caps count messages, not devices: a message already going to the shopper's phone doesn't
    use up another slot when it also goes to their laptop. Windows are rolling (24 h, 7 days).
    """
    if any(mid == message_id for mid, _ in sent):
        return ""
    day_ago = now - timedelta(days=1)
    week = {mid for mid, _ in sent}
    day = {mid for mid, at in sent if at >= day_ago}
    if len(day) >= per_day:
        return "frequency_cap_day"
    if len(week) >= per_week:
        return "frequency_cap_week"
    return ""


def backoff_seconds(*, attempts: int, base: float, cap: float) -> float:
    """Exponential with full jitter in its upper half: spreads a retry storm without ever
    retrying sooner than half the nominal delay."""
    nominal = min(cap, base * (2 ** max(0, attempts - 1)))
    return nominal * random.uniform(0.5, 1.0)
