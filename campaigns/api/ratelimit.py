"""A fixed-window request counter per API key, in Redis.

Fixed windows let a client burst up to twice the limit across a window edge; for protecting
the database from a runaway integration that is good enough, and it costs one round trip.
"""

from __future__ import annotations

import logging
from functools import cache

import redis
from django.conf import settings

logger = logging.getLogger(__name__)

WINDOW_SECONDS = 60


@cache
def _client() -> redis.Redis:
    url = getattr(settings, "REDIS_URL", "") or settings.CELERY_BROKER_URL
    return redis.Redis.from_url(url, socket_timeout=0.5, socket_connect_timeout=0.5)


def hit(bucket: str, limit: int) -> int | None:
    """Count one request; returns seconds to wait if over the limit, else None.

    Fails open: if Redis is down, ingestion keeps working unthrottled rather than losing data.
    """
    key = f"promoweb:ratelimit:{bucket}"
    try:
        pipe = _client().pipeline()
        pipe.incr(key)
        # NX: only the window's first request starts the clock.
        pipe.expire(key, WINDOW_SECONDS, nx=True)
        pipe.ttl(key)
        count, _, ttl = pipe.execute()
    except redis.RedisError:
        logger.warning("rate limiter unavailable; letting the request through", exc_info=True)
        return None
    if int(count) > limit:
        return max(int(ttl), 1)
    return None
