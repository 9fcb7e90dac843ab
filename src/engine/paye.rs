//! PAYE income tax per monthly pay period, as payroll software works it out
//! (HMRC's exact percentage method, [`rates::HMRC_PAYE_SPEC`]):
//!
//! 1. pay to date (after LGPS) less free pay to date from the tax code (plus,
//!    for a K code, the additional pay), rounded DOWN to whole pounds;
//! 2. each band's limit to date is the annual limit × month / 12 to four
//!    decimal places of a pound (cut, or for Scotland rounded up: HMRC's test
//!    data decides, see [`rates::HMRC_PAYE_TEST_DATA`]);
//! 3. tax due to date is the tax through those bands, rounded DOWN to the penny;
//! 4. this month's tax is the tax due to date less the tax already deducted (a
//!    refund when it is negative);
//! 5. for a K code, no more than 50% of this month's pay is deducted (the
//!    overriding limit); what is not deducted is carried forward.
//!
//! A "week 1 / month 1" code works out every month as if it were month 1 of
//! the year, on that month's pay alone.

use super::money::{ceil_div, floor_div, Pence, Ratio};
pub use super::rates::PayFrequency;
use super::rates::{self, IncomeTax};
use super::tax_code::{CodeKind, TaxCode};

/// Units of a ten-thousandth of a pound (a hundredth of a penny): HMRC's band
/// limits to date have four decimal places.
const UNITS_PER_PENNY: i128 = 100;

/// One month's PAYE, with the figures a payslip's year-to-date box shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PayeMonth {
    /// Taxable pay to date after free pay, in whole pounds.
    pub taxable_to_date: Pence,
    /// Tax due to date.
    pub due_to_date: Pence,
    /// Tax deducted this month (negative for a refund).
    pub tax: Pence,
    /// True where the 50% overriding limit held this month's tax down.
    pub limited: bool,
}

/// PAYE through a tax year: feed it each period's taxable pay in turn.
#[derive(Clone, Debug)]
pub struct Paye {
    code: TaxCode,
    tax: IncomeTax,
    /// Months or weeks in a year: the tables' unit (12 or 52).
    periods: u32,
    /// Units in one pay period (a fortnight is 2 weeks, four weeks 4).
    units: u32,
    period: u32,
    pay_to_date: Pence,
    deducted_to_date: Pence,
}

impl Paye {
    /// Monthly PAYE on `code` with the year's bands.
    pub fn new(code: TaxCode, tax: IncomeTax) -> Paye {
        Paye::with_frequency(code, tax, PayFrequency::Monthly)
    }

    pub fn with_frequency(code: TaxCode, tax: IncomeTax, frequency: PayFrequency) -> Paye {
        Paye {
            code,
            tax,
            periods: frequency.units_a_year(),
            units: frequency.units(),
            period: 0,
            pay_to_date: Pence::ZERO,
            deducted_to_date: Pence::ZERO,
        }
    }

    /// Tax deducted so far this year (refunds taken off).
    pub fn deducted_to_date(&self) -> Pence {
        self.deducted_to_date
    }

    /// A new code from the next period on (a coding notice during the year): pay
    /// and tax to date carry on, as payroll software does on a cumulative code.
    pub fn change_code(&mut self, code: TaxCode) {
        self.code = code;
    }

    /// The next month (or week), given its pay after LGPS (income tax's
    /// "taxable pay").
    pub fn next_month(&mut self, pay: Pence) -> PayeMonth {
        self.period += 1;
        self.pay_to_date += pay;
        // A fortnightly or four-weekly period is worked out as its last week
        // (week 2, 4, 6, … or 4, 8, …), with the weekly tables.
        let (period, pay_to_date, deducted) = if self.code.cumulative {
            (
                self.period * self.units,
                self.pay_to_date,
                self.deducted_to_date,
            )
        } else {
            (self.units, pay, Pence::ZERO)
        };
        let adjustment = Pence(
            self.code
                .adjustment(self.periods)
                .get()
                .saturating_mul(i64::from(period)),
        );
        let taxable = (pay_to_date - adjustment).max(Pence::ZERO);
        let taxable_to_date = Pence(floor_div(i128::from(taxable.get()), 100) * 100);
        let due_to_date = self.due(taxable_to_date, period);
        let mut tax = due_to_date - deducted;
        let mut limited = false;
        if matches!(self.code.kind, CodeKind::K(_)) {
            let limit = Pence(floor_div(i128::from(pay.max(Pence::ZERO).get()), 2));
            if tax > limit {
                tax = limit;
                limited = true;
            }
        }
        // Never more than the period's pay: what cannot be deducted waits (this
        // only arises on pay of a few pence, with a flat-rate code).
        tax = tax.min(pay.max(Pence::ZERO));
        self.deducted_to_date += tax;
        PayeMonth {
            taxable_to_date,
            due_to_date,
            tax,
            limited,
        }
    }

    /// Tax due on whole-pound taxable pay to date at period `period`.
    fn due(&self, taxable: Pence, period: u32) -> Pence {
        let bands = self.tax.bands;
        let flat = |index: usize| -> Ratio {
            bands
                .get(index.min(bands.len().saturating_sub(1)))
                .map(|b| b.1)
                .unwrap_or(Ratio::ZERO)
        };
        let basic = self.tax.basic_band;
        match self.code.kind {
            CodeKind::NoTax => Pence::ZERO,
            CodeKind::Basic => taxable_at(taxable, flat(basic)),
            CodeKind::Higher(n) => taxable_at(taxable, flat(basic + 1 + usize::from(n))),
            CodeKind::Allowance(_) | CodeKind::K(_) => {
                banded(&self.tax, taxable, period, self.periods)
            }
        }
    }
}

/// Flat-rate tax to the penny, rounded down.
fn taxable_at(taxable: Pence, rate: Ratio) -> Pence {
    Pence(floor_div(
        i128::from(taxable.get()) * i128::from(rate.num()),
        i128::from(rate.den()),
    ))
}

/// A band's limit to date in units of a ten-thousandth of a pound: the annual
/// limit × `period / periods` to four decimal places, rounded up where
/// `round_up` (Scotland) and cut otherwise (see [`IncomeTax::limits_round_up`]:
/// HMRC's 2025/26 test data needs both; for S1257L in month 4 the higher band's
/// limit 125,140 × 4 / 12 = 41,713.3333.. must be 41,713.3334 to give HMRC's
/// £16,868.53 to date, where for 1257L the same limit must be 41,713.3333 to
/// give its £15,069.60).
fn limit_to_date(annual: Pence, period: u32, periods: u32, round_up: bool) -> i128 {
    let n = i128::from(annual.get()) * UNITS_PER_PENNY * i128::from(period);
    let d = i128::from(periods.max(1));
    i128::from(if round_up {
        ceil_div(n, d)
    } else {
        floor_div(n, d)
    })
}

/// Tax through the bands with limits to date ([`limit_to_date`]), rounded down
/// to the penny.
fn banded(tax: &IncomeTax, taxable: Pence, period: u32, periods: u32) -> Pence {
    let taxable = i128::from(taxable.get()) * UNITS_PER_PENNY;
    // Sum of (units in band × rate numerator / rate denominator), kept exact over
    // a common denominator of 10,000 (every statutory rate is in basis points).
    let mut numerator = 0i128;
    let mut lower = 0i128;
    for (upper, rate) in tax.bands {
        let limit = if *upper >= rates::UNLIMITED {
            i128::MAX / 4
        } else {
            limit_to_date(*upper, period, periods, tax.limits_round_up)
        };
        let in_band = taxable.min(limit) - lower;
        if in_band <= 0 {
            break;
        }
        numerator += in_band * i128::from(rate.num()) * (10_000 / i128::from(rate.den()).max(1));
        lower = limit;
    }
    Pence(floor_div(numerator, 10_000 * UNITS_PER_PENNY))
}

/// A year of PAYE on the same pay every month: the twelve months' tax.
pub fn year_of_tax(code: TaxCode, tax: IncomeTax, monthly_pay: &[Pence; 12]) -> [PayeMonth; 12] {
    let mut paye = Paye::new(code, tax);
    monthly_pay.map(|pay| paye.next_month(pay))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::rates::{income_tax, TaxRegion, TaxYear};
    use crate::engine::tax_code::STANDARD;

    fn ewni() -> IncomeTax {
        income_tax(TaxYear::Y2025_26, TaxRegion::Ewni)
    }

    fn code(text: &str) -> TaxCode {
        TaxCode::parse(text).unwrap()
    }

    /// £40,000 a year on 1257L: £3,333.33 a month.
    /// Month 1: 3,333.33 − 1,048.26 = 2,285.07 -> £2,285 taxable; the basic band
    /// to date is 37,700 / 12 = 3,141.6666, so all at 20%: £457.00 (not the
    /// textbook £457.17, which would use £1,047.50 of allowance and pennies).
    /// Month 2: 6,666.66 − 2,096.52 = 4,570.14 -> £4,570; 20% = £914.00 to date,
    /// less £457.00 already deducted: £457.00.
    #[test]
    fn first_and_second_month_on_40000() {
        let mut p = Paye::new(STANDARD, ewni());
        let m1 = p.next_month(Pence(333_333));
        assert_eq!(m1.taxable_to_date, Pence::pounds(2_285));
        assert_eq!(m1.tax, Pence(45_700));
        let m2 = p.next_month(Pence(333_333));
        assert_eq!(m2.taxable_to_date, Pence::pounds(4_570));
        assert_eq!(m2.due_to_date, Pence(91_400));
        assert_eq!(m2.tax, Pence(45_700));
    }

    /// Pay varies: month 1 £2,000.00, month 2 £5,500.00, month 3 £2,000.00.
    /// Month 1: 2,000 − 1,048.26 = 951.74 -> 951; 20% = £190.20.
    /// Month 2: 7,500 − 2,096.52 = 5,403.48 -> 5,403; basic band to date
    /// 37,700 × 2 / 12 = 6,283.3333, so all at 20% = 1,080.60 to date; this
    /// month 1,080.60 − 190.20 = £890.40.
    /// Month 3: 9,500 − 3,144.78 = 6,355.22 -> 6,355; band 9,425.00; 20% =
    /// 1,271.00 to date; this month £190.40.
    #[test]
    fn cumulative_year_with_varying_pay() {
        let mut p = Paye::new(STANDARD, ewni());
        assert_eq!(p.next_month(Pence::pounds(2_000)).tax, Pence(19_020));
        assert_eq!(p.next_month(Pence::pounds(5_500)).tax, Pence(89_040));
        let m3 = p.next_month(Pence::pounds(2_000));
        assert_eq!(m3.due_to_date, Pence(127_100));
        assert_eq!(m3.tax, Pence(19_040));
    }

    /// A month that crosses the higher-rate band to date: £9,000 in month 1.
    /// 9,000 − 1,048.26 = 7,951.74 -> 7,951. Basic band to date 3,141.6666:
    /// 20% × 3,141.6666 = 628.33332; 40% × (7,951 − 3,141.6666) = 40% × 4,809.3334
    /// = 1,923.73336; total 2,552.06668 -> rounded down £2,552.06.
    #[test]
    fn band_limits_to_date_have_four_decimals() {
        let mut p = Paye::new(STANDARD, ewni());
        assert_eq!(p.next_month(Pence::pounds(9_000)).tax, Pence(255_206));
    }

    /// The overriding limit bites, then the next month catches up: K1000,
    /// month 1 on £300: taxable 300 + 834.09 = 1,134.09 -> 1,134; 20% = £226.80
    /// due, limited to 50% of £300 = £150 (£76.80 carried forward). Month 2 on
    /// £2,000: to date 2,300 + 1,668.18 = 3,968.18 -> 3,968; 20% = £793.60 due,
    /// less £150 deducted = £643.60, within 50% of £2,000 (£1,000): deducted in
    /// full, the £76.80 caught up.
    #[test]
    fn a_k_code_catches_up_when_pay_rises() {
        let mut p = Paye::new(code("K1000"), ewni());
        let m1 = p.next_month(Pence::pounds(300));
        assert_eq!((m1.tax, m1.limited), (Pence::pounds(150), true));
        let m2 = p.next_month(Pence::pounds(2_000));
        assert_eq!(
            (m2.due_to_date, m2.tax, m2.limited),
            (Pence(79_360), Pence(64_360), false)
        );
        assert_eq!(p.deducted_to_date(), Pence(79_360));
    }

    /// K475: £396.59 a month is added to pay. On £500 a month: taxable
    /// 500 + 396.59 = 896.59 -> 896; 20% = £179.20, within 50% of £500 (£250).
    /// On £300 a month: 300 + 396.59 = 696.59 -> 696; 20% = 139.20, within £150.
    /// K1000 on £300: additional pay £834.09 (1000 = 500 + 500: 416.67 + 417.42);
    /// taxable 1,134.09 -> 1,134; 20% = 226.80, but 50% of £300 is £150: £150
    /// is deducted and £76.80 carried forward. Month 2 on £300: to date 600 +
    /// 1,668.18 = 2,268.18 -> 2,268; 20% = 453.60 due to date, 453.60 − 150 =
    /// 303.60 wanted, limited again to £150.
    #[test]
    fn the_overriding_limit_holds_a_k_code_to_half_of_pay() {
        let mut p = Paye::new(code("K475"), ewni());
        let m = p.next_month(Pence::pounds(500));
        assert_eq!((m.tax, m.limited), (Pence(17_920), false));
        let mut p = Paye::new(code("K1000"), ewni());
        let m1 = p.next_month(Pence::pounds(300));
        assert_eq!(m1.due_to_date, Pence(22_680));
        assert_eq!((m1.tax, m1.limited), (Pence::pounds(150), true));
        let m2 = p.next_month(Pence::pounds(300));
        assert_eq!(m2.due_to_date, Pence(45_360));
        assert_eq!((m2.tax, m2.limited), (Pence::pounds(150), true));
    }

    /// S1257L, 2025/26, £40,000: month 1 taxable £2,285 (as in England). Scottish
    /// bands to date, rounded UP at the fourth decimal: starter 2,827 / 12 =
    /// 235.58333.. -> 235.5834, basic 14,921 / 12 = 1,243.41666.. -> 1,243.4167,
    /// intermediate 31,092 / 12 = 2,591.00.
    /// 19% × 235.5834 = 44.760846; 20% × (1,243.4167 − 235.5834) = 201.56666;
    /// 21% × (2,285 − 1,243.4167) = 218.732493; total 465.059999 -> £465.05.
    /// (Cut at the fourth decimal, the same sum is 465.060001 -> £465.06.)
    #[test]
    fn scottish_month() {
        let scot = income_tax(TaxYear::Y2025_26, TaxRegion::Scotland);
        let mut p = Paye::new(code("S1257L"), scot);
        assert_eq!(p.next_month(Pence(333_333)).tax, Pence(46_505));
    }

    /// HMRC's 2025/26 test rows "Gen_cumul mthly" 1 to 4, by hand: pay £1,156.25,
    /// £1,156.26, £31,123.26, £14,465.71; to date £47,901.48 less 4 × 1,048.26 =
    /// 4,193.04 -> £43,708 taxable.
    /// Scotland (limits up): starter 2,827 / 3 -> 942.3334, basic 14,921 / 3 ->
    /// 4,973.6667, intermediate 10,364, higher 20,810, advanced 125,140 / 3 ->
    /// 41,713.3334. 19% × 942.3334 = 179.043346; 20% × 4,031.3333 = 806.26666;
    /// 21% × 5,390.3333 = 1,131.969993; 42% × 10,446 = 4,387.32; 45% ×
    /// 20,903.3334 = 9,406.50003; 48% × 1,994.6666 = 957.439968; total
    /// 16,868.539997 -> £16,868.53, HMRC's figure (cut limits give .540002 -> .54).
    /// Rest of UK (limits cut): basic 12,566.6666, higher 41,713.3333: 20% ×
    /// 12,566.6666 = 2,513.33332; 40% × 29,146.6667 = 11,658.66668; 45% ×
    /// 1,994.6667 = 897.600015; total 15,069.600015 -> £15,069.60, HMRC's figure
    /// (limits rounded up give 15,069.599995 -> .59).
    #[test]
    fn band_limit_rounding_decides_the_penny_in_each_region() {
        let due_in_month_4 = |region, c: &str| {
            let mut p = Paye::new(code(c), income_tax(TaxYear::Y2025_26, region));
            for pay in [115_625, 115_626, 3_112_326] {
                p.next_month(Pence(pay));
            }
            p.next_month(Pence(1_446_571)).due_to_date
        };
        assert_eq!(
            due_in_month_4(TaxRegion::Scotland, "S1257L"),
            Pence(1_686_853)
        );
        assert_eq!(due_in_month_4(TaxRegion::Ewni, "1257L"), Pence(1_506_960));
    }

    /// A coding notice during the year: 1257L for two months of £3,333.33 (£457.00
    /// each), then BR from month 3: tax due to date is 20% of all pay to date,
    /// 9,999.99 -> £9,999 -> £1,999.80, less £914.00 deducted: £1,085.80.
    /// Weekly 1257L: £241.92 free pay a week; on £600 a week, 600 − 241.92 =
    /// 358.08 -> £358 at 20% = £71.60.
    #[test]
    fn a_code_change_during_the_year_and_weekly_pay() {
        let mut p = Paye::new(STANDARD, ewni());
        p.next_month(Pence(333_333));
        p.next_month(Pence(333_333));
        p.change_code(code("BR"));
        assert_eq!(p.next_month(Pence(333_333)).tax, Pence(108_580));
        let mut w = Paye::with_frequency(STANDARD, ewni(), PayFrequency::Weekly);
        assert_eq!(w.next_month(Pence::pounds(600)).tax, Pence(7_160));
    }

    /// BR on £1,000.50: £1,000 at 20% = £200.00. D0: 40% = £400.00. NT: nothing.
    /// 0T on £3,000: no free pay, 20% of £3,000 = £600.00.
    /// 1257L M1 (non-cumulative) after a month of no pay still gives month 1's
    /// free pay only: 3,333.33 − 1,048.26 -> 2,285 at 20% = £457.00, where the
    /// cumulative code gives two months' free pay (below).
    #[test]
    fn flat_rate_no_tax_and_month_1_codes() {
        let one = |c: &str, pay: Pence| Paye::new(code(c), ewni()).next_month(pay).tax;
        assert_eq!(one("BR", Pence(100_050)), Pence::pounds(200));
        assert_eq!(one("D0", Pence(100_050)), Pence::pounds(400));
        assert_eq!(one("NT", Pence(100_050)), Pence::ZERO);
        assert_eq!(one("0T", Pence::pounds(3_000)), Pence::pounds(600));
        let mut m1 = Paye::new(code("1257L M1"), ewni());
        m1.next_month(Pence::ZERO);
        assert_eq!(m1.next_month(Pence(333_333)).tax, Pence(45_700));
        // Cumulative: month 2 free pay to date 2,096.52; 3,333.33 − 2,096.52 =
        // 1,236.81 -> 1,236 at 20% = £247.20.
        let mut cum = Paye::new(STANDARD, ewni());
        cum.next_month(Pence::ZERO);
        assert_eq!(cum.next_month(Pence(333_333)).tax, Pence(24_720));
    }

    /// BR on 19p a month: by month 11 pay to date is £2.09, rounded down to £2, so
    /// tax due jumps from 20p to 40p, but only the month's 19p can be deducted.
    #[test]
    fn never_more_than_the_months_pay() {
        let mut p = Paye::new(code("BR"), ewni());
        let taxes: Vec<Pence> = (0..12).map(|_| p.next_month(Pence(19)).tax).collect();
        assert_eq!(taxes[4], Pence(0), "95p to date");
        assert_eq!(taxes[5], Pence(19), "£1.14 -> £1, 20p due, 19p deducted");
        assert_eq!(taxes[6], Pence(1), "the 1p carried forward");
        assert!(taxes.iter().all(|t| *t <= Pence(19)));
    }

    /// A fall in pay gives a refund: £5,000 then £0. Month 1: 5,000 − 1,048.26 ->
    /// 3,951: 20% × 3,141.6666 + 40% × 809.3334 = 628.33332 + 323.73336 =
    /// 952.06668 -> £952.06. Month 2: 5,000 − 2,096.52 -> 2,903 at 20% = 580.60
    /// due; 580.60 − 952.06 = −£371.46 refunded.
    #[test]
    fn a_fall_in_pay_is_refunded() {
        let mut p = Paye::new(STANDARD, ewni());
        assert_eq!(p.next_month(Pence::pounds(5_000)).tax, Pence(95_206));
        assert_eq!(p.next_month(Pence::ZERO).tax, Pence(-37_146));
    }
}
