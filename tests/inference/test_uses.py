import copy
import io

import pytest

from inference.pipeline import PipelineConfig, generate_messages
from inference.report import summarise
from inference.tune import UseEntry
from inference.uses import UseIndex, check, index_for
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


def test_it_leaves_out_the_products_it_is_told_to_skip(index):
    own = ENTRIES[0]
    hints = index.hints("cast iron skillet (cookware)", 4, skip=lambda e: e == own)
    assert not set(hints) & set(own.uses)
    assert set(hints) & set(ENTRIES[1].uses)  # its category's other product still hints
    blind = index.hints("cast iron skillet (cookware)", 4, skip=lambda e: e.category == "cookware")
    assert blind and not set(blind) & {u for e in ENTRIES[:2] for u in e.uses}


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
            config=PipelineConfig(
                candidates=2, hints=0, plausibility_weight=weight, reviewed_min_similarity=None
            ),
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


def test_it_says_which_catalogue_uses_the_rules_would_drop(tmp_path):
    path = tmp_path / "uses_new.jsonl"
    path.write_text(
        '{"category": "Tea", "product": "Glass teapot", "uses": ["loose leaf brews", '
        '"the best afternoon tea"]}\n'
    )
    out = io.StringIO()
    assert check([str(path)], out) == 1
    report = out.getvalue()
    assert "'the best afternoon tea'" in report and "odd_claim" in report
    assert "loose leaf brews" not in report
    assert "1 of 2 uses would be dropped" in report

    path.write_text('{"category": "Tea", "product": "Glass teapot", "uses": ["loose leaf brews"]}')
    assert check([str(tmp_path)], io.StringIO()) == 0


def test_it_reports_a_phrase_that_copies_a_hint_word_for_word(shopper):
    config = PipelineConfig(candidates=1, reviewed_min_similarity=None)
    engine = ScriptedEngine(["quiet evening stretches."])
    [first] = generate_messages([shopper], engine=engine, config=config)
    assert first["source"] == "model", first["explanation"]["rejected"]
    hint = first["explanation"]["hints"][0]
    assert "quiet evening stretches" not in first["explanation"]["hints"]
    assert summarise([shopper], [first])["copied_hint_pct"] == 0.0
    engine = ScriptedEngine([f"{hint}."])
    [copied] = generate_messages([shopper], engine=engine, config=config)
    assert copied["source"] == "model", copied["explanation"]["rejected"]
    assert summarise([shopper], [copied])["copied_hint_pct"] == 100.0


def test_it_caches_the_embedded_catalogue_per_embedder(monkeypatch, tmp_path):
    monkeypatch.setenv("PROMO_CACHE_DIR", str(tmp_path))
    calls = []

    def embed(texts):
        calls.append(len(texts))
        return ScriptedEngine().embed(texts)

    first = UseIndex.build(embed, ENTRIES, embedder="minilm|cpu")
    again = UseIndex.build(embed, ENTRIES, embedder="minilm|cpu")
    assert len(calls) == 1
    assert (again.use_vectors == first.use_vectors).all() and (again.keys == first.keys).all()
    # Another embedder, or no name to key on, embeds again.
    UseIndex.build(embed, ENTRIES, embedder="other|cpu")
    UseIndex.build(embed, ENTRIES)
    assert len(calls) == 3
    # A torn file left by a killed worker is embedded over, not trusted.
    for path in (tmp_path / "use-index").glob("*.npy"):
        path.write_bytes(path.read_bytes()[:100])
    rebuilt = UseIndex.build(embed, ENTRIES, embedder="minilm|cpu")
    assert len(calls) == 4 and (rebuilt.use_vectors == first.use_vectors).all()
