"""Provider adapters behind one interface (`base.Provider`)."""

from __future__ import annotations

from campaigns.delivery.providers.apns import ApnsProvider
from campaigns.delivery.providers.base import (
    Provider,
    ProviderMisconfigured,
    Push,
    SendResult,
    reset_clients,
)
from campaigns.delivery.providers.fcm import FcmProvider
from campaigns.delivery.providers.webpush import WebPushProvider

PROVIDERS: dict[str, Provider] = {
    "webpush": WebPushProvider(),
    "fcm": FcmProvider(),
    "apns": ApnsProvider(),
}


def get_provider(name: str) -> Provider:
    return PROVIDERS[name]


def reset_provider_state() -> None:
    """Drop pooled connections and cached credentials (tests re-point endpoints and keys)."""
    from campaigns.delivery.providers import apns, fcm, webpush

    reset_clients()
    webpush.vapid.reset()
    fcm.credentials.reset()
    apns.provider_token.reset()


__all__ = [
    "Provider",
    "ProviderMisconfigured",
    "Push",
    "SendResult",
    "get_provider",
    "reset_provider_state",
]
