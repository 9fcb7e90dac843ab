//! Everything on the page for a state: the header, the navigation, the page's
//! heading and its calculator, and the footer. Used by the live app (inside its
//! listening root) and by the build-time prerender (see `src/bin/prerender.rs`),
//! so the figures a visitor sees before the WebAssembly arrives are the same
//! components' output and cannot drift from the app's.

use super::app::CensusState;
use super::link_problems::{link_problems, LinkProblemsProps};
use super::nav::{nav, NavProps};
use super::parts::{self, PageInputs};
use super::your_council::your_council;
use crate::state::council::Council;
use crate::state::{AppState, Page};
use yew::prelude::*;

/// The id of the box that shows the link when the clipboard refuses it.
pub const SHARE_LINK: &str = "share-link";

/// The ids of what stands in for the app until its first render of the
/// calculator: the prerendered view (below, and `views/SLUG.html`) and a shared
/// link's first answer (written by `static/boot.js`).
pub const STAND_INS: [&str; 2] = ["prerendered", "first-answer"];

/// What the share section shows: `status` what the last share action said
/// ("Link copied…"), in a polite status region; `link` the link to copy by hand,
/// where the clipboard refused it.
#[derive(Clone, Copy, Default)]
pub struct Sharing<'a> {
    pub status: &'a str,
    pub link: Option<&'a str>,
}

/// Where the calculator's part is (see `parts`): whether it could not be
/// fetched, and what renders the page again when a part its view asks for
/// itself arrives (the designs', on Payback).
pub struct PartStatus {
    pub failed: bool,
    pub refresh: Callback<()>,
}

/// The page for `state`; `problems` are the link's problems to show.
pub fn shell(
    state: &AppState,
    problems: &[String],
    sharing: Sharing,
    council: Option<&Council>,
    census: &CensusState,
    part: &PartStatus,
) -> Html {
    html! {
        <>
            <a class="skip-link" href="#main" data-action="focus:main">{ if state.page == Page::Embed { "Skip to the embed builder" } else { "Skip to the calculator" } }</a>
            <header class="header">
                <div class="width-container">
                    <p class="header__title">{ "Social worker retention pay" }</p>
                </div>
            </header>
            <div class="width-container">
                if state.shown.several() {
                    { nav(&NavProps { current: state.page, shown: &state.shown }) }
                }
                <main class="main" id="main" tabindex="-1">
                    <h1 class="heading-xl">{ state.page.title() }</h1>
                    <p class="lead">{ state.page.lead() }</p>
                    <p class="body-s">
                        if state.page == Page::Embed {
                            { "Everything is worked out in your browser: nothing you enter leaves your device. What you choose is kept in this page's address, but not a preset file from your computer." }
                        } else {
                            { "Everything is worked out in your browser: nothing you enter leaves your device. The address of this page holds what you have entered, so you can bookmark it or share it." }
                        }
                    </p>
                    { link_problems(&LinkProblemsProps { problems: problems.to_vec() }) }
                    if state.page == Page::Embed {
                        { page(state, council, &[], part) }
                    } else {
                        { calculator(state, sharing, council, census, part) }
                    }
                </main>
            </div>
            <footer class="footer">
                <div class="width-container">
                    <p class="body-s">{ "Figures are a guide, not financial or legal advice. Check your scheme's own terms; where this calculator and the terms differ, the terms apply." }</p>
                    <p class="body-s print-only" id="print-stamp">{ format!("Printed from the social worker retention pay calculator, version {}.", env!("CARGO_PKG_VERSION")) }</p>
                </div>
            </footer>
        </>
    }
}

/// A calculator with its council, and "Share, keep or print" below it, with
/// the way to "Embed this calculator" on a council's own site.
fn calculator(
    state: &AppState,
    sharing: Sharing,
    council: Option<&Council>,
    census: &CensusState,
    part: &PartStatus,
) -> Html {
    let Sharing { status, link } = sharing;
    html! {
        <>
                    // Always on the page, so a preset that arrives late (and
                    // the fields it left as typed) is read out when it lands.
                    <div class="council-region" aria-live="polite" data-testid="council-region">
                        if let Some(c) = council {
                            { council_note(c, &state.preset_kept) }
                        }
                    </div>
                    if state.page == Page::Workforce {
                        { your_council(state.la.as_deref(), &census.view, true) }
                    }
                    { page(state, council, &notes(state, census), part) }
                    if state.page != Page::Workforce {
                        { your_council(state.la.as_deref(), &census.view, false) }
                    }
                    <section class="share-section no-print" aria-labelledby="share-heading">
                        <h2 class="heading-l" id="share-heading">{ "Share, keep or print these figures" }</h2>
                        <div class="share">
                            <button type="button" class="button button--secondary" data-action="copy-link">{ "Copy link to these figures" }</button>
                            <button type="button" class="button button--secondary" data-action="print">{ "Print or save as PDF" }</button>
                            <button type="button" class="button button--secondary" data-action="save-scenario">{ "Save these figures as a file" }</button>
                            <div class="share__open">
                                <label class="label" for={super::app::SCENARIO_INPUT}>{ "Open a saved scenario" }</label>
                                <input class="file-upload" type="file" id={super::app::SCENARIO_INPUT} accept=".json,application/json" />
                            </div>
                            <p class="share__status" role="status" data-testid="share-status">{ status.to_string() }</p>
                            if let Some(link) = link {
                                <div class="share__link">
                                    <label class="label" for={SHARE_LINK}>{ "Link to these figures" }</label>
                                    <input class="input" type="text" id={SHARE_LINK} readonly=true value={link.to_string()} />
                                </div>
                            }
                        </div>
                        <details class="details">
                            <summary class="details__summary">{ "Privacy: what is kept" }</summary>
                            <div class="details__text">
                                <p class="body-s">{ "Nothing is stored: no cookies, no local storage, no analytics. Your figures are only in this page's address, in the part after # that browsers never send to a server, until you close the page, and in any link you copy or page you print. Copying a link puts it on your device's clipboard; it goes nowhere else unless you paste it." }</p>
                            </div>
                        </details>
                        // Not inside an embed limited to some calculators (the builder
                        // is not one of them), and hidden in any frame (style.css):
                        // a council's visitors have no use for it.
                        if state.shown.shows(Page::Embed) {
                        <p class="body-s embed-link">
                            { "For council web teams: " }
                            <a href={format!("#{}", Page::Embed.slug())} data-action={format!("nav:{}", Page::Embed.slug())}>{ "Embed this calculator on your website" }</a>
                            { ", with your colours and your council's scheme." }
                        </p>
                        }
                    </section>
        </>
    }
}

/// A council preset, named above the calculator: its published policy (title
/// and link), what the settings take from it, which figures are illustrative,
/// and the fields it left as the visitor had typed them (`kept`, in words).
fn council_note(c: &Council, kept: &[String]) -> Html {
    let title = if c.policy_title.is_empty() {
        "its published policy"
    } else {
        c.policy_title.as_str()
    };
    html! {
        <div class="council" data-testid="council">
            <p class="council__name">{ format!("{}: settings from {}", c.name, if c.policy_title.is_empty() { "its policy".to_string() } else { format!("“{}”", c.policy_title) }) }</p>
            <p class="body-s">
                { "Source: " }
                if c.policy_url.is_empty() {
                    { title.to_string() }
                } else {
                    <a href={c.policy_url.clone()} rel="noopener" target="_blank">{ title.to_string() }{ " (opens in a new tab)" }</a>
                }
                { format!(", {}. {}.", c.policy_date, c.source.trim_end_matches('.')) }
            </p>
            if !c.illustrative.is_empty() {
                <p class="body-s" data-testid="council-illustrative">{ format!("Illustrative, not the council's: {}.", c.illustrative.trim_end_matches('.')) }</p>
            }
            if !kept.is_empty() {
                <p class="body-s" data-testid="council-kept">{ format!("You had changed {} before the council's settings arrived, so your figures are kept there; the council's settings filled the rest.", and_list(kept)) }</p>
            }
            <p class="body-s">{ "Change any figure to model something else." }</p>
        </div>
    }
}

/// "a, b and c".
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The notes beside the fields a chosen council's census answers, by field id.
fn notes(state: &AppState, census: &CensusState) -> Vec<(String, String)> {
    match (&census.view.figures, super::parts::council_loaded()) {
        (Some(f), Some(part)) => (part.notes)(state, f),
        _ => Vec::new(),
    }
}

/// The calculator on show, from its part (see `parts`), or a loading note while
/// its part is fetched, or the reason with "Try again" when the fetch failed
/// (offline before it was kept). `notes` go beside the fields they name.
fn page(
    state: &AppState,
    council: Option<&Council>,
    notes: &[(String, String)],
    status: &PartStatus,
) -> Html {
    match parts::loaded(state.page) {
        Some(part) => (part.view)(&PageInputs {
            state,
            council,
            notes,
            refresh: &status.refresh,
        }),
        None if status.failed => html! {
            <div class="part-loading" role="alert" data-testid="part-failed">
                <p class="body">{ format!("{} could not be loaded: the network or the calculator's server did not answer (on a device that is offline, it opens once it has been kept from an earlier visit). Your figures are kept in the address; try again.", state.page.title()) }</p>
                <button type="button" class="button button--secondary" data-action="retry-part">{ "Try again" }</button>
            </div>
        },
        None => html! {
            <p class="part-loading" role="status" data-testid="part-loading">{ format!("Loading {}…", state.page.title()) }</p>
        },
    }
}

#[derive(Properties, PartialEq)]
pub struct PrerenderedProps {
    pub page: Page,
}

/// A calculator's default view as the prerender writes it: the retention page into
/// `index.html`, the others into `views/SLUG.html` for boot.js to put in its place
/// when the page is opened at `#SLUG`. Inert (its fields do nothing until the app
/// replaces it), with a note that says so.
#[component(Prerendered)]
pub fn prerendered(p: &PrerenderedProps) -> Html {
    let state = AppState {
        page: p.page,
        ..AppState::default()
    };
    html! {
        // A form of its own: its radio buttons are then groups apart from the
        // live app's (a radio group is its name within one form owner), so the
        // view can never uncheck the app's choices while both are on the page
        // (issue 21: 6 of 24 cold loads showed groups with nothing chosen).
        <form class="app app--static" id={STAND_INS[0]} inert=true>
            <p class="static-note" role="status">
                <span class="static-note__js">{ "Loading the calculator. Meanwhile, this is the worked example with the default figures." }</span>
                <span class="static-note__nojs">{ "This calculator needs JavaScript to change the figures. Below is the worked example with the default figures." }</span>
            </p>
            { shell(&state, &[], Sharing::default(), None, &CensusState::default(), &PartStatus { failed: false, refresh: Callback::noop() }) }
        </form>
    }
}
