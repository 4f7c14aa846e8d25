"""The bundled model end to end. Part of ``make test``: never skipped."""

import pytest

from inference.anonymise import find_injection, find_pii
from inference.engine import get_engine
from inference.pipeline import PipelineConfig, generate_messages
from inference.report import HARD_RULES, summarise

pytestmark = pytest.mark.realmodel


@pytest.fixture(scope="module")
def engine():
    return get_engine()


def test_it_runs_the_reviewed_uses_adapter_that_make_install_built(engine, settings):
    # make install trains it (inference.tune); without it the model writes fewer approvable
    # phrases, so a missing adapter must fail here, not pass quietly.
    assert engine.name.endswith("+uses-lora") == (settings.PROMO_ADAPTER != "off"), engine.name


def test_it_holds_the_hard_rules_on_the_shared_scenarios(engine, scenarios):
    results = generate_messages(scenarios, engine=engine, config=PipelineConfig(seed=0))
    summary = summarise(scenarios, results)
    for key in HARD_RULES:
        assert summary[key] == 100.0, (key, summary)
    for shopper, res in zip(scenarios, results, strict=True):
        customer = shopper["customer"]
        for field in ("first_name", "last_name", "email", "phone", "street"):
            assert customer[field] not in res["prompt"]
            assert customer[field] not in res["body_template"]
        assert not find_pii(res["prompt"], customer)
        assert not find_injection(res["title"] + " " + res["body"])
        assert "SYSTEM" not in res["prompt"].split("<data>", 1)[-1]
        assert len(res["title"]) <= 50
        assert len(res["body"]) <= shopper["channel"]["max_chars"]
        # Eight per round: the first and up to three retries.
        model = [c for c in res["candidates"] if c["source"] == "model"]
        assert len(model) in (8, 16, 24, 32)
        # A reviewed use is drafted only for a shopper it may stand in for, and names its source.
        for c in res["candidates"]:
            assert c["source"] == "model" or c["reviewed_from"]["similarity"] >= 0.7


def test_it_writes_reproducible_messages_for_two_shoppers(engine, scenarios):
    pair = scenarios[:2]
    config = PipelineConfig(candidates=2, seed=7)
    first = generate_messages(pair, engine=engine, config=config)
    again = generate_messages(pair, engine=engine, config=config)
    assert [r["body"] for r in first] == [r["body"] for r in again]
    assert {r["id"] for r in first} == {"ex01", "ex02"}
    for r in first:
        assert r["source"] in {"model", "reviewed", "fallback"}
        assert r["title"] and r["body"]
        assert all(c["body"] for c in r["candidates"])


def test_it_steers_sampling_towards_the_boosted_words(engine):
    prompt = engine.render([{"role": "user", "content": "Name a drink."}])
    kwargs = {"n": 8, "seed": 3, "max_new_tokens": 6, "batch_size": 8}
    plain = engine.generate([prompt], **kwargs)[0]
    steered = engine.generate([prompt], boost=[["espresso"]], boost_strength=10.0, **kwargs)[0]
    said = [sum("espresso" in g.text.lower() for g in gens) for gens in (plain, steered)]
    assert said[1] >= said[0] + 3, said
    # Once written, a boosted word is not pushed again: a standing bonus wrote "A espresso
    # espresso es" in 7 of these 8 rows.
    assert all(g.text.lower().count("espresso") <= 1 for g in steered), [g.text for g in steered]


def test_it_runs_the_second_bundled_model_from_its_chunk_packages(scenarios):
    # Gemma's weights come as four chunk packages that make install must name (it installs
    # model packages with --no-deps); a missing one broke PROMO_LLM_MODEL=gemma3-270m.
    gemma = get_engine(model="gemma3-270m")
    assert "gemma" in gemma.name.lower() and not gemma.chat
    [res] = generate_messages(scenarios[:1], engine=gemma, config=PipelineConfig(candidates=2))
    assert res["source"] in {"model", "reviewed", "fallback"}
    assert summarise(scenarios[:1], [res])["offer_fidelity_pct"] == 100.0
