// Reading with a limit: no input is held in memory past the size limit before it is refused, whatever
// it is (a regular file that grows while it is read, a FIFO, /dev/zero, standard input).
import type { Stats } from 'node:fs';
import { open } from 'node:fs/promises';

/** The bytes, or the size of what was over the limit (null for a stream: only its first bytes were read). */
export type Bounded = { readonly bytes: Uint8Array } | { readonly tooLarge: number | null };

/** What kind of file a stat or a folder entry describes, for a message ("a FIFO", "a socket"…), or null for a regular file. */
export function specialKind(stat: Pick<Stats, 'isFile' | 'isDirectory' | 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice'>): string | null {
  if (stat.isFile()) return null;
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

/** A stream's bytes, or that it went past `maxBytes` (the rest is not read). */
export async function readStreamBounded(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Bounded> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > maxBytes) {
      (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      return { tooLarge: null };
    }
    chunks.push(buffer);
  }
  return { bytes: Buffer.concat(chunks) };
}

/**
 * A file's bytes, or its size when it is over `maxBytes`. A regular file is sized on its open
 * descriptor and read to at most `maxBytes + 1` (it may grow meanwhile); anything else named on the
 * command line (a FIFO, /dev/zero, a process substitution) is read as a stream up to the limit.
 */
export async function readFileBounded(path: string, maxBytes: number): Promise<Bounded> {
  // Opened off the main thread: opening a FIFO waits for its writer.
  const file = await open(path, 'r');
  try {
    const stat = await file.stat();
    if (!stat.isFile()) return await readStreamBounded(file.createReadStream({ autoClose: false }), maxBytes);
    if (stat.size > maxBytes) return { tooLarge: stat.size };
    const buffer = Buffer.alloc(stat.size + 1);
    let size = 0;
    for (let n = 1; n > 0 && size < buffer.length; size += n) ({ bytesRead: n } = await file.read(buffer, size, buffer.length - size));
    return size > maxBytes ? { tooLarge: size } : { bytes: buffer.subarray(0, size) };
  } finally {
    await file.close();
  }
}
