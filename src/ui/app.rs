//! The app root: one reducer, the URL fragment kept in step with it, and the shell.

use super::parts;
use super::shell::{shell, Sharing};
use super::your_council::CensusView;
use crate::engine::census::{self, CouncilFigures, CouncilIndex};
use crate::state::council::{self, Council};
use crate::state::fragment::{decode, encode_query, with_query};
use crate::state::route::{route, Event};
use crate::state::{reduce, scenario, Action, AppState};
use std::rc::Rc;
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

thread_local! {
    /// The address Back or Forward moved to, read at its `popstate`, until its
    /// `hashchange` (queued behind it) arrives: that one is not read twice.
    static READ_AT_POPSTATE: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
    /// How many times the address has been read afresh (see
    /// [`use_links_read_afresh`]): figures worked out before the latest read
    /// are not written over the address it read, and a preset named again by
    /// a new link is fetched again.
    static ADDRESS_READS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Puts the fragment in the address bar without firing `hashchange`: a new
/// history entry when the calculator changed (Back returns to the one before,
/// through the `popstate` listener), else in place of the current one
/// (`state::fragment::history_step`). A new entry holds the address it came
/// from, so the embed builder opens at the calculator it came from; on the
/// builder's page the address is the builder's to write (its own settings,
/// `e.…`, follow the inputs it arrived with).
fn write_fragment(fragment: &str) {
    use crate::state::fragment::{history_step, HistoryStep};
    let current = current_fragment();
    let target = format!("#{fragment}");
    let builder = |f: &str| f.starts_with("#embed-this-calculator");
    if builder(&current) && builder(&target) {
        return;
    }
    let step = history_step(&current, &target);
    if step != HistoryStep::Same {
        READ_AT_POPSTATE.with(|r| r.borrow_mut().take());
    }
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = match step {
            HistoryStep::Same => return,
            HistoryStep::Replace => {
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&target))
            }
            HistoryStep::Push => {
                // The entry left behind first takes the figures as they are
                // now, so Back returns to what was typed just before the move.
                let left = crate::state::fragment::left_behind(&current, &target);
                if let Some(left) = &left {
                    let _ = history.replace_state_with_url(
                        &wasm_bindgen::JsValue::NULL,
                        "",
                        Some(left),
                    );
                }
                let came_from = left.unwrap_or(current);
                history.push_state_with_url(&came_from.into(), "", Some(&target))
            }
        };
    }
}

/// The page's query (`?parent-origin=…&calculators=…`), set by an embedding host.
fn current_search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// How many times the address has been read afresh (Back, Forward, a link
/// typed or pasted) since the page opened: see [`use_links_read_afresh`].
fn address_reads() -> u32 {
    ADDRESS_READS.with(std::cell::Cell::get)
}

#[component(App)]
pub fn app() -> Html {
    let initial = use_memo((), |_| {
        let (mut s, p) = decode(&current_fragment());
        s.shown = crate::state::shown::Shown::read(&current_search());
        s.page = s.shown.opening(s.page);
        super::set_shown(s.shown.clone());
        (s, p)
    });
    let state = {
        let s = initial.0.clone();
        use_reducer(move || s)
    };
    let problems = {
        let p = initial.1.clone();
        use_state(move || p)
    };

    // The inputs are encoded once a render, for the address bar, which is kept
    // in step with them so any view can be shared (and the calculators' tabs
    // take them from there: static/boot.js).
    let fragment = with_query(state.page, &encode_query(&state));
    use_address_bar(fragment.clone());
    let part = use_part(state.page);
    // The prerendered view stays until the app can show the calculator itself.
    // A shared link's first answer (boot.js, issue 21) gives way to the
    // calculator, or to the sentence saying its part could not be loaded.
    use_effect_with(part.shown || part.failed, |done| {
        if *done {
            remove_element(super::shell::STAND_INS[1]);
        }
    });
    use_effect_with(part.shown, |shown| {
        if *shown {
            remove_element(super::shell::STAND_INS[0]);
            // boot.js registers the service worker then, so its download of
            // every part never competes with the first result.
            if let Some(w) = web_sys::window() {
                if let Ok(e) = web_sys::Event::new("retention-pay:shown") {
                    let _ = w.dispatch_event(&e);
                }
            }
        }
    });
    // Each read replaces the state, so this render sees its count.
    let council = use_council(
        (state.preset.clone(), address_reads()),
        state.dispatcher(),
        problems.clone(),
    );
    let census = use_census(state.la.clone(), state.dispatcher());
    use_print_opens_working();
    use_folds_remembered(state.dispatcher());
    use_links_read_afresh(state.dispatcher(), problems.clone());

    let ui = Ui {
        dispatcher: state.dispatcher(),
        problems: problems.clone(),
        // What the last share action said, in a polite status region.
        status: use_state(String::new),
        // Whether the link is shown to copy by hand (the clipboard refused it).
        link_box: use_state(|| false),
        // The field last changed, for "Back to the field you changed" (a view
        // concern, like focus: not app state, and no re-render when it changes).
        last_field: use_mut_ref(String::new),
        // A scenario file being read (dropping it would stop the read).
        reading: use_mut_ref(|| None),
        printing: use_mut_ref(|| None),
    };
    // The box always holds the link to the figures as they are now.
    let link = ui.link_box.then(|| share_link(&fragment));
    let status = (*ui.status).clone();
    // One listener each for input, change and click, at the root (event
    // delegation): state::route turns what happened into an action.
    let on_input = {
        let ui = ui.clone();
        Callback::from(move |e: InputEvent| ui.input(&e))
    };
    let on_change = {
        let ui = ui.clone();
        Callback::from(move |e: web_sys::Event| ui.change(&e))
    };
    let on_click = {
        // The reducer handle (an Rc), read at click time: nothing is cloned per render.
        let state = state.clone();
        let census = census.dispatcher();
        let retry = part.retry.clone();
        Callback::from(move |e: MouseEvent| {
            match clicked_action(&e).as_deref() {
                Some("council-open") => {
                    census.dispatch(CensusEvent::Wanted);
                    super::focus_id("your-council-heading");
                }
                // Asks again: the list if it is missing, the figures.
                Some("council-retry") => census.dispatch(CensusEvent::Wanted),
                Some("retry-part") => retry.emit(()),
                _ => {}
            }
            ui.click(&e, &state, &fragment)
        })
    };
    html! {
        <div class="app" oninput={on_input} onchange={on_change} onclick={on_click}>
            { shell(&state, &problems, Sharing { status: &status, link: link.as_deref() }, council.as_ref(), &census, &super::shell::PartStatus { failed: part.failed, refresh: part.retry.clone() }) }
        </div>
    }
}

/// Whether the calculator's part (see `parts`) is on the page, or its fetch
/// failed.
struct PartShown {
    shown: bool,
    failed: bool,
    retry: Callback<()>,
}

/// Fetches the part of the calculator on show, once, and renders again when it
/// is there. "Try again" (`retry-part`) after a failure fetches it afresh;
/// once it is shown, `retry` only renders the page again (the designs' part,
/// which Payback's view fetches itself, calls it when it arrives).
#[hook]
fn use_part(page: crate::state::Page) -> PartShown {
    let update = use_force_update();
    let failed = use_state(|| false);
    let retries = use_state(|| 0_u32);
    let shown = parts::loaded(page).is_some();
    {
        let failed = failed.clone();
        use_effect_with((page, shown, *retries), move |&(page, shown, _)| {
            if !shown {
                yew::platform::spawn_local(async move {
                    let ok = parts::load(page).await.is_ok();
                    failed.set(!ok);
                    update.force_update();
                });
            }
        });
    }
    PartShown {
        shown,
        failed: *failed && !shown,
        retry: Callback::from(move |()| retries.set(*retries + 1)),
    }
}

/// Keeps the address bar in step with the figures, in a task queued after the
/// render (`history.replaceState` took 3 ms p50, up to 15 ms, at 4x CPU in
/// Chromium); a newer edit replaces a write still waiting. Chromium paints a
/// key's frame before running it (traces of 40 key presses: no timer between
/// a key's input and its paint), so in Chromium this is after the paint too.
/// A Back pressed before it runs drops it (below), and the entry left behind
/// lacks that key: within about 20 ms of the key at 4x CPU (Playwright's
/// `goBack` 20 ms after `fill` lost it); waiting for the frame first
/// (`deferred::after_paint`, tried on 30 November 2026) widened that to 35
/// to 60 ms in a fresh tester's runs.
///
/// A write still waiting when Back or Forward moves the address is dropped,
/// whether or not Yew has rendered the address's figures yet (Yew 0.23 may
/// yield to the browser between a render and its effects, so the write of the
/// figures left behind can outlive the read): it would put the page left
/// behind on top of the one moved to, and Forward would be lost.
#[hook]
fn use_address_bar(fragment: String) {
    // The reads these figures have seen: taken at render, with the figures.
    let reads = address_reads();
    use_effect_with(fragment, move |f| {
        let f = f.clone();
        let pending = gloo::timers::callback::Timeout::new(0, move || {
            if address_reads() == reads {
                write_fragment(&f);
            }
        });
        move || drop(pending)
    });
}

/// The council preset the link names, once its file has been read: fetched
/// again whenever a link is read afresh (`wanted.1`, see [`address_reads`]). A link that
/// only names the preset takes its settings (`Action::ApplyPreset`: on the page
/// on show, leaving what the visitor typed meanwhile); one with figures of its
/// own keeps them. A preset that fails leaves the page as it is, and says so.
#[hook]
fn use_council(
    wanted: (Option<String>, u32),
    dispatcher: UseReducerDispatcher<AppState>,
    problems: UseStateHandle<Vec<String>>,
) -> UseStateHandle<Option<Council>> {
    let council = use_state(|| None::<Council>);
    let handle = council.clone();
    use_effect_with(wanted, move |(preset, _)| {
        if let Some(slug) = preset.clone() {
            // Read now, before the app rewrites the address.
            let bare = council::is_bare(&current_fragment());
            yew::platform::spawn_local(async move {
                let read =
                    read_with_council_part(fetch_preset(&slug), |p, j| (p.read_preset)(&slug, j))
                        .await;
                match read {
                    Ok((c, s)) => {
                        if bare {
                            dispatcher.dispatch(Action::ApplyPreset(Box::new(s)));
                        }
                        council.set(Some(c));
                    }
                    Err(why) => {
                        council.set(None);
                        problems.set(vec![format!(
                            "The council settings “{slug}” named in the link could not be used: {why}. The calculator's own settings are shown"
                        )]);
                    }
                }
            });
        }
    });
    handle
}

/// What happened to the census files (see [`use_census`]).
pub enum CensusEvent {
    /// The visitor asked for the list of councils.
    Wanted,
    Index(Rc<CouncilIndex>),
    /// A council was chosen (or none): its figures are being fetched.
    Requested(Option<String>),
    /// A council's figures arrived, for the code named.
    Figures(String, Rc<CouncilFigures>),
    /// What is happening to the list of councils ("" when it is there).
    IndexStatus(String),
    /// What is happening to the figures of the council named ("" when they
    /// are there).
    FiguresStatus(String, String),
    /// The figures of the council named could not be loaded: why (words
    /// to follow "could not be loaded: "), and the name of the council whose
    /// figures the page keeps, if any; with none, "Try again" is offered.
    FiguresFailed {
        code: String,
        why: String,
        keeps: Option<String>,
    },
}

/// [`CensusView`] with the council last asked for, so a late answer for a
/// council no longer chosen is dropped; how many times the visitor asked
/// (a press of "Choose your council" after a failure tries again); and the
/// list's and the figures' status apart, so neither clears the other's.
#[derive(Clone, Default, PartialEq)]
pub struct CensusState {
    pub view: CensusView,
    requested: Option<String>,
    asked: u32,
    index_status: String,
    figures_status: String,
}

impl Reducible for CensusState {
    type Action = CensusEvent;
    fn reduce(self: Rc<Self>, e: CensusEvent) -> Rc<Self> {
        let mut s = (*self).clone();
        match e {
            CensusEvent::Wanted => {
                s.view.wanted = true;
                s.asked = s.asked.wrapping_add(1);
            }
            CensusEvent::Index(i) => {
                // A failure told before the list came, for a code the list
                // does not have: no "Try again" can help.
                if let Some(code) = s
                    .requested
                    .as_deref()
                    .filter(|c| s.view.retry && i.name(c).is_none())
                {
                    s.figures_status = no_such_council(code);
                    s.view.retry = false;
                }
                s.view.index = Some(i);
            }
            CensusEvent::Requested(code) => {
                if code.is_none() {
                    s.view.figures = None;
                    s.figures_status.clear();
                    s.view.retry = false;
                }
                s.requested = code;
            }
            CensusEvent::Figures(code, f) if s.requested.as_deref() == Some(code.as_str()) => {
                s.view.figures = Some(f);
            }
            CensusEvent::Figures(..) => {}
            CensusEvent::IndexStatus(t) => s.index_status = t,
            CensusEvent::FiguresStatus(code, t)
                if s.requested.as_deref() == Some(code.as_str()) =>
            {
                s.figures_status = t;
                s.view.retry = false;
            }
            CensusEvent::FiguresFailed { code, .. }
                if s.requested.as_deref() == Some(code.as_str())
                    && s.view
                        .index
                        .as_deref()
                        .is_some_and(|i| i.name(&code).is_none()) =>
            {
                s.figures_status = no_such_council(&code);
                s.view.retry = false;
            }
            CensusEvent::FiguresFailed { code, why, keeps }
                if s.requested.as_deref() == Some(code.as_str()) =>
            {
                s.figures_status =
                    not_loaded_message(s.view.index.as_deref(), &code, &why, keeps.as_deref());
                s.view.retry = keeps.is_none();
            }
            CensusEvent::FiguresStatus(..) | CensusEvent::FiguresFailed { .. } => {}
        }
        s.view.status = [s.index_status.as_str(), s.figures_status.as_str()]
            .iter()
            .filter(|t| !t.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" ");
        s.into()
    }
}

/// The census files, fetched only when wanted: the list of councils when the
/// visitor asks for it (or a link names a council), a council's figures when
/// one is chosen. When a council's figures arrive they fill the fields still at
/// their defaults. When they cannot be loaded, the council whose figures are
/// on the page is chosen again (so the list, the address and the figures
/// agree), or, with none, the status offers "Try again".
#[hook]
fn use_census(
    la: Option<String>,
    dispatcher: UseReducerDispatcher<AppState>,
) -> UseReducerHandle<CensusState> {
    let census = use_reducer(CensusState::default);
    let wanted = census.view.wanted || la.is_some();
    let have_index = census.view.index.is_some();
    {
        let d = census.dispatcher();
        use_effect_with((wanted && !have_index, census.asked), move |(load, _)| {
            if *load {
                d.dispatch(CensusEvent::IndexStatus(
                    "Loading the list of councils…".into(),
                ));
                yew::platform::spawn_local(async move {
                    let file = fetch_value("census/councils.json");
                    match read_with_council_part(file, |p, j| (p.read_index)(j)).await {
                        Ok(i) => {
                            d.dispatch(CensusEvent::Index(Rc::new(i)));
                            d.dispatch(CensusEvent::IndexStatus(String::new()));
                        }
                        Err(why) => d.dispatch(CensusEvent::IndexStatus(format!(
                            "The list of councils could not be loaded: {why}. Press “Choose your council” to try again."
                        ))),
                    }
                });
            }
        });
    }
    {
        let d = census.dispatcher();
        // The council whose figures are on the page (code, name) when the
        // council chosen changed.
        let shown = census
            .view
            .figures
            .as_ref()
            .map(|f| (f.code.clone(), f.name.clone()));
        // Asked again (after a failure): the council's figures are fetched
        // again too, unless they are the ones on the page.
        use_effect_with((la, census.asked), move |(la, _)| {
            d.dispatch(CensusEvent::Requested(la.clone()));
            let on_page = shown.as_ref().map(|(c, _)| c) == la.as_ref();
            if let Some(code) = la.clone().filter(|_| !on_page) {
                d.dispatch(CensusEvent::FiguresStatus(
                    code.clone(),
                    "Loading the council's figures…".into(),
                ));
                yew::platform::spawn_local(async move {
                    let path = format!("census/{}.json", census::file_name(&code));
                    let file = fetch_value(&path);
                    match read_with_council_part(file, |p, j| (p.read_figures)(j)).await {
                        Ok((f, answers)) => {
                            dispatcher.dispatch(Action::ApplyCensus {
                                code: code.clone(),
                                answers: Box::new(answers),
                            });
                            d.dispatch(CensusEvent::Figures(code.clone(), Rc::new(f)));
                            d.dispatch(CensusEvent::FiguresStatus(code, String::new()));
                        }
                        // The council whose figures are on the page is chosen
                        // again, so the list, the address and the figures agree.
                        Err(why) => {
                            let (back_to, keeps) = shown.unzip();
                            d.dispatch(CensusEvent::FiguresFailed {
                                code: code.clone(),
                                why,
                                keeps,
                            });
                            if let Some(back_to) = back_to {
                                dispatcher.dispatch(Action::CouncilNotLoaded { code, back_to });
                            }
                        }
                    }
                });
            }
        });
    }
    census
}

/// What the status says when a council's figures could not be loaded: the
/// council named from the list if it is here (when the failure is told, so
/// a list that came meanwhile names it), and what the page keeps.
/// What the status says of a code that is in no council's census row.
fn no_such_council(code: &str) -> String {
    format!("No council in DfE's census has the code {code}, so no council's figures are shown. The fields keep their figures.")
}

fn not_loaded_message(
    index: Option<&CouncilIndex>,
    code: &str,
    why: &str,
    keeps: Option<&str>,
) -> String {
    let name = index
        .and_then(|i| i.name(code))
        .map_or_else(|| format!("the council {code}"), str::to_string);
    let said = format!("The figures for {name} could not be loaded: {why}.");
    match keeps {
        Some(back) => {
            format!("{said} The page keeps {back}'s figures; choose {name} again to try again.")
        }
        None => format!("{said} The fields keep their figures."),
    }
}

/// The `data-action` of what a click landed on, if any.
fn clicked_action(e: &MouseEvent) -> Option<String> {
    e.target_dyn_into::<web_sys::Element>()
        .and_then(|t| t.closest("[data-action]").ok().flatten())
        .and_then(|el| el.get_attribute("data-action"))
}

/// Printing shows the working: every explanation and fold opens for the print
/// and closes again after.
#[hook]
fn use_print_opens_working() {
    use_effect_with((), |_| {
        let opened: Rc<std::cell::RefCell<Vec<web_sys::Element>>> = Default::default();
        let listeners = web_sys::window().map(|w| {
            let before = {
                let opened = opened.clone();
                gloo::events::EventListener::new(&w, "beforeprint", move |_| {
                    *opened.borrow_mut() = open_for_print();
                })
            };
            let after = gloo::events::EventListener::new(&w, "afterprint", move |_| {
                for d in opened.borrow_mut().drain(..) {
                    let _ = d.remove_attribute("open");
                }
            });
            (before, after)
        });
        move || drop(listeners)
    });
}

/// A fold opened (by the user, or by itself) stays open until the user closes
/// it (`state::folds::Opened`): every fold's `toggle` is told to the state.
/// `toggle` does not bubble, so it is caught at the document on its way down;
/// the folds the first render opened may have toggled before the listener was
/// there, so those open now are told once as it starts.
#[hook]
fn use_folds_remembered(dispatcher: UseReducerDispatcher<AppState>) {
    use_effect_with((), move |_| {
        let tell = move |fold: &web_sys::Element| {
            let id = fold.id();
            if id.starts_with("fold-") {
                let open = fold.has_attribute("open");
                dispatcher.dispatch(Action::Fold { id, open });
            }
        };
        let as_element =
            |t: wasm_bindgen::JsValue| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok();
        let listener = web_sys::window().and_then(|w| w.document()).map(|d| {
            if let Ok(open) = d.query_selector_all("details[open]") {
                (0..open.length())
                    .filter_map(|i| open.get(i).and_then(|n| as_element(n.into())))
                    .for_each(|fold| tell(&fold));
            }
            let capture = gloo::events::EventListenerOptions::run_in_capture_phase();
            gloo::events::EventListener::new_with_options(&d, "toggle", capture, move |e| {
                if let Some(fold) = e.target().and_then(|t| as_element(t.into())) {
                    tell(&fold);
                }
            })
        });
        move || drop(listener)
    });
}

/// A link pasted into the address bar, or Back and Forward: read it afresh.
///
/// Back and Forward are read at `popstate`, in the same task that moved the
/// address, and each read is counted (`ADDRESS_READS`): a write of the figures
/// from before it, still waiting (see [`use_address_bar`]), is then dropped.
/// Read only at `hashchange`, a task later, with no count, that write landed on
/// the entry moved to and pushed the page left behind on top of it, so Forward
/// was lost (an edit just before Forward did it every time). A `hashchange`
/// for the address just read at `popstate` is not read again; one for a link
/// typed or pasted is.
#[hook]
fn use_links_read_afresh(
    dispatcher: UseReducerDispatcher<AppState>,
    problems: UseStateHandle<Vec<String>>,
) {
    use_effect_with((), move |_| {
        let read = Rc::new(move |fragment: String| {
            ADDRESS_READS.with(|n| n.set(n.get().wrapping_add(1)));
            let (s, p) = decode(&fragment);
            problems.set(p);
            dispatcher.dispatch(Action::Replace(Box::new(s)));
        });
        let listeners = web_sys::window().map(|w| {
            let on_pop = read.clone();
            let popstate = gloo::events::EventListener::new(&w, "popstate", move |_| {
                let fragment = current_fragment();
                READ_AT_POPSTATE.with(|r| *r.borrow_mut() = Some(fragment.clone()));
                on_pop(fragment);
            });
            let hashchange = gloo::events::EventListener::new(&w, "hashchange", move |_| {
                let fragment = current_fragment();
                let read_already =
                    READ_AT_POPSTATE.with(|r| r.borrow_mut().take()) == Some(fragment.clone());
                if !read_already {
                    read(fragment);
                }
            });
            (popstate, hashchange)
        });
        move || drop(listeners)
    });
}

/// What the root's event listeners work with.
#[derive(Clone)]
struct Ui {
    dispatcher: UseReducerDispatcher<AppState>,
    problems: UseStateHandle<Vec<String>>,
    status: UseStateHandle<String>,
    link_box: UseStateHandle<bool>,
    last_field: Rc<std::cell::RefCell<String>>,
    reading: Rc<std::cell::RefCell<Option<gloo::file::callbacks::FileReader>>>,
    /// The print the button waits to start (dropping it would cancel it).
    printing: Rc<std::cell::RefCell<Option<super::deferred::AfterPaint>>>,
}

impl Ui {
    fn dispatch(&self, action: Option<Action>) {
        if let Some(a) = action {
            self.dispatcher.dispatch(a);
        }
    }

    /// Typing in a text field.
    fn input(&self, e: &InputEvent) {
        let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else {
            return;
        };
        if input.type_() == "text" {
            let (id, value) = (input.id(), input.value());
            self.last_field.borrow_mut().clone_from(&id);
            self.dispatch(route(Event::Text {
                id: &id,
                value: &value,
            }));
        }
    }

    /// A select, checkbox or radio changed, or a scenario file was chosen.
    fn change(&self, e: &web_sys::Event) {
        if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
            if input.id() == SCENARIO_INPUT {
                let (d, problems, status) = (
                    self.dispatcher.clone(),
                    self.problems.clone(),
                    self.status.clone(),
                );
                open_scenario(&input, &self.reading, d, problems, status);
                return;
            }
        }
        if let Some(el) = e.target_dyn_into::<web_sys::Element>() {
            if !el.id().is_empty() {
                *self.last_field.borrow_mut() = el.id();
            }
        }
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
        self.dispatch(action);
    }

    /// A click on anything with a `data-action` (or inside it).
    fn click(&self, e: &MouseEvent, state: &UseReducerHandle<AppState>, fragment: &str) {
        let Some(el) = e
            .target_dyn_into::<web_sys::Element>()
            .and_then(|t| t.closest("[data-action]").ok().flatten())
        else {
            return;
        };
        let action = el.get_attribute("data-action").unwrap_or_default();
        // A link to another calculator pressed with Ctrl, Cmd, Shift or Alt
        // (a new tab or window, a download) is the browser's: boot.js has
        // given it the address's inputs at the press (its section 4b).
        if action.starts_with("nav:")
            && (e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key())
        {
            return;
        }
        // Moving focus, sharing and dismissing are the view's own business.
        if let Some(id) = action.strip_prefix("focus:") {
            e.prevent_default();
            super::focus_id(id);
        } else if let Some(what) = action.strip_prefix("csv:") {
            super::download::download(&el, what);
        } else if action.starts_with("chart-") {
            super::chart_download::download(&el, &action);
        } else if action == "copy-link" {
            copy_link(fragment, self.status.clone(), self.link_box.clone());
        } else if action == "save-scenario" {
            save_scenario(state, &self.status);
        } else if action == "print" {
            print_after_the_frame(&self.printing);
        } else if action == "focus-last" {
            e.prevent_default();
            let id = self.last_field.borrow().clone();
            super::focus_id(if id.is_empty() { "main" } else { &id });
        } else if action == "dismiss-link-problems" {
            self.problems.set(Vec::new());
        } else if let Some(a) = route(Event::Click { action: &action }) {
            // Links (navigation) must not also change the fragment themselves.
            e.prevent_default();
            self.dispatcher.dispatch(a);
            if action.starts_with("nav:") {
                super::focus_id("main");
            } else if action.starts_with("preset:") {
                super::focus_id("payments-heading");
            } else if action == "add-design" || action.starts_with("remove-design:") {
                // The button pressed may go (three designs at most, or the design
                // removed): focus moves to the last design's heading once drawn
                // (the one just added, or the one before the one removed), or to
                // the section's heading if none is left (and then to the
                // first design once its part arrives: `designs::DesignsWaiting`).
                gloo::timers::callback::Timeout::new(0, || {
                    focus_last(".app-mount .design-heading", "designs-heading")
                })
                .forget();
            } else if action == "add-offer" || action.starts_with("remove-offer:") {
                gloo::timers::callback::Timeout::new(0, || {
                    focus_last(".app-mount .offer-heading", "offers-heading")
                })
                .forget();
            }
        }
    }
}

/// The print button: prints in a task after a frame is painted
/// (`deferred::after_paint`) once no `Deferred` view's workings are still
/// waiting (marked `aria-busy`), checking again after each frame, ten at
/// most. `window.print()` at once would dispatch its `beforeprint` inside
/// this click's handler, where the app cannot render before the page is
/// printed; and a keystroke in the same task may not have been rendered yet
/// when the button's frame comes (its workings then wait for the frame
/// after: seen once under load in the e2e test).
fn print_after_the_frame(waiting: &Rc<std::cell::RefCell<Option<super::deferred::AfterPaint>>>) {
    print_when_settled(waiting.clone(), 10);
}

fn print_when_settled(
    waiting: Rc<std::cell::RefCell<Option<super::deferred::AfterPaint>>>,
    frames: u32,
) {
    let again = waiting.clone();
    let next = super::deferred::after_paint(move || {
        let Some(w) = web_sys::window() else { return };
        let busy = w
            .document()
            .and_then(|d| {
                d.query_selector(".app-mount [aria-busy=\"true\"]")
                    .ok()
                    .flatten()
            })
            .is_some();
        if busy && frames > 0 {
            print_when_settled(again, frames - 1);
        } else {
            let _ = w.print();
        }
    });
    *waiting.borrow_mut() = Some(next);
}

/// Focuses the last element matching `selector` (a heading with
/// `tabindex=-1`), or the element with id `otherwise` if there is none.
fn focus_last(selector: &str, otherwise: &str) {
    use wasm_bindgen::JsCast;
    let last = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector_all(selector).ok())
        .and_then(|all| all.item(all.length().checked_sub(1)?))
        .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok());
    match last {
        Some(h) => {
            let _ = h.focus();
        }
        None => super::focus_id(otherwise),
    }
}

/// Fetches `presets/SLUG.json` from beside the app (so a sub-path works) and
/// parses it with the browser's JSON parser, for the council's part to read
/// (`council_files::read_preset`). A `local:NAME` preset is the embed builder's, kept in this tab's session
/// storage for its preview (never fetched, never published).
async fn fetch_preset(slug: &str) -> Result<wasm_bindgen::JsValue, String> {
    match slug.strip_prefix(crate::state::embed::LOCAL_PRESET) {
        Some(name) => local_preset(name),
        None => fetch_value(&format!("presets/{slug}.json")).await,
    }
}

/// Fetches a file with `file` and, side by side, the council's part
/// (`parts::CouncilPart`), then reads the file's JSON with `read`: the part
/// adds no round trip. The file's error comes first; then [`PART_MISSING`].
async fn read_with_council_part<T>(
    file: impl std::future::Future<Output = Result<wasm_bindgen::JsValue, String>>,
    read: impl FnOnce(parts::CouncilPart, wasm_bindgen::JsValue) -> Result<T, String>,
) -> Result<T, String> {
    yew::platform::spawn_local(async {
        let _ = parts::council().await;
    });
    let json = file.await;
    match parts::council().await {
        Ok(part) => json.and_then(|j| read(part, j)),
        Err(_) => json.and(Err(PART_MISSING.to_string())),
    }
}

/// Why a file was not read when the part that reads it could not be fetched
/// (offline before it was kept).
const PART_MISSING: &str =
    "the part of the calculator that reads it could not be loaded (check the connection)";

/// The preset the embed builder keeps in this tab under `name`, as parsed JSON.
fn local_preset(name: &str) -> Result<wasm_bindgen::JsValue, String> {
    let key = format!("{}{name}", crate::state::embed::LOCAL_STORAGE_KEY);
    let text = web_sys::window()
        .and_then(|w| w.session_storage().ok().flatten())
        .and_then(|s| s.get_item(&key).ok().flatten())
        .ok_or("the preset file chosen for the preview is no longer kept in this tab")?;
    council::check_text(&text)?;
    js_sys::JSON::parse(&text).map_err(|_| "the file is not JSON".to_string())
}

/// Fetches `path` from beside the app (so a sub-path works) and parses it
/// with the browser's JSON parser, after checking its size and depth; the
/// reading into a type is the caller's (`council_files`). Errors are plain
/// words.
pub(crate) async fn fetch_value(path: &str) -> Result<wasm_bindgen::JsValue, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let w = web_sys::window().ok_or("there is no window")?;
    let response = JsFuture::from(w.fetch_with_str(path))
        .await
        .ok()
        .and_then(|r| r.dyn_into::<web_sys::Response>().ok())
        .ok_or("the file could not be fetched (check the connection)")?;
    if !response.ok() {
        return Err(format!(
            "there is no such file beside the calculator (HTTP {})",
            response.status()
        ));
    }
    // Read as text first, so its size and depth are checked before the
    // browser's JSON parser and serde see it (state::bounds).
    let text = match response.text() {
        Ok(p) => JsFuture::from(p).await.ok().and_then(|t| t.as_string()),
        Err(_) => None,
    }
    .ok_or("the file could not be read")?;
    council::check_text(&text)?;
    js_sys::JSON::parse(&text).map_err(|_| "the file is not JSON".to_string())
}

/// The file input for opening a saved scenario (rendered by the shell).
pub const SCENARIO_INPUT: &str = "scenario-file";

/// Offers the page's figures as a scenario file (`council_files::save_scenario`,
/// in the scenario part: fetched at the first save, within the click's
/// permission to download).
fn save_scenario(state: &AppState, status: &UseStateHandle<String>) {
    let date = super::download::today();
    // The page's answer, from its part (on screen, so loaded).
    let summary = parts::loaded(state.page).and_then(|p| (p.answer)(state));
    let (state, status) = (state.clone(), status.clone());
    // Said at once: the first save waits for its part. (Once it is here this
    // is replaced before the next frame.)
    status.set("Preparing the file…".to_string());
    yew::platform::spawn_local(async move {
        let part = match parts::scenario().await {
            Ok(part) => part,
            Err(_) => {
                status.set(
                    "The figures could not be saved as a file: the part of the calculator that writes it could not be loaded (check the connection).".to_string(),
                );
                return;
            }
        };
        match (part.save)(&state, &date, summary) {
            Some(file) => {
                super::download::save_text(&file.file_name, &file.text, "application/json");
                status.set(format!(
                    "Saved “{}” as a file. Open it here again with “Open a saved scenario”.",
                    file.calculator
                ));
            }
            None => status.set("The figures could not be saved as a file here.".to_string()),
        }
    });
}

/// Reads the scenario file chosen in `input` and opens it, or says why not;
/// either way the choice is cleared so the same file can be chosen again.
fn open_scenario(
    input: &web_sys::HtmlInputElement,
    reading: &std::rc::Rc<std::cell::RefCell<Option<gloo::file::callbacks::FileReader>>>,
    dispatcher: UseReducerDispatcher<AppState>,
    problems: UseStateHandle<Vec<String>>,
    status: UseStateHandle<String>,
) {
    let Some(file) = input.files().and_then(|f| f.get(0)) else {
        return;
    };
    input.set_value("");
    let file = gloo::file::File::from(file);
    status.set("Opening the file…".to_string());
    // The part that reads it comes while the file is read.
    yew::platform::spawn_local(async {
        let _ = parts::scenario().await;
    });
    let task = gloo::file::callbacks::read_as_text(&file, move |text| {
        yew::platform::spawn_local(async move {
            let opened = match (text, parts::scenario().await) {
                (Err(_), _) => Err(scenario::OpenError::NotAScenario.message()),
                (Ok(_), Err(_)) => Err(format!("The file could not be opened: {PART_MISSING}.")),
                (Ok(t), Ok(part)) => (part.open)(&t),
            };
            match opened {
                Ok((state, said)) => {
                    problems.set(Vec::new());
                    dispatcher.dispatch(Action::Replace(Box::new(state)));
                    status.set(said);
                }
                Err(e) => status.set(e),
            }
        });
    });
    *reading.borrow_mut() = Some(task);
}

/// The address of these figures: this page's address with `fragment` after `#`.
fn share_link(fragment: &str) -> String {
    let here = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let base = here.split('#').next().unwrap_or_default();
    format!("{base}#{fragment}")
}

/// Puts the link to these figures on the clipboard and says whether it worked.
/// Where the browser will not (no clipboard outside HTTPS, or a frame its host did
/// not allow to write to it), the link is shown in a box, selected, to copy by hand.
fn copy_link(fragment: &str, status: UseStateHandle<String>, link_box: UseStateHandle<bool>) {
    let Some(w) = web_sys::window() else {
        return;
    };
    let navigator = w.navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    let promise = has_clipboard.then(|| navigator.clipboard().write_text(&share_link(fragment)));
    yew::platform::spawn_local(async move {
        let copied = match promise {
            Some(p) => wasm_bindgen_futures::JsFuture::from(p).await.is_ok(),
            None => false,
        };
        link_box.set(!copied);
        if copied {
            status.set(
                "Link copied. Paste it into an email or a document to share these figures."
                    .to_string(),
            );
        } else {
            status.set("The link could not be copied automatically here. It is in the box below, selected: copy it with Ctrl+C (Cmd+C on a Mac), or press and hold on a phone.".to_string());
            // Once the box is drawn.
            gloo::timers::callback::Timeout::new(0, || {
                super::focus_id(super::shell::SHARE_LINK);
                select_text(super::shell::SHARE_LINK);
            })
            .forget();
        }
    });
}

fn select_text(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(input) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        input.select();
    }
}

/// Opens every explanation and fold for a print, stamps the print with today's
/// date, and returns what it opened (to close again after).
fn open_for_print() -> Vec<web_sys::Element> {
    use wasm_bindgen::JsCast;
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return Vec::new();
    };
    if let Some(stamp) = doc.get_element_by_id("print-stamp") {
        let options = js_sys::Object::new();
        for (k, v) in [("day", "numeric"), ("month", "long"), ("year", "numeric")] {
            let _ = js_sys::Reflect::set(&options, &k.into(), &v.into());
        }
        // "22 November 2026"
        let date = js_sys::Date::new_0().to_locale_date_string("en-GB", &options);
        stamp.set_text_content(Some(&format!(
            "Printed from the social worker retention pay calculator, version {}, on {}.",
            env!("CARGO_PKG_VERSION"),
            String::from(date)
        )));
    }
    let Ok(list) = doc.query_selector_all(
        ".app-mount details.details--working:not([open]), .app-mount details.fold:not([open])",
    ) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| {
            list.item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        })
        .inspect(|d| {
            let _ = d.set_attribute("open", "");
        })
        .collect()
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
/// What `index.html` holds there meanwhile (the prerendered default view, the
/// loading note, the noscript message) gives way to the app: the static view
/// stays (and the app's own is hidden, style.css) until the calculator's part
/// is on the page, then is removed by the effect of the render that shows it, in
/// the same task, so no frame shows both or neither.
pub fn start() {
    yew::set_custom_panic_hook(Box::new(show_panic));
    #[cfg(feature = "split")]
    parts::keep_shared_in_shell();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(root) = document.get_element_by_id("app") else {
        yew::Renderer::<App>::new().render();
        return;
    };
    for el in ["app-loading", "app-noscript"] {
        if let Some(e) = document.get_element_by_id(el) {
            e.remove();
        }
    }
    let Ok(mount) = document.create_element("div") else {
        return;
    };
    mount.set_class_name("app-mount");
    let _ = root.append_child(&mount);
    yew::Renderer::<App>::with_root(mount).render();
}

/// Takes what `index.html` showed meanwhile (the prerendered default view, a
/// shared link's first answer) away once the app is on the page.
fn remove_element(id: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    {
        el.remove();
    }
}

#[cfg(test)]
mod tests {
    use super::{CensusEvent, CensusState};
    use std::rc::Rc;
    use yew::Reducible;

    fn after(events: Vec<CensusEvent>) -> Rc<CensusState> {
        events
            .into_iter()
            .fold(Rc::new(CensusState::default()), |s, e| s.reduce(e))
    }

    /// The list's arrival no longer clears the figures' failure (a fresh
    /// tester's find, 1 December 2026: a link with an unknown code said
    /// nothing), and a message for a council no longer chosen is dropped.
    #[test]
    fn the_list_and_the_figures_keep_their_own_status() {
        let failed = "The figures for the council E99999999 could not be loaded.";
        let s = after(vec![
            CensusEvent::IndexStatus("Loading the list of councils…".into()),
            CensusEvent::Requested(Some("E99999999".into())),
            CensusEvent::FiguresStatus("E99999999".into(), failed.into()),
            CensusEvent::IndexStatus(String::new()),
        ]);
        assert_eq!(s.view.status, failed);
        let both = after(vec![
            CensusEvent::Requested(Some("E10000016".into())),
            CensusEvent::IndexStatus("The list could not be loaded.".into()),
            CensusEvent::FiguresStatus("E10000016".into(), "Kent's could not.".into()),
        ]);
        assert_eq!(
            both.view.status,
            "The list could not be loaded. Kent's could not."
        );
        let stale = after(vec![
            CensusEvent::Requested(Some("E06000015".into())),
            CensusEvent::FiguresStatus("E10000016".into(), "Kent's could not.".into()),
        ]);
        assert_eq!(stale.view.status, "");
    }

    fn kent_and_leeds() -> Rc<crate::engine::census::CouncilIndex> {
        Rc::new(crate::engine::census::CouncilIndex {
            format: String::new(),
            version: 1,
            latest_year: 2025,
            councils: vec![
                ("E10000016".into(), "Kent".into(), "South East".into()),
                (
                    "E08000035".into(),
                    "Leeds".into(),
                    "Yorkshire and The Humber".into(),
                ),
            ],
        })
    }

    fn failed(code: &str, keeps: Option<&str>) -> CensusEvent {
        CensusEvent::FiguresFailed {
            code: code.into(),
            why: "the file could not be fetched".into(),
            keeps: keeps.map(str::to_string),
        }
    }

    /// Leeds's figures failing while Kent's are on the page: the status names
    /// both and offers no "Try again" (choosing Leeds again is it; the app
    /// chooses Kent again, `Action::CouncilNotLoaded`: a fresh tester's find,
    /// 1 December 2026, was "Leeds" over Kent's figures).
    #[test]
    fn a_council_not_loaded_goes_back_to_the_one_on_the_page() {
        let s = after(vec![
            CensusEvent::Index(kent_and_leeds()),
            CensusEvent::Requested(Some("E08000035".into())),
            failed("E08000035", Some("Kent")),
        ]);
        assert_eq!(
            s.view.status,
            "The figures for Leeds could not be loaded: the file could not be fetched. The page keeps Kent's figures; choose Leeds again to try again."
        );
        assert!(!s.view.retry);
        // Kent chosen again (its figures are on the page, so none are fetched):
        // the failure stays said.
        let s = s.reduce(CensusEvent::Requested(Some("E10000016".into())));
        assert!(s
            .view
            .status
            .starts_with("The figures for Leeds could not be loaded"));
    }

    /// With no council's figures on the page (a link's council, the first
    /// chosen) there is nothing to go back to: "Try again" is offered, and
    /// goes once the figures are asked for again. Before the list has come,
    /// the council is named by its code.
    #[test]
    fn a_first_council_not_loaded_offers_try_again() {
        // Before the list has come: named by its code.
        let s = after(vec![
            CensusEvent::Requested(Some("E99999999".into())),
            failed("E99999999", None),
        ]);
        assert_eq!(
            s.view.status,
            "The figures for the council E99999999 could not be loaded: the file could not be fetched. The fields keep their figures."
        );
        assert!(s.view.retry);
        let s = s.reduce(CensusEvent::FiguresStatus(
            "E99999999".into(),
            "Loading the council's figures…".into(),
        ));
        assert!(!s.view.retry);
        // A failure for a council no longer chosen offers nothing.
        let s = after(vec![
            CensusEvent::Requested(Some("E08000035".into())),
            failed("E10000016", None),
        ]);
        assert!(!s.view.retry);
        assert_eq!(s.view.status, "");
    }

    /// A code the list does not have is said so, with no "Try again", whether
    /// the list came before the failure or after it (a fresh tester's find,
    /// 1 December 2026: "no such file beside the calculator (HTTP 404)").
    #[test]
    fn a_code_no_council_has_is_said_so() {
        for events in [
            vec![
                CensusEvent::Index(kent_and_leeds()),
                failed("E99999999", None),
            ],
            vec![
                failed("E99999999", None),
                CensusEvent::Index(kent_and_leeds()),
            ],
        ] {
            let s = after(
                std::iter::once(CensusEvent::Requested(Some("E99999999".into())))
                    .chain(events)
                    .collect(),
            );
            assert_eq!(
                s.view.status,
                "No council in DfE's census has the code E99999999, so no council's figures are shown. The fields keep their figures."
            );
            assert!(!s.view.retry);
        }
    }

    /// A list that arrives after the request (a link's council) names it.
    #[test]
    fn a_failure_is_named_from_the_list_when_it_is_told() {
        let s = after(vec![
            CensusEvent::Requested(Some("E10000016".into())),
            CensusEvent::Index(kent_and_leeds()),
            failed("E10000016", None),
        ]);
        assert!(
            s.view
                .status
                .starts_with("The figures for Kent could not be loaded"),
            "{}",
            s.view.status
        );
    }

    /// Each "Choose your council" counts, so one after a failure asks again.
    #[test]
    fn every_ask_counts() {
        let s = after(vec![CensusEvent::Wanted, CensusEvent::Wanted]);
        assert!(s.view.wanted);
        assert_eq!(s.asked, 2);
    }
}
