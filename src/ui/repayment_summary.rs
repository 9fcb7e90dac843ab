//! The one-sentence answer. It sits inside the page's one polite live region
//! (in `retention_page`), so changes are announced to screen readers.

use super::pure::{pure, PureView};
use crate::engine::clawback::{after_full_months, paid_after, Position, Scheme};
use crate::state::headline::retention_sentence;
use crate::state::retention::total_if_staying;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RepaymentSummaryProps {
    pub scheme: Scheme,
    pub position: Position,
}

pub fn repayment_summary(p: RepaymentSummaryProps) -> Html {
    pure(p)
}

impl PureView for RepaymentSummaryProps {
    fn view(&self) -> Html {
        let p = self;
        let pos = &p.position;
        let headline = retention_sentence(&p.scheme, pos);
        let total = total_if_staying(&p.scheme);
        let last_paid = p
            .scheme
            .payments
            .iter()
            .map(|x| x.paid_month)
            .max()
            .unwrap_or(0);
        html! {
            <div class="panel">
                <p class="panel__headline" data-testid="summary">{ headline }</p>
                if !p.scheme.payments.is_empty() {
                    <p class="panel__body">
                        { format!(
                            "If you stay, the scheme pays {} in all, {}; {}.",
                            total.format(),
                            if p.scheme.payments.len() == 1 { format!("paid {}", paid_after(last_paid)) } else { format!("the last payment {}", paid_after(last_paid)) },
                            match p.scheme.last_tie_in_end() { 0 => "nothing is ever repayable".to_string(), end => format!("nothing is repayable if you leave {end_phrase}", end_phrase = after_full_months(end)) }
                        ) }
                    </p>
                    <p class="panel__body">{ "Repayment is of the gross amount, before tax. Any tax already paid on it is reclaimed from HMRC, not from the employer; National Insurance is not refunded." }</p>
                }
            </div>
        }
    }
}
