"""The marketer's and the approver's paths through the real UI, a live server and a real worker."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from campaigns.marketing.models import Campaign, Message
from tests.e2e.conftest import login
from tests.factories import (
    EventFactory,
    ProductFactory,
    UserFactory,
    WorkspaceFactory,
    campaign_in_review,
)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def team(roles):
    workspace = WorkspaceFactory(slug="e2e", name="E2E shop")
    marketer = UserFactory(username="mia")
    marketer.groups.add(Group.objects.get(name="Marketer"))
    approver = UserFactory(username="arno")
    approver.groups.add(Group.objects.get(name="Approver"))
    # A lead holds both roles: the four-eyes rule, not the role, must stop self-approval.
    lead = UserFactory(username="lena")
    lead.groups.add(Group.objects.get(name="Marketer"), Group.objects.get(name="Approver"))
    workspace.members.add(marketer, approver, lead)
    return {"marketer": marketer, "approver": approver, "lead": lead}


def test_it_lets_a_marketer_build_a_segment_create_and_generate(
    live_server, worker, page, shot, team
):
    shoes = ProductFactory(category="Running", name="Trail running shoe")
    for _ in range(4):
        EventFactory(product=shoes)
    base = live_server.url
    login(page, base, "mia")
    shot("logged-in")

    page.goto(f"{base}/audience/segments/new/")
    page.fill("input[name=name]", "Recent runners")
    page.select_option("select[name=c-0-kind]", "view")
    page.select_option("select[name=c-0-target]", "category")
    page.fill("input[name=c-0-value]", "Running")
    page.fill("input[name=c-0-days]", "30")
    page.click("button[name=action][value=count]")
    page.wait_for_selector("#count:has-text('4 shoppers in this segment')")
    shot("segment-counted")
    page.click("button[name=action][value=save]")
    page.wait_for_selector("text=Saved segment")
    shot("segment-saved")

    page.goto(f"{base}/campaigns/new/")
    page.fill("input[name=name]", "Runners' rain week")
    page.select_option("select[name=segment]", label="Recent runners")
    page.fill("input[name=offer-title]", "Rain gear week")
    page.fill("input[name=offer-category]", "Running")
    page.select_option("select[name=offer-discount_type]", "percent")
    page.fill("input[name=offer-discount_value]", "15")
    page.fill("input[name=offer-code]", "RAIN15")
    ends = (timezone.localtime() + timedelta(days=5)).strftime("%Y-%m-%dT%H:%M")
    page.fill("input[name=offer-ends_at]", ends)
    shot("campaign-form")
    page.click("button:has-text('Create campaign')")
    page.wait_for_selector("text=Press Generate")

    # The Generate button is an htmx POST: it must carry the CSRF token (200, not 403).
    with page.expect_response(lambda r: r.url.endswith("/generate/")) as generated:
        page.click("button:has-text('Generate')")
    assert generated.value.status == 200
    page.wait_for_selector("text=In review", timeout=60_000)
    page.wait_for_selector("table.messages td:has-text('15% off')")
    shot("generated")
    campaign = Campaign.objects.get(name="Runners' rain week")
    assert campaign.messages.filter(status=Message.Status.GENERATED).count() == 4


def test_it_refuses_approval_of_ones_own_campaign(live_server, page, shot, team):
    campaign = campaign_in_review(created_by=team["lead"])
    login(page, live_server.url, "lena")
    page.goto(f"{live_server.url}/campaigns/{campaign.pk}/")
    page.click("button:has-text('Approve campaign')")
    page.wait_for_selector("text=four-eyes")
    shot("refused")
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.IN_REVIEW


def test_it_lets_an_approver_edit_a_message_and_approve(live_server, page, shot, team):
    campaign = campaign_in_review(created_by=team["marketer"], messages=3)
    message = campaign.messages.order_by("pk").first()
    base = live_server.url
    login(page, base, "arno")
    page.goto(f"{base}/campaigns/{campaign.pk}/review/")
    shot("review")
    page.click(f"#msg-{message.pk} a:has-text('Edit')")
    page.wait_for_selector(f"#msg-{message.pk} textarea[name=body]")
    page.fill(f"#msg-{message.pk} textarea[name=body]", "Ready for the trails? 20% off with RUN20.")
    with page.expect_response(lambda r: "/edit/" in r.url and r.request.method == "POST") as saved:
        page.click(f"#msg-{message.pk} button:has-text('Save')")
    assert saved.value.status == 200
    page.wait_for_selector(f"#msg-{message.pk}:has-text('Ready for the trails?')")
    shot("edited")
    page.goto(f"{base}/campaigns/{campaign.pk}/")
    page.fill("input[name=comment]", "Checked the sample, good to go")
    page.click("button:has-text('Approve campaign')")
    page.wait_for_selector("text=Approved. Delivery is scheduled.")
    shot("approved")
    campaign.refresh_from_db()
    message.refresh_from_db()
    assert campaign.status == Campaign.Status.SCHEDULED
    assert message.body == "Ready for the trails? 20% off with RUN20."
