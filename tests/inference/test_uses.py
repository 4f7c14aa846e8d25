import copy

import pytest

from inference.pipeline import PipelineConfig, generate_messages
from inference.tune import UseEntry
from inference.uses import UseIndex, index_for
from tests.fakes.engine import ScriptedEngine

ENTRIES = [
    UseEntry("cookware", "Cast iron skillet", ("crispy roast potatoes", "searing steaks")),
    UseEntry("cookware", "Stockpot", ("big batches of soup", "simmering broth")),
    UseEntry("running", "Trail running shoes", ("muddy trail runs", "long hill runs")),
    UseEntry("yoga", "Non-slip yoga mat", ("morning yoga flows", "hot yoga classes")),
]


@pytest.fixture
def index():
    return UseIndex.build(ScriptedEngine().embed, ENTRIES)


def test_it_hints_uses_of_the_nearest_reviewed_products(index):
    hints = index.hints("trail running shoes (running)", 2)
    # "muddy trail runs" only echoes the product's name, which the phrase rules reject.
    assert hints[0] == "long hill runs"
    assert len(hints) == 2
    assert index.hints("trail running shoes (running)", 0) == []


def test_it_rates_a_use_like_the_reviewed_ones_above_one_from_another_shop(index):
    near, far = index.plausibility(
        ["cast iron skillet pan (cookware)"] * 2, ["crispy roast steaks", "hot yoga flows"]
    )
    assert near > far


def test_it_builds_one_index_per_engine():
    engine, other = ScriptedEngine(), ScriptedEngine()
    assert index_for(engine) is index_for(engine)
    assert index_for(other) is not index_for(engine)


def test_it_puts_hints_in_the_data_block_and_the_explanation(shopper):
    engine = ScriptedEngine(["long runs."])
    [r] = generate_messages([shopper], engine=engine, config=PipelineConfig(candidates=1))
    hints = r["explanation"]["hints"]
    assert len(hints) == 3
    data = r["prompt"].rsplit("<data>", 1)[1].split("</data>", 1)[0]
    assert f"Uses of similar items: {'; '.join(hints)}." in data

    [r] = generate_messages([shopper], engine=engine, config=PipelineConfig(candidates=1, hints=0))
    assert r["explanation"]["hints"] == [] and "Uses of similar items" not in r["prompt"]


def test_it_drops_a_hint_that_shares_a_word_with_the_shoppers_name(shopper):
    engine = ScriptedEngine(["long runs."])
    [r] = generate_messages([shopper], engine=engine, config=PipelineConfig(candidates=1))
    word = r["explanation"]["hints"][0].split()[-1]
    named = copy.deepcopy(shopper)
    named["customer"]["last_name"] = word.capitalize()
    [r] = generate_messages([named], engine=engine, config=PipelineConfig(candidates=1))
    assert r["prompt"] is not None, "the PII gate held the prompt back"
    assert all(word not in h.split() for h in r["explanation"]["hints"])


def test_it_adds_the_plausibility_to_the_score_with_its_weight(shopper):
    engine = ScriptedEngine(["quiet evening stretches.", "slow evening stretches."])
    runs = {
        weight: generate_messages(
            [shopper],
            engine=engine,
            config=PipelineConfig(candidates=2, hints=0, plausibility_weight=weight),
        )[0]
        for weight in (0.0, 1.0)
    }
    with_it = {c["body"]: c["score"] for c in runs[1.0]["candidates"] if not c["flags"]}
    without = {c["body"]: c["score"] for c in runs[0.0]["candidates"] if not c["flags"]}
    assert with_it.keys() == without.keys() and len(with_it) == 2
    chosen = runs[1.0]
    plausibility = chosen["explanation"]["score_components"]["plausibility"]
    assert plausibility != 0
    assert with_it[chosen["body_template"]] - without[chosen["body_template"]] == pytest.approx(
        plausibility, abs=2e-4
    )
