//! The table of a stepped tie-in: from which month, what share is repayable.

use super::error_for;
use super::text_field::error_message;
use crate::state::retention::{FieldError, PaymentForm};
use yew::prelude::*;

pub struct StepsEditorProps {
    pub payment: PaymentForm,
    /// The payment's number on screen.
    pub number: usize,
    pub errors: Vec<FieldError>,
}

pub fn steps_editor(p: &StepsEditorProps) -> Html {
    let pay = &p.payment;
    let key = pay.key;
    let steps_error = error_for(&p.errors, &pay.field_id("steps"));
    html! {
        <fieldset class="fieldset steps" id={pay.field_id("steps")} tabindex="-1">
            <legend class="fieldset__legend">{ format!("Steps for payment {}", p.number) }</legend>
            <p class="hint">{ "Each step says what share of the payment is repayable from that many full months after it was paid. Shares can only stay the same or fall. Nothing is repayable once the tie-in ends." }</p>
            if let Some(e) = steps_error {
                <p class="error-message"><span class="visually-hidden">{ "Error: " }</span>{ e }</p>
            }
            <ol class="step-list">
                { for pay.steps.iter().enumerate().map(|(i, s)| {
                    let from_id = pay.step_id(i, "from");
                    let share_id = pay.step_id(i, "share");
                    let from_err = error_for(&p.errors, &from_id);
                    let share_err = error_for(&p.errors, &share_id);
                    let row_class = classes!("step", (from_err.is_some() || share_err.is_some()).then_some("form-group--error"));
                    html! {
                        <li class={row_class}>
                            <div class="step__fields">
                                <div class="step__field">
                                    <label class="label" for={from_id.clone()}>{ format!("Step {}: from month", i + 1) }</label>
                                    if let Some(e) = from_err.clone() {
                                        { error_message(&format!("{from_id}-error"), &e) }
                                    }
                                    <input class={classes!("input", "input--w5", from_err.is_some().then_some("input--error"))}
                                        id={from_id.clone()} type="text" inputmode="numeric" autocomplete="off"
                                        aria-invalid={from_err.is_some().then_some("true")}
                                        aria-describedby={from_err.is_some().then(|| format!("{from_id}-error"))}
                                        value={s.from.clone()} />
                                </div>
                                <div class="step__field">
                                    <label class="label" for={share_id.clone()}>{ format!("Step {}: share repayable, %", i + 1) }</label>
                                    if let Some(e) = share_err.clone() {
                                        { error_message(&format!("{share_id}-error"), &e) }
                                    }
                                    <div class="input-wrapper">
                                        <input class={classes!("input", "input--w5", share_err.is_some().then_some("input--error"))}
                                            id={share_id.clone()} type="text" inputmode="decimal" autocomplete="off"
                                            aria-invalid={share_err.is_some().then_some("true")}
                                            aria-describedby={share_err.is_some().then(|| format!("{share_id}-error"))}
                                            value={s.share.clone()} />
                                        <div class="input-suffix" aria-hidden="true">{ "%" }</div>
                                    </div>
                                </div>
                                <button type="button" class="button button--link" data-action={format!("remove-step:{key}:{i}")}>
                                    { "Remove" }<span class="visually-hidden">{ format!(" step {} of payment {}", i + 1, p.number) }</span>
                                </button>
                            </div>
                        </li>
                    }
                }) }
            </ol>
            <button type="button" class="button button--secondary" data-action={format!("add-step:{key}")}>
                { "Add a step" }<span class="visually-hidden">{ format!(" to payment {}", p.number) }</span>
            </button>
        </fieldset>
    }
}
