//! How long an incentive takes to pay for itself.
//!
//! Simple payback: an up-front cost `K` against a saving `S` a month (permanent
//! over agency) breaks even after `ceil(K / S)` months; never when `S <= 0`.
//!
//! Expected value under turnover: annual turnover `T` gives a monthly leaving
//! probability `h = 1 − (1 − T)^(1/12)` and survival `S(m) = (1 − h)^m`. Month by
//! month (month `m` runs from `m` to `m + 1` full months of service):
//! - a payment due in month `m` is made if the worker is still there: `S(m) ×` its
//!   cost with on-costs (recruitment is paid at the start);
//! - the month's saving is earned if the worker stays the month: `S(m + 1) × S`;
//! - a worker who leaves during the month (`S(m) − S(m + 1)`) repays what the
//!   scheme says for leaving after `m` full months (as a resignation), of which the
//!   recovery rate is actually collected;
//! - each flow is optionally discounted by `d^m`, `d = (1 + r)^(−1/12)`.
//!
//! The payback month is the month from which the cumulative expected cash flow is
//! zero or more and stays so to the horizon: a scheme whose later tranches push
//! the position below zero again has not paid back at the first crossing.

use super::breakdown::{Breakdown, Value};
use super::clawback::{position_unchecked, LeavingReason, Scheme, SchemeError};
use super::employer_cost::{payment_cost, OnCostSettings};
use super::money::{Pence, Ratio};
use super::probability::{monthly_discount, monthly_leaving, monthly_survival, Fixed};
use super::rates;

/// The longest horizon for the expected cash flow: ten years.
pub const MAX_HORIZON: u32 = 120;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SimplePayback {
    /// Recruitment and the payments due in month 0, with on-costs.
    pub upfront: Pence,
    /// Every payment with on-costs, plus recruitment.
    pub total: Pence,
    pub saving_a_month: Pence,
    /// The month from which the running position stays at or above zero: whole
    /// months, `Some(0)` when there is nothing to pay back, `None` for never.
    pub months: Option<u32>,
    /// Where the position first reached zero but a later payment took it below
    /// again: that first month.
    pub first_covered: Option<u32>,
    pub breakdown: Breakdown,
}

/// Simple payback with every payment counted in the month it is due, as the
/// expected cash flow counts it, but with nobody leaving: after `m + 1` months the
/// position is `(m + 1) × saving − recruitment − the payments due by month m`.
/// `payments` are (month due, cost with on-costs).
pub fn simple_payback(
    payments: &[(u32, Pence)],
    recruitment: Pence,
    saving_a_month: Pence,
) -> SimplePayback {
    let paid_by = |m: u32| -> Pence {
        recruitment
            + payments
                .iter()
                .filter(|(due, _)| *due <= m)
                .map(|(_, c)| *c)
                .sum::<Pence>()
    };
    let total = paid_by(u32::MAX);
    let upfront = paid_by(0);
    let last_due = payments.iter().map(|(m, _)| *m).max().unwrap_or(0);
    let position = |m: u32| Pence(saving_a_month.get() * (i64::from(m) + 1)) - paid_by(m);
    let (months, first_covered) = if total <= Pence::ZERO {
        (Some(0), None)
    } else if saving_a_month <= Pence::ZERO {
        (None, None)
    } else {
        // Up to the last payment, month by month; after it the position only
        // rises, and is below zero until ceil(total / saving) months.
        let mut last_negative = (0..=last_due).filter(|m| position(*m) < Pence::ZERO).max();
        let first = (0..=last_due).find(|m| position(*m) >= Pence::ZERO);
        let k = ceil_months(total, saving_a_month);
        if let Some(k) = k.filter(|k| *k >= last_due + 3) {
            last_negative = Some(k - 2);
        }
        let months = match (k, last_negative) {
            (None, _) => None,
            (_, None) => Some(1),
            (_, Some(m)) => Some(m + 2),
        };
        let first = first.map(|m| m + 1).filter(|f| Some(*f) != months);
        (months, first)
    };
    let mut b = Breakdown::new("Simple payback: each payment when it is due, nobody leaving");
    b.note(
        "Up front",
        "recruitment, and payments due on joining, with on-costs",
        upfront,
        None,
    );
    for (m, c) in payments.iter().filter(|(m, _)| *m > 0) {
        b.note(
            format!("Payment due in month {m}"),
            "with on-costs, counted in the month it is due",
            *c,
            None,
        );
    }
    b.note(
        "Saving a month",
        "agency less the permanent running cost, a year, ÷ 12",
        saving_a_month,
        None,
    );
    let (label, value) = match (months, first_covered) {
        (Some(0), _) => ("Pays back", Value::Text("at once: nothing to pay".into())),
        (Some(m), Some(f)) => {
            b.note(
                "First covered",
                "the savings first cover what has been paid, but a later payment takes the position below zero again",
                Value::Months(f),
                None,
            );
            ("Pays back", Value::Months(m))
        }
        (Some(m), None) => ("Pays back", Value::Months(m)),
        (None, _) => (
            "Pays back",
            Value::Text("never: agency is not dearer than permanent".into()),
        ),
    };
    b.note(
        label,
        "the month from which the savings to date cover everything paid to date, and go on covering it",
        value,
        None,
    );
    SimplePayback {
        upfront,
        total,
        saving_a_month,
        months,
        first_covered,
        breakdown: b,
    }
}

/// Whole months for `saving` a month to reach `total`: `ceil(total / saving)`.
fn ceil_months(total: Pence, saving: Pence) -> Option<u32> {
    if saving <= Pence::ZERO {
        return None;
    }
    let (n, d) = (i128::from(total.get()), i128::from(saving.get()));
    u32::try_from((n + d - 1) / d).ok()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExpectedInputs {
    pub turnover: Ratio,
    /// Share of clawback actually recovered.
    pub recovery: Ratio,
    /// Share of leavers whose reason the scheme exempts (redundancy, ill health,
    /// TUPE): they repay nothing.
    pub exempt_share: Ratio,
    /// Annual discount rate, if discounting.
    pub discount: Option<Ratio>,
    pub horizon_months: u32,
    /// Saving of a permanent worker over agency, a month (may be negative).
    pub saving_a_month: Pence,
    /// Recruitment cost, paid at the start.
    pub recruitment: Pence,
}

/// One month of expected cash flow (already discounted where asked).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CashFlowMonth {
    /// Month from 0: the month from `month` to `month + 1` full months of service.
    pub month: u32,
    /// Chance the worker is still in post at the start of the month.
    pub in_post: Fixed,
    /// Expected outflow: payments due this month with on-costs (and recruitment in month 0).
    pub costs: Pence,
    /// Expected clawback collected from leavers this month.
    pub clawback: Pence,
    pub saving: Pence,
    /// `saving + clawback − costs`.
    pub net: Pence,
    pub cumulative: Pence,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExpectedPayback {
    pub monthly_leaving: Fixed,
    pub months: Vec<CashFlowMonth>,
    /// The month from which the cumulative cash flow is zero or more to the horizon.
    pub payback_month: Option<u32>,
    pub costs: Pence,
    pub clawback: Pence,
    pub saving: Pence,
    pub net: Pence,
    pub breakdown: Breakdown,
}

/// What a (validated) scheme pays and claws back, month by month to a horizon:
/// worked out once and reused for every turnover rate.
struct SchemeFlows {
    /// Each payment's month and its cost with on-costs.
    costs_by_payment: Vec<(u32, Pence)>,
    /// What a resigning leaver repays after `m` full months, for each month.
    repayable: Vec<Pence>,
}

/// Each payment's month and its cost with on-costs: what the simple payback and
/// the expected cash flow both count.
pub fn payment_costs(scheme: &Scheme, settings: &OnCostSettings) -> Vec<(u32, Pence)> {
    scheme
        .payments
        .iter()
        .map(|p| {
            (
                p.paid_month,
                payment_cost(settings, scheme.gross(p), p.pensionable).total,
            )
        })
        .collect()
}

fn scheme_flows(scheme: &Scheme, settings: &OnCostSettings, horizon: u32) -> SchemeFlows {
    SchemeFlows {
        costs_by_payment: payment_costs(scheme, settings),
        repayable: (0..horizon)
            .map(|m| position_unchecked(scheme, LeavingReason::Resignation, m).repayable)
            .collect(),
    }
}

/// The expected cash flow given the monthly survival and discount factors, and
/// the payback month (from when the cumulative position stays at or above zero).
fn cash_flow(
    flows: &SchemeFlows,
    stay: Fixed,
    d: Fixed,
    inputs: &ExpectedInputs,
) -> (Vec<CashFlowMonth>, Option<u32>) {
    let horizon = flows.repayable.len() as u32;
    let mut months = Vec::with_capacity(horizon as usize);
    let (mut s_m, mut disc) = (Fixed::ONE, Fixed::ONE);
    let mut cumulative = Pence::ZERO;
    // The last month whose cumulative position is below zero.
    let mut last_negative: Option<u32> = None;
    for (m, repayable) in (0..horizon).zip(&flows.repayable) {
        let s_next = s_m.times(stay);
        let due: Pence = flows
            .costs_by_payment
            .iter()
            .filter(|(month, _)| *month == m)
            .map(|(_, cost)| *cost)
            .sum();
        let mut costs = s_m.of(due);
        if m == 0 {
            costs += inputs.recruitment;
        }
        let leave = s_m.minus(s_next);
        let clawback = leave.of(repayable.times(collected(inputs)));
        let saving = s_next.of(inputs.saving_a_month);
        let (costs, clawback, saving) = (disc.of(costs), disc.of(clawback), disc.of(saving));
        let net = saving + clawback - costs;
        cumulative += net;
        if cumulative < Pence::ZERO {
            last_negative = Some(m);
        }
        months.push(CashFlowMonth {
            month: m,
            in_post: s_m,
            costs,
            clawback,
            saving,
            net,
            cumulative,
        });
        s_m = s_next;
        disc = disc.times(d);
    }
    // Row m covers month m + 1, so the position is safe from month last_negative + 2.
    let payback_month = match last_negative {
        None => Some(1),
        Some(m) if m + 1 < horizon => Some(m + 2),
        Some(_) => None,
    };
    (months, payback_month)
}

/// The share of what leavers owe that is collected: recovered, from the leavers
/// who are not exempt. `recovery × (1 − exempt share)`.
fn collected(inputs: &ExpectedInputs) -> Ratio {
    let (r, e) = (inputs.recovery, inputs.exempt_share);
    let kept = e.complement();
    Ratio::new(r.num() * kept.num(), r.den() * kept.den()).unwrap_or(Ratio::ZERO)
}

fn expected_unchecked(
    scheme: &Scheme,
    settings: &OnCostSettings,
    inputs: &ExpectedInputs,
) -> ExpectedPayback {
    let horizon = inputs.horizon_months.min(MAX_HORIZON);
    let flows = scheme_flows(scheme, settings, horizon);
    let d = inputs.discount.map(monthly_discount).unwrap_or(Fixed::ONE);
    let (months, payback_month) = cash_flow(&flows, monthly_survival(inputs.turnover), d, inputs);
    let costs: Pence = months.iter().map(|r| r.costs).sum();
    let clawback: Pence = months.iter().map(|r| r.clawback).sum();
    let saving: Pence = months.iter().map(|r| r.saving).sum();
    let h = monthly_leaving(inputs.turnover);
    let mut b = Breakdown::new(format!("Expected cash flow per hire over {horizon} months"));
    b.note(
        "Chance of leaving in any month",
        format!(
            "1 − (1 − {})^(1/12), from annual turnover of {}",
            inputs.turnover.percent_label(),
            inputs.turnover.percent_label()
        ),
        h,
        Some(&rates::DFE_WORKFORCE_2025),
    );
    b.add(
        "Expected saving over agency",
        format!(
            "{} a month, times the chance the worker is still in post each month",
            inputs.saving_a_month.format()
        ),
        saving,
        None,
    );
    b.add(
        "Expected clawback collected",
        format!(
            "what a leaver owes under the scheme, times the chance of leaving that month, times {} recovered, from the {} of leavers who are not exempt",
            inputs.recovery.percent_label(),
            inputs.exempt_share.complement().percent_label()
        ),
        clawback,
        Some(&rates::CLAWBACK_RECOVERY),
    );
    b.subtract(
        "Expected payments with on-costs, and recruitment",
        format!(
            "each payment's cost times the chance the worker is there when it is due, plus {} recruitment at the start",
            inputs.recruitment.format()
        ),
        costs,
        None,
    );
    if let Some(r) = inputs.discount {
        b.note(
            "Discounting",
            "each month's flow × (1 + rate)^(−month/12)",
            r,
            Some(&rates::GREEN_BOOK),
        );
    }
    let net = b.total(
        format!("Net expected position after {horizon} months"),
        "saving plus clawback less costs",
    );
    ExpectedPayback {
        monthly_leaving: h,
        months,
        payback_month,
        costs,
        clawback,
        saving,
        net,
        breakdown: b,
    }
}

pub fn expected_payback(
    scheme: &Scheme,
    settings: &OnCostSettings,
    inputs: &ExpectedInputs,
) -> Result<ExpectedPayback, Vec<SchemeError>> {
    let errors = scheme.validate();
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(expected_unchecked(scheme, settings, inputs))
}

/// The scheme's cost a year per head: its total cost with on-costs spread over
/// the months it runs (to the end of the last tie-in, at least 12).
pub fn scheme_cost_a_year(scheme: &Scheme, total_cost: Pence) -> Pence {
    let span = i64::from(scheme.last_tie_in_end().max(12));
    total_cost.times(Ratio::new(12, span).unwrap_or(Ratio::ONE))
}

/// What one leaver costs the council, and so what preventing one saves.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LeaverCost {
    pub recruitment: Pence,
    /// The vacancy covered by agency, at the agency premium over permanent.
    pub vacancy: Pence,
    /// Induction or lost productivity, as the user enters it (default 0).
    pub induction: Pence,
    pub total: Pence,
    pub breakdown: Breakdown,
}

/// Recruitment, plus the months the post is vacant times the share covered by
/// agency times the agency premium (agency less permanent, a year, ÷ 12, never
/// below 0), plus induction or lost productivity. The vacancy is one rounding:
/// `premium × months × cover ÷ 12`.
pub fn leaver_cost(
    recruitment: Pence,
    vacancy_months: u32,
    agency_cover: Ratio,
    premium_a_year: Pence,
    induction: Pence,
) -> LeaverCost {
    let premium = premium_a_year.max(Pence::ZERO);
    let share = Ratio::new(
        i64::from(vacancy_months) * agency_cover.num(),
        12 * agency_cover.den(),
    )
    .unwrap_or(Ratio::ZERO);
    let vacancy = premium.times(share);
    let mut b = Breakdown::new("What one leaver costs");
    b.add(
        "Recruitment",
        "advertising, agency fees and interviews for a replacement",
        recruitment,
        Some(&rates::RECRUITMENT_COST),
    );
    b.add(
        "Vacancy covered by agency",
        format!(
            "{vacancy_months} months vacant × {} covered by agency × {} a year agency premium ÷ 12",
            agency_cover.percent_label(),
            premium.format()
        ),
        vacancy,
        Some(&rates::DFE_WORKFORCE_2025),
    );
    b.add(
        "Induction or lost productivity",
        "as entered (no published figure; 0 unless you enter one)",
        induction,
        Some(&rates::LOST_PRODUCTIVITY),
    );
    let total = b.total("Cost of a leaver", "the lines above");
    LeaverCost {
        recruitment,
        vacancy,
        induction,
        total,
        breakdown: b,
    }
}

/// Whether paying the scheme to everyone pays for itself by keeping people.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BreakEven {
    /// The scheme's cost a year per head, with on-costs.
    pub scheme_a_year: Pence,
    pub leaver: LeaverCost,
    /// Leavers the scheme must prevent a year, as a share of staff (`K / V`):
    /// 1.5% is 1.5 leavers a year per 100 staff. `None` when a leaver costs nothing.
    pub required_cut: Option<Ratio>,
    pub turnover: Ratio,
    /// What share of today's leavers it must keep: `required_cut / turnover`.
    pub share_of_leavers: Option<Ratio>,
    /// True when it must prevent more leavers than there are: it cannot pay that way.
    pub exceeds_turnover: bool,
    pub breakdown: Breakdown,
}

/// A scheme costing `K` a year per head that saves `V` per leaver prevented must
/// prevent at least `K / V` leavers a year per member of staff.
pub fn break_even(scheme_a_year: Pence, leaver: LeaverCost, turnover: Ratio) -> BreakEven {
    let v = leaver.total;
    let required_cut = (v > Pence::ZERO)
        .then(|| Ratio::new(scheme_a_year.get().max(0), v.get()))
        .flatten();
    let share_of_leavers = required_cut.and_then(|c| {
        Ratio::new(
            i64::try_from(i128::from(c.num()) * i128::from(turnover.den())).ok()?,
            i64::try_from(i128::from(c.den()) * i128::from(turnover.num())).ok()?,
        )
    });
    let exceeds_turnover = match required_cut {
        Some(cut) => !cut.le(turnover),
        None => scheme_a_year > Pence::ZERO,
    };
    let mut b = Breakdown::new("Paying the scheme to everyone: break-even");
    b.note(
        "Scheme cost a year per head",
        "every payment with on-costs, spread over the months the scheme runs, × 12",
        scheme_a_year,
        None,
    );
    b.note("Cost of a leaver", "as worked out above", v, None);
    match required_cut {
        Some(cut) => b.note(
            "Leavers it must prevent, per 100 staff a year",
            format!(
                "{} ÷ {} = {} of staff a year",
                scheme_a_year.format(),
                v.format(),
                cut.percent_label()
            ),
            cut,
            None,
        ),
        None => b.note(
            "Leavers it must prevent",
            "a leaver costs nothing here, so keeping people saves nothing",
            Value::Text("cannot pay for itself".into()),
            None,
        ),
    };
    b.note(
        "Leavers now, per 100 staff a year",
        "annual turnover",
        turnover,
        Some(&rates::DFE_WORKFORCE_2025),
    );
    if let Some(share) = share_of_leavers {
        b.note(
            "Share of today's leavers it must keep",
            "leavers it must prevent ÷ leavers now",
            share,
            None,
        );
    }
    b.note(
        "Deadweight: paid, but would have stayed anyway",
        "everyone who would not have left (1 − turnover) is paid the scheme all the same",
        turnover.complement(),
        None,
    );
    BreakEven {
        scheme_a_year,
        leaver,
        required_cut,
        turnover,
        share_of_leavers,
        exceeds_turnover,
        breakdown: b,
    }
}

/// The net expected position per hire at the horizon, across scheme size (rows)
/// and turnover (columns).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Grid {
    /// Scale of the scheme's payments for each row, in %.
    pub scales: Vec<u32>,
    /// Total gross of the scaled scheme, for each row.
    pub totals: Vec<Pence>,
    pub turnovers: Vec<Ratio>,
    /// `cells[row][column]`: the net expected position at the horizon.
    pub cells: Vec<Vec<Pence>>,
    /// The cell of the inputs as entered: (row, column).
    pub own: (usize, usize),
}

/// The scales of the rows: no scheme, then a quarter of it up to double.
const GRID_SCALES: [u32; 7] = [0, 25, 50, 75, 100, 150, 200];
/// The turnover columns, in basis points, to which the user's own is added.
const GRID_TURNOVERS: [i64; 6] = [500, 1000, 1500, 2000, 2500, 3000];

/// 7 scheme sizes (none, 25% to 200% of the scheme as entered) × 6 or 7 annual
/// turnover rates (5% to 30%, and the one entered).
pub fn sensitivity(
    scheme: &Scheme,
    settings: &OnCostSettings,
    inputs: &ExpectedInputs,
) -> Result<Grid, Vec<SchemeError>> {
    let errors = scheme.validate();
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut turnovers: Vec<Ratio> = GRID_TURNOVERS.iter().map(|bp| Ratio::bp(*bp)).collect();
    let same = |a: Ratio, b: Ratio| a.le(b) && b.le(a);
    let own_col = match turnovers.iter().position(|t| same(*t, inputs.turnover)) {
        Some(at) => at,
        None => {
            let at = turnovers
                .iter()
                .position(|t| !t.le(inputs.turnover))
                .unwrap_or(turnovers.len());
            turnovers.insert(at, inputs.turnover);
            at
        }
    };
    // The monthly factors depend only on the column (and the inputs), the
    // scheme's flows only on the row: each is worked out once.
    let stays: Vec<Fixed> = turnovers.iter().map(|t| monthly_survival(*t)).collect();
    let d = inputs.discount.map(monthly_discount).unwrap_or(Fixed::ONE);
    let horizon = inputs.horizon_months.min(MAX_HORIZON);
    let mut totals = Vec::with_capacity(GRID_SCALES.len());
    let cells = GRID_SCALES
        .iter()
        .map(|pct| {
            let mut scaled = scheme.clone();
            for p in &mut scaled.payments {
                p.amount = p
                    .amount
                    .times(Ratio::new(i64::from(*pct), 100).unwrap_or(Ratio::ONE));
            }
            totals.push(scaled.payments.iter().map(|p| scaled.gross(p)).sum());
            let flows = scheme_flows(&scaled, settings, horizon);
            stays
                .iter()
                .map(|stay| {
                    let months = cash_flow(&flows, *stay, d, inputs).0;
                    months.last().map(|m| m.cumulative).unwrap_or(Pence::ZERO)
                })
                .collect()
        })
        .collect();
    let own_row = GRID_SCALES.iter().position(|s| *s == 100).unwrap_or(0);
    Ok(Grid {
        scales: GRID_SCALES.to_vec(),
        totals,
        turnovers,
        cells,
        own: (own_row, own_col),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::clawback::{Payment, Shape};
    use crate::engine::rates::TaxYear;

    fn settings() -> OnCostSettings {
        OnCostSettings {
            year: TaxYear::Y2025_26,
            annual_pay: Pence::pounds(38_000),
            pension_rate: Ratio::bp(1980),
            levy: true,
        }
    }

    fn scheme(payments: Vec<Payment>) -> Scheme {
        Scheme {
            payments,
            fte: Ratio::ONE,
            exempt: vec![],
        }
    }

    /// £3,000 retention payment on joining (£3,465 with on-costs) plus £1,500
    /// recruitment = £4,965 in month 0, against £2,160.50 a month (£25,926 a year
    /// ÷ 12). After 1 month: 2,160.50 − 4,965 = −2,804.50; after 2: −644.00;
    /// after 3: +1,516.50. So 3 months.
    #[test]
    fn simple_payback_worked_example() {
        let pay = [(0, Pence::pounds(3_465))];
        let p = simple_payback(&pay, Pence::pounds(1_500), Pence(216_050));
        assert_eq!(p.months, Some(3));
        assert_eq!(p.upfront, Pence::pounds(4_965));
        assert_eq!(p.first_covered, None);
        assert_eq!(
            simple_payback(&pay, Pence::pounds(1_500), Pence::ZERO).months,
            None
        );
        assert_eq!(
            simple_payback(&pay, Pence::pounds(1_500), Pence(-500)).months,
            None
        );
        assert_eq!(
            simple_payback(&[], Pence::ZERO, Pence::ZERO).months,
            Some(0)
        );
        // £1,200 against £100 a month: exactly 12 months, not 13.
        assert_eq!(
            simple_payback(&[], Pence::pounds(1_200), Pence::pounds(100)).months,
            Some(12)
        );
        // The verdict line is months, never money.
        let last = p.breakdown.lines.last().unwrap();
        assert_eq!(last.value, Value::Months(3));
    }

    /// A payment due after the position is first covered. £1,000 on joining
    /// (£1,155 with on-costs: 15% employer NI + 0.5% levy) and £3,000 at month 3
    /// (£3,465), no recruitment, saving £600 a month. After 1 month: 600 − 1,155 =
    /// −555; after 2: +45 (first covered); after 3: +645; after 4: 2,400 − 4,620 =
    /// −2,220; then −1,620, −1,020, −420; after 8: 4,800 − 4,620 = +180, and rising.
    /// Simple payback 8 months (the same as the expected flow with no turnover,
    /// below), first covered after 2.
    #[test]
    fn simple_payback_waits_for_a_later_payment() {
        let pay = [(0, Pence::pounds(1_155)), (3, Pence::pounds(3_465))];
        let p = simple_payback(&pay, Pence::ZERO, Pence::pounds(600));
        assert_eq!(p.months, Some(8));
        assert_eq!(p.first_covered, Some(2));
        assert_eq!(p.total, Pence::pounds(4_620));
        assert!(p
            .breakdown
            .lines
            .iter()
            .any(|l| l.value == Value::Months(2)));
    }

    /// With no turnover, no discounting and no recovery, the expected flow is the plain
    /// one: £3,465 at month 0 plus £1,500 recruitment against £2,160.50 a month:
    /// −4,965 + 2,160.50 = −2,804.50; + 2,160.50 = −644; + 2,160.50 = +1,516.50 after 3 months.
    #[test]
    fn expected_with_no_turnover_matches_simple() {
        let s = scheme(vec![Payment::lump_sum("R", 3000, 0, 24, Shape::ProRata)]);
        let i = ExpectedInputs {
            turnover: Ratio::ZERO,
            recovery: Ratio::bp(8000),
            exempt_share: Ratio::ZERO,
            discount: None,
            horizon_months: 36,
            saving_a_month: Pence(216_050),
            recruitment: Pence::pounds(1_500),
        };
        let e = expected_payback(&s, &settings(), &i).unwrap();
        assert_eq!(e.months[0].cumulative, Pence(-280_450));
        assert_eq!(e.months[1].cumulative, Pence(-64_400));
        assert_eq!(e.months[2].cumulative, Pence(151_650));
        assert_eq!(e.payback_month, Some(3));
        assert_eq!(e.clawback, Pence::ZERO);
        assert_eq!(e.net, e.months.last().unwrap().cumulative);
        assert_eq!(e.breakdown.lines.last().unwrap().value.money(), Some(e.net));
    }

    /// Turnover 11.8% (h = 1.0409%): month 0 costs £3,465 + £1,500; the saving of
    /// month 0 is earned with S(1) = 0.989591: 2,160.50 × 0.989591 = £2,138.01; a
    /// leaver in month 0 (1.0409%) repays all £3,000 (pro rata, t = 0: 24/24), 80%
    /// collected: 3,000 × 0.8 × 0.010409 = £24.98.
    #[test]
    fn expected_month_zero_under_turnover() {
        let s = scheme(vec![Payment::lump_sum("R", 3000, 0, 24, Shape::ProRata)]);
        let i = ExpectedInputs {
            turnover: Ratio::bp(1180),
            recovery: Ratio::bp(8000),
            exempt_share: Ratio::ZERO,
            discount: None,
            horizon_months: 36,
            saving_a_month: Pence(216_050),
            recruitment: Pence::pounds(1_500),
        };
        let e = expected_payback(&s, &settings(), &i).unwrap();
        let m0 = e.months[0];
        assert_eq!(m0.costs, Pence(496_500));
        assert_eq!(m0.saving, Pence(213_801));
        assert_eq!(m0.clawback, Pence(2_498));
        assert_eq!(e.payback_month, Some(3));
    }

    /// £1,000 at month 0 and £3,000 at month 3 (£1,155 and £3,465 with on-costs), no
    /// recruitment, saving £600 a month, no turnover. Cumulative: −555, +45 (month 2),
    /// +645, then −2,220 after the month-3 tranche (645 − 3,465 + 600), −1,620, −1,020,
    /// −420, +180 (month 8) and up. It first crosses at month 2 but only stays
    /// positive from month 8.
    #[test]
    fn payback_waits_for_later_tranches() {
        let s = scheme(vec![
            Payment::lump_sum("A", 1000, 0, 12, Shape::ProRata),
            Payment::lump_sum("B", 3000, 3, 12, Shape::ProRata),
        ]);
        let i = ExpectedInputs {
            turnover: Ratio::ZERO,
            recovery: Ratio::bp(8000),
            exempt_share: Ratio::ZERO,
            discount: None,
            horizon_months: 24,
            saving_a_month: Pence::pounds(600),
            recruitment: Pence::ZERO,
        };
        let e = expected_payback(&s, &settings(), &i).unwrap();
        assert_eq!(e.months[1].cumulative, Pence::pounds(45));
        assert_eq!(e.months[3].cumulative, Pence::pounds(-2_220));
        assert_eq!(e.months[7].cumulative, Pence::pounds(180));
        assert_eq!(e.payback_month, Some(8));
        // With a horizon that ends while it is still negative, no payback.
        let short = ExpectedInputs {
            horizon_months: 6,
            ..i
        };
        assert_eq!(
            expected_payback(&s, &settings(), &short)
                .unwrap()
                .payback_month,
            None
        );
    }

    #[test]
    fn no_payback_when_agency_is_cheaper() {
        let s = scheme(vec![Payment::lump_sum("R", 3000, 0, 24, Shape::ProRata)]);
        let i = ExpectedInputs {
            turnover: Ratio::bp(1180),
            recovery: Ratio::bp(8000),
            exempt_share: Ratio::ZERO,
            discount: Some(Ratio::bp(350)),
            horizon_months: 36,
            saving_a_month: Pence(-100),
            recruitment: Pence::pounds(1_500),
        };
        assert_eq!(
            expected_payback(&s, &settings(), &i).unwrap().payback_month,
            None
        );
    }

    /// As the month-0 example above, but a quarter of leavers leave for an exempt
    /// reason: 80% recovered from the 75% who owe = 60% collected. A leaver in
    /// month 0 (1.0409%) owes all £3,000: 3,000 × 0.6 = £1,800 × 0.010409 = £18.74
    /// (against £24.98 with no exempt leavers).
    #[test]
    fn exempt_leavers_repay_nothing() {
        let s = scheme(vec![Payment::lump_sum("R", 3000, 0, 24, Shape::ProRata)]);
        let i = ExpectedInputs {
            turnover: Ratio::bp(1180),
            recovery: Ratio::bp(8000),
            exempt_share: Ratio::bp(2500),
            discount: None,
            horizon_months: 36,
            saving_a_month: Pence(216_050),
            recruitment: Pence::pounds(1_500),
        };
        let e = expected_payback(&s, &settings(), &i).unwrap();
        assert_eq!(e.months[0].clawback, Pence(1_874));
        let all = ExpectedInputs {
            exempt_share: Ratio::ONE,
            ..i
        };
        assert_eq!(
            expected_payback(&s, &settings(), &all).unwrap().clawback,
            Pence::ZERO
        );
    }

    /// A leaver: £1,500 recruitment; 3 months vacant, 73.6% covered by agency at
    /// a premium of £76,590 − £50,664 = £25,926 a year: 25,926 × 3 × 0.736 ÷ 12 =
    /// 25,926 × 0.184 = £4,770.384, so £4,770.38; no induction cost: £6,270.38.
    /// Three tranches cost £6,930 with on-costs over 42 months: £1,980 a year per
    /// head. It must prevent 1,980 ÷ 6,270.38 = 31.58% of staff a year: 31.58
    /// leavers per 100, more than the 11.8 who leave: it cannot pay that way.
    /// A £100 a year scheme needs 100 ÷ 6,270.38 = 1.59 per 100: 1.5948 ÷ 11.8 =
    /// 13.52% of today's leavers.
    #[test]
    fn leaver_cost_and_break_even_worked_example() {
        let s = crate::engine::presets::Preset::ThreeTranches.scheme();
        assert_eq!(
            scheme_cost_a_year(&s, Pence::pounds(6_930)),
            Pence::pounds(1_980)
        );
        let v = leaver_cost(
            Pence::pounds(1_500),
            3,
            Ratio::bp(7360),
            Pence::pounds(25_926),
            Pence::ZERO,
        );
        assert_eq!(v.vacancy, Pence(477_038));
        assert_eq!(v.total, Pence(627_038));
        let with_induction = leaver_cost(
            Pence::pounds(1_500),
            3,
            Ratio::bp(7360),
            Pence::pounds(25_926),
            Pence::pounds(2_000),
        );
        assert_eq!(with_induction.total, Pence(827_038));
        // Agency cheaper than permanent: no premium, so the vacancy costs nothing.
        assert_eq!(
            leaver_cost(
                Pence::ZERO,
                3,
                Ratio::bp(7360),
                Pence::pounds(-100),
                Pence::ZERO
            )
            .total,
            Pence::ZERO
        );

        let b = break_even(Pence::pounds(1_980), v.clone(), Ratio::bp(1180));
        assert_eq!(b.required_cut.unwrap().percent_label(), "31.58%");
        assert!(b.exceeds_turnover);
        let cheap = break_even(Pence::pounds(100), v, Ratio::bp(1180));
        assert!(!cheap.exceeds_turnover);
        assert_eq!(cheap.required_cut.unwrap().percent_label(), "1.59%");
        assert_eq!(cheap.share_of_leavers.unwrap().percent_label(), "13.52%");
        // No line of a break-even that is not money reads as money.
        assert!(cheap
            .breakdown
            .lines
            .iter()
            .any(|l| l.value.kind() == "percentage"));
    }

    /// The grid: 7 sizes × the 6 fixed turnovers with 11.8% put in its place
    /// (between 10% and 15%), the user's cell there on the 100% row and equal to
    /// the expected position worked out on its own; the cells vary (a grid of
    /// near-equal cells tells a user nothing), and a bigger scheme is never
    /// better at the same turnover.
    #[test]
    fn sensitivity_grid_varies_and_marks_the_users_cell() {
        let s = scheme(vec![Payment::lump_sum("R", 3000, 0, 24, Shape::ProRata)]);
        let i = ExpectedInputs {
            turnover: Ratio::bp(1180),
            recovery: Ratio::bp(8000),
            exempt_share: Ratio::ZERO,
            discount: None,
            horizon_months: 36,
            saving_a_month: Pence(50_000),
            recruitment: Pence::pounds(1_500),
        };
        let g = sensitivity(&s, &settings(), &i).unwrap();
        assert_eq!(g.cells.len(), 7);
        assert!(g.cells.iter().all(|r| r.len() == 7));
        assert_eq!(g.own, (4, 2));
        assert_eq!(g.turnovers[2], Ratio::bp(1180));
        assert_eq!(g.totals[4], Pence::pounds(3_000));
        assert_eq!(g.totals[0], Pence::ZERO);
        let own = expected_payback(&s, &settings(), &i).unwrap().net;
        assert_eq!(g.cells[4][2], own);
        let mut all: Vec<Pence> = g.cells.iter().flatten().copied().collect();
        all.sort();
        all.dedup();
        assert_eq!(all.len(), 49, "every cell differs");
        for col in 0..7 {
            let c: Vec<Pence> = g.cells.iter().map(|r| r[col]).collect();
            assert!(c.windows(2).all(|w| w[0] >= w[1]), "column {col}: {c:?}");
        }
    }
}
