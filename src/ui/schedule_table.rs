//! Month by month: paid to date, repayable and kept, in total and per payment.
//! The accessible equivalent of the chart, and the table that settles disputes
//! about "full months".

use super::download::csv_button;
use super::pure::{pure, PureView};
use crate::engine::clawback::{Position, Scheme};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ScheduleTableProps {
    pub scheme: Scheme,
    pub schedule: Vec<Position>,
    pub selected: u32,
}

pub fn schedule_table(p: ScheduleTableProps) -> Html {
    pure(p)
}

impl PureView for ScheduleTableProps {
    fn view(&self) -> Html {
        let p = self;
        let per_payment = p.scheme.payments.len() > 1;
        html! {
            <>
            // The title sits outside the scrolling region so a narrow screen never clips it.
            <h3 class="heading-s" id="schedule-caption">{ "Month by month: what is repayable if you leave after each number of full months" }</h3>
            <p class="body-s print-only">{ "Printed: the months where a figure changes, and the month chosen. The calculator and its CSV download have every month." }</p>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="schedule-caption">
                <table class="table table--schedule" id="schedule" aria-labelledby="schedule-caption">
                    <thead>
                        <tr>
                            <th scope="col">{ "Full months before leaving" }</th>
                            <th scope="col" class="num">{ "Paid by then" }</th>
                            <th scope="col" class="num">{ "Repayable" }</th>
                            <th scope="col" class="num">{ "Kept" }</th>
                            if per_payment {
                                { for p.scheme.payments.iter().enumerate().map(|(i, pay)| html! {
                                    <th scope="col" class="num">{ format!("Repayable: {}", if pay.name.trim().is_empty() { format!("payment {}", i + 1) } else { pay.name.trim().to_string() }) }</th>
                                }) }
                            }
                        </tr>
                    </thead>
                    <tbody>
                        { for p.schedule.iter().enumerate().map(|(i, r)| {
                            let selected = r.leaving_month == p.selected;
                            let same = i > 0 && same_figures(&p.schedule[i - 1], r);
                            html! {
                                <tr key={r.leaving_month} class={classes!(selected.then_some("row--selected"), same.then_some("row--same"))} aria-current={selected.then_some("true")}>
                                    <th scope="row">{ r.leaving_month }</th>
                                    <td class="num">{ r.paid.format() }</td>
                                    <td class="num">{ r.repayable.format() }</td>
                                    <td class="num">{ r.kept.format() }</td>
                                    if per_payment {
                                        { for r.per_payment.iter().map(|pp| html! { <td class="num">{ pp.repayable.format() }</td> }) }
                                    }
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            { csv_button("schedule") }
            </>
        }
    }
}

/// Whether leaving after `b`'s months gives the same figures as after `a`'s: the
/// print leaves such rows out.
fn same_figures(a: &Position, b: &Position) -> bool {
    (a.paid, a.repayable, a.kept) == (b.paid, b.repayable, b.kept)
        && a.per_payment.len() == b.per_payment.len()
        && a.per_payment
            .iter()
            .zip(&b.per_payment)
            .all(|(x, y)| x.repayable == y.repayable)
}
