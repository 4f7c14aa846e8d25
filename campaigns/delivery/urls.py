from django.urls import path

from campaigns.delivery import views

app_name = "delivery"

urlpatterns = [
    path("t/open", views.open_beacon, name="open"),
    path("t/<str:token>", views.click, name="click"),
    path("delivery/storefront/", views.storefront, name="storefront"),
    path("delivery/sw.js", views.service_worker, name="service-worker"),
    path("delivery/subscribe", views.subscribe, name="subscribe"),
]
