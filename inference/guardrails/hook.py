"""Checks on the hook, the one line the model writes."""

from __future__ import annotations

import itertools
import re

from .message import Flag

# --- the model-written hook ------------------------------------------------------------------

FIRST_PERSON_RE = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|me|my|mine|myself)\b")
CLAIM_RE = re.compile(
    r"[%$€£¥₹]|\b(?:free|off|sale|sales|discount\w*|deals?|price\w*|cheap\w*|save|saving\w*|"
    r"coupon|codes?|percent|guarantee\w*|best|#1|limited|exclusive|new arrival\w*|gift card|"
    r"order\w*|delivery|shipping|stock)\b",
    re.IGNORECASE,
)
CART_RE = re.compile(r"\bcart\b|\bbasket\b", re.IGNORECASE)
BOUGHT_RE = re.compile(r"\b(?:bought|purchased?|order(?:ed)?)\b", re.IGNORECASE)
WORD_RE = re.compile(r"[A-Za-z\u00c0-\u024f']+")
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "if",
        "then",
        "so",
        "to",
        "of",
        "in",
        "on",
        "at",
        "for",
        "with",
        "from",
        "by",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "it",
        "its",
        "it's",
        "this",
        "that",
        "these",
        "those",
        "you",
        "your",
        "you're",
        "yours",
        "we",
        "our",
        "us",
        "they",
        "their",
        "there",
        "here",
        "what",
        "when",
        "where",
        "why",
        "how",
        "who",
        "all",
        "any",
        "some",
        "more",
        "most",
        "just",
        "now",
        "still",
        "ready",
        "time",
        "day",
        "get",
        "got",
        "make",
        "take",
        "give",
        "keep",
        "let",
        "go",
        "find",
        "look",
        "feel",
        "enjoy",
        "love",
        "treat",
        "perfect",
        "great",
        "good",
        "nice",
        "little",
        "new",
        "next",
        "something",
        "someone",
        "everything",
        "way",
        "into",
        "out",
        "up",
        "over",
        "about",
        "after",
        "before",
        "again",
        "well",
        "too",
        "very",
        "really",
        "can",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "have",
        "has",
        "had",
        "do",
        "does",
        "did",
        "not",
        "no",
        "yes",
    ]
)
# Words a careful marketer strikes: inflated or odd claims the 135M model likes to make.
HYPE_RE = re.compile(
    r"\b(?:dreams?|magical|magic|luxur\w*|blessing|symbol|stunning|game-?changer|treasure|"
    r"precious|innovation|masterpiece|trendy|pride|lifelong|destination|amazing|incredible|"
    r"ultimate|world|life|love you|miracle|secret|famous|celebrity|award\w*|story|journey)\b",
    re.IGNORECASE,
)
HOOK_MIN_WORDS = 3
# The hook is PromoWeb's opener and frame plus the model's phrase; body length is capped in
# characters anyway, so this only catches run-on text.
HOOK_MAX_WORDS = 22


WEATHER_WORDS = {
    "rain": ("rain", "rainy", "raining", "showers", "wet"),
    "snow": ("snow", "snowy", "snowing"),
    "sleet": ("sleet", "sleety"),
    # A sunny evening is opened as "Clear evening?" (see prompt.opener).
    "sunny": ("sun", "sunny", "sunshine", "sunlit", "clear"),
    "clear": ("clear", "sunny", "sunshine"),
    "cloudy": ("cloud", "cloudy", "clouds"),
    "fog": ("fog", "foggy", "misty", "mist"),
    "windy": ("wind", "windy", "breezy", "breeze"),
    "storm": ("storm", "stormy"),
    # Conditions a feed's words normalise to (anonymise.normalise_weather). Only words that
    # state the weather: "hot meals" and "icy drinks" are not about the sky.
    "haze": ("haze", "hazy", "smog", "smoggy"),
    "frost": ("frost",),
    "hot": ("heatwave",),
    "humid": ("humid", "muggy"),
}
FILLER_WORDS = frozenset(
    {"comfort", "comfortable", "comfy", "relax", "relaxing", "relaxation", "relaxed", "cozy"}
    | {"cosy", "warm", "nice", "great", "lovely", "perfect", "happy", "easy", "good"}
)
TIME_WORDS = {
    "morning": ("morning",),
    "afternoon": ("afternoon",),
    "evening": ("evening", "tonight"),
    "night": ("night", "tonight"),
}


def content_words(text: str) -> set[str]:
    return {
        w.lower().strip("'")
        for w in WORD_RE.findall(text)
        if len(w) >= 4 and w.lower() not in STOPWORDS
    }


ALL_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _moment_flags(lowered: list[str], moment: tuple[str, str, str | None]) -> list[Flag]:
    """The hook may only state the weekday, time of day and weather the shopper actually has."""
    weekday, tod, weather = moment
    flags = []
    # "a relaxing day" sent at night; plural "rainy days" speaks of days in general and passes.
    if tod in ("evening", "night") and "day" in lowered:
        flags.append(Flag("wrong_fact", f"speaks of the day but it is {tod}"))
    days = {w.rstrip("s") for w in lowered} & set(ALL_WEEKDAYS)
    if days - {weekday.lower()}:
        flags.append(Flag("wrong_fact", f"says {sorted(days)} but it is {weekday}"))
    # "quiet mornings" names a habit, not the moment, so only the singular has to match: "a
    # quiet morning" sent in the afternoon is wrong, "made for quiet mornings" is not.
    said_times = {t for t, forms in TIME_WORDS.items() for f in forms if f in lowered}
    lowered = [*lowered, *(w.rstrip("s") for w in lowered)]
    allowed_times = {t for t, forms in TIME_WORDS.items() if set(forms) & set(TIME_WORDS[tod])}
    if said_times - allowed_times:
        flags.append(Flag("wrong_fact", f"says {sorted(said_times)} but it is {tod}"))
    own = set(WEATHER_WORDS.get((weather or "").lower(), ()))
    said_weather = {f for forms in WEATHER_WORDS.values() for f in forms if f in lowered}
    if said_weather - own:
        flags.append(Flag("wrong_fact", f"says {sorted(said_weather)} but weather is {weather}"))
    return flags


def check_hook(
    hook: str,
    *,
    has_cart: bool,
    has_purchase: bool,
    fact_words: set[str],
    example_words: set[str],
    voice_words: set[str] | None = None,
    topic_words: set[str] | None = None,
    moment: tuple[str, str, str | None] | None = None,
    prefix: str = "",
    subject: str = "",
    about: str = "",
) -> list[Flag]:
    """Quality checks on the one line the model writes.

    ``example_words`` are words of the few-shot answers: when one shows up that the shopper's
    facts do not contain, the model copied an example instead of writing for this shopper.
    """
    flags: list[Flag] = []
    # The {first_name} placeholder is PromoWeb's own; judge the sentence around it.
    hook = hook.replace("{first_name}", "Alex")
    words = WORD_RE.findall(hook)
    # Only the model's own words count for style and claims: PromoWeb's opener and frame carry
    # the product's real name ("Our sugar-free cola", "Our luxury gift bag set", "the AA
    # batteries", "black/tan"), and flagging those rejected every candidate of such a shopper.
    own = hook[len(prefix) :] if prefix and hook.startswith(prefix) else hook
    own_words = [w.lower() for w in WORD_RE.findall(own)]
    if not (HOOK_MIN_WORDS <= len(words) <= HOOK_MAX_WORDS):
        flags.append(Flag("hook_format", f"{len(words)} words"))
    if not hook or not hook[0].isupper() or hook[-1] not in ".!?":
        flags.append(Flag("hook_format", "not one complete sentence"))
    if re.search(r"[\n\"“”:;()\[\]{}<>@#*_~|\\/]", own) or re.search(
        r"[^\x00-\u024f\u2019\u2013\u2014\u2026]", own
    ):
        flags.append(Flag("hook_format", "markup, quotes or unexpected characters"))
    if re.search(r"[.!?]\s+\S+.*[.!?]\s+\S", hook):
        flags.append(Flag("hook_format", "more than two sentences"))
    if FIRST_PERSON_RE.search(hook):
        flags.append(Flag("first_person", "speaks as 'I'"))
    claim = CLAIM_RE.search(own)
    if claim:
        flags.append(
            Flag("unsupported_claim", f"offer/price talk outside the deal: {claim.group()!r}")
        )
    if CART_RE.search(hook) and not has_cart:
        flags.append(Flag("false_history", "mentions a cart the shopper does not have"))
    if BOUGHT_RE.search(hook) and not has_purchase:
        flags.append(Flag("false_history", "mentions a purchase the shopper did not make"))
    lowered = [w.lower() for w in words]
    if any(a == b for a, b in itertools.pairwise(own_words)) or any(
        own_words.count(w) > 1 for w in content_words(own)
    ):
        flags.append(Flag("repetition", "repeats a word"))
    hype = HYPE_RE.search(own)
    if hype:
        flags.append(Flag("odd_claim", f"hype or odd claim: {hype.group()!r}"))
    if voice_words and ("voice" in lowered or len(content_words(hook) & voice_words) >= 2):
        flags.append(Flag("voice_echo", "repeats the brand-voice instruction"))
    # ``about``: what a hook that opens on "It's" stands for (the title names it).
    said = content_words(hook) | content_words(about)
    if topic_words and not (said | {w.rstrip("s") for w in said}) & topic_words:
        flags.append(Flag("off_topic", "mentions nothing of the shopper's interests or moment"))
    if moment is not None:
        # PromoWeb's opener states the true moment; the model's words are what can contradict
        # it. Product names are not moments: "anti-fog goggles" on a clear night is no claim.
        named = {w.lower() for w in WORD_RE.findall(subject)}
        flags += _moment_flags([w for w in own_words if w not in named], moment)
    # A capitalised word mid-sentence is a name (a city, a brand); it must come from the facts.
    names = {
        w.lower()
        # The model's words and the one before them (the frame's last word, for "prev").
        for prev, w in itertools.pairwise(words[max(len(words) - len(own_words) - 1, 0) :])
        if w[0].isupper() and not re.search(re.escape(prev) + r"[.!?]\s+" + re.escape(w), hook)
    }
    unknown = sorted(names - fact_words - {"alex"})
    if unknown:
        flags.append(Flag("ungrounded_name", f"names not in the shopper's facts: {unknown}"))
    if re.search(
        r"\ban\s+[bcdfghjklmnpqrstvwxyz]\w*|\ba\s+(?!u[ns]|one|eu)[aeiou]\w*", hook, re.IGNORECASE
    ):
        flags.append(Flag("grammar", "wrong article"))
    leaked = sorted(content_words(hook) & (example_words - fact_words))
    if leaked:
        flags.append(Flag("example_copy", f"copied from the examples: {leaked}"))
    return flags
