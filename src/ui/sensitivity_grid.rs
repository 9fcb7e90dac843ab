//! The net expected position per hire at the horizon, across scheme size and
//! turnover, as a table with the user's own cell marked (a table is readable as
//! it is, so it needs no separate equivalent).

use super::deferred::DeferredView;
use super::download::csv_button;
use super::pure::{pure, PureView};
use crate::engine::money::Pence;
use crate::engine::payback::Grid;
use crate::state::payback::GridInputs;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SensitivityGridProps {
    pub grid: Grid,
    pub horizon: u32,
}

/// Ahead or behind at the horizon.
fn band(net: Pence) -> &'static str {
    if net >= Pence::ZERO {
        "cell--fast"
    } else {
        "cell--slow"
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
            }),
            None => Html::default(),
        }
    }
}

impl PureView for SensitivityGridProps {
    fn view(&self) -> Html {
        let p = self;
        let g = &p.grid;
        let (own_row, own_col) = g.own;
        html! {
            <>
                <h3 class="heading-s" id="grid-caption">{ format!("Net expected position per hire after {}, by scheme size and turnover", crate::engine::clawback::months_word(p.horizon)) }</h3>
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="grid-caption">
                    <table class="table table--grid" id="sensitivity" aria-labelledby="grid-caption">
                        <thead>
                            <tr>
                                <th scope="col">{ "Scheme paying" }</th>
                                { for g.turnovers.iter().enumerate().map(|(j, t)| html! {
                                    <th scope="col" class="num">{ format!("{} turnover{}", t.percent_label(), if j == own_col { " (yours)" } else { "" }) }</th>
                                }) }
                            </tr>
                        </thead>
                        <tbody>
                            { for g.cells.iter().enumerate().map(|(i, row)| html! {
                                <tr class={classes!((i == own_row).then_some("row--selected"))}>
                                    <th scope="row">{ format!("{} ({}%){}", g.totals.get(i).map(|t| t.format_short()).unwrap_or_default(), g.scales.get(i).copied().unwrap_or(0), if i == own_row { ", as entered" } else { "" }) }</th>
                                    { for row.iter().enumerate().map(|(j, c)| {
                                        let own = i == own_row && j == own_col;
                                        html! {
                                            <td class={classes!("num", band(*c), own.then_some("cell--own"))} data-own={own.then_some("true")}>
                                                { c.format_pounds() }
                                                if own { <span class="visually-hidden">{ " (your figures)" }</span> }
                                            </td>
                                        }
                                    }) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
                { csv_button("sensitivity-grid") }
                <p class="body-s">{ "Each cell is what one hire is expected to leave the council ahead (green) or behind (red) after the horizon: the saving over agency while in post, plus clawback recovered, less the payments with on-costs and recruitment. Rows scale every payment of the scheme, from none to double; the outlined cell is your figures." }</p>
            </>
        }
    }
}
