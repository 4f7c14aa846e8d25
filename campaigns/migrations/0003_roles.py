"""Marketer, Approver and Admin groups with their permissions.

Permissions are normally created after all migrations run (post_migrate), so this migration
creates them first; otherwise a fresh database would get empty groups.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ROLES = {
    "Marketer": [
        "view_campaign",
        "add_campaign",
        "change_campaign",
        "generate_campaign",
        "view_message",
        "view_segment",
        "add_segment",
        "change_segment",
        "view_customer",
        "view_product",
        "view_offer",
        "add_offer",
        "change_offer",
        "add_variant",
        "change_variant",
        "view_variant",
        "delete_variant",
    ],
    "Approver": [
        "view_campaign",
        "approve_campaign",
        "review_message",
        "view_message",
        "change_message",
        "view_segment",
        "view_customer",
        "view_product",
        "view_offer",
        "view_variant",
    ],
}


def create_roles(apps, schema_editor):
    for app_config in apps.get_app_configs():
        # create_permissions skips apps without a models module, which historical app
        # configs don't record; restore the value so this also runs on the live registry.
        original = getattr(app_config, "models_module", None)
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = original
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="campaigns", codename__in=codenames)
        )
    admin, _ = Group.objects.get_or_create(name="Admin")
    admin.permissions.add(*Permission.objects.filter(content_type__app_label="campaigns"))


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=[*ROLES, "Admin"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("campaigns", "0002_lifecycle_approval_experiments"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
