//! A year of monthly payslips, each deduction worked out the way payroll
//! software does it, so the figures match a real payslip to the penny:
//!
//! - LGPS employee contribution: the band rate for the worker's annual
//!   pensionable pay (halved in the 50/50 section) on the month's pensionable
//!   pay, to the nearest penny; it comes off pay before income tax, not NI;
//! - income tax: PAYE on the tax code, see [`super::paye`];
//! - employee NI: on the month's pay alone, 8% from £1,048 to £4,189 and 2%
//!   above, cut to three decimals of a pound and then rounded to the nearest
//!   penny with half a penny or less disregarded ([`round_ni`]);
//! - student loans: 9% of the month's pay above a twelfth of the plan's annual
//!   threshold (cut to the penny), rounded DOWN to the whole pound; a
//!   postgraduate loan (6%) is worked out separately and added.

use super::money::{floor_div, round_div, Pence, Ratio};
use super::paye::Paye;
use super::rates::{self, LoanPlan, TaxRegion, TaxYear};
use super::tax_code::TaxCode;

/// LGPS membership.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lgps {
    Main,
    FiftyFifty,
    OptedOut,
}

impl Lgps {
    pub const ALL: [Lgps; 3] = [Lgps::Main, Lgps::FiftyFifty, Lgps::OptedOut];

    pub fn label(self) -> &'static str {
        match self {
            Lgps::Main => "Main section",
            Lgps::FiftyFifty => "50/50 section (half the contribution, half the pension)",
            Lgps::OptedOut => "Opted out",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Lgps::Main => "main",
            Lgps::FiftyFifty => "5050",
            Lgps::OptedOut => "out",
        }
    }

    pub fn from_slug(s: &str) -> Option<Lgps> {
        Lgps::ALL.into_iter().find(|l| l.slug() == s)
    }
}

/// Who is paid, and under which rules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Employee {
    pub year: TaxYear,
    /// Decides the income tax bands (a code's S prefix is checked against it
    /// where the code is read).
    pub region: TaxRegion,
    pub tax_code: TaxCode,
    pub loans: Vec<LoanPlan>,
    pub lgps: Lgps,
}

/// Regular pay a year, as actually paid (FTE applied).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pay {
    pub salary: Pence,
    pub supplement: Pence,
    pub supplement_pensionable: bool,
}

impl Pay {
    pub fn gross(&self) -> Pence {
        self.salary + self.supplement
    }

    pub fn pensionable(&self) -> Pence {
        if self.supplement_pensionable {
            self.gross()
        } else {
            self.salary
        }
    }

    /// One month of regular pay and its pensionable part: a twelfth, to the penny.
    pub fn month(&self) -> (Pence, Pence) {
        let twelfth = |p: Pence| Pence(round_div(i128::from(p.get()), 12));
        (twelfth(self.gross()), twelfth(self.pensionable()))
    }
}

/// One month's payslip.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Payslip {
    pub gross: Pence,
    pub pension: Pence,
    pub tax: Pence,
    pub ni: Pence,
    /// The plan 1, 2, 4 or 5 deduction.
    pub loan: Pence,
    pub pg_loan: Pence,
    pub net: Pence,
    /// True where the K code's 50% overriding limit held the tax down.
    pub tax_limited: bool,
}

impl Payslip {
    /// Both student loan deductions.
    pub fn loans(&self) -> Pence {
        self.loan + self.pg_loan
    }
}

impl std::ops::Sub for Payslip {
    type Output = Payslip;
    fn sub(self, o: Payslip) -> Payslip {
        Payslip {
            gross: self.gross - o.gross,
            pension: self.pension - o.pension,
            tax: self.tax - o.tax,
            ni: self.ni - o.ni,
            loan: self.loan - o.loan,
            pg_loan: self.pg_loan - o.pg_loan,
            net: self.net - o.net,
            tax_limited: self.tax_limited,
        }
    }
}

/// The LGPS employee rate for an annual pensionable pay.
pub fn lgps_rate(year: TaxYear, lgps: Lgps, pensionable_a_year: Pence) -> Ratio {
    let rate = rates::lgps_employee_bands(year)
        .iter()
        .find(|(upper, _)| pensionable_a_year <= *upper)
        .map(|(_, r)| *r)
        .unwrap_or(Ratio::ZERO);
    match lgps {
        Lgps::Main => rate,
        Lgps::FiftyFifty => Ratio::new(rate.num(), rate.den() * 2).unwrap_or(Ratio::ZERO),
        Lgps::OptedOut => Ratio::ZERO,
    }
}

pub use super::national_insurance::{employee_ni_month, employer_ni_month, employer_ni_year};

/// A twelfth of an annual threshold, cut to the penny.
pub fn loan_threshold_month(annual: Pence) -> Pence {
    Pence(floor_div(i128::from(annual.get()), 12))
}

/// One loan's deduction on a month's pay: whole pounds, rounded down.
fn loan_deduction(terms: Option<(Pence, Ratio)>, pay: Pence) -> Pence {
    let Some((annual, rate)) = terms else {
        return Pence::ZERO;
    };
    let above = pay - loan_threshold_month(annual);
    if above <= Pence::ZERO {
        return Pence::ZERO;
    }
    let pounds = floor_div(
        i128::from(above.get()) * i128::from(rate.num()),
        i128::from(rate.den()) * 100,
    );
    Pence::pounds(pounds)
}

/// Student loan deductions on one month's pay: `(plan, postgraduate)`. With more
/// than one undergraduate plan, one deduction is made above the lowest threshold.
pub fn loans_month(year: TaxYear, loans: &[LoanPlan], pay: Pence) -> (Pence, Pence) {
    let plan = loans
        .iter()
        .filter(|p| **p != LoanPlan::Postgraduate)
        .filter_map(|p| p.terms(year))
        .min_by_key(|(threshold, _)| *threshold);
    let pg = loans
        .contains(&LoanPlan::Postgraduate)
        .then(|| LoanPlan::Postgraduate.terms(year))
        .flatten();
    (loan_deduction(plan, pay), loan_deduction(pg, pay))
}

/// Twelve payslips for a tax year of `pay`, with `extra[k]` (gross, pensionable
/// part) added in month `k` (0 = the first month of the tax year, April).
pub fn payroll_year(emp: &Employee, pay: &Pay, extra: &[(Pence, Pence); 12]) -> [Payslip; 12] {
    let rate = lgps_rate(emp.year, emp.lgps, pay.pensionable());
    let (month_gross, month_pensionable) = pay.month();
    payroll_months(
        emp,
        &extra.map(|(extra_gross, extra_pensionable)| {
            let gross = month_gross + extra_gross;
            (gross, (month_pensionable + extra_pensionable).times(rate))
        }),
    )
}

/// Twelve payslips from each month's `(gross pay, pension contribution)`, the
/// pension deducted before income tax but not NI (a net pay arrangement, as the
/// LGPS and most workplace schemes run). `emp.lgps` is not read: the pension
/// is given. PAYE on the tax code, NI and student loans as in [`payroll_year`].
pub fn payroll_months(emp: &Employee, months: &[(Pence, Pence); 12]) -> [Payslip; 12] {
    let mut paye = Paye::new(emp.tax_code, rates::income_tax(emp.year, emp.region));
    months.map(|(gross, pension)| {
        let tax = paye.next_month(gross - pension);
        let ni = employee_ni_month(emp.year, gross);
        let (loan, pg_loan) = loans_month(emp.year, &emp.loans, gross);
        Payslip {
            gross,
            pension,
            tax: tax.tax,
            ni,
            loan,
            pg_loan,
            net: gross - pension - tax.tax - ni - loan - pg_loan,
            tax_limited: tax.limited,
        }
    })
}

/// No lump sums in any month.
pub const NO_EXTRA: [(Pence, Pence); 12] = [(Pence::ZERO, Pence::ZERO); 12];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::tax_code::STANDARD;

    fn emp(loans: Vec<LoanPlan>, lgps: Lgps) -> Employee {
        Employee {
            year: TaxYear::Y2025_26,
            region: TaxRegion::Ewni,
            tax_code: STANDARD,
            loans,
            lgps,
        }
    }

    /// NI on £3,333.33: 8% × (3,333.33 − 1,048) = 182.8264, cut to 182.826,
    /// tenths digit 6 -> £182.83.
    /// A month of exactly £4,189.25: 8% × 3,141 = 251.28 and 2% × 0.25 = 0.005,
    /// £251.285: half a penny is disregarded, so £251.28 (half up would say 251.29).
    /// £4,189.26: 251.28 + 0.0052 = 251.2852, cut to 251.285 -> £251.28: the
    /// fourth decimal is ignored (a rule reading every decimal says £251.29).
    /// £4,189.28: 251.28 + 0.0056 = 251.2856 -> 251.285 -> £251.28 too;
    /// £4,189.30: 251.28 + 0.006 = 251.286 -> £251.29.
    /// £1,048.07 (7p above the threshold): 0.56p -> cut 0.5p -> £0.00; £1,048.32:
    /// 8% × 0.32 = 2.56p -> cut 2.5p -> £0.02 (HMRC's own rows say both).
    /// £3,048.07: 8% × 2,000.07 = 160.0056 -> 160.005 -> £160.00, not £160.01.
    #[test]
    fn ni_cuts_to_three_decimals_then_disregards_half_a_penny() {
        let y = TaxYear::Y2025_26;
        assert_eq!(employee_ni_month(y, Pence(333_333)), Pence(18_283));
        assert_eq!(employee_ni_month(y, Pence(418_925)), Pence(25_128));
        assert_eq!(employee_ni_month(y, Pence(418_926)), Pence(25_128));
        assert_eq!(employee_ni_month(y, Pence(418_928)), Pence(25_128));
        assert_eq!(employee_ni_month(y, Pence(418_930)), Pence(25_129));
        assert_eq!(employee_ni_month(y, Pence(104_807)), Pence::ZERO);
        assert_eq!(employee_ni_month(y, Pence(104_832)), Pence(2));
        assert_eq!(employee_ni_month(y, Pence(304_807)), Pence(16_000));
        assert_eq!(employee_ni_month(y, Pence::pounds(1_048)), Pence::ZERO);
    }

    /// Employer NI per month, 2025/26, 15% above £417: on £2,500.00, 15% × 2,083
    /// = £312.45; a year of it 12 × 312.45 = £3,749.40, where 15% × (30,000 −
    /// 5,000) a year says £3,750.00 (the monthly threshold £417 is 4p a year more
    /// than £5,000 / 12 = 416.666.., and 12 × 15% × 0.333.. = 60p).
    /// On £2,500.07: 15% × 2,083.07 = 312.4605 -> 312.460 -> £312.46.
    /// On £417.03: 15% × 0.03 = 0.45p -> cut 0.4p -> £0.00; on £417.04: 0.6p -> £0.01.
    /// 2024/25, 13.8% above £758: on £2,500, 13.8% × 1,742 = £240.396 -> £240.40.
    #[test]
    fn employer_ni_per_month_against_the_monthly_threshold() {
        let y = TaxYear::Y2025_26;
        assert_eq!(employer_ni_month(y, Pence::pounds(2_500)), Pence(31_245));
        assert_eq!(employer_ni_year(y, Pence::pounds(30_000)), Pence(374_940));
        assert_eq!(employer_ni_month(y, Pence(250_007)), Pence(31_246));
        assert_eq!(employer_ni_month(y, Pence(41_703)), Pence::ZERO);
        assert_eq!(employer_ni_month(y, Pence(41_704)), Pence(1));
        assert_eq!(employer_ni_month(y, Pence::pounds(300)), Pence::ZERO);
        assert_eq!(
            employer_ni_month(TaxYear::Y2024_25, Pence::pounds(2_500)),
            Pence(24_040)
        );
    }

    /// A £5,000 lump sum on £45,000 crosses the monthly upper limit: a normal
    /// month of £3,750 pays 8% × 2,702 = £216.16; with the lump, £8,750 pays 8% ×
    /// 3,141 = 251.28 plus 2% × 4,561 = 91.22, £342.50. The lump costs £126.34 of
    /// NI, not 8% of £5,000 = £400.
    #[test]
    fn a_lump_sum_crosses_the_monthly_upper_limit() {
        let y = TaxYear::Y2025_26;
        assert_eq!(employee_ni_month(y, Pence::pounds(3_750)), Pence(21_616));
        assert_eq!(employee_ni_month(y, Pence::pounds(8_750)), Pence(34_250));
    }

    /// Loans round DOWN to the pound (CSLM17065).
    /// Plan 2, 2025/26: threshold 28,470 / 12 = £2,372.50. On £3,333.33:
    /// 9% × 960.83 = 86.4747 -> £86. On £3,483.50: 9% × 1,111.00 = 99.99 -> £99,
    /// not £100. Postgraduate on £3,333.33: 6% × (3,333.33 − 1,750) = 94.9998 ->
    /// £94 (to the penny it would be £95.00). Plan 1, 2026/27: 26,900 / 12 =
    /// 2,241.666.. cut to £2,241.66; on £3,000: 9% × 758.34 = 68.2506 -> £68.
    #[test]
    fn loan_deductions_round_down_to_the_pound() {
        let y = TaxYear::Y2025_26;
        assert_eq!(loan_threshold_month(Pence::pounds(28_470)), Pence(237_250));
        assert_eq!(
            loans_month(y, &[LoanPlan::Plan2], Pence(333_333)),
            (Pence::pounds(86), Pence::ZERO)
        );
        assert_eq!(
            loans_month(y, &[LoanPlan::Plan2], Pence(348_350)).0,
            Pence::pounds(99)
        );
        assert_eq!(
            loans_month(
                y,
                &[LoanPlan::Plan2, LoanPlan::Postgraduate],
                Pence(333_333)
            ),
            (Pence::pounds(86), Pence::pounds(94))
        );
        assert_eq!(loan_threshold_month(Pence::pounds(26_900)), Pence(224_166));
        assert_eq!(
            loans_month(TaxYear::Y2026_27, &[LoanPlan::Plan1], Pence::pounds(3_000)).0,
            Pence::pounds(68)
        );
        // Plan 1 and Plan 2 together: one deduction above the lower (Plan 1,
        // 2025/26 £26,065 / 12 = 2,172.0833 -> 2,172.08): 9% × 1,161.25 = 104.5125 -> £104.
        assert_eq!(
            loans_month(y, &[LoanPlan::Plan1, LoanPlan::Plan2], Pence(333_333)).0,
            Pence::pounds(104)
        );
        // Plan 5 collects nothing before April 2026; from 2026/27 above £25,000:
        // 25,000 / 12 = 2,083.333.. -> 2,083.33; 9% × 1,250.00 = £112.50 -> £112.
        assert_eq!(
            loans_month(y, &[LoanPlan::Plan5], Pence(333_333)).0,
            Pence::ZERO
        );
        assert_eq!(
            loans_month(TaxYear::Y2026_27, &[LoanPlan::Plan5], Pence(333_333)).0,
            Pence::pounds(112)
        );
        // At or below the threshold: nothing.
        assert_eq!(
            loans_month(y, &[LoanPlan::Plan2], Pence(237_250)).0,
            Pence::ZERO
        );
    }

    /// A year on £40,000, England, 2025/26, Plan 2, not in the LGPS: every month
    /// £3,333.33 gross, tax £457.00 (PAYE on 1257L), NI £182.83, loan £86:
    /// net 3,333.33 − 457 − 182.83 − 86 = £2,607.50.
    #[test]
    fn a_plain_year_of_payslips() {
        let slips = payroll_year(
            &emp(vec![LoanPlan::Plan2], Lgps::OptedOut),
            &pay(40_000),
            &NO_EXTRA,
        );
        for s in slips {
            assert_eq!(
                (s.gross, s.tax, s.ni, s.loan, s.net),
                (
                    Pence(333_333),
                    Pence(45_700),
                    Pence(18_283),
                    Pence::pounds(86),
                    Pence(260_750)
                )
            );
        }
    }

    /// LGPS main section on £40,000 (2025/26 band £28,000 to £45,600: 6.5%):
    /// 6.5% × 3,333.33 = 216.666 -> £216.67 a month. PAYE month 1: 3,333.33 −
    /// 216.67 = 3,116.66; less 1,048.26 = 2,068.40 -> 2,068 at 20% = £413.60.
    /// NI is on the full £3,333.33: £182.83.
    #[test]
    fn lgps_comes_off_before_tax_not_ni() {
        let slips = payroll_year(&emp(vec![], Lgps::Main), &pay(40_000), &NO_EXTRA);
        assert_eq!(slips[0].pension, Pence(21_667));
        assert_eq!(slips[0].tax, Pence(41_360));
        assert_eq!(slips[0].ni, Pence(18_283));
        assert_eq!(
            lgps_rate(TaxYear::Y2025_26, Lgps::FiftyFifty, Pence::pounds(40_000)),
            Ratio::new(650, 20_000).unwrap()
        );
        // 2024/25 bands: £40,000 is in £27,601 to £44,900, 6.5%; £45,000 is 6.8%.
        assert_eq!(
            lgps_rate(TaxYear::Y2024_25, Lgps::Main, Pence::pounds(45_000)),
            Ratio::bp(680)
        );
    }

    fn pay(pounds: i64) -> Pay {
        Pay {
            salary: Pence::pounds(pounds),
            supplement: Pence::ZERO,
            supplement_pensionable: true,
        }
    }
}
