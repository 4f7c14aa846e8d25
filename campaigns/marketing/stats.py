"""Campaign numbers for the dashboard: funnel per variant, uplift against holdout, daily series.

Feedback events (open, click, convert) carry `context.campaign_id` / `context.message_id`, set
by delivery tracking, so every count here is a grouped query, never a loop over messages.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db.models import Count, Exists, OuterRef, Q
from django.db.models.functions import TruncDate
from django.utils import timezone

from campaigns.audience.models import Event
from campaigns.delivery.models import OutboxMessage
from campaigns.marketing.models import Campaign, Member, Message

Z_95 = 1.959964
FUNNEL_STEPS = ("generated", "approved", "sent", "delivered", "opened", "clicked", "converted")


@dataclass
class Funnel:
    label: str
    generated: int = 0
    approved: int = 0
    sent: int = 0
    delivered: int = 0
    opened: int = 0
    clicked: int = 0
    converted: int = 0

    @property
    def ctr(self) -> float | None:
        return self.clicked / self.delivered if self.delivered else None

    @property
    def conversion_rate(self) -> float | None:
        return self.converted / self.delivered if self.delivered else None


@dataclass(frozen=True)
class Uplift:
    treated: int
    treated_converted: int
    holdout: int
    holdout_converted: int

    @property
    def treated_rate(self) -> float | None:
        return self.treated_converted / self.treated if self.treated else None

    @property
    def holdout_rate(self) -> float | None:
        return self.holdout_converted / self.holdout if self.holdout else None

    @property
    def difference(self) -> float | None:
        if self.treated_rate is None or self.holdout_rate is None:
            return None
        return self.treated_rate - self.holdout_rate

    @property
    def ci95(self) -> tuple[float, float] | None:
        """Wald interval for a difference of two proportions.

        Adequate at campaign sizes (hundreds of shoppers per arm and up); with tiny arms it is
        too narrow, which the dashboard flags by showing the arm sizes next to it.
        """
        p1, p0, diff = self.treated_rate, self.holdout_rate, self.difference
        if p1 is None or p0 is None or diff is None:
            return None
        se = math.sqrt(p1 * (1 - p1) / self.treated + p0 * (1 - p0) / self.holdout)
        return (diff - Z_95 * se, diff + Z_95 * se)


@dataclass
class CampaignStats:
    total: Funnel
    variants: list[Funnel] = field(default_factory=list)
    uplift: Uplift | None = None
    series: dict[str, Any] = field(default_factory=dict)


def attribution_days() -> int:
    return int(getattr(settings, "DELIVERY_ATTRIBUTION_DAYS", 7))


def _funnels(campaign: Campaign) -> dict[Any, Funnel]:
    funnels: dict[Any, Funnel] = {}
    names = dict(campaign.variants.values_list("pk", "name"))

    def funnel(variant_id: Any) -> Funnel:
        if variant_id not in funnels:
            funnels[variant_id] = Funnel(label=names.get(variant_id, "main"))
        return funnels[variant_id]

    generated = Q(status=Message.Status.GENERATED)
    for row in (
        Message.objects.filter(campaign=campaign)
        .values("variant_id")
        .annotate(
            generated=Count("pk", filter=generated),
            approved=Count("pk", filter=generated & Q(review_status=Message.Review.APPROVED)),
        )
    ):
        f = funnel(row["variant_id"])
        f.generated, f.approved = row["generated"], row["approved"]
    for row in (
        OutboxMessage.objects.filter(message__campaign=campaign)
        .values("message__variant_id")
        .annotate(
            sent=Count("pk", filter=Q(attempts__gt=0) | Q(status="sent")),
            delivered=Count("pk", filter=Q(status="sent")),
        )
    ):
        f = funnel(row["message__variant_id"])
        f.sent, f.delivered = row["sent"], row["delivered"]
    variant_of = dict(Message.objects.filter(campaign=campaign).values_list("pk", "variant_id"))
    for kind, attr in (("open", "opened"), ("click", "clicked"), ("convert", "converted")):
        seen = (
            Event.objects.filter(type=kind, context__campaign_id=campaign.pk)
            .values_list("context__message_id", flat=True)
            .distinct()
        )
        for message_id in seen:
            f = funnel(variant_of.get(message_id))
            setattr(f, attr, getattr(f, attr) + 1)
    return funnels


def uplift(campaign: Campaign) -> Uplift | None:
    """Intention-to-treat: did members buy anything within the attribution window after the
    campaign went out, treated vs. holdout. Needs a holdout and a send time."""
    start = campaign.approved_at
    if campaign.holdout_percent == 0 or start is None:
        return None
    end = start + timedelta(days=attribution_days())
    bought = Event.objects.filter(
        customer_id=OuterRef("customer_id"),
        type=Event.Type.PURCHASE,
        occurred_at__gte=start,
        occurred_at__lt=end,
    )
    rows = {
        row["holdout"]: row
        for row in Member.objects.filter(campaign=campaign)
        .annotate(bought=Exists(bought))
        .values("holdout")
        .annotate(n=Count("pk"), converted=Count("pk", filter=Q(bought=True)))
    }
    treated, holdout = rows.get(False), rows.get(True)
    if not treated or not holdout:
        return None
    return Uplift(
        treated=treated["n"],
        treated_converted=treated["converted"],
        holdout=holdout["n"],
        holdout_converted=holdout["converted"],
    )


def daily_series(campaign: Campaign, days: int = 30) -> dict[str, Any]:
    since = timezone.now() - timedelta(days=days)
    rows = (
        Event.objects.filter(
            context__campaign_id=campaign.pk,
            type__in=("open", "click", "convert"),
            occurred_at__gte=since,
        )
        .annotate(day=TruncDate("occurred_at"))
        .values("day", "type")
        .annotate(n=Count("pk"))
        .order_by("day")
    )
    labels = sorted({r["day"].isoformat() for r in rows})
    series: dict[str, list[int]] = {k: [0] * len(labels) for k in ("open", "click", "convert")}
    index = {day: i for i, day in enumerate(labels)}
    for r in rows:
        series[r["type"]][index[r["day"].isoformat()]] = r["n"]
    return {"labels": labels, "series": series}


def campaign_stats(*, campaign: Campaign) -> CampaignStats:
    funnels = _funnels(campaign)
    total = Funnel(label="All")
    for f in funnels.values():
        for name in FUNNEL_STEPS:
            setattr(total, name, getattr(total, name) + getattr(f, name))
    variants = sorted(funnels.values(), key=lambda f: f.label) if len(funnels) > 1 else []
    return CampaignStats(
        total=total, variants=variants, uplift=uplift(campaign), series=daily_series(campaign)
    )
