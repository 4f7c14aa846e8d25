"""Reads for campaigns: progress, message lists, and the pipeline's input documents."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.db.models import Count, Q, QuerySet

from campaigns.audience.models import Event
from campaigns.audience.selectors import customer_document, event_document
from campaigns.delivery.models import OutboxMessage
from campaigns.marketing.models import Campaign, Message, Offer
from campaigns.teams.models import Workspace

# How much history the profile sees. Older behaviour barely moves recency-weighted interests,
# and the cap keeps one chunk's event query bounded for very active shoppers.
HISTORY_DAYS = 180
HISTORY_EVENTS_PER_SHOPPER = 50
BEHAVIOUR_TYPES = ("view", "add_to_cart", "purchase", "search")
# Phrases reviewers turned down that a chunk avoids campaign-wide (the most recent ones).
REJECTED_PHRASES_LIMIT = 200


@dataclass(frozen=True)
class Progress:
    total: int
    done: int
    failed: int

    @property
    def percent(self) -> int:
        return 100 if self.total == 0 else round(100 * self.done / self.total)


def campaign_progress(*, campaign: Campaign) -> Progress:
    counts = Message.objects.filter(campaign=campaign).aggregate(
        total=Count("pk"),
        done=Count("pk", filter=~Q(status=Message.Status.PENDING)),
        failed=Count("pk", filter=Q(status=Message.Status.FAILED)),
    )
    return Progress(total=counts["total"], done=counts["done"], failed=counts["failed"])


ACTIVE_STATUSES = (Campaign.Status.GENERATING, Campaign.Status.SCHEDULED, Campaign.Status.SENDING)


def campaigns_progress(*, campaigns: list[Campaign]) -> dict[int, Progress]:
    """Progress bars for the list page: generation for generating campaigns, delivery for
    scheduled/sending ones; one grouped query each."""
    generating = [c.pk for c in campaigns if c.status == Campaign.Status.GENERATING]
    sending = [
        c.pk for c in campaigns if c.status in (Campaign.Status.SCHEDULED, Campaign.Status.SENDING)
    ]
    out: dict[int, Progress] = {}
    for row in (
        Message.objects.filter(campaign_id__in=generating)
        .values("campaign_id")
        .annotate(
            total=Count("pk"),
            done=Count("pk", filter=~Q(status=Message.Status.PENDING)),
            failed=Count("pk", filter=Q(status=Message.Status.FAILED)),
        )
    ):
        out[row["campaign_id"]] = Progress(row["total"], row["done"], row["failed"])
    if sending:
        for row in (
            OutboxMessage.objects.filter(message__campaign_id__in=sending)
            .values("message__campaign_id")
            .annotate(
                total=Count("pk"),
                done=Count("pk", filter=~Q(status__in=("pending", "sending"))),
                failed=Count("pk", filter=Q(status="failed")),
            )
        ):
            out[row["message__campaign_id"]] = Progress(row["total"], row["done"], row["failed"])
    return out


def campaign_messages(*, campaign: Campaign) -> QuerySet[Message]:
    return (
        Message.objects.filter(campaign=campaign, status=Message.Status.GENERATED)
        .select_related("customer")
        .order_by("-score", "pk")
    )


def campaigns_for_user(*, user: Any) -> QuerySet[Campaign]:
    """Every campaign read goes through this: a user sees only their workspaces' campaigns."""
    return Campaign.objects.filter(workspace__members=user).select_related(
        "offer", "offer__product", "segment", "workspace"
    )


def campaign_list(*, user: Any) -> QuerySet[Campaign]:
    return campaigns_for_user(user=user).annotate(message_count=Count("messages"))


def workspace_for_user(*, user: Any) -> Workspace | None:
    return Workspace.objects.filter(members=user).order_by("pk").first()


def offer_document(offer: Offer) -> dict[str, Any]:
    return {
        "title": offer.title,
        "product_name": offer.product.name if offer.product else None,
        "category": offer.category or (offer.product.category if offer.product else ""),
        "discount_type": offer.discount_type,
        "discount_value": float(offer.discount_value) if offer.discount_value is not None else None,
        "currency": offer.currency or None,
        "code": offer.code or None,
        "ends_at": offer.ends_at.isoformat(),
        "uses": list(offer.uses or []),
    }


def rejected_phrases(*, campaign: Campaign) -> list[str]:
    """The model's phrases reviewers rejected or sent back in this campaign, newest first.

    A rejection is about the wording of the phrase for this offer ("allium bulbs ... for
    bright house lighting"), so no other shopper of the campaign should get it on a
    regeneration either. Openers and templates are per shopper and are not collected here.
    """
    rows = (
        Message.objects.filter(campaign=campaign)
        .filter(Q(review_status=Message.Review.REJECTED) | ~Q(rejected_versions=[]))
        .order_by("-pk")
        .values_list("review_status", "explanation__phrase", "rejected_versions")
    )
    phrases: list[str] = []
    for status, phrase, versions in rows.iterator(chunk_size=500):
        candidates = [phrase] if status == Message.Review.REJECTED else []
        candidates += [v.get("phrase") for v in reversed(versions)]
        for text in candidates:
            if text and text not in phrases:
                phrases.append(text)
        if len(phrases) >= REJECTED_PHRASES_LIMIT:
            break
    return phrases[:REJECTED_PHRASES_LIMIT]


def shopper_inputs(
    *, campaign: Campaign, messages: list[Message], now: datetime
) -> list[dict[str, Any]]:
    """Build the pipeline's input documents for a chunk, with one events query for all of them.

    Deliberately no CustomerPII: the worker never holds a name or address, so none can leak
    into a prompt. `{first_name}` is filled at delivery.
    """
    customer_ids = [m.customer_id for m in messages]
    events = (
        Event.objects.filter(
            customer_id__in=customer_ids,
            type__in=BEHAVIOUR_TYPES,
            occurred_at__gte=now - timedelta(days=HISTORY_DAYS),
            occurred_at__lte=now,
        )
        .select_related("product")
        .order_by("customer_id", "-occurred_at")
    )
    history: dict[int, list[dict[str, Any]]] = defaultdict(list)
    latest_context: dict[int, dict[str, Any]] = {}
    for event in events.iterator(chunk_size=2000):
        items = history[event.customer_id]
        if len(items) >= HISTORY_EVENTS_PER_SHOPPER:
            continue
        latest_context.setdefault(event.customer_id, event.context or {})
        item = event_document(event)
        if item is not None:
            items.append(item)
    offers: dict[int, dict[str, Any]] = {}
    turned_down = rejected_phrases(campaign=campaign)
    docs = []
    for message in messages:
        customer = message.customer
        variant = message.variant
        offer = variant.offer if variant and variant.offer else campaign.offer
        if offer.pk not in offers:
            offers[offer.pk] = offer_document(offer)
        context = latest_context.get(customer.pk, {})
        docs.append(
            {
                "id": str(message.pk),
                "customer": customer_document(customer),
                # Oldest first, as shoppers' histories are written in the scenario format.
                "events": list(reversed(history.get(customer.pk, []))),
                "context": {
                    "now": now.isoformat(),
                    "city": customer.city,
                    "weather": context.get("weather"),
                    "device": context.get("device"),
                },
                "offer": offers[offer.pk],
                "channel": {"type": campaign.channel, "max_chars": campaign.max_chars},
                "brand_voice": (variant.brand_voice if variant else "") or campaign.brand_voice,
                "few_shot": (variant.few_shot if variant else []) or campaign.few_shot,
                # Never send again what a reviewer sent back: this shopper's earlier
                # wordings whole, and any phrase turned down in the campaign.
                "avoid": [v["body"] for v in message.rejected_versions if v.get("body")]
                + turned_down,
            }
        )
    return docs
