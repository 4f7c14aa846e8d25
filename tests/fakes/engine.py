"""A model-free engine that honours the `inference.engine.Engine` protocol.

Most of the suite uses it so that only the tests that are about the model load one. It writes
an on-topic hook from the data block of the prompt, and embeds text as a bag of hashed words so
that relevance still rewards shared words.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence

import numpy as np

from inference.engine import Generation

DIM = 64
WORD = re.compile(r"[a-z]+")


class FakeEngine:
    name = "fake"

    def render(self, messages: list[dict[str, str]]) -> str:
        return "\n".join(f"<{m['role']}>{m['content']}</{m['role']}>" for m in messages)

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
    ) -> list[list[Generation]]:
        # Short: the pipeline prefixes its own opener and caps the line's length in words.
        hooks = [
            "A good moment for a treat.",
            "It fits the way you spend your time.",
            "Something for the week ahead.",
        ]
        return [
            [
                Generation(text=hooks[(seed + k) % len(hooks)], mean_logprob=-1.5, n_tokens=12)
                for k in range(n)
            ]
            for _ in prompts
        ]

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        for i, text in enumerate(texts):
            for word in WORD.findall(text.lower()):
                out[i, zlib.crc32(word.encode()) % DIM] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1.0, norms)


_ENGINE = FakeEngine()


def get_fake_engine() -> FakeEngine:
    return _ENGINE
