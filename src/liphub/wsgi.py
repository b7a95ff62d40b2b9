import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "liphub.settings")
application = get_wsgi_application()

# Paid once when a worker starts (once for all workers with `gunicorn --preload`), not by
# the first request that draws a chart: importing matplotlib takes about a second.
from liphub.reports.charts import load_chart_engine  # noqa: E402 - after Django is set up

load_chart_engine()
