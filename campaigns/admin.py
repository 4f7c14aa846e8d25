"""Each domain registers its own models; importing them here is what Django's autodiscovery runs."""

from campaigns.audience import admin as audience_admin
from campaigns.delivery import admin as delivery_admin
from campaigns.marketing import admin as marketing_admin
from campaigns.teams import admin as teams_admin

__all__ = ["audience_admin", "delivery_admin", "marketing_admin", "teams_admin"]
