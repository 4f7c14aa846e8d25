from django.contrib import admin

from campaigns.audience.models import (
    Consent,
    Customer,
    CustomerPII,
    Event,
    Product,
    PushSubscription,
    Segment,
)


class CustomerPIIInline(admin.StackedInline):
    model = CustomerPII
    extra = 0


@admin.register(Customer)
class CustomerAdmin(admin.ModelAdmin):
    list_display = ["external_id", "country", "city", "language", "loyalty_tier", "created_at"]
    list_filter = ["country", "language", "loyalty_tier"]
    search_fields = ["external_id", "city"]
    readonly_fields = ["created_at", "updated_at"]
    inlines = [CustomerPIIInline]


@admin.register(CustomerPII)
class CustomerPIIAdmin(admin.ModelAdmin):
    list_display = ["customer", "first_name", "last_name", "email"]
    search_fields = ["customer__external_id", "last_name", "email"]
    raw_id_fields = ["customer"]


@admin.register(Consent)
class ConsentAdmin(admin.ModelAdmin):
    list_display = ["customer", "purpose", "granted", "recorded_at", "source", "text_version"]
    list_filter = ["purpose", "granted", "source"]
    search_fields = ["customer__external_id"]
    raw_id_fields = ["customer"]
    date_hierarchy = "recorded_at"


@admin.register(PushSubscription)
class PushSubscriptionAdmin(admin.ModelAdmin):
    list_display = ["customer", "provider", "active", "created_at", "deactivated_at"]
    list_filter = ["provider", "active"]
    search_fields = ["customer__external_id", "endpoint"]
    raw_id_fields = ["customer"]
    readonly_fields = ["created_at"]


@admin.register(Product)
class ProductAdmin(admin.ModelAdmin):
    list_display = ["sku", "name", "category", "brand", "price", "currency", "in_stock"]
    list_filter = ["category", "in_stock", "currency"]
    search_fields = ["sku", "name", "brand"]


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ["occurred_at", "type", "customer", "product", "category", "query"]
    list_filter = ["type", "category"]
    search_fields = ["customer__external_id", "product__sku", "query", "event_id"]
    raw_id_fields = ["customer", "product"]
    date_hierarchy = "occurred_at"
    # Counting millions of rows for the paginator would make the changelist unusable.
    show_full_result_count = False


@admin.register(Segment)
class SegmentAdmin(admin.ModelAdmin):
    list_display = ["name", "created_by", "updated_at"]
    search_fields = ["name", "description"]
    readonly_fields = ["created_at", "updated_at"]
