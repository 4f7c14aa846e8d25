"""Web Push (RFC 8030) with VAPID (RFC 8292) and aes128gcm payload encryption (RFC 8291).

pywebpush does the encryption; the HTTP call is ours (a pooled httpx client, our timeout, our
error mapping), and so is the VAPID token, which is signed once per push service origin and
reused until shortly before it expires instead of once per message.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import threading
import time
from urllib.parse import urlsplit

import httpx
import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from django.conf import settings
from pywebpush import WebPusher

from campaigns.delivery.providers.base import (
    ProviderMisconfigured,
    Push,
    SendResult,
    classify_http,
    http_client,
)

# RFC 8291 section 4: push services must accept 4096 octets of encrypted payload; the aes128gcm
# header (86) and tag (16) and the padding delimiter (1) come out of that.
MAX_PLAINTEXT = 4096 - 86 - 16 - 1


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(value: str) -> bytes:
    return base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))


def load_vapid_private_key() -> ec.EllipticCurvePrivateKey:
    """The configured key (PEM, or the raw 32-byte scalar base64url-encoded as `web-push
    generate-vapid-keys` prints it). Under DEBUG without one, a key derived from SECRET_KEY, so
    that the web process (which hands the public key to browsers) and the workers agree."""
    raw = settings.DELIVERY_VAPID_PRIVATE_KEY.strip()
    try:
        if raw.startswith("-----BEGIN"):
            key = serialization.load_pem_private_key(raw.encode(), password=None)
            if not isinstance(key, ec.EllipticCurvePrivateKey):
                raise ProviderMisconfigured("vapid_key_invalid: not an EC key")
            return key
        if raw:
            return ec.derive_private_key(int.from_bytes(b64url_decode(raw), "big"), ec.SECP256R1())
    except (ValueError, binascii.Error, TypeError) as exc:
        raise ProviderMisconfigured(f"vapid_key_invalid: {exc}") from exc
    if not settings.DEBUG:
        raise ProviderMisconfigured("vapid_key_missing: set DELIVERY_VAPID_PRIVATE_KEY")
    seed = hashlib.sha256(b"promoweb-dev-vapid:" + settings.SECRET_KEY.encode()).digest()
    return ec.derive_private_key(int.from_bytes(seed, "big") % (2**255), ec.SECP256R1())


def vapid_public_key_b64() -> str:
    """What the storefront passes to pushManager.subscribe as applicationServerKey."""
    public = load_vapid_private_key().public_key()
    return b64url(
        public.public_bytes(
            serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
        )
    )


class _VapidSigner:
    """Caches `vapid t=...,k=...` per audience; RFC 8292 caps a token's life at 24 hours."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cache: dict[str, tuple[float, str]] = {}
        self._key: ec.EllipticCurvePrivateKey | None = None
        self._k = ""

    def reset(self) -> None:
        with self._lock:
            self._cache.clear()
            self._key = None

    def header(self, audience: str) -> str:
        now = time.time()
        with self._lock:
            cached = self._cache.get(audience)
            # Renew with a margin so a token never expires between signing and arrival.
            if cached and cached[0] - 300 > now:
                return cached[1]
            if self._key is None:
                self._key = load_vapid_private_key()
                self._k = b64url(
                    self._key.public_key().public_bytes(
                        serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
                    )
                )
            ttl = min(int(settings.DELIVERY_VAPID_TOKEN_TTL_S), 24 * 3600)
            exp = int(now) + ttl
            token = jwt.encode(
                {"aud": audience, "exp": exp, "sub": settings.DELIVERY_VAPID_SUBJECT},
                self._key,
                algorithm="ES256",
            )
            value = f"vapid t={token},k={self._k}"
            self._cache[audience] = (float(exp), value)
            return value


vapid = _VapidSigner()


def _audience(endpoint: str) -> str:
    parts = urlsplit(endpoint)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ValueError("endpoint is not an http(s) URL")
    return f"{parts.scheme}://{parts.netloc}"


def endpoint_allowed(endpoint: str) -> bool:
    """Endpoints come from browsers; without an allow-list a forged subscription would make the
    worker POST to any host it can reach (SSRF)."""
    try:
        host = (urlsplit(endpoint).hostname or "").lower()
    except ValueError:
        return False
    for allowed in settings.DELIVERY_WEBPUSH_ALLOWED_HOSTS:
        allowed = allowed.lower()
        if host == allowed or (allowed.startswith(".") and host.endswith(allowed)):
            return True
    return False


def encode_payload(push: Push) -> bytes:
    return json.dumps(
        {"title": push.title, "body": push.body, "url": push.url, "tag": push.topic, **push.data},
        separators=(",", ":"),
        ensure_ascii=False,
    ).encode()


class WebPushProvider:
    name = "webpush"

    def send(self, push: Push) -> SendResult:
        try:
            audience = _audience(push.endpoint)
        except ValueError as exc:
            return SendResult("failed", reason=f"malformed_subscription: {exc}")
        if not endpoint_allowed(push.endpoint):
            return SendResult("failed", reason="endpoint_not_allowed: " + audience)
        plaintext = encode_payload(push)
        if len(plaintext) > MAX_PLAINTEXT:
            return SendResult(
                "failed", reason=f"payload_too_large: {len(plaintext)} > {MAX_PLAINTEXT} bytes"
            )
        try:
            body = WebPusher({"endpoint": push.endpoint, "keys": push.keys}).encode(
                plaintext, content_encoding="aes128gcm"
            )["body"]
        except Exception as exc:
            # Browser-supplied keys fail in many ways (bad base64, wrong length, a point not on
            # the curve); each is this row's problem only.
            return SendResult("failed", reason=f"malformed_subscription: {exc}"[:500])
        authorization = vapid.header(audience)
        headers = {
            "Authorization": authorization,
            "Content-Encoding": "aes128gcm",
            "Content-Type": "application/octet-stream",
            "TTL": str(max(0, push.ttl)),
            # Marketing never needs to wake a sleeping phone.
            "Urgency": "low",
            # A resend (after a crash or a retry) replaces the undelivered copy at the push
            # service instead of adding a second one.
            "Topic": push.topic,
        }
        try:
            response = http_client(self.name).post(push.endpoint, content=body, headers=headers)
        except httpx.TimeoutException as exc:
            return SendResult("retry", reason=f"timeout: {type(exc).__name__}")
        except httpx.HTTPError as exc:
            return SendResult("retry", reason=f"network_error: {type(exc).__name__}: {exc}")
        status = response.status_code
        if status in (200, 201, 202):
            return SendResult(
                "sent", status_code=status, provider_message_id=response.headers.get("location", "")
            )
        if status in (401, 403):
            # The push service refused our VAPID token: a wrong or rotated key, or an expired
            # token. Retrying with the same key cannot help; drop the cache so a fixed key is
            # picked up by the next batch.
            vapid.reset()
            return SendResult(
                "failed",
                reason=f"vapid_rejected: http_{status}: {response.text[:200]}",
                status_code=status,
            )
        return classify_http(
            status,
            retry_after=response.headers.get("retry-after"),
            detail=response.text[:200],
            pause_key=f"{self.name}:{audience}",
        )
