//! Payback: how long the retention scheme (plus recruitment) takes to pay for
//! itself against agency spend, simply and as an expected value under turnover.

use super::cash_flow_chart::{cash_flow_chart, CashFlowChartProps};
use super::deferred::deferred;
use super::error_for;
use super::explanation::{explanation, ExplanationProps};
use super::layout::{layout, LayoutProps, CORRECT_ERRORS};
use super::sensitivity_grid::GridView;
use super::source_note::{source_note, SourceNoteProps};
use super::text_field::Field;
use crate::engine::money::Pence;
use crate::engine::rates;
use crate::state::cost::{CostField, CostForm};
use crate::state::headline::payback_sentence;
use crate::state::payback::{PaybackForm, PaybackResults, PaybackView};
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct PaybackPageProps<'a> {
    pub form: &'a PaybackForm,
    pub cost: &'a CostForm,
    /// The page worked out by the app in render.
    pub view: &'a PaybackView,
}

pub fn payback_page(p: &PaybackPageProps<'_>) -> Html {
    let view = p.view;
    let f = &p.form;
    let errors = view.errors.clone();
    let form = html! {
        <>
                <section aria-labelledby="draws-heading">
                    <h2 class="heading-l" id="draws-heading">{ "What this uses" }</h2>
                    <p class="body">
                        { "The incentive is the scheme on " }
                        <a href="#retention" data-action="nav:retention">{ "Retention payments and clawback" }</a>
                        { ". The saving, recruitment cost and vacancy come from " }
                        <a href="#agency-or-permanent" data-action="nav:agency-or-permanent">{ "Agency or permanent" }</a>
                        { ". Change them there." }
                    </p>
                    if let Some(r) = &view.results {
                        <ul class="list" data-testid="draws">
                            <li>{ format!("Up front: {} = the scheme's {} with on-costs + {} recruitment", r.upfront.format(), r.scheme_cost.format(), r.recruitment.format()) }</li>
                            <li>{ format!("Saving of permanent over agency: {} a year (agency less the permanent running cost)", r.annual_saving.format()) }</li>
                        </ul>
                    }
                </section>
                <section aria-labelledby="assumptions-heading">
                    <h2 class="heading-l" id="assumptions-heading">{ "Assumptions" }</h2>
                    { Field::new(CostField::Turnover.id(), "Annual turnover, as a percentage", p.cost.get(CostField::Turnover).to_string()).hint("Shared with Agency or permanent").suffix("%").error(error_for(&errors, &CostField::Turnover.id())).width("w5").view() }
                    { source_note(&SourceNoteProps { source: &rates::DFE_WORKFORCE_2025, lead: Some(AttrValue::from("Default 11.8%")) }) }
                    { Field::new("b-recovery", "Share of clawback actually recovered, as a percentage", f.recovery.clone()).suffix("%").error(error_for(&errors, "b-recovery")).width("w5").view() }
                    { source_note(&SourceNoteProps { source: &rates::CLAWBACK_RECOVERY, lead: Some(AttrValue::from("Default 80%")) }) }
                    { Field::new("b-horizon", "Horizon, in months", f.horizon.clone()).hint("How far ahead to look, up to 120").suffix("months").error(error_for(&errors, "b-horizon")).width("w5").view() }
                    <div class="checkboxes">
                        <div class="checkbox">
                            <input class="checkbox__input" type="checkbox" id="b-discount-on" checked={f.discount} />
                            <label class="checkbox__label" for="b-discount-on">{ "Discount future money (off by default)" }</label>
                        </div>
                    </div>
                    if f.discount {
                        { Field::new("b-discount", "Discount rate, as a percentage a year", f.discount_rate.clone()).suffix("%").error(error_for(&errors, "b-discount")).width("w5").view() }
                        { source_note(&SourceNoteProps { source: &rates::GREEN_BOOK, lead: Some(AttrValue::from("Default 3.5%")) }) }
                    }
                </section>
        </>
    };
    layout(LayoutProps {
        errors: &errors,
        form,
        results_title: "When it pays for itself",
        controls: html! {},
        summary: view.results.as_ref().map(summary),
        waiting: if view.blocked_by.is_empty() {
            CORRECT_ERRORS.to_string()
        } else {
            format!(
                "Correct the errors on {} first.",
                view.blocked_by.join(" and ")
            )
        },
        details: view.results.as_ref().map(details).unwrap_or_default(),
    })
}

fn summary(r: &PaybackResults) -> Html {
    html! {
        <div class="panel">
            <p class="panel__headline" data-testid="summary">
                { payback_sentence(r) }
            </p>
            <p class="panel__body">{ format!(
                "Over {} months, each hire is expected to save {} against agency, recover {} of clawback and cost {} in payments and recruitment: {} {}.",
                r.horizon, r.expected.saving.format(), r.expected.clawback.format(), r.expected.costs.format(),
                if r.expected.net >= Pence::ZERO { "a net gain of" } else { "a net cost of" },
                if r.expected.net >= Pence::ZERO { r.expected.net.format() } else { (-r.expected.net).format() }
            ) }</p>
        </div>
    }
}

fn details(r: &PaybackResults) -> Html {
    let be = &r.break_even;
    let be_text = match be.required_cut {
        Some(cut) if be.exceeds_turnover => format!(
            "To pay for itself by preventing leavers, the scheme would have to cut turnover by {} a year, more than the turnover itself: it cannot pay for itself that way.",
            cut.percent_label()
        ),
        Some(cut) => format!("To pay for itself by preventing leavers, the scheme must cut turnover by at least {} a year.", cut.percent_label()),
        None => "Replacing a leaver costs nothing on these figures, so preventing leavers cannot pay for the scheme.".to_string(),
    };
    html! {
        <>
            { explanation(ExplanationProps { breakdown: r.simple.breakdown.clone(), summary: AttrValue::Static("How the simple payback is worked out") }) }
            { explanation(ExplanationProps { breakdown: r.expected.breakdown.clone(), summary: AttrValue::Static("How the expected payback is worked out") }) }
            <h3 class="heading-m">{ "Break-even" }</h3>
            <p class={classes!("body", be.exceeds_turnover.then_some("warning-text"))} data-testid="break-even">{ be_text }</p>
            <p class="body-s">{ "Remember deadweight: most people paid to stay would have stayed anyway, so only the leavers the scheme actually prevents count towards paying for it." }</p>
            { explanation(ExplanationProps { breakdown: be.breakdown.clone(), summary: AttrValue::Static("How the break-even is worked out") }) }
            <h3 class="heading-m">{ "Cumulative expected cash flow" }</h3>
            { cash_flow_chart(CashFlowChartProps { months: r.expected.months.clone(), payback_month: r.expected.payback_month }) }
            <details class="details">
                <summary class="details__summary">{ "Month by month" }</summary>
                <div class="table-scroll" tabindex="0" role="region" aria-label="Expected cash flow month by month">
                    <table class="table" id="cash-flow">
                        <thead><tr>
                            <th scope="col">{ "Month" }</th><th scope="col" class="num">{ "Still in post" }</th>
                            <th scope="col" class="num">{ "Costs" }</th><th scope="col" class="num">{ "Clawback" }</th>
                            <th scope="col" class="num">{ "Saving" }</th><th scope="col" class="num">{ "Cumulative" }</th>
                        </tr></thead>
                        <tbody>
                            { for r.expected.months.iter().map(|m| html! {
                                <tr>
                                    <th scope="row">{ m.month + 1 }</th>
                                    <td class="num">{ m.in_post.percent_label() }</td>
                                    <td class="num">{ m.costs.format() }</td>
                                    <td class="num">{ m.clawback.format() }</td>
                                    <td class="num">{ m.saving.format() }</td>
                                    <td class="num">{ m.cumulative.format() }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            </details>
            { deferred(GridView { inputs: r.grid_inputs.clone(), horizon: r.horizon }, "Working out the payback grid…") }
        </>
    }
}
