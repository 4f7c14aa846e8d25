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
