//! Probabilities and discount factors.
//!
//! A monthly leaving probability `h = 1 − (1 − T)^(1/12)` or a monthly discount
//! factor `(1 + r)^(−1/12)` is irrational, so it cannot be an exact fraction.
//! These are held as fixed-point numbers with 12 decimal places ([`Fixed`]),
//! computed with integer arithmetic only (roots by bisection, powers by repeated
//! multiplication, each product rounded half up), so every machine gets the same
//! figures. They meet money only through [`Fixed::of`], which applies the one
//! rounding rule of [`super::money`].

use super::money::{round_div, Pence, Ratio};

/// 10^12: twelve decimal places.
pub const SCALE: i128 = 1_000_000_000_000;

/// A non-negative fixed-point number, `value / SCALE`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Fixed(i128);

impl Fixed {
    pub const ZERO: Fixed = Fixed(0);
    pub const ONE: Fixed = Fixed(SCALE);

    /// The raw value over [`SCALE`].
    pub const fn raw(self) -> i128 {
        self.0
    }

    pub fn from_ratio(r: Ratio) -> Fixed {
        Fixed(i128::from(round_div(
            i128::from(r.num()) * SCALE,
            i128::from(r.den()),
        )))
    }

    pub fn times(self, other: Fixed) -> Fixed {
        Fixed(i128::from(round_div(self.0 * other.0, SCALE)))
    }

    /// `self^n`, by repeated squaring.
    pub fn pow(self, mut n: u32) -> Fixed {
        let mut base = self;
        let mut acc = Fixed::ONE;
        while n > 0 {
            if n & 1 == 1 {
                acc = acc.times(base);
            }
            n >>= 1;
            if n > 0 {
                base = base.times(base);
            }
        }
        acc
    }

    /// The `n`th root: the largest `y` with `y^n <= self`, by bisection.
    /// `n = 0` gives 1.
    pub fn root(self, n: u32) -> Fixed {
        if n == 0 {
            return Fixed::ONE;
        }
        // Tiny powers round to 0 at 12 decimal places, so 0 is answered directly.
        // (The smallest other input here, 1 − 99.99%, has an exact enough root.)
        if self.0 == 0 {
            return Fixed::ZERO;
        }
        // The root lies in [0, max(self, 1)]; hi is kept one past the answer.
        let (mut lo, mut hi) = (0i128, self.0.max(SCALE) + 1);
        while hi - lo > 1 {
            let mid = lo + (hi - lo) / 2;
            if Fixed(mid).pow(n) <= self {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        Fixed(lo)
    }

    /// `1 / self`; `None` for zero.
    pub fn recip(self) -> Option<Fixed> {
        (self.0 > 0).then(|| Fixed(i128::from(round_div(SCALE * SCALE, self.0))))
    }

    /// `1 − self`, never below 0.
    pub fn complement(self) -> Fixed {
        Fixed((SCALE - self.0).max(0))
    }

    /// `self − other`, never below 0.
    pub fn minus(self, other: Fixed) -> Fixed {
        Fixed((self.0 - other.0).max(0))
    }

    /// An amount of money times this number, rounded to the penny (half up).
    pub fn of(self, amount: Pence) -> Pence {
        Pence(round_div(i128::from(amount.get()) * self.0, SCALE))
    }

    /// `98.96%`: two decimal places, for display only.
    pub fn percent_label(self) -> String {
        let hundredths = round_div(self.0 * 10_000, SCALE);
        format!("{}.{:02}%", hundredths / 100, hundredths % 100)
    }
}

/// Survival over one month under annual turnover `T`: `(1 − T)^(1/12)`.
pub fn monthly_survival(annual_turnover: Ratio) -> Fixed {
    Fixed::from_ratio(annual_turnover).complement().root(12)
}

/// Monthly leaving probability `h = 1 − (1 − T)^(1/12)`.
pub fn monthly_leaving(annual_turnover: Ratio) -> Fixed {
    monthly_survival(annual_turnover).complement()
}

/// Monthly discount factor `(1 + r)^(−1/12)` for an annual rate `r`.
pub fn monthly_discount(annual_rate: Ratio) -> Fixed {
    let one_plus = Fixed(SCALE + Fixed::from_ratio(annual_rate).0);
    one_plus.root(12).recip().unwrap_or(Fixed::ONE)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// domain.md: T = 11.8% gives about 1.04% a month. By hand: ln(0.882) = −0.125563;
    /// ÷ 12 = −0.010464; e^−0.010464 = 0.989591; h = 1.0409%.
    #[test]
    fn monthly_leaving_at_dfe_2025_turnover() {
        let h = monthly_leaving(Ratio::bp(1180));
        assert_eq!(h.percent_label(), "1.04%");
        let s = monthly_survival(Ratio::bp(1180));
        // Twelve months of survival give back 1 − T to within rounding.
        let year = s.pow(12);
        assert!((year.raw() - 882_000_000_000).abs() < 20, "{year:?}");
        assert!((s.raw() - 989_591_000_000).abs() < 1_000_000, "{s:?}");
    }

    /// Green Book 3.5% a year: 1.035^(−1/12) = 0.997137 (ln 1.035 = 0.034401; ÷ 12 = 0.0028668).
    #[test]
    fn green_book_monthly_discount() {
        let d = monthly_discount(Ratio::bp(350));
        assert!((d.raw() - 997_137_000_000).abs() < 1_000_000, "{d:?}");
        // Twelve months of it discount £1,035 to £1,000.
        assert_eq!(d.pow(12).of(Pence::pounds(1035)), Pence::pounds(1000));
    }

    #[test]
    fn edges_do_not_panic() {
        assert_eq!(monthly_leaving(Ratio::ZERO), Fixed::ZERO);
        assert_eq!(monthly_leaving(Ratio::ONE), Fixed::ONE);
        assert_eq!(Fixed::ZERO.root(12), Fixed::ZERO);
        assert_eq!(Fixed::ZERO.recip(), None);
        assert_eq!(Fixed::ONE.pow(1000), Fixed::ONE);
        assert_eq!(Fixed::ONE.of(Pence(12_345)), Pence(12_345));
    }
}
