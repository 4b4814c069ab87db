"""Supervise snippet runs: start the warm worker, hand it a snippet,
drain what the child writes, and say how it ended."""

from __future__ import annotations

import itertools
import json
import os
import queue
import re
import selectors
import signal
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.reduction import sendfds
from pathlib import Path
from typing import IO, Any

from docexec.sandbox import worker

GRACE_SECONDS = 5.0  # after its timeout, how long a child has to report before it is killed
DRAIN_SECONDS = 2.0  # after a child ended, how long to wait for what its pipes still hold
READ_SIZE = 65536
SIGNAL_NAMES: dict[int, str] = {
    signal.SIGSEGV: "a segmentation fault",
    signal.SIGBUS: "a bus error",
    signal.SIGFPE: "a floating-point exception",
    signal.SIGILL: "an illegal instruction",
    signal.SIGABRT: "an abort",
}


class WorkerError(RuntimeError):
    """The warm worker could not be started or stopped answering."""


@dataclass
class Ending:
    """Everything one child left behind: its output, its report, faulthandler's notes, and how it ended."""

    output: bytes = b""  # the first bytes of what it printed
    printed: int = 0  # how many bytes it printed in all
    report: dict[str, Any] | None = None
    fault: str = ""
    status: int | None = None  # as os.waitpid gives it
    timed_out: bool = False
    flooded: bool = False
    stopped: bool = False  # stopped because the capture run is being interrupted
    seconds: float = 0.0


@dataclass
class Limits:
    """How long a child may run and how much of what it writes is kept."""

    timeout: float
    keep: int  # bytes of output kept
    flood: int  # bytes of output after which the child is stopped
    report: int  # bytes of report (exception, graphs, figures) read at most


class Worker:
    """The capture process's handle on one warm worker, shared by the threads that run snippets."""

    def __init__(self, python: str, preload: list[str], root: Path) -> None:
        ours, theirs = socket.socketpair()
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH")]))}
        env["GLIBC_TUNABLES"] = ":".join(filter(None, [os.environ.get("GLIBC_TUNABLES"), worker.HUGE_PAGES]))
        log = tempfile.TemporaryFile()  # the worker's own stderr: a pipe nobody reads could fill up and block it
        process = subprocess.Popen(
            [python, "-m", "docexec.sandbox.worker", str(theirs.fileno()), *preload],
            pass_fds=[theirs.fileno()],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=log,
            env=env,
            start_new_session=True,  # Ctrl-C reaches the capture process, which stops the worker
        )
        theirs.close()
        self._connect(ours, python, log, process)
        self.wait_ready()

    def fork(self, preload: list[str]) -> Worker:
        """A worker forked from this one, importing `preload` on top of its modules; it is ready when first used."""
        ours, theirs = socket.socketpair()
        with self.lock:
            worker.send(self.channel, {"op": "worker", "modules": preload, "id": 0})
            sendfds(self.channel, [theirs.fileno()])
        theirs.close()
        forked = Worker.__new__(Worker)
        forked._connect(ours, self.python, self.log, None)
        return forked

    def _connect(
        self, channel: socket.socket, python: str, log: IO[bytes], process: subprocess.Popen[bytes] | None
    ) -> None:
        """Start listening to the worker on `channel`; its first message says it is ready."""
        self.channel, self.python, self.log, self.process = channel, python, log, process
        self.lock = threading.Lock()
        self.ids = itertools.count(1)
        self.replies: dict[int, queue.Queue[dict[str, Any]]] = {}
        self.versions: dict[str, str | None] = {}
        self.paths: list[tuple[str, str]] = []  # its site-packages and stdlib
        self.modules: set[str] = set()  # what it has imported: what a child starts with
        self._ready = threading.Event()
        self._started = False
        self._dispatcher = threading.Thread(target=self._dispatch, daemon=True)
        self._dispatcher.start()

    def wait_ready(self) -> None:
        """Wait until the worker has preloaded; raise WorkerError if it never will."""
        self._ready.wait()
        if not self._started:
            if self.process is not None:
                self.process.wait()
            raise WorkerError(f"the capture worker ({self.python}) did not start:\n{self.stderr()}")

    @property
    def ready(self) -> bool:
        """Whether the worker has preloaded (or failed to)."""
        return self._ready.is_set()

    def when_ready(self, then: Callable[[], None]) -> None:
        """Call `then` once the worker has preloaded, or failed to, from another thread."""

        def wait_then() -> None:
            self._ready.wait()
            then()

        threading.Thread(target=wait_then, daemon=True).start()

    def _dispatch(self) -> None:
        """Take the worker's word that it is ready, then pass each message to the run waiting for it."""
        ready = worker.receive(self.channel)
        if ready is not None:
            self.versions = ready["versions"]
            self.paths = [tuple(pair) for pair in ready["paths"]]
            self.modules = set(ready["modules"])
            self._started = True
        self._ready.set()
        while ready is not None and (message := worker.receive(self.channel)) is not None:
            if box := self.replies.get(message["id"]):
                box.put(message)
        for box in list(self.replies.values()):
            box.put({"gone": True})

    def describe_cuda(self) -> dict[str, Any]:
        """Ask a child what torch says about CUDA (torch must not start CUDA in the worker itself)."""
        ending = self.run({"op": "describe"}, Limits(timeout=120, keep=0, flood=1 << 20, report=1 << 20))
        if ending.report is None:
            raise WorkerError(
                f"could not ask torch about CUDA: {ending.fault or ending.output.decode(errors='replace')}"
            )
        return ending.report

    def run(self, request: dict[str, Any], limits: Limits, stopping: threading.Event | None = None) -> Ending:
        """Run one request in a fresh child and collect what it left."""
        self.wait_ready()
        ending = Ending()
        request_id = next(self.ids)
        box: queue.Queue[dict[str, Any]] = queue.Queue()
        self.replies[request_id] = box
        pipes = [os.pipe() for _ in range(3)]  # output, report, faulthandler
        started = time.monotonic()
        try:
            with self.lock:
                worker.send(self.channel, {**request, "id": request_id, "timeout": limits.timeout})
                sendfds(self.channel, [write for _, write in pipes])
            for _, write in pipes:
                os.close(write)
            pid = self._reply(box, "pid")
            ending.status = self._drain(pid, [read for read, _ in pipes], box, limits, ending, stopping, started)
        finally:
            self.replies.pop(request_id, None)
            for read, _ in pipes:
                os.close(read)
        ending.seconds = time.monotonic() - started
        return ending

    def _reply(self, box: queue.Queue[dict[str, Any]], key: str, timeout: float | None = 60) -> Any:
        """Wait for the worker's answer carrying `key`."""
        try:
            message = box.get(timeout=timeout)
        except queue.Empty:
            raise WorkerError("the capture worker stopped answering") from None
        if "gone" in message:
            raise WorkerError(f"the capture worker ended unexpectedly: {self.stderr()}")
        return message[key]

    def _drain(
        self,
        pid: int,
        reads: list[int],
        box: queue.Queue[dict[str, Any]],
        limits: Limits,
        ending: Ending,
        stopping: threading.Event | None,
        started: float,
    ) -> int:
        """Read the child's pipes until it has ended and they are empty; stop it when it overruns a limit."""
        buffers = {"output": bytearray(), "report": bytearray(), "fault": bytearray()}
        names = dict(zip(reads, buffers, strict=True))
        selector = selectors.DefaultSelector()
        for fd in reads:
            selector.register(fd, selectors.EVENT_READ)
        deadline = started + limits.timeout + GRACE_SECONDS
        status: int | None = None
        ended_at: float | None = None
        while selector.get_map():
            now = time.monotonic()
            if status is None and not box.empty():
                status, ended_at = self._reply(box, "status"), now
            if ended_at is not None and now > ended_at + DRAIN_SECONDS:
                break  # something it started still holds a pipe: what it wrote by now is what counts
            if status is None and (now > deadline or (stopping is not None and stopping.is_set()) or ending.flooded):
                ending.timed_out |= now > deadline
                ending.stopped |= stopping is not None and stopping.is_set()
                self.kill(pid)
                deadline = float("inf")
            for key, _ in selector.select(timeout=0.05):
                chunk = os.read(key.fd, READ_SIZE)
                if not chunk:
                    selector.unregister(key.fd)
                    continue
                name = names[key.fd]
                if name == "output":
                    ending.printed += len(chunk)
                    ending.flooded |= ending.printed > limits.flood
                    keep = limits.keep - len(buffers["output"])
                    buffers["output"] += chunk[: max(keep, 0)]
                elif len(buffers[name]) < limits.report:
                    buffers[name] += chunk
        selector.close()
        if status is None:
            status = self._reply(box, "status", timeout=limits.timeout + GRACE_SECONDS)
        ending.output = bytes(buffers["output"])
        ending.fault = buffers["fault"].decode("utf-8", "backslashreplace")
        if buffers["report"]:
            try:
                ending.report = json.loads(buffers["report"])
            except ValueError:  # cut short: the child died while writing it
                ending.report = None
        return status

    def kill(self, pid: int) -> None:
        """Ask the worker to end a child's process tree."""
        with self.lock:
            worker.send(self.channel, {"op": "kill", "pid": pid, "id": 0})

    def stderr(self) -> str:
        """The end of what the worker printed on stderr."""
        self.log.seek(0)
        return self.log.read().decode(errors="replace").strip()[-2000:]

    def close(self) -> None:
        """Stop the worker: it ends every child still running."""
        try:
            self.channel.shutdown(socket.SHUT_RDWR)  # wakes the dispatcher's recv; close() alone would not
        except OSError:
            pass
        # The dispatcher sees the end of the stream and returns; closing under it would hand its next recv a
        # closed descriptor.
        self._dispatcher.join(timeout=10)
        self.channel.close()
        if self.process is None:  # forked: it ends by itself, and the log is its parent's
            return
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()

    def __enter__(self) -> Worker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def explain(ending: Ending, where: str, limits: Limits) -> str | None:
    """Why a run did not end normally, naming file:line where a line is known; None if it ended normally."""
    line = _fault_line(ending.fault, where)
    at = f"{where}:{line}" if line else where
    if ending.flooded:
        return (
            f"{where}: printed more than {limits.flood:,} bytes, so it was stopped. "
            "Print a summary instead (a shape, a slice, a few values)."
        )
    if ending.timed_out or "Timeout (" in ending.fault:
        return (
            f"{at}: did not finish within {limits.timeout:g} s (timeout in [tool.docexec] of pyproject.toml), "
            "so it was stopped"
        )
    status = ending.status
    if status is None:
        return f"{where}: ended without a status"
    if os.WIFSIGNALED(status):
        number = os.WTERMSIG(status)
        try:
            name = signal.Signals(number).name
        except ValueError:  # a real-time signal, which the enum does not list
            name = f"signal {number}"
        if number == signal.SIGKILL:
            return (
                f"{at}: was killed with SIGKILL, as the out-of-memory killer does: "
                "the machine may have run out of memory"
            )
        what = f" ({SIGNAL_NAMES[number]})" if number in SIGNAL_NAMES else ""
        return f"{at}: the process running it died with {name}{what}"
    code = os.WEXITSTATUS(status)
    if ending.report is None and code != 0:
        how = " (os._exit)" if "os._exit(" in ending.fault else ""
        tail = ending.output.decode("utf-8", "backslashreplace")[-500:]
        return f"{at}: exited with code {code}{how} before finishing" + (
            f"; its output ended:\n{tail}" if tail.strip() and code else ""
        )
    return None


def _fault_line(fault: str, where: str) -> int | None:
    """The snippet's line that faulthandler (or os._exit) named last: where it was when it hung or crashed."""
    lines = re.findall(rf'File "[^"]*?{re.escape(where)}", line (\d+)', fault)
    # faulthandler lists the most recent call first; the os._exit note names exactly one line
    return int(lines[0]) if lines else None


def private_folder(prefix: str) -> Path:
    """A new empty folder of its own, in the system's temporary folder."""
    return Path(tempfile.mkdtemp(prefix=prefix))
