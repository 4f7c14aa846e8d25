"""Reads for the review screen: filtered message queues and stratified spot-check samples."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Q, QuerySet

from campaigns.marketing.models import Campaign, Message

SCORE_BANDS = 4


@dataclass(frozen=True)
class ReviewFilters:
    flag: str = ""  # "any", "none", or a flag code such as "stray_number"
    source: str = ""
    review: str = ""
    score_min: float | None = None
    score_max: float | None = None

    @classmethod
    def from_query(cls, query: Any) -> ReviewFilters:
        def number(name: str) -> float | None:
            try:
                return float(query.get(name, ""))
            except ValueError:
                return None

        return cls(
            flag=query.get("flag", ""),
            source=query.get("source", ""),
            review=query.get("review", ""),
            score_min=number("score_min"),
            score_max=number("score_max"),
        )


def review_queue(*, campaign: Campaign, filters: ReviewFilters) -> QuerySet[Message]:
    qs = Message.objects.filter(campaign=campaign, status=Message.Status.GENERATED)
    if filters.flag == "any":
        qs = qs.exclude(flags=[])
    elif filters.flag == "none":
        qs = qs.filter(flags=[])
    elif filters.flag:
        qs = qs.filter(flags__contains=[{"code": filters.flag}])
    if filters.source:
        qs = qs.filter(source=filters.source)
    if filters.review:
        qs = qs.filter(review_status=filters.review)
    if filters.score_min is not None:
        qs = qs.filter(score__gte=filters.score_min)
    if filters.score_max is not None:
        qs = qs.filter(score__lte=filters.score_max)
    return qs.select_related("customer", "variant").order_by("-score", "pk")


def review_counts(*, campaign: Campaign) -> dict[str, int]:
    generated = Q(status=Message.Status.GENERATED)
    return Message.objects.filter(campaign=campaign).aggregate(
        total=Count("pk", filter=generated),
        flagged_open=Count(
            "pk", filter=generated & Q(review_status=Message.Review.PENDING) & ~Q(flags=[])
        ),
        pending=Count("pk", filter=generated & Q(review_status=Message.Review.PENDING)),
        approved=Count("pk", filter=generated & Q(review_status=Message.Review.APPROVED)),
        rejected=Count("pk", filter=generated & Q(review_status=Message.Review.REJECTED)),
        reviewed=Count("pk", filter=generated & Q(source=Message.Source.REVIEWED)),
        fallback=Count("pk", filter=generated & Q(source=Message.Source.FALLBACK)),
    )


def flag_codes(*, campaign: Campaign) -> list[str]:
    codes: set[str] = set()
    for flags in (
        Message.objects.filter(campaign=campaign).exclude(flags=[]).values_list("flags", flat=True)
    ):
        codes.update(f.get("code", "") for f in flags if isinstance(f, dict))
    return sorted(c for c in codes if c)


def stratified_sample(*, campaign: Campaign, size: int, seed: int = 0) -> list[tuple[int, Message]]:
    """About `size` messages spread evenly over score quartiles and experiment arms.

    Reviewing the top of a score-sorted list only ever shows the best copy; spot checks need
    the weak tail and every variant too.
    """
    rows = list(
        Message.objects.filter(campaign=campaign, status=Message.Status.GENERATED)
        .order_by("score", "pk")
        .values_list("pk", "variant_id")
    )
    if not rows:
        return []
    strata: dict[tuple[int, Any], list[int]] = {}
    for rank, (pk, variant_id) in enumerate(rows):
        band = rank * SCORE_BANDS // len(rows)
        strata.setdefault((band, variant_id), []).append(pk)
    rng = random.Random(seed)
    per_stratum = max(1, size // len(strata))
    chosen: list[tuple[int, int]] = []
    for band, variant_id in sorted(strata, key=lambda k: (k[0], str(k[1]))):
        ids = strata[(band, variant_id)]
        chosen.extend((band + 1, pk) for pk in rng.sample(ids, min(per_stratum, len(ids))))
    chosen = chosen[:size]
    by_pk = Message.objects.select_related("customer", "variant").in_bulk([pk for _, pk in chosen])
    return [(band, by_pk[pk]) for band, pk in chosen]
