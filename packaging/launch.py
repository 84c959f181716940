"""Entry point of the bundled app: the same `coachdesk` command as the Python package."""

from coachdesk.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
