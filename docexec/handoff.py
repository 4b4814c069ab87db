"""`python -m docexec build`: the site engine builds while the capture runs, and a page waits only for its own snippets.

The capture tells the engine's process, on a pipe, which snippets it is about to run and each one it has
finished; the Markdown extension, about to read a capture, waits until that snippet is done (not the whole
run), so MkDocs starts, and converts every page whose snippets are current, while the rest are being run.
"""

from __future__ import annotations

import os
import subprocess
import threading
from collections.abc import Iterable, Iterator

ENV = "DOCEXEC_CAPTURE_PIPE"  # the read end of the pipe, in the engine's process


class Announcer:
    """The capture's end of the pipe."""

    def __init__(self, write: int) -> None:
        self.write = write

    def running(self, names: list[str]) -> None:
        """Say which snippets are about to run: a page showing one of them waits for it."""
        self._say("".join(f"run {name}\n" for name in names) + "listed\n")

    def done(self, name: str) -> None:
        """Say that a snippet's capture is written (or has failed: its page then says so)."""
        self._say(f"done {name}\n")

    def release(self, *, captured: bool) -> None:
        """Say how the capture ended, and close the pipe."""
        try:
            if captured:
                self._say("ok\n")
        finally:
            os.close(self.write)

    def _say(self, text: str) -> None:
        try:
            os.write(self.write, text.encode())
        except BrokenPipeError:  # the engine has already stopped (a bad option, say): its status tells why
            pass


def start(command: list[str]) -> tuple[subprocess.Popen[bytes], Announcer]:
    """Start the engine's build (`command`) with the read end of the pipe; return it and the capture's end."""
    read, write = os.pipe()
    try:
        process = subprocess.Popen(command, pass_fds=[read], env={**os.environ, ENV: str(read)})
    finally:
        os.close(read)
    return process, Announcer(write)


class Capture:
    """The engine's end: what the capture beside it has said so far, read in a thread as it comes."""

    _current: Capture | None = None
    _lock = threading.Lock()

    def __init__(self, read: int) -> None:
        self.running: set[str] = set()
        self.listed = False  # every snippet to run has been named
        self.done: set[str] = set()
        self.ended = False
        self.ok = False
        self.changed = threading.Condition()
        threading.Thread(target=self._read, args=(read,), daemon=True).start()

    @classmethod
    def current(cls) -> Capture | None:
        """The capture this process was started beside, if any (the first call takes the pipe from the environment)."""
        with cls._lock:
            if cls._current is None and (fd := os.environ.pop(ENV, None)) is not None:
                cls._current = Capture(int(fd))
            return cls._current

    def _read(self, read: int) -> None:
        with os.fdopen(read, "rb") as pipe:
            for said in _lines(pipe):
                with self.changed:
                    word, _, name = said.partition(" ")
                    if word == "run":
                        self.running.add(name)
                    elif word == "listed":
                        self.listed = True
                    elif word == "done":
                        self.done.add(name)
                    elif word == "ok":
                        self.ok = True
                    self.changed.notify_all()
        with self.changed:
            self.ended = True
            self.changed.notify_all()

    def wait_for(self, name: str) -> None:
        """Return once the snippet's capture is written, if the capture is running it."""
        with self.changed:
            self.changed.wait_for(
                lambda: self.ended or self.ok or name in self.done or (self.listed and name not in self.running)
            )

    def succeeded(self) -> bool:
        """Wait for the capture's end; whether it succeeded."""
        with self.changed:
            self.changed.wait_for(lambda: self.ended)
            return self.ok


def _lines(pipe: Iterable[bytes]) -> Iterator[str]:
    """The lines said on the pipe, without their newline."""
    for line in pipe:
        yield line.decode().rstrip("\n")


def wait_for_snippet(name: str) -> None:
    """In the engine: if a capture was started beside this build, wait until it is done with this snippet."""
    if (capture := Capture.current()) is not None:
        capture.wait_for(name)


def capture_succeeded() -> bool:
    """In the engine: wait for the capture started beside this build, if any; whether it succeeded (True if none)."""
    capture = Capture.current()
    return True if capture is None else capture.succeeded()
