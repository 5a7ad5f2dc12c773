import * as assert from 'node:assert/strict';
import { parseDossier } from '../../src/core/dossier/parse';
import { renderTemplate } from '../../src/core/notebook/newDossier';
import { DEFAULT_SETTINGS, parseSettings } from '../../src/core/notebook/settings';
import { STARTER_SETTINGS, STARTER_TEMPLATE, starterFiles } from '../../src/core/notebook/starter';
import { day } from './fixtures';

describe('a new notebook (Create a Notebook Here)', () => {
  it('writes the settings file and the template, settings first', () => {
    assert.deepEqual(starterFiles().map((file) => file.path), ['.client-notebook.yaml', '.client-notebook/template.md']);
  });

  it('has a settings file that parses without a problem to the defaults (and two cadence examples), and explains every key in a comment', () => {
    const { settings, problems } = parseSettings(STARTER_SETTINGS);
    assert.deepEqual(problems, []);
    assert.equal(settings.logHeading, DEFAULT_SETTINGS.logHeading);
    assert.equal(settings.weekStartsOn, DEFAULT_SETTINGS.weekStartsOn);
    assert.deepEqual([...settings.workingDays], [...DEFAULT_SETTINGS.workingDays]);
    assert.equal(settings.dailyCapacity, DEFAULT_SETTINGS.dailyCapacity);
    assert.deepEqual([...settings.cadenceByTag.keys()], ['vip', 'client']);
    for (const key of ['log_heading', 'week_starts_on', 'working_days', 'daily_capacity', 'cadence_by_tag', 'currency']) {
      assert.match(STARTER_SETTINGS, new RegExp(`^# .*\\n(# .*\\n)*#? ?${key}:`, 'm'), `${key} has a comment above it`);
    }
  });

  it('has a template that makes a valid dossier, without the keys left empty', () => {
    const text = renderTemplate(STARTER_TEMPLATE, { name: 'Ольга Смирнова', phone: '+7 701 234 56 78' }, day('2026-11-25'));
    const parsed = parseDossier('olga-smirnova.md', text, 'Log');
    assert.equal(parsed.kind, 'dossier');
    assert.deepEqual(parsed.problems, []);
    if (parsed.kind !== 'dossier') return;
    assert.equal(parsed.client.name, 'Ольга Смирнова');
    assert.doesNotMatch(text, /^(company|email):/m);
    assert.match(text, /^phone: "\+7 701 234 56 78"$|^phone: \+7 701 234 56 78$/m);
    assert.match(text, /^next_contact: 2026-11-25$/m);
    assert.doesNotMatch(text, /\{\{|Template for a new dossier|placeholder/, 'the template\'s own note stays in the template');
  });
});
