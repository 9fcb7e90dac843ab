//! Navigation between the calculators. Only calculators that exist are listed.
//! A click is routed as `nav:{page}` by the app's one listener; the `href` keeps
//! every input, so opening a link in a new tab works too.

use crate::state::shown::Shown;
use crate::state::Page;
use yew::prelude::*;

pub struct NavProps<'a> {
    pub current: Page,
    /// The URL fragment for each page in [`Page::ALL`], keeping the inputs.
    pub fragments: Vec<String>,
    /// The calculators an embed offers; the others' tabs are not drawn.
    pub shown: &'a Shown,
}

pub fn nav(p: &NavProps<'_>) -> Html {
    html! {
        <nav class="service-nav" aria-label="Calculators">
            <ul class="service-nav__list">
                { for Page::ALL.into_iter().zip(&p.fragments).filter(|(page, _)| p.shown.shows(*page)).map(|(page, fragment)| {
                    let current = page == p.current;
                    html! {
                        <li class={if current { "service-nav__item service-nav__item--active" } else { "service-nav__item" }}>
                            <a class="service-nav__link" href={format!("#{fragment}")} data-action={format!("nav:{}", page.slug())}
                                aria-current={current.then_some("page")}>{ page.title() }</a>
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}
