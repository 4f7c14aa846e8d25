"""Batch ingestion of customers, products and events, authenticated by per-source API keys.

The request body is parsed by hand rather than declared as a typed ninja body: a typed body
fails the whole batch on one bad item, and the contract is that every bad item is reported by
its index while the good ones are stored. The documented body schema is added to the OpenAPI
document in `IngestAPI.get_openapi_schema`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Annotated, Any

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from ninja import NinjaAPI, Schema
from ninja.security import APIKeyHeader
from pydantic import BaseModel, ConfigDict, Field

from campaigns.api import ratelimit
from campaigns.audience import ingest, selectors, services
from campaigns.audience.models import ApiKey
from campaigns.audience.schemas import CustomerIn, EventIn, Item, ProductIn

MAX_ITEMS = ingest.MAX_BATCH


class ApiError(Exception):
    def __init__(self, status: int, detail: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status, self.detail, self.headers = status, detail, headers or {}


class KeyAuth(APIKeyHeader):
    param_name = "X-API-Key"

    def authenticate(self, request: HttpRequest, key: str | None) -> ApiKey:
        if not key:
            raise ApiError(401, "Missing API key: send it in the X-API-Key header.")
        api_key = selectors.api_key_for(key)
        if api_key is None:
            raise ApiError(401, "Unknown or revoked API key.")
        retry_after = ratelimit.hit(f"key:{api_key.hashed_key[:16]}", api_key.rate_limit_per_minute)
        if retry_after is not None:
            raise ApiError(
                429,
                f"Rate limit of {api_key.rate_limit_per_minute} requests per minute exceeded.",
                {"Retry-After": str(retry_after)},
            )
        services.api_key_touch(key=api_key, now=timezone.now())
        return api_key


class IngestAPI(NinjaAPI):
    def get_openapi_schema(self, **kwargs: Any) -> Any:
        schema = super().get_openapi_schema(**kwargs)
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        for model in (CustomerBatch, ProductBatch, EventBatch):
            document = model.model_json_schema(ref_template="#/components/schemas/{model}")
            components.update(document.pop("$defs", {}))
            components[model.__name__] = document
        return schema


class CustomerBatch(BaseModel):
    model_config = ConfigDict(extra="forbid")
    items: Annotated[list[CustomerIn], Field(min_length=1, max_length=MAX_ITEMS)]


class ProductBatch(BaseModel):
    model_config = ConfigDict(extra="forbid")
    items: Annotated[list[ProductIn], Field(min_length=1, max_length=MAX_ITEMS)]


class EventBatch(BaseModel):
    model_config = ConfigDict(extra="forbid")
    items: Annotated[list[EventIn], Field(min_length=1, max_length=MAX_ITEMS)]


class ItemErrorOut(Schema):
    index: int = Field(description="Position of the item in `items`, from 0.")
    message: str


class BatchOut(Schema):
    accepted: int = Field(description="Items stored (created or updated).")
    duplicates: int = Field(description="Events whose event_id was already stored.")
    errors: list[ItemErrorOut] = Field(description="Items not stored, and why.")


class ErrorOut(Schema):
    detail: str


RESPONSES: dict[int, Any] = {
    200: BatchOut,
    400: ErrorOut,
    401: ErrorOut,
    413: ErrorOut,
    422: ErrorOut,
    429: ErrorOut,
}

api = IngestAPI(
    title="PromoWeb ingestion API",
    version="1",
    description=(
        "Push shoppers, products and behaviour into PromoWeb, up to "
        f"{MAX_ITEMS} items per call. Authenticate with a per-source key in the `X-API-Key` "
        "header (created in the admin). Each call answers with the number of items accepted, "
        "the number of duplicate events, and one error per rejected item (by index); valid "
        "items of a batch are stored even when others are rejected.\n\n"
        "Events referring to an unknown SKU are rejected (upsert products first); events of "
        "an unknown shopper create a stub shopper that a later customer upsert completes."
    ),
    auth=KeyAuth(),
    urls_namespace="api",
)


@api.exception_handler(ApiError)
def _api_error(request: HttpRequest, exc: ApiError) -> HttpResponse:
    response = api.create_response(request, {"detail": exc.detail}, status=exc.status)
    for name, value in exc.headers.items():
        response[name] = value
    return response


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _body_items(request: HttpRequest) -> list[tuple[int, Any]]:
    limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    too_big = ApiError(413, f"The body exceeds {limit} bytes; send smaller batches.")
    try:
        declared = int(request.headers.get("Content-Length") or 0)
    except ValueError:
        declared = 0
    if limit is not None and declared > limit:
        raise too_big
    try:
        body = request.body
    except RequestDataTooBig:
        raise too_big from None
    try:
        data = json.loads(body, parse_constant=_reject_constant)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ApiError(400, f"Malformed JSON: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        raise ApiError(422, 'The body must be a JSON object with an "items" list.')
    unknown = sorted(set(data) - {"items"})
    if unknown:
        raise ApiError(422, f"Unknown top-level field(s): {', '.join(unknown)}.")
    items = data["items"]
    if not items:
        raise ApiError(422, '"items" is empty.')
    if len(items) > MAX_ITEMS:
        raise ApiError(
            422, f"At most {MAX_ITEMS} items per call; this one has {len(items)}. Split it."
        )
    return list(enumerate(items))


def _batch(
    request: HttpRequest, schema: type[Item], write: Callable[[list[Any]], ingest.BatchResult]
) -> ingest.BatchResult:
    valid, errors = ingest.parse_items(_body_items(request), schema)
    result = write(valid) if valid else ingest.BatchResult()
    result.errors = sorted([*errors, *result.errors], key=lambda e: e.index)
    return result


def _body(name: str) -> dict[str, Any]:
    return {
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}},
        }
    }


@api.post(
    "/v1/customers",
    response=RESPONSES,
    openapi_extra=_body("CustomerBatch"),
    summary="Upsert customers",
    description=(
        "Creates or updates shoppers by `external_id`; only the fields sent are changed. "
        "`pii` goes to a separate table that only delivery and the admin read. `consents` "
        "are appended to the consent history."
    ),
)
def customers_upsert(request: HttpRequest) -> ingest.BatchResult:
    source = f"api:{request.auth.name}"  # type: ignore[attr-defined]
    return _batch(
        request, CustomerIn, lambda items: ingest.customers_upsert(items=items, source=source)
    )


@api.post(
    "/v1/products",
    response=RESPONSES,
    openapi_extra=_body("ProductBatch"),
    summary="Upsert products",
    description="Creates or updates products by `sku`; only the fields sent are changed.",
)
def products_upsert(request: HttpRequest) -> ingest.BatchResult:
    return _batch(request, ProductIn, lambda items: ingest.products_upsert(items=items))


@api.post(
    "/v1/events",
    response=RESPONSES,
    openapi_extra=_body("EventBatch"),
    summary="Track events",
    description=(
        "Stores behaviour and feedback events. Idempotent on `event_id`: re-sending a batch "
        "stores nothing twice and reports the repeats as `duplicates`. Events with an unknown "
        "`sku` are rejected (upsert the product first). `occurred_at` may be at most 5 minutes "
        "in the future."
    ),
)
def events_track(request: HttpRequest) -> ingest.BatchResult:
    return _batch(request, EventIn, lambda items: ingest.events_track(items=items))
