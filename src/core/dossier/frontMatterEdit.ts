import { Document, Pair, Scalar, YAMLMap, YAMLSeq, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { Message } from '../messages';
import { LineEnding } from './textLayout';
import { readYaml } from './yamlRead';

/** A replacement of `text.slice(start, end)` by `newText`; offsets into the file's text. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export class EditRefused extends Error {
  constructor(readonly reason: Message, readonly line = 1, readonly column = 1) {
    super(reason.code);
  }
}

type ScalarStyle = 'plain' | 'single' | 'double';

/** Writes `value` as a YAML scalar in `style` when that reads back as the same text, else double-quoted. */
export function yamlScalar(value: string, style: ScalarStyle = 'plain'): string {
  if (style === 'single' && !/[\r\n]/.test(value)) return `'${value.replace(/'/g, "''")}'`;
  if (style === 'plain' && value !== '' && value.trim() === value) {
    const check = readYaml(`k: ${value}\n`);
    if (check.ok && check.value !== null && typeof check.value === 'object' && !Array.isArray(check.value) && check.value.k === value) return value;
  }
  return JSON.stringify(value);
}

function styleOf(node: unknown): ScalarStyle {
  if (isScalar(node)) {
    if (node.type === Scalar.QUOTE_SINGLE) return 'single';
    if (node.type === Scalar.QUOTE_DOUBLE) return 'double';
  }
  return 'plain';
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function nextLineStart(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
}

/**
 * The top-level mapping of a YAML text (front matter or a YAML dossier),
 * located in the file: `offset` is where the YAML starts in the file text.
 * Built with the `yaml` Document API, which keeps every node's position.
 */
export class YamlMappingEditor {
  private readonly doc: Document.Parsed;
  private readonly map: YAMLMap;

  constructor(
    private readonly yaml: string,
    private readonly offset: number,
    private readonly firstLine: number,
    private readonly eol: LineEnding,
  ) {
    this.doc = parseDocument(yaml, { schema: 'failsafe', uniqueKeys: true });
    const error = this.doc.errors[0];
    if (error) {
      const [line, column] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [1, 1];
      throw new EditRefused({ code: 'edit.yamlUnparsable', detail: error.message.split('\n')[0] }, line + firstLine - 1, column);
    }
    if (!isMap(this.doc.contents) || this.doc.contents.flow) throw new EditRefused({ code: 'edit.notBlockMapping' });
    this.map = this.doc.contents;
  }

  private pair(key: string): Pair | undefined {
    return this.map.items.find((item) => isScalar(item.key) && item.key.value === key) as Pair | undefined;
  }

  has(key: string): boolean {
    return this.pair(key) !== undefined;
  }

  valueNode(key: string): unknown {
    return this.pair(key)?.value;
  }

  /** Indentation of the mapping's keys. */
  private indent(): string {
    const first = this.map.items[0];
    if (!first || !isScalar(first.key) || !first.key.range) return '';
    const start = first.key.range[0];
    return this.yaml.slice(lineStartOf(this.yaml, start), start);
  }

  /** Offset (in the YAML) just after the line where a pair ends. */
  private pairEnd(pair: Pair): number {
    const node = (pair.value ?? pair.key) as { range?: [number, number, number] | null };
    const end = node.range ? Math.max(node.range[1], node.range[0]) : 0;
    // The value's last character, then the rest of its line (a trailing comment).
    return nextLineStart(this.yaml, Math.max(end - 1, 0));
  }

  private lineError(pair: Pair, reason: Message): EditRefused {
    const start = (pair.key as Scalar).range?.[0] ?? 0;
    const line = this.yaml.slice(0, start).split('\n').length + this.firstLine - 1;
    return new EditRefused(reason, line, 1);
  }

  /**
   * Sets a top-level key to a single-line scalar: replaces the value in
   * place (keeping its quoting style when it can), or inserts a new line
   * after the nearest of `after` keys that exists, else before the nearest
   * of `before`, else at the end of the mapping.
   */
  setScalar(key: string, value: string, neighbours: { after: string[]; before: string[] }): TextEdit {
    const pair = this.pair(key);
    if (pair) {
      const node = pair.value;
      if (node !== null && node !== undefined && !isScalar(node)) throw this.lineError(pair, { code: 'edit.notScalar', key });
      if (isScalar(node) && node.range && node.range[1] > node.range[0]) {
        const [start, end] = node.range;
        const style = node.type === Scalar.BLOCK_FOLDED || node.type === Scalar.BLOCK_LITERAL ? 'double' : styleOf(node);
        return this.edit(start, end, yamlScalar(value, style));
      }
      // `key:` with nothing after it.
      const keyEnd = (pair.key as Scalar).range![1];
      const colon = this.yaml.indexOf(':', keyEnd);
      return this.edit(colon + 1, colon + 1, ` ${yamlScalar(value)}`);
    }
    const line = `${this.indent()}${key}: ${yamlScalar(value)}${this.eol}`;
    for (const other of neighbours.after) {
      const found = this.pair(other);
      if (found) return this.insertLineAt(this.pairEnd(found), line);
    }
    for (const other of neighbours.before) {
      const found = this.pair(other);
      if (found) return this.edit(lineStartOf(this.yaml, (found.key as Scalar).range![0]), lineStartOf(this.yaml, (found.key as Scalar).range![0]), line);
    }
    return this.insertLineAt(this.endOfMapping(), line);
  }

  /** Removes a top-level key's lines (used when a follow-up is cleared). */
  remove(key: string): TextEdit | undefined {
    const pair = this.pair(key);
    if (!pair) return undefined;
    const start = lineStartOf(this.yaml, (pair.key as Scalar).range![0]);
    return this.edit(start, this.pairEnd(pair), '');
  }

  /**
   * Empties a top-level key's value, keeping its line (`next_action:`): for
   * when removing the line would change a neighbour, such as a `|+` block
   * scalar that would take in the blank line below.
   */
  empty(key: string): TextEdit | undefined {
    const pair = this.pair(key);
    if (!pair || !isScalar(pair.value) || !pair.value.range || pair.value.range[1] <= pair.value.range[0]) return undefined;
    const colon = this.yaml.indexOf(':', (pair.key as Scalar).range![1]);
    return this.edit(colon + 1, pair.value.range[1], '');
  }

  /** Inserts `line` (ending with a line break) at a line start, adding the break the text may lack. */
  private insertLineAt(offset: number, line: string): TextEdit {
    const needsBreak = offset > 0 && offset === this.yaml.length && !this.yaml.endsWith('\n');
    if (needsBreak) return this.edit(offset, offset, this.eol + line.slice(0, -this.eol.length));
    return this.edit(offset, offset, line);
  }

  /** Where a new last line of the mapping goes: after the last pair. */
  private endOfMapping(): number {
    const last = this.map.items[this.map.items.length - 1] as Pair | undefined;
    return last ? this.pairEnd(last) : this.yaml.length;
  }

  /** Inserts a string as the first item of a top-level list (the YAML dossier's log). */
  prependToList(key: string, item: string): TextEdit {
    const pair = this.pair(key);
    if (!pair) {
      const indent = this.indent();
      return this.insertLineAt(this.endOfMapping(), `${indent}${key}:${this.eol}${indent}  - ${yamlScalar(item, 'double')}${this.eol}`);
    }
    const node = pair.value;
    if (node === null || node === undefined || (isScalar(node) && (node.value === null || node.value === ''))) {
      const keyStart = (pair.key as Scalar).range![0];
      const indent = this.yaml.slice(lineStartOf(this.yaml, keyStart), keyStart);
      const colon = this.yaml.indexOf(':', (pair.key as Scalar).range![1]);
      const lineEnd = nextLineStart(this.yaml, colon) - (this.yaml[nextLineStart(this.yaml, colon) - 1] === '\n' ? 1 : 0);
      const end = this.yaml[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
      return this.edit(end, end, `${this.eol}${indent}  - ${yamlScalar(item, 'double')}`);
    }
    if (!isSeq(node)) throw this.lineError(pair, { code: 'edit.notList', key });
    const seq = node as YAMLSeq;
    const first = seq.items[0] as { range?: [number, number, number] | null } | undefined;
    const style = styleOf(first) === 'single' ? 'single' : 'double';
    if (seq.flow) {
      const open = seq.range![0];
      return this.edit(open + 1, open + 1, seq.items.length ? `${yamlScalar(item, style)}, ` : yamlScalar(item, style));
    }
    if (!first?.range) throw this.lineError(pair, { code: 'edit.itemNotLocated', key });
    const lineStart = lineStartOf(this.yaml, first.range[0]);
    const prefix = this.yaml.slice(lineStart, first.range[0]);
    if (!/^\s*-\s+$/.test(prefix)) throw this.lineError(pair, { code: 'edit.firstItemInline', key });
    return this.edit(lineStart, lineStart, `${prefix}${yamlScalar(item, style)}${this.eol}`);
  }

  private edit(start: number, end: number, newText: string): TextEdit {
    return { start: start + this.offset, end: end + this.offset, newText };
  }
}

/**
 * Applies non-overlapping edits. Inserts at the same offset appear in the
 * order given, as in a VS Code WorkspaceEdit.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits.map((edit, index) => ({ edit, index })).sort((a, b) => b.edit.start - a.edit.start || b.edit.end - a.edit.end || b.index - a.index);
  let result = text;
  for (const { edit } of sorted) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return result;
}
