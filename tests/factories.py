from datetime import timedelta
from decimal import Decimal

import factory
from django.contrib.auth.models import User
from django.utils import timezone

from campaigns.audience.models import Customer, CustomerPII, Event, Product, Segment
from campaigns.audience.segments import viewed_category_rules
from campaigns.marketing.models import Campaign, Offer
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

    workspace = factory.SubFactory(WorkspaceFactory)
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
