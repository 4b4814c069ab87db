// Material links tabs by their labels' rendered text, which is empty inside a closed <details>: an exercise
// would still show the CPU output after the reader chose CUDA. When one opens, give it the page's choice.
document.addEventListener("toggle", ({ target: details }) => {
  if (!(details instanceof HTMLDetailsElement) || !details.open) return
  const chosen = [...document.querySelectorAll(".tabbed-set > input:checked")]
    .map(input => document.querySelector(`label[for="${input.id}"]`))
    .find(label => label && label.offsetParent !== null && !details.contains(label))
  if (!chosen) return
  const text = chosen.textContent.trim()
  for (const input of details.querySelectorAll(".tabbed-set > input:not(:checked)")) {
    const label = details.querySelector(`label[for="${input.id}"]`)
    if (label && label.textContent.trim() === text) {
      label.setAttribute("data-md-switching", "")  // as Material does for linked tabs: switch this one only
      input.click()
    }
  }
}, true)  // "toggle" does not bubble
