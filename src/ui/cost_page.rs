//! Agency or permanent: what a post costs filled each way, for one post and a team.

use super::cap_table::{cap_table, CapTableProps};
use super::cost_bars::{cost_bars, Bar, CostBarsProps};
use super::deferred::{deferred, DeferredView};
use super::employer_cost::{employer_settings, EmployerSettingsProps};
use super::error_for;
use super::explanation::{explanation, ExplanationProps};
use super::fold::{fold, FoldProps};
use super::layout::{layout, LayoutProps, CORRECT_ERRORS};
use super::pure::{pure, PureView};
use super::radios::{radios, RadiosProps};
use super::source_note::{source_note, SourceNoteProps};
use super::text_field::{error_message, Field};
use super::your_council::census_note;
use crate::engine::agency::{Region, Role};
use crate::engine::money::Pence;
use crate::engine::rates::{self, Source};
use crate::state::cost::{Basis, CostField, CostForm, CostResults, CostView};
use crate::state::folds::CostFold;
use crate::state::headline::{cost_compact, cost_sentence};
use crate::state::retention::RetentionForm;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct CostPageProps<'a> {
    pub form: &'a CostForm,
    pub retention: &'a RetentionForm,
    /// The page worked out by the app in render.
    pub view: &'a CostView,
    /// The council preset's pay points, if one is loaded.
    pub pay_points: Option<&'a [(String, Pence)]>,
    /// Notes beside the fields a chosen council's census answers, by id.
    pub notes: &'a [(String, String)],
    /// The folds open on screen.
    pub folds: &'a crate::state::folds::Opened,
}

/// Text for one input: label, hint, prefix, suffix, width and the source of its default.
struct Spec {
    label: &'static str,
    hint: Option<&'static str>,
    prefix: Option<&'static str>,
    suffix: Option<&'static str>,
    width: &'static str,
    source: Option<&'static Source>,
}

fn spec(f: CostField, form: &CostForm) -> Spec {
    use CostField as F;
    let s = |label, hint, prefix, suffix, width, source| Spec {
        label,
        hint,
        prefix,
        suffix,
        width,
        source,
    };
    match f {
        F::Supplement => s(
            "Market supplement, in pounds a year (full-time)",
            Some("0 if none"),
            Some("£"),
            None,
            "w10",
            None,
        ),
        F::Overheads if form.overheads_percent => s(
            "Overheads, as a percentage of pay",
            Some("Management, office and IT; 0 if you leave them out"),
            None,
            Some("%"),
            "w5",
            None,
        ),
        F::Overheads => s(
            "Overheads, in pounds a year",
            Some("Management, office and IT; 0 if you leave them out"),
            Some("£"),
            None,
            "w10",
            None,
        ),
        F::Recruitment => s(
            "Recruitment cost per hire, in pounds",
            Some("Advertising, agency fees, interviews and checks"),
            Some("£"),
            None,
            "w10",
            Some(&rates::RECRUITMENT_COST),
        ),
        F::Turnover => s(
            "Annual turnover, as a percentage",
            Some("The share of staff who leave in a year: hires needed a year"),
            None,
            Some("%"),
            "w5",
            Some(&rates::DFE_WORKFORCE_2025),
        ),
        F::VacancyMonths => s(
            "Months a post is empty before a permanent starter",
            None,
            None,
            Some("months"),
            "w5",
            None,
        ),
        F::AgencyCover => s(
            "Share of that time covered by agency, as a percentage",
            None,
            None,
            Some("%"),
            "w5",
            Some(&rates::DFE_WORKFORCE_2025),
        ),
        F::Hourly => s(
            "Agency charge rate, in pounds an hour",
            Some("What the agency invoices you for an hour"),
            Some("£"),
            None,
            "w5",
            Some(&rates::AGENCY_PLACEHOLDER),
        ),
        F::Pay => s(
            "Locum's pay rate, in pounds an hour",
            None,
            Some("£"),
            None,
            "w5",
            None,
        ),
        F::Margin if form.margin_percent => s(
            "Agency margin, as a percentage of pay",
            Some("Leeds reported about £2.50 on every £10 of pay: 25%"),
            None,
            Some("%"),
            "w5",
            None,
        ),
        F::Margin => s(
            "Agency margin, in pounds an hour",
            None,
            Some("£"),
            None,
            "w5",
            None,
        ),
        F::DayRate => s(
            "Day rate, in pounds",
            Some("Sheffield paid £350 a day for managed teams in 2021/22"),
            Some("£"),
            None,
            "w5",
            None,
        ),
        F::DaysPerWeek => s("Days a week", None, None, Some("days"), "w5", None),
        F::Hours => s(
            "Hours a week",
            None,
            None,
            Some("hours"),
            "w5",
            Some(&rates::NJC_WEEK),
        ),
        F::Weeks => s(
            "Billable weeks a year",
            None,
            None,
            Some("weeks"),
            "w5",
            Some(&rates::BILLABLE_WEEKS),
        ),
        F::Posts => s("Posts in the team", None, None, None, "w5", None),
        F::AgencyNow => s("Filled by agency now", None, None, None, "w5", None),
        F::AgencyAfter => s("Filled by agency afterwards", None, None, None, "w5", None),
    }
}

pub fn cost_page(p: &CostPageProps<'_>) -> Html {
    let view = p.view;
    let f = &p.form;
    let errors = view.errors.clone();
    let field = |fld: CostField| {
        let s = spec(fld, f);
        html! {
            <>
                { Field::new(fld.id(), s.label, f.get(fld).to_string()).maybe_hint(s.hint).maybe_prefix(s.prefix).maybe_suffix(s.suffix).error(error_for(&errors, &fld.id())).width(s.width).view() }
                if let Some(src) = s.source { { source_note(&SourceNoteProps { source: src, lead: None }) } }
                { census_note(p.notes, &fld.id()) }
            </>
        }
    };
    let folded = |which: CostFold, body: Html| {
        fold(FoldProps {
            id: which.id(),
            title: which.title(),
            now: which.now(f),
            open: p.folds.shown(which.id(), which.open(f, &errors)),
            body,
        })
    };
    let basis_options: Vec<(&'static str, &'static str)> =
        Basis::ALL.iter().map(|b| (b.slug(), b.label())).collect();

    let form = html! {
        <>
                <section aria-labelledby="permanent-heading">
                    <h2 class="heading-l" id="permanent-heading">{ "The permanent post" }</h2>
                    <p class="body-s">{ "Salary, FTE, tax year and pension rate are shared with the retention calculator." }</p>
                    { employer_settings(&EmployerSettingsProps { form: p.retention, errors: &errors, pay_points: p.pay_points, folds: p.folds }) }
                    { Field::new("fte", "Full-time equivalent (FTE)", p.retention.fte.clone()).hint("1 for full time").error(error_for(&errors, "fte")).width("w5").view() }
                    { folded(CostFold::SupplementOverheads, html! { <>
                        { field(CostField::Supplement) }
                        <div class="checkboxes">
                            <div class="checkbox">
                                <input class="checkbox__input" type="checkbox" id="c-supp-pens" checked={f.supplement_pensionable} />
                                <label class="checkbox__label" for="c-supp-pens">{ "The supplement is pensionable" }</label>
                            </div>
                        </div>
                        { radios(RadiosProps { name: AttrValue::Static("c-overheads-kind"), legend: AttrValue::Static("Overheads are given as"), inline: true, options: vec![("pounds", "Pounds a year"), ("percent", "A percentage of pay")], selected: AttrValue::from(if f.overheads_percent { "percent" } else { "pounds" })}) }
                        { field(CostField::Overheads) }
                    </> }) }
                    { folded(CostFold::Churn, html! { <>
                        { field(CostField::Recruitment) }
                        { field(CostField::Turnover) }
                        { field(CostField::VacancyMonths) }
                        { field(CostField::AgencyCover) }
                    </> }) }
                    <div class={classes!("form-group", error_for(&errors, "c-link").is_some().then_some("form-group--error"))}>
                        if let Some(e) = error_for(&errors, "c-link") {
                            { error_message("c-link-error", &e) }
                        }
                        <div class="checkbox">
                            <input class="checkbox__input" type="checkbox" id="c-link" checked={f.link_scheme}
                                aria-invalid={error_for(&errors, "c-link").map(|_| "true")}
                                aria-describedby={error_for(&errors, "c-link").map(|_| "c-link-error")} />
                            <label class="checkbox__label" for="c-link">{ "Add the retention scheme from the retention payments page (its cost a year, with on-costs)" }</label>
                        </div>
                    </div>
                </section>
                <section aria-labelledby="agency-heading">
                    <h2 class="heading-l" id="agency-heading">{ "The agency locum" }</h2>
                    { radios(RadiosProps { name: AttrValue::Static("c-basis"), legend: AttrValue::Static("The agency's price is given as"), options: basis_options, selected: AttrValue::from(f.basis.slug()), inline: false }) }
                    {
                        match f.basis {
                            Basis::Hourly => field(CostField::Hourly),
                            Basis::PayPlusMargin => html! {
                                <>
                                    { field(CostField::Pay) }
                                    { radios(RadiosProps { name: AttrValue::Static("c-margin-kind"), legend: AttrValue::Static("The margin is given as"), inline: true, options: vec![("percent", "A percentage of pay"), ("pounds", "Pounds an hour")], selected: AttrValue::from(if f.margin_percent { "percent" } else { "pounds" })}) }
                                    { field(CostField::Margin) }
                                </>
                            },
                            Basis::Daily => html! { <>{ field(CostField::DayRate) }{ field(CostField::DaysPerWeek) }</> },
                        }
                    }
                    { folded(CostFold::HoursWeeks, html! { <>
                        if f.basis != Basis::Daily { { field(CostField::Hours) } }
                        { field(CostField::Weeks) }
                    </> }) }
                    { pure(RegionRole { region: f.region, role: f.role }) }
                    { cap_table(&CapTableProps { form: f, errors: &errors, folds: p.folds }) }
                </section>
                <section aria-labelledby="team-heading">
                    <h2 class="heading-l" id="team-heading">{ "A team" }</h2>
                    { folded(CostFold::Team, html! { <>
                        { field(CostField::Posts) }
                        { field(CostField::AgencyNow) }
                        { field(CostField::AgencyAfter) }
                    </> }) }
                </section>
        </>
    };
    layout(LayoutProps {
        errors: &errors,
        form,
        results_title: "What each costs a year",
        controls: html! {},
        summary: view.results.as_ref().map(|r| summary(r, f)),
        compact: view.results.as_ref().map(|r| cost_compact(&r.comparison)),
        waiting: CORRECT_ERRORS.to_string(),
        details: view
            .results
            .as_ref()
            .map(|r| deferred(Details(r.clone())))
            .unwrap_or_default(),
    })
}

/// The region and role the price cap is looked up by: re-rendered only when
/// one of them changes, not at every keystroke (14 options).
#[derive(Properties, PartialEq)]
struct RegionRole {
    region: Region,
    role: Role,
}

impl PureView for RegionRole {
    fn view(&self) -> Html {
        let regions = Region::ALL.map(|r| (r.slug(), r.label(), r == self.region));
        let roles = Role::ALL.map(|r| (r.slug(), r.label(), r == self.role));
        html! {
            <>
                { list("c-region", "Region", &regions, self.region.label()) }
                { list("c-role", "Role", &roles, self.role.label()) }
            </>
        }
    }
}

/// A labelled drop-down list of `options` (value, label, chosen), with the
/// chosen label for print.
fn list(
    id: &'static str,
    label: &'static str,
    options: &[(&'static str, &'static str, bool)],
    chosen: &'static str,
) -> Html {
    html! {
        <div class="form-group">
            <label class="label" for={id}>{ label }</label>
            <select class="select" {id}>
                { for options.iter().map(|(value, text, selected)| html! { <option value={*value} selected={*selected}>{ *text }</option> }) }
            </select>
            { super::chosen(chosen) }
        </div>
    }
}

fn summary(r: &CostResults, f: &CostForm) -> Html {
    let headline = cost_sentence(&r.comparison);
    let cap = r.cap.as_ref().map(|cap| match cap.over_by {
        Some(over) => html! {
            <div class="warning-text" data-testid="cap">
                <strong>{ format!(
                    "Above the cap: {} an hour is {} over the {} cap you entered for {} in {}.",
                    cap.compared.format(), over.format(), cap.cap.format(), f.role.in_sentence(), f.region.label()
                ) }</strong>
                <p class="body-s">{ format!("Compared: {}. Under the DfE statutory guidance a council may pay above a cap for a new assignment only with senior sign-off, and must report it to the Department for Education.", cap.compared_is) }</p>
            </div>
        },
        None => html! {
            <p class="body" data-testid="cap">{ format!("Within the {} cap you entered for {} in {} ({} compared).", cap.cap.format(), f.role.in_sentence(), f.region.label(), cap.compared.format()) }</p>
        },
    });
    html! {
        <>
            <div class="panel">
                <p class="panel__headline" data-testid="summary">{ headline }</p>
                if let Some(t) = &r.team {
                    <p class="panel__body" data-testid="team">{ format!(
                        "For the team: {} a year now, {} afterwards: {} {} a year.",
                        t.now.format(), t.after.format(),
                        if t.saving >= Pence::ZERO { "saving" } else { "costing an extra" },
                        if t.saving >= Pence::ZERO { t.saving.format() } else { (-t.saving).format() }
                    ) }</p>
                }
            </div>
            { for cap }
        </>
    }
}

/// The bars and how each cost is worked out: rendered just after the frame
/// that shows the new summary.
#[derive(PartialEq)]
struct Details(CostResults);

impl DeferredView for Details {
    fn view(&self) -> Html {
        details(&self.0)
    }
}

fn details(r: &CostResults) -> Html {
    let pc = &r.permanent;
    let permanent = Bar {
        label: "Permanent",
        total: pc.total,
        parts: vec![
            ("Pay and supplement", pc.pay + pc.supplement),
            ("Employer NI", pc.employer_ni),
            ("Pension", pc.pension),
            ("Levy", pc.levy),
            ("Overheads", pc.overheads),
            (
                "Recruitment, vacancies, scheme",
                pc.recruitment + pc.vacancy + pc.scheme,
            ),
        ],
    };
    let agency = Bar {
        label: "Agency",
        total: r.agency.annual,
        parts: vec![("Agency charge", r.agency.annual)],
    };
    html! {
        <>
            { cost_bars(CostBarsProps { bars: vec![permanent, agency] }) }
            { explanation(ExplanationProps { breakdown: pc.breakdown.clone(), summary: AttrValue::Static("How the permanent cost is worked out") }) }
            <p class="body-s" data-testid="saving-differs">
                { crate::state::shared_figures::saving_parts(r).on_cost_page() }{ " See " }
                { super::page_link(crate::state::Page::Payback) }{ "." }
            </p>
            { explanation(ExplanationProps { breakdown: r.agency.breakdown.clone(), summary: AttrValue::Static("How the agency cost is worked out") }) }
        </>
    }
}
