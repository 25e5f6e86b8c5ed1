// Reads an answer's body as a stream, up to a limit: a server (or something in its place) that
// sends 500 MB, or never stops, costs at most `limitBytes` of memory and is cut off there.
import { HeaderReader } from './retry';

export interface StreamedAnswer {
  headers: HeaderReader;
  body: AsyncIterable<Uint8Array | string> | null;
}

/** The body as UTF-8 text, or undefined when it is (or says it will be) longer than `limitBytes`. */
export async function readBodyWithin(answer: StreamedAnswer, limitBytes: number): Promise<string | undefined> {
  const declared = Number(answer.headers.get('content-length') ?? Number.NaN);
  if (declared > limitBytes) return undefined;
  if (answer.body === null) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  const encoder = new TextEncoder();
  for await (const chunk of answer.body) {
    const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
    size += bytes.byteLength;
    // Leaving the loop ends the stream; the caller also aborts the request to close the socket.
    if (size > limitBytes) return undefined;
    chunks.push(bytes);
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(all);
}
