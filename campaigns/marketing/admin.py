from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest

from campaigns.approval import services as approval
from campaigns.marketing.audit import TransitionError
from campaigns.marketing.models import AuditEntry, Campaign, Member, Message, Offer, Variant


@admin.register(Offer)
class OfferAdmin(admin.ModelAdmin):
    list_display = ["title", "discount_type", "discount_value", "currency", "code", "ends_at"]
    list_filter = ["discount_type", "currency"]
    search_fields = ["title", "code", "category", "product__name"]
    raw_id_fields = ["product"]


class VariantInline(admin.TabularInline):
    model = Variant
    extra = 0
    raw_id_fields = ["offer"]


class AuditInline(admin.TabularInline):
    model = AuditEntry
    extra = 0
    can_delete = False
    fields = ["at", "user", "action", "from_status", "to_status", "comment", "changes"]
    readonly_fields = ["at", "user", "action", "from_status", "to_status", "comment", "changes"]

    def has_add_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


@admin.action(description="Approve selected campaigns (four-eyes rules apply)")
def approve_campaigns(modeladmin: admin.ModelAdmin, request: HttpRequest, qs: QuerySet) -> None:
    for campaign in qs:
        try:
            approval.campaign_approve(campaign=campaign, user=request.user)  # type: ignore[arg-type]
        except TransitionError as exc:
            modeladmin.message_user(request, f"{campaign}: {exc}", messages.ERROR)
        else:
            modeladmin.message_user(request, f"{campaign}: approved and scheduled.")


@admin.action(description="Cancel selected campaigns")
def cancel_campaigns(modeladmin: admin.ModelAdmin, request: HttpRequest, qs: QuerySet) -> None:
    for campaign in qs:
        try:
            approval.campaign_cancel(campaign=campaign, user=request.user)  # type: ignore[arg-type]
        except TransitionError as exc:
            modeladmin.message_user(request, f"{campaign}: {exc}", messages.ERROR)
        else:
            modeladmin.message_user(request, f"{campaign}: cancelled.")


@admin.register(Campaign)
class CampaignAdmin(admin.ModelAdmin):
    list_display = ["name", "workspace", "status", "segment", "generation_total", "created_by"]
    list_filter = ["status", "channel", "workspace"]
    search_fields = ["name", "offer__title"]
    raw_id_fields = ["offer", "segment", "parent", "schedule"]
    inlines = [VariantInline, AuditInline]
    actions = [approve_campaigns, cancel_campaigns]
    # Status and the four-eyes fields only change through the services (actions above), so
    # the admin can't be used to step around the lifecycle.
    readonly_fields = [
        "status",
        "created_by",
        "updated_by",
        "submitted_by",
        "approved_by",
        "approved_at",
        "created_at",
        "updated_at",
        "generation_total",
        "generation_started_at",
        "generation_finished_at",
        "failure_reason",
        "review_comment",
    ]


@admin.register(Message)
class MessageAdmin(admin.ModelAdmin):
    list_display = ["campaign", "customer", "status", "review_status", "source", "score", "title"]
    list_filter = ["status", "review_status", "source", "campaign"]
    search_fields = ["title", "body", "customer__external_id", "campaign__name"]
    raw_id_fields = ["campaign", "customer", "variant"]
    readonly_fields = [
        "prompt",
        "explanation",
        "candidates",
        "flags",
        "rejected_versions",
        "review_status",
        "reviewed_by",
        "edited_by",
        "created_at",
        "generated_at",
    ]


@admin.register(Variant)
class VariantAdmin(admin.ModelAdmin):
    list_display = ["campaign", "name", "weight"]
    search_fields = ["campaign__name", "name"]
    raw_id_fields = ["campaign", "offer"]


@admin.register(Member)
class MemberAdmin(admin.ModelAdmin):
    list_display = ["campaign", "customer", "variant", "holdout"]
    list_filter = ["holdout"]
    search_fields = ["campaign__name", "customer__external_id"]
    raw_id_fields = ["campaign", "customer", "variant"]


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ["at", "campaign", "user", "action", "from_status", "to_status"]
    list_filter = ["action", "to_status"]
    search_fields = ["campaign__name", "user__username", "comment"]
    date_hierarchy = "at"
    readonly_fields = [f.name for f in AuditEntry._meta.fields]

    # The audit trail is append-only, also for superusers.
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False
