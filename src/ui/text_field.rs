//! A GOV.UK text input: label, optional hint, optional prefix and suffix, and an
//! inline error. Always `type="text"` (with an `inputmode`), never `type="number"`,
//! so what the person typed is kept exactly.
//!
//! A plain view function with a builder rather than a Yew component, and no
//! listener of its own (see README, "Bundle size").

use super::pure::{pure, PureView};
use yew::prelude::*;

/// `Field::new(id, label, value).hint("…").prefix("£").error(e).view()`. Typing is
/// picked up by the app's one `input` listener, routed by the field's id. Each
/// field is its own component: a keystroke elsewhere leaves it alone.
#[derive(Properties, PartialEq)]
pub struct Field {
    id: AttrValue,
    label: AttrValue,
    value: AttrValue,
    hint: Option<AttrValue>,
    prefix: Option<&'static str>,
    suffix: Option<&'static str>,
    error: Option<AttrValue>,
    mode: &'static str,
    width: &'static str,
}

impl Field {
    pub fn new(
        id: impl Into<AttrValue>,
        label: impl Into<AttrValue>,
        value: impl Into<AttrValue>,
    ) -> Field {
        Field {
            id: id.into(),
            label: label.into(),
            value: value.into(),
            hint: None,
            prefix: None,
            suffix: None,
            error: None,
            mode: "decimal",
            width: "w10",
        }
    }

    pub fn hint(mut self, hint: impl Into<AttrValue>) -> Field {
        self.hint = Some(hint.into());
        self
    }

    pub fn maybe_hint(mut self, hint: Option<&'static str>) -> Field {
        self.hint = hint.map(AttrValue::from);
        self
    }

    pub fn prefix(mut self, prefix: &'static str) -> Field {
        self.prefix = Some(prefix);
        self
    }

    pub fn maybe_prefix(mut self, prefix: Option<&'static str>) -> Field {
        self.prefix = prefix;
        self
    }

    pub fn suffix(mut self, suffix: &'static str) -> Field {
        self.suffix = Some(suffix);
        self
    }

    pub fn maybe_suffix(mut self, suffix: Option<&'static str>) -> Field {
        self.suffix = suffix;
        self
    }

    pub fn error(mut self, error: Option<AttrValue>) -> Field {
        self.error = error;
        self
    }

    /// `decimal` (the default) for money and rates, `numeric` for whole months,
    /// `text` for names.
    pub fn mode(mut self, mode: &'static str) -> Field {
        self.mode = mode;
        self
    }

    /// A width class: `w5`, `w10` (the default), `w20`, `full`.
    pub fn width(mut self, width: &'static str) -> Field {
        self.width = width;
        self
    }

    pub fn view(self) -> Html {
        pure(self)
    }
}

/// A GOV.UK error message, `id` for the field's `aria-describedby`: "Error: "
/// for screen readers, then the sentence.
pub fn error_message(id: &str, message: &str) -> Html {
    html! {
        <p id={id.to_string()} class="error-message">
            <span class="visually-hidden">{ "Error: " }</span>{ message.to_string() }
        </p>
    }
}

impl PureView for Field {
    fn view(&self) -> Html {
        let hint_id = format!("{}-hint", self.id);
        let error_id = format!("{}-error", self.id);
        let described = match (self.hint.is_some(), self.error.is_some()) {
            (true, true) => Some(format!("{hint_id} {error_id}")),
            (true, false) => Some(hint_id.clone()),
            (false, true) => Some(error_id.clone()),
            (false, false) => None,
        };
        let has_error = self.error.is_some();
        let group_class = if has_error {
            "form-group form-group--error"
        } else {
            "form-group"
        };
        let input_class = format!(
            "input input--{}{}",
            self.width,
            if has_error { " input--error" } else { "" }
        );
        html! {
            <div class={group_class}>
                <label class="label" for={self.id.clone()}>{ self.label.clone() }</label>
                if let Some(hint) = self.hint.clone() {
                    <div id={hint_id} class="hint">{ hint }</div>
                }
                if let Some(error) = self.error.clone() {
                    { error_message(&error_id, &error) }
                }
                <div class="input-wrapper">
                    if let Some(prefix) = self.prefix {
                        <div class="input-prefix" aria-hidden="true">{ prefix }</div>
                    }
                    <input
                        class={input_class}
                        id={self.id.clone()}
                        name={self.id.clone()}
                        type="text"
                        inputmode={self.mode}
                        spellcheck="false"
                        autocomplete="off"
                        aria-describedby={described}
                        aria-invalid={has_error.then_some("true")}
                        value={self.value.clone()}
                    />
                    // What was typed, in full and wrapped, where the page is printed
                    // (a field prints no wider than its column and would cut it).
                    <span class="input-print print-only" aria-hidden="true">{ self.value.clone() }</span>
                    if let Some(suffix) = self.suffix {
                        <div class="input-suffix" aria-hidden="true">{ suffix }</div>
                    }
                </div>
            </div>
        }
    }
}
