//! The folded sections of the long forms: which inputs each holds, what it says
//! it assumes now (in its summary line), and whether it opens itself. A section
//! opens itself when one of its inputs differs from the default or has an error,
//! so nothing the user typed is ever hidden silently. Once open, by the user or
//! by itself, it stays open until the user closes it ([`Opened`]): typing a value
//! back to its default never folds the field being edited away.

use super::cost::{CostField, CostForm};
use super::retention::{FieldError, RetentionForm};
use crate::engine::rates;

/// The folds open now, by their `<details>` id (`fold-on-costs`): each was
/// opened by the user or opened itself, and the user has not closed it since.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Opened(Vec<String>);

impl Opened {
    /// After the fold `id` was opened or closed (its `toggle` event).
    pub fn toggled(&self, id: &str, open: bool) -> Opened {
        let mut ids: Vec<String> = self.0.iter().filter(|i| *i != id).cloned().collect();
        if open {
            ids.push(id.to_string());
        }
        Opened(ids)
    }

    /// Whether the fold `id` is shown open: it opens itself (`opens_itself`: a
    /// changed or invalid input inside), or it is open and was not closed since.
    pub fn shown(&self, id: &str, opens_itself: bool) -> bool {
        opens_itself || self.0.iter().any(|i| i == id)
    }
}

/// The id of the price caps' fold (Agency or permanent).
pub const CAPS_ID: &str = "fold-caps";

/// The employer's on-cost settings (pension rate and levy), folded wherever
/// they appear (Retention payments, Agency or permanent).
pub mod on_costs {
    use super::*;

    pub const ID: &str = "fold-on-costs";
    pub const TITLE: &str = "Employer pension and apprenticeship levy";

    pub fn now(f: &RetentionForm) -> String {
        format!(
            "Pension: {}% on pensionable payments. Levy: {}.",
            f.pension_rate.trim(),
            if f.levy {
                rates::APPRENTICESHIP_LEVY_RATE.percent_label()
            } else {
                "does not apply".to_string()
            }
        )
    }

    pub fn open(f: &RetentionForm, errors: &[FieldError]) -> bool {
        let d = RetentionForm::default();
        f.pension_rate != d.pension_rate
            || f.levy != d.levy
            || errors.iter().any(|e| e.id == "pension-rate")
    }
}

/// A folded section of the Agency or permanent form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CostFold {
    SupplementOverheads,
    Churn,
    HoursWeeks,
    Team,
}

impl CostFold {
    pub const ALL: [CostFold; 4] = [
        CostFold::SupplementOverheads,
        CostFold::Churn,
        CostFold::HoursWeeks,
        CostFold::Team,
    ];

    /// The `<details>` element's id.
    pub fn id(self) -> &'static str {
        match self {
            CostFold::SupplementOverheads => "fold-overheads",
            CostFold::Churn => "fold-churn",
            CostFold::HoursWeeks => "fold-hours",
            CostFold::Team => "fold-team",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            CostFold::SupplementOverheads => "Market supplement and overheads",
            CostFold::Churn => "Recruitment, turnover and vacancy",
            CostFold::HoursWeeks => "Hours and billable weeks",
            CostFold::Team => "Team size",
        }
    }

    pub fn fields(self) -> &'static [CostField] {
        use CostField as F;
        match self {
            CostFold::SupplementOverheads => &[F::Supplement, F::Overheads],
            CostFold::Churn => &[
                F::Recruitment,
                F::Turnover,
                F::VacancyMonths,
                F::AgencyCover,
            ],
            CostFold::HoursWeeks => &[F::Hours, F::Weeks],
            CostFold::Team => &[F::Posts, F::AgencyNow, F::AgencyAfter],
        }
    }

    /// What the section assumes now, in words, from what is typed.
    pub fn now(self, f: &CostForm) -> String {
        use CostField as F;
        let v = |field| f.get(field).trim();
        let none_or = |text: &str, some: String| {
            if text.is_empty() || text.trim_start_matches('£') == "0" {
                "none".to_string()
            } else {
                some
            }
        };
        match self {
            CostFold::SupplementOverheads => {
                let supplement = none_or(v(F::Supplement), format!("£{} a year", v(F::Supplement)));
                let overheads = if f.overheads_percent {
                    none_or(v(F::Overheads), format!("{}% of pay", v(F::Overheads)))
                } else {
                    none_or(v(F::Overheads), format!("£{} a year", v(F::Overheads)))
                };
                format!("Supplement: {supplement}. Overheads: {overheads}.")
            }
            CostFold::Churn => format!(
                "£{} a hire, {}% turnover. Vacancy: {} months, {}% covered by agency.",
                v(F::Recruitment),
                v(F::Turnover),
                v(F::VacancyMonths),
                v(F::AgencyCover)
            ),
            CostFold::HoursWeeks => format!(
                "{} hours a week, {} billable weeks a year.",
                v(F::Hours),
                v(F::Weeks)
            ),
            CostFold::Team => format!(
                "{} posts: {} filled by agency now, {} afterwards.",
                v(F::Posts),
                v(F::AgencyNow),
                v(F::AgencyAfter)
            ),
        }
    }

    /// Open when an input differs from the default (including how overheads are
    /// given) or has an error.
    pub fn open(self, f: &CostForm, errors: &[FieldError]) -> bool {
        let default = CostForm::default();
        let changed = self.fields().iter().any(|x| f.get(*x) != default.get(*x))
            || (self == CostFold::SupplementOverheads
                && (f.overheads_percent != default.overheads_percent
                    || f.supplement_pensionable != default.supplement_pensionable));
        let ids: Vec<String> = self.fields().iter().map(|x| x.id()).collect();
        changed || errors.iter().any(|e| ids.contains(&e.id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::cost::{compute, reduce, CostAction};
    use crate::state::retention::RetentionForm;

    #[test]
    fn folded_by_default_and_saying_what_is_assumed() {
        let f = CostForm::default();
        for fold in CostFold::ALL {
            assert!(!fold.open(&f, &[]), "{fold:?} starts folded");
        }
        assert_eq!(
            CostFold::SupplementOverheads.now(&f),
            "Supplement: none. Overheads: none."
        );
        assert_eq!(
            CostFold::Churn.now(&f),
            "£1500 a hire, 11.8% turnover. Vacancy: 3 months, 73.6% covered by agency."
        );
        assert_eq!(
            CostFold::Team.now(&f),
            "10 posts: 2 filled by agency now, 1 afterwards."
        );
    }

    #[test]
    fn a_changed_or_invalid_input_opens_its_section() {
        let f = reduce(
            &CostForm::default(),
            CostAction::Set(CostField::Weeks, "47".into()),
        );
        assert!(CostFold::HoursWeeks.open(&f, &[]));
        assert!(!CostFold::Team.open(&f, &[]));
        let f = reduce(
            &CostForm::default(),
            CostAction::Set(CostField::VacancyMonths, "lots".into()),
        );
        let errors = compute(&f, &RetentionForm::default()).errors;
        assert!(CostFold::Churn.open(&f, &errors));
        let f = reduce(&CostForm::default(), CostAction::SetOverheadsPercent(true));
        assert!(CostFold::SupplementOverheads.open(&f, &[]));
        assert_eq!(
            CostFold::SupplementOverheads.now(&f),
            "Supplement: none. Overheads: none."
        );
    }

    #[test]
    fn on_costs_fold_says_the_rates_and_opens_when_changed() {
        let f = RetentionForm::default();
        assert_eq!(
            on_costs::now(&f),
            "Pension: 19.8% on pensionable payments. Levy: 0.5%."
        );
        assert!(!on_costs::open(&f, &[]));
        let g = RetentionForm {
            levy: false,
            ..f.clone()
        };
        assert!(on_costs::open(&g, &[]));
        assert_eq!(
            on_costs::now(&g),
            "Pension: 19.8% on pensionable payments. Levy: does not apply."
        );
    }

    /// Issue 25: open "Employer pension and apprenticeship levy" by hand, type
    /// 19.85 and back to 19.8: the fold closed under the user.
    #[test]
    fn a_fold_opened_by_hand_stays_open_until_the_user_closes_it() {
        use crate::state::retention::RetentionAction;
        use crate::state::{reduce, Action, AppState};
        let shown = |s: &AppState| {
            s.folds
                .shown(on_costs::ID, on_costs::open(&s.retention, &[]))
        };
        let start = AppState::default();
        assert!(!shown(&start), "folded at first");
        let mut s = reduce(
            &start,
            Action::Fold {
                id: on_costs::ID.into(),
                open: true,
            },
        );
        assert!(shown(&s), "opened by hand");
        for typed in ["19.85", "19.8"] {
            s = reduce(
                &s,
                Action::Retention(RetentionAction::SetPensionRate(typed.into())),
            );
            assert!(shown(&s), "still open after typing {typed}");
        }
        // A fold that opened itself (a changed value) stays open too.
        let changed = reduce(
            &start,
            Action::Retention(RetentionAction::SetPensionRate("17".into())),
        );
        let opened = reduce(
            &changed,
            Action::Fold {
                id: on_costs::ID.into(),
                open: true,
            },
        );
        let back = reduce(
            &opened,
            Action::Retention(RetentionAction::SetPensionRate("19.8".into())),
        );
        assert!(shown(&back));
        // Closed by the user: closed, and other folds are not touched.
        let closed = reduce(
            &s,
            Action::Fold {
                id: on_costs::ID.into(),
                open: false,
            },
        );
        assert!(!shown(&closed));
        let two = s.folds.toggled(CAPS_ID, true).toggled(on_costs::ID, false);
        assert!(two.shown(CAPS_ID, false) && !two.shown(on_costs::ID, false));
        // Opening a link or a file keeps what the user has open.
        let replaced = reduce(&s, Action::Replace(Box::default()));
        assert!(shown(&replaced));
    }

    #[test]
    fn every_text_input_in_a_fold_is_in_one_fold_only() {
        let mut seen = Vec::new();
        for fold in CostFold::ALL {
            for f in fold.fields() {
                assert!(!seen.contains(f), "{f:?} twice");
                seen.push(*f);
            }
        }
    }
}
