"""Model-free engines that honour the `inference.engine.Engine` protocol.

Most of the suite uses them so that only the tests that are about the model load one. They
return scripted text (cycled over prompts and candidates) and embed text as a bag of hashed
words, so that relevance still rewards shared words.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence

import numpy as np

from inference.engine import Generation

DIM = 128
WORD = re.compile(r"[a-z]+")
# A little meaning for the bag of words: a phrase may not repeat the product's name (that is a
# guardrail), so these words embed like the product they go with, as they would in MiniLM.
RELATED = {
    "stretches": "yoga",
    "flows": "yoga",
    "vinyasa": "yoga",
    "ashtanga": "yoga",
    "sequences": "yoga",
}


class ScriptedEngine:
    name = "scripted"

    def __init__(self, hooks: Sequence[str] | None = None) -> None:
        self.hooks = list(hooks or ["Rainy evening? A good time to unwind with yoga."])
        self.prompts: list[str] = []
        self.boosts: list[Sequence[str]] = []
        self.strengths: list[float] = []

    def render(self, messages: list[dict[str, str]]) -> str:
        return "\n".join(f"[{m['role']}] {m['content']}" for m in messages)

    def generate(
        self,
        prompts: Sequence[str],
        *,
        n: int = 1,
        seed: int = 0,
        max_new_tokens: int = 32,
        temperature: float = 0.7,
        top_p: float = 0.9,
        batch_size: int = 16,
        boost: Sequence[Sequence[str]] | None = None,
        boost_strength: float = 0.0,
    ) -> list[list[Generation]]:
        self.prompts.extend(prompts)
        self.boosts.extend(boost or [])
        self.strengths.extend([boost_strength] * len(prompts))
        return [
            [Generation(self.hooks[(i * n + k) % len(self.hooks)], -1.0, 10) for k in range(n)]
            for i in range(len(prompts))
        ]

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        for i, text in enumerate(texts):
            for word in WORD.findall(text.lower()):
                word = RELATED.get(word, word)
                out[i, zlib.crc32(word.encode()) % DIM] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1.0, norms)


class FakeEngine(ScriptedEngine):
    """The stand-in for the Django side's tests: it writes the short use phrase that the
    pipeline's frame ("Our X is made for ...") asks the model for."""

    name = "fake"

    def __init__(self) -> None:
        super().__init__(["long runs.", "early morning runs.", "weekend trails."])


_ENGINE = FakeEngine()


def get_fake_engine() -> FakeEngine:
    return _ENGINE


class SpecificEngine(ScriptedEngine):
    """Scores text like the real engine: phrases in `specific` gain from naming the product."""

    def __init__(self, hooks, specific):
        super().__init__(hooks)
        self.specific = set(specific)
        self.calls = 0

    def continuation_logprobs(self, contexts, continuations, batch_size=64):
        self.calls += 1
        return [
            -1.0 if (not ctx.startswith("It is") and cont.strip() in self.specific) else -2.0
            for ctx, cont in zip(contexts, continuations, strict=True)
        ]
