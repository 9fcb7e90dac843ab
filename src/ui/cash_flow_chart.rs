//! Cumulative expected cash flow by month (SVG line), with the break-even month
//! marked; the month-by-month table below it is its accessible equivalent.

use super::pure::{pure, PureView};
use crate::engine::money::Pence;
use crate::engine::payback::CashFlowMonth;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CashFlowChartProps {
    pub months: Vec<CashFlowMonth>,
    pub payback_month: Option<u32>,
}

const W: i64 = 640;
const H: i64 = 240;
const LEFT: i64 = 80;
const TOP: i64 = 12;
const BOTTOM: i64 = 36;
/// The least distance between two value labels, in the chart's units.
const LABEL_GAP: i64 = 16;

pub fn cash_flow_chart(p: CashFlowChartProps) -> Html {
    pure(p)
}

impl PureView for CashFlowChartProps {
    fn view(&self) -> Html {
        let p = self;
        if p.months.is_empty() {
            return html! {};
        }
        let values: Vec<i64> = std::iter::once(0)
            .chain(p.months.iter().map(|m| m.cumulative.get()))
            .collect();
        let lo = values.iter().copied().min().unwrap_or(0).min(0);
        let hi = values.iter().copied().max().unwrap_or(0).max(0);
        let span = (hi - lo).max(1);
        let plot_w = W - LEFT - 12;
        let plot_h = H - TOP - BOTTOM;
        let n = values.len() as i64 - 1;
        let x = |i: i64| LEFT + i * plot_w / n.max(1);
        let y = |v: i64| TOP + (i128::from(hi - v) * i128::from(plot_h) / i128::from(span)) as i64;
        let path: String = values
            .iter()
            .enumerate()
            .map(|(i, v)| {
                format!(
                    "{}{},{}",
                    if i == 0 { "M" } else { "L" },
                    x(i as i64),
                    y(*v)
                )
            })
            .collect();
        let tick_every = if n > 60 { 12 } else { 6 };
        html! {
                    <>
        <figure class="chart">
                        <svg viewBox={format!("0 0 {W} {H}")} role="img" aria-labelledby="cf-title" focusable="false">
                            <title id="cf-title">{ "Cumulative expected cash flow by month; the table below gives the same figures" }</title>
                            { for [lo, 0, hi].into_iter().map(|v| html! {
                                <g class="chart__grid">
                                    <line x1={LEFT.to_string()} x2={(W - 12).to_string()} y1={y(v).to_string()} y2={y(v).to_string()} />
                                    // A lowest or highest value close to zero keeps its line but not
                                    // its label, which would print over the zero's.
                                    if v == 0 || (y(v) - y(0)).abs() >= LABEL_GAP {
                                        <text x={(LEFT - 6).to_string()} y={(y(v) + 4).to_string()} text-anchor="end">{ Pence(v).format_pounds() }</text>
                                    }
                                </g>
                            }) }
                            { for (0..=n).filter(|i| i % tick_every == 0).map(|i| html! {
                                <text class="chart__tick" x={x(i).to_string()} y={(H - BOTTOM + 16).to_string()} text-anchor="middle">{ i }</text>
                            }) }
                            <path class="chart__line" d={path} />
                            if let Some(m) = p.payback_month {
                                <line class="chart__marker" x1={x(i64::from(m)).to_string()} x2={x(i64::from(m)).to_string()} y1={TOP.to_string()} y2={(TOP + plot_h).to_string()} />
                                <text class="chart__tick" x={(x(i64::from(m)) + 4).to_string()} y={(TOP + 12).to_string()}>{ format!("breaks even: month {m}") }</text>
                            }
                            <text class="chart__axis-label" x={(LEFT + plot_w / 2).to_string()} y={(H - 4).to_string()} text-anchor="middle">{ "Months since the start date" }</text>
                        </svg>
                    </figure>
                    { super::chart_download::chart_downloads("cash-flow", "Payback: cumulative cash flow per hire, month by month", &super::chart_download::calculator_source()) }
                    </>
                }
    }
}
