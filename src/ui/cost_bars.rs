//! Each option's cost a year as a stacked bar (SVG). The breakdown tables under
//! "How this is worked out" give the same figures for anyone who cannot see it.

use super::pure::{pure, PureView};
use crate::engine::money::Pence;
use yew::prelude::*;

/// One bar: its label, its true total, and its parts. Negative parts are not
/// drawn; the label always shows the true total.
#[derive(PartialEq, Clone)]
pub struct Bar {
    pub label: &'static str,
    pub total: Pence,
    pub parts: Vec<(&'static str, Pence)>,
}

#[derive(Properties, PartialEq)]
pub struct CostBarsProps {
    pub bars: Vec<Bar>,
}

const W: i64 = 640;
const LABEL: i64 = 110;
const BAR_H: i64 = 44;
const GAP: i64 = 28;

pub fn cost_bars(p: CostBarsProps) -> Html {
    pure(p)
}

impl PureView for CostBarsProps {
    fn view(&self) -> Html {
        let p = self;
        let drawn = |b: &Bar| -> i64 { b.parts.iter().map(|(_, v)| v.get().max(0)).sum() };
        let max = p.bars.iter().map(drawn).max().unwrap_or(0);
        if max <= 0 {
            return html! {};
        }
        let plot = W - LABEL - 10;
        let h = (BAR_H + GAP) * p.bars.len() as i64;
        let scale = |v: i64| (i128::from(v) * i128::from(plot) / i128::from(max)) as i64;
        // One colour per part, the same in every bar and in the key.
        let mut names: Vec<&str> = Vec::new();
        for b in &p.bars {
            for (n, v) in &b.parts {
                if v.get() > 0 && !names.contains(n) {
                    names.push(n);
                }
            }
        }
        let colour = |n: &str| names.iter().position(|m| *m == n).unwrap_or(0) % 8;
        html! {
                    <>
        <figure class="chart">
                        <svg viewBox={format!("0 0 {W} {h}")} role="img" aria-labelledby="bars-title" focusable="false">
                            <title id="bars-title">{ "Cost a year of each option, by part. The tables under How this is worked out give the same figures." }</title>
                            { for p.bars.iter().enumerate().map(|(i, bar)| {
                                let y = i as i64 * (BAR_H + GAP);
                                let mut x = LABEL;
                                html! {
                                    <g>
                                        <text class="chart__tick" x="0" y={(y + BAR_H / 2 + 5).to_string()}>{ bar.label }</text>
                                        { for bar.parts.iter().filter(|(_, v)| v.get() > 0).map(|(name, v)| {
                                            let w = scale(v.get()).max(1);
                                            let rect = html! {
                                                <rect class={format!("bar-seg bar-seg--{}", colour(name))} x={x.to_string()} y={y.to_string()}
                                                    width={w.to_string()} height={BAR_H.to_string()}>
                                                    <title>{ format!("{name}: {}", v.format()) }</title>
                                                </rect>
                                            };
                                            x += w;
                                            rect
                                        }) }
                                        <text class="chart__tick" x={(LABEL + scale(drawn(bar)) - 4).max(LABEL + 40).to_string()} y={(y + BAR_H + 18).to_string()} text-anchor="end">
                                            { bar.total.format() }
                                        </text>
                                    </g>
                                }
                            }) }
                        </svg>
                        <figcaption class="chart__key">
                            { for names.iter().map(|n| html! {
                                <span class="key-item"><span class={format!("key bar-seg--{}", colour(n))}></span>{ format!(" {n} ") }</span>
                            }) }
                        </figcaption>
                    </figure>
                    { super::chart_download::chart_downloads("cost-a-year", "Agency or permanent: the cost a year, by line", &super::chart_download::calculator_source()) }
                    </>
                }
    }
}
