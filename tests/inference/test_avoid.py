"""Wordings a reviewer sent back (``avoid``): never sent again, to that shopper or, for the
model's phrase, to anyone in the campaign."""

import copy

import pytest

from inference.pipeline import PipelineConfig, ShopperError, generate_messages, validate_shopper
from tests.fakes.engine import ScriptedEngine

ONE = PipelineConfig(candidates=2, retries=0, reviewed_min_similarity=None, min_model_share=None)


def _avoiding(shopper, avoid):
    row = copy.deepcopy(shopper)
    row["avoid"] = avoid
    return row


def test_it_sends_the_next_best_phrase_when_a_reviewer_turned_the_best_down(shopper):
    engine = ScriptedEngine(["gentle stretches.", "quiet evening stretches."])
    [first] = generate_messages([shopper], engine=engine, config=ONE)
    phrase = first["explanation"]["phrase"]
    assert phrase and phrase in first["body"].lower()
    [again] = generate_messages([_avoiding(shopper, [phrase])], engine=engine, config=ONE)
    assert again["source"] == "model"
    assert phrase not in again["body"].lower()
    turned_down = [c for c in again["candidates"] if phrase in c["body"].lower()]
    assert [f["code"] for f in turned_down[0]["flags"]] == ["reviewer_rejected"]


def test_it_compares_wordings_without_case_spacing_or_closing_stop(shopper):
    engine = ScriptedEngine(["gentle stretches."])
    [first] = generate_messages([shopper], engine=engine, config=ONE)
    body = first["body_template"]
    [again] = generate_messages(
        [_avoiding(shopper, [f"  {body.upper().rstrip('.')}  "])], engine=engine, config=ONE
    )
    assert again["body_template"] != body
    assert again["source"] == "fallback"
    assert again["flags"][0]["code"] == "no_passing_candidate"


def test_it_sends_another_template_when_the_template_was_sent_back(shopper):
    engine = ScriptedEngine(["90% off everything!!"])  # never passes: the template goes out
    [first] = generate_messages([shopper], engine=engine, config=ONE)
    assert first["source"] == "fallback"
    [again] = generate_messages(
        [_avoiding(shopper, [first["body_template"]])], engine=engine, config=ONE
    )
    assert again["source"] == "fallback"
    assert again["body_template"] != first["body_template"]
    assert "25% off" in f"{again['title']} {again['body']}"


def test_it_leaves_shoppers_without_an_avoid_list_as_they_were(scenarios):
    engine = ScriptedEngine(["gentle stretches.", "quiet evening stretches."])
    plain = generate_messages(scenarios, engine=engine, config=ONE)
    empty = generate_messages([_avoiding(s, []) for s in scenarios], engine=engine, config=ONE)
    assert [r["body"] for r in plain] == [r["body"] for r in empty]


@pytest.mark.parametrize("avoid", ["long runs", [1], ["ok", None], ["x" * 1001], ["a"] * 1001])
def test_it_rejects_an_avoid_list_that_is_not_a_bounded_list_of_strings(shopper, avoid):
    with pytest.raises(ShopperError, match="'avoid' must be a list"):
        validate_shopper(_avoiding(shopper, avoid))
