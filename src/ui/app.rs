//! The app root: one reducer, the URL fragment kept in step with it, and the shell.

use super::cost_page::{cost_page, CostPageProps};
use super::link_problems::{link_problems, LinkProblemsProps};
use super::nav::{nav, NavProps};
use super::package_page::{package_page, PackagePageProps};
use super::payback_page::{payback_page, PaybackPageProps};
use super::retention_page::{retention_page, RetentionPageProps};
use crate::state::fragment::{decode, encode};
use crate::state::route::{route, Event};
use crate::state::{cost, package, payback, retention};
use crate::state::{reduce, Action, AppState, Page};
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

impl Reducible for AppState {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(reduce(&self, action))
    }
}

fn current_fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Puts the fragment in the address bar without adding a history entry or
/// firing `hashchange`.
fn write_fragment(fragment: &str) {
    let target = format!("#{fragment}");
    if current_fragment() == target {
        return;
    }
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&target));
    }
}

#[component(App)]
pub fn app() -> Html {
    let initial = use_memo((), |_| decode(&current_fragment()));
    let state = {
        let s = initial.0.clone();
        use_reducer(move || s)
    };
    let problems = {
        let p = initial.1.clone();
        use_state(move || p)
    };

    // Keep the address bar in step with the inputs, so any view can be shared.
    use_effect_with(state.clone(), |s| write_fragment(&encode(s)));

    // A link pasted into the address bar, or back and forward: read it afresh.
    {
        let dispatcher = state.dispatcher();
        let problems = problems.clone();
        use_effect_with((), move |_| {
            let listener = Closure::<dyn Fn()>::new(move || {
                let (s, p) = decode(&current_fragment());
                problems.set(p);
                dispatcher.dispatch(Action::Replace(Box::new(s)));
            });
            let window = web_sys::window();
            if let Some(w) = &window {
                let _ = w.add_event_listener_with_callback(
                    "hashchange",
                    listener.as_ref().unchecked_ref(),
                );
            }
            move || {
                if let Some(w) = &window {
                    let _ = w.remove_event_listener_with_callback(
                        "hashchange",
                        listener.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }

    // One listener each for input, change and click, at the root (event
    // delegation): state::route turns what happened into an action.
    let on_input = {
        let d = state.dispatcher();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                if input.type_() == "text" {
                    let (id, value) = (input.id(), input.value());
                    if let Some(a) = route(Event::Text {
                        id: &id,
                        value: &value,
                    }) {
                        d.dispatch(a);
                    }
                }
            }
        })
    };
    let on_change = {
        let d = state.dispatcher();
        Callback::from(move |e: web_sys::Event| {
            let action = if let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                let (id, value) = (select.id(), select.value());
                route(Event::Select {
                    id: &id,
                    value: &value,
                })
            } else if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                let (id, name, value) = (input.id(), input.name(), input.value());
                match input.type_().as_str() {
                    "checkbox" => route(Event::Check {
                        id: &id,
                        checked: input.checked(),
                    }),
                    "radio" => route(Event::Radio {
                        name: &name,
                        value: &value,
                    }),
                    _ => None,
                }
            } else {
                None
            };
            if let Some(a) = action {
                d.dispatch(a);
            }
        })
    };
    let on_click = {
        let d = state.dispatcher();
        let problems = problems.clone();
        Callback::from(move |e: MouseEvent| {
            let Some(el) = e
                .target_dyn_into::<web_sys::Element>()
                .and_then(|t| t.closest("[data-action]").ok().flatten())
            else {
                return;
            };
            let action = el.get_attribute("data-action").unwrap_or_default();
            // Moving focus and dismissing the link notice are the view's own business.
            if let Some(id) = action.strip_prefix("focus:") {
                e.prevent_default();
                super::focus_id(id);
            } else if action == "dismiss-link-problems" {
                problems.set(Vec::new());
            } else if let Some(a) = route(Event::Click { action: &action }) {
                // Links (navigation) must not also change the fragment themselves.
                e.prevent_default();
                d.dispatch(a);
                if action.starts_with("nav:") {
                    super::focus_id("main");
                } else if action.starts_with("preset:") {
                    super::focus_id("payments-heading");
                }
            }
        })
    };
    let fragments: Vec<String> = Page::ALL
        .iter()
        .map(|page| {
            encode(&AppState {
                page: *page,
                ..(*state).clone()
            })
        })
        .collect();

    // Each page's results are derived in render, never stored, and only for the
    // page on show. (Memoising them bought nothing: every action changes the
    // inputs of the page on show, and each memo cost wasm size.)
    let body = match state.page {
        Page::Retention => retention_page(&RetentionPageProps {
            form: &state.retention,
            view: &retention::compute(&state.retention),
        }),
        Page::Cost => cost_page(&CostPageProps {
            form: &state.cost,
            retention: &state.retention,
            view: &cost::compute(&state.cost, &state.retention),
        }),
        Page::Payback => payback_page(&PaybackPageProps {
            form: &state.payback,
            cost: &state.cost,
            view: &payback::compute(&state.payback, &state.cost, &state.retention),
        }),
        Page::Package => package_page(&PackagePageProps {
            form: &state.package,
            retention: &state.retention,
            cost: &state.cost,
            view: &package::compute(&state.package, &state.retention, &state.cost),
        }),
    };

    html! {
        <div class="app" oninput={on_input} onchange={on_change} onclick={on_click}>
            <a class="skip-link" href="#main" data-action="focus:main">{ "Skip to the calculator" }</a>
            <header class="header">
                <div class="width-container">
                    <p class="header__title">{ "Social worker retention pay" }</p>
                </div>
            </header>
            <div class="width-container">
                { nav(&NavProps { current: state.page, fragments }) }
                <main class="main" id="main" tabindex="-1">
                    <h1 class="heading-xl">{ state.page.title() }</h1>
                    <p class="lead">{ state.page.lead() }</p>
                    <p class="body-s">
                        { "Everything is worked out in your browser: nothing you enter leaves your device. The address of this page holds what you have entered, so you can bookmark it or share it." }
                    </p>
                    { link_problems(&LinkProblemsProps { problems: (*problems).clone() }) }
                    { body }
                </main>
            </div>
            <footer class="footer">
                <div class="width-container">
                    <p class="body-s">{ "Figures are a guide, not financial or legal advice. Check your scheme's own terms; where this calculator and the terms differ, the terms apply." }</p>
                </div>
            </footer>
        </div>
    }
}

/// What the page says if the app ever panics. A panic in WebAssembly stops the
/// app, so this replaces it with a plain message rather than a frozen page.
const PANIC_MESSAGE: &str = "<div class=\"width-container\"><div class=\"error-summary\" role=\"alert\"><h2 class=\"error-summary__title\">Sorry, the calculator stopped working</h2><p class=\"body\">What you entered is saved in this page's address. Reload the page to carry on. If it happens again, please tell us what you entered.</p></div></div>";

fn show_panic(info: &std::panic::PanicHookInfo<'_>) {
    web_sys::console::error_1(&info.to_string().into());
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| {
        d.get_element_by_id("app")
            .or_else(|| d.body().map(Into::into))
    });
    if let Some(root) = root {
        root.set_inner_html(PANIC_MESSAGE);
    }
}

/// Mounts the app on `#app` if the page has one (for embedding), else on `<body>`.
pub fn start() {
    yew::set_custom_panic_hook(Box::new(show_panic));
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(el) => {
            yew::Renderer::<App>::with_root(el).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}
