/**
 * What "Create a Notebook Here" writes: a commented settings file and a
 * dossier template. Pure text; the extension writes it through a
 * WorkspaceEdit, and never over a file that is already there.
 */
import { SETTINGS_FILE } from './settings';
import { DEFAULT_TEMPLATE, TEMPLATE_FILE } from './newDossier';

export interface StarterFile {
  /** Notebook-relative, `/` separated. */
  path: string;
  text: string;
}

export const STARTER_SETTINGS = `# Settings of this notebook. They belong to the notebook, not to one editor:
# the VS Code extension, the \`client-notebook\` command and a colleague who
# takes the notebook over all read this file, so everyone sees the same
# schedule. Keep it in git next to the dossiers. Every key is optional;
# the values below are the defaults, except the cadence examples.

# The heading of the history section in every Markdown dossier ("## Log").
log_heading: Log

# "This week" starts on this day: monday or sunday.
week_starts_on: monday

# Days you make calls on. "+5wd" (five working days) skips the others.
working_days: [mon, tue, wed, thu, fri]

# More contacts than this on one day and the day counts as overloaded
# (the morning summary offers to spread them).
daily_capacity: 8

# Keep-in-touch interval per tag, for a client with no next_contact and no
# cadence of its own: due at the last interaction plus the interval.
# Durations: 3d, 2w, 1m, 1y, 5wd. Change or remove these two examples.
cadence_by_tag:
  vip: 2w       # decision makers: every two weeks
  client: 1m    # active clients: at least once a month

# The currency of amounts written without a code in the log
# ("- 2026-10-15 order: 12500 autumn trip"). Uncomment and set yours.
# currency: EUR
`;

/** The built-in template, with a note (left out of every dossier) that documents its placeholders. */
export const STARTER_TEMPLATE = `---
{{!--
  Template for a new dossier (command "Client Notebook: New Client").
  The placeholders are filled in when a dossier is created; a line whose
  placeholder has no value is left out. This note is not copied, and this
  file is never read as a dossier (it lives in a folder starting with a dot).

    {{name}}     the client, a person or a company
    {{company}}  the organisation
    {{role}}     the person's position
    {{email}}    e-mail address
    {{phone}}    phone number
    {{today}}    the day the dossier is created, YYYY-MM-DD

  Delete the keys you do not need; add keys of your own, they are kept,
  and so are comments written with #.
--}}
${DEFAULT_TEMPLATE.slice('---\n'.length)}`;

/** The files of a new notebook, settings first. */
export function starterFiles(): StarterFile[] {
  return [
    { path: SETTINGS_FILE, text: STARTER_SETTINGS },
    { path: TEMPLATE_FILE, text: STARTER_TEMPLATE },
  ];
}
