//! A shared link's answer before the app has arrived (issue 21): the
//! calculator's sentence, worked out from the link by the same `state` and
//! `engine` code the app runs, in a module of its own with no Yew in it.
//!
//! Built by `.ci/answer` (feature `first-answer`, no default features): one
//! module, then one copy per calculator cut down to that calculator's export
//! (`answer_SLUG`, the slug's hyphens as underscores), about 40 KB gzipped
//! against the app's 230 KB. `boot.js` fetches the copy for the page in the
//! link first and shows the sentence in the page's loading area; the app then
//! replaces it. Each export takes the fragment (with or without `#`) and gives
//! the sentence, or `None` where the app's answer would not be this one: the
//! link has problems, names a council preset or a council's census figures
//! (files the app fetches and applies first), or the inputs have errors.

use crate::state::headline::{self, link_state as from_link};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub fn answer_retention(link: &str) -> Option<String> {
    headline::retention_answer(&from_link(link)?)
}

#[wasm_bindgen]
pub fn answer_agency_or_permanent(link: &str) -> Option<String> {
    headline::cost_answer(&from_link(link)?)
}

#[wasm_bindgen]
pub fn answer_payback(link: &str) -> Option<String> {
    headline::payback_answer(&from_link(link)?)
}

#[wasm_bindgen]
pub fn answer_check_my_package(link: &str) -> Option<String> {
    headline::package_answer(&from_link(link)?)
}

#[wasm_bindgen]
pub fn answer_agency_or_permanent_for_me(link: &str) -> Option<String> {
    headline::locum_answer(&from_link(link)?)
}

#[wasm_bindgen]
pub fn answer_workforce_strategy(link: &str) -> Option<String> {
    headline::workforce_answer(&from_link(link)?)
}
