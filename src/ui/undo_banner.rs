//! Offers to put back what the last removal or preset replaced.

use crate::state::retention::Undo;
use yew::prelude::*;

pub struct UndoBannerProps {
    pub undo: Option<Undo>,
    /// Added to the button actions: "" for the main scheme, ":o2" for offer 2.
    pub scope: String,
}

pub fn undo_banner(p: &UndoBannerProps) -> Html {
    let Some(u) = &p.undo else {
        return html! { <div role="status" class="undo-status"></div> };
    };
    html! {
        <div role="status" class="undo-status">
            <div class="notification notification--undo">
                <p class="body">{ u.message.clone() }</p>
                <button type="button" class="button" id={format!("undo{}", p.scope.replace(':', "-"))} data-action={format!("undo{}", p.scope)}>{ "Undo" }</button>
                <button type="button" class="button button--secondary" data-action={format!("dismiss-undo{}", p.scope)}>{ "Dismiss" }</button>
            </div>
        </div>
    }
}
