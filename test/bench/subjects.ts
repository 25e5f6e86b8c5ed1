// What the bench scripts measure: this extension (the packaged .vsix) and the baseline (baseline.ts).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { REPO_ROOT, VSIX, freshRunDir, log } from '../host/tools';
import { BASELINE_ID, BASELINE_NAME, packageBaseline } from './baseline';

export interface Subject {
  label: string;
  /** As Running Extensions shows it. */
  displayName: string;
  /** publisher.name, as the extension host logs it. */
  id: string;
  vsix: string;
}

function packageThisExtension(): void {
  if (process.env.LIGHTFIELD_E2E_SKIP_PACKAGE && fs.existsSync(VSIX)) return log(`reusing ${VSIX}`);
  const result = spawnSync('npm', ['run', '-s', 'package'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run package failed (exit ${result.status})`);
}

/** Packages both: this extension first, then the baseline. */
export async function packageSubjects(): Promise<[mine: Subject, baseline: Subject]> {
  packageThisExtension();
  return [
    {
      label: 'this extension',
      displayName: 'Lightfield Contact Capture',
      id: 'lightfield-community.lightfield-contact-capture',
      vsix: VSIX,
    },
    {
      label: 'baseline',
      displayName: BASELINE_NAME,
      id: BASELINE_ID,
      vsix: await packageBaseline(freshRunDir('bench-baseline')),
    },
  ];
}
