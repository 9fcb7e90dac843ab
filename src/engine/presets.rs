//! Ready-made schemes: the shapes of two councils' published policies
//! (Lincolnshire, Cumberland, linked where shown) and three illustrative shapes
//! (shared/domain.md, section 2). The amounts are typical figures, there to be
//! edited.

use super::clawback::{LeavingReason, Payment, Scheme, Shape, Step};
use super::money::Ratio;

/// A preset the user can load with one click.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Preset {
    ProRata24,
    Stepped100_50_25,
    ThreeTranches,
    AllOrNothing2Years,
    FullThenTaper,
}

impl Preset {
    pub const ALL: [Preset; 5] = [
        Preset::ThreeTranches,
        Preset::ProRata24,
        Preset::Stepped100_50_25,
        Preset::AllOrNothing2Years,
        Preset::FullThenTaper,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Preset::ProRata24 => "Pro rata over 24 months",
            Preset::Stepped100_50_25 => "Stepped 100%, 50%, 25%",
            Preset::ThreeTranches => "Three tranches, each with its own tie-in",
            Preset::AllOrNothing2Years => "All or nothing for 2 years",
            Preset::FullThenTaper => "Full for a year, then taper",
        }
    }

    /// The shape's source and what is illustrative, as a visitor reads it.
    pub fn based_on(self) -> &'static str {
        match self {
            Preset::ProRata24 => "Lincolnshire's tie-in: two years, reduced proportionately for each full month of service. Illustrative: the amount, a typical £3,000.",
            Preset::Stepped100_50_25 => "An illustrative stepped shape, not one council's policy: 100% repayable in the first year, 50% to 18 months, 25% to 24 months. Illustrative: the shape and the amount, a typical £5,000.",
            Preset::ThreeTranches => "An illustrative scheme, not one council's: £1,000 on joining (6-month tie-in), £2,000 at 6 months (12-month tie-in), £3,000 at 18 months (24-month tie-in), each tie-in all or nothing. Change any of it to match your policy.",
            Preset::AllOrNothing2Years => "An illustrative all-or-nothing shape, not one council's policy, as some councils tie in a market supplement: repay it all if you leave within 2 years. Illustrative: the shape and the amount, a typical £5,000.",
            Preset::FullThenTaper => "Cumberland's relocation assistance: all repayable in year 1, then 1/12 less for each month of year 2. Illustrative: the amount, a typical £6,000.",
        }
    }

    /// The council's published policy the shape is taken from, where there is
    /// one to link: `(council, policy title, address)`. The same policies as
    /// the example council presets (`static/presets/*.json`).
    pub fn policy(self) -> Option<(&'static str, &'static str, &'static str)> {
        const LINCOLNSHIRE: (&str, &str, &str) = (
            "Lincolnshire County Council",
            "Attraction and retention policy",
            "https://www.lincolnshire.gov.uk/employment-policies/attraction-retention-policy",
        );
        const CUMBERLAND: (&str, &str, &str) = (
            "Cumberland Council",
            "Relocation Assistance Scheme",
            "https://intranet.cumberland.gov.uk/jobs-and-recruitment/relocation-assistance-scheme",
        );
        match self {
            Preset::ProRata24 => Some(LINCOLNSHIRE),
            Preset::FullThenTaper => Some(CUMBERLAND),
            Preset::Stepped100_50_25 | Preset::ThreeTranches | Preset::AllOrNothing2Years => None,
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Preset::ProRata24 => "pro-rata-24",
            Preset::Stepped100_50_25 => "stepped-100-50-25",
            Preset::ThreeTranches => "three-tranches",
            Preset::AllOrNothing2Years => "all-or-nothing-2y",
            Preset::FullThenTaper => "full-then-taper",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Preset> {
        Preset::ALL.into_iter().find(|p| p.slug() == slug)
    }

    pub fn scheme(self) -> Scheme {
        let one = |name: &str, pounds: i64, tie_in: u32, shape: Shape| {
            Payment::lump_sum(name, pounds, 0, tie_in, shape)
        };
        let payments = match self {
            Preset::ProRata24 => vec![one("Retention payment", 3000, 24, Shape::ProRata)],
            Preset::Stepped100_50_25 => vec![one(
                "Relocation payment",
                5000,
                24,
                Shape::Stepped(vec![
                    Step {
                        from_month: 0,
                        share: Ratio::bp(10_000),
                    },
                    Step {
                        from_month: 12,
                        share: Ratio::bp(5_000),
                    },
                    Step {
                        from_month: 18,
                        share: Ratio::bp(2_500),
                    },
                ]),
            )],
            Preset::ThreeTranches => vec![
                one("On joining", 1000, 6, Shape::AllOrNothing),
                Payment::lump_sum("At 6 months", 2000, 6, 12, Shape::AllOrNothing),
                Payment::lump_sum("At 18 months", 3000, 18, 24, Shape::AllOrNothing),
            ],
            Preset::AllOrNothing2Years => {
                vec![one(
                    "Market supplement lump sum",
                    5000,
                    24,
                    Shape::AllOrNothing,
                )]
            }
            Preset::FullThenTaper => vec![one(
                "Relocation payment",
                6000,
                24,
                Shape::FullThenTaper { full_months: 12 },
            )],
        };
        Scheme {
            payments,
            fte: Ratio::ONE,
            exempt: LeavingReason::USUALLY_EXEMPT.to_vec(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_preset_is_a_valid_scheme() {
        for p in Preset::ALL {
            assert_eq!(p.scheme().validate(), vec![], "{}", p.title());
            assert_eq!(Preset::from_slug(p.slug()), Some(p));
        }
    }

    /// Issue 23: each example names the council's published policy (title and
    /// link) or says plainly it has none to link, and says what is illustrative.
    #[test]
    fn every_preset_cites_its_policy_or_says_it_is_illustrative() {
        for p in Preset::ALL {
            let text = p.based_on();
            assert!(text.contains("llustrative"), "{}: {text}", p.title());
            assert!(!text.contains(".md") && !text.contains("section"), "{text}");
            match p.policy() {
                Some((council, title, url)) => {
                    assert!(
                        url.starts_with("https://") && url.contains(".gov.uk/"),
                        "{url}"
                    );
                    assert!(council.ends_with("Council") && !title.is_empty());
                    assert!(
                        text.starts_with(council.split(' ').next().unwrap_or_default()),
                        "{text}"
                    );
                }
                None => assert!(text.contains("not one council's"), "{text}"),
            }
        }
    }
}
