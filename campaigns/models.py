"""Django discovers an app's models through this module; each domain keeps its own."""

from campaigns.audience.models import (
    ApiKey,
    Consent,
    ConsentState,
    Customer,
    CustomerPII,
    CustomerStats,
    Event,
    Product,
    PushSubscription,
    Segment,
)
from campaigns.delivery.models import ErasedCustomer, OutboxMessage, ProviderPause
from campaigns.marketing.models import AuditEntry, Campaign, Member, Message, Offer, Variant
from campaigns.teams.models import Workspace

__all__ = [
    "ApiKey",
    "AuditEntry",
    "Campaign",
    "Consent",
    "ConsentState",
    "Customer",
    "CustomerPII",
    "CustomerStats",
    "ErasedCustomer",
    "Event",
    "Member",
    "Message",
    "Offer",
    "OutboxMessage",
    "Product",
    "ProviderPause",
    "PushSubscription",
    "Segment",
    "Variant",
    "Workspace",
]
