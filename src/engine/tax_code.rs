//! PAYE tax codes: reading one as it is printed on a payslip, and the free pay
//! (or, for a K code, the additional pay) it gives per monthly pay period.
//!
//! HMRC's pay adjustment (PAYE tax tables, Table A, and the PAYE specification
//! for payroll software): for a code number `n` up to 500 the monthly figure is
//! `(10n + 9) / 12` pounds rounded UP to the penny. Above 500 the code is split
//! into `q` lots of 500 (each worth £416.67 a month) and a remainder `r` looked
//! up as before (a remainder of 0 counts as one lot fewer and 500). So 1257L is
//! 2 × £416.67 + £214.92 = £1,048.26 a month, not £12,570 / 12 = £1,047.50.

use super::money::{ceil_div, Pence};

/// The part of the code that says how tax is worked out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CodeKind {
    /// A number and a suffix letter (`1257L`, `0T`): free pay from the number.
    Allowance(u32),
    /// `K` and a number: pay added to taxable pay, and tax limited to 50% of
    /// each period's pay (the overriding limit).
    K(u32),
    /// `BR`: every pound at the basic rate.
    Basic,
    /// `D0`, `D1`, …: every pound at the `n + 1`th rate above the basic rate.
    Higher(u8),
    /// `NT`: no tax.
    NoTax,
}

/// A code's country letter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CodeCountry {
    /// `S`: Scottish rates.
    Scotland,
    /// `C`: Welsh rates (the same as England's at present).
    Wales,
}

/// A tax code as printed on a payslip, e.g. `1257L`, `S1257L`, `K475`, `BR`,
/// `1257L M1`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TaxCode {
    pub kind: CodeKind,
    /// False for "week 1 / month 1" codes (`M1`, `W1` or `X` after the code):
    /// each month is worked out on its own, not on the year to date.
    pub cumulative: bool,
    pub country: Option<CodeCountry>,
}

/// What is wrong with a typed tax code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TaxCodeError {
    Empty,
    /// Not a shape of code that PAYE uses.
    NotACode,
}

impl TaxCodeError {
    pub fn message(self) -> &'static str {
        match self {
            TaxCodeError::Empty => "Enter your tax code, like 1257L",
            TaxCodeError::NotACode => {
                "Enter your tax code as it is on your payslip, like 1257L, S1257L, K475, BR or 1257L M1"
            }
        }
    }
}

/// The code nearly everyone with one job has.
pub const STANDARD: TaxCode = TaxCode {
    kind: CodeKind::Allowance(1257),
    cumulative: true,
    country: None,
};

/// The largest code number accepted (far above any real allowance).
const MAX_NUMBER: u32 = 99_999;

impl TaxCode {
    /// Reads a code as typed: case and spaces do not matter.
    pub fn parse(text: &str) -> Result<TaxCode, TaxCodeError> {
        let code: String = text
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| c.to_ascii_uppercase())
            .collect();
        if code.is_empty() {
            return Err(TaxCodeError::Empty);
        }
        let (code, cumulative) = match ["M1", "W1", "X"]
            .iter()
            .find_map(|basis| code.strip_suffix(basis))
        {
            Some(rest) => (rest, false),
            None => (code.as_str(), true),
        };
        let (country, code) = match code.as_bytes().first() {
            Some(b'S') if code != "S" => (Some(CodeCountry::Scotland), &code[1..]),
            Some(b'C') => (Some(CodeCountry::Wales), &code[1..]),
            _ => (None, code),
        };
        let kind = parse_kind(code).ok_or(TaxCodeError::NotACode)?;
        Ok(TaxCode {
            kind,
            cumulative,
            country,
        })
    }

    /// The code as HMRC prints it: `S1257L`, `K475 M1`.
    pub fn label(&self) -> String {
        let country = match self.country {
            Some(CodeCountry::Scotland) => "S",
            Some(CodeCountry::Wales) => "C",
            None => "",
        };
        let body = match self.kind {
            CodeKind::Allowance(0) => "0T".to_string(),
            CodeKind::Allowance(n) => format!("{n}L"),
            CodeKind::K(n) => format!("K{n}"),
            CodeKind::Basic => "BR".to_string(),
            CodeKind::Higher(n) => format!("D{n}"),
            CodeKind::NoTax => "NT".to_string(),
        };
        let basis = if self.cumulative { "" } else { " M1" };
        format!("{country}{body}{basis}")
    }

    /// Free pay a month (positive) or, for a K code, pay added a month (negative).
    pub fn adjustment_month(&self) -> Pence {
        match self.kind {
            CodeKind::Allowance(n) => pay_adjustment_month(n),
            CodeKind::K(n) => -pay_adjustment_month(n),
            _ => Pence::ZERO,
        }
    }
}

fn parse_kind(code: &str) -> Option<CodeKind> {
    let number = |digits: &str| -> Option<u32> {
        if digits.is_empty() || digits.len() > 5 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.parse().ok().filter(|n| *n <= MAX_NUMBER)
    };
    match code {
        "BR" => return Some(CodeKind::Basic),
        "NT" => return Some(CodeKind::NoTax),
        "0T" => return Some(CodeKind::Allowance(0)),
        _ => {}
    }
    if let Some(d) = code.strip_prefix('D') {
        let n = number(d)?;
        return (n <= 3).then_some(CodeKind::Higher(n as u8));
    }
    if let Some(d) = code.strip_prefix('K') {
        return number(d).map(CodeKind::K);
    }
    let digits = code.strip_suffix(['L', 'M', 'N', 'T'])?;
    number(digits).map(CodeKind::Allowance)
}

/// HMRC's monthly pay adjustment for a code number (see the module's notes).
pub fn pay_adjustment_month(n: u32) -> Pence {
    if n == 0 {
        return Pence::ZERO;
    }
    // (10c + 9) pounds a year, in pence, a twelfth rounded up.
    let table = |c: u32| Pence(ceil_div(i128::from(10 * c + 9) * 100, 12));
    if n <= 500 {
        return table(n);
    }
    let (mut q, mut r) = (n / 500, n % 500);
    if r == 0 {
        q -= 1;
        r = 500;
    }
    Pence(41_667 * i64::from(q)) + table(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// domain.md 5a: 1257L is (1257 × 10 + 9) / 12 = £1,048.25, and HMRC's tables
    /// give £1,048.26: 1257 = 2 × 500 + 257; 2 × £416.67 = £833.34; 257 gives
    /// 2,579 / 12 = 214.9166.. rounded up to £214.92; together £1,048.26.
    #[test]
    fn free_pay_for_1257l_is_1048_26_a_month() {
        assert_eq!(pay_adjustment_month(1257), Pence(104_826));
        assert_eq!(STANDARD.adjustment_month(), Pence(104_826));
        // A code of 500 or less is looked up directly: 100 gives 1,009 / 12 =
        // 84.083.. -> £84.09; 500 gives 5,009 / 12 = 417.416.. -> £417.42.
        assert_eq!(pay_adjustment_month(100), Pence(8_409));
        assert_eq!(pay_adjustment_month(500), Pence(41_742));
        // 1000 = one lot of 500 and a remainder of 500: 416.67 + 417.42 = 834.09
        // (the same as 10,009 / 12 = 834.083.. rounded up).
        assert_eq!(pay_adjustment_month(1000), Pence(83_409));
        assert_eq!(pay_adjustment_month(0), Pence::ZERO);
    }

    #[test]
    fn reads_codes_as_printed() {
        let c = TaxCode::parse(" s1257l ").unwrap();
        assert_eq!(c.kind, CodeKind::Allowance(1257));
        assert_eq!(c.country, Some(CodeCountry::Scotland));
        assert!(c.cumulative);
        assert_eq!(c.label(), "S1257L");
        let c = TaxCode::parse("1257L M1").unwrap();
        assert!(!c.cumulative);
        assert_eq!(c.label(), "1257L M1");
        assert!(!TaxCode::parse("1257LX").unwrap().cumulative);
        assert!(!TaxCode::parse("BR W1").unwrap().cumulative);
        assert_eq!(TaxCode::parse("K475").unwrap().kind, CodeKind::K(475));
        assert_eq!(
            TaxCode::parse("K475").unwrap().adjustment_month(),
            Pence(-39_659),
            "4,759 / 12 = 396.583.. rounded up, added to pay"
        );
        assert_eq!(
            TaxCode::parse("C1257L").unwrap().country,
            Some(CodeCountry::Wales)
        );
        assert_eq!(TaxCode::parse("BR").unwrap().kind, CodeKind::Basic);
        assert_eq!(TaxCode::parse("SD2").unwrap().kind, CodeKind::Higher(2));
        assert_eq!(TaxCode::parse("0T").unwrap().kind, CodeKind::Allowance(0));
        assert_eq!(TaxCode::parse("nt").unwrap().kind, CodeKind::NoTax);
        assert_eq!(
            TaxCode::parse("1100T").unwrap().kind,
            CodeKind::Allowance(1100)
        );
    }

    #[test]
    fn refuses_what_is_not_a_code() {
        assert_eq!(TaxCode::parse("  "), Err(TaxCodeError::Empty));
        for bad in [
            "L",
            "1257",
            "1257Q",
            "K",
            "KK1",
            "D4",
            "12345678L",
            "S",
            "£1257L",
            "1257L M2",
            "M1",
            "١٢٥٧L",
        ] {
            assert_eq!(TaxCode::parse(bad), Err(TaxCodeError::NotACode), "{bad}");
        }
    }
}
