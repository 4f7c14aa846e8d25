"""Review and four-eyes approval: the only way a campaign's messages can reach the outbox."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from campaigns.delivery.services import outbox_enqueue_campaign, outbox_suppress_campaign
from campaigns.marketing.audit import TransitionError, audit_record, transition
from campaigns.marketing.models import Campaign, Message

REVIEWABLE = (Campaign.Status.IN_REVIEW,)
CANCELLABLE = (
    Campaign.Status.DRAFT,
    Campaign.Status.IN_REVIEW,
    Campaign.Status.APPROVED,
    Campaign.Status.SCHEDULED,
    Campaign.Status.REJECTED,
    Campaign.Status.FAILED,
)


class FourEyesError(TransitionError):
    """The approver is the person who created, edited or submitted the campaign."""


class ReviewError(Exception):
    """A message-level review action that can't be applied (with a reason for the reviewer)."""


def unresolved_flagged(campaign: Campaign) -> int:
    return (
        campaign.messages.filter(
            status=Message.Status.GENERATED, review_status=Message.Review.PENDING
        )
        .exclude(flags=[])
        .count()
    )


def _check_four_eyes(campaign: Campaign, user: User) -> None:
    involved = {campaign.created_by_id, campaign.updated_by_id, campaign.submitted_by_id}
    if user.pk in involved:
        raise FourEyesError(
            "You created, last edited or submitted this campaign, so another approver must "
            "approve it (four-eyes rule)."
        )


@transaction.atomic
def campaign_approve(*, campaign: Campaign, user: User, comment: str = "") -> Campaign:
    """Approve, write the outbox, and schedule the send, all in one transaction.

    The row lock serialises two approvers clicking at once; the conditional update in
    `transition` would also stop the second, but the lock keeps the outbox write consistent
    with the checks made above it.
    """
    locked = Campaign.objects.select_for_update().select_related("offer").get(pk=campaign.pk)
    if locked.status != Campaign.Status.IN_REVIEW:
        label = locked.get_status_display().lower()
        raise TransitionError(f"This campaign is {label}, not in review: nothing to approve.")
    _check_four_eyes(locked, user)
    now = timezone.now()
    if locked.offer.ends_at <= now:
        raise TransitionError("The offer has expired; edit its end date before approving.")
    if locked.send_at and locked.offer.ends_at <= locked.send_at:
        raise TransitionError("The offer ends before the scheduled send time.")
    flagged = unresolved_flagged(locked)
    if flagged:
        raise TransitionError(
            f"{flagged} flagged message(s) still need a decision: edit, reject or approve them."
        )
    # Unflagged messages nobody touched are approved with the campaign.
    locked.messages.filter(
        status=Message.Status.GENERATED, review_status=Message.Review.PENDING
    ).update(review_status=Message.Review.APPROVED, reviewed_by=user)
    transition(
        campaign=locked,
        user=user,
        action="approve",
        allowed_from=REVIEWABLE,
        to=Campaign.Status.APPROVED,
        comment=comment,
        approved_by=user,
        approved_at=now,
        review_comment=comment,
    )
    queued = outbox_enqueue_campaign(campaign=locked)
    transition(
        campaign=locked,
        user=user,
        action="schedule",
        allowed_from=(Campaign.Status.APPROVED,),
        to=Campaign.Status.SCHEDULED,
        comment=f"{queued} deliveries queued for {(locked.send_at or now).isoformat()}",
    )
    return locked


@transaction.atomic
def campaign_reject(*, campaign: Campaign, user: User, comment: str) -> Campaign:
    if not comment.strip():
        raise TransitionError("Say why the campaign is rejected, so the marketer can fix it.")
    _check_four_eyes(campaign, user)
    transition(
        campaign=campaign,
        user=user,
        action="reject",
        allowed_from=REVIEWABLE,
        to=Campaign.Status.REJECTED,
        comment=comment,
        review_comment=comment,
    )
    return campaign


@transaction.atomic
def campaign_cancel(*, campaign: Campaign, user: User, comment: str = "") -> Campaign:
    transition(
        campaign=campaign,
        user=user,
        action="cancel",
        allowed_from=CANCELLABLE,
        to=Campaign.Status.CANCELLED,
        comment=comment,
    )
    outbox_suppress_campaign(campaign=campaign, reason="campaign_cancelled")
    return campaign


# --- message-level review ----------------------------------------------------------------------


def _reviewable_message(message: Message) -> Message:
    locked = (
        Message.objects.select_for_update(of=("self",))
        .select_related("campaign")
        .get(pk=message.pk)
    )
    if locked.campaign.status != Campaign.Status.IN_REVIEW:
        raise ReviewError("Messages can only be changed while the campaign is in review.")
    if locked.status != Message.Status.GENERATED:
        raise ReviewError("This message has not been generated yet.")
    return locked


@transaction.atomic
def message_edit(*, message: Message, user: User, title: str, body: str, checker: Any) -> Message:
    """Save a reviewer's edit after running the same guardrails the model output faced.

    An edit that fails a guardrail is refused with the reasons, and the stored text is kept:
    a reviewer must not be able to approve what the pipeline would have rejected.
    `checker(message, title, body) -> list[dict]` is injected so tests and the web process
    don't need the model.
    """
    locked = _reviewable_message(message)
    flags = checker(locked, title, body)
    if flags:
        reasons = "; ".join(f["reason"] for f in flags)
        raise ReviewError(f"The edit fails the guardrails: {reasons}")
    before = {"title": locked.title, "body": locked.body}
    locked.title, locked.body = title, body
    locked.flags = []
    locked.edited_by = user
    locked.review_status = Message.Review.PENDING
    locked.save(update_fields=["title", "body", "flags", "edited_by", "review_status"])
    audit_record(
        campaign=locked.campaign,
        user=user,
        action="message_edit",
        changes={"message": locked.pk, "before": before, "after": {"title": title, "body": body}},
    )
    return locked


@transaction.atomic
def message_set_review(*, message: Message, user: User, decision: str) -> Message:
    if decision not in (Message.Review.APPROVED, Message.Review.REJECTED):
        raise ReviewError(f"Unknown decision {decision!r}.")
    locked = _reviewable_message(message)
    locked.review_status = decision
    locked.reviewed_by = user
    locked.save(update_fields=["review_status", "reviewed_by"])
    audit_record(
        campaign=locked.campaign,
        user=user,
        action=f"message_{decision}",
        changes={"message": locked.pk},
    )
    return locked


@transaction.atomic
def messages_bulk_approve(*, campaign: Campaign, user: User, flag: str | None = None) -> int:
    """Approve every pending message without flags or, with `flag`, every pending message
    carrying that one flag code, as a deliberate reviewer decision.

    Flags on final messages mark template fallbacks (the model's candidates all failed, or the
    PII gate held a prompt back): the text itself passed the guardrails. Reviewers look at a
    filtered list of one kind and then accept them together; the audit log names the flag.
    """
    if campaign.status != Campaign.Status.IN_REVIEW:
        raise ReviewError("Messages can only be approved while the campaign is in review.")
    pending = campaign.messages.filter(
        status=Message.Status.GENERATED, review_status=Message.Review.PENDING
    )
    pending = pending.filter(flags__contains=[{"code": flag}]) if flag else pending.filter(flags=[])
    count = pending.update(review_status=Message.Review.APPROVED, reviewed_by=user)
    audit_record(
        campaign=campaign,
        user=user,
        action="bulk_approve_flagged" if flag else "bulk_approve",
        changes={"flag": flag, "messages": count} if flag else {"messages": count},
    )
    return count


SEND_BACK_FIELDS = ["rejected_versions", "status", "review_status"]


def _send_back(message: Message, user: User) -> dict[str, Any]:
    """Keep the wording being sent back, so that the regeneration can avoid it (and its
    phrase, for the rest of the campaign), and reset the message to be generated again.
    The caller saves ``SEND_BACK_FIELDS``."""
    version = {
        "title": message.title,
        "body": message.body,
        "phrase": (message.explanation or {}).get("phrase"),
        "source": message.source,
        "by": user.pk,
        "at": timezone.now().isoformat(),
    }
    message.rejected_versions = [*message.rejected_versions, version]
    message.status = Message.Status.PENDING
    message.review_status = Message.Review.PENDING
    return version


@transaction.atomic
def message_regenerate(*, message: Message, user: User) -> Message:
    """Send one message back through the pipeline (on the gpu queue) for a new wording."""
    from campaigns.marketing import tasks

    locked = _reviewable_message(message)
    version = _send_back(locked, user)
    locked.save(update_fields=SEND_BACK_FIELDS)
    audit_record(
        campaign=locked.campaign,
        user=user,
        action="message_regenerate",
        changes={
            "message": locked.pk,
            "before": {"title": version["title"], "body": version["body"]},
        },
    )
    tasks.regenerate_message.delay_on_commit(locked.pk)  # type: ignore[attr-defined]
    return locked


@transaction.atomic
def messages_regenerate_rejected(*, campaign: Campaign, user: User, chunk_size: int) -> int:
    """Send every message a reviewer rejected back through the pipeline, in chunks, each
    avoiding the wordings turned down so far."""
    from campaigns.marketing import tasks

    if campaign.status != Campaign.Status.IN_REVIEW:
        raise ReviewError("Messages can only be regenerated while the campaign is in review.")
    # Locked so that a reviewer approving one of them meanwhile either lands first (and the
    # message is no longer rejected here) or waits.
    rejected = list(
        campaign.messages.select_for_update()
        .filter(status=Message.Status.GENERATED, review_status=Message.Review.REJECTED)
        .order_by("pk")
    )
    for message in rejected:
        _send_back(message, user)
    # One statement for the lot: a campaign can have thousands of rejected messages.
    Message.objects.bulk_update(rejected, SEND_BACK_FIELDS, batch_size=500)
    ids = [m.pk for m in rejected]
    audit_record(
        campaign=campaign,
        user=user,
        action="regenerate_rejected",
        changes={"messages": len(ids)},
    )
    for start in range(0, len(ids), chunk_size):
        tasks.regenerate_chunk.delay_on_commit(  # type: ignore[attr-defined]
            campaign.pk, ids[start : start + chunk_size]
        )
    return len(ids)
