"""A LoRA that teaches the bundled model what products are for.

Asked to finish "Our swim cap is made for", the 135M model gives the same few answers whatever
the product ("the outdoors", "comfort", "a relaxing day"); blind judges rejected about half of
its phrases on categories the guardrails had never seen. The adapter is trained on reviewed use
phrases (``inference/tuning/uses_*.jsonl``: product or range -> four true, specific uses),
inside the exact prompts the pipeline sends, so it learns the slot and the product sense
together and keeps the chat format and few-shot turns as they are. Those prompts carry the
reviewed uses of the nearest *other* products as hints, as the pipeline's do; an adapter
trained without them learned to ignore the hints (3-8% of its phrases used one).

Weights cannot be committed, so ``make install`` runs ``python -m inference.tune`` once; the
result sits in the cache under a key made from the data, the recipe and the base model, and
:func:`inference.engine.get_engine` merges it into the base weights at load (no extra cost per
token). Training is seeded; on the same machine and torch it gives the same adapter.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import os
import random
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .uses import UseIndex

log = logging.getLogger(__name__)

TUNING_DIR = Path(__file__).resolve().parent / "tuning"
# Reviewed uses that only the run-time index reads (hints and plausibility, inference/uses.py).
# The adapter does not train on them: per-use rows over twice the data doubled install time on
# 2 cores and judges saw no better phrases (inference/README.md), while the index gains from
# every category it covers. A marketer adds a shop's categories here; no retraining needed.
CATALOG_DIR = TUNING_DIR / "catalog"
# Bump when the prompt's shape or the way rows are built changes (the key cannot see code):
# a new system text, few-shot turns or frame needs a new adapter; a fix to one product name's
# wording does not, and hashing the code would retrain for ~12 minutes on every edit.
ROW_FORMAT = 3
# Training rows whose hints leave out the product's whole category (see training_rows).
OTHER_CATEGORY_SHARE = 0.5


@dataclass(frozen=True)
class UseEntry:
    category: str
    product: str | None
    uses: tuple[str, ...]


@dataclass(frozen=True)
class Recipe:
    rank: int = 8
    alpha: float = 16.0
    lr: float = 2e-3
    epochs: int = 1
    batch: int = 16
    seed: int = 0
    targets: tuple[str, ...] = ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj")

    @property
    def scale(self) -> float:
        return self.alpha / self.rank


def load_uses(folder: Path = TUNING_DIR) -> list[UseEntry]:
    """Every reviewed entry of a folder's ``uses_*.jsonl`` files."""
    return [e for path in sorted(folder.glob("uses_*.jsonl")) for e in read_uses(path)]


def read_uses(path: Path) -> list[UseEntry]:
    """One file's entries; a malformed line is an error naming its file and line."""
    entries: list[UseEntry] = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            uses = tuple(str(u).strip() for u in raw["uses"])
            entry = UseEntry(str(raw["category"]), raw.get("product") or None, uses)
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{path.name}:{lineno}: {exc}") from exc
        if not entry.uses or not all(entry.uses):
            raise ValueError(f"{path.name}:{lineno}: empty use phrase")
        entries.append(entry)
    return entries


def load_catalog(folder: Path = TUNING_DIR) -> list[UseEntry]:
    """The training entries and the run-time catalogue (``folder/catalog``), each (category,
    product) once: the first file that names it wins."""
    seen: set[tuple[str, str | None]] = set()
    out = []
    for entry in [*load_uses(folder), *load_uses(folder / CATALOG_DIR.name)]:
        key = (entry.category.lower(), (entry.product or "").lower() or None)
        if key not in seen:
            seen.add(key)
            out.append(entry)
    return out


def use_problems(entry: UseEntry) -> dict[str, list[str]]:
    """Why the pipeline's own phrase rules would reject each of the entry's uses (no entry for
    a use they pass). Words outside the closed vocabulary do not count: reviewed uses are
    where that vocabulary comes from."""
    from .guardrails import check_phrase
    from .prompt import short_name

    subject = f"our {short_name(entry.product)}" if entry.product else f"our {entry.category} range"
    out = {}
    for use in entry.uses:
        flags = check_phrase(f"{use.rstrip('.')}.", set(), subject.lower())
        reasons = [f"{f.code}: {f.reason}" for f in flags if f.code != "ungrounded_word"]
        if reasons:
            out[use] = reasons
    return out


def accepted_uses(entry: UseEntry) -> list[str]:
    """The entry's uses that the pipeline's own phrase rules pass: teaching the model a phrase
    the guardrails then reject ("LAN parties", "top-rope sessions") only wastes candidates."""
    rejected = use_problems(entry)
    return [use for use in entry.uses if use not in rejected]


# --- synthetic shoppers in the pipeline's own input format -----------------------------------

CITIES = (
    ("Hamburg", "DE", "Europe/Berlin"),
    ("Lyon", "FR", "Europe/Paris"),
    ("Leeds", "GB", "Europe/London"),
    ("Toronto", "CA", "America/Toronto"),
    ("Austin", "US", "America/Chicago"),
    ("Melbourne", "AU", "Australia/Melbourne"),
    ("Osaka", "JP", "Asia/Tokyo"),
    ("Porto", "PT", "Europe/Lisbon"),
    ("Cape Town", "ZA", "Africa/Johannesburg"),
    ("Seattle", "US", "America/Los_Angeles"),
)
WEATHER = ("rain", "snow", "sunny", "clear", "cloudy", "fog", "windy", None)
VOICES = ("Warm and friendly.", "Calm.", "Upbeat and short.", "Practical.", "Playful.")
DISCOUNTS = (
    ("percent", 15, None),
    ("amount", 10, "EUR"),
    ("bogo", None, None),
    ("free_shipping", None, None),
)


def synth_shopper(
    entry: UseEntry, siblings: Sequence[UseEntry], rng: random.Random, idx: int
) -> dict[str, Any]:
    """A shopper whose prompt looks like production: history in the category (or none), a
    random moment, and an offer on ``entry``'s product or range."""
    city, country, tz = rng.choice(CITIES)
    named = [s.product for s in siblings if s.product]
    events: list[dict[str, Any]] = []
    at = datetime(2026, 11, 20, 12, 0)
    kind = rng.choice(("none", "views", "views", "cart", "search", "bought"))
    if kind != "none" and named:
        for name in rng.sample(named, k=min(len(named), rng.randint(1, 2))):
            product = {"sku": f"T-{idx}", "name": name, "category": entry.category, "price": 20.0}
            events.append({"type": "view", "at": at.isoformat() + "Z", "product": product})
    if kind == "cart" and entry.product:
        product = {"sku": f"T-{idx}", "name": entry.product, "category": entry.category}
        events.append({"type": "add_to_cart", "at": at.isoformat() + "Z", "product": product})
    if kind == "bought" and named:
        product = {"sku": f"B-{idx}", "name": rng.choice(named), "category": entry.category}
        events.append({"type": "purchase", "at": at.isoformat() + "Z", "product": product})
    if kind == "search":
        query = " ".join((entry.product or entry.category).lower().split()[-2:])
        events.append({"type": "search", "at": at.isoformat() + "Z", "query": query})
    now = datetime(2026, 11, 22) + timedelta(days=rng.randint(0, 6), hours=rng.randint(6, 23))
    discount, value, currency = rng.choice(DISCOUNTS)
    return {
        "id": f"tune{idx}",
        "customer": {
            "external_id": f"t-{idx}",
            "first_name": "Sam",
            "last_name": "Doe",
            "email": "sam@example.org",
            "phone": "",
            "street": "",
            "city": city,
            "country": country,
            "timezone": tz,
            "language": "en",
            "birth_year": rng.randint(1960, 2004),
            "notes": "",
        },
        "events": events,
        "context": {
            "now": now.isoformat(),
            "city": city,
            "weather": rng.choice(WEATHER),
            "device": rng.choice(("ios", "android", "web")),
        },
        "offer": {
            "title": f"{entry.category} week",
            "product_name": entry.product,
            "category": entry.category,
            "discount_type": discount,
            "discount_value": value,
            "currency": currency,
            "code": None,
            "ends_at": "2026-12-06T23:59:00Z",
        },
        "channel": {"type": "push", "max_chars": rng.choice((120, 150, 178))},
        "brand_voice": rng.choice(VOICES),
    }


class _Renderer:
    """Just enough of an engine for :func:`inference.pipeline.prepare`."""

    name = "tune"

    def __init__(self, tokenizer: Any, chat: bool = True) -> None:
        self.tokenizer = tokenizer
        self.chat = chat

    def render(self, messages: list[dict[str, str]]) -> str:
        from .engine import render_messages

        return render_messages(self.tokenizer, messages, self.chat)


def training_rows(
    entries: Sequence[UseEntry],
    tokenizer: Any,
    seed: int = 0,
    index: UseIndex | None = None,
    chat: bool = True,
) -> list[tuple[str, list[str]]]:
    """Per reviewed use: (a prompt exactly as the pipeline sends it, [the phrase the model
    should write after it]). Each use gets its own synthetic shopper and moment: sharing one
    prompt among an entry's four uses trained faster but wrote worse phrases on the dev sets
    (see inference/README.md). ``seed`` picks the shoppers.

    With ``index`` (the reviewed uses, embedded), each prompt carries hints as the pipeline's
    do, but never its own product's uses: at run time the offered product is usually one no
    reviewer wrote about, so the model must learn to adapt its neighbours' uses. For
    :data:`OTHER_CATEGORY_SHARE` of the rows the whole category is left out as well, as for a
    shop whose departments the catalogue does not cover.
    """
    from .pipeline import PipelineConfig, offer_text, prepare

    rng = random.Random(seed)
    by_category: dict[str, list[UseEntry]] = {}
    for entry in entries:
        by_category.setdefault(entry.category, []).append(entry)
    renderer = _Renderer(tokenizer, chat)
    # The hints are chosen here, not by the pipeline's index (the renderer has no embedder).
    config = PipelineConfig(hints=0)
    count = PipelineConfig().hints
    rows: list[tuple[str, list[str]]] = []
    for i, entry in enumerate(entries):
        for j, use in enumerate(accepted_uses(entry)):
            shopper = synth_shopper(entry, by_category[entry.category], rng, i * 10 + j)
            prep = prepare(shopper, renderer, config)  # type: ignore[arg-type]
            if index is not None:
                # Its own generator, so the shoppers are the same with or without hints.
                blind = random.Random(f"{seed}/{i}/{j}").random() < OTHER_CATEGORY_SHARE

                def skip(other: UseEntry, own: UseEntry = entry, whole: bool = blind) -> bool:
                    return other == own or (whole and other.category == own.category)

                hints = index.hints(offer_text(prep.facts), count, skip=skip)
                prep = prepare(shopper, renderer, config, hints=hints)  # type: ignore[arg-type]
            rows.append((prep.prompt, [f" {use.rstrip('.')}."]))
    return rows


# --- where adapters live ---------------------------------------------------------------------


def cache_root() -> Path:
    return Path(
        os.environ.get("PROMO_CACHE_DIR")
        or os.path.join(
            os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "promoweb"
        )
    )


def cache_dir() -> Path:
    return cache_root() / "adapters"


def adapter_key(model_name: str, recipe: Recipe, folder: Path = TUNING_DIR) -> str:
    digest = hashlib.sha256()
    digest.update(f"{model_name}|{ROW_FORMAT}|{json.dumps(asdict(recipe))}".encode())
    for path in sorted(folder.glob("uses_*.jsonl")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def adapter_path(model_name: str, recipe: Recipe | None = None, data: Path = TUNING_DIR) -> Path:
    return cache_dir() / f"{model_name}-{adapter_key(model_name, recipe or Recipe(), data)}.pt"


# --- LoRA --------------------------------------------------------------------------------------


def _targets(model: Any, recipe: Recipe) -> Iterator[tuple[str, Any]]:
    import torch

    for name, module in model.named_modules():
        if isinstance(module, torch.nn.Linear) and name.rsplit(".", 1)[-1] in recipe.targets:
            yield name, module


def merge(model: Any, state: dict[str, Any], scale: float) -> int:
    """Add ``scale * B @ A`` into each target's weight; returns how many were changed."""
    import torch

    modules = dict(model.named_modules())
    done = 0
    with torch.no_grad():
        for name in {k.rsplit(".", 1)[0] for k in state}:
            weight = modules[name].weight
            delta = (state[f"{name}.B"].float() @ state[f"{name}.A"].float()) * scale
            weight.copy_((weight.float() + delta.to(weight.device)).to(weight.dtype))
            done += 1
    return done


def train(
    model: Any,
    tokenizer: Any,
    epochs: Sequence[Sequence[tuple[str, list[str]]]],
    recipe: Recipe,
    chat: bool = True,
) -> dict:
    """LoRA on ``recipe.targets``; loss on the phrase tokens (and the end of turn) only.

    ``epochs``: the rows for each epoch (see :func:`training_rows`). ``chat``: the rows are
    chat turns that end on ``<|im_end|>``; otherwise transcript lines that end on a newline.
    """
    import torch
    from transformers import DynamicCache

    from .engine import _common_prefix_len, cache_kwarg

    class LoRA(torch.nn.Module):
        def __init__(self, out_f: int, in_f: int) -> None:
            super().__init__()
            self.A = torch.nn.Parameter(torch.randn(recipe.rank, in_f) / recipe.rank**0.5)
            self.B = torch.nn.Parameter(torch.zeros(out_f, recipe.rank))

        def hook(self, _module: Any, args: tuple[Any, ...], out: Any) -> Any:
            # A side path, not W + BA: the frozen weight then never gets a full-size gradient
            # (a third of the matmul work per step).
            x = args[0]
            a, b = self.A.to(x.dtype), self.B.to(x.dtype)
            return out + (x @ a.T) @ b.T * recipe.scale

    torch.manual_seed(recipe.seed)
    for p in model.parameters():
        p.requires_grad_(False)
    adapters: dict[str, Any] = {}
    handles = []
    for name, module in list(_targets(model, recipe)):
        lora = LoRA(*module.weight.shape)
        handles.append(module.register_forward_hook(lora.hook))
        adapters[name] = lora
    params = [p for lora in adapters.values() for p in lora.parameters()]
    opt = torch.optim.AdamW(params, lr=recipe.lr, weight_decay=0.0)

    def ids(text: str) -> list[int]:
        return list(tokenizer(text, add_special_tokens=False)["input_ids"])

    end = tokenizer.convert_tokens_to_ids("<|im_end|>") if chat else ids("\n")[-1]
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else end

    encoded = [
        [(ids(prompt), [[*ids(t), end] for t in targets]) for prompt, targets in rows]
        for rows in epochs
    ]
    # Every prompt starts with the same system text and few-shot turns (~420 of ~510 tokens).
    # That prefix runs once per step without gradient, under the current adapter, and its KV
    # cache is shared by the batch; each entry's own prompt then runs once for all its uses.
    # The adapter learns through the shopper's tokens and the phrases, where the answer is read.
    plen = _common_prefix_len([p for rows in encoded for p, _ in rows])
    prefix = torch.tensor([encoded[0][0][0][:plen]])
    cache_kw = cache_kwarg(model)
    steps = sum((len(rows) + recipe.batch - 1) // recipe.batch for rows in encoded)
    sched = torch.optim.lr_scheduler.OneCycleLR(
        opt, max_lr=recipe.lr, total_steps=max(steps, 1), pct_start=0.1
    )
    rng = random.Random(recipe.seed)
    model.train()
    step = 0
    t0 = time.perf_counter()
    for epoch, rows in enumerate(encoded):
        order = list(range(len(rows)))
        rng.shuffle(order)
        for start in range(0, len(order), recipe.batch):
            chunk = [
                (p[plen:], ts) for p, ts in (rows[i] for i in order[start : start + recipe.batch])
            ]
            loss = _step_loss(model, chunk, prefix, pad, cache_kw, DynamicCache)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            sched.step()
            opt.zero_grad(set_to_none=True)
            step += 1
            if step % 10 == 0 or step == steps or step <= 3:
                log.info(
                    "epoch %d step %d/%d loss %.3f (%.0f s)",
                    epoch + 1,
                    step,
                    steps,
                    loss.item(),
                    time.perf_counter() - t0,
                )
    model.eval()
    for handle in handles:
        handle.remove()
    state = {}
    for name, lora in adapters.items():
        state[f"{name}.A"] = lora.A.detach().float().clone()
        state[f"{name}.B"] = lora.B.detach().float().clone()
    return state


def _step_loss(
    model: Any,
    chunk: list[tuple[list[int], list[list[int]]]],
    prefix: Any,
    pad: int,
    cache_kw: str,
    cache_cls: Any,
) -> Any:
    """Mean cross-entropy of every phrase token after its entry's prompt.

    Three passes share one KV cache: the common prefix (no gradient), the entries' own prompt
    tails (left-padded, so each ends at the last column), then every phrase (right-padded),
    each row reading its entry's cache rows.
    """
    import torch

    plen = prefix.shape[1]
    n = len(chunk)
    width = max(len(p) for p, _ in chunk)
    tail = torch.full((n, width), pad, dtype=torch.long)
    tail_mask = torch.zeros((n, width), dtype=torch.long)
    for row, (p, _) in enumerate(chunk):
        tail[row, width - len(p) :] = torch.tensor(p)
        tail_mask[row, width - len(p) :] = 1
    cache = cache_cls(config=model.config)
    with torch.no_grad():
        model(input_ids=prefix, **{cache_kw: cache}, use_cache=True, logits_to_keep=1)
    cache.batch_repeat_interleave(n)
    ones = torch.ones((n, plen), dtype=torch.long)
    mask = torch.cat([ones, tail_mask], 1)
    positions = (plen + tail_mask.cumsum(1) - 1).clamp(min=plen)
    hidden = model.model(
        input_ids=tail,
        attention_mask=mask,
        position_ids=positions,
        **{cache_kw: cache},
        use_cache=True,
    ).last_hidden_state
    owner = [row for row, (_, ts) in enumerate(chunk) for _ in ts]
    targets = [t for _, ts in chunk for t in ts]
    cache.batch_select_indices(torch.tensor(owner))
    twidth = max(len(t) for t in targets) - 1
    first = model.lm_head(hidden[torch.tensor(owner), -1])  # predicts each phrase's 1st token
    logits = [first]
    labels = [torch.tensor([t[0] for t in targets])]
    if twidth > 0:
        body = torch.full((len(targets), twidth), pad, dtype=torch.long)
        body_mask = torch.zeros((len(targets), twidth), dtype=torch.long)
        picks, wanted = [], []
        for row, t in enumerate(targets):
            body[row, : len(t) - 1] = torch.tensor(t[:-1])
            body_mask[row, : len(t) - 1] = 1
            picks += [(row, k) for k in range(len(t) - 1)]
            wanted += t[1:]
        start = positions[torch.tensor(owner), -1] + 1
        body_pos = start[:, None] + torch.arange(twidth)[None, :]
        full_mask = torch.cat([mask[torch.tensor(owner)], body_mask], 1)
        out = model.model(
            input_ids=body,
            attention_mask=full_mask,
            position_ids=body_pos,
            **{cache_kw: cache},
            use_cache=True,
        ).last_hidden_state
        index = torch.tensor(picks)
        logits.append(model.lm_head(out[index[:, 0], index[:, 1]]))
        labels.append(torch.tensor(wanted))
    return torch.nn.functional.cross_entropy(torch.cat(logits).float(), torch.cat(labels))


def build(
    model_spec: str = "bundled",
    recipe: Recipe | None = None,
    force: bool = False,
    data: Path = TUNING_DIR,
    out: Path | None = None,
) -> Path:
    """Train the adapter for ``model_spec`` unless the cache already holds it."""
    import torch

    from .engine import is_chat_model, load_causal_lm, resolve_device_dtype, resolve_model

    recipe = recipe or Recipe()
    folder, gguf = resolve_model(model_spec)
    name = gguf or Path(folder).name
    path = out or adapter_path(name, recipe, data)
    if path.exists() and not force:
        log.info("adapter already built: %s", path)
        return path
    device, dtype = resolve_device_dtype(None, None)
    if device == "cpu":
        torch.set_num_threads(max(1, os.cpu_count() or 1))
    model, tokenizer = load_causal_lm(folder, gguf, device, dtype)
    entries = load_uses(data)
    index = _training_index(entries, device)
    # Each epoch shows every product in a new synthetic moment.
    chat = is_chat_model(model_spec)
    epochs = [
        training_rows(entries, tokenizer, seed=recipe.seed + e, index=index, chat=chat)
        for e in range(recipe.epochs)
    ]
    uses = sum(len(ts) for _, ts in epochs[0])
    log.info(
        "training on %d uses of %d entries, %d epochs (%s)",
        uses,
        len(entries),
        recipe.epochs,
        dtype,
    )
    state = train(model, tokenizer, epochs, recipe, chat)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    torch.save({"recipe": asdict(recipe), "state": state}, tmp)
    # Another process may be loading the cache: it sees the old name or the whole new file.
    tmp.replace(path)
    log.info("adapter saved: %s", path)
    return path


def _training_index(entries: list[UseEntry], device: str) -> UseIndex:
    """The training entries embedded with the pipeline's embedder, for the rows' hints. Only
    the training files: the run-time catalogue stays out of the adapter and its key."""
    import functools

    from .engine import _setting, load_embedder, mean_pooled, resolve_embed_model
    from .uses import UseIndex

    folder = resolve_embed_model(_setting("PROMO_EMBED_MODEL", "") or "bundled")
    model, tokenizer = load_embedder(folder, device)
    return UseIndex.build(functools.partial(mean_pooled, model, tokenizer, device), list(entries))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=os.environ.get("PROMO_LLM_MODEL", "bundled"))
    parser.add_argument("--force", action="store_true", help="retrain even if cached")
    parser.add_argument("--epochs", type=int, default=Recipe.epochs)
    parser.add_argument("--lr", type=float, default=Recipe.lr)
    parser.add_argument("--rank", type=int, default=Recipe.rank)
    parser.add_argument("--data", type=Path, default=TUNING_DIR, help="folder of uses_*.jsonl")
    parser.add_argument("--out", type=Path, default=None, help="adapter file (default: cache)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "promoweb.settings")
    django.setup()
    recipe = Recipe(epochs=args.epochs, lr=args.lr, rank=args.rank)
    print(build(args.model or "bundled", recipe, args.force, args.data, args.out))


if __name__ == "__main__":
    main()
