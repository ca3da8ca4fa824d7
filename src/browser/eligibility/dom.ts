/** Small DOM helpers of the eligibility pickers (`lookup.ts`, `communes.ts`, `combobox.ts`). */

export type Child = Node | string | undefined | false;

/** A new element with attributes and children (text is set as text, never parsed as HTML). */
export function el(tag: string, attrs: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) node.setAttribute(name, value);
  for (const child of children) if (child !== undefined && child !== false) node.append(child);
  return node;
}

/** The element of `root` matching `selector`; `tool` names the picker in the error. */
export function get(root: HTMLElement, selector: string, tool: string): HTMLElement {
  const found = root.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`${tool} : élément ${selector} absent`);
  return found;
}
