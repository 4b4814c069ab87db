// Typeset math with KaTeX 0.16.47 from assets/katex/ (npm package katex, no CDN), after Material's KaTeX recipe.
document$.subscribe(({ body }) => {
  // Chapters: pymdownx.arithmatex (generic) leaves \( \) and \[ \] inside .arithmatex elements.
  for (const element of body.querySelectorAll(".arithmatex")) {
    renderMathInElement(element, {
      delimiters: [
        { left: "\\(", right: "\\)", display: false },
        { left: "\\[", right: "\\]", display: true },
      ],
    })
  }
  // Notebooks: Jupyter Markdown cells write $ and $$.
  for (const element of body.querySelectorAll(".jp-RenderedMarkdown")) {
    renderMathInElement(element, {
      delimiters: [
        { left: "$$", right: "$$", display: true },
        { left: "$", right: "$", display: false },
      ],
    })
  }
})
