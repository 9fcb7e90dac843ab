//! One payment of a scheme: its amount, when it is paid, and its tie-in.

use super::error_for;
use super::pure::{pure, PureView};
use super::steps_editor::{steps_editor, StepsEditorProps};
use super::text_field::Field;
use crate::engine::clawback::ShapeKind;
use crate::state::retention::{FieldError, PaymentForm};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PaymentEditorProps {
    pub payment: PaymentForm,
    /// Position in the list, from 0.
    pub index: usize,
    pub count: usize,
    pub errors: Vec<FieldError>,
}

pub fn payment_editor(p: PaymentEditorProps) -> Html {
    pure(p)
}

impl PureView for PaymentEditorProps {
    fn view(&self) -> Html {
        let p = self;
        let pay = &p.payment;
        let key = pay.key;
        let n = p.index + 1;
        let title = if pay.name.trim().is_empty() {
            format!("Payment {n}")
        } else {
            format!("Payment {n}: {}", pay.name.trim())
        };
        let shape_id = pay.field_id("shape");
        html! {
            // Keyed, so reordering moves the payment's elements (and focus) with it.
            <fieldset key={pay.key.to_string()} class="fieldset payment" id={pay.field_id("fieldset")} aria-labelledby={pay.field_id("legend")}>
                <legend class="fieldset__legend fieldset__legend--m" id={pay.field_id("legend")}>
                    <h3 class="heading-m">{ title }</h3>
                </legend>
                { Field::new(pay.field_id("name"), "Name", pay.name.clone()).hint("For example, golden hello or first retention payment").mode("text").width("w20").view() }
                { Field::new(pay.field_id("amount"), "Amount, in pounds", pay.amount.clone()).hint("The full-time amount before tax").prefix("£").error(error_for(&p.errors, &pay.field_id("amount"))).view() }
                { Field::new(pay.field_id("month"), "Paid after how many full months, counted from the start date", pay.month.clone()).hint("0 means on the start date").suffix("months").error(error_for(&p.errors, &pay.field_id("month"))).mode("numeric").width("w5").view() }
                <div class="form-group">
                    <label class="label" for={shape_id.clone()}>{ "Repayment if the worker leaves (the tie-in)" }</label>
                    <select class="select" id={shape_id}>
                        { for ShapeKind::ALL.into_iter().map(|k| html! {
                            <option value={k.slug()} selected={k == pay.shape}>{ k.label() }</option>
                        }) }
                    </select>
                    { super::chosen(pay.shape.label()) }
                </div>
                if pay.shape != ShapeKind::None {
                    { Field::new(pay.field_id("tiein"), "Tie-in length, in months from the date this payment is made", pay.tie_in.clone()).suffix("months").error(error_for(&p.errors, &pay.field_id("tiein"))).mode("numeric").width("w5").view() }
                }
                if pay.shape == ShapeKind::FullThenTaper {
                    { Field::new(pay.field_id("full"), "Repaid in full for how many months before the taper starts", pay.full_months.clone()).suffix("months").error(error_for(&p.errors, &pay.field_id("full"))).mode("numeric").width("w5").view() }
                }
                if pay.shape == ShapeKind::Stepped {
                    { steps_editor(&StepsEditorProps { payment: pay.clone(), number: n, errors: p.errors.clone() }) }
                }
                <div class="checkboxes">
                    <div class="checkbox">
                        <input class="checkbox__input" type="checkbox" id={pay.field_id("fte")} checked={pay.pro_rata} />
                        <label class="checkbox__label" for={pay.field_id("fte")}>{ "Pro rata to the worker's FTE (part-time staff get a share)" }</label>
                    </div>
                    <div class="checkbox">
                        <input class="checkbox__input" type="checkbox" id={pay.field_id("pens")} checked={pay.pensionable} />
                        <label class="checkbox__label" for={pay.field_id("pens")}>{ "Pensionable (usual for monthly market supplements, not for retention lump sums)" }</label>
                    </div>
                </div>
                <div class="button-group">
                    if p.index > 0 {
                        <button type="button" class="button button--secondary" data-action={format!("up:{key}")}>
                            { "Move up" }<span class="visually-hidden">{ format!(" payment {n}") }</span>
                        </button>
                    }
                    if p.index + 1 < p.count {
                        <button type="button" class="button button--secondary" data-action={format!("down:{key}")}>
                            { "Move down" }<span class="visually-hidden">{ format!(" payment {n}") }</span>
                        </button>
                    }
                    <button type="button" class="button button--warning" data-action={format!("remove:{key}")}>
                        { "Remove" }<span class="visually-hidden">{ format!(" payment {n}") }</span>
                    </button>
                </div>
            </fieldset>
        }
    }
}
