"""`liphub import-worker [--once] [--stale-after SECONDS]`: run the directory imports uploaded
in the browser.

Without `--once` it loops until stopped (SIGTERM or Ctrl+C: the current import finishes
first): it queues again the jobs a dead worker left running for longer than `--stale-after`
seconds (default one hour), runs every waiting job, oldest first, then sleeps a second.
`--once` runs what is waiting and exits (tests, cron). Several workers may run side by side: a
job is claimed with one conditional UPDATE, so no two run the same job.
"""

from __future__ import annotations

import signal
import threading
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from liphub.directory.import_jobs import POLL_SECONDS, STALE_AFTER, work


class Command(BaseCommand):
    help = "Run the directory imports uploaded in the browser (loops; --once to run and exit)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--once", action="store_true", help="run the waiting imports, then exit"
        )
        parser.add_argument(
            "--stale-after",
            type=float,
            default=STALE_AFTER,
            help="seconds after which a job left running by a dead worker is queued again "
            f"(default {STALE_AFTER})",
        )
        parser.add_argument(
            "--poll",
            type=float,
            default=POLL_SECONDS,
            help=f"seconds between looks at the queue (default {POLL_SECONDS})",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        stop = threading.Event()
        if not options["once"] and threading.current_thread() is threading.main_thread():

            def stop_after_this_job(signum: int, frame: Any) -> None:
                if stop.is_set():  # asked twice: stop now (the import rolls back)
                    raise KeyboardInterrupt
                self.stdout.write("Stopping after the current import (again to stop now)...")
                stop.set()

            signal.signal(signal.SIGTERM, stop_after_this_job)
            signal.signal(signal.SIGINT, stop_after_this_job)
            self.stdout.write("Import worker: waiting for directory imports (Ctrl+C to stop)")
        done = work(
            once=options["once"],
            stale_after=options["stale_after"],
            poll=options["poll"],
            stop=stop,
        )
        self.stdout.write(f"Ran {done} import(s).")
