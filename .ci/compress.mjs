// Writes FILE.gz (gzip -9) and FILE.br (brotli, quality 11) beside every file of
// the given directories (not their subdirectories) that a host may serve
// compressed: HTML, JS, WebAssembly, CSS, SVG and JSON. A host that serves
// precompressed files (docs/embedding.md, "Serving the files compressed") then
// never compresses on the fly. Run by the post-build hooks for what each writes.
//   node .ci/compress.mjs DIR [DIR ...]
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const COMPRESSIBLE = /\.(html|js|wasm|css|svg|json)$/;
let files = 0;
let before = 0;
let gz = 0;
let br = 0;
for (const dir of process.argv.slice(2)) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (!COMPRESSIBLE.test(name) || !statSync(path).isFile()) continue;
    const bytes = readFileSync(path);
    const g = gzipSync(bytes, { level: 9 });
    const b = brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    });
    writeFileSync(`${path}.gz`, g);
    writeFileSync(`${path}.br`, b);
    files += 1;
    before += bytes.length;
    gz += g.length;
    br += b.length;
  }
}
console.log(`compress: ${files} files, ${before} bytes: ${gz} gzipped, ${br} brotli`);
