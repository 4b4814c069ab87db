"""The warm worker: a process that imports torch once, then forks a fresh child for each snippet it is asked to run.

It runs in the Python that has torch (`python -m docexec.sandbox.worker FD MODULE...`) and talks to the capture
process over the socket FD: length-prefixed JSON messages, with the child's pipes passed along a request.
Asked to, it also forks a second worker that imports more on top of what it has (the modules only a few
snippets use), which then serves over a socket of its own while this one runs the other snippets.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import json
import os
import platform
import re
import selectors
import signal
import site
import socket
import struct
import sys
import sysconfig
from collections.abc import Iterator
from importlib import metadata
from multiprocessing.reduction import recvfds
from pathlib import Path
from typing import Any

from docexec.sandbox import interpreter_exit

HEADER = struct.Struct("!I")
PACKAGES = ("torch", "numpy")  # whose versions a capture's output depends on
sigint_ignored = (
    False  # whether whoever started the capture ignored Ctrl-C (as a shell's `&` does); `python` would inherit that
)
subworkers: set[int] = set()  # workers forked from this one, which end when their capture process lets go of them
# glibc's malloc on transparent huge pages: a fork copies, and an exit frees, one page-table entry per 2 MiB of the
# worker's heap rather than per 4 KiB. Forking a child and ending it went from 13 to 6 ms here.
HUGE_PAGES = "glibc.malloc.hugetlb=1"
IMPORT_ENVIRONMENT = {
    # matplotlib picks its backend on import; no window can open here.
    "MPLBACKEND": "Agg",
    # OpenMP reads its wait policy once, when torch loads it. By default a thread that waits for the others of its
    # parallel region spins for a while (libgomp: 300,000 turns) before it sleeps; with two children running at once
    # on two cores, each with torch's two threads, a spinning thread holds the core its partner needs, and a small
    # float64 training loop took 13 s instead of 0.2 s. Passive waiting (sleeping at once) changes no result and no
    # thread count, only how a thread waits.
    "OMP_WAIT_POLICY": "PASSIVE",
}


def send(channel: socket.socket, message: dict[str, Any]) -> None:
    """Send one message."""
    data = json.dumps(message).encode()
    channel.sendall(HEADER.pack(len(data)) + data)


def receive(channel: socket.socket) -> dict[str, Any] | None:
    """Receive one message, or None when the other side has gone."""
    header = _exactly(channel, HEADER.size)
    if header is None:
        return None
    data = _exactly(channel, HEADER.unpack(header)[0])
    return None if data is None else json.loads(data)


def _exactly(channel: socket.socket, size: int) -> bytes | None:
    """Read exactly `size` bytes, or None at end of stream."""
    chunks, left = [], size
    while left:
        chunk = channel.recv(left)
        if not chunk:
            return None
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def versions() -> dict[str, Any]:
    """The versions of Python and of the packages a capture's output depends on, read without importing them.

    "modules" maps each top-level module an installed distribution provides to [that distribution, its version],
    for the capture to record the versions of what each snippet imports (docexec.store.recorded).
    """
    found: dict[str, Any] = {"python": platform.python_version()}
    for name in PACKAGES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = None
    found["modules"] = installed_modules()
    return found


TOP_LEVEL = re.compile(r"^([A-Za-z_]\w*)(?:/|\.py,|\.[\w.-]+\.so,)", re.MULTILINE)  # a RECORD line's first part


def installed_modules() -> dict[str, list[str]]:
    """Top-level module -> [distribution (PEP 503 name), version], for the distributions on sys.path, first one winning.

    Read from the dist-info folders' names and their top_level.txt, else RECORD, as text: 8 ms here, where
    importlib.metadata.packages_distributions() and a version() per package took 0.2 s of a no-change capture run.
    """
    found: dict[str, list[str]] = {}
    for entry in sys.path:
        try:
            items = sorted(os.listdir(entry or "."))
        except OSError:
            continue
        for item in items:
            if not item.endswith(".dist-info"):
                continue
            name, _, version = item.removesuffix(".dist-info").partition("-")
            folder = os.path.join(entry or ".", item)
            tops: set[str] = set()
            for listing, pattern in (("top_level.txt", re.compile(r"^(\w+)\s*$", re.MULTILINE)), ("RECORD", TOP_LEVEL)):
                with contextlib.suppress(OSError), open(os.path.join(folder, listing), encoding="utf-8") as file:
                    tops = set(pattern.findall(file.read()))
                    break
            for top in sorted(tops):
                if not top.startswith("__") and top not in sys.stdlib_module_names:
                    found.setdefault(top, [re.sub(r"[-_.]+", "-", name).lower(), version])
    return found


def describe_cuda() -> dict[str, Any]:
    """What torch says about CUDA here; called in a child, since CUDA must not start in the worker before it forks."""
    import torch

    if not torch.cuda.is_available():
        return {"available": False, "torch": torch.__version__}
    return {
        "available": True,
        "torch": torch.__version__,
        "name": torch.cuda.get_device_name(0),
        "cuda": torch.version.cuda,
    }


def preload(modules: list[str]) -> None:
    """Import what the snippets import, once, so that every child starts with it loaded."""
    with _environment_while_importing():
        for name in modules:
            try:
                importlib.import_module(name)
            except Exception:  # noqa: BLE001 - the child that imports it reports the error in the snippet's terms
                pass
    warm_up()
    interpreter_exit.disown_exit_finalizers()


@contextlib.contextmanager
def _environment_while_importing() -> Iterator[None]:
    """Set IMPORT_ENVIRONMENT while the preloaded modules import, then give back exactly what was there before,
    so that the children, and what they start, see the environment `python snippet.py` would."""
    before = {name: os.environ.get(name) for name in IMPORT_ENVIRONMENT}
    for name, value in IMPORT_ENVIRONMENT.items():
        if name == "MPLBACKEND" or name not in os.environ:  # a wait policy the user chose is theirs to keep
            os.environ[name] = value
    try:
        yield
    finally:
        for name, old in before.items():
            if old is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = old


def warm_up() -> None:
    """Do once, here, the first-call work that the snippets repeat, so that each child starts with it done."""
    import warnings

    with warnings.catch_warnings():  # ignored warnings leave no trace in the registries a child's warnings consult
        warnings.simplefilter("ignore")
        if (torch := sys.modules.get("torch")) is not None:
            x = torch.ones(2, 3, requires_grad=True)  # small: nothing here may start a thread pool before the fork
            y = (x * 2 + 1).sum()
            y.backward()
            str(x), str(y), str(x.grad), str(torch.arange(3)), str(torch.tensor([1.5, 2.0]).mean())
            with torch.no_grad():
                str(x @ x.T)
            _warm_torch_features(torch)
        if (numpy := sys.modules.get("numpy")) is not None:
            str(numpy.arange(3.0)), str(numpy.ones((2, 2)) @ numpy.ones(2))
        if (pyplot := sys.modules.get("matplotlib.pyplot")) is not None:
            _warm_matplotlib(pyplot)


def _warm_torch_features(torch: Any) -> None:
    """First calls of an optimizer step, torch.func and dual numbers, if the snippets use them.

    `import torch` imports all three, but each imports torch._dynamo on first use (2 s), so the worker
    preloads that only for snippets that use one (run.FIRST_USE): its presence is the sign.
    """
    if "torch._dynamo" not in sys.modules:
        return
    if "torch.optim" in sys.modules:
        weight = torch.nn.Parameter(torch.ones(2))
        optimizer = torch.optim.SGD([weight], lr=0.1)
        (weight * 2).sum().backward()
        optimizer.step()
        optimizer.zero_grad()
    if "torch.func" in sys.modules:  # its first transform took 0.45 s of each snippet using it

        def f(x: Any) -> Any:
            return torch.sin(x) * x

        x = torch.ones(2)
        torch.func.jvp(f, (x,), (x,))
        torch.func.vjp(f, x)[1](x)
        torch.func.jacrev(f)(x)
    if (forward_ad := sys.modules.get("torch.autograd.forward_ad")) is not None:
        with forward_ad.dual_level():
            forward_ad.unpack_dual(torch.sin(forward_ad.make_dual(torch.ones(2), torch.ones(2))))


def _warm_matplotlib(pyplot: Any) -> None:
    """Draw and save one small figure (log axes, text, legend): fonts, mathtext and the SVG backend, once."""
    import io

    figure, axes = pyplot.subplots(figsize=(2, 2), layout="constrained")
    axes.loglog([1, 10], [1, 100], label="a")
    axes.text(1, 1, "t")
    axes.legend()
    axes.set(xlabel="x", ylabel="y", title="t")
    figure.savefig(io.StringIO(), format="svg")
    pyplot.close("all")  # the next figure a snippet makes is number 1 again


def serve(channel: socket.socket) -> None:
    """Fork a child per request and report how each ended, until the capture process goes away."""
    from docexec.sandbox import child  # after preloading: the child inherits it imported

    child.adopt_orphans()  # orphans of finished snippets come here, to be ended
    wake_read, wake_write = os.pipe()
    os.set_blocking(wake_write, False)
    signal.set_wakeup_fd(wake_write)
    signal.signal(signal.SIGCHLD, lambda *_: None)
    running: dict[int, int] = {}  # pid -> request id
    selector = selectors.DefaultSelector()
    selector.register(channel, selectors.EVENT_READ)
    selector.register(wake_read, selectors.EVENT_READ)
    try:
        while True:
            for key, _ in selector.select():
                if key.fileobj is channel:
                    request = receive(channel)
                    if request is None:
                        return
                    _handle(channel, request, running, (wake_read, wake_write))
                else:
                    os.read(wake_read, 4096)
                    _reap(channel, running)
    finally:  # forked workers are left to end on their own, with their snippets, when their socket closes too
        for pid in running:
            _end_tree(pid)


def _handle(channel: socket.socket, request: dict[str, Any], running: dict[int, int], private: tuple[int, int]) -> None:
    """Start a child for a run request, or stop a running one."""
    if request["op"] == "kill":
        if (pid := request["pid"]) in running:  # not yet reaped, so the pid is still this child's
            _end_tree(pid)
        return
    if request["op"] == "worker":
        _fork_worker(channel, request, private)
        return
    fds = recvfds(channel, 3)
    pid = os.fork()
    if pid == 0:  # the child: nothing of the worker's plumbing stays open in it
        try:
            _leave_plumbing(channel, private)
            from docexec.sandbox import child

            if request["op"] == "describe":
                with os.fdopen(fds[1], "w") as report:
                    json.dump(describe_cuda(), report)
            else:
                child.main(request, fds, sigint_ignored=sigint_ignored)
        finally:
            os._exit(0)
    for fd in fds:
        os.close(fd)
    running[pid] = request["id"]
    send(channel, {"id": request["id"], "pid": pid})


def _fork_worker(channel: socket.socket, request: dict[str, Any], private: tuple[int, int]) -> None:
    """Fork a worker that imports `request["modules"]` on top of this one's, and serves over the socket passed along."""
    (fd,) = recvfds(channel, 1)
    pid = os.fork()
    if pid == 0:
        try:
            _leave_plumbing(channel, private)
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            become_worker(socket.socket(fileno=fd), request["modules"])
        finally:
            os._exit(0)
    os.close(fd)
    subworkers.add(pid)


def _leave_plumbing(channel: socket.socket, private: tuple[int, int]) -> None:
    """In a forked process: close this worker's socket and wake-up pipe, which are not its own."""
    channel.close()
    for fd in private:
        os.close(fd)
    signal.set_wakeup_fd(-1)


def _reap(channel: socket.socket, running: dict[int, int]) -> None:
    """Collect ended children, end what is left of their trees, and say how each ended."""
    while True:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            break
        if pid == 0:
            break
        if pid in running:
            _end_tree(pid)
            send(channel, {"id": running.pop(pid), "status": status})
        subworkers.discard(pid)
    for orphan in _adopted(set(running) | subworkers):
        with contextlib.suppress(ProcessLookupError):
            os.kill(orphan, signal.SIGKILL)


def _end_tree(pid: int) -> None:
    """Kill a child's process group: the child and everything it started that did not leave the group."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)


def _adopted(running: set[int]) -> list[int]:
    """Processes the worker adopted (orphans of ended snippets), on Linux; they are ended too."""
    me = os.getpid()
    try:
        children = Path(f"/proc/{me}/task/{me}/children").read_text().split()
    except OSError:  # not Linux: the process group is all that ends with a snippet
        return []
    return [pid for pid in map(int, children) if pid not in running]


def main(argv: list[str]) -> None:
    """Preload, say so with this Python's versions, then serve."""
    global sigint_ignored
    _unset_huge_pages()
    channel = socket.socket(fileno=int(argv[0]))
    sigint_ignored = signal.getsignal(signal.SIGINT) == signal.SIG_IGN
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the capture process's to handle
    become_worker(channel, argv[1:])
    os._exit(0)  # nothing to finalize; what the preloaded modules do at exit can take seconds


def _unset_huge_pages() -> None:
    """Give the environment back the GLIBC_TUNABLES it had: malloc read it at start;
    the snippets' processes must not."""
    tunables = os.environ.get("GLIBC_TUNABLES", "").split(":")
    if HUGE_PAGES in tunables:
        tunables.remove(HUGE_PAGES)
        if tunables:
            os.environ["GLIBC_TUNABLES"] = ":".join(tunables)
        else:
            del os.environ["GLIBC_TUNABLES"]


@functools.cache
def interpreter_paths() -> tuple[tuple[str, str], ...]:
    """Where this Python's packages and standard library live, and what a capture shows instead."""
    packages = {*site.getsitepackages(), sysconfig.get_paths()["purelib"]}
    return (
        *((path.rstrip("/") + "/", "<site-packages>/") for path in packages),
        (sysconfig.get_paths()["stdlib"].rstrip("/") + "/", "<python>/"),
    )


def become_worker(channel: socket.socket, modules: list[str]) -> None:
    """Preload `modules`, say so with this Python's versions, then serve."""
    preload(modules)
    send(channel, {"ready": True, "versions": versions(), "paths": interpreter_paths(), "modules": sorted(sys.modules)})
    serve(channel)


if __name__ == "__main__":
    main(sys.argv[1:])
