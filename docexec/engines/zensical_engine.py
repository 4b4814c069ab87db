"""Build and serve with Zensical, which runs the Markdown extension but no MkDocs hook: the capture runs beside it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable

from docexec import config as settings
from docexec import watch
from docexec.config import PROBLEMS
from docexec.handoff import Announcer

NAME = "zensical"


def build(args: list[str], capture: Callable[[Announcer | None], int]) -> int:
    """Capture what changed, then `zensical build ARGS`: its build would fail, not wait, on a capture not made yet."""
    status = capture(None)
    if status:
        print("error: the capture failed (see above), so the site is not built", file=sys.stderr)
        return status
    return subprocess.call([sys.executable, "-m", "zensical", "build", *args])


def serve(args: list[str]) -> int:
    """`zensical serve`, while this process re-captures saved snippets (Zensical rebuilds when the captures change)."""
    project = settings.load()
    server = subprocess.Popen([sys.executable, "-m", "zensical", "serve", *args], env={**os.environ, PROBLEMS: "warn"})
    stop = threading.Event()
    watcher = threading.Thread(target=watch.watch, args=(project, stop), daemon=True)
    watcher.start()
    try:
        return server.wait()
    except KeyboardInterrupt:
        server.send_signal(signal.SIGINT)
        return server.wait()
    finally:
        stop.set()
        watcher.join()
