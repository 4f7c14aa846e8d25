"""Demo users and the demo shop, idempotently: `make run` calls this on every start."""

import os
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

from campaigns.audience.demo import load_demo_data
from campaigns.teams.models import Workspace

DEMO_USERS = [
    # username, is_staff, is_superuser, role group (created by the roles migration)
    ("marketer", True, False, "Marketer"),
    ("approver", True, False, "Approver"),
    ("admin", True, True, "Admin"),
]


class Command(BaseCommand):
    help = "Create the demo marketer, approver and admin, and load the demo shop if absent."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--customers", type=int, default=2000)

    def handle(self, *args: Any, **options: Any) -> None:
        # A fixed, printed password is acceptable only because these are local demo accounts;
        # a deployment never runs this command.
        password = os.environ.get("PROMO_DEMO_PASSWORD", "promoweb-demo")
        User = get_user_model()
        workspace, _ = Workspace.objects.get_or_create(
            slug="demo-shop", defaults={"name": "Demo shop"}
        )
        for username, is_staff, is_superuser, role in DEMO_USERS:
            user, created = User.objects.get_or_create(
                username=username, defaults={"is_staff": is_staff, "is_superuser": is_superuser}
            )
            if created:
                user.set_password(password)
                user.save()
            workspace.members.add(user)
            user.groups.add(Group.objects.get(name=role))
        loaded = load_demo_data(customers=options["customers"])
        if loaded["customers"]:
            self.stdout.write(
                f"Loaded demo shop: {loaded['products']} products, "
                f"{loaded['customers']} shoppers, {loaded['events']} events."
            )
        else:
            self.stdout.write("Demo shop already loaded.")
        self.stdout.write(
            f"Demo logins (password for all: {password}): "
            + ", ".join(f"{u} ({role})" for u, _, _, role in DEMO_USERS)
        )
