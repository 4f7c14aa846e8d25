"""Throughput bench: the batched pipeline against a naive one-prompt-at-a-time loop.

``python -m inference.bench [--n 24]`` (``make bench``). Both sides run in this process on the
same prompts and token limit; the naive loop is fp32, greedy, batch size 1, stock
``model.generate``: what a first implementation would do.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

from .engine import get_engine, load_causal_lm, resolve_model
from .pipeline import PipelineConfig, generate_messages, prepare
from .report import format_report, summarise
from .uses import index_for

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_INPUTS = (
    ROOT / "../shared/examples/scenarios.jsonl",
    ROOT / "tests/inference/data/scenarios_more.jsonl",
)


def load_shoppers(n: int, paths: tuple[Path, ...] = DEFAULT_INPUTS) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for path in paths:
        if path.resolve().exists():
            rows += [
                json.loads(x)
                for x in path.resolve().read_text(encoding="utf-8").split("\n")
                if x.strip()
            ]
    while rows and len(rows) < n:
        rows += rows[: n - len(rows)]
    return rows[:n]


def naive_loop(prompts: list[str], max_new_tokens: int, model_spec: str) -> dict[str, float]:
    import torch

    folder, gguf = resolve_model(model_spec)
    model, tok = load_causal_lm(folder, gguf, "cpu", "float32")
    tokens = 0
    t0 = time.perf_counter()
    with torch.inference_mode():
        for prompt in prompts:
            enc = tok(prompt, return_tensors="pt", add_special_tokens=False)
            out = model.generate(
                **enc,
                max_new_tokens=max_new_tokens,
                do_sample=False,
                pad_token_id=tok.pad_token_id,
            )
            tokens += int(out.shape[1] - enc["input_ids"].shape[1])
    seconds = time.perf_counter() - t0
    return {"messages": len(prompts), "tokens": tokens, "seconds": seconds}


def run(
    n: int = 24,
    naive_n: int = 6,
    candidates: int = PipelineConfig.candidates,
    model: str = "bundled",
) -> dict[str, Any]:
    shoppers = load_shoppers(n)
    engine = get_engine(model=model)
    config = PipelineConfig(candidates=candidates)
    # Like loading the weights, embedding the reviewed-uses catalogue is once per worker
    # process, not per message: timed on its own, outside the throughput figures.
    t_index = time.perf_counter()
    index_for(engine)
    index_s = time.perf_counter() - t_index
    engine.stats.reset()
    t0 = time.perf_counter()
    results = generate_messages(shoppers, engine=engine, config=config)
    total = time.perf_counter() - t0
    st = engine.stats
    # Guardrails, scoring and composition: whatever the pipeline spent outside the model.
    other = max(total - st.prefill_s - st.decode_s - st.embed_s, 0.0)
    prompts = [prepare(s, engine, config).prompt for s in shoppers[:naive_n]]
    naive = naive_loop(prompts, config.max_new_tokens, model)
    pipe_cps = st.sequences / total
    naive_mps = naive["messages"] / naive["seconds"]
    return {
        "pipeline": {
            "shoppers": len(shoppers),
            "candidates": st.sequences,
            "seconds": round(total, 2),
            "candidates_per_s": round(pipe_cps, 2),
            "messages_per_s": round(len(shoppers) / total, 2),
            "generated_tokens_per_s": round(st.generated_tokens / total, 1),
            "split_s": {
                "prompt_processing": round(st.prefill_s, 2),
                "decoding": round(st.decode_s, 2),
                "embedding": round(st.embed_s, 2),
                "guardrails_and_scoring": round(other, 2),
            },
        },
        "naive": {
            "messages": naive["messages"],
            "seconds": round(naive["seconds"], 2),
            "messages_per_s": round(naive_mps, 3),
            "generated_tokens_per_s": round(naive["tokens"] / naive["seconds"], 1),
        },
        "once_per_worker_s": {"use_index": round(index_s, 2)},
        "ratio_candidates_per_s_vs_naive_messages_per_s": round(pipe_cps / naive_mps, 1),
        "report": summarise(shoppers, results),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=24, help="shoppers through the pipeline")
    parser.add_argument("--naive-n", type=int, default=6, help="prompts through the naive loop")
    parser.add_argument("--candidates", type=int, default=PipelineConfig.candidates)
    parser.add_argument("--model", default="bundled")
    args = parser.parse_args()
    out = run(args.n, args.naive_n, args.candidates, args.model)
    report = out.pop("report")
    print(json.dumps(out, indent=2))
    print(format_report(report))


if __name__ == "__main__":
    main()
