import { parseArgs } from 'node:util';
import { runCheck } from './commands/check';
import { runAgenda, runDue } from './commands/due';
import { runExport } from './commands/export';
import { runHandover } from './commands/handover';
import { runHistory } from './commands/history';
import { runImport } from './commands/import';
import { runNew } from './commands/new';
import { runLog, runReschedule } from './commands/schedule';
import { runStats } from './commands/stats';
import * as l10n from '@vscode/l10n';
import { cliLanguage, say, useCliLanguage } from './l10n';
import { CliError, Output, Session, openSession } from './session';
import { UNREADABLE, UnreadableFileError } from '../core/notebook/store';

/** One command of the usage text: its syntax, and what it does in the run's language, lined up. */
function usageRow(syntax: string, ...what: string[]): string {
  const indent = ' '.repeat(29);
  const first = syntax.length < 27 ? `  ${syntax.padEnd(27)}${what[0]}` : `  ${syntax}\n${indent}${what[0]}`;
  return [first, ...what.slice(1).map((line) => indent + line)].join('\n');
}

function usage(): string {
  return [
    `${l10n.t('Usage:')} client-notebook [--root DIR] [--today YYYY-MM-DD] [--json] [--commit] <command>`,
    '',
    l10n.t('Commands:'),
    usageRow('due [--days N]', l10n.t('overdue clients and those due today (and the next N days)')),
    usageRow('agenda', l10n.t('every client under its date, the whole notebook')),
    usageRow('log CLIENT KIND TEXT...', l10n.t('log an interaction: {0}', '[--at "YYYY-MM-DD HH:MM"] [--next WHEN] [--action A] [--note N]')),
    usageRow('reschedule CLIENT WHEN', l10n.t('move the next contact: {0}; WHEN "none" clears it', '[--action A] [--note N]')),
    usageRow('check', l10n.t('list problems as path:line:column: severity: message (exit 1 on errors)')),
    usageRow('new NAME', l10n.t('a new dossier from the template: {0}', '[--company C] [--email E] [--phone P] [--folder DIR]')),
    usageRow('export ics', l10n.t('follow-ups and yearly dates as an iCalendar feed: {0}', '[--out FILE] [--alarm 30m|1h|1d] [--days N]')),
    usageRow('export csv', l10n.t('a mailing list: {0}', '[--out FILE] [--tag T]... [--stage S]... [--segment X]... [--bom] [--semicolon]')),
    usageRow('import FILE', l10n.t('contacts from CSV/TSV (Google, Outlook, LinkedIn, any table) or vCard; FILE - reads stdin:'),
      '[--dry-run] [--map "name=Full name,email=E-mail,phone=Tel"] [--folder DIR] [--tag T]'),
    usageRow('history CLIENT', l10n.t('when next_contact and owner changed and which log entries each commit added (git)')),
    usageRow('handover --from OWNER --to OWNER', l10n.t('change the owner of every matching dossier: a dry run unless --yes')),
    usageRow('stats [--from DATE] [--to DATE]', l10n.t('NPS, order segments, clients at risk, activity, stages, complaints')),
    '',
    l10n.t('--commit makes each change (log, reschedule, new, import, handover) one git commit of only\nthe files it changed; a file with uncommitted work of your own is written but not committed.'),
    '',
    l10n.t('CLIENT is a dossier\'s path or a name (or part of one). WHEN is a date or a phrase:\n{0}.', '2026-12-01, tomorrow, +3d, +2w, +1m, +5wd, fri, next monday, 5 jul, "in 3 days"'),
  ].join('\n');
}

/**
 * A command's arguments that Node's parseArgs refused, in the run's language. Node words
 * them in English only, naming the option or argument in single quotes; each shape is
 * matched whole, so a quote inside the argument (`O'Brien`) stays in it. A message of
 * another shape is shown as it is.
 */
function argumentErrorText(error: TypeError): string {
  const { message } = error;
  const match = (pattern: RegExp) => pattern.exec(message)?.[1];
  let named: string | undefined;
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      if ((named = match(/^Unknown option '(.*?)'(?:\. |$)/)) === undefined) break;
      // `-5% off` is more likely a text than an option.
      return named.startsWith('--') ? l10n.t('Unknown option {0}.', named) : l10n.t('Unknown option {0}; a text that starts with "-" goes after "--".', named);
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      if ((named = match(/^Unexpected argument '(.*)'\. This command/)) === undefined) break;
      return l10n.t('Unexpected argument "{0}".', named);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      // `--days` with nothing after it; `--all=x`; `--days -3` (a value that starts with a dash).
      if ((named = match(/^Option '(.*?) <value>' argument missing/)) !== undefined) return l10n.t('The option {0} needs a value.', named);
      if ((named = match(/^Option '(.*?)' does not take an argument/)) !== undefined) return l10n.t('The option {0} takes no value.', named);
      if ((named = match(/^Option '(.*?)' argument is ambiguous/)) !== undefined) return l10n.t('Write {0}=VALUE for a value that starts with "-".', named);
      break;
  }
  return message;
}

const COMMANDS: Record<string, (session: Session, args: string[]) => number> = {
  due: runDue,
  agenda: runAgenda,
  log: runLog,
  reschedule: runReschedule,
  check: runCheck,
  new: runNew,
  export: runExport,
  import: runImport,
  history: runHistory,
  handover: runHandover,
  stats: runStats,
};

export async function main(argv: string[], io: Output): Promise<number> {
  const { values, tokens } = parseArgs({
    args: argv,
    options: {
      root: { type: 'string' },
      today: { type: 'string' },
      json: { type: 'boolean' },
      commit: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  // Global options come anywhere; the first positional is the command, the rest is its own.
  const globals = new Set(['root', 'today', 'json', 'commit', 'help', 'h']);
  const rest: string[] = [];
  let command: string | undefined;
  for (const token of tokens) {
    if (token.kind === 'option' && globals.has(token.name)) continue;
    if (token.kind === 'positional' && command === undefined) {
      command = token.value;
      continue;
    }
    // `--` stays: the command's own parse reads what follows as text (`log anna call -- "-5% off"`).
    rest.push(token.kind === 'option-terminator' ? '--' : argv[token.index]);
  }
  if (values.help || command === undefined) {
    io.out(usage());
    return command === undefined && !values.help ? 2 : 0;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.err(`${l10n.t('Unknown command "{0}".', command)}\n\n${usage()}`);
    return 2;
  }
  try {
    const session = await openSession(String(values.root ?? process.cwd()), values.today as string | undefined, Boolean(values.json), io);
    session.commit = Boolean(values.commit);
    return run(session, rest);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`client-notebook: ${error.message}`);
      return error.exitCode;
    }
    if (error instanceof UnreadableFileError) {
      io.err(`client-notebook: ${error.path}: ${say(UNREADABLE)} ${l10n.t('Nothing was written.')}`);
      return 1;
    }
    if (error instanceof TypeError && (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`client-notebook: ${argumentErrorText(error)} ${l10n.t('See "client-notebook --help".')}`);
      return 2;
    }
    throw error;
  }
}

if (require.main === module) {
  useCliLanguage(cliLanguage(process.env));
  const io: Output = {
    out: (text) => process.stdout.write(text + '\n'),
    err: (text) => process.stderr.write(text + '\n'),
    write: (text) => process.stdout.write(text),
  };
  main(process.argv.slice(2), io).then(
    (code) => { process.exitCode = code; },
    (error) => {
      io.err(`client-notebook: ${l10n.t('unexpected error: {0}', error instanceof Error ? String(error.stack) : String(error))}`);
      process.exitCode = 1;
    },
  );
}
