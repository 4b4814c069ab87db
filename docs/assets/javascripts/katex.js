// Typeset math with KaTeX 0.16.47 from assets/katex/ (npm package katex, no CDN), after Material's KaTeX recipe.
// KaTeX (300 kB) is fetched only by a page that has math: pymdownx.arithmatex (generic) leaves \( \) and \[ \]
// inside .arithmatex elements.
const katexFolder = new URL("../katex/", document.currentScript.src)
let katexLoaded = null

function load(tag, attributes) {
  return new Promise((resolve, reject) => {
    const element = Object.assign(document.createElement(tag), attributes, { onload: resolve, onerror: reject })
    document.head.append(element)
  })
}

function loadKatex() {
  katexLoaded ??= Promise.all([
    load("link", { rel: "stylesheet", href: new URL("katex.min.css", katexFolder) }),
    load("script", { src: new URL("katex.min.js", katexFolder) })
      .then(() => load("script", { src: new URL("contrib/auto-render.min.js", katexFolder) })),
  ])
  return katexLoaded
}

document$.subscribe(({ body }) => {
  const math = body.querySelectorAll(".arithmatex")
  if (math.length === 0) return
  loadKatex().then(() => {
    for (const element of math) {
      renderMathInElement(element, {
        delimiters: [
          { left: "\\(", right: "\\)", display: false },
          { left: "\\[", right: "\\]", display: true },
        ],
      })
    }
    document.body.dataset.mathTypeset = "true"
  })
})
