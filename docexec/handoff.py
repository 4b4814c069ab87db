"""`python -m docexec build`: MkDocs starts while the capture runs, and waits for it before it reads a capture.

Starting MkDocs (its plugins, the theme, the Markdown extensions) takes about as long as a capture
with little to run, so the two overlap; the hook's first act is to wait here for the capture's word.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable

ENV = "DOCEXEC_AFTER_CAPTURE"  # the read end of a pipe, in the MkDocs process: "ok" then its end if the capture succeeded
WORKING = b"working\n"  # sent first when the capture has snippets to run, so the notebooks may change


def start_build(mkdocs_args: list[str]) -> tuple[subprocess.Popen[bytes], int]:
    """Start `mkdocs build ARGS` told to wait for the capture; return it and the pipe end that releases it."""
    read, write = os.pipe()
    try:
        process = subprocess.Popen([sys.executable, "-m", "mkdocs", "build", *mkdocs_args], pass_fds=[read], env={**os.environ, ENV: str(read)})
    finally:
        os.close(read)
    return process, write


def working(write: int) -> None:
    """Tell the waiting build that snippets are being run (it may prepare to convert notebooks)."""
    try:
        os.write(write, WORKING)
    except BrokenPipeError:
        pass


def release(write: int, *, captured: bool) -> None:
    """Let the waiting build go on if the capture succeeded, or make it stop."""
    try:
        if captured:
            os.write(write, b"ok")
    except BrokenPipeError:  # MkDocs has already stopped (a bad option, say): its status tells why
        pass
    finally:
        os.close(write)


def wait_for_capture(on_working: Callable[[], None] = lambda: None) -> bool:
    """In MkDocs: block until the capture this build was started beside has ended; whether it succeeded.

    `on_working` is called as soon as the capture says it has snippets to run. True at once for a build that
    `python -m docexec build` did not start.
    """
    fd = os.environ.pop(ENV, None)
    if fd is None:
        return True
    with os.fdopen(int(fd), "rb") as pipe:
        said = pipe.readline()
        if said == WORKING:
            on_working()
            said = b""
        return said + pipe.read() == b"ok"
