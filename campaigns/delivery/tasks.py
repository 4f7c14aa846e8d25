"""Thin task wrappers: take ids, call a service.

Every task here is idempotent (claims and conditional writes), so all are acks_late with
reject_on_worker_lost: a task lost with its worker is redelivered and redone safely.
"""

from __future__ import annotations

from typing import Any

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings

from campaigns.delivery import privacy, services, tracking

_SEND_OPTIONS: dict[str, Any] = {
    "acks_late": True,
    "reject_on_worker_lost": True,
    "soft_time_limit": settings.DELIVERY_TASK_SOFT_TIME_LIMIT,
    "time_limit": settings.DELIVERY_TASK_TIME_LIMIT,
    "ignore_result": True,
}


@shared_task(
    acks_late=True,
    reject_on_worker_lost=True,
    soft_time_limit=60,
    time_limit=90,
    ignore_result=True,
)
def dispatch_due() -> int:
    return services.outbox_dispatch()


def _deliver(provider: str, outbox_ids: list[int], claim_token: str) -> dict[str, int]:
    try:
        return services.outbox_deliver_batch(
            provider=provider, outbox_ids=outbox_ids, claim_token=claim_token
        )
    except SoftTimeLimitExceeded:
        # Rows never attempted go back at once; attempted ones wait for their lease.
        services.outbox_release(outbox_ids=outbox_ids, claim_token=claim_token)
        raise


# One task per provider so that each has its own Celery rate limit (batches per second per
# worker): a slow or throttling provider then never starves the others.
@shared_task(rate_limit=settings.DELIVERY_RATE_LIMITS.get("webpush"), **_SEND_OPTIONS)
def deliver_webpush_batch(outbox_ids: list[int], claim_token: str) -> dict[str, int]:
    return _deliver("webpush", outbox_ids, claim_token)


@shared_task(rate_limit=settings.DELIVERY_RATE_LIMITS.get("fcm"), **_SEND_OPTIONS)
def deliver_fcm_batch(outbox_ids: list[int], claim_token: str) -> dict[str, int]:
    return _deliver("fcm", outbox_ids, claim_token)


@shared_task(rate_limit=settings.DELIVERY_RATE_LIMITS.get("apns"), **_SEND_OPTIONS)
def deliver_apns_batch(outbox_ids: list[int], claim_token: str) -> dict[str, int]:
    return _deliver("apns", outbox_ids, claim_token)


DELIVER_TASKS = {
    "webpush": deliver_webpush_batch,
    "fcm": deliver_fcm_batch,
    "apns": deliver_apns_batch,
}


def deliver_task(provider: str) -> Any:
    return DELIVER_TASKS[provider]


@shared_task(acks_late=True, reject_on_worker_lost=True, soft_time_limit=600, time_limit=660)
def attribute_conversions() -> int:
    return tracking.conversions_attribute_recent()


@shared_task(acks_late=True, reject_on_worker_lost=True, soft_time_limit=900, time_limit=960)
def purge_events() -> int:
    return privacy.events_purge()
