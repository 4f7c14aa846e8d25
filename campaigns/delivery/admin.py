from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest

from campaigns.audience.admin import CustomerAdmin
from campaigns.audience.models import Customer
from campaigns.delivery.models import ErasedCustomer, OutboxMessage, ProviderPause
from campaigns.delivery.privacy import customer_erase


@admin.register(OutboxMessage)
class OutboxMessageAdmin(admin.ModelAdmin):
    list_display = [
        "id",
        "provider",
        "status",
        "reason",
        "attempts",
        "due_at",
        "next_attempt_at",
        "sent_at",
    ]
    list_filter = ["status", "provider", "reason"]
    search_fields = ["customer__external_id", "reason", "last_error"]
    raw_id_fields = ["message", "subscription", "customer", "workspace"]
    date_hierarchy = "due_at"


@admin.register(ErasedCustomer)
class ErasedCustomerAdmin(admin.ModelAdmin):
    list_display = ["external_id_hash", "erased_at"]
    search_fields = ["external_id_hash"]


@admin.register(ProviderPause)
class ProviderPauseAdmin(admin.ModelAdmin):
    list_display = ["key", "until"]
    search_fields = ["key"]


@admin.action(description="Erase selected shoppers (right to erasure; cannot be undone)")
def erase_customers(
    modeladmin: admin.ModelAdmin, request: HttpRequest, queryset: QuerySet[Customer]
) -> None:
    external_ids = list(queryset.values_list("external_id", flat=True))
    for external_id in external_ids:
        customer_erase(external_id=external_id)
    modeladmin.message_user(
        request, f"Erased {len(external_ids)} shopper(s).", level=messages.SUCCESS
    )


# The Customer admin belongs to audience; the action is added rather than re-registering it.
CustomerAdmin.actions = [*(CustomerAdmin.actions or []), erase_customers]  # type: ignore[misc]
