/**
 * Raw DEFLATE (RFC 1951) through the standard CompressionStream / DecompressionStream
 * ("deflate-raw"), with a hard cap on inflated bytes so a decompression bomb stops early.
 */

const noop = () => {};

async function readAll(
  readable: ReadableStream<Uint8Array>,
  maxBytes: number,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; reason: 'too_big' | 'corrupt' }> {
  const reader = readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        // Stop inflating now: cancelling also errors the writable side, so nothing more is produced.
        reader.cancel().catch(noop);
        return { ok: false, reason: 'too_big' };
      }
      chunks.push(value);
    }
  } catch {
    reader.cancel().catch(noop);
    return { ok: false, reason: 'corrupt' };
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return { ok: true, bytes };
}

/** Pushes `input` through a transform stream and collects what comes out (at most `maxBytes`). */
async function pipe(
  stream: CompressionStream | DecompressionStream,
  input: Uint8Array,
  maxBytes: number,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; reason: 'too_big' | 'corrupt' }> {
  const writer = stream.writable.getWriter();
  // Not awaited: the readable side must be drained at the same time, or backpressure stalls the
  // write. Their rejections (corrupt input, or the cancel above) are reported by the reader instead.
  writer.write(input as Uint8Array<ArrayBuffer>).catch(noop);
  writer.close().catch(noop);
  return readAll(stream.readable as ReadableStream<Uint8Array>, maxBytes);
}

export async function deflateRaw(input: Uint8Array): Promise<Uint8Array> {
  const out = await pipe(new CompressionStream('deflate-raw'), input, Number.MAX_SAFE_INTEGER);
  if (!out.ok) throw new Error('Compression failed.');
  return out.bytes;
}

/** Inflates raw DEFLATE data; never rejects. */
export async function inflateRaw(
  input: Uint8Array,
  maxBytes: number,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; reason: 'too_big' | 'corrupt' }> {
  try {
    return await pipe(new DecompressionStream('deflate-raw'), input, maxBytes);
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
}
