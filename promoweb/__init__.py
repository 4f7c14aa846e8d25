# Celery's app must load with Django so that @shared_task binds to it and
# `delay_on_commit` works from web processes.
from promoweb.celery import app as celery_app

__all__ = ("celery_app",)
