"""Deliveries per second from one in-process worker to the loopback Web Push fake.

    python -m campaigns.delivery.bench [--n 2000]

Runs the real path (dispatcher claim, send-time checks, personalisation, RFC 8291 encryption,
VAPID, HTTP, outcome writes) against a throwaway database, with the fake in its own process so
that it does not share this one's GIL, and reports it as a ratio against a baseline measured in
the same run: the plain `pywebpush.webpush()` loop, which signs VAPID and opens a connection
per message. The fake decrypts every payload and checks every VAPID token; its count is checked
against ours so a fast but wrong run cannot pass.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from typing import Any


def _start_fake(subscriptions: int) -> tuple[subprocess.Popen[str], dict[str, Any]]:
    # The fakes live with the tests; the bench is a development tool and borrows them.
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.fakes.webpush_fake", "--subscriptions", str(subscriptions)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    return proc, json.loads(proc.stdout.readline())


def _stats(url: str) -> dict[str, Any]:
    import httpx

    return httpx.get(f"{url}/stats", timeout=10).json()


def _baseline(subs: list[dict[str, Any]], pem: str, n: int) -> float:
    from py_vapid import Vapid02
    from pywebpush import webpush

    vapid = Vapid02.from_pem(pem.encode())
    payload = json.dumps({"title": "Hannah, your mat", "body": "20% off yoga mats"})
    start = time.perf_counter()
    for i in range(n):
        webpush(
            subs[i % len(subs)],
            payload,
            vapid_private_key=vapid,
            vapid_claims={"sub": "mailto:bench@promoweb.invalid"},
            ttl=3600,
            timeout=10,
        )
    return n / (time.perf_counter() - start)


def _ours(subs: list[dict[str, Any]], n: int) -> tuple[float, int]:
    from datetime import time as dtime
    from datetime import timedelta

    from django.contrib.auth.models import User
    from django.db import transaction
    from django.utils import timezone

    from campaigns.audience.models import Consent, Customer, CustomerPII, PushSubscription, Segment
    from campaigns.delivery import services
    from campaigns.delivery.models import OutboxMessage
    from campaigns.marketing.models import Campaign, Message, Offer
    from campaigns.teams.models import Workspace
    from promoweb.celery import app

    user = User.objects.create(username="bench")
    workspace = Workspace.objects.create(
        name="Bench", slug="bench", quiet_start=dtime(0), quiet_end=dtime(0), cap_per_day=99
    )
    offer = Offer.objects.create(
        title="Yoga",
        category="Yoga",
        discount_type="percent",
        discount_value=20,
        ends_at=timezone.now() + timedelta(days=3),
    )
    campaign = Campaign.objects.create(
        workspace=workspace,
        name="Bench",
        offer=offer,
        status="scheduled",
        segment=Segment.objects.create(name="All"),
        created_by=user,
        updated_by=user,
    )
    customers = Customer.objects.bulk_create(
        [Customer(external_id=f"bench-{i}", timezone="UTC") for i in range(n)]
    )
    now = timezone.now()
    CustomerPII.objects.bulk_create(
        [CustomerPII(customer=c, first_name="Hannah") for c in customers]
    )
    Consent.objects.bulk_create(
        [
            Consent(customer=c, purpose="push_marketing", granted=True, recorded_at=now)
            for c in customers
        ]
    )
    PushSubscription.objects.bulk_create(
        [
            PushSubscription(
                customer=c,
                provider="webpush",
                endpoint=f"{subs[i]['endpoint']}",
                keys=subs[i]["keys"],
            )
            for i, c in enumerate(customers)
        ]
    )
    Message.objects.bulk_create(
        [
            Message(
                campaign=campaign,
                customer=c,
                status="generated",
                review_status="approved",
                title="{first_name}, your mat",
                body="20% off yoga mats until Sunday",
            )
            for c in customers
        ]
    )
    with transaction.atomic():
        queued = services.outbox_enqueue_campaign(campaign=campaign)
    assert queued == n, queued
    # Eager: the batch tasks run in this process, as one worker would run them.
    app.conf.task_always_eager = True
    start = time.perf_counter()
    while OutboxMessage.objects.filter(status__in=["pending", "sending"]).exists():
        services.outbox_dispatch()
    elapsed = time.perf_counter() - start
    return n / elapsed, OutboxMessage.objects.filter(status="sent").count()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="deliveries in our run")
    parser.add_argument("--baseline-n", type=int, default=300)
    args = parser.parse_args()

    base_url = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/promoweb")
    os.environ["DATABASE_URL"] = base_url.rsplit("/", 1)[0] + "/promoweb_bench"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "promoweb.settings")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    os.environ.setdefault("DELIVERY_WEBPUSH_ALLOWED_HOSTS", "127.0.0.1")
    os.environ.setdefault("DELIVERY_BATCH_SIZE", "500")
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    pem = (
        ec.generate_private_key(ec.SECP256R1())
        .private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        .decode()
    )
    os.environ["DELIVERY_VAPID_PRIVATE_KEY"] = pem

    import django

    django.setup()
    import logging

    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("celery").setLevel(logging.WARNING)
    from django.db import connection

    fake, info = _start_fake(args.n)
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    try:
        baseline = _baseline(info["subscriptions"], pem, args.baseline_n)
        ours, sent = _ours(info["subscriptions"], args.n)
        stats = _stats(info["url"])
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        fake.terminate()
        fake.wait(timeout=10)
    decrypted_ours = stats["decrypted"] - args.baseline_n
    print(f"baseline (pywebpush.webpush loop): {baseline:8.1f} deliveries/s  (n={args.baseline_n})")
    print(f"promoweb outbox, one worker:       {ours:8.1f} deliveries/s  (n={args.n}, sent={sent})")
    errors = stats["errors"]
    print(
        f"ratio: {ours / baseline:.2f}x   fake decrypted {decrypted_ours} of ours, errors: {errors}"
    )
    if sent != args.n or decrypted_ours < args.n:
        sys.exit("FAILED: not every delivery was sent and decrypted")


if __name__ == "__main__":
    main()
