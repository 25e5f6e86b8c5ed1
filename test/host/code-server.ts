// code-server (VS Code 1.139 server + web workbench) as a child process: loopback only, no auth,
// XDG dirs and user-data/extensions dirs inside a scratch folder, stopped by PID.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { CODE_SERVER_ENTRY, NODE24, assertToolsInstalled, sleep } from './tools';

export interface CodeServerDirs {
  /** Scratch root: XDG dirs, log and pid file go here. */
  root: string;
  userDataDir: string;
  extensionsDir: string;
}

export interface CodeServerOptions extends CodeServerDirs {
  port: number;
  /** Extra CLI flags, e.g. ['--vscode-option', 'enable-smoke-test-driver']. */
  extraArgs?: string[];
  /** Extra env; the extension host is forked from the server and inherits it. */
  env?: Record<string, string>;
  readyTimeoutMs?: number;
}

export interface CodeServer {
  base: string;
  port: number;
  pid: number;
  logFile: string;
  stop(): Promise<void>;
}

/** Scratch layout under `root`, created if missing. */
export function codeServerDirs(root: string): CodeServerDirs {
  const dirs = { root, userDataDir: path.join(root, 'user-data'), extensionsDir: path.join(root, 'extensions') };
  fs.mkdirSync(path.join(dirs.userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(dirs.extensionsDir, { recursive: true });
  return dirs;
}

/** Keeps code-server (and anything it spawns) from writing ~/.config/code-server and ~/.local/share. */
function scratchEnv(root: string): Record<string, string> {
  const env = {
    XDG_CONFIG_HOME: path.join(root, 'xdg-config'),
    XDG_DATA_HOME: path.join(root, 'xdg-data'),
    XDG_CACHE_HOME: path.join(root, 'xdg-cache'),
  };
  for (const dir of Object.values(env)) fs.mkdirSync(dir, { recursive: true });
  return env;
}

function commonArgs(dirs: CodeServerDirs): string[] {
  return ['--user-data-dir', dirs.userDataDir, '--extensions-dir', dirs.extensionsDir];
}

/** A port the OS says is free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** True when nothing listens on 127.0.0.1:port. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** `code-server --install-extension <vsix>`: what a user does with a downloaded .vsix (about 1 s). */
export function installExtension(dirs: CodeServerDirs, vsix: string): Promise<string> {
  assertToolsInstalled();
  if (!fs.existsSync(vsix)) throw new Error(`no .vsix at ${vsix} (run: npm run package)`);
  return new Promise((resolve, reject) => {
    execFile(
      NODE24,
      [CODE_SERVER_ENTRY, ...commonArgs(dirs), '--install-extension', vsix, '--force'],
      { env: { ...process.env, ...scratchEnv(dirs.root) }, timeout: 120_000, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const output = `${stdout}${stderr}`.trim();
        if (error || !/successfully installed/i.test(output)) {
          reject(new Error(`--install-extension ${path.basename(vsix)} failed: ${error?.message ?? ''}\n${output}`));
        } else resolve(output);
      },
    );
  });
}

/** Starts code-server and resolves once GET /healthz answers 200 (about 1 s here). */
export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  assertToolsInstalled();
  const logFile = path.join(options.root, `code-server-${options.port}.log`);
  const out = fs.openSync(logFile, 'a');
  const args = [
    CODE_SERVER_ENTRY,
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${options.port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    ...commonArgs(options),
    ...(options.extraArgs ?? []),
  ];
  const child: ChildProcess = spawn(NODE24, args, {
    stdio: ['ignore', out, out],
    env: { ...process.env, ...scratchEnv(options.root), ...options.env },
  });
  fs.closeSync(out);
  if (child.pid === undefined) throw new Error(`could not start code-server (see ${logFile})`);
  const pid = child.pid;
  fs.writeFileSync(path.join(options.root, 'code-server.pid'), String(pid));
  const base = `http://127.0.0.1:${options.port}`;

  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    process.kill(pid, 'SIGTERM');
    const timer = setTimeout(() => {
      if (child.exitCode === null && child.signalCode === null) process.kill(pid, 'SIGKILL');
    }, 5000);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + (options.readyTimeoutMs ?? 60_000);
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`code-server exited early with ${child.exitCode}; log ${logFile}:\n${tail(logFile)}`);
    }
    try {
      const response = await fetch(`${base}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server not healthy after ${options.readyTimeoutMs ?? 60_000} ms; log ${logFile}`);
    }
    await sleep(200);
  }
  return { base, port: options.port, pid, logFile, stop };
}

/** Last lines of a log file, for error messages. */
export function tail(file: string, lines = 30): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** The settings every test run wants: no welcome page, tips, trust prompt, update checks or AI nags. */
export const QUIET_SETTINGS: Readonly<Record<string, unknown>> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
  'window.commandCenter': false,
};

/** Writes <user-data>/User/settings.json: the quiet settings plus `settings`. */
export function writeUserSettings(dirs: CodeServerDirs, settings: Record<string, unknown>): string {
  const file = path.join(dirs.userDataDir, 'User', 'settings.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2)}\n`);
  return file;
}
