// Accessibility repairs to what Material puts on every page (WCAG 2.2 AA, checked by axe-core
// in tests/test_browser.py). Each runs again when Material swaps a page in.
document$.subscribe(({ body }) => {
  nameTheSearchDialog(body)
  unlandmarkCodeToolbars(body)
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

// A region that scrolls must be reachable from the keyboard, to scroll it with the arrow keys (WCAG 2.1.1). Material
// does this for code blocks a while after load, and only where the device can hover; wide graphs and figures are
// left out. Check each now, once everything has loaded (text may widen as fonts arrive, and no box resizes), and
// whenever its size changes (an opened fold or tab, a resized window).
const SCROLLABLE = "pre > code, figure.snippet-graph, figure.snippet-figure"
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
