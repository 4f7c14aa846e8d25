"""Firebase Cloud Messaging, HTTP v1 API, authorised with a service-account OAuth2 token.

google-auth signs the JWT-bearer assertion and caches the access token; its HTTP transport is
a thin adapter over our httpx client so that every call shares one timeout and one pool.
"""

from __future__ import annotations

import json
import threading
from typing import Any

import google.auth.exceptions
import google.auth.transport
import httpx
from django.conf import settings
from google.oauth2 import service_account

from campaigns.delivery.providers.base import (
    ProviderMisconfigured,
    Push,
    SendResult,
    classify_http,
    http_client,
    parse_retry_after,
)

SCOPE = "https://www.googleapis.com/auth/firebase.messaging"
# FCM's limit for a message's notification + data.
MAX_PAYLOAD = 4096


class _Response(google.auth.transport.Response):
    def __init__(self, response: httpx.Response) -> None:
        self._response = response

    @property
    def status(self) -> int:
        return self._response.status_code

    @property
    def headers(self) -> Any:
        return self._response.headers

    @property
    def data(self) -> bytes:
        return self._response.content


class HttpxAuthRequest(google.auth.transport.Request):
    def __init__(self, client: httpx.Client) -> None:
        self.client = client

    def __call__(  # type: ignore[override]
        self,
        url: str,
        method: str = "GET",
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
        timeout: float | None = None,
        **kwargs: Any,
    ) -> _Response:
        try:
            response = self.client.request(
                method,
                url,
                content=body,
                headers=headers,
                timeout=timeout or settings.DELIVERY_HTTP_TIMEOUT_S,
            )
        except httpx.HTTPError as exc:
            raise google.auth.exceptions.TransportError(exc) from exc
        return _Response(response)


class _Credentials:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._credentials: service_account.Credentials | None = None

    def reset(self) -> None:
        with self._lock:
            self._credentials = None

    def _load(self) -> service_account.Credentials:
        raw = settings.DELIVERY_FCM_SERVICE_ACCOUNT
        if not raw:
            raise ProviderMisconfigured("fcm_credentials_missing: set DELIVERY_FCM_SERVICE_ACCOUNT")
        try:
            if raw.lstrip().startswith("{"):
                info = json.loads(raw)
            else:
                with open(raw, encoding="utf-8") as fh:
                    info = json.load(fh)
            info = {**info, "token_uri": settings.DELIVERY_FCM_TOKEN_URL}
            return service_account.Credentials.from_service_account_info(info, scopes=[SCOPE])
        except (OSError, ValueError, KeyError) as exc:
            raise ProviderMisconfigured(f"fcm_credentials_invalid: {exc}") from exc

    def token(self, client: httpx.Client) -> str:
        # One refresh at a time: sixteen threads finding an expired token together would
        # otherwise ask the token endpoint sixteen times.
        with self._lock:
            if self._credentials is None:
                self._credentials = self._load()
            if not self._credentials.valid:
                self._credentials.refresh(HttpxAuthRequest(client))
            return str(self._credentials.token)

    def invalidate(self) -> None:
        with self._lock:
            if self._credentials is not None:
                self._credentials.token = None


credentials = _Credentials()


def _error_code(body: Any) -> str:
    """FCM puts the precise reason (UNREGISTERED, QUOTA_EXCEEDED, ...) in error.details."""
    try:
        error = body["error"]
        for detail in error.get("details", []):
            if detail.get("errorCode"):
                return str(detail["errorCode"])
        return str(error.get("status", ""))
    except (TypeError, KeyError, AttributeError):
        return ""


def build_message(push: Push) -> dict[str, Any]:
    data = {"url": push.url, "tag": push.topic, **push.data}
    return {
        "message": {
            "token": push.endpoint,
            "notification": {"title": push.title, "body": push.body},
            "data": {k: str(v) for k, v in data.items()},
            "android": {
                # A resend replaces the undelivered copy on the device instead of adding one.
                "collapse_key": push.topic,
                "priority": "normal",
                "ttl": f"{max(0, push.ttl)}s",
            },
        }
    }


class FcmProvider:
    name = "fcm"

    def send(self, push: Push) -> SendResult:
        message = build_message(push)
        payload = json.dumps(message["message"]["notification"]) + json.dumps(
            message["message"]["data"]
        )
        if len(payload.encode()) > MAX_PAYLOAD:
            return SendResult("failed", reason=f"payload_too_large: > {MAX_PAYLOAD} bytes")
        if not push.endpoint or len(push.endpoint) > 4096:
            return SendResult("failed", reason="malformed_subscription: bad registration token")
        client = http_client(self.name)
        try:
            token = credentials.token(client)
        except google.auth.exceptions.RefreshError as exc:
            if getattr(exc, "retryable", False):
                return SendResult("retry", reason=f"fcm_auth_unavailable: {exc}"[:500])
            return SendResult("failed", reason=f"fcm_auth_failed: {exc}"[:500])
        except google.auth.exceptions.TransportError as exc:
            return SendResult("retry", reason=f"fcm_auth_unavailable: {exc}"[:500])
        url = (
            f"{settings.DELIVERY_FCM_ENDPOINT.rstrip('/')}/v1/projects/"
            f"{settings.DELIVERY_FCM_PROJECT_ID}/messages:send"
        )
        try:
            response = client.post(url, json=message, headers={"Authorization": f"Bearer {token}"})
        except httpx.TimeoutException as exc:
            return SendResult("retry", reason=f"timeout: {type(exc).__name__}")
        except httpx.HTTPError as exc:
            return SendResult("retry", reason=f"network_error: {type(exc).__name__}: {exc}")
        try:
            body = response.json()
        except ValueError:
            body = None
        status = response.status_code
        if status == 200:
            if not isinstance(body, dict) or not isinstance(body.get("name"), str):
                # 200 with something that is not a message name: we cannot tell whether FCM
                # accepted it, and a blind retry could double it.
                return SendResult(
                    "failed",
                    reason=f"provider_bad_response: {response.text[:200]!r}",
                    status_code=status,
                )
            return SendResult("sent", status_code=status, provider_message_id=body["name"])
        code = _error_code(body)
        detail = code or response.text[:200]
        if code == "UNREGISTERED":
            return SendResult("gone", reason="unregistered: UNREGISTERED", status_code=status)
        if status == 401:
            credentials.invalidate()
            return SendResult("retry", reason=f"fcm_token_rejected: {detail}", status_code=status)
        if code == "UNAVAILABLE" or code == "INTERNAL":
            return SendResult(
                "retry",
                reason=f"provider_unavailable: {code}",
                status_code=status,
                retry_after=parse_retry_after(response.headers.get("retry-after")),
            )
        return classify_http(
            status,
            retry_after=response.headers.get("retry-after"),
            detail=detail,
            pause_key=self.name,
        )
