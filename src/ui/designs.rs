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

/// The inputs: design A named, designs B and C with their payments.
pub fn designs_form(form: &DesignsForm, retention: &RetentionForm, errors: &[FieldError]) -> Html {
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
            if form.designs.len() + 1 < MAX_DESIGNS {
                <button type="button" class="button" data-action="add-design">{ format!("Add {} to compare (starts as a copy of design A)", name(form.designs.len() + 2)) }</button>
            }
        </section>
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
