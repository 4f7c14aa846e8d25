#!/usr/bin/env python
import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "promoweb.settings")
    from django.core.management import execute_from_command_line
    from django.db.utils import OperationalError

    try:
        execute_from_command_line(sys.argv)
    except OperationalError as exc:
        # A stopped Postgres should read as "start Postgres", not as a libpq traceback.
        from django.conf import settings

        from promoweb import servicecheck

        url = settings.DATABASE_URL
        message = servicecheck.check_database(url, embeddable=False)
        if message is None:
            raise
        sys.stderr.write(f"{message}\n(from: {type(exc).__name__})\n")
        sys.exit(2)


if __name__ == "__main__":
    main()
