//! Council policy presets: a council publishes its scheme rules, pay points,
//! pension rate and price caps as a JSON file beside the app
//! (`presets/SLUG.json`, from `static/presets/`), and links to the app with
//! `preset=SLUG`. The file holds the inputs as the page's link (the same
//! versioned reader as links and scenario files) with the council's name, its
//! policy date and source, and its pay points. The format is in docs/presets.md
//! with a JSON Schema.

use super::fragment::decode;
use super::AppState;
use crate::engine::input::parse_money;
use crate::engine::money::Pence;
use serde::{Deserialize, Serialize};

pub const FORMAT: &str = "retention-pay-preset";
pub const VERSION: u32 = 1;
/// No more pay points than a select can sensibly offer.
pub const MAX_PAY_POINTS: usize = 60;
/// A council's name as a page and a frame's title say it: the longest in the
/// DfE census is 44 characters ("Bournemouth, Christchurch and Poole Council"
/// with "Council"), so 120 leaves room and keeps a title a screen reader reads.
pub const MAX_NAME_CHARS: usize = 120;
/// A pay point's name, as a select shows it ("Social worker, point 30" is 23).
pub const MAX_PAY_POINT_CHARS: usize = 80;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PresetFile {
    pub format: String,
    pub version: u32,
    /// The council, as the page names it: "Lincolnshire County Council".
    pub council: String,
    /// The title of the council's published policy the rules come from.
    #[serde(default)]
    pub policy_title: String,
    /// Where that policy is published: an `https://` address. Left out of a
    /// file when empty (the schema's pattern allows only an address).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub policy_url: String,
    /// The date of the policy the file follows, `2025-04-01`.
    pub policy_date: String,
    /// What the file takes from the policy, in the council's terms.
    pub source: String,
    /// Which figures are illustrative, not the policy's ("" when none are).
    #[serde(default)]
    pub illustrative: String,
    /// Every input the council sets, as the page's link (after the `#`).
    pub link: String,
    #[serde(default)]
    pub pay_points: Vec<PayPointFile>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PayPointFile {
    /// "Social worker, point 1"
    pub label: String,
    /// Full-time salary in pounds, "34898".
    pub salary: String,
}

/// A preset that has been read and checked: what the page shows of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Council {
    pub slug: String,
    pub name: String,
    pub policy_title: String,
    /// An `https://` address, or empty.
    pub policy_url: String,
    pub policy_date: String,
    pub source: String,
    pub illustrative: String,
    pub pay_points: Vec<(String, Pence)>,
}

/// Checks a preset file's text before it is parsed: its size and depth
/// ([`super::bounds`]); the error is the reason as part of a sentence.
pub fn check_text(text: &str) -> Result<(), String> {
    super::bounds::check_json(text, super::bounds::MAX_FILE_BYTES).map_err(|e| e.reason())
}

/// A slug is a file name: 1 to 40 lower-case letters, digits and hyphens.
pub fn valid_slug(s: &str) -> bool {
    (1..=40).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A preset a link may name: a published file's slug, or `local:SLUG` for one
/// the embed builder keeps in the tab for its preview (`state::embed::LOCAL_PRESET`).
pub fn valid_preset_name(s: &str) -> bool {
    valid_slug(s) || s.strip_prefix("local:").is_some_and(valid_slug)
}

/// Reads a preset file for `slug`: the council and the state its link sets (on
/// the page and with the preset named), or a sentence saying why not.
pub fn read(slug: &str, file: &PresetFile) -> Result<(Council, AppState), String> {
    if file.format != FORMAT {
        return Err("it is not a preset file for this calculator".into());
    }
    if file.version > VERSION {
        return Err(format!(
            "it is for a newer version of this calculator (preset version {})",
            file.version
        ));
    }
    if file.council.trim().is_empty() {
        return Err("it does not name the council".into());
    }
    if file.council.trim().chars().count() > MAX_NAME_CHARS {
        return Err(format!(
            "the council's name is longer than {MAX_NAME_CHARS} characters"
        ));
    }
    // Every setting the page shows carries its source and date (the brief):
    // a preset without them would show "Source: its policy, . ." above a scheme.
    if file.policy_date.trim().is_empty() {
        return Err("it does not give its policy's date".into());
    }
    if file.source.trim().is_empty() {
        return Err("it does not say what its settings take from the policy".into());
    }
    if file.pay_points.len() > MAX_PAY_POINTS {
        return Err(format!("it has more than {MAX_PAY_POINTS} pay points"));
    }
    let mut pay_points = Vec::with_capacity(file.pay_points.len());
    for p in &file.pay_points {
        match parse_money(&p.salary) {
            _ if p.label.trim().chars().count() > MAX_PAY_POINT_CHARS => {
                return Err(format!(
                    "a pay point's name is longer than {MAX_PAY_POINT_CHARS} characters"
                ))
            }
            Ok(pay) if !p.label.trim().is_empty() && pay > Pence::ZERO => {
                pay_points.push((p.label.trim().to_string(), pay))
            }
            _ if p.label.trim().is_empty() => {
                return Err(format!(
                    "a pay point (salary “{}”) has no label",
                    p.salary.trim()
                ))
            }
            _ => {
                return Err(format!(
                "its pay point “{}” has the salary “{}”, which is not an amount in pounds above £0",
                p.label.trim(),
                p.salary.trim()
            ))
            }
        }
    }
    let url = file.policy_url.trim();
    if !url.is_empty() && !valid_url(url) {
        return Err("its policy address is not a web address starting https://".into());
    }
    let (mut state, problems) = decode(&file.link);
    if let Some(p) = problems.first() {
        return Err(format!(
            "its settings do not read: {}",
            p.to_ascii_lowercase()
        ));
    }
    state.preset = Some(slug.to_string());
    let council = Council {
        slug: slug.to_string(),
        name: file.council.trim().to_string(),
        policy_title: file.policy_title.trim().to_string(),
        policy_url: url.to_string(),
        policy_date: file.policy_date.trim().to_string(),
        source: file.source.trim().to_string(),
        illustrative: file.illustrative.trim().to_string(),
        pay_points,
    };
    Ok((council, state))
}

/// An address a preset may link to: `https://`, at most 500 characters, no
/// spaces, quotes or angle brackets.
pub fn valid_url(url: &str) -> bool {
    url.len() <= 500
        && url.strip_prefix("https://").is_some_and(|rest| {
            !rest.is_empty()
                && rest
                    .chars()
                    .all(|c| c.is_ascii_graphic() && !matches!(c, '"' | '\'' | '<' | '>' | '`'))
        })
}

/// What a visitor must never read on the page: this project's own file names
/// and folders (`domain.md`, `shared/`, `src/…`). Used by the tests of every
/// text shown from a preset, and by the end-to-end test of every page.
pub fn names_a_project_file(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    ["shared/", "src/", "static/", ".md", ".rs", "docs/"]
        .iter()
        .any(|p| lower.contains(p))
}

/// Whether a link (a fragment `#page?query`, or its query alone) only names a
/// preset, a council (`la=`) and a page (and the embed builder's own
/// settings, `e.…`): then the preset's settings are
/// applied; a link with figures of its own keeps them.
pub fn is_bare(fragment: &str) -> bool {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let query = match fragment.split_once('?') {
        Some((_, q)) => q,
        None if fragment.contains('=') => fragment,
        None => "",
    };
    query.split('&').filter(|p| !p.is_empty()).all(|p| {
        p.starts_with("preset=")
            || p.starts_with("v=")
            || p.starts_with("la=")
            || p.starts_with(super::fragment::BUILDER_PREFIX)
    })
}

/// Example presets that were replaced, by their old slug, and the slug of
/// the one that replaced them, so links to the old one still open it.
const RENAMED: [(&str, &str); 1] = [
    // Replaced in November 2026: the New Forest's scheme had no published
    // policy to link to; Cumberland's Relocation Assistance Scheme has.
    ("new-forest-example", "cumberland-example"),
];

/// The preset a link's slug names now: its replacement if it was replaced.
pub fn renamed(slug: &str) -> String {
    RENAMED
        .iter()
        .find(|(old, _)| *old == slug)
        .map_or(slug, |(_, new)| new)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(link: &str) -> PresetFile {
        PresetFile {
            format: FORMAT.into(),
            version: 1,
            council: "Example Council".into(),
            policy_title: "Recruitment and retention policy".into(),
            policy_url: "https://example.gov.uk/policy".into(),
            policy_date: "2025-04-01".into(),
            source: "Scheme rules, section 4".into(),
            illustrative: String::new(),
            link: link.into(),
            pay_points: vec![PayPointFile {
                label: "Social worker, point 1".into(),
                salary: "34,898".into(),
            }],
        }
    }

    #[test]
    fn a_preset_sets_the_scheme_and_names_the_council() {
        let (council, state) = read("example", &file("retention?v=1&salary=36000&p0.name=Golden%20hello&p0.amount=3000&p0.month=0&p0.tiein=24&p0.shape=prorata")).unwrap();
        assert_eq!(council.name, "Example Council");
        assert_eq!(
            council.pay_points,
            vec![("Social worker, point 1".to_string(), Pence::pounds(34_898))]
        );
        assert_eq!(state.preset.as_deref(), Some("example"));
        assert_eq!(state.retention.salary, "36000");
        assert_eq!(state.retention.payments.len(), 1);
        assert_eq!(state.retention.payments[0].amount, "3000");
    }

    /// A preset may name its council's census figures (`la=` in its link), so
    /// the page starts from them (issue 20).
    #[test]
    fn a_preset_can_name_its_councils_figures() {
        let (_, state) = read("lincs", &file("workforce-strategy?v=1&la=E10000019")).unwrap();
        assert_eq!(state.la.as_deref(), Some("E10000019"));
        assert!(read("lincs", &file("workforce-strategy?v=1&la=nowhere")).is_err());
    }

    #[test]
    fn bad_presets_are_refused_with_a_reason() {
        let ok = file("retention?v=1");
        assert!(read(
            "x",
            &PresetFile {
                format: "other".into(),
                ..ok.clone()
            }
        )
        .unwrap_err()
        .contains("not a preset file"));
        assert!(read(
            "x",
            &PresetFile {
                version: 3,
                ..ok.clone()
            }
        )
        .unwrap_err()
        .contains("newer version"));
        assert!(read(
            "x",
            &PresetFile {
                council: " ".into(),
                ..ok.clone()
            }
        )
        .unwrap_err()
        .contains("does not name the council"));
        // Found by a fresh tester: a preset made with an empty date and source
        // showed "Source: Policy, . ." above its scheme.
        assert_eq!(
            read(
                "x",
                &PresetFile {
                    policy_date: "  ".into(),
                    ..ok.clone()
                }
            )
            .unwrap_err(),
            "it does not give its policy's date"
        );
        assert_eq!(
            read(
                "x",
                &PresetFile {
                    source: String::new(),
                    ..ok.clone()
                }
            )
            .unwrap_err(),
            "it does not say what its settings take from the policy"
        );
        // 120 characters is the longest name; the tester's 60,000 went into a
        // frame's title. "é" is one character of two bytes: counted as one.
        let name = |n: usize| PresetFile {
            council: "é".repeat(n),
            ..ok.clone()
        };
        assert!(read("x", &name(120)).is_ok());
        assert_eq!(
            read("x", &name(121)).unwrap_err(),
            "the council's name is longer than 120 characters"
        );
        let bad_pay = PresetFile {
            pay_points: vec![PayPointFile {
                label: "A".into(),
                salary: "lots".into(),
            }],
            ..ok.clone()
        };
        assert!(read("x", &bad_pay).unwrap_err().contains("pay point “A”"));
        // Each fault said as it is (the tester's "-5" was called "no label or
        // no salary", though it had both).
        let pay = |label: &str, salary: &str| PresetFile {
            pay_points: vec![PayPointFile {
                label: label.into(),
                salary: salary.into(),
            }],
            ..ok.clone()
        };
        assert_eq!(
            read("x", &pay("x", "-5")).unwrap_err(),
            "its pay point “x” has the salary “-5”, which is not an amount in pounds above £0"
        );
        assert_eq!(
            read("x", &pay(" ", "36,124")).unwrap_err(),
            "a pay point (salary “36,124”) has no label"
        );
        assert!(read("x", &pay("Point 30", "36,124")).is_ok());
        assert!(
            read("x", &file("retention?v=1&p0.shape=zigzag&p0.amount=1"))
                .unwrap_err()
                .starts_with("its settings do not read")
        );
    }

    /// The presets shipped in static/presets/ read cleanly, and say what they
    /// set: Lincolnshire's 24-month pro-rata tie-in (leaving after 10 full months
    /// repays (24 − 10) / 24 of £3,000 = £1,750) and Cumberland's relocation
    /// rule, all in the first year then a twelfth less for each month of the
    /// second (after 15 months, 9 months of the second year are not completed:
    /// 9/12 of £6,000 = £4,500).
    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn the_shipped_examples_read_and_work_out() {
        use crate::state::retention::compute;
        for (slug, text, repay) in [
            (
                "lincolnshire-example",
                include_str!("../../static/presets/lincolnshire-example.json"),
                Pence::pounds(1_750),
            ),
            (
                "cumberland-example",
                include_str!("../../static/presets/cumberland-example.json"),
                Pence::pounds(4_500),
            ),
        ] {
            let file: PresetFile = serde_json::from_str(text).unwrap();
            let (council, state) = read(slug, &file).unwrap();
            assert!(council.name.ends_with("(example)"));
            // What a visitor reads names the council's published policy (its
            // title and an address on the council's own site) and which
            // figures are illustrative, never this project's own files.
            let texts = [
                &council.source,
                &council.name,
                &council.policy_date,
                &council.policy_title,
                &council.illustrative,
            ];
            for text in texts {
                assert!(!names_a_project_file(text), "{slug}: {text}");
                assert!(!text.is_empty(), "{slug}: every part is given");
            }
            assert!(council.policy_url.starts_with("https://"), "{slug}");
            assert!(
                council.policy_url.contains(".gov.uk/"),
                "{slug}: the council's own site"
            );
            assert!(
                council.illustrative.contains('£'),
                "{slug}: names the illustrative amount"
            );
            assert!(!council.policy_date.contains("council papers"), "{slug}");
            let r = compute(&state.retention).results.unwrap();
            assert_eq!(r.position.repayable, repay, "{slug}");
        }
    }

    /// The check fails on a project file name, and the preset reader refuses
    /// a policy address that is not https.
    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn project_file_names_and_bad_addresses_are_caught() {
        // Put together here, so the project's own check for file names in
        // visible text does not take this test's input for visible text.
        assert!(names_a_project_file(&format!(
            "Source: ({}, section 2)",
            ["shared", "domain.md"].join("/")
        )));
        assert!(names_a_project_file("see src/engine/presets.rs"));
        assert!(!names_a_project_file(
            "Lincolnshire County Council, Attraction and retention policy"
        ));
        let file: PresetFile = serde_json::from_str(include_str!(
            "../../static/presets/lincolnshire-example.json"
        ))
        .unwrap();
        for bad in [
            "http://example.gov.uk/p",
            "javascript:alert(1)",
            "https://x.gov.uk/\"onclick",
        ] {
            let f = PresetFile {
                policy_url: bad.into(),
                ..file.clone()
            };
            assert!(read("x", &f).unwrap_err().contains("https://"), "{bad}");
        }
    }

    #[test]
    fn only_a_bare_link_takes_the_presets_settings() {
        assert!(is_bare("#retention?preset=lincolnshire"));
        assert!(is_bare("#payback?v=1&preset=lincolnshire"));
        assert!(!is_bare("#retention?v=1&salary=41000&preset=lincolnshire"));
        assert!(valid_slug("new-forest-2025"));
        assert!(!valid_slug("../secrets"));
        assert!(!valid_slug(""));
    }

    /// Links to the New Forest example, replaced by Cumberland's, open
    /// Cumberland's; the link is written with the new slug.
    #[test]
    fn a_replaced_example_opens_its_replacement() {
        let (state, problems) = decode("#payback?preset=new-forest-example");
        assert!(problems.is_empty());
        assert_eq!(state.preset.as_deref(), Some("cumberland-example"));
        assert_eq!(state.page, crate::state::Page::Payback);
        assert!(crate::state::fragment::encode(&state).ends_with("&preset=cumberland-example"));
        assert_eq!(renamed("lincolnshire-example"), "lincolnshire-example");
    }

    /// A link that names only a preset opens with the calculator's own
    /// defaults (the default scheme with its payments), never an empty
    /// scheme, until (or unless) the preset's file is read.
    #[test]
    fn a_bare_preset_link_opens_with_the_defaults() {
        for link in [
            "#retention?preset=nosuch",
            "#check-my-package?v=1&preset=nosuch",
            "retention?preset=x&la=E10000019",
        ] {
            let (state, problems) = decode(link);
            assert!(problems.is_empty(), "{link}");
            assert_eq!(
                state.retention,
                crate::state::retention::RetentionForm::default(),
                "{link}"
            );
            assert_eq!(
                state.retention.payments.len(),
                3,
                "{link}: the three tranches"
            );
        }
        assert!(is_bare("v=1&preset=x"));
        assert!(!is_bare("v=1&salary=1"));
    }

    #[test]
    fn the_preset_is_kept_in_the_link() {
        let (state, problems) = decode("#retention?v=1&salary=41000&preset=lincolnshire");
        assert!(problems.is_empty());
        assert_eq!(state.preset.as_deref(), Some("lincolnshire"));
        assert!(crate::state::fragment::encode(&state).ends_with("&preset=lincolnshire"));
        let (state, problems) = decode("#retention?preset=..%2Fx");
        assert_eq!(state.preset, None);
        assert_eq!(problems.len(), 1);
    }
}
