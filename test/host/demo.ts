// The demo behind `npm run demo` (run test/host/demo.sh, which builds and packages first): the
// Lightfield stand-in on 127.0.0.1:4010 (or a free port) and the packaged extension in a real
// VS Code pointed at it, until Ctrl-C.
//   desktop: `code` on PATH → a separate --user-data-dir/--extensions-dir under out/host-runs/demo
//   else:    code-server on 127.0.0.1:8080 (LIGHTFIELD_DEMO_PORT), open the printed URL in a browser
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEMO_KEY, startFakeLightfield } from '../fake-lightfield/server';
import {
  codeServerDirs,
  installExtension,
  isPortFree,
  startCodeServer,
  writeUserSettings,
  type CodeServer,
} from './code-server';
import { VSIX, freshRunDir } from './tools';

function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

async function main(): Promise<void> {
  if (!fs.existsSync(VSIX)) throw new Error(`no ${path.basename(VSIX)}; run: npm run demo (it packages first)`);
  const wantedFakePort = Number(process.env.LIGHTFIELD_FAKE_PORT || 4010);
  const fakePort = (await isPortFree(wantedFakePort)) ? wantedFakePort : 0;
  const fake = await startFakeLightfield({ port: fakePort });
  const root = freshRunDir('demo');
  const dirs = codeServerDirs(root);
  const workspace = path.join(root, 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  fs.writeFileSync(
    path.join(workspace, 'meeting-notes.md'),
    '# Call with Analytical Engines\n\nAda Lovelace\nHead of Engineering\nada@analytical-engines.example\n+1 415 555 0123\n',
  );
  const settings = { 'lightfield.baseUrl': fake.url, 'lightfield.requestTimeoutSeconds': 10 };

  let server: CodeServer | undefined;
  let stopDesktop: (() => void) | undefined;
  const desktop = onPath('code') && !process.env.LIGHTFIELD_DEMO_BROWSER;
  let where: string;
  if (desktop) {
    const common = ['--user-data-dir', dirs.userDataDir, '--extensions-dir', dirs.extensionsDir];
    const installed = spawnSync('code', [...common, '--install-extension', VSIX, '--force'], { encoding: 'utf8' });
    if (installed.status !== 0)
      throw new Error(`code --install-extension failed:\n${installed.stdout}${installed.stderr}`);
    writeUserSettings(dirs, settings);
    const child = spawn('code', [...common, '--new-window', '--wait', workspace], { stdio: 'inherit' });
    stopDesktop = () => {
      if (child.pid !== undefined && child.exitCode === null) process.kill(child.pid, 'SIGTERM');
    };
    child.on('exit', () => void shutdown(0));
    where = `the VS Code window that just opened (profile in ${path.relative(process.cwd(), root)})`;
  } else {
    await installExtension(dirs, VSIX);
    writeUserSettings(dirs, settings);
    const port = Number(process.env.LIGHTFIELD_DEMO_PORT || 8080);
    if (!(await isPortFree(port))) throw new Error(`port ${port} is busy; set LIGHTFIELD_DEMO_PORT to another port`);
    server = await startCodeServer({ ...dirs, port });
    where = `${server.base}/?folder=${encodeURIComponent(workspace)}  (VS Code in the browser)`;
  }

  console.log(`
Lightfield Contact Capture demo
  Lightfield stand-in: ${fake.url}   (lightfield.baseUrl points here; inspect ${fake.url}/__fake/contacts)
  VS Code:             ${where}
  Demo API key:        ${DEMO_KEY}

  1. Command Palette (F1) → "Lightfield: Set API Key" → paste the key above → Enter.
  2. Command Palette → "Lightfield: Create Contact" → fill the form → "Create Contact".
  3. Or open meeting-notes.md, select the signature, right-click → "Create Contact from Selection".
  4. Stop the demo with Ctrl-C.
`);

  let stopping = false;
  async function shutdown(code: number): Promise<void> {
    if (stopping) return;
    stopping = true;
    console.log('\ndemo: stopping');
    stopDesktop?.();
    await server?.stop().catch(() => {});
    await fake.close().catch(() => {});
    process.exit(code);
  }
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
}

main().catch((error: unknown) => {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
