"""Django discovers an app's models through this module; each domain keeps its own."""

from campaigns.audience.models import (
    Consent,
    Customer,
    CustomerPII,
    Event,
    Product,
    PushSubscription,
    Segment,
)
from campaigns.marketing.models import Campaign, Message, Offer
from campaigns.teams.models import Workspace

__all__ = [
    "Campaign",
    "Consent",
    "Customer",
    "CustomerPII",
    "Event",
    "Message",
    "Offer",
    "Product",
    "PushSubscription",
    "Segment",
    "Workspace",
]
