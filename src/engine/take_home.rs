//! The candidate's side: what pay and a retention package are worth after income
//! tax, employee NI, student loans and LGPS contributions, and what leaving early
//! would cost them.
//!
//! Month by month, every deduction is worked out as payroll does it
//! ([`super::payroll`], [`super::paye`]), so the payslips match a real one.
//! The year's income tax is the year's true liability, with the personal
//! allowance reduced by £1 for every £2 of income above £100,000; where PAYE
//! takes a different amount over the year (it does not taper the allowance, its
//! free pay comes from the tax code, and it rounds taxable pay down to whole
//! pounds), the explanation says by how much and why. Lump sums are paid in the
//! month their scheme says, counted from a start at the beginning of the tax
//! year, and every year uses the chosen year's rates.

use super::breakdown::Breakdown;
use super::clawback::{after_full_months, position, LeavingReason, Scheme, SchemeError};
use super::money::{round_div, Pence};
use super::payroll::{lgps_rate, payroll_year, NO_EXTRA};
use super::rates::{self, IncomeTax, TaxRegion};
use super::tax_code::{CodeKind, STANDARD};

pub use super::payroll::{Employee, Lgps, Pay, Payslip};

/// The year's income tax on income after pension, with the allowance taper,
/// to the nearest penny.
pub fn annual_income_tax(t: &IncomeTax, income: Pence) -> Pence {
    let allowance = allowance_for(t, income);
    let mut taxable = i128::from((income - allowance).max(Pence::ZERO).get());
    // Sum of in-band amount × rate over the bands, exact over 10,000.
    let (mut tax, mut lower) = (0i128, 0i128);
    for (upper, rate) in t.bands {
        let in_band = taxable.min(i128::from(upper.get()) - lower);
        if in_band <= 0 {
            break;
        }
        tax += in_band * i128::from(rate.num()) * (10_000 / i128::from(rate.den()).max(1));
        taxable -= in_band;
        lower = i128::from(upper.get());
    }
    Pence(round_div(tax, 10_000))
}

/// The personal allowance for an income: £1 less for every £2 above £100,000.
pub fn allowance_for(t: &IncomeTax, income: Pence) -> Pence {
    let excess = (income - t.taper_from).max(Pence::ZERO);
    let reduction = Pence(round_div(i128::from(excess.get()), 2));
    (t.personal_allowance - reduction).max(Pence::ZERO)
}

/// Take-home for a year of regular pay.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TakeHome {
    pub gross: Pence,
    pub pension: Pence,
    /// The year's liability (allowance taper included).
    pub tax: Pence,
    /// What PAYE deducts over the twelve payslips.
    pub paye_tax: Pence,
    pub ni: Pence,
    pub loans: Pence,
    /// Gross less pension, the year's tax liability, NI and loans.
    pub net: Pence,
    /// The first regular month's payslip (no lump sum).
    pub month: Payslip,
    pub pension_rate: super::money::Ratio,
    pub breakdown: Breakdown,
}

impl TakeHome {
    /// What the year's twelve payslips add up to: gross less pension, the tax
    /// PAYE deducts, NI and loans (where `net` takes the year's liability).
    pub fn payslips_net(&self) -> Pence {
        self.gross - self.pension - self.paye_tax - self.ni - self.loans
    }
}

pub fn take_home(emp: &Employee, pay: &Pay) -> TakeHome {
    let slips = payroll_year(emp, pay, &NO_EXTRA);
    let sum = |f: fn(&Payslip) -> Pence| slips.iter().map(f).sum::<Pence>();
    let (gross, pension, ni, loans) = (
        sum(|s| s.gross),
        sum(|s| s.pension),
        sum(|s| s.ni),
        sum(|s| s.loans()),
    );
    let t = rates::income_tax(emp.year, emp.region);
    let tax = annual_income_tax(&t, gross - pension);
    let paye_tax = sum(|s| s.tax);
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
            "{} of each month's pensionable pay ({}, the band for {} a year), to the nearest penny",
            rate.percent_label(),
            emp.lgps.label(),
            pay.pensionable().format()
        ),
        pension,
        Some(&rates::LGPS_EMPLOYEE),
    );
    b.subtract(
        "Income tax for the year",
        tax_working(emp, &t, gross - pension),
        tax,
        Some(t.source),
    );
    b.subtract(
        "National Insurance",
        "on each month's pay alone: 8% from £1,048 to £4,189 and 2% above (not reduced by pension); each part cut to three decimals of a pound, then rounded to the nearest penny with half a penny or less rounded down, so £160.0056 is £160.00",
        ni,
        Some(&rates::HMRC_NI_ROUNDING),
    );
    if !emp.loans.is_empty() {
        let names: Vec<&str> = emp.loans.iter().map(|l| l.label()).collect();
        b.subtract(
            "Student loan",
            format!(
                "{}: 9% (postgraduate 6%) of each month's pay above a twelfth of the threshold, each deduction rounded down to the whole pound",
                names.join(" and ")
            ),
            loans,
            Some(rates::student_loans_source(emp.year)),
        );
    }
    let net = b.total("Take-home pay a year", "gross less every deduction");
    b.note(
        "Income tax PAYE deducts over the year",
        paye_working(emp, &t, gross - pension, tax, paye_tax),
        paye_tax,
        Some(&rates::HMRC_PAYE_SPEC),
    );
    TakeHome {
        gross,
        pension,
        tax,
        paye_tax,
        ni,
        loans,
        net,
        month: slips[0],
        pension_rate: rate,
        breakdown: b,
    }
}

fn tax_working(emp: &Employee, t: &IncomeTax, income: Pence) -> String {
    let region = match emp.region {
        TaxRegion::Ewni => "England, Wales and Northern Ireland rates",
        TaxRegion::Scotland => "Scottish rates",
    };
    let allowance = allowance_for(t, income);
    let taper = if allowance < t.personal_allowance {
        format!(
            " (the £12,570 allowance is reduced by £1 for every £2 of income over £100,000, to {})",
            allowance.format()
        )
    } else {
        String::new()
    };
    format!(
        "on {} after pension, less a personal allowance of {}{taper}; {region}; what you owe for the year on this pay if it is your only income",
        income.format(),
        allowance.format()
    )
}

/// Why PAYE's total differs from the year's liability, in words.
fn paye_working(emp: &Employee, t: &IncomeTax, income: Pence, tax: Pence, paye: Pence) -> String {
    let code = emp.tax_code.label();
    let diff = tax - paye;
    let mut why = format!(
        "tax code {code}, month by month: pay to date less free pay to date from the code, rounded down to whole pounds; bands to date; tax to date rounded down to the penny"
    );
    if diff == Pence::ZERO {
        why.push_str("; the same as the year's liability");
        return why;
    }
    let (more_less, amount) = if diff > Pence::ZERO {
        ("less", diff)
    } else {
        ("more", -diff)
    };
    why.push_str(&format!(
        ". That is {} {more_less} than the year's liability: ",
        amount.format()
    ));
    let reason = if allowance_for(t, income) < t.personal_allowance {
        "PAYE does not reduce the personal allowance above £100,000, so the rest is collected through Self Assessment or a new tax code"
    } else if emp.tax_code.kind == STANDARD.kind && emp.tax_code.cumulative {
        "1257L gives £1,048.26 of free pay a month (£12,579.12 a year, not £12,570) and taxable pay is rounded down to whole pounds; HMRC settles the difference after the year"
    } else if matches!(emp.tax_code.kind, CodeKind::K(_)) {
        "a K code adds pay to collect tax owed from elsewhere, and no month takes more than half the pay"
    } else {
        "your tax code is not the standard 1257L on a cumulative basis, so PAYE collects a different amount; HMRC settles the difference after the year"
    };
    why.push_str(reason);
    why
}

/// The twelve payslips added up: the year's totals (`tax_limited` where any
/// month's was).
pub fn year_total(slips: &[Payslip; 12]) -> Payslip {
    slips.iter().fold(Payslip::default(), |a, s| Payslip {
        gross: a.gross + s.gross,
        pension: a.pension + s.pension,
        tax: a.tax + s.tax,
        ni: a.ni + s.ni,
        loan: a.loan + s.loan,
        pg_loan: a.pg_loan + s.pg_loan,
        net: a.net + s.net,
        tax_limited: a.tax_limited || s.tax_limited,
    })
}

/// What a lump sum adds over the tax year it is paid in: `(year, month)`, the
/// year's twelve payslips with it less the year's without it (gross, each
/// deduction and take-home), and the change to its own month's payslip alone.
/// PAYE taxes a lump sum early in the year at a higher rate in its own month
/// (free pay and band limits to date are a fraction of the year's) and gives
/// the excess back in the later months: the year counts both, the month only
/// the first (for a payslip-by-payslip view, never a year's).
/// `month_of_year` is 0 for April; it is taken modulo 12.
pub fn lump_sum_effect(
    emp: &Employee,
    pay: &Pay,
    gross: Pence,
    pensionable: bool,
    month_of_year: usize,
) -> (Payslip, Payslip) {
    let k = month_of_year % 12;
    let base = payroll_year(emp, pay, &NO_EXTRA);
    let with = payroll_year(emp, pay, &lump_in(gross, pensionable, k));
    (year_total(&with) - year_total(&base), with[k] - base[k])
}

fn lump_in(gross: Pence, pensionable: bool, month_of_year: usize) -> [(Pence, Pence); 12] {
    let mut extra = NO_EXTRA;
    extra[month_of_year % 12] = (gross, if pensionable { gross } else { Pence::ZERO });
    extra
}

/// One payment of a scheme, and what it adds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PaymentEffect {
    /// The payment's index in the scheme.
    pub index: usize,
    pub paid_month: u32,
    /// Over its tax year, from the year's payslips (see [`payment_effects`]).
    pub year: Payslip,
    /// In the payslip of its own month alone.
    pub month: Payslip,
}

/// What each of the scheme's payments adds to take-home, worked from whole
/// tax years of payslips: within a tax year of the job, the payments are added
/// in the order they are paid, and each one's effect is the year with it and
/// those paid before it, less the year with only those before it. So the
/// effects of one year's payments add up exactly to that year's payslips with
/// all of them less the year's without any. In the scheme's order.
pub fn payment_effects(emp: &Employee, pay: &Pay, scheme: &Scheme) -> Vec<PaymentEffect> {
    let base = payroll_year(emp, pay, &NO_EXTRA);
    let mut order: Vec<usize> = (0..scheme.payments.len()).collect();
    order.sort_by_key(|&i| (scheme.payments[i].paid_month, i));
    let mut effects: Vec<Option<PaymentEffect>> = vec![None; scheme.payments.len()];
    let (mut year, mut extra, mut before) = (u32::MAX, NO_EXTRA, base);
    for i in order {
        let p = &scheme.payments[i];
        if p.paid_month / 12 != year {
            (year, extra, before) = (p.paid_month / 12, NO_EXTRA, base);
        }
        let g = scheme.gross(p);
        let k = (p.paid_month % 12) as usize;
        extra[k].0 += g;
        if p.pensionable {
            extra[k].1 += g;
        }
        let after = payroll_year(emp, pay, &extra);
        effects[i] = Some(PaymentEffect {
            index: i,
            paid_month: p.paid_month,
            year: year_total(&after) - year_total(&before),
            month: after[k] - before[k],
        });
        before = after;
    }
    effects.into_iter().flatten().collect()
}

/// The scheme's payments that fall in tax year `year` of the job (0 = the first),
/// as (gross, pensionable part) by month of that year.
pub fn payments_in_year(scheme: &Scheme, year: u32) -> [(Pence, Pence); 12] {
    let mut extra = NO_EXTRA;
    for p in scheme.payments.iter().filter(|p| p.paid_month / 12 == year) {
        let g = scheme.gross(p);
        let slot = &mut extra[(p.paid_month % 12) as usize];
        slot.0 += g;
        if p.pensionable {
            slot.1 += g;
        }
    }
    extra
}

/// The twelve payslips of tax year `year` of the job, the scheme's payments in.
pub fn payslips_with_payments(
    emp: &Employee,
    pay: &Pay,
    scheme: &Scheme,
    year: u32,
) -> [Payslip; 12] {
    payroll_year(emp, pay, &payments_in_year(scheme, year))
}

/// What leaving early costs the worker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LeavingCost {
    pub leaving_month: u32,
    /// Gross they must pay back.
    pub repay: Pence,
    /// What the repaid share of the payments added to their take-home, over
    /// each payment's whole tax year ([`payment_effects`]).
    pub received_net: Pence,
    /// What every payment made by the leaving month added to take-home, over
    /// each one's tax year: the whole of what the scheme gave them.
    pub paid_net: Pence,
    /// Income tax they can claim back from HMRC afterwards.
    pub tax_back: Pence,
    /// NI paid on the repaid share, which nobody refunds.
    pub ni_lost: Pence,
    /// Student loan collected on the repaid share (not refunded through payroll).
    pub loans_lost: Pence,
    /// `repay − tax_back`: the cash it costs them in the end.
    pub real_cost: Pence,
    /// True when repaying costs them more (`real_cost`) than the repaid share
    /// ever added to their take-home (`received_net`).
    pub costs_more_than_received: bool,
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
    let effects = payment_effects(emp, pay, scheme);
    let paid_net: Pence = effects
        .iter()
        .filter(|e| e.paid_month <= leaving_month)
        .map(|e| e.year.net)
        .sum();
    for (e, pp) in effects.iter().zip(&pos.per_payment) {
        if pp.repayable > Pence::ZERO {
            received_net += e.year.net.times(pp.share);
            ni_lost += e.year.ni.times(pp.share);
            loans_lost += e.year.loans().times(pp.share);
        }
    }
    let repay = pos.repayable;
    let tax_back = relief(scheme, emp, pay, leaving_month, repay);
    let real_cost = repay - tax_back;
    let mut b = Breakdown::new(format!("Leaving {}", after_full_months(leaving_month)));
    b.add(
        "You repay",
        "the gross amount the scheme says, to the employer",
        repay,
        Some(&rates::HMRC_REPAYMENT),
    );
    b.subtract(
        "Income tax you can claim back",
        "from HMRC for the tax year you repay in (Self Assessment or a letter): the tax on that year's income less the tax on it with the repayment taken off, assuming a full year's pay at this rate (for example in your next job) plus this scheme's payments that year",
        tax_back,
        Some(&rates::HMRC_REPAYMENT),
    );
    b.note(
        "National Insurance you cannot get back",
        "the extra NI over the tax year of each payment, for the share you repay; it is not refunded",
        ni_lost,
        None,
    );
    if loans_lost > Pence::ZERO {
        b.note(
            "Student loan taken on it",
            "the extra collected over the tax year of each payment, for the share you repay; not refunded through payroll (it did reduce your loan)",
            loans_lost,
            None,
        );
    }
    b.note(
        "What those payments added to your take-home, for the repaid share",
        "over the whole tax year of each payment: the year's payslips with it less without it (PAYE takes more in the month it is paid and gives the excess back in the later months), for the share you repay",
        received_net,
        None,
    );
    if paid_net != received_net {
        b.note(
            "What all the payments made by then added to your take-home",
            "over each payment's tax year, whether or not you repay it",
            paid_net,
            None,
        );
    }
    b.total(
        "Your real cost",
        "what you repay less the tax you claim back",
    );
    Ok(LeavingCost {
        leaving_month,
        repay,
        received_net,
        paid_net,
        tax_back,
        ni_lost,
        loans_lost,
        real_cost,
        costs_more_than_received: real_cost > received_net,
        breakdown: b,
    })
}

/// Income tax relief on a repayment: the tax on the income of the tax year the
/// worker leaves in, less the tax on it with the repayment taken off. The year's
/// income is a full year's regular pay (after pension) plus the scheme's payments
/// that year.
fn relief(scheme: &Scheme, emp: &Employee, pay: &Pay, leaving_month: u32, repay: Pence) -> Pence {
    if repay <= Pence::ZERO {
        return Pence::ZERO;
    }
    let slips = payslips_with_payments(emp, pay, scheme, leaving_month / 12);
    let income: Pence = slips.iter().map(|s| s.gross - s.pension).sum();
    let t = rates::income_tax(emp.year, emp.region);
    annual_income_tax(&t, income) - annual_income_tax(&t, (income - repay).max(Pence::ZERO))
}

/// An offer's money over time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OfferOutlook {
    /// Net received by the end of months 12, 24 and 36 if they stay.
    pub by_month: [Pence; 3],
    /// Net position if they leave after `leaving_month` full months: the
    /// take-home of those months and of the payments made by then, less the
    /// real cost of repaying.
    pub if_leaving: Pence,
}

/// Net received over time for an offer (regular pay plus the scheme's payments).
/// `by_month` adds whole tax years of payslips with each year's payments in
/// (so month 12 equals the first year's payslip table); `if_leaving` adds the
/// regular payslips of the months worked, what each payment paid by then adds
/// over its tax year ([`payment_effects`]), less the real cost of repaying.
pub fn outlook(
    scheme: &Scheme,
    emp: &Employee,
    pay: &Pay,
    leaving_month: u32,
) -> Result<OfferOutlook, Vec<SchemeError>> {
    let regular = payroll_year(emp, pay, &NO_EXTRA);
    let year_net = |y: u32| -> Pence {
        payslips_with_payments(emp, pay, scheme, y)
            .iter()
            .map(|s| s.net)
            .sum()
    };
    let years: Vec<Pence> = (0..3).map(year_net).collect();
    let by_month = [1, 2, 3].map(|n: usize| years.iter().take(n).copied().sum::<Pence>());
    let regular_year: Pence = regular.iter().map(|s| s.net).sum();
    let months_net = Pence(
        regular_year
            .get()
            .saturating_mul(i64::from(leaving_month / 12)),
    ) + regular
        .iter()
        .take((leaving_month % 12) as usize)
        .map(|s| s.net)
        .sum::<Pence>();
    let payments_net: Pence = payment_effects(emp, pay, scheme)
        .iter()
        .filter(|e| e.paid_month <= leaving_month)
        .map(|e| e.year.net)
        .sum();
    let cost = leaving_cost(scheme, emp, pay, leaving_month)?;
    Ok(OfferOutlook {
        by_month,
        if_leaving: months_net + payments_net - cost.real_cost,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::clawback::{Payment, Shape};
    use crate::engine::money::Ratio;
    use crate::engine::rates::{LoanPlan, TaxYear};
    use crate::engine::tax_code::TaxCode;

    fn emp(region: TaxRegion, loans: Vec<LoanPlan>, lgps: Lgps) -> Employee {
        Employee {
            year: TaxYear::Y2025_26,
            region,
            tax_code: STANDARD,
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

    fn bonus_scheme(month: u32) -> Scheme {
        Scheme {
            payments: vec![Payment::lump_sum(
                "Bonus",
                3_000,
                month,
                24,
                Shape::AllOrNothing,
            )],
            fte: Ratio::ONE,
            exempt: vec![],
        }
    }

    /// domain.md: 2025/26 England, £40,000, Plan 2, a £3,000 bonus in one month
    /// (month 6 of the tax year here), not in the LGPS. A normal month is £3,333.33.
    /// Tax (PAYE, 1257L): month 6 with the bonus, pay to date 22,999.98 less free
    /// pay 6 × 1,048.26 = 6,289.56 -> £16,710, all within the basic band to date
    /// (18,850), 20% = £3,342.00; without it £13,710 -> £2,742.00: £600.00 more.
    /// NI: £6,333.33 pays 8% × 3,141 = 251.28 and 2% × 2,144.33 = 42.8866, £294.17
    /// (rounded: 0.1666p is not more than half); a normal month 8% × 2,285.33 =
    /// 182.8264 -> £182.83; the bonus costs £111.34. Student loan: 9% × (6,333.33 −
    /// 2,372.50) = 356.4747 -> £356, against £86 in a normal month: £270.
    /// Net: 3,000 − 600 − 111.34 − 270 = £2,018.66.
    #[test]
    fn bonus_of_3000_on_40000_nets_2018_66() {
        let (e, _) = lump_sum_effect(
            &emp(TaxRegion::Ewni, vec![LoanPlan::Plan2], Lgps::OptedOut),
            &pay(40_000),
            Pence::pounds(3_000),
            false,
            5,
        );
        assert_eq!(e.tax, Pence::pounds(600));
        assert_eq!(e.ni, Pence(11_134));
        assert_eq!(e.loans(), Pence::pounds(270));
        assert_eq!(e.net, Pence(201_866));
    }

    /// £40,000 a year, England, 2025/26, no loan, not in LGPS. A twelfth is £3,333.33,
    /// so the year pays £39,999.96. The year's liability: 20% × (39,999.96 −
    /// 12,570) = 5,485.992 -> £5,485.99. PAYE takes 12 × £457.00 = £5,484.00 (month
    /// 12: 39,999.96 − 12,579.12 = 27,420.84 -> 27,420 at 20%), £1.99 less.
    /// NI 12 × £182.83 = £2,193.96; net 39,999.96 − 5,485.99 − 2,193.96 = £32,320.01.
    #[test]
    fn take_home_on_40000_keeps_the_years_liability() {
        let t = take_home(&emp(TaxRegion::Ewni, vec![], Lgps::OptedOut), &pay(40_000));
        assert_eq!(t.gross, Pence(3_999_996));
        assert_eq!(t.tax, Pence(548_599));
        assert_eq!(t.paye_tax, Pence(548_400));
        assert_eq!(t.ni, Pence(219_396));
        assert_eq!(t.net, Pence(3_232_001));
        // The payslips: 39,999.96 − 5,484.00 − 2,193.96 = £32,322.00.
        assert_eq!(t.payslips_net(), Pence(3_232_200));
        assert_eq!(t.month.net, Pence(333_333 - 45_700 - 18_283));
        let total = t
            .breakdown
            .lines
            .iter()
            .find(|l| l.label == "Take-home pay a year");
        assert_eq!(total.and_then(|l| l.value.money()), Some(t.net));
        let paye = t.breakdown.lines.last().unwrap();
        assert!(paye.working.contains("£1.99 less"), "{}", paye.working);
        assert!(paye.working.contains("£1,048.26"), "{}", paye.working);
    }

    /// LGPS main section on £40,000 (6.5%): £216.67 a month, £2,600.04 a year.
    /// Liability: 20% × (39,999.96 − 2,600.04 − 12,570) = 20% × 24,829.92 = £4,965.98.
    #[test]
    fn lgps_reduces_the_years_tax() {
        let t = take_home(&emp(TaxRegion::Ewni, vec![], Lgps::Main), &pay(40_000));
        assert_eq!(t.pension_rate, Ratio::bp(650));
        assert_eq!(t.pension, Pence(260_004));
        assert_eq!(t.tax, Pence(496_598));
        assert_eq!(t.ni, Pence(219_396));
    }

    /// Scottish taxpayer, 2025/26, £40,000: taxable 27,430 (12,570 allowance).
    /// 19% × 2,827 = 537.13; 20% × 12,094 = 2,418.80; 21% × 12,509 = 2,626.89.
    /// Total £5,582.82. 2026/27 (proposed): 19% × 3,967 = 753.73; 20% × 12,989 =
    /// 2,597.80; 21% × 10,474 = 2,199.54; total £5,551.07. 2024/25: 19% × 2,306 =
    /// 438.14; 20% × 11,685 = 2,337.00; 21% × 13,439 = 2,822.19; total £5,597.33.
    #[test]
    fn scottish_taxpayer_on_40000() {
        let tax = |y| {
            annual_income_tax(
                &rates::income_tax(y, TaxRegion::Scotland),
                Pence::pounds(40_000),
            )
        };
        assert_eq!(tax(TaxYear::Y2025_26), Pence(558_282));
        assert_eq!(tax(TaxYear::Y2026_27), Pence(555_107));
        assert_eq!(tax(TaxYear::Y2024_25), Pence(559_733));
    }

    /// £110,000, England: allowance 12,570 − (10,000 ÷ 2) = 7,570; taxable 102,430:
    /// 20% × 37,700 = 7,540; 40% × 64,730 = 25,892; total £33,432.
    /// At £130,000 the allowance is gone: 7,540 + 40% × 87,440 = 34,976 + 45% ×
    /// 4,860 = 2,187 -> £44,703.
    /// PAYE on £110,000 (1257L) does not taper: month 12 taxable 110,000 − 12,579.12
    /// -> 97,420; 20% × 37,700 + 40% × 59,720 = 7,540 + 23,888 = £31,428 a year
    /// (the band limit to date in month 12 is 37,700 exactly), £2,004 less.
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
        let th = take_home(&emp(TaxRegion::Ewni, vec![], Lgps::OptedOut), &pay(110_000));
        assert_eq!(th.gross, Pence(11_000_004));
        assert_eq!(th.paye_tax, Pence::pounds(31_428));
        let note = th.breakdown.lines.last().unwrap();
        assert!(
            note.working
                .contains("does not reduce the personal allowance"),
            "{}",
            note.working
        );
    }

    /// Leaving: the £3,000 bonus on £40,000 (Plan 2) is repaid in full. They took
    /// home £2,018.66; they repay £3,000 and can claim back the £600 of tax (the
    /// year's income 39,999.96 + 3,000 is all basic rate), a real cost of £2,400,
    /// more than they received. The £111.34 NI is gone.
    #[test]
    fn leaving_repays_more_than_was_taken_home() {
        let e = emp(TaxRegion::Ewni, vec![LoanPlan::Plan2], Lgps::OptedOut);
        let c = leaving_cost(&bonus_scheme(5), &e, &pay(40_000), 10).unwrap();
        assert_eq!(c.repay, Pence::pounds(3_000));
        assert_eq!(c.received_net, Pence(201_866));
        assert_eq!(c.tax_back, Pence::pounds(600));
        assert_eq!(c.ni_lost, Pence(11_134));
        assert_eq!(c.loans_lost, Pence::pounds(270));
        assert_eq!(c.real_cost, Pence::pounds(2_400));
        assert!(c.costs_more_than_received);
        // Before it is paid there is nothing to repay.
        assert_eq!(
            leaving_cost(&bonus_scheme(5), &e, &pay(40_000), 4)
                .unwrap()
                .repay,
            Pence::ZERO
        );
    }

    /// Relief at the higher rate: on £60,000 the year's income 60,000 + 3,000 is
    /// above £50,270, so repaying £3,000 gives back 40% = £1,200.
    #[test]
    fn relief_is_at_the_marginal_rate() {
        let e = emp(TaxRegion::Ewni, vec![], Lgps::OptedOut);
        let c = leaving_cost(&bonus_scheme(5), &e, &pay(60_000), 10).unwrap();
        assert_eq!(c.tax_back, Pence::pounds(1_200));
        assert_eq!(c.real_cost, Pence::pounds(1_800));
    }

    /// The payslip table: £40,000 with the £3,000 bonus at month 3 of the job (the
    /// fourth payslip, July) shows £6,333.33 gross that month, the others £3,333.33.
    #[test]
    fn payslips_carry_the_payments_in_their_month() {
        let e = emp(TaxRegion::Ewni, vec![LoanPlan::Plan2], Lgps::OptedOut);
        let slips = payslips_with_payments(&e, &pay(40_000), &bonus_scheme(3), 0);
        assert_eq!(slips[3].gross, Pence(633_333));
        assert_eq!(slips[2].gross, Pence(333_333));
        // Month 4 with the bonus: tax 457 + 600, NI 294.17, loan 356:
        // net 6,333.33 − 1,057 − 294.17 − 356 = £4,626.16.
        assert_eq!(slips[3].net, Pence(462_616));
        // A payment in the job's second year is not in the first year's table.
        let later = payslips_with_payments(&e, &pay(40_000), &bonus_scheme(15), 0);
        assert!(later.iter().all(|s| s.gross == Pence(333_333)));
        assert_eq!(
            payslips_with_payments(&e, &pay(40_000), &bonus_scheme(15), 1)[3].gross,
            Pence(633_333)
        );
    }

    /// By month 12 on £40,000 (England, no loan, no LGPS) with the £3,000 bonus in
    /// month 5: 12 × £2,693.50 (3,333.33 − 457.00 tax − 182.83 NI) + the bonus's net
    /// (3,000 − 600 − 111.34 = 2,288.66). Leaving after 10 months: 10 × 2,693.50 +
    /// 2,288.66 − the real cost (3,000 − 600 = 2,400) = £26,823.66.
    #[test]
    fn outlook_adds_regular_pay_and_payments() {
        let e = emp(TaxRegion::Ewni, vec![], Lgps::OptedOut);
        let o = outlook(&bonus_scheme(5), &e, &pay(40_000), 10).unwrap();
        assert_eq!(o.by_month[0], Pence(12 * 269_350 + 228_866));
        assert_eq!(o.by_month[1], Pence(24 * 269_350 + 228_866));
        assert_eq!(o.if_leaving, Pence(10 * 269_350 + 228_866 - 240_000));
    }

    /// Issue 19's candidate: £39,500, England, 2026/27, Plan 2, LGPS main (6.5%
    /// for £39,500 in the 2026/27 bands), a £3,000 golden hello (not
    /// pensionable) in month 0, April, repaid pro rata over 24 months.
    /// A normal month: gross 39,500 / 12 = £3,291.67; LGPS 6.5% × 3,291.67 =
    /// 213.958.. -> £213.96; PAYE month 1: 3,077.71 − 1,048.26 = 2,029.45 ->
    /// £2,029 at 20% = £405.80; NI 8% × 2,243.67 = 179.4936 -> £179.49; loan
    /// 9% × (3,291.67 − 29,385 / 12 = 2,448.75) = 75.86 -> £75.
    /// April with the £3,000: taxable 6,077.71 − 1,048.26 = 5,029.45 -> £5,029;
    /// basic band to date 37,700 / 12 = 3,141.6666: 20% × 3,141.6666 + 40% ×
    /// 1,887.3334 = 1,383.26668 -> £1,383.26, £977.46 more than a normal April;
    /// NI 8% × 3,141 = 251.28 + 2% × 2,102.67 = 42.0534 -> 42.05: £293.33,
    /// £113.84 more; loan 9% × 3,842.92 = 345.86 -> £345, £270 more. That payslip
    /// alone: 3,000 − 977.46 − 113.84 − 270 = £1,638.70.
    /// The year: without it, PAYE to month 12 on 12 × 2,029.45 = 24,353.40 ->
    /// £24,353 at 20% = £4,870.60; with it 27,353.40 -> £27,353 = £5,470.60, all
    /// within the £37,700 basic band: £600.00 more over the year (May and June
    /// give back the April excess). So it adds 3,000 − 600 − 113.84 − 270 =
    /// £2,016.16 to the year's take-home.
    /// Leaving after 9 months repays 3,000 × 15 / 24 = £1,875; the year's income
    /// 12 × 3,077.71 + 3,000 = 39,932.52 is all basic rate, so £375.00 of tax
    /// comes back and leaving costs £1,500.00, against 2,016.16 × 15 / 24 =
    /// 1,260.10 that the repaid share added (more than it gave), while all of
    /// it added £2,016.16 (so £516.16 better off than without it).
    #[test]
    fn a_golden_hello_in_april_is_worth_its_whole_year() {
        let e = Employee {
            year: TaxYear::Y2026_27,
            region: TaxRegion::Ewni,
            tax_code: STANDARD,
            loans: vec![LoanPlan::Plan2],
            lgps: Lgps::Main,
        };
        let p = pay(39_500);
        let (year, month) = lump_sum_effect(&e, &p, Pence::pounds(3_000), false, 0);
        assert_eq!(
            (month.tax, month.ni, month.loans()),
            (Pence(97_746), Pence(11_384), Pence::pounds(270))
        );
        assert_eq!(month.net, Pence(163_870));
        assert_eq!(
            (year.tax, year.ni, year.loans()),
            (Pence::pounds(600), Pence(11_384), Pence::pounds(270))
        );
        assert_eq!(year.net, Pence(201_616));
        let scheme = Scheme {
            payments: vec![Payment::lump_sum(
                "Golden hello",
                3_000,
                0,
                24,
                Shape::ProRata,
            )],
            fte: Ratio::ONE,
            exempt: vec![],
        };
        let slips = payslips_with_payments(&e, &p, &scheme, 0);
        let without: Pence = payroll_year(&e, &p, &NO_EXTRA).iter().map(|s| s.net).sum();
        assert_eq!(year_total(&slips).net - without, Pence(201_616));
        assert_eq!(slips[0].tax, Pence(138_326));
        let c = leaving_cost(&scheme, &e, &p, 9).unwrap();
        assert_eq!(
            (c.repay, c.tax_back, c.real_cost),
            (
                Pence::pounds(1_875),
                Pence::pounds(375),
                Pence::pounds(1_500)
            )
        );
        assert_eq!(c.received_net, Pence(126_010));
        assert_eq!(c.paid_net, Pence(201_616));
        assert!(c.costs_more_than_received);
        // By month 12 equals the payslip table's year.
        let o = outlook(&scheme, &e, &p, 9).unwrap();
        assert_eq!(o.by_month[0], year_total(&slips).net);
    }

    /// A K code's limit shows on the payslip: K1000 on £3,600 a year (£300 a month).
    #[test]
    fn a_k_code_month_is_marked_limited() {
        let mut e = emp(TaxRegion::Ewni, vec![], Lgps::OptedOut);
        e.tax_code = TaxCode::parse("K1000").unwrap();
        let t = take_home(&e, &pay(3_600));
        assert!(t.month.tax_limited);
        assert_eq!(t.month.tax, Pence::pounds(150));
    }
}
