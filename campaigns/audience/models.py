"""Shoppers, what they did, and what they agreed to.

`Customer` holds nothing that identifies a person directly; names and contact data live in
`CustomerPII`, which only delivery and the admin read. Generation works from `Customer`,
`Event` and `Product` alone, so no PII can reach the language model by construction.
"""

from django.db import models
from django.db.models import Q


class Customer(models.Model):
    class LoyaltyTier(models.TextChoices):
        NONE = "none", "None"
        BRONZE = "bronze", "Bronze"
        SILVER = "silver", "Silver"
        GOLD = "gold", "Gold"

    external_id = models.CharField(max_length=128, unique=True)
    country = models.CharField(max_length=2, blank=True, help_text="ISO 3166-1 alpha-2")
    city = models.CharField(max_length=128, blank=True)
    timezone = models.CharField(max_length=64, default="UTC")
    language = models.CharField(max_length=16, default="en")
    birth_year = models.PositiveSmallIntegerField(null=True, blank=True)
    loyalty_tier = models.CharField(
        max_length=16, choices=LoyaltyTier.choices, default=LoyaltyTier.NONE
    )
    attributes = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [
            models.Index(fields=["country"]),
            models.Index(fields=["language"], name="customer_language_idx"),
            models.Index(fields=["loyalty_tier"]),
            models.Index(fields=["birth_year"]),
        ]

    def __str__(self) -> str:
        return self.external_id


class CustomerPII(models.Model):
    customer = models.OneToOneField(Customer, on_delete=models.CASCADE, related_name="pii")
    first_name = models.CharField(max_length=128, blank=True)
    last_name = models.CharField(max_length=128, blank=True)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=64, blank=True)
    street = models.CharField(max_length=255, blank=True)

    class Meta:
        verbose_name = "customer PII"
        verbose_name_plural = "customer PII"

    def __str__(self) -> str:
        return f"PII of {self.customer_id}"


class Consent(models.Model):
    """An append-only history: the current state is the latest row per (customer, purpose)."""

    class Purpose(models.TextChoices):
        PUSH_MARKETING = "push_marketing", "Push marketing"
        EMAIL_MARKETING = "email_marketing", "Email marketing"
        PERSONALISATION = "personalisation", "Personalisation"

    customer = models.ForeignKey(Customer, on_delete=models.CASCADE, related_name="consents")
    purpose = models.CharField(max_length=32, choices=Purpose.choices)
    granted = models.BooleanField()
    recorded_at = models.DateTimeField()
    source = models.CharField(max_length=64, blank=True, help_text="e.g. app, web, import")
    text_version = models.CharField(max_length=32, blank=True)

    class Meta:
        constraints = [
            # A re-sent import or API batch must not grow the history: one consent is
            # identified by who, what for, and when.
            models.UniqueConstraint(
                fields=["customer", "purpose", "recorded_at"], name="consent_unique_record"
            )
        ]
        indexes = [models.Index(fields=["customer", "purpose", "-recorded_at"])]

    def __str__(self) -> str:
        state = "granted" if self.granted else "withdrawn"
        return f"{self.customer_id} {self.purpose} {state}"


class ConsentState(models.Model):
    """The current answer per (shopper, purpose): the latest `Consent` row, kept in step by
    `services.consent_state_refresh` whenever consents are written.

    Segments filter on this instead of finding "the latest row" in the history, which at a
    million shoppers is a hash anti-join over the whole consent table on every count.
    """

    customer = models.ForeignKey(
        Customer, on_delete=models.CASCADE, related_name="consent_states", db_index=False
    )
    purpose = models.CharField(max_length=32, choices=Consent.Purpose.choices)
    granted = models.BooleanField()
    recorded_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["customer", "purpose"], name="consentstate_unique")
        ]
        indexes = [
            models.Index(
                fields=["purpose", "customer"],
                condition=Q(granted=True),
                name="consentstate_granted",
            )
        ]

    def __str__(self) -> str:
        return f"{self.customer_id} {self.purpose} {'granted' if self.granted else 'withdrawn'}"


class PushSubscription(models.Model):
    class Provider(models.TextChoices):
        WEBPUSH = "webpush", "Web Push"
        FCM = "fcm", "Firebase Cloud Messaging"
        APNS = "apns", "Apple Push Notification service"

    customer = models.ForeignKey(
        Customer, on_delete=models.CASCADE, related_name="push_subscriptions"
    )
    provider = models.CharField(max_length=16, choices=Provider.choices)
    endpoint = models.TextField(help_text="Web Push endpoint URL, or the FCM/APNs device token")
    keys = models.JSONField(default=dict, blank=True, help_text="Web Push p256dh and auth")
    active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    deactivated_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["provider", "endpoint"], name="pushsubscription_unique_endpoint"
            )
        ]
        indexes = [
            models.Index(fields=["customer"], condition=Q(active=True), name="pushsub_active_idx")
        ]

    def __str__(self) -> str:
        return f"{self.provider} for {self.customer_id}"


class Product(models.Model):
    sku = models.CharField(max_length=64, unique=True)
    name = models.CharField(max_length=255)
    category = models.CharField(max_length=128, db_index=True)
    brand = models.CharField(max_length=128, blank=True, db_index=True)
    price = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    currency = models.CharField(max_length=3, default="EUR")
    in_stock = models.BooleanField(default=True)
    attributes = models.JSONField(default=dict, blank=True)

    def __str__(self) -> str:
        return f"{self.name} ({self.sku})"


class Event(models.Model):
    class Type(models.TextChoices):
        VIEW = "view", "View"
        ADD_TO_CART = "add_to_cart", "Add to cart"
        PURCHASE = "purchase", "Purchase"
        SEARCH = "search", "Search"
        OPEN = "open", "Open"
        CLICK = "click", "Click"
        CONVERT = "convert", "Convert"

    # No separate index: event_cust_type_at_cov leads with customer and serves the same lookups,
    # and on 20M rows each index costs a gigabyte and minutes of bulk-load time.
    customer = models.ForeignKey(
        Customer, on_delete=models.CASCADE, related_name="events", db_index=False
    )
    type = models.CharField(max_length=16, choices=Type.choices)
    product = models.ForeignKey(
        Product, on_delete=models.SET_NULL, null=True, blank=True, related_name="events"
    )
    # Copied from the product at ingestion so that segment conditions on category or brand
    # are answered from the events index alone, without a join per candidate shopper.
    category = models.CharField(max_length=128, blank=True)
    brand = models.CharField(max_length=128, blank=True)
    query = models.CharField(max_length=255, blank=True)
    quantity = models.PositiveIntegerField(default=1)
    value = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    context = models.JSONField(default=dict, blank=True)
    occurred_at = models.DateTimeField()
    event_id = models.CharField(
        max_length=128, null=True, blank=True, unique=True, help_text="Client id for idempotency"
    )
    received_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [
            # INCLUDE lets per-shopper probes (negated behaviour, the profile) filter on
            # category, brand or product inside the index instead of visiting the heap.
            models.Index(
                fields=["customer", "type", "occurred_at"],
                include=["category", "brand", "product"],
                name="event_cust_type_at_cov",
            ),
            # Covering (INCLUDE customer): a behaviour condition becomes an index-only range
            # scan feeding a hash semi-join. Without it, the matching rows lie scattered over
            # the whole heap and a segment count reads most of the table.
            models.Index(
                fields=["type", "category", "occurred_at"],
                include=["customer"],
                name="event_type_cat_at_cov",
            ),
            models.Index(
                fields=["type", "brand", "occurred_at"],
                include=["customer"],
                name="event_type_brand_at_cov",
            ),
            models.Index(
                fields=["type", "product", "occurred_at"],
                include=["customer"],
                name="event_type_prod_at_cov",
            ),
            models.Index(fields=["occurred_at"], name="event_occurred_at"),
        ]

    def __str__(self) -> str:
        return f"{self.type} by {self.customer_id} at {self.occurred_at:%Y-%m-%d %H:%M}"


class Segment(models.Model):
    """A saved rule tree; see `campaigns.audience.segments` for its grammar and compiler."""

    name = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    rules = models.JSONField(default=dict)
    created_by = models.ForeignKey(
        "auth.User", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return self.name


class CustomerStats(models.Model):
    """Purchase aggregates per shopper, so that RFM segment conditions are index lookups.

    Maintained by `services.customer_stats_refresh` (after each ingested batch for the shoppers
    it touched, and nightly for everyone, as purchases age out of the window). The recency band
    is not stored: it is derived from `last_purchase_at` at query time, so it never goes stale.
    A shopper without a row has made no purchase in the window.
    """

    customer = models.OneToOneField(
        Customer, on_delete=models.CASCADE, primary_key=True, related_name="stats"
    )
    last_purchase_at = models.DateTimeField()
    frequency = models.PositiveIntegerField()
    monetary = models.DecimalField(max_digits=14, decimal_places=2)
    refreshed_at = models.DateTimeField()

    class Meta:
        verbose_name = "customer stats"
        verbose_name_plural = "customer stats"
        indexes = [
            models.Index(fields=["last_purchase_at"], name="stats_last_purchase"),
            models.Index(fields=["frequency", "monetary"], name="stats_freq_monetary"),
        ]

    def __str__(self) -> str:
        return f"stats of {self.customer_id}"


class ApiKey(models.Model):
    """A per-source ingestion key. Only a SHA-256 of the key is stored.

    The keys are 256-bit random tokens, so a fast hash is enough: there is nothing to
    brute-force that a slow password hash would protect.
    """

    name = models.CharField(max_length=100, help_text="The source, e.g. 'shopify-prod'")
    prefix = models.CharField(max_length=16, editable=False, help_text="Shown to tell keys apart")
    hashed_key = models.CharField(max_length=64, unique=True, editable=False)
    rate_limit_per_minute = models.PositiveIntegerField(
        default=120, help_text="Requests per minute before the API answers 429"
    )
    created_by = models.ForeignKey(
        "auth.User", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True, editable=False)
    last_used_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = "API key"

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"
