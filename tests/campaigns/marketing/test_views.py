from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from campaigns.marketing.models import Campaign, Message
from tests.factories import CampaignFactory, CustomerFactory, EventFactory, ProductFactory

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


def test_it_requires_login(client):
    response = client.get(reverse("campaigns:list"))
    assert response.status_code == 302
    assert reverse("login") in response["Location"]


def test_it_shows_an_empty_state_to_a_new_marketer(marketer_client):
    response = marketer_client.get(reverse("campaigns:list"))
    assert b"Create your first campaign" in response.content


def test_it_creates_a_campaign_with_a_quick_segment(marketer_client, marketer):
    ends = (timezone.now() + timedelta(days=3)).strftime("%Y-%m-%dT%H:%M")
    response = marketer_client.post(
        reverse("campaigns:create"),
        {
            "name": "Rainy run",
            "brand_voice": "Calm",
            "max_chars": 120,
            "segment_category": "Running",
            "segment_days": 14,
            "offer-title": "Rain gear",
            "offer-category": "Running",
            "offer-discount_type": "amount",
            "offer-discount_value": "10",
            "offer-currency": "eur",
            "offer-ends_at": ends,
            "offer-uses": "wet morning runs\nlong trail weekends",
        },
    )
    campaign = Campaign.objects.get()
    assert response.status_code == 302
    assert campaign.offer.uses == ["wet morning runs", "long trail weekends"]
    assert response["Location"] == reverse("campaigns:detail", args=[campaign.pk])
    assert campaign.created_by == marketer
    assert campaign.offer.currency == "EUR"
    assert campaign.segment.rules["rules"][0]["value"] == "Running"
    assert campaign.segment.rules["rules"][0]["days"] == 14


def test_it_rerenders_the_form_with_errors_and_saves_nothing(marketer_client):
    response = marketer_client.post(
        reverse("campaigns:create"),
        {"name": "Bad", "max_chars": 120, "segment_category": "Running", "segment_days": 7},
    )
    assert response.status_code == 200
    assert b"This field is required" in response.content
    assert not Campaign.objects.exists()


def test_it_renders_the_full_page_without_htmx(marketer_client, marketer):
    campaign = CampaignFactory(created_by=marketer)
    response = marketer_client.get(reverse("campaigns:detail", args=[campaign.pk]))
    html = response.content.decode()
    assert "<html" in html
    assert 'id="status"' in html
    assert 'id="messages"' in html


def test_it_renders_only_the_status_fragment_for_htmx_polls(marketer_client, marketer):
    campaign = CampaignFactory(created_by=marketer, status=Campaign.Status.GENERATING)
    Message.objects.create(campaign=campaign, customer=CustomerFactory())
    url = reverse("campaigns:detail", args=[campaign.pk]) + "?fragment=status"
    html = marketer_client.get(url, **HTMX).content.decode()
    assert "<html" not in html
    assert html.strip().startswith('<section id="status"')
    assert 'hx-trigger="every 2s"' in html
    assert "0 of 1 shoppers" in html


def test_it_swaps_in_messages_when_the_poll_sees_generation_finish(marketer_client, marketer):
    campaign = CampaignFactory(created_by=marketer, status=Campaign.Status.IN_REVIEW)
    Message.objects.create(
        campaign=campaign,
        customer=CustomerFactory(),
        status=Message.Status.GENERATED,
        title="Trail time",
        body="20% off trail shoes with RUN20",
        source="model",
        score=0.5,
    )
    url = reverse("campaigns:detail", args=[campaign.pk]) + "?fragment=status"
    html = marketer_client.get(url, **HTMX).content.decode()
    assert "every 2s" not in html
    assert 'hx-swap-oob="true"' in html
    assert "20% off trail shoes with RUN20" in html


def test_it_reports_zero_shoppers_for_an_empty_segment(marketer_client, marketer):
    campaign = CampaignFactory(created_by=marketer)
    response = marketer_client.post(reverse("campaigns:generate", args=[campaign.pk]), follow=True)
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.DRAFT
    assert campaign.generation_finished_at is not None
    assert b"0 shoppers" in response.content


def test_it_starts_generation_and_returns_the_status_fragment_for_htmx(
    marketer_client, django_capture_on_commit_callbacks, monkeypatch, marketer
):
    queued = []
    monkeypatch.setattr(
        "campaigns.marketing.tasks.generate_chunk.delay_on_commit",
        lambda *args: queued.append(args),
    )
    campaign = CampaignFactory(created_by=marketer)
    EventFactory(product=ProductFactory(category="Running"))
    response = marketer_client.post(reverse("campaigns:generate", args=[campaign.pk]), **HTMX)
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.GENERATING
    assert response.content.decode().strip().startswith('<section id="status"')
    assert len(queued) == 1


def test_it_shows_the_failure_reason(marketer_client, marketer):
    campaign = CampaignFactory(
        created_by=marketer, status=Campaign.Status.FAILED, failure_reason="model exploded"
    )
    response = marketer_client.get(reverse("campaigns:detail", args=[campaign.pk]))
    assert b"Generation failed: model exploded" in response.content


def test_it_refuses_to_generate_twice(marketer_client, marketer):
    campaign = CampaignFactory(created_by=marketer, status=Campaign.Status.GENERATING)
    response = marketer_client.post(reverse("campaigns:generate", args=[campaign.pk]), follow=True)
    assert b"already running" in response.content


def test_it_hides_other_workspaces_campaigns(marketer_client):
    stranger_campaign = CampaignFactory()
    listing = marketer_client.get(reverse("campaigns:list")).content.decode()
    assert stranger_campaign.name not in listing
    detail = reverse("campaigns:detail", args=[stranger_campaign.pk])
    assert marketer_client.get(detail).status_code == 404
    generate = reverse("campaigns:generate", args=[stranger_campaign.pk])
    assert marketer_client.post(generate).status_code == 404
    stranger_campaign.refresh_from_db()
    assert stranger_campaign.status == Campaign.Status.DRAFT


def test_it_shows_a_schedule_error_for_a_past_time(marketer_client, marketer):
    campaign = CampaignFactory(created_by=marketer)
    response = marketer_client.post(
        reverse("campaigns:schedule", args=[campaign.pk]), {"send_at": "2020-01-01T10:00"}
    )
    assert b"in the past" in response.content
    campaign.refresh_from_db()
    assert campaign.send_at is None


def test_it_renders_every_campaign_page(marketer_client, marketer):
    campaign = CampaignFactory(created_by=marketer)
    for name in ("detail", "edit", "schedule", "variants", "stats"):
        response = marketer_client.get(reverse(f"campaigns:{name}", args=[campaign.pk]))
        assert response.status_code == 200, name


def test_it_polls_the_list_only_while_something_is_running(marketer_client, marketer):
    campaign = CampaignFactory(created_by=marketer)
    assert b"every 3s" not in marketer_client.get(reverse("campaigns:list")).content
    Campaign.objects.filter(pk=campaign.pk).update(status=Campaign.Status.GENERATING)
    Message.objects.create(campaign=campaign, customer=CustomerFactory())
    html = marketer_client.get(reverse("campaigns:list"), **HTMX).content.decode()
    assert html.strip().startswith('<section id="campaign-table"')
    assert "every 3s" in html and "<progress" in html


def test_it_adds_a_variant_from_the_form_and_rejects_bad_examples(marketer_client, marketer):
    campaign = CampaignFactory(created_by=marketer)
    url = reverse("campaigns:variants", args=[campaign.pk])
    bad = marketer_client.post(url, {"name": "B", "weight": 1, "few_shot": '{"title": 1}'})
    assert b"Use a list like" in bad.content
    good = marketer_client.post(
        url, {"name": "B", "weight": 2, "brand_voice": "Crisp", "discount_value": "25"}
    )
    assert good.status_code == 302
    variant = campaign.variants.get()
    assert (variant.brand_voice, variant.weight, variant.offer.discount_value) == ("Crisp", 2, 25)
