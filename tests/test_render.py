"""What a page's embed lines become, rendered in process by the site's own Markdown extensions (milliseconds a test).

Each test writes a small project (snippets, hand-written captures, a page) and converts the page with a
`markdown.Markdown` built from mkdocs.yml's extension list, so no engine, capture or subprocess is involved.
"""

from __future__ import annotations

import hashlib
import json
import re
import textwrap
from pathlib import Path
from typing import Any

import markdown
import pytest
import yaml
from conftest import REPO

from docexec import store
from docexec.config import mkdocs_settings
from docexec.extension import EmbedError


class Site:
    """A project in a folder: write snippets, captures and a page, then render the page as the site would."""

    def __init__(self, root: Path) -> None:
        self.root = root
        (root / "pyproject.toml").write_text("[tool.docexec]\n")
        for folder in ("snippets", "captures", "docs"):
            (root / folder).mkdir()

    def snippet(self, name: str, source: str) -> str:
        """Write snippets/NAME; return its source."""
        path = self.root / "snippets" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source)
        return source

    def capture(self, device: str, name: str, output: str, **fields: Any) -> None:
        """Write the capture a run of snippet NAME on DEVICE would have left, printing OUTPUT."""
        source = (self.root / "snippets" / name).read_text()
        capture = {
            "snippet": name, "device": device, "source_sha256": hashlib.sha256(source.encode()).hexdigest(),
            "format": store.FORMAT, "env": {"python": "3.11", "torch": "2.13.0+cpu", "numpy": "2.4.6", "device": device,
                                            "device_name": "CPU" if device == "cpu" else "NVIDIA Test GPU"},
            "output": output, "truncated": False, "exception": None, "graphs": [], "figures": [], **fields,
        }
        path = self.root / "captures" / device / Path(name).with_suffix(".json")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(capture))

    def render(self, page: str, problems: str = "fail", highlight: dict[str, Any] | None = None) -> str:
        """docs/page.md as the site's Markdown extensions render it (with other highlighting settings, if given)."""
        text = textwrap.dedent(page).lstrip()
        (self.root / "docs" / "page.md").write_text(text)
        extensions: list[str] = []
        configs: dict[str, dict[str, Any]] = {}
        for item in mkdocs_settings(REPO)["markdown_extensions"]:
            name, config = next(iter(item.items())) if isinstance(item, dict) else (item, None)
            extensions.append(name)
            configs[name] = dict(config or {})
        configs["docexec.extension"] = {"project": str(self.root), "problems": problems}
        configs["pymdownx.highlight"] = {**configs.get("pymdownx.highlight", {}), **(highlight or {})}
        (self.root / "mkdocs.yml").write_text(yaml.safe_dump({"site_name": "Test", "markdown_extensions": [
            {name: configs[name]} if configs[name] and name != "docexec.extension" else name for name in extensions]}))
        return markdown.Markdown(extensions=extensions, extension_configs=configs).convert(text)


@pytest.fixture
def pages(tmp_path: Path) -> Site:
    return Site(tmp_path)


def test_render_tests_are_in_the_fast_tier(pages: Site, request: pytest.FixtureRequest) -> None:
    # conftest marks slow by fixture name: one of this file's named like a slow fixture would drop them all.
    assert request.node.get_closest_marker("slow") is None


def test_an_embed_shows_the_code_and_each_devices_output(pages: Site) -> None:
    pages.snippet("demo/ones.py", "import torch\nprint(torch.ones(2))\n")
    pages.capture("cpu", "demo/ones.py", "tensor([1., 1.])\n")
    pages.capture("cuda", "demo/ones.py", "tensor([1., 1.], device='cuda:0')\n")
    html = pages.render("# Page\n\n::snippet demo/ones.py\n")
    assert 'data-snippet="demo/ones.py"' in html
    assert "<code>tensor([1., 1.])" in html and "<code>tensor([1., 1.], device='cuda:0')" in html
    assert "CUDA · NVIDIA Test GPU" in html and "::snippet" not in html


def test_an_embed_in_a_comment_or_in_fenced_code_is_neither_shown_nor_counted(pages: Site) -> None:
    pages.snippet("demo/ones.py", "print(1)\n")
    pages.capture("cpu", "demo/ones.py", "1\n")
    page = """
        # Page

        <!--
        ::snippet demo/ones.py
        -->

        ```text
        ::snippet demo/ones.py
        ```
        """
    with pytest.raises(EmbedError, match="snippet 'demo/ones.py' is not embedded in any page"):
        pages.render(page)
    html = pages.render(page, problems="warn")
    assert "data-snippet" not in html
    assert "<!--\n::snippet demo/ones.py\n-->" in html  # the comment as written
    assert "<code>::snippet demo/ones.py" in html  # the code block as written


def test_an_exercise_folds_its_output_and_its_why(pages: Site) -> None:
    pages.snippet("demo/exercise_sum.py", "print(1 + 1)\n")
    pages.capture("cpu", "demo/exercise_sum.py", "2\n")
    html = pages.render("# Page\n\n::snippet demo/exercise_sum.py exercise\n    One and one make two.\n")
    folded = html[html.index("<details"):]
    assert "Show the output" in folded and "One and one make two." in folded
    assert html.index("print") < html.index("<details")  # the code shows; the answer waits


def test_a_gpu_claim_says_it_awaits_a_gpu_run_until_the_cuda_capture_is_current(pages: Site) -> None:
    pages.snippet("demo/race.py", "print('raced')\n")
    pages.capture("cpu", "demo/race.py", "raced\n")
    page = "# Page\n\nOn a GPU it races.\n\n::gpu-claim demo/race.py\n\n::snippet demo/race.py\n"
    assert "Awaits a GPU run" in pages.render(page) and "race.py" in pages.render(page)
    pages.capture("cuda", "demo/race.py", "raced\n")
    html = pages.render(page)
    assert "Awaits a GPU run" not in html and "::gpu-claim" not in html
    pages.snippet("demo/race.py", "print('raced again')\n")  # edited since the GPU ran it
    pages.capture("cpu", "demo/race.py", "raced again\n")
    assert "Awaits a GPU run" in pages.render(page)


@pytest.mark.parametrize(("line", "problem"), [
    ("::gpu-claim demo/nowhere.py", "names no snippet 'demo/nowhere.py'"),
    ("::gpu-claim", "names no snippet: write"),
    ("::snippet demo/nowhere.py", "no snippet 'demo/nowhere.py'"),
])
def test_a_line_that_cannot_be_shown_fails_naming_page_and_line(pages: Site, line: str, problem: str) -> None:
    pages.snippet("demo/ones.py", "print(1)\n")
    pages.capture("cpu", "demo/ones.py", "1\n")
    # An HTML block (set aside as three lines) and an embed (many) come first: the line is still the page's 9.
    with pytest.raises(EmbedError, match=r"page\.md:9: .*") as error:
        pages.render(f"# Page\n\n<!-- a note -->\n\n::snippet demo/ones.py\n\nSome prose.\n\n{line}\n")
    assert problem in str(error.value)


@pytest.mark.parametrize("page", [
    "# Page\n\n- a list item\n\n    ::snippet demo/ones.py\n",
    "# Page\n\n!!! note\n    ::snippet demo/ones.py\n",
    "# Page\n\n=== \"Tab\"\n\n    Text.\n\n    ::gpu-claim demo/ones.py\n",
    "# Page\n\nText.\n\n> ::snippet demo/ones.py\n",
    "# Page\n\n<div markdown>\n\n::snippet demo/ones.py\n\n</div>\n",
])
def test_a_directive_markdown_would_show_as_text_fails_naming_page_and_line(pages: Site, page: str) -> None:
    pages.snippet("demo/ones.py", "print(1)\n")
    pages.capture("cpu", "demo/ones.py", "1\n")
    (pages.root / "docs" / "chapter.md").write_text("# Chapter\n\n::snippet demo/ones.py\n")  # shown there
    line = next(number for number, text in enumerate(page.splitlines(), 1) if "::" in text)
    with pytest.raises(EmbedError, match=rf"page\.md:{line}: `::\S+ demo/ones.py` would show as text"):
        pages.render(page)


def test_an_embed_in_indented_code_is_code(pages: Site) -> None:
    html = pages.render("# Page\n\nAn example of the syntax:\n\n    ::snippet demo/ones.py\n")
    assert "<code>::snippet demo/ones.py" in html


def test_problems_are_warnings_when_the_engine_asks(pages: Site, caplog: pytest.LogCaptureFixture) -> None:
    """What the MkDocs hook sets (`problems: warn`): strict builds count the warning, `mkdocs serve` survives it."""
    html = pages.render("# Page\n\n::snippet demo/nowhere.py\n", problems="warn")
    assert "Broken snippet embed" in html
    assert [record.levelname for record in caplog.records] == ["WARNING"]
    assert "page.md:3: no snippet 'demo/nowhere.py'" in caplog.records[0].getMessage()


def test_ids_stay_unique_with_line_anchors_on(pages: Site) -> None:
    """With numbered, anchored lines the page's own fenced-code extension numbers every block, embedded or not."""
    for name in ("demo/one.py", "demo/two.py"):
        pages.snippet(name, "a = 1\nprint(a)\n")
        pages.capture("cpu", name, "1\n")
    html = pages.render("# Page\n\n```python\nx = 1\n```\n\n::snippet demo/one.py\n\n::snippet demo/two.py\n",
                       highlight={"anchor_linenums": True, "linenums": True})
    ids = re.findall(r'\bid="([^"]+)"', html)
    assert any(id.startswith("__codelineno-") for id in ids)
    assert len(ids) == len(set(ids)), sorted(id for id in ids if ids.count(id) > 1)


def test_the_home_page_counts_the_examples_the_pages_show(pages: Site) -> None:
    """`::outputs` on a page with no embeds speaks for the site: the snippets the pages show, not every file."""
    pages.snippet("demo/shown.py", "print(1)\n")
    pages.capture("cpu", "demo/shown.py", "1\n")
    pages.snippet("demo/commented.py", "print(2)\n")
    pages.capture("cpu", "demo/commented.py", "2\n")
    (pages.root / "docs" / "chapter.md").write_text("# Chapter\n\n::snippet demo/shown.py\n\n<!--\n::snippet demo/commented.py\n-->\n")
    with pytest.raises(EmbedError, match="snippet 'demo/commented.py' is not embedded in any page"):
        pages.render("# Home\n\n::outputs\n")
    html = pages.render("# Home\n\n::outputs\n", problems="warn")
    assert "(its one example)" in html  # the commented-out one is not counted


def test_a_notebook_holds_what_its_page_shows(pages: Site) -> None:
    """The notebooks follow the same parse as the page: a commented-out embed is no code cell."""
    from docexec import notebook

    for name in ("demo/shown.py", "demo/commented.py"):
        pages.snippet(name, f"print({name!r})\n")
        pages.capture("cpu", name, f"{name}\n")
    pages.render("# Home\n", problems="warn")  # writes mkdocs.yml with the site's Markdown extensions
    # Python-Markdown sets an HTML block aside as one line and adds two blank ones: the lines after it move down.
    (pages.root / "docs" / "chapter.md").write_text(
        "# Chapter\n\n<!-- ::snippet demo/commented.py -->\n\n::snippet demo/shown.py\n\nProse after.\n")
    [(path, text)] = [(path, text) for path, text in notebook.generate(pages.root).items() if path.stem == "chapter"]
    cells = json.loads(text)["cells"]
    code = ["".join(cell["source"]) for cell in cells if cell["cell_type"] == "code"]
    prose = "".join("".join(cell["source"]) for cell in cells if cell["cell_type"] == "markdown")
    assert any("demo/shown.py" in source for source in code)
    assert not any("demo/commented.py" in source for source in code)
    assert "::snippet demo/shown.py" not in prose and "Prose after." in prose, prose


def test_a_picture_shows_its_drawing_first_and_folds_the_code_that_draws_it(pages: Site) -> None:
    pages.snippet("demo/layout_figure.py", "import matplotlib.pyplot as plt\nplt.plot([1, 2])\nplt.show()\n")
    pages.capture("cpu", "demo/layout_figure.py", "", figures=['<svg xmlns="http://www.w3.org/2000/svg"><title>t</title></svg>'])
    html = pages.render("# Page\n\n::snippet demo/layout_figure.py picture\n")
    folded = html.index("Show the code that draws this")
    assert html.index("<svg") < folded < html.index('<span class="filename">layout_figure.py')  # picture, then code
    assert "Download layout_figure.py" in html[folded:]  # still there to copy and download
