//! Scheme designs side by side, for the employer (on the Payback page): the
//! designs' payments as inputs, and the comparison with its sentence, table,
//! chart, month-by-month table and "how this is worked out".

use super::designs_chart::{designs_chart, DesignsChartProps};
use super::download::csv_button;
use super::explanation::{explanation, ExplanationProps};
use super::payment_editor::{payment_editor, PaymentEditorProps};
use super::undo_banner::{undo_banner, UndoBannerProps};
use crate::engine::clawback::{after_full_months, paid_after};
use crate::state::designs::{
    name, sentence, DesignResult, DesignsForm, DesignsResults, MAX_DESIGNS,
};
use crate::state::retention::{FieldError, RetentionForm};
use yew::prelude::*;

/// The inputs: design A named, designs B and C with their payments.
pub fn designs_form(form: &DesignsForm, retention: &RetentionForm, errors: &[FieldError]) -> Html {
    html! {
        <section aria-labelledby="designs-heading">
            <h2 class="heading-l" id="designs-heading">{ "Scheme designs to compare" }</h2>
            <p class="body">
                { "Design A is the scheme on " }
                <a href="#retention" data-action="nav:retention">{ "Retention payments and clawback" }</a>
                { format!(" ({}). ", payment_count(retention.payments.len())) }
                { "A design added here starts as a copy of it; change its payments and tie-ins to weigh it against A. The worker, the leaving month and the agency, recruitment and turnover figures are shared, so the designs differ only in what they pay and how it is tied in." }
            </p>
            { for form.designs.iter().enumerate().map(|(i, d)| {
                let n = i + 2;
                let title = name(n);
                html! {
                    <div class="offer" key={n}>
                        <h3 class="heading-m">{ title.clone() }</h3>
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
    let cells = |f: &dyn Fn(&DesignResult) -> Html| -> Html {
        html! { <>{ for r.designs.iter().map(|d| html! { <td class="num">{ match d { Some(d) => f(d), None => html! { "Correct the errors" } } }</td> }) }</> }
    };
    let row = |label: String, f: &dyn Fn(&DesignResult) -> Html| {
        html! {
            <tr><th scope="row">{ label }</th>{ cells(f) }</tr>
        }
    };
    let text = |s: String| html! { { s } };
    let when = after_full_months(r.leave_month);
    html! {
        <section aria-labelledby="designs-results-heading" class="designs">
            <h3 class="heading-m" id="designs-results-heading">{ "Scheme designs side by side" }</h3>
            <p class="body" data-testid="designs-sentence">{ sentence(r) }</p>
            <h4 class="heading-s" id="designs-caption">{ "The designs compared, per hire" }</h4>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="designs-caption">
                <table class="table table--designs" id="designs" aria-labelledby="designs-caption">
                    <thead><tr><th scope="col">{ "Figure" }</th>
                        { for (1..=r.designs.len()).map(|n| html! { <th scope="col" class="num">{ name(n) }</th> }) }</tr></thead>
                    <tbody>
                        { row("What is paid and when".into(), &|d| html! {
                            { for d.payments.iter().enumerate().map(|(i, p)| html! {
                                <>
                                    if i > 0 { <br /> }
                                    { format!("{}: {} {}", p.name, p.gross.format(), paid_after(p.month)) }
                                    if i + 1 < d.payments.len() { { ";" } }
                                </>
                            }) }
                        }) }
                        { row("Paid in all if the worker stays".into(), &|d| text(d.paid.format())) }
                        { row("Cost with on-costs (employer NI, levy, pension where pensionable)".into(), &|d| text(d.cost.format())) }
                        { row(format!("Repayable if the worker leaves {when} ({})", r.reason.in_sentence()), &|d| text(format!("{} of {} paid", d.at_leaving.repayable.format(), d.at_leaving.paid.format()))) }
                        { row("Last tie-in ends".into(), &|d| text(after_full_months(d.tied_until))) }
                        { row(format!("Expected cost per hire over {} months, allowing for turnover and clawback", r.horizon), &|d| text(d.expected_cost.format())) }
                        { row("Pays for itself against the agency locum, if the hire stays".into(), &|d| text(payback_text(d.simple_payback))) }
                        { row(format!("Pays for itself allowing for {} turnover", r.turnover.percent_label()), &|d| text(expected_text(d.expected_payback, r.horizon))) }
                        { row("Cost a year per head, paid to everyone".into(), &|d| text(d.scheme_a_year.format())) }
                        { row("Leavers it must prevent a year per 100 staff to pay for itself".into(), &|d| text(cut_text(d))) }
                    </tbody>
                </table>
            </div>
            { csv_button("designs-compared") }
            <ul class="list list--bullet body-s" data-testid="designs-assumptions">
                <li>{ format!("Every design is for the same hire: the same salary, tax year, exemptions and leaving reason, replacing an agency locum at a saving of {} a month, with {} recruitment.", r.saving_a_month.format(), r.recruitment.format()) }</li>
                <li>{ format!("The expected cost per hire is each payment with on-costs times the chance the worker is still there when it is due, less what leavers repay times the chance of leaving each month, at {} recovered: the expected cash flow of question 1 without its saving and recruitment, which are the same for every design.", r.recovery.percent_label()) }</li>
                <li>{ format!("Paid to everyone, a leaver prevented saves {} (question 2); the design's cost a year per head is its cost with on-costs spread over the months to its last tie-in's end.", r.leaver_cost.format()) }</li>
            </ul>
            <h4 class="heading-s">{ "Repayable by leaving month" }</h4>
            { designs_chart(DesignsChartProps { lines: r.designs.iter().map(|d| d.as_ref().map(|d| d.repayable.clone())).collect(), selected: r.leave_month }) }
            { repayable_table(r) }
            { for r.designs.iter().enumerate().filter_map(|(i, d)| d.as_ref().map(|d| (i + 1, d))).map(|(n, d)| html! {
                <>
                    { explanation(ExplanationProps { breakdown: d.cost_breakdown.clone(), summary: AttrValue::from(format!("How {}'s cost with on-costs is worked out", name(n))) }) }
                    { explanation(ExplanationProps { breakdown: d.expected_breakdown.clone(), summary: AttrValue::from(format!("How {}'s expected cash flow per hire is worked out", name(n))) }) }
                </>
            }) }
        </section>
    }
}

/// Month by month: what a leaver repays under each design.
fn repayable_table(r: &DesignsResults) -> Html {
    let months = r
        .designs
        .iter()
        .flatten()
        .map(|d| d.repayable.len())
        .max()
        .unwrap_or(0);
    html! {
        <>
            <h4 class="heading-s" id="designs-repayable-caption">{ "Month by month: what a leaver repays under each design" }</h4>
            <p class="body-s print-only">{ "Printed: the months where a figure changes, and the month chosen. The calculator and its CSV download have every month." }</p>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="designs-repayable-caption">
                <table class="table" id="designs-repayable" aria-labelledby="designs-repayable-caption">
                    <thead><tr><th scope="col">{ "Full months before leaving" }</th>
                        { for (1..=r.designs.len()).map(|n| html! { <th scope="col" class="num">{ name(n) }</th> }) }</tr></thead>
                    <tbody>
                        { for (0..months).map(|m| {
                            let selected = m as u32 == r.leave_month;
                            // Printed: only the months where a figure changes (as the schedule).
                            let same = m > 0 && r.designs.iter().flatten().all(|d| d.repayable.get(m) == d.repayable.get(m - 1));
                            html! {
                                <tr class={classes!(selected.then_some("row--selected"), same.then_some("row--same"))} aria-current={selected.then_some("true")}>
                                    <th scope="row">{ m }</th>
                                    { for r.designs.iter().map(|d| html! { <td class="num">{
                                        d.as_ref().map(|d| d.repayable.get(m).copied().unwrap_or_default().format()).unwrap_or_else(|| "Correct the errors".into())
                                    }</td> }) }
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            { csv_button("designs-repayable") }
        </>
    }
}

fn payback_text(m: Option<u32>) -> String {
    match m {
        Some(0) => "at once: nothing to pay".into(),
        Some(m) => format!("after {}", crate::engine::clawback::months_word(m)),
        None => "never: agency is not dearer".into(),
    }
}

fn expected_text(m: Option<u32>, horizon: u32) -> String {
    match m {
        Some(_) => payback_text(m),
        None => format!("not within {horizon} months"),
    }
}

fn cut_text(d: &DesignResult) -> String {
    match d.required_cut {
        Some(c) => {
            let per_100 = c.percent_label();
            let n = per_100.trim_end_matches('%');
            if d.exceeds_turnover {
                format!("{n}: more than leave now")
            } else {
                n.to_string()
            }
        }
        None => "cannot pay for itself".into(),
    }
}
