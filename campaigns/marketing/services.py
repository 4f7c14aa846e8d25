"""Writes for campaigns and their messages. Views and tasks call these and nothing lower."""

from __future__ import annotations

import logging
import random
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from campaigns.audience.models import Segment
from campaigns.audience.segments import segment_queryset, viewed_category_rules
from campaigns.marketing import selectors
from campaigns.marketing.audit import TransitionError, audit_record, diff, transition
from campaigns.marketing.models import Campaign, Member, Message, Offer, Variant
from campaigns.teams.models import Workspace

logger = logging.getLogger(__name__)

# A regeneration's seed offset: past the pipeline's own retry rounds (1000 apart) and batch
# offsets, so no two rounds of any regeneration share a random stream.
REGENERATION_SEED_STEP = 10_000

# Statuses from which a marketer may (re)start generation.
GENERATABLE = (
    Campaign.Status.DRAFT,
    Campaign.Status.FAILED,
    Campaign.Status.IN_REVIEW,
    Campaign.Status.REJECTED,
)
EDITABLE = GENERATABLE
CAMPAIGN_EDIT_FIELDS = (
    "name",
    "brand_voice",
    "max_chars",
    "few_shot",
    "holdout_percent",
    "send_at",
)


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
    campaign = Campaign.objects.create(
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
    audit_record(campaign=campaign, user=user, action="create", to_status=campaign.status)
    return campaign


@transaction.atomic
def campaign_update(
    *,
    campaign: Campaign,
    user: User,
    data: dict[str, Any],
    offer_data: dict[str, Any] | None = None,
) -> Campaign:
    """Edit a campaign that is not yet approved. The editor becomes `updated_by`, which the
    four-eyes constraint then bars from approving. An edit sends a campaign in review back to
    draft: its messages were written for the old settings."""
    locked = Campaign.objects.select_for_update().select_related("offer").get(pk=campaign.pk)
    if locked.status not in EDITABLE:
        raise TransitionError(
            f"A campaign that is {locked.get_status_display().lower()} can't be edited."
        )
    fields = {k: v for k, v in data.items() if k in CAMPAIGN_EDIT_FIELDS}
    changes = diff({k: getattr(locked, k) for k in fields}, fields)
    if offer_data:
        offer_changes = diff({k: getattr(locked.offer, k) for k in offer_data}, offer_data)
        Offer.objects.filter(pk=locked.offer_id).update(**offer_data)
        changes.update({f"offer.{k}": v for k, v in offer_changes.items()})
    if not changes:
        return locked
    new_status = (
        Campaign.Status.DRAFT if locked.status == Campaign.Status.IN_REVIEW else locked.status
    )
    Campaign.objects.filter(pk=locked.pk).update(updated_by=user, status=new_status, **fields)
    audit_record(
        campaign=locked,
        user=user,
        action="edit",
        from_status=locked.status,
        to_status=new_status,
        changes=changes,
    )
    locked.refresh_from_db()
    return locked


def _chunks(ids: list[int], size: int) -> list[list[int]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]


def assign_arm(
    *, campaign_id: int, customer_id: int, holdout_percent: int, variants: list[Variant]
) -> tuple[bool, Variant | None]:
    """Deterministic per (campaign, shopper): a regeneration keeps everyone in the same arm."""
    rng = random.Random(f"{campaign_id}:{customer_id}")
    if rng.random() * 100 < holdout_percent:
        return True, None
    if not variants:
        return False, None
    return False, rng.choices(variants, weights=[v.weight for v in variants])[0]


@transaction.atomic
def campaign_generate_start(*, campaign: Campaign, user: User | None, chunk_size: int) -> int:
    """Claim the campaign, snapshot its segment's members, queue the generation chunks.

    Pressing Generate is also the submission for review: the user becomes `submitted_by`, whom
    the four-eyes constraint bars from approving. Membership is frozen here so that shoppers
    joining the segment mid-run don't change the denominator or get half a campaign.
    Returns the number of shoppers who will get a message (holdout excluded).
    """
    from campaigns.marketing import tasks

    now = timezone.now()
    transition(
        campaign=campaign,
        user=user,
        action="generate",
        allowed_from=GENERATABLE,
        to=Campaign.Status.GENERATING,
        error="Generation is already running, or the campaign is past review.",
        submitted_by=user,
        generation_started_at=now,
        generation_finished_at=None,
        generation_total=0,
        failure_reason="",
    )
    Message.objects.filter(campaign=campaign).delete()
    Member.objects.filter(campaign=campaign).delete()
    member_ids = list(
        segment_queryset(campaign.segment.rules, now=now)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    variants = list(campaign.variants.order_by("pk"))
    members, messages = [], []
    for customer_id in member_ids:
        holdout, variant = assign_arm(
            campaign_id=campaign.pk,
            customer_id=customer_id,
            holdout_percent=campaign.holdout_percent,
            variants=variants,
        )
        members.append(
            Member(
                campaign_id=campaign.pk, customer_id=customer_id, variant=variant, holdout=holdout
            )
        )
        if not holdout:
            messages.append(
                Message(campaign_id=campaign.pk, customer_id=customer_id, variant=variant)
            )
    Member.objects.bulk_create(members, batch_size=5000)
    Message.objects.bulk_create(messages, batch_size=5000)
    total = len(messages)
    if total == 0:
        transition(
            campaign=campaign,
            user=None,
            action="generation_empty",
            allowed_from=(Campaign.Status.GENERATING,),
            to=Campaign.Status.DRAFT,
            comment="0 shoppers in the segment",
            generation_finished_at=now,
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
    written = _generate_pending(
        campaign_id=campaign_id,
        message_ids=message_ids,
        engine=engine,
        config=config,
        campaign_status=Campaign.Status.GENERATING,
    )
    campaign_finish_generation_if_done(campaign_id=campaign_id)
    return written


def messages_regenerate_run(
    *, campaign_id: int, message_ids: list[int], engine: Any, config: Any = None
) -> int:
    """Regenerate messages reviewers sent back (safe to run twice, like a generation chunk)."""
    return _generate_pending(
        campaign_id=campaign_id,
        message_ids=message_ids,
        engine=engine,
        config=config,
        campaign_status=Campaign.Status.IN_REVIEW,
    )


def _generate_pending(
    *,
    campaign_id: int,
    message_ids: list[int],
    engine: Any,
    config: Any,
    campaign_status: str,
) -> int:
    from inference.config import reviewed_uses_mode
    from inference.pipeline import PipelineConfig, generate_messages

    campaign = Campaign.objects.select_related("offer", "offer__product").get(pk=campaign_id)
    if campaign.status != campaign_status:
        return 0
    pending = list(
        Message.objects.filter(
            pk__in=message_ids, campaign_id=campaign_id, status=Message.Status.PENDING
        ).select_related("customer", "variant", "variant__offer", "variant__offer__product")
    )
    if not pending:
        return 0
    inputs = selectors.shopper_inputs(campaign=campaign, messages=pending, now=timezone.now())
    # Sampling is seeded for reproducible runs, so a regeneration with the first run's seed
    # would mostly draw the first run's candidates again: each time a message is sent back
    # its chunk draws from a new seed (the same one on a redelivery of that chunk).
    rounds = max(len(m.rejected_versions) for m in pending)
    config = config or PipelineConfig(
        batch_size=settings.PROMO_BATCH_SIZE,
        candidates=settings.PROMO_CANDIDATES,
        min_model_share=settings.PROMO_MIN_MODEL_SHARE,
        seed=REGENERATION_SEED_STEP * rounds,
        **reviewed_uses_mode(settings.PROMO_REVIEWED_USES),
    )
    results = generate_messages(inputs, engine=engine, config=config)
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
    return written


def campaign_finish_generation_if_done(*, campaign_id: int) -> bool:
    if Message.objects.filter(campaign_id=campaign_id, status=Message.Status.PENDING).exists():
        return False
    campaign = Campaign.objects.get(pk=campaign_id)
    try:
        # Two chunks finishing together both get here; the transition lets only one through.
        transition(
            campaign=campaign,
            user=None,
            action="generation_done",
            allowed_from=(Campaign.Status.GENERATING,),
            to=Campaign.Status.IN_REVIEW,
            generation_finished_at=timezone.now(),
        )
    except TransitionError:
        return False
    return True


def campaign_fail(*, campaign_id: int, reason: str) -> bool:
    """Mark a generating campaign failed; the reason is shown on its page."""
    logger.error("campaign %s generation failed: %s", campaign_id, reason)
    try:
        transition(
            campaign=Campaign.objects.get(pk=campaign_id),
            user=None,
            action="generation_failed",
            allowed_from=(Campaign.Status.GENERATING,),
            to=Campaign.Status.FAILED,
            comment=reason[:2000],
            failure_reason=reason[:2000],
            generation_finished_at=timezone.now(),
        )
    except TransitionError:
        return False
    return True


def messages_regeneration_failed(*, message_ids: list[int], reason: str) -> int:
    """Put back the wording a reviewer sent back when its regeneration failed, flagged.

    Left pending, the message would drop out of the review screen and never be sent, with
    nothing telling anyone why. Put back as rejected, it stays out of the outbox and in view,
    and the reviewer can regenerate again. Only messages still pending are touched: a
    redelivered chunk that did finish wins (conditional UPDATE).
    """
    logger.error("regeneration of messages %s failed: %s", message_ids, reason)
    restored = 0
    for message in Message.objects.filter(pk__in=message_ids, status=Message.Status.PENDING):
        if not message.rejected_versions:
            continue
        *earlier, last = message.rejected_versions
        restored += Message.objects.filter(pk=message.pk, status=Message.Status.PENDING).update(
            status=Message.Status.GENERATED,
            review_status=Message.Review.REJECTED,
            title=last["title"],
            body=last["body"],
            rejected_versions=earlier,
            flags=[{"code": "regeneration_failed", "reason": reason[:500]}],
        )
    return restored


MAX_VARIANTS = 4
RECUR_TASK = "campaigns.marketing.tasks.campaign_recur"


@transaction.atomic
def variant_create(
    *,
    campaign: Campaign,
    user: User,
    name: str,
    brand_voice: str = "",
    weight: int = 1,
    few_shot: list[dict[str, str]] | None = None,
    discount_value: Any = None,
    code: str = "",
) -> Variant:
    """Add an experiment arm. A different discount or code becomes the arm's own copy of the
    campaign's offer, validated by the same rules as the offer form."""
    locked = Campaign.objects.select_for_update().select_related("offer").get(pk=campaign.pk)
    if locked.status not in EDITABLE:
        raise TransitionError("Variants can only be changed before approval.")
    if locked.variants.count() >= MAX_VARIANTS:
        raise TransitionError(f"A campaign has at most {MAX_VARIANTS} variants.")
    if locked.variants.filter(name=name).exists():
        raise TransitionError(f"There is already a variant called {name!r}.")
    offer = None
    if discount_value is not None or code:
        offer = Offer.objects.get(pk=locked.offer_id)
        offer.pk = None
        if discount_value is not None:
            if offer.discount_type not in (
                Offer.DiscountType.PERCENT,
                Offer.DiscountType.AMOUNT,
            ):
                raise TransitionError("This offer's discount type has no value to vary.")
            if offer.discount_type == Offer.DiscountType.PERCENT and discount_value > 90:
                raise TransitionError("A percentage discount is at most 90%.")
            offer.discount_value = discount_value
        if code:
            offer.code = code
        offer.save()
    variant = Variant.objects.create(
        campaign=locked,
        name=name,
        brand_voice=brand_voice,
        weight=weight,
        few_shot=few_shot or [],
        offer=offer,
    )
    Campaign.objects.filter(pk=locked.pk).update(updated_by=user)
    audit_record(
        campaign=locked,
        user=user,
        action="variant_add",
        changes={
            "variant": name,
            "brand_voice": brand_voice,
            "weight": weight,
            "few_shot": len(few_shot or []),
            "discount_value": str(discount_value) if discount_value is not None else None,
            "code": code or None,
        },
    )
    return variant


@transaction.atomic
def campaign_schedule_set(
    *, campaign: Campaign, user: User, send_at: Any, cron: dict[str, str] | None
) -> Campaign:
    """Set a one-off send time and/or a recurring schedule (a django-celery-beat task).

    Each recurring run spawns a child campaign for the segment's members at that moment,
    which goes through generation and four-eyes approval like any other.
    """
    from django_celery_beat.models import CrontabSchedule, PeriodicTask

    locked = Campaign.objects.select_for_update().get(pk=campaign.pk)
    if locked.status not in EDITABLE:
        raise TransitionError("The schedule can only be changed before approval.")
    if send_at is not None and send_at <= timezone.now():
        raise TransitionError("The send time is in the past; pick a future time.")
    changes: dict[str, Any] = diff({"send_at": locked.send_at}, {"send_at": send_at})
    if cron:
        crontab, _ = CrontabSchedule.objects.get_or_create(
            minute=cron["minute"],
            hour=cron["hour"],
            day_of_week=cron["day_of_week"],
            day_of_month="*",
            month_of_year="*",
            timezone=timezone.get_current_timezone_name(),
        )
        task = locked.schedule or PeriodicTask(name=f"campaign-{locked.pk}-recurring")
        task.task = RECUR_TASK
        task.crontab = crontab
        task.args = f"[{locked.pk}]"
        task.enabled = True
        task.save()
        locked.schedule = task
        changes["recurring"] = str(crontab)
    elif locked.schedule is not None:
        locked.schedule.delete()
        locked.schedule = None
        changes["recurring"] = None
    locked.send_at = send_at
    locked.updated_by = user
    locked.save(update_fields=["send_at", "schedule", "updated_by"])
    audit_record(campaign=locked, user=user, action="schedule_set", changes=changes)
    return locked


@transaction.atomic
def campaign_spawn_run(*, parent: Campaign, chunk_size: int) -> Campaign | None:
    """One recurring run: a child campaign for the segment's current members, generated and
    then waiting for review. Returns None (and logs why) when a run makes no sense."""
    if parent.status in (Campaign.Status.CANCELLED, Campaign.Status.REJECTED):
        return None
    offer = parent.offer
    if offer.ends_at <= timezone.now():
        audit_record(campaign=parent, user=None, action="recur_skipped", comment="offer expired")
        return None
    offer_copy = Offer.objects.get(pk=offer.pk)
    offer_copy.pk = None
    offer_copy.save()
    child = Campaign.objects.create(
        workspace=parent.workspace,
        name=f"{parent.name} · {timezone.now():%Y-%m-%d %H:%M}",
        offer=offer_copy,
        segment=parent.segment,
        brand_voice=parent.brand_voice,
        few_shot=parent.few_shot,
        channel=parent.channel,
        max_chars=parent.max_chars,
        holdout_percent=parent.holdout_percent,
        created_by=parent.created_by,
        updated_by=parent.updated_by,
        parent=parent,
    )
    for variant in parent.variants.all():
        Variant.objects.create(
            campaign=child,
            name=variant.name,
            brand_voice=variant.brand_voice,
            few_shot=variant.few_shot,
            offer=variant.offer,
            weight=variant.weight,
        )
    audit_record(campaign=child, user=None, action="recur_spawned", changes={"parent": parent.pk})
    # The run is submitted on behalf of whoever submitted the parent, so the four-eyes rule
    # still bars them from approving it.
    campaign_generate_start(campaign=child, user=parent.submitted_by, chunk_size=chunk_size)
    return child


def campaigns_sync_delivery_status(*, now: Any = None) -> dict[str, int]:
    """Move scheduled campaigns to sending once their send time has come, and sending ones to
    completed once no outbox row is left to send. Run by beat; each move is an audited,
    conditional transition, so overlapping runs can't apply one twice."""
    from campaigns.delivery.models import OutboxMessage

    now = now or timezone.now()
    due = Campaign.objects.filter(status=Campaign.Status.SCHEDULED).filter(
        Q(send_at__isnull=True) | Q(send_at__lte=now)
    )
    open_rows = OutboxMessage.objects.filter(
        message__campaign=OuterRef("pk"),
        status__in=(OutboxMessage.Status.PENDING, OutboxMessage.Status.SENDING),
    )
    drained = Campaign.objects.filter(status=Campaign.Status.SENDING).exclude(Exists(open_rows))
    moved = {"sending": 0, "completed": 0}
    for campaigns, source, target in (
        (due, Campaign.Status.SCHEDULED, Campaign.Status.SENDING),
        (drained, Campaign.Status.SENDING, Campaign.Status.COMPLETED),
    ):
        for campaign in campaigns:
            try:
                transition(
                    campaign=campaign, user=None, action=target, allowed_from=(source,), to=target
                )
            except TransitionError:
                continue
            moved[target] += 1
    return moved
