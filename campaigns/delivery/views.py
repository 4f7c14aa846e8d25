"""Thin views: the click redirect, the open beacon, and the demo storefront."""

from __future__ import annotations

import json

from django.conf import settings
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseRedirect,
    JsonResponse,
)
from django.shortcuts import render
from django.template.loader import render_to_string
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from campaigns.delivery import services, tracking
from campaigns.delivery.providers.webpush import ProviderMisconfigured, vapid_public_key_b64


@require_GET
def click(request: HttpRequest, token: str) -> HttpResponse:
    url = tracking.tracking_click_record(token=token)
    if url is None:
        raise Http404("Unknown link")
    return HttpResponseRedirect(url)


# The service worker has no CSRF cookie; the signed token is the credential.
@csrf_exempt
@require_POST
def open_beacon(request: HttpRequest) -> HttpResponse:
    try:
        token = str(json.loads(request.body or b"{}")["token"])
    except (ValueError, KeyError, TypeError):
        return HttpResponseBadRequest("token required")
    if not tracking.tracking_open_record(token=token):
        raise Http404("Unknown token")
    return HttpResponse(status=204)


@require_GET
def storefront(request: HttpRequest) -> HttpResponse:
    """A demo shop page that subscribes the browser to Web Push for `?shopper=<external id>`.

    With DELIVERY_DEMO_PUSH_SERVICE_URL set and the browser's own push service out of reach
    (headless, offline), the page stands in for it: see static/delivery/storefront.js for which
    parts are then simulated (only the push service and its hop to the browser) and which stay
    real (VAPID, encryption, decryption in the browser, the service worker).
    """
    try:
        vapid_key = vapid_public_key_b64()
    except ProviderMisconfigured:
        vapid_key = ""
    return render(
        request,
        "delivery/storefront.html",
        {
            "vapid_public_key": vapid_key,
            "push_service_url": settings.DELIVERY_DEMO_PUSH_SERVICE_URL,
            "external_id": request.GET.get("shopper", ""),
        },
    )


@require_GET
def service_worker(request: HttpRequest) -> HttpResponse:
    # Served from /delivery/ rather than /static/ so that its scope covers the storefront.
    response = HttpResponse(
        render_to_string("delivery/sw.js"), content_type="application/javascript"
    )
    response["Cache-Control"] = "no-cache"
    return response


@require_POST
def subscribe(request: HttpRequest) -> HttpResponse:
    """The storefront registers a browser's Web Push subscription for a (demo) shopper."""
    try:
        data = json.loads(request.body or b"{}")
        result = services.subscription_register_webpush(
            external_id=str(data["shopper"]),
            endpoint=str(data["subscription"]["endpoint"]),
            keys=dict(data["subscription"]["keys"]),
        )
    except (ValueError, KeyError, TypeError) as exc:
        return HttpResponseBadRequest(f"bad subscription: {exc}")
    return JsonResponse({"subscription_id": result.pk})
