"""Pass-rate report over pipeline results (``promo_generate --report`` and the bench)."""

from __future__ import annotations

from typing import Any

from .anonymise import find_injection, find_pii, sanitise
from .guardrails import EMAIL_RE, PHONE_RE, URL_RE, allowed_numbers, numbers_in
from .offers import TITLE_MAX, deal_phrase, offer_numbers
from .prompt import promoweb_words

# The rules that must hold for every shopper (issue #4); the other rates have targets.
HARD_RULES = (
    "offer_fidelity_pct",
    "no_stray_numbers_pct",
    "within_length_pct",
    "pii_free_prompts_pct",
    "clean_final_text_pct",
)


def _pct(num: int, den: int) -> float:
    return round(100.0 * num / den, 1) if den else 100.0


def summarise(shoppers: list[dict[str, Any]], results: list[dict[str, Any]]) -> dict[str, Any]:
    """Re-checks every final message independently of the flags the pipeline recorded."""
    n = len(results)
    counts = dict.fromkeys(
        (
            "offer_fidelity",
            "no_stray_numbers",
            "within_length",
            "clean_prompt",
            "clean_text",
            "model",
            "reviewed",
            "history",
            "personalised",
            "copied_hint",
            "template_budget",
        ),
        0,
    )
    bodies = []
    for shopper, res in zip(shoppers, results, strict=True):
        offer = shopper["offer"]
        customer = shopper["customer"]
        text = f"{res['title_template']}\n{res['body_template']}"
        code = offer.get("code")
        if deal_phrase(offer) in text and (not code or code in text):
            counts["offer_fidelity"] += 1
        seen = [
            sanitise((e.get("product") or {}).get("name")) or ""
            for e in shopper.get("events") or []
        ]
        # The offer's own words count as the offer: a range title names its category
        # ("3D printing: Free shipping"), just as a product title names the product.
        sources = [
            *offer_numbers(offer),
            sanitise(offer.get("product_name")) or "",
            sanitise(offer.get("category")) or "",
            *seen,
        ]
        sources.append(res["title_template"] if offer.get("product_name") else "")
        if not numbers_in(text) - allowed_numbers(sources):
            counts["no_stray_numbers"] += 1
        max_chars = shopper["channel"]["max_chars"]
        if len(res["title"]) <= TITLE_MAX and len(res["body"]) <= max_chars:
            counts["within_length"] += 1
        prompt = res["prompt"]
        if prompt is None or not find_pii(prompt, customer, promoweb_words(shopper, prompt)):
            counts["clean_prompt"] += 1
        template_text = text.replace("{first_name}", "")
        dirty = (
            find_pii(template_text, customer, promoweb_words())
            or URL_RE.search(text)
            or EMAIL_RE.search(text)
            or PHONE_RE.search(text)
            or find_injection(text)
        )
        if not dirty:
            counts["clean_text"] += 1
        if res["source"] == "model":
            counts["model"] += 1
            # A phrase that is one of the prompt's hints word for word is the model choosing a
            # reviewed use, not writing one: reported apart so the model share is read right.
            hints = res["explanation"].get("hints") or []
            if any(f" {h.lower()}." in res["body_template"].lower() for h in hints):
                counts["copied_hint"] += 1
        elif res["source"] == "reviewed":
            counts["reviewed"] += 1
        elif any(f["code"] == "template_budget" for f in res.get("flags") or []):
            counts["template_budget"] += 1
        if shopper.get("events"):
            counts["history"] += 1
            if res["explanation"].get("personal_terms"):
                counts["personalised"] += 1
        bodies.append(res["body_template"])
    return {
        "shoppers": n,
        "offer_fidelity_pct": _pct(counts["offer_fidelity"], n),
        "no_stray_numbers_pct": _pct(counts["no_stray_numbers"], n),
        "within_length_pct": _pct(counts["within_length"], n),
        "pii_free_prompts_pct": _pct(counts["clean_prompt"], n),
        "clean_final_text_pct": _pct(counts["clean_text"], n),
        "model_pct": _pct(counts["model"], n),
        # A reviewed use was written by a person, not the model: counted apart from both.
        "reviewed_pct": _pct(counts["reviewed"], n),
        "fallback_pct": _pct(n - counts["model"] - counts["reviewed"], n),
        # Of those, the templates sent instead of a passing but implausible model phrase.
        "template_budget_pct": _pct(counts["template_budget"], n),
        "copied_hint_pct": _pct(counts["copied_hint"], counts["model"]),
        "personalised_pct": _pct(counts["personalised"], counts["history"]),
        "distinct_bodies_pct": _pct(len(set(bodies)), n),
    }


def format_report(summary: dict[str, Any]) -> str:
    labels = {
        "offer_fidelity_pct": "offer fidelity",
        "no_stray_numbers_pct": "no stray numbers",
        "within_length_pct": "within length",
        "pii_free_prompts_pct": "no PII in prompts",
        "clean_final_text_pct": "no PII/URL/injection in final text",
        "model_pct": "written by model",
        "reviewed_pct": "reviewed use (not the model's words)",
        "fallback_pct": "fallback",
        "template_budget_pct": "  of which for the template budget",
        "copied_hint_pct": "model phrase is a hint word for word",
        "personalised_pct": "personalised (shoppers with history)",
        "distinct_bodies_pct": "distinct bodies",
    }
    lines = [f"shoppers: {summary['shoppers']}"]
    lines += [f"{label:<40} {summary[key]:6.1f}%" for key, label in labels.items()]
    return "\n".join(lines)
