//! App state: plain data and pure reducers, tested natively. The UI only renders
//! this state and dispatches [`Action`]s.

pub mod fragment;
pub mod retention;

use retention::{RetentionAction, RetentionForm};

/// The calculators. Each is a page in the URL fragment (`#retention?…`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Page {
    #[default]
    Retention,
}

impl Page {
    pub const ALL: [Page; 1] = [Page::Retention];

    pub fn slug(self) -> &'static str {
        match self {
            Page::Retention => "retention",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Page::Retention => "Retention payments and clawback",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Page> {
        Page::ALL.into_iter().find(|p| p.slug() == slug)
    }
}

/// Everything the app holds.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct AppState {
    pub page: Page,
    pub retention: RetentionForm,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Navigate(Page),
    Retention(RetentionAction),
    /// Replace the whole state, e.g. from a link opened or pasted.
    Replace(AppState),
}

/// The app's reducer: pure, one place where state changes.
pub fn reduce(state: &AppState, action: Action) -> AppState {
    match action {
        Action::Navigate(page) => AppState {
            page,
            ..state.clone()
        },
        Action::Retention(a) => AppState {
            retention: retention::reduce(&state.retention, a),
            ..state.clone()
        },
        Action::Replace(s) => s,
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
        assert_eq!(reduce(&s2, Action::Replace(s.clone())), s);
    }
}
