//! The editable table of DfE regional price caps (£ an hour), empty by default:
//! the caps themselves were not published where we could find them.

use super::pure::{pure, PureView};
use super::source_note::{source_note, SourceNoteProps};
use super::text_field::error_message;
use crate::engine::agency::{Region, Role};
use crate::engine::rates;
use crate::state::cost::{cap_id, cap_in, caps_printed, CostForm, CAP_ID_PREFIX};
use crate::state::folds::{Opened, CAPS_ID};
use crate::state::retention::FieldError;
use yew::prelude::*;

pub struct CapTableProps<'a> {
    pub form: &'a CostForm,
    pub errors: &'a [FieldError],
    /// The folds open on screen.
    pub folds: &'a Opened,
}

/// The table, re-rendered only when the caps, their errors or the fold change
/// (a keystroke elsewhere on the page leaves its 45 boxes alone).
pub fn cap_table(p: &CapTableProps<'_>) -> Html {
    pure(Caps {
        caps: p.form.caps.clone(),
        errors: p
            .errors
            .iter()
            .filter(|e| e.id.starts_with(CAP_ID_PREFIX))
            .cloned()
            .collect(),
        open: p.folds.shown(CAPS_ID, !p.form.caps.is_empty()),
    })
}

/// What the table shows: the caps entered (region, role, text as typed), the
/// errors on them, and whether its fold is open.
#[derive(Properties, PartialEq)]
struct Caps {
    caps: Vec<(Region, Role, String)>,
    errors: Vec<FieldError>,
    open: bool,
}

impl PureView for Caps {
    fn view(&self) -> Html {
        let p = self;
        html! {
            <details class="details" id={CAPS_ID} open={p.open}>
                <summary class="details__summary">{ "Price caps (£ an hour), by region and role" }<span class="fold__now">{ match p.caps.len() { 0 => " (none entered)".to_string(), 1 => " (1 entered)".to_string(), n => format!(" ({n} entered)") } }</span></summary>
                <div class="details__text">
                    <p class="body-s">{ "Enter the caps that apply to you. Leave a box empty where you have no cap. The rate above is checked against the cap for the region and role chosen." }</p>
                    { source_note(&SourceNoteProps { source: &rates::DFE_AGENCY_GUIDANCE, lead: None }) }
                    <div class="table-scroll table-scroll--caps" tabindex="0" role="region" aria-label="Price caps">
                        <table class="table table--caps">
                            <thead>
                                <tr>
                                    <th scope="col">{ "Region" }</th>
                                    { for Role::ALL.into_iter().map(|r| html! { <th scope="col">{ r.label() }</th> }) }
                                </tr>
                            </thead>
                            <tbody>
                                { for Region::ALL.into_iter().map(|region| html! {
                                    <tr>
                                        <th scope="row">{ region.label() }</th>
                                        { for Role::ALL.into_iter().map(|role| {
                                            let id = cap_id(region, role);
                                            let error = p.errors.iter().find(|e| e.id == id);
                                            let error_id = format!("{id}-error");
                                            html! {
                                                <td class={classes!(error.is_some().then_some("form-group--error"))}>
                                                    if let Some(e) = error {
                                                        { error_message(&error_id, &e.message) }
                                                    }
                                                    <input class={classes!("input", "input--w5", error.is_some().then_some("input--error"))} id={id} type="text" inputmode="decimal"
                                                        autocomplete="off" aria-label={format!("{}, {}, £ an hour", region.label(), role.label())}
                                                        aria-invalid={error.is_some().then_some("true")}
                                                        aria-describedby={error.is_some().then_some(error_id.clone())}
                                                        value={cap_in(&p.caps, region, role).to_string()} />
                                                </td>
                                            }
                                        }) }
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                    </div>
                    // Printed instead of the grid of boxes (too wide for half an A4 page):
                    // the caps entered, each with its region and role.
                    <p class="body-s print-only" data-testid="caps-printed">
                        { caps_printed(&p.caps) }
                    </p>
                </div>
            </details>
        }
    }
}
