"""Right to erasure for one shopper; see campaigns.delivery.privacy.customer_erase."""

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from campaigns.delivery.privacy import customer_erase


class Command(BaseCommand):
    help = "Erase a shopper's PII, subscriptions, events and pending sends; keep a tombstone."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--external-id", required=True)

    def handle(self, *args: Any, **options: Any) -> None:
        counts = customer_erase(external_id=options["external_id"])
        summary = ", ".join(f"{k}={v}" for k, v in counts.items())
        self.stdout.write(self.style.SUCCESS(f"Erased ({summary}); tombstone kept."))
