//! The candidate's own fields, shared by Check my package and Agency or
//! permanent for me: salary, FTE, supplement, tax year, where they pay income
//! tax, tax code, LGPS membership and student loans, each default with its
//! source. One view, so the two pages ask alike (and ship the code once).

use super::error_for;
use super::radios::{radios, RadiosProps};
use super::source_note::{source_note, SourceNoteProps};
use super::text_field::Field;
use crate::engine::rates::{self, LoanPlan, TaxRegion, TaxYear};
use crate::engine::take_home::Lgps;
use crate::state::cost::{CostField, CostForm};
use crate::state::package::{PackageForm, TAX_CODE_ID};
use crate::state::retention::{FieldError, RetentionForm};
use yew::prelude::*;

pub struct CandidateFieldsProps<'a> {
    pub retention: &'a RetentionForm,
    pub cost: &'a CostForm,
    pub package: &'a PackageForm,
    pub errors: &'a [FieldError],
}

pub fn candidate_fields(p: &CandidateFieldsProps<'_>) -> Html {
    let (r, f, errors) = (p.retention, p.package, p.errors);
    html! {
        <>
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
                { super::chosen(r.year.label()) }
            </div>
            { radios(RadiosProps { name: AttrValue::Static("k-region"), legend: AttrValue::Static("Where you pay income tax"),
                options: vec![("ewni", "England, Wales or Northern Ireland"), ("scotland", "Scotland")],
                selected: AttrValue::Static(if f.region == TaxRegion::Scotland { "scotland" } else { "ewni" }), inline: false }) }
            { source_note(&SourceNoteProps { source: rates::income_tax(r.year, f.region).source, lead: None }) }
            { Field::new(TAX_CODE_ID, "Your tax code", f.tax_code.clone()).hint("On your payslip or P45. Most people with one job have 1257L (S1257L in Scotland). Type it as printed: W1/M1, M1, W1 or X after it means week 1 / month 1 (each month on its own)").mode("text").width("w10").error(error_for(errors, TAX_CODE_ID)).view() }
            { source_note(&SourceNoteProps { source: &rates::HMRC_PAYE_SPEC, lead: None }) }
            { radios(RadiosProps { name: AttrValue::Static("k-lgps"), legend: AttrValue::Static("Local Government Pension Scheme"),
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
            { source_note(&SourceNoteProps { source: rates::student_loans_source(r.year), lead: None }) }
        </>
    }
}
