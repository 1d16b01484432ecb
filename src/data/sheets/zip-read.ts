import { Inflate } from 'fflate';

/*
 * Reading the few parts of an .xlsx (a ZIP archive) the app needs, with hard limits: a workbook is
 * untrusted input, and a 200 KB "zip bomb" can expand to gigabytes. The central directory is read
 * by hand and each part is inflated in chunks, so reading stops the moment a part or the whole
 * archive passes its limit, whatever sizes the archive claims.
 */

/** Why a file could not be read as a workbook; the message is shown to the deployer as it is. */
export class SheetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SheetError';
  }
}

export interface ZipLimits {
  /** Largest expanded size of one part, bytes. */
  maxEntryBytes: number;
  /** Largest expanded size of everything read, bytes. */
  maxTotalBytes: number;
  /** Most entries an archive may list. */
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntryBytes: 100 * 1024 * 1024,
  maxTotalBytes: 200 * 1024 * 1024,
  maxEntries: 10_000,
};

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  localOffset: number;
}

const MB = 1024 * 1024;
const CHUNK = 64 * 1024;

export interface ZipArchive {
  names: string[];
  /** The part's bytes, or null when the archive has no such part. */
  read(name: string): Uint8Array | null;
}

function findEndOfDirectory(view: DataView): number {
  const min = Math.max(0, view.byteLength - 22 - 65_535);
  for (let i = view.byteLength - 22; i >= min; i -= 1) {
    if (view.getUint32(i, true) === 0x06054b50) return i;
  }
  throw new SheetError('not a ZIP archive: its directory is missing (a damaged or cut-off file)');
}

function readDirectory(bytes: Uint8Array, limits: ZipLimits): Map<string, Entry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff) throw new SheetError('a ZIP64 archive: too large to read here');
  if (count > limits.maxEntries)
    throw new SheetError(`the archive lists ${count} parts, over ${limits.maxEntries}`);
  const decoder = new TextDecoder();
  const entries = new Map<string, Entry>();
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== 0x02014b50)
      throw new SheetError('not a readable ZIP archive: its directory is damaged');
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.set(name, {
      name,
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Opens an archive; parts are inflated only when read, each at most once. */
export function openZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipArchive {
  const entries = readDirectory(bytes, limits);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  const tooBig = (what: string, limit: number) =>
    new SheetError(
      `${what} expands beyond ${Math.round(limit / MB)} MB: refused (a "zip bomb", or far larger than a ledger)`,
    );
  return {
    names: [...entries.keys()],
    read(name) {
      const e = entries.get(name);
      if (!e) return null;
      if (e.flags & 1) throw new SheetError(`part ${name} is encrypted`);
      const local = e.localOffset;
      if (local + 30 > bytes.byteLength || view.getUint32(local, true) !== 0x04034b50)
        throw new SheetError(`part ${name} is damaged`);
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      const data = bytes.subarray(start, start + e.compressedSize);
      if (e.method === 0) {
        total += data.byteLength;
        if (data.byteLength > limits.maxEntryBytes) throw tooBig(`part ${name}`, limits.maxEntryBytes);
        if (total > limits.maxTotalBytes) throw tooBig('the workbook', limits.maxTotalBytes);
        return data;
      }
      if (e.method !== 8) throw new SheetError(`part ${name} uses an unknown compression (${e.method})`);
      const chunks: Uint8Array[] = [];
      let size = 0;
      const inflate = new Inflate((chunk) => {
        size += chunk.byteLength;
        total += chunk.byteLength;
        if (size > limits.maxEntryBytes) throw tooBig(`part ${name}`, limits.maxEntryBytes);
        if (total > limits.maxTotalBytes) throw tooBig('the workbook', limits.maxTotalBytes);
        chunks.push(chunk);
      });
      try {
        for (let i = 0; i < data.byteLength; i += CHUNK) {
          inflate.push(data.subarray(i, i + CHUNK), i + CHUNK >= data.byteLength);
        }
        if (data.byteLength === 0) inflate.push(new Uint8Array(0), true);
      } catch (err) {
        if (err instanceof SheetError) throw err;
        throw new SheetError(`part ${name} is damaged (${err instanceof Error ? err.message : String(err)})`);
      }
      if (chunks.length === 1) return chunks[0]!;
      const out = new Uint8Array(size);
      let o = 0;
      for (const c of chunks) {
        out.set(c, o);
        o += c.byteLength;
      }
      return out;
    },
  };
}
