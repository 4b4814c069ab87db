"""Turn a snippet and its captures into what a page shows: Markdown for the structure,
HTML set aside for the outputs."""

from __future__ import annotations

import base64
import html
import posixpath
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from docexec import alt, store, svg
from docexec.compare import Difference, compare, release_note
from docexec.discover import Snippet
from docexec.pages import Embed
from docexec.terminal import screen

REFRESH_CPU = "run `nox -s capture` (or `python -m docexec capture`)"
REFRESH_GPU = "README.md, 'Refresh the GPU outputs', says how"

Stash = Callable[[str], str]  # keeps HTML away from Markdown; returns the placeholder that stands for it


@dataclass
class Rendered:
    """Markdown for one embed, and problems that must fail a strict build."""

    markdown: str
    problems: list[str] = field(default_factory=list)


def embed(
    snippet: Snippet,
    embed: Embed,
    captures: dict[str, dict[str, Any] | None],
    *,
    gpu_label: str,
    stash: Stash,
    ids: Callable[[], str],
    code: Callable[[str], str],
    failure: str | None = None,
    changes: list[tuple[str, str]] | None = None,
) -> Rendered:
    """Render the code, the per-device output tabs, graphs, figures and provenance of one snippet.

    `ids` gives each drawing an id prefix no other on the page has; `code` turns a fenced code block into the Markdown
    that stands for it once highlighted; `failure` is why the last capture on the CPU failed (while previewing);
    `changes` links the reports of what a newer torch prints instead (label, Markdown link target relative to the page).
    """
    rendered = Rendered("")
    cpu, cuda = captures.get("cpu"), captures.get("cuda")
    difference = compare(cpu, cuda)
    shown = [
        code(_fence(snippet.source.rstrip("\n"), f'python title="{posixpath.basename(snippet.name)}"')),
        "",
        _meta(snippet, difference, changes),
        "",
    ]
    tabs: list[str] = []
    for device, label in (("cpu", "CPU"), ("cuda", gpu_label)):
        release = device == "cuda" and difference is Difference.RELEASE
        note = release_note(cpu, cuda) if release and cpu and cuda else ""  # RELEASE: compare() had both
        # An output the CPU tab already shows in substance is indexed for search once, there.
        indexed = device == "cpu" or difference in (None, Difference.SUBSTANCE)
        body = _tab_body(
            snippet,
            device,
            captures.get(device),
            rendered,
            stash,
            ids,
            failure if device == "cpu" else None,
            note,
            indexed,
        )
        tabs += [f'=== "{label}"', "", _indent(body), ""]
    why = (
        [_paragraph(f"**Why:** {embed.note}" if "exercise" in embed.options else embed.note, "snippet-note"), ""]
        if embed.note
        else []
    )
    if "exercise" in embed.options:  # predict the output: the code shows, its output and the why are folded
        parts = [*shown, '??? question "Show the output"', "", _indent("\n".join(tabs + why))]
    elif "solution" in embed.options:  # write the code: the answer, code and output, is folded as a whole
        parts = ['??? success "Show a solution"', "", _indent("\n".join(shown + tabs + why))]
    elif "picture" in embed.options:  # a drawing: the picture where the reader needs it, the drawing code folded
        parts = [*tabs, '??? note "Show the code that draws this"', "", _indent("\n".join(shown))]
    else:
        parts = shown + tabs
    opening = f'<div class="snippet" data-snippet="{html.escape(snippet.name)}">'
    rendered.markdown = "\n".join([stash(opening), "", *parts, "", stash("</div>")]) + "\n"
    return rendered


def _meta(snippet: Snippet, difference: Difference | None, changes: list[tuple[str, str]] | None) -> str:
    """The line under the code: the file to download (exactly the bytes that ran), the badge,
    what newer torch changes."""
    filename = html.escape(posixpath.basename(snippet.name))
    href = "data:text/x-python;base64," + base64.b64encode(snippet.data).decode()
    parts = [f'<a class="snippet-download" href="{href}" download="{filename}">Download {filename}</a>']
    if difference is Difference.SUBSTANCE:
        parts.append('<span class="snippet-badge" title="The CPU and CUDA outputs differ">CPU ≠ CUDA</span>')
    parts += [f"[{label}]({target}){{ .snippet-drift }}" for label, target in changes or []]
    return _paragraph(" ".join(parts), "snippet-meta", unsearched=True)


def _tab_body(
    snippet: Snippet,
    device: str,
    capture: dict[str, Any] | None,
    rendered: Rendered,
    stash: Stash,
    ids: Callable[[], str],
    failure: str | None,
    note: str,
    indexed: bool,
) -> str:
    """The contents of one device's tab."""
    if device not in snippet.devices:
        needs = " and ".join(d.upper() if d == "cpu" else "CUDA" for d in snippet.devices)
        return _paragraph(f"This example runs on {needs} only.", "snippet-notice", unsearched=True)
    if failure:
        rendered.problems.append(f"snippet '{snippet.name}' failed when it was captured on the CPU")
        return (
            '!!! failure "This snippet failed when it was captured"\n\n' + _indent(stash(_output_html(failure))) + "\n"
        )
    if state := store.staleness(capture, snippet):
        if device == "cpu":
            rendered.problems.append(f"snippet '{snippet.name}' {state} on the CPU: {REFRESH_CPU}")
            return _paragraph(f"This snippet {state}: {REFRESH_CPU}.", "snippet-notice snippet-stale", unsearched=True)
        return _paragraph(pending_notice(capture), "snippet-notice snippet-pending", unsearched=True)
    assert capture is not None  # staleness() found it current
    text = transcript(capture)
    drew = capture["graphs"] or capture["figures"]
    lines = [stash(_output_html(text or "(no output)", indexed)), ""] if text or not drew else []
    for graph in capture["graphs"]:
        if graph["svg"] is None:
            rendered.problems.append(
                f"graph '{graph['name']}' of snippet '{snippet.name}' ({device}) is not rendered to SVG: "
                "run `nox -s capture` where Graphviz is installed"
            )
            continue
        lines += [stash(_drawing("snippet-graph", graph["svg"], alt.describe_graph(graph), ids())), ""]
    for figure in capture["figures"]:
        lines += [stash(_drawing("snippet-figure", figure, alt.describe_figure(figure), ids())), ""]
    lines.append(
        stash(
            f'<p class="snippet-provenance" data-search-exclude>{html.escape(provenance(capture))}'
            + (f' <span class="snippet-release">{html.escape(note)}</span>' if note else "")
            + "</p>"
        )
    )
    return "\n".join(lines)


def pending_notice(capture: dict[str, Any] | None) -> str:
    """What a CUDA tab says in place of an output no GPU has produced for this source yet."""
    if capture is None:
        return f"Pending a GPU run: this example has not been run on a GPU yet ({REFRESH_GPU})."
    return (
        f"Pending a GPU run: this example changed after it was run on {capture['env']['device_name']}, "
        f"so that output is not shown ({REFRESH_GPU})."
    )


def _drawing(kind: str, drawing: str, description: str, prefix: str) -> str:
    """A graph or figure as inline SVG with short ids, described in words,
    left out of the search index (its text is not prose)."""
    return (
        f'<figure class="{kind}" data-search-exclude>{alt.labelled(svg.compact(drawing, prefix), description)}</figure>'
    )


def _output_html(text: str, indexed: bool = True) -> str:
    """A captured output as the code block Markdown would make of it, without running a highlighter on plain text."""
    unsearched = "" if indexed else " data-search-exclude"
    return (
        f'<div class="language-text highlight"{unsearched}><pre><span></span><code>'
        f"{html.escape(screen(text), quote=False)}\n</code></pre></div>"
    )


def _paragraph(text: str, classes: str, *, unsearched: bool = False) -> str:
    """A Markdown paragraph with CSS classes (attr_list); `unsearched`: left out of the search index, as notices are."""
    return (
        text
        + "\n{: "
        + " ".join("." + name for name in classes.split())
        + (" data-search-exclude" if unsearched else "")
        + " }"
    )


def provenance(capture: dict[str, Any]) -> str:
    """One line saying where an output came from."""
    env = capture["env"]
    parts = [f"torch {env['torch']}", f"Python {env['python']}", f"NumPy {env['numpy']}"]
    if env.get("cuda"):
        parts.append(f"CUDA {env['cuda']}")
    parts.append(env["device_name"])
    return "Captured with " + " · ".join(parts)


@dataclass
class Outputs:
    """Which of a page's examples have an output on one device: the captures made from their current source."""

    device: str
    examples: int  # examples that run on the device
    current: list[dict[str, Any]]

    @property
    def where(self) -> str:
        """The machines and torch releases the outputs come from: "NVIDIA H200 with torch 2.11.0"."""
        machines = _listing(sorted({c["env"]["device_name"] for c in self.current}))
        return (
            f"{'a CPU' if self.device == 'cpu' else machines} with "
            f"{_listing(sorted({'torch ' + c['env']['torch'] for c in self.current}))}"
        )

    @property
    def count(self) -> str:
        """ "all 37 examples", "35 of its 37 examples", "its one example"."""
        if len(self.current) == self.examples:
            return "its one example" if self.examples == 1 else f"all {self.examples} examples"
        return f"{len(self.current)} of its {self.examples} examples"


def outputs(snippets: Iterable[Snippet], read: Callable[[str, str], dict[str, Any] | None]) -> dict[str, Outputs]:
    """For each device some example runs on, which outputs exist (`read(device, name)` reads a capture)."""
    examples = list({snippet.name: snippet for snippet in snippets}.values())  # a snippet embedded twice is one example
    found = {}
    for device in ("cpu", "cuda"):
        runs = [s for s in examples if device in s.devices]
        if runs:
            found[device] = Outputs(
                device, len(runs), [c for s in runs if (c := read(device, s.name)) and store.staleness(c, s) is None]
            )
    return found


def outputs_sentence(found: dict[str, Outputs], where: str = "on this page") -> str:
    """The sentence of a chapter (or of the site) saying where its outputs come from,
    derived from its captures at build time."""
    parts = []
    for device, shown in found.items():
        pending = shown.examples - len(shown.current)
        if device == "cpu":
            parts.append(f"on {shown.where} ({shown.count})" if shown.current else "on a CPU: none yet")
        elif not shown.current:
            parts.append(
                f"in the CUDA tabs, on a GPU: none yet (all {shown.examples} are pending a GPU run, "
                "and their tabs say so)"
            )
        else:
            others = "the other one is" if pending == 1 else f"the other {pending} are"
            parts.append(
                f"in the CUDA tabs, on {shown.where} ({shown.count}"
                + (f"; {others} pending a GPU run, and their tabs say so)" if pending else ")")
            )
    return f"Every output {where} is what its example printed when it ran: " + ", and ".join(parts) + "."


def gpu_claim_note(pending: list[str]) -> str:
    """The note under prose about what a GPU prints,
    while the snippets it rests on await a GPU run ("" once none do)."""
    if not pending:
        return ""
    names = _listing([f"`{posixpath.basename(name)}`" for name in pending])
    one = len(pending) == 1
    return (
        f"**Awaits a GPU run:** what the text above says about the GPU is what {names} "
        f"{'is' if one else 'are'} designed to show; {'it has' if one else 'they have'} not yet run on a GPU in "
        f"{'its' if one else 'their'} current form."
    )


def _listing(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    return " and ".join(items) if len(items) < 3 else ", ".join(items[:-1]) + " and " + items[-1]


def transcript(capture: dict[str, Any]) -> str:
    """What a terminal would show: the output, then the traceback if the snippet raised."""
    text: str = capture["output"]
    if capture["exception"]:
        text += ("" if not text or text.endswith("\n") else "\n") + capture["exception"]["traceback"]
    return text.rstrip("\n")


def _fence(text: str, info: str) -> str:
    """A fenced code block long enough that no backtick run in `text` closes it."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{info}\n{text}\n{fence}"


def _indent(text: str) -> str:
    """Indent non-empty lines by four spaces (tab and admonition content)."""
    return "\n".join("    " + line if line.strip() else "" for line in text.splitlines())
