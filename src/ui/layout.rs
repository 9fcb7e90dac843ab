//! The two-column frame every calculator shares: the form (with a link to the
//! results for small screens and the error summary at the top), and the results
//! (a heading, optional controls, one polite live region for the summary, and the
//! details). One live region for the life of the page: screen readers announce
//! changes to it, but not a region that is newly inserted.

use super::error_summary::{error_summary, ErrorSummaryProps};
use crate::state::retention::FieldError;
use yew::prelude::*;

pub struct LayoutProps<'a> {
    pub errors: &'a [FieldError],
    /// The form's sections.
    pub form: Html,
    pub results_title: &'static str,
    /// Shown under the results heading, before the summary (may be empty).
    pub controls: Html,
    /// The summary panel, or `None` while the results cannot be worked out.
    pub summary: Option<Html>,
    /// The headline figure in one line, for the bar that follows the form on
    /// narrow screens; `None` while there are no results.
    pub compact: Option<String>,
    /// What the summary says meanwhile.
    pub waiting: String,
    /// Everything under the summary (empty while there are no results).
    pub details: Html,
}

pub fn layout(p: LayoutProps<'_>) -> Html {
    let compact = p.compact.unwrap_or_else(|| p.waiting.clone());
    let summary = p.summary.unwrap_or_else(|| {
        html! {
            <div class="panel panel--muted">
                <p class="panel__headline" data-testid="summary">{ p.waiting }</p>
            </div>
        }
    });
    html! {
        <div class="calc">
            <div class="calc__form">
                { error_summary(ErrorSummaryProps { errors: p.errors.to_vec() }) }
                { p.form }
                // Narrow screens: the headline figure follows the form, with a
                // link to the results (not a live region: the summary is).
                <div class="result-bar" data-testid="result-bar">
                    <p class="result-bar__text">{ compact }</p>
                    <a class="result-bar__link" href="#results-heading" data-action="focus:results-heading">{ "See the result" }</a>
                </div>
            </div>
            <div class="calc__results">
                <section aria-labelledby="results-heading">
                    <h2 class="heading-l" id="results-heading" tabindex="-1">{ p.results_title }</h2>
                    <a class="back-link" href="#main" data-action="focus-last">{ "Back to the field you changed" }</a>
                    { p.controls }
                    // Wide screens: the summary stays in view beside the form.
                    <div class="calc__sticky" aria-live="polite" aria-atomic="true" id="results-summary">{ summary }</div>
                    { p.details }
                </section>
            </div>
        </div>
    }
}

/// What the summary says while the page's own inputs have errors.
pub const CORRECT_ERRORS: &str = "Correct the errors shown to see the results.";
