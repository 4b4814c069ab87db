"""axe-core in headless Chromium: each page of a built site, in the light and the dark palette, against WCAG 2.x A and AA."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import BrowserContext

# axe-core's WCAG 2.0, 2.1 and 2.2 level A and AA rules, and its best practices (named search dialogs, unique
# landmarks, heading order...), which the most accessible documentation sites hold themselves to as well.
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
PALETTES = {"light": "default", "dark": "slate"}  # Material's data-md-color-scheme
AXE = Path(__file__).parent / "axe-core" / "axe.min.js"  # MPL-2.0, its licence beside it


@dataclass(frozen=True)
class Allowed:
    """A violation that comes from the theme or a plugin and cannot be fixed from this project."""

    rule: str
    selector: str  # a regular expression searched in the failing element's CSS selector
    reason: str
    issue: str  # the upstream issue, or where one should be filed


# Every violation the tests let through, and why. Prefer a fix in docs/assets/ over an entry here; an entry that
# no longer matches anything fails the test too, so this list is always exactly what the site still carries.
ALLOWED: list[Allowed] = []


@dataclass(frozen=True)
class Violation:
    """One element of one page failing one axe rule in one palette."""

    page: str
    palette: str
    rule: str
    target: str
    html: str
    summary: str

    def __str__(self) -> str:
        html = re.sub(r"\s+", " ", self.html)[:160]
        return f"{self.page or '/'} ({self.palette}): {self.rule} at {self.target}\n    {html}\n    {self.summary}"


def axe_source() -> str:
    """axe-core's script, vendored from the npm package (tests/axe-core/: 4.14, twice as fast here as the 4.12
    that axe-playwright-python bundles, and the version the accessibility issue was filed against)."""
    return AXE.read_text(encoding="utf-8")


def site_pages(site: Path) -> list[str]:
    """Every HTML page a build produced, as paths relative to the site's root ("" for the home page)."""
    pages = []
    for path in sorted(site.rglob("*.html")):
        relative = path.relative_to(site).as_posix()
        pages.append(relative.removesuffix("index.html") if path.name == "index.html" else relative)
    return pages


# Runs in the page, with every fold open (exercise outputs, "Why:" notes, solutions) and every device tab's content
# shown at once (Material only switches their display: the CUDA outputs are styled as the CPU ones beside them): the
# light palette against every rule, then the dark one against the rules a palette can change (colour contrast, links
# told apart by colour alone). One axe run at a time in a page; pages run side by side.
COLOUR_RULES = ["color-contrast", "link-in-text-block"]
CHECK = """({ tags, colourRules, palettes }) => {
  window.__accessibility = (async () => {
    const found = []
    const run = async (palette, rules) => {
      const { violations } = await axe.run(document, {
        runOnly: rules ? { type: "rule", values: rules } : { type: "tag", values: tags }, resultTypes: ["violations"],
      })
      for (const rule of violations) for (const node of rule.nodes) {
        found.push({ palette, rule: rule.id, target: node.target.join(" "), html: node.html, summary: node.failureSummary })
      }
    }
    // What a reveal changes (which code blocks scroll, and so take the focus) settles in the next frames.
    const settled = () => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))
    document.querySelectorAll("details").forEach(details => { details.open = true })
    const everyTab = document.head.appendChild(document.createElement("style"))
    everyTab.textContent = ".tabbed-set > .tabbed-content > .tabbed-block { display: block !important }"
    document.body.setAttribute("data-md-color-switching", "")  // as Material switches: no colour transitions midway
    for (const [palette, scheme] of Object.entries(palettes)) {
      document.body.setAttribute("data-md-color-scheme", scheme)
      await settled()
      await run(palette, palette === "light" ? null : colourRules)
    }
    return found
  })()
}"""


def check(context: BrowserContext, pages: Iterable[str], *, batch: int = 4) -> list[Violation]:
    """Run axe on every page (a few at a time, each in its own tab) and return what it found, allowed or not."""
    script = axe_source()
    found: list[Violation] = []
    pages = list(pages)
    for start in range(0, len(pages), batch):
        tabs = []
        for page in pages[start : start + batch]:
            tab = context.new_page()
            tab.goto(page, wait_until="commit")
            tabs.append((page, tab))
        for page, tab in tabs:
            tab.wait_for_load_state("load")
            # Material gives each code block its toolbar (an id, a copy button) a moment after load: check the page
            # it settles into, not one half made.
            tab.wait_for_function("!document.querySelector('.md-typeset .highlight pre:not([id])')")
            tab.evaluate(script)
            tab.evaluate(CHECK, {"tags": TAGS, "colourRules": COLOUR_RULES, "palettes": PALETTES})
        for page, tab in tabs:
            found += [Violation(page=page, **result) for result in tab.evaluate("window.__accessibility")]
            tab.close()
    return found


def allowed_by(violation: Violation) -> Allowed | None:
    """The entry of ALLOWED that lets this violation through, if any."""
    return next((a for a in ALLOWED if a.rule == violation.rule and re.search(a.selector, violation.target)), None)


def report(violations: Iterable[Violation]) -> str:
    """Violations one after another, each naming page, palette, rule, element and what axe asks for."""
    return "\n".join(str(violation) for violation in violations)


def contrast(first: str, second: str) -> float:
    """WCAG contrast ratio (1 to 21) of two computed colours, `rgb(...)` or `rgba(...)` (alpha ignored)."""

    def relative_luminance(css_color: str) -> float:
        channels = [int(float(part)) / 255 for part in re.findall(r"[\d.]+", css_color)[:3]]
        red, green, blue = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
