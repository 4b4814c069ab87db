"""The built site in a real browser: headless system Chromium against a strict build served from 127.0.0.1."""

from __future__ import annotations

import base64
import importlib.util
import json
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urljoin, urlparse

import accessibility
import pytest
from conftest import REPO, require

from bench import pageweight
from docexec import config as settings
from docexec import notebook, parse, store
from docexec.config import mkdocs_settings
from docexec.discover import load_snippet

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Page

CHROMIUM = Path(pageweight.CHROMIUM)
CONFIG = settings.load(REPO)
FIGURES = "figure.snippet-graph, figure.snippet-figure"
SNIPPET_BLOCK = "div.highlight:has(> span.filename)"


@dataclass
class Visitor:
    """A browser context on the site, and everything its pages did that an offline, error-free site must not do."""

    context: BrowserContext
    page: Page
    problems: list[str] = field(default_factory=list)

    def open(self, path: str, *, until: Literal["load", "networkidle"] = "load") -> Page:
        """Load a page of the site; "networkidle" also waits for what it fetches later (the search index)."""
        self.page.goto(path, wait_until=until)
        return self.page


def nav_pages(nav: list[Any] | None = None) -> list[str]:
    """The Markdown and notebook files of the nav, in reading order."""
    pages: list[str] = []
    for item in mkdocs_settings(REPO)["nav"] if nav is None else nav:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        pages += nav_pages(value) if isinstance(value, list) else [value]
    return pages


def url_of(source: str) -> str:
    """The site path of a page built from docs/SOURCE (directory URLs)."""
    stem = source.rsplit(".", 1)[0]
    return "" if stem == "index" else f"{stem}/"


def snippets_on(page: Page) -> list[Path]:
    """The snippet files a page embeds, in order (each embed is a `div.snippet` naming its snippet)."""
    return [REPO / "snippets" / name for name in page.locator("div.snippet").evaluate_all("blocks => blocks.map(b => b.dataset.snippet)")]


def downloaded(href: str) -> bytes:
    """The bytes a snippet's download link saves: it carries them itself, as a data: URL."""
    header, _, data = href.partition(",")
    assert header == "data:text/x-python;base64", header
    return base64.b64decode(data)


def shown_capture(device: str, snippet: Path) -> dict[str, Any] | None:
    """The capture a device's tab shows for a snippet file: one made from its current source, or None."""
    name = snippet.relative_to(REPO / "snippets").as_posix()
    capture = store.read(CONFIG, device, name)
    return capture if capture and store.staleness(capture, load_snippet(CONFIG, snippet)) is None else None


def capture_of(snippet: Path) -> dict[str, Any]:
    """The CPU capture of a snippet file (empty for a snippet that runs on CUDA only)."""
    path = (REPO / "captures" / "cpu" / snippet.relative_to(REPO / "snippets")).with_suffix(".json")
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"output": "", "exception": None}


def luminance(css_color: str) -> float:
    """Relative brightness (0 black, 1 white) of a computed `rgb(...)` colour."""
    red, green, blue = (int(part) / 255 for part in re.findall(r"\d+", css_color)[:3])
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


@pytest.fixture(scope="session")
def base_url(site: Path) -> Iterator[str]:
    """The built site served by a plain static file server on 127.0.0.1, as GitHub Pages would serve it."""
    with pageweight.serve(site) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """The system's Chromium, headless, driven by Playwright (never a downloaded browser)."""
    require(CHROMIUM.exists(), f"{CHROMIUM} is not installed")
    require(importlib.util.find_spec("playwright") is not None, "the playwright package is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=pageweight.CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def visitor(browser: Browser, base_url: str) -> Iterator[Visitor]:
    """A fresh browser context on the site that records console errors, failed requests and requests to other hosts."""
    context = browser.new_context(base_url=base_url, permissions=["clipboard-read", "clipboard-write"])
    visitor = Visitor(context, context.new_page())
    problem = visitor.problems.append

    def on_request(request: Any) -> None:
        url = urlparse(request.url)
        if url.scheme in {"http", "https", "ws", "wss"} and url.hostname != "127.0.0.1":
            problem(f"request to another host: {request.url}")

    def on_response(response: Any) -> None:
        if response.status >= 400:
            problem(f"HTTP {response.status}: {response.url}")

    def on_console(message: Any) -> None:
        if message.type == "error":
            problem(f"console error on {message.page and message.page.url}: {message.text}")

    context.on("request", on_request)
    context.on("response", on_response)
    context.on("console", on_console)
    context.on("requestfailed", lambda request: problem(f"failed request: {request.url} ({request.failure})"))
    context.on("weberror", lambda error: problem(f"script error on {error.page and error.page.url}: {error.error}"))
    # As if offline: anything not from the local server is refused (and was recorded above).
    context.route(lambda url: urlparse(url).hostname not in {"127.0.0.1", None}, lambda route: route.abort())
    yield visitor
    context.close()


def test_home_page_states_the_pinned_torch_version_of_the_cpu_outputs(site: Path) -> None:
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    pin = next(req.split("==")[1] for req in pyproject["dependency-groups"]["capture"] if str(req).startswith("torch=="))
    text = " ".join(re.sub(r"<[^>]+>", " ", (site / "index.html").read_text(encoding="utf-8")).split())
    assert set(re.findall(r"on a CPU with torch (\d+\.\d+\.\d+)", text)) == {pin}


@pytest.mark.browser
def test_every_page_loads_without_errors_and_asks_no_other_host(visitor: Visitor, site: Path) -> None:
    pages = sorted(path.parent.relative_to(site).as_posix() for path in site.rglob("index.html"))
    assert len(pages) >= len(nav_pages())
    tabs = []
    for path in pages:  # all at once, each in its own tab: the waits for quiet overlap
        tab = visitor.context.new_page()
        tab.goto("" if path == "." else f"{path}/", wait_until="commit")
        tabs.append(tab)
    for tab in tabs:
        tab.wait_for_load_state("networkidle")
        assert tab.locator("article.md-content__inner h1").count() == 1, f"{tab.url} has no content"
    assert visitor.problems == []


@pytest.mark.browser
def test_choosing_a_device_tab_chooses_it_in_every_snippet_of_the_page(visitor: Visitor) -> None:
    page = visitor.open("autograd/")
    checked = "[...document.querySelectorAll('.tabbed-set')].map(s => [...s.querySelectorAll(':scope > input')].findIndex(i => i.checked))"
    assert len(page.evaluate(checked)) > 10 and set(page.evaluate(checked)) == {0}
    page.locator(".tabbed-set").first.locator(".tabbed-labels > label").nth(1).click()
    folds = page.locator("details.question > summary, details.success > summary")  # exercises and solutions
    assert page.locator("details.question").count() > 0 and page.locator("details.success").count() > 0
    for index in range(folds.count()):  # folded away when the tab was chosen, they show the choice once opened
        folds.nth(index).click()
    assert set(page.evaluate(checked)) == {1}
    page.locator(".tabbed-set").last.locator(".tabbed-labels > label").nth(0).click()
    assert set(page.evaluate(checked)) == {0}


@pytest.mark.browser
def test_copy_button_copies_exactly_the_snippet_file(visitor: Visitor) -> None:
    page = visitor.open("autograd/")
    blocks = page.locator(SNIPPET_BLOCK)
    downloads = page.locator(f"{SNIPPET_BLOCK} + p.snippet-meta a.snippet-download").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    files = snippets_on(page)
    sources = [path.read_text(encoding="utf-8") for path in files]
    assert len(sources) == len(downloads) == blocks.count() > 10
    for href, path in zip(downloads, files):
        assert downloaded(href) == path.read_bytes(), f"download of {path.name}"
    # Clicking is slower: the first snippet, the longest, and one whose first line is a directive.
    chosen = {0, max(range(len(sources)), key=lambda i: len(sources[i])), next(i for i, s in enumerate(sources) if s.startswith("# raises"))}
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")  # a picture folds its code
    for index in sorted(chosen):
        page.evaluate("navigator.clipboard.writeText('')")
        blocks.nth(index).hover()
        blocks.nth(index).locator("button[data-md-type='copy']").click()
        copied = page.evaluate("navigator.clipboard.readText()")
        # Material trims the end of what it copies (a final newline, which Python does not need): all else is exact.
        assert copied + "\n" == sources[index], files[index].name


@pytest.mark.browser
def test_every_graph_and_figure_is_visible(visitor: Visitor, site: Path) -> None:
    pages = [url_of(source) for source in nav_pages() if re.search(r"snippet-(figure|graph)", (site / url_of(source) / "index.html").read_text())]
    assert pages
    for path in pages:
        assert_every_figure_shows(visitor.open(path), path)


def assert_every_figure_shows(page: Page, path: str) -> None:
    """With every fold open, each graph and figure of the page shows, with a size, under one device tab or the other."""
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    total = page.locator(FIGURES).count()
    seen: set[int] = set()
    labels = page.locator(".tabbed-set:not(details .tabbed-set)").first.locator(".tabbed-labels > label")
    for tab in range(labels.count()):
        labels.nth(tab).click()
        for index, figure in enumerate(page.evaluate(f"""[...document.querySelectorAll('{FIGURES}')].map(f => {{
            const box = f.getBoundingClientRect(), svg = f.querySelector('svg')?.getBoundingClientRect()
            return {{shown: f.checkVisibility({{visibilityProperty: true}}), width: box.width, height: box.height,
                     svgWidth: svg ? svg.width : 0, svgHeight: svg ? svg.height : 0}}
        }})""")):
            if figure["shown"]:
                assert min(figure.values()) > 0, f"{path}: figure {index} has no size: {figure}"
                seen.add(index)
    assert seen == set(range(total)), f"{path}: figures never shown: {sorted(set(range(total)) - seen)}"


@pytest.mark.browser
def test_output_with_angle_brackets_shows_them_literally(visitor: Visitor) -> None:
    page = visitor.open("autograd/")
    expected = [line for path in snippets_on(page) for line in capture_of(path)["output"].splitlines() if re.search(r"<\w+.*>", line)]
    assert expected, "no output on the page has an <...> repr to check"
    shown = page.locator(".tabbed-block pre").evaluate_all("blocks => blocks.map(b => b.textContent).join('\\n')")
    assert [line for line in expected if line not in shown] == []
    assert "&lt;" not in shown


@pytest.mark.browser
@pytest.mark.parametrize("term", ["retain_graph", "leaf Variable", "matmul", "keepdim", "einsum", "jvp", "state_dict", "DataLoader", "gather", "logsumexp",
                                  "CrossEntropyLoss", "AdamW", "torch.accelerator", "multinomial", "bfloat16"])
def test_search_finds_api_names_and_error_messages(visitor: Visitor, term: str) -> None:
    wanted = set()
    for source in nav_pages():
        text = (REPO / "docs" / source).read_text(encoding="utf-8")
        captured = [capture_of(REPO / "snippets" / name) for name in re.findall(r"^::snippet\s+(\S+)", text, re.M)]
        if term in text or any(term in c["output"] + json.dumps(c["exception"]) for c in captured):
            wanted.add(url_of(source))
    assert wanted
    page = visitor.open("", until="networkidle")
    page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").press_sequentially(term)  # typed: a filled-in value can beat the search worker
    page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
    found = {urlparse(urljoin(page.url, href)).path.lstrip("/") for href in page.locator(".md-search-result__item > a").evaluate_all("links => links.map(a => a.getAttribute('href').split('#')[0])")}
    assert found & wanted, f"searching {term!r} found {sorted(found)}, expected one of {sorted(wanted)}"


@pytest.mark.browser
def test_exercise_reveals_its_output_when_opened(visitor: Visitor) -> None:
    page = visitor.open("tensors/")
    exercise = page.locator("details.question").first
    output = exercise.locator(".tabbed-block pre").first
    assert exercise.get_attribute("open") is None and not output.is_visible()
    name = exercise.locator("xpath=ancestor::div[contains(@class, 'snippet')][1]").get_attribute("data-snippet")
    exercise.locator("summary").click()
    assert output.is_visible()
    first_line = capture_of(REPO / "snippets" / name)["output"].splitlines()[0]
    assert output.inner_text().splitlines()[0] == first_line


@pytest.mark.browser
def test_dark_palette_keeps_graphs_on_a_light_background(visitor: Visitor) -> None:
    page = visitor.open("computation-graphs/")
    scheme = "document.body.getAttribute('data-md-color-scheme')"
    for _ in range(3):  # automatic -> light -> dark
        if page.evaluate(scheme) == "slate":
            break
        page.locator("form[data-md-component='palette'] label:visible").first.click()
    assert page.evaluate(scheme) == "slate"
    page_background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    graph_background = page.locator("figure.snippet-graph").first.evaluate("f => getComputedStyle(f).backgroundColor")
    assert luminance(page_background) < 0.2 and luminance(graph_background) > 0.9


@pytest.mark.browser
def test_automatic_palette_follows_the_system_preference(browser: Browser, base_url: str) -> None:
    context = browser.new_context(base_url=base_url, color_scheme="dark")
    page = context.new_page()
    page.goto("tensors/")
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"
    context.close()


@pytest.mark.browser
def test_chapter_has_previous_next_table_of_contents_and_edit_links(visitor: Visitor) -> None:
    order = nav_pages()
    chapter = "tensors.md"
    page = visitor.open(url_of(chapter))
    position = order.index(chapter)

    def target(selector: str) -> str:
        return urlparse(urljoin(page.url, page.locator(selector).get_attribute("href"))).path.lstrip("/")

    assert target("a.md-footer__link--prev") == url_of(order[position - 1])
    assert target("a.md-footer__link--next") == url_of(order[position + 1])
    sections = page.locator("article h2[id]").evaluate_all("hs => hs.map(h => '#' + h.id)")
    toc = page.locator("nav.md-nav--secondary a.md-nav__link").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert sections and set(sections) <= set(toc)
    edit = mkdocs_settings(REPO)["edit_uri"]
    assert page.locator("a[rel='edit']").get_attribute("href") == edit + chapter


@pytest.mark.browser
def test_every_chapter_links_its_notebook_file_github_and_colab(visitor: Visitor) -> None:
    chapters = [path.name for path in notebook.chapters(REPO / "docs")]
    assert set(chapters) <= set(nav_pages())
    for chapter in chapters:
        page = visitor.open(url_of(chapter))
        ipynb = REPO / "docs" / "notebooks" / chapter.replace(".md", ".ipynb")
        download = page.locator(".chapter-notebook a[download]").get_attribute("href")
        assert page.request.get(urljoin(page.url, download)).body() == ipynb.read_bytes(), chapter
        hrefs = page.locator(".chapter-notebook a").evaluate_all("links => links.map(a => a.href)")
        path = f"/blob/main/docs/notebooks/{ipynb.name}"
        assert [h for h in hrefs if h.startswith("https://colab.research.google.com/github/")][0].endswith(path), chapter
        assert [h for h in hrefs if h.startswith("https://github.com/")][0].endswith(path), chapter


@pytest.mark.browser
def test_math_is_typeset_by_the_vendored_katex(visitor: Visitor) -> None:
    page = visitor.open("autograd/")
    page.wait_for_function("document.body.dataset.mathTypeset === 'true'")
    assert page.locator(".arithmatex").count() > 0
    assert page.locator(".arithmatex:not(:has(.katex))").count() == 0
    page = visitor.open("tensors/", until="networkidle")  # no math: KaTeX is not fetched
    assert page.locator(".arithmatex").count() == 0
    assert not page.evaluate("performance.getEntriesByType('resource').some(entry => entry.name.includes('/katex/'))")


# Accessibility: WCAG 2.2 AA on every page in both palettes (axe-core), and the keyboard alone.


@pytest.mark.browser
def test_every_page_passes_axe_in_light_and_dark(browser: Browser, base_url: str, site: Path) -> None:
    pages = accessibility.site_pages(site)
    assert {url_of(source) for source in nav_pages()} | {"404.html"} <= set(pages)
    context = browser.new_context(base_url=base_url, color_scheme="light")
    serve_under_site_url(context, base_url)
    try:
        found = accessibility.check(context, pages)
    finally:
        context.close()
    failing = [violation for violation in found if accessibility.allowed_by(violation) is None]
    assert not failing, f"{len(failing)} accessibility violations:\n{accessibility.report(failing)}"
    unused = [entry for entry in accessibility.ALLOWED if not any(accessibility.allowed_by(v) == entry for v in found)]
    assert not unused, f"allowed in tests/accessibility.py but no longer found: {unused}"


@pytest.mark.browser
def test_axe_check_reaches_folds_and_hidden_tabs_and_names_page_palette_rule_and_element(browser: Browser, tmp_path: Path) -> None:
    (tmp_path / "faint").mkdir()
    (tmp_path / "faint" / "index.html").write_text(
        '<!doctype html><html lang="en"><title>Faint</title><style>.tabbed-block + .tabbed-block { display: none }</style>'
        '<body><main><h1>Faint</h1><p id="shown" style="color: #bbb">Grey on white</p>'
        '<details><summary>Show the output</summary><p id="folded" style="color: #bbb">Folded away</p></details>'
        '<div class="tabbed-set"><div class="tabbed-content"><div class="tabbed-block"><p>CPU tab</p></div>'
        '<div class="tabbed-block"><p id="cuda" style="color: #bbb">CUDA tab, not chosen</p></div></div></div>'
        "</main></body></html>"
    )
    with pageweight.serve(tmp_path) as url:
        context = browser.new_context(base_url=url)
        try:
            found = accessibility.check(context, accessibility.site_pages(tmp_path))
        finally:
            context.close()
    assert {(v.page, v.palette, v.rule, v.target) for v in found} == {
        ("faint/", palette, "color-contrast", target) for palette in accessibility.PALETTES for target in ("#shown", "#folded", "#cuda")
    }
    assert "faint/ (light): color-contrast at #shown\n" in accessibility.report(found) and "Grey on white" in accessibility.report(found)


def serve_under_site_url(context: BrowserContext, base_url: str) -> None:
    """Answer requests for the site's own path (404.html links its assets absolutely, as served on GitHub Pages)."""
    prefix = base_url.rstrip("/") + urlparse(mkdocs_settings(REPO)["site_url"]).path
    context.route(f"{prefix}**", lambda route: route.continue_(url=base_url + route.request.url.removeprefix(prefix)))


def press_tab_until(page: Page, selector: str, *, limit: int = 200) -> None:
    """Press Tab until an element matching `selector` has the focus, as a reader without a mouse would."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("selector => document.activeElement.matches(selector)", selector):
            return
    pytest.fail(f"{limit} presses of Tab never reached {selector}")


def reach_by_keyboard(visitor: Visitor, path: str, selector: str, *, past_navigation: bool = True) -> Page:
    """Open a page and give `selector` the focus with Tab alone, which must show a ring on it.

    A control in the content is reached past the navigation: the first Tab reaches Material's "Skip to content" link,
    and Enter follows it."""
    page = visitor.open(path)
    page.wait_for_load_state("networkidle")  # and the search index, fetched after load
    if past_navigation:
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.matches('a.md-skip')"), "the first Tab should reach 'Skip to content'"
        page.keyboard.press("Enter")
    press_tab_until(page, selector)
    assert_focus_ring(page)
    return page


FOCUS_RING = r"""() => {
    let shown = document.activeElement
    if (shown === document.body) return null
    if (shown.matches("input[type=radio]")) {  // a device tab or the palette toggle: its label is what shows
      shown = shown.closest(".tabbed-set")?.querySelector(`label[for="${shown.id}"]`) ?? shown.nextElementSibling
    }
    const style = getComputedStyle(shown), width = parseFloat(style.outlineWidth), offset = parseFloat(style.outlineOffset)
    // What the ring is drawn over: the element itself for a ring inside it, else whatever lies just outside it.
    let under = shown
    if (offset >= 0) {
      const box = shown.getBoundingClientRect(), gap = offset + width / 2
      const x = box.left - gap >= 0 ? box.left - gap : box.right + gap
      under = document.elementsFromPoint(x, box.top + box.height / 2)
        .find(e => e !== shown && !shown.contains(e) && e.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
    }
    let background = [255, 255, 255]  // composed from the page up, as the eye sees it
    const layers = []
    for (let node = under ?? document.body; node; node = node.parentElement) {
      const [r, g, b, a = 1] = getComputedStyle(node).backgroundColor.match(/[\d.]+/g).map(Number)
      if (a > 0) layers.unshift([r, g, b, a])
      if (a >= 1) break
    }
    for (const [r, g, b, a] of layers) background = background.map((c, i) => [r, g, b][i] * a + c * (1 - a))
    return { element: shown.outerHTML.slice(0, 120), style: style.outlineStyle, width, color: style.outlineColor,
             background: `rgb(${background.map(Math.round).join(", ")})` }
}"""


def ring_problem(ring: dict[str, Any]) -> str | None:
    """Why a focus ring (from FOCUS_RING) would go unseen, or None: WCAG 2.4.7, at 3:1 against its surroundings (1.4.11)."""
    if ring["style"] in {"none", "hidden"} or ring["width"] < 1:
        return f"no focus ring: {ring}"
    if accessibility.contrast(ring["color"], ring["background"]) < 3:
        return f"focus ring too faint: {ring}"
    return None


def assert_focus_ring(page: Page) -> None:
    """The focused control, or the label that stands for a focused radio input, shows a ring of 3:1 contrast or more."""
    ring = page.evaluate(FOCUS_RING)
    assert ring is not None, "nothing has the focus"
    assert ring_problem(ring) is None, ring_problem(ring)


@pytest.mark.browser
@pytest.mark.parametrize("palette", accessibility.PALETTES)
def test_every_tab_stop_of_a_chapter_shows_a_focus_ring(visitor: Visitor, palette: Literal["light", "dark"]) -> None:
    visitor.page.emulate_media(color_scheme=palette)
    page = visitor.open("autograd/")
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == accessibility.PALETTES[palette]
    ring_once = f"""() => {{
        const focused = document.activeElement
        if (focused === document.body || focused.hasAttribute("data-ring-seen")) return null  // past the end, or round
        focused.setAttribute("data-ring-seen", "")
        return ({FOCUS_RING})()
    }}"""
    problems, stops = [], 0
    for _ in range(1000):
        page.keyboard.press("Tab")
        if (ring := page.evaluate(ring_once)) is None:
            break
        stops += 1
        if problem := ring_problem(ring):
            problems.append(problem)
    assert stops > 100 and problems == []


@pytest.mark.browser
def test_keyboard_switches_device_tabs_in_every_snippet(visitor: Visitor) -> None:
    page = reach_by_keyboard(visitor, "autograd/", ".tabbed-set > input")
    checked = "[...document.querySelectorAll('.tabbed-set:not(details .tabbed-set)')].map(s => [...s.querySelectorAll(':scope > input')].findIndex(i => i.checked))"
    assert set(page.evaluate(checked)) == {0}
    page.keyboard.press("ArrowRight")
    page.wait_for_function(f"new Set({checked}).size === 1 && {checked}[0] === 1")
    assert_focus_ring(page)


@pytest.mark.browser
def test_keyboard_copies_a_snippet(visitor: Visitor) -> None:
    page = reach_by_keyboard(visitor, "tensors/", f"{SNIPPET_BLOCK} button[data-md-type='copy']")
    page.evaluate("navigator.clipboard.writeText('')")
    name = page.evaluate("document.activeElement.closest('div.snippet').dataset.snippet")
    page.keyboard.press("Enter")
    page.wait_for_function("navigator.clipboard.readText().then(text => text !== '')")
    assert page.evaluate("navigator.clipboard.readText()") + "\n" == (REPO / "snippets" / name).read_text(encoding="utf-8")


@pytest.mark.browser
def test_keyboard_shows_an_exercise_output(visitor: Visitor) -> None:
    page = reach_by_keyboard(visitor, "tensors/", "details.question > summary")
    exercise = page.locator("details.question:has(> summary:focus)")
    assert not exercise.locator(".tabbed-block pre").first.is_visible()
    page.keyboard.press("Enter")
    assert exercise.get_attribute("open") is not None and exercise.locator(".tabbed-block pre").first.is_visible()


@pytest.mark.browser
def test_keyboard_searches_and_opens_a_result(visitor: Visitor) -> None:
    page = reach_by_keyboard(visitor, "", "input.md-search__input", past_navigation=False)
    page.keyboard.type("retain_graph")
    page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.matches('.md-search-result__link')")
    target = urlparse(urljoin(page.url, page.evaluate("document.activeElement.getAttribute('href')"))).path
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: urlparse(url).path == target)
    assert "retain_graph" in page.locator("article").inner_text()


@pytest.mark.browser
def test_keyboard_switches_the_palette(visitor: Visitor) -> None:
    page = reach_by_keyboard(visitor, "tensors/", "input.md-option", past_navigation=False)
    seen = set()
    for _ in range(3):  # automatic -> light -> dark -> automatic
        page.keyboard.press("Enter")
        seen.add(page.evaluate("document.body.getAttribute('data-md-color-scheme')"))
        assert_focus_ring(page)
    assert seen == {"default", "slate"}


# The same site built by Zensical, Material's successor: every chapter shows every example, and search finds them.


@pytest.fixture(scope="session")
def zensical_url(zensical_site: Path) -> Iterator[str]:
    """The Zensical build served by a plain static file server on 127.0.0.1."""
    with pageweight.serve(zensical_site) as url:
        yield url


@pytest.mark.browser
def test_zensical_site_shows_every_example_of_every_chapter_with_its_tabs_and_drawings(browser: Browser, zensical_url: str) -> None:
    context = browser.new_context(base_url=zensical_url)
    page = context.new_page()
    shown = parse.embeds_by_page(REPO, REPO / "docs")  # as the site's own Markdown parse finds them
    try:
        for chapter in [source for source in nav_pages() if source != "index.md"]:
            page.goto(url_of(chapter))
            names = [embed.name for embed in shown[chapter]]
            assert snippets_on(page) == [REPO / "snippets" / name for name in names], chapter
            codes = page.locator("div.snippet").evaluate_all("blocks => blocks.map(b => b.querySelector('div.highlight:has(> span.filename) code')?.textContent)")
            assert codes == [(REPO / "snippets" / name).read_text(encoding="utf-8") for name in names], chapter
            tabs = page.locator("div.snippet").evaluate_all(
                "blocks => blocks.map(b => [...b.querySelectorAll('.tabbed-labels > label')].map(l => l.textContent.split(' ')[0]))")
            assert tabs == [["CPU", "CUDA"]] * len(names), chapter
            drawn = sum(len(c["graphs"]) + len(c["figures"]) for name in names for device in ("cpu", "cuda")
                        if (c := shown_capture(device, REPO / "snippets" / name)))
            assert page.locator(FIGURES).count() == drawn, chapter
            assert_every_figure_shows(page, chapter)
    finally:
        context.close()


@pytest.mark.browser
@pytest.mark.parametrize("term, chapter", [("state_dict", "models.md"), ("retain_graph", "autograd.md"), ("matmul", "tensor-operations.md")])
def test_zensical_search_finds_examples_and_prose(browser: Browser, zensical_url: str, term: str, chapter: str) -> None:
    context = browser.new_context(base_url=zensical_url)
    page = context.new_page()
    try:
        page.goto("", wait_until="networkidle")
        page.locator("button.md-search__button").click()
        page.keyboard.type(term)
        results = page.locator("ol[role='listbox'] a[role='option']")  # in the search dialog's shadow root
        results.first.wait_for(timeout=10_000)
        found = {urlparse(href).path.lstrip("/") for href in results.evaluate_all("links => links.map(a => a.href)")}
        assert url_of(chapter) in found, f"searching {term!r} found {sorted(found)}"
    finally:
        context.close()
