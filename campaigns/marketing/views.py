"""Marketer pages. Every page renders fully without JavaScript; htmx requests get fragments."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages as flash
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from campaigns.approval.services import CANCELLABLE
from campaigns.http import HtmxHttpRequest
from campaigns.marketing import selectors, services
from campaigns.marketing.forms import CampaignForm, OfferForm
from campaigns.marketing.models import Campaign

MESSAGES_PER_PAGE = 50


@login_required
def campaign_list(request: HtmxHttpRequest) -> HttpResponse:
    return render(
        request, "campaigns/list.html", {"campaigns": selectors.campaign_list(user=request.user)}
    )


@login_required
def campaign_create(request: HtmxHttpRequest) -> HttpResponse:
    workspace = selectors.workspace_for_user(user=request.user)
    if workspace is None:
        flash.error(request, "You are not a member of any workspace yet; ask an admin to add you.")
        return redirect("campaigns:list")
    form = CampaignForm(request.POST or None)
    offer_form = OfferForm(request.POST or None, prefix="offer")
    if request.method == "POST" and form.is_valid() and offer_form.is_valid():
        data = form.cleaned_data
        with transaction.atomic():
            segment = data["segment"] or services.segment_create_viewed_category(
                user=request.user,  # type: ignore[arg-type]
                category=data["segment_category"],
                days=data["segment_days"],
            )
            campaign = services.campaign_create(
                user=request.user,  # type: ignore[arg-type]
                workspace=workspace,
                offer_data=offer_form.cleaned_data,
                segment=segment,
                name=data["name"],
                brand_voice=data["brand_voice"],
                max_chars=data["max_chars"],
            )
        flash.success(request, "Campaign created. Press Generate to write its messages.")
        return redirect("campaigns:detail", pk=campaign.pk)
    return render(request, "campaigns/create.html", {"form": form, "offer_form": offer_form})


def _detail_context(request: HtmxHttpRequest, campaign: Campaign) -> dict[str, object]:
    page = Paginator(selectors.campaign_messages(campaign=campaign), MESSAGES_PER_PAGE).get_page(
        request.GET.get("page")
    )
    return {
        "campaign": campaign,
        "progress": selectors.campaign_progress(campaign=campaign),
        "page": page,
        "audit": campaign.audit.select_related("user")[:100],
        "cancellable": CANCELLABLE,
    }


@login_required
def campaign_detail(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    campaign = get_object_or_404(selectors.campaigns_for_user(user=request.user), pk=pk)
    context = _detail_context(request, campaign)
    template = "campaigns/detail.html"
    if request.htmx and request.GET.get("fragment") == "status":
        template += "#status"
    elif request.htmx and request.GET.get("fragment") == "messages":
        template += "#messages"
    return render(request, template, context)


@login_required
@require_POST
def campaign_generate(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    campaign = get_object_or_404(selectors.campaigns_for_user(user=request.user), pk=pk)
    try:
        total = services.campaign_generate_start(
            campaign=campaign,
            user=request.user,  # type: ignore[arg-type]
            chunk_size=settings.PROMO_BATCH_SIZE,
        )
    except services.TransitionError as exc:
        flash.error(request, str(exc))
    else:
        if total == 0:
            flash.warning(request, "0 shoppers are in this segment right now: nothing to generate.")
        else:
            flash.success(request, f"Generating messages for {total} shoppers.")
    if request.htmx:
        campaign.refresh_from_db()
        return render(request, "campaigns/detail.html#status", _detail_context(request, campaign))
    return redirect("campaigns:detail", pk=pk)
