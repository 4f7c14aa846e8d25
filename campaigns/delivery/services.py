"""Writes for delivery: the outbox, its dispatcher and sender, consent, and erasure.

The outbox rows are the only record of what must still be sent. Nothing is scheduled in Celery
with an ETA: a row becomes due through `next_attempt_at` and the beat-driven dispatcher claims
it, so a lost broker message or a killed worker delays a send by at most one lease.
"""

from __future__ import annotations

import logging
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import connection, transaction
from django.db.models import F, Q
from django.utils import timezone

from campaigns.audience.models import Consent, Customer, CustomerPII, PushSubscription
from campaigns.delivery import policy, selectors
from campaigns.delivery.models import OutboxMessage, ProviderPause
from campaigns.delivery.providers import (
    ProviderMisconfigured,
    Push,
    SendResult,
    get_provider,
)
from campaigns.delivery.tracking import OPEN_SALT, click_url, make_token, open_url
from campaigns.marketing.models import Campaign, Message

logger = logging.getLogger(__name__)

Status = OutboxMessage.Status
# Campaign states in which pending rows may still go out; anything else (cancelled, rejected,
# ...) suppresses them at send time.
SENDABLE_CAMPAIGN_STATES = {
    Campaign.Status.APPROVED,
    Campaign.Status.SCHEDULED,
    Campaign.Status.SENDING,
    Campaign.Status.COMPLETED,
}


# --- Approval → outbox -------------------------------------------------------------------------


def outbox_enqueue_campaign(*, campaign: Campaign) -> int:
    """Write one outbox row per (approved message, active subscription of its shopper).

    Called by the approval service inside its transaction, so the rows exist if and only if the
    approval committed. Re-running is harmless: the unique (message, subscription) constraint
    turns repeats into no-ops. Returns the number of rows written.
    """
    from campaigns.delivery import tasks

    now = timezone.now()
    due = getattr(campaign, "send_at", None) or now
    messages = Message.objects.filter(
        campaign=campaign,
        status=Message.Status.GENERATED,
        review_status=Message.Review.APPROVED,
    ).values_list("pk", "customer_id")
    by_customer: dict[int, list[int]] = defaultdict(list)
    for message_id, customer_id in messages.iterator(chunk_size=5000):
        by_customer[customer_id].append(message_id)
    written = 0
    customer_ids = list(by_customer)
    for start in range(0, len(customer_ids), 5000):
        chunk = customer_ids[start : start + 5000]
        subscriptions = PushSubscription.objects.filter(
            customer_id__in=chunk, active=True
        ).values_list("pk", "customer_id", "provider")
        existing = set(
            OutboxMessage.objects.filter(
                message__campaign=campaign, customer_id__in=chunk
            ).values_list("message_id", "subscription_id")
        )
        rows = [
            OutboxMessage(
                message_id=message_id,
                subscription_id=sub_id,
                customer_id=customer_id,
                workspace_id=campaign.workspace_id,
                provider=provider,
                due_at=due,
                next_attempt_at=due,
            )
            for sub_id, customer_id, provider in subscriptions
            for message_id in by_customer[customer_id]
            if (message_id, sub_id) not in existing
        ]
        # ignore_conflicts still matters: the approval service holds the campaign's row lock,
        # but any other caller would race the pre-check above.
        OutboxMessage.objects.bulk_create(rows, batch_size=5000, ignore_conflicts=True)
        written += len(rows)
    if written and due <= now:
        # Start now rather than at the next beat tick; the beat is the safety net.
        tasks.dispatch_due.delay_on_commit()  # type: ignore[attr-defined]
    return written


# --- Consent -----------------------------------------------------------------------------------


@transaction.atomic
def consent_record(
    *,
    customer: Customer,
    purpose: str,
    granted: bool,
    source: str = "",
    text_version: str = "",
    recorded_at: datetime | None = None,
) -> Consent:
    """Append a Consent row; a withdrawal of push consent also suppresses pending sends.

    Both in one transaction, so no dispatcher can claim a row between the withdrawal and its
    suppression. Rows already claimed (sending) are caught by the send-time consent check.
    """
    from campaigns.audience.services import consent_state_refresh

    consent = Consent.objects.create(
        customer=customer,
        purpose=purpose,
        granted=granted,
        recorded_at=recorded_at or timezone.now(),
        source=source,
        text_version=text_version,
    )
    consent_state_refresh(customer_ids=[customer.pk])
    outbox_suppress_withdrawn(customer_ids=[customer.pk])
    return consent


def outbox_suppress_campaign(*, campaign: Campaign, reason: str) -> int:
    """Suppress a campaign's rows no sender has claimed yet. Rows already claimed (sending)
    finish; everything merely due is stopped, so a cancellation wins over a pending send."""
    return OutboxMessage.objects.filter(message__campaign=campaign, status=Status.PENDING).update(
        status=Status.SUPPRESSED, reason=reason, suppressed_at=timezone.now()
    )


def outbox_suppress_withdrawn(*, customer_ids: Sequence[int]) -> int:
    """Suppress pending sends to shoppers whose *current* push consent is withdrawn.

    Reads the consent state rather than the rows just written, so an old withdrawal imported
    after a newer grant cancels nothing. Every consent write path calls this (the API and CSV
    import as well as `consent_record`), so withdrawal cancels pending rows at once.
    """
    from campaigns.audience.models import ConsentState

    withdrawn = ConsentState.objects.filter(
        customer_id__in=customer_ids, purpose=Consent.Purpose.PUSH_MARKETING, granted=False
    ).values("customer_id")
    return OutboxMessage.objects.filter(customer_id__in=withdrawn, status=Status.PENDING).update(
        status=Status.SUPPRESSED, reason="consent_withdrawn", suppressed_at=timezone.now()
    )


# --- Dispatcher --------------------------------------------------------------------------------


def outbox_dispatch(*, now: datetime | None = None, limit: int | None = None) -> int:
    """Claim due rows and hand them to the provider's batch task. Returns rows claimed.

    `skip_locked` lets two dispatchers (an overlapping beat tick, a manual kick) run at once
    without claiming the same rows or waiting on each other. The lease covers a worker that
    dies with the batch: when it runs out, the rows are due again, and the claim token
    makes the stale task (should the broker ever redeliver it) a no-op.
    """
    from campaigns.delivery import tasks

    now = now or timezone.now()
    limit = limit or settings.DELIVERY_DISPATCH_MAX_ROWS
    lease_until = now + timedelta(seconds=settings.DELIVERY_LEASE_S)
    batch_size = settings.DELIVERY_BATCH_SIZE
    claimed = 0
    with transaction.atomic():
        due = list(
            OutboxMessage.objects.select_for_update(skip_locked=True)
            .filter(
                Q(status=Status.PENDING, next_attempt_at__lte=now)
                | Q(status=Status.SENDING, lease_until__lt=now)
            )
            .order_by("next_attempt_at", "pk")
            .values_list("pk", "provider")[:limit]
        )
        by_provider: dict[str, list[int]] = defaultdict(list)
        for pk, provider in due:
            by_provider[provider].append(pk)
        for provider, ids in by_provider.items():
            for start in range(0, len(ids), batch_size):
                chunk = ids[start : start + batch_size]
                token = uuid.uuid4().hex
                claimed += OutboxMessage.objects.filter(pk__in=chunk).update(
                    status=Status.SENDING,
                    claim_token=token,
                    lease_until=lease_until,
                    claimed_at=now,
                )
                tasks.deliver_task(provider).delay_on_commit(chunk, token)
    return claimed


# --- Sender ------------------------------------------------------------------------------------

_executor: ThreadPoolExecutor | None = None


def _pool() -> ThreadPoolExecutor:
    # Created on first use in each worker process, never before a prefork fork.
    global _executor
    if _executor is None:
        _executor = ThreadPoolExecutor(
            max_workers=settings.DELIVERY_SEND_CONCURRENCY, thread_name_prefix="push"
        )
    return _executor


def _finish(row: OutboxMessage, token: str, status: str, **fields: Any) -> bool:
    """Conditional on our claim: a row re-claimed by another batch after our lease ran out
    belongs to that batch, and whatever we learnt about it is discarded."""
    now = timezone.now()
    stamp = {
        Status.SENT: "sent_at",
        Status.FAILED: "failed_at",
        Status.EXPIRED: "expired_at",
        Status.SUPPRESSED: "suppressed_at",
    }.get(Status(status))
    if stamp:
        fields[stamp] = now
    return (
        OutboxMessage.objects.filter(pk=row.pk, status=Status.SENDING, claim_token=token).update(
            status=status, lease_until=None, claim_token="", **fields
        )
        == 1
    )


def _bulk_finish(ids: list[int], token: str, status: str, reason: str, now: datetime) -> None:
    if not ids:
        return
    stamp = {
        Status.EXPIRED: "expired_at",
        Status.SUPPRESSED: "suppressed_at",
        Status.FAILED: "failed_at",
    }[Status(status)]
    OutboxMessage.objects.filter(pk__in=ids, status=Status.SENDING, claim_token=token).update(
        status=status, reason=reason, lease_until=None, claim_token="", **{stamp: now}
    )


def _defer(ids: list[int], token: str, until: datetime, reason: str) -> None:
    """Back to pending without using up an attempt: quiet hours and provider pauses are not the
    row's fault."""
    if ids:
        OutboxMessage.objects.filter(pk__in=ids, status=Status.SENDING, claim_token=token).update(
            status=Status.PENDING,
            next_attempt_at=until,
            lease_until=None,
            claim_token="",
            reason=reason,
        )


def _first_name(customer: Customer) -> str:
    try:
        return customer.pii.first_name
    except CustomerPII.DoesNotExist:
        return ""


def render_push(row: OutboxMessage, *, now: datetime) -> Push:
    """Re-identification happens here and only here: the first name is read from PII at send
    time and never stored anywhere else."""
    message = row.message
    offer = message.campaign.offer
    first_name = _first_name(row.customer)
    subscription = row.subscription
    assert subscription is not None
    ttl = min(settings.DELIVERY_TTL_S, int((offer.ends_at - now).total_seconds()))
    return Push(
        outbox_id=row.pk,
        endpoint=subscription.endpoint,
        keys=dict(subscription.keys or {}),
        title=policy.personalise(message.title, first_name),
        body=policy.personalise(message.body, first_name),
        url=click_url(row.pk),
        # Stable across retries and resends of this message to this device.
        topic=f"promo-m{message.pk}",
        ttl=max(0, ttl),
        data={"open_url": open_url(), "open_token": make_token(row.pk, salt=OPEN_SALT)},
    )


def _check_rows(
    rows: list[OutboxMessage], *, token: str, now: datetime
) -> tuple[list[OutboxMessage], Counter[str]]:
    """Apply the send-time rules and mark the survivors as attempted, all under per-shopper
    advisory locks, so two batches sending to one shopper decide the cap one after the other.
    """
    tally: Counter[str] = Counter()
    customer_ids = sorted({r.customer_id for r in rows})
    with transaction.atomic():
        with connection.cursor() as cursor:
            # Sorted, so two batches locking overlapping shoppers cannot deadlock.
            cursor.execute(
                "SELECT pg_advisory_xact_lock(7301, id) FROM unnest(%s::int[]) AS id ORDER BY id",
                [customer_ids],
            )
        consent = selectors.consent_granted_by_customer(customer_ids=customer_ids)
        sent = selectors.recent_message_ids(
            pairs=[(r.customer_id, r.workspace_id) for r in rows],
            now=now,
            exclude_ids=[r.pk for r in rows],
        )
        pauses = selectors.active_pauses(now=now)
        verdicts: dict[tuple[str, str], list[int]] = defaultdict(list)
        deferred: dict[datetime, list[int]] = defaultdict(list)
        ready: list[OutboxMessage] = []
        for row in rows:
            message, sub = row.message, row.subscription
            campaign = message.campaign
            workspace = row.workspace
            if sub is None or not sub.active:
                verdicts[(Status.SUPPRESSED, "subscription_inactive")].append(row.pk)
            elif not consent.get(row.customer_id, False):
                reason = "consent_withdrawn" if row.customer_id in consent else "consent_missing"
                verdicts[(Status.SUPPRESSED, reason)].append(row.pk)
            elif campaign.status not in SENDABLE_CAMPAIGN_STATES:
                verdicts[(Status.SUPPRESSED, f"campaign_{campaign.status}")].append(row.pk)
            elif message.review_status != Message.Review.APPROVED:
                verdicts[(Status.SUPPRESSED, "message_not_approved")].append(row.pk)
            elif campaign.offer.ends_at <= now:
                verdicts[(Status.EXPIRED, "offer_expired")].append(row.pk)
            elif row.attempts >= settings.DELIVERY_MAX_ATTEMPTS:
                # A row whose worker kept dying mid-send: stop trying.
                reason = f"max_attempts: {row.last_error}"[:500]
                verdicts[(Status.FAILED, reason)].append(row.pk)
            else:
                release = policy.quiet_hours_release(
                    now=now,
                    zone=row.customer.timezone,
                    start=workspace.quiet_start,
                    end=workspace.quiet_end,
                )
                pause = pauses.get(row.provider) or pauses.get(_pause_key(row))
                if release is not None:
                    deferred[release].append(row.pk)
                    tally["deferred_quiet_hours"] += 1
                    continue
                if pause is not None:
                    deferred[pause].append(row.pk)
                    tally["deferred_paused"] += 1
                    continue
                history = sent.setdefault((row.customer_id, row.workspace_id), [])
                verdict = policy.cap_verdict(
                    sent=history,
                    message_id=row.message_id,
                    now=now,
                    per_day=workspace.cap_per_day,
                    per_week=workspace.cap_per_week,
                )
                if verdict:
                    verdicts[(Status.SUPPRESSED, verdict)].append(row.pk)
                    continue
                history.append((row.message_id, now))
                ready.append(row)
        for (status, reason), ids in verdicts.items():
            _bulk_finish(ids, token, status, reason, now)
            tally[reason.split(":")[0]] += len(ids)
        for until, ids in deferred.items():
            _defer(ids, token, until, "deferred")
        if ready:
            OutboxMessage.objects.filter(
                pk__in=[r.pk for r in ready], status=Status.SENDING, claim_token=token
            ).update(attempts=F("attempts") + 1, last_attempt_at=now)
            for r in ready:
                r.attempts += 1
    return ready, tally


def _pause_key(row: OutboxMessage) -> str:
    if row.provider != PushSubscription.Provider.WEBPUSH or row.subscription is None:
        return row.provider
    from urllib.parse import urlsplit

    parts = urlsplit(row.subscription.endpoint)
    return f"webpush:{parts.scheme}://{parts.netloc}"


def _record(row: OutboxMessage, token: str, result: SendResult) -> str:
    """Write one send's outcome; returns the tally key."""
    now = timezone.now()
    if result.outcome == "sent":
        _finish(
            row,
            token,
            Status.SENT,
            provider_message_id=result.provider_message_id[:255],
            last_error="",
            reason="",
        )
        return "sent"
    if result.outcome == "gone":
        with transaction.atomic():
            gone = _finish(
                row, token, Status.FAILED, reason="subscription_gone", last_error=result.reason
            )
            if gone and row.subscription_id is not None:
                # The device is gone for every campaign, not just this one.
                PushSubscription.objects.filter(id=row.subscription_id, active=True).update(
                    active=False, deactivated_at=now
                )
                OutboxMessage.objects.filter(
                    subscription_id=row.subscription_id, status=Status.PENDING
                ).update(
                    status=Status.SUPPRESSED, reason="subscription_inactive", suppressed_at=now
                )
        return "gone"
    if result.outcome == "retry" and row.attempts < settings.DELIVERY_MAX_ATTEMPTS:
        delay = policy.backoff_seconds(
            attempts=row.attempts,
            base=settings.DELIVERY_BACKOFF_BASE_S,
            cap=settings.DELIVERY_BACKOFF_MAX_S,
        )
        if result.retry_after is not None:
            # Never earlier than the provider asked; jitter only ever adds.
            delay = max(result.retry_after, min(delay, result.retry_after * 1.5))
        until = now + timedelta(seconds=delay)
        if result.pause_key and result.retry_after is not None:
            _pause(result.pause_key, now + timedelta(seconds=result.retry_after))
        OutboxMessage.objects.filter(pk=row.pk, status=Status.SENDING, claim_token=token).update(
            status=Status.PENDING,
            next_attempt_at=until,
            lease_until=None,
            claim_token="",
            last_error=result.reason[:2000],
            reason="retrying",
        )
        return "retry"
    reason = result.reason.split(":")[0] or "failed"
    if result.outcome == "retry":
        reason = "max_attempts"
    _finish(row, token, Status.FAILED, reason=reason[:64], last_error=result.reason[:2000])
    return "failed"


# Successes are written in groups of at most this many, and never held back while the sender
# waits on a slow request: a worker killed between a push and its write resends at most these
# (under the same Topic / collapse id, so the provider replaces rather than duplicates).
SENT_FLUSH_MAX = 25


def _record_sent(results: list[tuple[OutboxMessage, SendResult]], token: str) -> int:
    if not results:
        return 0
    table = OutboxMessage._meta.db_table
    values = ", ".join(["(%s::bigint, %s)"] * len(results))
    params: list[Any] = []
    for row, result in results:
        params += [row.pk, result.provider_message_id[:255]]
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            UPDATE {table} AS o
               SET status = %s, sent_at = now(), provider_message_id = v.pmid,
                   lease_until = NULL, claim_token = '', last_error = '', reason = ''
              FROM (VALUES {values}) AS v(id, pmid)
             WHERE o.id = v.id AND o.status = %s AND o.claim_token = %s
            """,
            [Status.SENT, *params, Status.SENDING, token],
        )
        return cursor.rowcount


def _pause(key: str, until: datetime) -> None:
    ProviderPause.objects.update_or_create(key=key, defaults={"until": until})


class _Gate:
    """Provider pauses seen during this batch, consulted by the sending threads right before
    each request, so a 429 stops the rest of the batch from hitting that origin."""

    def __init__(self, pauses: dict[str, datetime]) -> None:
        import threading

        self._lock = threading.Lock()
        self._pauses = dict(pauses)

    def until(self, keys: Iterable[str]) -> datetime | None:
        now = timezone.now()
        with self._lock:
            times = [self._pauses[k] for k in keys if k in self._pauses and self._pauses[k] > now]
        return max(times) if times else None

    def pause(self, key: str, until: datetime) -> None:
        with self._lock:
            self._pauses[key] = max(until, self._pauses.get(key, until))


_PAUSED = SendResult("retry", reason="paused")


def outbox_deliver_batch(
    *, provider: str, outbox_ids: list[int], claim_token: str
) -> dict[str, int]:
    """Send the rows of one claimed batch. Safe to run twice with the same token.

    Rows are rendered and checked in this thread; only the provider calls run in the pool,
    and each result is written as soon as it arrives, which keeps the window in which a crash
    could resend an already-delivered push down to one in-flight request per thread (and the
    push's Topic / collapse id makes such a resend replace, not duplicate).
    """
    now = timezone.now()
    rows = list(
        OutboxMessage.objects.filter(
            pk__in=outbox_ids, status=Status.SENDING, claim_token=claim_token
        ).select_related(
            "subscription",
            "customer",
            "customer__pii",
            "workspace",
            "message__campaign__offer",
        )
    )
    if not rows:
        return {}
    ready, tally = _check_rows(rows, token=claim_token, now=now)
    if not ready:
        return dict(tally)
    adapter = get_provider(provider)
    gate = _Gate(selectors.active_pauses(now=now))
    pushes = [(row, render_push(row, now=now)) for row in ready]

    def send(row: OutboxMessage, push: Push) -> SendResult:
        if gate.until([row.provider, _pause_key(row)]) is not None:
            return _PAUSED
        try:
            result = adapter.send(push)
        except ProviderMisconfigured as exc:
            return SendResult("failed", reason=f"provider_misconfigured: {exc}")
        except Exception as exc:
            # An adapter bug must cost this row, not the batch.
            logger.exception("push adapter %s crashed on outbox %s", provider, row.pk)
            return SendResult("failed", reason=f"adapter_error: {type(exc).__name__}: {exc}")
        if result.pause_key and result.retry_after is not None:
            gate.pause(result.pause_key, timezone.now() + timedelta(seconds=result.retry_after))
        return result

    futures: list[tuple[OutboxMessage, Future[SendResult]]] = [
        (row, _pool().submit(send, row, push)) for row, push in pushes
    ]
    with connection.cursor() as cursor:
        # Each outcome is committed on its own, as soon as it is known, to keep the resend
        # window after a worker crash at one request per thread. Waiting for the WAL flush on
        # each of those commits would cost more than the push itself; without it, only a
        # crash of Postgres itself (not of a worker) can lose the last few hundred ms of
        # "sent" marks, and those rows are then resent under the same Topic, which replaces.
        cursor.execute("SET synchronous_commit TO OFF")
    sent: list[tuple[OutboxMessage, SendResult]] = []
    try:
        for row, future in futures:
            if sent and (len(sent) >= SENT_FLUSH_MAX or not future.done()):
                tally["sent"] += _record_sent(sent, claim_token)
                sent = []
            result = future.result()
            if result.outcome == "sent":
                sent.append((row, result))
                continue
            if result is _PAUSED:
                until = gate.until([row.provider, _pause_key(row)]) or timezone.now()
                # Undo the attempt we counted: the request never left.
                OutboxMessage.objects.filter(
                    pk=row.pk, status=Status.SENDING, claim_token=claim_token
                ).update(
                    status=Status.PENDING,
                    next_attempt_at=until,
                    lease_until=None,
                    claim_token="",
                    attempts=row.attempts - 1,
                    reason="deferred",
                )
                tally["deferred_paused"] += 1
                continue
            tally[_record(row, claim_token, result)] += 1
        tally["sent"] += _record_sent(sent, claim_token)
    finally:
        for _, future in futures:
            future.cancel()
        with connection.cursor() as cursor:
            cursor.execute("RESET synchronous_commit")
    return dict(tally)


def outbox_release(*, outbox_ids: list[int], claim_token: str) -> int:
    """Hand back rows a timed-out batch never attempted, so they need not wait for the lease."""
    return (
        OutboxMessage.objects.filter(
            pk__in=outbox_ids,
            status=Status.SENDING,
            claim_token=claim_token,
        )
        .filter(Q(last_attempt_at__isnull=True) | Q(last_attempt_at__lt=F("claimed_at")))
        .update(status=Status.PENDING, lease_until=None, claim_token="")
    )


# --- Subscriptions -----------------------------------------------------------------------------


def _check_webpush_keys(keys: dict[str, Any]) -> dict[str, str]:
    from campaigns.delivery.providers.webpush import b64url_decode

    try:
        p256dh = b64url_decode(str(keys["p256dh"]))
        auth = b64url_decode(str(keys["auth"]))
    except (KeyError, ValueError) as exc:
        raise ValueError(f"keys.p256dh and keys.auth must be base64url: {exc}") from exc
    if len(p256dh) != 65 or p256dh[0] != 4:
        raise ValueError("keys.p256dh must be an uncompressed P-256 point (65 bytes)")
    if len(auth) != 16:
        raise ValueError("keys.auth must be 16 bytes")
    return {"p256dh": str(keys["p256dh"]), "auth": str(keys["auth"])}


@transaction.atomic
def subscription_register_webpush(
    *, external_id: str, endpoint: str, keys: dict[str, Any]
) -> PushSubscription:
    """Store (or refresh) a browser's subscription; rejects what could never be delivered."""
    from campaigns.delivery.providers.webpush import endpoint_allowed

    if not endpoint.startswith(("https://", "http://")) or not endpoint_allowed(endpoint):
        raise ValueError("endpoint is not an allowed push service")
    clean = _check_webpush_keys(keys)
    customer = Customer.objects.filter(external_id=external_id).first()
    if customer is None:
        raise ValueError("unknown shopper")
    subscription, _ = PushSubscription.objects.update_or_create(
        provider=PushSubscription.Provider.WEBPUSH,
        endpoint=endpoint,
        defaults={"customer": customer, "keys": clean, "active": True, "deactivated_at": None},
    )
    return subscription
