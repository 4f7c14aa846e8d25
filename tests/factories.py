from datetime import timedelta
from decimal import Decimal

import factory
from django.contrib.auth.models import User
from django.utils import timezone

from campaigns.audience.models import (
    Consent,
    Customer,
    CustomerPII,
    Event,
    Product,
    PushSubscription,
    Segment,
)
from campaigns.audience.segments import viewed_category_rules
from campaigns.audience.services import consent_state_refresh
from campaigns.delivery.models import OutboxMessage
from campaigns.marketing.models import Campaign, Message, Offer
from campaigns.teams.models import Workspace


class UserFactory(factory.django.DjangoModelFactory[User]):
    class Meta:
        model = User
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.django.Password("pw-for-tests")


class ProductFactory(factory.django.DjangoModelFactory[Product]):
    class Meta:
        model = Product

    sku = factory.Sequence(lambda n: f"SKU-{n:05d}")
    name = factory.Sequence(lambda n: f"Trail running shoe model {n}")
    category = "Running"
    brand = "Northpeak"
    price = Decimal("89.99")


class CustomerFactory(factory.django.DjangoModelFactory[Customer]):
    class Meta:
        model = Customer

    external_id = factory.Sequence(lambda n: f"cust-{n:06d}")
    country = "DE"
    city = "Hamburg"
    timezone = "Europe/Berlin"
    birth_year = 1990


class CustomerPIIFactory(factory.django.DjangoModelFactory[CustomerPII]):
    class Meta:
        model = CustomerPII

    customer = factory.SubFactory(CustomerFactory)
    first_name = "Hannah"
    last_name = "Becker"
    email = "hannah@example.org"


class EventFactory(factory.django.DjangoModelFactory[Event]):
    class Meta:
        model = Event

    customer = factory.SubFactory(CustomerFactory)
    type = "view"
    product = factory.SubFactory(ProductFactory)
    category = factory.LazyAttribute(lambda e: e.product.category if e.product else "")
    brand = factory.LazyAttribute(lambda e: e.product.brand if e.product else "")
    occurred_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=1))
    context = factory.LazyFunction(lambda: {"device": "ios", "weather": "rain"})


class SegmentFactory(factory.django.DjangoModelFactory[Segment]):
    class Meta:
        model = Segment

    name = "Viewed Running recently"
    rules = factory.LazyFunction(lambda: viewed_category_rules(category="Running", days=30))


class OfferFactory(factory.django.DjangoModelFactory[Offer]):
    class Meta:
        model = Offer

    title = "Running week"
    category = "Running"
    discount_type = "percent"
    discount_value = Decimal("20")
    currency = "EUR"
    code = "RUN20"
    ends_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=7))


class WorkspaceFactory(factory.django.DjangoModelFactory[Workspace]):
    class Meta:
        model = Workspace
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Team {n}")
    slug = factory.Sequence(lambda n: f"team-{n}")


class CampaignFactory(factory.django.DjangoModelFactory[Campaign]):
    class Meta:
        model = Campaign
        skip_postgeneration_save = True

    # The creator's own team when they have one, as the dashboard does.
    workspace = factory.LazyAttribute(
        lambda o: o.created_by.workspaces.order_by("pk").first() or WorkspaceFactory()
    )
    name = factory.Sequence(lambda n: f"Campaign {n}")
    offer = factory.SubFactory(OfferFactory)
    segment = factory.SubFactory(SegmentFactory)
    brand_voice = "Upbeat and concise."
    created_by = factory.SubFactory(UserFactory)
    updated_by = factory.SelfAttribute("created_by")

    @factory.post_generation
    def members(self, create, extracted, **kwargs):
        # The creator belongs to the campaign's workspace, as in real use.
        if create:
            self.workspace.members.add(self.created_by, *(extracted or []))


class MessageFactory(factory.django.DjangoModelFactory[Message]):
    class Meta:
        model = Message

    campaign = factory.SubFactory(CampaignFactory)
    customer = factory.SubFactory(CustomerFactory)
    status = Message.Status.GENERATED
    title = "Trail time"
    body = factory.Sequence(lambda n: f"20% off trail shoes with RUN20 ({n})")
    source = Message.Source.MODEL
    score = factory.Sequence(lambda n: round(0.1 + (n % 9) / 10, 2))


def campaign_in_review(*, created_by, messages=3, **kwargs):
    """A campaign as generation leaves it: in review, submitted by its creator."""
    kwargs.setdefault("status", Campaign.Status.IN_REVIEW)
    campaign = CampaignFactory(created_by=created_by, submitted_by=created_by, **kwargs)
    MessageFactory.create_batch(messages, campaign=campaign)
    return campaign


# --- Delivery -------------------------------------------------------------------------------


class ConsentFactory(factory.django.DjangoModelFactory[Consent]):
    class Meta:
        model = Consent
        skip_postgeneration_save = True

    customer = factory.SubFactory(CustomerFactory)
    purpose = "push_marketing"
    granted = True
    recorded_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=30))
    source = "web"
    text_version = "v1"

    @factory.post_generation
    def state(self, create, extracted, **kwargs):
        # Segments read ConsentState; the ingestion services refresh it after every write.
        if create:
            consent_state_refresh(customer_ids=[self.customer_id])


class PushSubscriptionFactory(factory.django.DjangoModelFactory[PushSubscription]):
    class Meta:
        model = PushSubscription

    customer = factory.SubFactory(CustomerFactory)
    provider = "webpush"
    endpoint = factory.Sequence(lambda n: f"https://fcm.googleapis.com/fcm/send/test-{n}")
    keys = factory.LazyFunction(dict)


class ApprovedMessageFactory(MessageFactory):
    """A message ready for delivery, with the placeholder only delivery may fill."""

    review_status = "approved"
    title = "{first_name}, your running week"
    body = factory.Sequence(lambda n: "20% off trail shoes until Sunday.")


class OutboxMessageFactory(factory.django.DjangoModelFactory[OutboxMessage]):
    class Meta:
        model = OutboxMessage

    message = factory.SubFactory(ApprovedMessageFactory)
    customer = factory.SelfAttribute("message.customer")
    subscription = factory.SubFactory(
        PushSubscriptionFactory, customer=factory.SelfAttribute("..customer")
    )
    workspace = factory.SelfAttribute("message.campaign.workspace")
    provider = factory.SelfAttribute("subscription.provider")
    due_at = factory.LazyFunction(timezone.now)
    next_attempt_at = factory.SelfAttribute("due_at")
