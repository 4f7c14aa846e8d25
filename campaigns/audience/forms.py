"""The segment editor: condition rows for marketers, a JSON view for deeper nesting.

Rows cover two levels, which is what most segments need: groups of conditions, where the
groups are alternatives ("any") or all required ("all"). Anything deeper is edited as JSON;
a saved segment whose tree does not fit the rows opens in JSON mode.
"""

from __future__ import annotations

import json
from typing import Any

from django import forms
from django.core.exceptions import ValidationError

from campaigns.audience.segments import validate_rules

BEHAVIOUR_KINDS = {
    "view": "viewed",
    "add_to_cart": "added to cart",
    "purchase": "purchased",
    "search": "searched",
    "open": "opened a push",
    "click": "clicked a push",
    "convert": "bought after a push",
}
LIST_KINDS = {
    "country": "country is (e.g. DE, FR)",
    "language": "language is (e.g. en, de)",
    "loyalty_tier": "loyalty tier is (none, bronze, silver, gold)",
    "age_band": "age band is (under 18, 18-24, …, 65+)",
    "rfm_overall": "RFM segment is (new, active, loyal, lapsed)",
    "rfm_recency": "last purchase is (none, recent, lapsing, lapsed)",
    "rfm_frequency": "purchase count is (none, one-time, repeat, frequent)",
    "rfm_monetary": "spend is (none, low, mid, high)",
}
FLAG_KINDS = {
    "consent": "has consent (purpose, default push_marketing)",
    "push_subscription": "has an active push subscription",
}
KIND_CHOICES = [
    ("Behaviour", list(BEHAVIOUR_KINDS.items())),
    ("Attributes", list(LIST_KINDS.items())),
    ("Reachability", list(FLAG_KINDS.items())),
]
OP_CHOICES = [("and", "all"), ("or", "any")]


class SegmentForm(forms.Form):
    name = forms.CharField(max_length=200)
    description = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2}))
    match = forms.ChoiceField(
        choices=OP_CHOICES, initial="or", label="Shoppers matching", help_text="of the groups"
    )
    group_match = forms.ChoiceField(
        choices=OP_CHOICES,
        initial="and",
        label="where each group matches",
        help_text="of its conditions",
    )
    mode = forms.ChoiceField(
        choices=[("rows", "condition rows"), ("json", "JSON")],
        initial="rows",
        widget=forms.RadioSelect,
        label="Edit as",
    )
    rules_json = forms.CharField(
        required=False,
        label="Rules (JSON)",
        widget=forms.Textarea(attrs={"rows": 10, "spellcheck": "false"}),
        help_text="Used when editing as JSON; nest groups as deep as needed.",
    )


class ConditionForm(forms.Form):
    group = forms.IntegerField(min_value=1, max_value=9, initial=1)
    negate = forms.BooleanField(required=False, label="not")
    kind = forms.ChoiceField(choices=[("", "—"), *KIND_CHOICES], required=False)
    target = forms.ChoiceField(
        choices=[("category", "category"), ("brand", "brand"), ("product", "SKU"), ("any", "any")],
        initial="category",
        required=False,
    )
    value = forms.CharField(required=False, max_length=500)
    min_count = forms.IntegerField(min_value=1, initial=1, required=False, label="at least")
    days = forms.IntegerField(min_value=1, max_value=3660, initial=30, required=False)


ConditionFormSet = forms.formset_factory(ConditionForm, extra=3, max_num=30)


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def row_to_condition(row: dict[str, Any]) -> dict[str, Any] | None:
    kind = row.get("kind")
    if not kind:
        return None
    value = (row.get("value") or "").strip()
    node: dict[str, Any]
    if kind in BEHAVIOUR_KINDS:
        node = {
            "kind": "behaviour",
            "action": kind,
            "target": row.get("target") or "any",
            "value": value,
            "min_count": row.get("min_count") or 1,
            "days": row.get("days") or 30,
        }
    elif kind.startswith("rfm_"):
        node = {"kind": "rfm", "dimension": kind.removeprefix("rfm_"), "in": _split(value)}
    elif kind in LIST_KINDS:
        values = _split(value)
        node = {"kind": kind, "in": [v.upper() for v in values] if kind == "country" else values}
    elif kind == "consent":
        node = {"kind": "consent", "purpose": value or "push_marketing"}
    else:
        node = {"kind": kind}
    if row.get("negate"):
        node["negate"] = True
    return node


def rows_to_rules(match: str, group_match: str, rows: list[dict[str, Any]]) -> dict[str, Any]:
    groups: dict[int, list[dict[str, Any]]] = {}
    for row in rows:
        condition = row_to_condition(row)
        if condition is not None:
            groups.setdefault(row.get("group") or 1, []).append(condition)
    ordered = [groups[k] for k in sorted(groups)]
    if len(ordered) <= 1:
        return {"op": group_match, "rules": ordered[0] if ordered else []}
    return {
        "op": match,
        "rules": [g[0] if len(g) == 1 else {"op": group_match, "rules": g} for g in ordered],
    }


def condition_to_row(node: dict[str, Any], group: int) -> dict[str, Any] | None:
    row: dict[str, Any] = {"group": group, "negate": bool(node.get("negate"))}
    kind = node.get("kind")
    if kind == "behaviour":
        row.update(
            kind=node["action"],
            target=node.get("target", "any"),
            value=node.get("value") or "",
            min_count=node.get("min_count", 1),
            days=node.get("days", 1),
        )
    elif kind == "rfm":
        row.update(kind=f"rfm_{node.get('dimension', 'overall')}", value=", ".join(node["in"]))
    elif kind in LIST_KINDS:
        row.update(kind=kind, value=", ".join(node["in"]))
    elif kind == "consent":
        row.update(kind=kind, value=node.get("purpose", "push_marketing"))
    elif kind == "push_subscription":
        row.update(kind=kind)
    else:
        return None
    return row


def rules_to_rows(rules: dict[str, Any]) -> tuple[str, str, list[dict[str, Any]]] | None:
    """(match, group_match, rows) for a tree the rows can show, else None."""
    if "op" not in rules:
        return None
    children = rules["rules"]
    if all("op" not in child for child in children):
        flat = [condition_to_row(child, 1) for child in children]
        kept = [row for row in flat if row is not None]
        return ("or", rules["op"], kept) if len(kept) == len(flat) else None
    inner_ops = {child["op"] for child in children if "op" in child}
    if len(inner_ops) != 1:
        return None
    rows = []
    for number, child in enumerate(children, start=1):
        for node in child["rules"] if "op" in child else [child]:
            if "op" in node:
                return None
            row = condition_to_row(node, number)
            if row is None:
                return None
            rows.append(row)
    return rules["op"], inner_ops.pop(), rows


def parse_editor(data: Any) -> tuple[SegmentForm, Any, dict[str, Any] | None]:
    """Bind the editor; returns the forms and the rule tree if it is valid."""
    form = SegmentForm(data)
    formset = ConditionFormSet(data, prefix="c")
    if not (form.is_valid() and formset.is_valid()):
        return form, formset, None
    if form.cleaned_data["mode"] == "json":
        try:
            rules = json.loads(form.cleaned_data["rules_json"] or "{}")
        except ValueError as exc:
            form.add_error("rules_json", f"Not valid JSON: {exc}")
            return form, formset, None
    else:
        rows = [r for r in formset.cleaned_data if r]
        rules = rows_to_rules(form.cleaned_data["match"], form.cleaned_data["group_match"], rows)
    try:
        validate_rules(rules)
    except ValidationError as exc:
        form.add_error(None, exc)
        return form, formset, None
    return form, formset, rules


def editor_initial(
    name: str = "", description: str = "", rules: dict[str, Any] | None = None
) -> tuple[SegmentForm, Any]:
    rules = rules or {"op": "and", "rules": []}
    shaped = rules_to_rows(rules)
    initial: dict[str, Any] = {
        "name": name,
        "description": description,
        "rules_json": json.dumps(rules, indent=2),
        "mode": "rows" if shaped else "json",
    }
    rows: list[dict[str, Any]] = []
    if shaped:
        initial["match"], initial["group_match"], rows = shaped
    return SegmentForm(initial=initial), ConditionFormSet(initial=rows, prefix="c")
