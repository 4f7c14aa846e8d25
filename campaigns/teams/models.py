"""Workspaces (teams): the unit of access control and of per-shop delivery policy."""

from datetime import time

from django.conf import settings
from django.db import models


class Workspace(models.Model):
    name = models.CharField(max_length=120)
    slug = models.SlugField(unique=True)
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="workspaces", blank=True
    )
    # Delivery policy. Caps count messages across all of the workspace's campaigns.
    cap_per_day = models.PositiveSmallIntegerField(default=2)
    cap_per_week = models.PositiveSmallIntegerField(default=5)
    quiet_start = models.TimeField(default=time(21, 0), help_text="Shopper's local time")
    quiet_end = models.TimeField(default=time(8, 0), help_text="Shopper's local time")
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.name
