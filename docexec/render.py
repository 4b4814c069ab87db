"""Turn a snippet and its captures into the Markdown (and inline SVG) a page shows."""

from __future__ import annotations

import html
import posixpath
import re
from dataclasses import dataclass, field
from typing import Any

from docexec import alt, store, svg
from docexec.discover import Snippet
from docexec.pages import Embed
from docexec.terminal import screen

DEVICE_NAME = re.compile(r"\b(?:cuda(?::\d+)?|cpu)\b")
DEVICE_KWARG = re.compile(r",\s*device='DEVICE'")
TRIGGERED = re.compile(r"\s*\(Triggered internally at [^)]*\)")  # where in torch's C++ a warning was raised
WARNING = re.compile(r"^.*:\d+: (\w*Warning): .*\n(?:[ \t]+\S.*\n)?", re.M)  # a warning's line, message and source line
ASSET_PREFIX = "docexec-asset-"
ASSET_MARKER = re.compile(rf"<p>{ASSET_PREFIX}([\w-]+)</p>")
DRAWING_SLOT = re.compile(r'<div data-drawing="([\w-]+)"></div>')
REFRESH_CPU = "run `nox -s capture` (or `python -m docexec capture`)"
REFRESH_GPU = "see README.md, 'Refresh the GPU outputs'"


@dataclass
class Rendered:
    """Markdown for one embed, the HTML it refers to by key, and problems that must fail a strict build."""

    markdown: str
    outputs: dict[str, str] = field(default_factory=dict)
    drawings: dict[str, str] = field(default_factory=dict)  # SVG graphs and figures
    problems: list[str] = field(default_factory=list)


def embed(snippet: Snippet, embed: Embed, captures: dict[str, dict[str, Any] | None], *, page_dir: str, gpu_label: str, key: str,
          failure: str | None = None, scope: str = "") -> Rendered:
    """Render the code, the per-device output tabs, graphs, figures and provenance of one snippet.

    `failure` is why the last capture on the CPU failed (while serving); `scope` prefixes the ids in its
    drawings, for a snippet embedded twice on one page.
    """
    rendered = Rendered("")
    download = posixpath.relpath(f"snippets/{snippet.name}", page_dir or ".")
    filename = posixpath.basename(snippet.name)
    code = [
        _fence(snippet.source.rstrip("\n"), f'python title="{filename}"'),
        "",
        f"[Download {filename}]({download}){{ .snippet-download download }}"
        + (' <span class="snippet-badge" title="The CPU and CUDA outputs differ">CPU ≠ CUDA</span>' if differs(captures) else ""),
        "{: .snippet-meta }",
        "",
    ]
    tabs: list[str] = []
    for device, label in (("cpu", "CPU"), ("cuda", gpu_label)):
        body = _tab_body(snippet, device, captures.get(device), rendered, f"{key}-{device}", failure if device == "cpu" else None, scope)
        tabs += [f'=== "{label}"', "", _indent(body), ""]
    note = [_paragraph(f"**Why:** {embed.note}" if "exercise" in embed.options else embed.note, "snippet-note"), ""] if embed.note else []
    if "exercise" in embed.options:  # predict the output: the code shows, its output and the why are folded
        parts = [*code, '??? question "Show the output"', "", _indent("\n".join(tabs + note))]
    elif "solution" in embed.options:  # write the code: the answer, code and output, is folded as a whole
        parts = ['??? success "Show a solution"', "", _indent("\n".join(code + tabs + note))]
    else:
        parts = code + tabs
    rendered.markdown = "\n".join(parts) + "\n"
    return rendered


def _tab_body(snippet: Snippet, device: str, capture: dict[str, Any] | None, rendered: Rendered, key: str, failure: str | None, scope: str) -> str:
    """The contents of one device's tab."""
    if device not in snippet.devices:
        needs = " and ".join(d.upper() if d == "cpu" else "CUDA" for d in snippet.devices)
        return _paragraph(f"This example runs on {needs} only.", "snippet-notice")
    if failure:
        rendered.problems.append(f"snippet '{snippet.name}' failed when it was captured on the CPU")
        message = _asset(rendered.outputs, f"{key}-failure", _output_html(failure))
        return '!!! failure "This snippet failed when it was captured"\n\n' + _indent(message) + "\n"
    if state := store.staleness(capture, snippet):
        if device == "cpu":
            rendered.problems.append(f"snippet '{snippet.name}' {state} on the CPU: {REFRESH_CPU}")
            return _paragraph(f"This snippet {state}: {REFRESH_CPU}.", "snippet-notice snippet-stale")
        if capture is None:
            return _paragraph(f"No CUDA capture yet: this output has not been recorded on a GPU ({REFRESH_GPU}).", "snippet-notice")
        return _paragraph(
            f"The CUDA output is out of date: the snippet changed after it was captured on "
            f"{capture['env']['device_name']}, so it is not shown ({REFRESH_GPU}).",
            "snippet-notice snippet-stale",
        )
    text = transcript(capture)
    drew = capture["graphs"] or capture["figures"]
    lines = [_asset(rendered.outputs, f"{key}-out", _output_html(text or "(no output)")), ""] if text or not drew else []
    for index, graph in enumerate(capture["graphs"]):
        if graph["svg"] is None:
            rendered.problems.append(
                f"graph '{graph['name']}' of snippet '{snippet.name}' ({device}) is not rendered to SVG: "
                "run `nox -s capture` where Graphviz is installed"
            )
            continue
        drawing = alt.labelled(_scoped(graph["svg"], scope), alt.describe_graph(graph))
        lines += [_asset(rendered.drawings, f"{key}-g{index}", f'<figure class="snippet-graph">{drawing}</figure>'), ""]
    for index, figure in enumerate(capture["figures"]):
        drawing = alt.labelled(_scoped(figure, scope), alt.describe_figure(figure))
        lines += [_asset(rendered.drawings, f"{key}-f{index}", f'<figure class="snippet-figure">{drawing}</figure>'), ""]
    lines.append(_paragraph(provenance(capture), "snippet-provenance"))
    return "\n".join(lines)


def put_outputs(html: str, outputs: dict[str, str]) -> str:
    """Swap placeholder paragraphs for captured outputs, leaving an empty slot for each drawing."""
    return ASSET_MARKER.sub(lambda match: outputs.get(match[1], f'<div data-drawing="{match[1]}"></div>'), html)


def put_drawings(html: str, drawings: dict[str, str]) -> str:
    """Fill the drawing slots of a finished page with their SVG."""
    return DRAWING_SLOT.sub(lambda match: drawings.get(match[1], match[0]), html)


def _output_html(text: str) -> str:
    """A captured output as the code block Markdown would make of it, without running a highlighter on plain text."""
    return f'<div class="language-text highlight"><pre><span></span><code>{html.escape(screen(text), quote=False)}\n</code></pre></div>'


def _scoped(drawing: str, scope: str) -> str:
    """A drawing whose ids are prefixed with `scope`, if given (so that a second embed does not repeat them)."""
    return svg.scope_ids(drawing, scope) if scope else drawing


def _asset(assets: dict[str, str], key: str, html: str) -> str:
    """Keep HTML aside and return a placeholder paragraph for it: Markdown would mangle SVG and re-highlight text."""
    assets[key] = html
    return f"{ASSET_PREFIX}{key}"


def _paragraph(text: str, classes: str) -> str:
    """A Markdown paragraph with CSS classes (attr_list)."""
    return text + "\n{: " + " ".join("." + name for name in classes.split()) + " }"


def provenance(capture: dict[str, Any]) -> str:
    """One line saying where an output came from."""
    env = capture["env"]
    parts = [f"torch {env['torch']}", f"Python {env['python']}", f"NumPy {env['numpy']}"]
    if env.get("cuda"):
        parts.append(f"CUDA {env['cuda']}")
    parts.append(env["device_name"])
    return "Captured with " + " · ".join(parts)


def transcript(capture: dict[str, Any]) -> str:
    """What a terminal would show: the output, then the traceback if the snippet raised."""
    text = capture["output"]
    if capture["exception"]:
        text += ("" if not text or text.endswith("\n") else "\n") + capture["exception"]["traceback"]
    return text.rstrip("\n")


def differs(captures: dict[str, dict[str, Any] | None]) -> bool:
    """Whether CPU and CUDA printed different things in substance (the "CPU ≠ CUDA" badge).

    Naming the device, where torch's C++ source lives, and (between captures from two torch versions)
    the wording of a warning or an error are not substance; values, types and which exception are.
    """
    cpu, cuda = captures.get("cpu"), captures.get("cuda")
    if not cpu or not cuda:
        return False
    wording = cpu["env"]["torch"] == cuda["env"]["torch"]
    return _substance(cpu, wording=wording) != _substance(cuda, wording=wording)


def _substance(capture: dict[str, Any], *, wording: bool) -> tuple[str, str | None, int | None, str | None]:
    """What a capture printed and how it ended, less what may differ between devices or torch versions alone."""
    output = screen(capture["output"])
    if not wording:
        output = WARNING.sub(r"\1\n", output)
    exception = capture["exception"]
    if exception is None:
        return _plain(output), None, None, None
    return _plain(output), exception["type"], exception["lineno"], _plain(exception["message"]) if wording else None


def _plain(text: str) -> str:
    """Text with device names made equal, `device=` in reprs and C++ source locations removed."""
    return DEVICE_KWARG.sub("", DEVICE_NAME.sub("DEVICE", TRIGGERED.sub("", text)))


def _fence(text: str, info: str) -> str:
    """A fenced code block long enough that no backtick run in `text` closes it."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{info}\n{text}\n{fence}"


def _indent(text: str) -> str:
    """Indent non-empty lines by four spaces (tab and admonition content)."""
    return "\n".join("    " + line if line.strip() else "" for line in text.splitlines())
