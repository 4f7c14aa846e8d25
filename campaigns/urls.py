from django.urls import include, path

from campaigns.marketing import views as marketing

app_name = "campaigns"

urlpatterns = [
    path("", marketing.campaign_list, name="list"),
    path("campaigns/new/", marketing.campaign_create, name="create"),
    path("campaigns/<int:pk>/", marketing.campaign_detail, name="detail"),
    path("campaigns/<int:pk>/generate/", marketing.campaign_generate, name="generate"),
    path("campaigns/<int:pk>/edit/", marketing.campaign_edit, name="edit"),
    path("campaigns/<int:pk>/schedule/", marketing.campaign_schedule, name="schedule"),
    path("campaigns/<int:pk>/variants/", marketing.variant_add, name="variants"),
    path("campaigns/<int:pk>/stats/", marketing.campaign_dashboard, name="stats"),
    path("audience/", include("campaigns.audience.urls")),
]
