"""`liphub serve [--port N]`: migrate the database, then serve the site (no demo data)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser, OutputWrapper

from liphub.directory.import_jobs import start_worker_thread

HOST = "127.0.0.1"


def add_port_argument(parser: CommandParser) -> None:
    parser.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")


def checked_port(port: int) -> int:
    if not 1 <= port <= 65535:
        raise CommandError(f"--port must be between 1 and 65535, not {port}.")
    return port


def migrate(stdout: OutputWrapper) -> None:
    stdout.write("Migrating the database...")
    call_command("migrate", interactive=False, verbosity=0)


def run_server(port: int, stdout: OutputWrapper) -> None:
    """Serve on 127.0.0.1:port with Django's server (static files included) until stopped,
    with the directory import worker in a thread beside it."""
    if not settings.DEBUG:
        # Production settings: static files are served by WhiteNoise from STATIC_ROOT.
        call_command("collectstatic", interactive=False, verbosity=0)
    if settings.DIRECTORY_IMPORT_IN_BACKGROUND:
        # the import worker runs beside the development server, in this process
        start_worker_thread()
        stdout.write("Directory imports uploaded in the browser run in a background thread.")
    stdout.write(f"Serving LIP Hub at http://{HOST}:{port}/ (Ctrl+C to stop)")
    call_command("runserver", f"{HOST}:{port}", use_reloader=False)


class Command(BaseCommand):
    help = "Migrate the database, then serve the site on 127.0.0.1 (no demo data)."

    def add_arguments(self, parser: CommandParser) -> None:
        add_port_argument(parser)

    def handle(self, *args: Any, **options: Any) -> None:
        port = checked_port(options["port"])
        migrate(self.stdout)
        run_server(port, self.stdout)
