// Benchmarks of `iop build`: cold single build, md-to-pdf, a batch of 50 (10 with --quick), and peak memory.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { generate } from './generate.js';
import { compare, run } from './measure.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const BIN = join(ROOT, 'bin', 'iop.js');
const node = process.execPath;

async function browserPath() {
  const { resolveBrowser } = await import(join(ROOT, 'lib/render/browser.js'));
  return (await resolveBrowser()).executablePath;
}

function htmlFiles(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...htmlFiles(path));
    else if (entry.name.endsWith('.html')) found.push(path);
  }
  return found.sort();
}

/** md-to-pdf, installed on demand outside the project (no browser download), pointed at the same browser. */
function mdToPdf() {
  const prefix = join(HERE, '.cache', 'md-to-pdf');
  const bin = join(prefix, 'node_modules', '.bin', 'md-to-pdf');
  if (!existsSync(bin)) {
    mkdirSync(prefix, { recursive: true });
    writeFileSync(join(prefix, 'package.json'), '{"private":true}\n');
    const installed = spawnSync('npm', ['install', '--no-audit', '--no-fund', 'md-to-pdf'], {
      cwd: prefix,
      env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' },
      encoding: 'utf8',
    });
    if (installed.status !== 0) return undefined;
  }
  return bin;
}

/**
 * A first build: into an empty folder, so no earlier PDF gives away the table of contents' page
 * numbers (a rebuild over earlier PDFs prints once; see src/build/build.ts).
 */
function freshBuild(paths, outDir, env, sampleMemory = false) {
  rmSync(outDir, { recursive: true, force: true });
  return run(node, [BIN, 'build', ...paths, '--out', outDir], { env, sampleMemory });
}

export async function benchBuild({ times, out, quick = false }) {
  // --quick keeps the whole run under a minute with a smaller batch; the full run uses 50.
  const batchSize = quick ? 10 : 50;
  const rows = [];
  const executable = await browserPath();
  const env = { BENCH_BROWSER: executable, IOP_BROWSER: executable };

  // 2. Cold build of the example against printing its HTML with a minimal script.
  const single = join(out, 'build-1');
  rmSync(single, { recursive: true, force: true });
  const prepared = await run(node, [BIN, 'build', join(ROOT, 'examples/navet'), '--out', single, '--html'], { env });
  if (prepared.code !== 0) throw new Error(`iop build failed: ${prepared.stderr}`);
  const html = htmlFiles(single);
  const cold = await compare(
    'build, kall, examples/navet',
    () => freshBuild([join(ROOT, 'examples/navet')], join(out, 'build-1-run'), env),
    () => run(node, [join(HERE, 'floor-print.js'), ...html], { env }),
    times,
  );
  rows.push({ ...cold, target: '≤ 1,2×', pass: cold.ratio <= 1.2 });

  // A rebuild over the earlier PDFs, as a handläggare builds many times a day: no target of its own.
  const warmOut = join(out, 'build-1-warm');
  await freshBuild([join(ROOT, 'examples/navet')], warmOut, env);
  const warm = await compare(
    'build, ombygge över tidigare PDF',
    () => run(node, [BIN, 'build', join(ROOT, 'examples/navet'), '--out', warmOut], { env }),
    () => run(node, [join(HERE, 'floor-print.js'), ...html], { env }),
    times,
  );
  rows.push({ ...warm, target: '–', pass: true });

  // md-to-pdf on the same Markdown, same browser: iop must be faster.
  const md = mdToPdf();
  if (md) {
    const mdDir = join(out, 'md-to-pdf');
    rmSync(mdDir, { recursive: true, force: true });
    mkdirSync(mdDir, { recursive: true });
    const sources = ['avtal.md', 'tjansteutlatande.md'].map((name) => {
      const target = join(mdDir, name);
      writeFileSync(target, readFileSync(join(ROOT, 'examples/navet', name), 'utf8'));
      return target;
    });
    writeFileSync(join(mdDir, 'config.cjs'), `module.exports = { launch_options: { executablePath: ${JSON.stringify(executable)}, args: ['--no-sandbox'] } };\n`);
    const versus = await compare(
      'build mot md-to-pdf (kvot < 1 är snabbare)',
      () => freshBuild([join(ROOT, 'examples/navet')], join(out, 'build-1-run'), env),
      () => run(md, ['--config-file', join(mdDir, 'config.cjs'), ...sources], { env }),
      times,
    );
    rows.push({ ...versus, target: '< 1×', pass: versus.ratio < 1 });
  } else {
    console.log('md-to-pdf kunde inte installeras; jämförelsen hoppas över.');
  }

  // 3 and 5. A batch of 50 ärenden: documents per second against one browser with two pages; peak memory.
  const batch = join(out, `batch-${batchSize}`);
  const batchOut = join(out, `batch-${batchSize}-pdf`);
  generate(batch, batchSize);
  rmSync(batchOut, { recursive: true, force: true });
  const batchPrepared = await run(node, [BIN, 'build', batch, '--out', batchOut, '--html'], { env });
  if (batchPrepared.code !== 0) throw new Error(`iop build (${batchSize}) failed: ${batchPrepared.stderr.slice(0, 2000)}`);
  const batchHtml = htmlFiles(batchOut);
  let peakMiB = 0;
  let floorPeakMiB = 0;
  const batchResult = await compare(
    `build, ${batchSize} ärenden (tid)`,
    async () => {
      const result = await freshBuild([batch], join(out, `batch-${batchSize}-run`), env, true);
      peakMiB = Math.max(peakMiB, result.peakMiB);
      return result;
    },
    async () => {
      const result = await run(node, [join(HERE, 'floor-print.js'), '--pages', '2', ...batchHtml], { env, sampleMemory: true });
      floorPeakMiB = Math.max(floorPeakMiB, result.peakMiB);
      return result;
    },
    Math.min(times, 3),
  );
  const docs = batchHtml.length;
  const throughput = { name: `build, ${batchSize} ärenden (dokument/s, kvot mot golvet)`, subjectMs: batchResult.subjectMs, floorMs: batchResult.floorMs, ratio: batchResult.floorMs / batchResult.subjectMs, subjectCpuMs: batchResult.subjectCpuMs, floorCpuMs: batchResult.floorCpuMs, documents: docs };
  rows.push({ ...throughput, target: '≥ 0,8×', pass: throughput.ratio >= 0.8 });
  console.log(`build, ${batchSize} ärenden: ${(docs / (batchResult.subjectMs / 1000)).toFixed(1)} dokument/s mot golvets ${(docs / (batchResult.floorMs / 1000)).toFixed(1)}`);
  console.log(`build, ${batchSize} ärenden: högsta minne ${peakMiB.toFixed(0)} MiB (golvet: ${floorPeakMiB.toFixed(0)} MiB), PSS för processen och webbläsaren`);
  rows.push({ name: `build, ${batchSize} ärenden, högsta minne (PSS MiB, iop + webbläsare)`, subjectMs: peakMiB, floorMs: floorPeakMiB, ratio: peakMiB / floorPeakMiB, target: '< 600 MiB', pass: peakMiB < 600, unit: 'MiB' });
  return rows;
}
