"""Apple Push Notification service over HTTP/2 with an ES256 provider token (JWT).

APNs only speaks HTTP/2. The client is created with `http1=False`, so an `http://` endpoint (the
loopback fake in tests) gets HTTP/2 with prior knowledge and an `https://` one negotiates h2
through ALPN, as api.push.apple.com requires.
"""

from __future__ import annotations

import json
import threading
import time
from typing import Any

import httpx
import jwt
from django.conf import settings

from campaigns.delivery.providers.base import (
    ProviderMisconfigured,
    Push,
    SendResult,
    classify_http,
    http_client,
)

MAX_PAYLOAD = 4096
# Unregistered device tokens: the subscription is dead.
GONE_REASONS = {"Unregistered", "BadDeviceToken", "DeviceTokenNotForTopic"}


class _ProviderToken:
    """APNs rejects tokens older than an hour and throttles ones refreshed more often than every
    20 minutes, so one token is shared by all threads and renewed after 50 minutes."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._token = ""
        self._issued = 0.0

    def reset(self) -> None:
        with self._lock:
            self._token, self._issued = "", 0.0

    def get(self) -> str:
        with self._lock:
            now = time.time()
            if self._token and now - self._issued < settings.DELIVERY_APNS_TOKEN_TTL_S:
                return self._token
            key = settings.DELIVERY_APNS_KEY
            if not key or not settings.DELIVERY_APNS_KEY_ID or not settings.DELIVERY_APNS_TEAM_ID:
                raise ProviderMisconfigured("apns_credentials_missing")
            if not key.lstrip().startswith("-----BEGIN"):
                try:
                    with open(key, encoding="utf-8") as fh:
                        key = fh.read()
                except OSError as exc:
                    raise ProviderMisconfigured(f"apns_key_unreadable: {exc}") from exc
            try:
                self._token = jwt.encode(
                    {"iss": settings.DELIVERY_APNS_TEAM_ID, "iat": int(now)},
                    key,
                    algorithm="ES256",
                    headers={"kid": settings.DELIVERY_APNS_KEY_ID},
                )
            except (ValueError, TypeError, jwt.PyJWTError) as exc:
                raise ProviderMisconfigured(f"apns_key_invalid: {exc}") from exc
            self._issued = now
            return self._token


provider_token = _ProviderToken()


def build_payload(push: Push) -> dict[str, Any]:
    return {
        "aps": {"alert": {"title": push.title, "body": push.body}, "thread-id": "promo"},
        "url": push.url,
        "tag": push.topic,
        **push.data,
    }


class ApnsProvider:
    name = "apns"

    def send(self, push: Push) -> SendResult:
        body = json.dumps(build_payload(push), separators=(",", ":"), ensure_ascii=False).encode()
        if len(body) > MAX_PAYLOAD:
            return SendResult("failed", reason=f"payload_too_large: {len(body)} > {MAX_PAYLOAD}")
        token = push.endpoint.strip()
        if not token or not all(c in "0123456789abcdefABCDEF" for c in token):
            return SendResult("failed", reason="malformed_subscription: device token is not hex")
        headers = {
            "authorization": f"bearer {provider_token.get()}",
            "apns-topic": settings.DELIVERY_APNS_TOPIC,
            "apns-push-type": "alert",
            # 5 = deliver at a time that conserves power: marketing is never urgent.
            "apns-priority": "5",
            "apns-expiration": str(int(time.time()) + max(0, push.ttl)),
            # A resend replaces the copy already shown instead of adding a second one.
            "apns-collapse-id": push.topic[:64],
        }
        url = f"{settings.DELIVERY_APNS_ENDPOINT.rstrip('/')}/3/device/{token}"
        try:
            response = http_client(self.name, http2=True).post(url, content=body, headers=headers)
        except httpx.TimeoutException as exc:
            return SendResult("retry", reason=f"timeout: {type(exc).__name__}")
        except httpx.HTTPError as exc:
            return SendResult("retry", reason=f"network_error: {type(exc).__name__}: {exc}")
        status = response.status_code
        if status == 200:
            return SendResult(
                "sent", status_code=status, provider_message_id=response.headers.get("apns-id", "")
            )
        try:
            reason = str(response.json().get("reason", ""))
        except (ValueError, AttributeError):
            reason = ""
        detail = reason or response.text[:200]
        if reason in GONE_REASONS:
            return SendResult("gone", reason=f"unregistered: {reason}", status_code=status)
        if reason == "ExpiredProviderToken":
            provider_token.reset()
            return SendResult("retry", reason="apns_token_expired", status_code=status)
        if status == 403:
            return SendResult("failed", reason=f"apns_auth_rejected: {detail}", status_code=status)
        return classify_http(
            status,
            retry_after=response.headers.get("retry-after"),
            detail=detail,
            pause_key=self.name,
        )
