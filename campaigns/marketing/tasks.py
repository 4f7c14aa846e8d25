"""Thin task wrappers: take ids, resolve the engine, call a service."""

from __future__ import annotations

from typing import Any

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.utils.module_loading import import_string

from campaigns.marketing import services
from campaigns.marketing.models import Message


def load_engine() -> Any:
    # The factory caches per worker process, so only the first chunk a worker takes pays for
    # loading the model.
    return import_string(settings.PROMO_ENGINE)()


# The generation tasks are idempotent (conditional writes on message status), so a chunk lost
# with its worker is safely redelivered and redone.
IDEMPOTENT_GENERATION: dict[str, Any] = {
    "acks_late": True,
    "reject_on_worker_lost": True,
    "soft_time_limit": settings.CELERY_TASK_SOFT_TIME_LIMIT,
    "time_limit": settings.CELERY_TASK_TIME_LIMIT,
}


@shared_task(**IDEMPOTENT_GENERATION)
def generate_chunk(campaign_id: int, message_ids: list[int]) -> int:
    try:
        return services.messages_generate(
            campaign_id=campaign_id, message_ids=message_ids, engine=load_engine()
        )
    except Exception as exc:
        services.campaign_fail(campaign_id=campaign_id, reason=_failure("Generation", exc))
        raise


@shared_task(**IDEMPOTENT_GENERATION)
def regenerate_message(message_id: int) -> int:
    return regenerate(Message.objects.get(pk=message_id).campaign_id, [message_id])


@shared_task(**IDEMPOTENT_GENERATION)
def regenerate_chunk(campaign_id: int, message_ids: list[int]) -> int:
    return regenerate(campaign_id, message_ids)


def regenerate(campaign_id: int, message_ids: list[int]) -> int:
    try:
        return services.messages_regenerate_run(
            campaign_id=campaign_id, message_ids=message_ids, engine=load_engine()
        )
    except Exception as exc:
        services.messages_regeneration_failed(
            message_ids=message_ids, reason=_failure("Regeneration", exc)
        )
        raise


def _failure(what: str, exc: Exception) -> str:
    """The reason a marketer reads for a generation task that raised."""
    if isinstance(exc, SoftTimeLimitExceeded):
        return f"{what} timed out."
    return f"{what} failed: {type(exc).__name__}: {exc}"


@shared_task(soft_time_limit=120, time_limit=180)
def campaign_recur(campaign_id: int) -> int | None:
    from campaigns.marketing.models import Campaign

    child = services.campaign_spawn_run(
        parent=Campaign.objects.get(pk=campaign_id), chunk_size=settings.PROMO_BATCH_SIZE
    )
    return child.pk if child else None


@shared_task(soft_time_limit=60, time_limit=90)
def sync_delivery_status() -> dict[str, int]:
    return services.campaigns_sync_delivery_status()
