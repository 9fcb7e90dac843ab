// Which code makes the WebAssembly big: reads a wasm file's code section and its
// "name" section (cargo's release output keeps names; the shipped file, after
// wasm-bindgen and wasm-opt, does not), and adds up the bytes of each function
// body by crate. The shares are of the code before wasm-opt shrinks it.
import { readFileSync } from 'node:fs';

function reader(bytes) {
  let i = 0;
  const r = {
    get pos() { return i; },
    set pos(v) { i = v; },
    byte: () => bytes[i++],
    leb() {
      let result = 0n, shift = 0n, b;
      do { b = bytes[i++]; result |= BigInt(b & 0x7f) << shift; shift += 7n; } while (b & 0x80);
      return Number(result);
    },
    str() { const n = r.leb(); const s = Buffer.from(bytes.subarray(i, i + n)).toString('utf8'); i += n; return s; },
  };
  return r;
}

/** Rust legacy mangling (`_ZN4core3fmt5write17h…E`) to `core::fmt::write`. */
export function demangle(name) {
  if (name.startsWith('_R')) {
    // v0 mangling: show the crate and the last identifier, enough to group by.
    const idents = [...name.matchAll(/(?:C(?:s[0-9A-Za-z]*_)?|N[a-zA-Z](?:s[0-9A-Za-z]*_)?)(\d+)_?([A-Za-z_][A-Za-z0-9_]*)/g)]
      .map((m) => m[2].slice(0, Number(m[1])));
    return idents.length ? `${idents[0]}::${idents.slice(1).join('::')}` : name;
  }
  if (!name.startsWith('_ZN')) return name;
  const parts = [];
  let i = 3;
  while (i < name.length && name[i] !== 'E') {
    let j = i;
    while (/[0-9]/.test(name[j])) j++;
    const n = Number(name.slice(i, j));
    if (!n) break;
    parts.push(name.slice(j, j + n));
    i = j + n;
  }
  if (parts.length && /^h[0-9a-f]{16}$/.test(parts.at(-1))) parts.pop();
  return parts.join('::').replace(/\$LT\$/g, '<').replace(/\$GT\$/g, '>').replace(/\$u20\$/g, ' ')
    .replace(/\$RF\$/g, '&').replace(/\$C\$/g, ',').replace(/\.\./g, '::');
}

/** The crate a (demangled) function belongs to: `<yew::html::…` -> `yew`. */
function crateOf(name) {
  const m = name.replace(/^[_<&\s]+/, '').match(/^([A-Za-z_][A-Za-z0-9_]*)::/);
  return m ? m[1] : '(other)';
}

export function contributors(path) {
  const bytes = readFileSync(path);
  const r = reader(bytes);
  r.pos = 8;
  let imports = 0;
  let bodies = [];
  const names = new Map();
  while (r.pos < bytes.length) {
    const id = r.byte();
    const len = r.leb();
    const end = r.pos + len;
    if (id === 2) {
      const n = r.leb();
      for (let k = 0; k < n; k++) {
        r.str(); r.str();
        const kind = r.byte();
        if (kind === 0) { r.leb(); imports++; }
        else if (kind === 1) { r.byte(); const f = r.byte(); r.leb(); if (f & 1) r.leb(); }
        else if (kind === 2) { const f = r.byte(); r.leb(); if (f & 1) r.leb(); }
        else if (kind === 3) { r.byte(); r.byte(); }
      }
    } else if (id === 10) {
      const n = r.leb();
      for (let k = 0; k < n; k++) {
        const size = r.leb();
        bodies.push(size);
        r.pos += size;
      }
    } else if (id === 0) {
      const sectionName = r.str();
      if (sectionName === 'name') {
        while (r.pos < end) {
          const sub = r.byte();
          const subLen = r.leb();
          const subEnd = r.pos + subLen;
          if (sub === 1) {
            const n = r.leb();
            for (let k = 0; k < n; k++) { const idx = r.leb(); names.set(idx, r.str()); }
          }
          r.pos = subEnd;
        }
      }
    }
    r.pos = end;
  }
  const byCrate = new Map();
  const functions = [];
  let total = 0;
  bodies.forEach((size, k) => {
    const name = demangle(names.get(imports + k) ?? `function ${imports + k}`);
    const crate = crateOf(name);
    byCrate.set(crate, (byCrate.get(crate) ?? 0) + size);
    functions.push([name, size]);
    total += size;
  });
  return {
    total,
    crates: [...byCrate].sort((a, b) => b[1] - a[1]),
    functions: functions.sort((a, b) => b[1] - a[1]),
  };
}
