"""`mkdocs serve`: an edited snippet is re-captured in a warm worker, and a failure shows in its page until it is fixed."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator

import pytest
from conftest import Project, as_from_a_terminal, project_env


@pytest.fixture
def served(project: Project) -> Iterator[tuple[Project, str]]:
    """The project served by `mkdocs serve` on a free port, with this Python (which has torch) capturing."""
    project.snippet("demo/hello.py", "print('hello')\n")
    project.page("index.md", "# Demo\n\n::snippet demo/hello.py\n")
    assert project.capture().returncode == 0
    server, url = _serve(project)
    try:
        _wait_for(url, "hello")
        yield project, url
    finally:
        server.terminate()
        server.wait(timeout=30)


def _serve(project: Project) -> tuple[subprocess.Popen[str], str]:
    """Start `mkdocs serve` on the project, as from a terminal; the server and its address."""
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--livereload", "--dirty", "-a", f"127.0.0.1:{port}"], cwd=project.root,
        env=project_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True,
        preexec_fn=as_from_a_terminal,
    )
    return server, f"http://127.0.0.1:{port}/"


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_for(url: str, text: str, timeout: float = 120) -> str:
    """The page at `url` once it contains `text`."""
    deadline, page = time.monotonic() + timeout, ""
    while time.monotonic() < deadline:
        try:
            page = urllib.request.urlopen(url, timeout=5).read().decode()
        except OSError:
            page = ""
        if text in page:
            return page
        time.sleep(0.2)
    raise AssertionError(f"{url} never showed {text!r}:\n{re.sub(r'<[^>]+>', ' ', page)[-2000:]}")


def test_edit_shows_its_new_output_then_an_error_then_recovers(served: tuple[Project, str]) -> None:
    project, url = served
    project.snippet("demo/hello.py", "print('hello again')\n")
    _wait_for(url, "hello again")
    assert project.read("cpu", "demo/hello.py")["output"] == "hello again\n"

    project.snippet("demo/hello.py", "print('broken'\n")
    page = _wait_for(url, "This snippet failed when it was captured")
    assert "snippets/demo/hello.py:1:" in page and "SyntaxError" in page

    project.snippet("demo/hello.py", "raise ValueError('not on purpose')\n")
    page = _wait_for(url, "ValueError: not on purpose")
    assert "This snippet failed when it was captured" in page and "# raises: ValueError" in page

    project.snippet("demo/hello.py", "print('fixed')\n")
    page = _wait_for(url, "fixed")
    assert "This snippet failed" not in page


def test_an_edit_rebuilds_once_and_the_notebooks_follow_when_serving_ends(project: Project) -> None:
    project.snippet("demo/hello.py", "print('hello')\n")
    project.page("index.md", "# Demo\n")
    project.page("chapter.md", "# Chapter\n\n::snippet demo/hello.py\n")
    assert project.capture().returncode == 0
    notebook = project.root / "docs" / "notebooks" / "chapter.ipynb"
    assert "hello" in notebook.read_text()
    server, url = _serve(project)
    try:
        _wait_for(url + "chapter/", "hello")
        project.snippet("demo/hello.py", "print('hello again')\n")
        _wait_for(url + "chapter/", "hello again")
        time.sleep(2)  # a rebuild the capture's own writes set off would have begun by now
        assert "hello again" not in notebook.read_text()  # a notebook written now would rebuild its page again
    finally:
        server.send_signal(signal.SIGINT)  # Ctrl-C
        _, log = server.communicate(timeout=60)
    assert log.count("Detected file changes") == 1, log
    assert "hello again" in notebook.read_text(), log
