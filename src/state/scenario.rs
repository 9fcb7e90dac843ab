//! A scenario file: the figures on the page saved as JSON, so an adviser can keep
//! a library of offers and open one again later. The inputs are held as the
//! page's link (the same versioned, fuzzed format as the address bar), with what
//! a person needs to recognise the file: the calculator, its answer, the date.
//!
//! Opening never half-changes the page: a file that is not a scenario, comes from
//! a newer version or is damaged is refused with a sentence saying why.

use super::bounds::{check_json, OutOfBounds, MAX_FILE_BYTES};
use super::fragment::{decode, encode, LINK_VERSION};
use super::{AppState, Page};
use serde::{Deserialize, Serialize};

/// What the `format` field says, so any other JSON file is told apart.
pub const FORMAT: &str = "retention-pay-scenario";
/// The version of the file format this release writes.
pub const VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScenarioFile {
    pub format: String,
    pub version: u32,
    /// The calculator's release that saved it.
    pub app_version: String,
    /// The date it was saved, `2026-11-22`.
    pub saved: String,
    /// The calculator on show, e.g. "Check my package".
    pub calculator: String,
    /// Its answer when saved, for people reading the file.
    pub summary: String,
    /// Every input, as the page's link (after the `#`).
    pub link: String,
}

/// The file for the page's state, saved on `date`, with `summary` the page's
/// answer (`headline::for_page`; the app asks the page's part for it).
pub fn save(state: &AppState, date: &str, summary: Option<String>) -> ScenarioFile {
    ScenarioFile {
        format: FORMAT.to_string(),
        version: VERSION,
        app_version: env!("CARGO_PKG_VERSION").to_string(),
        saved: date.to_string(),
        calculator: state.page.title().to_string(),
        summary: summary.unwrap_or_default(),
        link: encode(state),
    }
}

/// Why a file could not be opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpenError {
    NotAScenario,
    Newer {
        version: u32,
    },
    Damaged(String),
    /// Too large or too deeply nested to read at all ([`super::bounds`]).
    OutOfBounds(OutOfBounds),
}

impl OpenError {
    /// The sentence the page shows.
    pub fn message(&self) -> String {
        match self {
            OpenError::NotAScenario => "That file is not a scenario saved by this calculator, so nothing was changed.".to_string(),
            OpenError::Newer { version } => format!(
                "That file was saved by a newer version of this calculator (file version {version}), so nothing was changed. Open it with the newer version."
            ),
            OpenError::Damaged(why) => format!("That file is damaged ({why}), so nothing was changed."),
            OpenError::OutOfBounds(why) => format!(
                "That file cannot be a scenario saved by this calculator ({}), so nothing was changed.",
                why.reason()
            ),
        }
    }
}

/// Checks a file's text before it is parsed: its size and depth ([`super::bounds`]).
pub fn check_text(text: &str) -> Result<(), OpenError> {
    check_json(text, MAX_FILE_BYTES).map_err(OpenError::OutOfBounds)
}

/// The state a file holds, or why it cannot be opened.
pub fn open(file: &ScenarioFile) -> Result<AppState, OpenError> {
    if file.format != FORMAT {
        return Err(OpenError::NotAScenario);
    }
    if file.version > VERSION {
        return Err(OpenError::Newer {
            version: file.version,
        });
    }
    let slug = file.link.split('?').next().unwrap_or_default();
    if Page::from_slug(slug).is_none() {
        return Err(OpenError::Damaged(
            "it does not say which calculator".into(),
        ));
    }
    let (state, problems) = decode(&file.link);
    match problems.into_iter().next() {
        // A file's link from a newer link format is as good as a newer file.
        Some(p) if p.contains("newer version") => Err(OpenError::Newer {
            version: LINK_VERSION + 1,
        }),
        Some(p) => Err(OpenError::Damaged(lower_first(&p))),
        None => Ok(state),
    }
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => std::iter::once(f.to_ascii_lowercase()).chain(c).collect(),
        None => String::new(),
    }
}

/// `retention-pay-scenario-check-my-package-2026-11-22.json`
pub fn file_name(state: &AppState, date: &str) -> String {
    format!("retention-pay-scenario-{}-{date}.json", state.page.slug())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::fragment::decode;

    #[test]
    fn a_saved_scenario_opens_to_the_same_state() {
        let (state, _) =
            decode("check-my-package?salary=41000&k.loans=2&k.code=S1257L&k.region=scotland");
        let file = save(
            &state,
            "2026-11-22",
            super::super::headline::for_page(&state),
        );
        assert_eq!(file.format, "retention-pay-scenario");
        assert_eq!(file.calculator, "Check my package");
        assert!(
            file.summary.starts_with("You take home £"),
            "{}",
            file.summary
        );
        assert!(file.link.starts_with("check-my-package?v=1&"));
        assert_eq!(open(&file), Ok(state.clone()));
        assert_eq!(
            file_name(&state, "2026-11-22"),
            "retention-pay-scenario-check-my-package-2026-11-22.json"
        );
    }

    #[test]
    fn other_files_newer_files_and_damaged_files_are_refused() {
        let good = save(&AppState::default(), "2026-11-22", None);
        let not = ScenarioFile {
            format: "something-else".into(),
            ..good.clone()
        };
        assert_eq!(open(&not), Err(OpenError::NotAScenario));
        let newer = ScenarioFile {
            version: 2,
            ..good.clone()
        };
        assert_eq!(open(&newer), Err(OpenError::Newer { version: 2 }));
        assert!(OpenError::Newer { version: 2 }
            .message()
            .contains("newer version"));
        let newer_link = ScenarioFile {
            link: "retention?v=5&salary=1".into(),
            ..good.clone()
        };
        assert!(matches!(open(&newer_link), Err(OpenError::Newer { .. })));
        let damaged = ScenarioFile {
            link: "retention?v=1&p0.amount=%ZZ".into(),
            ..good.clone()
        };
        let err = open(&damaged).unwrap_err();
        assert!(
            err.message()
                .starts_with("That file is damaged (the link's value"),
            "{}",
            err.message()
        );
        let nowhere = ScenarioFile {
            link: "salary=1".into(),
            ..good
        };
        assert!(matches!(open(&nowhere), Err(OpenError::Damaged(_))));
    }
}
