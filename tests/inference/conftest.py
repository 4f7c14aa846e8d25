from __future__ import annotations

import copy
import json
import re
import zlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from inference.engine import Generation

SHARED = (Path(__file__).resolve().parents[2] / "../shared/examples/scenarios.jsonl").resolve()
MORE = Path(__file__).resolve().parent / "data" / "scenarios_more.jsonl"


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


class ScriptedEngine:
    """Fake engine: returns scripted hooks (cycled) and bag-of-words embeddings."""

    name = "scripted"

    def __init__(self, hooks: Sequence[str] | None = None) -> None:
        self.hooks = list(hooks or ["Rainy evening? A good time to unwind with yoga."])
        self.prompts: list[str] = []

    def render(self, messages: list[dict[str, str]]) -> str:
        return "\n".join(f"[{m['role']}] {m['content']}" for m in messages)

    def generate(
        self, prompts, *, n=1, seed=0, max_new_tokens=32, temperature=0.7, top_p=0.9, batch_size=16
    ):
        self.prompts.extend(prompts)
        return [
            [Generation(self.hooks[(i * n + k) % len(self.hooks)], -1.0, 10) for k in range(n)]
            for i in range(len(prompts))
        ]

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), 128), dtype=np.float32)
        for i, text in enumerate(texts):
            for word in re.findall(r"[a-z]+", text.lower()):
                out[i, zlib.crc32(word.encode()) % 128] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1.0, norms)


@pytest.fixture
def scenarios() -> list[dict]:
    return load(SHARED)


@pytest.fixture
def more_scenarios() -> list[dict]:
    return load(MORE)


@pytest.fixture
def shopper(scenarios) -> dict:
    return copy.deepcopy(scenarios[0])
