"""Candidate scoring: relevance (embeddings), a click-through prior and fluency."""

from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass, field
from typing import Any

from .anonymise import Facts
from .guardrails import TIME_WORDS, WEATHER_WORDS, WORD_RE, content_words


@dataclass(frozen=True)
class ScoreWeights:
    relevance: float = 0.5
    ctr: float = 0.3
    fluency: float = 0.2
    # With PromoWeb's frame, how close the model's phrase is to the offered product (MiniLM):
    # "made for long runs" over "made for comfort" for a running range.
    phrase: float = 0.5

    def as_dict(self) -> dict[str, float]:
        return asdict(self)


# Prior weights, hand-set until the feedback loop has clicks to learn from. The bias gives
# a ~3% baseline click rate, a typical push CTR.
PRIOR_CLICK_WEIGHTS: dict[str, float] = {
    "bias": -3.5,
    "relevance": 1.5,
    "personalised": 0.4,
    "mentions_cart": 0.3,
    "question": 0.1,
    "length_ratio": -0.3,
    "has_code": 0.2,
    "hour_match": 0.2,
}


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


@dataclass
class ClickModel:
    """Logistic click-through predictor: p = sigmoid(w . x).

    Starts from :data:`PRIOR_CLICK_WEIGHTS`; :meth:`update` takes one logged impression so a
    feedback loop can learn the weights online.
    """

    weights: dict[str, float] = field(default_factory=lambda: dict(PRIOR_CLICK_WEIGHTS))

    def logit(self, features: dict[str, float]) -> float:
        return self.weights.get("bias", 0.0) + sum(
            self.weights.get(k, 0.0) * v for k, v in features.items() if k != "bias"
        )

    def predict(self, features: dict[str, float]) -> float:
        return _sigmoid(self.logit(features))

    def lift(self, features: dict[str, float]) -> float:
        """Predicted CTR relative to the baseline, squashed to 0..1 (0.5 = baseline)."""
        p = self.predict(features)
        base = _sigmoid(self.weights.get("bias", 0.0))
        return p / (p + base)

    def update(self, features: dict[str, float], clicked: bool, lr: float = 0.05) -> None:
        err = (1.0 if clicked else 0.0) - self.predict(features)
        self.weights["bias"] = self.weights.get("bias", 0.0) + lr * err
        for k, v in features.items():
            if k != "bias":
                self.weights[k] = self.weights.get(k, 0.0) + lr * err * v


def fluency(mean_logprob: float | None) -> float:
    """Mean token log-prob mapped to 0..1; -2 nats/token scores 0.5."""
    if mean_logprob is None:
        return 0.5
    return _sigmoid(2.0 * (mean_logprob + 2.0))


def personal_terms(text: str, facts: Facts) -> list[str]:
    """History or context terms of this shopper that ``text`` mentions, beyond the offer.

    A word from the offered product counts only when the shopper's own history has it too
    (e.g. the offered mat is the one in their cart).
    """
    words = {w.lower().strip("'") for w in WORD_RE.findall(text)}
    history = set()
    for term in facts.history_terms():
        history |= content_words(term)
        history |= {w.rstrip("s") for w in content_words(term)}
    found = sorted(w for w in words if w in history or w.rstrip("s") in history)
    low = text.lower()
    if facts.city and re.search(r"\b" + re.escape(facts.city.lower()) + r"\b", low):
        found.append(facts.city)
    if facts.weather:
        for form in WEATHER_WORDS.get(facts.weather.lower(), (facts.weather.lower(),)):
            if form in words:
                found.append(form)
                break
    tod = TIME_WORDS.get(facts.time_of_day, (facts.time_of_day,))
    found += [w for w in tod if w in words][:1]
    if facts.weekday and facts.weekday.lower() in words:
        found.append(facts.weekday)
    return found


def click_features(
    relevance: float,
    hook: str,
    body: str,
    max_chars: int,
    facts: Facts,
    has_code: bool,
    hour_match: bool,
) -> dict[str, float]:
    return {
        "relevance": relevance,
        "personalised": 1.0 if personal_terms(hook, facts) else 0.0,
        "mentions_cart": 1.0 if facts.cart and "cart" in hook.lower() else 0.0,
        "question": 1.0 if "?" in hook else 0.0,
        "length_ratio": len(body) / max(max_chars, 1),
        "has_code": 1.0 if has_code else 0.0,
        "hour_match": 1.0 if hour_match else 0.0,
    }


def combine(weights: ScoreWeights, relevance: float, ctr_lift: float, flu: float) -> float:
    return weights.relevance * relevance + weights.ctr * ctr_lift + weights.fluency * flu


def components(
    weights: ScoreWeights, relevance: float, ctr: float, ctr_lift: float, flu: float
) -> dict[str, Any]:
    return {
        "relevance": round(relevance, 4),
        "ctr": round(ctr, 4),
        "ctr_lift": round(ctr_lift, 4),
        "fluency": round(flu, 4),
        "weights": weights.as_dict(),
    }
