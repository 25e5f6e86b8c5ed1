// Scenario nd: VS Code's display language German. A code-server of its own starts with `--locale de`;
// a stand-in language pack (test/fixtures/e2e/language-pack-de: German declared, nothing of VS Code
// translated) makes German the resolved language, as installing Microsoft's pack would, so VS Code
// hands the extension its package.nls.de.json and l10n/bundle.l10n.de.json.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEMO_KEY, startFakeLightfield } from '../fake-lightfield/server';
import { launchChromium } from '../host/browser';
import { codeServerDirs, freePort, installExtension, startCodeServer, writeUserSettings } from '../host/code-server';
import { REPO_ROOT, VSIX, log } from '../host/tools';
import { Workbench } from '../host/workbench';
import { isSelected, scenarioRunner, type ScenarioEnv } from './harness';

const PACK_DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'e2e', 'language-pack-de');
const PACK_ID = 'lightfield-e2e.e2e-language-pack-de';

/** The pack as a .vsix (vsce, offline), installed like any extension. */
async function installGermanPack(dirs: ReturnType<typeof codeServerDirs>): Promise<void> {
  const vsix = path.join(dirs.root, 'language-pack-de.vsix');
  const vsce = path.join(REPO_ROOT, 'node_modules', '.bin', 'vsce');
  const packed = spawnSync(vsce, ['package', '--no-dependencies', '--allow-missing-repository', '--out', vsix], {
    cwd: PACK_DIR,
    encoding: 'utf8',
  });
  if (packed.status !== 0) throw new Error(`vsce package (language pack) failed: ${packed.stderr}${packed.stdout}`);
  await installExtension(dirs, vsix);
  // What VS Code's language pack service writes once it has scanned the extensions; written here so
  // that the first page load is German already.
  const version = (JSON.parse(fs.readFileSync(path.join(PACK_DIR, 'package.json'), 'utf8')) as { version: string })
    .version;
  const translations = path.join(dirs.extensionsDir, `${PACK_ID}-${version}`, 'translations', 'main.i18n.json');
  const packs = {
    de: {
      hash: `e2e-${version}`,
      extensions: [{ extensionIdentifier: { id: PACK_ID }, version }],
      translations: { vscode: translations },
      label: 'Deutsch',
    },
  };
  fs.writeFileSync(path.join(dirs.userDataDir, 'languagepacks.json'), JSON.stringify(packs));
}

export async function runGermanScenarios(env: ScenarioEnv): Promise<void> {
  if (!isSelected(env.only, 'nd')) return;
  const fake = await startFakeLightfield({ port: 0 });
  const dirs = codeServerDirs(path.join(env.root, 'german'));
  let server: Awaited<ReturnType<typeof startCodeServer>> | undefined;
  let context: Awaited<ReturnType<typeof launchChromium>> | undefined;
  let wb: Workbench | undefined;
  try {
    await installExtension(dirs, VSIX);
    await installGermanPack(dirs);
    writeUserSettings(dirs, { ...env.settings, 'lightfield.baseUrl': fake.url });
    server = await startCodeServer({ ...dirs, port: await freePort(), extraArgs: ['--locale', 'de'] });
    log(`German code-server ${server.base}; stand-in ${fake.url}`);
    context = await launchChromium(path.join(env.root, 'chromium-profile-german'));
    wb = new Workbench(context.pages()[0] ?? (await context.newPage()), server.base);
    await wb.openFolder(env.workspace, 'notes.md');
  } catch (error) {
    log(`German setup failed: ${error instanceof Error ? error.stack : String(error)}`);
    await wb?.screenshot('failed-german-setup').catch(() => {});
    wb = undefined;
  }
  const scenario = scenarioRunner({ fake, workbench: () => wb, only: env.only, results: env.results });

  await scenario(
    'nd',
    'with VS Code in German, the commands, the key prompt and the form speak German',
    async (w, expect) => {
      await w.waitForCommand('Lightfield: API-Schlüssel festlegen');
      await w.runCommand('Lightfield: API-Schlüssel festlegen');
      const prompt = await w.answerInput(DEMO_KEY, { password: true });
      expect.that(prompt.includes('Fügen Sie Ihren Lightfield-API-Schlüssel ein.'), `the key prompt: ${prompt}`);
      await w.waitForNotification('Lightfield-API-Schlüssel gespeichert.');
      await w.runCommand('Lightfield: Kontakt anlegen');
      const form = w.webview();
      const email = form.getByLabel('Email', { exact: true }); // the workspace's own label, as Lightfield has it
      await email.waitFor({ timeout: 20_000 });
      await email.fill('ada');
      await form.getByLabel('Vorname', { exact: true }).waitFor();
      await form.getByRole('button', { name: 'Kontakt anlegen', exact: true }).click();
      const error = form.getByText('"ada" ist keine E-Mail-Adresse. Verwenden Sie die Form name@example.com.');
      await error.first().waitFor({ timeout: 10_000 });
      await w.screenshot('form-german');
      expect.equal(fake.contacts().length, 0, 'contacts created from an invalid form');
    },
  );

  await context?.close().catch(() => {});
  await server?.stop();
  await fake.close();
}
