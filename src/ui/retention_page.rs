//! The retention payment calculator: the scheme's payments, the worker, the
//! leaving month, and every result with how it is worked out.

use super::employer_cost::{EmployerResultsView, EmployerSettings};
use super::error_summary::ErrorSummary;
use super::explanation::Explanation;
use super::leaving_controls::LeavingControls;
use super::payment_editor::PaymentEditor;
use super::presets::Presets;
use super::repay_chart::RepayChart;
use super::repayment_summary::RepaymentSummary;
use super::schedule_table::ScheduleTable;
use super::text_field::TextField;
use super::undo_banner::UndoBanner;
use super::{checkbox_change, error_for, focus_id};
use crate::engine::clawback::{LeavingReason, MAX_PAYMENTS};
use crate::state::retention::{compute, RetentionAction, RetentionForm};
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct RetentionPageProps {
    pub form: RetentionForm,
    pub dispatch: Callback<RetentionAction>,
}

#[component(RetentionPage)]
pub fn retention_page(p: &RetentionPageProps) -> Html {
    // Derived, never stored: recomputed only when the form changes.
    let view = use_memo(p.form.clone(), compute);
    let f = &p.form;
    let errors = view.errors.clone();
    let dispatch = p.dispatch.clone();

    let on_preset = {
        let d = dispatch.clone();
        Callback::from(move |preset| {
            d.emit(RetentionAction::LoadPreset(preset));
            focus_id("payments-heading");
        })
    };
    let add_payment = {
        let d = dispatch.clone();
        Callback::from(move |_: MouseEvent| d.emit(RetentionAction::AddPayment))
    };
    let d = dispatch.clone();
    let on_fte = Callback::from(move |v| d.emit(RetentionAction::SetFte(v)));

    html! {
        <div class="calc">
            <div class="calc__form">
                <a class="results-link" href="#results-heading" onclick={Callback::from(|e: MouseEvent| { e.prevent_default(); focus_id("results-heading"); })}>
                    { "Go to the results" }
                </a>
                <ErrorSummary errors={errors.clone()} />
                <section aria-labelledby="payments-heading">
                    <h2 class="heading-l" id="payments-heading" tabindex="-1">{ "The scheme's payments" }</h2>
                    <p class="body">{ "Add each payment the scheme makes: a golden hello, retention tranches, supplement lump sums. Each has its own tie-in, which starts on the date that payment is made." }</p>
                    <Presets on_load={on_preset} />
                    <UndoBanner undo={f.undo.clone()} dispatch={dispatch.clone()} />
                    <div id="payments">
                        { for f.payments.iter().enumerate().map(|(i, pay)| html! {
                            <PaymentEditor key={pay.key} payment={pay.clone()} index={i} count={f.payments.len()}
                                errors={errors.clone()} dispatch={dispatch.clone()} />
                        }) }
                    </div>
                    if f.payments.len() < MAX_PAYMENTS {
                        <button type="button" class="button" onclick={add_payment}>{ "Add a payment" }</button>
                    } else {
                        <p class="hint">{ format!("A scheme can have up to {MAX_PAYMENTS} payments.") }</p>
                    }
                </section>
                <section aria-labelledby="worker-heading">
                    <h2 class="heading-l" id="worker-heading">{ "The worker and the scheme's rules" }</h2>
                    <TextField id="fte" label="Full-time equivalent (FTE)" hint={AttrValue::from("1 for full time; 0.6 for three days a week. Payments marked pro rata are scaled by this.")}
                        width="w5" value={f.fte.clone()} error={error_for(&errors, "fte")} oninput={on_fte} />
                    <fieldset class="fieldset">
                        <legend class="fieldset__legend">{ "Leaving reasons that repay nothing" }</legend>
                        <p class="hint">{ "Most schemes exempt redundancy, ill health and TUPE transfers. Tick all that yours exempts." }</p>
                        <div class="checkboxes">
                            { for LeavingReason::ALL.into_iter().map(|r| {
                                let d = dispatch.clone();
                                let onchange = checkbox_change(Callback::from(move |on| d.emit(RetentionAction::SetExempt(r, on))));
                                let id = format!("exempt-{}", r.slug());
                                html! {
                                    <div class="checkbox">
                                        <input class="checkbox__input" type="checkbox" id={id.clone()} checked={f.exempt.contains(&r)} {onchange} />
                                        <label class="checkbox__label" for={id}>{ r.label() }</label>
                                    </div>
                                }
                            }) }
                        </div>
                    </fieldset>
                </section>
                <section aria-labelledby="employer-heading">
                    <h2 class="heading-l" id="employer-heading">{ "Cost to the employer" }</h2>
                    <EmployerSettings form={f.clone()} errors={errors.clone()} dispatch={dispatch.clone()} />
                </section>
            </div>
            <div class="calc__results">
                <section aria-labelledby="results-heading">
                    <h2 class="heading-l" id="results-heading" tabindex="-1">{ "If the worker leaves early" }</h2>
                    <LeavingControls leave_month={f.leave_month.clone()} reason={f.reason} exempt={f.exempt.clone()}
                        errors={errors.clone()} dispatch={dispatch.clone()} />
                    // One live region for the whole life of the page: screen readers
                    // announce changes to it, but not a region that is newly inserted.
                    <div aria-live="polite" aria-atomic="true" id="repayment-summary">
                        {
                            match &view.results {
                                Some(r) => html! { <RepaymentSummary scheme={r.scheme.clone()} position={r.position.clone()} /> },
                                None => html! {
                                    <div class="panel panel--muted">
                                        <p class="panel__headline" data-testid="summary">{ "Correct the errors shown to see the results." }</p>
                                    </div>
                                },
                            }
                        }
                    </div>
                    if let Some(r) = &view.results {
                        <Explanation breakdown={r.explanation.clone()} />
                        <RepayChart schedule={r.schedule.clone()} selected={r.leave_month} />
                        <ScheduleTable scheme={r.scheme.clone()} schedule={r.schedule.clone()} selected={r.leave_month} />
                        <h3 class="heading-m">{ "What it costs the employer" }</h3>
                        <EmployerResultsView results={r.employer.clone()} leave_month={r.leave_month} />
                    }
                </section>
            </div>
        </div>
    }
}
