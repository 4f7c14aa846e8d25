import pytest

from campaigns.marketing import services
from campaigns.marketing.models import AuditEntry, Campaign, Message
from tests.factories import CampaignFactory, CustomerPIIFactory, EventFactory, ProductFactory
from tests.fakes.engine import FakeEngine

pytestmark = pytest.mark.django_db


@pytest.fixture
def generating(marketer, monkeypatch):
    """A campaign just started: members snapshotted, chunks not yet run."""
    monkeypatch.setattr(
        "campaigns.marketing.tasks.generate_chunk.delay_on_commit", lambda *args: None
    )
    running = ProductFactory(category="Running", name="Trail running shoe X2")
    for _ in range(3):
        customer = EventFactory(product=running).customer
        CustomerPIIFactory(customer=customer, first_name="Zebulon", email="zeb@example.org")
    campaign = CampaignFactory(created_by=marketer)
    services.campaign_generate_start(campaign=campaign, user=marketer, chunk_size=10)
    return campaign


def test_it_generates_every_member_and_moves_to_review(generating):
    ids = list(generating.messages.values_list("pk", flat=True))
    written = services.messages_generate(
        campaign_id=generating.pk, message_ids=ids, engine=FakeEngine()
    )
    generating.refresh_from_db()
    assert written == 3
    assert generating.status == Campaign.Status.IN_REVIEW
    for message in generating.messages.all():
        assert message.status == Message.Status.GENERATED
        assert "20% off" in f"{message.title} {message.body}"
        assert "RUN20" in f"{message.title} {message.body}"
        assert message.prompt and message.candidates and message.explanation
        # The worker never reads the PII table, so no name or email can reach the prompt.
        assert "Zebulon" not in message.prompt and "zeb@example.org" not in message.prompt
    assert AuditEntry.objects.filter(campaign=generating, action="generation_done").count() == 1


@pytest.mark.parametrize(
    "reviewed_uses, source", [("on", "reviewed"), ("prefer", "reviewed"), ("off", "fallback")]
)
def test_it_stores_a_reviewed_use_only_when_the_setting_allows_it(
    generating, settings, reviewed_uses, source
):
    settings.PROMO_REVIEWED_USES = reviewed_uses

    class Pushy(FakeEngine):
        def __init__(self) -> None:
            super().__init__()
            self.hooks = ["90% off everything!!"]  # fails every rule: never sent

        def embed(self, texts):
            # Bags of words know no running use ("weekend park jogs") is about running.
            return super().embed([f"{text} running" for text in texts])

    ids = list(generating.messages.values_list("pk", flat=True))
    services.messages_generate(campaign_id=generating.pk, message_ids=ids, engine=Pushy())
    sources = set(generating.messages.values_list("source", flat=True))
    assert sources == {source}
    if source == "reviewed":
        message = generating.messages.first()
        assert message.explanation["score_components"]["reviewed_from"]["product"]


def test_it_is_idempotent_when_a_chunk_is_redelivered(generating):
    ids = list(generating.messages.order_by("pk").values_list("pk", flat=True))
    # A worker died after writing two of three messages...
    assert (
        services.messages_generate(
            campaign_id=generating.pk, message_ids=ids[:2], engine=FakeEngine()
        )
        == 2
    )
    first = dict(generating.messages.filter(status="generated").values_list("pk", "body"))
    generating.refresh_from_db()
    assert generating.status == Campaign.Status.GENERATING
    # ...and the broker redelivers the whole chunk: only the gap is filled.
    assert (
        services.messages_generate(campaign_id=generating.pk, message_ids=ids, engine=FakeEngine())
        == 1
    )
    assert dict(generating.messages.filter(pk__in=first).values_list("pk", "body")) == first
    assert (
        services.messages_generate(campaign_id=generating.pk, message_ids=ids, engine=FakeEngine())
        == 0
    )
    assert Message.objects.filter(campaign=generating).count() == 3
    generating.refresh_from_db()
    assert generating.status == Campaign.Status.IN_REVIEW


def test_it_marks_the_campaign_failed_with_the_reason(generating, monkeypatch):
    from campaigns.marketing import tasks

    class Broken(FakeEngine):
        def generate(self, prompts, **kwargs):
            raise RuntimeError("CUDA out of memory")

    monkeypatch.setattr(tasks, "load_engine", Broken)
    ids = list(generating.messages.values_list("pk", flat=True))
    with pytest.raises(RuntimeError):
        tasks.generate_chunk(generating.pk, ids)
    generating.refresh_from_db()
    assert generating.status == Campaign.Status.FAILED
    assert "CUDA out of memory" in generating.failure_reason


@pytest.mark.parametrize("share, templates", [(0.5, 1), (None, 0)])
def test_it_spends_the_template_budget_the_setting_allows(generating, settings, share, templates):
    settings.PROMO_MIN_MODEL_SHARE = share

    class Runner(FakeEngine):
        def embed(self, texts):
            # Bags of words know no running use ("long runs") is about running.
            return super().embed([f"{text} running" for text in texts])

    ids = list(generating.messages.values_list("pk", flat=True))
    services.messages_generate(campaign_id=generating.pk, message_ids=ids, engine=Runner())
    assert {m.source for m in generating.messages.all()} <= {"model", "fallback"}
    swapped = [m for m in generating.messages.all() if m.source == Message.Source.FALLBACK]
    assert len(swapped) == templates
    for message in swapped:
        assert message.flags[0]["code"] == "template_budget"
        assert message.explanation["held_back"]["body"] != message.body
