// Builds and packages the bench's baseline extension (baseline/): the same command ids and titles
// as the real manifest, a static form, nothing else. Returns the path of its .vsix.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { REPO_ROOT } from '../host/tools';

export const BASELINE_NAME = 'Lightfield Bench Baseline';
const BASELINE_PUBLISHER_NAME = ['lightfield-community', 'lightfield-bench-baseline'] as const;
/** publisher.name, as the extension host logs it. */
export const BASELINE_ID = BASELINE_PUBLISHER_NAME.join('.');

export async function packageBaseline(outDir: string): Promise<string> {
  fs.rmSync(outDir, { recursive: true, force: true });
  const dist = path.join(outDir, 'dist');
  const source = path.join(REPO_ROOT, 'test', 'bench', 'baseline');
  await esbuild.build({
    entryPoints: [path.join(source, 'extension.ts')],
    outfile: path.join(dist, 'extension.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['vscode'],
    minify: true,
    logLevel: 'warning',
  });
  await esbuild.build({
    entryPoints: [path.join(source, 'form.ts')],
    outfile: path.join(dist, 'form.js'),
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    format: 'iife',
    minify: true,
    logLevel: 'warning',
  });
  fs.copyFileSync(path.join(REPO_ROOT, 'media', 'webview', 'form.css'), path.join(dist, 'form.css'));

  const real = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
  const manifest = {
    name: BASELINE_PUBLISHER_NAME[1],
    displayName: BASELINE_NAME,
    version: '0.0.1',
    publisher: BASELINE_PUBLISHER_NAME[0],
    license: 'MIT',
    engines: { vscode: real.engines.vscode },
    main: './dist/extension.js',
    // Activated when the real extension is (the bench opens a markdown file at startup): both activation
    // times are taken at the same moment, under the same load.
    activationEvents: real.activationEvents,
    contributes: {
      commands: real.contributes.commands,
      configuration: {
        title: 'Lightfield',
        properties: { 'lightfield.baseUrl': real.contributes.configuration.properties['lightfield.baseUrl'] },
      },
    },
  };
  fs.writeFileSync(path.join(outDir, 'package.json'), JSON.stringify(manifest, null, 2));
  // The titles are the manifest's `%key%` placeholders: the English words come with them.
  fs.copyFileSync(path.join(REPO_ROOT, 'package.nls.json'), path.join(outDir, 'package.nls.json'));
  const vsix = path.join(outDir, 'baseline.vsix');
  const vsce = path.join(REPO_ROOT, 'node_modules', '.bin', 'vsce');
  const result = spawnSync(
    vsce,
    ['package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', vsix],
    { cwd: outDir, encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`packaging the baseline failed:\n${result.stdout}${result.stderr}`);
  return vsix;
}
