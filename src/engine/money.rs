//! Money in whole pence, exact ratios, and the one rounding rule.
//!
//! **The rounding rule.** Every amount is an integer number of pence. Where a rate
//! or a share is applied to an amount, the exact result (a fraction of a penny) is
//! rounded once, to the nearest penny, with halves rounded away from zero
//! ("half up" for the positive amounts payroll deals with). Totals are sums of
//! already-rounded lines, so a breakdown always adds up to its total to the penny.
//! Nothing that feeds money is ever a floating-point number.

use std::fmt;
use std::ops::{Add, AddAssign, Neg, Sub, SubAssign};

/// The largest amount the calculators accept for any one input: £100 million.
/// Far above any real payment or salary, and small enough that every product
/// of an amount and a ratio fits comfortably in `i128`.
pub const MAX_AMOUNT: Pence = Pence(10_000_000_000);

/// An amount of money in whole pence. Negative values are allowed in results
/// (a net position can be negative); inputs are checked to be non-negative.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pence(pub i64);

impl Pence {
    pub const ZERO: Pence = Pence(0);

    /// Whole pounds to pence.
    pub const fn pounds(pounds: i64) -> Pence {
        Pence(pounds * 100)
    }

    pub const fn get(self) -> i64 {
        self.0
    }

    /// This amount times an exact ratio, rounded by the rounding rule.
    pub fn times(self, ratio: Ratio) -> Pence {
        Pence(round_div(
            i128::from(self.0) * i128::from(ratio.num),
            i128::from(ratio.den),
        ))
    }

    pub fn max(self, other: Pence) -> Pence {
        Pence(self.0.max(other.0))
    }

    pub fn min(self, other: Pence) -> Pence {
        Pence(self.0.min(other.0))
    }

    /// `£1,234.56`; whole pounds keep their pence (`£3,000.00`) so columns line up.
    pub fn format(self) -> String {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        format!("{sign}£{}.{:02}", group_thousands(abs / 100), abs % 100)
    }

    /// To the nearest pound, halves away from zero: `£12,346`, `-£1,235`. For a
    /// dense table of estimates; never fed back into a sum.
    pub fn format_pounds(self) -> String {
        let sign = if self.0 < 0 { "-" } else { "" };
        let pounds = (self.0.unsigned_abs() + 50) / 100;
        format!("{sign}£{}", group_thousands(pounds))
    }

    /// `£3,000` for whole pounds, `£3,000.50` otherwise: for prose.
    pub fn format_short(self) -> String {
        if self.0 % 100 == 0 {
            let sign = if self.0 < 0 { "-" } else { "" };
            format!("{sign}£{}", group_thousands(self.0.unsigned_abs() / 100))
        } else {
            self.format()
        }
    }

    /// Plain decimal pounds with no symbol or separators (`3000.5` style is avoided:
    /// always `3000` or `3000.50`), for putting a figure back into an input or a link.
    pub fn to_input_string(self) -> String {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        if abs % 100 == 0 {
            format!("{sign}{}", abs / 100)
        } else {
            format!("{sign}{}.{:02}", abs / 100, abs % 100)
        }
    }
}

fn group_thousands(mut n: u64) -> String {
    let mut groups = Vec::new();
    loop {
        groups.push(n % 1000);
        n /= 1000;
        if n == 0 {
            break;
        }
    }
    let mut out = groups.pop().map(|g| g.to_string()).unwrap_or_default();
    while let Some(g) = groups.pop() {
        out.push_str(&format!(",{g:03}"));
    }
    out
}

impl fmt::Display for Pence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.format())
    }
}

impl Add for Pence {
    type Output = Pence;
    fn add(self, rhs: Pence) -> Pence {
        Pence(self.0.saturating_add(rhs.0))
    }
}

impl AddAssign for Pence {
    fn add_assign(&mut self, rhs: Pence) {
        *self = *self + rhs;
    }
}

impl Sub for Pence {
    type Output = Pence;
    fn sub(self, rhs: Pence) -> Pence {
        Pence(self.0.saturating_sub(rhs.0))
    }
}

impl SubAssign for Pence {
    fn sub_assign(&mut self, rhs: Pence) {
        *self = *self - rhs;
    }
}

impl Neg for Pence {
    type Output = Pence;
    fn neg(self) -> Pence {
        Pence(self.0.saturating_neg())
    }
}

impl std::iter::Sum for Pence {
    fn sum<I: Iterator<Item = Pence>>(iter: I) -> Pence {
        iter.fold(Pence::ZERO, |a, b| a + b)
    }
}

/// `n / d` rounded to the nearest integer, halves away from zero.
/// Returns 0 for `d == 0` rather than panicking (callers never pass 0: every
/// `Ratio` has a positive denominator), and saturates at the `i64` range.
pub fn round_div(n: i128, d: i128) -> i64 {
    if let (Some(n), Some(d)) = (narrow(n), narrow(d)) {
        return round_div_narrow(n, d);
    }
    round_div_wide(n, d)
}

/// Below this in size, `2n + d` and `2d` fit in an `i64`.
const NARROW: i128 = 1 << 61;

/// `x` as an `i64` if it is within `±2^61`: almost every sum in pence. In
/// WebAssembly a 128-bit division is a library call about ten times slower
/// than a 64-bit one (it was a tenth of the payback page's keystroke, profiled
/// 30 November 2026), so [`round_div`] and [`floor_div`] use the wide
/// arithmetic only where they must; both give the same answer either way
/// (tested below on sizes either side of the line and across the whole range).
fn narrow(x: i128) -> Option<i64> {
    (-NARROW < x && x < NARROW).then_some(x as i64)
}

fn round_div_narrow(n: i64, d: i64) -> i64 {
    if d == 0 {
        return 0;
    }
    let (n, d) = if d < 0 { (-n, -d) } else { (n, d) };
    if n >= 0 {
        (2 * n + d) / (2 * d)
    } else {
        -((-2 * n + d) / (2 * d))
    }
}

/// [`round_div`] in 128-bit arithmetic throughout: what the narrow path must
/// agree with.
fn round_div_wide(n: i128, d: i128) -> i64 {
    if d == 0 {
        return 0;
    }
    let (n, d) = if d < 0 { (-n, -d) } else { (n, d) };
    // floor((2|n| + d) / 2d) is |n|/d rounded with halves up; the sign goes back on after.
    let q = if n >= 0 {
        (2 * n + d) / (2 * d)
    } else {
        -((-2 * n + d) / (2 * d))
    };
    q.clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64
}

/// `n / d` rounded down (towards minus infinity): payroll's "round down" for
/// taxable pay to whole pounds, tax to the penny and student loans to the pound.
/// Returns 0 for `d <= 0` and saturates at the `i64` range.
pub fn floor_div(n: i128, d: i128) -> i64 {
    if d <= 0 {
        return 0;
    }
    if let (Some(n), Some(d)) = (narrow(n), narrow(d)) {
        return n.div_euclid(d);
    }
    floor_div_wide(n, d)
}

/// [`floor_div`] in 128-bit arithmetic throughout: what the narrow path must
/// agree with.
fn floor_div_wide(n: i128, d: i128) -> i64 {
    if d <= 0 {
        return 0;
    }
    n.div_euclid(d)
        .clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64
}

/// `n / d` rounded up (towards plus infinity), as HMRC rounds free pay per period.
pub fn ceil_div(n: i128, d: i128) -> i64 {
    if d <= 0 {
        return 0;
    }
    -floor_div(-n, d)
}

/// National Insurance's rounding of `n / d` pence to whole pence, as HMRC's
/// software specification and its published NI test data apply it: the amount
/// is first CUT to three decimal places of a pound (tenths of a penny, rounded
/// towards minus infinity), then rounded to the nearest penny with half a penny
/// or less disregarded (Social Security (Contributions) Regulations 2001,
/// reg 12(1); NIM11002). So £50.155 and £50.1556 are both £50.15, £0.0056 is
/// £0.00 and £160.0056 is £160.00, where a rule reading every decimal would
/// give £50.16, £0.01 and £160.01. Returns 0 for `d <= 0`.
pub fn round_ni(n: i128, d: i128) -> i64 {
    if d <= 0 {
        return 0;
    }
    let tenths = i128::from(floor_div(n.saturating_mul(10), d));
    // A tenths digit of 0 to 5 goes down, 6 to 9 up.
    floor_div(tenths + 4, 10)
}

/// An exact, non-negative ratio `num / den`: a tax rate, a share of a payment,
/// an FTE. Statutory rates are in basis points (`Ratio::bp(1500)` is 15%).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Ratio {
    num: i64,
    den: i64,
}

impl Ratio {
    pub const ZERO: Ratio = Ratio { num: 0, den: 1 };
    pub const ONE: Ratio = Ratio { num: 1, den: 1 };

    /// A rate in basis points: 1 bp = 0.01%.
    pub const fn bp(bp: i64) -> Ratio {
        Ratio {
            num: bp,
            den: 10_000,
        }
    }

    /// `num / den`; a zero or negative denominator gives `None`.
    pub fn new(num: i64, den: i64) -> Option<Ratio> {
        if den <= 0 || num < 0 {
            None
        } else {
            Some(Ratio { num, den })
        }
    }

    pub const fn num(self) -> i64 {
        self.num
    }

    pub const fn den(self) -> i64 {
        self.den
    }

    pub fn is_zero(self) -> bool {
        self.num == 0
    }

    /// `1 − self`, at least 0: the share that is not this one (the staff who do
    /// not leave, the leavers who are not exempt).
    pub fn complement(self) -> Ratio {
        Ratio {
            num: (self.den - self.num).max(0),
            den: self.den,
        }
    }

    /// `self <= other`, compared exactly.
    pub fn le(self, other: Ratio) -> bool {
        i128::from(self.num) * i128::from(other.den) <= i128::from(other.num) * i128::from(self.den)
    }

    /// The ratio as a percentage for display: `15%`, `19.8%`, `58.33%`,
    /// `19,499.19%` (rounded to two decimal places for display only; never used
    /// in a calculation).
    pub fn percent_label(self) -> String {
        let hundredths = round_div(i128::from(self.num) * 10_000, i128::from(self.den));
        // Thousands grouped, as the money is: 19,499.19%.
        let sign = if hundredths < 0 { "-" } else { "" };
        let hundredths = hundredths.unsigned_abs();
        let whole = format!("{sign}{}", group_thousands(hundredths / 100));
        let frac = hundredths % 100;
        if frac == 0 {
            format!("{whole}%")
        } else if frac % 10 == 0 {
            format!("{whole}.{}%", frac / 10)
        } else {
            format!("{whole}.{frac:02}%")
        }
    }

    /// The ratio as a number per 100, for display: `36.11`, `192.5`, and with
    /// thousands grouped, `1,155,000` (as [`Ratio::percent_label`], without
    /// the sign).
    pub fn per_hundred_label(self) -> String {
        self.percent_label().trim_end_matches('%').to_string()
    }

    /// `14/24` for shares that are not whole percentages, else `58%`-style.
    pub fn fraction_label(self) -> String {
        if self.num == 0 {
            "nothing".to_string()
        } else if self.num == self.den {
            "all".to_string()
        } else if (self.num * 10_000) % self.den == 0 {
            self.percent_label()
        } else {
            format!("{}/{}", self.num, self.den)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    // proptest is a native dev-dependency (Cargo.toml): the property test runs
    // in `cargo test`, not in the wasm32 builds of the tests.
    #[cfg(not(target_arch = "wasm32"))]
    use proptest::prelude::*;

    /// Sizes a division meets: pence, products of pence and basis points,
    /// either side of the narrow path's line (±2^61), and the whole range.
    #[cfg(not(target_arch = "wasm32"))]
    fn operand() -> impl Strategy<Value = i128> {
        prop_oneof![
            -10_000_000_000_i128..10_000_000_000,
            (-NARROW - 1_000)..(-NARROW + 1_000),
            (NARROW - 1_000)..(NARROW + 1_000),
            (i128::from(i64::MIN) * 4)..(i128::from(i64::MAX) * 4),
            any::<i128>().prop_map(|x| x / 4),
        ]
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest! {
        #[test]
        fn the_narrow_path_divides_as_the_wide_one(n in operand(), d in operand()) {
            prop_assert_eq!(round_div(n, d), round_div_wide(n, d));
            prop_assert_eq!(floor_div(n, d), floor_div_wide(n, d));
        }
    }

    #[test]
    fn divisions_at_the_narrow_line_round_as_by_hand() {
        // 2^61 - 1 over 2: (2^61 - 1) / 2 = 2^60 - 0.5, a half, so away from zero.
        let odd = NARROW - 1;
        assert_eq!(round_div(odd, 2), (1_i64 << 60));
        assert_eq!(round_div(-odd, 2), -(1_i64 << 60));
        assert_eq!(floor_div(-odd, 2), -(1_i64 << 60));
        // Just over the line, the wide path: 2^61 + 1 over 2 is 2^60 + 0.5.
        assert_eq!(round_div(NARROW + 1, 2), (1_i64 << 60) + 1);
        assert_eq!(floor_div(NARROW + 1, 2), 1_i64 << 60);
        // A negative divisor turns the sign: 7 / -2 = -3.5, away from zero -4.
        assert_eq!(round_div(7, -2), -4);
    }

    #[test]
    fn per_hundred_groups_thousands_and_keeps_the_decimals() {
        // 11,550 to 1 is 1,155,000 per 100; 1,925 / 5,330.99 is 36.11 per 100.
        assert_eq!(
            Ratio::new(11_550, 1).unwrap().per_hundred_label(),
            "1,155,000"
        );
        assert_eq!(
            Ratio::new(192_500, 533_099).unwrap().per_hundred_label(),
            "36.11"
        );
        assert_eq!(Ratio::new(77, 100).unwrap().per_hundred_label(), "77");
        assert_eq!(
            Ratio::new(19_250, 10_000).unwrap().per_hundred_label(),
            "192.5"
        );
        // The breakdown's percentage alike (found trying issue 21's fixes).
        assert_eq!(
            Ratio::new(1_949_919, 10_000).unwrap().percent_label(),
            "19,499.19%"
        );
        assert_eq!(Ratio::new(3, 2).unwrap().percent_label(), "150%");
    }

    #[test]
    fn complement_is_the_rest() {
        assert_eq!(Ratio::bp(1180).complement().percent_label(), "88.2%");
        assert_eq!(Ratio::ONE.complement(), Ratio::new(0, 1).unwrap());
        assert_eq!(Ratio::ZERO.complement().percent_label(), "100%");
    }

    #[test]
    fn pounds_to_the_nearest() {
        assert_eq!(Pence(1_234_550).format_pounds(), "£12,346");
        assert_eq!(Pence(-123_449).format_pounds(), "-£1,234");
        assert_eq!(Pence(49).format_pounds(), "£0");
    }

    #[test]
    fn rounding_is_half_up_to_the_penny() {
        // 15% of £0.10 = 1.5p -> 2p; 15% of £0.09 = 1.35p -> 1p.
        assert_eq!(Pence(10).times(Ratio::bp(1500)), Pence(2));
        assert_eq!(Pence(9).times(Ratio::bp(1500)), Pence(1));
        // 0.5% of £1.00 = 0.5p -> 1p.
        assert_eq!(Pence(100).times(Ratio::bp(50)), Pence(1));
        // 14/24 of £1,000 = £583.333.. -> £583.33; 1/3 of 2p = 0.67p -> 1p.
        assert_eq!(
            Pence::pounds(1000).times(Ratio::new(14, 24).unwrap()),
            Pence(58_333)
        );
        assert_eq!(Pence(2).times(Ratio::new(1, 3).unwrap()), Pence(1));
        // Halves on an odd denominator: 5/2 over 1 = 2.5 -> 3.
        assert_eq!(round_div(5, 2), 3);
        assert_eq!(round_div(-5, 2), -3);
        assert_eq!(round_div(7, 3), 2);
        assert_eq!(round_div(1, 0), 0);
    }

    #[test]
    fn payroll_roundings() {
        // Down: 86.4747 -> 86; -0.5 -> -1 (towards minus infinity).
        assert_eq!(floor_div(864_747, 10_000), 86);
        assert_eq!(floor_div(-1, 2), -1);
        assert_eq!(floor_div(5, 0), 0);
        // Up: 12,579 / 12 = 1,048.25 -> 1,049; 2,579 / 12 = 214.9166.. -> 215; 2 stays 2.
        assert_eq!(ceil_div(12_579, 12), 1_049);
        assert_eq!(ceil_div(104_825, 100), 1_049);
        assert_eq!(ceil_div(2_579, 12), 215);
        assert_eq!(ceil_div(24, 12), 2);
        // NI (HMRC's specification, NIM11002): cut to tenths of a penny, then
        // half a penny or less down. £50.155 -> £50.15; £50.156 -> £50.16;
        // £50.1556 -> cut to £50.155 -> £50.15 (a rule reading every decimal
        // would say £50.16); 8% of 7p = 0.56p -> cut 0.5p -> £0.00; £160.0056
        // -> cut £160.005 -> £160.00; £0.0006 -> £0.00; £50.1599 -> £50.16.
        assert_eq!(round_ni(501_550, 100), 5_015);
        assert_eq!(round_ni(501_560, 100), 5_016);
        assert_eq!(round_ni(5_015_560, 1_000), 5_015);
        assert_eq!(round_ni(7 * 800, 10_000), 0);
        assert_eq!(round_ni(16_000_560, 1_000), 16_000);
        assert_eq!(round_ni(6, 100), 0);
        assert_eq!(round_ni(501_599, 100), 5_016);
        assert_eq!(round_ni(0, 100), 0);
    }

    #[test]
    fn formats_like_a_payslip() {
        assert_eq!(Pence(0).format(), "£0.00");
        assert_eq!(Pence(5).format(), "£0.05");
        assert_eq!(Pence(346_500).format(), "£3,465.00");
        assert_eq!(Pence(123_456_789).format(), "£1,234,567.89");
        assert_eq!(Pence(-201_866).format(), "-£2,018.66");
        assert_eq!(Pence(300_000).format_short(), "£3,000");
        assert_eq!(Pence(300_050).format_short(), "£3,000.50");
        assert_eq!(Pence(300_050).to_input_string(), "3000.50");
        assert_eq!(Pence(300_000).to_input_string(), "3000");
    }

    #[test]
    fn percent_labels() {
        assert_eq!(Ratio::bp(1500).percent_label(), "15%");
        assert_eq!(Ratio::bp(1980).percent_label(), "19.8%");
        assert_eq!(Ratio::bp(50).percent_label(), "0.5%");
        assert_eq!(Ratio::new(14, 24).unwrap().fraction_label(), "14/24");
        assert_eq!(Ratio::new(12, 24).unwrap().fraction_label(), "50%");
        assert_eq!(Ratio::new(0, 24).unwrap().fraction_label(), "nothing");
    }

    #[test]
    fn ratios_compare_exactly() {
        assert!(Ratio::new(1, 3).unwrap().le(Ratio::bp(3334)));
        assert!(!Ratio::bp(3334).le(Ratio::new(1, 3).unwrap()));
        assert!(Ratio::new(0, 5).is_some());
        assert!(Ratio::new(1, 0).is_none());
    }
}
