"""Show how a capture run is going: a live line on a terminal (drawn by rich), plain lines anywhere else."""

from __future__ import annotations

import sys
import threading
import time
from typing import Any, TextIO


class Progress:
    """Say nothing (what `mkdocs serve`, which logs its own lines, uses)."""

    def begin(self, device: str, total: int) -> None:
        """A device's run starts, with `total` snippets to run."""

    def running(self, name: str) -> None:
        """A snippet starts running."""

    def finished(self, name: str, ok: bool) -> None:
        """A snippet finished (or failed)."""

    def end(self) -> None:
        """The device's run is over."""


class LineProgress(Progress):
    """A plain line per snippet that finished: what CI logs and pipes get."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.lock = threading.Lock()
        self.device, self.total, self.done, self.started = "", 0, 0, time.monotonic()

    def begin(self, device: str, total: int) -> None:
        self.device, self.total, self.done, self.started = device, total, 0, time.monotonic()

    def finished(self, name: str, ok: bool) -> None:
        with self.lock:
            self.done += 1
            elapsed = time.monotonic() - self.started
            print(
                f"{self.device}: [{self.done}/{self.total}] {'captured' if ok else 'FAILED  '} {name} "
                f"({elapsed:.1f} s)",
                file=self.stream,
            )


class LiveProgress(LineProgress):
    """One live line on a terminal: how many are done of how many, which snippet is running, the time so far."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__(stream)
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
        from rich.progress import Progress as Bar

        self.bar = Bar(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TextColumn("[dim]{task.fields[current]}"),
            console=Console(file=stream),
            transient=True,
        )
        self.active: list[str] = []
        self.task: Any = None

    def begin(self, device: str, total: int) -> None:
        super().begin(device, total)
        self.bar.start()
        self.task = self.bar.add_task(f"capturing on {device}", total=total, current="")

    def running(self, name: str) -> None:
        with self.lock:
            self.active.append(name)
            self.bar.update(self.task, current=self.active[-1])

    def finished(self, name: str, ok: bool) -> None:
        with self.lock:
            if name in self.active:
                self.active.remove(name)
            if not ok:
                self.bar.console.print(f"[red]failed[/red] {name}")
            self.bar.update(self.task, advance=1, current=self.active[-1] if self.active else "")

    def end(self) -> None:
        self.bar.stop()


def for_stream(stream: TextIO = sys.stderr) -> Progress:
    """A live line when `stream` is a terminal and rich is installed; plain lines otherwise."""
    if stream.isatty():
        try:
            return LiveProgress(stream)
        except ImportError:
            pass
    return LineProgress(stream)


def slowest(seconds: dict[str, float], count: int = 5) -> str:
    """The `count` snippets that took longest, for the summary."""
    ranked = sorted(seconds.items(), key=lambda item: -item[1])[:count]
    return ", ".join(f"{name} {taken:.2f} s" for name, taken in ranked)
