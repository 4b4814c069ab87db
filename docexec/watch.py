"""While previewing: re-capture edited snippets on the CPU in a worker kept warm, and keep why any failed for its page.

Engine-neutral: the MkDocs hook calls `recapture` at each rebuild; with another engine, `watch` polls the snippets
in this process while the engine serves the site and rebuilds when the captures it watches change. Either way
the Markdown extension shows a failure in the snippet's CPU tab, from the file `store.failures_path` names.
"""

from __future__ import annotations

import atexit
import importlib.util
import json
import logging
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from docexec import notebook, run, store
from docexec.config import Config
from docexec.discover import Snippet, find_snippets
from docexec.supervise import WorkerError

log = logging.getLogger("mkdocs.docexec")
POLL_SECONDS = 0.1  # how often `watch` looks for saved snippets: one look at a few hundred files takes about 3 ms
_runners: dict[tuple[str, str], run.Runner] = {}  # (project, python) -> its runner, kept while previewing


def capture_python() -> str | None:
    """The Python to run snippets with: this one if it has torch, else DOCEXEC_PYTHON (what `nox -s serve` sets)."""
    return sys.executable if importlib.util.find_spec("torch") else os.environ.get("DOCEXEC_PYTHON")


def recapture(project: Config, snippets: list[Snippet]) -> dict[str, str]:
    """Bring the CPU captures up to date and keep why each that failed did; return those reasons by name."""
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
            _keep_failures(project, snippets, report.failures)
    except store.CaptureLocked as error:
        log.info(f"capture: skipped, {error}")
        return {}
    except (WorkerError, run.NoGPU, store.WrongPython) as error:
        log.warning(f"capture error: {error}")
        _runners.pop(key).close()  # the next rebuild starts a fresh one
        return {}
    for name, seconds in sorted(report.captured.items()):
        log.info(f"capture: {name} ({seconds:.2f} s)")
    for problem in report.failures.values():
        log.warning(f"capture error: {problem}")
    return report.failures


def _keep_failures(project: Config, snippets: list[Snippet], failures: dict[str, str]) -> None:
    """Record why snippets failed, by their source's hash; forget those that no longer fail. Written only on change."""
    path = store.failures_path(project)
    try:
        known = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        known = {}
    by_name = {snippet.name: snippet for snippet in snippets}
    wanted = {name: entry for name, entry in known.items() if name in failures or name not in by_name}
    wanted.update(
        {
            name: {"sha256": by_name[name].sha256, "message": message}
            for name, message in failures.items()
            if name in by_name
        }
    )
    if wanted != known:
        if wanted:
            store.write_text(path, json.dumps(wanted, indent=1, sort_keys=True) + "\n")
        else:
            path.unlink(missing_ok=True)


def _warm(runner: run.Runner) -> None:
    """Start the runner's worker, so that it is warm by the time the first snippet is edited."""
    try:
        runner.worker()
    except WorkerError as error:
        log.warning(f"capture error: {error}")
        return
    log.info("capture: the worker is ready")


def watch(project: Config, stop: threading.Event, on_change: Callable[[], None] = lambda: None) -> None:
    """Re-capture each snippet saved while `stop` is unset (for engines without hooks); then refresh the notebooks."""
    seen = _stamps(project)
    recapture(project, find_snippets(project, problems={}))
    while not stop.wait(POLL_SECONDS):
        now = _stamps(project)
        if now != seen:
            seen = now
            recapture(project, find_snippets(project, problems={}))
            on_change()
    refresh_notebooks(project)


def _stamps(project: Config) -> dict[Path, float]:
    """Each snippet file's modification time."""
    stamps = {}
    for path in project.snippets.rglob("*.py"):
        try:
            stamps[path] = path.stat().st_mtime
        except FileNotFoundError:
            continue
    return stamps


def refresh_notebooks(project: Config) -> None:
    """Regenerate the notebooks: once, when previewing ends, since each write would set off another rebuild."""
    message = notebook.refresh(project.root)
    if not message.startswith("notebooks: 0 changed"):
        log.info(message)


@atexit.register
def _close() -> None:
    """Stop the warm workers when previewing ends."""
    for runner in _runners.values():
        runner.close()
