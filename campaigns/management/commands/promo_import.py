"""Import shop data from CSV: `manage.py promo_import customers shoppers.csv [--dry-run]`."""

from __future__ import annotations

import csv
import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from campaigns.audience.imports import KINDS, ImportFileError, import_csv

SHOWN_ERRORS = 50


class Command(BaseCommand):
    help = (
        "Import customers, products or events from a UTF-8 CSV file, streamed in batches. "
        "Column reference: campaigns/audience/imports.py."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("kind", choices=KINDS)
        parser.add_argument("path", help="CSV file with a header row")
        parser.add_argument(
            "--dry-run", action="store_true", help="Validate everything, store nothing"
        )
        parser.add_argument("--batch-size", type=int, default=1000)
        parser.add_argument(
            "--errors-csv", help="Write every rejected row (line, message) to this file"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            with open(options["path"], "rb") as binary:
                report = import_csv(
                    binary,
                    kind=options["kind"],
                    dry_run=options["dry_run"],
                    batch_size=options["batch_size"],
                )
        except OSError as exc:
            raise CommandError(f"Cannot read {options['path']}: {exc}") from None
        except ImportFileError as exc:
            raise CommandError(str(exc)) from None
        prefix = "Dry run, nothing stored: " if report.dry_run else ""
        self.stdout.write(
            f"{prefix}{report.rows} rows, {report.accepted} accepted, "
            f"{report.duplicates} duplicates, {report.error_count} rejected."
        )
        for error in report.errors[:SHOWN_ERRORS]:
            self.stderr.write(f"line {error.line}: {error.message}")
        if report.error_count > SHOWN_ERRORS:
            self.stderr.write(f"… and {report.error_count - SHOWN_ERRORS} more.")
        if options["errors_csv"]:
            out = (
                sys.stdout
                if options["errors_csv"] == "-"
                else open(  # noqa: SIM115
                    options["errors_csv"], "w", newline="", encoding="utf-8"
                )
            )
            try:
                writer = csv.writer(out)
                writer.writerow(["line", "message"])
                writer.writerows([e.line, e.message] for e in report.errors)
            finally:
                if out is not sys.stdout:
                    out.close()
