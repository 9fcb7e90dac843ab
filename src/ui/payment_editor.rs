//! One payment of a scheme: its amount, when it is paid, and its tie-in.

use super::steps_editor::StepsEditor;
use super::text_field::TextField;
use super::{checkbox_change, error_for, select_change};
use crate::engine::clawback::ShapeKind;
use crate::state::retention::{FieldError, PaymentField, PaymentForm, RetentionAction};
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct PaymentEditorProps {
    pub payment: PaymentForm,
    /// Position in the list, from 0.
    pub index: usize,
    pub count: usize,
    pub errors: Vec<FieldError>,
    pub dispatch: Callback<RetentionAction>,
}

#[component(PaymentEditor)]
pub fn payment_editor(p: &PaymentEditorProps) -> Html {
    let pay = &p.payment;
    let key = pay.key;
    let n = p.index + 1;
    let set = |field: PaymentField| {
        let d = p.dispatch.clone();
        Callback::from(move |value: String| {
            d.emit(RetentionAction::SetPaymentField { key, field, value })
        })
    };
    let act = |action: RetentionAction| {
        let d = p.dispatch.clone();
        Callback::from(move |_: MouseEvent| d.emit(action.clone()))
    };
    let on_shape = {
        let d = p.dispatch.clone();
        select_change(Callback::from(move |v: String| {
            if let Some(shape) = ShapeKind::from_slug(&v) {
                d.emit(RetentionAction::SetShape { key, shape });
            }
        }))
    };
    let on_pro_rata = {
        let d = p.dispatch.clone();
        checkbox_change(Callback::from(move |on| {
            d.emit(RetentionAction::SetProRata { key, on })
        }))
    };
    let on_pensionable = {
        let d = p.dispatch.clone();
        checkbox_change(Callback::from(move |on| {
            d.emit(RetentionAction::SetPensionable { key, on })
        }))
    };
    let title = if pay.name.trim().is_empty() {
        format!("Payment {n}")
    } else {
        format!("Payment {n}: {}", pay.name.trim())
    };
    let shape_id = pay.field_id("shape");
    html! {
        <fieldset class="fieldset payment" id={pay.field_id("fieldset")} aria-labelledby={pay.field_id("legend")}>
            <legend class="fieldset__legend fieldset__legend--m" id={pay.field_id("legend")}>
                <h3 class="heading-m">{ title }</h3>
            </legend>
            <TextField id={pay.field_id("name")} label="Name" hint={AttrValue::from("For example, golden hello or first retention payment")}
                inputmode="text" width="w20" value={pay.name.clone()} oninput={set(PaymentField::Name)} />
            <TextField id={pay.field_id("amount")} label="Amount, in pounds" hint={AttrValue::from("The full-time amount before tax")}
                prefix={AttrValue::from("£")} value={pay.amount.clone()} error={error_for(&p.errors, &pay.field_id("amount"))}
                oninput={set(PaymentField::Amount)} />
            <TextField id={pay.field_id("month")} label="Paid after how many full months, counted from the start date"
                hint={AttrValue::from("0 means on the start date")} inputmode="numeric" width="w5" suffix={AttrValue::from("months")}
                value={pay.month.clone()} error={error_for(&p.errors, &pay.field_id("month"))} oninput={set(PaymentField::Month)} />
            <div class="form-group">
                <label class="label" for={shape_id.clone()}>{ "Repayment if the worker leaves (the tie-in)" }</label>
                <select class="select" id={shape_id} onchange={on_shape}>
                    { for ShapeKind::ALL.into_iter().map(|k| html! {
                        <option value={k.slug()} selected={k == pay.shape}>{ k.label() }</option>
                    }) }
                </select>
            </div>
            if pay.shape != ShapeKind::None {
                <TextField id={pay.field_id("tiein")} label="Tie-in length, in months from the date this payment is made"
                    inputmode="numeric" width="w5" suffix={AttrValue::from("months")} value={pay.tie_in.clone()}
                    error={error_for(&p.errors, &pay.field_id("tiein"))} oninput={set(PaymentField::TieIn)} />
            }
            if pay.shape == ShapeKind::FullThenTaper {
                <TextField id={pay.field_id("full")} label="Repaid in full for how many months before the taper starts"
                    inputmode="numeric" width="w5" suffix={AttrValue::from("months")} value={pay.full_months.clone()}
                    error={error_for(&p.errors, &pay.field_id("full"))} oninput={set(PaymentField::FullMonths)} />
            }
            if pay.shape == ShapeKind::Stepped {
                <StepsEditor payment={pay.clone()} number={n} errors={p.errors.clone()} dispatch={p.dispatch.clone()} />
            }
            <div class="checkboxes">
                <div class="checkbox">
                    <input class="checkbox__input" type="checkbox" id={pay.field_id("fte")} checked={pay.pro_rata} onchange={on_pro_rata} />
                    <label class="checkbox__label" for={pay.field_id("fte")}>{ "Pro rata to the worker's FTE (part-time staff get a share)" }</label>
                </div>
                <div class="checkbox">
                    <input class="checkbox__input" type="checkbox" id={pay.field_id("pens")} checked={pay.pensionable} onchange={on_pensionable} />
                    <label class="checkbox__label" for={pay.field_id("pens")}>{ "Pensionable (usual for monthly market supplements, not for retention lump sums)" }</label>
                </div>
            </div>
            <div class="button-group">
                if p.index > 0 {
                    <button type="button" class="button button--secondary" onclick={act(RetentionAction::MovePayment { key, up: true })}>
                        { "Move up" }<span class="visually-hidden">{ format!(" payment {n}") }</span>
                    </button>
                }
                if p.index + 1 < p.count {
                    <button type="button" class="button button--secondary" onclick={act(RetentionAction::MovePayment { key, up: false })}>
                        { "Move down" }<span class="visually-hidden">{ format!(" payment {n}") }</span>
                    </button>
                }
                <button type="button" class="button button--warning" onclick={act(RetentionAction::RemovePayment(key))}>
                    { "Remove" }<span class="visually-hidden">{ format!(" payment {n}") }</span>
                </button>
            </div>
        </fieldset>
    }
}
