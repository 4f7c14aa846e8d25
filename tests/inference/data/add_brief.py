"""Add the marketer's brief (``offer.uses``) to a scenario file, for measuring the brief.

    python tests/inference/data/add_brief.py scenarios_fresh18.jsonl marketer_uses_fresh18.jsonl OUT

Each uses line names an offer by its exact ``product_name`` and ``category``; a scenario whose
offer has no brief is written unchanged.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main(scenarios: Path, uses: Path, out: Path) -> None:
    brief = {}
    for line in uses.read_text(encoding="utf-8").split("\n"):
        if line.strip():
            row = json.loads(line)
            brief[(row["product_name"], row["category"])] = row["uses"]
    lines = []
    for line in scenarios.read_text(encoding="utf-8").split("\n"):
        if line.strip():
            shopper = json.loads(line)
            offer = shopper["offer"]
            found = brief.get((offer.get("product_name"), offer.get("category")))
            if found:
                offer["uses"] = found
            lines.append(json.dumps(shopper, ensure_ascii=False))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(*(Path(a) for a in sys.argv[1:4]))
