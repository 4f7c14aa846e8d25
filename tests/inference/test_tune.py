"""The reviewed-uses adapter: its data, the rows it learns from, its cache key and its merge."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from inference import tune
from inference.guardrails import REVIEWED_WORDS, check_phrase


class ChatTokenizer:
    """Only what training_rows needs: the chat template as text."""

    def apply_chat_template(self, messages, tokenize=False, add_generation_prompt=True):
        turns = "".join(f"<|{m['role']}|>{m['content']}\n" for m in messages)
        return turns + "<|assistant|>"


def test_it_loads_every_reviewed_entry_with_four_uses():
    entries = tune.load_uses()
    assert len(entries) >= 300
    assert all(len(e.uses) == 4 for e in entries)
    # Both product lines and whole-range lines, since offers come in both shapes.
    assert any(e.product is None for e in entries)
    assert any(e.product for e in entries)


def test_it_names_the_file_and_line_of_a_malformed_entry(tmp_path):
    (tmp_path / "uses_x.jsonl").write_text(
        json.dumps({"category": "Tea", "product": None, "uses": ["slow afternoons"]})
        + "\n{not json\n"
    )
    with pytest.raises(ValueError, match=r"uses_x\.jsonl:2"):
        tune.load_uses(tmp_path)


def test_it_reads_a_line_separator_inside_a_use_as_text(tmp_path):
    # JSON leaves U+2028 unescaped with ensure_ascii=False; str.splitlines() split the line
    # there and reported a malformed entry. JSON Lines ends a line only at "\n".
    row = {"category": "Tea", "product": "Loose\u2028leaf", "uses": ["slow afternoons"] * 4}
    (tmp_path / "uses_x.jsonl").write_text(json.dumps(row, ensure_ascii=False) + "\n")
    [entry] = tune.load_uses(tmp_path)
    assert entry.product == "Loose\u2028leaf"


def test_it_rejects_an_empty_use(tmp_path):
    (tmp_path / "uses_x.jsonl").write_text(
        json.dumps({"category": "Tea", "product": None, "uses": ["slow afternoons", " "]})
    )
    with pytest.raises(ValueError, match="empty use phrase"):
        tune.load_uses(tmp_path)


def test_it_trains_only_on_uses_the_phrase_rules_pass():
    entry = tune.UseEntry(
        "Climbing", "Adjustable harness", ("indoor top-rope sessions", "long multi-pitch days")
    )
    # "top" reads as a quality claim to the guardrails, so the model is not taught it.
    assert tune.accepted_uses(entry) == ["long multi-pitch days"]


def test_it_keeps_almost_every_reviewed_use():
    entries = tune.load_uses()
    total = sum(len(e.uses) for e in entries)
    kept = sum(len(tune.accepted_uses(e)) for e in entries)
    assert kept / total > 0.97


def test_it_builds_rows_from_the_pipelines_own_prompt():
    entries = [
        tune.UseEntry(
            "Camping", "Two-burner camping stove", ("hot dinners at the site", "a brew at dawn")
        ),
        tune.UseEntry("Camping", None, ("nights under canvas",)),
    ]
    rows = tune.training_rows(entries, ChatTokenizer(), seed=3)
    assert [targets for _, targets in rows] == [
        [" hot dinners at the site."],
        [" a brew at dawn."],
        [" nights under canvas."],
    ]
    first, _, second = (prompt for prompt, _ in rows)
    assert "<data>" in first and "Featured: two-burner camping stove." in first
    # The answer starts with PromoWeb's opener and frame, exactly as at generation time.
    assert first.rstrip().endswith(("made for", "a good fit for", "just right for"))
    assert "our camping range" in second.lower()
    # No synthetic shopper's name or email reaches a training prompt either.
    assert "Sam" not in first and "sam@example.org" not in first


def test_it_builds_transcript_rows_for_a_base_model():
    entries = [tune.UseEntry("Camping", "Two-burner camping stove", ("hot dinners at the site",))]
    [(prompt, targets)] = tune.training_rows(entries, ChatTokenizer(), seed=3, chat=False)
    # The plain transcript the engine sends a base model (engine.render_messages), not chat
    # turns: the model learns the line it writes at generation time.
    assert "<|user|>" not in prompt and "Shopper: <data>" in prompt
    assert (
        prompt.split("\nLine:")[-1]
        .rstrip()
        .endswith(("made for", "a good fit for", "just right for"))
    )
    assert targets == [" hot dinners at the site."]


def _hint_sets(rows):
    return [
        set(p.rsplit("Uses of similar items: ", 1)[1].split(".", 1)[0].split("; ")) for p, _ in rows
    ]


def test_it_hints_each_row_with_other_products_uses_only():
    from inference.uses import UseIndex
    from tests.fakes.engine import ScriptedEngine

    entries = [
        tune.UseEntry("Camping", "Two-burner camping stove", ("hot dinners at the site",)),
        tune.UseEntry("Camping", "Camping kettle", ("a brew at dawn", "tea by the tent")),
        tune.UseEntry("Tea", "Cast iron teapot", ("slow afternoons", "tea with friends")),
        tune.UseEntry("Tea", "Loose leaf tin", ("a calm morning cup",)),
    ]
    index = UseIndex.build(ScriptedEngine().embed, entries)
    tok = ChatTokenizer()
    plain = tune.training_rows(entries, tok, seed=1)
    rows = tune.training_rows(entries, tok, seed=1, index=index)
    assert [t for _, t in rows] == [t for _, t in plain]
    # The same shoppers as without hints: only the hint line is new.
    assert [p.rsplit(" Uses of similar", 1)[0] for p, _ in rows] == [
        p.rsplit(" Voice:", 1)[0] for p, _ in plain
    ]
    owners = [e for e in entries for _ in tune.accepted_uses(e)]
    for hints, owner in zip(_hint_sets(rows), owners, strict=True):
        assert hints and not hints & set(owner.uses)


def test_it_leaves_out_the_whole_category_for_some_rows():
    from inference.uses import UseIndex
    from tests.fakes.engine import ScriptedEngine

    stove = tune.UseEntry("Camping", "Two-burner camping stove", ("hot dinners at the site",))
    kettle = tune.UseEntry("Camping", "Camping kettle", ("a brew at dawn", "tea by the tent"))
    teapot = tune.UseEntry("Tea", "Cast iron teapot", ("slow afternoons", "tea with friends"))
    index = UseIndex.build(ScriptedEngine().embed, [stove, kettle, teapot])
    # The stove alone, many times: each row draws whether its category is left out.
    rows = tune.training_rows([stove] * 24, ChatTokenizer(), seed=4, index=index)
    sibling = [bool(hints & set(kettle.uses)) for hints in _hint_sets(rows)]
    assert any(sibling) and not all(sibling)


def test_it_shows_each_epoch_a_new_moment():
    entries = [tune.UseEntry("Tea", "Cast iron teapot", ("slow afternoons in",))]
    tok = ChatTokenizer()
    moments = {
        tune.training_rows(entries, tok, seed=s)[0][0].rsplit("Moment:", 1)[1] for s in range(4)
    }
    assert len(moments) > 1


def test_it_widens_the_phrase_vocabulary_with_reviewed_words_only():
    assert "espresso" in REVIEWED_WORDS
    assert check_phrase("an espresso after dinner.", set()) == []
    odd = check_phrase("a game of dice.", set())
    assert [f.code for f in odd] == ["ungrounded_word"]


def test_it_keys_the_adapter_on_data_recipe_and_model(tmp_path):
    (tmp_path / "uses_a.jsonl").write_text('{"category": "Tea", "product": null, "uses": ["x"]}')
    key = tune.adapter_key("m.gguf", tune.Recipe(), tmp_path)
    assert key == tune.adapter_key("m.gguf", tune.Recipe(), tmp_path)
    assert key != tune.adapter_key("other.gguf", tune.Recipe(), tmp_path)
    assert key != tune.adapter_key("m.gguf", tune.Recipe(rank=4), tmp_path)
    (tmp_path / "uses_a.jsonl").write_text('{"category": "Tea", "product": null, "uses": ["y"]}')
    assert key != tune.adapter_key("m.gguf", tune.Recipe(), tmp_path)


def test_it_reads_the_run_time_catalogue_without_training_on_it(tmp_path):
    line = '{{"category": "Tea", "product": {}, "uses": ["{}"]}}\n'
    (tmp_path / "uses_a.jsonl").write_text(line.format("null", "slow afternoons"))
    (tmp_path / "catalog").mkdir()
    catalog = tmp_path / "catalog" / "uses_x.jsonl"
    catalog.write_text(line.format("null", "other words") + line.format('"Kettle"', "hot water"))
    key = tune.adapter_key("m.gguf", tune.Recipe(), tmp_path)

    entries = tune.load_catalog(tmp_path)
    # The training file's range entry wins over the catalogue's repeat of it.
    assert [(e.product, e.uses) for e in entries] == [
        (None, ("slow afternoons",)),
        ("Kettle", ("hot water",)),
    ]
    assert [e.product for e in tune.load_uses(tmp_path)] == [None]
    catalog.write_text(line.format('"Teapot"', "loose leaf brews"))
    assert tune.adapter_key("m.gguf", tune.Recipe(), tmp_path) == key


def test_it_ships_a_catalogue_the_phrase_rules_keep():
    entries = tune.load_catalog()
    assert len(entries) > len(tune.load_uses())
    total = sum(len(e.uses) for e in entries)
    kept = sum(len(tune.accepted_uses(e)) for e in entries)
    assert kept / total > 0.97


def test_it_keeps_adapters_in_the_cache_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("PROMO_CACHE_DIR", str(tmp_path))
    path = tune.adapter_path("m.gguf")
    assert path.parent == Path(tmp_path) / "adapters"
    assert path.name.startswith("m.gguf-") and path.suffix == ".pt"


def test_it_merges_the_low_rank_delta_into_the_weights():
    torch = pytest.importorskip("torch")

    class Block(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.q_proj = torch.nn.Linear(4, 3, bias=False)
            self.other = torch.nn.Linear(4, 3, bias=False)

    model = Block()
    before_q = model.q_proj.weight.detach().clone()
    before_other = model.other.weight.detach().clone()
    a, b = torch.randn(2, 4), torch.randn(3, 2)
    assert tune.merge(model, {"q_proj.A": a, "q_proj.B": b}, scale=0.5) == 1
    assert torch.allclose(model.q_proj.weight, before_q + 0.5 * b @ a)
    assert torch.equal(model.other.weight, before_other)


def _tiny_llama():
    torch = pytest.importorskip("torch")
    from transformers import LlamaConfig, LlamaForCausalLM

    config = LlamaConfig(
        vocab_size=64,
        hidden_size=16,
        intermediate_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        num_key_value_heads=2,
        max_position_embeddings=64,
        # Wide enough weights that a low-rank change in the layers shows in the logits.
        initializer_range=0.5,
    )
    torch.manual_seed(0)
    return torch, LlamaForCausalLM(config).eval()


def _full_sequence_nll(torch, model, prefix, chunk):
    """The slow reference: each (prefix + prompt + phrase) run whole."""
    losses = []
    for prompt, phrases in chunk:
        for phrase in phrases:
            seq = prefix + prompt + phrase
            with torch.no_grad():
                logp = model(torch.tensor([seq])).logits[0].log_softmax(-1)
            start = len(prefix) + len(prompt)
            losses += [-float(logp[start - 1 + k, tid]) for k, tid in enumerate(phrase)]
    return sum(losses) / len(losses)


def test_it_computes_the_same_loss_as_running_each_sequence_whole():
    torch, model = _tiny_llama()
    from transformers import DynamicCache

    prefix = [5, 6, 7, 8]
    # Prompts of different lengths, one and two phrases of different lengths.
    chunk = [([9, 10, 11], [[20, 21, 1], [22, 1]]), ([12, 13], [[23, 24, 25, 1]])]
    with torch.no_grad():
        shared = tune._step_loss(
            model, chunk, torch.tensor([prefix]), 0, "past_key_values", DynamicCache
        )
    assert float(shared) == pytest.approx(_full_sequence_nll(torch, model, prefix, chunk), abs=1e-4)


@pytest.mark.parametrize("chat", [True, False])
def test_it_trains_an_adapter_that_moves_the_answer_towards_the_uses(chat):
    """A few steps on a tiny model: the reviewed phrases become likelier after their prompts,
    and the side path is removed after training, so nothing changes until merge(). A base
    model's phrase ends on a newline, a chat model's on the end of turn."""
    torch, model = _tiny_llama()
    end = 1 if chat else ord("\n") % 60 + 2

    class Tok:
        pad_token_id = 0

        def __call__(self, text, add_special_tokens=False):
            return {"input_ids": [ord(c) % 60 + 2 for c in text]}

        def convert_tokens_to_ids(self, token):
            return 1

    tok = Tok()
    rows = [
        ("<s>shared prefix, shopper A:", [" picnics.", " lunches."]),
        ("<s>shared prefix, shopper B:", [" laps."]),
    ]
    encoded = [(tok(p)["input_ids"], [tok(t)["input_ids"] + [end] for t in ts]) for p, ts in rows]

    def nll() -> float:
        return _full_sequence_nll(torch, model, [], encoded)

    before = nll()
    recipe = tune.Recipe(rank=4, lr=2e-2, epochs=60, batch=2)
    state = tune.train(model, tok, [rows] * recipe.epochs, recipe, chat=chat)
    assert state and all(k.endswith((".A", ".B")) for k in state)
    assert nll() == pytest.approx(before)
    tune.merge(model, state, recipe.scale)
    assert nll() < before - 0.5


def test_it_merges_a_saved_adapter_at_engine_load(tmp_path):
    torch, model = _tiny_llama()
    from inference.engine import _apply_adapter

    q = model.model.layers[0].self_attn.q_proj
    before = q.weight.detach().clone()
    a, b = torch.randn(2, 16), torch.randn(16, 2)
    path = tmp_path / "ad.pt"
    torch.save(
        {
            "recipe": {"rank": 2, "alpha": 4.0},
            "state": {
                "model.layers.0.self_attn.q_proj.A": a,
                "model.layers.0.self_attn.q_proj.B": b,
            },
        },
        path,
    )
    assert _apply_adapter(model, "tiny", "off") == ""
    assert torch.equal(q.weight, before)
    assert _apply_adapter(model, "tiny", str(path)) == "+uses-lora"
    assert torch.allclose(q.weight, before + 2.0 * b @ a, atol=1e-5)


def test_it_names_a_missing_adapter_file(tmp_path):
    _torch, model = _tiny_llama()
    from inference.engine import _apply_adapter

    with pytest.raises(RuntimeError, match="no such file"):
        _apply_adapter(model, "tiny", str(tmp_path / "nope.pt"))


def test_it_runs_on_the_base_weights_with_a_warning_when_none_was_built(tmp_path, monkeypatch):
    torch, model = _tiny_llama()
    from inference import engine

    warnings: list[str] = []
    # The module's own logger, not caplog: earlier tests in the suite reconfigure logging.
    monkeypatch.setattr(engine.logger, "warning", lambda msg, *a: warnings.append(msg % a))
    monkeypatch.setenv("PROMO_CACHE_DIR", str(tmp_path))
    before = model.model.layers[0].self_attn.q_proj.weight.detach().clone()
    assert engine._apply_adapter(model, "tiny", "auto") == ""
    assert torch.equal(model.model.layers[0].self_attn.q_proj.weight, before)
    assert any("python -m inference.tune" in w for w in warnings)


def test_it_rederives_the_ranking_study_from_its_labelled_file(capsys, monkeypatch):
    import runpy
    from pathlib import Path

    # The study's files end in a newline: splitting at "\n" left an empty last line, which
    # the brief reader fed to json.loads (seventeenth session's reader change).
    study = Path(__file__).parent / "data" / "rank_study.py"
    monkeypatch.setattr("sys.argv", [str(study)])
    runpy.run_path(str(study), run_name="__main__")
    out = capsys.readouterr().out
    assert out.startswith("575 candidates, 203 approved\n")
    assert "strays     AUC" in out
