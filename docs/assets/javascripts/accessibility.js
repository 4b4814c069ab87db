// Accessibility repairs to what Material and mkdocs-jupyter put on every page (WCAG 2.2 AA, checked by axe-core
// in tests/test_browser.py). Each runs again when Material swaps a page in.
document$.subscribe(({ body }) => {
  nameTheSearchDialog(body)
  unlandmarkCodeToolbars(body)
  repairNotebookTableOfContents(body)
  describeNotebookImages(body)
  focusScrollableRegions(body)
})

// The search dialog has a role but no name: give it the search field's own label ("Search").
function nameTheSearchDialog(body) {
  const dialog = body.querySelector(".md-search[role='dialog']")
  const field = dialog?.querySelector(".md-search__input")
  if (dialog && field && !dialog.hasAttribute("aria-label")) dialog.setAttribute("aria-label", field.getAttribute("aria-label"))
}

// Material wraps each code block's copy button in a <nav>: dozens of unnamed navigation landmarks on a page, among
// which a screen reader user would look in vain for the site's navigation. They are toolbars, not navigation.
// Material adds them a moment after the page loads, so watch for them.
function unlandmarkCodeToolbars(body) {
  for (const nav of body.querySelectorAll("nav.md-code__nav:not([role])")) nav.setAttribute("role", "none")
}
new MutationObserver(() => unlandmarkCodeToolbars(document.body)).observe(document.body, { childList: true, subtree: true })

// mkdocs-jupyter builds a notebook's table of contents from a Markdown export that drops inline code from headings:
// "`backward()` fills `.grad`" is listed as "fills" under an address no heading has, and a heading made only of code
// becomes an empty, nameless link. The entries follow the headings in order: name and point each after its heading.
function repairNotebookTableOfContents(body) {
  const notebook = body.querySelector(".jupyter-wrapper")
  if (!notebook) return
  const headings = [...notebook.querySelectorAll("h2[id], h3[id], h4[id], h5[id], h6[id]")]
  for (const toc of body.querySelectorAll("nav.md-nav--secondary")) {
    const links = [...toc.querySelectorAll("a.md-nav__link")]
    if (links.length !== headings.length) continue  // not the one-to-one list this repair relies on: leave it
    links.forEach((link, index) => {
      const heading = headings[index].cloneNode(true)
      heading.querySelector(".anchor-link")?.remove()
      link.href = `#${headings[index].id}`
      link.querySelector(".md-ellipsis").textContent = heading.textContent.trim()
    })
  }
}

// nbconvert shows a notebook's graphs and figures as <img>s of their SVG, whose alt text says that no description was
// provided. Each SVG carries one (docexec/alt.py), as its aria-label: make it the image's alt text.
function describeNotebookImages(body) {
  for (const image of body.querySelectorAll(".jupyter-wrapper img[src^='data:image/svg+xml;base64,']")) {
    const bytes = Uint8Array.from(atob(image.src.slice(image.src.indexOf(",") + 1)), c => c.charCodeAt(0))
    const svg = new DOMParser().parseFromString(new TextDecoder().decode(bytes), "image/svg+xml").documentElement
    if (svg.getAttribute("aria-label")) image.alt = svg.getAttribute("aria-label")
  }
}

// A region that scrolls must be reachable from the keyboard, to scroll it with the arrow keys (WCAG 2.1.1). Material
// does this for code blocks a while after load, and only where the device can hover; notebook cells and wide graphs
// are left out. Check each now, once everything has loaded (text may widen as fonts arrive, and no box resizes), and
// whenever its size changes (an opened fold or tab, a resized window).
const SCROLLABLE = "pre > code, .jupyter-wrapper .highlight-ipynb, .jupyter-wrapper .jp-OutputArea-output, figure.snippet-graph, figure.snippet-figure"
const scrollObserver = new ResizeObserver(entries => entries.forEach(({ target }) => focusIfScrollable(target)))
window.addEventListener("load", () => document.querySelectorAll(SCROLLABLE).forEach(focusIfScrollable))

function focusScrollableRegions(body) {
  for (const region of body.querySelectorAll(SCROLLABLE)) {
    focusIfScrollable(region)
    scrollObserver.observe(region)
  }
}

function focusIfScrollable(region) {
  const scrolls = region.scrollWidth > region.clientWidth || region.scrollHeight > region.clientHeight
  if (scrolls) region.tabIndex = 0
  else if (region.getAttribute("tabindex") === "0") region.removeAttribute("tabindex")
}
