"""Entry point for `python -m docexec`."""

from docexec.cli import main

raise SystemExit(main())
