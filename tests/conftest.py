import pytest

from tests.factories import UserFactory, WorkspaceFactory


@pytest.fixture
def workspace(db):
    return WorkspaceFactory(slug="shop", name="Shop")


@pytest.fixture
def marketer(workspace):
    user = UserFactory(username="marketer-t", is_staff=True)
    workspace.members.add(user)
    return user


@pytest.fixture
def marketer_client(client, marketer):
    client.force_login(marketer)
    return client
