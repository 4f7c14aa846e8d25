"""What reviewed uses say about a new product: the nearest reviewed products and their uses.

``inference/tuning/uses_*.jsonl`` holds a few hundred products and ranges, each with use
phrases a reviewer approved ("cast iron skillet" -> "crispy roast potatoes"). The adapter learns
from them at install time; this module uses them at run time, in two places:

* **plausibility** (a ranking term and a floor): how close the model's phrase is to the uses
  reviewed for the products most like the offer, in MiniLM space. On 578 candidate phrases
  labelled by five reviewers it separated approved from rejected phrases better than any other
  signal the pipeline had (AUC 0.76, against 0.69 for the model's own log-probability and 0.60
  for the phrase's similarity to the product; inference/README.md).
* **hints** in the prompt's data block: a few uses of the nearest reviewed products, so the
  model sees what kind of use fits a product like this one.

The index embeds with the engine's own embedder (MiniLM for the real engine, hashed bags of
words for the test fakes) and is cached per engine object.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .tune import UseEntry, accepted_uses, load_uses

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
        cls, embed: Callable[[Sequence[str]], np.ndarray], entries: list[UseEntry] | None = None
    ) -> UseIndex:
        pairs = [(e, accepted_uses(e)) for e in (load_uses() if entries is None else entries)]
        pairs = [(e, u) for e, u in pairs if u]
        flat = [u for _, us in pairs for u in us]
        return cls(
            entries=[e for e, _ in pairs],
            uses=[u for _, u in pairs],
            keys=np.asarray(embed([entry_key(e) for e, _ in pairs])),
            use_vectors=np.asarray(embed(flat)),
            starts=np.cumsum([0] + [len(us) for _, us in pairs[:-1]]),
            embed=embed,
        )

    def neighbours(self, offer_vector: np.ndarray, k: int) -> list[tuple[int, float]]:
        """(entry index, cosine) of the ``k`` reviewed products nearest the offer."""
        sims = self.keys @ offer_vector
        order = np.argsort(-sims, kind="stable")[:k]
        return [(int(i), float(sims[i])) for i in order]

    def hints(self, offer_text: str, n: int) -> list[str]:
        """Up to ``n`` reviewed uses, one from each of the nearest products in turn."""
        if n <= 0:
            return []
        vec = self.offer_vectors.get(offer_text)
        if vec is None:
            if len(self.offer_vectors) >= 4096:  # a long-lived worker sees many campaigns
                self.offer_vectors.clear()
            vec = self.offer_vectors[offer_text] = np.asarray(self.embed([offer_text]))[0]
        near = self.neighbours(vec, n)
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


_lock = threading.Lock()
# By id: engines are dataclasses (unhashable). The engine is kept with its index, so its id
# cannot be reused by a new object while the entry exists.
_indexes: dict[int, tuple[Any, UseIndex]] = {}


def index_for(engine: Any) -> UseIndex:
    """The engine's index, built on first use (embedding ~1,500 short texts, a few seconds)."""
    with _lock:
        held = _indexes.get(id(engine))
        if held is None or held[0] is not engine:
            held = _indexes[id(engine)] = (engine, UseIndex.build(engine.embed))
        return held[1]
