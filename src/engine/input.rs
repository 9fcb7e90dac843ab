//! Reading what a person typed: amounts, percentages, months, FTE.
//!
//! Every reader returns a typed [`InputError`]; the UI turns it into a plain
//! sentence next to the field (GOV.UK error pattern) with [`InputError::message`].
//! Nothing here panics, whatever the text.

use super::money::{Pence, Ratio, MAX_AMOUNT};

/// What is wrong with one typed value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputError {
    /// Nothing was entered.
    Empty,
    /// Not a number we can read (letters, two decimal points, and so on).
    NotANumber,
    /// More decimal places than the value can have.
    TooManyDecimals { allowed: u32 },
    /// A minus sign on a value that cannot be negative.
    Negative,
    /// Above the largest value allowed.
    TooLarge { max: String },
    /// Below the smallest value allowed (other than negative).
    TooSmall { min: String },
    /// A whole number was needed.
    NotWhole,
}

impl InputError {
    /// The GOV.UK-style message for a field, e.g. "Enter the amount in pounds, like 3000 or 3000.50".
    /// `what` is the field's name in lower case as it reads in a sentence ("the payment amount").
    pub fn message(&self, what: &str, example: &str) -> String {
        match self {
            InputError::Empty => format!("Enter {what}"),
            InputError::NotANumber => format!("Enter {what} as a number, like {example}"),
            InputError::TooManyDecimals { allowed: 0 } => {
                format!("Enter {what} as a whole number, like {example}")
            }
            InputError::TooManyDecimals { allowed } => {
                format!("Enter {what} with no more than {allowed} decimal places, like {example}")
            }
            InputError::Negative => format!("Enter {what} as a number that is 0 or more"),
            InputError::TooLarge { max } => format!("Enter {what} of {max} or less"),
            InputError::TooSmall { min } => format!("Enter {what} of more than {min}"),
            InputError::NotWhole => format!("Enter {what} as a whole number, like {example}"),
        }
    }
}

/// Splits typed text into sign, whole part and fraction digits, after removing
/// the characters people often type around numbers (spaces, `£`, `%`, commas
/// between thousands). Returns `(negative, whole_digits, fraction_digits)`.
fn split_decimal(text: &str, strip: &[char]) -> Result<(bool, String, String), InputError> {
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && !strip.contains(c))
        .collect();
    if cleaned.is_empty() {
        return Err(InputError::Empty);
    }
    let (negative, body) = match cleaned.strip_prefix('-') {
        Some(rest) => (true, rest.to_string()),
        None => (false, cleaned.clone()),
    };
    let (whole, frac) = match body.split_once('.') {
        Some((w, f)) => (w.to_string(), f.to_string()),
        None => (body.clone(), String::new()),
    };
    // Commas only as thousands separators in the whole part: "3,000" or "30,000".
    let whole = if whole.contains(',') {
        let groups: Vec<&str> = whole.split(',').collect();
        let ok = groups.first().is_some_and(|g| (1..=3).contains(&g.len()))
            && groups.iter().skip(1).all(|g| g.len() == 3);
        if !ok {
            return Err(InputError::NotANumber);
        }
        groups.concat()
    } else {
        whole
    };
    let digits_ok = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if (whole.is_empty() && frac.is_empty()) || !digits_ok(&whole) || !digits_ok(&frac) {
        return Err(InputError::NotANumber);
    }
    Ok((negative, whole, frac))
}

/// Parses whole and fraction digits into an integer scaled by `10^scale`,
/// refusing more than `scale` decimals and anything above `max_scaled`.
fn scaled(
    whole: &str,
    frac: &str,
    scale: u32,
    max_scaled: i64,
    max_label: impl Fn() -> String,
) -> Result<i64, InputError> {
    if frac.len() > scale as usize {
        return Err(InputError::TooManyDecimals { allowed: scale });
    }
    let whole = whole.trim_start_matches('0');
    // Anything longer than 15 digits is above every maximum we use.
    if whole.len() > 15 {
        return Err(InputError::TooLarge { max: max_label() });
    }
    let w: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| InputError::NotANumber)?
    };
    let mut f_str = frac.to_string();
    while f_str.len() < scale as usize {
        f_str.push('0');
    }
    let f: i64 = if f_str.is_empty() {
        0
    } else {
        f_str.parse().map_err(|_| InputError::NotANumber)?
    };
    let value = w
        .checked_mul(10_i64.pow(scale))
        .and_then(|v| v.checked_add(f))
        .ok_or_else(|| InputError::TooLarge { max: max_label() })?;
    if value > max_scaled {
        return Err(InputError::TooLarge { max: max_label() });
    }
    Ok(value)
}

/// An amount of money in pounds: `3000`, `3,000`, `£3,000.50`. Not negative,
/// at most two decimal places, at most [`MAX_AMOUNT`].
pub fn parse_money(text: &str) -> Result<Pence, InputError> {
    let (negative, whole, frac) = split_decimal(text, &['£'])?;
    if negative {
        return Err(InputError::Negative);
    }
    scaled(&whole, &frac, 2, MAX_AMOUNT.get(), || {
        MAX_AMOUNT.format_short()
    })
    .map(Pence)
}

/// A percentage such as `19.8` or `19.8%`, to basis points (two decimal places
/// at most), from 0 to `max_percent`.
pub fn parse_percent(text: &str, max_percent: i64) -> Result<Ratio, InputError> {
    let (negative, whole, frac) = split_decimal(text, &['%'])?;
    if negative {
        return Err(InputError::Negative);
    }
    let bp = scaled(&whole, &frac, 2, max_percent * 100, || {
        format!("{max_percent}%")
    })?;
    Ok(Ratio::bp(bp))
}

/// A whole number of months from 0 to `max`.
pub fn parse_months(text: &str, max: u32) -> Result<u32, InputError> {
    parse_whole(text, max)
}

/// A decimal such as `37.5` (hours a week) with up to two decimal places, from 0
/// to `max`, as an exact ratio over 100.
pub fn parse_decimal(text: &str, max: i64) -> Result<Ratio, InputError> {
    let (negative, whole, frac) = split_decimal(text, &[])?;
    if negative {
        return Err(InputError::Negative);
    }
    let hundredths = scaled(&whole, &frac, 2, max * 100, || max.to_string())?;
    Ratio::new(hundredths, 100).ok_or(InputError::NotANumber)
}

/// A whole number (a count of posts, weeks, months) from 0 to `max`.
pub fn parse_whole(text: &str, max: u32) -> Result<u32, InputError> {
    let (negative, whole, frac) = split_decimal(text, &[])?;
    if negative {
        return Err(InputError::Negative);
    }
    if !frac.trim_end_matches('0').is_empty() {
        return Err(InputError::NotWhole);
    }
    let v = scaled(&whole, "", 0, i64::from(max), || max.to_string())?;
    u32::try_from(v).map_err(|_| InputError::TooLarge {
        max: max.to_string(),
    })
}

/// Full-time equivalent, `1`, `0.6`, `0.8`: more than 0, at most 1, up to four
/// decimal places; returned as an exact ratio over 10,000.
pub fn parse_fte(text: &str) -> Result<Ratio, InputError> {
    let (negative, whole, frac) = split_decimal(text, &[])?;
    if negative {
        return Err(InputError::Negative);
    }
    let v = scaled(&whole, &frac, 4, 10_000, || "1".to_string())?;
    if v == 0 {
        return Err(InputError::TooSmall { min: "0".into() });
    }
    Ok(Ratio::bp(v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_accepts_what_people_type() {
        assert_eq!(parse_money("3000"), Ok(Pence(300_000)));
        assert_eq!(parse_money(" £3,000.50 "), Ok(Pence(300_050)));
        assert_eq!(parse_money("38,000"), Ok(Pence(3_800_000)));
        assert_eq!(parse_money("0.5"), Ok(Pence(50)));
        assert_eq!(parse_money(".75"), Ok(Pence(75)));
        assert_eq!(parse_money("1,234,567"), Ok(Pence(123_456_700)));
    }

    #[test]
    fn money_refuses_what_it_cannot_read() {
        assert_eq!(parse_money(""), Err(InputError::Empty));
        assert_eq!(parse_money("  £ "), Err(InputError::Empty));
        assert_eq!(parse_money("three"), Err(InputError::NotANumber));
        assert_eq!(parse_money("3.000.00"), Err(InputError::NotANumber));
        assert_eq!(parse_money("30,00"), Err(InputError::NotANumber));
        assert_eq!(parse_money("1e5"), Err(InputError::NotANumber));
        assert_eq!(parse_money("."), Err(InputError::NotANumber));
        assert_eq!(
            parse_money("3000.505"),
            Err(InputError::TooManyDecimals { allowed: 2 })
        );
        assert_eq!(parse_money("-5"), Err(InputError::Negative));
        assert!(matches!(
            parse_money("100000001"),
            Err(InputError::TooLarge { .. })
        ));
        assert!(matches!(
            parse_money("99999999999999999999999999"),
            Err(InputError::TooLarge { .. })
        ));
    }

    #[test]
    fn percent_months_fte() {
        assert_eq!(parse_percent("19.8", 100), Ok(Ratio::bp(1980)));
        assert_eq!(parse_percent("19.8%", 100), Ok(Ratio::bp(1980)));
        assert!(matches!(
            parse_percent("101", 100),
            Err(InputError::TooLarge { .. })
        ));
        assert_eq!(parse_months("24", 120), Ok(24));
        assert_eq!(parse_months("24.0", 120), Ok(24));
        assert_eq!(parse_months("2.5", 120), Err(InputError::NotWhole));
        assert!(matches!(
            parse_months("121", 120),
            Err(InputError::TooLarge { .. })
        ));
        assert_eq!(
            parse_decimal("37.5", 168),
            Ok(Ratio::new(3750, 100).unwrap())
        );
        assert!(matches!(
            parse_decimal("169", 168),
            Err(InputError::TooLarge { .. })
        ));
        assert_eq!(parse_whole("12", 500), Ok(12));
        assert_eq!(parse_fte("0.6"), Ok(Ratio::bp(6000)));
        assert_eq!(parse_fte("1"), Ok(Ratio::bp(10_000)));
        assert!(matches!(parse_fte("0"), Err(InputError::TooSmall { .. })));
        assert!(matches!(parse_fte("1.2"), Err(InputError::TooLarge { .. })));
    }

    #[test]
    fn messages_read_as_sentences() {
        assert_eq!(
            InputError::Empty.message("the payment amount", "3000"),
            "Enter the payment amount"
        );
        assert_eq!(
            InputError::NotANumber.message("the payment amount", "3000"),
            "Enter the payment amount as a number, like 3000"
        );
    }
}
