"""Build and serve with MkDocs: it starts (plugins, theme, extensions) while the capture runs,
and the hook waits for it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable

from docexec import handoff

NAME = "mkdocs"


def build(args: list[str], capture: Callable[[handoff.Announcer | None], int]) -> int:
    """Run `capture` while `mkdocs build ARGS` builds, each page waiting for its own snippets;
    the first failure's status."""
    process, announcer = handoff.start([sys.executable, "-m", "mkdocs", "build", *args])
    status = 1
    try:
        status = capture(announcer)
    finally:
        announcer.release(captured=status == 0)
        built = process.wait()
    return status or built


def serve(args: list[str]) -> int:
    """`mkdocs serve` with live reload, rebuilding only the pages whose sources, snippets or captures changed."""
    # --livereload: newer Click versions need the flag for live reload. --dirty: the hook dates a page's HTML back
    # when its snippets or captures change, so that a saved snippet rebuilds only the pages that show it.
    command = [sys.executable, "-m", "mkdocs", "serve", "--livereload", "--dirty", *args]
    return subprocess.call(command, env=os.environ.copy())
