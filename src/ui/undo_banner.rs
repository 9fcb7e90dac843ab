//! Offers to put back what the last removal or preset replaced.

use crate::state::retention::{RetentionAction, Undo};
use yew::prelude::*;

pub struct UndoBannerProps {
    pub undo: Option<Undo>,
    pub dispatch: Callback<RetentionAction>,
}

pub fn undo_banner(p: &UndoBannerProps) -> Html {
    let Some(u) = &p.undo else {
        return html! { <div role="status" class="undo-status"></div> };
    };
    let undo = {
        let d = p.dispatch.clone();
        Callback::from(move |_: MouseEvent| d.emit(RetentionAction::Undo))
    };
    let dismiss = {
        let d = p.dispatch.clone();
        Callback::from(move |_: MouseEvent| d.emit(RetentionAction::DismissUndo))
    };
    html! {
        <div role="status" class="undo-status">
            <div class="notification notification--undo">
                <p class="body">{ u.message.clone() }</p>
                <button type="button" class="button" id="undo" onclick={undo}>{ "Undo" }</button>
                <button type="button" class="button button--secondary" onclick={dismiss}>{ "Dismiss" }</button>
            </div>
        </div>
    }
}
