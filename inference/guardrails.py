"""Checks every candidate must pass. Each failure is a :class:`Flag` with a readable reason."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from .anonymise import EMAIL_RE, PHONE_RE, URL_RE, find_injection, find_pii
from .offers import TITLE_MAX

DEFAULT_BANNED_PHRASES = (
    "last chance",
    "only today",
    "today only",
    "hurry",
    "act now",
    "act fast",
    "don't miss out",
    "limited time",
    "ends soon",
    "while stocks last",
    "before it's gone",
    "final hours",
    "now or never",
    "once in a lifetime",
    "buy now",
    "guaranteed",
    "risk-free",
)

NUMBER_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


@dataclass(frozen=True)
class Flag:
    code: str
    reason: str

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


def _norm_number(raw: str) -> str:
    try:
        return format(Decimal(raw.replace(",", "")).normalize(), "f")
    except InvalidOperation:
        return raw


def numbers_in(text: str) -> set[str]:
    return {_norm_number(m.group()) for m in NUMBER_RE.finditer(text)}


def allowed_numbers(sources: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for s in sources:
        out |= numbers_in(s)
    return out


@dataclass(frozen=True)
class MessageRules:
    """Everything the message-level checks need, fixed per shopper."""

    deal: str
    code: str | None
    max_chars: int
    number_sources: tuple[str, ...]
    banned_phrases: tuple[str, ...] = DEFAULT_BANNED_PHRASES
    customer: dict[str, Any] | None = None
    # PromoWeb's own words in every message (the frames): see find_pii's own_text.
    own_text: str = ""


def check_message(title: str, body: str, rules: MessageRules) -> list[Flag]:
    flags: list[Flag] = []
    text = f"{title}\n{body}"
    if rules.deal not in text:
        flags.append(Flag("offer_fidelity", f"deal phrase {rules.deal!r} missing"))
    if rules.code and rules.code not in text:
        flags.append(Flag("offer_fidelity", f"code {rules.code!r} missing"))
    stray = sorted(numbers_in(text) - allowed_numbers(rules.number_sources))
    if stray:
        flags.append(Flag("stray_number", f"numbers not from the offer or history: {stray}"))
    if not title.strip() or not body.strip():
        flags.append(Flag("length", "empty title or body"))
    if len(title) > TITLE_MAX:
        flags.append(Flag("length", f"title has {len(title)} chars > {TITLE_MAX}"))
    if len(body) > rules.max_chars:
        flags.append(Flag("length", f"body has {len(body)} chars > {rules.max_chars}"))
    for rx, what in ((URL_RE, "URL"), (EMAIL_RE, "email address"), (PHONE_RE, "phone number")):
        m = rx.search(text)
        if m:
            flags.append(Flag("contact_info", f"{what} in text: {m.group()!r}"))
    pii = find_pii(text.replace("{first_name}", ""), rules.customer, rules.own_text)
    if pii:
        flags.append(Flag("pii", f"personal data in text: {sorted({h.kind for h in pii})}"))
    lowered = text.lower().replace("\u2019", "'")
    for phrase in rules.banned_phrases:
        if phrase.lower() in lowered:
            flags.append(Flag("banned_phrase", f"banned phrase {phrase!r}"))
    injected = find_injection(text)
    if injected:
        flags.append(Flag("injection", f"instruction-like text: {injected[:2]}"))
    return flags


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
    if (
        topic_words
        and not (content_words(hook) | {w.rstrip("s") for w in content_words(hook)}) & topic_words
    ):
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


# --- the model's phrase after PromoWeb's frame ("Our yoga mat is made for ...") ---------------

PHRASE_MIN_WORDS = 1
PHRASE_MAX_WORDS = 9
# Words a use/moment phrase may contain besides the shopper's own facts. A closed list is
# deliberate: the 135M model's worst lines bring in an object from nowhere ("a glass of wine",
# "a game of dice", "the Indian subcontinent"); a reviewer approves uses, moments and places
# that fit any product, and the product words themselves come from the facts.
PHRASE_WORDS = frozenset(
    [
        "comfort",
        "comfortable",
        "comfy",
        "cozy",
        "cosy",
        "warm",
        "warmth",
        "quiet",
        "calm",
        "easy",
        "easier",
        "everyday",
        "daily",
        "long",
        "short",
        "slow",
        "fresh",
        "home",
        "work",
        "office",
        "desk",
        "travel",
        "travels",
        "travelling",
        "traveling",
        "trips",
        "trip",
        "outdoors",
        "outdoor",
        "walks",
        "walking",
        "walk",
        "rides",
        "riding",
        "ride",
        "road",
        "roads",
        "trail",
        "trails",
        "path",
        "paths",
        "evenings",
        "nights",
        "mornings",
        "afternoons",
        "days",
        "weekends",
        "weekend",
        "weekdays",
        "breaks",
        "break",
        "beginners",
        "reading",
        "cooking",
        "baking",
        "training",
        "workouts",
        "workout",
        "practice",
        "sleep",
        "sleeping",
        "sleeps",
        "rest",
        "resting",
        "relaxing",
        "relaxation",
        "unwinding",
        "photography",
        "photos",
        "shots",
        "shoots",
        "music",
        "playing",
        "play",
        "games",
        "family",
        "families",
        "friends",
        "kids",
        "children",
        "guests",
        "hands",
        "skin",
        "gifts",
        "gifting",
        "care",
        "routine",
        "routines",
        "dinners",
        "dinner",
        "breakfast",
        "brunch",
        "lunch",
        "meals",
        "meal",
        "cups",
        "cup",
        "coffee",
        "brewing",
        "stretches",
        "stretching",
        "runs",
        "running",
        "miles",
        "commutes",
        "commute",
        "commuting",
        "city",
        "cold",
        "chilly",
        "rainy",
        "sunny",
        "early",
        "late",
        "lazy",
        "busy",
        "quick",
        "light",
        "bright",
        "soft",
        "gentle",
        "clean",
        "tidy",
        "simple",
        "steady",
        "safe",
        "focus",
        "focused",
        "study",
        "studying",
        "writing",
        "notes",
        "ideas",
        "projects",
        "project",
        "hobby",
        "hobbies",
        "garden",
        "gardening",
        "planting",
        "plants",
        "fun",
        "laughter",
        "sessions",
        "session",
        "adventures",
        "camping",
        "campsite",
        "hiking",
        "hikes",
        "climbs",
        "swims",
        "swimming",
        "pool",
        "lake",
        "lakes",
        "water",
        "recovery",
        "posture",
        "sound",
        "listening",
        "pets",
        "dogs",
        "cats",
        "naps",
        "playtime",
        "nature",
        "fitness",
        "strength",
        "flexibility",
        "exercise",
        "exercises",
        "everyone",
        "beginner",
        "experts",
        "learning",
        "colder",
        "wetter",
        "dry",
        "damp",
        "windy",
        "snowy",
        "sunday",
        "mornings",
        "living",
        "room",
        "bedroom",
        "kitchen",
        "table",
        "tables",
        "cafe",
        "picnics",
        "picnic",
        "parties",
        "party",
        "celebrations",
        "holidays",
        "holiday",
        "season",
        "seasonal",
        "festive",
        "moments",
        "moment",
        "winding",
        "down",
        "side",
        "small",
        "spaces",
        "space",
        "outings",
        "trips",
        "journeys",
        "visits",
        "visitors",
        "hosting",
        "host",
        "evening",
        "night",
        "morning",
        "afternoon",
        "today",
        "tonight",
        "week",
        "weeks",
        "year",
        "round",
        "all-day",
        "hot",
        "cool",
        "cooler",
        "stormy",
        "foggy",
        "cloudy",
        "tea",
        "bath",
        "baths",
        "bathtime",
        "shower",
        "showers",
        "self-care",
        "distances",
        "levels",
        "capturing",
        "taking",
        "pictures",
        "mixing",
        "runners",
        "athletes",
        "mountains",
        "lovers",
        "memories",
        "snacks",
        "treats",
        "sharing",
        "afternoons",
        "quieter",
        "longer",
        "warmer",
        "cooler",
        "wet",
        "weather",
        "indoors",
    ]
)


def _reviewed_use_words() -> frozenset[str]:
    """Content words of the reviewed use phrases the adapter learned (``inference.tune``).

    Each was reviewed against its product, so the list stays closed: "a glass of wine" is
    still out unless a reviewed use says "wine".
    """
    from .tune import load_uses

    return frozenset(w for e in load_uses() for use in e.uses for w in content_words(use))


REVIEWED_WORDS = _reviewed_use_words()
SUPERLATIVE_RE = re.compile(
    r"\b(?:best|finest|greatest|better|perfect|perfectly|ideal|ultimate|top|unbeatable|"
    r"unique|premium|luxur\w*|professional|healthy|health|healthier)\b",
    re.IGNORECASE,
)
# Telling the shopper how they feel or what their body does is a claim we cannot stand behind.
FEELING_RE = re.compile(
    r"\b(?:you(?:'re| are| feel| will| deserve)|makes? you|your (?:body|mind|mood|soul|heart))\b",
    re.IGNORECASE,
)
SEASON_RE = re.compile(r"\b(?:summer|spring|autumn|fall|winter|christmas)\b", re.IGNORECASE)
VAGUE_END_RE = re.compile(
    r"\b(?:it|them|you|us|this|that|those|one|all|more|each other)[.!]$"
    r"|\b(?:this|the) moment\b|\bour\b"
)
# Warm or sunny uses on a day the shopper sees snow or rain read as written for someone else.
FAIR_WEATHER_RE = re.compile(
    r"\b(?:warm|hot|sunny|sunshine)\s+(?:days?|weather|mornings?|afternoons?|evenings?|nights?)\b"
)


# Outings that need fair weather: on a rainy or snowy day "made for beach days" (or, to two
# judges, "garden celebrations" on a stormy morning) reads as a mistake, whatever the day's
# hours. Unknown weather lets them through.
OUTING_RE = re.compile(
    r"\b(?:beach\w*|picnics?|sunbathing|poolside|pool days?|barbecues?"
    r"|garden (?:part(?:y|ies)|celebrations?|gatherings?|games))\b"
)
# Outdoor play: wrong in a storm or the rain ("Stormy afternoon? ... made for playground
# games"), but children play outside in winter.
OUTDOOR_PLAY_RE = re.compile(r"\b(?:playgrounds?(?: \w+)?|outdoor play\w*)\b")
BAD_WEATHER = frozenset({"rain", "snow", "storm", "stormy", "sleet", "hail"})
# The model's own spellings that judges rejected every time ("weekend get-aways", "get-tos").
# Three-part coinages on a phrasal noun ("dry-hair-ups", "slow-bake-overs") are the model
# gluing words together; reviewers wrote only the "-me-" idioms (pick-me-ups, hand-me-downs).
MISSPELT_RE = re.compile(
    r"\bget-(?!togethers?\b)\w+"
    r"|\b\w+-(?!me-)\w+-(?:ups?|overs?|ins?|outs?|downs?|offs?)\b"
)
# Cold-weather uses: wrong where it is warm now (profile.is_warm). "cold drinks" is not one.
COLD_RE = re.compile(
    r"\b(?:chilly|frosty|freezing|icy|snowy|wintry|knitwear|snow\w*"
    r"|cold (?:days?|mornings?|evenings?|nights?|weather|commutes?|snaps?|spells?|winds?|walks?))\b"
)
# Weather that makes it warm now whatever the season says: "chilly commutes" on a humid day.
WARM_WEATHER = frozenset({"hot", "humid"})
# Fog hides the beach as well as rain does; fog is no reason to skip the weather in an opener.
OUTING_BAD_WEATHER = BAD_WEATHER | {"fog", "haze"}


def _stem(word: str) -> str:
    """Singular of a plain English plural: "parties" -> "party", "classes" -> "class"."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("sses"):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def repeated_stem(words: list[str]) -> tuple[str, str] | None:
    """Two words of one stem ("gift gifts", "garden gardening", "class classes"): the model
    stuttering, which no reviewer passes."""
    long = [w.lower() for w in words if len(w) >= 4]
    for i, a in enumerate(long):
        for b in long[i + 1 :]:
            short, other = sorted((_stem(a), _stem(b)), key=len)
            # "scheduling schedules": the verb drops the noun's final e ("time" and "timber"
            # are two words).
            verb = short.endswith("e") and other[len(short) - 1 :] in {"ing", "ings", "ed", "er"}
            if other.startswith(short) or (verb and other.startswith(short[:-1])):
                return a, b
    return None


LOVERS_RE = re.compile(r"\b\w+\s+(?:lovers|fans|enthusiasts)\b", re.IGNORECASE)


def check_phrase(
    phrase: str,
    fact_words: set[str],
    subject: str = "",
    weather: str | None = None,
    seasons: tuple[str, ...] = (),
    warm: bool = False,
) -> list[Flag]:
    """Checks on the words the model wrote after PromoWeb's frame.

    ``fact_words``: content words of the shopper's facts, the offer and PromoWeb's own text;
    ``subject``: what the frame is about ("our gaming range" is not "made for gaming").
    """
    flags: list[Flag] = []
    words = WORD_RE.findall(phrase)
    own = {w.rstrip("s") for w in content_words(phrase)}
    named = {w.lower().rstrip("s") for w in WORD_RE.findall(subject)}
    # Short nouns count here ("tea"), which content_words leaves out.
    echoed = {
        w.lower().rstrip("s") for w in WORD_RE.findall(phrase) if w.lower() not in STOPWORDS
    } & {w for w in named if len(w) >= 3}
    if own and own <= named:
        flags.append(Flag("repetition", "only repeats the product's own name"))
    elif echoed and not LOVERS_RE.search(phrase):
        # "Our tea range is just right for hot tea", "a hair dryer for hair care": a use that
        # echoes the product's own name says nothing, and the model's own specificity score
        # rates such echoes highest. "wine lovers" is an idiom, not an echo.
        flags.append(Flag("repetition", f"echoes the product's name: {sorted(echoed)}"))
    elif pair := repeated_stem(words):
        flags.append(Flag("repetition", f"says one word twice: {' / '.join(pair)}"))
    if not (PHRASE_MIN_WORDS <= len(words) <= PHRASE_MAX_WORDS):
        flags.append(Flag("phrase_format", f"{len(words)} words after the frame"))
    if not phrase or phrase[-1] not in ".!" or not phrase[0].islower():
        flags.append(Flag("phrase_format", "not a lower-case phrase ending the sentence"))
    if re.search(r"[.!?]\s*\S", phrase) or re.search(r"\b(?:but|because|which|who)\b", phrase):
        flags.append(Flag("phrase_format", "runs on past one short phrase"))
    if bad := MISSPELT_RE.search(phrase.lower()):
        flags.append(Flag("phrase_format", f"misspelt: {bad.group()!r}"))
    allowed = fact_words | {w.rstrip("s") for w in fact_words} | PHRASE_WORDS | REVIEWED_WORDS
    odd = sorted(
        w for w in content_words(phrase) if w not in allowed and w.rstrip("s") not in allowed
    )
    if odd:
        flags.append(Flag("ungrounded_word", f"brings in something not in the facts: {odd}"))
    if any(w[0].isupper() for w in words):
        # The opener already places the shopper; "a cold Paris" or "a warm day in Oslo" from
        # the model is where it goes wrong.
        flags.append(Flag("phrase_format", "names a place or brand"))
    if own and own <= FILLER_WORDS:
        # "made for comfort and relaxation" fits any product, so it tells the shopper nothing.
        flags.append(Flag("odd_claim", f"generic filler, nothing about the product: {phrase!r}"))
    fair = FAIR_WEATHER_RE.search(phrase.lower())
    if fair and (weather or "").lower() not in {"sunny", "clear", *WARM_WEATHER}:
        flags.append(Flag("wrong_fact", f"{fair.group()!r} but the weather is {weather}"))
    outing = OUTING_RE.search(phrase.lower())
    play = OUTDOOR_PLAY_RE.search(phrase.lower())
    if play and (weather or "").lower() in OUTING_BAD_WEATHER:
        flags.append(Flag("wrong_fact", f"{play.group()!r} but the weather is {weather}"))
    if outing and (weather or "").lower() in OUTING_BAD_WEATHER:
        flags.append(Flag("wrong_fact", f"{outing.group()!r} but the weather is {weather}"))
    elif outing and "winter" in seasons:
        # "weekend beach trips" on a foggy November day in Odense: the season says no too.
        flags.append(Flag("wrong_fact", f"{outing.group()!r} but it is {'/'.join(seasons)}"))
    cold = COLD_RE.search(phrase.lower())
    # Hot or humid weather is warm now, whatever the zone and season say (``warm``).
    if cold and (warm or (weather or "").lower() in WARM_WEATHER):
        flags.append(Flag("wrong_fact", f"{cold.group()!r} but it is warm where the shopper is"))
    # Only the season it is where the shopper is (see profile.seasons); never a holiday.
    said = {"autumn" if m.lower() == "fall" else m.lower() for m in SEASON_RE.findall(phrase)}
    if said - set(seasons):
        where = f"it is {' / '.join(seasons)} there" if seasons else "no season is known there"
        flags.append(Flag("wrong_fact", f"names a season ({', '.join(sorted(said))}) but {where}"))
    for rx, code, what in (
        (SUPERLATIVE_RE, "odd_claim", "superlative or quality claim"),
        (FEELING_RE, "odd_claim", "claim about the shopper's feelings or body"),
        (VAGUE_END_RE, "phrase_format", "ends on a vague word"),
    ):
        m = rx.search(phrase)
        if m:
            flags.append(Flag(code, f"{what}: {m.group()!r}"))
    return flags
