//! What a payment costs the employer: the gross plus on-costs (employer
//! National Insurance, apprenticeship levy, and employer pension where the
//! payment is pensionable), and what the employer gets back when a worker repays.
//!
//! Employer NI on a payment is marginal and worked as payroll works it, in the
//! month the payment is paid: the employer NI on that month's pay (a twelfth of
//! the worker's annual pay) with the payment, less the NI on the month's pay
//! alone, each against the monthly secondary threshold and rounded by HMRC's NI
//! rule ([`super::national_insurance`]).
//! On-costs are not recovered when a worker repays: HMRC gives no NI relief on
//! negative earnings, so only the gross comes back.

use super::breakdown::Breakdown;
use super::clawback::{self, LeavingReason, Scheme, SchemeError};
use super::money::{round_div, Pence, Ratio};
use super::national_insurance::employer_ni_month;
use super::rates::{self, TaxYear};

/// What the employer's on-costs depend on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OnCostSettings {
    pub year: TaxYear,
    /// The worker's annual pay actually paid (full-time salary × FTE).
    pub annual_pay: Pence,
    /// Employer pension contribution rate for pensionable payments.
    pub pension_rate: Ratio,
    /// Whether the apprenticeship levy applies (it does for every council).
    pub levy: bool,
}

/// The cost of one payment to the employer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PaymentCost {
    pub gross: Pence,
    pub employer_ni: Pence,
    pub levy: Pence,
    pub pension: Pence,
    /// `gross + employer_ni + levy + pension`.
    pub total: Pence,
}

impl PaymentCost {
    pub fn on_costs(&self) -> Pence {
        self.employer_ni + self.levy + self.pension
    }
}

impl std::ops::Add for PaymentCost {
    type Output = PaymentCost;
    fn add(self, o: PaymentCost) -> PaymentCost {
        PaymentCost {
            gross: self.gross + o.gross,
            employer_ni: self.employer_ni + o.employer_ni,
            levy: self.levy + o.levy,
            pension: self.pension + o.pension,
            total: self.total + o.total,
        }
    }
}

/// Employer NI added by `gross` paid in one month on top of a month's regular
/// pay (`annual_pay` / 12, to the penny).
pub fn marginal_employer_ni(year: TaxYear, annual_pay: Pence, gross: Pence) -> Pence {
    let month = Pence(round_div(i128::from(annual_pay.get()), 12));
    employer_ni_month(year, month + gross) - employer_ni_month(year, month)
}

/// The cost to the employer of one payment.
pub fn payment_cost(settings: &OnCostSettings, gross: Pence, pensionable: bool) -> PaymentCost {
    let employer_ni = marginal_employer_ni(settings.year, settings.annual_pay, gross);
    let levy = if settings.levy {
        gross.times(rates::APPRENTICESHIP_LEVY_RATE)
    } else {
        Pence::ZERO
    };
    let pension = if pensionable {
        gross.times(settings.pension_rate)
    } else {
        Pence::ZERO
    };
    PaymentCost {
        gross,
        employer_ni,
        levy,
        pension,
        total: gross + employer_ni + levy + pension,
    }
}

/// Adds the lines of one payment's cost to a breakdown.
fn explain_payment_cost(
    b: &mut Breakdown,
    settings: &OnCostSettings,
    name: &str,
    cost: &PaymentCost,
    pensionable: bool,
) {
    let ni = rates::employer_ni(settings.year);
    b.add(
        format!("{name}: gross"),
        "the amount paid to the worker",
        cost.gross,
        None,
    );
    let month = Pence(round_div(i128::from(settings.annual_pay.get()), 12));
    let ni_working = if cost.employer_ni == cost.gross.times(ni.rate) {
        format!(
            "{} of {} ({}; paid in one month on top of that month's pay of {}, above the {} monthly threshold)",
            ni.rate.percent_label(),
            cost.gross.format(),
            settings.year.label(),
            month.format(),
            ni.threshold_month.format_short()
        )
    } else {
        format!(
            "{} of the month's pay of {} plus this payment above the {} monthly threshold, less the NI on the month's pay alone ({}), as payroll works it month by month",
            ni.rate.percent_label(),
            month.format(),
            ni.threshold_month.format_short(),
            settings.year.label(),
        )
    };
    b.add(
        format!("{name}: employer National Insurance"),
        ni_working,
        cost.employer_ni,
        Some(ni.source),
    );
    if settings.levy {
        b.add(
            format!("{name}: apprenticeship levy"),
            format!(
                "{} of {}",
                rates::APPRENTICESHIP_LEVY_RATE.percent_label(),
                cost.gross.format()
            ),
            cost.levy,
            Some(&rates::APPRENTICESHIP_LEVY),
        );
    }
    if pensionable {
        b.add(
            format!("{name}: employer pension"),
            format!(
                "{} of {} (pensionable)",
                settings.pension_rate.percent_label(),
                cost.gross.format()
            ),
            cost.pension,
            Some(&rates::LGPS_EMPLOYER),
        );
    } else {
        b.note(
            format!("{name}: employer pension"),
            "not pensionable: LGPS excludes payments made as an inducement not to leave",
            Pence::ZERO,
            Some(&rates::LGPS_REG_20),
        );
    }
}

/// The whole scheme's cost to the employer if every payment is made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SchemeCost {
    pub per_payment: Vec<PaymentCost>,
    pub total: PaymentCost,
    pub breakdown: Breakdown,
}

pub fn scheme_cost(
    scheme: &Scheme,
    settings: &OnCostSettings,
) -> Result<SchemeCost, Vec<SchemeError>> {
    let errors = scheme.validate();
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut breakdown = Breakdown::new("Cost to the employer if every payment is made");
    let per_payment: Vec<PaymentCost> = scheme
        .payments
        .iter()
        .map(|p| {
            let cost = payment_cost(settings, scheme.gross(p), p.pensionable);
            explain_payment_cost(
                &mut breakdown,
                settings,
                p.display_name(),
                &cost,
                p.pensionable,
            );
            cost
        })
        .collect();
    let total = per_payment
        .iter()
        .copied()
        .fold(PaymentCost::default(), |a, b| a + b);
    breakdown.total("Total cost to the employer", "gross payments plus on-costs");
    Ok(SchemeCost {
        per_payment,
        total,
        breakdown,
    })
}

/// The employer's side if the worker leaves after `leaving_month` full months.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmployerPosition {
    /// Payments made so far, with their on-costs.
    pub spent: Pence,
    /// Gross the worker repays.
    pub recovered: Pence,
    /// The on-costs paid on the repaid share of each payment: spent for good.
    pub on_costs_not_recovered: Pence,
    /// `spent - recovered`.
    pub net_cost: Pence,
    pub breakdown: Breakdown,
}

pub fn employer_position(
    scheme: &Scheme,
    settings: &OnCostSettings,
    reason: LeavingReason,
    leaving_month: u32,
) -> Result<EmployerPosition, Vec<SchemeError>> {
    let pos = clawback::position(scheme, reason, leaving_month)?;
    let mut spent = Pence::ZERO;
    let mut lost = Pence::ZERO;
    for (p, pp) in scheme.payments.iter().zip(&pos.per_payment) {
        // A payment not yet due has paid = 0, and so costs nothing.
        let cost = payment_cost(settings, pp.paid, p.pensionable);
        spent += cost.total;
        // The on-costs paid on the share that comes back are spent for good.
        lost += cost.on_costs().times(pp.share);
    }
    let mut b = Breakdown::new(format!(
        "The employer's position if the worker leaves {}",
        clawback::after_full_months(leaving_month)
    ));
    b.add(
        "Paid so far, with on-costs",
        "gross of the payments made by then, plus employer NI, levy and pension on them",
        spent,
        None,
    );
    b.subtract(
        "Recovered from the worker",
        "the gross repayable; on-costs are not recovered (no NI relief on repaid pay)",
        pos.repayable,
        Some(&rates::HMRC_NEGATIVE_EARNINGS),
    );
    let net_cost = b.total("Net cost to the employer", "paid so far less recovered");
    Ok(EmployerPosition {
        spent,
        recovered: pos.repayable,
        on_costs_not_recovered: lost,
        net_cost,
        breakdown: b,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::clawback::{Payment, Shape};

    fn settings(year: TaxYear, pay: i64) -> OnCostSettings {
        OnCostSettings {
            year,
            annual_pay: Pence::pounds(pay),
            pension_rate: Ratio::bp(1980),
            levy: true,
        }
    }

    /// domain.md: a £3,000 retention payment costs £3,000 × (1 + 0.15 + 0.005) = £3,465
    /// (2025/26, not pensionable: LGPS reg 20(2)(e)).
    #[test]
    fn retention_payment_costs_3465() {
        let c = payment_cost(
            &settings(TaxYear::Y2025_26, 40_000),
            Pence::pounds(3000),
            false,
        );
        assert_eq!(c.employer_ni, Pence::pounds(450));
        assert_eq!(c.levy, Pence::pounds(15));
        assert_eq!(c.pension, Pence::ZERO);
        assert_eq!(c.total, Pence::pounds(3465));
    }

    /// Pensionable at 19.8%: 3000 + 450 + 15 + 594 = £4,059.
    #[test]
    fn pensionable_payment_adds_employer_pension() {
        let c = payment_cost(
            &settings(TaxYear::Y2025_26, 40_000),
            Pence::pounds(3000),
            true,
        );
        assert_eq!(c.pension, Pence::pounds(594));
        assert_eq!(c.total, Pence::pounds(4059));
    }

    /// 2024/25: 13.8% above £9,100. £3,000 on £40,000: NI 414.00; levy 15; total £3,429.
    #[test]
    fn earlier_year_uses_its_own_rate() {
        let c = payment_cost(
            &settings(TaxYear::Y2024_25, 40_000),
            Pence::pounds(3000),
            false,
        );
        assert_eq!(c.employer_ni, Pence::pounds(414));
        assert_eq!(c.total, Pence::pounds(3429));
    }

    /// Marginal NI when pay is below the threshold: pay £4,000 a year, £333.33 a
    /// month, below the £417 monthly threshold; a £3,000 payment in one month
    /// makes it £3,333.33: 15% × (3,333.33 − 417) = 437.4495 -> cut 437.449 ->
    /// £437.45, all added by the payment (worked on the year, 15% of the £2,000
    /// above £5,000 would say £300: payroll does not spread the payment).
    /// On £40,000 in 2024/25 (13.8% above £758): 13.8% × (3,333.33 − 758) =
    /// 355.39554 -> cut 355.395 -> £355.39; with £3,000, 13.8% × 5,575.33 =
    /// 769.39554 -> £769.39; the payment adds £414.00.
    #[test]
    fn marginal_ni_below_threshold() {
        assert_eq!(
            marginal_employer_ni(TaxYear::Y2025_26, Pence::pounds(4000), Pence::pounds(3000)),
            Pence(43_745)
        );
        assert_eq!(
            marginal_employer_ni(
                TaxYear::Y2024_25,
                Pence::pounds(40_000),
                Pence::pounds(3000)
            ),
            Pence::pounds(414)
        );
    }

    /// Three tranches (£1,000 at 0, £2,000 at 6, £3,000 at 18), all or nothing, leaving
    /// after 10 months (2025/26, £40,000, not pensionable):
    /// paid £1,000 + £2,000 = £3,000, cost × 1.155 = £3,465; £2,000 repaid.
    /// Net cost £1,465; the on-costs on the £2,000 (£310) are lost.
    #[test]
    fn employer_gets_back_only_the_gross() {
        let p = |amount, month, tie_in| {
            Payment::lump_sum("T", amount, month, tie_in, Shape::AllOrNothing)
        };
        let s = Scheme {
            payments: vec![p(1000, 0, 6), p(2000, 6, 12), p(3000, 18, 24)],
            fte: Ratio::ONE,
            exempt: vec![],
        };
        let e = employer_position(
            &s,
            &settings(TaxYear::Y2025_26, 40_000),
            LeavingReason::Resignation,
            10,
        )
        .unwrap();
        assert_eq!(e.spent, Pence::pounds(3465));
        assert_eq!(e.recovered, Pence::pounds(2000));
        assert_eq!(e.net_cost, Pence::pounds(1465));
        assert_eq!(e.on_costs_not_recovered, Pence::pounds(310));
        let c = scheme_cost(&s, &settings(TaxYear::Y2025_26, 40_000)).unwrap();
        assert_eq!(c.total.total, Pence::pounds(6930));
        assert_eq!(
            c.breakdown.lines.last().unwrap().value.money(),
            Some(c.total.total)
        );
    }
}
