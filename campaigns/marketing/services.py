"""Writes for campaigns and their messages. Views and tasks call these and nothing lower."""

from __future__ import annotations

import logging
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from campaigns.audience.models import Segment
from campaigns.audience.segments import segment_queryset, viewed_category_rules
from campaigns.marketing import selectors
from campaigns.marketing.models import Campaign, Message, Offer
from campaigns.teams.models import Workspace

logger = logging.getLogger(__name__)

# Statuses from which a marketer may (re)start generation.
GENERATABLE = (Campaign.Status.DRAFT, Campaign.Status.FAILED, Campaign.Status.IN_REVIEW)


class TransitionError(Exception):
    """The campaign is not in a state that allows this action (or someone else got there first)."""


@transaction.atomic
def segment_create_viewed_category(*, user: User, category: str, days: int) -> Segment:
    return Segment.objects.create(
        name=f"Viewed {category} in the last {days} days",
        rules=viewed_category_rules(category=category, days=days),
        created_by=user,
    )


@transaction.atomic
def campaign_create(
    *,
    user: User,
    workspace: Workspace,
    offer_data: dict[str, Any],
    segment: Segment,
    name: str,
    brand_voice: str = "",
    max_chars: int = 120,
    few_shot: list[dict[str, str]] | None = None,
) -> Campaign:
    offer = Offer.objects.create(**offer_data)
    return Campaign.objects.create(
        workspace=workspace,
        name=name,
        offer=offer,
        segment=segment,
        brand_voice=brand_voice,
        max_chars=max_chars,
        few_shot=few_shot or [],
        created_by=user,
        updated_by=user,
    )


def _chunks(ids: list[int], size: int) -> list[list[int]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]


@transaction.atomic
def campaign_generate_start(*, campaign: Campaign, chunk_size: int) -> int:
    """Claim the campaign, snapshot its segment's members as pending messages, queue the chunks.

    The conditional UPDATE is the claim: of two concurrent clicks only one sees a row count of 1.
    Membership is frozen here so that shoppers joining the segment mid-run don't change the
    denominator of the progress bar or receive half-generated campaigns.
    Returns the number of shoppers.
    """
    from campaigns.marketing import tasks

    now = timezone.now()
    claimed = Campaign.objects.filter(pk=campaign.pk, status__in=GENERATABLE).update(
        status=Campaign.Status.GENERATING,
        generation_started_at=now,
        generation_finished_at=None,
        generation_total=0,
        failure_reason="",
    )
    if claimed != 1:
        raise TransitionError("Generation is already running or the campaign is past review.")
    Message.objects.filter(campaign=campaign).delete()
    member_ids = list(
        segment_queryset(campaign.segment.rules, now=now)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    Message.objects.bulk_create(
        [Message(campaign_id=campaign.pk, customer_id=pk) for pk in member_ids], batch_size=5000
    )
    total = len(member_ids)
    if total == 0:
        Campaign.objects.filter(pk=campaign.pk).update(
            status=Campaign.Status.DRAFT, generation_finished_at=now
        )
        return 0
    Campaign.objects.filter(pk=campaign.pk).update(generation_total=total)
    message_ids = list(
        Message.objects.filter(campaign=campaign).order_by("pk").values_list("pk", flat=True)
    )
    for chunk in _chunks(message_ids, chunk_size):
        tasks.generate_chunk.delay_on_commit(campaign.pk, chunk)  # type: ignore[attr-defined]
    return total


def messages_generate(
    *, campaign_id: int, message_ids: list[int], engine: Any, config: Any = None
) -> int:
    """Generate the still-pending messages among `message_ids`. Safe to run twice.

    The model runs outside any transaction (it can take minutes); each message is then written
    with a conditional UPDATE on status=pending, so a redelivered chunk whose first run did
    finish writes nothing, and one that was killed halfway fills only the gaps.
    """
    from inference.pipeline import PipelineConfig, generate_messages

    campaign = Campaign.objects.select_related("offer", "offer__product").get(pk=campaign_id)
    if campaign.status != Campaign.Status.GENERATING:
        return 0
    pending = list(
        Message.objects.filter(
            pk__in=message_ids, campaign_id=campaign_id, status=Message.Status.PENDING
        ).select_related("customer")
    )
    if not pending:
        campaign_finish_generation_if_done(campaign_id=campaign_id)
        return 0
    inputs = selectors.shopper_inputs(campaign=campaign, messages=pending, now=timezone.now())
    results = generate_messages(inputs, engine=engine, config=config or PipelineConfig())
    by_id = {str(r["id"]): r for r in results}
    written = 0
    now = timezone.now()
    for message in pending:
        result = by_id.get(str(message.pk))
        if result is None:
            continue
        written += Message.objects.filter(pk=message.pk, status=Message.Status.PENDING).update(
            status=Message.Status.GENERATED,
            title=result.get("title_template", result["title"]),
            body=result.get("body_template", result["body"]),
            source=result["source"],
            score=result.get("score"),
            flags=result.get("flags", []),
            explanation=result.get("explanation", {}),
            prompt=result.get("prompt", ""),
            candidates=result.get("candidates", []),
            generated_at=now,
        )
    campaign_finish_generation_if_done(campaign_id=campaign_id)
    return written


def campaign_finish_generation_if_done(*, campaign_id: int) -> bool:
    if Message.objects.filter(campaign_id=campaign_id, status=Message.Status.PENDING).exists():
        return False
    return (
        Campaign.objects.filter(pk=campaign_id, status=Campaign.Status.GENERATING).update(
            status=Campaign.Status.IN_REVIEW, generation_finished_at=timezone.now()
        )
        == 1
    )


def campaign_fail(*, campaign_id: int, reason: str) -> bool:
    """Mark a generating campaign failed; the reason is shown on its page."""
    logger.error("campaign %s generation failed: %s", campaign_id, reason)
    return (
        Campaign.objects.filter(pk=campaign_id, status=Campaign.Status.GENERATING).update(
            status=Campaign.Status.FAILED,
            failure_reason=reason[:2000],
            generation_finished_at=timezone.now(),
        )
        == 1
    )
