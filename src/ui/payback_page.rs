//! Payback: how long the retention scheme (plus recruitment) takes to pay for
//! itself against agency spend, simply and as an expected value under turnover.

use super::cash_flow_chart::{cash_flow_chart, CashFlowChartProps};
use super::deferred::{deferred, DeferredView};
use super::download::csv_button;
use super::error_for;
use super::explanation::{explanation, ExplanationProps};
use super::layout::{layout, LayoutProps, CORRECT_ERRORS};
use super::sensitivity_grid::GridView;
use super::source_note::{source_note, SourceNoteProps};
use super::text_field::Field;
use crate::engine::rates;
use crate::state::cost::{CostField, CostForm};
use crate::state::designs::{DesignsForm, DesignsResults, DesignsView};
use crate::state::headline::{everyone_sentence, months_phrase, payback_compact, payback_sentence};
use crate::state::payback::{ids, PaybackForm, PaybackResults, PaybackView};
use crate::state::retention::RetentionForm;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct PaybackPageProps<'a> {
    pub form: &'a PaybackForm,
    pub cost: &'a CostForm,
    /// The page worked out by the app in render.
    pub view: &'a PaybackView,
    /// Notes beside the fields a chosen council's census answers, by id.
    pub notes: &'a [(String, String)],
    /// Design A's scheme (the retention page's), and designs B and C.
    pub retention: &'a RetentionForm,
    pub designs: &'a DesignsForm,
    /// Designs B and C worked out (by the designs' part, `parts::DesignsPart`;
    /// empty with no design B or while the part is fetched).
    pub designs_view: &'a DesignsView,
    /// Designs B and C's editors, or what stands for them while their part
    /// is fetched ([`super::designs::DesignsWaiting`]).
    pub designs_editors: Html,
}

pub fn payback_page(p: &PaybackPageProps<'_>) -> Html {
    let view = p.view;
    let f = &p.form;
    let mut errors = view.errors.clone();
    errors.extend(p.designs_view.errors.iter().cloned());
    let form = html! {
        <>
                <section aria-labelledby="draws-heading">
                    <h2 class="heading-l" id="draws-heading">{ "What this uses" }</h2>
                    <p class="body">
                        { "The incentive is the scheme on " }
                        { super::page_link(crate::state::Page::Retention) }
                        { ". The saving, recruitment cost and vacancy come from " }
                        { super::page_link(crate::state::Page::Cost) }
                        { ". Change them there." }
                    </p>
                    if let Some(r) = &view.results {
                        <ul class="list" data-testid="draws">
                            <li>{ format!("The package costs {} = the scheme's {} with on-costs (each payment in the month it is due) + {} recruitment", r.package_cost.format(), r.scheme_cost.format(), r.recruitment.format()) }</li>
                            <li>{ format!("Saving of permanent over agency: {} a year (agency less the permanent running cost)", r.annual_saving.format()) }</li>
                        </ul>
                    }
                </section>
                <section aria-labelledby="assumptions-heading">
                    <h2 class="heading-l" id="assumptions-heading">{ "Assumptions" }</h2>
                    { Field::new(CostField::Turnover.id(), "Annual turnover, as a percentage", p.cost.get(CostField::Turnover).to_string()).hint("Shared with Agency or permanent").suffix("%").error(error_for(&errors, &CostField::Turnover.id())).width("w5").view() }
                    { super::your_council::census_note(p.notes, &CostField::Turnover.id()) }
                    { source_note(&SourceNoteProps { source: &rates::DFE_WORKFORCE_2025, lead: Some(AttrValue::from("Default 11.8%")) }) }
                    { Field::new(ids::RECOVERY, "Share of clawback actually recovered, as a percentage", f.recovery.clone()).suffix("%").error(error_for(&errors, ids::RECOVERY)).width("w5").view() }
                    { source_note(&SourceNoteProps { source: &rates::CLAWBACK_RECOVERY, lead: Some(AttrValue::from("Default 80%")) }) }
                    { Field::new(ids::EXEMPT, "Share of leavers whose reason the scheme exempts, as a percentage", f.exempt_share.clone()).hint("Redundancy, ill health or a TUPE transfer, as ticked on Retention payments and clawback: these leavers repay nothing").suffix("%").error(error_for(&errors, ids::EXEMPT)).width("w5").view() }
                    { source_note(&SourceNoteProps { source: &rates::EXEMPT_LEAVERS, lead: Some(AttrValue::from("Default 0%")) }) }
                    { Field::new(ids::INDUCTION, "Induction or lost productivity for each leaver, in pounds", f.induction.clone()).hint("Optional: added to what a leaver costs").prefix("£").error(error_for(&errors, ids::INDUCTION)).width("w10").view() }
                    { source_note(&SourceNoteProps { source: &rates::LOST_PRODUCTIVITY, lead: Some(AttrValue::from("Default £0")) }) }
                    { Field::new(ids::HORIZON, "Horizon, in months", f.horizon.clone()).hint("How far ahead to look, up to 120").suffix("months").error(error_for(&errors, ids::HORIZON)).width("w5").view() }
                    <div class="checkboxes">
                        <div class="checkbox">
                            <input class="checkbox__input" type="checkbox" id={ids::DISCOUNT_ON} checked={f.discount} />
                            <label class="checkbox__label" for={ids::DISCOUNT_ON}>{ "Discount future money (off by default)" }</label>
                        </div>
                    </div>
                    if f.discount {
                        { Field::new(ids::DISCOUNT, "Discount rate, as a percentage a year", f.discount_rate.clone()).suffix("%").error(error_for(&errors, ids::DISCOUNT)).width("w5").view() }
                        { source_note(&SourceNoteProps { source: &rates::GREEN_BOOK, lead: Some(AttrValue::from("Default 3.5%")) }) }
                    }
                </section>
                { super::designs::designs_form(p.designs, p.retention, p.designs_editors.clone()) }
        </>
    };
    let designs = p.designs_view.results.as_ref();
    layout(LayoutProps {
        errors: &errors,
        form,
        results_title: "When it pays for itself",
        controls: html! {},
        summary: view.results.as_ref().map(summary),
        compact: view.results.as_ref().map(payback_compact),
        waiting: if view.blocked_by.is_empty() {
            CORRECT_ERRORS.to_string()
        } else {
            format!(
                "Correct the errors on {} first.",
                view.blocked_by.join(" and ")
            )
        },
        details: view
            .results
            .as_ref()
            .map(|r| deferred(Details(r.clone(), designs.cloned())))
            .unwrap_or_default(),
    })
}

fn summary(r: &PaybackResults) -> Html {
    html! {
        <div class="panel">
            <p class="panel__body panel__label">{ "1. Replacing an agency locum with a permanent hire" }</p>
            <p class="panel__headline" data-testid="summary">{ payback_sentence(r) }</p>
            <p class="panel__body panel__label">{ "2. Paying the scheme to everyone to keep them" }</p>
            <p class="panel__headline" data-testid="everyone">{ everyone_sentence(&r.break_even) }</p>
        </div>
    }
}

/// Everything under the summary: both questions worked out, the sensitivity
/// grid and the designs side by side. Below the fold, so it is rendered just
/// after the frame that shows the new headline (the grid a frame after that).
#[derive(PartialEq)]
struct Details(PaybackResults, Option<DesignsResults>);

impl DeferredView for Details {
    fn view(&self) -> Html {
        let Details(r, designs) = self;
        html! {
            <>
                { replacing(r) }
                { everyone(r) }
                { deferred(GridView { inputs: r.grid_inputs.clone(), horizon: r.horizon }) }
                { for designs.as_ref().zip(super::parts::designs_loaded()).map(|(d, part)| (part.results)(d)) }
            </>
        }
    }
}

/// Question 1: its assumptions, how it is worked out, and the cash flow.
fn replacing(r: &PaybackResults) -> Html {
    let i = &r.grid_inputs.inputs;
    html! {
        <section aria-labelledby="q1-heading">
            <h3 class="heading-m" id="q1-heading">{ "1. Replacing an agency locum with a permanent hire" }</h3>
            <h4 class="heading-s">{ "Assumptions" }</h4>
            <ul class="list list--bullet" data-testid="q1-assumptions">
                <li>{ format!("The hire replaces an agency locum, saving {} a year ({} a month) while in post.", r.annual_saving.format(), r.simple.saving_a_month.format()) }</li>
                <li>{ format!("Recruitment ({}) is paid at the start; each payment of the scheme, with on-costs, in the month it is due. Both paybacks count them the same way.", r.recruitment.format()) }</li>
                <li>{ format!("The simple payback assumes the hire stays. The expected one allows for {} annual turnover ({} a month): a leaver's saving stops, payments not yet due are not made, and {} of what leavers owe is recovered, {}. That is the only reason the two differ.",
                    i.turnover.percent_label(), r.expected.monthly_leaving.percent_label(), i.recovery.percent_label(),
                    if i.exempt_share.is_zero() { "every leaver owing as the scheme says".to_string() } else { format!("except from the {} of leavers whose reason the scheme exempts", i.exempt_share.percent_label()) }) }</li>
                if let Some(d) = i.discount {
                    <li>{ format!("Future money is discounted at {} a year.", d.percent_label()) }</li>
                }
            </ul>
            if let Some(first) = r.simple.first_covered {
                <p class="body" data-testid="first-covered">{ format!(
                    "The savings first cover what has been paid after {}, but a later payment takes the position below zero again, so the payback is the month from which it stays covered.",
                    months_phrase(Some(first), None)
                ) }</p>
            }
            { explanation(ExplanationProps { breakdown: r.simple.breakdown.clone(), summary: AttrValue::Static("How the simple payback is worked out") }) }
            <p class="body-s" data-testid="saving-differs">
                { r.saving_parts.on_payback_page() }{ " See " }
                { super::page_link(crate::state::Page::Cost) }{ "." }
            </p>
            { explanation(ExplanationProps { breakdown: r.expected.breakdown.clone(), summary: AttrValue::Static("How the expected payback is worked out") }) }
            <h4 class="heading-s">{ "Cumulative expected cash flow per hire" }</h4>
            { cash_flow_chart(CashFlowChartProps { months: r.expected.months.clone(), payback_month: r.expected.payback_month }) }
            <details class="details">
                <summary class="details__summary">{ "Month by month" }</summary>
                <div class="table-scroll" tabindex="0" role="region" aria-label="Expected cash flow month by month">
                    <table class="table table--striped" id="cash-flow">
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
                { csv_button("cash-flow") }
            </details>
        </section>
    }
}

/// Question 2: what a leaver costs, and the break-even with deadweight.
fn everyone(r: &PaybackResults) -> Html {
    let be = &r.break_even;
    html! {
        <section aria-labelledby="q2-heading">
            <h3 class="heading-m" id="q2-heading">{ "2. Paying the scheme to everyone to keep them" }</h3>
            if be.exceeds_turnover {
                <p class="body warning-text" data-testid="break-even">{ "On these figures it cannot pay for itself this way: it would have to keep more people than leave." }</p>
            }
            <h4 class="heading-s">{ "Assumptions" }</h4>
            <ul class="list list--bullet" data-testid="q2-assumptions">
                <li>{ format!("Everyone in post is paid the scheme: {} a year per head with on-costs, spread over the months it runs.", be.scheme_a_year.format()) }</li>
                <li>{ format!("Each leaver prevented saves what a leaver costs: {} (below).", be.leaver.total.format()) }</li>
                <li>{ format!("Turnover is {} a year: that many leavers in every 100 staff.", be.turnover.percent_label()) }</li>
                <li>{ "Deadweight: everyone who would have stayed anyway is paid all the same, so only the leavers the scheme actually prevents count towards paying for it. Clawback from those who still leave is not counted here." }</li>
            </ul>
            <table class="table" data-testid="leaver-cost">
                <caption class="table__caption">{ "What one leaver costs" }</caption>
                <tbody>
                    <tr><th scope="row">{ "Recruitment" }</th><td class="num">{ be.leaver.recruitment.format() }</td></tr>
                    <tr><th scope="row">{ "Vacancy covered by agency, at the agency premium" }</th><td class="num">{ be.leaver.vacancy.format() }</td></tr>
                    <tr><th scope="row">{ "Induction or lost productivity" }</th><td class="num">{ be.leaver.induction.format() }</td></tr>
                    <tr class="row--total"><th scope="row">{ "Cost of a leaver" }</th><td class="num">{ be.leaver.total.format() }</td></tr>
                </tbody>
            </table>
            { csv_button("cost-of-a-leaver") }
            { explanation(ExplanationProps { breakdown: be.leaver.breakdown.clone(), summary: AttrValue::Static("How the cost of a leaver is worked out") }) }
            { explanation(ExplanationProps { breakdown: be.breakdown.clone(), summary: AttrValue::Static("How the break-even is worked out") }) }
        </section>
    }
}
