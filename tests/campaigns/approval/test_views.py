import pytest
from django.urls import reverse

from campaigns.marketing.models import Campaign, Message
from tests.factories import MessageFactory, campaign_in_review

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


def test_it_refuses_approval_to_a_marketer_without_the_permission(marketer_client, marketer):
    campaign = campaign_in_review(created_by=marketer)
    url = reverse("approval:decide", args=[campaign.pk])
    assert marketer_client.post(url, {"decision": "approve"}).status_code == 403
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.IN_REVIEW


def test_it_tells_an_approver_who_submitted_the_campaign_to_find_someone_else(
    approver_client, approver
):
    campaign = campaign_in_review(created_by=approver)
    url = reverse("approval:decide", args=[campaign.pk])
    response = approver_client.post(url, {"decision": "approve"}, follow=True)
    assert b"four-eyes" in response.content
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.IN_REVIEW


def test_it_approves_from_the_campaign_page(approver_client, marketer):
    campaign = campaign_in_review(created_by=marketer)
    url = reverse("approval:decide", args=[campaign.pk])
    response = approver_client.post(url, {"decision": "approve", "comment": "ok"}, follow=True)
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.SCHEDULED
    assert b"approve" in response.content  # the audit log on the page shows it


def test_it_filters_the_review_queue_and_serves_a_fragment_to_htmx(approver_client, marketer):
    campaign = campaign_in_review(created_by=marketer, messages=2)
    flagged = MessageFactory(
        campaign=campaign, flags=[{"code": "length", "reason": "too long"}], body="flagged body"
    )
    MessageFactory(campaign=campaign, source=Message.Source.FALLBACK, body="fallback body")
    url = reverse("approval:review", args=[campaign.pk])
    full = approver_client.get(url, {"flag": "any"}).content.decode()
    assert "<html" in full and "flagged body" in full and "fallback body" not in full
    part = approver_client.get(url, {"source": "fallback"}, **HTMX).content.decode()
    assert part.strip().startswith('<section id="results"')
    assert "fallback body" in part and flagged.body not in part


def test_it_counts_and_filters_reviewed_uses_apart_from_model_and_fallback(
    approver_client, marketer
):
    campaign = campaign_in_review(created_by=marketer, messages=1)
    MessageFactory(campaign=campaign, source=Message.Source.REVIEWED, body="reviewed body")
    MessageFactory(campaign=campaign, source=Message.Source.FALLBACK, body="fallback body")
    url = reverse("approval:review", args=[campaign.pk])
    page = approver_client.get(url).content.decode()
    assert "1 from reviewed uses" in page and "1 from the template fallback" in page
    assert '<option value="reviewed" >Reviewed use</option>' in page  # the filter offers it
    part = approver_client.get(url, {"source": "reviewed"}, **HTMX).content.decode()
    assert "reviewed body" in part and "fallback body" not in part
    assert "Reviewed use" in part


def test_it_rejects_one_message_and_returns_its_row(approver_client, marketer):
    campaign = campaign_in_review(created_by=marketer, messages=1)
    message = campaign.messages.get()
    url = reverse("approval:message_decide", args=[campaign.pk, message.pk])
    html = approver_client.post(url, {"decision": "rejected"}, **HTMX).content.decode()
    assert html.strip().startswith(f'<tr id="msg-{message.pk}"')
    message.refresh_from_db()
    assert message.review_status == Message.Review.REJECTED


def test_it_shows_edit_errors_without_saving(approver_client, marketer, monkeypatch):
    campaign = campaign_in_review(created_by=marketer, messages=1)
    message = campaign.messages.get()
    monkeypatch.setattr(
        "campaigns.approval.views.guardrail_checker",
        lambda m, t, b: [{"code": "offer_fidelity", "reason": "deal phrase '20% off' missing"}],
    )
    url = reverse("approval:message_edit", args=[campaign.pk, message.pk])
    response = approver_client.post(url, {"title": "Hi", "body": "Great stuff"}, **HTMX)
    assert response.status_code == 422
    assert b"deal phrase" in response.content
    message.refresh_from_db()
    assert message.body != "Great stuff"


def test_it_spreads_the_sample_over_score_bands(approver_client, marketer):
    campaign = campaign_in_review(created_by=marketer, messages=40)
    html = approver_client.get(reverse("approval:sample", args=[campaign.pk]), {"n": 8}).content
    for band in (b"Q1", b"Q2", b"Q3", b"Q4"):
        assert band in html


def test_it_hides_review_of_other_workspaces(approver_client):
    from tests.factories import UserFactory

    other = campaign_in_review(created_by=UserFactory())
    assert approver_client.get(reverse("approval:review", args=[other.pk])).status_code == 404
    decide = reverse("approval:decide", args=[other.pk])
    assert approver_client.post(decide, {"decision": "approve"}).status_code == 404
