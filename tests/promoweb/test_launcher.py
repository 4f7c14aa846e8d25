import io
import os
import socket
import sys
import time
from pathlib import Path

import psycopg
import pytest

from promoweb import launcher, servicecheck
from promoweb.launcher import Child, Output, Source, StopFlag


@pytest.fixture
def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _plan(env, *, postgres=True, redis=True):
    return launcher.plan_services(env, postgres_listening=postgres, redis_listening=redis)


def test_it_embeds_both_services_when_nothing_is_configured_or_listening():
    plan = _plan({}, postgres=False, redis=False)

    assert plan.database == launcher.ServiceChoice(Source.EMBEDDED, None)
    assert plan.broker == launcher.ServiceChoice(Source.EMBEDDED, None)
    assert plan.embeds_anything


def test_it_uses_the_default_urls_when_both_local_services_listen():
    plan = _plan({}, postgres=True, redis=True)

    assert plan.database == launcher.ServiceChoice(
        Source.DEFAULT, servicecheck.DEFAULT_DATABASE_URL
    )
    assert plan.broker == launcher.ServiceChoice(Source.DEFAULT, servicecheck.DEFAULT_BROKER_URL)
    assert not plan.embeds_anything


def test_it_embeds_only_postgres_when_only_redis_listens():
    plan = _plan({}, postgres=False, redis=True)

    assert plan.database.source is Source.EMBEDDED
    assert plan.broker.source is Source.DEFAULT


def test_it_embeds_only_redis_when_only_postgres_listens():
    plan = _plan({}, postgres=True, redis=False)

    assert plan.database.source is Source.DEFAULT
    assert plan.broker.source is Source.EMBEDDED


def test_it_never_embeds_once_the_database_url_is_set():
    url = "postgres://me@db.example:5432/promo"

    plan = _plan({"DATABASE_URL": url}, postgres=False, redis=False)

    assert plan.database == launcher.ServiceChoice(Source.EXPLICIT, url)
    assert plan.broker == launcher.ServiceChoice(Source.DEFAULT, servicecheck.DEFAULT_BROKER_URL)


def test_it_never_embeds_once_the_broker_url_is_set():
    url = "redis://cache.example:6379/2"

    plan = _plan({"CELERY_BROKER_URL": url}, postgres=False, redis=False)

    assert plan.database.source is Source.DEFAULT
    assert plan.broker == launcher.ServiceChoice(Source.EXPLICIT, url)


def test_it_treats_empty_urls_as_unset():
    plan = _plan({"DATABASE_URL": "", "CELERY_BROKER_URL": ""}, postgres=False, redis=False)

    assert plan.database.source is Source.EMBEDDED
    assert plan.broker.source is Source.EMBEDDED


@pytest.mark.parametrize(
    ("value", "expected"),
    [("", ("127.0.0.1", 5432)), ("15432", ("127.0.0.1", 15432)), ("10.1.2.3:7", ("10.1.2.3", 7))],
)
def test_it_reads_the_probe_override(value, expected):
    assert launcher.probe_address({"PROMO_PG_PORT_PROBE": value}, "PROMO_PG_PORT_PROBE", 5432) == (
        expected
    )


def test_it_rejects_a_malformed_probe_override():
    with pytest.raises(launcher.LauncherError, match="PROMO_REDIS_PORT_PROBE"):
        launcher.probe_address({"PROMO_REDIS_PORT_PROBE": "six"}, "PROMO_REDIS_PORT_PROBE", 6379)


def test_it_reads_the_web_port_from_promo_port():
    assert launcher.web_port({}) == 8000
    assert launcher.web_port({"PROMO_PORT": "8123"}) == 8123
    with pytest.raises(launcher.LauncherError):
        launcher.web_port({"PROMO_PORT": "99999"})


def test_it_refuses_an_unreachable_explicit_url_without_embedding(tmp_path, closed_port):
    stdout, stderr = io.StringIO(), io.StringIO()
    env = {
        "DATABASE_URL": f"postgres://promo:hunter2@127.0.0.1:{closed_port}/promoweb",
        "CELERY_BROKER_URL": f"redis://127.0.0.1:{closed_port}/0",
        # Not 8000: a developer's own `make run` may hold it while the tests run.
        "PROMO_PORT": str(closed_port),
    }

    code = launcher.Launcher(env, Output(stdout, stderr), data_dir=tmp_path).run()

    assert code == 1
    assert "PostgreSQL is not reachable" in stderr.getvalue()
    assert "hunter2" not in stderr.getvalue() + stdout.getvalue()
    assert "EMBEDDED" not in stdout.getvalue()
    assert not (tmp_path / "postgres").exists()
    assert not (tmp_path / "redis").exists()


def test_it_allows_one_launcher_per_data_directory(tmp_path):
    first = launcher.LauncherLock(tmp_path / "launcher.lock")
    first.acquire()
    try:
        with pytest.raises(launcher.LauncherError, match=f"pid {os.getpid()}"):
            launcher.LauncherLock(tmp_path / "launcher.lock").acquire()
    finally:
        first.release()
    launcher.LauncherLock(tmp_path / "launcher.lock").acquire()


def test_it_prefixes_each_line_of_a_childs_output():
    stdout = io.StringIO()
    child = Child(
        "worker",
        [sys.executable, "-c", "print('one'); import sys; print('two', file=sys.stderr)"],
        env=os.environ,
        out=Output(stdout, io.StringIO()),
    )

    child.start()
    assert child.wait(10) == 0
    child.join_output()

    assert stdout.getvalue().splitlines() == ["  worker | one", "  worker | two"]


def test_it_kills_a_child_that_ignores_sigterm_after_the_timeout():
    code = (
        "import signal, sys, time; signal.signal(signal.SIGTERM, signal.SIG_IGN);"
        "print('ready', flush=True); time.sleep(60)"
    )
    stdout = io.StringIO()
    out = Output(stdout, io.StringIO())
    child = Child("beat", [sys.executable, "-c", code], env=os.environ, out=out)
    child.start()
    deadline = time.monotonic() + 10
    while "ready" not in stdout.getvalue() and time.monotonic() < deadline:
        time.sleep(0.05)

    started = time.monotonic()
    launcher.stop_in_order([([child], 0.5)], StopFlag(), out)

    assert not child.running()
    assert time.monotonic() - started < 8
    assert "beat: no exit within 0.5s, killing it." in stdout.getvalue()


def test_it_stops_everything_when_a_child_dies_unexpectedly(tmp_path, closed_port):
    stdout, stderr = io.StringIO(), io.StringIO()
    out = Output(stdout, stderr)
    run = launcher.Launcher({}, out, data_dir=tmp_path)
    sleeper = Child("web", [sys.executable, "-c", "import time; time.sleep(60)"], env={}, out=out)
    crasher = Child("worker", [sys.executable, "-c", "raise SystemExit(3)"], env={}, out=out)
    run.children = {"web": sleeper, "worker": crasher}
    for child in run.children.values():
        child.start()

    code = run._supervise(f"http://127.0.0.1:{closed_port}/", closed_port)
    run._shutdown()

    assert code == 1
    assert "worker exited unexpectedly with code 3" in stderr.getvalue()
    assert not sleeper.running()


def test_it_starts_an_embedded_redis_that_answers_ping_on_a_unix_socket(tmp_path):
    redis_dir = tmp_path / "redis"
    redis_dir.mkdir()
    # Leftovers of a launcher killed with -9: a stale socket file and a pidfile of a dead pid.
    (redis_dir / "redis.sock").write_text("")
    (redis_dir / "redis.pid").write_text("999999\n")
    out = Output(io.StringIO(), io.StringIO())
    embedded = launcher.EmbeddedRedis(redis_dir, out, os.environ)

    started = time.monotonic()
    url = embedded.start()
    try:
        assert url == f"redis+socket://{redis_dir}/redis.sock"
        client = servicecheck.redis_client(url, timeout=2)
        assert client.ping() is True
        client.close()
    finally:
        embedded.stop(StopFlag())

    assert time.monotonic() - started < 20
    assert not (redis_dir / "redis.sock").exists()
    assert servicecheck.check_broker(url, timeout=1) is not None


def test_it_starts_an_embedded_postgres_accepts_a_connection_and_stops_it(tmp_path: Path):
    out = Output(io.StringIO(), io.StringIO())
    embedded = launcher.EmbeddedPostgres(tmp_path / "pg", "promoweb", out)

    started = time.monotonic()
    url = embedded.start()
    try:
        assert servicecheck.ensure_database(url) is True
        with psycopg.connect(url, connect_timeout=5) as conn:
            assert conn.execute("SELECT current_database()").fetchone() == ("promoweb",)
    finally:
        embedded.stop()

    assert time.monotonic() - started < 30
    assert servicecheck.check_database(url, timeout=1) is not None


def test_it_shuts_down_an_orphaned_embedded_redis_before_starting_its_own(tmp_path):
    redis_dir = tmp_path / "redis"
    redis_dir.mkdir()
    out = Output(io.StringIO(), io.StringIO())
    first = launcher.EmbeddedRedis(redis_dir, out, os.environ)
    first.start()
    assert first.child is not None
    orphan = first.child
    # Forget it, as a launcher killed with -9 would have.
    first.child = None

    second = launcher.EmbeddedRedis(redis_dir, out, os.environ)
    try:
        second.start()
        assert orphan.wait(10) is not None
        assert second.child is not None and second.child.running()
        assert servicecheck.redis_client(second.url, timeout=2).ping() is True
    finally:
        second.stop(StopFlag())
        orphan.kill_group()
