//! Component tests in headless Chromium (wasm-bindgen-test). Each test mounts a
//! component into a fresh element, drives it the way a person would (typing fires
//! `input`, clicking fires `click`), and reads what the page says.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::time::Duration;

use retention_pay::state::retention::FieldError;
use retention_pay::ui::app::App;
use retention_pay::ui::error_summary::{error_summary, ErrorSummaryProps};
use retention_pay::ui::text_field::Field;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh element to mount into, with the URL fragment cleared so tests do not
/// see each other's inputs.
fn fresh_root(fragment: &str) -> Element {
    let history = web_sys::window().unwrap().history().unwrap();
    let url = if fragment.is_empty() {
        "#".to_string()
    } else {
        format!("#{fragment}")
    };
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        .unwrap();
    // Only our own container is replaced: the test runner reports through the page's DOM.
    if let Some(old) = document().get_element_by_id("test-root") {
        old.remove();
    }
    let root = document().create_element("div").unwrap();
    root.set_id("test-root");
    document().body().unwrap().append_child(&root).unwrap();
    root
}

thread_local! {
    /// What the last test mounted, unmounted before the next test mounts: an app
    /// left running keeps its listeners and timers, and could write its own link
    /// into the address bar the next test reads.
    static MOUNTED: RefCell<Option<Box<dyn FnOnce()>>> = RefCell::new(None);
}

/// Unmounts the previous test's component, then mounts `C` into a fresh element
/// with the URL fragment set to `fragment`.
async fn mount<C>(fragment: &str)
where
    C: yew::BaseComponent,
    C::Properties: Default,
{
    if let Some(destroy) = MOUNTED.with(|m| m.borrow_mut().take()) {
        destroy();
        settle().await;
    }
    let handle = yew::Renderer::<C>::with_root(fresh_root(fragment)).render();
    MOUNTED.with(|m| *m.borrow_mut() = Some(Box::new(move || handle.destroy())));
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
}

/// Waits until `check` holds (rendering and effects run on Yew's scheduler, not
/// synchronously), failing with `what` after two seconds.
async fn eventually(what: &str, check: impl Fn() -> bool) {
    for _ in 0..200 {
        if check() {
            return;
        }
        yew::platform::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("timed out waiting for: {what}");
}

fn has_text(selector: &str, needle: &str) -> bool {
    document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.text_content())
        .is_some_and(|t| t.contains(needle))
}

fn by_id(id: &str) -> Element {
    document()
        .get_element_by_id(id)
        .unwrap_or_else(|| panic!("no element #{id}"))
}

fn text_of(selector: &str) -> String {
    document()
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

/// Types into an input as a person would: sets the value and fires a bubbling
/// `input` event (the app listens once, at its root).
async fn type_into(id: &str, text: &str) {
    let input: HtmlInputElement = by_id(id).dyn_into().unwrap();
    input.set_value(text);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&event).unwrap();
    settle().await;
}

async fn click(selector: &str) {
    let el: HtmlElement = document()
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .dyn_into()
        .unwrap();
    el.click();
    settle().await;
}

fn current_hash() -> String {
    web_sys::window().unwrap().location().hash().unwrap()
}

/// A component that shows one field, as a page would.
#[yew::component(AmountField)]
fn amount_field() -> yew::Html {
    Field::new("amount", "Amount, in pounds", "3,00o")
        .hint("Before tax")
        .prefix("£")
        .error(Some("Enter the amount as a number, like 3000".into()))
        .view()
}

#[wasm_bindgen_test]
async fn text_field_links_hint_and_error_to_the_input() {
    mount::<AmountField>("").await;
    settle().await;
    let input: HtmlInputElement = by_id("amount").dyn_into().unwrap();
    assert_eq!(input.value(), "3,00o", "what was typed is shown back");
    assert_eq!(input.type_(), "text");
    assert_eq!(input.get_attribute("inputmode").as_deref(), Some("decimal"));
    assert_eq!(
        input.get_attribute("aria-describedby").as_deref(),
        Some("amount-hint amount-error")
    );
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(text_of("label[for=amount]"), "Amount, in pounds");
    assert_eq!(
        text_of("#amount-error"),
        "Error: Enter the amount as a number, like 3000"
    );
}

#[yew::component(TwoErrors)]
fn two_errors() -> yew::Html {
    error_summary(ErrorSummaryProps {
        errors: vec![
            FieldError {
                id: "salary".into(),
                message: "Enter the salary".into(),
            },
            FieldError {
                id: "fte".into(),
                message: "Enter the FTE".into(),
            },
        ],
    })
}

#[wasm_bindgen_test]
async fn error_summary_links_to_each_field() {
    mount::<TwoErrors>("").await;
    settle().await;
    let links = document().query_selector_all(".error-summary a").unwrap();
    assert_eq!(links.length(), 2);
    let first: Element = links.get(0).unwrap().dyn_into().unwrap();
    assert_eq!(first.get_attribute("href").as_deref(), Some("#salary"));
    assert_eq!(text_of(".error-summary__title"), "There is a problem");
}

#[wasm_bindgen_test]
async fn app_shows_the_default_scheme_and_writes_it_to_the_link() {
    mount::<App>("").await;
    eventually("the summary", || {
        has_text("[data-testid=summary]", "you repay")
    })
    .await;
    // Three tranches, leaving after 10 months (worked by hand in the engine tests):
    // £1,000 kept (tie-in over), £2,000 repayable, £3,000 not yet paid.
    let summary = text_of("[data-testid=summary]");
    assert!(
        summary.contains("you repay £2,000.00 of the £3,000.00 paid"),
        "{summary}"
    );
    assert_eq!(
        document()
            .query_selector_all("fieldset.payment")
            .unwrap()
            .length(),
        3
    );
    eventually("the inputs in the link", || {
        current_hash().starts_with("#retention?")
    })
    .await;
    let hash = current_hash();
    assert!(hash.contains("p1.amount=2000"), "{hash}");
    // The month-by-month table runs to 18 + 24 + 3 = 45 months (it is rendered
    // just after the summary, so wait for it).
    eventually("the month-by-month table", || {
        document()
            .query_selector_all("#schedule tbody tr")
            .map(|rows| rows.length() == 46)
            .unwrap_or(false)
    })
    .await;
}

#[wasm_bindgen_test]
async fn typing_updates_results_and_bad_input_keeps_the_text() {
    mount::<App>("").await;
    eventually("the summary", || {
        has_text("[data-testid=summary]", "you repay")
    })
    .await;
    type_into("leave-month", "12").await;
    // After 12 months: the £2,000 paid at month 6 has 6 months of its 12-month tie-in left.
    eventually("£2,000 repayable at month 12", || {
        has_text(
            "[data-testid=summary]",
            "after 12 full months (resignation), you repay £2,000.00 of the £3,000.00 paid",
        )
    })
    .await;
    type_into("leave-month", "18").await;
    // After 18: the £2,000's tie-in is over; the £3,000 was just paid and is all repayable.
    eventually("£3,000 repayable at month 18", || {
        has_text(
            "[data-testid=summary]",
            "you repay £3,000.00 of the £6,000.00 paid",
        )
    })
    .await;

    type_into("p1-amount", "2,00x").await;
    eventually("the inline error", || {
        has_text(
            "#p1-amount-error",
            "Error: Enter the amount of payment 2 in pounds as a number, like 3000",
        )
    })
    .await;
    let input: HtmlInputElement = by_id("p1-amount").dyn_into().unwrap();
    assert_eq!(input.value(), "2,00x", "what was typed is kept");
    assert!(has_text(
        ".error-summary",
        "Enter the amount of payment 2 in pounds"
    ));
    assert!(has_text("[data-testid=summary]", "Correct the errors"));
    eventually("the typed text in the link", || {
        current_hash().contains("p1.amount=2%2C00x")
    })
    .await;
}

fn count(selector: &str) -> u32 {
    document().query_selector_all(selector).unwrap().length()
}

#[wasm_bindgen_test]
async fn presets_add_and_remove_change_the_payments() {
    mount::<App>("").await;
    eventually("three payments", || count("fieldset.payment") == 3).await;
    click("button[data-preset=stepped-100-50-25]").await;
    eventually("one payment after the preset", || {
        count("fieldset.payment") == 1
    })
    .await;
    eventually("the preset's three steps", || count(".step") == 3).await;
    // New Forest shape on £5,000: 50% from month 12, so £2,500 at month 12.
    type_into("leave-month", "12").await;
    eventually("£2,500 repayable", || {
        has_text(
            "[data-testid=summary]",
            "you repay £2,500.00 of the £5,000.00 paid",
        )
    })
    .await;

    let buttons = document()
        .query_selector_all(".calc__form > section > .button")
        .unwrap();
    let add: HtmlElement = buttons.get(0).unwrap().dyn_into().unwrap();
    assert_eq!(add.text_content().as_deref(), Some("Add a payment"));
    add.click();
    eventually("a second payment", || count("fieldset.payment") == 2).await;
    click("fieldset.payment:last-of-type .button--warning").await;
    eventually("back to one payment", || count("fieldset.payment") == 1).await;
    click("#undo").await;
    eventually("undo puts it back", || count("fieldset.payment") == 2).await;
}

#[wasm_bindgen_test]
async fn a_damaged_link_says_what_it_could_not_read_and_keeps_the_rest() {
    mount::<App>(
        "retention?salary=41000&p0.amount=2500&p0.tiein=12&p0.shape=cliff&p0.shape=zigzag&leave=3",
    )
    .await;
    eventually("the problem list", || has_text("#link-problems", "zigzag")).await;
    let salary: HtmlInputElement = by_id("salary").dyn_into().unwrap();
    assert_eq!(salary.value(), "41000");
    // All or nothing over 12 months, leaving after 3: the whole £2,500 is repayable.
    assert!(has_text(
        "[data-testid=summary]",
        "you repay £2,500.00 of the £2,500.00 paid"
    ));
}

/// Every field marked invalid has its own message, named by `aria-describedby`
/// (GOV.UK error message pattern). Issue 25: a price cap had only the summary
/// link and `aria-invalid`.
fn every_invalid_field_has_its_message() -> Vec<String> {
    let invalid = document()
        .query_selector_all("#test-root [aria-invalid=true]")
        .unwrap();
    let mut checked = Vec::new();
    for i in 0..invalid.length() {
        let field: Element = invalid.item(i).unwrap().dyn_into().unwrap();
        let described = field.get_attribute("aria-describedby").unwrap_or_default();
        let message = described
            .split_whitespace()
            .filter_map(|id| document().get_element_by_id(id))
            .find(|m| {
                m.class_name()
                    .split_whitespace()
                    .any(|c| c == "error-message")
            });
        let message =
            message.unwrap_or_else(|| panic!("#{} has no message of its own", field.id()));
        assert!(message.text_content().unwrap().starts_with("Error: "));
        checked.push(field.id());
    }
    checked
}

#[wasm_bindgen_test]
async fn every_field_in_error_has_its_message_at_the_field() {
    let links = [
        (
            "agency-or-permanent?v=1&cap.london.sw=abc&cap.south-east.ssw=x",
            vec!["cap-london-sw", "cap-south-east-ssw"],
        ),
        (
            "agency-or-permanent?v=1&salary=x&c.hourly=y",
            vec!["salary", "c-hourly"],
        ),
        (
            "workforce-strategy?v=1&w.posts=abc&w.s.hires=x",
            vec!["w-posts", "w-s.hires"],
        ),
        (
            "retention?v=1&pension=x&leave=y",
            vec!["pension-rate", "leave-month"],
        ),
        (
            "agency-or-permanent?v=1&c.link=1&p0.amount=x&p0.month=0&p0.tiein=12&p0.shape=cliff",
            vec!["c-link"],
        ),
        (
            "retention?v=1&p0.amount=1000&p0.month=0&p0.tiein=24&p0.shape=stepped&p0.steps=0:100,x:50,12:y",
            vec!["p0-s1-from", "p0-s2-share"],
        ),
    ];
    for (link, fields) in links {
        mount::<App>(link).await;
        eventually(link, || has_text("#test-root", "There is a problem")).await;
        let checked = every_invalid_field_has_its_message();
        for f in fields {
            assert!(
                checked.iter().any(|c| c == f),
                "{link}: #{f} not marked invalid ({checked:?})"
            );
            if f.starts_with("cap-") {
                let message = text_of(&format!("#{f}-error"));
                assert!(message.contains("the cap for"), "{message}");
            }
        }
    }
}

/// Issue 25: the reader of parsed files (scenarios, presets) stops at the depth
/// bound whatever it is given, so a value nested 20,000 deep, as lists or as
/// objects, is refused without overflowing the stack, and the reader still reads
/// a good file after.
#[wasm_bindgen_test]
fn the_file_reader_refuses_deep_values_without_overflowing() {
    use retention_pay::state::scenario::{save, ScenarioFile};
    use retention_pay::state::AppState;
    use retention_pay::ui::js_reader::read;
    let good =
        serde_wasm_bindgen::to_value(&save(&AppState::default(), "2026-11-29", None)).unwrap();
    for lists in [true, false] {
        let mut deep = wasm_bindgen::JsValue::from(1);
        for _ in 0..20_000 {
            deep = if lists {
                js_sys::Array::of1(&deep).into()
            } else {
                let o = js_sys::Object::new();
                js_sys::Reflect::set(&o, &"x".into(), &deep).unwrap();
                o.into()
            };
        }
        let file = js_sys::Object::assign(&js_sys::Object::new(), good.unchecked_ref());
        js_sys::Reflect::set(&file, &"x".into(), &deep).unwrap();
        assert!(read::<ScenarioFile>(file.into()).is_err(), "lists: {lists}");
        assert!(read::<ScenarioFile>(deep).is_err());
    }
    let opened: ScenarioFile = read(good).unwrap();
    assert_eq!(opened.format, "retention-pay-scenario");
}
