"""Django discovers an app's models through this module; each domain keeps its own."""

from campaigns.audience.models import (
    ApiKey,
    Consent,
    Customer,
    CustomerPII,
    CustomerStats,
    Event,
    Product,
    PushSubscription,
    Segment,
)
from campaigns.marketing.models import AuditEntry, Campaign, Member, Message, Offer, Variant
from campaigns.teams.models import Workspace

__all__ = [
    "ApiKey",
    "AuditEntry",
    "Campaign",
    "Consent",
    "Customer",
    "CustomerPII",
    "CustomerStats",
    "Event",
    "Member",
    "Message",
    "Offer",
    "Product",
    "PushSubscription",
    "Segment",
    "Variant",
    "Workspace",
]
