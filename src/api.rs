//! The calculations for a host page's script (docs/api.md), built as its own
//! engine-only WebAssembly module (`.ci/api`): no Yew, no interface.
//!
//! Plain objects in, plain objects out (serde-wasm-bindgen). What an input means
//! and what the answer holds is in [`crate::state::answer`]. Bad input throws an `Error` whose message names the
//! field; nothing here can panic (and the module is built with panic = "abort",
//! so a panic would be a bug to report, not a thrown error).

use crate::state::answer::answer;
use crate::state::fragment::LINK_VERSION;
use crate::state::Page;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use wasm_bindgen::prelude::*;

/// One value of an input object: text as typed, a number, or a yes/no.
#[derive(Deserialize)]
#[serde(untagged)]
enum Scalar {
    Text(String),
    Number(f64),
    Flag(bool),
}

impl Scalar {
    fn text(&self) -> String {
        match self {
            Scalar::Text(t) => t.clone(),
            Scalar::Number(n) => n.to_string(),
            Scalar::Flag(b) => if *b { "1" } else { "0" }.to_string(),
        }
    }
}

/// The JavaScript side: read the object, answer, or throw an Error naming the field.
fn call(page: Page, input: JsValue) -> Result<JsValue, JsValue> {
    let raw: BTreeMap<String, Scalar> = if input.is_undefined() || input.is_null() {
        BTreeMap::new()
    } else {
        serde_wasm_bindgen::from_value(input).map_err(|e| {
            thrown(
                "input",
                &format!(
                    "input: give an object of field names to text, numbers or true/false ({e})"
                ),
            )
        })?
    };
    let input = raw.iter().map(|(k, v)| (k.clone(), v.text())).collect();
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

/// Workforce strategy: the service over one to five years, as now and with the strategy.
#[wasm_bindgen(js_name = workforceStrategy)]
pub fn workforce_strategy(input: JsValue) -> Result<JsValue, JsValue> {
    call(Page::Workforce, input)
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
