"""Marketer pages. Every page renders fully without JavaScript; htmx requests get fragments."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages as flash
from django.contrib.auth.decorators import login_required, permission_required
from django.contrib.auth.models import User
from django.core.paginator import Paginator
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from campaigns.approval.services import CANCELLABLE
from campaigns.http import HtmxHttpRequest
from campaigns.marketing import selectors, services
from campaigns.marketing import stats as campaign_stats
from campaigns.marketing.forms import (
    CampaignEditForm,
    CampaignForm,
    OfferForm,
    ScheduleForm,
    VariantForm,
)
from campaigns.marketing.models import Campaign

MESSAGES_PER_PAGE = 50


@login_required
def campaign_list(request: HtmxHttpRequest) -> HttpResponse:
    campaigns = list(selectors.campaign_list(user=request.user))
    progress = selectors.campaigns_progress(campaigns=campaigns)
    rows = [(c, progress.get(c.pk)) for c in campaigns]
    active = any(c.status in selectors.ACTIVE_STATUSES for c in campaigns)
    template = "campaigns/list.html#table" if request.htmx else "campaigns/list.html"
    return render(request, template, {"rows": rows, "active": active})


@login_required
@permission_required("campaigns.add_campaign", raise_exception=True)
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
        "editable": services.EDITABLE,
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
@permission_required("campaigns.generate_campaign", raise_exception=True)
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


def _user(request: HtmxHttpRequest) -> User:
    assert isinstance(request.user, User)  # login_required ran first
    return request.user


@login_required
@permission_required("campaigns.change_campaign", raise_exception=True)
def campaign_edit(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    campaign = get_object_or_404(selectors.campaigns_for_user(user=request.user), pk=pk)
    initial = {
        "name": campaign.name,
        "brand_voice": campaign.brand_voice,
        "max_chars": campaign.max_chars,
        "holdout_percent": campaign.holdout_percent,
        "few_shot": campaign.few_shot,
    }
    form = CampaignEditForm(request.POST or None, initial=initial)
    offer_form = OfferForm(request.POST or None, prefix="offer", instance=campaign.offer)
    if request.method == "POST" and form.is_valid() and offer_form.is_valid():
        try:
            services.campaign_update(
                campaign=campaign,
                user=_user(request),
                data=form.cleaned_data,
                offer_data=offer_form.cleaned_data,
            )
        except services.TransitionError as exc:
            flash.error(request, str(exc))
        else:
            flash.success(request, "Saved.")
        return redirect("campaigns:detail", pk=pk)
    return render(
        request,
        "campaigns/edit.html",
        {"campaign": campaign, "form": form, "offer_form": offer_form},
    )


@login_required
@permission_required("campaigns.change_campaign", raise_exception=True)
def campaign_schedule(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    campaign = get_object_or_404(selectors.campaigns_for_user(user=request.user), pk=pk)
    schedule = campaign.schedule
    initial: dict[str, object] = {"send_at": campaign.send_at, "recurring": schedule is not None}
    if schedule is not None and schedule.crontab is not None:
        initial.update(
            cron_minute=schedule.crontab.minute,
            cron_hour=schedule.crontab.hour,
            cron_day_of_week=schedule.crontab.day_of_week,
        )
    form = ScheduleForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        cron = None
        if data["recurring"]:
            cron = {
                "minute": data["cron_minute"] or "0",
                "hour": data["cron_hour"] or "10",
                "day_of_week": data["cron_day_of_week"] or "*",
            }
        try:
            services.campaign_schedule_set(
                campaign=campaign, user=_user(request), send_at=data["send_at"], cron=cron
            )
        except services.TransitionError as exc:
            flash.error(request, str(exc))
        else:
            flash.success(request, "Schedule saved.")
            return redirect("campaigns:detail", pk=pk)
    return render(request, "campaigns/schedule.html", {"campaign": campaign, "form": form})


@login_required
@permission_required("campaigns.add_variant", raise_exception=True)
def variant_add(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    campaign = get_object_or_404(selectors.campaigns_for_user(user=request.user), pk=pk)
    form = VariantForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.variant_create(campaign=campaign, user=_user(request), **form.cleaned_data)
        except services.TransitionError as exc:
            flash.error(request, str(exc))
        else:
            flash.success(request, "Variant added; regenerate to split the segment across it.")
            return redirect("campaigns:detail", pk=pk)
    return render(
        request,
        "campaigns/variant.html",
        {"campaign": campaign, "form": form, "variants": campaign.variants.all()},
    )


@login_required
def campaign_dashboard(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    campaign = get_object_or_404(selectors.campaigns_for_user(user=request.user), pk=pk)
    numbers = campaign_stats.campaign_stats(campaign=campaign)
    template = "campaigns/stats.html#numbers" if request.htmx else "campaigns/stats.html"
    return render(
        request,
        template,
        {"campaign": campaign, "stats": numbers, "steps": campaign_stats.FUNNEL_STEPS},
    )
