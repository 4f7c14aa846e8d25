from django.contrib import admin

from campaigns.marketing.models import Campaign, Message, Offer


@admin.register(Offer)
class OfferAdmin(admin.ModelAdmin):
    list_display = ["title", "discount_type", "discount_value", "currency", "code", "ends_at"]
    list_filter = ["discount_type", "currency"]
    search_fields = ["title", "code", "category", "product__name"]
    raw_id_fields = ["product"]


@admin.register(Campaign)
class CampaignAdmin(admin.ModelAdmin):
    list_display = ["name", "status", "segment", "generation_total", "created_by", "created_at"]
    list_filter = ["status", "channel"]
    search_fields = ["name", "offer__title"]
    raw_id_fields = ["offer", "segment"]
    readonly_fields = [
        "created_by",
        "updated_by",
        "created_at",
        "updated_at",
        "generation_total",
        "generation_started_at",
        "generation_finished_at",
        "failure_reason",
    ]


@admin.register(Message)
class MessageAdmin(admin.ModelAdmin):
    list_display = ["campaign", "customer", "status", "source", "score", "title"]
    list_filter = ["status", "source", "campaign"]
    search_fields = ["title", "body", "customer__external_id", "campaign__name"]
    raw_id_fields = ["campaign", "customer"]
    readonly_fields = ["prompt", "explanation", "candidates", "flags", "created_at", "generated_at"]
