//! The workforce page's three charts (SVG): staff by type at each year's end, as
//! now beside with the strategy, against the establishment (FTE on the left axis);
//! the three rates (turnover, agency rate, vacancy rate) by year; and the
//! strategy's cost against as now, so far.
//! The tables below each give the same figures.

use crate::engine::money::{Pence, Ratio};
use crate::engine::workforce::{Fte, Projection, Rates};
use yew::prelude::*;

const W: i64 = 640;
const H: i64 = 220;
const LEFT: i64 = 56;
const BOTTOM: i64 = 28;

/// Scales `v` of `max` onto `span` pixels.
fn scale(v: i64, max: i64, span: i64) -> i64 {
    if max <= 0 {
        return 0;
    }
    (i128::from(v) * i128::from(span) / i128::from(max)) as i64
}

/// Two stacked columns a year (as now, with the strategy): permanent, agency,
/// vacant and not covered. The start is year 0.
pub fn staff_chart(as_now: &Projection, strategy: &Projection) -> Html {
    let Some(first) = as_now.months.first() else {
        return html! {};
    };
    let total = first.permanent.0 + first.agency.0 + first.uncovered.0;
    let years = as_now.years.len();
    let plot = H - BOTTOM;
    let slot = (W - LEFT) / (years as i64 + 1);
    let bar = (slot / 2 - 6).max(4);
    let column = |x: i64, s: &crate::engine::workforce::Staff, who: &str, year: usize| {
        let parts = [
            ("Permanent", s.permanent.0, 0),
            ("Agency", s.agency.0, 1),
            ("Vacant, not covered", s.uncovered.0, 7),
        ];
        let mut y = plot;
        html! {
            <g>
                { for parts.iter().map(|(name, v, colour)| {
                    let h = scale(*v, total, plot - 8);
                    y -= h;
                    html! {
                        <rect class={format!("bar-seg bar-seg--{colour}")} x={x.to_string()} y={y.to_string()} width={bar.to_string()} height={h.to_string()}>
                            <title>{ format!("{who}, year {year}: {name} {} FTE", Fte(*v).label()) }</title>
                        </rect>
                    }
                }) }
            </g>
        }
    };
    html! {
            <>
    <figure class="chart">
                <svg viewBox={format!("0 0 {W} {H}")} role="img" aria-labelledby="staff-chart-title" focusable="false">
                    <title id="staff-chart-title">{ "Staff by type at each year's end, as now (left of each pair) and with the strategy (right). The staffing tables give the same figures." }</title>
                    { for (0..=2).map(|k| {
                        let v = total * k / 2;
                        let y = plot - scale(v, total, plot - 8);
                        html! {
                            <g class="chart__grid">
                                <line x1={(LEFT - 4).to_string()} x2={W.to_string()} y1={y.to_string()} y2={y.to_string()} />
                                <text x={(LEFT - 8).to_string()} y={(y + 4).to_string()} text-anchor="end">{ Fte(v).label() }</text>
                            </g>
                        }
                    }) }
                    { for (0..=years).map(|i| {
                        let x = LEFT + i as i64 * slot;
                        html! {
                            <g>
                                { column(x, &as_now.months[i * 12], "As now", i) }
                                { column(x + bar + 4, &strategy.months[i * 12], "With the strategy", i) }
                                <text class="chart__tick" x={(x + bar).to_string()} y={(H - 8).to_string()} text-anchor="middle">
                                    { if i == 0 { "Now".to_string() } else { format!("Year {i}") } }
                                </text>
                            </g>
                        }
                    }) }
                </svg>
                <figcaption class="chart__key">
                    <span class="key-item"><span class="key bar-seg--0"></span>{ " Permanent " }</span>
                    <span class="key-item"><span class="key bar-seg--1"></span>{ " Agency " }</span>
                    <span class="key-item"><span class="key bar-seg--7"></span>{ " Vacant, not covered " }</span>
                    <span>{ "Left of each pair: as now; right: with the strategy. Heights in FTE, up to the establishment." }</span>
                </figcaption>
            </figure>
                { super::chart_download::chart_downloads("staff", "Workforce strategy: staff by type at each year's end, as now and with the strategy", &super::chart_download::calculator_source()) }
                </>
        }
}

/// The strategy's cost less the cost as now, added up year by year: bars above
/// the line cost more, below it save.
pub fn difference_chart(cumulative: &[Pence]) -> Html {
    let max = cumulative
        .iter()
        .map(|p| p.0.abs())
        .max()
        .unwrap_or(0)
        .max(1);
    let mid = (H - BOTTOM) / 2;
    let slot = (W - LEFT) / cumulative.len().max(1) as i64;
    let bar = (slot - 16).max(4);
    html! {
            <>
    <figure class="chart">
                <svg viewBox={format!("0 0 {W} {H}")} role="img" aria-labelledby="difference-chart-title" focusable="false">
                    <title id="difference-chart-title">{ "The strategy's cost less the cost as now, so far, at each year's end: above the line it costs more, below it saves. The table gives the same figures." }</title>
                    <line class="chart__axis" x1={LEFT.to_string()} x2={W.to_string()} y1={mid.to_string()} y2={mid.to_string()} />
                    { for cumulative.iter().enumerate().map(|(i, p)| {
                        // Room above and below the longest bar for its label.
                        let h = scale(p.0.abs(), max, mid - 24);
                        let x = LEFT + i as i64 * slot + 8;
                        let y = if p.0 >= 0 { mid - h } else { mid };
                        let colour = if p.0 > 0 { 1 } else { 2 };
                        html! {
                            <g>
                                <rect class={format!("bar-seg bar-seg--{colour}")} x={x.to_string()} y={y.to_string()} width={bar.to_string()} height={h.max(1).to_string()}>
                                    <title>{ format!("Year {}: {}", i + 1, p.format()) }</title>
                                </rect>
                                <text class="chart__tick" x={(x + bar / 2).to_string()} y={(H - 8).to_string()} text-anchor="middle">{ format!("Year {}", i + 1) }</text>
                                <text class="chart__tick" x={(x + bar / 2).to_string()} y={(if p.0 >= 0 { y - 4 } else { y + h + 14 }).to_string()} text-anchor="middle">{ p.format_pounds() }</text>
                            </g>
                        }
                    }) }
                </svg>
                <figcaption class="chart__key">
                    <span class="key-item"><span class="key bar-seg--1"></span>{ " Costs more than as now, so far " }</span>
                    <span class="key-item"><span class="key bar-seg--2"></span>{ " Saves, so far " }</span>
                </figcaption>
            </figure>
                { super::chart_download::chart_downloads("difference", "Workforce strategy: the strategy's cost less the cost as now, so far", &super::chart_download::calculator_source()) }
                </>
        }
}

/// A rate in basis points, for plotting: `14.2%` is 1,420.
fn bp(r: Ratio) -> i64 {
    crate::engine::money::round_div(i128::from(r.num()) * 10_000, i128::from(r.den().max(1)))
}

/// Turnover, agency rate and vacancy rate at each year's end (year 0 is the
/// start, with no turnover), as now (dashed) and with the strategy (solid), on
/// a percentage axis from 0 to the highest rate rounded up to 5%. The rates
/// table gives the same figures.
pub fn rates_chart(as_now: &Projection, strategy: &Projection) -> Html {
    let (now, with) = (as_now.rates(), strategy.rates());
    let series = |r: &[Rates]| -> [Vec<(u32, i64)>; 3] {
        [
            r.iter()
                .filter_map(|x| x.turnover.map(|t| (x.year, bp(t))))
                .collect(),
            r.iter().map(|x| (x.year, bp(x.agency))).collect(),
            r.iter().map(|x| (x.year, bp(x.vacancy))).collect(),
        ]
    };
    let (now, with) = (series(&now), series(&with));
    let top = now
        .iter()
        .chain(&with)
        .flatten()
        .map(|(_, v)| *v)
        .max()
        .unwrap_or(0);
    let top = ((top + 499) / 500 * 500).max(500);
    let plot = H - BOTTOM;
    let years = as_now.years.len().max(1) as i64;
    let x = |year: u32| LEFT + 16 + i64::from(year) * (W - LEFT - 40) / years;
    let y = |v: i64| plot - scale(v, top, plot - 8);
    const NAMES: [(&str, &str); 3] = [
        ("Turnover", "turnover"),
        ("Agency rate", "agency"),
        ("Vacancy rate", "vacancy"),
    ];
    // One polyline a series; the rates table is the chart's accessible form.
    let line = |points: &[(u32, i64)], k: usize, dashed: bool| {
        let d: Vec<String> = points
            .iter()
            .map(|(yr, v)| format!("{},{}", x(*yr), y(*v)))
            .collect();
        let now = if dashed { " rate-line--now" } else { "" };
        html! { <polyline class={format!("rate-line rate-line--{}{now}", NAMES[k].1)} points={d.join(" ")} /> }
    };
    html! {
            <>
    <figure class="chart">
                <svg viewBox={format!("0 0 {W} {H}")} role="img" aria-labelledby="rates-chart-title" focusable="false">
                    <title id="rates-chart-title">{ "Turnover, agency rate and vacancy rate at each year's end, as now (dashed) and with the strategy (solid). The rates table gives the same figures." }</title>
                    { for (0..=2).map(|k| {
                        let v = top * k / 2;
                        html! {
                            <g class="chart__grid">
                                <line x1={(LEFT - 4).to_string()} x2={W.to_string()} y1={y(v).to_string()} y2={y(v).to_string()} />
                                <text x={(LEFT - 8).to_string()} y={(y(v) + 4).to_string()} text-anchor="end">{ format!("{}%", v / 100) }</text>
                            </g>
                        }
                    }) }
                    { for (0..=years as u32).map(|yr| html! {
                        <text class="chart__tick" x={x(yr).to_string()} y={(H - 8).to_string()} text-anchor="middle">
                            { if yr == 0 { "Now".to_string() } else { format!("Year {yr}") } }
                        </text>
                    }) }
                    { for (0..6).map(|i| if i < 3 { line(&now[i], i, true) } else { line(&with[i - 3], i - 3, false) }) }
                </svg>
                <figcaption class="chart__key">
                    { for NAMES.iter().map(|(name, slug)| html! {
                        <span class="key-item"><span class={format!("key key--line rate-key--{slug}")}></span>{ format!(" {name} ") }</span>
                    }) }
                    <span>{ "Dashed: as now; solid: with the strategy." }</span>
                </figcaption>
            </figure>
                { super::chart_download::chart_downloads("rates", "Workforce strategy: turnover, agency rate and vacancy rate each year, as now and with the strategy", &super::chart_download::calculator_source()) }
                </>
        }
}
