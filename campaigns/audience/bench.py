"""Audience at scale: build a big shop with COPY, then time segment counts on it.

    python -m campaigns.audience.bench create [--customers N] [--events N]   (make bench-data)
    python -m campaigns.audience.bench                                     (make bench)

Runs against BENCH_DATABASE_URL (default: database promoweb_bench on the local server), never
the demo database, so the dashboard stays small and fast.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

BENCH_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/promoweb_bench"
)
os.environ["DATABASE_URL"] = BENCH_URL
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "promoweb.settings")

import django  # noqa: E402

django.setup()

import numpy as np  # noqa: E402
import psycopg  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402

from campaigns.audience.demo import BRANDS, CATALOGUE, CITIES  # noqa: E402
from campaigns.audience.models import (  # noqa: E402
    Consent,
    ConsentState,
    Customer,
    CustomerStats,
    Event,
    Product,
    PushSubscription,
)
from campaigns.audience.segments import segment_queryset  # noqa: E402
from campaigns.audience.selectors import _count_session, segment_count  # noqa: E402
from campaigns.audience.services import (  # noqa: E402
    consent_state_refresh,
    customer_stats_refresh,
)

CHUNK = 500_000
TYPES = np.array(["view", "add_to_cart", "purchase", "search"])
TYPE_WEIGHTS = np.array([0.70, 0.15, 0.06, 0.09])
TIERS = np.array(["none", "bronze", "silver", "gold"])

SEGMENTS: dict[str, dict[str, Any]] = {
    "three conditions: DE/FR, viewed Running in 30 days, push consent": {
        "op": "and",
        "rules": [
            {"kind": "country", "in": ["DE", "FR"]},
            {
                "kind": "behaviour",
                "action": "view",
                "target": "category",
                "value": "Running",
                "min_count": 1,
                "days": 30,
            },
            {"kind": "consent", "purpose": "push_marketing"},
        ],
    },
    "bought a brand twice in 90 days, active subscription, age 25-44": {
        "op": "and",
        "rules": [
            {
                "kind": "behaviour",
                "action": "purchase",
                "target": "brand",
                "value": "Northpeak",
                "min_count": 2,
                "days": 90,
            },
            {"kind": "push_subscription"},
            {"kind": "age_band", "in": ["25-34", "35-44"]},
        ],
    },
    "carted but did not buy Outdoor in 14 days, or lapsed gold": {
        "op": "or",
        "rules": [
            {
                "op": "and",
                "rules": [
                    {
                        "kind": "behaviour",
                        "action": "add_to_cart",
                        "target": "category",
                        "value": "Outdoor",
                        "days": 14,
                    },
                    {
                        "kind": "behaviour",
                        "action": "purchase",
                        "target": "category",
                        "value": "Outdoor",
                        "days": 14,
                        "negate": True,
                    },
                ],
            },
            {
                "op": "and",
                "rules": [
                    {"kind": "rfm", "dimension": "overall", "in": ["lapsed"]},
                    {"kind": "loyalty_tier", "in": ["gold"]},
                ],
            },
        ],
    },
    "RFM loyal with push consent": {
        "op": "and",
        "rules": [
            {"kind": "rfm", "dimension": "overall", "in": ["loyal"]},
            {"kind": "consent"},
        ],
    },
}


def _ensure_database() -> None:
    name = connection.settings_dict["NAME"]
    params = {k: v for k, v in connection.get_connection_params().items() if k != "dbname"}
    with psycopg.connect(dbname="postgres", autocommit=True, **params) as admin:
        exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            admin.execute(f'CREATE DATABASE "{name}"')


def _copy(table: str, columns: list[str], blocks: Iterator[str]) -> None:
    with connection.cursor() as cursor:
        raw = cursor.cursor  # the psycopg cursor under Django's wrapper
        sql = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
        with raw.copy(sql) as copy:
            for block in blocks:
                copy.write(block)


def _customer_blocks(n: int, rng: np.random.Generator, now: datetime) -> Iterator[str]:
    for start in range(0, n, CHUNK):
        size = min(CHUNK, n - start)
        city = rng.integers(0, len(CITIES), size)
        year = rng.integers(1950, 2008, size)
        tier = rng.choice(len(TIERS), size, p=[0.5, 0.25, 0.15, 0.10])
        created = now.strftime("%Y-%m-%d %H:%M:%S+00")
        rows = []
        for i in range(size):
            country, town, tz = CITIES[city[i]]
            rows.append(
                f"{start + i + 1}\tbench-{start + i + 1:07d}\t{country}\t{town}\t{tz}\ten\t"
                f"{year[i]}\t{TIERS[tier[i]]}\t{{}}\t{created}\t{created}\n"
            )
        yield "".join(rows)


# PostgreSQL's binary COPY layout for the staging table below: a field count, then each field
# as (length, big-endian value). Fixed-width fields make a whole chunk one numpy array, so
# 20 million rows are written without a Python loop.
STAGING_ROW = np.dtype(
    [
        ("fields", ">i2"),
        ("customer_len", ">i4"),
        ("customer", ">i8"),
        ("kind_len", ">i4"),
        ("kind", ">i2"),
        ("product_len", ">i4"),
        ("product", ">i4"),
        ("at_len", ">i4"),
        ("at", ">i8"),
    ]
)
PG_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


def _event_staging_blocks(
    n: int, customers: int, products: int, rng: np.random.Generator, now: datetime
) -> Iterator[bytes]:
    yield b"PGCOPY\n\xff\r\n\x00" + (0).to_bytes(4, "big") + (0).to_bytes(4, "big")
    now_us = int((now - PG_EPOCH).total_seconds() * 1_000_000)
    for start in range(0, n, CHUNK):
        size = min(CHUNK, n - start)
        rows = np.empty(size, dtype=STAGING_ROW)
        rows["fields"] = 4
        rows["customer_len"], rows["kind_len"], rows["product_len"], rows["at_len"] = 8, 2, 4, 8
        # Few shoppers do most of the browsing, as in real shops.
        rows["customer"] = (rng.random(size) ** 2 * customers).astype(np.int64) + 1
        rows["kind"] = rng.choice(4, size, p=TYPE_WEIGHTS)
        rows["product"] = rng.integers(1, products + 1, size)
        ago = np.minimum(rng.exponential(60 * 86400, size), 400 * 86400)
        rows["at"] = now_us - (ago * 1_000_000).astype(np.int64)
        yield rows.tobytes()
    yield (-1).to_bytes(2, "big", signed=True)


def _load_events(n: int, customers: int, products: int, rng: np.random.Generator) -> None:
    """COPY compact rows into a staging table, then expand them in one INSERT ... SELECT."""
    now = datetime.now(UTC)
    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE UNLOGGED TABLE IF NOT EXISTS bench_event_staging "
            "(customer_id bigint, kind smallint, product_id integer, occurred_at timestamptz)"
        )
        cursor.execute("TRUNCATE bench_event_staging")
        with cursor.cursor.copy("COPY bench_event_staging FROM STDIN (FORMAT BINARY)") as copy:
            for block in _event_staging_blocks(n, customers, products, rng, now):
                copy.write(block)
        cursor.execute(
            f"""
            INSERT INTO {Event._meta.db_table} (customer_id, type, product_id, category, brand,
                query, quantity, value, context, occurred_at, received_at)
            SELECT s.customer_id, (ARRAY['view', 'add_to_cart', 'purchase', 'search'])[s.kind + 1],
                   CASE WHEN s.kind = 3 THEN NULL ELSE p.id END,
                   CASE WHEN s.kind = 3 THEN '' ELSE p.category END,
                   CASE WHEN s.kind = 3 THEN '' ELSE p.brand END,
                   CASE WHEN s.kind = 3 THEN lower(p.category) ELSE '' END,
                   1, CASE WHEN s.kind = 2 THEN p.price END, '{{}}'::jsonb,
                   s.occurred_at, s.occurred_at
            FROM bench_event_staging s JOIN {Product._meta.db_table} p ON p.id = s.product_id
            """
        )
        cursor.execute("DROP TABLE bench_event_staging")


def _secondary_indexes(table: str) -> list[tuple[str, str, str | None]]:
    """(index, CREATE statement, constraint name or None) for every non-primary index."""
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT i.indexname, i.indexdef, c.conname
            FROM pg_indexes i
            LEFT JOIN pg_constraint c ON c.conname = i.indexname
            WHERE i.tablename = %s AND i.indexname NOT LIKE '%%_pkey'
            """,
            [table],
        )
        return list(cursor.fetchall())


def _foreign_keys(table: str) -> list[tuple[str, str]]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
            "WHERE conrelid = %s::regclass AND contype = 'f'",
            [table],
        )
        return list(cursor.fetchall())


def _timed(label: str, started: float) -> float:
    now = time.perf_counter()
    print(f"  {label}: {now - started:.1f} s", flush=True)
    return now


def create(customers: int, events: int, seed: int = 7) -> None:
    _ensure_database()
    call_command("migrate", verbosity=0)
    rng = np.random.default_rng(seed)
    now = datetime.now(UTC)
    t0 = t = time.perf_counter()
    tables = [
        m._meta.db_table for m in (Event, CustomerStats, ConsentState, Consent, PushSubscription)
    ]
    with connection.cursor() as cursor:
        cursor.execute(
            f"TRUNCATE {', '.join(tables)}, {Customer._meta.db_table}, "
            f"{Product._meta.db_table} RESTART IDENTITY CASCADE"
        )
    # Building indexes once after loading is several times faster than maintaining them row
    # by row during COPY.
    dropped = []
    for table in (Event._meta.db_table, Consent._meta.db_table, Customer._meta.db_table):
        for name, definition, constraint in _secondary_indexes(table):
            with connection.cursor() as cursor:
                if constraint:
                    cursor.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{constraint}"')
                else:
                    cursor.execute(f'DROP INDEX "{name}"')
            dropped.append((table, name, definition, constraint))
    # Django's foreign keys are deferred: checked at commit, they queue one trigger event per
    # copied row. Dropped here, re-added (and validated in one join each) after loading.
    foreign_keys = []
    for model in (Event, Consent, ConsentState, PushSubscription, CustomerStats):
        table = model._meta.db_table
        for name, definition in _foreign_keys(table):
            with connection.cursor() as cursor:
                cursor.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
            foreign_keys.append((table, name, definition))
    print(f"Creating {customers:,} shoppers and {events:,} events in {BENCH_URL}")
    product_rows: list[tuple[int, str, str, float]] = []
    lines = []
    for category, (nouns, adjectives, (low, high)) in CATALOGUE.items():
        for i in range(400):
            pk = len(product_rows) + 1
            price = float(rng.integers(low, high)) - 0.01
            brand = BRANDS[int(rng.integers(0, len(BRANDS)))]
            product_rows.append((pk, category, brand, price))
            name = f"{adjectives[i % len(adjectives)]} {nouns[i % len(nouns)]} {i}"
            lines.append(
                f"{pk}\t{category[:3].upper()}-{i:05d}\t{name}\t{category}\t{brand}\t{price:.2f}"
                f"\tEUR\tt\t{{}}\n"
            )
    _copy(
        Product._meta.db_table,
        ["id", "sku", "name", "category", "brand", "price", "currency", "in_stock", "attributes"],
        iter(["".join(lines)]),
    )
    _copy(
        Customer._meta.db_table,
        [
            "id",
            "external_id",
            "country",
            "city",
            "timezone",
            "language",
            "birth_year",
            "loyalty_tier",
            "attributes",
            "created_at",
            "updated_at",
        ],
        _customer_blocks(customers, rng, now),
    )
    t = _timed("customers", t)

    def consent_blocks() -> Iterator[str]:
        for start in range(0, customers, CHUNK):
            size = min(CHUNK, customers - start)
            granted = rng.random(size) < 0.85
            withdrawn = rng.random(size) < 0.10
            days = rng.integers(30, 400, size)
            rows = []
            for i in range(size):
                at = (now - timedelta(days=int(days[i]))).strftime("%Y-%m-%d %H:%M:%S+00")
                flag = "t" if granted[i] else "f"
                cid = start + i + 1
                rows.append(f"{cid}\tpush_marketing\t{flag}\t{at}\tbench\tv1\n")
                if withdrawn[i] and granted[i]:
                    later = (now - timedelta(days=int(days[i]) // 2)).strftime(
                        "%Y-%m-%d %H:%M:%S+00"
                    )
                    rows.append(f"{cid}\tpush_marketing\tf\t{later}\tbench\tv1\n")
            yield "".join(rows)

    _copy(
        Consent._meta.db_table,
        ["customer_id", "purpose", "granted", "recorded_at", "source", "text_version"],
        consent_blocks(),
    )

    def subscription_blocks() -> Iterator[str]:
        active = rng.random(customers) < 0.6
        created = now.strftime("%Y-%m-%d %H:%M:%S+00")
        for start in range(0, customers, CHUNK):
            yield "".join(
                f"{cid}\tfcm\ttoken-{cid}\t{{}}\t{'t' if active[cid - 1] else 'f'}\t{created}\n"
                for cid in range(start + 1, min(start + CHUNK, customers) + 1)
            )

    _copy(
        PushSubscription._meta.db_table,
        ["customer_id", "provider", "endpoint", "keys", "active", "created_at"],
        subscription_blocks(),
    )
    t = _timed("consents and push subscriptions", t)
    _load_events(events, customers, len(product_rows), rng)
    t = _timed("events (binary COPY + INSERT ... SELECT)", t)
    with connection.cursor() as cursor:
        cursor.execute("SET maintenance_work_mem = '512MB'")
        for table, name, definition, constraint in dropped:
            cursor.execute(definition)
            if constraint:
                cursor.execute(
                    f'ALTER TABLE {table} ADD CONSTRAINT "{constraint}" UNIQUE USING INDEX "{name}"'
                )
        for table, name, definition in foreign_keys:
            cursor.execute(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}')
        for table in [
            m._meta.db_table for m in (Customer, Product, Consent, PushSubscription, Event)
        ]:
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT coalesce(max(id), 1) FROM {table}))"
            )
    t = _timed("indexes and foreign keys", t)
    customer_stats_refresh()
    t = _timed("customer stats (one statement)", t)
    consent_state_refresh()
    t = _timed("consent state (one statement)", t)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    t = _timed("vacuum analyze", t)
    print(f"Done in {time.perf_counter() - t0:.0f} s.")


def run(repeat: int = 3) -> None:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {Customer._meta.db_table}")
        customers = cursor.fetchone()[0]
        cursor.execute(
            f"SELECT reltuples::bigint FROM pg_class WHERE relname = '{Event._meta.db_table}'"
        )
        events = cursor.fetchone()[0]
    if customers == 0:
        # `make bench` goes on to the other benchmarks; this one needs the big data set.
        print("Segment bench skipped: the bench database is empty; run `make bench-data` first.")
        return
    # Baseline in the same run: counting every shopper with no condition at all, so the
    # figures below read as a cost relative to this machine's plain table scan.
    baseline = []
    for _ in range(repeat):
        started = time.perf_counter()
        Customer.objects.count()
        baseline.append((time.perf_counter() - started) * 1000)
    base_ms = statistics.median(baseline)
    print(f"Segment counts on {customers:,} shoppers / ~{events:,} events ({BENCH_URL})")
    print(f"  baseline, plain count of all shoppers: median {base_ms:.0f} ms")
    for label, rules in SEGMENTS.items():
        timings = []
        count = 0
        for _ in range(repeat):
            started = time.perf_counter()
            # The live-count path of the segment editor, with its session settings; the
            # timeout is lifted so that every run yields an exact count to time.
            result = segment_count(rules, timeout_ms=60_000)
            timings.append((time.perf_counter() - started) * 1000)
            count = result.count or 0
        median = statistics.median(timings)
        print(
            f"  {label}: {count:,} shoppers, median {median:.0f} ms "
            f"(min {min(timings):.0f}, max {max(timings):.0f}); "
            f"{median / base_ms:.1f}x the baseline"
        )
    first = next(iter(SEGMENTS))
    sql, params = segment_queryset(SEGMENTS[first]).values("pk").query.sql_with_params()
    with transaction.atomic(), connection.cursor() as cursor:
        _count_session(cursor, 60_000)
        cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) FROM ({sql}) q", params)
        print(f"\nEXPLAIN ANALYZE, {first}:")
        for (line,) in cursor.fetchall():
            print("  " + line)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m campaigns.audience.bench")
    parser.add_argument("command", nargs="?", default="run", choices=["run", "create"])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--events", type=int, default=20_000_000)
    args = parser.parse_args(argv)
    if args.command == "create":
        create(args.customers, args.events)
    else:
        run()


if __name__ == "__main__":
    main()
