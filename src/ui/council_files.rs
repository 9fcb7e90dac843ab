//! Reading what a visitor brings from outside the calculator: the census files
//! of "Your council's published figures", a council's preset file, and a saved
//! scenario file (and writing one). No calculator's first view needs any of
//! it, so it is not in the shell: `parts::council` and `parts::scenario` fetch
//! it when a visitor asks for the list of councils, a link names a council or
//! a preset, or a scenario is saved or opened (issue 21).
//!
//! Each reader takes JSON the browser has parsed (`app::fetch_value`, after
//! `state::bounds` checked its size and depth) and gives the typed file or the
//! reason it was refused, as part of a sentence.

use super::js_reader;
use crate::engine::census::{Answers, CouncilFigures, CouncilFile, CouncilIndex};
use crate::state::council::{self, Council, PresetFile};
use crate::state::{scenario, AppState};
use wasm_bindgen::JsValue;

/// What a reader says of a file of the wrong shape.
const NOT_EXPECTED: &str = "it is not the file expected";

/// `census/councils.json`: the councils by region, then name.
pub fn read_index(json: JsValue) -> Result<CouncilIndex, String> {
    js_reader::read(json).map_err(|_| NOT_EXPECTED.to_string())
}

/// `census/CODE.json`: the council's figures and the fields they answer.
/// Errors: the file's shape, or `CensusError::message` (a newer format, a
/// figure that is not a figure).
pub fn read_figures(json: JsValue) -> Result<(CouncilFigures, Answers), String> {
    let file: CouncilFile = js_reader::read(json).map_err(|_| NOT_EXPECTED.to_string())?;
    let figures = CouncilFigures::read(&file).map_err(|e| e.message())?;
    let answers = figures.answers();
    Ok((figures, answers))
}

/// A preset file for `slug` (`presets/SLUG.json`, or the embed builder's
/// `local:` preset): the council as the page names it and the state its link
/// sets. Errors: `council::read`'s reasons, or that it is not a preset file.
pub fn read_preset(slug: &str, json: JsValue) -> Result<(Council, AppState), String> {
    let file: PresetFile = js_reader::read(json)
        .map_err(|_| "it is not a preset file for this calculator".to_string())?;
    council::read(slug, &file)
}

/// A scenario file ready to offer as a download.
pub struct SavedScenario {
    /// `retention-pay-check-my-package-2026-12-01.json`
    pub file_name: String,
    /// The file, JSON indented by two spaces, ending in a new line.
    pub text: String,
    /// The calculator it holds, as the page names it ("Check my package").
    pub calculator: String,
}

/// The scenario file for `state`, saved on `date` (`YYYY-MM-DD`) with the
/// page's answer `summary`: JSON through the browser's own serialiser
/// (serde-wasm-bindgen builds the object, `JSON.stringify` writes it). `None`
/// where the browser could not write it.
pub fn save_scenario(
    state: &AppState,
    date: &str,
    summary: Option<String>,
) -> Option<SavedScenario> {
    let file = scenario::save(state, date, summary);
    let value = serde_wasm_bindgen::to_value(&file).ok()?;
    let text = js_sys::JSON::stringify_with_replacer_and_space(&value, &JsValue::NULL, &2.into())
        .ok()?
        .as_string()?;
    Some(SavedScenario {
        file_name: scenario::file_name(state, date),
        text: text + "\n",
        calculator: file.calculator,
    })
}

/// A scenario file's text: the state it holds and the sentence saying what was
/// opened ("Opened “Payback”, saved on 2026-11-22."), or why it cannot be
/// (`scenario::OpenError::message`). Never half-opens.
pub fn open_scenario(text: &str) -> Result<(AppState, String), String> {
    let opened = scenario::check_text(text)
        .and_then(|()| {
            js_sys::JSON::parse(text)
                .ok()
                .and_then(|v| js_reader::read::<scenario::ScenarioFile>(v).ok())
                .ok_or(scenario::OpenError::NotAScenario)
        })
        .and_then(|f| scenario::open(&f).map(|s| (s, f)));
    match opened {
        Ok((state, f)) => Ok((
            state,
            format!("Opened “{}”, saved on {}.", f.calculator, f.saved),
        )),
        Err(e) => Err(e.message()),
    }
}
