"""The copy pipeline: shopper dicts in, validated messages out.

profile -> anonymise -> prompt (+ PII gate) -> engine -> guardrails -> score -> choose
(``choose.py``). The Django side and the CLI both call :func:`generate_messages` with the same
dict shape.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .anonymise import Facts, anonymise, find_pii, sanitise
from .choose import (
    avoided,
    choose,
    compose,
    first_name_of,
    keep_model_share,
    phrase_of,
    plausible,
    render_name,
    spend_template_budget,
    wording,
)
from .config import PipelineConfig
from .engine import Engine, Generation
from .guardrails import (
    PHRASE_WORDS,
    TIME_WORDS,
    WEATHER_WORDS,
    WORD_RE,
    Flag,
    MessageRules,
    brief_strays,
    check_hook,
    check_message,
    check_phrase,
    content_words,
)
from .offers import DISCOUNT_TYPES, OfferError, RenderedOffer, offer_numbers, render_offer
from .profile import Profile, build_profile
from .prompt import (
    FRAMES,
    PRONOUNS,
    PromptSpec,
    build_prompt,
    display_case,
    frame_sentence,
    names_product,
    promoweb_words,
    short_name,
)
from .score import (
    ClickModel,
    click_features,
    combine,
    components,
    fluency,
)
from .uses import entry_key, index_for

# Without PromoWeb's frame the model writes a whole sentence: a bare noun phrase ("A home
# decor.") reads as a fragment. With the frame, check_phrase bounds the model's words instead.
MIN_OWN_WORDS = 4
# Room the model's phrase gets when PromoWeb picks how long its own opener may be.
PHRASE_ROOM = 24
# ``avoid``: wordings reviewers sent back. A campaign's selector sends its most recent ones;
# the caps keep a runaway list from slowing every candidate's check.
MAX_AVOID = 1000
MAX_AVOID_CHARS = 1000


class ShopperError(ValueError):
    """Input that cannot be turned into a message; the message names the field."""


REQUIRED = {
    "customer": ("first_name", "timezone"),
    "context": ("now",),
    "offer": ("discount_type", "ends_at"),
    "channel": ("max_chars",),
}


def validate_shopper(shopper: Any) -> None:
    if not isinstance(shopper, dict):
        raise ShopperError("shopper must be a JSON object")
    if not shopper.get("id"):
        raise ShopperError("missing field 'id'")
    for section, keys in REQUIRED.items():
        value = shopper.get(section)
        if not isinstance(value, dict):
            raise ShopperError(f"missing field '{section}'")
        for key in keys:
            if key not in value:
                raise ShopperError(f"missing field '{section}.{key}'")
    if not isinstance(shopper.get("events", []), list):
        raise ShopperError("'events' must be a list")
    offer = shopper["offer"]
    if offer.get("discount_type") not in DISCOUNT_TYPES:
        raise ShopperError(
            f"unknown discount_type {offer.get('discount_type')!r} "
            f"(expected one of {', '.join(DISCOUNT_TYPES)})"
        )
    uses = offer.get("uses")
    if uses is not None and (
        not isinstance(uses, list) or not all(isinstance(u, str) for u in uses)
    ):
        raise ShopperError("'offer.uses' must be a list of strings")
    avoid = shopper.get("avoid")
    if avoid is not None and (
        not isinstance(avoid, list)
        or not all(isinstance(a, str) and len(a) <= MAX_AVOID_CHARS for a in avoid)
        or len(avoid) > MAX_AVOID
    ):
        raise ShopperError(
            f"'avoid' must be a list of at most {MAX_AVOID} strings of at most "
            f"{MAX_AVOID_CHARS} characters"
        )
    max_chars = shopper["channel"].get("max_chars")
    if not isinstance(max_chars, int) or max_chars < 40:
        raise ShopperError("'channel.max_chars' must be an integer >= 40")
    try:
        render_offer(offer, "x", "x")
    except OfferError as exc:
        raise ShopperError(f"offer: {exc}") from exc
    try:
        build_profile(shopper["customer"], shopper.get("events") or [], shopper["context"]["now"])
    except (ValueError, TypeError, KeyError) as exc:
        raise ShopperError(f"bad date or event: {exc}") from exc


@dataclass
class Prepared:
    shopper: dict[str, Any]
    profile: Profile
    facts: Facts
    offer: RenderedOffer
    spec: PromptSpec
    prompt: str
    rules: MessageRules
    pii_hits: list[str]
    history_sources: list[str]
    # Wordings (``choose.wording``) a reviewer sent back: never sent again.
    avoid: frozenset[str] = frozenset()

    @property
    def sendable(self) -> bool:
        return not self.pii_hits


def prepare(
    shopper: dict[str, Any],
    engine: Engine,
    config: PipelineConfig,
    hints: Sequence[str] | None = None,
) -> Prepared:
    """Everything before generation. ``hints``: these reviewed uses instead of the index's
    (the adapter's trainer picks them so that a row never sees its own product's uses)."""
    validate_shopper(shopper)
    customer = shopper["customer"]
    events = shopper.get("events") or []
    profile = build_profile(customer, events, shopper["context"]["now"])
    facts = anonymise(shopper, profile)
    rendered, rules, seen = _offer_rules(shopper, facts, config)
    room = int(shopper["channel"]["max_chars"]) - len(rendered.short_closing) - 2 - PHRASE_ROOM
    shown: list[str] = []
    if config.opener and (hints is not None or config.hints > 0):
        if hints is None and _briefed(facts, config):
            hints = facts.offer_uses[: config.hints]
        if hints is None:
            hints = index_for(engine).hints(offer_text(facts), config.hints)
        # A reviewed use can share a word with a shopper's name or street ("rose garden" for
        # Rose): the PII gate would then hold back the whole prompt, so such a hint goes.
        shown = [h for h in hints if not find_pii(h, customer)]
    spec = build_prompt(facts, shopper, use_opener=config.opener, room=room, hints=shown)
    prompt = engine.render(spec.messages) + spec.prefill
    hits = find_pii(prompt, customer, own_text=promoweb_words(shopper, prompt))
    return Prepared(
        shopper=shopper,
        profile=profile,
        facts=facts,
        offer=rendered,
        spec=spec,
        prompt=prompt,
        rules=rules,
        pii_hits=sorted({h.kind for h in hits}),
        history_sources=seen,
        avoid=frozenset(filter(None, map(wording, shopper.get("avoid") or []))),
    )


def _offer_rules(
    shopper: dict[str, Any], facts: Facts, config: PipelineConfig
) -> tuple[RenderedOffer, MessageRules, list[str]]:
    offer = shopper["offer"]
    events = shopper.get("events") or []
    subject = facts.offer_subject if offer.get("product_name") else facts.offer_category
    # A title too long for the product's full name says it shorter, never as the category:
    # "Fragrance: Buy one, get one free" over one eau de toilette reads as a range-wide deal.
    shorter = short_name(subject) if offer.get("product_name") and subject else None
    first, joined, _ = facts.offer_category.partition(" & ")
    if not offer.get("product_name") and joined and first:
        # A range's title without its first word changes the goods ("Chocolate & malted
        # drinks" for hot chocolate, which a blind judge rejected); "& more" keeps them.
        shorter = f"{first} & more"
    # render_offer capitalises whichever shorter form it uses.
    rendered = render_offer(offer, subject or "Our range", shorter or facts.offer_category)
    # Numbers may repeat the offer or product names the shopper saw, as the model saw them.
    seen = [sanitise(e.get("product", {}).get("name")) or "" for e in events if isinstance(e, dict)]
    sources = [*offer_numbers(offer), subject or "", rendered.title, *seen]
    rules = MessageRules(
        deal=rendered.deal,
        code=rendered.code,
        max_chars=int(shopper["channel"]["max_chars"]),
        number_sources=tuple(sources),
        banned_phrases=tuple(shopper.get("banned_phrases") or config.banned_phrases),
        customer=shopper["customer"],
        own_text=promoweb_words(),
    )
    return rendered, rules, seen


def check_text(
    shopper: dict[str, Any],
    title: str,
    body: str,
    config: PipelineConfig = PipelineConfig(),
) -> list[dict[str, str]]:
    """The message-level guardrails for a human-written or edited text, without a model.

    A reviewer's edit faces the same offer-fidelity, stray-number, length, contact, PII,
    banned-phrase and injection rules as the model's candidates.
    """
    validate_shopper(shopper)
    profile = build_profile(
        shopper["customer"], shopper.get("events") or [], shopper["context"]["now"]
    )
    facts = anonymise(shopper, profile)
    _, rules, _ = _offer_rules(shopper, facts, config)
    return [flag.as_dict() for flag in check_message(title, body, rules)]


# --- composition -------------------------------------------------------------------------------


def clean_hook(text: str) -> str:
    line = text.strip().split("\n", 1)[0].strip()
    line = re.sub(r"^(?:assistant|line|hook|answer)\s*:\s*", "", line, flags=re.IGNORECASE)
    line = line.strip(" \"'“”")
    return " ".join(line.split())


# --- main entry point --------------------------------------------------------------------------


def _local_hour_match(profile: Profile) -> bool:
    if profile.local_time is None or not profile.preferred_hours:
        return False
    h = profile.local_time.hour
    return any(min((h - p) % 24, (p - h) % 24) <= 1 for p in profile.preferred_hours)


def fact_vocabulary(prep: Prepared) -> set[str]:
    """Words a hook may use without having copied them from an example."""
    facts = prep.facts
    words: set[str] = set()
    for t in [*facts.history_terms(), *facts.context_terms(), prep.spec.facts_text]:
        words |= content_words(t)
    # The opener is PromoWeb's own text, so its words are not copies of an example.
    words |= content_words(prep.spec.prefill)
    # Multi-word cities ("San Francisco") have short parts that content_words skips.
    words |= {w.lower() for w in WORD_RE.findall(facts.city or "")}
    if prep.spec.prefill:
        # Generic uses and moments are what the frame asks for, not copies of an example.
        words |= PHRASE_WORDS
    if facts.weather:
        words |= set(WEATHER_WORDS.get(facts.weather.lower(), ()))
    words |= set(TIME_WORDS.get(facts.time_of_day, ()))
    words |= set(prep.profile.seasons)
    return words


def topic_vocabulary(prep: Prepared) -> set[str]:
    """A hook must touch at least one of these: the shopper's interests, the offer or moment."""
    facts = prep.facts
    words: set[str] = set()
    for t in [*facts.history_terms(), facts.offer_subject, facts.offer_category, facts.city or ""]:
        words |= content_words(t)
        words |= {w.rstrip("s") for w in content_words(t)}
    if facts.weather:
        words |= set(WEATHER_WORDS.get(facts.weather.lower(), ()))
    words |= set(TIME_WORDS.get(facts.time_of_day, ()))
    if facts.weekday:
        words.add(facts.weekday.lower())
    return words


def profile_text(facts: Facts) -> str:
    """What the shopper is about, in words, for the relevance embedding."""
    parts = []
    if facts.categories or facts.products:
        parts.append(
            "Interested in " + ", ".join(facts.categories + facts.products + facts.searches) + "."
        )
    if facts.cart:
        parts.append(f"Has {facts.cart[0]} in the cart.")
    ctx = " ".join(x for x in (facts.weather, facts.time_of_day, "in", facts.city) if x)
    parts.append(f"{ctx}.")
    parts.append(f"Offer on {facts.offer_subject}.")
    return " ".join(parts)


def offer_text(facts: Facts) -> str:
    return f"{facts.offer_subject} ({facts.offer_category})"


def read_as(prep: Prepared, hook: str) -> str:
    """The hook as the push reads: one that opens on "It's" is about what the title names."""
    if hook.startswith(PRONOUNS):
        return f"{short_name(prep.facts.offer_subject)}: {hook}"
    return hook


def _frame_contexts(prep: Prepared) -> tuple[str, str] | None:
    """The product's own frame sentence and the same frame about nothing in particular.

    Only the frame's sentence: the opener ("Foggy evening?") would make any phrase likelier
    and hide what naming the product adds.
    """
    frame = next((f for f in FRAMES if prep.spec.prefill.endswith(f)), None)
    if frame is None:
        return None
    # The frame that names the product, also where the sent one says "It's" because the
    # opener named it: "It's made for" against "It is made for" compares nothing with nothing,
    # and the floor then turned down a random share of those shoppers' phrases.
    named = frame_sentence(prep.facts, names_product(prep.shopper), FRAMES.index(frame))
    return named, f"It is {frame}"


def _specificities(
    engine: Engine, items: list[tuple[Prepared, str]], memo: dict[tuple[str, str], float]
) -> list[float] | None:
    """Pointwise mutual information of each phrase with the product named in its frame, from
    the model itself: log p(phrase | "Our X is made for") minus log p(phrase | "It is made
    for"), per token. None when the engine can't score text (the test fakes)."""
    scorer = getattr(engine, "continuation_logprobs", None)
    if scorer is None:
        return None
    # The retry rounds and the final scoring see the same phrases; score each pair once.
    keys = []
    for prep, phrase in items:
        frames = _frame_contexts(prep)
        assert frames is not None
        keys += [(frames[0], phrase), (frames[1], phrase)]
    todo = sorted({key for key in keys if key not in memo})
    if todo:
        scores = scorer([c for c, _ in todo], [p for _, p in todo])
        memo.update(zip(todo, scores, strict=True))
    return [memo[keys[2 * i]] - memo[keys[2 * i + 1]] for i in range(len(items))]


def _judge(
    items: list[tuple[Prepared, dict[str, Any]]],
    engine: Engine,
    config: PipelineConfig,
    memo: dict[tuple[str, str], float],
    embedded: dict[str, Any],
) -> None:
    """The model-based checks on new candidates, which already carry their rule flags: MiniLM
    relevance of the hook to the shopper and of the phrase to the offer, and specificity.

    One place for what decides a retry and what decides the final choice: when the two were
    separate, the retry check missed the relevance floors and shoppers went to the fallback
    with rounds unspent. Each candidate is judged once, in the round that drew it; the
    embeddings and scores are memoised across rounds.
    """
    framed = bool(config.opener)
    texts = [t for p, c in items for t in (profile_text(p.facts), read_as(p, c["hook"]))]
    if framed:
        texts += [t for p, c in items for t in (offer_text(p.facts), phrase_of(c["hook"], p))]
        texts += [u for p, _ in items for u in p.facts.offer_uses]
    todo = sorted({t for t in texts if t not in embedded})
    if todo:
        embedded.update(zip(todo, engine.embed(todo), strict=True))
    unlisted = config.min_specificity_unlisted
    scorable = [
        (p, c)
        for p, c in items
        if framed
        and _frame_contexts(p) is not None
        and (not c["flags"] or (unlisted is not None and _provisional(c["flags"])))
    ]
    scores = _specificities(engine, [(p, phrase_of(c["hook"], p)) for p, c in scorable], memo)
    specificity = {id(c): s for (_, c), s in zip(scorable, scores or [], strict=False)}
    plaus: dict[int, float] = {}
    if framed and (config.plausibility_weight or config.min_plausibility is not None):
        index = index_for(engine)
        values = index.plausibility_of(
            [embedded[offer_text(p.facts)] for p, _ in items],
            [embedded[phrase_of(c["hook"], p)] for p, c in items],
        )
        plaus = {id(c): v for (_, c), v in zip(items, values, strict=True)}
    for prep, cand in items:
        rel = float(embedded[profile_text(prep.facts)] @ embedded[read_as(prep, cand["hook"])])
        spec = specificity.get(id(cand))
        pl = plaus.get(id(cand))
        lifted = [f.reason for f in cand["flags"]]
        if unlisted is not None and _provisional(cand["flags"]) and (spec or 0.0) >= unlisted:
            cand["flags"] = []
        else:
            lifted = []
        if rel < config.min_relevance and not cand["flags"]:
            cand["flags"].append(Flag("off_topic", f"relevance {rel:.2f} < {config.min_relevance}"))
        phrase = phrase_of(cand["hook"], prep)
        strays = _strays(prep, phrase) if framed else []
        spec_floor = config.min_specificity
        # The floor is there for uses that fit anything ("the outdoors"); a phrase made only of
        # the marketer's words for this offer is specific by the brief ("window boxes" for
        # pansies scored -0.19: the small model rates it as likely after "It is made for").
        if config.brief_min_specificity is not None and prep.facts.offer_uses and not strays:
            spec_floor = config.brief_min_specificity
        if spec is not None and spec < spec_floor and not cand["flags"]:
            cand["flags"].append(Flag("generic_use", f"fits any product (specificity {spec:.2f})"))
        prel = brief = None
        if framed:
            prel = float(embedded[offer_text(prep.facts)] @ embedded[phrase])
            if prel < config.min_phrase_relevance and not cand["flags"]:
                cand["flags"].append(Flag("off_topic", f"phrase relevance {prel:.2f} to the offer"))
            if prep.facts.offer_uses:
                brief = max(float(embedded[u] @ embedded[phrase]) for u in prep.facts.offer_uses)
        floor = config.min_plausibility
        if pl is not None and floor is not None and pl < floor and not cand["flags"]:
            cand["flags"].append(
                Flag("unlike_reviewed", f"far from uses reviewed for similar products ({pl:.2f})")
            )
        # Last, after every other check has had its say: keep_model_share may lift this flag
        # alone, so a phrase it sends must have passed the floors above. The brief binds the
        # model, not uses reviewed for this product.
        cap = config.max_brief_strays
        if cap is not None and len(strays) > cap and cand["source"] == "model":
            cand["flags"].append(
                Flag("off_brief", f"words neither the brief nor the name has: {strays}")
            )
        cand.update(
            rel=rel, prel=prel, spec=spec, lifted=lifted, plaus=pl, brief=brief, strays=len(strays)
        )


def _strays(prep: Prepared, phrase: str) -> list[str]:
    """``brief_strays`` of a phrase for this shopper's offer; none without a brief."""
    if not prep.facts.offer_uses:
        return []
    offer = f"{prep.facts.offer_subject} {prep.facts.offer_category}"
    return brief_strays(phrase, prep.facts.offer_uses, offer)


def _provisional(flags: list[Flag]) -> bool:
    """Only words outside the closed vocabulary: specificity may still let it through."""
    return bool(flags) and all(f.code == "ungrounded_word" for f in flags)


def _draft(
    prep: Prepared, g: Generation, config: PipelineConfig
) -> tuple[str, str, str, list[Flag]]:
    """Compose one candidate around a generation and run every check that needs no model."""
    written = clean_hook(g.text)
    hook = f"{prep.spec.prefill} {written}".strip()
    shown = f"{prep.spec.prefill} {display_case(written)}".strip()
    title, body = compose(shown, prep)
    fact_words = fact_vocabulary(prep)
    flags = check_hook(
        hook,
        has_cart=bool(prep.facts.cart),
        has_purchase=bool(prep.facts.purchased),
        fact_words=fact_words,
        example_words=prep.spec.example_words,
        voice_words=content_words(prep.facts.voice),
        topic_words=topic_vocabulary(prep),
        moment=(prep.facts.weekday, prep.facts.time_of_day, prep.facts.weather),
        prefix=prep.spec.prefill,
        subject=prep.facts.offer_subject,
        about=prep.facts.offer_subject if prep.spec.prefill.startswith(PRONOUNS) else "",
    )
    if prep.spec.prefill:
        flags += check_phrase(
            written,
            fact_words,
            prep.facts.offer_subject,
            prep.facts.weather,
            prep.profile.seasons,
            prep.profile.warm,
            brief=prep.facts.offer_uses,
        )
        if wording(written) in {wording(use) for use in prep.facts.offer_uses}:
            flags.append(Flag("brief_copy", "one of the brief's uses word for word"))
    elif len(WORD_RE.findall(written)) < MIN_OWN_WORDS:
        flags.append(Flag("hook_format", "the model added no sentence of its own"))
    floor = config.min_logprob
    # The floor is there for the model's word salad, which a phrase made only of the
    # marketer's words and the offer's name seldom is (``PipelineConfig.brief_min_logprob``).
    if (
        config.brief_min_logprob is not None
        and prep.facts.offer_uses
        and prep.spec.prefill
        and not _strays(prep, written)
    ):
        floor = config.brief_min_logprob
    if g.mean_logprob is not None and g.mean_logprob < floor:
        flags.append(Flag("low_fluency", f"mean token log-prob {g.mean_logprob:.2f}"))
    flags += check_message(title, body, prep.rules)
    rendered = render_name(body, first_name_of(prep))
    if rendered != body and len(rendered) > prep.rules.max_chars:
        flags.append(Flag("length", f"rendered body has {len(rendered)} chars"))
    if avoided(prep, shown, body):
        flags.append(Flag("reviewer_rejected", "a reviewer sent this wording back"))
    return shown, title, body, flags


def _reviewed_candidates(
    live: list[Prepared],
    cands: dict[int, list[dict[str, Any]]],
    engine: Engine,
    config: PipelineConfig,
) -> list[tuple[Prepared, dict[str, Any]]]:
    """The reviewed uses of the products nearest each shopper's offer, drafted in the same
    frame and through the same rules as a model phrase, for the shoppers whose model phrases
    could lose to one (see ``_choose``). The closed vocabulary does not apply: reviewed uses
    are where it comes from (``tune.use_problems`` makes the same exception)."""
    assert config.reviewed_min_similarity is not None
    index = index_for(engine)
    out = []
    for prep in live:
        if _frame_contexts(prep) is None or plausible(cands[id(prep)], config):
            continue
        # One product's use is an overclaim for a whole range: judges rejected "our cat
        # accessories range is made for kitten play sessions" (from a feather wand toy).
        near = index.neighbours(
            index.offer_vector(offer_text(prep.facts)),
            config.reviewed_neighbours,
            keep=(lambda e: not e.product) if prep.facts.is_range else None,
        )
        for i, sim in near:
            if sim < config.reviewed_min_similarity:
                continue
            for use in index.uses[i]:
                # A use can share a word with the shopper's name or street ("rose garden").
                if find_pii(use, prep.shopper["customer"]):
                    continue
                g = Generation(text=f"{use}.", mean_logprob=None, n_tokens=0)
                hook, title, body, flags = _draft(prep, g, config)
                cand: dict[str, Any] = {"hook": hook, "title": title, "body": body}
                cand.update(
                    gen=g,
                    flags=[f for f in flags if f.code != "ungrounded_word"],
                    source="reviewed",
                    reviewed_from={
                        "product": entry_key(index.entries[i]),
                        "similarity": round(sim, 4),
                    },
                )
                out.append((prep, cand))
    return out


def _briefed(facts: Facts, config: PipelineConfig) -> bool:
    """Whether the prompt's hints are the offer's brief (``prepare``), and so are boosted by
    ``brief_boost`` rather than ``hint_boost`` (``_sample_round``)."""
    return bool(facts.offer_uses) and config.brief_hints and config.opener and config.hints > 0


def _boost_of(prep: Prepared, config: PipelineConfig) -> float:
    return config.brief_boost if _briefed(prep.facts, config) else config.hint_boost


def _sample_round(
    engine: Engine, todo: list[Prepared], config: PipelineConfig, attempt: int
) -> list[list[Generation]]:
    """One sampling round. Shoppers whose hints are their offer's brief are steered towards
    it by their own strength; the engine takes one strength per call, so each strength is a
    call (a Celery chunk is one campaign's offer, so usually just one)."""
    groups: dict[float, list[Prepared]] = {}
    for prep in todo:
        groups.setdefault(_boost_of(prep, config), []).append(prep)
    out: dict[int, list[Generation]] = {}
    for strength, group in groups.items():
        gens = engine.generate(
            [p.prompt for p in group],
            n=config.candidates,
            seed=config.seed + 1000 * attempt,
            max_new_tokens=config.max_new_tokens,
            temperature=config.temperature + config.retry_temperature_step * attempt,
            top_p=config.top_p,
            batch_size=config.batch_size,
            boost=[p.spec.hints for p in group] if strength else None,
            boost_strength=strength,
        )
        out.update(zip(map(id, group), gens, strict=True))
    return [out[id(p)] for p in todo]


def generate_messages(
    shoppers: Sequence[dict[str, Any]],
    *,
    engine: Engine,
    config: PipelineConfig = PipelineConfig(),
) -> list[dict[str, Any]]:
    """One result dict per shopper, in input order. Raises :class:`ShopperError` on bad input."""
    preps = [prepare(s, engine, config) for s in shoppers]
    live = [p for p in preps if p.sendable]
    cands: dict[int, list[dict[str, Any]]] = {id(p): [] for p in preps}
    memo: dict[tuple[str, str], float] = {}
    embedded: dict[str, Any] = {}
    # Round 0 is every sendable shopper; each retry round only those with no passing candidate
    # yet, with a fresh seed and a wider temperature: the first round's temperature mostly
    # repeats its own answers.
    for attempt in range(config.retries + 1):
        todo = [p for p in live if all(c["flags"] for c in cands[id(p)])]
        if not todo:
            break
        gens = _sample_round(engine, todo, config, attempt)
        new = []
        for prep, generations in zip(todo, gens, strict=True):
            for g in generations:
                hook, title, body, flags = _draft(prep, g, config)
                cand: dict[str, Any] = {"hook": hook, "title": title, "body": body}
                cand.update(gen=g, flags=flags, source="model")
                cands[id(prep)].append(cand)
                new.append((prep, cand))
        _judge(new, engine, config, memo, embedded)
    if config.reviewed_min_similarity is not None and config.opener:
        new = _reviewed_candidates(live, cands, engine, config)
        for prep, cand in new:
            cands[id(prep)].append(cand)
        _judge(new, engine, config, memo, embedded)

    clicker = ClickModel(dict(config.click_weights)) if config.click_weights else ClickModel()
    used_bodies: set[str] = set()
    results = []
    for prep in preps:
        for cand in cands[id(prep)]:
            rel, prel, spec = cand["rel"], cand["prel"], cand["spec"]
            feats = click_features(
                rel,
                cand["hook"],
                cand["body"],
                prep.rules.max_chars,
                prep.facts,
                bool(prep.offer.code),
                _local_hour_match(prep.profile),
            )
            ctr = clicker.predict(feats)
            lift = clicker.lift(feats)
            flu = fluency(cand["gen"].mean_logprob)
            cand["score"] = (
                combine(config.weights, rel, lift, flu)
                + (config.weights.phrase * prel if prel is not None else 0.0)
                + (config.specificity_weight * spec if spec is not None else 0.0)
                + (config.plausibility_weight * cand["plaus"] if cand["plaus"] is not None else 0.0)
                + (config.brief_weight * cand["brief"] if cand["brief"] is not None else 0.0)
            )
            cand["score"] -= config.stray_weight * min(cand["strays"], 3)
            cand["components"] = components(config.weights, rel, ctr, lift, flu)
            cand["features"] = feats
            if prel is not None:
                cand["components"]["phrase_relevance"] = round(prel, 4)
            if spec is not None:
                cand["components"]["specificity"] = round(spec, 4)
            if cand["plaus"] is not None:
                cand["components"]["plausibility"] = round(cand["plaus"], 4)
            if cand["brief"] is not None:
                cand["components"]["brief"] = round(cand["brief"], 4)
                cand["components"]["brief_strays"] = cand["strays"]
            if cand["lifted"]:
                # The reviewer sees which words only the product's specificity let through.
                cand["components"]["allowed_by_specificity"] = cand["lifted"]
        results.append(choose(prep, cands[id(prep)], used_bodies, config))
    keep_model_share(preps, results, cands, used_bodies, config)
    spend_template_budget(preps, results, cands, used_bodies, config)
    return results
