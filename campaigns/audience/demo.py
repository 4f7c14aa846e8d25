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
    # category: (product names, search terms, price range in EUR)
    "Running": (
        [
            "Lightweight running shoes",
            "Cushioned road running shoes",
            "Waterproof trail running shoes",
            "Reflective running jacket",
            "Thermal running tights",
            "Running shorts with pockets",
            "Hydration vest",
            "Running cap",
            "Merino running socks",
            "Running gloves",
            "Wind running jacket",
            "Trail running backpack",
            "Compression calf sleeves",
            "Running headband",
            "Reflective running vest",
            "Breathable running shirt",
            "GPS running watch",
        ],
        ["running shoes", "trail shoes", "running jacket", "running socks"],
        (12, 260),
    ),
    "Yoga": (
        [
            "Non-slip yoga mat",
            "Extra-thick yoga mat",
            "Travel yoga mat",
            "Cork yoga block",
            "Foam yoga block",
            "Cotton yoga strap",
            "Meditation cushion",
            "Yoga bolster",
            "High-waist yoga leggings",
            "Yoga bra top",
            "Yoga wheel",
            "Yoga mat bag",
            "Organic cotton yoga blanket",
            "Yoga towel",
            "Balance board",
            "Resistance band set",
            "Meditation bench",
        ],
        ["yoga mat", "yoga block", "meditation cushion", "yoga leggings"],
        (10, 95),
    ),
    "Cycling": (
        [
            "Road bike helmet",
            "Commuter bike helmet",
            "USB rechargeable bike light set",
            "Padded cycling gloves",
            "Heavy-duty bike lock",
            "Compact saddle bag",
            "Cycling rain jacket",
            "Bike floor pump",
            "Mini bike pump",
            "Bike repair kit",
            "Clip-on bike bell",
            "Cycling bib shorts",
            "Bike phone mount",
            "Water bottle cage",
            "Panniers",
            "Cycling overshoes",
            "Bike chain lube",
        ],
        ["bike lights", "bike helmet", "bike lock", "cycling gloves"],
        (6, 180),
    ),
    "Outdoor": (
        [
            "Ultralight hiking backpack",
            "Two-person tent",
            "Down sleeping bag",
            "Carbon trekking poles",
            "Rechargeable headlamp",
            "Camping stove",
            "Insulated water bottle",
            "Waterproof hiking boots",
            "Fleece jacket",
            "Camping chair",
            "Sleeping mat",
            "Compass",
            "Rain poncho",
            "Dry bag",
            "Camping lantern",
            "Hiking socks",
            "First aid kit",
        ],
        ["hiking boots", "tent", "sleeping bag", "headlamp"],
        (8, 320),
    ),
    "Kitchen": (
        [
            "Japanese chef's knife",
            "Cast iron skillet",
            "Stovetop espresso maker",
            "Walnut cutting board",
            "Stainless stock pot",
            "Non-stick frying pan",
            "Dutch oven",
            "Knife sharpener",
            "Mixing bowl set",
            "Digital kitchen scale",
            "Silicone spatula set",
            "Salad spinner",
            "Pasta maker",
            "Ceramic baking dish",
            "Chef's apron",
            "Spice rack",
            "Measuring cup set",
        ],
        ["chef knife", "skillet", "cutting board", "dutch oven"],
        (8, 200),
    ),
    "Coffee": (
        [
            "Single-origin coffee beans",
            "Espresso blend coffee beans",
            "Hand-crank burr grinder",
            "Electric burr grinder",
            "Gooseneck pour-over kettle",
            "Pour-over dripper",
            "Insulated travel mug",
            "Electric milk frother",
            "French press",
            "Coffee filters",
            "Cold brew maker",
            "Espresso cups set",
            "Coffee scale",
            "Decaf coffee beans",
            "Moka pot",
            "Coffee canister",
            "Latte art pitcher",
        ],
        ["coffee beans", "grinder", "pour over kettle", "french press"],
        (5, 140),
    ),
    "Home": (
        [
            "Wool throw blanket",
            "Cedar scented candle",
            "Ceramic table lamp",
            "Linen cushion cover",
            "Terracotta plant pot",
            "Cotton bath towels",
            "Linen bed sheets",
            "Wall clock",
            "Reed diffuser",
            "Storage baskets",
            "Doormat",
            "Picture frame set",
            "Floor lamp",
            "Ceramic vase",
            "Blackout curtains",
            "Desk organiser",
            "Indoor plant mister",
        ],
        ["throw blanket", "candle", "table lamp", "bed sheets"],
        (8, 150),
    ),
    "Beauty": (
        [
            "Vitamin C face serum",
            "Unscented hand cream",
            "Tinted lip balm",
            "Solid shampoo bar",
            "Mineral sunscreen",
            "Hydrating face mask",
            "Gentle face cleanser",
            "Night cream",
            "Body lotion",
            "Micellar water",
            "Eye cream",
            "Nail care kit",
            "Bamboo hairbrush",
            "Dry shampoo",
            "Bath salts",
            "Face toner",
            "Lip scrub",
        ],
        ["face serum", "hand cream", "sunscreen", "shampoo bar"],
        (5, 60),
    ),
    "Books": (
        [
            "Vegetarian cookbook",
            "Pocket travel guide",
            "Bestselling crime novel",
            "Dotted notebook",
            "Hardcover photo book",
            "Running training guide",
            "Yoga for beginners book",
            "Children's atlas",
            "Poetry collection",
            "Gardening handbook",
            "Fountain pen",
            "Bookmark set",
            "Reading light",
            "Weekly planner",
            "Sketchbook",
            "Short story collection",
            "History of coffee",
        ],
        ["cookbook", "travel guide", "novel", "notebook"],
        (6, 45),
    ),
    "Electronics": (
        [
            "Noise-cancelling wireless earbuds",
            "Fast-charging power bank",
            "Fitness smart watch",
            "Waterproof bluetooth speaker",
            "Glare-free e-reader",
            "USB-C charging cable",
            "Wireless charging pad",
            "Over-ear headphones",
            "Smart plug",
            "Webcam",
            "Portable SSD",
            "Tablet stand",
            "Laptop sleeve",
            "Phone case",
            "Smart bulb",
            "Travel adapter",
            "Mechanical keyboard",
        ],
        ["earbuds", "power bank", "smart watch", "speaker"],
        (10, 350),
    ),
    "Kids": (
        [
            "Wooden building blocks",
            "Kids' rain boots",
            "Bedtime picture book",
            "First balance bike",
            "Giant floor puzzle",
            "Kids' raincoat",
            "Crayon set",
            "Plush teddy bear",
            "Kids' backpack",
            "Kids' water bottle",
            "Play dough set",
            "Toy train set",
            "Kids' bike helmet",
            "Board game for kids",
            "Kids' swimsuit",
            "Night light",
            "Stacking rings",
        ],
        ["building blocks", "rain boots", "puzzle", "balance bike"],
        (6, 110),
    ),
    "Pets": (
        [
            "Orthopedic dog bed",
            "Tall cat tree",
            "Reflective dog leash",
            "Quiet pet fountain",
            "Durable chew toy",
            "Dog raincoat",
            "Cat scratching post",
            "Pet grooming brush",
            "Slow feeder bowl",
            "Cat litter mat",
            "Dog treat pouch",
            "Pet carrier",
            "Dog harness",
            "Catnip toys",
            "Pet blanket",
            "Dog shampoo",
            "Automatic pet feeder",
        ],
        ["dog bed", "cat tree", "dog leash", "chew toy"],
        (5, 150),
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
    for category, (names, _searches, (low, high)) in CATALOGUE.items():
        for i, name in enumerate(names):
            price = Decimal(rng.randint(low, high)) - Decimal("0.01")
            products.append(
                Product(
                    sku=f"{category[:3].upper()}-{i + 1:03d}",
                    name=name,
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
            event.query = rng.choice(CATALOGUE[category][1]) + rng.choice(SEARCH_SUFFIX)
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
