from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from campaigns.api.api import api as ingest_api

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", ingest_api.urls),
    path("login/", auth_views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("", include("campaigns.delivery.urls")),
    path("campaigns/", include("campaigns.approval.urls")),
    path("", include("campaigns.urls")),
]
