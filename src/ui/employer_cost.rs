//! The scheme's cost to the employer: the settings it depends on (salary, tax
//! year, pension rate, levy) and the engine's results with their explanations.

use super::download::csv_button;
use super::error_for;
use super::explanation::{explanation, ExplanationProps};
use super::fold::{fold, FoldProps};
use super::pure::{pure, PureView};
use super::source_note::{source_note, SourceNoteProps};
use super::text_field::Field;
use crate::engine::clawback::after_full_months;
use crate::engine::money::Pence;
use crate::engine::rates::{self, TaxYear};
use crate::state::folds::{on_costs, Opened};
use crate::state::retention::{EmployerResults, FieldError, RetentionForm};
use yew::prelude::*;

pub struct EmployerSettingsProps<'a> {
    pub form: &'a RetentionForm,
    pub errors: &'a [FieldError],
    /// The council preset's pay points, when one is loaded (else the sourced defaults).
    pub pay_points: Option<&'a [(String, Pence)]>,
    /// The folds open on screen.
    pub folds: &'a Opened,
}

/// The inputs the employer's on-costs depend on.
pub fn employer_settings(p: &EmployerSettingsProps<'_>) -> Html {
    let f = p.form;
    let ni = rates::employer_ni(f.year);
    html! {
        <>
            <div class="form-group no-print">
                <label class="label" for="pay-point">{ "Fill in the salary from a pay range (optional)" }</label>
                <select class="select" id="pay-point">
                    <option value="" selected=true>{ "Choose a pay point" }</option>
                    if let Some(points) = p.pay_points.filter(|x| !x.is_empty()) {
                        { for points.iter().map(|(label, pay)| html! {
                            <option value={pay.to_input_string()}>{ format!("{label}: {}", pay.format_short()) }</option>
                        }) }
                    } else {
                        { for rates::PAY_POINTS.iter().map(|(label, pay, src)| html! {
                            <option value={pay.to_input_string()}>{ format!("{label}: {} ({}, {})", pay.format_short(), src.publisher, src.date) }</option>
                        }) }
                    }
                </select>
            </div>
            { Field::new("salary", "Full-time salary, in pounds a year", f.salary.clone()).hint("Pay for part-time staff is this times their FTE.").prefix("£").error(error_for(p.errors, "salary")).width("w10").view() }
            { source_note(&SourceNoteProps { source: &rates::MEDWAY_PAY_2025, lead: Some(AttrValue::from("Default £38,000, within Medway's 2025 social worker range of £34,898 to £38,055")) }) }
            <div class="form-group">
                <label class="label" for="tax-year">{ "Tax year" }</label>
                <select class="select" id="tax-year">
                    { for TaxYear::ALL.into_iter().map(|y| html! {
                        <option value={y.slug()} selected={y == f.year}>{ y.label() }</option>
                    }) }
                </select>
                { super::chosen(f.year.label()) }
                { source_note(&SourceNoteProps { source: ni.source, lead: Some(AttrValue::from(format!(
                    "Employer National Insurance in {}: {} of each month's pay above {} a month ({} a year), as payroll works it",
                    f.year.label(), ni.rate.percent_label(), ni.threshold_month.format_short(), ni.threshold_annual.format_short()
                ))) }) }
            </div>
            { fold(FoldProps { id: on_costs::ID, title: on_costs::TITLE, now: on_costs::now(f), open: p.folds.shown(on_costs::ID, on_costs::open(f, p.errors)), body: html! { <>
            { Field::new("pension-rate", "Employer pension contribution rate, as a percentage", f.pension_rate.clone()).hint("Your LGPS fund's employer rate. Applies only to payments marked pensionable.").suffix("%").error(error_for(p.errors, "pension-rate")).width("w5").view() }
            { source_note(&SourceNoteProps { source: &rates::LGPS_EMPLOYER, lead: Some(AttrValue::from(format!("Default {}", rates::LGPS_EMPLOYER_DEFAULT.percent_label()))) }) }
            <div class="checkboxes">
                <div class="checkbox">
                    <input class="checkbox__input" type="checkbox" id="levy" checked={f.levy} />
                    <label class="checkbox__label" for="levy">{ format!("Apprenticeship levy applies ({} of pay)", rates::APPRENTICESHIP_LEVY_RATE.percent_label()) }</label>
                </div>
            </div>
            { source_note(&SourceNoteProps { source: &rates::APPRENTICESHIP_LEVY, lead: None }) }
            </> } }) }
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct EmployerResultsViewProps {
    /// None while the settings have errors.
    pub results: Option<EmployerResults>,
    pub leave_month: u32,
}

/// What the scheme costs the employer, and where the employer stands if the worker leaves.
pub fn employer_results_view(p: EmployerResultsViewProps) -> Html {
    pure(p)
}

impl PureView for EmployerResultsViewProps {
    fn view(&self) -> Html {
        let p = self;
        let Some(r) = &p.results else {
            return html! { <p class="body">{ "Correct the salary or pension rate to see the cost to the employer." }</p> };
        };
        let c = &r.cost;
        let e = &r.position;
        html! {
            <>
                <h4 class="heading-s" id="cost-caption">{ format!("Cost to the employer if every payment is made ({})", r.settings.year.label()) }</h4>
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="cost-caption">
                    <table class="table" id="employer-cost" aria-labelledby="cost-caption">
                        <thead>
                            <tr>
                                <th scope="col">{ "Payment" }</th>
                                <th scope="col" class="num">{ "Gross" }</th>
                                <th scope="col" class="num">{ "Employer NI" }</th>
                                <th scope="col" class="num">{ "Levy" }</th>
                                <th scope="col" class="num">{ "Pension" }</th>
                                <th scope="col" class="num">{ "Total" }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for c.per_payment.iter().zip(&r.names).map(|(pc, name)| html! {
                                <tr>
                                    <th scope="row">{ name.clone() }</th>
                                    <td class="num">{ pc.gross.format() }</td>
                                    <td class="num">{ pc.employer_ni.format() }</td>
                                    <td class="num">{ pc.levy.format() }</td>
                                    <td class="num">{ pc.pension.format() }</td>
                                    <td class="num">{ pc.total.format() }</td>
                                </tr>
                            }) }
                            <tr class="row--total">
                                <th scope="row">{ "Total" }</th>
                                <td class="num">{ c.total.gross.format() }</td>
                                <td class="num">{ c.total.employer_ni.format() }</td>
                                <td class="num">{ c.total.levy.format() }</td>
                                <td class="num">{ c.total.pension.format() }</td>
                                <td class="num" data-testid="employer-total">{ c.total.total.format() }</td>
                            </tr>
                        </tbody>
                    </table>
                </div>
                { csv_button("employer-cost") }
                { explanation(ExplanationProps { breakdown: c.breakdown.clone(), summary: AttrValue::Static("How this is worked out") }) }
                <p class="body" data-testid="employer-position">
                    { format!(
                        "If the worker leaves {}, the employer has spent {} with on-costs, gets back {}, and is {} down. On-costs of {} on the money repaid are not recovered.",
                        after_full_months(p.leave_month), e.spent.format(), e.recovered.format(), e.net_cost.format(), e.on_costs_not_recovered.format()
                    ) }
                </p>
                { explanation(ExplanationProps { breakdown: e.breakdown.clone(), summary: AttrValue::Static("How this is worked out") }) }
            </>
        }
    }
}
