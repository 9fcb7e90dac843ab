//! Fuzzing the link reader, the scenario file reader (issue 10) and the
//! JavaScript API's inputs (issue 11): no input makes any of them panic, a valid
//! field is never lost to damage elsewhere in a link, a file opens only to
//! exactly what its link says, and the API answers or names a field. 10,000
//! cases each in the test command (1,000 for the API); more on demand:
//! `FUZZ_CASES=1000000 cargo test --release --test link_fuzz`.
//! Native only.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use retention_pay::state::fragment::{decode, encode, encode_component};

fn cases() -> u32 {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000)
}

/// Pieces links are made of, so the fuzzer reaches past the first `?`.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("retention?".to_string()),
        Just("check-my-package?".to_string()),
        Just("workforce-strategy?".to_string()),
        Just("agency-or-permanent-for-me?".to_string()),
        Just("w.".to_string()),
        Just("l.".to_string()),
        Just("l.route=".to_string()),
        Just("l.rate=".to_string()),
        Just("&".to_string()),
        Just("=".to_string()),
        Just("%".to_string()),
        Just("%E2%9C".to_string()),
        Just("v=".to_string()),
        Just("p0.".to_string()),
        Just("p12.steps=".to_string()),
        Just("o2.p0.".to_string()),
        Just("payback?".to_string()),
        Just("d2.p0.".to_string()),
        Just("d3.p1.".to_string()),
        Just("c.caps.".to_string()),
        Just("amount=".to_string()),
        Just("tiein=".to_string()),
        "[a-z0-9.\\-]{0,8}",
        any::<String>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn any_link_reads_without_panicking(parts in prop::collection::vec(piece(), 0..24)) {
        let link = parts.concat();
        let (state, _) = decode(&link);
        // Whatever was read can be written and read again to the same state.
        let (again, problems) = decode(&encode(&state));
        prop_assert!(problems.is_empty(), "{problems:?}");
        prop_assert_eq!(encode(&again), encode(&state));
    }

    #[test]
    fn damage_elsewhere_never_loses_a_valid_field(salary in "[0-9£,.a-z ]{1,12}", junk in prop::collection::vec(piece(), 0..8)) {
        let link = format!("retention?v=1&{}&salary={}", junk.concat().replace("salary", "x"), encode_component(&salary));
        let (state, _) = decode(&link);
        prop_assert_eq!(state.retention.salary, salary);
    }
}

mod scenario_reader {
    use super::cases;
    use proptest::prelude::*;
    use retention_pay::state::fragment::decode;
    use retention_pay::state::scenario::{open, save, ScenarioFile};

    fn json_piece() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("{".to_string()),
            Just("}".to_string()),
            Just("\"format\":\"retention-pay-scenario\"".to_string()),
            Just("\"version\":1".to_string()),
            Just("\"version\":99".to_string()),
            Just("\"link\":\"retention?v=1&salary=4".to_string()),
            Just(",".to_string()),
            Just(":".to_string()),
            Just("\"".to_string()),
            any::<String>(),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

        /// Any text, parsed as the browser would parse JSON into the file's shape,
        /// opens or is refused, never panics.
        #[test]
        fn any_text_is_opened_or_refused(parts in prop::collection::vec(json_piece(), 0..16)) {
            if let Ok(file) = serde_json::from_str::<ScenarioFile>(&parts.concat()) {
                let _ = open(&file);
            }
        }

        /// Any field values: opened only when the file is a scenario of this
        /// version or older with a link read without a problem, and then to
        /// exactly what the link says.
        #[test]
        fn any_fields_open_to_what_the_link_says(format in prop_oneof![Just("retention-pay-scenario".to_string()), any::<String>()], version in 0u32..4, link in any::<String>(), salary in "[0-9]{1,6}") {
            let good = save(&decode(&format!("retention?salary={salary}")).0, "2026-11-22", None);
            for file in [
                ScenarioFile { format: format.clone(), version, link: link.clone(), ..good.clone() },
                ScenarioFile { format, version, ..good.clone() },
            ] {
                if let Ok(state) = open(&file) {
                    prop_assert_eq!(file.format.as_str(), "retention-pay-scenario");
                    prop_assert!(file.version <= 1);
                    let (read, problems) = decode(&file.link);
                    prop_assert!(problems.is_empty());
                    prop_assert_eq!(state, read);
                }
            }
            prop_assert_eq!(open(&good).unwrap().retention.salary, salary);
        }
    }
}

/// The JavaScript API's inputs (issue 11): any object of keys to text answers or
/// names a field, for every calculator, and never panics. A tenth of the cases of
/// the readers above: each case works out all six calculators.
mod api_input {
    use super::cases;
    use proptest::prelude::*;
    use retention_pay::state::answer::{answer, Figures};
    use retention_pay::state::Page;
    use std::collections::BTreeMap;

    fn key() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("salary".to_string()),
            Just("leave".to_string()),
            Just("year".to_string()),
            Just("p0.amount".to_string()),
            Just("p0.tiein".to_string()),
            Just("p0.shape".to_string()),
            Just("p3.month".to_string()),
            Just("c.turnover".to_string()),
            Just("c.hourly".to_string()),
            Just("b.horizon".to_string()),
            Just("b.recovery".to_string()),
            Just("k.code".to_string()),
            Just("o2.salary".to_string()),
            Just("l.rate".to_string()),
            Just("l.margin".to_string()),
            Just("l.route".to_string()),
            Just("l.ae".to_string()),
            Just("l.er-pension".to_string()),
            Just("c.hours".to_string()),
            Just("c.weeks".to_string()),
            Just("d2.p0.amount".to_string()),
            Just("d3.p1.tiein".to_string()),
            "[a-z0-9.]{0,8}",
        ]
    }

    fn value() -> impl Strategy<Value = String> {
        prop_oneof![
            "[0-9]{0,7}",
            "[0-9]{1,3}\\.[0-9]{1,2}",
            Just("-1".to_string()),
            Just("1e9".to_string()),
            Just("NaN".to_string()),
            Just("prorata".to_string()),
            Just("2025-26".to_string()),
            Just("K475".to_string()),
            Just("paye".to_string()),
            any::<String>(),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: cases() / 10, ..ProptestConfig::default() })]

        #[test]
        fn any_input_answers_or_names_a_field(input in prop::collection::btree_map(key(), value(), 0..8)) {
            let input: BTreeMap<String, String> = input;
            for page in Page::ALL {
                match answer(page, &input) {
                    Ok(a) => {
                        prop_assert!(!a.headline.is_empty());
                        if let Figures::Retention(f) = &a.figures {
                            prop_assert_eq!(f.paid, f.repayable + f.kept);
                        }
                    }
                    Err(e) => {
                        prop_assert!(!e.field.is_empty());
                        prop_assert!(e.message.len() > e.field.len() + 2, "{}", e.message);
                    }
                }
            }
        }
    }
}

/// The bounds on files from outside (issue 25): JSON nested deep and wide, of
/// lists and objects, with brackets inside its text, is refused by its depth
/// before it is parsed exactly when it is deeper than the bound, as a scenario
/// file's extra field and as a preset file's; what passes parses and opens.
mod bounded_files {
    use super::cases;
    use proptest::prelude::*;
    use retention_pay::state::bounds::{check_json, MAX_DEPTH, MAX_FILE_BYTES};
    use retention_pay::state::{council, scenario};

    /// A JSON value and how deeply it nests (a plain value is 0).
    fn value() -> impl Strategy<Value = (String, usize)> {
        let leaf = prop_oneof![
            Just(("1".to_string(), 0)),
            any::<String>().prop_map(|s| (serde_json::to_string(&s).unwrap(), 0)),
            "[\\[\\]{}\"\\\\a]{0,12}".prop_map(|s| (serde_json::to_string(&s).unwrap(), 0)),
        ];
        let wide = leaf.prop_recursive(6, 400, 40, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..40).prop_map(|items| {
                    let depth = items.iter().map(|i| i.1).max().unwrap_or(0) + 1;
                    let text: Vec<String> = items.into_iter().map(|i| i.0).collect();
                    (format!("[{}]", text.join(",")), depth)
                }),
                prop::collection::vec(inner, 0..40).prop_map(|items| {
                    let depth = items.iter().map(|i| i.1).max().unwrap_or(0) + 1;
                    let text: Vec<String> = items
                        .into_iter()
                        .enumerate()
                        .map(|(n, i)| format!("\"k{n}\":{}", i.0))
                        .collect();
                    (format!("{{{}}}", text.join(",")), depth)
                }),
            ]
        });
        // A tower of lists and objects, up to 9,000 deep, around a wide value.
        (
            wide,
            prop::collection::vec(any::<bool>(), 0..40),
            0usize..9_000,
        )
            .prop_map(|((text, depth), shape, extra)| {
                let layers: Vec<bool> = shape
                    .iter()
                    .copied()
                    .cycle()
                    .take(if shape.is_empty() {
                        0
                    } else {
                        shape.len() + extra
                    })
                    .collect();
                // Outermost first: the openers, the value, the closers.
                let (mut open, mut close) = (String::new(), String::new());
                for &list in layers.iter().rev() {
                    open.push_str(if list { "[" } else { "{\"x\":" });
                }
                for &list in &layers {
                    close.push(if list { ']' } else { '}' });
                }
                (format!("{open}{text}{close}"), depth + layers.len())
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: cases() / 10, ..ProptestConfig::default() })]

        #[test]
        fn deep_values_are_refused_and_others_parse(v in value()) {
            let (text, depth) = v;
            let checked = check_json(&text, MAX_FILE_BYTES);
            if text.len() <= MAX_FILE_BYTES {
                prop_assert_eq!(checked.is_ok(), depth <= MAX_DEPTH, "depth {}", depth);
            }
            if checked.is_ok() {
                prop_assert!(serde_json::from_str::<serde_json::Value>(&text).is_ok());
            }
        }

        #[test]
        fn a_scenario_or_preset_with_a_deep_field_is_refused_with_a_sentence(v in value()) {
            let (text, depth) = v;
            let good = r#""format":"retention-pay-scenario","version":1,"app_version":"0.1.0","saved":"2026-11-22","calculator":"Retention","summary":"","link":"retention?v=1&salary=41000""#;
            let file = format!("{{{good},\"x\":{text}}}");
            match scenario::check_text(&file) {
                Ok(()) => {
                    prop_assert!(depth < MAX_DEPTH);
                    let read: scenario::ScenarioFile = serde_json::from_str(&file).unwrap();
                    let opened = scenario::open(&read).unwrap();
                    prop_assert_eq!(opened.retention.salary.as_str(), "41000");
                }
                Err(e) => {
                    prop_assert!(depth >= MAX_DEPTH || file.len() > MAX_FILE_BYTES);
                    prop_assert!(e.message().starts_with("That file cannot be a scenario"), "{}", e.message());
                }
            }
            let preset = format!("{{\"format\":\"retention-pay-preset\",\"pay_points\":[{text}]}}");
            let refused = council::check_text(&preset);
            prop_assert_eq!(refused.is_err(), depth + 2 > MAX_DEPTH || preset.len() > MAX_FILE_BYTES);
        }
    }
}

/// A shared link's first answer works Check my package's and Agency or
/// permanent for me's sentences out without the rest of their pages
/// (`package::take_home_only`, `locum::sentence_only`, issue 21), and the
/// pages that need only the retention scheme's cost read it without the
/// retention page (`retention::scheme_cost_only`). Each must be `Some`
/// exactly when the full `compute` has results, and then say the same: links
/// from the default state with random fields changed to valid, odd and wrong
/// values, so that every way the results can be missing (a
/// salary, FTE, tax code, supplement, leaving month, payment, rate or days off
/// that cannot be read) is reached.
mod headline_only {
    use super::cases;
    use proptest::prelude::*;
    use retention_pay::state::fragment::{decode, encode, encode_component};
    use retention_pay::state::{locum, package, retention, AppState, Page};

    const VALUES: &[&str] = &[
        "", "0", "1", "0.6", "2", "-5", "abc", "38", "41.50", "52", "60", "99", "366", "400",
        "1000", "36000", "99999999", "1257L", "K100", "S1257L", "BR", "0T", "umbrella", "paye",
        "rolled", "taken", "2024-25", "2026-27", "main", "50-50", "out", "pg", "1.2", "scotland",
        "ewni", "yes", "no", "3%", "12.5",
    ];

    /// The default state's link with some of its values replaced.
    fn link() -> impl Strategy<Value = String> {
        let base = encode(&AppState {
            page: Page::Locum,
            ..AppState::default()
        });
        let (head, query) = base.split_once('?').expect("a query");
        let pairs: Vec<(String, String)> = query
            .split('&')
            .filter_map(|kv| {
                kv.split_once('=')
                    .map(|(k, v)| (k.to_string(), v.to_string()))
            })
            .collect();
        let n = pairs.len();
        let head = head.to_string();
        prop::collection::vec((0..n, prop::sample::select(VALUES)), 0..6).prop_map(move |edits| {
            let mut p = pairs.clone();
            for (i, v) in edits {
                p[i].1 = encode_component(v);
            }
            let q: Vec<String> = p.iter().map(|(k, v)| format!("{k}={v}")).collect();
            format!("{head}?{}", q.join("&"))
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: cases() / 10, ..ProptestConfig::default() })]

        #[test]
        fn the_first_answers_lean_paths_say_what_the_pages_say(link in link()) {
            let s = decode(&link).0;
            let results = retention::compute(&s.retention).results;
            let full = results.as_ref().and_then(|r| r.employer.as_ref().map(|e| (r.scheme.clone(), e.settings, e.cost.clone())));
            prop_assert_eq!(retention::scheme_cost_only(&s.retention), full, "{}", link);
            let full = results.map(|r| (r.scheme, r.leave_month));
            prop_assert_eq!(retention::scheme_only(&s.retention), full, "{}", link);
            let full = package::compute(&s.package, &s.retention, &s.cost).results.map(|r| r.take_home);
            prop_assert_eq!(package::take_home_only(&s.package, &s.retention, &s.cost), full, "{}", link);
            let full = locum::compute(&s.locum, &s.retention, &s.cost, &s.package).results.as_ref().map(locum::sentence);
            prop_assert_eq!(locum::sentence_only(&s.locum, &s.retention, &s.cost, &s.package), full, "{}", link);
        }
    }

    /// The fuzzer above meets both answers and their absence: these links, each
    /// worked out by hand to have results or not, make sure of it.
    #[test]
    fn each_way_of_having_no_results_is_met() {
        let base = encode(&AppState {
            page: Page::Locum,
            ..AppState::default()
        });
        let with = |key: &str, value: &str| {
            let (head, query) = base.split_once('?').unwrap();
            let q: Vec<String> = query
                .split('&')
                .map(|kv| match kv.split_once('=') {
                    Some((k, _)) if k == key => format!("{k}={}", encode_component(value)),
                    _ => kv.to_string(),
                })
                .collect();
            assert!(
                query
                    .split('&')
                    .any(|kv| kv.starts_with(&format!("{key}="))),
                "{key} is in the link"
            );
            decode(&format!("{head}?{}", q.join("&"))).0
        };
        // (field, value, whether Check my package has results, whether this page has).
        let cases = [
            ("salary", "36000", true, true),
            ("salary", "abc", false, false),
            ("fte", "2", false, false),
            ("k.code", "1257X", false, false),
            ("c.supplement", "abc", false, false),
            ("leave", "abc", false, false),
            ("l.rate", "abc", true, false),
            ("l.days", "400", true, false),
            ("l.days", "25", true, true),
            ("l.route", "paye", true, true),
        ];
        for (key, value, pkg, here) in cases {
            let s = with(key, value);
            let full = package::compute(&s.package, &s.retention, &s.cost)
                .results
                .map(|r| r.take_home);
            assert_eq!(full.is_some(), pkg, "{key}={value}: Check my package");
            assert_eq!(
                package::take_home_only(&s.package, &s.retention, &s.cost),
                full,
                "{key}={value}"
            );
            let full = locum::compute(&s.locum, &s.retention, &s.cost, &s.package)
                .results
                .as_ref()
                .map(locum::sentence);
            assert_eq!(full.is_some(), here, "{key}={value}: this page");
            assert_eq!(
                locum::sentence_only(&s.locum, &s.retention, &s.cost, &s.package),
                full,
                "{key}={value}"
            );
        }
    }
}
