//! Repayable amount by leaving month, as an SVG bar chart. The month-by-month
//! table below it carries the same figures for anyone who cannot see the chart.

use super::pure::{pure, PureView};
use crate::engine::clawback::Position;
use crate::engine::money::Pence;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RepayChartProps {
    pub schedule: Vec<Position>,
    pub selected: u32,
}

// Geometry in tenths of a user unit, all integers: money and coordinates stay
// out of floating point (which also keeps float formatting out of the wasm).
const W: i64 = 6400;
const H: i64 = 2600;
const LEFT: i64 = 720;
const RIGHT: i64 = 120;
const TOP: i64 = 120;
const BOTTOM: i64 = 360;

/// Tenths to an SVG number: `1234` -> `123.4`.
fn u(tenths: i64) -> String {
    let sign = if tenths < 0 { "-" } else { "" };
    let t = tenths.abs();
    if t % 10 == 0 {
        format!("{sign}{}", t / 10)
    } else {
        format!("{sign}{}.{}", t / 10, t % 10)
    }
}

pub fn repay_chart(p: RepayChartProps) -> Html {
    pure(p)
}

impl PureView for RepayChartProps {
    fn view(&self) -> Html {
        let p = self;
        let rows = &p.schedule;
        let max = rows.iter().map(|r| r.paid).max().unwrap_or(Pence::ZERO);
        if rows.is_empty() || max.get() <= 0 {
            return html! {};
        }
        let plot_w = W - LEFT - RIGHT;
        let plot_h = H - TOP - BOTTOM;
        let n = rows.len() as i64;
        // Left edge of bar i, so bars tile the plot exactly.
        let x_at = |i: i64| LEFT + i * plot_w / n;
        let y = |v: Pence| {
            let h = i128::from(v.get()) * i128::from(plot_h) / i128::from(max.get());
            TOP + plot_h - h as i64
        };
        let tick_every = if rows.len() > 60 {
            12
        } else if rows.len() > 24 {
            6
        } else {
            3
        };
        let paid_path = {
            let mut d = String::new();
            for (i, r) in rows.iter().enumerate() {
                let i = i as i64;
                let yy = u(y(r.paid));
                if i == 0 {
                    d.push_str(&format!("M{},{yy}", u(x_at(0))));
                } else {
                    d.push_str(&format!("V{yy}"));
                }
                d.push_str(&format!("H{}", u(x_at(i + 1))));
            }
            d
        };
        html! {
                    <>
        <figure class="chart">
                        <svg viewBox={format!("0 0 {} {}", u(W), u(H))} role="img" aria-labelledby="chart-title chart-desc" focusable="false">
                            <title id="chart-title">{ "Repayable amount by leaving month" }</title>
                            <desc id="chart-desc">{ "Bars show the gross amount repayable for each number of full months before leaving; the line shows the amount paid by then. The table below gives the same figures." }</desc>
                            { for [Pence::ZERO, Pence(max.get() / 2), max].into_iter().map(|v| html! {
                                <g class="chart__grid">
                                    <line x1={u(LEFT)} x2={u(W - RIGHT)} y1={u(y(v))} y2={u(y(v))} />
                                    <text x={u(LEFT - 60)} y={u(y(v) + 40)} text-anchor="end">{ v.format_short() }</text>
                                </g>
                            }) }
                            { for rows.iter().enumerate().map(|(i, r)| {
                                let (x0, x1) = (x_at(i as i64), x_at(i as i64 + 1));
                                let bw = x1 - x0;
                                let class = if r.leaving_month == p.selected { "chart__bar chart__bar--selected" } else { "chart__bar" };
                                html! {
                                    <>
                                        if r.repayable.get() > 0 {
                                            <rect class={class} x={u(x0 + bw / 10)} width={u(bw - bw / 5)}
                                                y={u(y(r.repayable))} height={u(TOP + plot_h - y(r.repayable))} />
                                        }
                                        if r.leaving_month % tick_every == 0 {
                                            <text class="chart__tick" x={u(x0 + bw / 2)} y={u(H - BOTTOM + 160)} text-anchor="middle">{ r.leaving_month }</text>
                                        }
                                    </>
                                }
                            }) }
                            <path class="chart__paid" d={paid_path} />
                            if let Some(i) = rows.iter().position(|r| r.leaving_month == p.selected) {
                                <line class="chart__marker" x1={u((x_at(i as i64) + x_at(i as i64 + 1)) / 2)} x2={u((x_at(i as i64) + x_at(i as i64 + 1)) / 2)}
                                    y1={u(TOP)} y2={u(TOP + plot_h)} />
                            }
                            <text class="chart__axis-label" x={u(LEFT + plot_w / 2)} y={u(H - 40)} text-anchor="middle">{ "Full months before leaving" }</text>
                        </svg>
                        <figcaption class="chart__key">
                            <span class="key key--bar"></span>{ " Repayable " }
                            <span class="key key--paid"></span>{ " Paid by then " }
                            <span class="key key--marker"></span>{ " Your leaving month" }
                        </figcaption>
                    </figure>
                    { super::chart_download::chart_downloads("repayable", "Repayable amount by leaving month", &super::chart_download::calculator_source()) }
                    </>
                }
    }
}
