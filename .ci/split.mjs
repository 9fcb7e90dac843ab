// The post-link split (issue 21), run by .ci/prerender before the prerender, as
// part of Trunk's post_build stage. Trunk has built the app with the `split`
// feature (index.html) and run wasm-bindgen on the whole module; this redoes
// that last step on the split module instead:
//   1. wasm-split-cli (wasm_split_cli_support, pinned in .ci/install) cuts cargo's
//      output at the split points of src/ui/parts.rs: the main module (the shell,
//      the state, the link's reader) and one file per calculator, plus chunks
//      that some calculators share;
//   2. wasm-bindgen (the pinned version) on the main module, keeping the exports
//      the parts link against (--keep-lld-exports);
//   3. wasm-opt -Oz on every module (release), with the parameters Trunk used;
//   4. names each part by its content (part-NAME-HASH.wasm, parts-HASH.js), so
//      the service worker may keep them, and writes parts.json: for each
//      calculator's slug, the files its first view needs (boot.js preloads them,
//      .ci/size and the benchmark count them).
// Trunk's own JS and wasm names are kept (they are a function of the same
// cargo output), so index.html and the loader need no change.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by trunk as a post_build hook (through .ci/prerender)');
const profile = process.env.TRUNK_PROFILE === 'debug' ? 'debug' : 'release';
const target = process.env.CARGO_TARGET_DIR || join(process.cwd(), 'target');
const input = join(target, 'wasm32-unknown-unknown', profile, 'retention-pay.wasm');
// The wasm-opt parameters of the whole module before the split (index.html had
// them): -Oz run until it stops shrinking, not inlining big functions into their
// one caller (2.8 KB gzipped less, measured 23 November 2026).
const OPT = ['-Oz', '--converge', '--one-caller-inline-max-function-size=100'];

const stem = readdirSync(dir).find((f) => /^retention-pay-[0-9a-f]+\.js$/.test(f))?.slice(0, -3);
if (!stem) throw new Error(`no retention-pay-HASH.js in ${dir}`);
const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'] });
const hash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
// Trunk's index.html names its files' digests (integrity=…): they follow the
// new content.
const index = join(dir, 'index.html');
let html = readFileSync(index, 'utf8');
const replaceFile = (name, bytes) => {
  html = html.split(sri(readFileSync(join(dir, name)))).join(sri(bytes));
  writeFileSync(join(dir, name), bytes);
};

const tmp = mkdtempSync(join(tmpdir(), 'split-'));
try {
  const split = join(tmp, 'split');
  const bound = join(tmp, 'bound');
  run('wasm-split-cli', [input, split, '--out-name', stem]);
  run('wasm-bindgen', [join(split, `${stem}.wasm`), '--target', 'web', '--keep-lld-exports', '--no-typescript',
    '--out-dir', bound, '--out-name', stem]);
  const parts = readdirSync(split).filter((f) => /^(split|chunk)_\w+\.wasm$/.test(f));
  const optimise = (from, to) => {
    if (profile === 'release') run('wasm-opt', [...OPT, from, '-o', to]);
    else copyFileSync(from, to);
  };
  optimise(join(bound, `${stem}_bg.wasm`), join(tmp, 'main.wasm'));
  replaceFile(`${stem}_bg.wasm`, readFileSync(join(tmp, 'main.wasm')));

  let link = readFileSync(join(split, '__wasm_split.js'), 'utf8');
  // Each part's loader starts its fetch, then waits for the parts it depends
  // on; if one of those fails first, its own fetch's failure is never awaited
  // and surfaces as an unhandled rejection ("Uncaught (in promise) TypeError:
  // Failed to fetch"), which a host page's error tracker would report. A
  // no-op catch marks it handled; WebAssembly.instantiateStreaming still sees
  // the failure when it awaits the fetch.
  const fetches = link.match(/const src = fetch\(new URL\("[^"]+", import\.meta\.url\)\);/g) ?? [];
  if (fetches.length === 0) throw new Error('the split loader has changed: no `const src = fetch(new URL(…))` to mark handled');
  link = link.replace(/(const src = fetch\(new URL\("[^"]+", import\.meta\.url\)\);)/g, '$1 src.catch(() => {});');
  const named = new Map();
  for (const f of parts) {
    const out = join(tmp, f);
    optimise(join(split, f), out);
    const bytes = readFileSync(out);
    const name = `part-${f.slice(0, -5)}-${hash(bytes)}.wasm`;
    writeFileSync(join(dir, name), bytes);
    named.set(f, name);
    link = link.split(`"./${f}"`).join(`"./${name}"`);
  }
  const linkName = `parts-${hash(link)}.js`;
  writeFileSync(join(dir, linkName), link);
  // The glue imports the link script by its new name; the wasm's own import
  // module names (the keys of its imports object) stay as they are.
  const glue = readFileSync(join(bound, `${stem}.js`), 'utf8').split('from "./__wasm_split.js"').join(`from "./${linkName}"`);
  replaceFile(`${stem}.js`, Buffer.from(glue));
  writeFileSync(index, html);

  // Which files each calculator needs: its own split file and every chunk whose
  // comment names it (wasm-split-cli writes `/* a, b */` above each chunk).
  const manifest = { script: linkName, pages: {} };
  const slug = (s) => s.replace(/_/g, '-');
  for (const f of parts.filter((p) => p.startsWith('split_'))) manifest.pages[slug(f.slice(6, -5))] = [named.get(f)];
  for (const m of link.matchAll(/\/\* ([\w, ]+) \*\/\s*const __chunk_\d+ = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/(part-chunk_[^"]+)"/g)) {
    for (const s of m[1].split(', ')) (manifest.pages[slug(s)] ??= []).push(m[2]);
  }
  writeFileSync(join(dir, 'parts.json'), JSON.stringify(manifest, null, 1) + '\n');
  const total = parts.reduce((n, f) => n + readFileSync(join(dir, named.get(f))).length, 0);
  console.log(`split: ${stem}_bg.wasm ${readFileSync(join(dir, `${stem}_bg.wasm`)).length} bytes, ${parts.length} parts ${total} bytes`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
