"""Celery autodiscovery imports `<app>.tasks`; each domain keeps its own tasks module."""

from campaigns.audience.tasks import refresh_customer_stats
from campaigns.delivery.tasks import (
    attribute_conversions,
    deliver_apns_batch,
    deliver_fcm_batch,
    deliver_webpush_batch,
    dispatch_due,
    purge_events,
)
from campaigns.marketing.tasks import (
    campaign_recur,
    generate_chunk,
    regenerate_message,
    sync_delivery_status,
)

__all__ = [
    "attribute_conversions",
    "campaign_recur",
    "deliver_apns_batch",
    "deliver_fcm_batch",
    "deliver_webpush_batch",
    "dispatch_due",
    "generate_chunk",
    "purge_events",
    "refresh_customer_stats",
    "regenerate_message",
    "sync_delivery_status",
]
