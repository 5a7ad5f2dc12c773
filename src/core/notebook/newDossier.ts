import { Day, formatDay } from '../schedule/calendar';
import { yamlScalar } from '../dossier/frontMatterEdit';
import { findFrontMatter } from '../dossier/textLayout';

export const TEMPLATE_FILE = '.client-notebook/template.md';

export const DEFAULT_TEMPLATE = `---
name: {{name}}
company: {{company}}
email: {{email}}
phone: {{phone}}
tags: []
stage: lead
next_contact: {{today}}
next_action: call
---

## Notes

## Log
`;

export interface NewClientFields {
  name: string;
  company?: string;
  email?: string;
  phone?: string;
}

const isComment = (line: string) => /^\s*#/.test(line);

/** A placeholder, with the quotes around it when the template quoted it (the value is quoted as it needs). */
const PLACEHOLDER = /(["']?)\{\{\s*(name|company|email|phone|today)\s*\}\}\1/g;

/**
 * A new dossier from a template. In the front matter every value is written
 * as a YAML scalar (quoted when it must be); lines whose placeholder has no
 * value are dropped, so the file holds no empty keys.
 */
export function renderTemplate(template: string, fields: NewClientFields, today: Day): string {
  const values: Record<string, string | undefined> = { ...fields, today: formatDay(today) };
  const block = findFrontMatter(template);
  const frontEnd = block?.closed ? block.bodyStart : 0;
  const head = template.slice(0, frontEnd);
  const body = template.slice(frontEnd);
  const renderedHead = head
    .split(/(?<=\n)/)
    .filter((line) => isComment(line) || [...line.matchAll(PLACEHOLDER)].every((match) => values[match[2]]))
    .map((line) => (isComment(line) ? line : line.replace(PLACEHOLDER, (_, _quote: string, name: string) => yamlScalar(values[name]!))))
    .join('');
  return renderedHead + body.replace(PLACEHOLDER, (_, quote: string, name: string) => `${quote}${values[name] ?? ''}${quote}`);
}
