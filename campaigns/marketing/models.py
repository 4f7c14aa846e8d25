"""Campaigns, their offers, and the messages generated for each shopper."""

from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import F, Q


def validate_offer_uses(value: Any) -> None:
    """What the pipeline takes as a brief, so that the campaign form and the admin's raw JSON
    are held to the same rule and nothing the marketer typed is cut without a word."""
    from inference.anonymise import MAX_OFFER_USE_CHARS, MAX_OFFER_USES

    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValidationError('Uses are a list of short texts, e.g. ["easy finger food"].')
    if len(value) > MAX_OFFER_USES:
        raise ValidationError(f"At most {MAX_OFFER_USES} uses, one per line.")
    long = [v for v in value if len(v) > MAX_OFFER_USE_CHARS]
    if long:
        raise ValidationError(
            f"Keep each use under {MAX_OFFER_USE_CHARS} characters: {long[0][:30]!r}… is longer."
        )


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
    # The brief the model cannot know: what shoppers buy this for. The pipeline ranks the
    # model's phrases by closeness to these (inference/README.md, twelfth session).
    uses = models.JSONField(
        default=list,
        blank=True,
        validators=[validate_offer_uses],
        help_text="What shoppers buy it for, e.g. ['buffet table nibbles', 'easy finger food']",
    )

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
    # Four-eyes: who submitted (pressed Generate) and who approved. See the check constraint.
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    review_comment = models.TextField(blank=True)
    # Scheduling: send_at empty means "as soon as approved".
    send_at = models.DateTimeField(null=True, blank=True)
    schedule = models.OneToOneField(
        "django_celery_beat.PeriodicTask",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="Recurring runs: each run creates a child campaign for current members.",
    )
    parent = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="runs"
    )
    holdout_percent = models.PositiveSmallIntegerField(
        default=0,
        validators=[MaxValueValidator(50)],
        help_text="Share of the segment kept as a control group that gets no message.",
    )
    generation_total = models.PositiveIntegerField(default=0)
    generation_started_at = models.DateTimeField(null=True, blank=True)
    generation_finished_at = models.DateTimeField(null=True, blank=True)
    failure_reason = models.TextField(blank=True)

    class Meta:
        ordering = ["-created_at"]
        permissions = [
            ("generate_campaign", "Can generate and submit a campaign"),
            ("approve_campaign", "Can approve or reject a campaign"),
            ("review_message", "Can edit, reject and approve generated messages"),
        ]
        constraints = [
            # The database, not only the view, refuses a self-approval.
            models.CheckConstraint(
                condition=Q(approved_by__isnull=True)
                | (
                    ~Q(approved_by=F("created_by"))
                    & ~Q(approved_by=F("updated_by"))
                    & (Q(submitted_by__isnull=True) | ~Q(approved_by=F("submitted_by")))
                ),
                name="campaign_four_eyes",
            ),
            models.CheckConstraint(
                condition=Q(holdout_percent__lte=50), name="campaign_holdout_at_most_50"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class Variant(models.Model):
    """An experiment arm. A campaign without variants behaves as one implicit arm."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="variants")
    name = models.CharField(max_length=60)
    brand_voice = models.TextField(blank=True, help_text="Empty: the campaign's brand voice")
    few_shot = models.JSONField(default=list, blank=True)
    offer = models.ForeignKey(
        Offer,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text="Empty: the campaign's offer",
    )
    weight = models.PositiveSmallIntegerField(default=1)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["campaign", "name"], name="variant_unique_name")
        ]

    def __str__(self) -> str:
        return f"{self.campaign_id}/{self.name}"


class Member(models.Model):
    """The segment snapshot taken when generation starts, with each shopper's experiment arm.

    Holdout members get no message but stay here, so uplift can be measured against them.
    """

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="members")
    customer = models.ForeignKey("campaigns.Customer", on_delete=models.CASCADE, related_name="+")
    variant = models.ForeignKey(Variant, on_delete=models.SET_NULL, null=True, blank=True)
    holdout = models.BooleanField(default=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["campaign", "customer"], name="member_unique")
        ]

    def __str__(self) -> str:
        arm = "holdout" if self.holdout else (self.variant_id or "main")
        return f"{self.campaign_id}/{self.customer_id} ({arm})"


class AuditEntry(models.Model):
    """Append-only: every transition and edit, with who, when, and what changed."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="audit")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    action = models.CharField(max_length=40)
    from_status = models.CharField(max_length=16, blank=True)
    to_status = models.CharField(max_length=16, blank=True)
    changes = models.JSONField(default=dict, blank=True)
    comment = models.TextField(blank=True)
    at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name_plural = "audit entries"

    def __str__(self) -> str:
        return f"{self.action} on {self.campaign_id} at {self.at:%Y-%m-%d %H:%M}"


class Message(models.Model):
    """One per (campaign, shopper): the unique constraint is what makes chunk re-runs safe."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        GENERATED = "generated", "Generated"
        FAILED = "failed", "Failed"

    class Source(models.TextChoices):
        MODEL = "model", "Model"
        # A use a reviewer wrote for a similar product, in PromoWeb's frame: not the model's
        # words, so never counted as model-written.
        REVIEWED = "reviewed", "Reviewed use"
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
    # Wordings a reviewer sent back ({title, body, phrase, source, by, at}), oldest first: a
    # regeneration never sends them again, and their phrases are avoided campaign-wide.
    rejected_versions = models.JSONField(default=list, blank=True)
    error = models.TextField(blank=True)
    # Only approved messages of an approved campaign reach the outbox.
    review_status = models.CharField(
        max_length=16, choices=Review.choices, default=Review.PENDING, db_index=True
    )
    variant = models.ForeignKey(
        "Variant", on_delete=models.SET_NULL, null=True, blank=True, related_name="messages"
    )
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
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
