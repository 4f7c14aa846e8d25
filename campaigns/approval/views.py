"""Review screen and approval actions. Every view resolves the campaign through the user's
workspaces first, so a URL guessed from another team's campaign is a 404, never an action."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages as flash
from django.contrib.auth.decorators import login_required, permission_required
from django.contrib.auth.models import User
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.defaultfilters import pluralize
from django.views.decorators.http import require_POST

from campaigns.approval import selectors, services
from campaigns.approval.checks import guardrail_checker
from campaigns.http import HtmxHttpRequest
from campaigns.marketing.audit import TransitionError
from campaigns.marketing.models import Campaign, Message
from campaigns.marketing.selectors import campaigns_for_user

PAGE_SIZE = 25


def _campaign(request: HtmxHttpRequest, pk: int) -> Campaign:
    return get_object_or_404(campaigns_for_user(user=request.user), pk=pk)


def _message(campaign: Campaign, message_id: int) -> Message:
    return get_object_or_404(
        Message.objects.select_related("customer", "variant"), pk=message_id, campaign=campaign
    )


def _user(request: HtmxHttpRequest) -> User:
    assert isinstance(request.user, User)  # login_required ran first
    return request.user


@login_required
def review(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    campaign = _campaign(request, pk)
    filters = selectors.ReviewFilters.from_query(request.GET)
    page = Paginator(
        selectors.review_queue(campaign=campaign, filters=filters), PAGE_SIZE
    ).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "campaign": campaign,
        "page": page,
        "filters": filters,
        "query": query.urlencode(),
        "counts": selectors.review_counts(campaign=campaign),
        "flag_codes": selectors.flag_codes(campaign=campaign),
        "sources": Message.Source.choices,
        "can_review": request.user.has_perm("campaigns.review_message"),
    }
    template = "approval/review.html#results" if request.htmx else "approval/review.html"
    return render(request, template, context)


@login_required
def sample(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    campaign = _campaign(request, pk)
    try:
        size = max(1, min(int(request.GET.get("n", "20")), 200))
    except ValueError:
        size = 20
    rows = selectors.stratified_sample(campaign=campaign, size=size)
    return render(
        request, "approval/sample.html", {"campaign": campaign, "rows": rows, "size": size}
    )


def _row_response(request: HtmxHttpRequest, campaign: Campaign, message: Message) -> HttpResponse:
    if request.htmx:
        return render(
            request,
            "approval/review.html#row",
            {"campaign": campaign, "m": message, "can_review": True},
        )
    return redirect("approval:review", pk=campaign.pk)


@login_required
@permission_required("campaigns.review_message", raise_exception=True)
def message_edit(request: HtmxHttpRequest, pk: int, message_id: int) -> HttpResponse:
    campaign = _campaign(request, pk)
    message = _message(campaign, message_id)
    error = ""
    if request.method == "POST":
        title = request.POST.get("title", "").strip()
        body = request.POST.get("body", "").strip()
        try:
            message = services.message_edit(
                message=message,
                user=_user(request),
                title=title,
                body=body,
                checker=guardrail_checker,
            )
        except services.ReviewError as exc:
            error = str(exc)
            # Show what the reviewer typed next to the reason, but nothing was saved.
            message.title, message.body = title, body
        else:
            flash.success(request, "Message saved; it passed the guardrails.")
            return _row_response(request, campaign, message)
    template = "approval/edit.html#form" if request.htmx else "approval/edit.html"
    status = 422 if error else 200
    return render(
        request,
        template,
        {"campaign": campaign, "m": message, "error": error},
        status=status,
    )


@login_required
@permission_required("campaigns.review_message", raise_exception=True)
@require_POST
def message_decide(request: HtmxHttpRequest, pk: int, message_id: int) -> HttpResponse:
    campaign = _campaign(request, pk)
    message = _message(campaign, message_id)
    try:
        message = services.message_set_review(
            message=message, user=_user(request), decision=request.POST.get("decision", "")
        )
    except services.ReviewError as exc:
        flash.error(request, str(exc))
    return _row_response(request, campaign, message)


@login_required
@permission_required("campaigns.review_message", raise_exception=True)
@require_POST
def message_regenerate(request: HtmxHttpRequest, pk: int, message_id: int) -> HttpResponse:
    campaign = _campaign(request, pk)
    message = _message(campaign, message_id)
    try:
        message = services.message_regenerate(message=message, user=_user(request))
    except services.ReviewError as exc:
        flash.error(request, str(exc))
    else:
        flash.info(request, "Regenerating this message; refresh in a moment.")
    return _row_response(request, campaign, message)


@login_required
@permission_required("campaigns.review_message", raise_exception=True)
@require_POST
def regenerate_rejected(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    campaign = _campaign(request, pk)
    try:
        count = services.messages_regenerate_rejected(
            campaign=campaign, user=_user(request), chunk_size=settings.PROMO_BATCH_SIZE
        )
    except services.ReviewError as exc:
        flash.error(request, str(exc))
    else:
        flash.info(
            request,
            f"Regenerating {count} rejected message{pluralize(count)}, avoiding the wordings "
            "turned down; refresh in a moment.",
        )
    return redirect("approval:review", pk=pk)


@login_required
@permission_required("campaigns.review_message", raise_exception=True)
@require_POST
def bulk_approve(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    campaign = _campaign(request, pk)
    flag = request.POST.get("flag", "")
    try:
        count = services.messages_bulk_approve(
            campaign=campaign, user=_user(request), flag=flag or None
        )
    except services.ReviewError as exc:
        flash.error(request, str(exc))
    else:
        kind = f"messages flagged {flag}" if flag else "unflagged messages"
        flash.success(request, f"Approved {count} {kind}.")
    return redirect("approval:review", pk=pk)


@login_required
@permission_required("campaigns.approve_campaign", raise_exception=True)
@require_POST
def campaign_decide(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    campaign = _campaign(request, pk)
    decision = request.POST.get("decision")
    comment = request.POST.get("comment", "")
    try:
        if decision == "approve":
            services.campaign_approve(campaign=campaign, user=_user(request), comment=comment)
            flash.success(request, "Approved. Delivery is scheduled.")
        elif decision == "reject":
            services.campaign_reject(campaign=campaign, user=_user(request), comment=comment)
            flash.success(request, "Rejected; the marketer sees your comment.")
        else:
            flash.error(request, "Choose approve or reject.")
    except TransitionError as exc:
        flash.error(request, str(exc))
    return redirect("campaigns:detail", pk=pk)


@login_required
@require_POST
def campaign_cancel(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    campaign = _campaign(request, pk)
    if not (
        request.user.has_perm("campaigns.change_campaign")
        or request.user.has_perm("campaigns.approve_campaign")
    ):
        flash.error(request, "You may not cancel campaigns.")
        return redirect("campaigns:detail", pk=pk)
    try:
        services.campaign_cancel(
            campaign=campaign, user=_user(request), comment=request.POST.get("comment", "")
        )
        flash.success(request, "Campaign cancelled; nothing more will be sent.")
    except TransitionError as exc:
        flash.error(request, str(exc))
    return redirect("campaigns:detail", pk=pk)
