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
import { CliError, Output, Session, openSession } from './session';

const USAGE = `Usage: client-notebook [--root DIR] [--today YYYY-MM-DD] [--json] [--commit] <command>

Commands:
  due [--days N]             overdue clients and those due today (and the next N days)
  agenda                     every client under its date, the whole notebook
  log CLIENT KIND TEXT...    log an interaction: [--at "YYYY-MM-DD HH:MM"] [--next WHEN] [--action A] [--note N]
  reschedule CLIENT WHEN     move the next contact: [--action A] [--note N]; WHEN "none" clears it
  check                      list problems as path:line:column: severity: message (exit 1 on errors)
  new NAME                   a new dossier from the template: [--company C] [--email E] [--phone P] [--folder DIR]
  export ics                 follow-ups and yearly dates as an iCalendar feed: [--out FILE] [--alarm 30m|1h|1d] [--days N]
  export csv                 a mailing list: [--out FILE] [--tag T]... [--stage S]... [--segment X]... [--bom]
  import FILE                contacts from CSV/TSV (Google, Outlook, LinkedIn, any table) or vCard; FILE - reads stdin:
                             [--dry-run] [--map "name=Full name,email=E-mail,phone=Tel"] [--folder DIR] [--tag T]
  history CLIENT             when next_contact and owner changed and which log entries each commit added (git)
  handover --from OWNER --to OWNER
                             change the owner of every matching dossier: a dry run unless --yes
  stats [--from DATE] [--to DATE]
                             NPS, order segments, clients at risk, activity, stages, complaints

--commit makes each change (log, reschedule, new, import, handover) one git commit of only
the files it changed; a file with uncommitted work of your own is written but not committed.

CLIENT is a dossier's path or a name (or part of one). WHEN is a date or a phrase:
2026-12-01, tomorrow, +3d, +2w, +1m, +5wd, fri, next monday, 5 jul, "in 3 days".`;

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
    if (token.kind !== 'option-terminator') rest.push(argv[token.index]);
  }
  if (values.help || command === undefined) {
    io.out(USAGE);
    return command === undefined && !values.help ? 2 : 0;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.err(`Unknown command "${command}".\n\n${USAGE}`);
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
    if (error instanceof TypeError && (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`client-notebook: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

if (require.main === module) {
  const io: Output = {
    out: (text) => process.stdout.write(text + '\n'),
    err: (text) => process.stderr.write(text + '\n'),
    write: (text) => process.stdout.write(text),
  };
  main(process.argv.slice(2), io).then(
    (code) => { process.exitCode = code; },
    (error) => {
      io.err(`client-notebook: unexpected error: ${error instanceof Error ? error.stack : String(error)}`);
      process.exitCode = 1;
    },
  );
}
