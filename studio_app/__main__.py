"""`python -m studio_app` runs the same command line as the `studio-app` entry point."""

from __future__ import annotations

import sys

from studio_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
