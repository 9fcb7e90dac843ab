//! The retention payment calculator: the scheme's payments, the worker, the
//! leaving month, and every result with how it is worked out.

use super::deferred::{deferred, DeferredView};
use super::employer_cost::{
    employer_results_view, employer_settings, EmployerResultsViewProps, EmployerSettingsProps,
};
use super::error_for;
use super::explanation::{explanation, ExplanationProps};
use super::layout::{layout, LayoutProps, CORRECT_ERRORS};
use super::leaving_controls::{leaving_controls, LeavingControlsProps};
use super::repay_chart::{repay_chart, RepayChartProps};
use super::repayment_summary::{repayment_summary, RepaymentSummaryProps};
use super::schedule_table::{schedule_table, ScheduleTableProps};
use super::scheme_payments::{scheme_payments, SchemePaymentsProps};
use super::text_field::Field;
use crate::engine::clawback::LeavingReason;
use crate::state::headline::retention_compact;
use crate::state::retention::{RetentionForm, RetentionResults, RetentionView};
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct RetentionPageProps<'a> {
    pub form: &'a RetentionForm,
    /// The form worked out by the app in render.
    pub view: &'a RetentionView,
    /// The council preset's pay points, if one is loaded.
    pub pay_points: Option<&'a [(String, crate::engine::money::Pence)]>,
    /// The folds open on screen.
    pub folds: &'a crate::state::folds::Opened,
}

/// How the summary is worked out, the chart, the month-by-month table and
/// the employer's cost: below the summary, rendered just after the frame that
/// shows the new summary.
#[derive(PartialEq)]
struct Details(RetentionResults);

impl DeferredView for Details {
    fn view(&self) -> Html {
        let r = &self.0;
        html! {
            <>
                { explanation(ExplanationProps { breakdown: r.explanation.clone(), summary: AttrValue::Static("How this is worked out") }) }
                { repay_chart(RepayChartProps { schedule: r.schedule.clone(), selected: r.leave_month }) }
                { schedule_table(ScheduleTableProps { scheme: r.scheme.clone(), schedule: r.schedule.clone(), selected: r.leave_month }) }
                <h3 class="heading-m">{ "What it costs the employer" }</h3>
                { employer_results_view(EmployerResultsViewProps { results: r.employer.clone(), leave_month: r.leave_month }) }
            </>
        }
    }
}

pub fn retention_page(p: &RetentionPageProps<'_>) -> Html {
    let view = p.view;
    let f = &p.form;
    let errors = view.errors.clone();
    let form = html! {
        <>
                { scheme_payments(&SchemePaymentsProps { form: f, errors: &errors, heading: "The scheme's payments",
                    lead: "Add each payment the scheme makes: a golden hello, retention tranches, supplement lump sums. Each has its own tie-in, which starts on the date that payment is made." }) }
                <section aria-labelledby="worker-heading">
                    <h2 class="heading-l" id="worker-heading">{ "The worker and the scheme's rules" }</h2>
                    { Field::new("fte", "Full-time equivalent (FTE)", f.fte.clone()).hint("1 for full time; 0.6 for three days a week. Payments marked pro rata are scaled by this.").error(error_for(&errors, "fte")).width("w5").view() }
                    <fieldset class="fieldset">
                        <legend class="fieldset__legend">{ "Leaving reasons that repay nothing" }</legend>
                        <p class="hint">{ "Most schemes exempt redundancy, ill health and TUPE transfers. Tick all that yours exempts." }</p>
                        <div class="checkboxes">
                            { for LeavingReason::ALL.into_iter().map(|r| {
                                let id = format!("exempt-{}", r.slug());
                                html! {
                                    <div class="checkbox">
                                        <input class="checkbox__input" type="checkbox" id={id.clone()} checked={f.exempt.contains(&r)} />
                                        <label class="checkbox__label" for={id}>{ r.label() }</label>
                                    </div>
                                }
                            }) }
                        </div>
                    </fieldset>
                </section>
                <section aria-labelledby="employer-heading">
                    <h2 class="heading-l" id="employer-heading">{ "Cost to the employer" }</h2>
                    { employer_settings(&EmployerSettingsProps { form: f, errors: &errors, pay_points: p.pay_points, folds: p.folds }) }
                </section>
        </>
    };
    layout(LayoutProps {
        errors: &errors,
        form,
        results_title: "If the worker leaves early",
        controls: html! { { leaving_controls(LeavingControlsProps { leave_month: AttrValue::from(f.leave_month.clone()), reason: f.reason, exempt: f.exempt.clone(), errors: errors.clone()}) } },
        summary: view.results.as_ref().map(|r| {
            repayment_summary(RepaymentSummaryProps {
                scheme: r.scheme.clone(),
                position: r.position.clone(),
            })
        }),
        compact: view
            .results
            .as_ref()
            .map(|r| retention_compact(&r.scheme, &r.position)),
        waiting: CORRECT_ERRORS.to_string(),
        details: view
            .results
            .as_ref()
            .map(|r| deferred(Details(r.clone())))
            .unwrap_or_default(),
    })
}
