"""A threaded HTTP/1.1 server on 127.0.0.1 with an ephemeral port, for the HTTP/1.1 fakes."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class Reply:
    def __init__(self, status: int, body: Any = b"", headers: dict[str, str] | None = None) -> None:
        self.status = status
        self.headers = dict(headers or {})
        if isinstance(body, (dict, list)):
            body = json.dumps(body).encode()
            self.headers.setdefault("Content-Type", "application/json")
        elif isinstance(body, str):
            body = body.encode()
        self.body: bytes = body


Handler = Callable[[str, str, dict[str, str], bytes], Reply]


class LoopbackServer:
    """Runs `handler(method, path, headers, body) -> Reply` for each request."""

    def __init__(self, handler: Handler, port: int = 0) -> None:
        outer = self

        class _H(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                if len(body) < length:
                    # The sender died mid-body (a SIGKILLed worker): HTTP has no request here,
                    # and a real push service drops the connection without delivering.
                    self.close_connection = True
                    return
                headers = {k.lower(): v for k, v in self.headers.items()}
                try:
                    reply = outer.handler(self.command, self.path, headers, body)
                except Exception as exc:  # a fake bug shows up as a 500 with its message
                    reply = Reply(500, f"fake crashed: {type(exc).__name__}: {exc}")
                self.send_response(reply.status)
                for key, value in reply.headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                self.wfile.write(reply.body)

            do_GET = do_POST = do_OPTIONS = _serve

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.handler = handler
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), _H)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def start(self) -> LoopbackServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
