"""APNs on loopback over real HTTP/2 (h2c with prior knowledge), built on the h2 library.

Each POST /3/device/<token> must carry `authorization: bearer <JWT>`, an ES256 provider token
with the configured key id (kid) and team (iss) and an iat under an hour old, plus apns-topic
and apns-push-type; replies use APNs' status codes and `{"reason": ...}` bodies.
"""

from __future__ import annotations

import json
import socket
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import h2.config
import h2.connection
import h2.events
import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec


def make_apns_key() -> tuple[str, Any]:
    key = ec.generate_private_key(ec.SECP256R1())
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    return pem, key.public_key()


@dataclass
class ApnsFake:
    public_key: Any
    key_id: str
    team_id: str
    topic: str
    script: Callable[[str, dict[str, str]], tuple[int, dict[str, str]] | None] | None = None
    unregistered: set[str] = field(default_factory=set)
    notifications: list[dict[str, Any]] = field(default_factory=list)
    protocols: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(16)
        self._sock.settimeout(0.2)
        self.port = self._sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._stop = threading.Event()
        self._lock = threading.Lock()

    def start(self) -> ApnsFake:
        threading.Thread(target=self._accept_loop, daemon=True).start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._sock.close()

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except (TimeoutError, OSError):
                continue
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        h2c = h2.connection.H2Connection(h2.config.H2Configuration(client_side=False))
        h2c.initiate_connection()
        conn.sendall(h2c.data_to_send())
        conn.settimeout(0.5)
        streams: dict[int, dict[str, Any]] = {}
        with conn:
            while not self._stop.is_set():
                try:
                    data = conn.recv(65536)
                except TimeoutError:
                    continue
                except OSError:
                    return
                if not data:
                    return
                try:
                    events = h2c.receive_data(data)
                except h2.exceptions.ProtocolError:
                    # Anything that is not HTTP/2 (say an HTTP/1.1 client) is refused here.
                    self.protocols.append("not-h2")
                    return
                for event in events:
                    if isinstance(event, h2.events.RequestReceived):
                        headers = {k.decode(): v.decode() for k, v in event.headers}
                        streams[event.stream_id] = {"headers": headers, "body": b""}
                    elif isinstance(event, h2.events.DataReceived):
                        streams[event.stream_id]["body"] += event.data
                        h2c.acknowledge_received_data(event.flow_controlled_length, event.stream_id)
                    elif isinstance(event, h2.events.StreamEnded):
                        stream = streams.pop(event.stream_id)
                        status, body, extra = self._respond(stream["headers"], stream["body"])
                        out = [(":status", str(status)), *extra.items()]
                        payload = json.dumps(body).encode() if body is not None else b""
                        if payload:
                            out.append(("content-type", "application/json"))
                        h2c.send_headers(event.stream_id, out, end_stream=not payload)
                        if payload:
                            h2c.send_data(event.stream_id, payload, end_stream=True)
                conn.sendall(h2c.data_to_send())

    def _respond(
        self, headers: dict[str, str], body: bytes
    ) -> tuple[int, dict[str, Any] | None, dict[str, str]]:
        self.protocols.append("h2")
        path = headers.get(":path", "")
        if headers.get(":method") != "POST" or not path.startswith("/3/device/"):
            return 404, {"reason": "BadPath"}, {}
        device = path.rsplit("/", 1)[1]
        auth = headers.get("authorization", "")
        try:
            header = jwt.get_unverified_header(auth.removeprefix("bearer "))
            claims = jwt.decode(
                auth.removeprefix("bearer "),
                self.public_key,
                algorithms=["ES256"],
                issuer=self.team_id,
                options={"require": ["iat", "iss"]},
            )
        except jwt.PyJWTError:
            return 403, {"reason": "InvalidProviderToken"}, {}
        if header.get("kid") != self.key_id:
            return 403, {"reason": "InvalidProviderToken"}, {}
        if claims["iat"] < time.time() - 3600:
            return 403, {"reason": "ExpiredProviderToken"}, {}
        if headers.get("apns-topic") != self.topic:
            return 400, {"reason": "TopicDisallowed"}, {}
        if headers.get("apns-push-type") != "alert":
            return 400, {"reason": "InvalidPushType"}, {}
        scripted = self.script(device, headers) if self.script else None
        if scripted is not None:
            status, extra = scripted
            return status, {"reason": extra.pop("reason", "")}, extra
        if device in self.unregistered:
            return 410, {"reason": "Unregistered", "timestamp": int(time.time() * 1000)}, {}
        if len(body) > 4096:
            return 413, {"reason": "PayloadTooLarge"}, {}
        with self._lock:
            self.notifications.append(
                {"device": device, "headers": headers, "payload": json.loads(body)}
            )
        return 200, None, {"apns-id": str(uuid.uuid4())}
