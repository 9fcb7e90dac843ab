//! Workforce strategy: the whole service over one to five years, as now and
//! with the strategy (issue 12). The charts have tables with the same figures.

use super::data_table::{data_table, DataTable};
use super::error_for;
use super::explanation::{explanation, ExplanationProps};
use super::layout::{layout, LayoutProps, CORRECT_ERRORS};
use super::source_note::{source_note, SourceNoteProps};
use super::text_field::Field;
use super::workforce_charts::{difference_chart, staff_chart};
use super::your_council::census_note;
use crate::engine::rates::{self, Source};
use crate::engine::workforce::Projection;
use crate::state::cost::{CostField, CostForm};
use crate::state::headline::{workforce_compact, workforce_sentence};
use crate::state::retention::FieldError;
use crate::state::workforce::{WField, WorkforceForm, WorkforceResults, WorkforceView, SCHEME_ID};
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
    let uncovered = view.results.as_ref().map(|r| r.inputs.service.uncovered());
    let form = html! {
        <>
            <section aria-labelledby="service-heading">
                <h2 class="heading-l" id="service-heading">{ "The service now" }</h2>
                { field(f, WField::Posts, e, Unit::Fte) }
                { census_note(p.notes, &WField::Posts.id()) }
                { field(f, WField::Permanent, e, Unit::Fte) }
                { census_note(p.notes, &WField::Permanent.id()) }
                { field(f, WField::Agency, e, Unit::Fte) }
                { census_note(p.notes, &WField::Agency.id()) }
                { note(&rates::DFE_VACANCY_2025, "Defaults for a service of 100 posts at the national rates") }
                if let Some(u) = uncovered {
                    <p class="body" data-testid="uncovered">{ format!("Vacant and not covered: {} FTE (the establishment less permanent and agency staff).", u.label()) }</p>
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
        details: view.results.as_ref().map(details).unwrap_or_default(),
    })
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
            <h3 class="heading-m">{ "What it costs" }</h3>
            { difference_chart(&c.cumulative) }
            { difference_table(r) }
            { cost_table("As now", "cost-now", &c.as_now) }
            { cost_table("With the strategy", "cost-with", &c.strategy) }
            { explanation(ExplanationProps { breakdown: c.breakdown.clone(), summary: AttrValue::Static("How this is worked out") }) }
        </>
    }
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

fn staffing_table(title: &'static str, id: &'static str, p: &Projection) -> Html {
    let rows = p
        .years
        .iter()
        .map(|y| {
            vec![
                y.year.to_string(),
                y.staff.permanent.label(),
                y.staff.agency.label(),
                y.staff.uncovered.label(),
                y.agency_rate().percent_label(),
                y.vacancy_rate().percent_label(),
                y.turnover_rate().percent_label(),
                y.leavers.label(),
                y.hires.label(),
                y.conversions.label(),
                y.qualified.label(),
            ]
        })
        .collect();
    data_table(DataTable {
        id,
        caption: format!("Staffing, {}", title.to_ascii_lowercase()),
        headers: &[
            "Year",
            "Permanent FTE",
            "Agency FTE",
            "Vacant, not covered",
            "Agency rate",
            "Vacancy rate",
            "Turnover",
            "Leavers",
            "Hires",
            "Converted",
            "Trainees qualified",
        ],
        rows,
        selected: None,
        csv: &format!("staffing {}", title.to_ascii_lowercase()),
    })
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
    })
}
