//! A folded section of a long form: a `<details>` whose summary names the
//! section and says what it assumes now. It is rendered open when the state says
//! so (a changed or invalid input inside), and `focus_id` opens it for an error
//! summary link.

use yew::prelude::*;

pub struct FoldProps {
    pub id: &'static str,
    pub title: &'static str,
    /// What the section assumes now, e.g. "Overheads: none."
    pub now: String,
    pub open: bool,
    pub body: Html,
}

pub fn fold(p: FoldProps) -> Html {
    html! {
        <details class="fold" id={p.id} open={p.open}>
            <summary class="fold__summary">
                <span class="fold__title">{ p.title }</span>
                <span class="fold__now" data-testid={format!("{}-now", p.id)}>{ p.now }</span>
            </summary>
            <div class="fold__body">{ p.body }</div>
        </details>
    }
}
