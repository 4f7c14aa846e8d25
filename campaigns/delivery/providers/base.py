"""The one interface every push provider adapter implements, and what they share.

Adapters are called from worker threads, so they take plain data (`Push`) and never touch the
ORM; the batch service renders rows into `Push` objects in the main thread and records results
there too.
"""

from __future__ import annotations

import email.utils
import threading
import time
from dataclasses import dataclass, field
from typing import Literal, Protocol

import httpx
from django.conf import settings

Outcome = Literal["sent", "retry", "gone", "failed"]


@dataclass(frozen=True)
class Push:
    """One notification for one device, fully rendered (no placeholders, no ORM objects)."""

    outbox_id: int
    endpoint: str
    keys: dict[str, str]
    title: str
    body: str
    url: str
    topic: str
    ttl: int
    data: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class SendResult:
    outcome: Outcome
    reason: str = ""
    status_code: int | None = None
    retry_after: float | None = None
    provider_message_id: str = ""
    # Set when the provider rejected the whole origin for a while (429): nothing else may be
    # sent there before `retry_after` seconds have passed.
    pause_key: str = ""


class Provider(Protocol):
    name: str

    def send(self, push: Push) -> SendResult: ...


class ProviderMisconfigured(Exception):
    """Credentials or keys missing or unusable: every row of the batch fails with this reason."""


def parse_retry_after(value: str | None) -> float | None:
    """Retry-After is either delta-seconds or an HTTP-date (RFC 9110 10.2.3)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def classify_http(
    status: int, *, retry_after: str | None, detail: str, pause_key: str = ""
) -> SendResult:
    """The status codes whose meaning all three providers share.

    ``pause_key`` names what a 429 pauses (a provider, or one Web Push origin), so that no
    other worker sends there before Retry-After either."""
    reason = f"http_{status}: {detail}".strip()[:500]
    if status in (404, 410):
        return SendResult("gone", reason="unregistered: " + reason, status_code=status)
    if status == 429:
        return SendResult(
            "retry",
            reason="rate_limited: " + reason,
            status_code=status,
            retry_after=parse_retry_after(retry_after),
            pause_key=pause_key,
        )
    if status == 413:
        return SendResult("failed", reason="payload_too_large: " + reason, status_code=status)
    if status >= 500:
        return SendResult(
            "retry",
            reason="provider_unavailable: " + reason,
            status_code=status,
            retry_after=parse_retry_after(retry_after),
        )
    return SendResult("failed", reason="rejected: " + reason, status_code=status)


_clients: dict[str, httpx.Client] = {}
_clients_lock = threading.Lock()


def http_client(name: str, *, http2: bool = False) -> httpx.Client:
    """One pooled client per provider per process, created lazily so it is never shared
    across a prefork fork (a socket inherited by two children would interleave bytes)."""
    with _clients_lock:
        client = _clients.get(name)
        if client is None:
            concurrency = settings.DELIVERY_SEND_CONCURRENCY
            client = httpx.Client(
                http1=not http2,
                http2=http2,
                timeout=httpx.Timeout(settings.DELIVERY_HTTP_TIMEOUT_S),
                limits=httpx.Limits(
                    max_connections=concurrency * 2, max_keepalive_connections=concurrency * 2
                ),
                follow_redirects=False,
            )
            _clients[name] = client
        return client


def reset_clients() -> None:
    """Tests re-point endpoints between cases; pooled connections to a stopped fake must go."""
    with _clients_lock:
        for client in _clients.values():
            client.close()
        _clients.clear()
