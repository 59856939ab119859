/**
 * The one zlib call src/xlsx makes (inspect.ts: a raw inflate capped at the size the zip directory
 * claims), for the browser, on pako — the inflater JSZip itself uses. It fails as Node's does past the
 * cap (code ERR_BUFFER_TOO_LARGE), so the reader refuses a zip bomb here with the same reason.
 */
import { Inflate } from 'pako';

export function inflateRawSync(input: Uint8Array, options: { maxOutputLength?: number } = {}): Buffer {
  const max = options.maxOutputLength ?? Number.POSITIVE_INFINITY;
  const chunks: Uint8Array[] = [];
  let length = 0;
  const inflate = new Inflate({ raw: true, chunkSize: 64 * 1024 });
  inflate.onData = (chunk: Uint8Array) => {
    length += chunk.length;
    if (length > max) throw Object.assign(new RangeError('Cannot create a Buffer larger than maxOutputLength'), { code: 'ERR_BUFFER_TOO_LARGE' });
    chunks.push(chunk);
  };
  // pako reports bad data by ending with a non-zero status (Z_DATA_ERROR), not always through `err`.
  let endStatus = 0;
  inflate.onEnd = (status: number) => {
    endStatus = status;
  };
  // Not finishing: a stream that is whole ends by itself (`ended`), a truncated one waits for more bytes,
  // and is refused as Node refuses it.
  inflate.push(input, false);
  if (inflate.err || endStatus !== 0) throw new Error(inflate.msg || 'invalid deflate data');
  if (!inflate.ended) throw new Error('unexpected end of file');
  const out = Buffer.alloc(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
