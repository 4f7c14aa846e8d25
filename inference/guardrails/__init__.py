"""The pipeline's guardrails step: checks every candidate must pass. Each failure is a
:class:`Flag` with a readable reason.

- :mod:`.message`: message rules (offer, numbers, length, contact, PII, banned phrases,
  injection);
- :mod:`.hook`: hook rules, on the one line the model writes;
- :mod:`.phrase`: phrase rules, on the model's words after PromoWeb's frame.
"""

from .hook import STOPWORDS, TIME_WORDS, WEATHER_WORDS, WORD_RE, check_hook, content_words
from .message import (
    DEFAULT_BANNED_PHRASES,
    EMAIL_RE,
    PHONE_RE,
    URL_RE,
    Flag,
    MessageRules,
    allowed_numbers,
    check_message,
    numbers_in,
)
from .phrase import (
    BAD_WEATHER,
    PHRASE_WORDS,
    REVIEWED_WORDS,
    WARM_WEATHER,
    brief_strays,
    check_phrase,
    name_head,
)

__all__ = [
    "BAD_WEATHER",
    "DEFAULT_BANNED_PHRASES",
    "EMAIL_RE",
    "PHONE_RE",
    "PHRASE_WORDS",
    "REVIEWED_WORDS",
    "STOPWORDS",
    "TIME_WORDS",
    "URL_RE",
    "WARM_WEATHER",
    "WEATHER_WORDS",
    "WORD_RE",
    "Flag",
    "MessageRules",
    "allowed_numbers",
    "brief_strays",
    "check_hook",
    "check_message",
    "check_phrase",
    "content_words",
    "name_head",
    "numbers_in",
]
