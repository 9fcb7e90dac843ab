//! One-click starting points drawn from real council schemes.

use crate::engine::presets::Preset;
use yew::prelude::*;

pub fn presets() -> Html {
    html! {
        <details class="details" id="presets">
            <summary class="details__summary">{ "Start from a real council's scheme" }</summary>
            <div class="details__text">
                <p class="body-s">{ "Loading one replaces the payments below. You can then change anything." }</p>
                <ul class="preset-list">
                    { for Preset::ALL.into_iter().map(|preset| {
                        html! {
                            <li key={preset.slug()} class="preset">
                                <h3 class="preset__title">{ preset.title() }</h3>
                                <p class="body-s">{ preset.based_on() }</p>
                                if let Some((council, title, url)) = preset.policy() {
                                    <p class="body-s">{ "Source: " }<a href={url} rel="noopener noreferrer" target="_blank">{ format!("{council}, {title}") }<span class="visually-hidden">{ " (opens in a new tab)" }</span></a></p>
                                }
                                <button type="button" class="button button--secondary" data-preset={preset.slug()} data-action={format!("preset:{}", preset.slug())}>
                                    { "Use this scheme" }<span class="visually-hidden">{ format!(": {}", preset.title()) }</span>
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            </div>
        </details>
    }
}
