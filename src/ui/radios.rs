//! A GOV.UK radio group: a fieldset with a legend and one radio per option.

use super::pure::{pure, PureView};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RadiosProps {
    /// The group's name and id prefix.
    pub name: AttrValue,
    pub legend: AttrValue,
    /// `(value, label)` pairs.
    pub options: Vec<(&'static str, &'static str)>,
    pub selected: AttrValue,
    pub inline: bool,
}

pub fn radios(p: RadiosProps) -> Html {
    pure(p)
}

impl PureView for RadiosProps {
    fn view(&self) -> Html {
        let p = self;
        html! {
            <fieldset class="fieldset">
                <legend class="fieldset__legend">{ p.legend.clone() }</legend>
                <div class={classes!("radios", p.inline.then_some("radios--inline"))}>
                    { for p.options.iter().map(|(value, label)| {
                        let id = format!("{}-{value}", p.name);
                        html! {
                            <div class="radio">
                                <input class="radio__input" type="radio" id={id.clone()} name={p.name.clone()} value={*value}
                                    checked={p.selected == *value} />
                                <label class="radio__label" for={id}>{ *label }</label>
                            </div>
                        }
                    }) }
                </div>
            </fieldset>
        }
    }
}
