//! Every rate the take-home figures use for the chosen tax year, straight from
//! the engine's tables, each group with its source and date.

use super::pure::{pure, PureView};
use super::source_note::{source_note, SourceNoteProps};
use crate::engine::money::{Pence, Ratio};
use crate::engine::payroll::loan_threshold_month;
use crate::engine::rates::{self, LoanPlan, TaxRegion, TaxYear, UNLIMITED};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RatesTableProps {
    pub year: TaxYear,
    pub region: TaxRegion,
}

/// "up to £37,700" or "above £125,140" for a band's upper limit.
fn band_rows(bands: &[(Pence, Ratio)], what: &str) -> Html {
    let mut lower = Pence::ZERO;
    html! {
        { for bands.iter().map(|(upper, rate)| {
            let range = if *upper >= UNLIMITED {
                format!("{what} above {}", lower.format_short())
            } else {
                format!("{what} from {} to {}", lower.format_short(), upper.format_short())
            };
            lower = *upper;
            html! { <tr><th scope="row">{ range }</th><td class="num">{ rate.percent_label() }</td></tr> }
        }) }
    }
}

pub fn rates_table(p: RatesTableProps) -> Html {
    pure(p)
}

impl PureView for RatesTableProps {
    fn view(&self) -> Html {
        let p = self;
        let t = rates::income_tax(p.year, p.region);
        let ni = rates::employee_ni(p.year);
        let year = p.year.label();
        html! {
            <details class="details" id="rates-used">
                <summary class="details__summary">{ format!("Rates used for {year}") }</summary>
                <div class="details__text">
                    <table class="table">
                        <caption class="table__caption">{ format!("Income tax {year}: personal allowance {} a year, reduced by £1 for every £2 of income over {}", t.personal_allowance.format_short(), t.taper_from.format_short()) }</caption>
                        <tbody>{ band_rows(t.bands, "Taxable income") }</tbody>
                    </table>
                    { source_note(&SourceNoteProps { source: t.source, lead: None }) }
                    <table class="table">
                        <caption class="table__caption">{ format!("Employee National Insurance {year}, per monthly pay period") }</caption>
                        <tbody>
                            <tr><th scope="row">{ format!("Pay from {} to {} a month", ni.primary_threshold_month.format_short(), ni.upper_limit_month.format_short()) }</th><td class="num">{ ni.main_rate.percent_label() }</td></tr>
                            <tr><th scope="row">{ format!("Pay above {} a month", ni.upper_limit_month.format_short()) }</th><td class="num">{ ni.upper_rate.percent_label() }</td></tr>
                        </tbody>
                    </table>
                    { source_note(&SourceNoteProps { source: ni.source, lead: None }) }
                    <table class="table">
                        <caption class="table__caption">{ format!("Student loans {year}: threshold a year, and a month (a twelfth, cut to the penny)") }</caption>
                        <tbody>
                            { for LoanPlan::ALL.into_iter().map(|plan| match plan.terms(p.year) {
                                Some((annual, rate)) => html! {
                                    <tr><th scope="row">{ format!("{}: above {} a year ({} a month)", plan.label(), annual.format_short(), loan_threshold_month(annual).format()) }</th><td class="num">{ rate.percent_label() }</td></tr>
                                },
                                None => html! {
                                    <tr><th scope="row">{ format!("{}: not collected in {year}", plan.label()) }</th><td class="num">{ "none" }</td></tr>
                                },
                            }) }
                        </tbody>
                    </table>
                    { source_note(&SourceNoteProps { source: rates::student_loans_source(p.year), lead: None }) }
                    <table class="table">
                        <caption class="table__caption">{ format!("LGPS employee contribution {year}, by pensionable pay a year (main section; half in the 50/50 section)") }</caption>
                        <tbody>{ band_rows(rates::lgps_employee_bands(p.year), "Pensionable pay") }</tbody>
                    </table>
                    { source_note(&SourceNoteProps { source: &rates::LGPS_EMPLOYEE, lead: None }) }
                </div>
            </details>
        }
    }
}
