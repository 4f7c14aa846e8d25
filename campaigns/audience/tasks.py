"""Periodic audience upkeep, run by Celery beat."""

from __future__ import annotations

from celery import shared_task

from campaigns.audience import services


@shared_task
def refresh_customer_stats() -> None:
    # Ingestion keeps buyers' rows current; this nightly pass catches purchases ageing out of
    # the window, which no new event announces.
    services.customer_stats_refresh()
