"""A Web Push service (RFC 8030) on loopback that checks what a real one checks and more.

For each POST /push/<id> it verifies the VAPID header (RFC 8292: `vapid t=<JWT>,k=<key>`, an
ES256 JWT whose signature must verify against k, whose aud must be this origin and whose exp
must lie within 24 hours), requires TTL and aes128gcm, and, for subscriptions created here with
`new_subscription()`, decrypts the body with the subscription's private key and auth secret
(RFC 8291, via http_ece) so tests can assert on the plaintext a browser would see.

Like a real push service, a message with the Topic of one still queued replaces it: `delivered`
is keyed by (subscription, topic), while `requests` records every request that arrived.

It also stands in for a browser's push service in the demo storefront (a headless browser here
cannot reach Google's): `POST /register` creates a subscription bound to the site's VAPID key,
as pushManager.subscribe does at the real service; pushes to it are checked against that key and
kept encrypted, because only the browser holds the private key; and `GET /poll/<id>` hands the
queued bodies to the page, which decrypts them itself. That poll is the simulated hop: a real
push service delivers over the browser's own connection and fires the service worker's `push`.
"""

from __future__ import annotations

import base64
import json
import os
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import http_ece
import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from tests.fakes.server import LoopbackServer, Reply


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def b64url_decode(value: str) -> bytes:
    return base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))


def _vapid_k(authorization: str) -> str:
    parts = dict(p.strip().split("=", 1) for p in authorization[6:].split(",") if "=" in p)
    return parts.get("k", "")


def make_browser_keys() -> tuple[ec.EllipticCurvePrivateKey, dict[str, str]]:
    """What a browser generates at pushManager.subscribe: a P-256 key pair and an auth secret."""
    private = ec.generate_private_key(ec.SECP256R1())
    public = private.public_key().public_bytes(
        serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
    )
    return private, {"p256dh": b64url(public), "auth": b64url(os.urandom(16))}


@dataclass
class Request:
    at: float
    sub_id: str
    topic: str
    status: int
    headers: dict[str, str]


@dataclass
class WebPushFake:
    delay_s: float = 0.0
    # Optional hook deciding the reply before any checks: (sub_id, request number) -> Reply.
    script: Callable[[str, int], Reply | None] | None = None
    requests: list[Request] = field(default_factory=list)
    delivered: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    decrypted_total: int = 0
    opaque: dict[str, list[bytes]] = field(default_factory=dict)
    gone: set[str] = field(default_factory=set)
    errors: list[str] = field(default_factory=list)
    # Subscriptions created through POST /register: id -> the applicationServerKey (base64url)
    # they were bound to, and how many queued bodies each poll handed out.
    registered: dict[str, str] = field(default_factory=dict)
    polled: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._keys: dict[str, tuple[ec.EllipticCurvePrivateKey, bytes]] = {}
        self._verified: dict[str, float] = {}
        # Topic of each body in `opaque`, index for index, for the replace-on-Topic rule.
        self._opaque_topics: dict[str, list[str]] = {}
        self.server = LoopbackServer(self.handle)
        self.url = self.server.url

    def start(self) -> WebPushFake:
        self.server.start()
        return self

    def stop(self) -> None:
        self.server.stop()

    def new_subscription(self) -> dict[str, Any]:
        sub_id = uuid.uuid4().hex
        private, keys = make_browser_keys()
        self._keys[sub_id] = (private, b64url_decode(keys["auth"]))
        return {"endpoint": f"{self.url}/push/{sub_id}", "keys": keys}

    def register(self, application_server_key: str) -> dict[str, str]:
        """What the push service does inside pushManager.subscribe: a new endpoint, bound to the
        application server's VAPID key (RFC 8292 section 4.2). The browser's keys never reach
        the push service, so neither does it learn them here."""
        if application_server_key:
            try:
                ec.EllipticCurvePublicKey.from_encoded_point(
                    ec.SECP256R1(), b64url_decode(application_server_key)
                )
            except ValueError as exc:
                raise ValueError(f"applicationServerKey is not a P-256 point: {exc}") from exc
        sub_id = uuid.uuid4().hex
        with self._lock:
            self.registered[sub_id] = application_server_key
        return {"id": sub_id, "endpoint": f"{self.url}/push/{sub_id}"}

    # --- protocol ------------------------------------------------------------------------

    def _check_vapid(self, authorization: str) -> str | None:
        """None if valid, else the reason a push service would give in its 401/403."""
        if not authorization.startswith("vapid "):
            return "missing vapid authorization"
        parts = dict(p.split("=", 1) for p in authorization[6:].split(",") if "=" in p)
        token, k = parts.get("t", ""), parts.get("k", "")
        now = time.time()
        cached = self._verified.get(token)
        if cached is not None and cached > now:
            return None
        try:
            public = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), b64url_decode(k))
            claims = jwt.decode(token, public, algorithms=["ES256"], audience=self.url)
        except (ValueError, jwt.PyJWTError) as exc:
            return f"vapid: {exc}"
        if claims["exp"] > now + 24 * 3600 + 60:
            return "vapid: exp more than 24h ahead"
        if not str(claims.get("sub", "")).startswith(("mailto:", "https:")):
            return "vapid: bad sub"
        self._verified[token] = float(claims["exp"])
        return None

    def handle(self, method: str, path: str, headers: dict[str, str], body: bytes) -> Reply:
        cors = {"Access-Control-Allow-Origin": "*", "Access-Control-Allow-Headers": "*"}
        if method == "OPTIONS":
            return Reply(204, headers=cors)
        if method == "GET" and path == "/stats":
            with self._lock:
                return Reply(
                    200,
                    {
                        "requests": len(self.requests),
                        "decrypted": self.decrypted_total,
                        "unique": len(self.delivered),
                        "errors": self.errors[-5:],
                    },
                )
        if method == "GET" and path.startswith("/poll/"):
            # The demo storefront polls for what would arrive as a push event.
            sub_id = path.split("?", 1)[0].rsplit("/", 1)[1]
            with self._lock:
                items = self.opaque.pop(sub_id, [])
                self._opaque_topics.pop(sub_id, None)
                self.polled[sub_id] = self.polled.get(sub_id, 0) + len(items)
            return Reply(200, {"messages": [b64url(b) for b in items]}, headers=cors)
        if method == "POST" and path == "/register":
            try:
                data = json.loads(body or b"{}")
                created = self.register(str(data.get("applicationServerKey", "")))
            except (ValueError, AttributeError) as exc:
                return Reply(400, {"error": str(exc)}, headers=cors)
            return Reply(201, created, headers=cors)
        if method != "POST" or not path.startswith("/push/"):
            return Reply(404, "no such resource")
        sub_id = path.rsplit("/", 1)[1]
        topic = headers.get("topic", "")
        with self._lock:
            number = len(self.requests)
        reply = self.script(sub_id, number) if self.script else None
        if reply is None:
            reply = self._accept(sub_id, topic, headers, body)
        with self._lock:
            self.requests.append(Request(time.time(), sub_id, topic, reply.status, headers))
        if self.delay_s:
            time.sleep(self.delay_s)
        return reply

    def _accept(self, sub_id: str, topic: str, headers: dict[str, str], body: bytes) -> Reply:
        if sub_id in self.gone:
            return Reply(410, "subscription expired")
        problem = self._check_vapid(headers.get("authorization", ""))
        if problem:
            self.errors.append(problem)
            return Reply(403, problem)
        if headers.get("content-encoding") != "aes128gcm" or "ttl" not in headers:
            return Reply(400, "aes128gcm and TTL required")
        if len(body) > 4096:
            return Reply(413, "payload too large")
        if len(topic) > 32 or any(c not in "-_" and not c.isalnum() for c in topic):
            return Reply(400, "bad topic")
        bound = self.registered.get(sub_id)
        if bound and _vapid_k(headers.get("authorization", "")) != bound:
            # RFC 8292 section 4.2: a subscription made with an applicationServerKey only takes
            # pushes signed by that key.
            self.errors.append("vapid: key differs from the subscription's applicationServerKey")
            return Reply(403, "vapid key does not match the subscription")
        keys = self._keys.get(sub_id)
        if keys is None:
            with self._lock:
                queue = self.opaque.setdefault(sub_id, [])
                topics = self._opaque_topics.setdefault(sub_id, [""] * len(queue))
                if topic and topic in topics:
                    queue[topics.index(topic)] = body
                else:
                    queue.append(body)
                    topics.append(topic)
            return Reply(201, headers={"Location": f"{self.url}/m/{uuid.uuid4().hex}"})
        try:
            plaintext = http_ece.decrypt(
                body, private_key=keys[0], auth_secret=keys[1], version="aes128gcm"
            )
            payload = json.loads(plaintext)
        except Exception as exc:
            self.errors.append(f"decrypt: {exc}")
            return Reply(400, f"cannot decrypt: {exc}")
        with self._lock:
            self.decrypted_total += 1
            self.delivered[(sub_id, topic)] = payload
        return Reply(201, headers={"Location": f"{self.url}/m/{uuid.uuid4().hex}"})


def main() -> None:
    """Run standalone (the bench uses a separate process so the fake doesn't share a GIL with
    the sender): prints its URL, then serves until killed."""
    import argparse
    import sys

    parser = argparse.ArgumentParser()
    parser.add_argument("--subscriptions", type=int, default=0)
    args = parser.parse_args()
    fake = WebPushFake().start()
    subs = [fake.new_subscription() for _ in range(args.subscriptions)]
    sys.stdout.write(json.dumps({"url": fake.url, "subscriptions": subs}) + "\n")
    sys.stdout.flush()
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        fake.stop()


if __name__ == "__main__":
    main()
