import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { ClientNotebookApi } from '../../../src/extension/extension';
import type { MorningState } from '../../../src/protocol';
import { activate, closeAllEditors, diskPath, readDisk, restoreWorkspace, waitFor, workspaceUri } from './helpers';

async function openPanel(api: ClientNotebookApi): Promise<MorningState> {
  await vscode.commands.executeCommand('clientNotebook.openMorningSummary');
  await waitFor('the panel to send its first state', () => api.morningPanel()?.lastState !== undefined);
  return api.morningPanel()!.lastState!;
}

function idOf(state: MorningState, name: string): string {
  const card = [...state.cards, ...state.scheduled].find((view) => view.name === name);
  if (!card) throw new Error(`${name} has no card`);
  return card.id;
}

describe('Morning summary', () => {
  let api: ClientNotebookApi;
  beforeEach(async () => {
    api = await activate('2026-11-25');
    await restoreWorkspace(api);
  });
  afterEach(async () => {
    api.morningPanel()?.dispose();
    await closeAllEditors();
  });

  it('shows the overdue and today cards, coming dates, the month and the week', async () => {
    const state = await openPanel(api);
    assert.strictEqual(state.today, '2026-11-25');
    assert.deepStrictEqual(state.cards.map((card) => card.name), ['Anna Nowak', 'Bernd Keller', 'Hanna Berg']);
    assert.strictEqual(state.cards[0].overdueDays, 5);
    assert.strictEqual(state.cards[1].time, '14:00');
    assert.ok(state.dates.some((date) => date.client === 'Bernd Keller'));
    // The gift icon's flag comes with the data, worked out from the label as written (a contract renewal is no birthday).
    assert.deepStrictEqual(state.dates.map((date) => [date.person, date.birthday]).sort(), [['Bernd Keller', true], ['Eva Lind', false], ['Мария Орлова', true]]);
    const november = state.months[0];
    assert.strictEqual(november.key, '2026-11');
    const today = november.days.find((day) => day.date === '2026-11-25')!;
    assert.strictEqual(today.count, 3, 'overdue work counts on today');
    assert.ok(today.isToday);
    assert.strictEqual(november.days.find((day) => day.date === '2026-11-28')!.working, false);
    assert.strictEqual(november.leadingBlanks, 6, '1 November 2026 is a Sunday, weeks start on Monday');
    assert.ok(state.week.nps.promoters + state.week.nps.passives + state.week.nps.detractors > 0);
  });

  it('builds nothing while hidden behind an editor, and catches up when shown again', async () => {
    await openPanel(api);
    const panel = api.morningPanel()!;
    const sent = panel.lastState;
    await vscode.window.showTextDocument(workspaceUri('notes.md'), { viewColumn: panel.panel.viewColumn });
    await waitFor('the panel to be hidden', () => !panel.panel.visible);
    fs.writeFileSync(diskPath('anna-nowak.md'), readDisk('anna-nowak.md').replace(/next_contact: .*\n/, 'next_contact: 2026-12-09\n'));
    await api.notebooks.refresh();
    assert.strictEqual(panel.lastState, sent, 'a hidden panel is sent no state');
    panel.panel.reveal();
    await waitFor('the state with the change', () => panel.lastState !== sent && !panel.lastState!.cards.some((card) => card.name === 'Anna Nowak'));
  });

  it('moves a card to another day when the panel asks, and only then', async () => {
    const state = await openPanel(api);
    const panel = api.morningPanel()!;
    await panel.receive({ type: 'move', id: idOf(state, 'Anna Nowak'), to: '2026-11-30' });
    assert.match(readDisk('anna-nowak.md'), /next_contact: 2026-11-30\n/);
    const before = readDisk('clara-jones.md');
    for (const hostile of [{ type: 'move', id: idOf(state, 'Clara Jones'), to: '30.11.2026' }, { type: 'write', path: '/etc/passwd' }, { type: 'move', id: '../../x', to: '2026-11-30' }, 'move', null]) {
      await panel.receive(hostile);
    }
    assert.strictEqual(readDisk('clara-jones.md'), before, 'malformed and unknown messages are dropped');
  });

  it('balances the day and the undo restores every file byte for byte', async () => {
    const crowded = 'crowded';
    fs.mkdirSync(diskPath(crowded), { recursive: true });
    for (let i = 0; i < 10; i++) fs.writeFileSync(diskPath(crowded, `c${i}.md`), `---\nname: Crowd ${i}\nnext_contact: 2026-11-26\nnext_action: call\n---\n`);
    await api.notebooks.refresh();
    const originals = new Map<string, string>();
    for (let i = 0; i < 10; i++) originals.set(`c${i}.md`, readDisk(crowded, `c${i}.md`));
    originals.set('anna-nowak.md', readDisk('anna-nowak.md'));
    await openPanel(api);
    const panel = api.morningPanel()!;
    await panel.receive({ type: 'balance' });
    const proposal = panel.lastState!.balance!;
    assert.ok(proposal.moves.length >= 3, `${proposal.moves.length} moves`);
    assert.ok(proposal.moves.every((move) => move.to <= proposal.until && move.to >= '2026-11-25'));
    await panel.receive({ type: 'applyBalance' });
    const moved = proposal.moves.filter((move) => move.name.startsWith('Crowd'));
    assert.ok(moved.every((move) => move.actionLabel === 'Call'), 'the action for people, as on the cards');
    const file = (name: string) => `c${name.split(' ')[1]}.md`;
    for (const move of moved) assert.match(readDisk(crowded, file(move.name)), new RegExp(`next_contact: ${move.to}\\n`));
    const editor = await vscode.window.showTextDocument(workspaceUri(crowded, file(moved[0].name)));
    await vscode.commands.executeCommand('undo');
    await waitFor('every file back', async () => {
      for (const document of vscode.workspace.textDocuments) if (document.isDirty) await document.save();
      return [...originals].every(([name, text]) => (name.startsWith('c') ? readDisk(crowded, name) : readDisk(name)) === text);
    }, 10000);
    assert.ok(editor);
    fs.rmSync(diskPath(crowded), { recursive: true, force: true });
  });

  it('keeps hostile names as text in the state it sends', async () => {
    fs.writeFileSync(diskPath('hostile.md'), '---\nname: "<img src=x onerror=alert(1)>"\nnext_contact: 2026-11-25\nnext_note: "<script>alert(2)</script>"\nemail: "javascript:alert(3)"\n---\n');
    await api.notebooks.refresh();
    const state = await openPanel(api);
    const card = state.cards.find((view) => view.name.startsWith('<img'));
    assert.ok(card, 'the hostile client is listed');
    assert.strictEqual(card!.note, '<script>alert(2)</script>');
    fs.rmSync(diskPath('hostile.md'));
  });
});
