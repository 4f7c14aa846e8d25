"""``manage.py promo_generate``: the CLI over :func:`inference.pipeline.generate_messages`.

Reads shopper dicts from JSONL, writes one result per line. Never touches the database.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from inference.config import reviewed_uses_mode
from inference.pipeline import (
    PipelineConfig,
    ShopperError,
    generate_messages,
    validate_shopper,
)
from inference.report import format_report, summarise


def read_shoppers(path: Path) -> tuple[list[dict[str, Any]], list[str]]:
    """Valid shoppers and one error line per bad input line (1-based line numbers)."""
    shoppers: list[dict[str, Any]] = []
    errors: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                shopper = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"line {lineno}: malformed JSON ({exc.msg})")
                continue
            try:
                validate_shopper(shopper)
            except ShopperError as exc:
                ident = shopper.get("id") if isinstance(shopper, dict) else None
                errors.append(f"line {lineno}{f' ({ident})' if ident else ''}: {exc}")
                continue
            shoppers.append(shopper)
    return shoppers, errors


class Command(BaseCommand):
    help = "Generate personalised push messages for shoppers read from a JSONL file."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--input", required=True, type=Path)
        parser.add_argument("--output", required=True, type=Path)
        parser.add_argument("--candidates", type=int, default=None)
        parser.add_argument("--seed", type=int, default=PipelineConfig.seed)
        parser.add_argument("--batch-size", type=int, default=None)
        parser.add_argument("--report", action="store_true", help="print pass rates")

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["input"]
        if not path.exists():
            raise CommandError(f"input file {path} does not exist")
        shoppers, errors = read_shoppers(path)
        for err in errors:
            self.stderr.write(f"error: {err}")
        if options["candidates"] is not None and options["candidates"] < 1:
            raise CommandError("--candidates must be at least 1")
        from django.conf import settings
        from django.utils.module_loading import import_string

        from inference.engine import default_batch_size

        # PROMO_ENGINE names the engine factory so tests can run the command with a fake.
        factory = import_string(getattr(settings, "PROMO_ENGINE", "inference.engine.get_engine"))
        config = PipelineConfig(
            candidates=options["candidates"] or int(getattr(settings, "PROMO_CANDIDATES", 8)),
            seed=options["seed"],
            batch_size=options["batch_size"] or default_batch_size(),
            min_model_share=getattr(settings, "PROMO_MIN_MODEL_SHARE", 0.8),
            **reviewed_uses_mode(getattr(settings, "PROMO_REVIEWED_USES", "on")),
        )
        results = generate_messages(shoppers, engine=factory(), config=config) if shoppers else []
        with options["output"].open("w", encoding="utf-8") as fh:
            for res in results:
                fh.write(json.dumps(res, ensure_ascii=False) + "\n")
        self.stdout.write(
            f"wrote {len(results)} messages to {options['output']}"
            + (f" ({len(errors)} bad input lines skipped)" if errors else "")
        )
        if options["report"] and shoppers:
            self.stdout.write(format_report(summarise(shoppers, results)))
        if errors and not shoppers:
            raise CommandError("no valid input lines")
