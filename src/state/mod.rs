//! App state: plain data and pure reducers, tested natively. The UI only renders
//! this state and dispatches [`Action`]s.

pub mod answer;
pub mod bounds;
pub mod census;
pub mod cost;
pub mod council;
pub mod csv;
pub mod designs;
pub mod embed;
pub mod folds;
pub mod fragment;
pub mod headline;
pub mod locum;
pub mod package;
pub mod payback;
pub mod preset_file;
pub mod retention;
pub mod route;
pub mod scenario;
pub mod shared_figures;
pub mod shown;
pub mod theme;
pub mod typed;
pub mod workforce;

use cost::{CostAction, CostForm};
use designs::{DesignsAction, DesignsForm};
use locum::{LocumAction, LocumForm};
use package::{PackageAction, PackageForm};
use payback::{PaybackAction, PaybackForm};
use retention::{RetentionAction, RetentionForm};
use workforce::{WorkforceAction, WorkforceForm};

/// The calculators. Each is a page in the URL fragment (`#retention?…`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Page {
    #[default]
    Retention,
    Cost,
    Payback,
    Package,
    Workforce,
    Locum,
    /// "Embed this calculator", for council web teams: not a calculator, so
    /// not in [`Page::ALL`] (the calculators' tabs); its own part of the
    /// WebAssembly (`ui::parts`), with no prerendered view.
    Embed,
}

impl Page {
    pub const ALL: [Page; 6] = [
        Page::Retention,
        Page::Cost,
        Page::Payback,
        Page::Package,
        Page::Locum,
        Page::Workforce,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Page::Retention => "retention",
            Page::Cost => "agency-or-permanent",
            Page::Payback => "payback",
            Page::Package => "check-my-package",
            Page::Workforce => "workforce-strategy",
            Page::Locum => "agency-or-permanent-for-me",
            Page::Embed => "embed-this-calculator",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Page::Retention => "Retention payments and clawback",
            Page::Cost => "Agency or permanent",
            Page::Payback => "Payback",
            Page::Package => "Check my package",
            Page::Workforce => "Workforce strategy",
            Page::Locum => "Agency or permanent for me",
            Page::Embed => "Embed this calculator",
        }
    }

    /// The page's opening sentence.
    pub fn lead(self) -> &'static str {
        match self {
            Page::Retention => "Work out what a retention scheme pays, what is repayable if the worker leaves in any month, and what it costs the employer. For councils in England modelling offers, and for social workers checking one.",
            Page::Cost => "Compare what a social work post costs a year filled permanently, fully loaded, with an agency locum, and check the agency rate against a price cap.",
            Page::Payback => "Two questions: when does replacing an agency locum with a permanent hire on this package pay for itself, and does paying the scheme to everyone pay for itself by keeping people?",
            Page::Package => "For social workers weighing an offer: what it is worth after income tax, National Insurance, student loan and pension, month by month as your payslip will show it, and what leaving early would cost you.",
            Page::Locum => "For social workers weighing agency work against a permanent post: what an hourly rate through an umbrella company or on an agency's payroll leaves you after every deduction, beside the permanent offer's take-home, and what the permanent package is worth beyond it.",
            Page::Workforce => "For a head of service: the whole service's staffing and cost over one to five years, as now and with a strategy (a retention scheme, conversions from agency, growing your own, more recruitment), and the year the strategy pays for itself.",
            Page::Embed => "For council web teams: put this calculator on your own website. Choose what it shows and how it looks, see it as your visitors will, and copy the code for your page.",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Page> {
        Page::ALL
            .into_iter()
            .chain([Page::Embed])
            .find(|p| p.slug() == slug)
    }
}

/// Everything the app holds.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct AppState {
    pub page: Page,
    /// The scheme and the worker's pay settings (shared by every page).
    pub retention: RetentionForm,
    pub cost: CostForm,
    pub payback: PaybackForm,
    /// Scheme designs B and C, compared with the retention page's on Payback.
    pub designs: DesignsForm,
    pub package: PackageForm,
    pub workforce: WorkforceForm,
    /// Agency or permanent for me: the agency offer.
    pub locum: LocumForm,
    /// The council preset the link names (`preset=…`), if any: its file is
    /// `presets/SLUG.json` beside the app (see `council`).
    pub preset: Option<String>,
    /// The council the visitor chose (its ONS code, `la=…` in the link), whose
    /// published census figures fill the fields they answer (see `census`).
    pub la: Option<String>,
    /// The folds open on screen ([`folds::Opened`]); not part of the link.
    pub folds: folds::Opened,
    /// The council figures last put in the fields (not part of the link): a
    /// field still holding one of them is the census's, not the user's, so the
    /// next council chosen may replace it.
    pub census_filled: Option<Box<crate::engine::census::Answers>>,
    /// The fields the visitor has changed while a preset is named (not part
    /// of the link), so a preset that arrives late leaves them (see `typed`).
    pub typed: typed::Typed,
    /// The fields a preset left as the visitor typed them, in words.
    pub preset_kept: Vec<String>,
    /// Which calculators an embed shows (from the frame's address, not the link).
    pub shown: shown::Shown,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Navigate(Page),
    Retention(RetentionAction),
    Cost(CostAction),
    Payback(PaybackAction),
    Designs(DesignsAction),
    Package(PackageAction),
    Workforce(WorkforceAction),
    Locum(LocumAction),
    /// Choose a council (or none) by its ONS code.
    SetCouncil(Option<String>),
    /// The chosen council's figures arrived: fill the fields still at their
    /// defaults (see [`census::apply`]).
    /// Ignored unless `code` is still the council chosen (a late answer for a
    /// council passed over while typing in the list).
    ApplyCensus {
        code: String,
        answers: Box<crate::engine::census::Answers>,
    },
    /// The figures of the council `code` could not be loaded: choose
    /// `back_to` again, the council whose figures are on the page, so the
    /// list, the address and the figures agree. Ignored unless `code` is
    /// still the council chosen.
    CouncilNotLoaded {
        code: String,
        back_to: String,
    },
    /// Replace the whole state, e.g. from a link opened or pasted (the folds
    /// open on screen stay open, and the calculators shown).
    Replace(Box<AppState>),
    /// A council preset's settings arrived (its file read): fill every field
    /// but those the visitor typed, on the page on show (see [`typed::apply_preset`]).
    ApplyPreset(Box<AppState>),
    /// A fold (`<details>`, by id) was opened or closed.
    Fold {
        id: String,
        open: bool,
    },
}

/// The app's reducer: pure, one place where state changes. While a preset is
/// named, the visitor's own edits are recorded as typed (see `typed`).
pub fn reduce(state: &AppState, action: Action) -> AppState {
    let by_visitor = matches!(
        action,
        Action::Retention(_)
            | Action::Cost(_)
            | Action::Payback(_)
            | Action::Designs(_)
            | Action::Package(_)
            | Action::Workforce(_)
            | Action::Locum(_)
            | Action::SetCouncil(_)
    );
    let mut next = reduce_action(state, action);
    if by_visitor && state.preset.is_some() {
        let mut typed = std::mem::take(&mut next.typed);
        typed.record(state, &next);
        next.typed = typed;
    }
    next
}

fn reduce_action(state: &AppState, action: Action) -> AppState {
    match action {
        Action::Navigate(page) if !state.shown.shows(page) => state.clone(),
        Action::Navigate(page) => AppState {
            page,
            ..state.clone()
        },
        Action::Retention(a) => AppState {
            retention: retention::reduce(&state.retention, a),
            ..state.clone()
        },
        Action::Cost(a) => AppState {
            cost: cost::reduce(&state.cost, a),
            ..state.clone()
        },
        Action::Payback(a) => AppState {
            payback: payback::reduce(&state.payback, a),
            ..state.clone()
        },
        Action::Designs(DesignsAction::Add) => AppState {
            designs: designs::add_design(&state.designs, &state.retention),
            ..state.clone()
        },
        Action::Designs(a) => AppState {
            designs: designs::reduce(&state.designs, a),
            ..state.clone()
        },
        Action::Package(PackageAction::AddOffer) => AppState {
            package: package::add_offer(&state.package, &state.retention, &state.cost),
            ..state.clone()
        },
        Action::Package(a) => AppState {
            package: package::reduce(&state.package, a),
            ..state.clone()
        },
        Action::Workforce(a) => AppState {
            workforce: workforce::reduce(&state.workforce, a),
            ..state.clone()
        },
        Action::Locum(a) => AppState {
            locum: locum::reduce(&state.locum, a),
            ..state.clone()
        },
        // None puts back the national figures the council's had replaced.
        Action::SetCouncil(la) => match la.filter(|c| census::valid_code(c)) {
            None => AppState {
                la: None,
                ..census::clear(state)
            },
            la => AppState {
                la,
                ..state.clone()
            },
        },
        Action::ApplyCensus { code, answers } if state.la.as_deref() == Some(code.as_str()) => {
            census::apply(state, &answers)
        }
        Action::ApplyCensus { .. } => state.clone(),
        Action::CouncilNotLoaded { code, back_to }
            if state.la.as_deref() == Some(code.as_str()) =>
        {
            AppState {
                la: Some(back_to),
                ..state.clone()
            }
        }
        Action::CouncilNotLoaded { .. } => state.clone(),
        Action::Replace(s) => AppState {
            page: state.shown.opening(s.page),
            folds: state.folds.clone(),
            census_filled: state.census_filled.clone(),
            shown: state.shown.clone(),
            ..*s
        },
        Action::ApplyPreset(preset) => typed::apply_preset(state, &preset),
        Action::Fold { id, open } => AppState {
            folds: state.folds.toggled(&id, open),
            ..state.clone()
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retention_actions_reach_the_retention_form() {
        let s = AppState::default();
        let s2 = reduce(
            &s,
            Action::Retention(RetentionAction::SetSalary("41000".into())),
        );
        assert_eq!(s2.retention.salary, "41000");
        assert_eq!(s2.page, s.page);
        assert_eq!(reduce(&s2, Action::Replace(Box::new(s.clone()))), s);
    }

    /// A council whose figures could not be loaded gives way to the one
    /// whose figures are on the page, unless another was chosen meanwhile.
    #[test]
    fn a_council_not_loaded_gives_way_to_the_one_on_the_page() {
        let leeds = AppState {
            la: Some("E08000035".into()),
            ..AppState::default()
        };
        let failed = |code: &str| Action::CouncilNotLoaded {
            code: code.into(),
            back_to: "E10000016".into(),
        };
        assert_eq!(
            reduce(&leeds, failed("E08000035")).la.as_deref(),
            Some("E10000016")
        );
        assert_eq!(reduce(&leeds, failed("E06000015")), leeds);
    }

    /// boot.js (in the frame) and embed.js (on the host page) check theme
    /// values by the same rule and know the same properties
    /// (docs/embedding.md, section 5): the two copies must not drift.
    #[test]
    fn boot_and_embed_scripts_share_the_theme_rule() {
        let boot = include_str!("../../static/boot.js");
        let embed = include_str!("../../static/embed/embed.js");
        let lines = |script: &str, start: &str| -> Vec<String> {
            let at = script.find(start).expect(start);
            script[at..]
                .lines()
                .take_while(|l| !l.trim().is_empty() && !l.trim().starts_with("var theme"))
                .map(|l| l.trim().to_string())
                .filter(|l| {
                    l.starts_with("return")
                        || l.starts_with("if")
                        || l.starts_with('\'')
                        || l.starts_with("var THEME")
                })
                .collect()
        };
        let rule = |script: &str| lines(script, "if (typeof v !== 'string'");
        assert_eq!(rule(boot), rule(embed));
        assert!(rule(boot)
            .iter()
            .any(|l| l.contains("{3}|[0-9a-fA-F]{4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8}")));
        let list = |script: &str| {
            let at = script.find("var THEME = [").expect("THEME");
            script[at..at + script[at..].find(']').unwrap()]
                .split_whitespace()
                .collect::<String>()
        };
        assert_eq!(list(boot), list(embed));
        assert!(list(boot).contains("'result-background','result-text'"));
    }

    /// embed.js (plain JavaScript served beside the app) keeps its own list of the
    /// pages an element's `page` attribute may name; an unlisted one falls back to
    /// the retention page, so every page must be there.
    #[test]
    fn the_embed_script_knows_every_page() {
        let script = include_str!("../../static/embed/embed.js");
        let start = script
            .find("var PAGES = [")
            .expect("embed.js lists its pages");
        let list = &script[start..start + script[start..].find(']').unwrap()];
        for page in Page::ALL {
            let quoted = format!("'{}'", page.slug());
            assert!(list.contains(&quoted), "embed.js PAGES lacks {quoted}");
        }
    }
}
