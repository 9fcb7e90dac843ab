//! The view: one file per component. Only `App` is a Yew component; the others
//! are plain view functions of their props (see README, "Bundle size"). They hold
//! no state, repeat no formula, and carry no listeners: the app listens once at
//! its root and `state::route` turns events into actions.

pub mod app;
pub mod candidate_fields;
pub mod cap_table;
pub mod cash_flow_chart;
pub mod chart_download;
pub mod cost_bars;
pub mod cost_page;
pub mod council_files;
pub mod data_table;
pub mod deferred;
pub mod designs;
pub mod designs_chart;
pub mod download;
pub mod embed_builder;
pub mod employer_cost;
pub mod error_summary;
pub mod explanation;
pub mod fold;
pub mod js_reader;
pub mod layout;
pub mod leaving_controls;
pub mod link_problems;
pub mod locum_page;
pub mod nav;
pub mod package_page;
pub mod parts;
pub mod payback_page;
pub mod payment_editor;
pub mod presets;
pub mod pure;
pub mod radios;
pub mod rates_table;
pub mod repay_chart;
pub mod repayment_summary;
pub mod retention_page;
pub mod schedule_table;
pub mod scheme_payments;
pub mod sensitivity_grid;
pub mod shell;
pub mod source_note;
pub mod steps_editor;
pub mod text_field;
pub mod undo_banner;
pub mod workforce_charts;
pub mod workforce_page;
pub mod your_council;

use crate::state::retention::FieldError;
use crate::state::shown::Shown;
use crate::state::Page;
use yew::prelude::*;

thread_local! {
    /// The calculators an embed offers, read once from the frame's address
    /// when the app starts (it never changes while the page is open).
    static SHOWN: std::cell::RefCell<Shown> = std::cell::RefCell::default();
}

/// Records which calculators the page offers (see [`page_link`]).
pub fn set_shown(shown: Shown) {
    SHOWN.with(|s| *s.borrow_mut() = shown);
}

/// A link to another calculator by its title, or the title as plain text
/// where an embed does not offer that calculator.
pub fn page_link(page: Page) -> Html {
    if SHOWN.with(|s| s.borrow().shows(page)) {
        html! { <a href={format!("#{}", page.slug())} data-action={format!("nav:{}", page.slug())}>{ page.title() }</a> }
    } else {
        html! { { page.title() } }
    }
}

/// The message for a field, if it has one.
pub fn error_for(errors: &[FieldError], id: &str) -> Option<AttrValue> {
    errors
        .iter()
        .find(|e| e.id == id)
        .map(|e| AttrValue::from(e.message.clone()))
}

/// The errors of one payment (ids `p{key}-…`), so its editor re-renders only
/// when its own errors change.
pub fn payment_errors(errors: &[FieldError], key: u32) -> Vec<FieldError> {
    let prefix = format!("p{key}-");
    errors
        .iter()
        .filter(|e| e.id.starts_with(&prefix))
        .cloned()
        .collect()
}

/// Moves focus to the element with this id (for error-summary links and after
/// adding or removing things), without touching the URL fragment. Opens any
/// folded section it is in first: a closed one cannot take focus.
pub fn focus_id(id: &str) {
    use wasm_bindgen::JsCast;
    let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    else {
        return;
    };
    let mut fold = el
        .parent_element()
        .and_then(|p| p.closest("details").ok().flatten());
    while let Some(d) = fold {
        let _ = d.set_attribute("open", "");
        fold = d
            .parent_element()
            .and_then(|p| p.closest("details").ok().flatten());
    }
    // The field's group (its label, hint and error) at the top of the window,
    // as GOV.UK's error summary does: focusing the field alone scrolled its
    // label out of view (found by a fresh tester of issue 24).
    let group = el.closest(".form-group, .fieldset").ok().flatten();
    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
        el.scroll_into_view();
        let _ = el.focus();
    }
    if let Some(g) = group {
        g.scroll_into_view();
    }
}

/// A select's chosen option as text, printed in its place (a printed select
/// shows only what fits its box): hidden on screen and from assistive
/// technology, which reads the select itself.
pub fn chosen(label: impl Into<AttrValue>) -> Html {
    html! { <span class="select-print print-only" aria-hidden="true">{ label.into() }</span> }
}
