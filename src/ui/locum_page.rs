//! Agency or permanent for me: the agency offer (umbrella or agency PAYE) beside
//! the permanent offer, a year and a month, with what the permanent package is
//! worth beyond take-home and the hourly rates at which the two are equal.

use super::candidate_fields::{candidate_fields, CandidateFieldsProps};
use super::deferred::{deferred, DeferredView};
use super::download::csv_button;
use super::error_for;
use super::explanation::{explanation, ExplanationProps};
use super::layout::{layout, LayoutProps, CORRECT_ERRORS};
use super::radios::{radios, RadiosProps};
use super::source_note::{source_note, SourceNoteProps};
use super::text_field::Field;
use crate::engine::clawback::full_months;
use crate::engine::locum_pay::{HolidayPay, Route};
use crate::engine::money::Pence;
use crate::engine::rates;
use crate::state::cost::{CostField, CostForm};
use crate::state::locum::{
    self, break_even_sentence, LField, LocumForm, LocumResults, LocumView, ENROLLED_NAME,
    HOLIDAY_NAME, LEVY_ID, ROUTE_NAME,
};
use crate::state::package::PackageForm;
use crate::state::retention::{FieldError, RetentionForm};
use yew::prelude::*;

pub struct LocumPageProps<'a> {
    pub form: &'a LocumForm,
    pub retention: &'a RetentionForm,
    pub cost: &'a CostForm,
    pub package: &'a PackageForm,
    pub view: &'a LocumView,
}

pub fn locum_page(p: &LocumPageProps<'_>) -> Html {
    let errors: &[FieldError] = &p
        .view
        .errors
        .iter()
        .map(|e| FieldError {
            id: locum::shown_by(&e.id),
            message: e.message.clone(),
        })
        .collect::<Vec<_>>();
    let form = html! {
        <>
            { agency_section(p, errors) }
            { permanent_section(p, errors) }
        </>
    };
    let waiting = if p.view.blocked_by.is_empty() {
        CORRECT_ERRORS.to_string()
    } else {
        format!(
            "Correct the errors on {} (the offer's payments) to see the results.",
            p.view.blocked_by.join(" and ")
        )
    };
    layout(LayoutProps {
        errors,
        form,
        results_title: "Agency or permanent: what you would take home",
        controls: html! {},
        summary: p.view.results.as_ref().map(summary),
        compact: p.view.results.as_ref().map(locum::compact),
        waiting,
        details: p
            .view
            .results
            .as_ref()
            .map(|r| deferred(Details(r.clone())))
            .unwrap_or_default(),
    })
}

fn field(f: &LocumForm, which: LField, errors: &[FieldError]) -> Field {
    Field::new(which.id(), which.label(), f.get(which).to_string())
        .error(error_for(errors, &which.id()))
}

fn agency_section(p: &LocumPageProps<'_>, errors: &[FieldError]) -> Html {
    let f = p.form;
    let umbrella = f.route == Route::Umbrella;
    let pay_rate = p.cost.get(CostField::Pay);
    let cost_field =
        |c: CostField, label: &'static str, hint: &'static str, suffix: &'static str| {
            Field::new(c.id(), label, p.cost.get(c).to_string())
                .hint(hint)
                .suffix(suffix)
                .width("w5")
                .error(error_for(errors, &c.id()))
                .view()
        };
    html! {
        <section aria-labelledby="agency-offer-heading">
            <h2 class="heading-l" id="agency-offer-heading">{ "The agency offer" }</h2>
            { radios(RadiosProps { name: AttrValue::Static(ROUTE_NAME), legend: AttrValue::Static("How you would be paid"),
                options: Route::ALL.iter().map(|r| (r.slug(), r.label())).collect(),
                selected: AttrValue::Static(f.route.slug()), inline: false }) }
            { source_note(&SourceNoteProps { source: &rates::UMBRELLA_GUIDANCE, lead: None }) }
            { field(f, LField::Rate, errors).prefix("£").width("w5")
                .hint(format!("As quoted: an umbrella's assignment rate, or your PAYE pay rate before holiday pay. Empty: £{pay_rate}, the locum's pay rate on Agency or permanent"))
                .view() }
            { source_note(&SourceNoteProps { source: &rates::LOCUM_RATE_EXAMPLE, lead: None }) }
            { cost_field(CostField::Hours, "Hours a week", "Shared with Agency or permanent", "hours") }
            { source_note(&SourceNoteProps { source: &rates::NJC_WEEK, lead: None }) }
            { cost_field(CostField::Weeks, "Weeks worked a year", "Weeks between assignments are unpaid. Shared with Agency or permanent", "weeks") }
            { source_note(&SourceNoteProps { source: &rates::BILLABLE_WEEKS, lead: None }) }
            if umbrella {
                { field(f, LField::Margin, errors).prefix("£").width("w5").hint("On the umbrella's key information document").view() }
                { source_note(&SourceNoteProps { source: LField::Margin.source(), lead: None }) }
                <div class="checkboxes">
                    <div class="checkbox">
                        <input class="checkbox__input" type="checkbox" id={LEVY_ID} checked={f.levy} />
                        <label class="checkbox__label" for={LEVY_ID}>{ "The umbrella pays the apprenticeship levy (0.5%) out of the income" }</label>
                    </div>
                </div>
                { source_note(&SourceNoteProps { source: &rates::APPRENTICESHIP_LEVY, lead: None }) }
            }
            { radios(RadiosProps { name: AttrValue::Static(HOLIDAY_NAME), legend: AttrValue::Static("Holiday pay (12.07% of pay for work done)"),
                options: HolidayPay::ALL.iter().map(|h| (h.slug(), h.label())).collect(),
                selected: AttrValue::Static(f.holiday.slug()), inline: false }) }
            { source_note(&SourceNoteProps { source: &rates::ROLLED_UP_HOLIDAY, lead: None }) }
            { radios(RadiosProps { name: AttrValue::Static(ENROLLED_NAME), legend: AttrValue::Static("The umbrella's or agency's workplace pension"),
                options: vec![("in", "In it (automatically enrolled)"), ("out", "Opted out (then the employer pays nothing in either)")],
                selected: AttrValue::Static(if f.enrolled { "in" } else { "out" }), inline: false }) }
            if f.enrolled {
                { field(f, LField::EmployerPension, errors).suffix("%").width("w5").view() }
                { field(f, LField::WorkerPension, errors).suffix("%").width("w5").hint("Deducted before income tax").view() }
                { source_note(&SourceNoteProps { source: &rates::AUTO_ENROLMENT_MINIMUM, lead: None }) }
                { source_note(&SourceNoteProps { source: &rates::AUTO_ENROLMENT_THRESHOLDS, lead: None }) }
            }
        </section>
    }
}

fn permanent_section(p: &LocumPageProps<'_>, errors: &[FieldError]) -> Html {
    let (r, k) = (p.retention, p.package);
    html! {
        <section aria-labelledby="permanent-offer-heading">
            <h2 class="heading-l" id="permanent-offer-heading">{ "You and the permanent offer" }</h2>
            <p class="body-s">{ "Shared with Check my package and the other calculators: change them here or there." }</p>
            { candidate_fields(&CandidateFieldsProps { retention: r, cost: p.cost, package: k, errors }) }
            { Field::new("pension-rate", "The employer's LGPS contribution rate, %", r.pension_rate.clone()).hint("Your council's fund's rate, if you know it").suffix("%").width("w5").error(error_for(errors, "pension-rate")).view() }
            { source_note(&SourceNoteProps { source: &rates::LGPS_EMPLOYER, lead: None }) }
            { field(p.form, LField::DaysOff, errors).suffix("days").width("w5").view() }
            { source_note(&SourceNoteProps { source: &rates::NJC_LEAVE, lead: None }) }
        </section>
    }
}

fn summary(r: &LocumResults) -> Html {
    html! {
        <div class="panel">
            <p class="panel__headline" data-testid="summary">{ locum::sentence(r) }</p>
            <p class="panel__body" data-testid="break-even">{ break_even_sentence(r) }</p>
        </div>
    }
}

#[derive(PartialEq)]
struct Details(LocumResults);

impl DeferredView for Details {
    fn view(&self) -> Html {
        details(&self.0)
    }
}

/// The side-by-side table's rows: a label and the four cells (agency a year and
/// a month, permanent a year and a month).
fn rows(r: &LocumResults) -> Vec<(String, [String; 4], bool)> {
    let (a, m, p, pm) = (
        &r.agency.payslips,
        &r.agency.month,
        &r.permanent,
        &r.permanent.month,
    );
    let f = |x: Pence| x.format();
    let row =
        |label: &str, cells: [Pence; 4], total: bool| (label.to_string(), cells.map(f), total);
    let days = format!("{}.{:02} days", r.holiday_days / 100, r.holiday_days % 100);
    vec![
        row("Gross pay", [a.gross, m.gross, p.gross, pm.gross], false),
        row(
            "Your pension contribution",
            [a.pension, m.pension, p.pension, pm.pension],
            false,
        ),
        row("Income tax", [r.agency.tax, m.tax, p.tax, pm.tax], false),
        row("National Insurance", [a.ni, m.ni, p.ni, pm.ni], false),
        row(
            "Student loans",
            [a.loans(), m.loans(), p.loans, pm.loans()],
            false,
        ),
        row("Take-home pay", [r.agency.net, m.net, p.net, pm.net], true),
        row(
            "Employer's pension (worth)",
            [
                r.agency.year.employer_pension,
                r.agency.month_costs.employer_pension,
                r.employer_lgps,
                r.employer_lgps_month,
            ],
            false,
        ),
        row(
            "Take-home plus employer's pension",
            [
                r.agency_with_pension(),
                m.net + r.agency.month_costs.employer_pension,
                r.permanent_with_pension(),
                pm.net + r.employer_lgps_month,
            ],
            true,
        ),
        (
            "Paid days off".to_string(),
            [
                days,
                String::new(),
                format!("{} days", r.days_off),
                String::new(),
            ],
            false,
        ),
        (
            "Paid days off, as pay".to_string(),
            [
                f(r.agency.holiday_pay),
                String::new(),
                f(r.days_value),
                String::new(),
            ],
            false,
        ),
    ]
}

fn details(r: &LocumResults) -> Html {
    html! {
        <>
            <h3 class="heading-s" id="side-caption">{ "Side by side" }</h3>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="side-caption">
                <table class="table" id="side-by-side" aria-labelledby="side-caption">
                    <thead><tr>
                        <th scope="col"><span class="visually-hidden">{ "Figure" }</span></th>
                        <th scope="col" class="num">{ "Agency " }<br/>{ "a year" }</th>
                        <th scope="col" class="num">{ "Agency " }<br/>{ "April" }</th>
                        <th scope="col" class="num">{ "Permanent " }<br/>{ "a year" }</th>
                        <th scope="col" class="num">{ "Permanent " }<br/>{ "April" }</th>
                    </tr></thead>
                    <tbody>
                        { for rows(r).into_iter().map(|(label, cells, total)| html! {
                            <tr class={total.then_some("row--total")}>
                                <th scope="row">{ label }</th>
                                { for cells.into_iter().map(|c| html! { <td class="num">{ c }</td> }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            { csv_button("agency-or-permanent-side-by-side") }
            <p class="body-s">{ "A year is worked from the year's twelve monthly payslips, with the year's income tax liability on each side; a month is April's payslip, with the income tax PAYE takes. The employer's pension is what it is worth, not pay: the LGPS is a defined benefit scheme. An agency worker's paid days off are the days its 12.07% holiday pay pays for (weeks worked × 5 × 12.07%); paid days off as pay are within gross pay, not on top. The weeks between assignments are spread over the year: a month with no assignment at all pays nothing and uses none of its NI threshold, so the agency NI can be a little higher in a real year. An agency worker has no occupational sick pay (statutory sick pay only) and no retention payments." }</p>
            if !r.agency.costs.lines.is_empty() {
                { explanation(ExplanationProps { breakdown: r.agency.costs.clone(), summary: AttrValue::Static("How the umbrella gets from the assignment income to your gross pay") }) }
            }
            { explanation(ExplanationProps { breakdown: r.agency.take_home.clone(), summary: AttrValue::Static("How the agency offer's take-home is worked out") }) }
            { explanation(ExplanationProps { breakdown: r.permanent.breakdown.clone(), summary: AttrValue::Static("How the permanent offer's take-home is worked out") }) }
            { explanation(ExplanationProps { breakdown: r.beyond.clone(), summary: AttrValue::Static("What the permanent offer is worth beyond take-home") }) }
            { payments(r) }
            <p class="body-s">{ "Left out: limited company routes and IR35. A public body decides whether the off-payroll rules apply to a locum, and most children's social work locum roles are inside them, so the locum is paid through PAYE, as here." }</p>
            { source_note(&SourceNoteProps { source: &rates::OFF_PAYROLL, lead: None }) }
        </>
    }
}

fn payments(r: &LocumResults) -> Html {
    if r.payments.is_empty() {
        return html! { <p class="body-s">{ "The permanent offer has no retention payments." }</p> };
    }
    let total: Pence = r.payments.iter().map(|p| p.net).sum();
    html! {
        <>
            <h3 class="heading-s" id="retention-caption">{ "The permanent offer's retention payments, after tax" }</h3>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="retention-caption">
                <table class="table" id="retention-net" aria-labelledby="retention-caption">
                    <thead><tr>
                        <th scope="col">{ "Payment" }</th>
                        <th scope="col" class="num">{ "Gross" }</th>
                        <th scope="col" class="num">{ "Adds to take-home over its tax year" }</th>
                        <th scope="col">{ "Paid" }</th>
                        <th scope="col">{ "Tied in" }</th>
                    </tr></thead>
                    <tbody>
                        { for r.payments.iter().map(|p| html! {
                            <tr>
                                <th scope="row">{ p.name.clone() }</th>
                                <td class="num">{ p.gross.format() }</td>
                                <td class="num">{ p.net.format() }</td>
                                <td>{ format!("after {}", full_months(p.paid_month)) }</td>
                                <td>{ format!("{} from payment, to month {}", full_months(p.tie_in_months), p.paid_month + p.tie_in_months) }</td>
                            </tr>
                        }) }
                        <tr class="row--total">
                            <th scope="row">{ "All the payments" }</th>
                            <td class="num">{ r.payments.iter().map(|p| p.gross).sum::<Pence>().format() }</td>
                            <td class="num">{ total.format() }</td>
                            <td></td><td></td>
                        </tr>
                    </tbody>
                </table>
            </div>
            { csv_button("retention-payments-after-tax") }
            <p class="body-s">{ "The payments of Check my package and Retention payments and clawback, each worked out over its whole tax year on top of the salary. Leave before a payment's tie-in ends and you repay it gross (see Check my package for what that costs)." }</p>
        </>
    }
}
