//! "How this is worked out": renders an engine [`Breakdown`] line by line, with
//! the sources it cites. The UI adds no arithmetic of its own.

use super::download::csv_button;
use super::pure::{pure, PureView};
use super::source_note::{source_note, SourceNoteProps};
use crate::engine::breakdown::{Breakdown, LineKind};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExplanationProps {
    pub breakdown: Breakdown,
    pub summary: AttrValue,
}

pub fn explanation(p: ExplanationProps) -> Html {
    pure(p)
}

impl PureView for ExplanationProps {
    fn view(&self) -> Html {
        let p = self;
        let b = &p.breakdown;
        html! {
            <details class="details details--working">
                <summary class="details__summary">{ p.summary.clone() }</summary>
                <div class="details__text">
                    <div class="table-scroll" tabindex="0" role="region" aria-label={b.title.clone()}>
                    <table class="table table--explain">
                        <caption class="table__caption">{ b.title.clone() }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ "Item" }</th>
                                <th scope="col">{ "How" }</th>
                                <th scope="col" class="num">{ "Figure" }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for b.lines.iter().map(|l| {
                                let (class, sign) = match l.kind {
                                    LineKind::Add => ("", ""),
                                    LineKind::Subtract => ("", "minus "),
                                    LineKind::Total => ("row--total", ""),
                                    LineKind::Note => ("row--note", ""),
                                };
                                html! {
                                    <tr class={class}>
                                        <th scope="row">{ l.label.clone() }</th>
                                        <td>{ l.working.clone() }</td>
                                        <td class="num" data-kind={l.value.kind()}>{ sign }{ l.value.label() }</td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                    </div>
                    { csv_button(&b.title) }
                    <p class="body-s">
                        { "Money is worked out in whole pence. Where a rate or share is applied to an amount, the result is rounded once to the nearest penny, with halves rounded up; totals add up the rounded lines." }
                    </p>
                    { for b.sources().into_iter().map(|s| html! { { source_note(&SourceNoteProps { source: s, lead: None }) } }) }
                </div>
            </details>
        }
    }
}
