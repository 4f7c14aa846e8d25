"""The shape of one ingested item, shared by the HTTP API and the CSV import.

Validation happens one item at a time so that a batch can report each bad item by its index
and still store the good ones; these models are that per-item check.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Annotated, Any, Literal, get_args
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import validate_email
from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

from campaigns.audience.models import Consent, Customer, Event, PushSubscription

EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)


def _plausible(value: datetime) -> datetime:
    try:
        utc = value.astimezone(UTC)
    except OverflowError:
        raise ValueError("timestamp is out of range") from None
    if utc < EARLIEST:
        raise ValueError("timestamp is before 1970")
    # Normalised to UTC: Postgres refuses offsets beyond ±15:59, which ISO 8601 allows.
    return utc


def _has_nul(data: Any) -> bool:
    if isinstance(data, str):
        return "\x00" in data
    if isinstance(data, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in data.items())
    if isinstance(data, list):
        return any(_has_nul(v) for v in data)
    return False


Timestamp = Annotated[AwareDatetime, AfterValidator(_plausible)]
Text = Annotated[str, Field(max_length=255)]
ExternalId = Annotated[str, Field(min_length=1, max_length=128, pattern=r"^\S(.*\S)?$")]
Money = Annotated[Decimal, Field(ge=0, max_digits=12, decimal_places=2)]

LoyaltyTier = Literal["none", "bronze", "silver", "gold"]
EventType = Literal["view", "add_to_cart", "purchase", "search", "open", "click", "convert"]
PRODUCT_EVENTS = ("view", "add_to_cart", "purchase")
assert set(get_args(LoyaltyTier)) == set(Customer.LoyaltyTier.values)
assert set(get_args(EventType)) == set(Event.Type.values)
ConsentPurpose = Literal["push_marketing", "email_marketing", "personalisation"]
assert set(get_args(ConsentPurpose)) == set(Consent.Purpose.values)
PushProvider = Literal["webpush", "fcm", "apns"]
assert set(get_args(PushProvider)) == set(PushSubscription.Provider.values)


class Item(BaseModel):
    # Unknown fields are rejected: a typo such as "birthyear" would otherwise be dropped silently.
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    @model_validator(mode="before")
    @classmethod
    def _no_nul(cls, data: Any) -> Any:
        # Postgres cannot store NUL in text or jsonb; say so instead of failing the batch.
        if _has_nul(data):
            raise ValueError("text must not contain NUL (\\u0000) characters")
        return data


class PIIIn(Item):
    first_name: Annotated[str, Field(max_length=128)] | None = None
    last_name: Annotated[str, Field(max_length=128)] | None = None
    email: Annotated[str, Field(max_length=254)] | None = None
    phone: Annotated[str, Field(max_length=64)] | None = None
    street: Text | None = None

    @field_validator("email")
    @classmethod
    def _email(cls, value: str | None) -> str | None:
        if value:
            try:
                validate_email(value)
            except DjangoValidationError:
                raise ValueError("not a valid e-mail address") from None
        return value


class ConsentIn(Item):
    purpose: ConsentPurpose
    granted: bool
    recorded_at: Timestamp
    source: Annotated[str, Field(max_length=64)] = ""
    text_version: Annotated[str, Field(max_length=32)] = ""


class PushSubscriptionIn(Item):
    provider: PushProvider
    endpoint: Annotated[str, Field(min_length=1, max_length=4096)]
    keys: dict[str, str] = Field(default_factory=dict)
    active: bool = True


class CustomerIn(Item):
    external_id: ExternalId
    country: Annotated[str, Field(pattern=r"^[A-Za-z]{2}$")] | None = None
    city: Annotated[str, Field(max_length=128)] | None = None
    timezone: Annotated[str, Field(max_length=64)] | None = None
    language: Annotated[str, Field(min_length=2, max_length=16)] | None = None
    birth_year: Annotated[int, Field(ge=1900)] | None = None
    loyalty_tier: LoyaltyTier | None = None
    attributes: dict[str, Any] | None = None
    pii: PIIIn | None = Field(
        default=None, description="Stored apart from the profile; never reaches the model."
    )
    consents: Annotated[list[ConsentIn], Field(max_length=20)] | None = Field(
        default=None, description="Appended to the consent history; re-sending is a no-op."
    )
    push_subscriptions: Annotated[list[PushSubscriptionIn], Field(max_length=10)] | None = None

    @field_validator("country")
    @classmethod
    def _country(cls, value: str | None) -> str | None:
        return value.upper() if value else value

    @field_validator("timezone")
    @classmethod
    def _timezone(cls, value: str | None) -> str | None:
        if value:
            try:
                ZoneInfo(value)
            except (ZoneInfoNotFoundError, ValueError):
                raise ValueError(f"unknown time zone {value!r} (use an IANA name)") from None
        return value

    @field_validator("birth_year")
    @classmethod
    def _birth_year(cls, value: int | None) -> int | None:
        if value is not None and value > date.today().year:
            raise ValueError("birth_year is in the future")
        return value


class ProductIn(Item):
    sku: Annotated[str, Field(min_length=1, max_length=64, pattern=r"^\S(.*\S)?$")]
    name: Annotated[str, Field(min_length=1, max_length=255)] | None = Field(
        default=None, description="Required when the SKU is new."
    )
    category: Annotated[str, Field(min_length=1, max_length=128)] | None = Field(
        default=None, description="Required when the SKU is new."
    )
    brand: Annotated[str, Field(max_length=128)] | None = None
    price: Money | None = None
    currency: Annotated[str, Field(pattern=r"^[A-Za-z]{3}$")] | None = None
    in_stock: bool | None = None
    attributes: dict[str, Any] | None = None

    @field_validator("currency")
    @classmethod
    def _currency(cls, value: str | None) -> str | None:
        return value.upper() if value else value


class EventIn(Item):
    event_id: ExternalId | None = Field(
        default=None,
        description="Your id for this event. Re-sending an event with a known id is a no-op.",
    )
    customer_id: ExternalId = Field(
        description="The shopper's external_id. Unknown shoppers are created as stubs."
    )
    type: EventType
    sku: Annotated[str, Field(min_length=1, max_length=64)] | None = Field(
        default=None,
        description="Required for view, add_to_cart and purchase; must be a known product.",
    )
    query: Text | None = None
    quantity: Annotated[int, Field(ge=1, le=10_000)] = 1
    value: Money | None = Field(default=None, description="Amount paid, for purchases.")
    context: dict[str, Any] | None = None
    occurred_at: Timestamp = Field(
        description="With a UTC offset; at most 5 minutes in the future (clock skew)."
    )

    @model_validator(mode="after")
    def _needs(self) -> EventIn:
        if self.type in PRODUCT_EVENTS and not self.sku:
            raise ValueError(f"a {self.type} event needs a sku")
        if self.type == "search" and not self.query:
            raise ValueError("a search event needs a query")
        return self
