//! The candidate's side: what pay and a retention package are worth after income
//! tax, employee NI, student loans and LGPS contributions, and what leaving early
//! would cost them.
//!
//! Payroll is monthly. Per pay period, to the penny (the one rounding rule):
//! - LGPS employee contribution: the band rate for the worker's annual pensionable
//!   pay (halved in the 50/50 section) on the month's pensionable pay; it comes
//!   off pay before income tax but not before NI;
//! - employee NI: 8% of the month's pay between £1,048 and £4,189 and 2% above;
//! - student loans: 9% of the month's pay above one twelfth of the plan's annual
//!   threshold (one deduction for undergraduate plans, at the lowest threshold of
//!   those held; 6% for a postgraduate loan on top);
//! - income tax (PAYE, code 1257L, cumulative): tax due on the year's pay to date
//!   less pension, with one twelfth of the allowance and of each band per month so
//!   far, less tax already taken.
//!
//! The year's income tax is the annual liability, with the personal allowance
//! reduced by £1 for every £2 of income above £100,000 (PAYE's 1257L does not
//! taper; the difference is settled through Self Assessment). Lump sums are paid
//! in the month their scheme says, counted from a start at the beginning of the
//! tax year, and every year uses the chosen year's rates.

use super::breakdown::Breakdown;
use super::clawback::{position, LeavingReason, Scheme, SchemeError};
use super::money::{round_div, Pence, Ratio};
use super::rates::{self, IncomeTax, LoanPlan, TaxRegion, TaxYear, EMPLOYEE_NI};

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
    pub region: TaxRegion,
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

    /// One month of regular pay: a twelfth, to the penny.
    fn month(&self) -> (Pence, Pence) {
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
    pub loans: Pence,
    pub net: Pence,
}

impl std::ops::Sub for Payslip {
    type Output = Payslip;
    fn sub(self, o: Payslip) -> Payslip {
        Payslip {
            gross: self.gross - o.gross,
            pension: self.pension - o.pension,
            tax: self.tax - o.tax,
            ni: self.ni - o.ni,
            loans: self.loans - o.loans,
            net: self.net - o.net,
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

/// Employee NI on one month's pay.
pub fn employee_ni_month(pay: Pence) -> Pence {
    let n = EMPLOYEE_NI;
    let main = (pay.min(n.upper_limit_month) - n.primary_threshold_month).max(Pence::ZERO);
    let upper = (pay - n.upper_limit_month).max(Pence::ZERO);
    // One exact sum, rounded once.
    Pence(round_div(
        i128::from(main.get()) * i128::from(n.main_rate.num())
            + i128::from(upper.get()) * i128::from(n.upper_rate.num()),
        i128::from(n.main_rate.den()),
    ))
}

/// Student loan deductions on one month's pay.
pub fn loans_month(year: TaxYear, loans: &[LoanPlan], pay: Pence) -> Pence {
    let above = |(threshold, rate): (Pence, Ratio)| {
        // rate × (pay − threshold / 12), exactly: rate × (12 × pay − threshold) / 12.
        let excess12 = i128::from(pay.get()) * 12 - i128::from(threshold.get());
        if excess12 <= 0 {
            Pence::ZERO
        } else {
            Pence(round_div(
                excess12 * i128::from(rate.num()),
                12 * i128::from(rate.den()),
            ))
        }
    };
    let undergraduate = loans
        .iter()
        .filter(|p| **p != LoanPlan::Postgraduate)
        .map(|p| p.terms(year))
        .min_by_key(|(threshold, _)| *threshold);
    let pg = loans
        .contains(&LoanPlan::Postgraduate)
        .then(|| LoanPlan::Postgraduate.terms(year));
    undergraduate.map(above).unwrap_or(Pence::ZERO) + pg.map(above).unwrap_or(Pence::ZERO)
}

/// Tax on taxable income (after the allowance) through the bands, each band's
/// upper limit scaled by `num / den`, returned as an exact numerator over `den × 10_000`.
fn band_tax_scaled(bands: &[(Pence, Ratio)], taxable_times_den: i128, num: i128) -> i128 {
    let mut tax = 0i128;
    let mut lower = 0i128;
    for (upper, rate) in bands {
        let upper = i128::from(upper.get()) * num;
        let in_band = taxable_times_den.min(upper) - lower;
        if in_band <= 0 {
            break;
        }
        tax += in_band * i128::from(rate.num()) * (10_000 / i128::from(rate.den()).max(1));
        lower = upper;
    }
    tax
}

/// The year's income tax on income after pension, with the allowance taper.
pub fn annual_income_tax(t: &IncomeTax, income: Pence) -> Pence {
    let excess = (income - t.taper_from).max(Pence::ZERO);
    let reduction = Pence(round_div(i128::from(excess.get()), 2));
    let allowance = (t.personal_allowance - reduction).max(Pence::ZERO);
    let taxable = (income - allowance).max(Pence::ZERO);
    Pence(round_div(
        band_tax_scaled(t.bands, i128::from(taxable.get()), 1),
        10_000,
    ))
}

/// Twelve payslips for a year of `pay`, with `extra[k]` (gross, pensionable part)
/// added in month `k` (0 = the first month of the tax year).
pub fn payroll_year(emp: &Employee, pay: &Pay, extra: &[(Pence, Pence); 12]) -> [Payslip; 12] {
    let t = rates::income_tax(emp.year, emp.region);
    let rate = lgps_rate(emp.year, emp.lgps, pay.pensionable());
    let (month_gross, month_pensionable) = pay.month();
    let mut slips = [Payslip::default(); 12];
    let (mut cum_taxable, mut cum_tax) = (Pence::ZERO, Pence::ZERO);
    for (k, slip) in slips.iter_mut().enumerate() {
        let gross = month_gross + extra[k].0;
        let pension = (month_pensionable + extra[k].1).times(rate);
        cum_taxable += gross - pension;
        // Cumulative PAYE at month k + 1: allowance and bands × (k + 1) / 12, exact.
        let months = (k + 1) as i128;
        let free12 = i128::from(t.personal_allowance.get()) * months;
        let taxable12 = (i128::from(cum_taxable.get()) * 12 - free12).max(0);
        let due = Pence(round_div(
            band_tax_scaled(t.bands, taxable12, months),
            12 * 10_000,
        ));
        let tax = due - cum_tax;
        cum_tax = due;
        let ni = employee_ni_month(gross);
        let loans = loans_month(emp.year, &emp.loans, gross);
        *slip = Payslip {
            gross,
            pension,
            tax,
            ni,
            loans,
            net: gross - pension - tax - ni - loans,
        };
    }
    slips
}

/// Take-home for a year of regular pay.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TakeHome {
    pub gross: Pence,
    pub pension: Pence,
    /// The year's liability (allowance taper included).
    pub tax: Pence,
    pub ni: Pence,
    pub loans: Pence,
    pub net: Pence,
    /// A regular month's payslip (PAYE, no lump sum).
    pub month: Payslip,
    pub pension_rate: Ratio,
    pub breakdown: Breakdown,
}

pub fn take_home(emp: &Employee, pay: &Pay) -> TakeHome {
    let slips = payroll_year(emp, pay, &[(Pence::ZERO, Pence::ZERO); 12]);
    let sum = |f: fn(&Payslip) -> Pence| slips.iter().map(f).sum::<Pence>();
    let gross = sum(|s| s.gross);
    let pension = sum(|s| s.pension);
    let ni = sum(|s| s.ni);
    let loans = sum(|s| s.loans);
    let t = rates::income_tax(emp.year, emp.region);
    let tax = annual_income_tax(&t, gross - pension);
    let net = gross - pension - tax - ni - loans;
    let rate = lgps_rate(emp.year, emp.lgps, pay.pensionable());
    let mut b = Breakdown::new(format!("Take-home pay a year ({})", emp.year.label()));
    b.add(
        "Gross pay",
        "salary and supplement, paid monthly (a twelfth each month, to the penny)",
        gross,
        None,
    );
    b.subtract(
        "LGPS contribution",
        format!(
            "{} of pensionable pay ({}, band for {} a year)",
            rate.percent_label(),
            emp.lgps.label(),
            pay.pensionable().format()
        ),
        pension,
        Some(&rates::LGPS_EMPLOYEE),
    );
    let allowance_note = if gross - pension > t.taper_from {
        "; the personal allowance is reduced by £1 for every £2 of income over £100,000"
    } else {
        ""
    };
    b.subtract(
        "Income tax",
        format!(
            "on {} after pension, less the personal allowance{allowance_note} ({})",
            (gross - pension).format(),
            match emp.region {
                TaxRegion::Ewni => "England, Wales and Northern Ireland rates",
                TaxRegion::Scotland => "Scottish rates",
            }
        ),
        tax,
        Some(t.source),
    );
    b.subtract(
        "National Insurance",
        "8% of each month's pay from £1,048 to £4,189 and 2% above (not reduced by pension)",
        ni,
        Some(&rates::HMRC_TAX_2025_26),
    );
    if !emp.loans.is_empty() {
        let names: Vec<&str> = emp.loans.iter().map(|l| l.label()).collect();
        b.subtract(
            "Student loan",
            format!(
                "{} on each month's pay above the monthly threshold",
                names.join(" and ")
            ),
            loans,
            Some(&rates::STUDENT_LOANS),
        );
    }
    b.total("Take-home pay a year", "gross less every deduction");
    TakeHome {
        gross,
        pension,
        tax,
        ni,
        loans,
        net,
        month: slips[0],
        pension_rate: rate,
        breakdown: b,
    }
}

/// What a lump sum adds to the payslip of the month it is paid in.
pub fn lump_sum_effect(
    emp: &Employee,
    pay: &Pay,
    gross: Pence,
    pensionable: bool,
    month_of_year: usize,
) -> Payslip {
    let base = payroll_year(emp, pay, &[(Pence::ZERO, Pence::ZERO); 12]);
    let mut extra = [(Pence::ZERO, Pence::ZERO); 12];
    let k = month_of_year % 12;
    extra[k] = (gross, if pensionable { gross } else { Pence::ZERO });
    let with = payroll_year(emp, pay, &extra);
    with[k] - base[k]
}

/// What leaving early costs the worker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LeavingCost {
    pub leaving_month: u32,
    /// Gross they must pay back.
    pub repay: Pence,
    /// What actually reached them for the share of the payments they repay.
    pub received_net: Pence,
    /// Income tax they can claim back from HMRC afterwards.
    pub tax_back: Pence,
    /// NI paid on the repaid share, which nobody refunds.
    pub ni_lost: Pence,
    /// Student loan collected on the repaid share (not refunded through payroll).
    pub loans_lost: Pence,
    /// `repay − tax_back`: the cash it costs them in the end.
    pub real_cost: Pence,
    /// True when they repay more than they ever took home from those payments.
    pub repays_more_than_received: bool,
    pub breakdown: Breakdown,
}

pub fn leaving_cost(
    scheme: &Scheme,
    emp: &Employee,
    pay: &Pay,
    leaving_month: u32,
) -> Result<LeavingCost, Vec<SchemeError>> {
    let pos = position(scheme, LeavingReason::Resignation, leaving_month)?;
    let (mut received_net, mut ni_lost, mut loans_lost) = (Pence::ZERO, Pence::ZERO, Pence::ZERO);
    for (p, pp) in scheme.payments.iter().zip(&pos.per_payment) {
        if pp.repayable > Pence::ZERO {
            let e = lump_sum_effect(emp, pay, pp.paid, p.pensionable, p.paid_month as usize);
            received_net += e.net.times(pp.share);
            ni_lost += e.ni.times(pp.share);
            loans_lost += e.loans.times(pp.share);
        }
    }
    let repay = pos.repayable;
    // Relief at the marginal rate in the year of repayment: the tax on a year's
    // income with the repaid amount in it, less the tax without.
    let t = rates::income_tax(emp.year, emp.region);
    let th = take_home(emp, pay);
    let base = th.gross - th.pension;
    let tax_back = annual_income_tax(&t, base + repay) - annual_income_tax(&t, base);
    let real_cost = repay - tax_back;
    let mut b = Breakdown::new(format!(
        "Leaving after {}",
        super::clawback::full_months(leaving_month)
    ));
    b.add(
        "You repay",
        "the gross amount the scheme says, to the employer",
        repay,
        Some(&rates::HMRC_REPAYMENT),
    );
    b.subtract(
        "Income tax you can claim back",
        "from HMRC for the tax year you repay in (Self Assessment or a letter): the tax on a year's pay with the repaid amount in it, less without",
        tax_back,
        Some(&rates::HMRC_REPAYMENT),
    );
    b.note(
        "National Insurance you cannot get back",
        "NI taken on the repaid share when it was paid; it is not refunded",
        ni_lost,
        None,
    );
    if loans_lost > Pence::ZERO {
        b.note(
            "Student loan taken on it",
            "collected when it was paid; not refunded through payroll (it did reduce your loan)",
            loans_lost,
            None,
        );
    }
    b.note(
        "What reached you for the repaid share",
        "the extra take-home in the months those payments were made",
        received_net,
        None,
    );
    b.total(
        "Your real cost",
        "what you repay less the tax you claim back",
    );
    Ok(LeavingCost {
        leaving_month,
        repay,
        received_net,
        tax_back,
        ni_lost,
        loans_lost,
        real_cost,
        repays_more_than_received: repay > received_net,
        breakdown: b,
    })
}

/// An offer's money over time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OfferOutlook {
    /// Net received by the end of months 12, 24 and 36 if they stay.
    pub by_month: [Pence; 3],
    /// Net position if they leave after `leaving_month`: take-home so far less the
    /// real cost of repaying.
    pub if_leaving: Pence,
}

/// Net received over time for an offer (regular pay plus the scheme's payments).
pub fn outlook(
    scheme: &Scheme,
    emp: &Employee,
    pay: &Pay,
    leaving_month: u32,
) -> Result<OfferOutlook, Vec<SchemeError>> {
    let regular = take_home(emp, pay).month.net;
    let lump_nets: Vec<(u32, Pence)> = scheme
        .payments
        .iter()
        .map(|p| {
            let e = lump_sum_effect(
                emp,
                pay,
                scheme.gross(p),
                p.pensionable,
                p.paid_month as usize,
            );
            (p.paid_month, e.net)
        })
        .collect();
    // Net received in the first `m` months: m regular months plus payments made by then.
    let net_by = |m: u32| -> Pence {
        Pence(regular.get().saturating_mul(i64::from(m)))
            + lump_nets
                .iter()
                .filter(|(month, _)| *month < m)
                .map(|(_, n)| *n)
                .sum()
    };
    let cost = leaving_cost(scheme, emp, pay, leaving_month)?;
    Ok(OfferOutlook {
        by_month: [net_by(12), net_by(24), net_by(36)],
        if_leaving: net_by(leaving_month + 1) - cost.real_cost,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::clawback::{Payment, Shape};

    fn emp(region: TaxRegion, loans: Vec<LoanPlan>, lgps: Lgps) -> Employee {
        Employee {
            year: TaxYear::Y2025_26,
            region,
            loans,
            lgps,
        }
    }

    fn pay(salary: i64) -> Pay {
        Pay {
            salary: Pence::pounds(salary),
            supplement: Pence::ZERO,
            supplement_pensionable: true,
        }
    }

    /// domain.md and issue 4: 2025/26 England, £40,000, Plan 2, a £3,000 bonus in one
    /// month. A normal month is £3,333.33. NI: the bonus month's £6,333.33 pays 8% on
    /// £3,141 (to the £4,189 limit) = £251.28 and 2% on £2,144.33 = £42.89, £294.17;
    /// a normal month pays 8% on £2,285.33 = £182.83; so the bonus costs £111.34.
    /// Student loan: 9% of £3,000 = £270 (both months are above £2,372.50).
    /// Income tax: £43,000 is all within the basic rate, so 20% = £600 (cumulative PAYE).
    /// Net: 3,000 − 600 − 111.34 − 270 = £2,018.66. (Not in the LGPS, as in domain.md.)
    #[test]
    fn bonus_of_3000_on_40000_nets_2018_66() {
        let e = lump_sum_effect(
            &emp(TaxRegion::Ewni, vec![LoanPlan::Plan2], Lgps::OptedOut),
            &pay(40_000),
            Pence::pounds(3_000),
            false,
            5,
        );
        assert_eq!(e.tax, Pence::pounds(600));
        assert_eq!(e.ni, Pence(11_134));
        assert_eq!(e.loans, Pence::pounds(270));
        assert_eq!(e.net, Pence(201_866));
    }

    /// £40,000 a year, England, 2025/26, no loan, not in LGPS. A twelfth is £3,333.33,
    /// so the year pays £39,999.96. Tax 20% × (39,999.96 − 12,570) = 5,485.992 ->
    /// £5,485.99; NI 12 × 8% × (3,333.33 − 1,048) = 12 × £182.83 = £2,193.96; net
    /// 39,999.96 − 5,485.99 − 2,193.96 = £32,320.01.
    #[test]
    fn take_home_on_40000() {
        let t = take_home(&emp(TaxRegion::Ewni, vec![], Lgps::OptedOut), &pay(40_000));
        assert_eq!(t.gross, Pence(3_999_996));
        assert_eq!(t.tax, Pence(548_599));
        assert_eq!(t.ni, Pence(219_396));
        assert_eq!(t.net, Pence(3_232_001));
        assert_eq!(t.breakdown.lines.last().unwrap().amount, t.net);
        // Cumulative PAYE over the year collects exactly the annual liability here.
        let slips = payroll_year(
            &emp(TaxRegion::Ewni, vec![], Lgps::OptedOut),
            &pay(40_000),
            &[(Pence::ZERO, Pence::ZERO); 12],
        );
        assert_eq!(slips.iter().map(|s| s.tax).sum::<Pence>(), Pence(548_599));
    }

    /// LGPS main section on £40,000 (2025/26 band £28,000 to £45,600: 6.5%):
    /// £2,600 a year, £216.67 a month (6.5% × 3,333.33 = 216.666). Tax falls by
    /// 20% of the contribution; NI does not.
    #[test]
    fn lgps_comes_off_before_tax_not_ni() {
        let e = emp(TaxRegion::Ewni, vec![], Lgps::Main);
        let t = take_home(&e, &pay(40_000));
        assert_eq!(t.pension_rate, Ratio::bp(650));
        assert_eq!(t.month.pension, Pence(21_667));
        assert_eq!(t.ni, Pence(219_396));
        // Tax: 20% × (39,999.96 − 2,600.04 − 12,570) = 20% × 24,829.92 = 4,965.98.
        assert_eq!(t.pension, Pence(260_004));
        assert_eq!(t.tax, Pence(496_598));
        // 50/50 halves the rate: 3.25%.
        assert_eq!(
            lgps_rate(TaxYear::Y2025_26, Lgps::FiftyFifty, Pence::pounds(40_000)),
            Ratio::new(650, 20_000).unwrap()
        );
    }

    /// Scottish taxpayer, 2025/26, £40,000: taxable 27,430 (12,570 allowance).
    /// 19% × 2,827 = 537.13; 20% × 12,094 = 2,418.80; 21% × 12,509 = 2,626.89.
    /// Total £5,582.82.
    #[test]
    fn scottish_taxpayer_on_40000() {
        let t = rates::income_tax(TaxYear::Y2025_26, TaxRegion::Scotland);
        assert_eq!(annual_income_tax(&t, Pence::pounds(40_000)), Pence(558_282));
        // 2026/27 (proposed): 19% × 3,967 = 753.73; 20% × 12,989 = 2,597.80;
        // 21% × 10,474 = 2,199.54; total £5,551.07.
        let t = rates::income_tax(TaxYear::Y2026_27, TaxRegion::Scotland);
        assert_eq!(annual_income_tax(&t, Pence::pounds(40_000)), Pence(555_107));
    }

    /// £110,000, England: allowance 12,570 − (10,000 ÷ 2) = 7,570; taxable 102,430:
    /// 20% × 37,700 = 7,540; 40% × 64,730 = 25,892; total £33,432.
    /// At £130,000 the allowance is gone: 7,540 + 40% × 87,440 = 34,976 + 45% ×
    /// 4,860 = 2,187 → £44,703.
    #[test]
    fn allowance_taper_above_100000() {
        let t = rates::income_tax(TaxYear::Y2025_26, TaxRegion::Ewni);
        assert_eq!(
            annual_income_tax(&t, Pence::pounds(110_000)),
            Pence::pounds(33_432)
        );
        assert_eq!(
            annual_income_tax(&t, Pence::pounds(130_000)),
            Pence::pounds(44_703)
        );
    }

    /// A £5,000 lump sum on £45,000 crosses the monthly upper limit: a normal month of
    /// £3,750 pays 8% × 2,702 = 216.16; with the lump £8,750 pays 8% × 3,141 = 251.28
    /// plus 2% × 4,561 = 91.22, £342.50; the lump costs £126.34 of NI (not 8% = £400).
    #[test]
    fn lump_sum_crossing_the_monthly_upper_limit() {
        assert_eq!(employee_ni_month(Pence::pounds(3_750)), Pence(21_616));
        assert_eq!(employee_ni_month(Pence::pounds(8_750)), Pence(34_250));
        let e = lump_sum_effect(
            &emp(TaxRegion::Ewni, vec![], Lgps::OptedOut),
            &pay(45_000),
            Pence::pounds(5_000),
            false,
            0,
        );
        assert_eq!(e.ni, Pence(12_634));
    }

    /// Plan 1 and Plan 2 together: one 9% deduction above the lower (Plan 1, £26,065)
    /// threshold; with a postgraduate loan 6% above £21,000 on top. On £3,333.33 a
    /// month: 9% × (3,333.33 − 2,172.0833) = 104.51; 6% × (3,333.33 − 1,750) = 95.00.
    #[test]
    fn several_loans() {
        let y = TaxYear::Y2025_26;
        assert_eq!(
            loans_month(y, &[LoanPlan::Plan1, LoanPlan::Plan2], Pence(333_333)),
            Pence(10_451)
        );
        assert_eq!(
            loans_month(
                y,
                &[LoanPlan::Plan2, LoanPlan::Postgraduate],
                Pence(333_333)
            ),
            Pence(8_647 + 9_500)
        );
        assert_eq!(
            loans_month(y, &[LoanPlan::Plan2], Pence(200_000)),
            Pence::ZERO
        );
    }

    /// Leaving: the £3,000 bonus on £40,000 (Plan 2) is repaid in full. They took home
    /// £2,018.66; they repay £3,000 and can claim back the £600 of tax, a real cost of
    /// £2,400, more than they received. The £111.34 NI is gone.
    #[test]
    fn leaving_repays_more_than_was_taken_home() {
        let scheme = Scheme {
            payments: vec![Payment::lump_sum(
                "Bonus",
                3_000,
                5,
                24,
                Shape::AllOrNothing,
            )],
            fte: Ratio::ONE,
            exempt: vec![],
        };
        let e = emp(TaxRegion::Ewni, vec![LoanPlan::Plan2], Lgps::OptedOut);
        let c = leaving_cost(&scheme, &e, &pay(40_000), 10).unwrap();
        assert_eq!(c.repay, Pence::pounds(3_000));
        assert_eq!(c.received_net, Pence(201_866));
        assert_eq!(c.tax_back, Pence::pounds(600));
        assert_eq!(c.ni_lost, Pence(11_134));
        assert_eq!(c.real_cost, Pence::pounds(2_400));
        assert!(c.repays_more_than_received);
        // Before it is paid there is nothing to repay.
        assert_eq!(
            leaving_cost(&scheme, &e, &pay(40_000), 4).unwrap().repay,
            Pence::ZERO
        );
    }

    /// By month 12 on £40,000 (England, no loan, no LGPS) with the £3,000 bonus in
    /// month 5: 12 × £2,693.33 (3,333.33 − 457.17 tax − 182.83 NI) + the bonus's net
    /// (3,000 − 600 − 111.34 = 2,288.66).
    #[test]
    fn outlook_adds_regular_pay_and_payments() {
        let scheme = Scheme {
            payments: vec![Payment::lump_sum(
                "Bonus",
                3_000,
                5,
                24,
                Shape::AllOrNothing,
            )],
            fte: Ratio::ONE,
            exempt: vec![],
        };
        let e = emp(TaxRegion::Ewni, vec![], Lgps::OptedOut);
        let regular = take_home(&e, &pay(40_000)).month;
        assert_eq!(regular.tax, Pence(45_717));
        assert_eq!(regular.net, Pence(269_333));
        let o = outlook(&scheme, &e, &pay(40_000), 10).unwrap();
        assert_eq!(o.by_month[0], Pence(12 * 269_333 + 228_866));
    }
}
