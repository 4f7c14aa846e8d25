import io

import pytest
from django.core.management import CommandError, call_command

from campaigns.audience.imports import ImportFileError, import_csv
from campaigns.audience.models import Consent, Customer, CustomerPII, Event, Product
from tests.factories import ProductFactory

pytestmark = pytest.mark.django_db

CUSTOMERS = (
    "external_id,country,city,timezone,birth_year,loyalty_tier,email,"
    "consent_push_marketing,consent_recorded_at,attr_vip\n"
    "c-1,de,Berlin,Europe/Berlin,1990,gold,a@example.org,true,2026-01-01T00:00:00Z,yes\n"
    "c-2,FR,Lyon,Mars/Base,1985,silver,,,,\n"
    "c-3,IT,Milan,Europe/Rome,not-a-year,none,,,,\n"
    "c-4,ES,Madrid,Europe/Madrid,,,,,,\n"
)


def run(text, kind, **kwargs):
    data = text.encode() if isinstance(text, str) else text
    return import_csv(io.BytesIO(data), kind=kind, **kwargs)


def test_it_imports_good_rows_and_reports_bad_ones_by_line():
    report = run(CUSTOMERS, "customers")
    assert (report.rows, report.accepted, report.error_count) == (4, 2, 2)
    assert [e.line for e in report.errors] == [3, 4]
    assert "time zone" in report.errors[0].message
    assert "birth_year" in report.errors[1].message
    c1 = Customer.objects.get(external_id="c-1")
    assert (c1.country, c1.attributes) == ("DE", {"vip": "yes"})
    assert CustomerPII.objects.get(customer=c1).email == "a@example.org"
    assert Consent.objects.get(customer=c1).granted is True
    assert set(Customer.objects.values_list("external_id", flat=True)) == {"c-1", "c-4"}


def test_it_stores_nothing_on_a_dry_run_but_reports_the_same():
    report = run(CUSTOMERS, "customers", dry_run=True)
    assert (report.accepted, report.error_count) == (2, 2)
    assert Customer.objects.count() == 0
    assert Consent.objects.count() == 0


def test_it_names_the_line_and_byte_of_a_file_that_is_not_utf8():
    latin1 = "sku,name,category\nA,Mat,Yoga\nB,Café,Küche\n".encode("latin-1")
    with pytest.raises(ImportFileError, match=r"line 3, at byte offset 34") as error:
        run(latin1, "products")
    assert "0xe9" in str(error.value)
    assert Product.objects.count() == 0


def test_it_finds_a_bad_byte_across_chunk_boundaries(monkeypatch):
    monkeypatch.setattr("campaigns.audience.imports.SCAN_CHUNK", 7)
    data = b"sku,name,category\nA,Mat,Yoga\n" + "B,Café,Yoga\n".encode("latin-1")
    with pytest.raises(ImportFileError, match=r"line 3, at byte offset 34"):
        run(data, "products")


def test_it_rejects_unknown_columns_and_empty_files_before_importing():
    with pytest.raises(ImportFileError, match="Unknown column"):
        run("sku,name,colour\nA,B,red\n", "products")
    with pytest.raises(ImportFileError, match="empty"):
        run("", "products")


def test_it_imports_events_in_batches_idempotently():
    ProductFactory(sku="SKU-1")
    lines = ["event_id,customer_id,type,sku,occurred_at,ctx_device"]
    lines += [
        f"e{n},c-{n % 3},view,SKU-1,2026-01-0{n % 9 + 1}T10:00:00+01:00,ios" for n in range(25)
    ]
    lines.append("e99,c-1,view,NOPE,2026-01-01T10:00:00Z,web")
    text = "\n".join(lines) + "\n"
    first = run(text, "events", batch_size=10)
    assert (first.accepted, first.error_count) == (25, 1)
    assert first.errors[0].line == 27
    again = run(text, "events", batch_size=10)
    assert (again.accepted, again.duplicates) == (0, 25)
    assert Event.objects.count() == 25
    assert Event.objects.first().context == {"device": "ios"}


def test_the_command_prints_a_report_and_fails_clearly(tmp_path, capsys):
    path = tmp_path / "products.csv"
    path.write_text("sku,name,category,price\nA,Mat,Yoga,12.50\nB,,,\n", encoding="utf-8")
    call_command("promo_import", "products", str(path), "--errors-csv", str(tmp_path / "e.csv"))
    out = capsys.readouterr()
    assert "2 rows, 1 accepted, 0 duplicates, 1 rejected" in out.out
    assert "line 3" in out.err
    assert "line,message" in (tmp_path / "e.csv").read_text()
    path.write_bytes(b"sku,name,category\nA,\xff,Yoga\n")
    with pytest.raises(CommandError, match="not UTF-8"):
        call_command("promo_import", "products", str(path))
