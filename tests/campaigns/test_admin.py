import pytest
from django.contrib import admin
from django.urls import reverse

from tests.factories import CampaignFactory, EventFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_it_lists_and_searches_every_model_in_the_admin(client):
    client.force_login(UserFactory(username="root", is_staff=True, is_superuser=True))
    EventFactory()
    CampaignFactory()
    ours = [m for m in admin.site._registry if m._meta.app_label == "campaigns"]
    assert len(ours) >= 10
    for model in ours:
        url = reverse(f"admin:campaigns_{model._meta.model_name}_changelist")
        assert client.get(url).status_code == 200, url
        assert client.get(url, {"q": "x"}).status_code == 200, url


def test_it_applies_the_four_eyes_rule_to_admin_approval(client, marketer, approver):
    from campaigns.marketing.models import AuditEntry, Campaign
    from tests.factories import campaign_in_review

    campaign = campaign_in_review(created_by=marketer)
    superuser = UserFactory(username="root2", is_staff=True, is_superuser=True)
    client.force_login(superuser)
    url = reverse("admin:campaigns_campaign_changelist")
    client.post(url, {"action": "approve_campaigns", "_selected_action": [campaign.pk]})
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.SCHEDULED
    assert campaign.approved_by == superuser
    entry = AuditEntry.objects.filter(campaign=campaign, action="approve").first()
    assert entry is not None
    audit_url = reverse("admin:campaigns_auditentry_change", args=[entry.pk])
    assert client.post(audit_url, {"action": "x"}).status_code == 403
