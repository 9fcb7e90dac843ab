//! Tables as CSV (RFC 4180): a header row, then a row per table row; money as
//! pounds to two decimals without the £ sign or thousands separators, so a
//! spreadsheet reads it as a number; everything else as shown, except that text
//! a spreadsheet would run as a formula is neutralised (OWASP, CSV injection).

/// A cell's text as it goes into the file: `£1,234.56` is `1234.56`, `£46,823`
/// is `46823.00`, `-£5.00` and `minus £5.00` are `-5.00`; other text is kept
/// (trimmed, with runs of white space made one space), but text starting as a
/// formula (`=HYPERLINK(…)`, `+`, `-`, `@`, tab, carriage return) is made text
/// with a leading `'` (OWASP's CSV injection advice); numbers (`-12`, `-1.5%`)
/// stay numbers.
pub fn cell(text: &str) -> String {
    let t = text.split_whitespace().collect::<Vec<_>>().join(" ");
    money(&t).unwrap_or_else(|| neutralised(text.trim_start_matches(' '), t))
}

/// The characters that make a spreadsheet read a cell as a formula when they
/// come first (OWASP), with the full-width forms some spreadsheets also take.
const FORMULA_STARTS: [char; 12] = [
    '=', '+', '-', '@', '\t', '\r', '\n', '\0', '＝', '＋', '－', '＠',
];

/// `t` with a `'` in front when `raw` (the text before white space was tidied)
/// or `t` starts as a formula and is not a number.
fn neutralised(raw: &str, t: String) -> String {
    let formula = |s: &str| s.starts_with(FORMULA_STARTS);
    if (formula(raw) || formula(&t)) && !is_number(&t) {
        format!("'{t}")
    } else {
        t
    }
}

/// Is `t` a plain number: a sign, digits with `,` and `.`, perhaps a `%`?
fn is_number(t: &str) -> bool {
    let t = t.strip_prefix(['-', '+']).unwrap_or(t);
    let t = t.strip_suffix('%').unwrap_or(t);
    t.bytes().any(|b| b.is_ascii_digit())
        && t.bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
}

/// `Some("1234.56")` for text that is exactly an amount of money.
fn money(t: &str) -> Option<String> {
    let (negative, rest) = match t
        .strip_prefix("minus ")
        .or_else(|| t.strip_prefix('-'))
        .or_else(|| t.strip_prefix('−'))
    {
        Some(rest) => (true, rest),
        None => (false, t),
    };
    let digits = rest.strip_prefix('£')?.replace(',', "");
    let (pounds, pence) = match digits.split_once('.') {
        Some((p, d)) if d.len() == 2 => (p.to_string(), d.to_string()),
        Some(_) => return None,
        None => (digits, "00".to_string()),
    };
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(&pounds) || !all_digits(&pence) {
        return None;
    }
    let sign = if negative && (pounds.bytes().any(|b| b != b'0') || pence != "00") {
        "-"
    } else {
        ""
    };
    Some(format!("{sign}{pounds}.{pence}"))
}

/// One field, quoted when it holds a comma, a quote or a line break, or was
/// neutralised as a formula.
pub fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) || s.starts_with('\'') {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The whole file: each row's cells converted and quoted, lines ending CRLF.
pub fn from_rows(rows: &[Vec<String>]) -> String {
    rows.iter()
        .map(|r| {
            r.iter()
                .map(|c| field(&cell(c)))
                .collect::<Vec<_>>()
                .join(",")
        })
        .map(|line| line + "\r\n")
        .collect()
}

/// `retention-pay-payslips-2026-11-22.csv`: what and when. `what` is reduced to
/// lower-case letters, digits and single hyphens.
pub fn file_name(what: &str, date: &str) -> String {
    let mut slug = String::new();
    for c in what.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    format!("retention-pay-{slug}-{date}.csv")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_becomes_a_plain_number() {
        assert_eq!(cell("£1,234.56"), "1234.56");
        assert_eq!(cell(" £46,823 "), "46823.00");
        assert_eq!(cell("-£5.00"), "-5.00");
        assert_eq!(cell("minus £1,155.00"), "-1155.00");
        assert_eq!(cell("£0.00"), "0.00");
        assert_eq!(cell("-£0"), "0.00");
    }

    #[test]
    fn other_text_is_kept() {
        assert_eq!(cell("11.8%"), "11.8%");
        assert_eq!(cell("3 months"), "3 months");
        assert_eq!(cell("£36,180 (your figures)"), "£36,180 (your figures)");
        assert_eq!(cell("5 (Aug)\n   with Bonus"), "5 (Aug) with Bonus");
        assert_eq!(cell("£12.3"), "£12.3");
    }

    #[test]
    fn text_a_spreadsheet_would_run_as_a_formula_is_made_text() {
        let evil = "=HYPERLINK(\"http://evil.example/\",\"Click\")";
        assert_eq!(cell(evil), format!("'{evil}"));
        assert_eq!(
            from_rows(&[vec![evil.to_string()]]),
            "\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"Click\"\")\"\r\n"
        );
        for start in ["+", "-", "@", "\t=", "\r=", "\n=", "＝", "－", "＋", "＠"] {
            let text = format!("{start}cmd|' /C calc'!A0");
            let shown = cell(&text);
            assert!(shown.starts_with('\''), "{text:?} became {shown:?}");
            assert_eq!(field(&shown).chars().next(), Some('"'), "{shown:?}");
        }
        assert_eq!(cell("@SUM(A1:A9)"), "'@SUM(A1:A9)");
        assert_eq!(cell("-2+3"), "'-2+3");
    }

    #[test]
    fn numbers_and_other_text_are_not_neutralised() {
        for n in ["-12", "+3.5", "-11.8%", "-1,200", "0", "12"] {
            assert_eq!(cell(n), n);
        }
        assert_eq!(cell("minus £5.00"), "-5.00");
        assert_eq!(cell("Golden hello = £1,000"), "Golden hello = £1,000");
        assert_eq!(cell("Step 2 - 50%"), "Step 2 - 50%");
        assert_eq!(
            from_rows(&[vec!["-£5.00".into(), "-3".into()]]),
            "-5.00,-3\r\n"
        );
    }

    #[test]
    fn fields_are_quoted_only_when_they_must_be() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        let rows = vec![
            vec!["Month".to_string(), "Net pay".to_string()],
            vec![
                "5 (Aug) with Bonus, cliff".to_string(),
                "£4,626.16".to_string(),
            ],
        ];
        assert_eq!(
            from_rows(&rows),
            "Month,Net pay\r\n\"5 (Aug) with Bonus, cliff\",4626.16\r\n"
        );
    }

    #[test]
    fn file_names_say_what_and_when() {
        assert_eq!(
            file_name("How the cost of a leaver is worked out", "2026-11-22"),
            "retention-pay-how-the-cost-of-a-leaver-is-worked-out-2026-11-22.csv"
        );
        assert_eq!(
            file_name("payslips", "2026-11-22"),
            "retention-pay-payslips-2026-11-22.csv"
        );
    }
}
