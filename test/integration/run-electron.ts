// The same in-host suite through @vscode/test-electron: downloads a desktop VS Code and runs
// out/test/integration/index.js in it. For machines with internet (and a display, or xvfb-run);
// here (npm registry only) the download fails and this exits quickly with a pointer to
// run-code-server.js, which runs the identical suite offline.
//   node out/test/integration/run-electron.js      (npm run test:electron)
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { OUT_DIR, REPO_ROOT, freshRunDir } from '../host/tools';

async function main(): Promise<number> {
  const extensionTestsPath = path.join(OUT_DIR, 'test', 'integration', 'index.js');
  if (!fs.existsSync(path.join(REPO_ROOT, 'dist', 'extension.js')) || !fs.existsSync(extensionTestsPath)) {
    throw new Error('build first: node esbuild.js && node esbuild.js --tests');
  }
  const root = freshRunDir('electron');
  const workspace = path.join(root, 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  const resultsFile = path.join(root, 'results.txt');
  const version = process.env.LIGHTFIELD_VSCODE_VERSION || 'stable';
  try {
    const code = await runTests({
      version,
      // Set LIGHTFIELD_VSCODE_EXECUTABLE to use an installed desktop VS Code instead of downloading.
      ...(process.env.LIGHTFIELD_VSCODE_EXECUTABLE
        ? { vscodeExecutablePath: process.env.LIGHTFIELD_VSCODE_EXECUTABLE }
        : {}),
      extensionDevelopmentPath: REPO_ROOT,
      extensionTestsPath,
      extensionTestsEnv: { LIGHTFIELD_TEST_RESULTS: resultsFile },
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--user-data-dir',
        path.join(root, 'user-data'),
        '--extensions-dir',
        path.join(root, 'extensions'),
      ],
      timeout: 60_000,
    });
    return code;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|getaddrinfo|network|download/i.test(message)) {
      console.error(
        `test-electron could not download VS Code ${version} (${message}).\n` +
          'This machine has no internet access beyond the npm registry; run the same suite offline with\n' +
          '  npm run test:integration   (code-server + chromium, see test/integration/run-code-server.ts)',
      );
    } else {
      console.error(`test-electron failed: ${message}`);
    }
    return 1;
  } finally {
    if (fs.existsSync(resultsFile)) process.stdout.write(fs.readFileSync(resultsFile, 'utf8'));
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
