//! Files made in the browser: "Download as CSV" under a table (the table as the
//! page shows it, converted by `state::csv`), and the saved scenario. Nothing
//! leaves the device.

use crate::state::csv::{file_name, from_rows};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The download button, placed straight after a table (or its scrolling region).
/// `what` names the file ("payslips") and completes the button's label.
pub fn csv_button(what: &str) -> Html {
    html! {
        <button type="button" class="button button--link csv-button no-print" data-action={format!("csv:{what}")} aria-label={format!("Download as CSV: {what}")}>
            { "Download as CSV" }
        </button>
    }
}

/// For a click on a `csv:` button: the rows of the table just before it, as text
/// with anything visually hidden left out.
fn rows(button: &web_sys::Element) -> Option<Vec<Vec<String>>> {
    let before = button.previous_element_sibling()?;
    let table = if before.tag_name() == "TABLE" {
        before
    } else {
        before.query_selector("table").ok()??
    };
    let trs = table.query_selector_all("tr").ok()?;
    let mut rows = Vec::new();
    for i in 0..trs.length() {
        let tr = trs.item(i)?.dyn_into::<web_sys::Element>().ok()?;
        let cells = tr.query_selector_all(":scope > th, :scope > td").ok()?;
        let mut row = Vec::new();
        for j in 0..cells.length() {
            let cell = cells.item(j)?.clone_node_with_deep(true).ok()?;
            let cell = cell.dyn_into::<web_sys::Element>().ok()?;
            if let Ok(hidden) = cell.query_selector_all(".visually-hidden") {
                for k in 0..hidden.length() {
                    if let Some(h) = hidden
                        .item(k)
                        .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                    {
                        h.remove();
                    }
                }
            }
            row.push(cell.text_content().unwrap_or_default());
        }
        rows.push(row);
    }
    Some(rows)
}

/// Downloads the table next to `button` as `retention-pay-WHAT-DATE.csv`.
pub fn download(button: &web_sys::Element, what: &str) {
    let Some(rows) = rows(button) else {
        return;
    };
    // A byte order mark, so spreadsheet programs read the file as UTF-8 (£, –).
    let text = format!("\u{feff}{}", from_rows(&rows));
    save_text(&file_name(what, &today()), &text, "text/csv;charset=utf-8");
}

/// Today as `2026-11-22`.
pub fn today() -> String {
    let date: String = js_sys::Date::new_0().to_iso_string().into();
    date.get(..10).unwrap_or_default().to_string()
}

/// Offers `text` to the user as a file called `name`.
pub fn save_text(name: &str, text: &str, mime: &str) {
    save_blob(name, gloo::file::Blob::new_with_options(text, Some(mime)));
}

/// Offers `blob` to the user as a file called `name`.
pub fn save_blob(name: &str, blob: gloo::file::Blob) {
    let url = gloo::file::ObjectUrl::from(blob);
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(a) = doc.create_element("a") else {
        return;
    };
    let _ = a.set_attribute("href", &url);
    let _ = a.set_attribute("download", name);
    if let Ok(a) = a.dyn_into::<web_sys::HtmlElement>() {
        a.click();
    }
    // The address is freed once the browser has taken the file.
    gloo::timers::callback::Timeout::new(10_000, move || drop(url)).forget();
}
