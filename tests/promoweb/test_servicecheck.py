import os
import socket
import uuid
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from promoweb import servicecheck

SERVER_URL = os.environ.get("DATABASE_URL", servicecheck.DEFAULT_DATABASE_URL)


@pytest.fixture
def closed_port() -> int:
    # Bound then released: nothing listens there for the few milliseconds the test needs it.
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _url_with_database(url: str, name: str) -> str:
    return url.rsplit("/", 1)[0] + "/" + name


def test_it_explains_an_unreachable_database_and_masks_the_password(closed_port):
    url = f"postgres://promo:hunter2@127.0.0.1:{closed_port}/promoweb"

    message = servicecheck.check_database(url, timeout=1)

    assert message is not None
    assert "hunter2" not in message
    assert f"postgres://promo:***@127.0.0.1:{closed_port}/promoweb" in message
    assert "PostgreSQL is not reachable" in message
    assert "systemctl start postgresql" in message
    assert "pg_ctlcluster" in message
    assert "Traceback" not in message


def test_it_explains_an_unreachable_broker_and_masks_the_password(closed_port):
    url = f"redis://:s3cret@127.0.0.1:{closed_port}/0"

    message = servicecheck.check_broker(url, timeout=1)

    assert message is not None
    assert "s3cret" not in message
    assert f"redis://:***@127.0.0.1:{closed_port}/0" in message
    assert "redis-server --daemonize yes" in message
    assert "Traceback" not in message


def test_it_explains_a_broker_socket_that_does_not_exist(tmp_path: Path):
    url = f"redis+socket://{tmp_path}/missing.sock"

    message = servicecheck.check_broker(url, timeout=1)

    assert message is not None
    assert url in message
    assert "unix socket" in message


def test_it_names_the_origin_of_the_url_and_can_leave_out_the_embedding_hint(closed_port):
    url = f"redis://127.0.0.1:{closed_port}/0"

    message = servicecheck.check_broker(url, timeout=1, origin="the default", embeddable=False)

    assert message is not None
    assert f"{url} (the default)" in message
    assert "embedded" not in message


@pytest.mark.parametrize(
    ("url", "masked"),
    [
        ("postgres://u:p%40ss@db:5432/x", "postgres://u:***@db:5432/x"),
        ("redis://:pw@h:6379/0", "redis://:***@h:6379/0"),
        (
            "postgres://u@db/x?password=pw&sslmode=require",
            "postgres://u@db/x?password=***&sslmode=require",
        ),
        ("postgres://u@db/x", "postgres://u@db/x"),
        ("redis+socket:///a/b/redis.sock", "redis+socket:///a/b/redis.sock"),
    ],
)
def test_it_masks_passwords_in_urls(url, masked):
    assert servicecheck.mask_url(url) == masked


def test_it_counts_a_server_without_the_database_as_reachable():
    # ensure_database() creates it, so "does not exist" must not stop the launcher.
    url = _url_with_database(SERVER_URL, f"promoweb_absent_{uuid.uuid4().hex[:8]}")

    assert servicecheck.check_database(url) is None


def test_it_creates_a_missing_database_once_and_is_idempotent():
    # Upper case and a hyphen: both need identifier quoting to survive CREATE DATABASE.
    name = f"promoweb_Test-{uuid.uuid4().hex[:8]}"
    url = _url_with_database(SERVER_URL, name)
    try:
        assert servicecheck.ensure_database(url) is True
        assert servicecheck.ensure_database(url) is False
        with psycopg.connect(url) as conn:
            assert conn.execute("SELECT current_database()").fetchone() == (name,)
    finally:
        maintenance = psycopg.conninfo.make_conninfo(SERVER_URL, dbname="postgres")
        with psycopg.connect(maintenance, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))


def test_it_raises_a_readable_error_when_it_cannot_create_the_database(closed_port):
    url = f"postgres://promo:hunter2@127.0.0.1:{closed_port}/promoweb"

    with pytest.raises(servicecheck.ServiceUnavailable) as caught:
        servicecheck.ensure_database(url, timeout=1)

    assert "hunter2" not in str(caught.value)
    assert "127.0.0.1" in str(caught.value)


def test_it_reports_whether_a_tcp_port_listens(closed_port):
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        assert servicecheck.port_open("127.0.0.1", server.getsockname()[1])
    assert not servicecheck.port_open("127.0.0.1", closed_port)
