"""A believable, deterministic demo shop: products, shoppers across time zones, and histories.

Deterministic (seeded) so that screenshots, docs and bug reports from different machines match.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from campaigns.audience.models import Consent, Customer, CustomerPII, Event, Product
from campaigns.audience.services import consent_state_refresh, customer_stats_refresh

DEMO_PREFIX = "demo-"

CATALOGUE: dict[str, tuple[list[str], list[str], tuple[int, int]]] = {
    # category: (product nouns, adjectives, price range in EUR)
    "Running": (
        ["running shoes", "trail shoes", "running jacket", "running tights", "hydration vest"],
        ["Lightweight", "Cushioned", "Waterproof", "Reflective", "Breathable"],
        (25, 160),
    ),
    "Yoga": (
        ["yoga mat", "yoga block", "yoga strap", "meditation cushion", "yoga leggings"],
        ["Non-slip", "Cork", "Organic cotton", "Extra-thick", "Travel"],
        (10, 90),
    ),
    "Cycling": (
        ["bike helmet", "bike light set", "cycling gloves", "bike lock", "saddle bag"],
        ["Road", "USB rechargeable", "Padded", "Heavy-duty", "Compact"],
        (15, 180),
    ),
    "Outdoor": (
        ["hiking backpack", "tent", "sleeping bag", "trekking poles", "headlamp"],
        ["Ultralight", "Two-person", "Down", "Carbon", "Rechargeable"],
        (20, 320),
    ),
    "Kitchen": (
        ["chef's knife", "cast iron skillet", "espresso maker", "cutting board", "stock pot"],
        ["Japanese steel", "Pre-seasoned", "Stovetop", "Walnut", "Stainless"],
        (15, 200),
    ),
    "Coffee": (
        ["coffee beans", "burr grinder", "pour-over kettle", "travel mug", "milk frother"],
        ["Single-origin", "Hand-crank", "Gooseneck", "Insulated", "Electric"],
        (8, 140),
    ),
    "Home": (
        ["throw blanket", "scented candle", "table lamp", "linen cushion", "plant pot"],
        ["Wool", "Cedar", "Ceramic", "Washed-linen", "Terracotta"],
        (12, 120),
    ),
    "Beauty": (
        ["face serum", "hand cream", "lip balm", "shampoo bar", "sunscreen"],
        ["Vitamin C", "Unscented", "Tinted", "Solid", "Mineral"],
        (6, 60),
    ),
    "Books": (
        ["cookbook", "travel guide", "novel", "notebook", "photo book"],
        ["Vegetarian", "Pocket", "Bestselling", "Dotted", "Hardcover"],
        (8, 45),
    ),
    "Electronics": (
        ["wireless earbuds", "power bank", "smart watch", "bluetooth speaker", "e-reader"],
        ["Noise-cancelling", "Fast-charging", "Fitness", "Waterproof", "Glare-free"],
        (25, 350),
    ),
    "Kids": (
        ["building blocks", "rain boots", "picture book", "balance bike", "puzzle"],
        ["Wooden", "Bright", "Bedtime", "First", "Giant floor"],
        (10, 110),
    ),
    "Pets": (
        ["dog bed", "cat tree", "dog leash", "pet fountain", "chew toy"],
        ["Orthopedic", "Tall", "Reflective", "Quiet", "Durable"],
        (8, 150),
    ),
}
BRANDS = ["Northpeak", "Fjordline", "Urbanleaf", "Solana", "Kite & Co", "Hearthwell", "Bruno"]
CITIES = [
    ("DE", "Berlin", "Europe/Berlin"),
    ("DE", "Hamburg", "Europe/Berlin"),
    ("FR", "Lyon", "Europe/Paris"),
    ("FR", "Paris", "Europe/Paris"),
    ("IT", "Milan", "Europe/Rome"),
    ("ES", "Madrid", "Europe/Madrid"),
    ("NL", "Utrecht", "Europe/Amsterdam"),
    ("GB", "Manchester", "Europe/London"),
    ("IE", "Dublin", "Europe/Dublin"),
    ("US", "Chicago", "America/Chicago"),
    ("US", "Seattle", "America/Los_Angeles"),
    ("JP", "Osaka", "Asia/Tokyo"),
    ("AU", "Melbourne", "Australia/Melbourne"),
]
FIRST_NAMES = ["Anna", "Ben", "Chloé", "David", "Elif", "Finn", "Greta", "Hugo", "Ines", "Jonas"]
LAST_NAMES = ["Schmidt", "Martin", "Rossi", "García", "de Vries", "Murphy", "Smith", "Tanaka"]
DEVICES = ["ios", "android", "web"]
WEATHER = ["clear", "rain", "cloudy", "snow", "fog", "windy"]
SEARCH_SUFFIX = ["", " sale", " for beginners", " gift", " best"]


def _products(rng: random.Random) -> list[Product]:
    products = []
    for category, (nouns, adjectives, (low, high)) in CATALOGUE.items():
        combos = [(a, n) for a in adjectives for n in nouns]
        rng.shuffle(combos)
        for i, (adjective, noun) in enumerate(combos[:17]):
            price = Decimal(rng.randint(low, high)) - Decimal("0.01")
            products.append(
                Product(
                    sku=f"{category[:3].upper()}-{i + 1:03d}",
                    name=f"{adjective} {noun}",
                    category=category,
                    brand=rng.choice(BRANDS),
                    price=price,
                    currency="EUR",
                    in_stock=rng.random() > 0.05,
                )
            )
    return products


def _history(
    rng: random.Random, customer: Customer, products: list[Product], now: datetime
) -> list[Event]:
    categories = list(CATALOGUE)
    favourites = rng.sample(categories, k=rng.choice([1, 2, 2, 3]))
    by_category: dict[str, list[Product]] = {}
    for product in products:
        by_category.setdefault(product.category, []).append(product)
    events = []
    device = rng.choice(DEVICES)
    for _ in range(rng.randint(0, 18)):
        category = rng.choice(favourites) if rng.random() < 0.8 else rng.choice(categories)
        product = rng.choice(by_category[category])
        # Shoppers browse at their habitual hours: a personal peak hour plus noise.
        at = now - timedelta(days=rng.expovariate(1 / 20), hours=rng.gauss(0, 2))
        context = {"city": customer.city, "device": device, "weather": rng.choice(WEATHER)}
        kind = rng.choices(["view", "add_to_cart", "purchase", "search"], [70, 15, 6, 9])[0]
        event = Event(
            customer=customer,
            type=kind,
            occurred_at=min(at, now),
            context=context,
        )
        if kind == "search":
            noun = rng.choice(CATALOGUE[category][0])
            event.query = noun + rng.choice(SEARCH_SUFFIX)
        else:
            event.product = product
            event.category = product.category
            event.brand = product.brand
            if kind == "purchase":
                event.value = product.price
        events.append(event)
    return events


@transaction.atomic
def load_demo_data(*, customers: int = 2000, seed: int = 7) -> dict[str, int]:
    """Create the demo shop unless it is already there. Returns what was created."""
    if Customer.objects.filter(external_id__startswith=DEMO_PREFIX).exists():
        return {"products": 0, "customers": 0, "events": 0}
    rng = random.Random(seed)
    now = timezone.now()
    products = _products(rng)
    Product.objects.bulk_create(products, ignore_conflicts=True)
    products = list(Product.objects.filter(sku__in=[p.sku for p in products]))
    new_customers = []
    for i in range(customers):
        country, city, tz = rng.choice(CITIES)
        new_customers.append(
            Customer(
                external_id=f"{DEMO_PREFIX}{i + 1:05d}",
                country=country,
                city=city,
                timezone=tz,
                language="en",
                birth_year=rng.randint(1950, 2006),
                loyalty_tier=rng.choices(["none", "bronze", "silver", "gold"], [50, 25, 15, 10])[0],
            )
        )
    Customer.objects.bulk_create(new_customers, batch_size=1000)
    saved = list(Customer.objects.filter(external_id__startswith=DEMO_PREFIX))
    pii, consents, events = [], [], []
    for customer in saved:
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        pii.append(
            CustomerPII(
                customer=customer,
                first_name=first,
                last_name=last,
                email=f"{first.lower()}.{customer.external_id}@example.com",
            )
        )
        consents.append(
            Consent(
                customer=customer,
                purpose=Consent.Purpose.PUSH_MARKETING,
                granted=rng.random() < 0.85,
                recorded_at=now - timedelta(days=rng.randint(30, 400)),
                source="demo",
                text_version="2026-01",
            )
        )
        events.extend(_history(rng, customer, products, now))
    CustomerPII.objects.bulk_create(pii, batch_size=1000)
    Consent.objects.bulk_create(consents, batch_size=1000)
    consent_state_refresh(customer_ids=[c.pk for c in saved])
    Event.objects.bulk_create(events, batch_size=2000)
    customer_stats_refresh(customer_ids=[c.pk for c in saved])
    return {"products": len(products), "customers": len(saved), "events": len(events)}
