import pytest
from django.contrib.auth.models import Group

from tests.factories import UserFactory, WorkspaceFactory


@pytest.fixture
def workspace(db):
    return WorkspaceFactory(slug="shop", name="Shop")


@pytest.fixture
def marketer(workspace):
    user = UserFactory(username="marketer-t", is_staff=True)
    user.groups.add(Group.objects.get(name="Marketer"))
    workspace.members.add(user)
    return user


@pytest.fixture
def marketer_client(client, marketer):
    client.force_login(marketer)
    return client


@pytest.fixture
def approver(workspace):
    user = UserFactory(username="approver-t", is_staff=True)
    user.groups.add(Group.objects.get(name="Approver"))
    workspace.members.add(user)
    return user


@pytest.fixture
def approver_client(client, approver):
    client.force_login(approver)
    return client
