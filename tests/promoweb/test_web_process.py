import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_it_serves_web_requests_without_importing_torch():
    # A subprocess, because this test process may already have torch loaded by other tests.
    code = (
        "import django, json, sys;"
        "django.setup();"
        "import promoweb.urls, promoweb.wsgi;"
        "from django.urls import resolve; resolve('/');"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('torch', 'transformers'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={"DJANGO_SETTINGS_MODULE": "promoweb.settings", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []


def test_it_explains_an_unreachable_database_instead_of_a_traceback():
    out = subprocess.run(
        [sys.executable, "manage.py", "migrate", "--check"],
        cwd=ROOT,
        env={
            "PATH": "/usr/bin:/bin",
            "DATABASE_URL": "postgres://postgres:s3cret@127.0.0.1:9/promoweb",
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 2
    assert (
        "PostgreSQL is not reachable at postgres://postgres:***@127.0.0.1:9/promoweb" in out.stderr
    )
    assert "s3cret" not in out.stderr
    assert "Traceback" not in out.stderr
