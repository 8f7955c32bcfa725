import { inflateRawSync } from 'node:zlib';

/**
 * The total uncompressed size a ZIP file (an XLSX is one) declares in its central directory, read
 * before anything is inflated: a small upload that would inflate to gigabytes (a "zip bomb") is
 * refused without being opened. Returns null when the central directory cannot be found.
 */
export function declaredUnzippedSize(zip: Buffer): number | null {
  const END = 0x06054b50;
  const ENTRY = 0x02014b50;
  // the end record is the last 22 bytes, followed by a comment of up to 65,535 bytes
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === END) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== ENTRY) return null;
    total += zip.readUInt32LE(at + 24);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return total;
}

/**
 * Whether a ZIP file's members, actually inflated, stay within `limit` bytes in all: the declared
 * sizes first (cheap), then each member inflated with a ceiling, since a crafted file can declare
 * less than it holds. `false` for a file whose directory cannot be read.
 */
export function unzipsWithin(zip: Buffer, limit: number): boolean {
  const declared = declaredUnzippedSize(zip);
  if (declared === null || declared > limit) return false;
  const END = 0x06054b50;
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === END) {
      end = i;
      break;
    }
  }
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const local = zip.readUInt32LE(at + 42);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    if (local + 30 > zip.length) return false;
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + compressed);
    if (method === 0) total += data.length;
    else if (method === 8) {
      try {
        total += inflateRawSync(data, { maxOutputLength: limit - total + 1 }).length;
      } catch {
        return false; // over the ceiling, or not deflate data at all
      }
    } else return false;
    if (total > limit) return false;
  }
  return true;
}
