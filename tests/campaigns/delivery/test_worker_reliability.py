"""Delivery under real failures: a SIGKILLed worker, a restarted broker, a provider storm.

Each test runs a real `celery worker -B` (beat embedded, so the production dispatch path runs)
against the test database and a private Redis, and the Web Push fake in this process. The
broker is a redis-server started for the test, so nothing here touches the machine's 6379.
"""

import time
from datetime import time as dtime

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from campaigns.delivery import services, tasks
from campaigns.delivery.models import OutboxMessage
from tests.campaigns.delivery.conftest import make_shopper
from tests.campaigns.delivery.workers import RedisServer, Worker, free_port, wait_for, worker_env
from tests.factories import ApprovedMessageFactory, CampaignFactory, WorkspaceFactory
from tests.fakes.server import Reply
from tests.fakes.webpush_fake import WebPushFake

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def vapid_pem(settings):
    pem = (
        ec.generate_private_key(ec.SECP256R1())
        .private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        .decode()
    )
    settings.DELIVERY_VAPID_PRIVATE_KEY = pem
    return pem


@pytest.fixture
def fake():
    fake = WebPushFake().start()
    yield fake
    fake.stop()


@pytest.fixture
def redis(tmp_path):
    server = RedisServer(free_port(), tmp_path).start()
    yield server
    server.stop()


@pytest.fixture
def no_kick(monkeypatch):
    # Approval's immediate kick would publish on this process's broker (the machine's Redis);
    # here the worker's own beat does the dispatching.
    monkeypatch.setattr(tasks.dispatch_due, "delay_on_commit", lambda *a, **k: None)


def approve(fake, *, campaigns=2, shoppers=12, devices=2):
    """`campaigns` approved campaigns to the same shoppers, each with `devices` browsers."""
    workspace = WorkspaceFactory(
        slug="reliable",
        quiet_start=dtime(0, 0),
        quiet_end=dtime(0, 0),
        cap_per_day=50,
        cap_per_week=50,
    )
    customers = []
    for _ in range(shoppers):
        customer, _ = make_shopper(fake=fake)
        for _ in range(devices - 1):
            make_shopper(customer, fake=fake, consent=None)
        customers.append(customer)
    total = 0
    for _ in range(campaigns):
        campaign = CampaignFactory(workspace=workspace, status="scheduled")
        for customer in customers:
            ApprovedMessageFactory(campaign=campaign, customer=customer)
        total += services.outbox_enqueue_campaign(campaign=campaign)
    assert total == campaigns * shoppers * devices
    return total


def expected_pairs():
    return {
        (row.subscription.endpoint.rsplit("/", 1)[1], f"promo-m{row.message_id}")
        for row in OutboxMessage.objects.select_related("subscription")
    }


def all_final():
    return not OutboxMessage.objects.filter(status__in=["pending", "sending"]).exists()


def test_it_sends_every_message_exactly_once_across_a_sigkilled_worker(
    fake, redis, vapid_pem, no_kick, tmp_path
):
    fake.delay_s = 0.03  # slow enough that the kill lands mid-batch
    total = approve(fake)
    env = worker_env(
        broker_url=f"redis://127.0.0.1:{redis.port}/0",
        vapid_pem=vapid_pem,
        DELIVERY_BATCH_SIZE="8",
        DELIVERY_SEND_CONCURRENCY="2",
        DELIVERY_TASK_SOFT_TIME_LIMIT="4",
        DELIVERY_TASK_TIME_LIMIT="5",
        DELIVERY_LEASE_S="6",
    )
    worker = Worker(env, tmp_path / "worker.log").start()
    try:
        wait_for(lambda: len(fake.requests) >= total // 3, timeout=60, what="first third sent")
        worker.kill()
        killed_at = len(fake.requests)
        assert killed_at < total, "the kill came too late to land mid-run"
        assert OutboxMessage.objects.filter(status="sending").exists()
        worker = Worker(env, tmp_path / "worker.log").start()
        wait_for(all_final, timeout=90, what="every row to finish")
    finally:
        worker.stop()
    assert OutboxMessage.objects.filter(status="sent").count() == total
    # What the shopper sees: each (device, message) decrypted once. A push whose 201 arrived
    # just before the kill but whose row was not yet marked sent is sent again with the same
    # Topic, which replaces it at the push service instead of duplicating it.
    assert set(fake.delivered) == expected_pairs()
    assert len(fake.delivered) == total
    resent = fake.decrypted_total - total
    # At most the successes not yet written plus the requests in flight at the kill.
    assert 0 <= resent <= services.SENT_FLUSH_MAX + 2
    assert fake.errors == []


def test_it_loses_nothing_when_the_broker_restarts_mid_run(
    fake, redis, vapid_pem, no_kick, tmp_path
):
    fake.delay_s = 0.03
    total = approve(fake, campaigns=2, shoppers=10, devices=2)
    env = worker_env(
        broker_url=f"redis://127.0.0.1:{redis.port}/0",
        vapid_pem=vapid_pem,
        DELIVERY_BATCH_SIZE="8",
        DELIVERY_SEND_CONCURRENCY="2",
        DELIVERY_TASK_SOFT_TIME_LIMIT="4",
        DELIVERY_TASK_TIME_LIMIT="5",
        DELIVERY_LEASE_S="6",
    )
    worker = Worker(env, tmp_path / "worker.log").start()
    try:
        wait_for(lambda: len(fake.requests) >= total // 4, timeout=60, what="first quarter")
        # No persistence: every queued and unacked message is gone with the restart. The
        # outbox is the record; leases bring the orphaned rows back.
        redis.stop()
        assert not all_final(), "the restart came too late to land mid-run"
        time.sleep(1.0)
        redis.start()
        wait_for(all_final, timeout=90, what="every row to finish after the restart")
    finally:
        worker.stop()
    assert OutboxMessage.objects.filter(status="sent").count() == total
    assert set(fake.delivered) == expected_pairs()


def test_it_waits_out_retry_after_and_stops_at_the_attempt_limit_in_a_storm(
    fake, redis, vapid_pem, no_kick, tmp_path
):
    started = time.monotonic()
    retry_after = 2

    def storm(sub_id, n):
        # 429s with Retry-After for the first three seconds, then 503s until the end.
        if time.monotonic() - started < 3:
            return Reply(429, "slow down", {"Retry-After": str(retry_after)})
        return Reply(503, "down")

    fake.script = storm
    total = approve(fake, campaigns=1, shoppers=4, devices=1)
    env = worker_env(
        broker_url=f"redis://127.0.0.1:{redis.port}/0",
        vapid_pem=vapid_pem,
        DELIVERY_SEND_CONCURRENCY="1",  # strict ordering, so "no request early" is exact
        DELIVERY_MAX_ATTEMPTS="3",
        DELIVERY_BACKOFF_BASE_S="0.5",
        DELIVERY_BACKOFF_MAX_S="2",
    )
    worker = Worker(env, tmp_path / "worker.log").start()
    try:
        wait_for(all_final, timeout=90, what="the storm's rows to give up")
    finally:
        worker.stop()
    rows = list(OutboxMessage.objects.all())
    assert len(rows) == total
    assert {(r.status, r.reason, r.attempts) for r in rows} == {("failed", "max_attempts", 3)}
    assert all("503" in r.last_error for r in rows)
    # Per row: exactly the attempt limit in requests, no more.
    per_sub: dict[str, int] = {}
    for request in fake.requests:
        per_sub[request.sub_id] = per_sub.get(request.sub_id, 0) + 1
    assert sorted(per_sub.values()) == [3] * total
    # No request to the origin while a Retry-After it was given is running.
    for i, request in enumerate(fake.requests):
        if request.status == 429:
            later = [r.at for r in fake.requests[i + 1 :]]
            assert all(t >= request.at + retry_after - 0.05 for t in later), (
                f"request {i}: a request came before its Retry-After ran out"
            )
