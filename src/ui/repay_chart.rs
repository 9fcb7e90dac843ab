//! Repayable amount by leaving month, as an SVG bar chart. The month-by-month
//! table below it carries the same figures for anyone who cannot see the chart.

use crate::engine::clawback::Position;
use crate::engine::money::Pence;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct RepayChartProps {
    pub schedule: Vec<Position>,
    pub selected: u32,
}

const W: f64 = 640.0;
const H: f64 = 260.0;
const LEFT: f64 = 72.0;
const RIGHT: f64 = 12.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 36.0;

/// Pixel positions only: money is never computed in floating point.
fn px(v: Pence) -> f64 {
    v.get() as f64
}

#[component(RepayChart)]
pub fn repay_chart(p: &RepayChartProps) -> Html {
    let rows = &p.schedule;
    let max = rows.iter().map(|r| r.paid).max().unwrap_or(Pence::ZERO);
    if rows.is_empty() || max.get() <= 0 {
        return html! {};
    }
    let plot_w = W - LEFT - RIGHT;
    let plot_h = H - TOP - BOTTOM;
    let n = rows.len() as f64;
    let bw = plot_w / n;
    let y = |v: Pence| TOP + plot_h - px(v) / px(max) * plot_h;
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
            let x0 = LEFT + i as f64 * bw;
            let yy = y(r.paid);
            if i == 0 {
                d.push_str(&format!("M{x0:.1},{yy:.1}"));
            } else {
                d.push_str(&format!("V{yy:.1}"));
            }
            d.push_str(&format!("H{:.1}", x0 + bw));
        }
        d
    };
    html! {
        <figure class="chart">
            <svg viewBox={format!("0 0 {W} {H}")} role="img" aria-labelledby="chart-title chart-desc" focusable="false">
                <title id="chart-title">{ "Repayable amount by leaving month" }</title>
                <desc id="chart-desc">{ "Bars show the gross amount repayable for each number of full months before leaving; the line shows the amount paid by then. The table below gives the same figures." }</desc>
                { for [Pence::ZERO, Pence(max.get() / 2), max].into_iter().map(|v| html! {
                    <g class="chart__grid">
                        <line x1={LEFT.to_string()} x2={(W - RIGHT).to_string()} y1={format!("{:.1}", y(v))} y2={format!("{:.1}", y(v))} />
                        <text x={(LEFT - 6.0).to_string()} y={format!("{:.1}", y(v) + 4.0)} text-anchor="end">{ v.format_short() }</text>
                    </g>
                }) }
                { for rows.iter().enumerate().map(|(i, r)| {
                    let x = LEFT + i as f64 * bw;
                    let class = if r.leaving_month == p.selected { "chart__bar chart__bar--selected" } else { "chart__bar" };
                    html! {
                        <>
                            if r.repayable.get() > 0 {
                                <rect class={class} x={format!("{:.1}", x + bw * 0.1)} width={format!("{:.2}", bw * 0.8)}
                                    y={format!("{:.1}", y(r.repayable))} height={format!("{:.1}", TOP + plot_h - y(r.repayable))} />
                            }
                            if r.leaving_month % tick_every == 0 {
                                <text class="chart__tick" x={format!("{:.1}", x + bw / 2.0)} y={(H - BOTTOM + 16.0).to_string()} text-anchor="middle">{ r.leaving_month }</text>
                            }
                        </>
                    }
                }) }
                <path class="chart__paid" d={paid_path} />
                if let Some(r) = rows.iter().find(|r| r.leaving_month == p.selected) {
                    <line class="chart__marker" x1={format!("{:.1}", LEFT + (r.leaving_month as f64 + 0.5) * bw)} x2={format!("{:.1}", LEFT + (r.leaving_month as f64 + 0.5) * bw)}
                        y1={TOP.to_string()} y2={(TOP + plot_h).to_string()} />
                }
                <text class="chart__axis-label" x={(LEFT + plot_w / 2.0).to_string()} y={(H - 4.0).to_string()} text-anchor="middle">{ "Full months before leaving" }</text>
            </svg>
            <figcaption class="chart__key">
                <span class="key key--bar"></span>{ " Repayable " }
                <span class="key key--paid"></span>{ " Paid by then " }
                <span class="key key--marker"></span>{ " Your leaving month" }
            </figcaption>
        </figure>
    }
}
