// Debian chromium through playwright-core, with a persistent profile: the workbench keeps
// SecretStorage in the page's localStorage, so one profile = one user's keychain.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM } from './tools';

export interface LaunchOptions {
  /** Remove the profile first (default true): a fresh browser = no stored secrets. */
  fresh?: boolean;
  /** Scratch folder for the browser's XDG dirs (crash reports etc.); defaults next to the profile. */
  scratch?: string;
  /** IANA time zone of the pages (e.g. 'Asia/Kolkata'); default: the machine's. */
  timezoneId?: string;
}

export async function launchChromium(profileDir: string, options: LaunchOptions = {}): Promise<BrowserContext> {
  if (options.fresh ?? true) fs.rmSync(profileDir, { recursive: true, force: true });
  fs.mkdirSync(profileDir, { recursive: true });
  const scratch = options.scratch ?? path.join(path.dirname(profileDir), 'browser-xdg');
  fs.mkdirSync(scratch, { recursive: true });
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  env.XDG_CONFIG_HOME = path.join(scratch, 'config');
  env.XDG_CACHE_HOME = path.join(scratch, 'cache');
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
    env,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
