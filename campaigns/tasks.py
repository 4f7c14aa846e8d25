"""Celery autodiscovery imports `<app>.tasks`; each domain keeps its own tasks module."""

from campaigns.marketing.tasks import generate_chunk

__all__ = ["generate_chunk"]
