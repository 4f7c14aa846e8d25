import threading
from datetime import timedelta

import pytest
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from campaigns.approval import services
from campaigns.marketing.audit import TransitionError
from campaigns.marketing.models import AuditEntry, Campaign, Message
from tests.factories import MessageFactory, UserFactory, campaign_in_review

pytestmark = pytest.mark.django_db


def flag(code="stray_number", reason="numbers not from the offer: ['99']"):
    return {"code": code, "reason": reason}


def test_it_approves_schedules_and_audits(marketer, approver):
    campaign = campaign_in_review(created_by=marketer)
    services.campaign_approve(campaign=campaign, user=approver, comment="Looks good")
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.SCHEDULED
    assert campaign.approved_by == approver
    assert set(campaign.messages.values_list("review_status", flat=True)) == {"approved"}
    actions = list(AuditEntry.objects.filter(campaign=campaign).values_list("action", "to_status"))
    assert ("approve", "approved") in actions
    assert ("schedule", "scheduled") in actions


@pytest.mark.parametrize("role", ["created_by", "updated_by", "submitted_by"])
def test_it_refuses_self_approval(marketer, approver, role):
    campaign = campaign_in_review(created_by=marketer)
    setattr(campaign, role, approver)
    campaign.save()
    with pytest.raises(services.FourEyesError, match="four-eyes"):
        services.campaign_approve(campaign=campaign, user=approver)
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.IN_REVIEW


def test_it_enforces_four_eyes_in_the_database(marketer):
    campaign = campaign_in_review(created_by=marketer)
    with pytest.raises(IntegrityError), transaction.atomic():
        Campaign.objects.filter(pk=campaign.pk).update(approved_by=marketer)


def test_it_refuses_a_double_approval_clearly(marketer, approver):
    campaign = campaign_in_review(created_by=marketer)
    services.campaign_approve(campaign=campaign, user=approver)
    other = UserFactory(username="approver-2")
    with pytest.raises(TransitionError, match="not in review"):
        services.campaign_approve(campaign=campaign, user=other)
    assert AuditEntry.objects.filter(campaign=campaign, action="approve").count() == 1


def test_it_blocks_approval_while_flagged_messages_are_unresolved(marketer, approver):
    campaign = campaign_in_review(created_by=marketer)
    flagged = MessageFactory(campaign=campaign, flags=[flag()])
    with pytest.raises(TransitionError, match="1 flagged"):
        services.campaign_approve(campaign=campaign, user=approver)
    services.message_set_review(message=flagged, user=approver, decision="rejected")
    services.campaign_approve(campaign=campaign, user=approver)
    flagged.refresh_from_db()
    assert flagged.review_status == Message.Review.REJECTED


def test_it_refuses_to_approve_an_expired_offer(marketer, approver):
    campaign = campaign_in_review(created_by=marketer)
    campaign.offer.ends_at = timezone.now() - timedelta(minutes=1)
    campaign.offer.save()
    with pytest.raises(TransitionError, match="offer has expired"):
        services.campaign_approve(campaign=campaign, user=approver)


def test_it_refuses_invalid_transitions_without_changing_anything(marketer, approver):
    campaign = campaign_in_review(created_by=marketer, status=Campaign.Status.DRAFT)
    with pytest.raises(TransitionError):
        services.campaign_approve(campaign=campaign, user=approver)
    with pytest.raises(TransitionError):
        services.campaign_reject(campaign=campaign, user=approver, comment="no")
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.DRAFT
    assert not AuditEntry.objects.filter(campaign=campaign).exists()


def test_it_requires_a_reason_to_reject(marketer, approver):
    campaign = campaign_in_review(created_by=marketer)
    with pytest.raises(TransitionError, match="Say why"):
        services.campaign_reject(campaign=campaign, user=approver, comment=" ")
    services.campaign_reject(campaign=campaign, user=approver, comment="Tone is off")
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.REJECTED
    assert campaign.review_comment == "Tone is off"


def test_it_refuses_an_edit_that_fails_the_guardrails_and_keeps_the_old_text(marketer, approver):
    campaign = campaign_in_review(created_by=marketer)
    message = campaign.messages.first()
    original = message.body

    def checker(msg, title, body):
        return [flag()] if "99" in body else []

    with pytest.raises(services.ReviewError, match="numbers not from the offer"):
        services.message_edit(
            message=message, user=approver, title="x", body="99 reasons", checker=checker
        )
    message.refresh_from_db()
    assert message.body == original
    services.message_edit(
        message=message, user=approver, title="Trail", body="20% off with RUN20", checker=checker
    )
    message.refresh_from_db()
    assert message.body == "20% off with RUN20"
    assert message.edited_by == approver
    entry = AuditEntry.objects.get(campaign=campaign, action="message_edit")
    assert entry.changes["before"]["body"] == original


def test_it_bulk_approves_only_unflagged_messages(marketer, approver):
    campaign = campaign_in_review(created_by=marketer, messages=4)
    flagged = MessageFactory(campaign=campaign, flags=[flag()])
    assert services.messages_bulk_approve(campaign=campaign, user=approver) == 4
    flagged.refresh_from_db()
    assert flagged.review_status == Message.Review.PENDING


def test_it_cancels_and_then_refuses_further_actions(marketer, approver):
    campaign = campaign_in_review(created_by=marketer)
    services.campaign_cancel(campaign=campaign, user=marketer)
    with pytest.raises(TransitionError, match="cancelled"):
        services.campaign_approve(campaign=campaign, user=approver)


@pytest.mark.django_db(transaction=True)
def test_it_lets_exactly_one_of_two_concurrent_approvals_through(marketer, approver):
    campaign = campaign_in_review(created_by=marketer)
    second = UserFactory(username="approver-3")
    outcomes = []
    barrier = threading.Barrier(2)

    def approve(user):
        barrier.wait()
        try:
            services.campaign_approve(campaign=Campaign.objects.get(pk=campaign.pk), user=user)
            outcomes.append("ok")
        except TransitionError:
            outcomes.append("refused")
        finally:
            connection.close()

    threads = [threading.Thread(target=approve, args=(u,)) for u in (approver, second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert sorted(outcomes) == ["ok", "refused"]
    assert AuditEntry.objects.filter(campaign=campaign, action="approve").count() == 1


def test_it_bulk_approves_one_flag_kind_as_a_deliberate_decision(marketer, approver):
    campaign = campaign_in_review(created_by=marketer, messages=1)
    fallbacks = MessageFactory.create_batch(
        2, campaign=campaign, flags=[flag("no_passing_candidate", "4 candidates rejected")]
    )
    gated = MessageFactory(campaign=campaign, flags=[flag("pii_gate", "prompt held back")])
    count = services.messages_bulk_approve(
        campaign=campaign, user=approver, flag="no_passing_candidate"
    )
    assert count == 2
    assert {m.review_status for m in Message.objects.filter(pk__in=[f.pk for f in fallbacks])} == {
        "approved"
    }
    gated.refresh_from_db()
    assert gated.review_status == Message.Review.PENDING
    entry = AuditEntry.objects.get(campaign=campaign, action="bulk_approve_flagged")
    assert entry.changes == {"flag": "no_passing_candidate", "messages": 2}
