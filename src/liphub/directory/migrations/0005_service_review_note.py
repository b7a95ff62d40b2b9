"""A coordinator's note when a listing goes back to its organization (who, when, what).

The columns are nullable, so SQLite adds them with ALTER TABLE. Undoing the migration
rebuilds the service table on SQLite, which the full-text search triggers of migration 0004
name: they are dropped first and the search table rebuilt after.
"""

import importlib
from typing import Any

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

FTS_TRIGGERS = ("ai", "ad", "au", "su", "sd")


def _drop_search_triggers(apps: Any, schema_editor: Any) -> None:
    if schema_editor.connection.vendor == "sqlite":
        fts = importlib.import_module("liphub.directory.migrations.0004_search_speed")
        for suffix in FTS_TRIGGERS:
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {fts.FTS_TABLE}_{suffix}")


def _rebuild_search(apps: Any, schema_editor: Any) -> None:
    if schema_editor.connection.vendor == "sqlite":
        fts = importlib.import_module("liphub.directory.migrations.0004_search_speed")
        for sql in fts.SQLITE_CREATE:
            schema_editor.execute(sql)


class Migration(migrations.Migration):

    dependencies = [
        ('directory', '0004_search_speed'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RunPython(migrations.RunPython.noop, _rebuild_search),
        migrations.AddField(
            model_name='service',
            name='review_note',
            field=models.TextField(blank=True, help_text='What the partner should change before the listing is approved.', null=True, verbose_name="note from the coordinator's review"),
        ),
        migrations.AddField(
            model_name='service',
            name='reviewed_at',
            field=models.DateTimeField(blank=True, null=True, verbose_name='sent back on'),
        ),
        migrations.AddField(
            model_name='service',
            name='reviewed_by',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='sent back by'),
        ),
        migrations.RunPython(migrations.RunPython.noop, _drop_search_triggers),
    ]
