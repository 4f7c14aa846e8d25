from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"
# The project's shared examples live beside the checkout (../shared). A bare clone elsewhere
# (CI's fresh-clone check in /tmp) has no ../shared, so the suite runs on a copy kept in the
# repo; test_it_keeps_the_shared_examples_copy_in_step catches the copy drifting.
SHARED_SOURCE = (
    Path(__file__).resolve().parents[2] / "../shared/examples/scenarios.jsonl"
).resolve()
SHARED = SHARED_SOURCE if SHARED_SOURCE.exists() else DATA / "scenarios_shared.jsonl"
MORE = DATA / "scenarios_more.jsonl"


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
