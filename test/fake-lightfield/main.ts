// Standalone stand-in for the demo and manual testing:
// `npm run fake-lightfield [-- --port N] [-- --unwrapped-errors] [-- --index-lag-ms N]`.
import { DEMO_KEY, READ_ONLY_KEY, startFakeLightfield } from './server';

const DEFAULT_PORT = 4010;

/** `--index-lag-ms N`: lists miss records younger than N ms, as Lightfield's search index does (§7). */
function parseIndexLag(args: string[]): number {
  const flag = args.indexOf('--index-lag-ms');
  if (flag < 0) return 0;
  const ms = Number(args[flag + 1]);
  if (!Number.isFinite(ms) || ms < 0)
    throw new Error(`invalid --index-lag-ms ${JSON.stringify(args[flag + 1])} (a number of ms >= 0)`);
  return ms;
}

function parsePort(args: string[]): number {
  const flag = args.indexOf('--port');
  const text = flag >= 0 ? args[flag + 1] : (process.env.FAKE_LIGHTFIELD_PORT ?? String(DEFAULT_PORT));
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`invalid port ${JSON.stringify(text)} (0 = any free port)`);
  return port;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const fake = await startFakeLightfield({
    port: parsePort(args),
    wrapErrors: !args.includes('--unwrapped-errors'),
    indexLagMs: parseIndexLag(args),
    log: (line) => console.log(`${new Date().toISOString()} ${line}`),
  });
  console.log(`Fake Lightfield listening on ${fake.url}  (set lightfield.baseUrl to this)`);
  console.log(`  demo key (full access):      ${DEMO_KEY}`);
  console.log(`  read-only key (contacts:read): ${READ_ONLY_KEY}`);
  console.log(
    `  admin: GET ${fake.url}/__fake/requests, GET|POST /__fake/contacts, GET|POST /__fake/accounts, POST /__fake/faults, POST /__fake/index-lag, POST /__fake/reset`,
  );
  const stop = (signal: string) => {
    console.log(`${signal}: stopping`);
    fake.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
