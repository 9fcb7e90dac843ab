//! The GOV.UK error summary: "There is a problem", with a link to each field in error.
//! Links move focus to the field without changing the URL fragment, which holds
//! the calculator's inputs.

use super::pure::{pure, PureView};
use crate::state::retention::FieldError;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    pub errors: Vec<FieldError>,
}

pub fn error_summary(p: ErrorSummaryProps) -> Html {
    pure(p)
}

impl PureView for ErrorSummaryProps {
    fn view(&self) -> Html {
        let p = self;
        if p.errors.is_empty() {
            return html! {};
        }
        html! {
            <div class="error-summary" aria-labelledby="error-summary-title" tabindex="-1">
                <h2 class="error-summary__title" id="error-summary-title">{ "There is a problem" }</h2>
                <ul class="error-summary__list">
                    { for p.errors.iter().map(|e| {
                        html! {
                            <li key={e.id.clone()}>
                                <a href={format!("#{}", e.id)} data-action={format!("focus:{}", e.id)}>{ e.message.clone() }</a>
                            </li>
                        }
                    }) }
                </ul>
            </div>
        }
    }
}
