"""CSV import of customers, products and events, streamed in batches.

A file is read line by line and written a batch at a time, so memory stays flat whatever its
size. Rows go through the same per-item validation and writes as the HTTP API.

Columns (header row required, names case-insensitive, empty cells mean "not given"):
  customers: external_id, country, city, timezone, language, birth_year, loyalty_tier,
             attributes (JSON) or attr_<name>; PII: first_name, last_name, email, phone, street;
             consent_<purpose> (true/false) with consent_recorded_at, consent_source,
             consent_text_version; push_provider, push_endpoint, push_keys (JSON), push_active
  products:  sku, name, category, brand, price, currency, in_stock, attributes or attr_<name>
  events:    event_id, customer_id, type, sku, query, quantity, value, context (JSON) or
             ctx_<name>, occurred_at (ISO 8601 with offset)
"""

from __future__ import annotations

import codecs
import csv
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from django.db import transaction

from campaigns.audience import ingest
from campaigns.audience.models import Consent
from campaigns.audience.schemas import CustomerIn, EventIn, Item, ProductIn

KINDS = ("customers", "products", "events")
MAX_REPORTED_ERRORS = 10_000
SCAN_CHUNK = 1 << 20

_PLAIN = {
    "customers": {"external_id", *ingest.CUSTOMER_FIELDS},
    "products": {"sku", *ingest.PRODUCT_FIELDS},
    "events": {"event_id", "customer_id", "type", "sku", "query", "quantity", "value"}
    | {"context", "occurred_at"},
}
_JSON_COLUMNS = {"attributes", "context", "push_keys"}
_CUSTOMER_EXTRA = (
    set(ingest.PII_FIELDS)
    | {f"consent_{p}" for p in Consent.Purpose.values}
    | {"consent_recorded_at", "consent_source", "consent_text_version"}
    | {"push_provider", "push_endpoint", "push_keys", "push_active"}
)
_PREFIXED = {"customers": "attr_", "products": "attr_", "events": "ctx_"}


class ImportFileError(Exception):
    """The file as a whole cannot be imported (encoding, header); nothing was stored."""


@dataclass(frozen=True)
class RowError:
    line: int
    message: str


@dataclass
class ImportReport:
    kind: str
    dry_run: bool
    rows: int = 0
    accepted: int = 0
    duplicates: int = 0
    error_count: int = 0
    errors: list[RowError] = field(default_factory=list)

    def add_error(self, line: int, message: str) -> None:
        self.error_count += 1
        if len(self.errors) < MAX_REPORTED_ERRORS:
            self.errors.append(RowError(line, message))


def check_utf8(binary: IO[bytes]) -> None:
    """Scan the whole file before importing any of it, so a mis-encoded file stores nothing.

    Raises ImportFileError naming the line and byte offset of the first invalid byte.
    """
    decoder = codecs.getincrementaldecoder("utf-8")(errors="strict")
    offset, line = 0, 1
    while chunk := binary.read(SCAN_CHUNK):
        try:
            decoder.decode(chunk)
        except UnicodeDecodeError as exc:
            # exc.start indexes into the decoder's buffer, which may begin with up to three
            # bytes held back from the previous chunk.
            held = len(exc.object) - len(chunk)
            position = offset - held + exc.start
            line += exc.object[: exc.start].count(b"\n")
            raise ImportFileError(
                f"The file is not UTF-8: invalid byte 0x{exc.object[exc.start]:02x} on line "
                f"{line}, at byte offset {position}. "
                "Save it as UTF-8 (CSV UTF-8 in Excel) and retry."
            ) from None
        line += chunk.count(b"\n")
        offset += len(chunk)
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        raise ImportFileError(
            f"The file is not UTF-8: it ends in the middle of a character (byte {offset})."
        ) from None


def _lines(binary: IO[bytes]) -> Iterator[str]:
    first = True
    for raw in binary:
        line = raw.decode("utf-8")
        if first:
            line, first = line.removeprefix("\ufeff"), False
        yield line


def _json(value: str, column: str) -> Any:
    try:
        return json.loads(value)
    except ValueError as exc:
        raise ValueError(f"{column}: not valid JSON ({exc})") from None


def _row_item(kind: str, row: dict[str, str]) -> dict[str, Any]:
    item: dict[str, Any] = {}
    prefix = _PREFIXED[kind]
    bag = "context" if kind == "events" else "attributes"
    extra: dict[str, Any] = {}
    for column, value in row.items():
        if value is None or value == "":
            continue
        if column.startswith(prefix):
            extra[column.removeprefix(prefix)] = value
        elif column in _JSON_COLUMNS and column != "push_keys":
            item[column] = _json(value, column)
        elif column in _PLAIN[kind]:
            item[column] = value
    if extra:
        if not isinstance(item.get(bag, {}), dict):
            raise ValueError(f"{bag}: must be a JSON object to combine with {prefix}* columns")
        item[bag] = {**item.get(bag, {}), **extra}
    if kind == "customers":
        _customer_extras(item, row)
    return item


def _customer_extras(item: dict[str, Any], row: dict[str, str]) -> None:
    pii = {k: row[k] for k in ingest.PII_FIELDS if row.get(k)}
    if pii:
        item["pii"] = pii
    consents = []
    for purpose in Consent.Purpose.values:
        granted = row.get(f"consent_{purpose}")
        if granted:
            consents.append(
                {
                    "purpose": purpose,
                    "granted": granted,
                    "recorded_at": row.get("consent_recorded_at") or None,
                    "source": row.get("consent_source") or "import",
                    "text_version": row.get("consent_text_version") or "",
                }
            )
    if consents:
        item["consents"] = consents
    if row.get("push_endpoint"):
        subscription: dict[str, Any] = {
            "provider": row.get("push_provider") or "",
            "endpoint": row["push_endpoint"],
        }
        if row.get("push_keys"):
            subscription["keys"] = _json(row["push_keys"], "push_keys")
        if row.get("push_active"):
            subscription["active"] = row["push_active"]
        item["push_subscriptions"] = [subscription]


def _writer(kind: str) -> tuple[type[Item], Callable[[list[Any]], ingest.BatchResult]]:
    if kind == "customers":
        return CustomerIn, lambda items: ingest.customers_upsert(items=items, source="import")
    if kind == "products":
        return ProductIn, lambda items: ingest.products_upsert(items=items)
    return EventIn, lambda items: ingest.events_track(items=items)


def _header(reader: Any, kind: str) -> list[str]:
    try:
        header = next(reader)
    except StopIteration:
        raise ImportFileError("The file is empty: a header row is required.") from None
    names = [h.strip().lower() for h in header]
    prefix = _PREFIXED[kind]
    allowed = _PLAIN[kind] | (_CUSTOMER_EXTRA if kind == "customers" else set())
    unknown = [n for n in names if n not in allowed and not n.startswith(prefix)]
    if unknown:
        raise ImportFileError(
            f"Unknown column(s) for {kind}: {', '.join(unknown)}. "
            f"Known: {', '.join(sorted(allowed))}, and {prefix}<name>."
        )
    key = "external_id" if kind == "customers" else "sku" if kind == "products" else "type"
    if key not in names:
        raise ImportFileError(f"The header has no '{key}' column.")
    return names


def import_csv(
    binary: IO[bytes], *, kind: str, dry_run: bool = False, batch_size: int = 1000
) -> ImportReport:
    """Import a seekable binary CSV. A dry run validates and writes exactly as a real run would,
    then rolls each batch back."""
    if kind not in KINDS:
        raise ImportFileError(f"Unknown kind {kind!r}: choose one of {', '.join(KINDS)}.")
    check_utf8(binary)
    binary.seek(0)
    report = ImportReport(kind=kind, dry_run=dry_run)
    schema, write = _writer(kind)
    reader = csv.reader(_lines(binary), strict=True)
    names = _header(reader, kind)
    batch: list[tuple[int, Any]] = []

    def flush() -> None:
        valid, errors = ingest.parse_items(batch, schema)
        with transaction.atomic():
            result = write(valid) if valid else ingest.BatchResult()
            if dry_run:
                transaction.set_rollback(True)
        report.accepted += result.accepted
        report.duplicates += result.duplicates
        for error in sorted([*errors, *result.errors], key=lambda e: e.index):
            report.add_error(error.index, error.message)
        batch.clear()

    while True:
        line = reader.line_num + 1
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            report.add_error(line, f"unreadable CSV: {exc}")
            break
        if not any(v.strip() for v in values):
            continue
        report.rows += 1
        if len(values) != len(names):
            report.add_error(line, f"has {len(values)} fields, the header has {len(names)}")
            continue
        try:
            batch.append((line, _row_item(kind, dict(zip(names, values, strict=True)))))
        except ValueError as exc:
            report.add_error(line, str(exc))
        if len(batch) >= batch_size:
            flush()
    if batch:
        flush()
    report.errors.sort(key=lambda e: e.line)
    return report
