"""While `mkdocs serve` runs: re-capture edited snippets on the CPU in a worker kept warm for the whole session."""

from __future__ import annotations

import atexit
import contextlib
import importlib.util
import logging
import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from docexec import notebook, run, store
from docexec.config import Config
from docexec.discover import Snippet
from docexec.supervise import WorkerError

log = logging.getLogger("mkdocs.hooks.docexec")
POLL_SECONDS = 0.1  # how often serve looks for saved files; MkDocs' 0.5 s was a quarter of a save's way to the page
_runners: dict[tuple[str, str], run.Runner] = {}  # (project, python) -> its runner, kept for the whole serve session


def capture_python() -> str | None:
    """The Python to run snippets with: this one if it has torch, else DOCEXEC_PYTHON (what `nox -s serve` sets)."""
    return sys.executable if importlib.util.find_spec("torch") else os.environ.get("DOCEXEC_PYTHON")


def recapture(project: Config, snippets: list[Snippet]) -> dict[str, str]:
    """Bring the CPU captures up to date; return why each snippet that failed did, by name, to show on its page."""
    python = capture_python()
    if not python:
        return {}
    key = (str(project.root), python)
    if key not in _runners:
        _runners[key] = run.Runner(project, python, preload=snippets)
        log.info(f"capture: starting a warm worker with {python}")
        threading.Thread(target=_warm, args=(_runners[key],), daemon=True).start()  # while the first build goes on
    runner = _runners[key]
    try:
        with store.locked(project):
            report = run.capture(project, snippets, "cpu", runner)
            run.prune(project, report)
    except store.CaptureLocked as error:
        log.info(f"capture: skipped, {error}")
        return {}
    except (WorkerError, run.NoGPU) as error:
        log.warning(f"capture error: {error}")
        _runners.pop(key).close()  # the next rebuild starts a fresh one
        return {}
    for name, seconds in sorted(report.captured.items()):
        log.info(f"capture: {name} ({seconds:.2f} s)")
    for failure in report.failures.values():
        log.warning(f"capture error: {failure}")
    return report.failures


def _warm(runner: run.Runner) -> None:
    """Start the runner's worker, so that it is warm by the time the first snippet is edited."""
    try:
        runner.worker()
    except WorkerError as error:
        log.warning(f"capture error: {error}")
        return
    log.info("capture: the worker is ready")


def refresh_notebooks(project: Config) -> None:
    """Regenerate the notebooks: once, when serving ends, since each write would rebuild and re-convert a notebook page."""
    message = notebook.refresh(project.root)
    if not message.startswith("notebooks: 0 changed"):
        log.info(message)


def poll_often(server: Any) -> None:
    """Make `server` look for changed files every POLL_SECONDS (one look at these few hundred files takes about 3 ms).

    MkDocs polls (watchdog's PollingObserver) every 0.5 s and offers no option for it, then waits 0.1 s for
    more changes before it rebuilds: one poll is enough here. Where watchdog's internals are not as expected,
    nothing changes.
    """
    observer = server.observer
    for poller in (observer, *observer.emitters):  # the folders already watched, and those watched from now on
        if isinstance(getattr(poller, "_timeout", None), (int, float)):
            poller._timeout = POLL_SECONDS
    if isinstance(getattr(server, "build_delay", None), (int, float)):
        server.build_delay = min(server.build_delay, POLL_SECONDS / 2)


def list_theme_once(server: Any, theme_dirs: list[str]) -> None:
    """While serving, list the theme's static files at the first rebuild only, unless the theme is watched.

    Every build walks the theme's folders for them: Material's are 14,500 files, 0.2 s of each rebuild.
    MkDocs rebuilds on a change to the theme only under `--watch-theme`; then every rebuild walks them.
    """
    watched = getattr(server, "_watched_paths", None)
    if not isinstance(watched, dict) or any(os.path.abspath(folder) in watched or folder in watched for folder in theme_dirs):
        return
    from mkdocs.structure.files import File, Files

    if hasattr(Files.add_files_from_theme, "listed"):
        return
    walk = Files.add_files_from_theme
    listed: dict[tuple[Any, ...], list[tuple[str, str]]] = {}  # theme folders and settings -> (path, folder) of each file

    def add_files_from_theme(self: Files, env: Any, config: Any) -> None:
        key = (tuple(config.theme.dirs), tuple(config.theme.static_templates), config.site_dir, config.use_directory_urls)
        if key not in listed:
            found = Files([])
            walk(found, env, config)
            listed[key] = [(file.src_uri, file.src_dir) for file in found]
        for path, folder in listed[key]:
            if self.get_file_from_path(path) is None:  # as MkDocs: a page's file wins over the theme's
                self.append(File(path, folder, config.site_dir, config.use_directory_urls))

    add_files_from_theme.listed = listed  # type: ignore[attr-defined]
    Files.add_files_from_theme = add_files_from_theme  # type: ignore[method-assign]


@contextlib.contextmanager
def unwatched(server: Any, path: Path) -> Iterator[None]:
    """Stop `server` watching `path` meanwhile (no-op before serving starts): writes there then rebuild nothing."""
    if server is None:
        yield
        return
    server.unwatch(str(path))
    try:
        yield
    finally:
        server.watch(str(path))


@atexit.register
def _close() -> None:
    """Stop the warm workers when serving ends."""
    for runner in _runners.values():
        runner.close()
