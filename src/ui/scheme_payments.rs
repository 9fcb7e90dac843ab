//! The scheme's payments as a form section: presets, undo, one editor per
//! payment and "Add a payment". The retention calculator and Check my package
//! both show offer 1's payments with it (the same ids: one page is on screen).

use super::payment_editor::{payment_editor, PaymentEditorProps};
use super::presets::presets;
use super::undo_banner::{undo_banner, UndoBannerProps};
use crate::engine::clawback::MAX_PAYMENTS;
use crate::state::retention::{FieldError, RetentionForm};
use yew::prelude::*;

pub struct SchemePaymentsProps<'a> {
    pub form: &'a RetentionForm,
    pub errors: &'a [FieldError],
    pub heading: &'static str,
    pub lead: &'static str,
}

pub fn scheme_payments(p: &SchemePaymentsProps<'_>) -> Html {
    let f = p.form;
    html! {
        <section aria-labelledby="payments-heading">
            <h2 class="heading-l" id="payments-heading" tabindex="-1">{ p.heading }</h2>
            <p class="body">{ p.lead }</p>
            { presets() }
            { undo_banner(&UndoBannerProps { undo: f.undo.clone(), scope: String::new() }) }
            <div id="payments">
                { for f.payments.iter().enumerate().map(|(i, pay)| payment_editor(PaymentEditorProps { payment: pay.clone(), index: i, count: f.payments.len(), errors: super::payment_errors(p.errors, pay.key)})) }
            </div>
            if f.payments.len() < MAX_PAYMENTS {
                <button type="button" class="button" data-action="add-payment">{ "Add a payment" }</button>
            } else {
                <p class="hint">{ format!("A scheme can have up to {MAX_PAYMENTS} payments.") }</p>
            }
        </section>
    }
}
