from django.http import HttpRequest
from django_htmx.middleware import HtmxDetails


class HtmxHttpRequest(HttpRequest):
    """The request type our views see: HtmxMiddleware adds `htmx` to every request."""

    htmx: HtmxDetails
