// A shared link's answer before the app (issue 21), run by .ci/prerender after
// the split and before the prerender (which writes the files' names into
// boot.js). Release builds only: a debug build writes an empty answers.json,
// so `trunk serve` stays quick and the app simply answers on its own.
// For each calculator:
//   1. cargo builds the crate's engine-only module with the `first-answer`
//      feature and `--cfg first_answer="SLUG"` (src/first_answer.rs: one
//      export, `answer`, working out that calculator's sentence), in its own
//      target directory so no other build is redone. The linker leaves out
//      what the other calculators use, their text too: cutting one module
//      for all six down afterwards (wasm-metadce, until 30 November 2026)
//      dropped their code but kept every string in the module's data, 38 KB
//      of 112 in the retention file;
//   2. wasm-bindgen (the pinned version) gives the module and its glue; the
//      glue is the same for all six (one export of the same shape), and the
//      build stops if it is not;
//   3. wasm-opt -Oz shrinks the module;
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
const target = join(process.cwd(), 'target', 'answer');
const run = (cmd, args, env = {}) => execFileSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
const hash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

const tmp = mkdtempSync(join(tmpdir(), 'answer-'));
try {
  const manifest = { script: '', pages: {} };
  let glue = null;
  for (const slug of SLUGS) {
    const cfg = slug.replace(/-/g, '_');
    run('cargo', ['rustc', '--quiet', '--locked', '--lib', '--target', 'wasm32-unknown-unknown', '--release',
      '--no-default-features', '--features', 'first-answer', '--crate-type', 'cdylib', '--', '--cfg', `first_answer="${cfg}"`],
    { CARGO_TARGET_DIR: target });
    const out = join(tmp, cfg);
    run('wasm-bindgen', [join(target, 'wasm32-unknown-unknown', 'release', 'retention_pay.wasm'), '--target', 'web',
      '--no-typescript', '--out-dir', out, '--out-name', 'answer']);
    const js = readFileSync(join(out, 'answer.js'));
    if (glue && !glue.equals(js)) throw new Error(`answer: ${slug}'s glue differs from the others' (src/first_answer.rs must export the same for every calculator)`);
    glue = js;
    const cut = join(out, 'answer.wasm');
    run('wasm-opt', ['-Oz', join(out, 'answer_bg.wasm'), '-o', cut]);
    const bytes = readFileSync(cut);
    const name = `answer-${slug}-${hash(bytes)}.wasm`;
    writeFileSync(join(dir, name), bytes);
    manifest.pages[slug] = name;
    console.log(`answer: ${name} ${bytes.length} bytes`);
  }
  manifest.script = `answer-${hash(glue)}.js`;
  writeFileSync(join(dir, manifest.script), glue);
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 1) + '\n');
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
