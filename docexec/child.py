"""Run one snippet inside a fresh worker process and report what happened."""

from __future__ import annotations

import builtins
import faulthandler
import io
import os
import sys
import time
import traceback
import types
from pathlib import Path
from typing import Any


def run_snippet(path: str, source: str, device: str, output_path: str, timeout: float, imports: list[str]) -> dict[str, Any]:
    """Execute a snippet as `python path` would, with its output sent to `output_path`."""
    if device == "cpu":
        os.environ["CUDA_VISIBLE_DEVICES"] = ""  # read when CUDA first initialises, which is in here
    out = os.open(output_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.dup2(out, 1)
    os.dup2(out, 2)
    os.close(out)
    # One unbuffered stream for both keeps prints, warnings and tracebacks in the order they happened.
    stream = io.TextIOWrapper(io.FileIO(1, "w", closefd=False), encoding="utf-8", errors="backslashreplace", write_through=True)
    sys.stdout = sys.stderr = stream
    faulthandler.dump_traceback_later(timeout, exit=True, file=stream)  # says where it hung

    graphs: list[dict[str, str]] = []
    figures: list[str] = []
    packages = {name.split(".")[0] for name in imports}
    if {"torchviz", "graphviz"} & packages:
        _record_graphviz_renders(graphs)
    if "matplotlib" in packages:
        _record_matplotlib_figures(figures)
    # A fresh interpreter seeds its generators from the OS; forked ones would all share the warm parent's.
    # (CUDA's generators are made when CUDA starts, in the child, so they are fresh already.)
    if "numpy.random" in sys.modules:  # not yet imported, it seeds itself from the OS when the snippet imports it
        sys.modules["numpy.random"].seed(int.from_bytes(os.urandom(4), "little"))  # seed() alone costs 13 ms
    if "torch" in sys.modules:
        sys.modules["torch"].default_generator.seed()

    main = types.ModuleType("__main__")
    main.__file__ = path
    main.__builtins__ = builtins
    sys.modules["__main__"] = main
    sys.argv = [path]
    sys.path[0] = str(Path(path).parent)
    os.chdir(os.path.dirname(output_path))  # files a snippet writes land in a scratch folder

    exception = None
    started = time.perf_counter()
    try:
        exec(compile(source, path, "exec", dont_inherit=True), main.__dict__)
    except SystemExit as stop:
        if stop.code not in (None, 0):
            exception = _describe(stop, path)
    except BaseException as error:  # noqa: BLE001 - any exception is content to report
        exception = _describe(error, path)
    seconds = time.perf_counter() - started
    if "matplotlib" in sys.modules:
        _save_open_figures(figures)
    stream.flush()
    faulthandler.cancel_dump_traceback_later()
    return {"exception": exception, "graphs": graphs, "figures": figures, "seconds": seconds}


def _describe(error: BaseException, path: str) -> dict[str, Any]:
    """Type, message and a traceback limited to the snippet's own lines."""
    frames = [frame for frame in traceback.extract_tb(error.__traceback__) if frame.filename == path]
    text = "Traceback (most recent call last):\n" + "".join(traceback.format_list(frames))
    text += "".join(traceback.format_exception_only(type(error), error))
    return {
        "type": type(error).__name__,
        "message": str(error),
        "lineno": frames[-1].lineno if frames else None,
        "traceback": text,
    }


def _record_graphviz_renders(graphs: list[dict[str, str]]) -> None:
    """Make graphviz's render() and view() record the graph source instead of calling `dot`."""
    import graphviz.rendering

    def record(self: Any, filename: str | None = None, *args: Any, format: str | None = None, **kwargs: Any) -> str:
        name = Path(filename or self.filename or f"graph{len(graphs) + 1}").name
        graphs.append({"name": name, "dot": self.source})
        return f"{name}.{format or self.format}"

    graphviz.rendering.Render.render = record
    graphviz.rendering.Render.view = record


def _record_matplotlib_figures(figures: list[str]) -> None:
    """Make plt.show() save the open figures as SVG."""
    import matplotlib

    matplotlib.use("Agg")
    matplotlib.rcParams["svg.hashsalt"] = "docexec"  # stable ids, so a re-capture changes no byte
    import matplotlib.pyplot as plt

    plt.show = lambda *args, **kwargs: _save_open_figures(figures)


def _save_open_figures(figures: list[str]) -> None:
    """Append every open figure to `figures` as SVG text, then close it."""
    import matplotlib.pyplot as plt

    for number in plt.get_fignums():
        buffer = io.StringIO()
        plt.figure(number).savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
        figures.append(buffer.getvalue())
    plt.close("all")
