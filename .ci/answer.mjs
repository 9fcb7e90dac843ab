// A shared link's answer before the app (issue 21), run by .ci/prerender after
// the split and before the prerender (which writes the files' names into
// boot.js). Release builds only: a debug build writes an empty answers.json,
// so `trunk serve` stays quick and the app simply answers on its own.
//   1. cargo builds the crate's engine-only module with the `first-answer`
//      feature (src/first_answer.rs: one export per calculator), in its own
//      target directory so no other build is redone;
//   2. wasm-bindgen (the pinned version) gives the module and its glue;
//   3. for each calculator, wasm-metadce (binaryen, as wasm-opt) keeps that
//      calculator's export and what wasm-bindgen's glue needs, and drops the
//      rest; wasm-opt -Oz then shrinks it;
//   4. names the files by their content (answer-HASH.js, answer-SLUG-HASH.wasm)
//      and writes answers.json: { script, pages: { slug: file } }.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by trunk as a post_build hook (through .ci/prerender)');
const manifestPath = join(dir, 'answers.json');
if (process.env.TRUNK_PROFILE === 'debug') {
  writeFileSync(manifestPath, JSON.stringify({ script: '', pages: {} }) + '\n');
  process.exit(0);
}
const SLUGS = ['retention', 'agency-or-permanent', 'payback', 'check-my-package', 'agency-or-permanent-for-me', 'workforce-strategy'];
// What wasm-bindgen's glue reads from the module besides the export it calls.
const GLUE = ['memory', '__wbindgen_malloc', '__wbindgen_realloc', '__wbindgen_free', '__wbindgen_start',
  '__wbindgen_externrefs', '__abort_handler', '__instance_terminated'];

const target = join(process.cwd(), 'target', 'answer');
const run = (cmd, args, env = {}) => execFileSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
const hash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

run('cargo', ['rustc', '--quiet', '--locked', '--lib', '--target', 'wasm32-unknown-unknown', '--release',
  '--no-default-features', '--features', 'first-answer', '--crate-type', 'cdylib'], { CARGO_TARGET_DIR: target });
const tmp = mkdtempSync(join(tmpdir(), 'answer-'));
try {
  run('wasm-bindgen', [join(target, 'wasm32-unknown-unknown', 'release', 'retention_pay.wasm'), '--target', 'web',
    '--no-typescript', '--out-dir', tmp, '--out-name', 'answer']);
  const glue = readFileSync(join(tmp, 'answer.js'));
  const script = `answer-${hash(glue)}.js`;
  writeFileSync(join(dir, script), glue);
  const manifest = { script, pages: {} };
  for (const slug of SLUGS) {
    const keep = [`answer_${slug.replace(/-/g, '_')}`, ...GLUE];
    const graph = join(tmp, `${slug}.json`);
    writeFileSync(graph, JSON.stringify([
      { name: 'outside', root: true, reaches: keep.map((e) => `export:${e}`) },
      ...keep.map((e) => ({ name: `export:${e}`, export: e })),
    ]));
    const cut = join(tmp, `${slug}.wasm`);
    execFileSync('wasm-metadce', [join(tmp, 'answer_bg.wasm'), '--graph-file', graph, '-o', cut], { stdio: 'ignore' });
    run('wasm-opt', ['-Oz', cut, '-o', cut]);
    const bytes = readFileSync(cut);
    const name = `answer-${slug}-${hash(bytes)}.wasm`;
    writeFileSync(join(dir, name), bytes);
    manifest.pages[slug] = name;
    console.log(`answer: ${name} ${bytes.length} bytes`);
  }
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 1) + '\n');
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
