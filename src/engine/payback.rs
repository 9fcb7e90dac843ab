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

use super::breakdown::Breakdown;
use super::clawback::{position_unchecked, LeavingReason, Scheme, SchemeError};
use super::employer_cost::{payment_cost, OnCostSettings};
use super::money::{Pence, Ratio};
use super::probability::{monthly_discount, monthly_leaving, monthly_survival, Fixed};
use super::rates;

/// The longest horizon for the expected cash flow: ten years.
pub const MAX_HORIZON: u32 = 120;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SimplePayback {
    pub upfront: Pence,
    pub saving_a_month: Pence,
    /// Whole months to break even; `None` for never.
    pub months: Option<u32>,
    pub breakdown: Breakdown,
}

/// `ceil(upfront / saving_a_month)`, with the monthly saving taken exactly as
/// `annual_saving / 12`: `ceil(12 × upfront / annual_saving)`.
pub fn payback_months(upfront: Pence, annual_saving: Pence) -> Option<u32> {
    if upfront <= Pence::ZERO {
        return Some(0);
    }
    if annual_saving <= Pence::ZERO {
        return None;
    }
    let n = 12 * i128::from(upfront.get());
    let d = i128::from(annual_saving.get());
    let months = (n + d - 1) / d;
    u32::try_from(months).ok()
}

pub fn simple_payback(upfront: Pence, annual_saving: Pence) -> SimplePayback {
    let saving_a_month = super::permanent::monthly(annual_saving);
    let months = payback_months(upfront, annual_saving);
    let mut b = Breakdown::new("Simple payback");
    b.note(
        "Up-front cost",
        "incentives with on-costs, plus recruitment",
        upfront,
        None,
    );
    b.note(
        "Saving a month",
        format!(
            "{} a year saved by a permanent worker over agency, ÷ 12",
            annual_saving.format()
        ),
        saving_a_month,
        None,
    );
    let working = match months {
        Some(0) => "nothing to pay back".to_string(),
        Some(m) => format!(
            "{} ÷ {} a month = {m} months, rounded up to whole months",
            upfront.format(),
            saving_a_month.format()
        ),
        None => "the saving is zero or negative, so it never pays back".to_string(),
    };
    b.note("Payback", working, Pence::ZERO, None);
    SimplePayback {
        upfront,
        saving_a_month,
        months,
        breakdown: b,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExpectedInputs {
    pub turnover: Ratio,
    /// Share of clawback actually recovered.
    pub recovery: Ratio,
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

fn scheme_flows(scheme: &Scheme, settings: &OnCostSettings, horizon: u32) -> SchemeFlows {
    SchemeFlows {
        costs_by_payment: scheme
            .payments
            .iter()
            .map(|p| {
                (
                    p.paid_month,
                    payment_cost(settings, scheme.gross(p), p.pensionable).total,
                )
            })
            .collect(),
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
        let clawback = leave.of(repayable.times(inputs.recovery));
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
            "1 − (1 − {})^(1/12) = {}, from annual turnover of {}",
            inputs.turnover.percent_label(),
            h.percent_label(),
            inputs.turnover.percent_label()
        ),
        Pence::ZERO,
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
            "what leavers repay under the scheme (as resignations), times the chance of leaving that month, times {} recovered",
            inputs.recovery.percent_label()
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
            format!(
                "each month's flow × (1 + {})^(−month/12)",
                r.percent_label()
            ),
            Pence::ZERO,
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

/// What one leaver costs, and so what preventing one saves: recruitment plus the
/// vacancy (agency cover of the gap, less the running cost not paid), at least 0.
pub fn cost_per_leaver(
    recruitment: Pence,
    vacancy_months: u32,
    agency_cover: Ratio,
    agency_a_year: Pence,
    running_a_year: Pence,
) -> Pence {
    let gap = Ratio::new(i64::from(vacancy_months), 12).unwrap_or(Ratio::ZERO);
    let vacancy = agency_a_year.times(gap).times(agency_cover) - running_a_year.times(gap);
    (recruitment + vacancy).max(Pence::ZERO)
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BreakEven {
    pub scheme_a_year: Pence,
    pub cost_per_leaver: Pence,
    /// The cut in annual turnover (as a rate) the scheme needs to pay for itself.
    pub required_cut: Option<Ratio>,
    /// True when the cut needed is more than the turnover itself: it cannot pay.
    pub exceeds_turnover: bool,
    pub breakdown: Breakdown,
}

/// A scheme costing `K` a year per head that avoids `V` per leaver prevented must
/// cut turnover by at least `K / V`.
pub fn break_even(scheme_a_year: Pence, cost_per_leaver: Pence, turnover: Ratio) -> BreakEven {
    let required_cut = (cost_per_leaver > Pence::ZERO)
        .then(|| Ratio::new(scheme_a_year.get().max(0), cost_per_leaver.get()))
        .flatten();
    let exceeds_turnover = match required_cut {
        Some(cut) => !cut.le(turnover),
        None => scheme_a_year > Pence::ZERO,
    };
    let mut b = Breakdown::new("Break-even cut in turnover");
    b.note(
        "Scheme cost a year per head",
        "total cost with on-costs over the months it runs, × 12",
        scheme_a_year,
        None,
    );
    b.note(
        "Saved per leaver prevented",
        "recruitment plus agency cover of the vacancy, less pay not paid while vacant",
        cost_per_leaver,
        Some(&rates::RECRUITMENT_COST),
    );
    let working = match required_cut {
        Some(cut) => format!(
            "{} ÷ {} = {} a year: turnover must fall by at least this much, from {}",
            scheme_a_year.format(),
            cost_per_leaver.format(),
            cut.percent_label(),
            turnover.percent_label()
        ),
        None => "a leaver costs nothing to replace here, so no cut in turnover pays for the scheme"
            .to_string(),
    };
    b.note("Cut needed", working, Pence::ZERO, None);
    BreakEven {
        scheme_a_year,
        cost_per_leaver,
        required_cut,
        exceeds_turnover,
        breakdown: b,
    }
}

/// Payback month across scheme size (rows) and turnover (columns).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Grid {
    /// Scale of the scheme's payments for each row, in %.
    pub scales: Vec<u32>,
    /// Total gross of the scaled scheme, for each row.
    pub totals: Vec<Pence>,
    pub turnovers: Vec<Ratio>,
    /// `cells[row][column]`: payback month within the horizon, or `None`.
    pub cells: Vec<Vec<Option<u32>>>,
}

/// 20 scheme sizes (10% to 200% of the scheme as entered) × 20 turnover rates
/// (2% to 40%).
pub fn sensitivity(
    scheme: &Scheme,
    settings: &OnCostSettings,
    inputs: &ExpectedInputs,
) -> Result<Grid, Vec<SchemeError>> {
    let errors = scheme.validate();
    if !errors.is_empty() {
        return Err(errors);
    }
    let scales: Vec<u32> = (1..=20).map(|k| k * 10).collect();
    let turnovers: Vec<Ratio> = (1..=20).map(|k| Ratio::bp(k * 200)).collect();
    // The monthly factors depend only on the column (and the inputs), the
    // scheme's flows only on the row: each is worked out once.
    let stays: Vec<Fixed> = turnovers.iter().map(|t| monthly_survival(*t)).collect();
    let d = inputs.discount.map(monthly_discount).unwrap_or(Fixed::ONE);
    let horizon = inputs.horizon_months.min(MAX_HORIZON);
    let mut totals = Vec::with_capacity(scales.len());
    let cells = scales
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
                .map(|stay| cash_flow(&flows, *stay, d, inputs).1)
                .collect()
        })
        .collect();
    Ok(Grid {
        scales,
        totals,
        turnovers,
        cells,
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

    /// £3,000 retention payment (£3,465 with on-costs) plus £1,500 recruitment = £4,965,
    /// against a saving of £25,926 a year (£2,160.50 a month): 4,965 ÷ 2,160.50 = 2.3,
    /// so 3 months.
    #[test]
    fn simple_payback_worked_example() {
        let p = simple_payback(Pence::pounds(4_965), Pence::pounds(25_926));
        assert_eq!(p.months, Some(3));
        assert_eq!(p.saving_a_month, Pence(216_050));
        assert_eq!(
            simple_payback(Pence::pounds(4_965), Pence::ZERO).months,
            None
        );
        assert_eq!(
            simple_payback(Pence::pounds(4_965), Pence::pounds(-5)).months,
            None
        );
        assert_eq!(simple_payback(Pence::ZERO, Pence::ZERO).months, Some(0));
        // Exactly 12 months' saving pays back in exactly 12 months, not 13.
        assert_eq!(
            payback_months(Pence::pounds(1_200), Pence::pounds(1_200)),
            Some(12)
        );
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
        assert_eq!(e.breakdown.lines.last().unwrap().amount, e.net);
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

    /// Three tranches cost £6,930 with on-costs over 42 months: × 12 / 42 = £1,980 a year.
    /// A leaver costs £1,500 + 3 months of agency at 73.6% of £76,590 (£14,092.56)
    /// less 3 months of £50,664 running (£12,666) = £2,926.56. Cut needed:
    /// 1,980 ÷ 2,926.56 = 67.66%, far above 11.8% turnover: flagged.
    #[test]
    fn break_even_worked_example() {
        let s = crate::engine::presets::Preset::ThreeTranches.scheme();
        assert_eq!(
            scheme_cost_a_year(&s, Pence::pounds(6_930)),
            Pence::pounds(1_980)
        );
        let v = cost_per_leaver(
            Pence::pounds(1_500),
            3,
            Ratio::bp(7360),
            Pence::pounds(76_590),
            Pence::pounds(50_664),
        );
        assert_eq!(v, Pence(292_656));
        let b = break_even(Pence::pounds(1_980), v, Ratio::bp(1180));
        assert_eq!(b.required_cut.unwrap().percent_label(), "67.66%");
        assert!(b.exceeds_turnover);
        let cheap = break_even(Pence::pounds(100), v, Ratio::bp(1180));
        assert!(!cheap.exceeds_turnover, "3.42% is within 11.8%");
    }

    #[test]
    fn sensitivity_grid_is_20_by_20_and_bigger_schemes_never_pay_back_sooner() {
        let s = scheme(vec![Payment::lump_sum("R", 3000, 0, 24, Shape::ProRata)]);
        let i = ExpectedInputs {
            turnover: Ratio::bp(1180),
            recovery: Ratio::bp(8000),
            discount: None,
            horizon_months: 36,
            saving_a_month: Pence(50_000),
            recruitment: Pence::pounds(1_500),
        };
        let g = sensitivity(&s, &settings(), &i).unwrap();
        assert_eq!(g.cells.len(), 20);
        assert!(g.cells.iter().all(|r| r.len() == 20));
        assert_eq!(
            g.totals[9],
            Pence::pounds(3_000),
            "row 10 is the scheme as entered"
        );
        for col in 0..20 {
            let months: Vec<u32> = g.cells.iter().map(|r| r[col].unwrap_or(u32::MAX)).collect();
            assert!(
                months.windows(2).all(|w| w[0] <= w[1]),
                "column {col}: {months:?}"
            );
        }
    }
}
