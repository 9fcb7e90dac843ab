//! Workforce strategy: the whole service over one to five years, as now and
//! with the strategy (issue 12). The charts have tables with the same figures.

use super::data_table::{data_table, DataTable};
use super::deferred::{deferred, DeferredView};
use super::error_for;
use super::explanation::{explanation, ExplanationProps};
use super::layout::{layout, LayoutProps, CORRECT_ERRORS};
use super::radios::{radios, RadiosProps};
use super::source_note::{source_note, SourceNoteProps};
use super::text_field::Field;
use super::workforce_charts::{difference_chart, rates_chart, staff_chart};
use super::your_council::census_note;
use crate::engine::rates::{self, Source};
use crate::engine::workforce::{Effect, Fte, Projection, Staff};
use crate::state::cost::{CostField, CostForm};
use crate::state::headline::{workforce_compact, workforce_sentence};
use crate::state::retention::FieldError;
use crate::state::workforce::{
    service_sentence, turnover_sentence, WField, WorkforceForm, WorkforceResults, WorkforceView,
    SCHEME_ID, SERVICE_AS,
};
use yew::prelude::*;

pub struct WorkforcePageProps<'a> {
    pub form: &'a WorkforceForm,
    pub cost: &'a CostForm,
    pub view: &'a WorkforceView,
    /// Notes beside the fields a chosen council's census answers, by id.
    pub notes: &'a [(String, String)],
}

/// One of the page's own fields. Not inlined: one copy serves every field.
#[inline(never)]
fn field(f: &WorkforceForm, w: WField, errors: &[FieldError], unit: Unit) -> Html {
    let id = w.id();
    let field = Field::new(id.clone(), w.label(), f.get(w).to_string())
        .error(error_for(errors, &id))
        .width("w5");
    let field = if w.hint().is_empty() {
        field
    } else {
        field.hint(w.hint())
    };
    let field = match unit {
        Unit::Fte => field.suffix("FTE"),
        Unit::Percent => field.suffix("%"),
        Unit::Pounds => field.prefix("£").width("w10"),
        Unit::Months => field.suffix("months").mode("numeric"),
        Unit::Years => field.suffix("years").mode("numeric"),
    };
    field.view()
}

#[derive(Clone, Copy)]
enum Unit {
    Fte,
    Percent,
    Pounds,
    Months,
    Years,
}

#[inline(never)]
fn note(source: &'static Source, lead: &'static str) -> Html {
    source_note(&SourceNoteProps {
        source,
        lead: Some(AttrValue::Static(lead)),
    })
}

fn shared(
    cost: &CostForm,
    c: CostField,
    label: &'static str,
    unit: &'static str,
    errors: &[FieldError],
) -> Html {
    Field::new(c.id(), label, cost.get(c).to_string())
        .hint("Shared with Agency or permanent")
        .suffix(unit)
        .error(error_for(errors, &c.id()))
        .width("w5")
        .view()
}

pub fn workforce_page(p: &WorkforcePageProps<'_>) -> Html {
    let (f, view, e) = (p.form, p.view, &p.view.errors);
    let service = view.results.as_ref().map(|r| &r.inputs.service);
    let given_as = radios(RadiosProps {
        name: AttrValue::Static(SERVICE_AS),
        legend: AttrValue::Static("Give the service now as"),
        inline: true,
        options: vec![
            ("counts", "FTE counts"),
            ("rates", "Vacancy and agency rates"),
        ],
        selected: AttrValue::Static(if f.by_rates { "rates" } else { "counts" }),
    });
    let form = html! {
        <>
            <section aria-labelledby="service-heading">
                <h2 class="heading-l" id="service-heading">{ "The service now" }</h2>
                { given_as }
                { field(f, WField::Posts, e, Unit::Fte) }
                { census_note(p.notes, &WField::Posts.id()) }
                if f.by_rates {
                    { field(f, WField::VacancyRate, e, Unit::Percent) }
                    { census_note(p.notes, &WField::VacancyRate.id()) }
                    { field(f, WField::AgencyRate, e, Unit::Percent) }
                    { census_note(p.notes, &WField::AgencyRate.id()) }
                    { note(&rates::DFE_VACANCY_2025, "Defaults: the national vacancy rate and agency rate") }
                } else {
                    { field(f, WField::Permanent, e, Unit::Fte) }
                    { census_note(p.notes, &WField::Permanent.id()) }
                    { field(f, WField::Agency, e, Unit::Fte) }
                    { census_note(p.notes, &WField::Agency.id()) }
                    { note(&rates::DFE_VACANCY_2025, "Defaults for a service of 100 posts at the national rates") }
                }
                if let Some(s) = service {
                    { small("service-equivalent", service_sentence(s)) }
                }
            </section>
            <section aria-labelledby="asnow-heading">
                <h2 class="heading-l" id="asnow-heading">{ "As now" }</h2>
                { shared(p.cost, CostField::Turnover, "Annual turnover of permanent staff, as a percentage", "%", e) }
                { census_note(p.notes, &CostField::Turnover.id()) }
                { shared(p.cost, CostField::AgencyCover, "Share of vacant posts covered by agency, as a percentage", "%", e) }
                { census_note(p.notes, &CostField::AgencyCover.id()) }
                { note(&rates::DFE_WORKFORCE_2025, "Defaults 11.8% and 73.6%") }
                { shared(p.cost, CostField::VacancyMonths, "Months to fill a post (from advert to start)", "months", e) }
                { field(f, WField::HiresNow, e, Unit::Fte) }
                { note(&rates::WORKFORCE_LEVERS, "Default 1 a month") }
            </section>
            <section aria-labelledby="strategy-heading">
                <h2 class="heading-l" id="strategy-heading">{ "With the strategy" }</h2>
                <p class="body">{ "Set the levers you would pull. Anything left as it is stays as now." }</p>
                { field(f, WField::HiresWith, e, Unit::Fte) }
                { field(f, WField::Conversions, e, Unit::Fte) }
                <h3 class="heading-m">{ "Grow your own" }</h3>
                { field(f, WField::Trainees, e, Unit::Fte) }
                { field(f, WField::Qualify, e, Unit::Months) }
                { note(&rates::WORKFORCE_LEVERS, "Defaults 1 hire a month, 2 conversions and 4 trainees a year, 24 months to qualify") }
                { field(f, WField::Stay, e, Unit::Percent) }
                { note(&rates::COVENTRY_GROW_OWN, "Default 93%") }
                { field(f, WField::Training, e, Unit::Pounds) }
                { note(&rates::TRAINING_COST, "Default £0") }
                <h3 class="heading-m">{ "The retention scheme" }</h3>
                <div class="checkboxes">
                    <div class="checkbox">
                        <input class="checkbox__input" type="checkbox" id={SCHEME_ID} checked={f.scheme} />
                        <label class="checkbox__label" for={SCHEME_ID}>{ "Pay the scheme on Retention payments and clawback to permanent staff" }</label>
                    </div>
                </div>
                if f.scheme {
                    { field(f, WField::TakeUp, e, Unit::Percent) }
                    { field(f, WField::Cut, e, Unit::Percent) }
                    { note(&rates::TURNOVER_CUT, "Default 0%") }
                }
                { field(f, WField::Years, e, Unit::Years) }
            </section>
        </>
    };
    layout(LayoutProps {
        errors: e,
        form,
        results_title: "The service over the years",
        controls: html! {},
        summary: view.results.as_ref().map(|r| html! {
            <div class="panel">
                <p class="panel__headline" data-testid="summary">{ workforce_sentence(&r.comparison) }</p>
            </div>
        }),
        compact: view.results.as_ref().map(|r| workforce_compact(&r.comparison)),
        waiting: if view.blocked_by.is_empty() {
            CORRECT_ERRORS.to_string()
        } else {
            format!("Correct the errors on {} first.", view.blocked_by.join(" and "))
        },
        // The charts and tables come a frame after the headline: at 5,000 FTE
        // they were most of a keystroke's frame (see README, "Performance").
        details: view
            .results
            .as_ref()
            .map(|r| deferred(Details(r.clone())))
            .unwrap_or_default(),
    })
}

/// The charts and tables below the headline, rendered just after the frame
/// that paints it (see `deferred`).
#[derive(PartialEq)]
struct Details(WorkforceResults);

impl DeferredView for Details {
    fn view(&self) -> Html {
        details(&self.0)
    }
}

fn details(r: &WorkforceResults) -> Html {
    let c = &r.comparison;
    html! {
        <>
            { deadweight(r) }
            <h3 class="heading-m" id="staff-heading">{ "Staff by type at each year's end" }</h3>
            { staff_chart(&c.as_now, &c.strategy) }
            { staffing_table("As now", "staff-now", &c.as_now) }
            { staffing_table("With the strategy", "staff-with", &c.strategy) }
            <h3 class="heading-m" id="rates-heading">{ "Turnover, agency rate and vacancy rate" }</h3>
            { small("rates-definitions", "As DfE's census counts them, at each year's end (its 30 September), in FTE: turnover = the year's leavers / permanent staff in post; agency rate = agency workers / (agency workers + in post); vacancy rate = vacancies / (vacancies + in post). Year 0 is the start.".into()) }
            { small("turnover-note", turnover_sentence(r.inputs.as_now.turnover)) }
            { rates_chart(&c.as_now, &c.strategy) }
            { rates_table(r) }
            <h3 class="heading-m" id="levers-heading">{ "What each lever contributes" }</h3>
            { levers_table(r) }
            <h3 class="heading-m">{ "What it costs" }</h3>
            { difference_chart(&c.cumulative) }
            { difference_table(r) }
            { cost_table("As now", "cost-now", &c.as_now) }
            { cost_table("With the strategy", "cost-with", &c.strategy) }
            { explanation(ExplanationProps { breakdown: c.breakdown.clone(), summary: AttrValue::Static("How this is worked out") }) }
        </>
    }
}

/// A small paragraph of words, marked for the tests. Not inlined: one copy.
#[inline(never)]
fn small(testid: &'static str, text: String) -> Html {
    html! { <p class="body-s" data-testid={testid}>{ text }</p> }
}

/// The scheme's deadweight in words: whom it is paid to against whom it keeps.
fn deadweight(r: &WorkforceResults) -> Html {
    let Some(d) = r.comparison.deadweight else {
        return html! {};
    };
    let text = if d.kept.0 <= 0 {
        format!("The scheme is paid to {} FTE of permanent staff a year and, with no cut in turnover assumed, keeps nobody: all of its cost is deadweight. Enter the cut you expect under “With the strategy”.", d.paid.label())
    } else {
        format!(
            "Deadweight: the scheme is paid to about {} FTE a year to keep about {} FTE who would otherwise leave in a year. Most of those paid would have stayed anyway.",
            d.paid.label(),
            d.kept.label()
        )
    };
    html! { <p class="body" data-testid="deadweight">{ text }</p> }
}

/// One row of a staffing table: the year, staff at its end, then the year's
/// flows (`None` for year 0, the start). The rates are in the rates table.
fn staffing_row(year: String, staff: &Staff, flows: Option<[Fte; 4]>) -> Vec<String> {
    let counts = [staff.permanent, staff.agency, staff.uncovered];
    let flows = flows.map_or(vec!["–".to_string(); 4], |f| f.map(Fte::label).to_vec());
    std::iter::once(year)
        .chain(counts.map(Fte::label))
        .chain(flows)
        .collect()
}

fn staffing_table(title: &'static str, id: &'static str, p: &Projection) -> Html {
    let start = staffing_row("0 (start)".into(), &p.start(), None);
    let rows = std::iter::once(start)
        .chain(p.years.iter().map(|y| {
            let flows = [y.leavers, y.hires, y.conversions, y.qualified];
            staffing_row(y.year.to_string(), &y.staff, Some(flows))
        }))
        .collect();
    data_table(DataTable {
        id,
        caption: format!(
            "Staff at each year's end, FTE, {}",
            title.to_ascii_lowercase()
        ),
        headers: &[
            "Year",
            "Permanent",
            "Agency",
            "Vacant, not covered",
            "Leavers",
            "Hires",
            "Converted",
            "Trainees qualified",
        ],
        rows,
        selected: None,
        csv: &format!("staffing {}", title.to_ascii_lowercase()),
        class: "table--years table--striped",
        changes_only: false,
    })
}

/// The rates chart's table: each rate as now beside with the strategy, by year.
fn rates_table(r: &WorkforceResults) -> Html {
    let c = &r.comparison;
    let label =
        |t: Option<crate::engine::money::Ratio>| t.map_or("–".to_string(), |t| t.percent_label());
    let rows = c
        .as_now
        .rates()
        .iter()
        .zip(c.strategy.rates())
        .map(|(n, w)| {
            vec![
                if n.year == 0 {
                    "0 (start)".to_string()
                } else {
                    n.year.to_string()
                },
                label(n.turnover),
                label(w.turnover),
                n.agency.percent_label(),
                w.agency.percent_label(),
                n.vacancy.percent_label(),
                w.vacancy.percent_label(),
            ]
        })
        .collect();
    data_table(DataTable {
        id: "rates",
        caption: "Turnover, agency rate and vacancy rate at each year's end, by DfE's definitions"
            .into(),
        headers: &[
            "Year",
            "Turnover as now",
            "Turnover with strategy",
            "Agency rate as now",
            "Agency rate with strategy",
            "Vacancy rate as now",
            "Vacancy rate with strategy",
        ],
        rows,
        selected: None,
        csv: "rates",
        class: "table--years table--striped",
        changes_only: false,
    })
}

/// `+12.0` / `-12.0` / `0.0`: a change in FTE (to a tenth).
fn signed_fte(f: Fte) -> String {
    let l = Fte(f.0.abs()).label();
    match f.0.signum() {
        _ if l == "0.0" => l,
        1 => format!("+{l}"),
        _ => format!("-{l}"),
    }
}

/// Each lever alone, added up, together, and the interaction, from the engine.
fn levers_table(r: &WorkforceResults) -> Html {
    let l = &r.comparison.levers;
    let row = |name: &str, e: &Effect| {
        vec![
            name.to_string(),
            e.cost.format(),
            signed_fte(e.permanent),
            signed_fte(e.agency),
        ]
    };
    let rows = l
        .alone
        .iter()
        .map(|(lever, e)| row(lever.label(), e))
        .chain([
            row("The levers alone, added up", &l.sum),
            row("All together: the strategy", &l.together),
            row(
                "Interaction: together less the levers alone",
                &l.interaction,
            ),
        ])
        .collect();
    let years = r.inputs.years;
    html! {
        <>
            { small("levers-note", format!(
                "The projection run once for each lever on its own, the rest as now, against as now over {years} years. The parts need not add up to the whole: the levers act on the same posts (a post filled by a conversion is not there for a recruit), so the last line is what they do together beyond their parts: {} in cost.",
                l.interaction.cost.format()
            )) }
            { data_table(DataTable {
                id: "levers",
                caption: format!("What each lever does against as now, over {years} years (cost: negative saves; FTE at the end)"),
                headers: &["Levers", "Cost against as now", "Permanent FTE", "Agency FTE"],
                rows,
                selected: Some(5),
                csv: "levers",
                class: "table--years table--striped",
                changes_only: false,
            }) }
        </>
    }
}

fn cost_table(title: &'static str, id: &'static str, p: &Projection) -> Html {
    let rows = p
        .years
        .iter()
        .map(|y| {
            let c = &y.costs;
            let money = [
                c.pay_bill,
                c.agency,
                c.recruitment,
                c.scheme,
                c.training,
                c.total(),
            ];
            std::iter::once(y.year.to_string())
                .chain(money.iter().map(|m| m.format()))
                .collect()
        })
        .collect();
    data_table(DataTable {
        id,
        caption: format!("Costs, {}", title.to_ascii_lowercase()),
        headers: &[
            "Year",
            "Permanent pay bill",
            "Agency",
            "Recruitment",
            "Scheme",
            "Training",
            "Total",
        ],
        rows,
        selected: None,
        csv: &format!("costs {}", title.to_ascii_lowercase()),
        class: "table--years table--striped",
        changes_only: false,
    })
}

fn difference_table(r: &WorkforceResults) -> Html {
    let c = &r.comparison;
    let rows = c
        .as_now
        .years
        .iter()
        .zip(&c.strategy.years)
        .enumerate()
        .map(|(i, (n, w))| {
            vec![
                (i + 1).to_string(),
                n.costs.total().format(),
                w.costs.total().format(),
                c.difference[i].format(),
                c.cumulative[i].format(),
            ]
        })
        .collect();
    data_table(DataTable {
        id: "difference",
        caption: "The strategy against as now (negative: it saves)".into(),
        headers: &[
            "Year",
            "As now",
            "With the strategy",
            "Difference",
            "Difference so far",
        ],
        rows,
        selected: c.break_even_year.map(|y| y as usize - 1),
        csv: "strategy against as now",
        class: "table--years table--striped",
        changes_only: false,
    })
}
