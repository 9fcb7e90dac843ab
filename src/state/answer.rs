//! The answers the JavaScript API gives (src/api.rs, docs/api.md), worked out
//! here without any browser crate so they are tested natively.
//!
//! An input is the calculator's link keys (`salary`, `p0.amount`, `c.turnover`,
//! …) to text; a key left out takes the calculator's default, as on screen, and
//! giving any payment (`pN.…`) or offer (`oN.…`) replaces the default ones. It
//! goes through the same reader as a shared link and the same `compute` as the
//! page, so the answers are the page's.

use crate::engine::breakdown::{Breakdown, LineKind};
use crate::engine::money::Pence;
use crate::state::fragment::{decode, encode_component, encode_query};
use crate::state::retention::FieldError;
use crate::state::{
    cost, designs, headline, package, payback, retention, workforce, AppState, Page,
};
use serde::Serialize;
use std::collections::BTreeMap;

/// Is `key` one of a numbered group's (`p0.amount` for `p`, `o2.salary` for `o`)?
fn in_group(key: &str, group: char) -> bool {
    key.strip_prefix(group)
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
}

/// The link for `page` with the defaults, overridden by `input` (link keys to text).
pub fn fragment(page: Page, input: &BTreeMap<String, String>) -> String {
    let defaults = encode_query(&AppState::default());
    let replaces = |group| input.keys().any(|k| in_group(k, group));
    let mut pairs: Vec<String> = defaults
        .split('&')
        .filter(|pair| {
            let key = pair.split('=').next().unwrap_or_default();
            let given = input.contains_key(key);
            let replaced = ['p', 'o', 'd']
                .iter()
                .any(|&g| in_group(key, g) && replaces(g));
            !given && !replaced
        })
        .map(str::to_string)
        .collect();
    pairs.extend(
        input
            .iter()
            .filter(|(k, _)| k.as_str() != "v")
            .map(|(k, v)| format!("{}={}", encode_component(k), encode_component(v))),
    );
    format!("{}?{}", page.slug(), pairs.join("&"))
}

/// A line of "how this is worked out".
#[derive(Serialize, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Line {
    pub label: String,
    pub working: String,
    /// "add", "subtract", "total" or "note".
    pub role: &'static str,
    /// "money", "percentage", "months" or "text".
    pub kind: &'static str,
    /// Money in pence, or a number of months; absent for the other kinds.
    pub amount: Option<f64>,
    /// The figure as the page shows it: "£1,500.00", "11.8%", "6 months".
    pub shown: String,
}

#[derive(Serialize, Debug, PartialEq)]
pub struct Section {
    pub title: String,
    pub lines: Vec<Line>,
}

fn section(b: &Breakdown) -> Section {
    use crate::engine::breakdown::Value;
    Section {
        title: b.title.clone(),
        lines: b
            .lines
            .iter()
            .map(|l| Line {
                label: l.label.clone(),
                working: l.working.clone(),
                role: match l.kind {
                    LineKind::Add => "add",
                    LineKind::Subtract => "subtract",
                    LineKind::Total => "total",
                    LineKind::Note => "note",
                },
                kind: l.value.kind(),
                amount: match &l.value {
                    Value::Money(p) => Some(pence(*p)),
                    Value::Months(m) => Some(f64::from(*m)),
                    _ => None,
                },
                shown: l.value.label(),
            })
            .collect(),
    }
}

/// Money for JavaScript: whole pence as a number (exact: far below 2^53).
fn pence(p: Pence) -> f64 {
    p.0 as f64
}

/// What every calculator answers with.
#[derive(Serialize, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Answer<F> {
    pub calculator: &'static str,
    /// The page's own sentence.
    pub headline: String,
    /// The main figures: money in pence, periods in months.
    pub figures: F,
    pub explanation: Vec<Section>,
    /// The calculator's link with these inputs (open the page with `#` + this).
    pub link: String,
}

#[derive(Serialize, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct RetentionFigures {
    pub leave_month: u32,
    pub paid: f64,
    pub repayable: f64,
    pub kept: f64,
}

#[derive(Serialize, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct CostFigures {
    pub agency_a_year: f64,
    pub permanent_a_year: f64,
    pub saving_a_year: f64,
    pub saving_a_month: f64,
}

#[derive(Serialize, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct PaybackFigures {
    /// The package's whole cost (scheme with on-costs + recruitment), whenever
    /// each part falls due; named `upfront` in version 1 of the API.
    pub upfront: f64,
    pub annual_saving: f64,
    /// Months until the package has paid for itself; `null` if it never does.
    pub simple_payback_months: Option<u32>,
    pub expected_payback_month: Option<u32>,
    pub expected_net_at_horizon: f64,
    pub horizon_months: u32,
    /// Scheme designs side by side (`d2.p0.…`, `d3.…`): design A (the
    /// scheme) first; empty when no other design is given.
    pub designs: Vec<DesignFigures>,
    /// The comparison's sentence: the cheapest and the longest tie-in.
    pub designs_sentence: Option<String>,
}

/// One scheme design, as the Payback page's comparison shows it.
#[derive(Serialize, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct DesignFigures {
    /// "A", "B" or "C".
    pub design: String,
    pub paid_if_staying: f64,
    pub cost_with_on_costs: f64,
    pub leave_month: u32,
    pub paid_by_leaving: f64,
    pub repayable_if_leaving: f64,
    /// Repayable after 0, 1, 2 … full months, to the longest tie-in's end.
    pub repayable_by_month: Vec<f64>,
    pub expected_cost_per_hire: f64,
    pub simple_payback_months: Option<u32>,
    pub expected_payback_month: Option<u32>,
    /// Leavers a year per 100 staff it must prevent (`null`: it cannot pay for itself).
    pub leavers_to_prevent_per_100: Option<f64>,
    pub last_tie_in_ends: u32,
}

/// A share as leavers per 100, to two decimals as the page shows it (36.11).
fn per_100(num: i64, den: i64) -> f64 {
    let hundredths = crate::engine::money::round_div(i128::from(num) * 10_000, i128::from(den));
    hundredths as f64 / 100.0
}

fn design_figures(r: &crate::state::designs::DesignsResults) -> Vec<DesignFigures> {
    r.designs
        .iter()
        .enumerate()
        .filter_map(|(i, d)| d.as_ref().map(|d| (i, d)))
        .map(|(i, d)| DesignFigures {
            design: crate::state::designs::letter(i + 1).to_string(),
            paid_if_staying: pence(d.paid),
            cost_with_on_costs: pence(d.cost),
            leave_month: r.leave_month,
            paid_by_leaving: pence(d.at_leaving.paid),
            repayable_if_leaving: pence(d.at_leaving.repayable),
            repayable_by_month: d.repayable.iter().map(|p| pence(*p)).collect(),
            expected_cost_per_hire: pence(d.expected_cost),
            simple_payback_months: d.simple_payback,
            expected_payback_month: d.expected_payback,
            leavers_to_prevent_per_100: d.required_cut.map(|c| per_100(c.num(), c.den())),
            last_tie_in_ends: d.tied_until,
        })
        .collect()
}

#[derive(Serialize, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct PackageFigures {
    pub gross_a_year: f64,
    pub pension: f64,
    pub income_tax: f64,
    pub national_insurance: f64,
    pub student_loans: f64,
    pub take_home_a_year: f64,
    pub take_home_a_month: f64,
    pub leaving_month: u32,
    pub repay_if_leaving: f64,
    pub real_cost_of_leaving: f64,
}

/// Why an input object could not be worked out, as the page would say it.
#[derive(Debug, PartialEq)]
pub struct InputProblem {
    /// The input's key for the field (`salary`, `p1.amount`, `b.horizon`), or
    /// `input` for a key or value the calculator does not know.
    pub field: String,
    pub message: String,
}

/// The link key (what an API input calls it) of a field id on the page, with
/// payments named as in a link (`payments`: each payment's key and its link
/// name, `p0`, `o2.p1`, `d2.p0`: see [`payment_names`]).
/// Fields that name both (the workforce fields, the price caps) answer from the
/// same definitions the page and the link use.
pub fn link_key(id: &str, payments: &[(u32, String)]) -> String {
    use crate::state::locum;
    use crate::state::package::TAX_CODE_ID;
    use crate::state::payback::ids;
    use crate::state::workforce::{WField, SCHEME_ID, SCHEME_KEY};
    if let Some(f) = WField::from_id(id) {
        return f.key();
    }
    if let Some(f) = locum::LField::from_id(id) {
        return f.key();
    }
    if let Some((region, role)) = cost::cap_of_id(id) {
        return cost::cap_key(region, role);
    }
    match id {
        SCHEME_ID => return SCHEME_KEY.into(),
        "leave-month" => return "leave".into(),
        "pension-rate" => return "pension".into(),
        TAX_CODE_ID => return "k.code".into(),
        ids::DISCOUNT => return "b.rate".into(),
        ids::DISCOUNT_ON => return "b.discount".into(),
        _ => {}
    }
    let numbered = |t: &str, g: char| {
        t.strip_prefix(g)
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    };
    let mut key = Vec::new();
    let mut rest = id.split('-').peekable();
    while let Some(&t) = rest.peek() {
        if numbered(t, 'p') && key.is_empty() {
            // A payment's id carries its key; its link number is its place.
            let k: u32 = t[1..].parse().unwrap_or(u32::MAX);
            let name = payments
                .iter()
                .find(|(p, _)| *p == k)
                .map(|(_, n)| n.clone());
            key.push(name.unwrap_or_else(|| "p0".into()));
        } else if numbered(t, 'p') || numbered(t, 'o') || matches!(t, "c" | "b" | "k" | "l") {
            key.push(t.to_string());
        } else if numbered(t, 's') {
            key.push("steps".into());
            return key.join(".");
        } else {
            break;
        }
        rest.next();
    }
    let tail: Vec<&str> = rest.collect();
    key.push(tail.join("-"));
    key.join(".")
}

/// Any error on the page's fields is an error of the input, even where the page
/// could still show part of its results (a bad salary on Retention, say).
fn results<T>(
    results: Option<T>,
    errors: &[FieldError],
    blocked_by: &[&str],
) -> Result<T, InputProblem> {
    match results {
        Some(r) if errors.is_empty() => Ok(r),
        _ => Err(first_error(errors, blocked_by)),
    }
}

fn first_error(errors: &[FieldError], blocked_by: &[&str]) -> InputProblem {
    match errors.first() {
        Some(e) => InputProblem {
            field: e.id.clone(),
            message: e.message.clone(),
        },
        None => InputProblem {
            field: "input".into(),
            message: format!("correct the inputs of {} first", blocked_by.join(" and ")),
        },
    }
}

/// Reads the input and works out `page`: the API's whole path, natively testable.
pub fn answer(
    page: Page,
    input: &BTreeMap<String, String>,
) -> Result<Answer<Figures>, InputProblem> {
    let link = fragment(page, input);
    let (state, problems) = decode(&link);
    if let Some(p) = problems.first() {
        return Err(InputProblem {
            field: "input".into(),
            message: format!("input: {p}"),
        });
    }
    let payments = payment_names(&state);
    let named = |p: InputProblem| {
        let key = link_key(&p.field, &payments);
        InputProblem {
            message: format!("{key}: {}", p.message),
            field: key,
        }
    };
    let (figures, explanation) = work_out(page, &state).map_err(named)?;
    Ok(Answer {
        calculator: page.slug(),
        headline: headline::for_page(&state).unwrap_or_default(),
        figures,
        explanation,
        link,
    })
}

/// Every payment's DOM key and its name in a link: the scheme's `p0`, `p1`…,
/// the offers' `o2.p0`…, the designs' `d2.p0`….
pub fn payment_names(state: &AppState) -> Vec<(u32, String)> {
    let group = |prefix: String, payments: &[crate::state::retention::PaymentForm]| {
        payments
            .iter()
            .enumerate()
            .map(|(i, p)| (p.key, format!("{prefix}p{i}")))
            .collect::<Vec<_>>()
    };
    let mut names = group(String::new(), &state.retention.payments);
    for (i, o) in state.package.offers.iter().enumerate() {
        names.extend(group(format!("o{}.", i + 2), &o.scheme.payments));
    }
    for (i, d) in state.designs.designs.iter().enumerate() {
        names.extend(group(format!("d{}.", i + 2), &d.payments));
    }
    names
}

/// A page that draws on the other two (Payback, Workforce strategy) and is
/// blocked by them: their fields' errors too, so the first can be named.
fn with_other_pages(
    mut errors: Vec<FieldError>,
    blocked_by: &[&str],
    state: &AppState,
) -> Vec<FieldError> {
    if !blocked_by.is_empty() {
        errors.extend(cost::compute(&state.cost, &state.retention).errors);
        errors.extend(retention::compute(&state.retention).errors);
    }
    errors
}

/// The page's figures and explanation, or the first problem (by field id).
fn work_out(page: Page, state: &AppState) -> Result<(Figures, Vec<Section>), InputProblem> {
    Ok(match page {
        Page::Embed => {
            return Err(InputProblem {
                field: "input".into(),
                message: "the embed builder is not a calculator".into(),
            })
        }
        Page::Retention => {
            let v = retention::compute(&state.retention);
            let r = results(v.results, &v.errors, &[])?;
            let p = &r.position;
            let f = RetentionFigures {
                leave_month: r.leave_month,
                paid: pence(p.paid),
                repayable: pence(p.repayable),
                kept: pence(p.kept),
            };
            (Figures::Retention(f), vec![section(&r.explanation)])
        }
        Page::Cost => {
            let v = cost::compute(&state.cost, &state.retention);
            let r = results(v.results, &v.errors, &[])?;
            let f = CostFigures {
                agency_a_year: pence(r.comparison.agency),
                permanent_a_year: pence(r.comparison.permanent),
                saving_a_year: pence(r.comparison.saving_a_year),
                saving_a_month: pence(r.comparison.saving_a_month),
            };
            let s = vec![
                section(&r.agency.breakdown),
                section(&r.permanent.breakdown),
            ];
            (Figures::Cost(f), s)
        }
        Page::Payback => {
            let v = payback::compute(&state.payback, &state.cost, &state.retention);
            let d = designs::compute(
                &state.designs,
                &state.payback,
                &state.cost,
                &state.retention,
            );
            let mut errors = with_other_pages(v.errors, &v.blocked_by, state);
            errors.extend(d.errors);
            let r = results(v.results, &errors, &v.blocked_by)?;
            let f = PaybackFigures {
                upfront: pence(r.package_cost),
                annual_saving: pence(r.annual_saving),
                simple_payback_months: r.simple.months,
                expected_payback_month: r.expected.payback_month,
                expected_net_at_horizon: pence(r.expected.net),
                horizon_months: r.horizon,
                designs: d.results.as_ref().map(design_figures).unwrap_or_default(),
                designs_sentence: d.results.as_ref().map(designs::sentence),
            };
            (Figures::Payback(f), vec![section(&r.expected.breakdown)])
        }
        Page::Package => {
            let v = package::compute(&state.package, &state.retention, &state.cost);
            let r = results(v.results, &v.errors, &[])?;
            let t = &r.take_home;
            let f = PackageFigures {
                gross_a_year: pence(t.gross),
                pension: pence(t.pension),
                income_tax: pence(t.tax),
                national_insurance: pence(t.ni),
                student_loans: pence(t.loans),
                take_home_a_year: pence(t.net),
                take_home_a_month: pence(t.month.net),
                leaving_month: r.leaving.leaving_month,
                repay_if_leaving: pence(r.leaving.repay),
                real_cost_of_leaving: pence(r.leaving.real_cost),
            };
            let s = vec![section(&t.breakdown), section(&r.leaving.breakdown)];
            (Figures::Package(f), s)
        }
        Page::Locum => {
            let v = crate::state::locum::compute(
                &state.locum,
                &state.retention,
                &state.cost,
                &state.package,
            );
            // Blocked by the scheme's payments: name the first bad one.
            let mut errors = v.errors;
            if !v.blocked_by.is_empty() {
                errors.extend(retention::compute(&state.retention).errors);
            }
            let r = results(v.results, &errors, &v.blocked_by)?;
            (Figures::Locum(locum_figures(&r)), locum_sections(&r))
        }
        Page::Workforce => {
            let v = workforce::compute(&state.workforce, &state.cost, &state.retention);
            let errors = with_other_pages(v.errors, &v.blocked_by, state);
            let r = results(v.results, &errors, &v.blocked_by)?;
            let c = &r.comparison;
            let f = WorkforceFigures {
                as_now: workforce_years(&c.as_now),
                with_strategy: workforce_years(&c.strategy),
                difference: c.cumulative.last().map_or(0.0, |p| pence(*p)),
                break_even_year: c.break_even_year,
                deadweight: c.deadweight.map(|d| WorkforceDeadweight {
                    paid: fte(d.paid),
                    kept: fte(d.kept),
                }),
            };
            (Figures::Workforce(f), vec![section(&c.breakdown)])
        }
    })
}

#[derive(Serialize, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct WorkforceYear {
    pub year: u32,
    pub permanent: f64,
    pub agency: f64,
    pub uncovered: f64,
    pub cost: f64,
}

/// FTE for JavaScript: to three decimal places.
fn fte(f: crate::engine::workforce::Fte) -> f64 {
    (f.0 / 1000) as f64 / 1000.0
}

#[derive(Serialize, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct WorkforceFigures {
    pub as_now: Vec<WorkforceYear>,
    pub with_strategy: Vec<WorkforceYear>,
    /// The strategy's cost less the cost as now, over the whole period.
    pub difference: f64,
    pub break_even_year: Option<u32>,
    /// `null` without a scheme.
    pub deadweight: Option<WorkforceDeadweight>,
}

/// The scheme's reach in a year at the starting staff, in FTE: paid to, and kept
/// who would otherwise have left (the rest of those paid would have stayed anyway).
#[derive(Serialize, Debug, PartialEq)]
pub struct WorkforceDeadweight {
    pub paid: f64,
    pub kept: f64,
}

fn workforce_years(p: &crate::engine::workforce::Projection) -> Vec<WorkforceYear> {
    p.years
        .iter()
        .map(|y| WorkforceYear {
            year: y.year,
            permanent: fte(y.staff.permanent),
            agency: fte(y.staff.agency),
            uncovered: fte(y.staff.uncovered),
            cost: pence(y.costs.total()),
        })
        .collect()
}

/// Agency or permanent for me: money in pence, rates in pence an hour.
#[derive(Serialize, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct LocumFigures {
    pub route: &'static str,
    pub assignment_income_a_year: f64,
    pub agency_gross_a_year: f64,
    pub agency_take_home_a_year: f64,
    pub agency_take_home_a_month: f64,
    pub agency_employer_pension_a_year: f64,
    pub permanent_take_home_a_year: f64,
    pub permanent_take_home_a_month: f64,
    pub permanent_employer_pension_a_year: f64,
    /// Agency less permanent take-home (negative: the permanent offer is more).
    pub take_home_difference_a_year: f64,
    /// The same, each with its employer pension.
    pub with_pension_difference_a_year: f64,
    /// `null` above £1,000 an hour.
    pub break_even_rate: Option<f64>,
    pub break_even_rate_with_pension: Option<f64>,
}

fn locum_figures(r: &crate::state::locum::LocumResults) -> LocumFigures {
    let a = &r.agency;
    LocumFigures {
        route: r.terms.route.slug(),
        assignment_income_a_year: pence(a.year.income),
        agency_gross_a_year: pence(a.year.gross),
        agency_take_home_a_year: pence(a.net),
        agency_take_home_a_month: pence(a.month.net),
        agency_employer_pension_a_year: pence(a.year.employer_pension),
        permanent_take_home_a_year: pence(r.permanent.net),
        permanent_take_home_a_month: pence(r.permanent.month.net),
        permanent_employer_pension_a_year: pence(r.employer_lgps),
        take_home_difference_a_year: pence(a.net - r.permanent.net),
        with_pension_difference_a_year: pence(r.agency_with_pension() - r.permanent_with_pension()),
        break_even_rate: r.break_even.map(pence),
        break_even_rate_with_pension: r.break_even_pension.map(pence),
    }
}

fn locum_sections(r: &crate::state::locum::LocumResults) -> Vec<Section> {
    let mut s = Vec::new();
    if !r.agency.costs.lines.is_empty() {
        s.push(section(&r.agency.costs));
    }
    s.push(section(&r.agency.take_home));
    s.push(section(&r.permanent.breakdown));
    s.push(section(&r.beyond));
    s
}

#[derive(Serialize, Debug, PartialEq)]
#[serde(untagged)]
pub enum Figures {
    Locum(LocumFigures),
    Workforce(WorkforceFigures),
    Retention(RetentionFigures),
    Cost(CostFigures),
    Payback(PaybackFigures),
    Package(PackageFigures),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn retention_figures(a: &Answer<Figures>) -> &RetentionFigures {
        match &a.figures {
            Figures::Retention(f) => f,
            other => panic!("not retention figures: {other:?}"),
        }
    }

    #[test]
    fn no_input_gives_the_default_scheme() {
        // £1,000 on joining (6-month cliff), £2,000 at 6 months (12-month cliff),
        // £3,000 at 18 months; leaving after 10: £3,000 paid, the £2,000 still tied
        // in, £1,000 kept (its 6 months are over).
        let a = answer(Page::Retention, &BTreeMap::new()).unwrap();
        let f = retention_figures(&a);
        assert_eq!(
            (f.leave_month, f.paid, f.repayable, f.kept),
            (10, 300_000.0, 200_000.0, 100_000.0)
        );
        assert!(
            a.headline
                .contains("you repay £2,000.00 of the £3,000.00 paid"),
            "{}",
            a.headline
        );
        assert!(a.link.starts_with("retention?v=1&"));
        assert_eq!(a.calculator, "retention");
    }

    #[test]
    fn a_payment_given_replaces_the_default_ones() {
        // £5,000 on joining, pro rata over 24 months, leaving after 9: 15 of 24
        // months unserved, so 5,000 × 15 / 24 = £3,125.00 repayable, £1,875.00 kept.
        let a = answer(
            Page::Retention,
            &input(&[
                ("p0.amount", "5000"),
                ("p0.month", "0"),
                ("p0.tiein", "24"),
                ("p0.shape", "prorata"),
                ("leave", "9"),
            ]),
        )
        .unwrap();
        let f = retention_figures(&a);
        assert_eq!(
            (f.paid, f.repayable, f.kept),
            (500_000.0, 312_500.0, 187_500.0)
        );
        assert!(
            !a.link.contains("p1."),
            "the default payments are gone: {}",
            a.link
        );
        // The explanation is the page's, each line with its kind.
        let total = a.explanation[0]
            .lines
            .iter()
            .find(|l| l.role == "total")
            .unwrap();
        assert_eq!((total.kind, total.amount), ("money", Some(312_500.0)));
        assert_eq!(total.shown, "£3,125.00");
    }

    #[test]
    fn take_home_matches_the_payslip_worked_by_hand() {
        // 2025/26, £40,000, Plan 2, not in the LGPS (tests/e2e/package.test.mjs has
        // the working): a month is 3,333.33 − PAYE 457.00 − NI 182.83 − loan 86 =
        // £2,607.50; the year's liability 20% × 27,429.96 = £5,485.99, NI £2,193.96,
        // loans £1,032: £31,288.01.
        let a = answer(
            Page::Package,
            &input(&[
                ("salary", "40000"),
                ("year", "2025-26"),
                ("k.lgps", "out"),
                ("p0.name", "Bonus"),
                ("p0.amount", "3000"),
                ("p0.month", "4"),
                ("p0.shape", "cliff"),
                ("p0.tiein", "12"),
                ("leave", "10"),
            ]),
        )
        .unwrap();
        let Figures::Package(f) = &a.figures else {
            panic!("not package figures")
        };
        assert_eq!(
            (f.take_home_a_year, f.take_home_a_month),
            (3_128_801.0, 260_750.0)
        );
        assert_eq!(
            (f.income_tax, f.national_insurance, f.student_loans),
            (548_599.0, 219_396.0, 103_200.0)
        );
        // Leaving after 10: all £3,000 repaid, £600 of tax back: £2,400 real cost.
        assert_eq!(
            (f.repay_if_leaving, f.real_cost_of_leaving),
            (300_000.0, 240_000.0)
        );
    }

    #[test]
    fn bad_input_names_the_field_by_its_key() {
        let e = answer(Page::Package, &input(&[("salary", "lots")])).unwrap_err();
        assert_eq!(e.field, "salary");
        assert!(
            e.message.starts_with("salary: Enter the full-time salary"),
            "{}",
            e.message
        );
        // A bad salary is an error on Retention too, though the page would still
        // show what is repayable (the salary only feeds the employer's cost).
        assert_eq!(
            answer(Page::Retention, &input(&[("salary", "lots")]))
                .unwrap_err()
                .field,
            "salary"
        );
        let e = answer(Page::Retention, &input(&[("p0.amount", "2,00x")])).unwrap_err();
        assert_eq!(e.field, "p0.amount");
        assert!(e.message.contains("payment 1"), "{}", e.message);
        // A key the calculator does not know is named too.
        let e = answer(Page::Cost, &input(&[("salery", "38000")])).unwrap_err();
        assert_eq!(e.field, "input");
        assert!(e.message.contains("salery"), "{}", e.message);
        // Payback stops on the other pages' errors and names their fields.
        let e = answer(Page::Payback, &input(&[("c.turnover", "x")])).unwrap_err();
        assert_eq!(e.field, "c.turnover", "{}", e.message);
    }

    #[test]
    fn every_kind_of_field_is_named_by_the_key_that_set_it() {
        let cases = [
            (Page::Retention, "leave", "ten"),
            (Page::Retention, "fte", "2"),
            (Page::Retention, "pension", "x"),
            (Page::Retention, "p0.tiein", "x"),
            (Page::Cost, "c.day-rate", "x"),
            (Page::Cost, "c.agency-now", "x"),
            (Page::Payback, "b.horizon", "x"),
            (Page::Payback, "b.rate", "x"),
            (Page::Package, "k.code", "XYZ"),
            (Page::Package, "o2.salary", "x"),
        ];
        for (page, key, bad) in cases {
            let mut i = input(&[(key, bad)]);
            if key == "c.day-rate" {
                i.insert("c.basis".into(), "daily".into());
            }
            if key == "b.rate" {
                i.insert("b.discount".into(), "1".into());
            }
            if key == "p0.tiein" {
                // A payment given replaces the defaults: the rest of it must be good.
                i.extend(input(&[
                    ("p0.amount", "1000"),
                    ("p0.month", "0"),
                    ("p0.shape", "cliff"),
                ]));
            }
            let e = answer(page, &i).unwrap_err();
            assert_eq!(e.field, key, "{}", e.message);
        }
        // Payments are named by their place, as in a link; steps by their list.
        let names = [
            (3, "p0".to_string()),
            (7, "p1".to_string()),
            (40_001, "d2.p1".to_string()),
        ];
        assert_eq!(link_key("p7-amount", &names), "p1.amount");
        assert_eq!(link_key("p3-s2-share", &names), "p0.steps");
        assert_eq!(link_key("p40001-tiein", &names), "d2.p1.tiein");
        assert_eq!(link_key("o2-p0-month", &[]), "o2.p0.month");
    }

    /// Issue 25: the workforce fields and the price caps were named by their
    /// page ids (`w-posts`, `w-s.hires`, `cap-london-sw`).
    #[test]
    fn every_workforce_field_and_every_price_cap_is_named_by_its_link_key() {
        use crate::engine::agency::{Region, Role};
        use crate::state::workforce::WField;
        let mut keys: Vec<(Page, String)> = WField::ALL
            .iter()
            .map(|f| (Page::Workforce, f.key()))
            .collect();
        for region in Region::ALL {
            for role in Role::ALL {
                keys.push((Page::Cost, cost::cap_key(region, role)));
            }
        }
        assert_eq!(keys.len(), 15 + Region::ALL.len() * Role::ALL.len());
        assert!(keys.iter().any(|(_, k)| k == "w.s.hires"));
        assert!(keys.iter().any(|(_, k)| k == "cap.south-east.ssw"));
        for (page, key) in keys {
            // The rates are read when the service is given as rates.
            let rates = [WField::VacancyRate, WField::AgencyRate]
                .iter()
                .any(|f| f.key() == key);
            let mut i = input(&[(key.as_str(), "abc")]);
            if rates {
                i.extend(input(&[(crate::state::workforce::RATES_KEY, "1")]));
            }
            let e = answer(page, &i).unwrap_err();
            assert_eq!(e.field, key, "{}", e.message);
            assert!(e.message.starts_with(&format!("{key}: ")), "{}", e.message);
        }
    }

    /// Every key a link can hold, given "abc" with every other key at its
    /// default, on every calculator: an error names that key (or `input`, where
    /// the link reader refuses the value itself, as for a choice).
    #[test]
    fn every_link_key_given_bad_text_is_named_by_itself() {
        use crate::engine::agency::{Region, Role};
        use crate::state::cost::{reduce as reduce_cost, CostAction};
        use crate::state::fragment::decode_component;
        let mut state = AppState::default();
        state.cost = reduce_cost(
            &state.cost,
            CostAction::SetCap(Region::London, Role::SocialWorker, "40".into()),
        );
        state.cost = reduce_cost(
            &state.cost,
            CostAction::SetCap(Region::SouthEast, Role::SeniorSocialWorker, "45".into()),
        );
        let defaults: BTreeMap<String, String> = encode_query(&state)
            .split('&')
            .filter_map(|pair| pair.split_once('='))
            .filter(|(k, _)| *k != "v")
            .map(|(k, v)| (k.to_string(), decode_component(v).unwrap_or_default()))
            .collect();
        assert!(defaults.len() > 60, "{} keys", defaults.len());
        let mut named = 0;
        for key in defaults.keys() {
            let mut bad = defaults.clone();
            bad.insert(key.clone(), "abc".into());
            for page in Page::ALL {
                if let Err(e) = answer(page, &bad) {
                    assert!(
                        e.field == *key || e.field == "input",
                        "{key} on {page:?}: {} ({})",
                        e.field,
                        e.message
                    );
                    named += usize::from(e.field == *key);
                }
            }
        }
        assert!(named > 50, "{named} errors named their key");
    }

    /// Agency or permanent for me: the example (worked by hand in
    /// `engine::locum_pay`), and a bad payment elsewhere named by its key.
    #[test]
    fn agency_or_permanent_for_me_answers_with_the_pages_figures() {
        let a = answer(
            Page::Locum,
            &input(&[
                ("salary", "39500"),
                ("l.rate", "38"),
                ("c.hours", "37"),
                ("c.weeks", "46"),
            ]),
        )
        .unwrap();
        let Figures::Locum(f) = &a.figures else {
            panic!("not the locum figures: {:?}", a.figures);
        };
        assert_eq!(
            (f.agency_take_home_a_year, f.agency_take_home_a_month),
            (3_869_879.0, 322_527.0)
        );
        assert_eq!(f.permanent_take_home_a_year, 2_900_614.0);
        assert_eq!(f.assignment_income_a_year, 6_467_600.0);
        assert_eq!(f.with_pension_difference_a_year, 319_249.0);
        assert_eq!(
            a.explanation[0].title,
            "From assignment income to your gross pay (2026/27)"
        );
        assert!(
            a.headline
                .starts_with("Through an umbrella at £38.00 an hour"),
            "{}",
            a.headline
        );
        let e = answer(
            Page::Locum,
            &input(&[("p0.amount", "x"), ("p0.month", "0")]),
        )
        .unwrap_err();
        assert_eq!(e.field, "p0.amount", "{}", e.message);
    }

    /// Scheme designs through the API: the two designs (worked by hand
    /// in state::designs) at 15 months against a £42 locum, and a bad value in
    /// design B named by its own key.
    #[test]
    fn designs_compared_through_the_api() {
        let mut i = input(&[
            ("year", "2025-26"),
            ("leave", "15"),
            ("c.hourly", "42"),
            ("p0.amount", "2000"),
            ("p0.month", "0"),
            ("p0.tiein", "24"),
            ("p0.shape", "prorata"),
            ("p1.amount", "1500"),
            ("p1.month", "12"),
            ("p1.tiein", "12"),
            ("p1.shape", "cliff"),
            ("p2.amount", "1500"),
            ("p2.month", "24"),
            ("p2.tiein", "12"),
            ("p2.shape", "cliff"),
            ("d2.p0.amount", "5000"),
            ("d2.p0.month", "0"),
            ("d2.p0.tiein", "24"),
            ("d2.p0.shape", "prorata"),
        ]);
        let a = answer(Page::Payback, &i).unwrap();
        let Figures::Payback(f) = &a.figures else {
            panic!("payback figures")
        };
        let d: Vec<(&str, f64, f64, f64, Option<u32>)> = f
            .designs
            .iter()
            .map(|d| {
                (
                    d.design.as_str(),
                    d.paid_by_leaving,
                    d.repayable_if_leaving,
                    d.cost_with_on_costs,
                    d.simple_payback_months,
                )
            })
            .collect();
        assert_eq!(
            d,
            vec![
                ("A", 350_000.0, 225_000.0, 577_500.0, Some(3)),
                ("B", 500_000.0, 187_500.0, 577_500.0, Some(5)),
            ]
        );
        assert_eq!(f.designs[0].leavers_to_prevent_per_100, Some(36.11));
        assert_eq!(f.designs[1].repayable_by_month.len(), 37);
        assert!(f
            .designs_sentence
            .as_deref()
            .unwrap()
            .contains("Design A ties people in longest"));
        assert!(a.link.contains("d2.p0.amount=5000"));
        i.insert("d2.p0.amount".into(), "abc".into());
        let e = answer(Page::Payback, &i).unwrap_err();
        assert_eq!(e.field, "d2.p0.amount", "{}", e.message);
        assert!(e.message.contains("Design B: "), "{}", e.message);
        // Without a design B there is nothing to compare.
        let Figures::Payback(f) = answer(Page::Payback, &BTreeMap::new()).unwrap().figures else {
            panic!()
        };
        assert!(f.designs.is_empty() && f.designs_sentence.is_none());
    }

    #[test]
    fn every_calculator_answers_its_defaults() {
        for page in Page::ALL {
            let a = answer(page, &BTreeMap::new()).unwrap();
            assert!(
                !a.headline.is_empty() && !a.explanation.is_empty(),
                "{page:?}"
            );
        }
    }
}
