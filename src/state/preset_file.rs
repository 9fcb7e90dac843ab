//! Council preset files made and checked on the page (docs/presets.md): "Save
//! these settings as a council preset" writes a [`PresetFile`] from the
//! calculator's current scheme and the council's details; "Open a preset file"
//! says what a file sets and what the calculator refuses in it, through the
//! app's own reader ([`council::read`]). Pure, tested natively.

use super::council::{self, PayPointFile, PresetFile, FORMAT, VERSION};
use super::embed::Problem;
use super::fragment::{decode, encode_query};
use super::{AppState, Page};
use crate::engine::clawback::{LeavingReason, ShapeKind};
use crate::engine::input::parse_money;
use crate::engine::money::Pence;

/// What the web officer types about the council's policy.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Details {
    pub council: String,
    pub policy_title: String,
    pub policy_url: String,
    pub policy_date: String,
    pub source: String,
    pub illustrative: String,
    /// One pay point a line, "label: salary" ("Social worker, point 30: 36,124").
    pub pay_points: String,
}

/// The ids of the fields, for their errors.
pub const COUNCIL_ID: &str = "preset-council";
pub const URL_ID: &str = "preset-url";
pub const DATE_ID: &str = "preset-date";
pub const SOURCE_ID: &str = "preset-source";
/// The maker's link to the scheme on Retention payments and clawback, where a
/// value the calculator would refuse is corrected.
pub const SCHEME_ID: &str = "preset-scheme-link";
pub const PAY_ID: &str = "preset-pay";

/// Pages a made preset's link names: the schema allows every calculator's,
/// and a preset never changes which calculator opens, so a scheme made from
/// Workforce strategy or Agency or permanent for me is written as Retention's.
const LINK_PAGES: [Page; 4] = [Page::Retention, Page::Cost, Page::Payback, Page::Package];

/// The settings a council sets, as a link for `page` (Retention where the
/// schema allows no other): the scheme's payments and tie-ins, the exempt
/// leaving reasons, the employer pension rate and the council's census code.
pub fn link(page: Page, state: &AppState) -> String {
    let page = if LINK_PAGES.contains(&page) {
        page
    } else {
        Page::Retention
    };
    let query = encode_query(state);
    let kept: Vec<&str> = query
        .split('&')
        .filter(|pair| {
            let key = pair.split('=').next().unwrap_or("");
            matches!(key, "v" | "pension" | "exempt" | "la")
                || key
                    .strip_prefix('p')
                    .and_then(|r| r.split_once('.'))
                    .is_some_and(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        })
        .collect();
    format!("{}?{}", page.slug(), kept.join("&"))
}

/// Pay points from lines of "label: salary"; blank lines are skipped. The
/// error names the line.
pub fn pay_points(text: &str) -> Result<Vec<PayPointFile>, String> {
    let mut out = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let read = line.rsplit_once(':').and_then(|(label, salary)| {
            let (label, salary) = (label.trim(), salary.trim());
            let ok = !label.is_empty() && parse_money(salary).is_ok_and(|p| p > Pence::ZERO);
            ok.then(|| PayPointFile {
                label: label.to_string(),
                salary: salary.trim_start_matches('£').to_string(),
            })
        });
        match read {
            Some(p) if p.label.chars().count() > council::MAX_PAY_POINT_CHARS => {
                return Err(format!(
                    "Enter each pay point's name in {} characters or fewer",
                    council::MAX_PAY_POINT_CHARS
                ))
            }
            Some(p) => out.push(p),
            None => return Err(format!("Enter each pay point as its name, a colon and a salary in pounds, like “Social worker, point 30: 36,124” (“{line}” is not)")),
        }
    }
    if out.len() > council::MAX_PAY_POINTS {
        return Err(format!(
            "Enter at most {} pay points",
            council::MAX_PAY_POINTS
        ));
    }
    Ok(out)
}

/// The preset file for `state` on `page` with `details`, or the fields to
/// correct (each with its sentence).
pub fn make(details: &Details, page: Page, state: &AppState) -> Result<PresetFile, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut problem = |id: &str, message: String| {
        problems.push(Problem {
            id: id.into(),
            message,
        })
    };
    let name = details.council.trim();
    if name.is_empty() {
        problem(COUNCIL_ID, "Enter the council's name".into());
    } else if name.chars().count() > council::MAX_NAME_CHARS {
        problem(
            COUNCIL_ID,
            format!(
                "Enter the council's name in {} characters or fewer",
                council::MAX_NAME_CHARS
            ),
        );
    }
    let url = details.policy_url.trim();
    if !url.is_empty() && !council::valid_url(url) {
        problem(
            URL_ID,
            "Enter the policy's address as https:// and where it is published on your site".into(),
        );
    }
    // The calculator shows a preset's date and source above its scheme, and
    // refuses a file without them (council::read).
    if details.policy_date.trim().is_empty() {
        problem(DATE_ID, "Enter the policy's date, like 1 April 2026".into());
    }
    if details.source.trim().is_empty() {
        problem(
            SOURCE_ID,
            "Enter what the settings take from the policy, in its terms".into(),
        );
    }
    let points = pay_points(&details.pay_points).unwrap_or_else(|e| {
        problem(PAY_ID, e);
        Vec::new()
    });
    if !problems.is_empty() {
        return Err(problems);
    }
    let file = PresetFile {
        format: FORMAT.into(),
        version: VERSION,
        council: details.council.trim().into(),
        policy_title: details.policy_title.trim().into(),
        policy_url: url.into(),
        policy_date: details.policy_date.trim().into(),
        source: details.source.trim().into(),
        illustrative: details.illustrative.trim().into(),
        link: link(page, state),
        pay_points: points,
    };
    // The scheme as the calculator would read it back: a value it would show
    // as an error (the tester's amounts of 1e308 and -5) is corrected on the
    // Retention page first, so a made file is one the checker passes whole.
    if let Some(why) = value_errors(&decode(&file.link).0).first() {
        return Err(vec![Problem {
            id: SCHEME_ID.into(),
            message: format!("Correct the scheme on Retention payments and clawback first. {why}"),
        }]);
    }
    Ok(file)
}

/// What a preset file does, as "Open a preset file" reports it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// Whether the calculator would use it.
    pub accepted: bool,
    /// What it sets, a sentence each.
    pub sets: Vec<String>,
    /// What the calculator refuses in it and why, a sentence each.
    pub refusals: Vec<String>,
}

impl Report {
    /// The heading's verdict after the file's name: the calculator would use
    /// it; would open it but refuse or leave out something (listed below it);
    /// or would not use it at all. Never "would use it" above a refusal.
    pub fn verdict(&self) -> &'static str {
        match (self.accepted, self.refusals.is_empty()) {
            (true, true) => "the calculator would use it",
            (true, false) => "the calculator would open it, but not all of it: correct what is listed below before publishing",
            (false, _) => "the calculator would not use it",
        }
    }
}

/// How the checker's sentence starts when the calculator would not use a
/// file at all; the reason follows ("…: it does not give its policy's date.").
pub const NOT_USED: &str = "The calculator would not use this file: ";

/// The values a link's state carries that the calculators would show as
/// errors (an amount of -5, a tie-in of "zz"), each as the page words it.
fn value_errors(state: &AppState) -> Vec<String> {
    super::retention::compute(&state.retention)
        .errors
        .into_iter()
        .chain(super::cost::compute(&state.cost, &state.retention).errors)
        .map(|e| e.message)
        .collect()
}

/// Checks a preset file as the app reads it ([`council::read`]), and lists
/// every part of its link that does not read, not only the first.
pub fn check(slug: &str, file: &PresetFile) -> Report {
    let mut refusals = Vec::new();
    let accepted = match council::read(slug, file) {
        Ok(_) => true,
        Err(why) => {
            refusals.push(format!("{NOT_USED}{why}."));
            false
        }
    };
    let (state, problems) = decode(&file.link);
    refusals.extend(
        problems
            .iter()
            .map(|p| format!("{}.", p.replacen("The link", "Its link", 1))),
    );
    refusals.extend(
        value_errors(&state)
            .iter()
            .map(|e| format!("Its link's value would show an error: {e}.")),
    );
    refusals.dedup();
    let mut sets = Vec::new();
    if !file.council.trim().is_empty() {
        sets.push(format!(
            "It names the council “{}”{}.",
            file.council.trim(),
            policy(file)
        ));
    }
    let f = &state.retention;
    if file.link.contains("p0.") {
        let payments: Vec<String> = f
            .payments
            .iter()
            .map(|p| {
                format!(
                    "“{}” {} paid in month {}, tied in for {} months ({})",
                    p.name,
                    amount_words(&p.amount),
                    p.month,
                    p.tie_in,
                    shape_words(p.shape)
                )
            })
            .collect();
        sets.push(format!("The scheme: {}.", payments.join("; ")));
    }
    if has_key(&file.link, "exempt") {
        let exempt: Vec<&str> = f.exempt.iter().map(|r| reason_words(*r)).collect();
        sets.push(if exempt.is_empty() {
            "No leaving reason is exempt from repaying.".into()
        } else {
            format!("Exempt from repaying: {}.", exempt.join(", "))
        });
    }
    if has_key(&file.link, "pension") {
        sets.push(format!("The employer's pension rate: {}%.", f.pension_rate));
    }
    if let Some(la) = &state.la {
        sets.push(format!(
            "The council's published workforce figures (ONS code {la})."
        ));
    }
    // Anything else its link sets (a salary, a service's posts), by the
    // link's own names: the tester's `w.posts` went unmentioned.
    let others = other_keys(&file.link);
    if !others.is_empty() {
        sets.push(format!("Its link also sets: {}.", others.join(", ")));
    }
    if !file.pay_points.is_empty() {
        sets.push(match file.pay_points.len() {
            1 => "1 pay point to fill in the salary from.".to_string(),
            n => format!("{n} pay points to fill in the salary from."),
        });
    }
    Report {
        accepted,
        sets,
        refusals,
    }
}

/// A payment's amount as a sentence says it: "£3,000", "£1,234.50"; an
/// amount that does not read (the tester's "1e308", "NaN", "-5") is quoted
/// as written, its error being listed with the refusals.
pub fn amount_words(text: &str) -> String {
    match parse_money(text) {
        Ok(p) if p > Pence::ZERO => p.format_short(),
        _ if text.trim().is_empty() => "no amount".into(),
        _ => format!("the amount “{}”", text.trim()),
    }
}

/// A tie-in's shape in words (the checker's own, so its part of the
/// WebAssembly shares no code with the calculators' editors).
fn shape_words(shape: ShapeKind) -> &'static str {
    match shape {
        ShapeKind::None => "no tie-in",
        ShapeKind::AllOrNothing => "all or nothing",
        ShapeKind::ProRata => "pro rata",
        ShapeKind::FullThenTaper => "full, then taper",
        ShapeKind::Stepped => "stepped",
    }
}

/// A leaving reason in words, as in a sentence.
pub fn reason_words(reason: LeavingReason) -> &'static str {
    match reason {
        LeavingReason::Resignation => "resignation",
        LeavingReason::Dismissal => "dismissal",
        LeavingReason::Redundancy => "redundancy",
        LeavingReason::IllHealth => "ill health",
        LeavingReason::Tupe => "TUPE transfer",
    }
}

/// The keys of a link's query that "What it sets" does not already say:
/// not the version, the preset, the council's figures, the exempt reasons,
/// the pension rate or a payment's (`p0.…`).
fn other_keys(link: &str) -> Vec<String> {
    let query = link.split_once('?').map_or("", |(_, q)| q);
    let mut keys: Vec<String> = Vec::new();
    for key in query.split('&').filter_map(|p| p.split('=').next()) {
        let payment = key.strip_prefix('p').is_some_and(|r| {
            r.split_once('.')
                .is_some_and(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        });
        let said = ["", "v", "preset", "la", "exempt", "pension"].contains(&key) || payment;
        if !said && !keys.iter().any(|k| k == key) {
            keys.push(key.to_string());
        }
    }
    keys
}

fn has_key(link: &str, key: &str) -> bool {
    let query = link.split_once('?').map_or("", |(_, q)| q);
    query.split('&').any(|p| p.split('=').next() == Some(key))
}

/// ", from its policy “title”, date" as far as the file gives them.
fn policy(file: &PresetFile) -> String {
    let mut s = String::new();
    if !file.policy_title.trim().is_empty() {
        s.push_str(&format!(", from its policy “{}”", file.policy_title.trim()));
    }
    if !file.policy_date.trim().is_empty() {
        s.push_str(&format!(", {}", file.policy_date.trim()));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::retention::{PaymentField, RetentionAction};
    use crate::state::{reduce, Action};

    fn details() -> Details {
        Details {
            council: "Kent County Council".into(),
            policy_title: "Recruitment and retention payments".into(),
            policy_url: "https://www.kent.gov.uk/policy".into(),
            policy_date: "1 April 2026".into(),
            source: "Repayable in full within a year".into(),
            illustrative: "The salary".into(),
            pay_points: "Social worker, point 30: 36,124\n\nSenior social worker: £41,000\n".into(),
        }
    }

    /// A scheme typed by hand: one £5,000 payment tied in for 18 months, all
    /// or nothing, redundancy alone exempt, pension 21.5%.
    fn typed() -> AppState {
        let mut s = AppState::default();
        let r = |a| Action::Retention(a);
        for key in s
            .retention
            .payments
            .iter()
            .skip(1)
            .map(|p| p.key)
            .collect::<Vec<_>>()
        {
            s = reduce(&s, r(RetentionAction::RemovePayment(key)));
        }
        let key = s.retention.payments[0].key;
        for (field, v) in [
            (PaymentField::Name, "Golden hello"),
            (PaymentField::Amount, "5,000"),
            (PaymentField::Month, "0"),
            (PaymentField::TieIn, "18"),
        ] {
            s = reduce(
                &s,
                r(RetentionAction::SetPaymentField {
                    key,
                    field,
                    value: v.into(),
                }),
            );
        }
        s = reduce(
            &s,
            r(RetentionAction::SetShape {
                key,
                shape: ShapeKind::AllOrNothing,
            }),
        );
        for reason in LeavingReason::ALL {
            s = reduce(
                &s,
                r(RetentionAction::SetExempt(
                    reason,
                    reason == LeavingReason::Redundancy,
                )),
            );
        }
        s = reduce(&s, r(RetentionAction::SetPensionRate("21.5".into())));
        s = reduce(&s, r(RetentionAction::SetSalary("44,000".into())));
        s
    }

    #[test]
    fn a_made_preset_reads_back_as_the_same_scheme() {
        let state = typed();
        let file = make(&details(), Page::Payback, &state).unwrap();
        assert_eq!(file.link, "payback?v=1&pension=21.5&exempt=redundancy&p0.name=Golden%20hello&p0.amount=5%2C000&p0.month=0&p0.tiein=18&p0.shape=cliff&p0.fte=1&p0.pens=0");
        assert_eq!(file.pay_points[1].salary, "41,000");
        let (council, read) = council::read("kent-county-council", &file).unwrap();
        assert_eq!(council.name, "Kent County Council");
        assert_eq!(
            council.pay_points[0],
            ("Social worker, point 30".into(), Pence::pounds(36_124))
        );
        assert_eq!(read.retention.payments.len(), 1);
        let (a, b) = (&read.retention.payments[0], &state.retention.payments[0]);
        assert_eq!(
            (&a.name, &a.amount, &a.tie_in, a.shape),
            (&b.name, &b.amount, &b.tie_in, b.shape)
        );
        assert_eq!(read.retention.exempt, vec![LeavingReason::Redundancy]);
        assert_eq!(read.retention.pension_rate, "21.5");
        assert_eq!(
            read.retention.salary, "38000",
            "the salary is the visitor's, not the council's"
        );
    }

    /// The file as JSON (serde) and back is the same file; its fields are the
    /// schema's (docs/preset.schema.json): every required one, no other.
    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn the_file_round_trips_through_serde_and_has_the_schemas_fields() {
        let file = make(&details(), Page::Retention, &typed()).unwrap();
        let json = serde_json::to_string_pretty(&file).unwrap();
        let back: PresetFile = serde_json::from_str(&json).unwrap();
        assert_eq!(back, file);
        let schema: serde_json::Value =
            serde_json::from_str(include_str!("../../docs/preset.schema.json")).unwrap();
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        let object = value.as_object().unwrap();
        for required in schema["required"].as_array().unwrap() {
            assert!(
                object.contains_key(required.as_str().unwrap()),
                "{required}"
            );
        }
        let allowed = schema["properties"].as_object().unwrap();
        for key in object.keys() {
            assert!(allowed.contains_key(key), "{key} is not in the schema");
        }
        assert_eq!(value["format"], schema["properties"]["format"]["const"]);
        assert!(
            file.link.starts_with("retention?"),
            "the schema's link pattern"
        );
        assert!(file.policy_url.starts_with("https://"));
        assert_eq!(value["pay_points"][0]["salary"], "36,124");
        let no_url = Details {
            policy_url: String::new(),
            ..details()
        };
        let json =
            serde_json::to_string(&make(&no_url, Page::Retention, &typed()).unwrap()).unwrap();
        assert!(
            !json.contains("policy_url"),
            "an empty address is left out: {json}"
        );
    }

    #[test]
    fn missing_details_and_bad_pay_points_are_named() {
        let d = Details {
            council: " ".into(),
            policy_url: "http://kent.gov.uk".into(),
            policy_date: " ".into(),
            source: String::new(),
            pay_points: "Point 1 36124".into(),
            ..details()
        };
        let ids: Vec<String> = make(&d, Page::Retention, &typed())
            .unwrap_err()
            .into_iter()
            .map(|p| p.id)
            .collect();
        // In the page's order, so the first error is the first field.
        assert_eq!(ids, [COUNCIL_ID, URL_ID, DATE_ID, SOURCE_ID, PAY_ID]);
        let long = Details {
            council: "x".repeat(121),
            ..details()
        };
        let problems = make(&long, Page::Retention, &typed()).unwrap_err();
        assert_eq!(
            problems[0].message,
            "Enter the council's name in 120 characters or fewer"
        );
        let made = make(&details(), Page::Retention, &typed()).unwrap();
        assert!(
            council::read("kent", &made).is_ok(),
            "whatever make accepts, the calculator reads"
        );
    }

    /// Found by a fresh tester: "Make one here" saved a scheme with amounts
    /// of 1e308 and -5, which the checker then said it would only partly use.
    /// A made file is one the checker passes whole.
    #[test]
    fn a_scheme_the_calculator_would_refuse_is_not_made() {
        for amount in ["-5", "1e308", "NaN"] {
            let mut state = typed();
            let key = state.retention.payments[0].key;
            state = reduce(
                &state,
                Action::Retention(RetentionAction::SetPaymentField {
                    key,
                    field: PaymentField::Amount,
                    value: amount.into(),
                }),
            );
            let problems = make(&details(), Page::Retention, &state).unwrap_err();
            assert_eq!(problems.len(), 1, "{amount}");
            assert_eq!(problems[0].id, SCHEME_ID);
            assert!(
                problems[0]
                    .message
                    .starts_with("Correct the scheme on Retention payments and clawback first. Enter the amount of payment 1"),
                "{amount}: {}",
                problems[0].message
            );
        }
        // The visitor's own salary is not part of the scheme: it does not stop it.
        let state = reduce(
            &typed(),
            Action::Retention(RetentionAction::SetSalary("zz".into())),
        );
        assert!(make(&details(), Page::Retention, &state).is_ok());
    }

    /// A pay point's name of 81 characters is refused by the maker and the
    /// reader alike (the tester's 350-character names made a 21 KB field).
    #[test]
    fn a_pay_point_name_over_80_characters_is_refused() {
        let line = |n: usize| format!("{}: 36,124", "é".repeat(n));
        assert!(pay_points(&line(80)).is_ok());
        assert_eq!(
            pay_points(&line(81)).unwrap_err(),
            "Enter each pay point's name in 80 characters or fewer"
        );
        let file = PresetFile {
            pay_points: vec![PayPointFile {
                label: "é".repeat(81),
                salary: "36124".into(),
            }],
            ..make(&details(), Page::Retention, &typed()).unwrap()
        };
        assert_eq!(
            council::read("kent", &file).unwrap_err(),
            "a pay point's name is longer than 80 characters"
        );
    }

    /// Found by a fresh tester: a file setting a service's posts said nothing
    /// of them under "What it sets".
    #[test]
    fn the_checker_names_the_links_other_settings() {
        assert_eq!(
            other_keys("workforce-strategy?v=1&la=E10000019&w.posts=120&salary=40000&w.posts=3"),
            ["w.posts", "salary"]
        );
        assert_eq!(
            other_keys("retention?v=1&p0.amount=1&p12.tiein=3&exempt=tupe&pension=20&preset=x"),
            Vec::<String>::new()
        );
        assert_eq!(other_keys("retention?pX.a=1&p.b=2"), ["pX.a", "p.b"]);
        let file = PresetFile {
            link: "retention?v=1&salary=40000".into(),
            ..make(&details(), Page::Retention, &typed()).unwrap()
        };
        assert!(check("kent", &file)
            .sets
            .contains(&"Its link also sets: salary.".to_string()));
    }

    /// Found by a fresh tester: the checker echoed "£1e308" and "£NaN".
    #[test]
    fn the_checker_says_amounts_as_pounds_or_quotes_them() {
        assert_eq!(amount_words("5000"), "£5,000");
        assert_eq!(amount_words(" 1,234.5 "), "£1,234.50");
        assert_eq!(amount_words("1e308"), "the amount “1e308”");
        assert_eq!(amount_words("NaN"), "the amount “NaN”");
        assert_eq!(amount_words("-5"), "the amount “-5”");
        assert_eq!(amount_words(" "), "no amount");
    }

    #[test]
    fn the_checker_says_what_a_file_sets() {
        let file = make(&details(), Page::Retention, &typed()).unwrap();
        let r = check("kent", &file);
        assert!(r.accepted);
        assert_eq!(r.refusals, Vec::<String>::new());
        assert_eq!(
            r.sets,
            [
                "It names the council “Kent County Council”, from its policy “Recruitment and retention payments”, 1 April 2026.",
                "The scheme: “Golden hello” £5,000 paid in month 0, tied in for 18 months (all or nothing).",
                "Exempt from repaying: redundancy.",
                "The employer's pension rate: 21.5%.",
                "2 pay points to fill in the salary from.",
            ]
        );
    }

    /// Found trying issue 24: a file whose link read cleanly but held values
    /// the calculator shows as errors (an amount of -5, a tie-in of "zz") was
    /// passed; the preset then opened with "There is a problem".
    #[test]
    fn the_checker_names_values_the_calculator_would_refuse() {
        let file = PresetFile {
            link: "retention?v=1&p0.name=Hello&p0.amount=-5&p0.month=0&p0.tiein=zz&p0.shape=cliff"
                .into(),
            ..make(&details(), Page::Retention, &typed()).unwrap()
        };
        let r = check("kent", &file);
        let errors: Vec<&String> = r
            .refusals
            .iter()
            .filter(|s| s.contains("would show an error"))
            .collect();
        assert_eq!(errors.len(), 2, "{:?}", r.refusals);
        // The tester's contradiction: "would use it" above these refusals.
        assert!(r.accepted);
        assert_eq!(
            r.verdict(),
            "the calculator would open it, but not all of it: correct what is listed below before publishing"
        );
        assert!(errors.iter().any(|e| e.contains("amount")), "{errors:?}");
        assert!(
            errors
                .iter()
                .any(|e| e.contains("tie-in") || e.contains("tiein")),
            "{errors:?}"
        );
    }

    #[test]
    fn the_checker_names_every_broken_field() {
        let file = PresetFile {
            policy_url: "http://www.kent.gov.uk/policy".into(),
            link: "retention?v=1&p0.amount=3000&p0.shape=zigzag&colour=red".into(),
            ..make(&details(), Page::Retention, &typed()).unwrap()
        };
        let r = check("kent", &file);
        assert!(!r.accepted);
        assert_eq!(r.verdict(), "the calculator would not use it");
        assert_eq!(
            r.refusals,
            [
                "The calculator would not use this file: its policy address is not a web address starting https://.",
                "Its link's value “zigzag” for payment 1 (shape) could not be read and was left out.",
                "Its link has a part “colour” that this calculator does not use.",
            ]
        );
    }
}
