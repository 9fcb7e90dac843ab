//! A shared link's answer before the app has arrived (issue 21): the
//! calculator's sentence, worked out from the link by the same `state` and
//! `engine` code the app runs, in a module of its own with no Yew in it.
//!
//! Built by `.ci/answer.mjs` (feature `first-answer`, no default features) once
//! per calculator, each with `--cfg first_answer="SLUG"` (the slug's hyphens as
//! underscores) choosing what [`answer`] works out. One build per calculator,
//! not one module cut down afterwards: the linker then leaves out the other
//! calculators' code and their text (sentences, error messages, sources), which
//! a cut made after linking cannot find in the module's data. Check my package
//! and Agency or permanent for me work out only their sentence's figures
//! (`headline::package_answer`, `headline::locum_answer`). 43 to 53 KB gzipped
//! with the script, against the app's 240 KB. `boot.js` fetches the copy for the page in
//! the link first and shows the sentence in the page's loading area; the app
//! then replaces it. Without the cfg (clippy), the retention calculator's.

use crate::state::headline::{self, link_state as from_link};
use crate::state::AppState;
use wasm_bindgen::prelude::*;

/// The sentence for the link's figures (the fragment, with or without `#`), or
/// `None` where the app's answer would not be this one: the link has problems,
/// names a council preset or a council's census figures (files the app fetches
/// and applies first), or the inputs have errors.
#[wasm_bindgen]
pub fn answer(link: &str) -> Option<String> {
    SENTENCE(&from_link(link)?)
}

#[cfg(first_answer = "agency_or_permanent")]
const SENTENCE: fn(&AppState) -> Option<String> = headline::cost_answer;
#[cfg(first_answer = "payback")]
const SENTENCE: fn(&AppState) -> Option<String> = headline::payback_answer;
#[cfg(first_answer = "check_my_package")]
const SENTENCE: fn(&AppState) -> Option<String> = headline::package_answer;
#[cfg(first_answer = "agency_or_permanent_for_me")]
const SENTENCE: fn(&AppState) -> Option<String> = headline::locum_answer;
#[cfg(first_answer = "workforce_strategy")]
const SENTENCE: fn(&AppState) -> Option<String> = headline::workforce_answer;
#[cfg(not(any(
    first_answer = "agency_or_permanent",
    first_answer = "payback",
    first_answer = "check_my_package",
    first_answer = "agency_or_permanent_for_me",
    first_answer = "workforce_strategy"
)))]
const SENTENCE: fn(&AppState) -> Option<String> = headline::retention_answer;
