"""The ingestion HTTP API (django-ninja), mounted at /api/ with its docs at /api/docs."""
