//! A GOV.UK text input: label, optional hint, optional prefix and suffix, and an
//! inline error. Always `type="text"` (with an `inputmode`), never `type="number"`,
//! so what the person typed is kept exactly.

use super::text_input;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct TextFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub prefix: Option<AttrValue>,
    #[prop_or_default]
    pub suffix: Option<AttrValue>,
    pub value: AttrValue,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// `decimal` for money and rates, `numeric` for whole months, `text` for names.
    #[prop_or(AttrValue::Static("decimal"))]
    pub inputmode: AttrValue,
    /// A width class: `w5`, `w10`, `w20`, `full`.
    #[prop_or(AttrValue::Static("w10"))]
    pub width: AttrValue,
    pub oninput: Callback<String>,
}

#[component(TextField)]
pub fn text_field(p: &TextFieldProps) -> Html {
    let hint_id = format!("{}-hint", p.id);
    let error_id = format!("{}-error", p.id);
    let mut described = Vec::new();
    if p.hint.is_some() {
        described.push(hint_id.clone());
    }
    if p.error.is_some() {
        described.push(error_id.clone());
    }
    let described = (!described.is_empty()).then(|| described.join(" "));
    let group_class = classes!(
        "form-group",
        p.error.is_some().then_some("form-group--error")
    );
    let input_class = classes!(
        "input",
        format!("input--{}", p.width),
        p.error.is_some().then_some("input--error")
    );
    html! {
        <div class={group_class}>
            <label class="label" for={p.id.clone()}>{ p.label.clone() }</label>
            if let Some(hint) = &p.hint {
                <div id={hint_id} class="hint">{ hint.clone() }</div>
            }
            if let Some(error) = &p.error {
                <p id={error_id} class="error-message">
                    <span class="visually-hidden">{ "Error: " }</span>{ error.clone() }
                </p>
            }
            <div class="input-wrapper">
                if let Some(prefix) = &p.prefix {
                    <div class="input-prefix" aria-hidden="true">{ prefix.clone() }</div>
                }
                <input
                    class={input_class}
                    id={p.id.clone()}
                    name={p.id.clone()}
                    type="text"
                    inputmode={p.inputmode.clone()}
                    spellcheck="false"
                    autocomplete="off"
                    aria-describedby={described}
                    aria-invalid={p.error.is_some().then_some("true")}
                    value={p.value.clone()}
                    oninput={text_input(p.oninput.clone())}
                />
                if let Some(suffix) = &p.suffix {
                    <div class="input-suffix" aria-hidden="true">{ suffix.clone() }</div>
                }
            </div>
        </div>
    }
}
