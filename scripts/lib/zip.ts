// A minimal ZIP writer (deflate or store, no directories, no ZIP64) for packing the extension folder into a CRX.
// Written here rather than taken from node_modules: the zip libraries there are transitive dependencies of wxt and
// web-ext, which may drop or change them. Entries are sorted and dated 1980-01-01, so the same folder always gives
// the same bytes.
import { crc32, deflateRawSync } from 'node:zlib';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface ZipEntry {
  /** Path inside the archive, with forward slashes. */
  name: string;
  data: Buffer;
}

const DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01
const DOS_TIME = 0;
const UTF8_NAMES = 1 << 11;

/** Every file under `dir`, as archive entries named relative to it, in sorted order. */
export function readFolder(dir: string): ZipEntry[] {
  const entries: ZipEntry[] = [];
  const walk = (folder: string) => {
    for (const item of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, item.name);
      if (item.isDirectory()) walk(path);
      else if (item.isFile()) entries.push({ name: relative(dir, path).split(sep).join('/'), data: readFileSync(path) });
      else throw new Error(`not a regular file or folder: ${path}`);
    }
  };
  walk(dir);
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    if (entry.name === '' || entry.name.startsWith('/') || entry.name.split('/').includes('..')) throw new Error(`bad zip entry name: ${entry.name}`);
    const deflated = deflateRawSync(entry.data, { level: 9 });
    const stored = deflated.length >= entry.data.length;
    const body = stored ? entry.data : deflated;
    if (entry.data.length > 0xffffffff || offset > 0xffffffff) throw new Error('archive too large (no ZIP64 support)');
    const crc = crc32(entry.data);

    // Local and central headers share a run of fields (version needed … name length), two bytes apart.
    const shared = (header: Buffer, at: number) => {
      header.writeUInt16LE(20, at); // version needed: 2.0 (deflate)
      header.writeUInt16LE(UTF8_NAMES, at + 2);
      header.writeUInt16LE(stored ? 0 : 8, at + 4);
      header.writeUInt16LE(DOS_TIME, at + 6);
      header.writeUInt16LE(DOS_DATE, at + 8);
      header.writeUInt32LE(crc, at + 10);
      header.writeUInt32LE(body.length, at + 14);
      header.writeUInt32LE(entry.data.length, at + 18);
      header.writeUInt16LE(name.length, at + 22);
    };
    const local = Buffer.alloc(30); // extra length: 0
    local.writeUInt32LE(0x04034b50, 0);
    shared(local, 4);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0
    shared(central, 6);
    // extra length, comment length, disk number, internal attributes: 0
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // external attributes: a regular file, rw-r--r--
    central.writeUInt32LE(offset, 42);

    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  if (entries.length > 0xffff) throw new Error('too many files (no ZIP64 support)');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
