from inference.profile import age_band, build_profile, time_of_day

CUSTOMER = {"timezone": "Asia/Tokyo", "birth_year": 1990}


def ev(kind, at, name="Mat", category="Yoga", price=20.0):
    return {"type": kind, "at": at, "product": {"name": name, "category": category, "price": price}}


def test_it_weights_recent_and_stronger_events_higher():
    events = [
        ev("view", "2026-10-01T10:00:00Z", "Old book", "Books"),
        ev("view", "2026-10-02T10:00:00Z", "Older book", "Books"),
        ev("add_to_cart", "2026-11-22T10:00:00Z", "Yoga mat", "Yoga"),
    ]
    profile = build_profile(CUSTOMER, events, "2026-11-23T09:00:00")
    assert profile.categories[0][0] == "Yoga"
    assert profile.products[0][0] == "Yoga mat"
    assert abs(sum(w for _, w in profile.categories) - 1.0) < 1e-9
    assert profile.cart == ["Yoga mat"]


def test_it_computes_rfm_with_bands():
    events = [
        ev("purchase", "2026-11-01T10:00:00Z", price=100.0),
        ev("purchase", "2026-11-20T10:00:00Z", price=150.0),
    ]
    profile = build_profile(CUSTOMER, events, "2026-11-23T19:00:00+09:00")
    assert profile.frequency == 2
    assert profile.monetary == 250.0
    assert 2.5 < (profile.recency_days or 0) < 3.5
    assert (profile.recency_band, profile.frequency_band, profile.monetary_band) == (
        "recent",
        "repeat",
        "high",
    )
    assert profile.rfm_band == "loyal"


def test_it_reads_naive_now_as_local_time_and_aware_now_in_the_shoppers_zone():
    local = build_profile(CUSTOMER, [], "2026-11-23T20:30:00")
    assert local.time_of_day == "evening"
    aware = build_profile(CUSTOMER, [], "2026-11-23T20:30:00Z")  # 05:30 next day in Tokyo
    assert aware.time_of_day == "morning"
    assert aware.weekday == "Tuesday"


def test_it_derives_age_band_price_sensitivity_and_preferred_hours():
    events = [
        ev("view", "2026-11-20T10:00:00Z", "Pricey", price=300.0),
        ev("view", "2026-11-21T10:10:00Z", "Pricey 2", price=280.0),
        ev("purchase", "2026-11-22T11:00:00Z", "Cheap", price=20.0),
    ]
    profile = build_profile(CUSTOMER, events, "2026-11-23T09:00:00")
    assert profile.age_band == "35-44"
    assert profile.price_sensitivity == "high"
    assert profile.preferred_hours[0] == 19  # 10:00Z is 19:00 in Tokyo
    assert age_band(17) == "under 18" and age_band(70) == "65+" and age_band(None) is None
    assert [time_of_day(h) for h in (6, 13, 18, 23)] == ["morning", "afternoon", "evening", "night"]


def test_it_ignores_future_events_and_carts_that_were_bought():
    events = [
        ev("add_to_cart", "2026-11-20T10:00:00Z", "Mat"),
        ev("purchase", "2026-11-21T10:00:00Z", "Mat"),
        ev("view", "2027-01-01T10:00:00Z", "Future", "Time travel"),
    ]
    profile = build_profile(CUSTOMER, events, "2026-11-23T09:00:00")
    assert profile.cart == []
    assert "Time travel" not in [c for c, _ in profile.categories]


def test_it_keeps_a_product_carted_again_after_it_was_bought():
    # Bought a month ago, carted again since (a second one, a gift): it is in the cart; the
    # straighteners carted in between must not open a message about the dryer.
    events = [
        ev("purchase", "2026-10-29T12:52:00Z", "Hair dryer"),
        ev("add_to_cart", "2026-11-10T01:42:00Z", "Straighteners"),
        ev("add_to_cart", "2026-11-10T06:43:00Z", "Hair dryer"),
    ]
    profile = build_profile(CUSTOMER, events, "2026-11-23T09:00:00")
    assert profile.cart == ["Hair dryer", "Straighteners"]


def test_it_takes_a_cart_item_bought_under_its_sku_out_of_the_cart():
    carted = ev("add_to_cart", "2026-11-20T10:00:00Z", "Mat")
    bought = ev("purchase", "2026-11-21T10:00:00Z", "Mat, purple (feed name)")
    carted["product"]["sku"] = bought["product"]["sku"] = "MAT-1"
    assert build_profile(CUSTOMER, [carted, bought], "2026-11-23T09:00:00").cart == []


def test_it_names_the_season_by_hemisphere_and_none_in_the_tropics():
    from datetime import datetime

    from inference.profile import seasons

    late_november = datetime(2026, 11, 25, 9)
    assert seasons("Europe/Oslo", late_november) == ("autumn", "winter")
    assert seasons("Australia/Sydney", late_november) == ("spring", "summer")
    assert seasons("Asia/Singapore", late_november) == ()
    assert seasons("Not/AZone", late_november) == ()


def test_it_names_no_weekday_in_the_small_hours():
    profile = build_profile(CUSTOMER, [], "2026-11-25T00:53:00")  # a Wednesday
    assert (profile.weekday, profile.time_of_day) == ("", "night")
    assert build_profile(CUSTOMER, [], "2026-11-25T21:53:00").weekday == "Wednesday"
