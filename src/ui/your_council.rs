//! "Your council": the picker (a plain select of the councils, grouped by
//! region, loaded only when the visitor asks for it), the council's benchmark
//! beside its region and England with plain sentences, and its trend since 2017
//! as a chart with its table. The figures come from `census/` beside the app
//! (see `src/engine/census.rs`); nothing here is in the first load's data,
//! and the figures' view ([`figures`]) is in the council's part, fetched with
//! them (`parts::CouncilPart`).

use std::rc::Rc;

use super::download::csv_button;
use super::pure::{pure, PureView};
use super::source_note::{source_note, SourceNoteProps};
use crate::engine::census::{
    census_date, CouncilFigures, CouncilIndex, Figure, Indicator, DFE_CENSUS,
};
use crate::state::census::PICKER_ID;
use yew::prelude::*;

/// What the app has loaded of the census, and what it is doing.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CensusView {
    /// The visitor asked for the list of councils (or a link named one).
    pub wanted: bool,
    pub index: Option<Rc<CouncilIndex>>,
    pub figures: Option<Rc<CouncilFigures>>,
    /// "Loading…" or what went wrong, for a polite status region.
    pub status: String,
    /// The council's figures could not be loaded and none are on the page:
    /// the status offers "Try again".
    pub retry: bool,
}

/// The indicators of the benchmark table, in the order a head of service reads.
const BENCHMARK: [Indicator; 11] = Indicator::ALL;

/// The rates the trend chart draws.
const TREND: [Indicator; 3] = [
    Indicator::Turnover,
    Indicator::AgencyRate,
    Indicator::VacancyRate,
];

/// The section's props: the council chosen, what is loaded, and `full` for the
/// benchmark and the trend (the workforce page).
#[derive(Properties, PartialEq)]
pub struct YourCouncil {
    pub la: Option<String>,
    pub census: CensusView,
    pub full: bool,
}

/// The picker, with a short line once a council's figures are in: a component
/// of its own, so a keystroke elsewhere does not build the benchmark and the
/// trend again.
pub fn your_council(la: Option<&str>, census: &CensusView, full: bool) -> Html {
    pure(YourCouncil {
        la: la.map(str::to_string),
        census: census.clone(),
        full,
    })
}

impl PureView for YourCouncil {
    fn view(&self) -> Html {
        let (la, census, full) = (self.la.as_deref(), &self.census, self.full);
        section(la, census, full)
    }
}

fn section(la: Option<&str>, census: &CensusView, full: bool) -> Html {
    html! {
        <section class="your-council" aria-labelledby="your-council-heading" data-testid="your-council">
            <h2 class="heading-m" id="your-council-heading" tabindex="-1">{ "Your council's published figures" }</h2>
            { picker(la, census) }
            <p class="body-s" aria-live="polite" data-testid="census-status">{ census.status.clone() }</p>
            if census.retry {
                <button type="button" class="button button--secondary" data-action="council-retry">{ "Try again" }</button>
            }
            // Figures are read through the council's part, so it is here.
            if let (Some(f), Some(part)) = (&census.figures, super::parts::council_loaded()) {
                { (part.figures)(f, full) }
            }
        </section>
    }
}

/// The council's figures under the picker: with `full` (Workforce strategy)
/// the comparing sentences, the benchmark table and the trend since 2017;
/// otherwise one sentence. Then their source. In the council's part
/// (`parts::CouncilPart`), not the shell.
pub fn figures(f: &CouncilFigures, full: bool) -> Html {
    html! {
        <>
            // `compare_sentence` ends with its full stop.
            if full { { benchmark(f) } { trend(f) } } else {
                <p class="body-s">{ format!("{} The fields it answers say so beside them; the full comparison is on Workforce strategy.", f.compare_sentence(Indicator::AgencyRate)) }</p>
            }
            { source_note(&SourceNoteProps { source: &DFE_CENSUS, lead: Some(AttrValue::from(format!("{}'s figures at {}", f.name, census_date(f.latest)))) }) }
        </>
    }
}

fn picker(la: Option<&str>, census: &CensusView) -> Html {
    let Some(index) = &census.index else {
        return html! {
            <>
                <p class="body-s">{ "Start from your council's own figures: staff in post, agency workers, vacancies and turnover as the Department for Education published them for every council in England. They are loaded only if you ask." }</p>
                <button type="button" class="button button--secondary" data-action="council-open">{ "Choose your council" }</button>
            </>
        };
    };
    let chosen = la.and_then(|c| index.name(c));
    // The index is by region, then name: each region's councils are together.
    let mut regions: Vec<&str> = index.councils.iter().map(|c| c.2.as_str()).collect();
    regions.dedup();
    html! {
        <div class="form-group">
            <label class="label" for={PICKER_ID}>{ "Your council" }</label>
            <div class="hint" id="council-hint">{ format!("Councils in England, by region. Type the first letters of its name to jump to it. Figures at {}.", census_date(index.latest_year)) }</div>
            <select class="select" id={PICKER_ID} aria-describedby="council-hint">
                // A code in the link that is no council's selects none (its
                // status says why), not whichever option the browser falls on.
                <option value="" selected={chosen.is_none()}>{ "None: use the national figures" }</option>
                { for regions.iter().map(|r| html! {
                    <optgroup label={r.to_string()}>
                        { for index.councils.iter().filter(|c| c.2 == *r).map(|(code, name, _)| html! {
                            <option value={code.clone()} selected={la == Some(code.as_str())}>{ name.clone() }</option>
                        }) }
                    </optgroup>
                }) }
            </select>
            { super::chosen(chosen.unwrap_or("None: use the national figures").to_string()) }
        </div>
    }
}

/// The latest year: the council, its region and England, each figure with its
/// definition; then the sentences that compare.
fn benchmark(f: &CouncilFigures) -> Html {
    let y = f.latest;
    html! {
        <>
            <ul class="list body-s" data-testid="census-sentences">
                { for TREND.iter().chain([&Indicator::VacanciesCoveredByAgency, &Indicator::Caseload]).map(|i| html! { <li>{ f.compare_sentence(*i) }</li> }) }
            </ul>
            <h3 class="heading-s" id="benchmark-caption">{ format!("{} beside the {} and England, {}", f.name, f.region, census_date(y)) }</h3>
            { text_table(
                "census-benchmark",
                vec!["Figure".into(), f.name.clone(), f.region.clone(), "England".into(), "What it is (DfE's definition)".into()],
                BENCHMARK.iter().map(|i| {
                    let [c, r, e] = f.benchmark(*i);
                    vec![i.label().into(), i.show(c, y), i.show(r, y), i.show(e, y), i.definition().into()]
                }).collect(),
            ) }
            { csv_button("council-benchmark") }
        </>
    }
}

const W: i64 = 640;
const H: i64 = 240;
const LEFT: i64 = 48;
const BOTTOM: i64 = 28;
const TOP: i64 = 12;

/// Turnover, agency rate and vacancy rate since 2017: the council's (solid)
/// beside England's (dashed), one colour a rate; the table below gives the
/// same figures (and says which years were not published).
#[inline(never)]
fn trend(f: &CouncilFigures) -> Html {
    let years: Vec<u16> = f.england.years.iter().map(|(y, _)| *y).collect();
    let (Some(first), Some(last)) = (years.first().copied(), years.last().copied()) else {
        return html! {};
    };
    let series = |s: &crate::engine::census::Series, i| -> Vec<(u16, i64)> {
        years
            .iter()
            .filter_map(|y| s.get(*y, i).tenths().map(|t| (*y, t)))
            .collect()
    };
    let max = TREND
        .iter()
        .flat_map(|i| {
            series(&f.council, *i)
                .into_iter()
                .chain(series(&f.england, *i))
        })
        .map(|(_, t)| t)
        .max()
        .unwrap_or(0)
        .max(100);
    // Round the axis up to the next 5%.
    let top = (max + 49) / 50 * 50;
    let span_x = i64::from(last - first).max(1);
    let x = |y: u16| LEFT + (i64::from(y - first) * (W - LEFT - 16)) / span_x;
    let yv = |t: i64| H - BOTTOM - t * (H - BOTTOM - TOP) / top;
    // A year not published breaks the line: it starts again after the gap.
    let path = |pts: &[(u16, i64)]| -> String {
        pts.iter()
            .enumerate()
            .map(|(k, (y, t))| {
                let joined = k > 0 && pts[k - 1].0 + 1 == *y;
                format!("{}{},{}", if joined { "L" } else { "M" }, x(*y), yv(*t))
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    html! {
            <>
                <h3 class="heading-s" id="trend-caption">{ format!("{} since {first}: turnover, agency rate and vacancy rate beside England", f.name) }</h3>
                <>
    <figure class="chart">
                    <svg viewBox={format!("0 0 {W} {H}")} role="img" aria-labelledby="trend-chart-title" focusable="false">
                        <title id="trend-chart-title">{ format!("{}'s turnover, agency rate and vacancy rate each year from {first} to {last} (solid lines) beside England's (dashed). The table below gives the same figures.", f.name) }</title>
                        { for (0..=top / 50).map(|k| {
                            let v = k * 50;
                            html! {
                                <g class="chart__grid">
                                    <line x1={(LEFT - 4).to_string()} x2={W.to_string()} y1={yv(v).to_string()} y2={yv(v).to_string()} />
                                    <text x={(LEFT - 8).to_string()} y={(yv(v) + 4).to_string()} text-anchor="end">{ format!("{}%", v / 10) }</text>
                                </g>
                            }
                        }) }
                        { for years.iter().map(|y| html! {
                            <text class="chart__tick" x={x(*y).to_string()} y={(H - 8).to_string()} text-anchor="middle">{ y.to_string() }</text>
                        }) }
                        { for TREND.iter().enumerate().map(|(k, i)| html! {
                            <g class={format!("trend trend--{k}")}>
                                <path class="trend__council" d={path(&series(&f.council, *i))} />
                                <path class="trend__england" d={path(&series(&f.england, *i))} />
                            </g>
                        }) }
                    </svg>
                    <figcaption class="chart__key">
                        { for TREND.iter().enumerate().map(|(k, i)| html! {
                            <span class="key-item"><span class={format!("key key--chart-{}", [2, 1, 3][k])}></span>{ format!(" {} ", i.label()) }</span>
                        }) }
                        <span>{ format!("Solid: {}; dashed: England.", f.name) }</span>
                    </figcaption>
                </figure>
                { super::chart_download::chart_downloads("council-trend", &format!("{}: turnover, agency rate and vacancy rate since {first}, beside England", f.name), "Source: Department for Education, Children's social work workforce, reporting year 2025, data set Indicators (30 September census, FTE). Contains public sector information licensed under the Open Government Licence v3.0.") }
                </>
                { text_table(
                    "census-trend",
                    std::iter::once("Year".to_string())
                        .chain(TREND.iter().flat_map(|i| [format!("{}, {}", i.label(), f.name), format!("{}, England", i.label())]))
                        .collect(),
                    years.iter().map(|y| {
                        std::iter::once(year_label(f, *y))
                            .chain(TREND.iter().flat_map(|i| [short(f.council.get(*y, *i)), short(f.england.get(*y, *i))]))
                            .collect()
                    }).collect(),
                ) }
                { csv_button("council-trend") }
            </>
        }
}

/// A table of text: `head` across the top, each row's first cell its header;
/// labelled by the heading `ID-caption` just before it, in a region that
/// scrolls on a phone. Cells after the first are numbers, right-aligned, except
/// a last column of words (definitions).
#[inline(never)]
fn text_table(id: &'static str, head: Vec<String>, rows: Vec<Vec<String>>) -> Html {
    let caption = id.replace("census-", "") + "-caption";
    let last = head.len() - 1;
    let class = |k: usize| {
        if k == last && head[last].starts_with("What") {
            "body-s"
        } else {
            "num"
        }
    };
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby={caption.clone()}>
            <table class="table" id={id} aria-labelledby={caption}>
                <thead><tr>{ for head.iter().enumerate().map(|(k, h)| html! {
                    <th scope="col" class={(k > 0).then(|| class(k))}>{ h.clone() }</th>
                }) }</tr></thead>
                <tbody>{ for rows.into_iter().map(|row| html! {
                    <tr>{ for row.into_iter().enumerate().map(|(k, cell)| if k == 0 {
                        html! { <th scope="row">{ cell }</th> }
                    } else {
                        html! { <td class={class(k)}>{ cell }</td> }
                    }) }</tr>
                }) }</tbody>
            </table>
        </div>
    }
}

/// The note beside a field a chosen council's figures answer (nothing where
/// none): where its figure came from, or why the council's is not there.
pub fn census_note(notes: &[(String, String)], id: &str) -> Html {
    match notes.iter().find(|(i, _)| i == id) {
        Some((_, note)) => html! {
            <p class="source-note census-note" data-census-note={id.to_string()}>{ note.clone() }</p>
        },
        None => html! {},
    }
}

/// A year, with the code and name it was published under where that differs.
fn year_label(f: &CouncilFigures, y: u16) -> String {
    match f.earlier_codes.iter().find(|(year, _, _)| *year == y) {
        Some((_, code, name)) => format!("{y} (as {name}, {code})"),
        None => y.to_string(),
    }
}

/// A rate in a table cell: "11.8%", or why it is missing, in words.
fn short(f: Figure) -> String {
    match f {
        Figure::Tenths(t) => format!("{}%", crate::engine::census::one_decimal(t)),
        Figure::NotPublished(s) => format!("not published ({})", s.words()),
        Figure::NoRow => "no figures".into(),
    }
}
