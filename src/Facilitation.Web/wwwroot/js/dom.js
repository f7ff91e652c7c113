// Building the page: text from the API always goes through textContent, never innerHTML.

/** A new element with a class, text, attributes and children. */
export function el(tag, { className, text, attrs } = {}, children = []) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  for (const [name, value] of Object.entries(attrs ?? {})) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

/** A type="button" button that calls onClick. */
export function button(text, className, onClick, attrs) {
  const node = el("button", { className, text, attrs: { type: "button", ...attrs } });
  node.addEventListener("click", onClick);
  return node;
}
