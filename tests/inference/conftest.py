from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

SHARED = (Path(__file__).resolve().parents[2] / "../shared/examples/scenarios.jsonl").resolve()
MORE = Path(__file__).resolve().parent / "data" / "scenarios_more.jsonl"


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture
def scenarios() -> list[dict]:
    return load(SHARED)


@pytest.fixture
def more_scenarios() -> list[dict]:
    return load(MORE)


@pytest.fixture
def shopper(scenarios) -> dict:
    return copy.deepcopy(scenarios[0])
