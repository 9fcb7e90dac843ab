//! A minimal Yew page: one input and one result, as small as Yew allows.
use yew::prelude::*;

#[component(App)]
fn app() -> Html {
    let n = use_state(|| 38_000i64);
    let oninput = {
        let n = n.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            n.set(input.value().parse().unwrap_or(0));
        })
    };
    html! {
        <main>
            <input id="salary" type="text" value={n.to_string()} {oninput} />
            <p data-testid="summary">{ format!("Result: £{}", *n * 2) }</p>
        </main>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
