"""The API honours its own OpenAPI document, on generated requests (schemathesis)."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings

from campaigns.audience.services import api_key_create
from tests.factories import ProductFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def keep_test_connection():
    # Raw WSGI calls fire the request signals that close the connection holding the test's
    # transaction; Django's own test client disconnects them the same way.
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@pytest.mark.parametrize("path", ["/api/v1/customers", "/api/v1/products", "/api/v1/events"])
def test_it_honours_its_openapi_contract(path):
    # schemathesis' pytest plugin does not run under pytest 9; its hypothesis strategies do.
    from promoweb.wsgi import application

    schema = schemathesis.openapi.from_wsgi("/api/openapi.json", application)
    operation = schema[path]["POST"]
    _, raw = api_key_create(name="schemathesis", rate_limit_per_minute=1_000_000)
    ProductFactory(sku="SKU-1")

    @given(case=operation.as_strategy())
    @settings(
        max_examples=30, deadline=None, suppress_health_check=list(HealthCheck), database=None
    )
    def check(case):
        case.call_and_validate(headers={"X-API-Key": raw})

    check()
