from django.urls import path

from campaigns.marketing import views as marketing

app_name = "campaigns"

urlpatterns = [
    path("", marketing.campaign_list, name="list"),
    path("campaigns/new/", marketing.campaign_create, name="create"),
    path("campaigns/<int:pk>/", marketing.campaign_detail, name="detail"),
    path("campaigns/<int:pk>/generate/", marketing.campaign_generate, name="generate"),
]
