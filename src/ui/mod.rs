//! The UI: function components, one per file. Components render state and
//! dispatch actions; they hold no app state and repeat no formula.

pub mod app;
pub mod cap_table;
pub mod cash_flow_chart;
pub mod cost_bars;
pub mod cost_page;
pub mod employer_cost;
pub mod error_summary;
pub mod explanation;
pub mod leaving_controls;
pub mod link_problems;
pub mod nav;
pub mod package_page;
pub mod payback_page;
pub mod payment_editor;
pub mod presets;
pub mod radios;
pub mod repay_chart;
pub mod repayment_summary;
pub mod retention_page;
pub mod schedule_table;
pub mod sensitivity_grid;
pub mod source_note;
pub mod steps_editor;
pub mod text_field;
pub mod undo_banner;

use crate::state::retention::FieldError;
use yew::prelude::*;

/// A callback for an `<input>`'s `input` event that passes on its text.
pub fn text_input(cb: Callback<String>) -> Callback<InputEvent> {
    Callback::from(move |e: InputEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        cb.emit(input.value());
    })
}

/// A callback for a checkbox's `change` event that passes on whether it is ticked.
pub fn checkbox_change(cb: Callback<bool>) -> Callback<Event> {
    Callback::from(move |e: Event| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        cb.emit(input.checked());
    })
}

/// A callback for a `<select>`'s `change` event that passes on the chosen value.
pub fn select_change(cb: Callback<String>) -> Callback<Event> {
    Callback::from(move |e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        cb.emit(select.value());
    })
}

/// The message for a field, if it has one.
pub fn error_for(errors: &[FieldError], id: &str) -> Option<AttrValue> {
    errors
        .iter()
        .find(|e| e.id == id)
        .map(|e| AttrValue::from(e.message.clone()))
}

/// Moves focus to the element with this id (for error-summary links and after
/// adding or removing things), without touching the URL fragment.
pub fn focus_id(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        el.scroll_into_view();
        let _ = el.focus();
    }
}
