//! "Embed this calculator": the page for council web teams (issue 24). They
//! choose what the embed shows, how it goes on their page, their colours and
//! font (checked for contrast as they type) and a council preset (published,
//! made here from the calculator's current scheme, or a file from their
//! computer for the preview only), see it in a same-origin frame, and copy the
//! snippet and the policy lines. "Open a preset file" checks one before it is
//! published. Only this page's part of the WebAssembly holds this code
//! (`ui::parts`): no visitor of a calculator downloads it.
//!
//! Unlike the calculators' views it is a component with its own state: the
//! settings are this page's alone, reduced by the pure `state::embed::reduce`;
//! its fields are routed by one listener here. They are kept in the page's
//! address after the calculators' inputs (`e.…`, `state::embed::encode_settings`,
//! replaced as they change, so reload and Back keep them) and in the tab's
//! session, so coming back from a calculator restores them, opening at that
//! calculator.

use super::download::save_text;
use crate::state::council::{Council, PresetFile};
use crate::state::embed::{
    self, EmbedAction, EmbedForm, Form, PresetChoice, Settings, LOCAL_PRESET, LOCAL_STORAGE_KEY,
};
use crate::state::preset_file::{self, Details};
use crate::state::retention::RetentionForm;
use crate::state::theme;
use crate::state::{AppState, Page};
use std::rc::Rc;
use yew::prelude::*;

/// The builder for the app's current state (its scheme is what a preset made
/// here sets) and the council preset open, if any (its pay points are offered).
pub fn embed_builder(state: &AppState, council: Option<&Council>) -> Html {
    let pay_points = council
        .map(|c| {
            c.pay_points
                .iter()
                .map(|(label, pay)| format!("{label}: {}", pounds(pay.0)))
                .collect::<Vec<_>>()
                .join("\n")
        })
        .unwrap_or_default();
    html! {
        <EmbedBuilder retention={state.retention.clone()} la={state.la.clone()} {pay_points} />
    }
}

/// Pence as plain pounds, `36124` or `36124.50`.
fn pounds(p: i64) -> String {
    let (sign, abs) = (if p < 0 { "-" } else { "" }, p.unsigned_abs());
    match abs % 100 {
        0 => format!("{sign}{}", abs / 100),
        pence => format!("{sign}{}.{pence:02}", abs / 100),
    }
}

/// A GOV.UK error message (the builder's own, so its part shares no code with
/// the calculators').
fn error_message(id: &str, message: &str) -> Html {
    html! {
        <p id={id.to_string()} class="error-message">
            <span class="visually-hidden">{ "Error: " }</span>{ message.to_string() }
        </p>
    }
}

/// A text field: label, hint, the error by it (GOV.UK's pattern); `width` a
/// class (`input--w20`, `input--full`).
fn text_input(
    id: &str,
    label: &str,
    value: &str,
    hint: &str,
    error: Option<AttrValue>,
    width: &str,
) -> Html {
    noted_input(id, label, value, hint, error, width, None)
}

/// [`text_input`] with a note under the field, said like a hint (what the
/// field made of the value, or what was found out about it).
fn noted_input(
    id: &str,
    label: &str,
    value: &str,
    hint: &str,
    error: Option<AttrValue>,
    width: &str,
    note: Option<String>,
) -> Html {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let note_id = format!("{id}-note");
    let mut ids: Vec<&str> = Vec::new();
    if !hint.is_empty() {
        ids.push(&hint_id);
    }
    if error.is_some() {
        ids.push(&error_id);
    }
    if note.is_some() {
        ids.push(&note_id);
    }
    let described = (!ids.is_empty()).then(|| ids.join(" "));
    let invalid = error.is_some();
    html! {
        <div class={if invalid { "form-group form-group--error" } else { "form-group" }}>
            <label class="label" for={id.to_string()}>{ label.to_string() }</label>
            if !hint.is_empty() {
                <div id={hint_id} class="hint">{ hint.to_string() }</div>
            }
            if let Some(e) = error {
                { error_message(&error_id, &e) }
            }
            <input class={format!("input {width}{}", if invalid { " input--error" } else { "" })} id={id.to_string()} type="text"
                spellcheck="false" autocomplete="off" aria-describedby={described}
                aria-invalid={invalid.then_some("true")} value={value.to_string()} />
            <div id={note_id} class={if note.is_some() { "hint field-note" } else { "" }} aria-live="polite">{ note.unwrap_or_default() }</div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct BuilderProps {
    pub retention: RetentionForm,
    pub la: Option<String>,
    /// The open preset's pay points, "label: salary" a line.
    pub pay_points: String,
}

impl Reducible for EmbedForm {
    type Action = EmbedAction;
    fn reduce(self: Rc<Self>, action: EmbedAction) -> Rc<Self> {
        Rc::new(embed::reduce(&self, action))
    }
}

/// A preset file chosen from the computer: its name for the preview and its text.
#[derive(Clone, PartialEq, Default)]
struct LocalFile {
    text: String,
    name: String,
    /// Why the calculator would not use it (its first refusal), read once
    /// when it is chosen, not at every render.
    refused: Option<String>,
    /// What the calculator would refuse in it, when it would use the rest
    /// (an amount of 1e308, a field outside the format).
    flawed: Option<String>,
}

impl LocalFile {
    fn new(name: String, text: String) -> LocalFile {
        let (mut refused, mut flawed) = (None, None);
        if !text.is_empty() {
            let r = check(name.clone(), &text).report;
            let first = r.refusals.first().cloned();
            if r.accepted {
                flawed = first;
            } else {
                refused = Some(first.unwrap_or_default());
            }
        }
        LocalFile {
            text,
            name,
            refused,
            flawed,
        }
    }
}

/// What "Open a preset file" found.
#[derive(Clone, PartialEq)]
struct Checked {
    name: String,
    report: preset_file::Report,
}

const PREVIEW_DELAY_MS: u32 = 600;
const SNIPPET_ID: &str = "embed-snippet";

#[component(EmbedBuilder)]
fn embed_builder_view(p: &BuilderProps) -> Html {
    // What was chosen before: from the address (reload, Back), else from this
    // tab's session (back from a calculator, opening at that calculator).
    let restored = use_memo((), |_| restore());
    let form = {
        let f = restored.form.clone();
        use_reducer(move || f)
    };
    let details = use_state(|| {
        let d = restored.details.clone();
        if d.pay_points.is_empty() {
            Details {
                pay_points: p.pay_points.clone(),
                ..d
            }
        } else {
            d
        }
    });
    let file = use_state(|| {
        let name = restored.file.clone();
        let text = if name.is_empty() {
            String::new()
        } else {
            session_get(&format!("{FILE_KEY}{name}")).unwrap_or_default()
        };
        LocalFile::new(name, text)
    });
    // The settings kept in the address and the session as they change.
    let tab_only = {
        let settings = Settings {
            form: (*form).clone(),
            details: (*details).clone(),
            file: file.name.clone(),
        };
        let left_out = embed::address_settings(&settings, &here()).1;
        use_effect_with(settings, keep_settings);
        // The preset maker's fields too long for the address, by id.
        left_out
            .iter()
            .filter_map(|k| {
                MAKER_KEYS
                    .iter()
                    .find(|(key, _)| key == k)
                    .map(|(_, id)| *id)
            })
            .collect::<Vec<&'static str>>()
    };
    // Whether the preset's name was typed in and left: its error shows from
    // then on, or once "Save" was pressed (GOV.UK: not before a first try).
    let slug_left = use_state(|| {
        let f = &restored.form;
        !f.preset_slug.is_empty() && f.preset_slug != embed::slug_for(&f.council)
    });
    let published = use_published(&form);
    let checked = use_state(|| None::<Checked>);
    let status = use_state(String::new);
    let saved = use_state(String::new);
    // Whether "Save these settings as a council preset" was pressed: its
    // fields' errors show from then on (GOV.UK: after the first try).
    let tried = use_state(|| false);
    // The preset maker's fields typed in and left, by id.
    let left = use_state(Vec::<String>::new);
    let councils = use_state(Vec::<String>::new);
    let reading = use_mut_ref(|| None::<gloo::file::callbacks::FileReader>);
    // The published list of councils (census/councils.json), for the council's name.
    {
        let councils = councils.clone();
        use_effect_with((), move |_| {
            yew::platform::spawn_local(async move {
                if let Ok(i) = super::app::fetch_value("census/councils.json")
                    .await
                    .and_then(super::council_files::read_index)
                {
                    councils.set(i.councils.into_iter().map(|c| c.1).collect());
                }
            });
        });
    }

    let details_now = Details {
        council: if details.council.trim().is_empty() {
            form.council.clone()
        } else {
            details.council.clone()
        },
        ..(*details).clone()
    };
    // The preset made from these details and the scheme, and its JSON: made
    // again only when either changes, not at every keystroke elsewhere.
    let made_now = use_memo(
        (
            details_now.clone(),
            form.first,
            p.retention.clone(),
            p.la.clone(),
        ),
        |(details, first, retention, la)| {
            let state = AppState {
                retention: retention.clone(),
                la: la.clone(),
                ..AppState::default()
            };
            let made = preset_file::make(details, *first, &state);
            let json = made.as_ref().ok().and_then(to_json);
            (made, json)
        },
    );
    let (made, made_json) = (&made_now.0, &made_now.1);
    // A preset goes into the code and the preview only once the calculator
    // would use it: a made one when complete, a file when it reads (the
    // tester's code named a file that could not be saved yet, and the preview
    // said "Source: Policy, . ."). Until then the code's section says why.
    let held_back = held_back(&form, made, &file, &published);
    let code_form = EmbedForm {
        preset: if held_back.is_some() {
            PresetChoice::None
        } else {
            form.preset
        },
        ..(*form).clone()
    };
    let preview_json = match code_form.preset {
        PresetChoice::Made => made_json.clone(),
        PresetChoice::File => Some(file.text.clone()),
        _ => None,
    };
    let slug = embed::snippet_preset(&form);
    let preview_preset = match (code_form.preset, &preview_json, &slug) {
        (PresetChoice::Published, _, Some(s)) => Some(s.clone()),
        (PresetChoice::Made | PresetChoice::File, Some(_), Some(s)) => {
            Some(format!("{LOCAL_PRESET}{s}"))
        }
        _ => None,
    };
    let preview_url = embed::preview_url(&code_form, preview_preset.as_deref());
    let shown = use_preview(preview_url, preview_json, slug.clone());

    let slug_shown = *slug_left || *tried;
    let mut problems: Vec<embed::Problem> = embed::problems(&form)
        .into_iter()
        .filter(|e| e.id != embed::SLUG_ID || slug_shown)
        .collect();
    let slug_note = match (&*published, &slug) {
        // Like the name's format, only once the name was typed and left (not
        // a "not published" per keystroke).
        (Some((checked, found)), Some(s)) if checked == s && slug_shown => match found {
            Published::Missing(m) | Published::Unusable(m) => {
                problems.push(embed::Problem {
                    id: embed::SLUG_ID.into(),
                    message: m.clone(),
                });
                None
            }
            Published::Found(m) | Published::Elsewhere(m) => Some(m.clone()),
        },
        _ => None,
    };
    let file_note = if file.name.is_empty() || form.preset != PresetChoice::File {
        None
    } else if file.text.is_empty() {
        Some(format!(
            "{} was chosen before, but a file from your computer is not kept in this page's address: choose it again to preview it.",
            file.name
        ))
    } else {
        // A file the calculator would not use is said by its field, not only
        // inside the preview (the tester's `{oops` was "Previewing bad.json.").
        match (&file.refused, &file.flawed) {
            (Some(why), _) => Some(format!("{} cannot be previewed. {why}", file.name)),
            (None, Some(why)) => Some(format!(
                "{} is previewed, but the calculator would not use all of it: correct it before publishing. {why}",
                file.name
            )),
            (None, None) => None,
        }
    };
    // Like the name's, a made preset's field errors show once the field was
    // typed in and left, or after Save (GOV.UK: not before a first try).
    let made_problems = match (made, form.preset) {
        (Err(p), PresetChoice::Made) => p
            .iter()
            .filter(|e| *tried || left.contains(&e.id))
            .cloned()
            .collect(),
        _ => Vec::new(),
    };
    let error = |id: &str| -> Option<AttrValue> {
        problems
            .iter()
            .chain(&made_problems)
            .find(|e| e.id == id)
            .map(|e| AttrValue::from(e.message.clone()))
    };

    let on_input = {
        let (form, details) = (form.dispatcher(), details.clone());
        Callback::from(move |e: InputEvent| {
            if let Some(t) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                if matches!(t.type_().as_str(), "checkbox" | "radio" | "file") {
                    return;
                }
                edit(
                    &form,
                    &details,
                    &t.id(),
                    &t.name(),
                    t.value(),
                    t.checked(),
                    &t.type_(),
                );
            } else if let Some(t) = e.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
                edit(&form, &details, &t.id(), "", t.value(), false, "textarea");
            }
        })
    };
    let on_change = {
        let (form_d, details, slug_left) = (form.dispatcher(), details.clone(), slug_left.clone());
        let (file, checked, reading) = (file.clone(), checked.clone(), reading.clone());
        let left = left.clone();
        let slug_now = form.preset_slug.clone();
        // The name the builder filled in from the file before: it follows a
        // new file (the tester's name stayed "oops" from a refused file), where
        // a name the officer typed stays.
        let slug_from_file = embed::slug_for(file.name.trim_end_matches(".json"));
        Callback::from(move |e: Event| {
            if let Some(s) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                if s.id() == "embed-first" {
                    if let Some(page) = Page::from_slug(&s.value()) {
                        form_d.dispatch(EmbedAction::SetFirst(page));
                    }
                }
                return;
            }
            if let Some(t) = e.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
                mark_left(&left, t.id());
                return;
            }
            let Some(t) = e.target_dyn_into::<web_sys::HtmlInputElement>() else {
                return;
            };
            if t.type_() == "text" {
                mark_left(&left, t.id());
            }
            match t.id().as_str() {
                embed::SLUG_ID => slug_left.set(true),
                FILE_INPUT => read_file(&t, &reading, {
                    let (file, form_d, slug_now) = (file.clone(), form_d.clone(), slug_now.clone());
                    let slug_from_file = slug_from_file.clone();
                    move |name, text| {
                        if slug_now.trim().is_empty() || slug_now == slug_from_file {
                            form_d.dispatch(EmbedAction::SetPresetSlug(embed::slug_for(
                                name.trim_end_matches(".json"),
                            )));
                        }
                        session_set(&format!("{FILE_KEY}{name}"), &text);
                        file.set(LocalFile::new(name, text));
                    }
                }),
                CHECK_INPUT => read_file(&t, &reading, {
                    let checked = checked.clone();
                    move |name, text| checked.set(Some(check(name, &text)))
                }),
                _ if matches!(t.type_().as_str(), "checkbox" | "radio") => edit(
                    &form_d,
                    &details,
                    &t.id(),
                    &t.name(),
                    t.value(),
                    t.checked(),
                    &t.type_(),
                ),
                _ => {}
            }
        })
    };
    let on_copy = {
        let (status, text) = (status.clone(), embed::snippet(&code_form).map(|s| s.html));
        Callback::from(move |_: MouseEvent| copy(text.clone().unwrap_or_default(), status.clone()))
    };
    let on_save = {
        let made = made_now.clone();
        let (status, slug, tried) = (saved.clone(), slug.clone(), tried.clone());
        let form_slug = form.preset_slug.clone();
        Callback::from(move |_: MouseEvent| {
            tried.set(true);
            match (&made.0, &made.1, &slug) {
                (Ok(_), Some(text), Some(slug)) => {
                    save_text(&format!("{slug}.json"), text, "application/json");
                    status.set(format!("Saved {slug}.json. Publish it in the presets folder beside the calculator, as presets/{slug}.json, for the code below to use it."));
                }
                (Ok(_), None, Some(_)) => {
                    status.set("The preset could not be saved as a file here.".into())
                }
                (Err(_), _, _) => {
                    status.set("The preset was not saved: correct the fields marked above.".into())
                }
                (_, _, None) if form_slug.trim().is_empty() => status.set(
                    "The preset was not saved: enter the name it will be published under.".into(),
                ),
                (_, _, None) => status.set(
                    "The preset was not saved: correct its name, as lower-case letters, digits and hyphens.".into(),
                ),
            }
        })
    };

    html! {
        <div class="embed-builder" oninput={on_input} onchange={on_change}>
            { settings(&form, &error, &councils) }
            { colours(&form, &error) }
            { preset_section(&form, &details_now, &file, &error, &p.retention, on_save, &saved, Notes { slug: slug_note, file: file_note, tab_only }) }
            <a class="skip-link" href="#embed-code-heading" data-action="focus:embed-code-heading">{ "Skip the preview" }</a>
            { preview(&shown) }
            { code(&code_form, held_back.as_ref(), on_copy, &status) }
            { checker(&checked) }
        </div>
    }
}

/// The page's own address without its fragment: where the calculator is served.
fn here() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|h| h.split('#').next().unwrap_or_default().to_string())
        .unwrap_or_default()
}

/// The address's fragment, with its `#`.
fn current_fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The tab's session storage, where the builder keeps its last settings and a
/// preset file chosen for the preview.
fn session() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.session_storage().ok().flatten())
}
fn session_get(key: &str) -> Option<String> {
    session().and_then(|s| s.get_item(key).ok().flatten())
}
fn session_set(key: &str, value: &str) {
    if let Some(s) = session() {
        let _ = s.set_item(key, value);
    }
}

/// The builder's last settings in this tab (`state::embed::encode_settings`),
/// in session storage under this key; `boot.js` gives them to the builder's
/// link when it is opened in a new tab (the prerender fills its name in).
pub const SETTINGS_KEY: &str = "retention-pay-embed-builder";
/// A preset file chosen for the preview, by its name.
const FILE_KEY: &str = "retention-pay-embed-file:";

/// The settings to open with: the address's; else the tab's last ones, as
/// they were; else the defaults, opening at the calculator the officer came
/// from (the address before the builder's, which the app keeps in the history
/// entry it adds).
fn restore() -> Settings {
    let here = here();
    let fragment = current_fragment();
    if let Some(s) = embed::restore_settings(&fragment, session_get(SETTINGS_KEY).as_deref(), &here)
    {
        return s;
    }
    // Settings the officer made earlier in this tab are kept as they were
    // (which calculators it shows included): the calculator they came from
    // is where a new builder opens, not a reason to change theirs.
    if let Some(s) = session_get(SETTINGS_KEY).and_then(|q| embed::decode_settings(&q, &here)) {
        return s;
    }
    let mut s = Settings {
        form: EmbedForm::new(&here),
        details: Details::default(),
        file: String::new(),
    };
    let before = web_sys::window()
        .and_then(|w| w.history().ok())
        .and_then(|h| h.state().ok())
        .and_then(|v| v.as_string());
    // Before the app has added the builder's entry, the address is still the calculator's.
    let from = embed::came_from(&fragment).or_else(|| before.as_deref().and_then(embed::came_from));
    if let Some(page) = from {
        s.form = embed::reduce(&s.form, EmbedAction::SetFirst(page));
        let first = s.form.first;
        s.form.chosen.retain(|p| *p != first);
    }
    s
}

/// Keeps the settings in the tab's session, and in the address once it is the
/// builder's (the app adds the builder's entry a moment after the page
/// changes): in place of the current entry, so typing makes no history.
fn keep_settings(s: &Settings) {
    session_set(SETTINGS_KEY, &embed::encode_settings(s, &here()));
    write_address(20);
}

/// Writes the tab's last settings (so a later change is never overwritten by
/// an earlier one) into the address, trying again for `tries` tenths of a
/// second until the address is the builder's.
fn write_address(tries: u32) {
    let fragment = current_fragment();
    let on_builder = fragment
        .strip_prefix('#')
        .is_some_and(|f| f.split('?').next() == Some(Page::Embed.slug()));
    if !on_builder {
        if tries > 0 {
            gloo::timers::callback::Timeout::new(100, move || write_address(tries - 1)).forget();
        }
        return;
    }
    // All the tab's last settings, or all but a field too long for an
    // address (kept in the session: `embed::restore_settings` puts it back).
    let here = here();
    let settings = session_get(SETTINGS_KEY)
        .and_then(|q| embed::decode_settings(&q, &here))
        .map(|s| embed::address_settings(&s, &here).0)
        .unwrap_or_default();
    let target = format!("#{}", embed::with_settings(&fragment, &settings));
    if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
        // Also clears the address the app kept in the entry: a reload opens as left.
        let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&target));
    }
}

/// What was found of the published preset named (see [`use_published`]).
#[derive(Clone, PartialEq)]
enum Published {
    Found(String),
    Missing(String),
    Unusable(String),
    /// The calculator is on another site: nothing can be checked from here.
    Elsewhere(String),
}

/// Whether the published preset named is there beside the calculator and the
/// calculator would use it: fetched [`PREVIEW_DELAY_MS`] after the name last
/// changed, when the calculator's address is on this page's site. The answer
/// is for the slug it names.
#[hook]
fn use_published(form: &EmbedForm) -> UseStateHandle<Option<(String, Published)>> {
    let found = use_state(|| None::<(String, Published)>);
    let wanted = embed::snippet_preset(form)
        .filter(|_| form.preset == PresetChoice::Published)
        .map(|slug| (slug, embed::calculator_base(&form.calculator_url)));
    {
        let found = found.clone();
        use_effect_with(wanted, move |wanted| {
            found.set(None);
            let pending = wanted.clone().map(|(slug, base)| {
                gloo::timers::callback::Timeout::new(PREVIEW_DELAY_MS, move || {
                    let site = web_sys::window()
                        .and_then(|w| w.location().origin().ok())
                        .unwrap_or_default();
                    let file = format!("presets/{slug}.json");
                    match base {
                        Some(base) if embed::origin_of(&base) == site.to_ascii_lowercase() => {
                            yew::platform::spawn_local(async move {
                                let got = super::app::fetch_value(&format!("{base}{file}")).await;
                                let answer = published_answer(&file, &slug, got);
                                found.set(Some((slug, answer)));
                            });
                        }
                        Some(base) => found.set(Some((
                            slug.clone(),
                            Published::Elsewhere(format!("The calculator's address is on another site, so whether {file} is published there cannot be checked from here: open {base}#retention?preset={slug} to see it.")),
                        ))),
                        None => {}
                    }
                })
            });
            move || drop(pending)
        });
    }
    found
}

/// The file inputs: a preset for the preview, and one to check.
/// Not `embed-preset-file`: that is the id of the preset choice's "file" radio.
const FILE_INPUT: &str = "embed-preset-upload";
const CHECK_INPUT: &str = "preset-check-file";

/// A field typed in or ticked: the action it stands for.
fn edit(
    form: &UseReducerDispatcher<EmbedForm>,
    details: &UseStateHandle<Details>,
    id: &str,
    name: &str,
    value: String,
    checked: bool,
    kind: &str,
) {
    let a = match (kind, name, id) {
        ("radio", "embed-shown", _) => EmbedAction::SetOnlyChosen(value == "chosen"),
        ("radio", "embed-form", _) => EmbedAction::SetForm(if value == "element" {
            Form::Element
        } else {
            Form::Iframe
        }),
        ("radio", "embed-preset", _) => match PresetChoice::from_slug(&value) {
            Some(c) => EmbedAction::SetPreset(c),
            None => return,
        },
        ("checkbox", _, "embed-offline") => EmbedAction::SetOffline(checked),
        ("checkbox", _, "embed-examples") => EmbedAction::SetExamples(checked),
        ("checkbox", _, id) => match id.strip_prefix("embed-show-").and_then(Page::from_slug) {
            Some(page) => EmbedAction::Choose(page, checked),
            None => return,
        },
        (_, _, "embed-council") => EmbedAction::SetCouncil(value),
        (_, _, embed::HOST_ID) => EmbedAction::SetHostOrigin(value),
        (_, _, embed::URL_ID) => EmbedAction::SetCalculatorUrl(value),
        (_, _, embed::SLUG_ID) => EmbedAction::SetPresetSlug(value),
        (_, _, id) => {
            if let Some(i) = id
                .strip_prefix("embed-theme-")
                .or_else(|| id.strip_prefix("embed-colour-"))
                .and_then(embed::theme_index)
            {
                form.dispatch(EmbedAction::SetTheme(i, value));
            } else {
                set_detail(details, id, value);
            }
            return;
        }
    };
    form.dispatch(a);
}

/// The preset's details, by field id.
fn set_detail(details: &UseStateHandle<Details>, id: &str, value: String) {
    let mut d = (**details).clone();
    let field = match id {
        preset_file::COUNCIL_ID => &mut d.council,
        "preset-title" => &mut d.policy_title,
        preset_file::URL_ID => &mut d.policy_url,
        "preset-date" => &mut d.policy_date,
        "preset-source" => &mut d.source,
        "preset-illustrative" => &mut d.illustrative,
        preset_file::PAY_ID => &mut d.pay_points,
        _ => return,
    };
    *field = value;
    details.set(d);
}

/// The preview's address, and a number that changes whenever the frame must
/// load again (the settings or the preset's content changed).
#[derive(Clone, PartialEq, Default)]
struct Shown {
    url: String,
    reloads: u32,
}

/// The preview follows the settings [`PREVIEW_DELAY_MS`] after the last
/// change (typing a colour reloads it once, not per keystroke). A preset made
/// here or chosen from the computer is put in this tab's session storage for
/// the frame to read (`local:SLUG`), never sent anywhere.
#[hook]
fn use_preview(url: String, json: Option<String>, slug: Option<String>) -> Shown {
    let shown = use_state(Shown::default);
    {
        let shown = shown.clone();
        use_effect_with((url, json, slug), move |(url, json, slug)| {
            let (url, json, slug) = (url.clone(), json.clone(), slug.clone());
            let first = shown.url.is_empty();
            let apply = move || {
                if let (Some(json), Some(slug)) = (&json, &slug) {
                    keep_local(slug, json);
                }
                shown.set(Shown {
                    url,
                    reloads: shown.reloads + 1,
                });
            };
            let pending = if first {
                apply();
                None
            } else {
                Some(gloo::timers::callback::Timeout::new(
                    PREVIEW_DELAY_MS,
                    apply,
                ))
            };
            move || drop(pending)
        });
    }
    (*shown).clone()
}

fn keep_local(slug: &str, json: &str) {
    if let Some(s) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) {
        let _ = s.set_item(&format!("{LOCAL_STORAGE_KEY}{slug}"), json);
    }
}

/// A preset file as the app writes JSON: serde-wasm-bindgen builds the
/// object, JSON.stringify writes it, two spaces deep.
fn to_json(file: &PresetFile) -> Option<String> {
    let v = serde_wasm_bindgen::to_value(file).ok()?;
    let s = js_sys::JSON::stringify_with_replacer_and_space(
        &v,
        &wasm_bindgen::JsValue::NULL,
        &2.into(),
    )
    .ok()?;
    s.as_string().map(|s| s + "\n")
}

/// Reads the file chosen in `input` as text, then calls `done(name, text)`; the
/// choice is cleared so the same file can be chosen again.
fn read_file(
    input: &web_sys::HtmlInputElement,
    reading: &Rc<std::cell::RefCell<Option<gloo::file::callbacks::FileReader>>>,
    done: impl FnOnce(String, String) + 'static,
) {
    let Some(f) = input.files().and_then(|f| f.get(0)) else {
        return;
    };
    input.set_value("");
    let f = gloo::file::File::from(f);
    let name = f.name();
    let task =
        gloo::file::callbacks::read_as_text(&f, move |text| done(name, text.unwrap_or_default()));
    *reading.borrow_mut() = Some(task);
}

/// What the preset's name says of the file published as `file` (fetched
/// beside the calculator): the checker's verdict, not the reader's alone (a
/// value the page would show as an error, or a field outside the format, is
/// one to correct: the testers' 1e308 and "colour").
fn published_answer(
    file: &str,
    slug: &str,
    got: Result<wasm_bindgen::JsValue, String>,
) -> Published {
    let v = match got {
        Ok(v) => v,
        Err(why) if why.contains("HTTP 404") || why.contains("could not be fetched") => {
            return Published::Missing(format!("No preset is published as {file} beside this calculator: publish it there first, or pick another"))
        }
        Err(why) => {
            return Published::Unusable(format!("The file published as {file} beside this calculator is not a preset it would use ({why}): correct it, or pick another"))
        }
    };
    let report = report_for(slug, &v);
    let first = report.refusals.first().cloned().unwrap_or_default();
    let why = first.strip_prefix(preset_file::NOT_USED).unwrap_or(&first);
    let council = js_sys::Reflect::get(&v, &"council".into())
        .ok()
        .and_then(|c| c.as_string())
        .unwrap_or_default();
    match (report.accepted, report.refusals.is_empty()) {
        (true, true) => Published::Found(format!("{file} is published beside this calculator, for {}, and the calculator would use it.", council.trim())),
        (true, false) => Published::Unusable(format!("The preset published as {file} beside this calculator would open, but not all of it. {why} Correct it, or pick another")),
        (false, _) => Published::Unusable(format!("The preset published as {file} beside this calculator is one it would not use: {why} Correct it, or pick another")),
    }
}

/// "Open a preset file": the file read as the app reads a published one.
fn check(name: String, text: &str) -> Checked {
    let slug = embed::slug_for(name.trim_end_matches(".json"));
    let report = match crate::state::council::check_text(text)
        .and_then(|()| js_sys::JSON::parse(text).map_err(|_| "the file is not JSON".to_string()))
    {
        Err(why) => refused(format!("{}{why}.", preset_file::NOT_USED)),
        Ok(v) => report_for(&slug, &v),
    };
    Checked { name, report }
}

/// What the checker says of a parsed preset file: one verdict for "Open a
/// preset file", a file for the preview and a published one alike (the
/// tester's published file with an extra field passed the name's check).
fn report_for(slug: &str, v: &wasm_bindgen::JsValue) -> preset_file::Report {
    match super::js_reader::read::<PresetFile>(v.clone()) {
        Ok(file) => {
            let mut report = preset_file::check(slug, &file);
            report.refusals.extend(unknown_fields(v));
            report
        }
        Err(_) => refused(shape_problem(v)),
    }
}

fn refused(why: String) -> preset_file::Report {
    preset_file::Report {
        accepted: false,
        sets: Vec::new(),
        refusals: vec![why],
    }
}

/// A field the preset format does not have (docs/preset.schema.json's
/// `additionalProperties: false`): the calculator ignores it, the schema
/// refuses the file. The tester's extra field was "would use it".
fn unknown_fields(v: &wasm_bindgen::JsValue) -> Vec<String> {
    const FIELDS: [&str; 10] = [
        "format",
        "version",
        "council",
        "policy_title",
        "policy_url",
        "policy_date",
        "source",
        "illustrative",
        "link",
        "pay_points",
    ];
    let keys = |v: &wasm_bindgen::JsValue| -> Vec<String> {
        js_sys::Object::keys(&js_sys::Object::from(v.clone()))
            .iter()
            .filter_map(|k| k.as_string())
            .collect()
    };
    let mut out: Vec<String> = keys(v)
        .into_iter()
        .filter(|k| !FIELDS.contains(&k.as_str()))
        .map(|k| format!("Its field “{k}” is not part of a preset file: the calculator ignores it, and the format's schema refuses the file."))
        .collect();
    // And a pay point's (the schema allows only its label and salary).
    let points = js_sys::Reflect::get(v, &"pay_points".into()).unwrap_or_default();
    if js_sys::Array::is_array(&points) {
        for k in js_sys::Array::from(&points).iter().flat_map(|p| keys(&p)) {
            if !["label", "salary"].contains(&k.as_str()) {
                let line = format!("A pay point's field “{k}” is not part of a preset file: the calculator ignores it, and the format's schema refuses the file.");
                if !out.contains(&line) {
                    out.push(line);
                }
            }
        }
    }
    out
}

/// Why a parsed file is not a preset's shape: the fields it lacks or has of
/// the wrong kind (docs/preset.schema.json's required fields).
fn shape_problem(v: &wasm_bindgen::JsValue) -> String {
    let text_fields = ["format", "council", "policy_date", "source", "link"];
    let mut wrong: Vec<String> = text_fields
        .iter()
        .filter(|k| {
            !js_sys::Reflect::get(v, &(**k).into())
                .map(|x| x.is_string())
                .unwrap_or(false)
        })
        .map(|k| format!("“{k}” (text)"))
        .collect();
    let version = js_sys::Reflect::get(v, &"version".into()).unwrap_or_default();
    if !js_sys::Number::is_safe_integer(&version) {
        wrong.push("“version” (a whole number)".into());
    }
    if wrong.is_empty() {
        format!("{}it is not a preset file for this calculator (a field is of the wrong kind, or a pay point is not a label and a salary as text).", preset_file::NOT_USED)
    } else {
        format!(
            "{}it is not a preset file for this calculator. It lacks, or has of the wrong kind: {}.",
            preset_file::NOT_USED,
            wrong.join(", ")
        )
    }
}

/// Puts the snippet on the clipboard, or selects it for copying by hand.
fn copy(text: String, status: UseStateHandle<String>) {
    let Some(w) = web_sys::window() else {
        return;
    };
    let navigator = w.navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    let promise = has_clipboard.then(|| navigator.clipboard().write_text(&text));
    yew::platform::spawn_local(async move {
        let copied = match promise {
            Some(p) => wasm_bindgen_futures::JsFuture::from(p).await.is_ok(),
            None => false,
        };
        if copied {
            status
                .set("Code copied. Paste it into your page where the calculator should be.".into());
        } else {
            status.set("The code could not be copied automatically here. It is in the box, selected: copy it with Ctrl+C (Cmd+C on a Mac), or press and hold on a phone.".into());
            super::focus_id(SNIPPET_ID);
            use wasm_bindgen::JsCast;
            if let Some(t) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(SNIPPET_ID))
                .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            {
                t.select();
            }
        }
    });
}

fn checkbox(id: &str, label: &str, checked: bool) -> Html {
    html! {
        <div class="checkbox">
            <input class="checkbox__input" type="checkbox" id={id.to_string()} checked={checked} />
            <label class="checkbox__label" for={id.to_string()}>{ label.to_string() }</label>
        </div>
    }
}

fn radio(name: &str, value: &str, label: &str, checked: bool) -> Html {
    let id = format!("{name}-{value}");
    html! {
        <div class="radio">
            <input class="radio__input" type="radio" id={id.clone()} name={name.to_string()} value={value.to_string()} checked={checked} />
            <label class="radio__label" for={id}>{ label.to_string() }</label>
        </div>
    }
}

type ErrorFor<'a> = dyn Fn(&str) -> Option<AttrValue> + 'a;

/// What the embed shows and how it goes on the council's page.
fn settings(f: &EmbedForm, error: &ErrorFor, councils: &[String]) -> Html {
    let council_error = error(embed::COUNCIL_ID);
    html! {
        <section class="embed-section" aria-labelledby="embed-what-heading">
            <h2 class="heading-l" id="embed-what-heading">{ "What it shows" }</h2>
            <div class="form-group">
                <label class="label" for="embed-first">{ "The calculator it opens at" }</label>
                <select class="select" id="embed-first">
                    { for Page::ALL.iter().map(|p| html! {
                        <option value={p.slug()} selected={*p == f.first}>{ p.title() }</option>
                    }) }
                </select>
            </div>
            <fieldset class="fieldset">
                <legend class="fieldset__legend">{ "Which calculators visitors can open" }</legend>
                <div class="radios">
                    { radio("embed-shown", "all", "All of them, with their tabs", !f.only_chosen) }
                    { radio("embed-shown", "chosen", "Only the one it opens at and those I tick", f.only_chosen) }
                </div>
                if f.only_chosen {
                    <div class="checkboxes embed-chosen">
                        { for Page::ALL.iter().filter(|p| **p != f.first).map(|p| checkbox(&format!("embed-show-{}", p.slug()), p.title(), f.chosen.contains(p))) }
                    </div>
                }
            </fieldset>
            <div class="checkboxes">
                { checkbox("embed-examples", "Offer the built-in example schemes (other councils' shapes)", f.examples) }
                { checkbox("embed-offline", "Let visitors use it offline once it has loaded", f.offline) }
            </div>
            <p class="hint">{ "Offline: the calculator keeps its files in the visitor's browser (a service worker, registered only when you ask), so it reopens with no network." }</p>
            <h2 class="heading-l">{ "How it goes on your page" }</h2>
            <fieldset class="fieldset">
                <legend class="fieldset__legend">{ "Put it on your page as" }</legend>
                <div class="radios">
                    { radio("embed-form", "iframe", "An iframe (works in any content system that allows one)", f.form == Form::Iframe) }
                    { radio("embed-form", "element", "An element, <retention-pay-calculator> (your page's styles cannot reach it)", f.form == Form::Element) }
                </div>
            </fieldset>
            <div class={if council_error.is_some() { "form-group form-group--error" } else { "form-group" }}>
                <label class="label" for={embed::COUNCIL_ID}>{ "Your council" }</label>
                <div class="hint" id="embed-council-hint">{ "Start typing to pick it from the councils in the Department for Education's workforce census, or type its name. It names the frame for screen readers and the preset below." }</div>
                if let Some(e) = &council_error {
                    { error_message("embed-council-error", e) }
                }
                <input class={if council_error.is_some() { "input input--w20 input--error" } else { "input input--w20" }} type="text" id={embed::COUNCIL_ID} list="embed-councils" autocomplete="off"
                    aria-describedby={if council_error.is_some() { "embed-council-hint embed-council-error" } else { "embed-council-hint" }}
                    aria-invalid={council_error.is_some().then_some("true")} value={f.council.clone()} />
                <datalist id="embed-councils">
                    { for councils.iter().map(|c| html! { <option value={c.clone()} /> }) }
                </datalist>
            </div>
            { noted_input(embed::HOST_ID, "Your website's address", &f.host_origin,
                "Where the page that carries the calculator is, like https://www.example.gov.uk: the calculator tells only that site its height, so the frame fits its content.",
                error(embed::HOST_ID), "input--full", embed::host_note(&f.host_origin)) }
            { noted_input(embed::URL_ID, "The calculator's address", &f.calculator_url,
                "Where you host the calculator's files. This is where this page is served from now; change it if your copy will be elsewhere.",
                error(embed::URL_ID), "input--full", embed::calculator_note(&f.calculator_url)) }
        </section>
    }
}

/// A colour field: the picker and the hex text field, the error by both.
fn colour(f: &EmbedForm, prop: &theme::Prop, error: &ErrorFor) -> Html {
    let id = embed::theme_id(prop.name);
    let value = f.theme_value(prop.name);
    let err = error(&id);
    let picker = picker_value(&value, prop.default);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = if err.is_some() {
        format!("{hint_id} {error_id}")
    } else {
        hint_id.clone()
    };
    html! {
        <div class={if err.is_some() { "form-group colour-field form-group--error" } else { "form-group colour-field" }}>
            <label class="label" for={id.clone()}>{ prop.label }</label>
            <div class="hint" id={hint_id}>{ format!("Default {}", prop.default) }</div>
            if let Some(e) = &err {
                { error_message(&error_id, e) }
            }
            <div class="colour-field__inputs">
                <input class="colour-field__picker" type="color" id={format!("embed-colour-{}", prop.name)}
                    aria-label={format!("{}: colour picker", prop.label.split(':').next().unwrap_or(prop.label))} value={picker} />
                <input class={if err.is_some() { "input input--w10 input--error" } else { "input input--w10" }} type="text" id={id}
                    spellcheck="false" autocomplete="off" placeholder={prop.default} aria-describedby={described}
                    aria-invalid={err.is_some().then_some("true")} value={value} />
            </div>
        </div>
    }
}

/// What `<input type=color>` can show for a value: `#rrggbb` (a 3- or 4-digit
/// value expanded, alpha dropped), else the default.
fn picker_value(value: &str, default: &str) -> String {
    let c = theme::parse_colour(value).or_else(|| theme::parse_colour(default));
    c.map(|theme::Rgba(r, g, b, _)| format!("#{r:02x}{g:02x}{b:02x}"))
        .unwrap_or_else(|| "#000000".into())
}

/// The colours and font, and the contrast of every pair.
fn colours(f: &EmbedForm, error: &ErrorFor) -> Html {
    let short = embed::shortfalls(f);
    html! {
        <section class="embed-section" aria-labelledby="embed-colours-heading">
            <h2 class="heading-l" id="embed-colours-heading">{ "Colours and font" }</h2>
            <p class="body">{ "Leave a field empty to keep the calculator's own colour. Each colour is # and 3, 4, 6 or 8 hex digits." }</p>
            <div class="colour-grid">
                { for theme::COLOURS.iter().map(|p| colour(f, p, error)) }
            </div>
            { text_input(&embed::theme_id("font"), "Font", &f.theme_value("font"),
                "Family names separated by commas, like Arial, sans-serif. Your page's fonts are not loaded into the calculator: name ones your visitors have, or a generic family.",
                error(&embed::theme_id("font")), "input--w20") }
            <div class="contrast" data-testid="contrast" aria-live="polite">
                if short.is_empty() {
                    <p class="body">{ "Contrast: every pair of colours meets WCAG 2.2 AA (4.5:1 for text, 3:1 for focus and edges)." }</p>
                } else {
                    <div class="warning-text">
                        <p class="body"><strong>{ "These colours do not meet WCAG 2.2 AA, so the calculator on your page would not meet the Public Sector Bodies Accessibility Regulations 2018 until they are fixed:" }</strong></p>
                        <ul class="list">
                            { for short.iter().map(|s| html! { <li>{ s.sentence() }</li> }) }
                        </ul>
                    </div>
                }
            </div>
        </section>
    }
}

/// The council preset: none, published, made here, or a file for the preview.
/// What the preset's fields say besides their errors.
struct Notes {
    /// What was found of the published preset named.
    slug: Option<String>,
    /// That the file chosen before is no longer there.
    file: Option<String>,
    /// The preset maker's fields kept in the tab, not the address (too long).
    tab_only: Vec<&'static str>,
}

#[allow(clippy::too_many_arguments)]
fn preset_section(
    f: &EmbedForm,
    d: &Details,
    file: &LocalFile,
    error: &ErrorFor,
    scheme: &RetentionForm,
    on_save: Callback<MouseEvent>,
    status: &str,
    notes: Notes,
) -> Html {
    let choices = [
        (PresetChoice::None, "None: the calculator's own settings"),
        (
            PresetChoice::Published,
            "One already published beside the calculator",
        ),
        (
            PresetChoice::Made,
            "Make one here from the scheme on Retention payments and clawback",
        ),
        (
            PresetChoice::File,
            "A preset file from my computer (for the preview only: it is not published)",
        ),
    ];
    html! {
        <section class="embed-section" aria-labelledby="embed-preset-heading">
            <h2 class="heading-l" id="embed-preset-heading">{ "Your council's scheme" }</h2>
            <p class="body">{ "A preset opens the calculator with your council's scheme and names your policy (see “Council policy presets” where the calculator is documented). Visitors can still change every figure." }</p>
            <fieldset class="fieldset">
                <legend class="fieldset__legend">{ "Preset" }</legend>
                <div class="radios">
                    { for choices.iter().map(|(c, label)| radio("embed-preset", c.slug(), label, f.preset == *c)) }
                </div>
            </fieldset>
            if f.preset != PresetChoice::None {
                { noted_input(embed::SLUG_ID, "The preset's name", &f.preset_slug,
                    "Its file is presets/NAME.json beside the calculator: lower-case letters, digits and hyphens.",
                    error(embed::SLUG_ID), "input--w20", notes.slug) }
            }
            if f.preset == PresetChoice::File {
                <div class={if notes.file.is_some() { "form-group form-group--error" } else { "form-group" }}>
                    <label class="label" for={FILE_INPUT}>{ "Preset file for the preview" }</label>
                    <div class="hint" id="embed-preset-file-hint">{ "It stays in this browser tab, for the preview: nothing is uploaded, and it is not kept in this page's address." }</div>
                    if let Some(lost) = &notes.file {
                        { error_message("embed-preset-upload-error", lost) }
                    }
                    <input class="file-upload" type="file" id={FILE_INPUT} accept=".json,application/json"
                        aria-describedby={if notes.file.is_some() { "embed-preset-file-hint embed-preset-upload-error" } else { "embed-preset-file-hint" }} />
                    if !file.name.is_empty() && notes.file.is_none() {
                        <p class="body-s" data-testid="preset-file-name">{ format!("Previewing {}.", file.name) }</p>
                    }
                </div>
            }
            if f.preset == PresetChoice::Made {
                { maker(d, error, scheme, on_save, status, &notes.tab_only) }
            }
        </section>
    }
}

/// "Save these settings as a council preset": the scheme as it is now, and the policy's details.
fn maker(
    d: &Details,
    error: &ErrorFor,
    scheme: &RetentionForm,
    on_save: Callback<MouseEvent>,
    status: &str,
    tab_only: &[&str],
) -> Html {
    let tab_note = |id: &str| tab_only.contains(&id).then(|| TAB_ONLY_NOTE.to_string());
    let pay_note = tab_note(preset_file::PAY_ID);
    let payments: Vec<String> = scheme
        .payments
        .iter()
        .map(|p| {
            format!(
                "{} {} in month {}, tied in for {} months",
                if p.name.trim().is_empty() {
                    "A payment"
                } else {
                    p.name.trim()
                },
                preset_file::amount_words(&p.amount),
                p.month,
                p.tie_in
            )
        })
        .collect();
    let exempt: Vec<&str> = scheme
        .exempt
        .iter()
        .map(|r| preset_file::reason_words(*r))
        .collect();
    let pay_error = error(preset_file::PAY_ID).is_some();
    let text = |id: &str, label: &str, value: &str, hint: &str| {
        noted_input(
            id,
            label,
            value,
            hint,
            error(id),
            "input--full",
            tab_note(id),
        )
    };
    html! {
        <div class="embed-maker">
            <h3 class="heading-m">{ "Save these settings as a council preset" }</h3>
            if let Some(e) = error(preset_file::SCHEME_ID) {
                { error_message("preset-scheme-error", &e) }
            }
            <p class="body" data-testid="preset-scheme">
                { format!("The scheme it sets, as it is now: {}. Exempt from repaying: {}. Employer pension rate {}%.",
                    if payments.is_empty() { "no payments".to_string() } else { payments.join("; ") },
                    if exempt.is_empty() { "none".to_string() } else { exempt.join(", ") },
                    scheme.pension_rate) }
                { " " }
                <a href="#retention" id={preset_file::SCHEME_ID} data-action="nav:retention">{ "Change the scheme on Retention payments and clawback" }</a>
                { " and come back here with “Embed this calculator on your website”: the scheme and everything you chose on this page are kept." }
            </p>
            { text(preset_file::COUNCIL_ID, "The council's name as the page shows it", &d.council, "") }
            { text("preset-title", "The title of the policy the scheme comes from", &d.policy_title, "") }
            { text(preset_file::URL_ID, "Where the policy is published (optional)", &d.policy_url, "An https:// address on your site; the policy's title links to it.") }
            { text("preset-date", "The policy's date", &d.policy_date, "As people say it, like 1 April 2026.") }
            { text("preset-source", "What the settings take from the policy", &d.source, "In its terms, like “repayable in full within a year of the payment”.") }
            { text("preset-illustrative", "Which figures are illustrative, not the policy's (optional)", &d.illustrative, "Like “the £3,000 payment”.") }
            <div class={if error(preset_file::PAY_ID).is_some() { "form-group form-group--error" } else { "form-group" }}>
                <label class="label" for={preset_file::PAY_ID}>{ "Pay points (optional)" }</label>
                <div class="hint" id="preset-pay-hint">{ "One a line: its name, a colon and the full-time salary, like “Social worker, point 30: 36,124”. Offered to fill in the salary." }</div>
                if let Some(e) = error(preset_file::PAY_ID) {
                    { error_message("preset-pay-error", &e) }
                }
                <textarea class={if pay_error { "textarea textarea--error" } else { "textarea" }} id={preset_file::PAY_ID} rows="4"
                    aria-describedby={if pay_error { "preset-pay-hint preset-pay-error preset-pay-note" } else { "preset-pay-hint preset-pay-note" }}
                    aria-invalid={pay_error.then_some("true")} value={d.pay_points.clone()} />
                <div id="preset-pay-note" class={if pay_note.is_some() { "hint field-note" } else { "" }} aria-live="polite">{ pay_note.unwrap_or_default() }</div>
            </div>
            <button type="button" class="button" onclick={on_save}>{ "Save these settings as a council preset" }</button>
            <p class="body-s" role="status" data-testid="preset-status">{ status.to_string() }</p>
        </div>
    }
}

fn preview(shown: &Shown) -> Html {
    html! {
        <section class="embed-section" aria-labelledby="embed-preview-heading">
            <h2 class="heading-l" id="embed-preview-heading">{ "Preview" }</h2>
            <p class="body no-print">{ "The calculator as your visitors will see it, with these settings. It follows your changes a moment after you stop typing; scroll inside it to see all of it." }</p>
            <p class="body print-only">{ "The preview is not printed: open the calculator with the code below to print it as your visitors would." }</p>
            if !shown.url.is_empty() {
                <iframe key={shown.reloads.to_string()} class="embed-preview" title="Preview of the calculator with these settings" src={shown.url.clone()} data-testid="preview"></iframe>
            }
        </section>
    }
}

/// Rows enough for `text` in a code box on a phone (about 36 characters a
/// line at 375 px), at least `min` and at most 18: its end is not cut off.
fn rows(text: &str, min: usize) -> String {
    let lines: usize = text
        .lines()
        .map(|l| l.chars().count().div_ceil(36).max(1))
        .sum();
    lines.clamp(min, 18).to_string()
}

/// Why the preset chosen is not in the code yet: what to correct, each a
/// field's id and its sentence (`None` when it is, or none is chosen). The
/// preset's name is needed whatever the choice; a published one must be one
/// the calculator would use (when it could be checked), a made one complete,
/// a file one the calculator reads.
fn held_back(
    form: &EmbedForm,
    made: &Result<PresetFile, Vec<embed::Problem>>,
    file: &LocalFile,
    published: &Option<(String, Published)>,
) -> Option<HeldBack> {
    let problem = |id: &str, message: String| embed::Problem {
        id: id.into(),
        message,
    };
    let slug = embed::snippet_preset(form);
    let mut fixes: Vec<embed::Problem> = embed::problems(form)
        .into_iter()
        .filter(|p| p.id == embed::SLUG_ID)
        .collect();
    let why = match form.preset {
        PresetChoice::None => return None,
        PresetChoice::Published => {
            if let (Some((checked, Published::Missing(m) | Published::Unusable(m))), Some(s)) =
                (published, &slug)
            {
                if checked == s {
                    fixes.push(problem(embed::SLUG_ID, m.clone()));
                }
            }
            "the preset it names is not one the calculator would use as it is. Correct:"
        }
        PresetChoice::Made => {
            if let Err(p) = made {
                fixes.extend(p.iter().cloned());
            }
            "the preset made on this page is not complete. Fill in:"
        }
        PresetChoice::File => {
            if file.text.is_empty() {
                fixes.push(problem(
                    FILE_INPUT,
                    "Choose the preset file to preview".into(),
                ));
            } else if file.refused.is_some() || file.flawed.is_some() {
                fixes.push(problem(
                    FILE_INPUT,
                    format!("Choose a preset file in place of {}", file.name),
                ));
            }
            "the preset file chosen is not one the calculator would use as it is. Correct:"
        }
    };
    (!fixes.is_empty()).then_some(HeldBack { why, fixes })
}

/// The preset maker's settings in the builder's address, and their fields.
const MAKER_KEYS: [(&str, &str); 7] = [
    ("p.council", preset_file::COUNCIL_ID),
    ("p.title", "preset-title"),
    ("p.url", preset_file::URL_ID),
    ("p.date", preset_file::DATE_ID),
    ("p.source", preset_file::SOURCE_ID),
    ("p.illustrative", "preset-illustrative"),
    ("p.pay", preset_file::PAY_ID),
];

/// Said by a field too long to keep in the address (`embed::address_settings`).
const TAB_ONLY_NOTE: &str = "Too long to keep in this page's address with your other settings: it is kept in this browser tab, so a bookmark or a copy of this page's address leaves it out.";

/// Notes that a field of the preset maker was typed in and left.
fn mark_left(left: &UseStateHandle<Vec<String>>, id: String) {
    if !id.is_empty() && !left.contains(&id) {
        let mut now = (**left).clone();
        now.push(id);
        left.set(now);
    }
}

/// A preset chosen but kept out of the code, and what to correct.
struct HeldBack {
    why: &'static str,
    fixes: Vec<embed::Problem>,
}

/// The snippet, Copy, and the policy lines; `held_back` says why the preset
/// chosen is not in it yet.
fn code(
    f: &EmbedForm,
    held_back: Option<&HeldBack>,
    on_copy: Callback<MouseEvent>,
    status: &str,
) -> Html {
    let Some(s) = embed::snippet(f) else {
        return html! {
            <section class="embed-section" aria-labelledby="embed-code-heading">
                <h2 class="heading-l" id="embed-code-heading" tabindex="-1">{ "The code for your page" }</h2>
                <p class="body">{ "Correct the calculator's address above to see the code." }</p>
            </section>
        };
    };
    html! {
        <section class="embed-section" aria-labelledby="embed-code-heading">
            <h2 class="heading-l" id="embed-code-heading" tabindex="-1">{ "The code for your page" }</h2>
            if let Some(h) = held_back {
                <div class="warning-text" data-testid="preset-held-back">
                    <p class="body"><strong>{ format!("This code has no preset yet: {}", h.why) }</strong></p>
                    <ul class="list">
                        { for h.fixes.iter().map(|e| html! {
                            <li><a href={format!("#{}", e.id)} data-action={format!("focus:{}", e.id)}>{ e.message.clone() }</a></li>
                        }) }
                    </ul>
                </div>
            }
            <div class="form-group">
                <label class="label" for={SNIPPET_ID}>{ "Paste this where the calculator should be" }</label>
                <textarea class="textarea textarea--code" id={SNIPPET_ID} rows={rows(&s.html, 9)} readonly=true spellcheck="false" value={s.html.clone()} />
            </div>
            <button type="button" class="button" data-testid="copy-snippet" onclick={on_copy}>{ "Copy the code" }</button>
            <p class="body-s" role="status" data-testid="copy-status">{ status.to_string() }</p>
            <h3 class="heading-m">{ "Content Security Policy" }</h3>
            <div class="form-group">
                <label class="label" for="embed-csp-calculator">{ "Send this header with the calculator's files" }</label>
                <textarea class="textarea textarea--code" id="embed-csp-calculator" rows={rows(&s.csp_calculator, 3)} readonly=true value={s.csp_calculator.clone()} />
            </div>
            if s.csp_host.is_empty() {
                <p class="body">{ "Your page and the calculator are on the same site: your page's policy needs nothing added." }</p>
            } else {
                <div class="form-group">
                    <label class="label" for="embed-csp-host">{ "If your page sends a Content Security Policy, add these to it" }</label>
                    <textarea class="textarea textarea--code" id="embed-csp-host" rows={rows(&s.csp_host, 2)} readonly=true value={s.csp_host.clone()} />
                </div>
            }
        </section>
    }
}

/// "Open a preset file": what a file sets and what the calculator refuses.
fn checker(checked: &Option<Checked>) -> Html {
    html! {
        <section class="embed-section" aria-labelledby="preset-check-heading">
            <h2 class="heading-l" id="preset-check-heading">{ "Check a preset file before publishing" }</h2>
            <div class="form-group">
                <label class="label" for={CHECK_INPUT}>{ "Open a preset file" }</label>
                <div class="hint" id="preset-check-hint">{ "Read here, as the calculator reads a published one: nothing is uploaded." }</div>
                <input class="file-upload" type="file" id={CHECK_INPUT} accept=".json,application/json" aria-describedby="preset-check-hint" />
            </div>
            <div aria-live="polite" data-testid="preset-check">
                if let Some(c) = checked {
                    <h3 class="heading-m">{ format!("{}: {}", c.name, c.report.verdict()) }</h3>
                    if !c.report.sets.is_empty() {
                        <p class="body">{ "What it sets:" }</p>
                        <ul class="list">{ for c.report.sets.iter().map(|s| html! { <li>{ s.clone() }</li> }) }</ul>
                    }
                    if !c.report.refusals.is_empty() {
                        <p class="body">{ "What is refused, and why:" }</p>
                        <ul class="list" data-testid="preset-refusals">{ for c.report.refusals.iter().map(|s| html! { <li>{ s.clone() }</li> }) }</ul>
                    }
                }
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::{picker_value, rows};

    #[test]
    fn a_code_box_has_rows_for_its_text_on_a_phone() {
        // 190 characters: 6 lines of 36 (5 full and one of 10).
        assert_eq!(rows(&"x".repeat(190), 3), "6");
        assert_eq!(rows("a\nb", 3), "3");
        assert_eq!(rows(&format!("{}\n{}", "y".repeat(37), "z"), 1), "3");
        assert_eq!(rows(&"x".repeat(36 * 40), 3), "18");
    }

    #[test]
    fn the_picker_shows_six_digits() {
        assert_eq!(picker_value("#ABC", "#000000"), "#aabbcc");
        assert_eq!(picker_value("#11223380", "#000000"), "#112233");
        assert_eq!(picker_value("#12345", "#1d70b8"), "#1d70b8");
    }
}
