import os

import pytest
from django.contrib.auth.models import Group

from tests.factories import UserFactory, WorkspaceFactory


@pytest.fixture
def workspace(db):
    return WorkspaceFactory(slug="shop", name="Shop")


@pytest.fixture
def roles(db):
    """The role groups from the roles data migration. Transactional tests flush the database,
    which drops them, so every test that needs a role asks for this fixture."""
    from importlib import import_module

    from django.apps import apps

    import_module("campaigns.migrations.0003_roles").create_roles(apps, None)


@pytest.fixture
def marketer(workspace, roles):
    user = UserFactory(username="marketer-t", is_staff=True)
    user.groups.add(Group.objects.get(name="Marketer"))
    workspace.members.add(user)
    return user


@pytest.fixture
def marketer_client(client, marketer):
    client.force_login(marketer)
    return client


@pytest.fixture
def approver(workspace, roles):
    user = UserFactory(username="approver-t", is_staff=True)
    user.groups.add(Group.objects.get(name="Approver"))
    workspace.members.add(user)
    return user


@pytest.fixture
def approver_client(client, approver):
    client.force_login(approver)
    return client


@pytest.fixture(scope="session")
def celery_test_broker():
    """Point Celery at its own Redis database, emptied, so a `make run` worker on the same
    machine can't steal test tasks and stale messages from an aborted run don't leak in."""
    import redis

    from promoweb.celery import app

    url = os.environ.get("PROMO_TEST_BROKER_URL", "redis://127.0.0.1:6379/13")
    redis.Redis.from_url(url).flushdb()
    previous = app.conf.broker_url
    _switch_broker(app, url)
    yield url
    _switch_broker(app, previous)


def _switch_broker(app, url):
    # Connection and producer pools are built lazily from the URL; drop them so the next
    # publish connects to the new one.
    if app._pool is not None:
        app._pool.force_close_all()
        app._pool = None
    app.amqp._producer_pool = None
    app.conf.broker_url = url


@pytest.fixture
def worker(settings, celery_test_broker):
    """A real Celery worker thread on the real Redis broker, with the model-free engine."""
    from celery.contrib.testing.worker import start_worker

    from promoweb.celery import app

    settings.PROMO_ENGINE = "tests.fakes.engine.get_fake_engine"
    with start_worker(
        app,
        queues=["gpu", "cpu", "default"],
        pool="solo",
        perform_ping_check=False,
        shutdown_timeout=30,
    ):
        yield
