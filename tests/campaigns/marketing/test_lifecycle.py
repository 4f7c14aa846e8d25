from datetime import timedelta

import pytest
from django.utils import timezone
from django_celery_beat.models import PeriodicTask

from campaigns.audience.models import Event
from campaigns.marketing import services, stats
from campaigns.marketing.audit import TransitionError
from campaigns.marketing.models import AuditEntry, Campaign, Member, Message
from tests.factories import (
    CampaignFactory,
    CustomerFactory,
    EventFactory,
    ProductFactory,
    campaign_in_review,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def no_queue(monkeypatch):
    queued = []
    monkeypatch.setattr(
        "campaigns.marketing.tasks.generate_chunk.delay_on_commit",
        lambda *args: queued.append(args),
    )
    return queued


def runners(n):
    running = ProductFactory(category="Running")
    return [EventFactory(product=running).customer for _ in range(n)]


def test_it_snapshots_members_with_a_stable_holdout_and_variant_split(marketer, no_queue):
    runners(60)
    campaign = CampaignFactory(created_by=marketer, holdout_percent=20)
    services.variant_create(campaign=campaign, user=marketer, name="A", brand_voice="Warm")
    services.variant_create(campaign=campaign, user=marketer, name="B", brand_voice="Crisp")
    total = services.campaign_generate_start(campaign=campaign, user=marketer, chunk_size=16)
    members = Member.objects.filter(campaign=campaign)
    holdout = members.filter(holdout=True).count()
    assert members.count() == 60
    assert total == 60 - holdout == Message.objects.filter(campaign=campaign).count()
    assert 2 <= holdout <= 25
    assert set(Message.objects.values_list("variant__name", flat=True)) == {"A", "B"}
    assert len(no_queue) == -(-total // 16)
    campaign.refresh_from_db()
    assert campaign.submitted_by == marketer
    # Regenerating assigns everyone to the same arm again.
    before = set(members.values_list("customer_id", "holdout", "variant_id"))
    Campaign.objects.filter(pk=campaign.pk).update(status=Campaign.Status.IN_REVIEW)
    services.campaign_generate_start(campaign=campaign, user=marketer, chunk_size=16)
    assert set(members.values_list("customer_id", "holdout", "variant_id")) == before


def test_it_caps_variants_at_four(marketer):
    campaign = CampaignFactory(created_by=marketer)
    for name in "ABCD":
        services.variant_create(campaign=campaign, user=marketer, name=name)
    with pytest.raises(TransitionError, match="at most 4"):
        services.variant_create(campaign=campaign, user=marketer, name="E")


def test_it_audits_edits_with_what_changed_and_sends_review_back_to_draft(marketer, approver):
    campaign = campaign_in_review(created_by=marketer)
    services.campaign_update(
        campaign=campaign, user=approver, data={"name": "Renamed", "max_chars": 120}
    )
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.DRAFT
    assert campaign.updated_by == approver
    entry = AuditEntry.objects.get(campaign=campaign, action="edit")
    assert entry.changes == {"name": [entry.changes["name"][0], "Renamed"]}
    assert entry.from_status == "in_review" and entry.to_status == "draft"


def test_it_refuses_edits_after_approval(marketer):
    campaign = CampaignFactory(created_by=marketer, status=Campaign.Status.SCHEDULED)
    with pytest.raises(TransitionError, match="can't be edited"):
        services.campaign_update(campaign=campaign, user=marketer, data={"name": "x"})


def test_it_refuses_to_schedule_in_the_past(marketer):
    campaign = CampaignFactory(created_by=marketer)
    with pytest.raises(TransitionError, match="in the past"):
        services.campaign_schedule_set(
            campaign=campaign,
            user=marketer,
            send_at=timezone.now() - timedelta(hours=1),
            cron=None,
        )


def test_it_creates_and_removes_a_recurring_beat_task(marketer):
    campaign = CampaignFactory(created_by=marketer)
    cron = {"minute": "0", "hour": "9", "day_of_week": "1"}
    services.campaign_schedule_set(campaign=campaign, user=marketer, send_at=None, cron=cron)
    task = PeriodicTask.objects.get(name=f"campaign-{campaign.pk}-recurring")
    assert task.task == "campaigns.marketing.tasks.campaign_recur"
    assert task.args == f"[{campaign.pk}]"
    services.campaign_schedule_set(campaign=campaign, user=marketer, send_at=None, cron=None)
    assert not PeriodicTask.objects.filter(pk=task.pk).exists()


def test_it_spawns_a_recurring_run_for_current_members(marketer, no_queue):
    runners(3)
    parent = CampaignFactory(created_by=marketer, submitted_by=marketer)
    child = services.campaign_spawn_run(parent=parent, chunk_size=10)
    assert child is not None and child.parent == parent
    assert child.status == Campaign.Status.GENERATING
    assert child.submitted_by == marketer
    assert child.offer_id != parent.offer_id
    assert child.messages.count() == 3


def test_it_computes_uplift_with_a_confidence_interval(marketer):
    campaign = CampaignFactory(
        created_by=marketer, holdout_percent=50, approved_at=timezone.now() - timedelta(days=1)
    )
    product = ProductFactory()
    for i in range(40):
        customer = CustomerFactory()
        holdout = i % 2 == 0
        Member.objects.create(campaign=campaign, customer=customer, holdout=holdout)
        # Treated shoppers buy 10 of 20 times, holdout 4 of 20.
        if (not holdout and i % 4 == 1) or (holdout and i % 10 == 0) or (not holdout and i == 3):
            EventFactory(customer=customer, type=Event.Type.PURCHASE, product=product)
    up = stats.uplift(campaign)
    assert up is not None
    assert (up.treated, up.holdout) == (20, 20)
    assert up.treated_converted == 11 and up.holdout_converted == 4
    assert up.difference == pytest.approx(0.35)
    low, high = up.ci95
    assert low < 0.35 < high
    assert high - low == pytest.approx(2 * 1.959964 * ((0.55 * 0.45 + 0.2 * 0.8) / 20) ** 0.5)


def test_it_counts_the_funnel_from_feedback_events(marketer):
    campaign = campaign_in_review(created_by=marketer, messages=2)
    first = campaign.messages.first()
    context = {"campaign_id": campaign.pk, "message_id": first.pk}
    for kind in ("open", "click", "click"):
        EventFactory(customer=first.customer, type=kind, product=None, context=context)
    numbers = stats.campaign_stats(campaign=campaign)
    assert numbers.total.generated == 2
    assert (numbers.total.opened, numbers.total.clicked, numbers.total.converted) == (1, 1, 0)
    assert numbers.series["series"]["click"] == [2]


def test_it_moves_campaigns_to_sending_and_completed_with_delivery(marketer, approver):
    from campaigns.approval.services import campaign_approve
    from campaigns.delivery.models import OutboxMessage

    campaign = campaign_in_review(created_by=marketer, messages=1)
    message = campaign.messages.get()
    from tests.factories import PushSubscriptionFactory

    PushSubscriptionFactory(customer=message.customer)
    campaign_approve(campaign=campaign, user=approver)
    row = OutboxMessage.objects.get(message=message)
    assert services.campaigns_sync_delivery_status() == {"sending": 1, "completed": 0}
    assert services.campaigns_sync_delivery_status() == {"sending": 0, "completed": 0}
    OutboxMessage.objects.filter(pk=row.pk).update(status=OutboxMessage.Status.SENT)
    assert services.campaigns_sync_delivery_status() == {"sending": 0, "completed": 1}
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.COMPLETED
    actions = list(campaign.audit.values_list("action", flat=True))
    assert "sending" in actions and "completed" in actions


def test_it_gives_a_variant_its_own_offer_when_the_discount_differs(marketer):
    from decimal import Decimal

    campaign = CampaignFactory(created_by=marketer)
    variant = services.variant_create(
        campaign=campaign,
        user=marketer,
        name="Deeper",
        discount_value=Decimal("30"),
        code="RUN30",
        few_shot=[{"title": "Trail time", "body": "Your next trail run starts here."}],
    )
    assert variant.offer is not None and variant.offer.pk != campaign.offer.pk
    assert (variant.offer.discount_value, variant.offer.code) == (Decimal("30"), "RUN30")
    campaign.offer.refresh_from_db()
    assert campaign.offer.discount_value == Decimal("20")
    with pytest.raises(TransitionError, match="at most 90%"):
        services.variant_create(
            campaign=campaign, user=marketer, name="Silly", discount_value=Decimal("95")
        )


def test_it_feeds_the_variants_offer_and_voice_to_the_pipeline(marketer, no_queue):
    from decimal import Decimal

    from campaigns.marketing.selectors import shopper_inputs

    runners(2)
    campaign = CampaignFactory(created_by=marketer, brand_voice="Upbeat")
    services.variant_create(
        campaign=campaign,
        user=marketer,
        name="Only",
        brand_voice="Calm",
        discount_value=Decimal("30"),
    )
    services.campaign_generate_start(campaign=campaign, user=marketer, chunk_size=10)
    messages = list(campaign.messages.select_related("customer", "variant", "variant__offer"))
    docs = shopper_inputs(campaign=campaign, messages=messages, now=timezone.now())
    assert {d["offer"]["discount_value"] for d in docs} == {30.0}
    assert {d["brand_voice"] for d in docs} == {"Calm"}


def test_it_feeds_the_offers_uses_to_the_pipeline(marketer, no_queue):
    from campaigns.marketing.selectors import shopper_inputs

    runners(2)
    campaign = CampaignFactory(created_by=marketer, offer__uses=["wet morning runs"])
    services.campaign_generate_start(campaign=campaign, user=marketer, chunk_size=10)
    messages = list(campaign.messages.select_related("customer", "variant", "variant__offer"))
    docs = shopper_inputs(campaign=campaign, messages=messages, now=timezone.now())
    assert docs and {tuple(d["offer"]["uses"]) for d in docs} == {("wet morning runs",)}
