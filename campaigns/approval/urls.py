from django.urls import path

from campaigns.approval import views

app_name = "approval"

urlpatterns = [
    path("<int:pk>/review/", views.review, name="review"),
    path("<int:pk>/review/sample/", views.sample, name="sample"),
    path("<int:pk>/review/approve-unflagged/", views.bulk_approve, name="bulk_approve"),
    path(
        "<int:pk>/review/regenerate-rejected/",
        views.regenerate_rejected,
        name="regenerate_rejected",
    ),
    path("<int:pk>/messages/<int:message_id>/edit/", views.message_edit, name="message_edit"),
    path("<int:pk>/messages/<int:message_id>/decide/", views.message_decide, name="message_decide"),
    path(
        "<int:pk>/messages/<int:message_id>/regenerate/",
        views.message_regenerate,
        name="message_regenerate",
    ),
    path("<int:pk>/decide/", views.campaign_decide, name="decide"),
    path("<int:pk>/cancel/", views.campaign_cancel, name="cancel"),
]
