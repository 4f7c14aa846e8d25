from datetime import UTC, datetime, time, timedelta

import pytest

from campaigns.delivery import policy


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("{first_name}, your mat", "Hannah", "Hannah, your mat"),
        ("{first_name}, your mat", "", "Your mat"),
        ("{first_name}: 20% off", None, "20% off"),
        ("Hi {first_name}, your mat", "", "Hi, your mat"),
        ("Your mat, {first_name}!", "  ", "Your mat!"),
        ("Thanks {first_name}.", "", "Thanks."),
        ("No placeholder here", "", "No placeholder here"),
        ("{first_name}", "", ""),
    ],
)
def test_it_fills_or_cleanly_removes_the_first_name(text, name, expected):
    assert policy.personalise(text, name) == expected


def test_it_releases_quiet_hours_at_each_shoppers_own_morning():
    start, end = time(21, 0), time(8, 0)
    # 23:30 UTC: 00:30 in Berlin (quiet), 08:30 in Tokyo (allowed).
    now = datetime(2026, 3, 10, 23, 30, tzinfo=UTC)
    berlin = policy.quiet_hours_release(now=now, zone="Europe/Berlin", start=start, end=end)
    assert berlin == datetime(2026, 3, 11, 7, 0, tzinfo=UTC)
    assert policy.quiet_hours_release(now=now, zone="Asia/Tokyo", start=start, end=end) is None
    # 21:30 in New York on the evening before the spring DST change: released at 08:00 EDT.
    ny = policy.quiet_hours_release(
        now=datetime(2026, 3, 8, 2, 30, tzinfo=UTC), zone="America/New_York", start=start, end=end
    )
    assert ny == datetime(2026, 3, 8, 12, 0, tzinfo=UTC)
    # An unknown zone falls back to UTC rather than failing the row.
    assert policy.quiet_hours_release(now=now, zone="Mars/Olympus", start=start, end=end) == (
        datetime(2026, 3, 11, 8, 0, tzinfo=UTC)
    )


def test_it_handles_daytime_and_empty_quiet_windows():
    assert policy.in_quiet_hours(time(13, 0), time(12, 0), time(14, 0))
    assert not policy.in_quiet_hours(time(14, 0), time(12, 0), time(14, 0))
    assert not policy.in_quiet_hours(time(3, 0), time(0, 0), time(0, 0))


def test_it_counts_messages_not_devices_against_the_caps():
    now = datetime(2026, 1, 10, 12, 0, tzinfo=UTC)
    sent = [(1, now - timedelta(hours=2)), (2, now - timedelta(days=3))]
    assert policy.cap_verdict(sent=sent, message_id=3, now=now, per_day=1, per_week=5) == (
        "frequency_cap_day"
    )
    assert policy.cap_verdict(sent=sent, message_id=1, now=now, per_day=1, per_week=1) == ""
    assert policy.cap_verdict(sent=sent, message_id=3, now=now, per_day=2, per_week=2) == (
        "frequency_cap_week"
    )


def test_it_backs_off_exponentially_with_bounded_jitter():
    for attempts, nominal in [(1, 10), (2, 20), (3, 40), (10, 300)]:
        for _ in range(20):
            delay = policy.backoff_seconds(attempts=attempts, base=10, cap=300)
            assert nominal / 2 <= delay <= nominal
