/**
 * A client's history, read from git: which commits moved `next_contact`,
 * changed `owner`, or added entries to the log. Pure: it is handed the text
 * `git log` printed (with the arguments of `historyLogArgs`) and never runs git.
 */

/** The `--format` of `git log`: a record separator, then the commit's fields split by unit separators. */
export const HISTORY_FORMAT = '%x1e%H%x1f%an%x1f%ae%x1f%aI%x1f%s';

/**
 * The arguments of `git log` whose output `parseHistory` reads: every commit
 * that touched the file (following renames), newest first, with its patch
 * and no context lines, no colours, no external diff tools.
 */
export function historyLogArgs(path: string): string[] {
  return ['-c', 'core.quotepath=off', 'log', '--follow', '-p', '--unified=0', '--no-color', '--no-ext-diff', '--no-textconv', `--format=${HISTORY_FORMAT}`, '--', path];
}

/** One log entry as written: `date` is `YYYY-MM-DD` or `YYYY-MM-DD HH:MM`. */
export interface HistoryEntry {
  date: string;
  kind: string;
  text: string;
}

/** A value that changed in a commit; `null` where the key was absent. */
export interface ValueChange {
  from: string | null;
  to: string | null;
}

export interface HistoryCommit {
  commit: string;
  author: string;
  email: string;
  /** The author date, ISO 8601 with the author's offset. */
  date: string;
  subject: string;
  /** The file's path in this commit (it may have been renamed since). */
  path: string;
  next?: ValueChange;
  owner?: ValueChange;
  /** Entries this commit added to the log, top first. */
  added: HistoryEntry[];
  /** Entries this commit removed (an edited entry is removed and added). */
  removed: HistoryEntry[];
}

const ENTRY = /^(\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2})?)\s+([\p{L}\p{N}_-]+):[ \t]?(.*)$/u;

function parseEntry(content: string): HistoryEntry | undefined {
  const match = ENTRY.exec(content.trim());
  return match ? { date: match[1], kind: match[2].toLowerCase(), text: match[3].trim() } : undefined;
}

/** A YAML scalar as written on one line: quotes removed, a trailing comment dropped. */
function scalar(raw: string): string | null {
  const text = raw.trim();
  if (text.startsWith('"')) {
    try {
      return JSON.parse(text.slice(0, text.lastIndexOf('"') + 1)) as string;
    } catch {
      return text.slice(1, text.lastIndexOf('"') > 0 ? text.lastIndexOf('"') : undefined);
    }
  }
  if (text.startsWith("'")) {
    const end = text.lastIndexOf("'");
    return (end > 0 ? text.slice(1, end) : text.slice(1)).replace(/''/g, "'");
  }
  const value = text.replace(/(^|\s)#.*$/, '').trim();
  return value === '' || value === '~' || value === 'null' ? null : value;
}

/** A line of a dossier (without the diff's `+`/`-`) read as a log entry, by the file's format. */
function entryOf(line: string, yaml: boolean): HistoryEntry | undefined {
  if (yaml) {
    const item = /^\s+-\s+(.*)$/.exec(line) ?? /^-\s+(.*)$/.exec(line);
    if (!item) return undefined;
    const value = scalar(item[1]);
    return value === null ? undefined : parseEntry(value);
  }
  const item = /^- (.*)$/.exec(line);
  return item ? parseEntry(item[1]) : undefined;
}

const TOP_LEVEL = /^(next_contact|owner):(.*)$/;

function change(before: string | null | undefined, after: string | null | undefined): ValueChange | undefined {
  if (before === undefined && after === undefined) return undefined;
  const from = before ?? null;
  const to = after ?? null;
  return from === to ? undefined : { from, to };
}

/**
 * Reads `git log` output made with `historyLogArgs`. Commits whose patch
 * changes nothing the history shows (a typo fixed in the notes) are kept, with
 * empty changes, so the subject and author are still there to read.
 */
export function parseHistory(output: string): HistoryCommit[] {
  const commits: HistoryCommit[] = [];
  for (const record of output.split('\x1e')) {
    if (!record.trim()) continue;
    const lines = record.split('\n').map((line) => line.replace(/\r$/, ''));
    const [hash, author, email, date, ...subject] = lines[0].split('\x1f');
    if (!hash || date === undefined) continue;
    const commit: HistoryCommit = { commit: hash.trim(), author, email, date, subject: subject.join('\x1f'), path: '', added: [], removed: [] };
    const values: Record<string, { before?: string | null; after?: string | null }> = { next_contact: {}, owner: {} };
    let inHunk = false;
    let yaml = false;
    for (const line of lines.slice(1)) {
      if (line.startsWith('diff --git ')) {
        inHunk = false;
        continue;
      }
      if (!inHunk) {
        const target = /^\+\+\+ (?:b\/)?(.*)$/.exec(line) ?? /^--- (?:a\/)?(.*)$/.exec(line);
        if (target && target[1] !== '/dev/null' && target[1] !== 'dev/null') {
          commit.path = target[1];
          yaml = /\.ya?ml$/i.test(commit.path);
        } else if (line.startsWith('rename to ')) {
          commit.path = line.slice('rename to '.length);
          yaml = /\.ya?ml$/i.test(commit.path);
        }
        if (line.startsWith('@@')) inHunk = true;
        continue;
      }
      if (line.startsWith('@@')) continue;
      const sign = line[0];
      if (sign !== '+' && sign !== '-') continue;
      const content = line.slice(1);
      const key = TOP_LEVEL.exec(content);
      if (key) {
        const slot = values[key[1]];
        if (sign === '-' && slot.before === undefined) slot.before = scalar(key[2]);
        if (sign === '+') slot.after = scalar(key[2]);
        continue;
      }
      const entry = entryOf(content, yaml);
      if (entry) (sign === '+' ? commit.added : commit.removed).push(entry);
    }
    const next = change(values.next_contact.before, values.next_contact.after);
    if (next) commit.next = next;
    const owner = change(values.owner.before, values.owner.after);
    if (owner) commit.owner = owner;
    // An entry both removed and added unchanged (a moved line) is no event.
    const removedKeys = new Set(commit.removed.map(entryKey));
    const addedKeys = new Set(commit.added.map(entryKey));
    commit.added = commit.added.filter((entry) => !removedKeys.has(entryKey(entry)));
    commit.removed = commit.removed.filter((entry) => !addedKeys.has(entryKey(entry)));
    commits.push(commit);
  }
  return commits;
}

function entryKey(entry: HistoryEntry): string {
  return `${entry.date}\x1f${entry.kind}\x1f${entry.text}`;
}

/** The commits that show something: a moved follow-up, a new owner, log entries. */
export function meaningfulCommits(commits: readonly HistoryCommit[]): HistoryCommit[] {
  return commits.filter((commit) => commit.next || commit.owner || commit.added.length || commit.removed.length);
}

function describeValue(value: string | null): string {
  return value ?? 'none';
}

/** The lines describing what one commit did to the dossier, in plain English. */
export function describeCommit(commit: HistoryCommit): string[] {
  const lines: string[] = [];
  if (commit.next) lines.push(`next_contact: ${describeValue(commit.next.from)} -> ${describeValue(commit.next.to)}`);
  if (commit.owner) lines.push(`owner: ${describeValue(commit.owner.from)} -> ${describeValue(commit.owner.to)}`);
  for (const entry of commit.added) lines.push(`+ ${entry.date} ${entry.kind}: ${entry.text}`.trimEnd());
  for (const entry of commit.removed) lines.push(`- ${entry.date} ${entry.kind}: ${entry.text}`.trimEnd());
  return lines;
}

/** The history as the CLI prints it: one block a commit, newest first (the CLI words an empty one itself). */
export function formatHistory(path: string, name: string, commits: readonly HistoryCommit[]): string {
  const blocks = commits.map((commit) => {
    const head = `${commit.date.slice(0, 10)}  ${commit.commit.slice(0, 7)}  ${commit.author}  ${commit.subject}`;
    const details = describeCommit(commit);
    return [head, ...details.map((line) => `    ${line}`)].join('\n');
  });
  return [`${path}: ${name}`, '', ...blocks].join('\n');
}
