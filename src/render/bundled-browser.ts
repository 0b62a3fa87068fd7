// The Chromium that ships (Brotli-packed) inside @sparticuz/chromium, unpacked once per version
// into the user's cache folder. The package itself would unpack into the temporary folder on
// every run, and two runs at once would write the same 200 MB binary while the other starts it
// (spawn ETXTBSY). Here each process unpacks into a folder of its own beside the final one and
// renames it into place in one step: whoever comes first wins, the others use the winner's, and
// a run that is killed halfway leaves only a staging folder that a later run removes.
import { createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, normalize, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliDecompress, createBrotliDecompress } from 'node:zlib';
import { IopError } from '../errors.js';
import { fsErrorReason } from '../io/fs-errors.js';

const MESSAGES = {
  unpackFailed: (dir: string, reason: string) =>
    `Kunde inte packa upp den medföljande webbläsaren i ${dir}: ${reason}. Ange en skrivbar cachemapp med XDG_CACHE_HOME, eller en webbläsare med --browser eller IOP_BROWSER.`,
};

/** A staging folder older than this was left by a run that was killed while unpacking. */
const STALE_MS = 60 * 60 * 1000;

/** Where the package keeps its packed files, and its version. */
interface Package {
  bin: string;
  version: string;
}

/** @sparticuz/chromium's packed files, or undefined when the package is not installed (it is optional). */
function findPackage(): Package | undefined {
  let entry: string;
  try {
    entry = fileURLToPath(import.meta.resolve('@sparticuz/chromium'));
  } catch {
    return undefined;
  }
  // <package>/build/esm/index.js → <package>
  const root = join(dirname(entry), '..', '..');
  const bin = join(root, 'bin');
  if (!existsSync(join(bin, 'chromium.br'))) return undefined;
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  return { bin, version };
}

/** The per-user cache folder (the package's browser runs on Linux only): XDG_CACHE_HOME, or ~/.cache. */
export function cacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env['XDG_CACHE_HOME'];
  return xdg && isAbsolute(xdg) ? xdg : join(homedir(), '.cache');
}

export interface BundledChromium {
  executablePath: string;
  /** The folder it was unpacked into (with its fonts and graphics libraries). */
  dir: string;
  version: string;
}

/**
 * The bundled Chromium, unpacked if it was not already; undefined when the package is not
 * installed or the system is not Linux (the package holds a Linux build only). Throws an IopError
 * when it cannot be unpacked (no space, no permission).
 */
export async function bundledChromium(env: NodeJS.ProcessEnv = process.env): Promise<BundledChromium | undefined> {
  if (process.platform !== 'linux') return undefined;
  const pkg = findPackage();
  if (!pkg) return undefined;
  const base = join(cacheRoot(env), 'iop');
  const dir = join(base, `chromium-${pkg.version}`);
  const executablePath = join(dir, 'chromium');
  if (!existsSync(executablePath)) {
    try {
      await unpackOnce(pkg, base, dir);
    } catch (error) {
      throw new IopError(MESSAGES.unpackFailed(base, fsErrorReason(error, 'write')));
    }
  }
  return { executablePath, dir, version: pkg.version };
}

async function unpackOnce(pkg: Package, base: string, dir: string): Promise<void> {
  mkdirSync(base, { recursive: true });
  removeStaleStaging(base);
  const staging = mkdtempSync(join(base, `.chromium-${pkg.version}-`));
  try {
    await unpack(pkg.bin, staging);
    try {
      renameSync(staging, dir);
    } catch (error) {
      // Another process renamed its copy into place first: use that one.
      if (!existsSync(join(dir, 'chromium'))) throw error;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function removeStaleStaging(base: string): void {
  for (const name of readdirSync(base)) {
    if (!name.startsWith('.chromium-')) continue;
    const path = join(base, name);
    try {
      if (Date.now() - statSync(path).mtimeMs > STALE_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // removed by another process meanwhile
    }
  }
}

/** The layout the browser expects: the binary, its graphics libraries beside it, fonts/ and al2023/ (for Amazon Linux). */
async function unpack(bin: string, into: string): Promise<void> {
  await pipeline(createReadStream(join(bin, 'chromium.br')), createBrotliDecompress(), createWriteStream(join(into, 'chromium'), { mode: 0o755 }));
  await extractTar(join(bin, 'swiftshader.tar.br'), into);
  await extractTar(join(bin, 'fonts.tar.br'), join(into, 'fonts'));
  if (existsSync(join(bin, 'al2023.tar.br'))) await extractTar(join(bin, 'al2023.tar.br'), join(into, 'al2023'));
  // Chromium makes this folder beside itself when it is missing; made here, the cache is never written to by a run.
  mkdirSync(join(into, 'locales'), { recursive: true });
}

const inflate = promisify(brotliDecompress);

function field(header: Buffer, offset: number, length: number): string {
  const raw = header.subarray(offset, offset + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? length : end).toString('utf8');
}

/** A path inside the archive, refused if it would land outside `into`. */
function target(into: string, name: string): string {
  const path = normalize(name);
  if (isAbsolute(path) || path === '..' || path.startsWith(`..${sep}`)) throw new Error(`unsafe path in archive: ${name}`);
  return join(into, path);
}

/** Extracts a Brotli-packed tar archive (plain files and folders, as the package ships them). */
async function extractTar(file: string, into: string): Promise<void> {
  const archive = await inflate(readFileSync(file));
  mkdirSync(into, { recursive: true });
  let longName: string | undefined;
  for (let offset = 0; offset + 512 <= archive.length; ) {
    const header = archive.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const size = parseInt(field(header, 124, 12).trim() || '0', 8);
    const type = String.fromCharCode(header[156]!);
    const body = archive.subarray(offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
    if (type === 'L') {
      longName = field(body, 0, body.length);
      continue;
    }
    if (type === 'x' || type === 'g') {
      longName = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(body.toString('utf8'))?.[1] ?? longName;
      continue;
    }
    const prefix = field(header, 345, 155);
    const name = longName ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
    longName = undefined;
    const path = target(into, name);
    if (type === '5') mkdirSync(path, { recursive: true });
    else if (type === '0' || type === '\0' || type === '7') {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, body, { mode: parseInt(field(header, 100, 8).trim() || '644', 8) & 0o777 });
    } else throw new Error(`unsupported entry type ${JSON.stringify(type)} in ${file}`);
  }
}
