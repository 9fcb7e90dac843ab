//! The calculations for a host page's script (docs/api.md), built as its own
//! engine-only WebAssembly module (`.ci/api`): no Yew, no interface.
//!
//! Plain objects in, plain objects out (serde-wasm-bindgen). What an input means
//! and what the answer holds is in [`crate::state::answer`]. Bad input throws an `Error` whose message names the
//! field; nothing here can panic (and the module is built with panic = "abort",
//! so a panic would be a bug to report, not a thrown error).

use crate::state::answer::answer;
use crate::state::bounds::{MAX_API_KEYS, MAX_API_TEXT};
use crate::state::fragment::LINK_VERSION;
use crate::state::Page;
use serde::Serialize;
use std::collections::BTreeMap;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The sentence for an input that is not an object of keys to plain values.
const NOT_FLAT: &str = "input: give an object of field names to text, numbers or true/false";

/// One value of an input object as text: text as typed, a number, or a yes/no
/// as 1 or 0; `None` for anything else (a list, an object, null).
fn scalar(value: &JsValue) -> Option<String> {
    if let Some(t) = value.as_string() {
        Some(t)
    } else if let Some(n) = value.as_f64() {
        Some(n.to_string())
    } else {
        value
            .as_bool()
            .map(|b| if b { "1" } else { "0" }.to_string())
    }
}

/// Reads the input object's own keys to text, one level only and never into a
/// nested value, so no input can recurse: at most [`MAX_API_KEYS`] keys, each
/// key and value at most [`MAX_API_TEXT`] characters (`state::bounds`). Any
/// other input is refused whole, with `error.field` = `input`.
fn read_input(input: &JsValue) -> Result<BTreeMap<String, String>, JsValue> {
    if input.is_undefined() || input.is_null() {
        return Ok(BTreeMap::new());
    }
    let refused = |why: &str| thrown("input", &format!("{NOT_FLAT}{why}"));
    let object = match input.dyn_ref::<js_sys::Object>() {
        Some(o) if !js_sys::Array::is_array(input) && !input.is_function() => o,
        _ => return Err(refused("")),
    };
    let keys = js_sys::Object::keys(object);
    if keys.length() as usize > MAX_API_KEYS {
        return Err(refused(&format!(" (at most {MAX_API_KEYS} of them)")));
    }
    let mut read = BTreeMap::new();
    for key in keys.iter() {
        let name = key.as_string().unwrap_or_default();
        let value = js_sys::Reflect::get(object, &key).map_err(|_| refused(""))?;
        let shown: String = name.chars().take(40).collect();
        let text = scalar(&value)
            .ok_or_else(|| refused(&format!(" (“{shown}” is a list, an object or null)")))?;
        if name.chars().count() > MAX_API_TEXT || text.chars().count() > MAX_API_TEXT {
            return Err(refused(&format!(
                " (“{shown}” is longer than {MAX_API_TEXT} characters)"
            )));
        }
        read.insert(name, text);
    }
    Ok(read)
}

/// The JavaScript side: read the object, answer, or throw an Error naming the field.
fn call(page: Page, input: JsValue) -> Result<JsValue, JsValue> {
    let input = read_input(&input)?;
    let answer = answer(page, &input).map_err(|p| thrown(&p.field, &p.message))?;
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    answer
        .serialize(&serializer)
        .map_err(|e| thrown("output", &e.to_string()))
}

/// An `Error` with the message, and the field's id as `error.field`.
fn thrown(field: &str, message: &str) -> JsValue {
    let error = js_sys::Error::new(message);
    let _ = js_sys::Reflect::set(&error, &"field".into(), &field.into());
    error.into()
}

/// Retention payments and clawback: what is repayable on leaving.
#[wasm_bindgen]
pub fn retention(input: JsValue) -> Result<JsValue, JsValue> {
    call(Page::Retention, input)
}

/// Agency or permanent: the cost of each a year, fully loaded.
#[wasm_bindgen(js_name = agencyOrPermanent)]
pub fn agency_or_permanent(input: JsValue) -> Result<JsValue, JsValue> {
    call(Page::Cost, input)
}

/// Payback of a package against agency spend.
#[wasm_bindgen]
pub fn payback(input: JsValue) -> Result<JsValue, JsValue> {
    call(Page::Payback, input)
}

/// Check my package: take-home after tax, NI, loans and pension, and leaving early.
#[wasm_bindgen(js_name = checkMyPackage)]
pub fn check_my_package(input: JsValue) -> Result<JsValue, JsValue> {
    call(Page::Package, input)
}

/// Agency or permanent for me: an agency offer's take-home (umbrella or agency
/// PAYE) beside the permanent offer's, and the break-even hourly rates.
#[wasm_bindgen(js_name = agencyOrPermanentForMe)]
pub fn agency_or_permanent_for_me(input: JsValue) -> Result<JsValue, JsValue> {
    call(Page::Locum, input)
}

/// Workforce strategy: the service over one to five years, as now and with the strategy.
#[wasm_bindgen(js_name = workforceStrategy)]
pub fn workforce_strategy(input: JsValue) -> Result<JsValue, JsValue> {
    call(Page::Workforce, input)
}

/// A council's published workforce figures (DfE's census), from the text of
/// its file `census/CODE.json` beside the calculator: `api/census.js`'s
/// `councilFigures(code)` fetches it and calls this. The text is checked for
/// size and depth before it is parsed (`state::bounds`); an `Error` with
/// `error.field` = `code` names the code where the file is not that council's.
#[wasm_bindgen(js_name = councilFiguresFromText)]
pub fn council_figures_from_text(code: &str, text: &str) -> Result<JsValue, JsValue> {
    let code: String = code.chars().take(40).collect();
    crate::state::bounds::check_json(text, crate::state::bounds::MAX_FILE_BYTES).map_err(|e| {
        thrown(
            "code",
            &format!("code: the file for {code}: {}", e.reason()),
        )
    })?;
    let value = js_sys::JSON::parse(text)
        .map_err(|_| thrown("code", &format!("code: the file for {code} is not JSON")))?;
    let file = census_file(&value).ok_or_else(|| {
        thrown(
            "code",
            &format!("code: the file for {code} is not a census file"),
        )
    })?;
    let answer =
        crate::state::census::council_answer(&code, &file).map_err(|m| thrown("code", &m))?;
    answer
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| thrown("output", &e.to_string()))
}

/// A census file's object read by hand (serde's deserializer would add about
/// 10 KB to this module): text fields and lists of lists of text.
fn census_file(v: &JsValue) -> Option<crate::engine::census::CouncilFile> {
    let get = |k: &str| js_sys::Reflect::get(v, &k.into()).ok();
    let text = |k: &str| get(k)?.as_string();
    let list = |x: &JsValue| -> Option<Vec<JsValue>> {
        js_sys::Array::is_array(x).then(|| js_sys::Array::from(x).iter().collect())
    };
    let texts =
        |x: &JsValue| -> Option<Vec<String>> { list(x)?.iter().map(|t| t.as_string()).collect() };
    let rows =
        |k: &str| -> Option<Vec<Vec<String>>> { list(&get(k)?)?.iter().map(texts).collect() };
    Some(crate::engine::census::CouncilFile {
        format: text("format")?,
        version: get("version")?
            .as_f64()
            .filter(|n| n.fract() == 0.0 && *n >= 0.0)? as u32,
        code: text("code")?,
        name: text("name")?,
        region_code: text("region_code")?,
        region: text("region")?,
        columns: texts(&get("columns")?)?,
        council: rows("council")?,
        region_rows: rows("region_rows")?,
        england: rows("england")?,
        earlier_codes: rows("earlier_codes")?,
    })
}

/// The API's version, the app's, the link format's and the tax years it knows.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Version {
    api: u32,
    app: &'static str,
    link_format: u32,
    tax_years: Vec<&'static str>,
}

/// The version of this API (1), of the app, of the link format and the tax years.
#[wasm_bindgen]
pub fn version() -> JsValue {
    use crate::engine::rates::TaxYear;
    let v = Version {
        api: 1,
        app: env!("CARGO_PKG_VERSION"),
        link_format: LINK_VERSION,
        tax_years: TaxYear::ALL.iter().map(|y| y.label()).collect(),
    };
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap_or(JsValue::NULL)
}
