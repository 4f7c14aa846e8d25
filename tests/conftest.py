import pytest

from tests.factories import UserFactory


@pytest.fixture
def marketer(db):
    return UserFactory(username="marketer-t", is_staff=True)


@pytest.fixture
def marketer_client(client, marketer):
    client.force_login(marketer)
    return client
