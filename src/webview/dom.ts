/** Small DOM helpers: every text goes in as a text node, never as markup. */

type Child = Node | string | undefined | null | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

export function icon(name: string): HTMLElement {
  return h('span', { class: `codicon codicon-${name}`, 'aria-hidden': 'true' });
}

/** `{0}` placeholders filled with values. */
export function format(template: string, ...values: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (match, index: string) => (values[Number(index)] !== undefined ? String(values[Number(index)]) : match));
}

/** Only the schemes a contact link may use; anything else is shown as text. */
export function safeHref(scheme: 'tel' | 'mailto', value: string): string | undefined {
  const cleaned = scheme === 'tel' ? value.replace(/[^\d+]/g, '') : value.trim();
  if (!cleaned) return undefined;
  if (scheme === 'mailto' && !/^[^\s@<>"']+@[^\s@<>"']+$/.test(cleaned)) return undefined;
  return `${scheme}:${encodeURI(cleaned)}`;
}
