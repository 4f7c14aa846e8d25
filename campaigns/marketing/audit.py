"""The audit trail and the one primitive every status change goes through."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User
from django.db.models import Model

from campaigns.marketing.models import AuditEntry, Campaign


class TransitionError(Exception):
    """The campaign is not in a state that allows this action (or someone else got there first)."""


def audit_record(
    *,
    campaign: Campaign,
    user: User | None,
    action: str,
    from_status: str = "",
    to_status: str = "",
    changes: dict[str, Any] | None = None,
    comment: str = "",
) -> AuditEntry:
    return AuditEntry.objects.create(
        campaign=campaign,
        user=user,
        action=action,
        from_status=from_status,
        to_status=to_status,
        changes=changes or {},
        comment=comment,
    )


def transition(
    *,
    campaign: Campaign,
    user: User | None,
    action: str,
    allowed_from: tuple[str, ...],
    to: str,
    comment: str = "",
    error: str = "",
    **fields: Any,
) -> None:
    """Move `campaign` to `to` if, and only if, it is still in one of `allowed_from`.

    The conditional UPDATE is the lock: two clicks, two approvers or two workers racing on the
    same campaign each run it, and exactly one gets a row count of 1. The loser changes nothing.
    """
    current = Campaign.objects.filter(pk=campaign.pk).values_list("status", flat=True).first()
    claimed = Campaign.objects.filter(pk=campaign.pk, status__in=allowed_from).update(
        status=to, **fields
    )
    if claimed != 1:
        label = Campaign.Status(current).label if current else "gone"
        raise TransitionError(error or f"Can't {action} a campaign that is {label.lower()}.")
    audit_record(
        campaign=campaign,
        user=user,
        action=action,
        from_status=current or "",
        to_status=to,
        comment=comment,
        changes={k: _jsonable(v) for k, v in fields.items()},
    )
    campaign.refresh_from_db()


def _jsonable(value: Any) -> Any:
    if isinstance(value, Model):
        return str(value.pk)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """Field-level changes for the audit log: {field: [old, new]}."""
    return {
        key: [_jsonable(before.get(key)), _jsonable(value)]
        for key, value in after.items()
        if _jsonable(before.get(key)) != _jsonable(value)
    }
