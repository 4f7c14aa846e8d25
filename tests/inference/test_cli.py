import json

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings

from .conftest import SHARED

ENGINE = "tests.inference.test_cli.scripted_engine"


def scripted_engine():
    from tests.fakes.engine import ScriptedEngine

    return ScriptedEngine(["Rainy evening? A good time to unwind with some yoga."])


@override_settings(PROMO_ENGINE=ENGINE)
def test_it_writes_results_and_a_report_and_names_bad_lines(tmp_path, capsys):
    lines = SHARED.read_text().splitlines()
    bad_type = json.loads(lines[0])
    bad_type["offer"]["discount_type"] = "mystery"
    missing = json.loads(lines[1])
    del missing["offer"]
    src = tmp_path / "in.jsonl"
    src.write_text(
        "\n".join([lines[0], "{not json", json.dumps(bad_type), json.dumps(missing), *lines[2:]])
    )
    out = tmp_path / "out.jsonl"
    call_command(
        "promo_generate", "--input", str(src), "--output", str(out), "--report", "--candidates", "2"
    )
    captured = capsys.readouterr()
    assert "line 2: malformed JSON" in captured.err
    assert "line 3 (ex01): unknown discount_type 'mystery'" in captured.err
    assert "line 4 (ex02): missing field 'offer'" in captured.err
    results = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in results] == ["ex01", "ex03", "ex04", "ex05"]
    assert results[0]["body"]
    # Up to `retries` extra rounds of 2, only when none passed.
    model = [c for c in results[0]["candidates"] if c["source"] == "model"]
    assert len(model) in (2, 4, 6, 8)
    assert "offer fidelity" in captured.out and "distinct bodies" in captured.out


def test_it_fails_clearly_on_a_missing_input_file(tmp_path):
    with pytest.raises(CommandError, match="does not exist"):
        call_command(
            "promo_generate",
            "--input",
            str(tmp_path / "nope.jsonl"),
            "--output",
            str(tmp_path / "o.jsonl"),
        )


def test_it_keeps_the_shared_examples_copy_in_step():
    from .conftest import DATA, SHARED_SOURCE

    if not SHARED_SOURCE.exists():
        pytest.skip("no ../shared beside this checkout; the suite runs on the in-repo copy")
    copy = DATA / "scenarios_shared.jsonl"
    assert copy.read_bytes() == SHARED_SOURCE.read_bytes(), f"refresh {copy} from {SHARED_SOURCE}"
