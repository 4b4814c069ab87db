"""What a page's embed lines become, rendered in process by the site's own Markdown extensions (milliseconds a test).

Each test writes a small project (snippets, hand-written captures, a page) and converts the page with a
`markdown.Markdown` built from mkdocs.yml's extension list, so no engine, capture or subprocess is involved.
"""

from __future__ import annotations

import hashlib
import json
import textwrap
from pathlib import Path
from typing import Any

import markdown
import pytest
from conftest import REPO

from docexec import store
from docexec.config import mkdocs_settings
from docexec.extension import EmbedError


class Site:
    """A project in a folder: write snippets, captures and a page, then render the page as the site would."""

    def __init__(self, root: Path) -> None:
        self.root = root
        (root / "pyproject.toml").write_text("[tool.docexec]\n")
        (root / "mkdocs.yml").write_text("site_name: Test\n")
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

    def render(self, page: str) -> str:
        """docs/page.md as the site's Markdown extensions render it."""
        text = textwrap.dedent(page).lstrip()
        (self.root / "docs" / "page.md").write_text(text)
        extensions: list[str] = []
        configs: dict[str, dict[str, Any]] = {}
        for item in mkdocs_settings(REPO)["markdown_extensions"]:
            name, config = next(iter(item.items())) if isinstance(item, dict) else (item, None)
            extensions.append(name)
            configs[name] = {"project": str(self.root)} if name == "docexec.extension" else (config or {})
        return markdown.Markdown(extensions=extensions, extension_configs=configs).convert(text)


@pytest.fixture
def site(tmp_path: Path) -> Site:
    return Site(tmp_path)


def test_an_embed_shows_the_code_and_each_devices_output(site: Site) -> None:
    site.snippet("demo/ones.py", "import torch\nprint(torch.ones(2))\n")
    site.capture("cpu", "demo/ones.py", "tensor([1., 1.])\n")
    site.capture("cuda", "demo/ones.py", "tensor([1., 1.], device='cuda:0')\n")
    html = site.render("# Page\n\n::snippet demo/ones.py\n")
    assert 'data-snippet="demo/ones.py"' in html
    assert "<code>tensor([1., 1.])" in html and "<code>tensor([1., 1.], device='cuda:0')" in html
    assert "CUDA · NVIDIA Test GPU" in html and "::snippet" not in html


def test_an_embed_in_a_comment_or_in_fenced_code_is_not_shown(site: Site) -> None:
    site.snippet("demo/ones.py", "print(1)\n")
    site.capture("cpu", "demo/ones.py", "1\n")
    html = site.render("""
        # Page

        <!--
        ::snippet demo/ones.py
        -->

        ```text
        ::snippet demo/ones.py
        ```
        """)
    assert "data-snippet" not in html
    assert "<!--\n::snippet demo/ones.py\n-->" in html  # the comment as written
    assert "<code>::snippet demo/ones.py" in html  # the code block as written


def test_an_exercise_folds_its_output_and_its_why(site: Site) -> None:
    site.snippet("demo/exercise_sum.py", "print(1 + 1)\n")
    site.capture("cpu", "demo/exercise_sum.py", "2\n")
    html = site.render("# Page\n\n::snippet demo/exercise_sum.py exercise\n    One and one make two.\n")
    folded = html[html.index("<details"):]
    assert "Show the output" in folded and "One and one make two." in folded
    assert html.index("print") < html.index("<details")  # the code shows; the answer waits


def test_a_gpu_claim_says_it_awaits_a_gpu_run_until_the_cuda_capture_is_current(site: Site) -> None:
    site.snippet("demo/race.py", "print('raced')\n")
    site.capture("cpu", "demo/race.py", "raced\n")
    page = "# Page\n\nOn a GPU it races.\n\n::gpu-claim demo/race.py\n\n::snippet demo/race.py\n"
    assert "Awaits a GPU run" in site.render(page) and "race.py" in site.render(page)
    site.capture("cuda", "demo/race.py", "raced\n")
    html = site.render(page)
    assert "Awaits a GPU run" not in html and "::gpu-claim" not in html
    site.snippet("demo/race.py", "print('raced again')\n")  # edited since the GPU ran it
    site.capture("cpu", "demo/race.py", "raced again\n")
    assert "Awaits a GPU run" in site.render(page)


@pytest.mark.parametrize(("line", "problem"), [
    ("::gpu-claim demo/nowhere.py", "names no snippet 'demo/nowhere.py'"),
    ("::gpu-claim", "names no snippet: write"),
    ("::snippet demo/nowhere.py", "no snippet 'demo/nowhere.py'"),
])
def test_a_line_that_cannot_be_shown_fails_naming_page_and_line(site: Site, line: str, problem: str) -> None:
    with pytest.raises(EmbedError, match=r"page\.md:5: .*") as error:
        site.render(f"# Page\n\nSome prose.\n\n{line}\n")
    assert problem in str(error.value)
