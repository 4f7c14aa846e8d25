"""FCM HTTP v1 on loopback: the OAuth2 token endpoint and messages:send.

POST /token implements the JWT-bearer grant (RFC 7523) as Google's does: the assertion must be
an RS256 JWT signed by the service account's key, issued by its client_email, for this token
URL, asking for the firebase.messaging scope. POST /v1/projects/<p>/messages:send requires a
bearer token the token endpoint issued and answers with FCM's success and error shapes.
"""

from __future__ import annotations

import json
import secrets
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from tests.fakes.server import LoopbackServer, Reply

SCOPE = "https://www.googleapis.com/auth/firebase.messaging"
GOOGLE_TOKEN_URL = "https://oauth2.googleapis.com/token"


def make_service_account(project_id: str = "promo-test") -> tuple[dict[str, str], Any]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    info = {
        "type": "service_account",
        "project_id": project_id,
        "private_key_id": secrets.token_hex(8),
        "private_key": pem,
        "client_email": f"push@{project_id}.iam.gserviceaccount.com",
        "client_id": "1",
        "token_uri": "https://oauth2.googleapis.com/token",
    }
    return info, key.public_key()


def fcm_error(status: int, code: str, error_code: str = "") -> Reply:
    details = (
        [
            {
                "@type": "type.googleapis.com/google.firebase.fcm.v1.FcmError",
                "errorCode": error_code,
            }
        ]
        if error_code
        else []
    )
    return Reply(
        status, {"error": {"code": status, "message": code, "status": code, "details": details}}
    )


@dataclass
class FcmFake:
    service_account: dict[str, str]
    public_key: Any
    project_id: str = "promo-test"
    script: Callable[[dict[str, Any], int], Reply | None] | None = None
    unregistered: set[str] = field(default_factory=set)
    messages: list[dict[str, Any]] = field(default_factory=list)
    token_requests: int = 0
    send_requests: int = 0

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._tokens: dict[str, float] = {}
        self.server = LoopbackServer(self.handle)
        self.url = self.server.url
        self.token_url = f"{self.url}/token"

    def start(self) -> FcmFake:
        self.server.start()
        return self

    def stop(self) -> None:
        self.server.stop()

    def handle(self, method: str, path: str, headers: dict[str, str], body: bytes) -> Reply:
        if method == "POST" and path == "/token":
            return self._token(body)
        prefix = f"/v1/projects/{self.project_id}/messages:send"
        if method == "POST" and path == prefix:
            return self._send(headers, body)
        return Reply(404, "not found")

    def _token(self, body: bytes) -> Reply:
        with self._lock:
            self.token_requests += 1
        form = dict(urllib.parse.parse_qsl(body.decode()))
        if form.get("grant_type") != "urn:ietf:params:oauth:grant-type:jwt-bearer":
            return Reply(400, {"error": "unsupported_grant_type"})
        try:
            claims = jwt.decode(
                form.get("assertion", ""),
                self.public_key,
                algorithms=["RS256"],
                # google-auth always names Google's token URL as the audience, whatever
                # token_uri it posts to; Google accepts that, and so does this fake.
                audience=[self.token_url, GOOGLE_TOKEN_URL],
                issuer=self.service_account["client_email"],
            )
        except jwt.PyJWTError as exc:
            return Reply(400, {"error": "invalid_grant", "error_description": str(exc)})
        if SCOPE not in str(claims.get("scope", "")).split():
            return Reply(400, {"error": "invalid_scope"})
        token = "ya29." + secrets.token_urlsafe(24)
        with self._lock:
            self._tokens[token] = time.time() + 3600
        return Reply(200, {"access_token": token, "expires_in": 3600, "token_type": "Bearer"})

    def _send(self, headers: dict[str, str], body: bytes) -> Reply:
        auth = headers.get("authorization", "")
        with self._lock:
            self.send_requests += 1
            number = self.send_requests
            valid = self._tokens.get(auth.removeprefix("Bearer "), 0) > time.time()
        if not auth.startswith("Bearer ") or not valid:
            return fcm_error(401, "UNAUTHENTICATED")
        try:
            message = json.loads(body)["message"]
            token = message["token"]
        except (ValueError, KeyError, TypeError):
            return fcm_error(400, "INVALID_ARGUMENT", "INVALID_ARGUMENT")
        reply = self.script(message, number) if self.script else None
        if reply is not None:
            return reply
        if token in self.unregistered:
            return fcm_error(404, "NOT_FOUND", "UNREGISTERED")
        with self._lock:
            self.messages.append(message)
        return Reply(200, {"name": f"projects/{self.project_id}/messages/{secrets.token_hex(8)}"})
