import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The README's command and settings tables, checked against the manifest. */
const root = path.resolve(__dirname, '../../..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');

interface Manifest {
  contributes: {
    commands: { command: string }[];
    keybindings: { command: string; key: string; mac?: string }[];
    configuration: { properties: Record<string, unknown> };
  };
}
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as Manifest;

/** `ctrl+alt+l` as the README writes it: `Ctrl+Alt+L`. */
const keyLabel = (key: string) => key.split('+').map((part) => part[0].toUpperCase() + part.slice(1)).join('+');

function tableRow(marker: string): string | undefined {
  return readme.split('\n').find((line) => line.startsWith('|') && line.includes(marker));
}

describe('README', () => {
  it('lists every command of package.json in the commands table, with its keybinding', () => {
    for (const { command } of manifest.contributes.commands) {
      const row = tableRow(`(\`${command}\`)`);
      assert.ok(row, `README: no row for ${command}`);
      for (const binding of manifest.contributes.keybindings.filter((b) => b.command === command)) {
        assert.ok(row.includes(`\`${keyLabel(binding.key)}\``), `README: ${command} lacks its key ${keyLabel(binding.key)}`);
        if (binding.mac) assert.ok(row.includes(`\`${keyLabel(binding.mac)}\``), `README: ${command} lacks its Mac key ${keyLabel(binding.mac)}`);
      }
    }
  });

  it('lists every setting of package.json in the settings table', () => {
    for (const key of Object.keys(manifest.contributes.configuration.properties)) {
      assert.ok(tableRow(`\`${key}\``), `README: no row for the setting ${key}`);
    }
  });

  it('shows a picture that exists', () => {
    for (const [, file] of readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)) {
      assert.ok(fs.existsSync(path.join(root, file)), `README: ${file} is missing`);
    }
  });
});
