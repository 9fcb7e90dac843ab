//! Repayable by leaving month, one line per scheme design. The table below it
//! (`designs-repayable`) carries the same figures for anyone who cannot see it.
//! Each line has its own colour and dash, so the designs differ without colour.

use super::pure::{pure, PureView};
use crate::engine::money::Pence;
use crate::state::designs::name;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DesignsChartProps {
    /// For each design (A, B, C), what a leaver repays after 0, 1, 2 … full
    /// months; `None` where the design has errors.
    pub lines: Vec<Option<Vec<Pence>>>,
    pub selected: u32,
}

// Geometry in tenths of a user unit, all integers (no float formatting in the wasm).
const W: i64 = 6400;
const H: i64 = 2600;
const LEFT: i64 = 720;
const RIGHT: i64 = 120;
const TOP: i64 = 120;
const BOTTOM: i64 = 360;
/// Each design's dash pattern (none, long dashes, dots).
const DASH: [&str; 3] = ["none", "12 6", "3 4"];

fn u(tenths: i64) -> String {
    let sign = if tenths < 0 { "-" } else { "" };
    let t = tenths.abs();
    match t % 10 {
        0 => format!("{sign}{}", t / 10),
        r => format!("{sign}{}.{r}", t / 10),
    }
}

pub fn designs_chart(p: DesignsChartProps) -> Html {
    pure(p)
}

impl PureView for DesignsChartProps {
    fn view(&self) -> Html {
        let months = self.lines.iter().flatten().map(Vec::len).max().unwrap_or(0) as i64;
        let max = self
            .lines
            .iter()
            .flatten()
            .flatten()
            .copied()
            .max()
            .unwrap_or(Pence::ZERO);
        if months < 2 || max.get() <= 0 {
            return html! {};
        }
        let plot_w = W - LEFT - RIGHT;
        let plot_h = H - TOP - BOTTOM;
        let x = |m: i64| LEFT + m * plot_w / (months - 1);
        let y = |v: Pence| {
            TOP + plot_h - (i128::from(v.get()) * i128::from(plot_h) / i128::from(max.get())) as i64
        };
        // A step line: the amount holds for the whole month, then steps.
        let path = |line: &[Pence]| {
            let mut d = String::new();
            for (m, v) in line.iter().enumerate() {
                let (xm, yv) = (u(x(m as i64)), u(y(*v)));
                if m == 0 {
                    d.push_str(&format!("M{xm},{yv}"));
                } else {
                    d.push_str(&format!("H{xm}V{yv}"));
                }
            }
            d
        };
        let tick_every = if months > 60 {
            12
        } else if months > 24 {
            6
        } else {
            3
        };
        let sel = i64::from(self.selected);
        html! {
            <>
            <figure class="chart">
                <svg viewBox={format!("0 0 {} {}", u(W), u(H))} role="img" aria-labelledby="designs-chart-title designs-chart-desc" focusable="false">
                    <title id="designs-chart-title">{ "Repayable by leaving month, by design" }</title>
                    <desc id="designs-chart-desc">{ "One line per design: the gross amount a leaver repays for each number of full months before leaving. The table below gives the same figures." }</desc>
                    { for [Pence::ZERO, Pence(max.get() / 2), max].into_iter().map(|v| html! {
                        <g class="chart__grid">
                            <line x1={u(LEFT)} x2={u(W - RIGHT)} y1={u(y(v))} y2={u(y(v))} />
                            <text x={u(LEFT - 60)} y={u(y(v) + 40)} text-anchor="end">{ v.format_short() }</text>
                        </g>
                    }) }
                    { for (0..months).filter(|m| m % tick_every == 0).map(|m| html! {
                        <text class="chart__tick" x={u(x(m))} y={u(H - BOTTOM + 160)} text-anchor="middle">{ m }</text>
                    }) }
                    if sel < months {
                        <line class="chart__marker" x1={u(x(sel))} x2={u(x(sel))} y1={u(TOP)} y2={u(TOP + plot_h)} />
                    }
                    { for self.lines.iter().enumerate().filter_map(|(i, l)| l.as_ref().map(|l| (i, l))).map(|(i, l)| html! {
                        <path class={format!("chart__design chart__design--{}", i + 1)} d={path(l)} stroke-dasharray={DASH[i % 3]} />
                    }) }
                    <text class="chart__axis-label" x={u(LEFT + plot_w / 2)} y={u(H - 40)} text-anchor="middle">{ "Full months before leaving" }</text>
                </svg>
                <figcaption class="chart__key">
                    { for self.lines.iter().enumerate().filter(|(_, l)| l.is_some()).map(|(i, _)| html! {
                        <span class="key-item"><span class={format!("key key--design-{}", i + 1)}></span>{ format!(" {}", name(i + 1)) }</span>
                    }) }
                    <span class="key-item"><span class="key key--marker"></span>{ " The leaving month chosen" }</span>
                </figcaption>
            </figure>
            { super::chart_download::chart_downloads("designs-repayable", "Repayable by leaving month, by design", &super::chart_download::calculator_source()) }
            </>
        }
    }
}
