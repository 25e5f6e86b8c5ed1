// `node dist/parse-cli.js < file.txt`: prints the draft for stdin as JSON (see PlainContact).
import { parseContact, toPlainContact } from '../../src/parse/index';

const chunks: Buffer[] = [];
process.stdin.on('data', (chunk: Buffer) => chunks.push(chunk));
process.stdin.on('end', () => {
  const text = Buffer.concat(chunks).toString('utf8');
  console.log(JSON.stringify(toPlainContact(parseContact(text)), null, 2));
});
