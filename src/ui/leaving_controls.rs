//! When and why the worker leaves: the leaving month (typed or stepped) and the reason.

use super::error_for;
use super::pure::{pure, PureView};
use super::text_field::Field;
use crate::engine::clawback::LeavingReason;
use crate::state::retention::FieldError;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LeavingControlsProps {
    pub leave_month: AttrValue,
    pub reason: LeavingReason,
    pub exempt: Vec<LeavingReason>,
    pub errors: Vec<FieldError>,
}

pub fn leaving_controls(p: LeavingControlsProps) -> Html {
    pure(p)
}

impl PureView for LeavingControlsProps {
    fn view(&self) -> Html {
        let p = self;
        html! {
            <div class="leaving">
                { Field::new("leave-month", "Leaving after how many full months from the start date", p.leave_month.clone()).suffix("months").error(error_for(&p.errors, "leave-month")).mode("numeric").width("w5").view() }
                <div class="button-group button-group--tight">
                    <button type="button" class="button button--secondary" data-action="shift:-1">{ "One month earlier" }</button>
                    <button type="button" class="button button--secondary" data-action="shift:1">{ "One month later" }</button>
                </div>
                <div class="form-group">
                    <label class="label" for="leave-reason">{ "Reason for leaving" }</label>
                    <select class="select" id="leave-reason">
                        { for LeavingReason::ALL.into_iter().map(|r| html! {
                            <option value={r.slug()} selected={r == p.reason}>
                                { r.label() }{ if p.exempt.contains(&r) { " (exempt: nothing to repay)" } else { "" } }
                            </option>
                        }) }
                    </select>
                    { super::chosen(format!("{}{}", p.reason.label(), if p.exempt.contains(&p.reason) { " (exempt: nothing to repay)" } else { "" })) }
                </div>
            </div>
        }
    }
}
