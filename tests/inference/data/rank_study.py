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
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

DEFAULT = Path(__file__).with_name("labelled_candidates_fresh14-16.jsonl")


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
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
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
