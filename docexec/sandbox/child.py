"""Run one snippet in a process forked from the warm worker, as `python snippet.py` would, and report what happened."""

from __future__ import annotations

import builtins
import ctypes
import faulthandler
import importlib.machinery
import io
import json
import os
import signal
import sys
import time
import traceback
import types
from pathlib import Path
from typing import Any, NoReturn

from docexec.sandbox import interpreter_exit

FATAL_SIGNALS = (signal.SIGTERM, signal.SIGHUP, signal.SIGUSR1, signal.SIGUSR2)  # besides faulthandler's own
PR_SET_CHILD_SUBREAPER = 36


def main(request: dict[str, Any], fds: list[int], *, sigint_ignored: bool = False) -> None:
    """Become a fresh process for the snippet: own session, own empty folder, empty stdin, output to the pipe; run it.

    `sigint_ignored`: Ctrl-C was ignored where the capture started, so `python snippet.py` would ignore it too.
    """
    out, report, fault = fds
    os.setsid()  # its own process group: the worker ends the whole tree with it
    adopt_orphans()
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.dup2(out, 1)
    os.dup2(out, 2)
    for fd in (null, out):
        os.close(fd)
    # With the encoding and error handlers Python chose for the worker's own streams, which are pipes too;
    # but unbuffered, so prints, warnings and tracebacks keep the order they happened in. typeshed declares
    # sys.__stdin__ and the others Final; they are set here as Python's own startup sets them, hence the ignores.
    sys.stdin = sys.__stdin__ = _stream(0, sys.__stdin__, "r")  # type: ignore[misc]
    sys.stdout = sys.__stdout__ = _stream(1, sys.__stdout__, "w")  # type: ignore[misc]
    sys.stderr = sys.__stderr__ = _stream(2, sys.__stderr__, "w")  # type: ignore[misc]
    fault_file = os.fdopen(fault, "w", encoding="utf-8", errors="backslashreplace")
    faulthandler.enable(file=fault_file)  # a crash in native code still says which line it was on
    for number in FATAL_SIGNALS:
        faulthandler.register(number, file=fault_file, chain=True)
    faulthandler.dump_traceback_later(request["timeout"], exit=True, file=fault_file)  # says where it hung
    _record_os_exit(request["path"], fault_file)
    signal.signal(signal.SIGINT, signal.SIG_IGN if sigint_ignored else signal.default_int_handler)  # as Python starts
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    if request["device"] == "cpu":
        os.environ["CUDA_VISIBLE_DEVICES"] = ""  # read when CUDA first initialises, which is in here
    os.chdir(request["cwd"])
    code = request["code"].encode("latin-1")  # the file's bytes, carried in JSON one character per byte
    result = run_snippet(request["path"], code, request["imports"], request["limits"])
    faulthandler.cancel_dump_traceback_later()
    with os.fdopen(report, "w", encoding="utf-8") as channel:
        json.dump(result, channel)


def adopt_orphans() -> None:
    """Where Linux allows it, collect this process's orphaned descendants, so none escapes the end of the tree."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux: the process group still ends with the snippet
        pass


def run_snippet(path: str, code: bytes, imports: list[str], limits: dict[str, int]) -> dict[str, Any]:
    """Execute a snippet's bytes as `python path` would: its own __main__, threads waited for, atexit run."""
    graphs: list[dict[str, str]] = []
    figures: list[str] = []
    packages = {name.split(".")[0] for name in imports}
    if {"torchviz", "graphviz"} & packages:
        _record_graphviz_renders(graphs)
    if "matplotlib" in packages:
        _draw_figures_for_the_page()
    _reseed()

    main = types.ModuleType("__main__")
    main.__dict__.update(
        __file__=path,
        __builtins__=builtins,
        __spec__=None,
        __loader__=importlib.machinery.SourceFileLoader("__main__", path),
    )
    sys.modules["__main__"] = main
    sys.argv = [path]
    sys.path[0] = str(Path(path).parent)

    exception = None
    started = time.perf_counter()
    try:
        # Bytes, not text: Python reads the coding cookie or the UTF-8 BOM itself, as it does for a script.
        exec(compile(code, path, "exec", dont_inherit=True), main.__dict__)
    except SystemExit as stop:
        exception = _exit_status(stop, path)
    except BaseException as error:  # noqa: BLE001 - any exception is content to report
        exception = _describe(error, path, limits["traceback"])
    interpreter_exit.exit_as_python_does()
    seconds = time.perf_counter() - started
    if (backend := sys.modules.get("docexec.sandbox.figure_backend")) is not None:
        backend.keep_open_figures()
        figures = backend.shown
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # the snippet closed it
            pass
    return {
        "exception": exception,
        "graphs": [_cap_drawing(graph, "dot", limits["drawing"]) for graph in graphs],
        "figures": [_cap_drawing(figure, None, limits["drawing"]) for figure in figures],
        "seconds": seconds,
    }


def _stream(fd: int, like: Any, mode: str) -> io.TextIOWrapper:
    """A text stream on a file descriptor, encoded as `like` is, written through at once."""
    encoding, errors = (like.encoding, like.errors) if like is not None else ("utf-8", "strict")
    return io.TextIOWrapper(io.FileIO(fd, mode, closefd=False), encoding=encoding, errors=errors, write_through=True)


def _reseed() -> None:
    """Seed the generators inherited from the warm worker from the OS, as a fresh interpreter would."""
    # numpy.random not yet imported seeds itself when the snippet imports it; seed() alone costs 13 ms.
    if "numpy.random" in sys.modules:
        sys.modules["numpy.random"].seed(int.from_bytes(os.urandom(4), "little"))
    if "torch" in sys.modules:  # CUDA's generators are made when CUDA starts, in here, so they are fresh already
        sys.modules["torch"].default_generator.seed()


def _record_os_exit(path: str, fault_file: io.TextIOWrapper) -> None:
    """Make os._exit note the snippet's line first, so an abrupt exit can be reported where it happened."""
    real_exit, me = os._exit, os.getpid()

    def exit_noting_the_line(status: int) -> NoReturn:
        if os.getpid() == me:  # not in a process the snippet forked
            frames = [frame for frame in traceback.extract_stack() if frame.filename == path]
            if frames:
                fault_file.write(f'os._exit({status}) called from File "{path}", line {frames[-1].lineno}\n')
                fault_file.flush()
        real_exit(status)

    os._exit = exit_noting_the_line


def _exit_status(stop: SystemExit, path: str) -> dict[str, Any] | None:
    """A `sys.exit()`: nothing to report for status 0, else the status and line; a message is printed as Python does."""
    if stop.code is None or stop.code == 0:
        return None
    if not isinstance(stop.code, int):
        print(stop.code, file=sys.stderr)
    frames = [frame for frame in traceback.extract_tb(stop.__traceback__) if frame.filename == path]
    return {
        "type": "SystemExit",
        "message": str(stop.code),
        "lineno": frames[-1].lineno if frames else None,
        "traceback": "",  # Python prints none for SystemExit
    }


def _describe(error: BaseException, path: str, limit: int) -> dict[str, Any]:
    """Type, message and a traceback limited to the snippet's own lines, each kept within `limit` characters."""
    frames = [frame for frame in traceback.extract_tb(error.__traceback__) if frame.filename == path]
    text = "Traceback (most recent call last):\n" + "".join(traceback.format_list(frames))
    text += "".join(traceback.format_exception_only(type(error), error))
    return {
        "type": type(error).__name__,
        "message": _cap_text(str(error), limit),
        "lineno": frames[-1].lineno if frames else None,
        "traceback": _cap_text(text, limit),
    }


def _cap_text(text: str, limit: int) -> str:
    """The first `limit` characters of a text, with a note if more was cut."""
    if len(text) <= limit:
        return text
    return text[:limit] + f"\n[... cut: only the first {limit:,} of {len(text):,} characters are kept]\n"


def _cap_drawing(drawing: Any, key: str | None, limit: int) -> Any:
    """A graph or figure, or a note in its place when its text is over `limit` characters."""
    text = drawing[key] if key else drawing
    if len(text) <= limit:
        return drawing
    note = f"[not kept: {len(text):,} characters of {'DOT' if key else 'SVG'}, over the limit of {limit:,}; draw less]"
    return {**drawing, key: None, "cut": note} if key else {"cut": note}


def _record_graphviz_renders(graphs: list[dict[str, str]]) -> None:
    """Make graphviz's render() and view() record the graph source instead of calling `dot`."""
    import graphviz.rendering

    def record(self: Any, filename: str | None = None, *args: Any, format: str | None = None, **kwargs: Any) -> str:
        name = Path(filename or self.filename or f"graph{len(graphs) + 1}").name
        graphs.append({"name": name, "dot": self.source})
        return f"{name}.{format or self.format}"

    graphviz.rendering.Render.render = record
    graphviz.rendering.Render.view = record


def _draw_figures_for_the_page() -> None:
    """Draw with docexec's backend (sandbox/figure_backend.py), whose plt.show() keeps the open figures as SVG."""
    import matplotlib

    matplotlib.rcParams["svg.hashsalt"] = "docexec"  # stable ids, so a re-capture changes no byte
    matplotlib.use("module://docexec.sandbox.figure_backend")
