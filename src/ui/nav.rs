//! Navigation between the calculators. Only calculators that exist are listed.

use crate::state::Page;
use yew::prelude::*;

pub struct NavProps {
    pub current: Page,
    /// The link for each page, keeping the inputs (its URL fragment).
    pub href: Callback<Page, String>,
    pub on_navigate: Callback<Page>,
}

pub fn nav(p: &NavProps) -> Html {
    html! {
        <nav class="service-nav" aria-label="Calculators">
            <ul class="service-nav__list">
                { for Page::ALL.into_iter().map(|page| {
                    let go = p.on_navigate.clone();
                    let onclick = Callback::from(move |e: MouseEvent| {
                        e.prevent_default();
                        go.emit(page);
                    });
                    let current = page == p.current;
                    html! {
                        <li class={classes!("service-nav__item", current.then_some("service-nav__item--active"))}>
                            <a class="service-nav__link" href={format!("#{}", p.href.emit(page))}
                                aria-current={current.then_some("page")} {onclick}>{ page.title() }</a>
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}
