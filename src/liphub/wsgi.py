"""The WSGI application, as a web server worker (gunicorn) loads it.

After Django is set up, these are paid once when the worker starts rather than by requests
(with `gunicorn --preload`, once in the parent process for every worker):

- loading the URL configuration, which imports every view;
- importing matplotlib (about a second) for the report charts;
- a full garbage collection, then `gc.freeze()`: the objects of the loaded application (a
  few hundred thousand: modules, URL patterns, templates, translations) move to the
  permanent generation, so the collector no longer walks them all whenever it runs a full
  collection during requests (and, after a fork, leaves their memory pages shared);
- the collector's first threshold raised from 700 to 20,000 new objects: a request makes
  thousands of objects (query rows, template nodes) and a few hundred reference cycles, and
  at 700 the collector ran dozens of times per request; the network view measured 4% faster
  (bench/, interleaved runs), for a few megabytes more held between collections.
"""

import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "liphub.settings")
application = get_wsgi_application()

from django.urls import get_resolver  # noqa: E402 - after Django is set up

from liphub.reports.charts import load_chart_engine  # noqa: E402

get_resolver().url_patterns  # noqa: B018 - imports the URL configuration and every view
load_chart_engine()
gc.collect()
gc.freeze()
gc.set_threshold(20_000, 10, 10)
