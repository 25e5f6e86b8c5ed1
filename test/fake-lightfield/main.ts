// Standalone stand-in for the demo and manual testing: `npm run fake-lightfield [-- --port N] [-- --unwrapped-errors]`.
import { DEMO_KEY, READ_ONLY_KEY, startFakeLightfield } from './server';

const DEFAULT_PORT = 4010;

function parsePort(args: string[]): number {
  const flag = args.indexOf('--port');
  const text = flag >= 0 ? args[flag + 1] : (process.env.FAKE_LIGHTFIELD_PORT ?? String(DEFAULT_PORT));
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid port ${JSON.stringify(text)} (0 = any free port)`);
  return port;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const fake = await startFakeLightfield({
    port: parsePort(args),
    wrapErrors: !args.includes('--unwrapped-errors'),
    log: (line) => console.log(`${new Date().toISOString()} ${line}`),
  });
  console.log(`Fake Lightfield listening on ${fake.url}  (set lightfield.baseUrl to this)`);
  console.log(`  demo key (full access):      ${DEMO_KEY}`);
  console.log(`  read-only key (contacts:read): ${READ_ONLY_KEY}`);
  console.log(`  admin: GET ${fake.url}/__fake/requests, GET /__fake/contacts, POST /__fake/faults, POST /__fake/reset`);
  const stop = (signal: string) => {
    console.log(`${signal}: stopping`);
    fake.close().then(() => process.exit(0), (error: unknown) => {
      console.error(error);
      process.exit(1);
    });
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
