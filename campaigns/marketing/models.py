"""Campaigns, their offers, and the messages generated for each shopper."""

from django.conf import settings
from django.db import models
from django.db.models import Q


class Offer(models.Model):
    class DiscountType(models.TextChoices):
        PERCENT = "percent", "Percent off"
        AMOUNT = "amount", "Amount off"
        BOGO = "bogo", "Buy one, get one free"
        FREE_SHIPPING = "free_shipping", "Free shipping"

    title = models.CharField(max_length=120)
    product = models.ForeignKey(
        "campaigns.Product", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    category = models.CharField(max_length=128, blank=True)
    discount_type = models.CharField(max_length=16, choices=DiscountType.choices)
    discount_value = models.DecimalField(max_digits=10, decimal_places=2, null=True, blank=True)
    currency = models.CharField(max_length=3, blank=True, default="EUR")
    code = models.CharField(max_length=32, blank=True)
    ends_at = models.DateTimeField()
    landing_url = models.URLField(blank=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(discount_value__isnull=True) | Q(discount_value__gt=0),
                name="offer_discount_positive",
            ),
            models.CheckConstraint(
                condition=~Q(discount_type="percent") | Q(discount_value__lte=90),
                name="offer_percent_at_most_90",
            ),
            models.CheckConstraint(
                condition=~Q(product__isnull=True, category=""),
                name="offer_targets_product_or_category",
            ),
        ]

    def __str__(self) -> str:
        return self.title


class Campaign(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        GENERATING = "generating", "Generating"
        IN_REVIEW = "in_review", "In review"
        APPROVED = "approved", "Approved"
        SCHEDULED = "scheduled", "Scheduled"
        SENDING = "sending", "Sending"
        COMPLETED = "completed", "Completed"
        REJECTED = "rejected", "Rejected"
        CANCELLED = "cancelled", "Cancelled"
        FAILED = "failed", "Failed"

    class Channel(models.TextChoices):
        PUSH = "push", "Push notification"

    workspace = models.ForeignKey(
        "campaigns.Workspace", on_delete=models.PROTECT, related_name="campaigns"
    )
    name = models.CharField(max_length=200)
    status = models.CharField(
        max_length=16, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    offer = models.OneToOneField(Offer, on_delete=models.PROTECT, related_name="campaign")
    segment = models.ForeignKey(
        "campaigns.Segment", on_delete=models.PROTECT, related_name="campaigns"
    )
    brand_voice = models.TextField(
        blank=True, help_text="e.g. 'Warm, concise, no exclamation marks'"
    )
    few_shot = models.JSONField(
        default=list, blank=True, help_text="Example messages: [{'title': ..., 'body': ...}]"
    )
    channel = models.CharField(max_length=16, choices=Channel.choices, default=Channel.PUSH)
    max_chars = models.PositiveSmallIntegerField(default=120)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # Generation bookkeeping. The per-message status is the source of truth for progress;
    # these fields record the run as a whole.
    generation_total = models.PositiveIntegerField(default=0)
    generation_started_at = models.DateTimeField(null=True, blank=True)
    generation_finished_at = models.DateTimeField(null=True, blank=True)
    failure_reason = models.TextField(blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.name


class Message(models.Model):
    """One per (campaign, shopper): the unique constraint is what makes chunk re-runs safe."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        GENERATED = "generated", "Generated"
        FAILED = "failed", "Failed"

    class Source(models.TextChoices):
        MODEL = "model", "Model"
        FALLBACK = "fallback", "Fallback"

    class Review(models.TextChoices):
        PENDING = "pending", "Awaiting review"
        APPROVED = "approved", "Approved"
        REJECTED = "rejected", "Rejected"

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="messages")
    customer = models.ForeignKey(
        "campaigns.Customer", on_delete=models.CASCADE, related_name="messages"
    )
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    # Title and body may hold a {first_name} placeholder, filled only at delivery.
    title = models.CharField(max_length=200, blank=True)
    body = models.TextField(blank=True)
    source = models.CharField(max_length=16, choices=Source.choices, blank=True)
    score = models.FloatField(null=True, blank=True)
    flags = models.JSONField(default=list, blank=True)
    explanation = models.JSONField(default=dict, blank=True)
    prompt = models.TextField(blank=True, help_text="Exactly what the model saw, for audit")
    candidates = models.JSONField(default=list, blank=True)
    error = models.TextField(blank=True)
    # Only approved messages of an approved campaign reach the outbox.
    review_status = models.CharField(
        max_length=16, choices=Review.choices, default=Review.PENDING, db_index=True
    )
    created_at = models.DateTimeField(auto_now_add=True)
    generated_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["campaign", "customer"], name="message_one_per_campaign_customer"
            )
        ]
        indexes = [models.Index(fields=["campaign", "status"], name="message_campaign_status")]

    def __str__(self) -> str:
        return f"{self.campaign_id}/{self.customer_id}: {self.title}"
