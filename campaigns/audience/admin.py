from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import URLPattern, path

from campaigns.audience import services
from campaigns.audience.imports import ImportFileError, import_csv
from campaigns.audience.models import (
    ApiKey,
    Consent,
    Customer,
    CustomerPII,
    CustomerStats,
    Event,
    Product,
    PushSubscription,
    Segment,
)


class ImportForm(forms.Form):
    file = forms.FileField(help_text="UTF-8 CSV with a header row; see the column reference.")
    dry_run = forms.BooleanField(
        required=False, initial=True, help_text="Validate and report, store nothing."
    )


IMPORT_CHANGE_LIST = "audience/admin/change_list.html"


class CsvImportMixin:
    """Adds an "Import CSV" page to a changelist; the same import as `manage.py promo_import`.

    Meant for files of a few hundred MB at most: the request runs the import inline. Bigger
    files go through the management command.
    """

    import_kind = ""

    def get_urls(self) -> list[URLPattern]:
        view = self.admin_site.admin_view(self.import_view)  # type: ignore[attr-defined]
        name = f"campaigns_{self.import_kind}_import"
        return [path("import-csv/", view, name=name), *super().get_urls()]  # type: ignore[misc]

    def import_view(self, request: HttpRequest) -> HttpResponse:
        if not self.has_add_permission(request):  # type: ignore[attr-defined]
            return HttpResponse(status=403)
        form = ImportForm(request.POST or None, request.FILES or None)
        report, failure = None, ""
        if request.method == "POST" and form.is_valid():
            upload = form.cleaned_data["file"]
            try:
                with upload.open("rb") as binary:
                    report = import_csv(
                        binary, kind=self.import_kind, dry_run=form.cleaned_data["dry_run"]
                    )
            except ImportFileError as exc:
                failure = str(exc)
        context = {
            **self.admin_site.each_context(request),  # type: ignore[attr-defined]
            "title": f"Import {self.import_kind} from CSV",
            "opts": self.model._meta,  # type: ignore[attr-defined]
            "form": form,
            "report": report,
            "failure": failure,
            "shown_errors": report.errors[:200] if report else [],
        }
        return TemplateResponse(request, "audience/admin/import.html", context)


class CustomerPIIInline(admin.StackedInline):
    model = CustomerPII
    extra = 0


@admin.register(Customer)
class CustomerAdmin(CsvImportMixin, admin.ModelAdmin):
    import_kind = "customers"
    change_list_template = IMPORT_CHANGE_LIST
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

    def save_model(self, request: HttpRequest, obj: Consent, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        services.consent_state_refresh(customer_ids=[obj.customer_id])

    def delete_model(self, request: HttpRequest, obj: Consent) -> None:
        super().delete_model(request, obj)
        services.consent_state_refresh(customer_ids=[obj.customer_id])


@admin.register(PushSubscription)
class PushSubscriptionAdmin(admin.ModelAdmin):
    list_display = ["customer", "provider", "active", "created_at", "deactivated_at"]
    list_filter = ["provider", "active"]
    search_fields = ["customer__external_id", "endpoint"]
    raw_id_fields = ["customer"]
    readonly_fields = ["created_at"]


@admin.register(Product)
class ProductAdmin(CsvImportMixin, admin.ModelAdmin):
    import_kind = "products"
    change_list_template = IMPORT_CHANGE_LIST
    list_display = ["sku", "name", "category", "brand", "price", "currency", "in_stock"]
    list_filter = ["category", "in_stock", "currency"]
    search_fields = ["sku", "name", "brand"]


@admin.register(Event)
class EventAdmin(CsvImportMixin, admin.ModelAdmin):
    import_kind = "events"
    change_list_template = IMPORT_CHANGE_LIST
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


@admin.register(CustomerStats)
class CustomerStatsAdmin(admin.ModelAdmin):
    list_display = ["customer", "last_purchase_at", "frequency", "monetary", "refreshed_at"]
    search_fields = ["customer__external_id"]
    raw_id_fields = ["customer"]
    show_full_result_count = False

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        # Derived data: services.customer_stats_refresh owns every row.
        return False


@admin.register(ApiKey)
class ApiKeyAdmin(admin.ModelAdmin):
    list_display = [
        "name",
        "prefix",
        "rate_limit_per_minute",
        "created_by",
        "created_at",
        "last_used_at",
        "revoked_at",
    ]
    list_filter = [("revoked_at", admin.EmptyFieldListFilter)]
    search_fields = ["name", "prefix"]
    fields = ["name", "rate_limit_per_minute", "prefix", "created_at", "last_used_at", "revoked_at"]
    readonly_fields = ["prefix", "created_at", "last_used_at", "revoked_at"]
    actions = ["revoke"]

    def save_model(self, request: HttpRequest, obj: ApiKey, form: Any, change: bool) -> None:
        if change:
            super().save_model(request, obj, form, change)
            return
        key, raw = services.api_key_create(
            name=obj.name,
            user=request.user,  # type: ignore[arg-type]
            rate_limit_per_minute=obj.rate_limit_per_minute,
        )
        # The admin goes on to log and redirect with `obj`; make it the row just created.
        obj.__dict__.update({k: v for k, v in key.__dict__.items() if k != "_state"})
        obj._state.adding = False
        messages.warning(
            request,
            f"API key for {key.name}: {raw} — copy it now, it is not stored and will not be "
            "shown again.",
        )

    @admin.action(description="Revoke selected keys")
    def revoke(self, request: HttpRequest, queryset: QuerySet[ApiKey]) -> None:
        count = services.api_keys_revoke(keys=list(queryset))
        messages.success(request, f"Revoked {count} key(s); requests with them now get 401.")
