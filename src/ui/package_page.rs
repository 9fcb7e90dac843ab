//! Check my package: the candidate's view of an offer, and up to three offers
//! side by side.
//!
//! NOT ON THE PAGE YET (issue 4): wiring this view into `App` takes the shipped
//! bundle to about 167 KB gzipped against the 150 KB budget the tests enforce.
//! It is kept compiling (and so type-checked on every build) for the session
//! that resolves the budget; to wire it in, add `Page::Package`, an
//! `Action::Package` handled with `package::add_offer` for `AddOffer`, and
//! `package: PackageForm` in `AppState` and the link codec, and route its ids and
//! actions in `state::route` (`k-region`, `k-lgps`, `k-loan-*`, `o2-salary`,
//! offers' payment ids by key block, `add-offer`, `remove-offer:i`,
//! `add-payment:o2`, `undo:o2`).

use super::error_for;
use super::explanation::{explanation, ExplanationProps};
use super::layout::{layout, LayoutProps, CORRECT_ERRORS};
use super::payment_editor::{payment_editor, PaymentEditorProps};
use super::radios::{radios, RadiosProps};
use super::source_note::{source_note, SourceNoteProps};
use super::text_field::Field;
use super::undo_banner::{undo_banner, UndoBannerProps};
use crate::engine::clawback::full_months;
use crate::engine::money::Pence;
use crate::engine::rates::{self, LoanPlan, TaxRegion, TaxYear};
use crate::engine::take_home::Lgps;
use crate::state::cost::{CostField, CostForm};
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
                    { Field::new("salary", "Full-time salary, in pounds a year", r.salary.clone()).prefix("£").error(error_for(errors, "salary")).view() }
                    { Field::new("fte", "Full-time equivalent (FTE)", r.fte.clone()).hint("1 for full time; 0.6 for three days a week").error(error_for(errors, "fte")).width("w5").view() }
                    { Field::new(CostField::Supplement.id(), "Market supplement, in pounds a year (full-time)", p.cost.get(CostField::Supplement).to_string()).hint("0 if none").prefix("£").error(error_for(errors, &CostField::Supplement.id())).view() }
                    <div class={classes!("form-group", error_for(errors, "tax-year").is_some().then_some("form-group--error"))}>
                        <label class="label" for="tax-year">{ "Tax year" }</label>
                        if let Some(e) = error_for(errors, "tax-year") {
                            <p class="error-message"><span class="visually-hidden">{ "Error: " }</span>{ e }</p>
                        }
                        <select class="select" id="tax-year">
                            { for TaxYear::ALL.into_iter().map(|y| html! { <option value={y.slug()} selected={y == r.year}>{ y.label() }</option> }) }
                        </select>
                    </div>
                    { radios(&RadiosProps { name: AttrValue::Static("k-region"), legend: AttrValue::Static("Where you pay income tax"),
                        options: vec![("ewni", "England, Wales or Northern Ireland"), ("scotland", "Scotland")],
                        selected: AttrValue::Static(if f.region == TaxRegion::Scotland { "scotland" } else { "ewni" }), inline: false }) }
                    { source_note(&SourceNoteProps { source: rates::income_tax(r.year, f.region).source, lead: None }) }
                    { radios(&RadiosProps { name: AttrValue::Static("k-lgps"), legend: AttrValue::Static("Local Government Pension Scheme"),
                        options: Lgps::ALL.iter().map(|l| (l.slug(), l.label())).collect(),
                        selected: AttrValue::Static(f.lgps.slug()), inline: false }) }
                    { source_note(&SourceNoteProps { source: &rates::LGPS_EMPLOYEE, lead: None }) }
                    <fieldset class="fieldset">
                        <legend class="fieldset__legend">{ "Student loans (tick all you have)" }</legend>
                        <div class="checkboxes">
                            { for LoanPlan::ALL.into_iter().map(|plan| {
                                let id = format!("k-loan-{}", plan.slug());
                                html! {
                                    <div class="checkbox">
                                        <input class="checkbox__input" type="checkbox" id={id.clone()} checked={f.loans.contains(&plan)} />
                                        <label class="checkbox__label" for={id}>{ plan.label() }</label>
                                    </div>
                                }
                            }) }
                        </div>
                    </fieldset>
                    { source_note(&SourceNoteProps { source: &rates::STUDENT_LOANS, lead: None }) }
                    <p class="body">{ "The payments are the scheme on " }<a href="#retention" data-action="nav:retention">{ "Retention payments and clawback" }</a>{ ": change them there." }</p>
                    { Field::new("leave-month", "If you left, after how many full months from your start date", r.leave_month.clone()).suffix("months").mode("numeric").width("w5").error(error_for(errors, "leave-month")).view() }
                </section>
                <section aria-labelledby="offers-heading">
                    <h2 class="heading-l" id="offers-heading">{ "Other offers to compare" }</h2>
                    { for f.offers.iter().enumerate().map(|(i, o)| {
                        let n = i + 2;
                        let prefix = format!("o{n}-");
                        html! {
                            <div class="offer" key={n}>
                                <h3 class="heading-m">{ format!("Offer {n}") }</h3>
                                { Field::new(format!("{prefix}salary"), format!("Offer {n}: full-time salary, in pounds a year"), o.salary.clone()).prefix("£").error(error_for(errors, &format!("{prefix}salary"))).view() }
                                { Field::new(format!("{prefix}supplement"), format!("Offer {n}: market supplement, in pounds a year"), o.supplement.clone()).prefix("£").error(error_for(errors, &format!("{prefix}supplement"))).view() }
                                <details class="details">
                                    <summary class="details__summary">{ format!("Offer {n}'s payments ({})", o.scheme.payments.len()) }</summary>
                                    <div class="details__text">
                                        { undo_banner(&UndoBannerProps { undo: o.scheme.undo.clone(), scope: format!(":o{n}") }) }
                                        { for o.scheme.payments.iter().enumerate().map(|(j, pay)| payment_editor(&PaymentEditorProps {
                                            payment: pay.clone(), index: j, count: o.scheme.payments.len(), errors: errors.clone()})) }
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
        waiting: CORRECT_ERRORS.to_string(),
        details: p.view.results.as_ref().map(details).unwrap_or_default(),
    })
}

fn summary(res: &PackageResults) -> Html {
    let t = &res.take_home;
    let l = &res.leaving;
    let leaving = if l.repay == Pence::ZERO {
        format!(
            "If you left after {}, you would repay nothing.",
            full_months(res.leave_month)
        )
    } else {
        format!(
            "If you left after {}, you would repay {} gross. You can claim {} of income tax back from HMRC; the {} of National Insurance is not refunded. Leaving would cost you {}.{}",
            full_months(res.leave_month),
            l.repay.format(),
            l.tax_back.format(),
            l.ni_lost.format(),
            l.real_cost.format(),
            if l.repays_more_than_received {
                format!(" That is more than the {} those payments added to your take-home pay.", l.received_net.format())
            } else {
                String::new()
            }
        )
    };
    html! {
        <div class="panel">
            <p class="panel__headline" data-testid="summary">{ format!("You take home {} a year, {} a month.", t.net.format(), t.month.net.format()) }</p>
            <p class="panel__body" data-testid="leaving">{ leaving }</p>
        </div>
    }
}

fn details(res: &PackageResults) -> Html {
    let row = |label: &str, total: bool, f: fn(&crate::engine::take_home::Payslip) -> Pence| {
        html! {
            <tr class={total.then_some("row--total")}><th scope="row">{ label.to_string() }</th>
                { for res.lumps.iter().map(|(_, _, s)| html! { <td class="num">{ f(s).format() }</td> }) }</tr>
        }
    };
    let offer_row = |label: String, f: &dyn Fn(&crate::state::package::OfferResult) -> Pence| {
        html! {
            <tr><th scope="row">{ label }</th>
                { for res.offers.iter().map(|o| html! { <td class="num">{ o.as_ref().map(|o| f(o).format()).unwrap_or_else(|| "Correct the errors".into()) }</td> }) }</tr>
        }
    };
    html! {
        <>
            { explanation(&ExplanationProps { breakdown: res.take_home.breakdown.clone(), summary: AttrValue::Static("How your take-home pay is worked out") }) }
            if !res.lumps.is_empty() {
                <h3 class="heading-s" id="lumps-caption">{ "What each payment adds to your pay in the month it is paid" }</h3>
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="lumps-caption">
                    <table class="table" id="lumps" aria-labelledby="lumps-caption">
                        <thead><tr><th scope="col">{ "" }</th>
                            { for res.lumps.iter().map(|(name, month, _)| html! { <th scope="col" class="num">{ format!("{name} (month {month})") }</th> }) }</tr></thead>
                        <tbody>
                            { row("Gross", false, |s| s.gross) }
                            { row("Income tax", false, |s| s.tax) }
                            { row("National Insurance", false, |s| s.ni) }
                            { row("Student loan", false, |s| s.loans) }
                            { row("Pension", false, |s| s.pension) }
                            { row("Lands in your account", true, |s| s.net) }
                        </tbody>
                    </table>
                </div>
                <p class="body-s">{ "Worked out the way payroll does it: National Insurance and student loan on that month's pay alone (so a lump sum can cross the monthly upper limit), income tax on the year's pay to date. The month is counted from a start at the beginning of the tax year." }</p>
            }
            { explanation(&ExplanationProps { breakdown: res.leaving.breakdown.clone(), summary: AttrValue::Static("How the cost of leaving is worked out") }) }
            <h3 class="heading-s" id="compare-caption">{ "Offers side by side: take-home pay, payments included" }</h3>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="compare-caption">
                <table class="table" id="compare" aria-labelledby="compare-caption">
                    <thead><tr><th scope="col">{ "" }</th>
                        { for (1..=res.offers.len()).map(|n| html! { <th scope="col" class="num">{ format!("Offer {n}") }</th> }) }</tr></thead>
                    <tbody>
                        { offer_row("A year, before payments".into(), &|o| o.take_home.net) }
                        { offer_row("By month 12, if you stay".into(), &|o| o.outlook.by_month[0]) }
                        { offer_row("By month 24, if you stay".into(), &|o| o.outlook.by_month[1]) }
                        { offer_row("By month 36, if you stay".into(), &|o| o.outlook.by_month[2]) }
                        { offer_row(format!("If you leave after {}, after repaying", full_months(res.leave_month)), &|o| o.outlook.if_leaving) }
                    </tbody>
                </table>
            </div>
            <p class="body-s">{ "Every year uses this tax year's rates; pay rises are not included." }</p>
        </>
    }
}
