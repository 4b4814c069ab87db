"""The matplotlib backend snippets draw with under capture: Agg's canvas,
and `plt.show()` keeps each open figure as SVG."""

from __future__ import annotations

import io
from typing import Any

from matplotlib.backend_bases import FigureManagerBase
from matplotlib.backends.backend_agg import FigureCanvasAgg

NAME = f"module://{__name__}"  # what matplotlib.use() is given
shown: list[str] = []  # the SVG of each figure shown, in order


def keep_open_figures() -> None:
    """Keep every open figure as SVG text (no date or creator: a re-capture changes no byte), then close it."""
    from matplotlib import pyplot as plt  # this module is loaded while pyplot is

    for number in plt.get_fignums():
        buffer = io.StringIO()
        plt.figure(number).savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
        shown.append(buffer.getvalue())
    plt.close("all")


class FigureManager(FigureManagerBase):
    """No window to show a figure in: `plt.show()` keeps the open figures for the page instead."""

    @classmethod
    def pyplot_show(cls, *, block: Any = None) -> None:
        keep_open_figures()


class FigureCanvas(FigureCanvasAgg):
    """Agg, whose figures `plt.show()` keeps."""

    manager_class = FigureManager
