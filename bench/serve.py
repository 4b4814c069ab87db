"""`nox -s serve` as a writer uses it, on either engine: a page open in the browser, a snippet saved,
seconds until the page shows its new output."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import threading
import time
import urllib.request
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlparse

from bench.pageweight import CHROMIUM, CHROMIUM_ARGS
from bench.tools import ThisProject
from bench.workload import edit, put

if TYPE_CHECKING:
    from playwright.sync_api import Page

STARTUP_SECONDS = 300  # the first build, captures included
EDIT_SECONDS = 120  # one save to a reloaded page
SETTLED_SECONDS = 2.0  # the server printed nothing for this long: the rebuilds an edit set off are over


def save_to_reload(project: ThisProject, edits: int, first_edit: int = 100) -> list[float]:
    """Serve the project, open the edited snippet's page, then save `edits` edits to it; seconds of each."""
    from playwright.sync_api import Error, sync_playwright  # only the benchmark drives a browser

    snippet = project.workload.edited
    chapter = project.workload.chapter_of(snippet.name)
    path = project.folder / "snippets" / snippet.name
    seconds: list[float] = []
    with _server(project) as (base_url, log):
        url = base_url + Path(chapter).stem + "/"
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                page = browser.new_page()
                page.goto(url)
                log.wait_quiet(SETTLED_SECONDS)
                for number in range(first_edit, first_edit + edits):
                    edited, shown = edit(snippet, number)
                    started = time.perf_counter()
                    put(path, edited.source)
                    while not _shows(page, shown, Error):
                        if time.perf_counter() - started > EDIT_SECONDS:
                            raise RuntimeError(
                                f"{project.engine} serve: {url} did not show {shown!r} within {EDIT_SECONDS} s:\n"
                                f"{log.tail()}"
                            )
                        time.sleep(0.02)
                    seconds.append(time.perf_counter() - started)
                    log.wait_quiet(SETTLED_SECONDS)
            finally:
                browser.close()
        put(path, snippet.source)
    return seconds


def _shows(page: Page, text: str, error: type[Exception]) -> bool:
    """Whether the page holds `text` now; False while it is reloading."""
    try:
        return bool(page.evaluate("text => document.body.textContent.includes(text)", text))
    except error:  # the page navigated away under the check: a reload has begun
        return False


class _Log:
    """What the server prints, read as it comes, with the time of the last line."""

    def __init__(self, stream: Iterable[str]) -> None:
        self.lines: list[str] = []
        self.last = time.monotonic()
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream: Iterable[str]) -> None:
        for line in stream:
            self.lines.append(line)
            self.last = time.monotonic()

    def wait_quiet(self, seconds: float) -> None:
        """Return once the server has printed nothing for `seconds`."""
        while time.monotonic() - self.last < seconds:
            time.sleep(0.1)

    def tail(self) -> str:
        """The server's last lines."""
        return "".join(self.lines[-30:])


@contextmanager
def _server(project: ThisProject) -> Iterator[tuple[str, _Log]]:
    """`python -m docexec serve` with the project's engine on a free port, re-capturing with this Python;
    yield the site's URL and its log."""
    port = _free_port()
    command = [
        project.python,
        "-m",
        "docexec",
        "serve",
        "--engine",
        project.engine,
        "-a",
        f"127.0.0.1:{port}",
    ]  # as `nox -s serve`
    env = {**project.env, "DOCEXEC_PYTHON": project.python}
    server = subprocess.Popen(
        command,
        cwd=project.folder,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )  # its own process group: the engine it starts ends with it
    assert server.stderr is not None  # stderr=PIPE
    log = _Log(server.stderr)
    base_url = f"http://127.0.0.1:{port}{urlparse(project.workload.site.get('site_url', '/')).path or '/'}"
    try:
        _wait_up(base_url, server, log)
        yield base_url, log
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


def _wait_up(url: str, server: subprocess.Popen[str], log: _Log) -> None:
    """Wait until the server answers, or fail with what it printed."""
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"serve exited with {server.returncode}:\n{log.tail()}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"serve did not answer at {url} within {STARTUP_SECONDS} s:\n{log.tail()}")


def _free_port() -> int:
    """A TCP port nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port
