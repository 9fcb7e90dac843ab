//! Navigation between the calculators. Only calculators that exist are listed.
//! A click is routed as `nav:{page}` by the app's one listener, which keeps
//! every input. The `href` is the calculator's short `#SLUG`, the same at every
//! keystroke (issue 21: six copies of every input, rewritten at each keystroke
//! and parsed in the prerendered page, were 10 KB of its HTML); `static/boot.js`
//! gives a link the inputs from the address when it may be used outside the app
//! (pressed, focused or its menu opened), so opening it in a new tab keeps them.

use crate::state::shown::Shown;
use crate::state::Page;
use yew::prelude::*;

pub struct NavProps<'a> {
    pub current: Page,
    /// The calculators an embed offers; the others' tabs are not drawn.
    pub shown: &'a Shown,
}

pub fn nav(p: &NavProps<'_>) -> Html {
    html! {
        <nav class="service-nav" aria-label="Calculators">
            <ul class="service-nav__list">
                { for Page::ALL.into_iter().filter(|page| p.shown.shows(*page)).map(|page| {
                    let current = page == p.current;
                    html! {
                        <li class={if current { "service-nav__item service-nav__item--active" } else { "service-nav__item" }}>
                            <a class="service-nav__link" href={format!("#{}", page.slug())} data-action={format!("nav:{}", page.slug())}
                                aria-current={current.then_some("page")}>{ page.title() }</a>
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}
