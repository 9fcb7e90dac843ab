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
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TaxCodeError {
    Empty,
    /// A code number with no letter after it (`1257`).
    NoLetter(u32),
    /// The part of the code that could not be read, as typed (upper case,
    /// spaces removed): `Q` in `1257Q`, `M2` in `1257L M2`.
    NotUnderstood(String),
}

impl TaxCodeError {
    /// The sentence shown by the field.
    pub fn message(&self) -> String {
        const LIKE: &str = "like 1257L, S1257L, K475, BR or 1257L W1/M1";
        match self {
            TaxCodeError::Empty => "Enter your tax code, like 1257L".into(),
            TaxCodeError::NoLetter(n) => {
                format!("A tax code with a number ends in a letter: enter it as on your payslip, like {n}L")
            }
            TaxCodeError::NotUnderstood(part) => format!(
                "\"{part}\" is not part of a tax code: enter your code as it is on your payslip, {LIKE}"
            ),
        }
    }
}

/// The code nearly everyone with one job has.
pub const STANDARD: TaxCode = TaxCode {
    kind: CodeKind::Allowance(1257),
    cumulative: true,
    country: None,
};

/// How "week 1 / month 1" is printed after a code, longest first.
const NON_CUMULATIVE: [&str; 6] = ["W1/M1", "M1/W1", "W1M1", "M1", "W1", "X"];

/// The largest code number accepted (far above any real allowance).
const MAX_NUMBER: u32 = 99_999;

impl TaxCode {
    /// Reads a code as typed on a payslip or coding notice: case and spaces do
    /// not matter, and a "week 1 / month 1" marker may follow the code in any of
    /// the forms printed (`W1/M1`, `W1M1`, `M1`, `W1`, `X`).
    ///
    /// Errors: [`TaxCodeError::Empty`]; [`TaxCodeError::NoLetter`] for a bare
    /// number; [`TaxCodeError::NotUnderstood`] naming the part not understood.
    pub fn parse(text: &str) -> Result<TaxCode, TaxCodeError> {
        let code: String = text
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| c.to_ascii_uppercase())
            .collect();
        if code.is_empty() {
            return Err(TaxCodeError::Empty);
        }
        let (code, cumulative) = match NON_CUMULATIVE
            .iter()
            .find_map(|basis| code.strip_suffix(basis))
        {
            Some(rest) if !rest.is_empty() => (rest, false),
            _ => (code.as_str(), true),
        };
        let (country, code) = match code.as_bytes().first() {
            Some(b'S') if code != "S" => (Some(CodeCountry::Scotland), &code[1..]),
            Some(b'C') => (Some(CodeCountry::Wales), &code[1..]),
            _ => (None, code),
        };
        let kind = parse_kind(code)?;
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
        self.adjustment(12)
    }

    /// Free pay (positive) or, for a K code, pay added (negative) per pay period
    /// of a year of `periods` (12 monthly, 52 weekly).
    pub fn adjustment(&self, periods: u32) -> Pence {
        match self.kind {
            CodeKind::Allowance(n) => pay_adjustment(n, periods),
            CodeKind::K(n) => -pay_adjustment(n, periods),
            _ => Pence::ZERO,
        }
    }
}

/// The code without its country letter and basis: `1257L`, `K475`, `BR`, `D1`.
fn parse_kind(code: &str) -> Result<CodeKind, TaxCodeError> {
    let not_understood = |part: &str| TaxCodeError::NotUnderstood(part.to_string());
    match code {
        "BR" => return Ok(CodeKind::Basic),
        "NT" => return Ok(CodeKind::NoTax),
        "0T" => return Ok(CodeKind::Allowance(0)),
        _ => {}
    }
    let digits_end = |s: &str| s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let number = |digits: &str| -> Option<u32> {
        (!digits.is_empty() && digits.len() <= 5)
            .then(|| digits.parse().ok())
            .flatten()
            .filter(|n| *n <= MAX_NUMBER)
    };
    for (prefix, make) in [
        (
            'D',
            (|n| (n <= 3).then_some(CodeKind::Higher(n as u8))) as fn(u32) -> Option<CodeKind>,
        ),
        ('K', |n| Some(CodeKind::K(n))),
    ] {
        if let Some(rest) = code.strip_prefix(prefix) {
            let (d, tail) = rest.split_at(digits_end(rest));
            return match (number(d).and_then(make), tail) {
                (Some(kind), "") => Ok(kind),
                (Some(_), tail) => Err(not_understood(tail)),
                (None, _) => Err(not_understood(code)),
            };
        }
    }
    let (d, tail) = code.split_at(digits_end(code));
    let n = number(d).ok_or_else(|| not_understood(code))?;
    match tail {
        "" => Err(TaxCodeError::NoLetter(n)),
        "L" | "M" | "N" | "T" => Ok(CodeKind::Allowance(n)),
        other => Err(not_understood(other)),
    }
}

/// HMRC's monthly pay adjustment for a code number (see the module's notes).
pub fn pay_adjustment_month(n: u32) -> Pence {
    pay_adjustment(n, 12)
}

/// HMRC's pay adjustment for a code number per period of a year of `periods`:
/// `(10n + 9) / periods` pounds rounded up to the penny for `n` up to 500, and
/// above it lots of 500 (each `5,000 / periods` rounded up: £416.67 a month,
/// £96.16 a week) plus the remainder as before. 1257L: £1,048.26 a month,
/// £241.92 a week. `periods` of 0 gives nothing.
pub fn pay_adjustment(n: u32, periods: u32) -> Pence {
    if n == 0 || periods == 0 {
        return Pence::ZERO;
    }
    let per_period = |pounds: u32| Pence(ceil_div(i128::from(pounds) * 100, i128::from(periods)));
    let table = |c: u32| per_period(10 * c + 9);
    if n <= 500 {
        return table(n);
    }
    let (mut q, mut r) = (n / 500, n % 500);
    if r == 0 {
        q -= 1;
        r = 500;
    }
    Pence(per_period(5_000).get() * i64::from(q)) + table(r)
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
        // Weekly: 1257 = 2 × 500 + 257: 2 × (5,000 / 52 = 96.153.. -> £96.16) +
        // 2,579 / 52 = 49.596.. -> £49.60: £241.92 a week.
        assert_eq!(pay_adjustment(1257, 52), Pence(24_192));
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
        // As printed on payslips and coding notices: "1257L W1/M1", "1257L X",
        // "1257L M1", lower case and spaces anywhere.
        for typed in [
            "1257L W1/M1",
            "1257l w1/m1",
            "1257L W1M1",
            "1257L X",
            " 1257 L  M1 ",
            "1257L/W1/M1",
        ] {
            let c = TaxCode::parse(typed);
            if typed.contains("/W1/") {
                assert!(c.is_err(), "{typed}");
                continue;
            }
            let c = c.unwrap_or_else(|e| panic!("{typed}: {e:?}"));
            assert_eq!(
                (c.kind, c.cumulative),
                (CodeKind::Allowance(1257), false),
                "{typed}"
            );
            assert_eq!(c.label(), "1257L M1");
        }
        assert!(!TaxCode::parse("SK475 W1/M1").unwrap().cumulative);
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
    fn refuses_what_is_not_a_code_and_says_which_part() {
        use TaxCodeError::{NoLetter, NotUnderstood};
        let nu = |p: &str| NotUnderstood(p.to_string());
        assert_eq!(TaxCode::parse("  "), Err(TaxCodeError::Empty));
        for (bad, why) in [
            ("L", nu("L")),
            ("1257", NoLetter(1257)),
            ("1257Q", nu("Q")),
            ("K", nu("K")),
            ("KK1", nu("KK1")),
            ("D4", nu("D4")),
            ("D1X1", nu("X1")),
            ("12345678L", nu("12345678L")),
            ("S", nu("S")),
            ("£1257L", nu("£1257L")),
            ("1257L M2", nu("LM2")),
            ("M1", nu("M1")),
            ("X", nu("X")),
            ("١٢٥٧L", nu("١٢٥٧L")),
        ] {
            assert_eq!(TaxCode::parse(bad), Err(why), "{bad}");
        }
        assert!(TaxCode::parse("1257Q")
            .unwrap_err()
            .message()
            .starts_with("\"Q\" is not part of a tax code"));
        assert!(TaxCode::parse("1257")
            .unwrap_err()
            .message()
            .contains("like 1257L"));
    }
}
