//! The census conversion against DfE's own CSV (data/), worked from its rows:
//! what the app will show for a council must be what DfE published.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use retention_pay::census_csv::{convert, file_name, files, Converted};
use retention_pay::engine::census::{CouncilFigures, Figure, Indicator, Suppressed};

fn converted() -> Converted {
    // The one census CSV in data/ (bash .ci/census --update replaces it).
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let path = std::fs::read_dir(&dir)
        .expect("data/ is there")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.to_string_lossy().contains("csww_indicators_"))
        .expect("the census CSV is in data/");
    let text = std::fs::read_to_string(path).expect("the census CSV reads");
    convert(&text).expect("the CSV converts")
}

fn council(c: &Converted, code: &str) -> CouncilFigures {
    CouncilFigures::read(&c.councils[code]).expect("a council file reads back")
}

/// data/README.md: 151 local authorities a year in 2025 (the two
/// Northamptonshire councils are reported together), each once, by name.
#[test]
fn every_council_of_the_latest_year_once() {
    let c = converted();
    assert_eq!(c.index.latest_year, 2025);
    assert_eq!(c.index.councils.len(), 151);
    let codes: BTreeSet<&str> = c.index.councils.iter().map(|x| x.0.as_str()).collect();
    assert_eq!(codes.len(), 151);
    assert_eq!(c.councils.len(), 151);
    let keys: Vec<(&str, &str)> = c
        .index
        .councils
        .iter()
        .map(|x| (x.2.as_str(), x.1.as_str()))
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted, "the index is by region, then name");
    // Ten regions as DfE reports them (London as Inner and Outer), each once and together.
    let mut regions: Vec<&str> = keys.iter().map(|k| k.0).collect();
    regions.dedup();
    assert_eq!(regions.len(), 10);
    // Every council's file has each year at most once.
    for (code, f) in &c.councils {
        let years: Vec<&String> = f.council.iter().map(|r| &r[0]).collect();
        let unique: BTreeSet<&String> = years.iter().copied().collect();
        assert_eq!(years.len(), unique.len(), "{code}");
    }
    // Every file name is safe on any host.
    let all = files(&c).unwrap();
    assert_eq!(all.len(), 152);
    assert!(all
        .iter()
        .any(|(p, _)| p == "census/E06000061---E06000062.json"));
    assert_eq!(file_name("E06000061 / E06000062"), "E06000061---E06000062");
}

/// England 2025, from data/README.md: 36,186.3 FTE in post, 4,276.3 leavers
/// (11.8%), 5,415.9 agency (13.0%), 5,965.4 vacancies (14.2%), 73.6% of
/// vacancies covered by agency, caseload 15.2. Recomputed by DfE's definitions:
/// 4,276.3 / 36,186.3 = 11.82% -> 11.8; 5,415.9 / (5,415.9 + 36,186.3) = 13.02%
/// -> 13.0; 5,965.4 / (5,965.4 + 36,186.3) = 14.15% -> 14.2.
#[test]
fn england_2025_as_published_and_by_the_definitions() {
    let c = converted();
    let m = council(&c, "E08000003");
    let e = |i| m.england.get(2025, i);
    assert_eq!(e(Indicator::InPost), Figure::Tenths(361_863));
    assert_eq!(e(Indicator::Leavers), Figure::Tenths(42_763));
    assert_eq!(e(Indicator::Turnover), Figure::Tenths(118));
    assert_eq!(e(Indicator::Agency), Figure::Tenths(54_159));
    assert_eq!(e(Indicator::AgencyRate), Figure::Tenths(130));
    assert_eq!(e(Indicator::Vacancies), Figure::Tenths(59_654));
    assert_eq!(e(Indicator::VacancyRate), Figure::Tenths(142));
    assert_eq!(e(Indicator::VacanciesCoveredByAgency), Figure::Tenths(736));
    assert_eq!(e(Indicator::Caseload), Figure::Tenths(152));
}

/// Rounds `num / den` (both in tenths) to a percentage with one decimal, in tenths
/// of a percent, halves up.
fn percent_tenths(num: i64, den: i64) -> i64 {
    (num * 2000 + den) / (2 * den)
}

/// For every council and year where both are published, the turnover, agency
/// and vacancy rates recomputed from the counts by DfE's definitions match the
/// published rate to one decimal place (within 0.1: DfE divides unrounded FTE).
#[test]
fn rates_recomputed_from_the_counts_match_the_published_ones() {
    let c = converted();
    let mut checked = 0;
    for code in c.councils.keys() {
        let f = council(&c, code);
        for (year, _) in &f.council.years {
            let g = |i| f.council.get(*year, i).tenths();
            let pairs = [
                (
                    g(Indicator::Turnover),
                    g(Indicator::Leavers).zip(g(Indicator::InPost)),
                ),
                (
                    g(Indicator::AgencyRate),
                    g(Indicator::Agency)
                        .zip(g(Indicator::InPost))
                        .map(|(a, p)| (a, a + p)),
                ),
                (
                    g(Indicator::VacancyRate),
                    g(Indicator::Vacancies)
                        .zip(g(Indicator::InPost))
                        .map(|(v, p)| (v, v + p)),
                ),
            ];
            for (published, counts) in pairs {
                if let (Some(rate), Some((num, den))) = (published, counts) {
                    if den > 0 {
                        let ours = percent_tenths(num, den);
                        assert!(
                            (ours - rate).abs() <= 1,
                            "{code} {year}: {ours} against {rate}"
                        );
                        checked += 1;
                    }
                }
            }
        }
    }
    assert!(checked > 3_000, "{checked}");
}

/// Kensington and Chelsea (E09000020) and Westminster (E09000033) have no 2025
/// figures: every one comes out as "not published for 2025", never as 0, and the
/// answers leave the fields as they were.
#[test]
fn suppressed_figures_are_words_not_zeros() {
    let c = converted();
    for code in ["E09000020", "E09000033"] {
        let f = council(&c, code);
        for i in Indicator::ALL {
            assert_eq!(
                f.council.get(2025, i),
                Figure::NotPublished(Suppressed::NotAvailable),
                "{code} {i:?}"
            );
            assert_eq!(
                i.show(f.council.get(2025, i), 2025),
                "not published for 2025 (not available)"
            );
        }
        let a = f.answers();
        assert!(a.posts.is_err() && a.permanent.is_err() && a.turnover.is_err());
        // Their 2024 figures are there for the trend.
        assert!(
            f.council.get(2024, Indicator::InPost).tenths().is_some(),
            "{code}"
        );
    }
    // Every code DfE uses in the file comes through as itself.
    let mut seen = BTreeSet::new();
    for code in c.councils.keys() {
        for (_, figures) in &council(&c, code).council.years {
            for fig in figures {
                if let Figure::NotPublished(s) = fig {
                    seen.insert(s.code());
                }
            }
        }
    }
    assert_eq!(seen, BTreeSet::from(["c", "low", "u", "x", "z"]));
}

/// An area recoded: Barnsley is E08000038 from 2025 and was E08000016 before;
/// its file carries all nine years and says which were under the old code.
#[test]
fn earlier_years_of_a_recoded_area() {
    let c = converted();
    let b = council(&c, "E08000038");
    assert_eq!(b.name, "Barnsley");
    assert_eq!(b.council.years.len(), 9);
    assert_eq!(b.earlier_codes.len(), 8);
    assert_eq!(
        b.earlier_codes[0],
        (2017, "E08000016".to_string(), "Barnsley".to_string())
    );
    // Cumberland (new in 2023) has only its own years.
    let cu = council(&c, "E06000063");
    assert_eq!(cu.council.years.len(), 3);
}

/// Manchester's region is the North West (E12000002); the file carries the
/// region's 2025 row and England's.
#[test]
fn a_council_has_its_region_and_england_beside_it() {
    let c = converted();
    let m = council(&c, "E08000003");
    assert_eq!(m.name, "Manchester");
    assert_eq!(m.region, "North West");
    // data/: North West 2025, 5,239.2 FTE in post, agency rate 16.6%.
    assert_eq!(
        m.region_series.get(2025, Indicator::InPost),
        Figure::Tenths(52_392)
    );
    assert_eq!(
        m.region_series.get(2025, Indicator::AgencyRate),
        Figure::Tenths(166)
    );
    assert_eq!(m.england.years.len(), 9);
}

/// The JavaScript API's answer for Kent (E10000016), worked from the CSV's 2025
/// rows: agency rate 13.2% against the South East's 13.4% and England's 13.0%;
/// another council's file is refused, naming the code asked for.
#[test]
fn the_api_answer_for_a_council() {
    use retention_pay::state::census::council_answer;
    let c = converted();
    let a = council_answer("E10000016", &c.councils["E10000016"]).unwrap();
    assert_eq!(
        (a.name.as_str(), a.region.as_str(), a.year),
        ("Kent", "South East", 2025)
    );
    let agency = a
        .indicators
        .iter()
        .find(|i| i.key == "agency_rate_fte")
        .unwrap();
    assert_eq!(agency.council.shown, "13.2%");
    assert_eq!(agency.council.value, Some(13.2));
    assert_eq!(agency.region.shown, "13.4%");
    assert_eq!(agency.england.shown, "13.0%");
    assert_eq!(
        a.sentences[1],
        "Agency rate 13.2% in 2025, against 13.0% in England and 13.4% in the South East."
    );
    assert_eq!(a.years.len(), 9);
    // Westminster's 2025 figures are words and null, never 0.
    let w = council_answer("E09000033", &c.councils["E09000033"]).unwrap();
    let in_post = w.indicators.iter().find(|i| i.key == "inpost_fte").unwrap();
    assert_eq!(
        (in_post.council.shown.as_str(), in_post.council.value),
        ("not published for 2025 (not available)", None)
    );
    let e = council_answer("E08000003", &c.councils["E10000016"]).unwrap_err();
    assert!(e.starts_with("code: ") && e.contains("E08000003"), "{e}");
}
