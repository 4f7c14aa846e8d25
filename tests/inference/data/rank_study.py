"""Re-derive the eleventh session's ranking study from ``labelled_candidates_fresh14-16.jsonl``.

Each line is one distinct rule-clean candidate message the default pipeline drew (16 per
shopper) for fresh14-16, with one approve/reject label from a reviewer agent that saw only the
message and the shopper's context, and the ranking signals the pipeline (and the study) had
for it (``anchor_*``: the phrase's MiniLM closeness to the four uses a marketer wrote for that
offer, ``marketer_uses_fresh14-17.jsonl``). ``sent`` marks the message the pipeline sent. The
file lets a new ranking signal be scored against the same labels without rerunning the model
or the reviewers:

    python tests/inference/data/rank_study.py [FILE]

``labelled_candidates_fresh23_brief.jsonl`` is the same study with the campaign brief
(fourteenth session): fresh23's 80 distinct rule-clean model candidates with its briefs, each
labelled by two reviewers (``approve`` when both did; ``labels`` and ``reasons`` keep each).

prints each signal's AUC and, choosing each shopper's candidate by that signal, for how many
shoppers the choice is an approved message (the ceiling is any approved candidate).

``strays`` (fifteenth session) is computed here rather than stored: minus the number of the
phrase's words that neither the brief nor the offer's name has (``brief_strays``), with the
brief from the row or, for fresh14-16, from ``marketer_uses_fresh14-17.jsonl``; and
``score-strays`` is the shipped score less ``stray_weight`` (0.3) per such word.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

DEFAULT = Path(__file__).with_name("labelled_candidates_fresh14-16.jsonl")
USES = Path(__file__).with_name("marketer_uses_fresh14-17.jsonl")


def add_strays(rows: list[dict[str, Any]]) -> None:
    # Run as a script from anywhere: the checkout's root holds the inference package.
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
    from inference.config import PipelineConfig
    from inference.guardrails import brief_strays

    weight = PipelineConfig().stray_weight

    briefs = {}
    for line in USES.read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            continue
        entry = json.loads(line)
        briefs[f"{entry['product_name'] or entry['category']} ({entry['category']})"] = entry[
            "uses"
        ]
    for r in rows:
        brief = r.get("brief") or briefs.get(r["offer"])
        name, _, category = r["offer"].rpartition(" (")
        n = (
            len(brief_strays(r["phrase"], brief, f"{name} {category.rstrip(')')}"))
            if brief
            else None
        )
        r["signals"]["strays"] = None if n is None else -n
        score = r["signals"]["score"]
        # Without a brief the shipped score alone, as the pipeline does.
        r["signals"]["score-strays"] = score if n is None else score - weight * min(n, 3)


def auc(rows: list[dict[str, Any]], signal: str) -> float:
    """Probability that an approved candidate outscores a rejected one (ties count half)."""
    pos = [r["signals"][signal] for r in rows if r["approve"] and r["signals"][signal] is not None]
    neg = [
        r["signals"][signal] for r in rows if not r["approve"] and r["signals"][signal] is not None
    ]
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def chosen_approved(rows: list[dict[str, Any]], signal: str) -> int:
    by_shopper: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_shopper[r["shopper"]].append(r)
    return sum(
        max(group, key=lambda r: r["signals"][signal] or 0.0)["approve"]
        for group in by_shopper.values()
    )


def main(path: Path) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line]
    add_strays(rows)
    shoppers = {r["shopper"] for r in rows}
    ceiling = {r["shopper"] for r in rows if r["approve"]}
    sent = [r for r in rows if r["sent"]]
    print(f"{len(rows)} candidates, {sum(r['approve'] for r in rows)} approved")
    print(f"{len(shoppers)} shoppers; an approved candidate exists for {len(ceiling)}")
    print(f"the pipeline sent an approved one to {sum(r['approve'] for r in sent)} of {len(sent)}")
    for signal in rows[0]["signals"]:
        print(
            f"{signal:10s} AUC {auc(rows, signal):.3f}  "
            f"best-by-signal approved for {chosen_approved(rows, signal)} shoppers"
        )


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
