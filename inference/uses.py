"""What reviewed uses say about a new product: the nearest reviewed products and their uses.

``inference/tuning/uses_*.jsonl`` (what the adapter trains on) and ``tuning/catalog/`` (read
only here) hold products and ranges, each with use phrases a reviewer approved ("cast iron
skillet" -> "crispy roast potatoes"). This module uses them at run time, in two places:

* **plausibility** (a ranking term and a floor): how close the model's phrase is to the uses
  reviewed for the products most like the offer, in MiniLM space. On 1,154 candidate phrases
  labelled by ten reviewers it separated approved from rejected phrases better than any other
  signal the pipeline had (AUC 0.75, against 0.69 for the model's own log-probability and 0.59
  for the phrase's similarity to the product; inference/README.md).
* **hints** in the prompt's data block: a few uses of the nearest reviewed products, so the
  model sees what kind of use fits a product like this one.

The index embeds with the engine's own embedder (MiniLM for the real engine, hashed bags of
words for the test fakes) and is cached per engine object.

``python -m inference.uses check FILE...`` says which lines of a new catalogue file the phrase
rules would drop, and why, before anyone relies on them.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import logging
import os
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .tune import UseEntry, accepted_uses, cache_root, load_catalog, read_uses, use_problems

log = logging.getLogger(__name__)

# Softmax temperature over the cosine of the offer to each reviewed product, and how many
# nearest products vote. Chosen on the labelled phrases (k 4-16 and tau 0.02-0.1 all scored
# AUC 0.72-0.76; the wider vote was best).
NEIGHBOURS = 8
TEMPERATURE = 0.1


def entry_key(entry: UseEntry) -> str:
    subject = entry.product or f"{entry.category} range"
    return f"{subject} ({entry.category})"


@dataclass
class UseIndex:
    entries: list[UseEntry]
    uses: list[list[str]]
    keys: np.ndarray  # one L2-normalised row per entry
    use_vectors: np.ndarray  # one row per use, entries' uses in order
    starts: np.ndarray  # first use row of each entry
    embed: Callable[[Sequence[str]], np.ndarray]
    # Shoppers of one campaign share its offer: embed its text once, not once per shopper.
    offer_vectors: dict[str, np.ndarray] = field(default_factory=dict)

    @classmethod
    def build(
        cls,
        embed: Callable[[Sequence[str]], np.ndarray],
        entries: list[UseEntry] | None = None,
        embedder: str = "",
    ) -> UseIndex:
        """``embedder`` names the embedding model; when set, the vectors are cached on disk
        under it and the texts, since embedding the catalogue (~8,700 texts) takes most of a
        minute on 2 CPU cores and every worker process would otherwise repeat it."""
        pairs = [(e, accepted_uses(e)) for e in (load_catalog() if entries is None else entries)]
        pairs = [(e, u) for e, u in pairs if u]
        texts = [entry_key(e) for e, _ in pairs] + [u for _, us in pairs for u in us]
        vectors = _embed_cached(embed, texts, embedder)
        return cls(
            entries=[e for e, _ in pairs],
            uses=[u for _, u in pairs],
            keys=vectors[: len(pairs)],
            use_vectors=vectors[len(pairs) :],
            starts=np.cumsum([0] + [len(us) for _, us in pairs[:-1]]),
            embed=embed,
        )

    def neighbours(
        self,
        offer_vector: np.ndarray,
        k: int,
        keep: Callable[[UseEntry], bool] | None = None,
    ) -> list[tuple[int, float]]:
        """(entry index, cosine) of the ``k`` reviewed products nearest the offer, among those
        ``keep`` accepts."""
        sims = self.keys @ offer_vector
        order = (int(i) for i in np.argsort(-sims, kind="stable"))
        kept = (i for i in order if keep is None or keep(self.entries[i]))
        return [(i, float(sims[i])) for i in itertools.islice(kept, k)]

    def offer_vector(self, offer_text: str) -> np.ndarray:
        vec = self.offer_vectors.get(offer_text)
        if vec is None:
            if len(self.offer_vectors) >= 4096:  # a long-lived worker sees many campaigns
                self.offer_vectors.clear()
            vec = self.offer_vectors[offer_text] = np.asarray(self.embed([offer_text]))[0]
        return vec

    def hints(
        self, offer_text: str, n: int, skip: Callable[[UseEntry], bool] | None = None
    ) -> list[str]:
        """Up to ``n`` reviewed uses, one from each of the nearest products in turn, leaving
        out the products ``skip`` names (training leaves out the product being taught)."""
        if n <= 0:
            return []
        keep = None if skip is None else (lambda entry: not skip(entry))
        near = self.neighbours(self.offer_vector(offer_text), n, keep)
        out: list[str] = []
        for rank, (i, _) in enumerate(near):
            uses = self.uses[i]
            # Rotate through each product's uses so a range's hints are not all first uses.
            use = uses[rank % len(uses)]
            if use not in out:
                out.append(use)
        return out[:n]

    def plausibility(self, offers: Sequence[str], phrases: Sequence[str]) -> list[float]:
        if not phrases:
            return []
        return self.plausibility_of(
            list(np.asarray(self.embed(list(offers)))), list(np.asarray(self.embed(list(phrases))))
        )

    def plausibility_of(
        self, offer_vectors: Sequence[np.ndarray], phrase_vectors: Sequence[np.ndarray]
    ) -> list[float]:
        """For each (offer, phrase) vector pair: the best cosine of the phrase to any use of
        each nearest reviewed product, averaged with softmax weights on how near it is."""
        out = []
        for ovec, pvec in zip(offer_vectors, phrase_vectors, strict=True):
            near = self.neighbours(np.asarray(ovec), NEIGHBOURS)
            idx = np.array([i for i, _ in near])
            sims = np.array([s for _, s in near])
            weights = np.exp((sims - sims.max()) / TEMPERATURE)
            weights /= weights.sum()
            # Each entry's best-matching use, for all entries at once.
            best = np.maximum.reduceat(self.use_vectors @ pvec, self.starts)[idx]
            out.append(float(weights @ best))
        return out


def _embed_cached(
    embed: Callable[[Sequence[str]], np.ndarray], texts: list[str], embedder: str
) -> np.ndarray:
    if not embedder:
        return np.asarray(embed(texts))
    digest = hashlib.sha256("\n".join([embedder, *texts]).encode()).hexdigest()[:20]
    path = cache_root() / "use-index" / f"{digest}.npy"
    try:
        vectors = np.load(path)
        if vectors.shape[0] == len(texts):
            return vectors
    except (OSError, ValueError):
        pass  # not built yet, or a torn file from a killed process: embed again
    vectors = np.asarray(embed(texts), dtype=np.float32)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            np.save(fh, vectors)
        # Workers starting together may all embed; each renames a whole file into place.
        tmp.replace(path)
    except OSError as exc:
        log.warning("use index not cached (%s); each worker will embed it again", exc)
    return vectors


_lock = threading.Lock()
# By id: engines are dataclasses (unhashable). The engine is kept with its index, so its id
# cannot be reused by a new object while the entry exists.
_indexes: dict[int, tuple[Any, UseIndex]] = {}


def index_for(engine: Any) -> UseIndex:
    """The engine's index, built on first use (or read from the disk cache)."""
    with _lock:
        held = _indexes.get(id(engine))
        if held is None or held[0] is not engine:
            index = UseIndex.build(engine.embed, embedder=getattr(engine, "embed_name", ""))
            held = _indexes[id(engine)] = (engine, index)
        return held[1]


def check(paths: Sequence[str], out: Any = sys.stdout) -> int:
    """Print each use the phrase rules would drop; the count of them (0: every line is kept)."""
    from pathlib import Path

    files = [
        f for p in map(Path, paths) for f in (sorted(p.glob("uses_*.jsonl")) if p.is_dir() else [p])
    ]
    dropped = total = 0
    for path in files:
        for entry in read_uses(path):
            total += len(entry.uses)
            for use, reasons in use_problems(entry).items():
                dropped += 1
                print(
                    f"{path.name}: {entry.product or entry.category!r}: {use!r}: ", end="", file=out
                )
                print("; ".join(reasons), file=out)
    print(f"{dropped} of {total} uses would be dropped", file=out)
    return dropped


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Reviewed uses: check a catalogue file.")
    sub = parser.add_subparsers(dest="command", required=True)
    checker = sub.add_parser("check", help="which uses the phrase rules would drop, and why")
    checker.add_argument("paths", nargs="+", help="uses_*.jsonl files or folders of them")
    args = parser.parse_args(argv)
    sys.exit(1 if check(args.paths) else 0)


if __name__ == "__main__":
    main()
