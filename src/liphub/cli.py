"""The `liphub` command: our commands and Django's management commands inside the venv.

`liphub test` runs the whole suite (pytest, then ruff and mypy); any other word is a Django
management command, with hyphens read as underscores (`create-partnership` runs
`create_partnership`).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent.parent

USAGE = """usage: liphub COMMAND [ARGS]

LIP Hub commands:
  demo [--port N]            migrate, load the demo data if the database is empty, serve
  serve [--port N]           migrate and serve (no demo data)
  import-worker [--once]     run the directory imports uploaded in the browser
  test [PYTEST ARGS]         run the test suite, then ruff and mypy
  load-demo                  load the demo data into an empty database
  create-partnership SLUG --name NAME [--network SLUG]
  backup OUT                 consistent copy of the database (and uploaded files)
  restore IN                 restore a copy made by backup
  ...and every Django management command (migrate, createsuperuser, shell, ...)
"""


def _setup_env(command: str) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "liphub.settings")
    if command in {"demo", "serve", "load_demo"} and "SECRET_KEY" not in os.environ:
        # A local, single-user run: development settings unless the operator configured production.
        os.environ.setdefault("DEBUG", "1")


def run_tests(args: list[str]) -> int:
    os.chdir(PROJECT_DIR)
    env = dict(os.environ)
    env.pop("DJANGO_SETTINGS_MODULE", None)
    bin_dir = Path(sys.executable).parent
    steps: list[tuple[str, list[str]]] = [
        ("pytest", [sys.executable, "-m", "pytest", *args]),
    ]
    if not env.get("LIPHUB_SKIP_LINT"):
        steps += [
            ("ruff check", [str(bin_dir / "ruff"), "check", "."]),
            ("ruff format", [str(bin_dir / "ruff"), "format", "--check", "."]),
            ("mypy", [sys.executable, "-m", "mypy", "-p", "liphub"]),
        ]
    failed: list[str] = []
    for name, cmd in steps:
        print(f"==> {name}", flush=True)
        code = subprocess.call(cmd, env=env)  # noqa: S603 - our own fixed commands
        if code != 0:
            failed.append(f"{name} (exit {code})")
    if failed:
        print("FAILED: " + ", ".join(failed), flush=True)
        return 1
    print("All checks passed.", flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in {"-h", "--help", "help"}:
        print(USAGE)
        if args:
            return 0
        return 1
    command = args[0].replace("-", "_")
    if command == "test":
        return run_tests(args[1:])
    _setup_env(command)
    from django.core.management import execute_from_command_line

    execute_from_command_line(["liphub", command, *args[1:]])
    return 0


if __name__ == "__main__":
    sys.exit(main())
