//! Each calculator's view is its own part of the WebAssembly (issue 21): the
//! shell, the state and the link's reader load first; a calculator's view, its
//! `compute` and the engine code only it uses arrive as a separate file, fetched
//! when that calculator is first shown, once, then kept (and cached by the
//! service worker for offline use).
//!
//! With the `split` feature (the release app's build, see `.ci/split`), each
//! [`load`] is a split point of the `wasm_split_helpers` crate: the build's
//! post-link step (`wasm-split-cli`) moves everything only that point reaches
//! into `split_SLUG.wasm`, and the first call fetches and instantiates it.
//! Without the feature (native tests, the prerender, component tests) every
//! part is in the one module and [`now`] gives it at once.

use super::cost_page::{cost_page, CostPageProps};
use super::council_files::{self, SavedScenario};
use super::locum_page::{locum_page, LocumPageProps};
use super::package_page::{package_page, PackagePageProps};
use super::payback_page::{payback_page, PaybackPageProps};
use super::retention_page::{retention_page, RetentionPageProps};
use super::workforce_page::{workforce_page, WorkforcePageProps};
use crate::engine::census::{Answers, CouncilFigures, CouncilIndex};
use crate::state::council::Council;
use crate::state::designs::{DesignsForm, DesignsResults, DesignsView};
#[cfg(not(feature = "split"))]
use crate::state::headline;
use crate::state::payback::PaybackResults;
use crate::state::retention::{FieldError, RetentionForm};
use crate::state::{cost, designs, locum, package, payback, retention, workforce, AppState, Page};
use std::cell::RefCell;
use wasm_bindgen::JsValue;
use yew::prelude::*;

/// What a calculator's view is drawn from: the whole state (a page may read
/// another's inputs: the agency rate, the scheme), the council preset's pay
/// points, and the census notes beside the fields they name.
pub struct PageInputs<'a> {
    pub state: &'a AppState,
    pub council: Option<&'a Council>,
    pub notes: &'a [(String, String)],
    /// Renders the page again: for a part the view fetches itself (the
    /// designs', on Payback) when it arrives.
    pub refresh: &'a Callback<()>,
}

/// A calculator's part: its view (its results derived from the state, never
/// stored) and its answer in a sentence (`state::headline`, for a saved
/// scenario's summary).
#[derive(Clone, Copy)]
pub struct PagePart {
    pub view: for<'a, 'b> fn(&'b PageInputs<'a>) -> Html,
    pub answer: fn(&AppState) -> Option<String>,
}

thread_local! {
    /// The parts loaded so far, by `Page::ALL`'s order, then the embed builder's.
    static LOADED: RefCell<[Option<PagePart>; Page::ALL.len() + 1]> = const { RefCell::new([None; Page::ALL.len() + 1]) };
}

fn index(page: Page) -> usize {
    Page::ALL
        .iter()
        .position(|p| *p == page)
        .unwrap_or(Page::ALL.len())
}

/// The part for `page` if it has been loaded (always, without `split`).
pub fn loaded(page: Page) -> Option<PagePart> {
    #[cfg(not(feature = "split"))]
    return Some(now(page));
    #[cfg(feature = "split")]
    LOADED.with(|l| l.borrow()[index(page)])
}

/// Loads the part for `page` (fetching its file the first time) and keeps it.
/// `Err` when its file could not be fetched (offline before it was cached):
/// nothing is kept, so a later call tries again.
pub async fn load(page: Page) -> Result<PagePart, PartError> {
    if let Some(part) = LOADED.with(|l| l.borrow()[index(page)]) {
        return Ok(part);
    }
    let part = fetch(page).await?;
    LOADED.with(|l| l.borrow_mut()[index(page)] = Some(part));
    Ok(part)
}

/// A calculator's part could not be fetched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PartError;

/// "Your council's published figures" and a council's preset: no calculator's
/// first view needs them, so they are a part of their own (about 16 KB gzipped
/// off every first view, issue 21), fetched when the visitor asks for the list
/// of councils or a link names a council (`la=`) or a preset (`preset=`).
/// The readers are in [`super::council_files`].
#[derive(Clone, Copy)]
pub struct CouncilPart {
    /// `census/councils.json`, as the browser parsed it: the list of councils.
    pub read_index: fn(JsValue) -> Result<CouncilIndex, String>,
    /// `census/CODE.json`: the council's figures and the fields they answer.
    pub read_figures: fn(JsValue) -> Result<(CouncilFigures, Answers), String>,
    /// A preset file for the slug: the council and the state its link sets.
    pub read_preset: ReadPreset,
    /// The council's figures under the picker: the benchmark and the trend
    /// (`true`, Workforce strategy) or one line (the other calculators).
    pub figures: fn(&CouncilFigures, bool) -> Html,
    /// The notes beside the fields the figures answer, by field id.
    pub notes: fn(&AppState, &CouncilFigures) -> Vec<(String, String)>,
}

/// Scheme designs side by side (issue 23), on Payback: designs B and C's
/// editors and their comparison. Only a visitor who adds a design (or opens a
/// link with one) uses them, so they are a part of their own, fetched then
/// (`ui::app::use_part`); Payback's part keeps design A's section and the
/// button that adds B.
#[derive(Clone, Copy)]
pub struct DesignsPart {
    /// The designs worked out from the Payback page's own results.
    pub compute: fn(&DesignsForm, Option<&PaybackResults>, &RetentionForm) -> DesignsView,
    /// Designs B and C's editors, with the page's errors.
    pub editors: fn(&DesignsForm, &[FieldError]) -> Html,
    /// The comparison under Payback's results.
    pub results: fn(&DesignsResults) -> Html,
}

/// [`CouncilPart::read_preset`]'s type.
pub type ReadPreset = fn(&str, JsValue) -> Result<(Council, AppState), String>;

/// Saving the page's figures as a scenario file and opening one: a part of its
/// own, fetched at the first "Save these figures as a file" or file chosen.
#[derive(Clone, Copy)]
pub struct ScenarioPart {
    /// The file for the state, saved on the date, with the page's answer.
    pub save: fn(&AppState, &str, Option<String>) -> Option<SavedScenario>,
    /// A file's text: its state and what was opened, or why not (sentences).
    pub open: fn(&str) -> Result<(AppState, String), String>,
}

thread_local! {
    static DESIGNS: std::cell::Cell<Option<DesignsPart>> = const { std::cell::Cell::new(None) };
    static COUNCIL: std::cell::Cell<Option<CouncilPart>> = const { std::cell::Cell::new(None) };
    static SCENARIO: std::cell::Cell<Option<ScenarioPart>> = const { std::cell::Cell::new(None) };
}

/// The council's part if it has been loaded (always, without `split`). Any
/// census figures or preset in the state came through it, so a view that has
/// them finds it here.
pub fn council_loaded() -> Option<CouncilPart> {
    #[cfg(not(feature = "split"))]
    return Some(council_now());
    #[cfg(feature = "split")]
    COUNCIL.get()
}

/// Loads the council's part (fetching it the first time) and keeps it; `Err`
/// when it could not be fetched, and a later call tries again.
pub async fn council() -> Result<CouncilPart, PartError> {
    #[cfg(feature = "split")]
    let fetch = split::your_council;
    #[cfg(not(feature = "split"))]
    let fetch = || async { Ok::<_, PartError>(council_now()) };
    kept(&COUNCIL, fetch).await
}

/// The designs' part if it has been loaded (always, without `split`).
pub fn designs_loaded() -> Option<DesignsPart> {
    #[cfg(not(feature = "split"))]
    return Some(designs_now());
    #[cfg(feature = "split")]
    DESIGNS.get()
}

/// Loads the designs' part, as [`council`] does (by
/// [`super::designs::DesignsWaiting`], in Payback's part).
pub async fn designs() -> Result<DesignsPart, PartError> {
    #[cfg(feature = "split")]
    let fetch = split::scheme_designs;
    #[cfg(not(feature = "split"))]
    let fetch = || async { Ok::<_, PartError>(designs_now()) };
    kept(&DESIGNS, fetch).await
}

/// Loads the scenario files' part, as [`council`] does.
pub async fn scenario() -> Result<ScenarioPart, PartError> {
    #[cfg(feature = "split")]
    let fetch = split::scenario_file;
    #[cfg(not(feature = "split"))]
    let fetch = || async { Ok::<_, PartError>(scenario_now()) };
    kept(&SCENARIO, fetch).await
}

/// The part kept in `cell`, or fetched with `fetch` and kept there; a failed
/// fetch keeps nothing, so a later call tries again.
async fn kept<T: Copy + 'static, E, F: std::future::Future<Output = Result<T, E>>>(
    cell: &'static std::thread::LocalKey<std::cell::Cell<Option<T>>>,
    fetch: impl FnOnce() -> F,
) -> Result<T, PartError> {
    if let Some(part) = cell.get() {
        return Ok(part);
    }
    let part = fetch().await.map_err(|_| PartError)?;
    cell.set(Some(part));
    Ok(part)
}

/// Small helpers that the calculators and the council's part both use, kept
/// in the shell as they were before the council's part left it: without this
/// the split cuts them into files of a few hundred bytes each, one for each
/// set of parts that uses them (Payback's first view went from 24 files to
/// 38, measured 1 December 2026), and each file is a request. Called once at
/// start; `black_box` only keeps them reachable from the shell.
#[cfg(feature = "split")]
pub fn keep_shared_in_shell() {
    use crate::engine::{input, money::Pence};
    std::hint::black_box((
        super::source_note::source_note as fn(&super::source_note::SourceNoteProps) -> Html,
        super::download::csv_button as fn(&str) -> Html,
        super::chart_download::chart_downloads as fn(&str, &str, &str) -> Html,
        input::parse_money as fn(&str) -> Result<Pence, input::InputError>,
        Pence::format as fn(Pence) -> String,
        Pence::format_short as fn(Pence) -> String,
        cost::CostField::id as fn(cost::CostField) -> String,
    ));
}

fn council_now() -> CouncilPart {
    CouncilPart {
        read_index: council_files::read_index,
        read_figures: council_files::read_figures,
        read_preset: council_files::read_preset,
        figures: super::your_council::figures,
        notes: crate::state::census::notes,
    }
}

fn designs_now() -> DesignsPart {
    DesignsPart {
        compute: designs::compute_from,
        editors: super::designs::design_editors,
        results: super::designs::designs_results,
    }
}

fn scenario_now() -> ScenarioPart {
    ScenarioPart {
        save: council_files::save_scenario,
        open: council_files::open_scenario,
    }
}

#[cfg(not(feature = "split"))]
async fn fetch(page: Page) -> Result<PagePart, PartError> {
    Ok(now(page))
}

#[cfg(feature = "split")]
async fn fetch(page: Page) -> Result<PagePart, PartError> {
    let part = match page {
        Page::Retention => split::retention().await,
        Page::Cost => split::cost().await,
        Page::Payback => split::payback().await,
        Page::Package => split::package().await,
        Page::Locum => split::locum().await,
        Page::Workforce => split::workforce().await,
        Page::Embed => split::embed().await,
    };
    part.map_err(|_| PartError)
}

/// The split points: one module each, named after the calculator's slug.
#[cfg(feature = "split")]
mod split {
    use super::PagePart;
    use crate::state::headline;
    use wasm_split_helpers::{wasm_split, SplitLoaderError};

    #[wasm_split(your_council, fallible)]
    pub fn your_council() -> Result<super::CouncilPart, SplitLoaderError> {
        Ok(super::council_now())
    }
    /// The designs' part is fetched only on Payback, whose part is then
    /// there, so it reaches Payback's code too (never called here: kept by
    /// `black_box`): the split then leaves the chunks Payback shares with the
    /// other calculators whole, rather than cutting each in two around what
    /// the designs also use (a file more on every calculator's first view).
    #[wasm_split(scheme_designs, fallible)]
    pub fn scheme_designs() -> Result<super::DesignsPart, SplitLoaderError> {
        std::hint::black_box([super::payback, super::retention]
            as [for<'a, 'b> fn(&'b super::PageInputs<'a>) -> yew::Html; 2]);
        Ok(super::designs_now())
    }
    #[wasm_split(scenario_file, fallible)]
    pub fn scenario_file() -> Result<super::ScenarioPart, SplitLoaderError> {
        Ok(super::scenario_now())
    }
    #[wasm_split(retention, fallible)]
    pub fn retention() -> Result<PagePart, SplitLoaderError> {
        Ok(PagePart {
            view: super::retention,
            answer: headline::retention_answer,
        })
    }
    #[wasm_split(agency_or_permanent, fallible)]
    pub fn cost() -> Result<PagePart, SplitLoaderError> {
        Ok(PagePart {
            view: super::cost,
            answer: headline::cost_answer,
        })
    }
    #[wasm_split(payback, fallible)]
    pub fn payback() -> Result<PagePart, SplitLoaderError> {
        Ok(PagePart {
            view: super::payback,
            answer: headline::payback_answer,
        })
    }
    #[wasm_split(check_my_package, fallible)]
    pub fn package() -> Result<PagePart, SplitLoaderError> {
        Ok(PagePart {
            view: super::package,
            answer: headline::package_answer,
        })
    }
    #[wasm_split(agency_or_permanent_for_me, fallible)]
    pub fn locum() -> Result<PagePart, SplitLoaderError> {
        Ok(PagePart {
            view: super::locum,
            answer: headline::locum_answer,
        })
    }
    #[wasm_split(workforce_strategy, fallible)]
    pub fn workforce() -> Result<PagePart, SplitLoaderError> {
        Ok(PagePart {
            view: super::workforce,
            answer: headline::workforce_answer,
        })
    }
    /// The builder's part reaches every calculator's code (never called
    /// here: kept by `black_box`), so the split hands it the calculators'
    /// chunks as they are rather than cutting each into smaller ones for what
    /// the builder happens to share (a few bytes each, but a file more for
    /// every calculator's visitor: 5 KB gzipped on Payback's first view,
    /// measured 29 November 2026). Its visitors, web officers, download every
    /// calculator's part, which its preview then uses.
    #[wasm_split(embed_this_calculator, fallible)]
    pub fn embed() -> Result<PagePart, SplitLoaderError> {
        std::hint::black_box([
            super::retention,
            super::cost,
            super::payback,
            super::package,
            super::locum,
            super::workforce,
        ]
            as [for<'a, 'b> fn(&'b super::PageInputs<'a>) -> yew::Html; 6]);
        std::hint::black_box([
            headline::retention_answer,
            headline::cost_answer,
            headline::payback_answer,
            headline::package_answer,
            headline::locum_answer,
            headline::workforce_answer,
        ] as [fn(&crate::state::AppState) -> Option<String>; 6]);
        Ok(PagePart {
            view: super::embed,
            answer: super::no_answer,
        })
    }
}

/// Every part at once, in the one module: for the prerender and the tests.
#[cfg(not(feature = "split"))]
pub fn now(page: Page) -> PagePart {
    match page {
        Page::Retention => PagePart {
            view: retention,
            answer: headline::retention_answer,
        },
        Page::Cost => PagePart {
            view: cost,
            answer: headline::cost_answer,
        },
        Page::Payback => PagePart {
            view: payback,
            answer: headline::payback_answer,
        },
        Page::Package => PagePart {
            view: package,
            answer: headline::package_answer,
        },
        Page::Locum => PagePart {
            view: locum,
            answer: headline::locum_answer,
        },
        Page::Workforce => PagePart {
            view: workforce,
            answer: headline::workforce_answer,
        },
        Page::Embed => PagePart {
            view: embed,
            answer: no_answer,
        },
    }
}

/// The embed builder has no answer to save.
fn no_answer(_: &AppState) -> Option<String> {
    None
}

fn embed(i: &PageInputs) -> Html {
    super::embed_builder::embed_builder(i.state, i.council)
}

fn retention(i: &PageInputs) -> Html {
    let s = i.state;
    retention_page(&RetentionPageProps {
        form: &s.retention,
        view: &retention::compute(&s.retention),
        pay_points: i.council.map(|c| c.pay_points.as_slice()),
        folds: &s.folds,
    })
}

fn cost(i: &PageInputs) -> Html {
    let s = i.state;
    cost_page(&CostPageProps {
        form: &s.cost,
        retention: &s.retention,
        view: &cost::compute(&s.cost, &s.retention),
        pay_points: i.council.map(|c| c.pay_points.as_slice()),
        notes: i.notes,
        folds: &s.folds,
    })
}

fn payback(i: &PageInputs) -> Html {
    let s = i.state;
    let view = payback::compute(&s.payback, &s.cost, &s.retention);
    let (designs_view, designs_editors) = match designs_loaded() {
        _ if s.designs.designs.is_empty() => (DesignsView::default(), Html::default()),
        Some(part) => {
            let v = (part.compute)(&s.designs, view.results.as_ref(), &s.retention);
            let mut errors = view.errors.clone();
            errors.extend(v.errors.iter().cloned());
            let editors = (part.editors)(&s.designs, &errors);
            (v, editors)
        }
        None => (
            DesignsView::default(),
            html! { <super::designs::DesignsWaiting refresh={i.refresh.clone()} /> },
        ),
    };
    payback_page(&PaybackPageProps {
        form: &s.payback,
        cost: &s.cost,
        view: &view,
        notes: i.notes,
        retention: &s.retention,
        designs: &s.designs,
        designs_view: &designs_view,
        designs_editors,
    })
}

fn package(i: &PageInputs) -> Html {
    let s = i.state;
    package_page(&PackagePageProps {
        form: &s.package,
        retention: &s.retention,
        cost: &s.cost,
        view: &package::compute(&s.package, &s.retention, &s.cost),
    })
}

/// The package Agency or permanent for me sets beside the agency's pay, with
/// the inputs it was worked out from. This page's own fields (the agency's
/// terms) change nothing in it, so a keystroke here reuses it: the package
/// (payslips, student loans, pension) was more than half of the page's
/// working out, about 1 ms of a keystroke at 4x CPU (issue 21). The
/// break-even rates are kept likewise (`locum::BreakEvenMemo`).
type PackageFor = (
    package::PackageForm,
    retention::RetentionForm,
    cost::CostForm,
    package::PackageView,
);

thread_local! {
    static LOCUM_PACKAGE: RefCell<Option<PackageFor>> = const { RefCell::new(None) };
    static LOCUM_BREAK_EVEN: RefCell<locum::BreakEvenMemo> = RefCell::default();
}

fn locum(i: &PageInputs) -> Html {
    let s = i.state;
    let view = LOCUM_PACKAGE.with_borrow_mut(|kept| {
        if !kept
            .as_ref()
            .is_some_and(|(k, r, c, _)| *k == s.package && *r == s.retention && *c == s.cost)
        {
            *kept = None;
        }
        let (.., pkg) = kept.get_or_insert_with(|| {
            let pkg = package::compute(&s.package, &s.retention, &s.cost);
            (s.package.clone(), s.retention.clone(), s.cost.clone(), pkg)
        });
        LOCUM_BREAK_EVEN.with_borrow_mut(|memo| {
            locum::compute_with(
                &s.locum,
                &s.retention,
                &s.cost,
                &s.package,
                pkg,
                &mut |e, t, n, w| memo.rates(e, t, n, w),
            )
        })
    });
    locum_page(&LocumPageProps {
        form: &s.locum,
        retention: &s.retention,
        cost: &s.cost,
        package: &s.package,
        view: &view,
    })
}

fn workforce(i: &PageInputs) -> Html {
    let s = i.state;
    workforce_page(&WorkforcePageProps {
        form: &s.workforce,
        cost: &s.cost,
        view: &workforce::compute(&s.workforce, &s.cost, &s.retention),
        notes: i.notes,
    })
}
