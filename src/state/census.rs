//! "Your council": the council a visitor chose (its ONS code, in the link as
//! `la=`), and what its published census figures do to the fields they answer
//! (see [`crate::engine::census`]).
//!
//! Choosing a council fills a field only where it still holds the calculator's
//! default: a figure the user typed, or that a link or preset carried, wins
//! over the census. Beside each field a note says where its figure came from:
//! the council's census (with the date), the user's own figure (with the
//! council's beside it), or why the council's figure is not there.

use super::cost::{CostField, CostForm};
use super::workforce::{WField, WorkforceForm};
use super::AppState;
use crate::engine::census::{
    census_date, Answers, CouncilFigures, CouncilFile, Figure, Indicator, DFE_CENSUS,
};

/// The "Your council" select's id.
pub const PICKER_ID: &str = "council";

/// Whether `code` can be an ONS local authority code as DfE writes it:
/// `E` and 8 digits, or two of them joined by " / " (North and West
/// Northamptonshire, reported together).
pub fn valid_code(code: &str) -> bool {
    let one =
        |c: &str| c.len() == 9 && c.starts_with('E') && c[1..].bytes().all(|b| b.is_ascii_digit());
    match code.split_once(" / ") {
        Some((a, b)) => one(a) && one(b),
        None => one(code),
    }
}

/// A field the census answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answered {
    Posts,
    Permanent,
    Agency,
    Turnover,
    AgencyCover,
    VacancyRate,
    AgencyRate,
}

impl Answered {
    pub const ALL: [Answered; 7] = [
        Answered::Posts,
        Answered::Permanent,
        Answered::Agency,
        Answered::Turnover,
        Answered::AgencyCover,
        Answered::VacancyRate,
        Answered::AgencyRate,
    ];

    /// The field's DOM id.
    pub fn id(self) -> String {
        match self.field() {
            Ok(w) => w.id(),
            Err(c) => c.id(),
        }
    }

    fn field(self) -> Result<WField, CostField> {
        match self {
            Answered::Posts => Ok(WField::Posts),
            Answered::Permanent => Ok(WField::Permanent),
            Answered::Agency => Ok(WField::Agency),
            Answered::Turnover => Err(CostField::Turnover),
            Answered::AgencyCover => Err(CostField::AgencyCover),
            Answered::VacancyRate => Ok(WField::VacancyRate),
            Answered::AgencyRate => Ok(WField::AgencyRate),
        }
    }

    fn answer(self, a: &Answers) -> &Result<String, String> {
        match self {
            Answered::Posts => &a.posts,
            Answered::Permanent => &a.permanent,
            Answered::Agency => &a.agency,
            Answered::Turnover => &a.turnover,
            Answered::AgencyCover => &a.agency_cover,
            Answered::VacancyRate => &a.vacancy_rate,
            Answered::AgencyRate => &a.agency_rate,
        }
    }

    /// What the council's figure is, in the note's words.
    fn what(self) -> &'static str {
        match self {
            Answered::Posts => {
                "social workers in post plus vacancies, or plus agency workers where there are more of them"
            }
            Answered::Permanent => "social workers in post",
            Answered::Agency => "agency workers",
            Answered::Turnover => "turnover, leavers as a share of staff in post",
            Answered::AgencyCover => "vacancies covered by agency",
            Answered::VacancyRate => "vacancy rate, vacancies ÷ (vacancies + in post)",
            Answered::AgencyRate => "agency rate, agency ÷ (agency + in post)",
        }
    }

    fn unit(self) -> &'static str {
        match self {
            Answered::Turnover
            | Answered::AgencyCover
            | Answered::VacancyRate
            | Answered::AgencyRate => "%",
            _ => " FTE",
        }
    }

    fn get<'a>(self, w: &'a WorkforceForm, c: &'a CostForm) -> &'a str {
        match self.field() {
            Ok(f) => w.get(f),
            Err(f) => c.get(f),
        }
    }

    fn default_text(self) -> String {
        let (w, c) = (WorkforceForm::default(), CostForm::default());
        self.get(&w, &c).to_string()
    }
}

/// The state with the council's answers in every field that still holds its
/// default, or the figure a council's answers put there before (or this
/// council's own, as a link carries it): never a figure the user typed. A
/// figure the council did not publish leaves its field alone.
pub fn apply(state: &AppState, answers: &Answers) -> AppState {
    let mut s = state.clone();
    let before = state.census_filled.as_deref();
    for a in Answered::ALL {
        let Ok(value) = a.answer(answers) else {
            continue;
        };
        let current = a.get(&s.workforce, &s.cost);
        let from_census = before.is_some_and(|b| a.answer(b).as_deref() == Ok(current));
        if current != a.default_text() && !from_census && current != value {
            continue;
        }
        match a.field() {
            Ok(f) => s.workforce.set(f, value.clone()),
            Err(f) => s.cost.set(f, value.clone()),
        }
    }
    s.census_filled = Some(Box::new(answers.clone()));
    s
}

/// "None: use the national figures": every field still holding the figure
/// the last council's census filled in goes back to its default; the
/// visitor's own figures stay. The state without a council's figures in it.
pub fn clear(state: &AppState) -> AppState {
    let mut s = state.clone();
    if let Some(before) = state.census_filled.as_deref() {
        for a in Answered::ALL {
            if a.answer(before).as_deref() != Ok(a.get(&s.workforce, &s.cost)) {
                continue;
            }
            match a.field() {
                Ok(f) => s.workforce.set(f, a.default_text()),
                Err(f) => s.cost.set(f, a.default_text()),
            }
        }
    }
    s.census_filled = None;
    s
}

/// The note beside a field the census answers, for the state as it is now.
pub fn note(a: Answered, state: &AppState, figures: &CouncilFigures) -> String {
    note_with(a, state, figures, &figures.answers())
}

fn note_with(a: Answered, state: &AppState, figures: &CouncilFigures, answers: &Answers) -> String {
    let when = census_date(answers.year);
    let source = format!("DfE children's social work workforce census, {when}");
    let current = a.get(&state.workforce, &state.cost);
    match a.answer(answers) {
        Ok(v) if v == current => format!(
            "From {}'s published figures ({}): {source}.",
            figures.name,
            a.what()
        ),
        Ok(v) => format!(
            "Your own figure. {}'s published figure is {v}{} ({}; {source}).",
            figures.name,
            a.unit(),
            a.what()
        ),
        Err(why) => format!(
            "{}'s figure for {} is {why}, so this field was left as it was.",
            figures.name,
            a.what()
        ),
    }
}

/// The notes for every answered field, by DOM id.
pub fn notes(state: &AppState, figures: &CouncilFigures) -> Vec<(String, String)> {
    let answers = figures.answers();
    Answered::ALL
        .iter()
        .map(|a| (a.id(), note_with(*a, state, figures, &answers)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figures(agency_cover: &str) -> CouncilFigures {
        CouncilFigures::read(&crate::engine::census::sample(agency_cover, "3")).unwrap()
    }

    /// The council travels in the link as `la=`, percent-encoded where DfE's code
    /// has spaces; a link with something else there says so and drops it.
    #[test]
    fn the_council_in_the_link() {
        use crate::state::fragment::{decode, encode};
        for code in ["E08000003", "E06000061 / E06000062"] {
            let s = AppState {
                la: Some(code.into()),
                ..AppState::default()
            };
            let link = encode(&s);
            assert!(link.contains("la=E0"), "{link}");
            assert_eq!(decode(&link), (s, vec![]));
        }
        let (s, problems) = decode("workforce-strategy?v=1&la=%3Cscript%3E");
        assert_eq!(s.la, None);
        assert!(
            problems[0].contains("not the ONS code of a council in England"),
            "{problems:?}"
        );
        // A Welsh council's code is an ONS code, but not one the census has.
        let (s, problems) = decode("workforce-strategy?v=1&la=W06000015");
        assert_eq!(s.la, None);
        assert!(
            problems[0].contains("the census covers England only"),
            "{problems:?}"
        );
        // Kent's code in small letters is Kent's code (a fresh tester's find,
        // 1 December 2026: it was refused).
        let (s, problems) = decode("workforce-strategy?v=1&la=e10000016");
        assert_eq!((s.la.as_deref(), problems), (Some("E10000016"), vec![]));
    }

    #[test]
    fn codes_as_dfe_writes_them() {
        assert!(valid_code("E08000003"));
        assert!(valid_code("E06000061 / E06000062"));
        for bad in [
            "",
            "E0800003",
            "W06000001",
            "E08000003x",
            "E0800000<",
            "E06000061/E06000062",
        ] {
            assert!(!valid_code(bad), "{bad}");
        }
    }

    /// A shire of 176.9 FTE in post and 58.9 vacancies: establishment 235.8,
    /// permanent 176.9, agency 52.5, turnover 10%; its agency cover is
    /// confidential, so that field keeps the national default (73.6).
    #[test]
    fn choosing_a_council_fills_what_it_published() {
        let f = figures("c");
        let s = apply(&AppState::default(), &f.answers());
        assert_eq!(s.workforce.get(WField::Posts), "235.8");
        assert_eq!(s.workforce.get(WField::Permanent), "176.9");
        assert_eq!(s.workforce.get(WField::Agency), "52.5");
        assert_eq!(s.cost.get(CostField::Turnover), "10");
        // For a service entered as rates: vacancy rate 25%, agency rate 22.9%.
        assert_eq!(s.workforce.get(WField::VacancyRate), "25");
        assert_eq!(s.workforce.get(WField::AgencyRate), "22.9");
        assert_eq!(
            s.cost.get(CostField::AgencyCover),
            CostForm::default().get(CostField::AgencyCover)
        );
        assert_eq!(
            note(Answered::AgencyCover, &s, &f),
            "Shire's figure for vacancies covered by agency is not published for 2025 (kept confidential), so this field was left as it was."
        );
        assert_eq!(
            note(Answered::Posts, &s, &f),
            "From Shire's published figures (social workers in post plus vacancies, or plus agency workers where there are more of them): DfE children's social work workforce census, 30 September 2025."
        );
    }

    /// Choosing no council after one puts back the national defaults in the
    /// fields its figures filled, and keeps the visitor's own (a fresh
    /// tester's find, 1 December 2026: Kent's figures stayed under "None").
    #[test]
    fn no_council_puts_back_the_national_figures() {
        let mut typed = AppState::default();
        typed.cost.set(CostField::Turnover, "9".into());
        let s = apply(&typed, &figures("80").answers());
        assert_eq!(s.workforce.get(WField::Posts), "235.8");
        let none = crate::state::reduce(&s, crate::state::Action::SetCouncil(None));
        let national = AppState::default();
        assert_eq!(none.workforce, national.workforce);
        assert_eq!(none.cost.get(CostField::Turnover), "9", "the visitor's own");
        assert_eq!(
            none.cost.get(CostField::AgencyCover),
            national.cost.get(CostField::AgencyCover)
        );
        assert_eq!(none.census_filled, None);
        // A field changed after the council's figures came is the visitor's.
        let mut edited = s.clone();
        edited.workforce.set(WField::Posts, "250".into());
        let none = crate::state::reduce(&edited, crate::state::Action::SetCouncil(None));
        assert_eq!(none.workforce.get(WField::Posts), "250");
        assert_eq!(
            none.workforce.get(WField::Permanent),
            national.workforce.get(WField::Permanent)
        );
    }

    /// A figure the user typed (or a link carried) wins, and the note says so.
    #[test]
    fn the_users_own_figure_wins() {
        let mut s = AppState::default();
        s.cost.set(CostField::Turnover, "9".into());
        s.workforce.set(WField::Posts, "240".into());
        let f = figures("80");
        let s = apply(&s, &f.answers());
        assert_eq!(s.cost.get(CostField::Turnover), "9");
        assert_eq!(s.workforce.get(WField::Posts), "240");
        assert_eq!(s.cost.get(CostField::AgencyCover), "80");
        assert_eq!(
            note(Answered::Turnover, &s, &f),
            "Your own figure. Shire's published figure is 10% (turnover, leavers as a share of staff in post; DfE children's social work workforce census, 30 September 2025)."
        );
        // Applying twice is applying once.
        assert_eq!(apply(&s, &f.answers()), s);
        // Another council chosen next (typing in the list passes through
        // several): the first council's figures are replaced, the user's not.
        let mut other = f.answers();
        other.permanent = Ok("200".into());
        other.agency_cover = Ok("60".into());
        let s2 = apply(&s, &other);
        assert_eq!(s2.workforce.get(WField::Permanent), "200");
        assert_eq!(s2.cost.get(CostField::AgencyCover), "60");
        assert_eq!(
            s2.cost.get(CostField::Turnover),
            "9",
            "the user's own stays"
        );
        assert_eq!(
            s2.workforce.get(WField::Posts),
            "240",
            "the user's own stays"
        );
    }
}

/// One figure as the JavaScript API answers it: as the page shows it, and as a
/// number where DfE published one.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ShownFigure {
    pub shown: String,
    /// In the figure's unit (FTE, per cent, cases); `null` where not published.
    pub value: Option<f64>,
}

/// One indicator of a council's latest year, beside its region and England.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct IndicatorAnswer {
    /// DfE's column name: `agency_rate_fte`.
    pub key: &'static str,
    pub label: &'static str,
    pub definition: &'static str,
    pub council: ShownFigure,
    pub region: ShownFigure,
    pub england: ShownFigure,
}

/// What the API's `councilFigures` answers for a council.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CouncilAnswer {
    pub code: String,
    pub name: String,
    pub region: String,
    pub year: u16,
    pub census_date: String,
    pub source: String,
    pub indicators: Vec<IndicatorAnswer>,
    /// The sentences the page shows ("Agency rate 13.2% in 2025, against …").
    pub sentences: Vec<String>,
    /// Years with figures for the council, oldest first.
    pub years: Vec<u16>,
}

/// A council's file read into the API's answer; an error sentence naming the
/// code where the file is not that council's or does not read.
pub fn council_answer(code: &str, file: &CouncilFile) -> Result<CouncilAnswer, String> {
    if file.code != code {
        return Err(format!("code: the figures read are not those of {code}"));
    }
    let f = CouncilFigures::read(file).map_err(|e| format!("code: {code}: {}", e.message()))?;
    let y = f.latest;
    let shown = |i: Indicator, fig: Figure| ShownFigure {
        shown: i.show(fig, y),
        value: fig.tenths().map(|t| t as f64 / 10.0),
    };
    Ok(CouncilAnswer {
        code: f.code.clone(),
        name: f.name.clone(),
        region: f.region.clone(),
        year: y,
        census_date: census_date(y),
        source: format!(
            "{}, {}, {}",
            DFE_CENSUS.title, DFE_CENSUS.publisher, DFE_CENSUS.date
        ),
        indicators: Indicator::ALL
            .iter()
            .map(|i| {
                let [c, r, e] = f.benchmark(*i);
                IndicatorAnswer {
                    key: i.column(),
                    label: i.label(),
                    definition: i.definition(),
                    council: shown(*i, c),
                    region: shown(*i, r),
                    england: shown(*i, e),
                }
            })
            .collect(),
        sentences: [
            Indicator::Turnover,
            Indicator::AgencyRate,
            Indicator::VacancyRate,
        ]
        .iter()
        .map(|i| f.compare_sentence(*i))
        .collect(),
        years: f.council.years.iter().map(|(y, _)| *y).collect(),
    })
}
