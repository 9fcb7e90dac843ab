// The JavaScript API's council figures (docs/api.md): `councilFigures(code)`
// fetches census/CODE.json from beside the calculator (so it works from any
// sub-path) and reads it with the API module, which must be loaded first
// (`await init()` of ./retention_pay_api.js). A code that is not an ONS local
// authority code, or has no file, throws an Error with `error.field` = "code".
import { councilFiguresFromText } from './retention_pay_api.js';

function refused(message) {
  const e = new Error(message);
  e.field = 'code';
  return e;
}

export async function councilFigures(code) {
  const c = String(code ?? '').slice(0, 40);
  if (!/^E\d{8}( \/ E\d{8})?$/.test(c)) {
    throw refused(`code: “${c}” is not an ONS local authority code like E08000003`);
  }
  // The list of councils first (1.8 KB gzipped), so an unknown code is said
  // plainly rather than met with a missing file.
  const index = await (await fetch(new URL('../census/councils.json', import.meta.url))).json();
  if (!index.councils.some((council) => council[0] === c)) {
    throw refused(`code: there are no census figures for a council with the code ${c}`);
  }
  const name = c.replace(/[^A-Za-z0-9]/g, '-');
  const response = await fetch(new URL(`../census/${name}.json`, import.meta.url));
  if (!response.ok) {
    throw refused(`code: the census figures for ${c} could not be fetched (HTTP ${response.status})`);
  }
  return councilFiguresFromText(c, await response.text());
}
