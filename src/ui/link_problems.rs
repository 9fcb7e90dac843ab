//! Says which parts of an opened link could not be read (the rest was kept).

use yew::prelude::*;

pub struct LinkProblemsProps {
    pub problems: Vec<String>,
}

pub fn link_problems(p: &LinkProblemsProps) -> Html {
    if p.problems.is_empty() {
        return html! {};
    }
    html! {
        <div class="notification" role="region" aria-labelledby="link-problems-title" id="link-problems">
            <h2 class="notification__title" id="link-problems-title">{ "Part of the link you opened could not be read" }</h2>
            <p class="body">{ "Everything else in it has been filled in below. Check the figures before relying on them." }</p>
            <ul class="list">
                { for p.problems.iter().map(|m| html! { <li>{ m.clone() }</li> }) }
            </ul>
            <button type="button" class="button button--secondary" data-action="dismiss-link-problems">{ "Dismiss" }</button>
        </div>
    }
}
