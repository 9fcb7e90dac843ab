//! Check my package: the candidate's view of an offer (take-home a year and a
//! month, the payslips of the first year with the payments in them, what each
//! payment adds, the cost of leaving early) and up to three offers side by side.

use super::candidate_fields::{candidate_fields, CandidateFieldsProps};
use super::deferred::{deferred, DeferredView};
use super::download::csv_button;
use super::error_for;
use super::explanation::{explanation, ExplanationProps};
use super::layout::{layout, LayoutProps, CORRECT_ERRORS};
use super::payment_editor::{payment_editor, PaymentEditorProps};
use super::rates_table::{rates_table, RatesTableProps};
use super::scheme_payments::{scheme_payments, SchemePaymentsProps};
use super::text_field::Field;
use super::undo_banner::{undo_banner, UndoBannerProps};
use crate::engine::clawback::after_full_months;
use crate::engine::money::Pence;
use crate::engine::take_home::Payslip;
use crate::state::cost::CostForm;
use crate::state::headline::{leaving_sentence, package_compact, package_sentence};
use crate::state::package::{PackageForm, PackageResults, PackageView, MAX_OFFERS};
use crate::state::retention::RetentionForm;
use yew::prelude::*;

pub struct PackagePageProps<'a> {
    pub form: &'a PackageForm,
    pub retention: &'a RetentionForm,
    pub cost: &'a CostForm,
    pub view: &'a PackageView,
}

pub fn package_page(p: &PackagePageProps<'_>) -> Html {
    let f = p.form;
    let r = p.retention;
    let errors = &p.view.errors;
    let form = html! {
        <>
                <section aria-labelledby="you-heading">
                    <h2 class="heading-l" id="you-heading">{ "You and the offer" }</h2>
                    <p class="body-s">{ "Salary, FTE, tax year, supplement and the scheme are shared with the other calculators." }</p>
                    { candidate_fields(&CandidateFieldsProps { retention: r, cost: p.cost, package: f, errors }) }
                    { rates_table(RatesTableProps { year: r.year, region: f.region }) }
                    { Field::new("leave-month", "If you left, after how many full months from your start date", r.leave_month.clone()).suffix("months").mode("numeric").width("w5").error(error_for(errors, "leave-month")).view() }
                </section>
                { scheme_payments(&SchemePaymentsProps { form: r, errors, heading: "The payments in the offer",
                    lead: "Golden hellos, retention payments and supplements paid as lump sums, each with its tie-in. They are the same as on Retention payments and clawback, so the employer's view and yours always agree." }) }
                <section aria-labelledby="offers-heading">
                    <h2 class="heading-l" id="offers-heading" tabindex="-1">{ "Other offers to compare" }</h2>
                    { for f.offers.iter().enumerate().map(|(i, o)| {
                        let n = i + 2;
                        let prefix = format!("o{n}-");
                        html! {
                            <div class="offer" key={n}>
                                <h3 class="heading-m offer-heading" tabindex="-1">{ format!("Offer {n}") }</h3>
                                { Field::new(format!("{prefix}salary"), format!("Offer {n}: full-time salary, in pounds a year"), o.salary.clone()).prefix("£").error(error_for(errors, &format!("{prefix}salary"))).view() }
                                { Field::new(format!("{prefix}supplement"), format!("Offer {n}: market supplement, in pounds a year"), o.supplement.clone()).prefix("£").error(error_for(errors, &format!("{prefix}supplement"))).view() }
                                <details class="details">
                                    <summary class="details__summary">{ format!("Offer {n}'s payments ({})", o.scheme.payments.len()) }</summary>
                                    <div class="details__text">
                                        { undo_banner(&UndoBannerProps { undo: o.scheme.undo.clone(), scope: format!(":o{n}") }) }
                                        { for o.scheme.payments.iter().enumerate().map(|(j, pay)| payment_editor(PaymentEditorProps {
                                            payment: pay.clone(), index: j, count: o.scheme.payments.len(), errors: super::payment_errors(errors, pay.key)})) }
                                        <button type="button" class="button button--secondary" data-action={format!("add-payment:o{n}")}>{ format!("Add a payment to offer {n}") }</button>
                                    </div>
                                </details>
                                <button type="button" class="button button--warning" data-action={format!("remove-offer:{i}")}>{ format!("Remove offer {n}") }</button>
                            </div>
                        }
                    }) }
                    if f.offers.len() + 1 < MAX_OFFERS {
                        <button type="button" class="button" data-action="add-offer">{ "Add an offer to compare (starts as a copy of this one)" }</button>
                    }
                </section>
        </>
    };
    layout(LayoutProps {
        errors,
        form,
        results_title: "What it is worth to you",
        controls: html! {},
        summary: p.view.results.as_ref().map(summary),
        compact: p.view.results.as_ref().map(package_compact),
        waiting: CORRECT_ERRORS.to_string(),
        details: p
            .view
            .results
            .as_ref()
            .map(|r| deferred(Details(r.clone())))
            .unwrap_or_default(),
    })
}

fn summary(res: &PackageResults) -> Html {
    html! {
        <div class="panel">
            <p class="panel__headline" data-testid="summary">{ package_sentence(&res.take_home) }</p>
            <p class="panel__body" data-testid="leaving">{ leaving_sentence(&res.leaving) }</p>
        </div>
    }
}

/// Everything under the summary: the explanations and the tables. Below the
/// fold, so it is rendered just after the frame that shows the new headline.
#[derive(PartialEq)]
struct Details(PackageResults);

impl DeferredView for Details {
    fn view(&self) -> Html {
        details(&self.0)
    }
}

fn details(res: &PackageResults) -> Html {
    let row = |label: &str, total: bool, f: fn(&Payslip) -> Pence| {
        html! {
            <tr class={total.then_some("row--total")}><th scope="row">{ label.to_string() }</th>
                { for res.lumps.iter().map(|(_, e)| html! { <td class="num">{ f(&e.year).format() }</td> }) }</tr>
        }
    };
    let month_row = html! {
        <tr><th scope="row">{ "In its own month's payslip alone (later months of the tax year even it out)" }</th>
            { for res.lumps.iter().map(|(_, e)| html! { <td class="num">{ e.month.net.format() }</td> }) }</tr>
    };
    let offer_row = |label: String, f: &dyn Fn(&crate::state::package::OfferResult) -> Pence| {
        html! {
            <tr><th scope="row">{ label }</th>
                { for res.offers.iter().map(|o| html! { <td class="num">{ o.as_ref().map(|o| f(o).format()).unwrap_or_else(|| "Correct the errors".into()) }</td> }) }</tr>
        }
    };
    html! {
        <>
            { explanation(ExplanationProps { breakdown: res.take_home.breakdown.clone(), summary: AttrValue::Static("How your take-home pay is worked out") }) }
            if !res.lumps.is_empty() {
                <h3 class="heading-s" id="lumps-caption">{ "What each payment adds to your pay over its tax year" }</h3>
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="lumps-caption">
                    <table class="table" id="lumps" aria-labelledby="lumps-caption">
                        <thead><tr><th scope="col"><span class="visually-hidden">{ "Part of the payslip" }</span></th>
                            { for res.lumps.iter().map(|(name, e)| html! { <th scope="col" class="num">{ format!("{name} (month {})", e.paid_month) }</th> }) }</tr></thead>
                        <tbody>
                            { row("Gross", false, |s| s.gross) }
                            { row("Income tax", false, |s| s.tax) }
                            { row("National Insurance", false, |s| s.ni) }
                            { row("Student loan", false, |s| s.loan) }
                            { row("Postgraduate loan", false, |s| s.pg_loan) }
                            { row("Pension", false, |s| s.pension) }
                            { row("Adds to your take-home over the tax year", true, |s| s.net) }
                            { month_row }
                        </tbody>
                    </table>
                </div>
                { csv_button("payments-in-their-month") }
                <p class="body-s">{ "Worked out from the whole tax year's payslips with the payment and without it, the way payroll does it: National Insurance and student loan on each month's pay alone (so a lump sum can cross the monthly upper limit), income tax on the year's pay to date. Income tax on a payment early in the year is high in its own month, because free pay and the basic rate band to date are still a fraction of the year's; the later months of the tax year give the excess back, so the last row shows the month alone and the rows above the whole year. Where several payments fall in one tax year, each is added after those paid before it, so the columns add up to the year's payslips. The month is counted from a start at the beginning of the tax year." }</p>
            }
            { payslip_table(res) }
            { explanation(ExplanationProps { breakdown: res.leaving.breakdown.clone(), summary: AttrValue::Static("How the cost of leaving is worked out") }) }
            <h3 class="heading-s" id="compare-caption">{ "Offers side by side: take-home pay, payments included" }</h3>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="compare-caption">
                <table class="table" id="compare" aria-labelledby="compare-caption">
                    <thead><tr><th scope="col"><span class="visually-hidden">{ "Figure" }</span></th>
                        { for (1..=res.offers.len()).map(|n| html! { <th scope="col" class="num">{ format!("Offer {n}") }</th> }) }</tr></thead>
                    <tbody>
                        { offer_row("A year of payslips, before payments".into(), &|o| o.take_home.payslips_net()) }
                        { offer_row("By month 12, if you stay".into(), &|o| o.outlook.by_month[0]) }
                        { offer_row("By month 24, if you stay".into(), &|o| o.outlook.by_month[1]) }
                        { offer_row("By month 36, if you stay".into(), &|o| o.outlook.by_month[2]) }
                        { offer_row(format!("If you leave {}, after repaying", after_full_months(res.leave_month)), &|o| o.outlook.if_leaving) }
                    </tbody>
                </table>
            </div>
            { csv_button("offers-compared") }
            <p class="body-s">{ "Every year uses this tax year's rates; pay rises are not included." }</p>
        </>
    }
}

/// The tax months, counted from 6 April.
const MONTHS: [&str; 12] = [
    "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar",
];

/// "What lands in your account": the first tax year's payslips, payments marked.
fn payslip_table(res: &PackageResults) -> Html {
    let slips = &res.payslips;
    let total = |f: fn(&Payslip) -> Pence| slips.iter().map(f).sum::<Pence>().format();
    let any_limited = slips.iter().any(|s| s.tax_limited);
    html! {
        <>
            <h3 class="heading-s" id="payslips-caption">{ "What lands in your account: your payslips in the first year" }</h3>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="payslips-caption">
                <table class="table table--payslips table--striped" id="payslips" aria-labelledby="payslips-caption">
                    <thead><tr>
                        <th scope="col">{ "Month" }</th>
                        <th scope="col" class="num">{ "Gross" }</th>
                        <th scope="col" class="num">{ "LGPS" }</th>
                        <th scope="col" class="num">{ "Income tax" }</th>
                        <th scope="col" class="num">{ "NI" }</th>
                        <th scope="col" class="num">{ "Loans" }</th>
                        <th scope="col" class="num">{ "Net pay" }</th>
                    </tr></thead>
                    <tbody>
                        { for slips.iter().zip(&res.paid_in).enumerate().map(|(k, (s, paid))| {
                            let lump = !paid.is_empty();
                            html! {
                                <tr class={lump.then_some("row--lump")} data-month={(k + 1).to_string()}>
                                    <th scope="row">
                                        { format!("{} ({})", k + 1, MONTHS[k]) }
                                        if lump { <span class="row__note">{ format!(" with {}", paid.join(" and ")) }</span> }
                                        if s.tax_limited { <span class="row__note">{ " tax limited to half the pay" }</span> }
                                    </th>
                                    <td class="num">{ s.gross.format() }</td>
                                    <td class="num">{ s.pension.format() }</td>
                                    <td class="num">{ s.tax.format() }</td>
                                    <td class="num">{ s.ni.format() }</td>
                                    <td class="num">{ s.loans().format() }</td>
                                    <td class="num"><strong>{ s.net.format() }</strong></td>
                                </tr>
                            }
                        }) }
                        <tr class="row--total">
                            <th scope="row">{ "The year" }</th>
                            <td class="num">{ total(|s| s.gross) }</td>
                            <td class="num">{ total(|s| s.pension) }</td>
                            <td class="num">{ total(|s| s.tax) }</td>
                            <td class="num">{ total(|s| s.ni) }</td>
                            <td class="num">{ total(|s| s.loans()) }</td>
                            <td class="num">{ total(|s| s.net) }</td>
                        </tr>
                    </tbody>
                </table>
            </div>
            { csv_button("payslips") }
            <p class="body-s">
                { "Each month as payroll works it out: income tax by PAYE on your tax code (free pay from the code each month, taxable pay to date rounded down to whole pounds, tax to date rounded down to the penny); National Insurance on the month's pay alone, each band's part cut to three decimals of a pound and then rounded to the penny with half a penny or less rounded down (HMRC's rule, as its test data applies it); student loans above a twelfth of the threshold, each rounded down to the whole pound. Starting at the beginning of the tax year (6 April); payments paid in later years are in the table above." }
                if any_limited { { " A K code's tax is limited to half of each month's pay; the rest is carried forward." } }
            </p>
        </>
    }
}
