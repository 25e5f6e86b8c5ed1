// The manifest as VS Code and the Marketplace read it: the pictures it names shipped, and keys that
// type no character. Its translations: translations.test.ts.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../parser/corpus';

const ROOT = repoRoot();
const readJson = (file: string) =>
  JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, unknown>;
const manifest = readJson('package.json') as {
  icon: string;
  contributes: {
    keybindings: { command: string; key: string; mac?: string }[];
    walkthroughs: { steps: { id: string; description: string; media: { image: string } }[] }[];
    menus: Record<string, { command: string; group?: string }[]>;
  };
};
const english = readJson('package.nls.json') as Record<string, string>;

describe('manifest', () => {
  it('walks a new user through key, form, capture and import, each step with a button and a shipped picture', () => {
    const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8');
    const [walkthrough] = manifest.contributes.walkthroughs;
    assert.deepEqual(
      walkthrough.steps.map((step) => step.id),
      ['setApiKey', 'createContact', 'captureSelection', 'importFile'],
    );
    for (const step of walkthrough.steps) {
      const description = english[step.description.replace(/%/g, '')];
      assert.match(description, /\n\[[^\]]+\]\(command:lightfield\.\w+\)$/, `${step.id} ends in a button`);
      assert.ok(fs.existsSync(path.join(ROOT, step.media.image)), step.media.image);
      assert.match(ignore, new RegExp(`^!${path.dirname(step.media.image)}/\\*\\.svg$`, 'm'), 'shipped');
    }
    assert.match(english['walkthrough.setApiKey.description'], /made by a Lightfield workspace admin/);
  });

  it('has a 128×128 PNG icon, shipped', () => {
    const png = fs.readFileSync(path.join(ROOT, manifest.icon));
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
    assert.match(fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8'), new RegExp(`^!${manifest.icon}$`, 'm'));
  });

  it('binds keys that type no character: on macOS Option+letter types one, so Cmd or Ctrl is in the chord', () => {
    for (const binding of manifest.contributes.keybindings) {
      assert.ok(binding.mac, `${binding.command} has a macOS key`);
      assert.match(binding.mac!, /\b(cmd|ctrl)\+/, binding.command);
    }
  });

  it('puts its editor context entry in a group of its own, titled with "Lightfield"', () => {
    const entry = manifest.contributes.menus['editor/context'].find(
      (item) => item.command === 'lightfield.createContactFromSelection',
    );
    assert.match(entry?.group ?? '', /^lightfield@/);
    assert.match(english['command.createContactFromSelection'], /^Lightfield: /);
  });
});
