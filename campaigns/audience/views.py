"""Shopper and segment pages. Full pages without JavaScript; htmx requests get fragments."""

from __future__ import annotations

import json
from typing import Any

from django.contrib import messages as flash
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from campaigns.audience import selectors, services
from campaigns.audience.forms import editor_initial, parse_editor
from campaigns.audience.models import Customer, Segment
from campaigns.http import HtmxHttpRequest

CUSTOMERS_PER_PAGE = 50


@login_required
def customer_list(request: HtmxHttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()
    country = request.GET.get("country", "").strip()
    try:
        page = max(int(request.GET.get("page", "1")), 1)
    except ValueError:
        page = 1
    start = (page - 1) * CUSTOMERS_PER_PAGE
    # One row more than shown tells whether there is a next page, without COUNT(*) over
    # a million shoppers.
    rows = list(
        selectors.customer_search(query=query, country=country)[
            start : start + CUSTOMERS_PER_PAGE + 1
        ]
    )
    context = {
        "customers": rows[:CUSTOMERS_PER_PAGE],
        "has_next": len(rows) > CUSTOMERS_PER_PAGE,
        "page": page,
        "q": query,
        "country": country,
    }
    template = "audience/customer_list.html"
    if request.htmx and request.htmx.target == "results":
        template += "#results"
    return render(request, template, context)


@login_required
def customer_detail(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    customer = get_object_or_404(Customer, pk=pk)
    context = selectors.customer_detail(customer, timezone.now())
    return render(request, "audience/customer_detail.html", context)


@login_required
def segment_list(request: HtmxHttpRequest) -> HttpResponse:
    segments = Segment.objects.select_related("created_by").order_by("name")
    return render(request, "audience/segment_list.html", {"segments": segments})


def _editor_context(
    form: Any, formset: Any, rules: dict[str, Any] | None, segment: Segment | None
) -> dict[str, Any]:
    context: dict[str, Any] = {"form": form, "formset": formset, "segment": segment}
    if rules is not None:
        context["result"] = selectors.segment_count(rules)
        context["preview"] = selectors.segment_preview(rules)
        context["rules_text"] = json.dumps(rules, indent=2)
    return context


@login_required
def segment_edit(request: HtmxHttpRequest, pk: int | None = None) -> HttpResponse:
    segment = get_object_or_404(Segment, pk=pk) if pk is not None else None
    if request.method != "POST":
        if segment is None:
            form, formset = editor_initial()
        else:
            form, formset = editor_initial(segment.name, segment.description, segment.rules)
        # No count here: htmx fetches it after load, and without JS the Count button does.
        return render(
            request, "audience/segment_edit.html", _editor_context(form, formset, None, segment)
        )
    data = request.POST.copy()
    form, formset, rules = parse_editor(data)
    if rules is not None and request.POST.get("action") == "save":
        segment = services.segment_save(
            segment=segment,
            name=form.cleaned_data["name"],
            description=form.cleaned_data["description"],
            rules=rules,
            user=request.user,  # type: ignore[arg-type]
        )
        flash.success(request, f"Saved segment “{segment.name}”.")
        return redirect("campaigns:segment_edit", pk=segment.pk)
    if rules is not None:
        # Keep the JSON view in step with the rows, so switching modes loses nothing.
        data["rules_json"] = json.dumps(rules, indent=2)
        form, formset, rules = parse_editor(data)
    return render(
        request, "audience/segment_edit.html", _editor_context(form, formset, rules, segment)
    )


@login_required
@require_POST
def segment_count(request: HtmxHttpRequest) -> HttpResponse:
    form, formset, rules = parse_editor(request.POST)
    context = _editor_context(form, formset, rules, None)
    return render(request, "audience/segment_edit.html#count", context)
