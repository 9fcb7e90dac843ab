//! Payback month across scheme size and turnover, as a coloured table (a table is
//! readable as it is, so it needs no separate equivalent).

use super::deferred::DeferredView;
use super::pure::{pure, PureView};
use crate::engine::payback::Grid;
use crate::state::payback::GridInputs;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SensitivityGridProps {
    pub grid: Grid,
    pub horizon: u32,
    /// The row of the scheme as entered (100%).
    pub current_row: usize,
}

/// A colour band for a payback month: sooner is greener.
fn band(month: Option<u32>, horizon: u32) -> &'static str {
    match month {
        None => "cell--never",
        Some(m) if m * 4 <= horizon => "cell--fast",
        Some(m) if m * 2 <= horizon => "cell--medium",
        Some(_) => "cell--slow",
    }
}

/// The grid worked out from its inputs, after the frame with the headline.
#[derive(PartialEq)]
pub struct GridView {
    pub inputs: GridInputs,
    pub horizon: u32,
}

impl DeferredView for GridView {
    fn view(&self) -> Html {
        match self.inputs.grid() {
            Some(grid) => pure(SensitivityGridProps {
                grid,
                horizon: self.horizon,
                current_row: 9,
            }),
            None => Html::default(),
        }
    }
}

impl PureView for SensitivityGridProps {
    fn view(&self) -> Html {
        let p = self;
        let g = &p.grid;
        html! {
            <>
                <h3 class="heading-s" id="grid-caption">{ format!("Payback month by scheme size and turnover (– means no payback within {} months)", p.horizon) }</h3>
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="grid-caption">
                    <table class="table table--grid" id="sensitivity" aria-labelledby="grid-caption">
                        <thead>
                            <tr>
                                <th scope="col">{ "Scheme paying" }</th>
                                { for g.turnovers.iter().map(|t| html! { <th scope="col" class="num">{ t.percent_label() }</th> }) }
                            </tr>
                        </thead>
                        <tbody>
                            { for g.cells.iter().enumerate().map(|(i, row)| html! {
                                <tr class={classes!((i == p.current_row).then_some("row--selected"))}>
                                    <th scope="row">{ g.totals.get(i).map(|t| t.format_short()).unwrap_or_default() }</th>
                                    { for row.iter().map(|c| html! {
                                        <td class={classes!("num", band(*c, p.horizon))}>{ c.map(|m| m.to_string()).unwrap_or_else(|| "–".into()) }</td>
                                    }) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
                <p class="body-s">{ "Rows scale every payment of the scheme from 10% to 200% (the highlighted row is the scheme as entered). Columns are annual turnover. Green pays back within a quarter of the horizon, amber within half, red later, grey not at all." }</p>
            </>
        }
    }
}
