"""Reachability checks for the database and the Celery broker, with messages meant for a person.

These are plain functions of URLs, with no Django import, so that the launcher, settings.py or
manage.py can call them before Django is configured. A failed check returns (or raises) one
readable paragraph: what failed, where (password masked) and how to start it. A traceback from
deep inside libpq or redis-py is what this module exists to replace.
"""

from __future__ import annotations

import glob
import re
import socket
from urllib.parse import parse_qsl, urlencode, urlsplit

import psycopg
import redis
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict, make_conninfo
from redis.backoff import NoBackoff
from redis.retry import Retry

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/promoweb"
DEFAULT_BROKER_URL = "redis://127.0.0.1:6379/0"

_MASK = "***"
_SECRET_QUERY_KEYS = frozenset({"password", "passwd", "pass", "secret"})
# libpq reports a missing database as a plain OperationalError without a SQLSTATE, so the text is
# all there is to tell "server is down" apart from "server is up, database not created yet".
_MISSING_DB = re.compile(r'database "[^"]*" does not exist')
_AUTH_FAILURE = re.compile(
    r"password authentication failed|no password supplied|role \"[^\"]*\" does not exist|"
    r"pg_hba\.conf|peer authentication failed",
)


class ServiceUnavailable(Exception):
    """A service could not be used; str(exc) is the human-readable explanation."""


def mask_url(url: str) -> str:
    """Return url with any password (in the userinfo or the query string) replaced by ***."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unparseable URL>"
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, _, hostinfo = netloc.rpartition("@")
        if ":" in userinfo:
            netloc = f"{userinfo.split(':', 1)[0]}:{_MASK}@{hostinfo}"
    query = parts.query
    pairs = parse_qsl(query, keep_blank_values=True)
    if any(key.lower() in _SECRET_QUERY_KEYS for key, _ in pairs):
        masked = [(k, _MASK if k.lower() in _SECRET_QUERY_KEYS else v) for k, v in pairs]
        query = urlencode(masked, safe="/*")
    if netloc == parts.netloc and query == parts.query:
        return url
    # Assembled by hand: urlunsplit drops the "//" of an empty authority (redis+socket:///x).
    masked_url = f"{parts.scheme}://{netloc}{parts.path}"
    if query:
        masked_url += f"?{query}"
    if parts.fragment:
        masked_url += f"#{parts.fragment}"
    return masked_url


def _first_line(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else text
    for noise in ("connection failed: ", "connection is bad: "):
        line = line.removeprefix(noise)
    return line.strip()


def _postgres_start_hints() -> list[str]:
    # Debian/Ubuntu keep one directory per cluster; naming the real one saves a lookup.
    clusters = sorted(glob.glob("/etc/postgresql/*/*/postgresql.conf"))
    hints = []
    for conf in clusters:
        version, name = conf.split("/")[3:5]
        hints.append(f"pg_ctlcluster {version} {name} start")
    if not hints:
        hints.append("pg_ctlcluster <version> main start   (Debian/Ubuntu)")
    hints.append("sudo systemctl start postgresql")
    return hints


def _format(headline: str, reason: str, advice: list[str]) -> str:
    lines = [headline, f"  Reason: {reason}"]
    lines.extend(f"  {line}" for line in advice)
    return "\n".join(lines)


def database_problem(
    url: str, error: BaseException | str, *, origin: str = "DATABASE_URL", embeddable: bool = True
) -> str:
    """Explain a failed database connection made with url."""
    reason = _first_line(str(error))
    where = f"{mask_url(url)} ({origin})"
    if _AUTH_FAILURE.search(reason):
        return _format(
            f"PostgreSQL at {where} is running but refused the login.",
            reason,
            ["Set DATABASE_URL with a user name and password that this server accepts."],
        )
    try:
        host = str(conninfo_to_dict(url).get("host") or "")
    except psycopg.Error:
        host = ""  # malformed URL: the reason line already says so
    if host.startswith("/"):
        advice = ["Nothing answers on that unix socket; start the PostgreSQL server that owns it."]
    else:
        advice = ["Start it with one of:"]
        advice.extend(f"    {hint}" for hint in _postgres_start_hints())
    if embeddable:
        advice.append(
            "Or unset both DATABASE_URL and CELERY_BROKER_URL: `make run` then starts an embedded"
            " PostgreSQL if nothing listens on 127.0.0.1:5432."
        )
    return _format(f"PostgreSQL is not reachable at {where}.", reason, advice)


def broker_problem(
    url: str,
    error: BaseException | str,
    *,
    origin: str = "CELERY_BROKER_URL",
    embeddable: bool = True,
) -> str:
    """Explain a failed broker connection made with url."""
    reason = _first_line(str(error))
    where = f"{mask_url(url)} ({origin})"
    if isinstance(error, redis.AuthenticationError) or re.search(r"NOAUTH|WRONGPASS", reason):
        return _format(
            f"Redis at {where} is running but refused the login.",
            reason,
            ["Set CELERY_BROKER_URL with the password this Redis expects."],
        )
    if _redis_socket_path(url) is not None:
        advice = [
            "Nothing answers on that unix socket. Start the Redis server that owns it, e.g.",
            "    redis-server --unixsocket <path> --port 0 --daemonize yes",
        ]
    else:
        advice = [
            "Start it with one of:",
            "    redis-server --daemonize yes",
            "    sudo systemctl start redis-server",
        ]
    if embeddable:
        advice.append(
            "Or unset both DATABASE_URL and CELERY_BROKER_URL: `make run` then starts an embedded"
            " Redis if nothing listens on 127.0.0.1:6379."
        )
    return _format(f"The Celery broker (Redis) is not reachable at {where}.", reason, advice)


def check_database(
    url: str, *, timeout: float = 3.0, origin: str = "DATABASE_URL", embeddable: bool = True
) -> str | None:
    """Return None when the PostgreSQL server behind url answers, else a message.

    A database that does not exist yet counts as reachable: ensure_database() creates it.
    """
    try:
        with psycopg.connect(url, connect_timeout=max(1, round(timeout))) as conn:
            conn.execute("SELECT 1")
    except psycopg.Error as exc:
        if _MISSING_DB.search(str(exc)):
            return None
        return database_problem(url, exc, origin=origin, embeddable=embeddable)
    return None


def ensure_database(url: str, *, maintenance_db: str = "postgres", timeout: float = 5.0) -> bool:
    """Create the database named in url if it does not exist; return True if it was created.

    Idempotent, including against a concurrent creator. Raises ServiceUnavailable with a
    readable message when the server cannot be reached or refuses.
    """
    params = conninfo_to_dict(url)
    # libpq's own default when the URL names no database is the user name.
    name = str(params.get("dbname") or params.get("user") or "postgres")
    maintenance = make_conninfo(url, dbname=maintenance_db, connect_timeout=max(1, round(timeout)))
    try:
        # CREATE DATABASE cannot run inside a transaction block.
        with psycopg.connect(maintenance, autocommit=True) as conn:
            row = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
            if row is not None:
                return False
            try:
                conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            except psycopg.errors.DuplicateDatabase:
                return False
            return True
    except psycopg.Error as exc:
        raise ServiceUnavailable(database_problem(url, exc)) from None


def _redis_socket_path(url: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme in ("redis+socket", "unix", "socket"):
        return parts.path or None
    return None


def redis_client(url: str, *, timeout: float = 3.0) -> redis.Redis:
    """A redis-py client for a Celery broker URL, including kombu's redis+socket:// form."""
    path = _redis_socket_path(url)
    if path is not None:
        query = dict(parse_qsl(urlsplit(url).query))
        # kombu calls the database number virtual_host; redis-py calls it db.
        db = int(query.get("virtual_host") or query.get("db") or 0)
        return redis.Redis(
            unix_socket_path=path,
            db=db,
            socket_connect_timeout=timeout,
            socket_timeout=timeout,
            retry=_no_retry(),
        )
    return redis.Redis.from_url(
        url, socket_connect_timeout=timeout, socket_timeout=timeout, retry=_no_retry()
    )


def _no_retry() -> Retry:
    # redis-py retries a failed connect three times with backoff by default: seconds of delay
    # for a check whose whole point is a quick yes or no.
    return Retry(NoBackoff(), 0)


def check_broker(
    url: str, *, timeout: float = 3.0, origin: str = "CELERY_BROKER_URL", embeddable: bool = True
) -> str | None:
    """Return None when the broker behind url answers, else a message.

    Redis URLs get a PING; any other scheme (say amqp://) only a TCP connect to host:port.
    """
    scheme = urlsplit(url).scheme
    if scheme in ("redis", "rediss", "redis+socket", "unix", "socket"):
        client = redis_client(url, timeout=timeout)
        try:
            client.ping()
        except (redis.RedisError, OSError) as exc:
            return broker_problem(url, exc, origin=origin, embeddable=embeddable)
        finally:
            client.close()
        return None
    parts = urlsplit(url)
    if parts.hostname and parts.port and not port_open(parts.hostname, parts.port, timeout=timeout):
        return _format(
            f"The Celery broker is not reachable at {mask_url(url)} ({origin}).",
            f"nothing accepts connections on {parts.hostname}:{parts.port}",
            ["Start the broker, or point CELERY_BROKER_URL at a running one."],
        )
    return None


def port_open(host: str, port: int, *, timeout: float = 0.5) -> bool:
    """True when something accepts a TCP connection on host:port."""
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False
