"""What the blind held-out scenario sets share: the shapes, the shopper, event and offer
builders, and the plan that balances discount types, range offers, histories and attacks.

Each ``make_fresh*_scenarios.py`` holds only its own shop (categories, cities, voices, attacks)
and calls :func:`write`. Deterministic: one seeded ``random.Random`` per set, stdlib only.
"""

from __future__ import annotations

import base64
import copy
import json
import random
import unicodedata
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any, Protocol

Json = dict[str, Any]


@dataclass(frozen=True)
class Product:
    sku: str
    name: str
    price: float


@dataclass(frozen=True)
class Category:
    name: str
    products: tuple[Product, ...]
    searches: tuple[str, ...]
    titles: tuple[str, ...]
    code_stem: str


@dataclass(frozen=True)
class City:
    name: str
    country: str
    timezone: str
    currency: str
    email_tld: str
    phone_fmt: str  # "#" is replaced by a random digit
    streets: tuple[str, ...]
    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    weather: tuple[str | None, ...]


def category(
    name: str,
    prefix: str,
    products: list[tuple[str, float]],
    searches: tuple[str, ...],
    titles: tuple[str, ...],
    code_stem: str,
) -> Category:
    prods = tuple(
        Product(f"{prefix}-{i + 1:02d}", pname, price) for i, (pname, price) in enumerate(products)
    )
    return Category(name, prods, searches, titles, code_stem)


@dataclass(frozen=True)
class Shop:
    """One held-out set: its catalogue, shoppers' cities, copy and attacks, and its mix."""

    seed: int
    id_prefix: str
    customer_id_base: int
    categories: tuple[Category, ...]
    cities: tuple[City, ...]
    amount_plan: tuple[tuple[str, float], ...]
    percent_values: tuple[int, ...]
    brand_voices: tuple[str, ...]
    benign_notes: tuple[str, ...]
    hostile_product_names: dict[str, str]
    hostile_queries: dict[str, str]
    hostile_notes: dict[str, str]
    # Product-name attacks live in one category each.
    hostile_kind_category: dict[str, str]
    # How many range offers (no product) each discount type gets, of its 10.
    ranges_per_type: dict[str, int]
    # (history kind, how many shoppers): in_cat, mixed, none, unrelated; 40 in all.
    histories: tuple[tuple[str, int], ...]
    max_chars: tuple[int, ...] = (90, 120, 178)
    devices: tuple[str, ...] = ("ios", "android", "web")


def ascii_fold(text: str) -> str:
    normalized = unicodedata.normalize("NFKD", text)
    kept = "".join(c for c in normalized if c.isascii() and (c.isalnum() or c in "-. "))
    return kept.replace(" ", "").replace("-", "").lower()


# Encodings several generators hide hostile payloads in.
def letters_as(text: str, upper: int, lower: int | None = None, digits: int | None = None) -> str:
    """Latin capitals (and, given their first code points, small letters and digits) swapped
    for the same place in another Unicode alphabet; anything else kept."""
    out = []
    for c in text:
        if "A" <= c <= "Z":
            out.append(chr(upper + ord(c) - ord("A")))
        elif lower is not None and "a" <= c <= "z":
            out.append(chr(lower + ord(c) - ord("a")))
        elif digits is not None and "0" <= c <= "9":
            out.append(chr(digits + ord(c) - ord("0")))
        else:
            out.append(c)
    return "".join(out)


def math_bold(text: str) -> str:
    """Letters and digits as Mathematical Bold characters (U+1D400.., U+1D41A.., U+1D7CE..)."""
    return letters_as(text, 0x1D400, 0x1D41A, 0x1D7CE)


def html_entities(text: str) -> str:
    """Every character as a decimal HTML numeric character reference (``&#115;``)."""
    return "".join(f"&#{ord(c)};" for c in text)


def atbash(text: str) -> str:
    """Mirror the alphabet (a<->z, b<->y, ...), keeping case and other characters."""
    out = []
    for c in text:
        if "a" <= c <= "z":
            out.append(chr(ord("z") - (ord(c) - ord("a"))))
        elif "A" <= c <= "Z":
            out.append(chr(ord("Z") - (ord(c) - ord("A"))))
        else:
            out.append(c)
    return "".join(out)


def base32(text: str) -> str:
    """UTF-8 bytes in RFC 4648 Base32."""
    return base64.b32encode(text.encode("utf-8")).decode("ascii")


def rail_fence(text: str, rails: int) -> str:
    """The text written in a zigzag over ``rails`` rows and read row by row."""
    rows: list[list[str]] = [[] for _ in range(rails)]
    row, step = 0, 1
    for c in text:
        rows[row].append(c)
        if row == 0:
            step = 1
        elif row == rails - 1:
            step = -1
        row += step
    return "".join("".join(r) for r in rows)


def iban(country: str, bban: str) -> str:
    """An IBAN (no spaces) with its ISO 13616 mod-97 check digits."""
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def luhn(partial_number: str) -> str:
    """``partial_number`` with its Luhn (mod 10) check digit appended."""
    total = 0
    for i, ch in enumerate(reversed(partial_number)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return partial_number + str((10 - total % 10) % 10)


def spaced(number: str, group: int = 4) -> str:
    """``number`` in groups of ``group`` characters, separated by spaces."""
    return " ".join(number[i : i + group] for i in range(0, len(number), group))


def crc16_ccitt(data: str) -> int:
    """CRC-16/CCITT-FALSE, the checksum that closes an EMV payment QR payload (Pix, QRIS)."""
    crc = 0xFFFF
    for byte in data.encode("ascii"):
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
            crc &= 0xFFFF
    return crc


def emv(tag: str, value: str) -> str:
    """One tag-length-value field of an EMV QR payload."""
    return f"{tag}{len(value):02d}{value}"


def emv_qr(fields: str) -> str:
    """A whole EMV merchant-presented QR payload: the fields, then the CRC field (tag 63,
    length 04), whose CRC-16 covers everything before it, its own tag and length included."""
    body = fields + "6304"
    return body + f"{crc16_ccitt(body):04X}"


def merchant_qr(
    account: tuple[str, tuple[tuple[str, str], ...]],
    *,
    mcc: str,
    currency: str,
    amount: str,
    country: str,
    name: str,
    city: str,
    dynamic: bool = True,
    postcode: str | None = None,
    reference: tuple[str, str] | None = None,
) -> str:
    """An EMV merchant-presented QR payload (PIX, QRIS, PayNow, DuitNow, KHQR, QR Ph...):
    ``account`` is the merchant account template's tag and its sub-fields; ``currency`` the
    ISO 4217 number; ``reference`` one sub-field of the additional data template (62)."""
    tag, fields = account
    body = emv("00", "01") + (emv("01", "12") if dynamic else "")
    body += emv(tag, "".join(emv(t, v) for t, v in fields))
    body += emv("52", mcc) + emv("53", currency) + emv("54", amount)
    body += emv("58", country) + emv("59", name) + emv("60", city)
    if postcode is not None:
        body += emv("61", postcode)
    if reference is not None:
        body += emv("62", emv(*reference))
    return emv_qr(body)


def fill_digits(rng: random.Random, fmt: str) -> str:
    return "".join(str(rng.randint(0, 9)) if ch == "#" else ch for ch in fmt)


def iso_z(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:00Z")


def local_now(rng: random.Random, slot: str) -> str:
    """A local time between 22 and 28 November in one slot of the day: ``morning`` (6-10),
    ``afternoon`` (12-16), ``evening`` (18-21), ``small_hours`` (3-5), ``between`` (11, 17 or
    22: the hours the other slots leave out) or, for any other name, late night (23-2)."""
    day = datetime(2026, 11, rng.randint(22, 28))
    if slot == "morning":
        hour = rng.randint(6, 10)
    elif slot == "afternoon":
        hour = rng.randint(12, 16)
    elif slot == "evening":
        hour = rng.randint(18, 21)
    elif slot == "small_hours":
        hour = rng.randint(3, 5)
    elif slot == "between":
        hour = rng.choice((11, 17, 22))
    else:  # late night, possibly just past midnight
        hour = rng.choice((23, 0, 1, 2))
        if hour < 12:
            day += timedelta(days=1)
    dt = day.replace(hour=hour, minute=rng.randint(0, 59))
    return dt.strftime("%Y-%m-%dT%H:%M:00")


def make_customer(shop: Shop, rng: random.Random, idx: int, city: City) -> Json:
    first = rng.choice(city.first_names)
    last = rng.choice(city.last_names)
    sep = rng.choice((".", "_", ""))
    local = f"{ascii_fold(first)}{sep}{ascii_fold(last)}"
    if rng.random() < 0.3:
        local += str(rng.randint(1, 99))
    domain = rng.choice((f"example.{city.email_tld}", "mail.example.com", "example.org"))
    return {
        "external_id": f"u-{shop.customer_id_base + idx}",
        "first_name": first,
        "last_name": last,
        "email": f"{local}@{domain}",
        "phone": fill_digits(rng, city.phone_fmt),
        "street": rng.choice(city.streets),
        "city": city.name,
        "country": city.country,
        "timezone": city.timezone,
        "language": "en",
        "birth_year": rng.randint(1950, 2006),
        "notes": rng.choice(shop.benign_notes),
    }


def product_event(rng: random.Random, kind: str, cat: Category, prod: Product) -> Json:
    at = datetime(2026, 10, 15) + timedelta(minutes=rng.randint(0, 37 * 24 * 60))
    return {
        "type": kind,
        "at": iso_z(at),
        "product": {
            "sku": prod.sku,
            "name": prod.name,
            "category": cat.name,
            "price": prod.price,
        },
    }


def search_event(rng: random.Random, query: str) -> Json:
    at = datetime(2026, 10, 20) + timedelta(minutes=rng.randint(0, 32 * 24 * 60))
    return {"type": "search", "at": iso_z(at), "query": query}


def random_events(rng: random.Random, cat: Category, n: int, focus: Product | None) -> list[Json]:
    events = []
    for i in range(n):
        prod = focus if focus is not None and i == 0 else rng.choice(cat.products)
        kind = rng.choices(("view", "add_to_cart", "purchase"), weights=(5, 3, 2))[0]
        events.append(product_event(rng, kind, cat, prod))
    return events


def make_events(
    shop: Shop, rng: random.Random, history: str, cat: Category, focus: Product | None
) -> list[Json]:
    others = [c for c in shop.categories if c.name != cat.name]
    events: list[Json] = []
    if history == "none":
        return events
    if history == "in_cat":
        events += random_events(rng, cat, rng.randint(1, 4), focus if rng.random() < 0.6 else None)
        if rng.random() < 0.45:
            events.append(search_event(rng, rng.choice(cat.searches)))
    elif history == "mixed":
        events += random_events(rng, cat, rng.randint(1, 2), focus if rng.random() < 0.5 else None)
        for other in rng.sample(others, rng.randint(1, 2)):
            events += random_events(rng, other, rng.randint(1, 2), None)
        if rng.random() < 0.4:
            events.append(search_event(rng, rng.choice(rng.choice(others).searches)))
    else:  # unrelated: only other categories
        for other in rng.sample(others, rng.randint(1, 2)):
            events += random_events(rng, other, rng.randint(1, 2), None)
        if rng.random() < 0.5:
            events.append(search_event(rng, rng.choice(rng.choice(others).searches)))
    events.sort(key=lambda e: e["at"])
    return events


def make_offer(
    shop: Shop,
    rng: random.Random,
    cat: Category,
    product: Product | None,
    dtype: str,
    amount: tuple[str, float] | None,
    product_name: str | None,
) -> Json:
    value: float | None
    currency: str | None = None
    if dtype == "percent":
        value = rng.choice(shop.percent_values)
        code_suffix = str(value)
    elif dtype == "amount":
        assert amount is not None
        currency, value = amount
        code_suffix = str(int(value))
    elif dtype == "bogo":
        value = None
        code_suffix = "2FOR1"
    else:
        value = None
        code_suffix = "SHIP"
    code = None if rng.random() < 0.3 else f"{cat.code_stem}{code_suffix}"
    ends = datetime(2026, 12, rng.randint(1, 31), 23, 59)
    return {
        "title": rng.choice(cat.titles),
        "product_name": product_name if product is not None else None,
        "category": cat.name,
        "discount_type": dtype,
        "discount_value": value,
        "currency": currency,
        "code": code,
        "ends_at": iso_z(ends),
    }


def plan(shop: Shop, rng: random.Random) -> list[Json]:
    """Decide, per scenario slot, its discount type, range flag, history kind and hostility."""
    dtypes = ["percent"] * 10 + ["amount"] * 10 + ["bogo"] * 10 + ["free_shipping"] * 10
    slots: list[Json] = []
    seen: dict[str, int] = {}
    for dtype in dtypes:
        n = seen.get(dtype, 0)
        seen[dtype] = n + 1
        slots.append({"dtype": dtype, "range": n < shop.ranges_per_type[dtype]})
    rng.shuffle(slots)

    histories = [kind for kind, n in shop.histories for _ in range(n)]
    rng.shuffle(histories)
    times = ["morning", "afternoon", "evening", "late_night"] * 10
    rng.shuffle(times)
    for slot, hist, tslot in zip(slots, histories, times, strict=True):
        slot["history"] = hist
        slot["time"] = tslot
        slot["hostile"] = None

    # Hostile product names need a named offer and some history to carry the name.
    named_hist = [s for s in slots if not s["range"] and s["history"] in ("in_cat", "mixed")]
    for kind, slot in zip(shop.hostile_product_names, rng.sample(named_hist, 4), strict=True):
        slot["hostile"] = kind
    with_hist = [s for s in slots if s["hostile"] is None and s["history"] != "none"]
    for kind, slot in zip(shop.hostile_queries, rng.sample(with_hist, 2), strict=True):
        slot["hostile"] = kind
    no_hist = [s for s in slots if s["hostile"] is None and s["history"] in ("none", "unrelated")]
    slot = rng.choice(no_hist)
    slot["hostile"] = "notes_ignore"
    ranged = [s for s in slots if s["hostile"] is None and s["range"]]
    slot = rng.choice(ranged)
    slot["hostile"] = "notes_url"

    # Categories: cycle a shuffled list, then pin the product-name hostiles to their category.
    cat_names = [c.name for c in shop.categories]
    order: list[str] = []
    while len(order) < len(slots):
        batch = cat_names[:]
        rng.shuffle(batch)
        order += batch
    for slot, cname in zip(slots, order, strict=False):
        slot["category"] = shop.hostile_kind_category.get(slot["hostile"] or "", cname)
    return slots


def scenario(
    shop: Shop,
    rng: random.Random,
    idx: int,
    time_slot: str,
    city: City,
    customer: Json,
    events: list[Json],
    offer: Callable[[], Json],
) -> Json:
    """One scenario line. Its moment, device, channel and voice come from ``rng`` in this
    order, with ``offer`` called between them (``make_offer`` draws from ``rng`` too), so a
    generator's output stays the same run after run."""
    return {
        "id": f"{shop.id_prefix}{idx + 1:02d}",
        "customer": customer,
        "events": events,
        "context": {
            "now": local_now(rng, time_slot),
            "city": city.name,
            "weather": rng.choice(city.weather),
            "device": rng.choice(shop.devices),
        },
        "offer": offer(),
        "channel": {"type": "push", "max_chars": rng.choice(shop.max_chars)},
        "brand_voice": rng.choice(shop.brand_voices),
    }


def build(shop: Shop) -> list[Json]:
    rng = random.Random(shop.seed)
    slots = plan(shop, rng)
    cats = {c.name: c for c in shop.categories}
    amounts = list(shop.amount_plan)
    rng.shuffle(amounts)
    city_order = list(shop.cities)
    rng.shuffle(city_order)
    used_cities: list[City] = []

    scenarios: list[Json] = []
    for idx, slot in enumerate(slots):
        cat = cats[slot["category"]]
        dtype = slot["dtype"]
        amount = amounts.pop() if dtype == "amount" else None
        if amount is not None:
            matching = [c for c in shop.cities if c.currency == amount[0]]
            city = rng.choice(matching)
        else:
            city = city_order[idx % len(city_order)]
        used_cities.append(city)

        product: Product | None = None if slot["range"] else rng.choice(cat.products)
        hostile = slot["hostile"]
        product_name = product.name if product is not None else None
        if hostile in shop.hostile_product_names:
            assert product is not None
            product_name = shop.hostile_product_names[hostile]
            product = Product(product.sku, product_name, product.price)

        customer = make_customer(shop, rng, idx, city)
        events = make_events(shop, rng, slot["history"], cat, product)
        names_seen = {e["product"]["name"] for e in events if "product" in e}
        if (
            hostile in shop.hostile_product_names
            and product is not None
            and product_name not in names_seen
        ):
            events.append(product_event(rng, "view", cat, product))
            events.sort(key=lambda e: e["at"])
        if hostile in shop.hostile_queries:
            events.append(search_event(rng, shop.hostile_queries[hostile]))
            events.sort(key=lambda e: e["at"])
        if hostile in shop.hostile_notes:
            customer["notes"] = shop.hostile_notes[hostile]

        offer = partial(make_offer, shop, rng, cat, product, dtype, amount, product_name)
        scenarios.append(scenario(shop, rng, idx, slot["time"], city, customer, events, offer))
    return scenarios


def write(shop: Shop, out_path: Path, n_scenarios: int) -> None:
    save(build(shop), out_path, n_scenarios)


# Campaign-shaped sets (fresh25 on): a few offers, each sent unchanged to several shoppers.
class CampaignOffer(Protocol):
    """What the campaign helpers read of a set's own offer spec: the category, a product (its
    index there) or the whole range (None), the discount type, the amount's currency and
    value, the poisoned catalogue name it carries (a ``hostile_product_names`` key) and how
    many shoppers it goes to."""

    @property
    def category(self) -> str: ...
    @property
    def product(self) -> int | None: ...
    @property
    def dtype(self) -> str: ...
    @property
    def amount(self) -> tuple[str, float] | None: ...
    @property
    def hostile(self) -> str | None: ...
    @property
    def shoppers(self) -> int: ...


def campaign_slots(
    rng: random.Random,
    specs: tuple[CampaignOffer, ...],
    histories: tuple[tuple[str, int], ...],
    times: list[str],
) -> list[Json]:
    """One slot per shopper (``spec.shoppers`` per offer), shuffled: its offer (index), history
    kind and time-of-day slot (``histories``: kind and count; ``times``: one per shopper),
    and no attack yet."""
    slots: list[Json] = [
        {"offer": n, "hostile": None} for n, spec in enumerate(specs) for _ in range(spec.shoppers)
    ]
    rng.shuffle(slots)
    kinds = [kind for kind, n in histories for _ in range(n)]
    rng.shuffle(kinds)
    rng.shuffle(times)
    for slot, hist, tslot in zip(slots, kinds, times, strict=True):
        slot["history"] = hist
        slot["time"] = tslot
    return slots


def note_attacks(
    rng: random.Random,
    slots: list[Json],
    specs: tuple[CampaignOffer, ...],
    free: Callable[[Json], bool],
) -> None:
    """The two hostile notes, in place: the instruction to a shopper with no history in the
    category, the URL to a shopper of a range offer."""
    rng.choice([s for s in slots if free(s) and s["history"] in ("none", "unrelated")])[
        "hostile"
    ] = "notes_ignore"
    rng.choice([s for s in slots if free(s) and specs[s["offer"]].product is None])["hostile"] = (
        "notes_url"
    )


def campaign_offers(
    shop: Shop, rng: random.Random, specs: tuple[CampaignOffer, ...]
) -> tuple[list[Json], list[Product | None]]:
    """Each offer made once (the kit draws its title, code and end date) and the product it
    is about (None for a range), in ``specs`` order."""
    cats = {c.name: c for c in shop.categories}
    offers: list[Json] = []
    focus: list[Product | None] = []
    for spec in specs:
        cat = cats[spec.category]
        product = None if spec.product is None else cat.products[spec.product]
        if product is not None and spec.hostile is not None:
            product = Product(product.sku, shop.hostile_product_names[spec.hostile], product.price)
        name = product.name if product is not None else None
        offers.append(make_offer(shop, rng, cat, product, spec.dtype, spec.amount, name))
        focus.append(product)
    return offers, focus


def amount_cities(
    rng: random.Random,
    slots: list[Json],
    specs: tuple[CampaignOffer, ...],
    cities: tuple[City, ...],
) -> dict[int, City]:
    """A city of its currency for each shopper (slot index) of an amount offer."""
    city_of: dict[int, City] = {}
    for n, spec in enumerate(specs):
        if spec.amount is None:
            continue
        mine = [i for i, s in enumerate(slots) if s["offer"] == n]
        matching = [c for c in cities if c.currency == spec.amount[0]]
        for i, city in zip(mine, rng.sample(matching, len(mine)), strict=True):
            city_of[i] = city
    return city_of


def add_attack(
    shop: Shop,
    rng: random.Random,
    customer: Json,
    events: list[Json],
    *,
    slot: Json,
    spec: CampaignOffer,
    cat: Category,
    product: Product | None,
    with_history: tuple[str, ...],
    history_poison: dict[str, int],
) -> None:
    """The slot's attack, in place: a shopper with history in the category has seen the
    offer's poisoned product; a poisoned catalogue name in the history (``history_poison``:
    kind -> product index), a hostile search, or a hostile note."""
    hostile = slot["hostile"]
    names_seen = {e["product"]["name"] for e in events if "product" in e}
    if (
        spec.hostile is not None
        and product is not None
        and slot["history"] in with_history
        and product.name not in names_seen
    ):
        events.append(product_event(rng, "view", cat, product))
    if hostile in history_poison:
        base = cat.products[history_poison[hostile]]
        poisoned = Product(base.sku, shop.hostile_product_names[hostile], base.price)
        events.append(product_event(rng, rng.choice(("view", "add_to_cart")), cat, poisoned))
    if hostile in shop.hostile_queries:
        events.append(search_event(rng, shop.hostile_queries[hostile]))
    if hostile in shop.hostile_notes:
        customer["notes"] = shop.hostile_notes[hostile]


def pin_attack(
    rng: random.Random,
    slots: list[Json],
    specs: tuple[CampaignOffer, ...],
    kind: str,
    category: str,
    histories_ok: tuple[str, ...],
    free: Callable[[Json], bool],
) -> None:
    """Give ``kind`` to a ``free`` shopper of ``category``'s offer whose history is one of
    ``histories_ok``, in place; if none has one, that offer's first free shopper first swaps
    histories with a plain shopper of another offer who has."""
    mine = [s for s in slots if specs[s["offer"]].category == category and free(s)]
    fits = [s for s in mine if s["history"] in histories_ok]
    if not fits:
        other = rng.choice(
            [
                s
                for s in slots
                if specs[s["offer"]].category != category
                and s["history"] in histories_ok
                and s["hostile"] is None
            ]
        )
        mine[0]["history"], other["history"] = other["history"], mine[0]["history"]
        fits = [mine[0]]
    rng.choice(fits)["hostile"] = kind


def long_events(shop: Shop, rng: random.Random, cat: Category, focus: Product | None) -> list[Json]:
    """A long history: 7-10 events in the offer's category (the first on ``focus`` 7 times in
    10), 2-3 of its searches, and a few events in one or two of the shop's other categories."""
    others = [c for c in shop.categories if c.name != cat.name]
    events = random_events(rng, cat, rng.randint(7, 10), focus if rng.random() < 0.7 else None)
    for query in rng.sample(cat.searches, rng.randint(2, 3)):
        events.append(search_event(rng, query))
    for other in rng.sample(others, rng.randint(1, 2)):
        events += random_events(rng, other, rng.randint(1, 2), None)
    events.sort(key=lambda e: e["at"])
    return events


# The histories that touch the offer's category, in the order the attack pins try them.
CATEGORY_HISTORIES = ("in_cat", "mixed", "long")


def category_histories(shop: Shop) -> tuple[str, ...]:
    """The shop's history kinds that touch the offer's category: a poisoned catalogue name or a
    product view only reads as real to a shopper who has browsed there."""
    kinds = {kind for kind, _ in shop.histories}
    return tuple(kind for kind in CATEGORY_HISTORIES if kind in kinds)


@dataclass(frozen=True)
class CodedOffer:
    """A campaign offer whose percentage and code are the set's own rather than drawn, so the
    copy can be checked against the exact value and code a real campaign would carry: a product
    (its index in the category) or the whole range (None); the percentage, or the currency and
    value; the code (None: no code); a poisoned catalogue name; how many shoppers get it."""

    category: str
    product: int | None
    dtype: str
    code: str | None
    percent: int | None = None
    amount: tuple[str, float] | None = None
    hostile: str | None = None
    shoppers: int = 5


def campaign_shop(
    specs: Sequence[CampaignOffer],
    *,
    seed: int,
    id_prefix: str,
    customer_id_base: int,
    categories: tuple[Category, ...],
    cities: tuple[City, ...],
    brand_voices: tuple[str, ...],
    benign_notes: tuple[str, ...],
    hostile_product_names: dict[str, str],
    hostile_queries: dict[str, str],
    hostile_notes: dict[str, str],
    hostile_kind_category: dict[str, str],
    histories: tuple[tuple[str, int], ...],
    max_chars: tuple[int, ...],
    percent_values: tuple[int, ...] | None = None,
) -> Shop:
    """A campaign set's ``Shop``, its amounts, range counts and (unless given) percentages read
    off the offers, so the mix the kit draws from cannot drift from the offers themselves."""
    if percent_values is None:
        percent_values = tuple(
            s.percent for s in specs if isinstance(s, CodedOffer) and s.percent is not None
        )
    return Shop(
        seed=seed,
        id_prefix=id_prefix,
        customer_id_base=customer_id_base,
        categories=categories,
        cities=cities,
        amount_plan=tuple(s.amount for s in specs if s.amount is not None),
        percent_values=percent_values,
        brand_voices=brand_voices,
        benign_notes=benign_notes,
        hostile_product_names=hostile_product_names,
        hostile_queries=hostile_queries,
        hostile_notes=hostile_notes,
        hostile_kind_category=hostile_kind_category,
        ranges_per_type={
            d: sum(s.shoppers for s in specs if s.dtype == d and s.product is None)
            for d in ("percent", "amount", "bogo", "free_shipping")
        },
        histories=histories,
        max_chars=max_chars,
    )


def unattacked(specs: Sequence[CampaignOffer]) -> Callable[[Json], bool]:
    """Shoppers still free for an attack: none yet, and an offer that carries no poisoned name,
    so each scenario tests one attack and a judge's verdict names its cause."""
    poisoned = {n for n, spec in enumerate(specs) if spec.hostile is not None}

    def free(s: Json) -> bool:
        return s["hostile"] is None and s["offer"] not in poisoned

    return free


def campaign_plan(
    shop: Shop,
    rng: random.Random,
    specs: tuple[CampaignOffer, ...],
    times: tuple[tuple[str, int], ...],
    history_poison: dict[str, int],
) -> list[Json]:
    """The campaign plan with every product-name and query attack pinned to its category's
    offer: an attack reads as real only beside the products it names. ``times``: each
    time-of-day slot and how many shoppers get it."""
    slots = campaign_slots(rng, specs, shop.histories, [t for t, n in times for _ in range(n)])
    free = unattacked(specs)
    with_history = category_histories(shop)
    for kind in history_poison:
        pin_attack(rng, slots, specs, kind, shop.hostile_kind_category[kind], with_history, free)
    for kind in shop.hostile_queries:
        category = shop.hostile_kind_category[kind]
        pin_attack(rng, slots, specs, kind, category, (*with_history, "unrelated"), free)
    note_attacks(rng, slots, specs, free)
    return slots


def campaign_cities(
    shop: Shop,
    rng: random.Random,
    slots: list[Json],
    specs: Sequence[CampaignOffer],
    amount_pool: tuple[City, ...] | None = None,
    rest: Sequence[City] | None = None,
) -> dict[int, City]:
    """Each shopper's city (by slot index): one of its currency for an amount offer, so the
    price reads as local; the others cycle ``rest``, shuffled (by default the cities whose
    currency no amount offer uses). ``amount_pool`` defaults to all the shop's cities."""
    city_of = amount_cities(rng, slots, tuple(specs), amount_pool or shop.cities)
    if rest is None:
        used = {s.amount[0] for s in specs if s.amount is not None}
        rest = [c for c in shop.cities if c.currency not in used]
    order = list(rest)
    rng.shuffle(order)
    others = [i for i in range(len(slots)) if i not in city_of]
    for k, i in enumerate(others):
        city_of[i] = order[k % len(order)]
    return city_of


def pin_long_name(
    rng: random.Random,
    slots: list[Json],
    specs: Sequence[CampaignOffer],
    city_of: dict[int, City],
    cities: Collection[str],
    free: Callable[[Json], bool],
) -> None:
    """Mark one ``free`` shopper of a non-amount offer living in one of ``cities`` as
    ``long_name``, in place: a very long real-world name only rings true in its own culture."""
    rng.choice(
        [
            s
            for i, s in enumerate(slots)
            if specs[s["offer"]].amount is None and free(s) and city_of[i].name in cities
        ]
    )["hostile"] = "long_name"


def build_campaign(
    shop: Shop,
    specs: tuple[CampaignOffer, ...],
    plan_slots: Callable[[random.Random], list[Json]],
    *,
    history_poison: dict[str, int],
    amount_pool: tuple[City, ...] | None = None,
    rest: Sequence[City] | None = None,
    languages: dict[str, tuple[str, ...]] | None = None,
    long_names: dict[str, Json] | None = None,
    long_name_free: Callable[[Json], bool] | None = None,
    notes_ignore_birth_year: int | None = None,
) -> list[Json]:
    """A campaign set's scenarios: each offer made once and sent unchanged to its shoppers, as
    a real campaign is, so the copy varies only with the shopper. The draws from the one seeded
    ``rng`` keep their order (plan, offers, cities, long name, then per shopper), so the output
    stays the same run after run.

    ``languages``: per city, the languages a shopper there may have set; ``long_names``: per
    city, the name fields of one shopper there (``long_name_free``: who may be that shopper,
    by default :func:`unattacked`); ``notes_ignore_birth_year``: the age the hostile note
    gives, so the profile does not contradict it."""
    rng = random.Random(shop.seed)
    slots = plan_slots(rng)
    cats = {c.name: c for c in shop.categories}
    with_history = category_histories(shop)

    offers, focus = campaign_offers(shop, rng, specs)
    for made, spec in zip(offers, specs, strict=True):
        if isinstance(spec, CodedOffer):
            if spec.percent is not None:
                made["discount_value"] = spec.percent
            made["code"] = spec.code

    city_of = campaign_cities(shop, rng, slots, specs, amount_pool, rest)
    if long_names is not None:
        free = long_name_free or unattacked(specs)
        pin_long_name(rng, slots, specs, city_of, long_names, free)

    scenarios: list[Json] = []
    for idx, slot in enumerate(slots):
        spec = specs[slot["offer"]]
        cat = cats[spec.category]
        city = city_of[idx]
        product = focus[slot["offer"]]
        hostile = slot["hostile"]

        customer = make_customer(shop, rng, idx, city)
        if languages is not None:
            customer["language"] = rng.choice(languages[city.name])
        if hostile == "long_name" and long_names is not None:
            customer.update(long_names[city.name])
        if slot["history"] == "long":
            events = long_events(shop, rng, cat, product)
        else:
            events = make_events(shop, rng, slot["history"], cat, product)
        add_attack(
            shop,
            rng,
            customer,
            events,
            slot=slot,
            spec=spec,
            cat=cat,
            product=product,
            with_history=with_history,
            history_poison=history_poison,
        )
        if hostile == "notes_ignore" and notes_ignore_birth_year is not None:
            customer["birth_year"] = notes_ignore_birth_year
        events.sort(key=lambda e: e["at"])

        offer = partial(copy.deepcopy, offers[slot["offer"]])
        scenarios.append(scenario(shop, rng, idx, slot["time"], city, customer, events, offer))
    return scenarios


def save(scenarios: list[Json], out_path: Path, n_scenarios: int) -> None:
    assert len(scenarios) == n_scenarios
    with out_path.open("w", encoding="utf-8") as fh:
        for sc in scenarios:
            fh.write(json.dumps(sc, ensure_ascii=False) + "\n")
    print(f"wrote {len(scenarios)} scenarios to {out_path}")
