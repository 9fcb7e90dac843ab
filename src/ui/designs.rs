//! Scheme designs side by side, for the employer (on the Payback page): the
//! designs' payments as inputs, and the comparison with its sentence, table,
//! chart, month-by-month table and "how this is worked out".

use super::data_table::{data_table, DataTable};
use super::designs_chart::{designs_chart, DesignsChartProps};
use super::explanation::{explanation, ExplanationProps};
use super::payment_editor::{payment_editor, PaymentEditorProps};
use super::undo_banner::{undo_banner, UndoBannerProps};
use crate::engine::breakdown::Breakdown;
use crate::state::designs::{
    comparison_rows, headers, name, repayable_rows, sentence, DesignsForm, DesignsResults,
    MAX_DESIGNS,
};
use crate::state::retention::{FieldError, RetentionForm};
use yew::prelude::*;

/// The inputs: design A named, then `editors` (designs B and C with their
/// payments, [`design_editors`], from the designs' part), then the button that
/// adds a design. The section is in Payback's part; the editors are not.
pub fn designs_form(form: &DesignsForm, retention: &RetentionForm, editors: Html) -> Html {
    html! {
        // Printed only when there is something to compare.
        <section aria-labelledby="designs-heading" class={classes!(form.designs.is_empty().then_some("no-print"))}>
            <h2 class="heading-l" id="designs-heading" tabindex="-1">{ "Scheme designs to compare" }</h2>
            <p class="body">
                { "Design A is the scheme on " }
                { super::page_link(crate::state::Page::Retention) }
                { format!(" ({}). ", payment_count(retention.payments.len())) }
                { "A design added here starts as a copy of it; change its payments and tie-ins to weigh it against A. The worker, the leaving month and the agency, recruitment and turnover figures are shared, so the designs differ only in what they pay and how it is tied in." }
            </p>
            { editors }
            if form.designs.len() + 1 < MAX_DESIGNS {
                <button type="button" class="button" data-action="add-design">{ format!("Add {} to compare (starts as a copy of design A)", name(form.designs.len() + 2)) }</button>
            }
        </section>
    }
}

/// Designs B and C, each with its payments' editors, its undo and "Remove".
/// `errors` are the page's, the designs' among them (named by design).
pub fn design_editors(form: &DesignsForm, errors: &[FieldError]) -> Html {
    html! {
        <>
            { for form.designs.iter().enumerate().map(|(i, d)| {
                let n = i + 2;
                let title = name(n);
                html! {
                    <div class="offer" key={n}>
                        <h3 class="heading-m design-heading" tabindex="-1">{ title.clone() }</h3>
                        <details class="details" open=true>
                            <summary class="details__summary">{ format!("{title}: its payments ({})", d.payments.len()) }</summary>
                            <div class="details__text">
                                { undo_banner(&UndoBannerProps { undo: d.undo.clone(), scope: format!(":d{n}") }) }
                                { for d.payments.iter().enumerate().map(|(j, pay)| payment_editor(PaymentEditorProps {
                                    payment: pay.clone(), index: j, count: d.payments.len(), errors: super::payment_errors(errors, pay.key) })) }
                                <button type="button" class="button button--secondary" data-action={format!("add-payment:d{n}")}>{ format!("Add a payment to {title}") }</button>
                            </div>
                        </details>
                        <button type="button" class="button button--warning" data-action={format!("remove-design:{i}")}>{ format!("Remove {title}") }</button>
                    </div>
                }
            }) }
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct DesignsWaitingProps {
    /// Renders the page again (`parts::PageInputs::refresh`).
    pub refresh: Callback<()>,
}

/// What stands for designs B and C while their part (`parts::DesignsPart`)
/// is fetched: it fetches it, then renders the page again, which draws the
/// designs in its place; if "Add Design B" left the keyboard on the section's
/// heading meanwhile, it moves to the design. If the part cannot be fetched it
/// says so, with "Try again", as a calculator's part does; the designs stay
/// in the state and the address.
#[component(DesignsWaiting)]
pub fn designs_waiting(p: &DesignsWaitingProps) -> Html {
    let failed = use_state(|| false);
    let tries = use_state(|| 0_u32);
    {
        let failed = failed.clone();
        let refresh = p.refresh.clone();
        use_effect_with(*tries, move |_| {
            yew::platform::spawn_local(async move {
                match super::parts::designs().await {
                    Ok(_) => {
                        refresh.emit(());
                        gloo::timers::callback::Timeout::new(0, focus_first_design).forget();
                    }
                    Err(_) => failed.set(true),
                }
            });
        });
    }
    if *failed {
        let again = Callback::from(move |_: MouseEvent| {
            failed.set(false);
            tries.set(*tries + 1);
        });
        html! {
            <div class="part-loading" role="alert" data-testid="designs-failed">
                <p class="body">{ "The designs could not be loaded: the network or the calculator's server did not answer. They are kept in the address; try again." }</p>
                <button type="button" class="button button--secondary" onclick={again}>{ "Try again" }</button>
            </div>
        }
    } else {
        // Busy, so a print (and the tests' `settled`) waits for the designs.
        html! { <p class="part-loading" role="status" aria-busy="true" data-testid="designs-loading">{ "Loading the designs…" }</p> }
    }
}

/// The keyboard from the section's heading to the last design's heading.
fn focus_first_design() {
    use wasm_bindgen::JsCast;
    let Some(d) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if d.active_element()
        .is_some_and(|e| e.id() == "designs-heading")
    {
        let last = d
            .query_selector_all(".app-mount .design-heading")
            .ok()
            .and_then(|all| all.item(all.length().checked_sub(1)?))
            .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(h) = last {
            let _ = h.focus();
        }
    }
}

fn payment_count(n: usize) -> String {
    match n {
        1 => "1 payment".into(),
        n => format!("{n} payments"),
    }
}

/// The comparison, below the Payback page's own results.
pub fn designs_results(r: &DesignsResults) -> Html {
    let headers = headers(r);
    let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
    let mut month_headers = headers.clone();
    month_headers[0] = "Full months before leaving";
    html! {
        <section aria-labelledby="designs-results-heading" class="designs">
            <h3 class="heading-m" id="designs-results-heading">{ "Scheme designs side by side" }</h3>
            <p class="body" data-testid="designs-sentence">{ sentence(r) }</p>
            { data_table(DataTable { id: "designs", caption: "The designs compared, per hire".into(), headers: &headers,
                rows: comparison_rows(r), selected: None, csv: "designs-compared", class: "table--designs", changes_only: false }) }
            <ul class="list list--bullet body-s" data-testid="designs-assumptions">
                <li>{ format!("Every design is for the same hire: the same salary, tax year, exemptions and leaving reason, replacing an agency locum at a saving of {} a month, with {} recruitment.", r.saving_a_month.format(), r.recruitment.format()) }</li>
                <li>{ format!("The expected cost per hire is each payment with on-costs times the chance the worker is still there when it is due, less what leavers repay times the chance of leaving each month, at {} recovered: the expected cash flow of question 1 without its saving and recruitment, which are the same for every design.", r.recovery.percent_label()) }</li>
                <li>{ format!("Paid to everyone, a leaver prevented saves {} (question 2); the design's cost a year per head is its cost with on-costs spread over the months to its last tie-in's end.", r.leaver_cost.format()) }</li>
            </ul>
            <h4 class="heading-s">{ "Repayable by leaving month" }</h4>
            { designs_chart(DesignsChartProps { lines: r.designs.iter().map(|d| d.as_ref().map(|d| d.repayable.clone())).collect(), selected: r.leave_month }) }
            <p class="body-s print-only">{ "Printed: the months where a figure changes, and the month chosen. The calculator and its CSV download have every month." }</p>
            { data_table(DataTable { id: "designs-repayable", caption: "Month by month: what a leaver repays under each design".into(), headers: &month_headers,
                rows: repayable_rows(r), selected: Some(r.leave_month as usize), csv: "designs-repayable", class: "table--schedule", changes_only: true }) }
            { for r.designs.iter().enumerate().filter_map(|(i, d)| d.as_ref().map(|d| (i + 1, d))).map(|(n, d)| html! {
                <>
                    { explanation(ExplanationProps { breakdown: titled(&d.cost_breakdown, n), summary: AttrValue::from(format!("How {}'s cost with on-costs is worked out", name(n))) }) }
                    { explanation(ExplanationProps { breakdown: titled(&d.expected_breakdown, n), summary: AttrValue::from(format!("How {}'s expected cash flow per hire is worked out", name(n))) }) }
                </>
            }) }
        </section>
    }
}

/// A design's breakdown titled with the design, so each table's name is its own.
fn titled(b: &Breakdown, n: usize) -> Breakdown {
    let mut b = b.clone();
    b.title = format!("{}: {}", name(n), b.title);
    b
}
