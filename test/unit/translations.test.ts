// Every user-facing string is translated: the manifest's (package.nls.json) and the code's
// (l10n/bundle.l10n.json, which must be what @vscode/l10n-dev exports from src today), German
// complete, with the same placeholders, code, command links and setting names as the English.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { encodeDraft } from '../../src/contact/draft';
import { buildFormFields } from '../../src/contact/formFields';
import { ObjectDefinitions } from '../../src/lightfield/types';
import { repoRoot } from '../parser/corpus';
import standard from '../fixtures/contact-definitions.json';

const ROOT = repoRoot();
type Strings = Record<string, string | { message: string; comment: string[] }>;
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as Strings;
const message = (entry: Strings[string]) => (typeof entry === 'string' ? entry : entry.message);

/** What must survive translation unchanged: {0} placeholders, `code`, command links, setting names. */
function fixedParts(text: string): string[] {
  return [...text.matchAll(/\{\w+\}|`[^`]+`|\(command:[^)]+\)|\blightfield\.\w+/g)].map((match) => match[0]).sort();
}

function expectComplete(english: Strings, german: Strings): void {
  assert.deepEqual(
    Object.keys(english).filter((key) => !(key in german)),
    [],
    'untranslated',
  );
  assert.deepEqual(
    Object.keys(german).filter((key) => !(key in english)),
    [],
    'translated but unused',
  );
  for (const [key, entry] of Object.entries(english)) {
    const translated = message(german[key]);
    assert.notEqual(translated.trim(), '', key);
    assert.deepEqual(fixedParts(translated), fixedParts(message(entry)), key);
  }
}

describe('translations', () => {
  it('the manifest names only keys package.nls.json defines, and package.nls.json holds no unused one', () => {
    const english = readJson('package.nls.json');
    const manifest = fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8');
    const used = [...manifest.matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]);
    assert.ok(used.length >= 25, `${used.length} localised strings`);
    assert.deepEqual(
      used.filter((key) => !(key in english)),
      [],
    );
    assert.deepEqual(
      Object.keys(english).filter((key) => !used.includes(key)),
      [],
    );
  });

  it('the manifest is completely translated into German', () => {
    expectComplete(readJson('package.nls.json'), readJson('package.nls.de.json'));
  });

  it('l10n/bundle.l10n.json is what @vscode/l10n-dev exports from src now', function () {
    this.timeout(60_000);
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'lightfield-l10n-'));
    try {
      const cli = path.join(ROOT, 'node_modules', '@vscode', 'l10n-dev', 'dist', 'cli.js');
      const run = spawnSync(process.execPath, [cli, 'export', '--outDir', out, path.join(ROOT, 'src')], {
        encoding: 'utf8',
      });
      assert.equal(run.status, 0, run.stderr);
      const exported = JSON.parse(fs.readFileSync(path.join(out, 'bundle.l10n.json'), 'utf8')) as Strings;
      assert.deepEqual(readJson('l10n/bundle.l10n.json'), exported, 'run npm run l10n:export');
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  it('the code is completely translated into German', () => {
    const english = readJson('l10n/bundle.l10n.json');
    assert.ok(Object.keys(english).length >= 50, `${Object.keys(english).length} strings`);
    expectComplete(english, readJson('l10n/bundle.l10n.de.json'));
  });

  it('speaks German in the code without vscode once the host hands it the German bundle', () => {
    const { fields } = buildFormFields(standard as unknown as ObjectDefinitions);
    const check = () =>
      encodeDraft({ $email: ['ada'] }, fields, { normalizePhone: () => undefined, phoneCountry: 'DE' }).errors.fields;
    assert.match(check().$email, /^"ada" is not an email address\./);
    l10n.config({ contents: readJson('l10n/bundle.l10n.de.json') as Record<string, string> });
    try {
      assert.equal(check().$email, '"ada" ist keine E-Mail-Adresse. Verwenden Sie die Form name@example.com.');
    } finally {
      l10n.config({ contents: {} });
    }
    assert.match(check().$email, /^"ada" is not an email address\./);
  });
});
