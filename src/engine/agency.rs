//! An agency locum's cost a year, and the check against the DfE regional price caps.
//!
//! Charge a year = hourly charge × hours a week × billable weeks (or a day rate ×
//! days a week × billable weeks), computed as one exact product and rounded once.
//! Since 1 October 2025 new assignments of agency child and family social workers
//! in England are subject to regional price caps for five roles. The cap covers the
//! worker's hourly pay, employer NI and the apprenticeship levy; the agency's own
//! fee is outside it (not confirmed). The caps themselves were not found, so the
//! cap table is the user's to fill in and empty by default.

use super::breakdown::Breakdown;
use super::money::{Pence, Ratio};
use super::rates::{self, TaxYear};

/// The regions of England the caps are set for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Region {
    London,
    SouthEast,
    EastOfEngland,
    SouthWest,
    WestMidlands,
    EastMidlands,
    YorkshireHumber,
    NorthWest,
    NorthEast,
}

impl Region {
    pub const ALL: [Region; 9] = [
        Region::London,
        Region::SouthEast,
        Region::EastOfEngland,
        Region::SouthWest,
        Region::WestMidlands,
        Region::EastMidlands,
        Region::YorkshireHumber,
        Region::NorthWest,
        Region::NorthEast,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Region::London => "London",
            Region::SouthEast => "South East",
            Region::EastOfEngland => "East of England",
            Region::SouthWest => "South West",
            Region::WestMidlands => "West Midlands",
            Region::EastMidlands => "East Midlands",
            Region::YorkshireHumber => "Yorkshire and the Humber",
            Region::NorthWest => "North West",
            Region::NorthEast => "North East",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Region::London => "london",
            Region::SouthEast => "south-east",
            Region::EastOfEngland => "east",
            Region::SouthWest => "south-west",
            Region::WestMidlands => "west-midlands",
            Region::EastMidlands => "east-midlands",
            Region::YorkshireHumber => "yorkshire",
            Region::NorthWest => "north-west",
            Region::NorthEast => "north-east",
        }
    }

    pub fn from_slug(s: &str) -> Option<Region> {
        Region::ALL.into_iter().find(|r| r.slug() == s)
    }
}

/// The five roles the caps cover.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    SocialWorker,
    SeniorSocialWorker,
    AdvancedPractitioner,
    TeamManager,
    IroCpChair,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::SocialWorker,
        Role::SeniorSocialWorker,
        Role::AdvancedPractitioner,
        Role::TeamManager,
        Role::IroCpChair,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Role::SocialWorker => "Social worker",
            Role::SeniorSocialWorker => "Senior social worker",
            Role::AdvancedPractitioner => "Advanced practitioner",
            Role::TeamManager => "Team manager",
            Role::IroCpChair => "IRO or CP chair",
        }
    }

    /// As it reads mid-sentence, with its article: "a senior social worker",
    /// "an advanced practitioner", "an IRO or CP chair".
    pub fn in_sentence(self) -> &'static str {
        match self {
            Role::SocialWorker => "a social worker",
            Role::SeniorSocialWorker => "a senior social worker",
            Role::AdvancedPractitioner => "an advanced practitioner",
            Role::TeamManager => "a team manager",
            Role::IroCpChair => "an IRO or CP chair",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Role::SocialWorker => "sw",
            Role::SeniorSocialWorker => "ssw",
            Role::AdvancedPractitioner => "ap",
            Role::TeamManager => "tm",
            Role::IroCpChair => "iro",
        }
    }

    pub fn from_slug(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.slug() == s)
    }
}

/// How the agency's price is given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Charge {
    /// The agency's hourly charge rate.
    Hourly(Pence),
    /// The locum's hourly pay rate plus the agency's margin.
    PayPlusMargin { pay: Pence, margin: Margin },
    /// A day rate, for so many days a week.
    Daily {
        day_rate: Pence,
        days_per_week: Ratio,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Margin {
    /// Pounds per hour on top of pay.
    Pounds(Pence),
    /// A percentage of pay.
    Percent(Ratio),
}

/// An agency assignment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AgencyInputs {
    pub charge: Charge,
    /// Hours a week (hourly bases only).
    pub hours_per_week: Ratio,
    pub billable_weeks: u32,
    /// For employer NI in the capped part of a pay rate.
    pub year: TaxYear,
}

/// An agency locum's cost a year.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgencyCost {
    /// The hourly charge, where the charge is hourly.
    pub hourly_charge: Option<Pence>,
    pub annual: Pence,
    pub breakdown: Breakdown,
}

fn hours_label(h: Ratio) -> String {
    let hundredths = h.num() * 100 / h.den().max(1);
    if hundredths % 100 == 0 {
        format!("{}", hundredths / 100)
    } else {
        format!("{}.{:02}", hundredths / 100, hundredths % 100)
            .trim_end_matches('0')
            .to_string()
    }
}

/// Hourly charge for the hourly bases: pay plus margin, rounded to the penny.
pub fn hourly_charge(charge: Charge) -> Option<Pence> {
    match charge {
        Charge::Hourly(rate) => Some(rate),
        Charge::PayPlusMargin { pay, margin } => Some(match margin {
            Margin::Pounds(m) => pay + m,
            Margin::Percent(r) => pay + pay.times(r),
        }),
        Charge::Daily { .. } => None,
    }
}

/// The locum's cost a year.
pub fn agency_cost(inputs: &AgencyInputs) -> AgencyCost {
    let mut b = Breakdown::new("Agency locum, a year");
    let weeks = i64::from(inputs.billable_weeks);
    let hourly = hourly_charge(inputs.charge);
    let annual = match (inputs.charge, hourly) {
        (
            Charge::Daily {
                day_rate,
                days_per_week,
            },
            _,
        ) => {
            let days =
                Ratio::new(days_per_week.num() * weeks, days_per_week.den()).unwrap_or(Ratio::ZERO);
            let annual = day_rate.times(days);
            b.add(
                "Agency charge",
                format!(
                    "{} a day × {} days a week × {} billable weeks",
                    day_rate.format(),
                    hours_label(days_per_week),
                    inputs.billable_weeks
                ),
                annual,
                None,
            );
            annual
        }
        (_, Some(rate)) => {
            if let Charge::PayPlusMargin { pay, margin } = inputs.charge {
                let margin_words = match margin {
                    Margin::Pounds(m) => format!("{} an hour", m.format()),
                    Margin::Percent(r) => format!("{} of pay", r.percent_label()),
                };
                b.note(
                    "Hourly charge",
                    format!(
                        "locum pay {} an hour plus agency margin {margin_words}",
                        pay.format()
                    ),
                    rate,
                    None,
                );
            }
            let hours = Ratio::new(
                inputs.hours_per_week.num() * weeks,
                inputs.hours_per_week.den(),
            )
            .unwrap_or(Ratio::ZERO);
            let annual = rate.times(hours);
            b.add(
                "Agency charge",
                format!(
                    "{} an hour × {} hours a week × {} billable weeks",
                    rate.format(),
                    hours_label(inputs.hours_per_week),
                    inputs.billable_weeks
                ),
                annual,
                Some(&rates::BILLABLE_WEEKS),
            );
            annual
        }
        (_, None) => Pence::ZERO,
    };
    b.total("Agency cost a year", "the agency's charge for the year");
    AgencyCost {
        hourly_charge: hourly,
        annual,
        breakdown: b,
    }
}

/// One cap the user has entered: £ an hour for a region and role.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cap {
    pub region: Region,
    pub role: Role,
    pub hourly: Pence,
}

/// The result of checking a rate against a cap.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CapCheck {
    pub cap: Pence,
    /// The hourly figure compared with the cap.
    pub compared: Pence,
    /// What the compared figure is, in words.
    pub compared_is: String,
    /// How far above the cap, if above.
    pub over_by: Option<Pence>,
}

/// Checks an assignment against the cap for its region and role, if one was entered.
///
/// With a pay rate and margin, the figure compared is the part the cap covers: pay
/// plus employer NI at the year's rate plus the levy, on every hour (the NI
/// threshold is ignored, so this errs on the high side). With only a charge rate
/// or a day rate, the whole charge is compared, which includes the agency's fee:
/// a flag may then be a false alarm.
pub fn check_cap(
    inputs: &AgencyInputs,
    caps: &[Cap],
    region: Region,
    role: Role,
) -> Option<CapCheck> {
    let cap = caps
        .iter()
        .find(|c| c.region == region && c.role == role)?
        .hourly;
    let (compared, compared_is) = match inputs.charge {
        Charge::PayPlusMargin { pay, .. } => {
            let ni = pay.times(rates::employer_ni(inputs.year).rate);
            let levy = pay.times(rates::APPRENTICESHIP_LEVY_RATE);
            (
                pay + ni + levy,
                format!(
                    "the locum's pay of {} an hour plus employer NI and the levy on it",
                    pay.format()
                ),
            )
        }
        Charge::Hourly(rate) => (
            rate,
            "the whole hourly charge, which includes the agency's fee (outside the cap), so it may overstate".to_string(),
        ),
        Charge::Daily { day_rate, .. } => {
            // A day of the NJC week: 37 hours over 5 days = 7.4 hours.
            let per_hour = day_rate.times(Ratio::new(5, 37).unwrap_or(Ratio::ZERO));
            (
                per_hour,
                "the day rate over a 7.4-hour day, including the agency's fee, so it may overstate".to_string(),
            )
        }
    };
    Some(CapCheck {
        cap,
        compared,
        compared_is,
        over_by: (compared > cap).then(|| compared - cap),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hourly(rate: Pence) -> AgencyInputs {
        AgencyInputs {
            charge: Charge::Hourly(rate),
            hours_per_week: Ratio::new(37, 1).unwrap(),
            billable_weeks: 46,
            year: TaxYear::Y2025_26,
        }
    }

    /// Issue 3's worked example: £45 an hour × 37 hours × 46 weeks = £76,590.
    #[test]
    fn locum_at_45_an_hour_costs_76590() {
        assert_eq!(
            agency_cost(&hourly(Pence::pounds(45))).annual,
            Pence::pounds(76_590)
        );
    }

    /// Leeds: about £2.50 margin per £10 of pay. £32 pay + 25% = £40 an hour;
    /// × 37 × 46 = £68,080. The same with £8 a hour in pounds.
    #[test]
    fn pay_plus_margin() {
        let mut i = hourly(Pence::ZERO);
        i.charge = Charge::PayPlusMargin {
            pay: Pence::pounds(32),
            margin: Margin::Percent(Ratio::bp(2500)),
        };
        let c = agency_cost(&i);
        assert_eq!(c.hourly_charge, Some(Pence::pounds(40)));
        assert_eq!(c.annual, Pence::pounds(68_080));
        i.charge = Charge::PayPlusMargin {
            pay: Pence::pounds(32),
            margin: Margin::Pounds(Pence::pounds(8)),
        };
        assert_eq!(agency_cost(&i).annual, Pence::pounds(68_080));
    }

    /// Sheffield 2021/22: £350 a day; 5 days × 46 weeks = £80,500.
    #[test]
    fn day_rate() {
        let mut i = hourly(Pence::ZERO);
        i.charge = Charge::Daily {
            day_rate: Pence::pounds(350),
            days_per_week: Ratio::new(5, 1).unwrap(),
        };
        assert_eq!(agency_cost(&i).annual, Pence::pounds(80_500));
    }

    /// 37.5 hours at £40 × 46 weeks = £69,000.
    #[test]
    fn fractional_hours() {
        let mut i = hourly(Pence::pounds(40));
        i.hours_per_week = Ratio::new(3750, 100).unwrap();
        assert_eq!(agency_cost(&i).annual, Pence::pounds(69_000));
    }

    /// Pay £30 an hour, 2025/26: NI 15% = £4.50, levy 0.5% = £0.15; capped part £34.65.
    /// Against a £34 cap that is 65p over; against £35 it is within.
    #[test]
    fn cap_check_on_the_capped_part() {
        let mut i = hourly(Pence::ZERO);
        i.charge = Charge::PayPlusMargin {
            pay: Pence::pounds(30),
            margin: Margin::Pounds(Pence::pounds(8)),
        };
        let caps = [Cap {
            region: Region::London,
            role: Role::SocialWorker,
            hourly: Pence::pounds(34),
        }];
        let c = check_cap(&i, &caps, Region::London, Role::SocialWorker).unwrap();
        assert_eq!(c.compared, Pence(3465));
        assert_eq!(c.over_by, Some(Pence(65)));
        let caps = [Cap {
            region: Region::London,
            role: Role::SocialWorker,
            hourly: Pence::pounds(35),
        }];
        assert_eq!(
            check_cap(&i, &caps, Region::London, Role::SocialWorker)
                .unwrap()
                .over_by,
            None
        );
        // No cap entered for the region and role: no check.
        assert_eq!(
            check_cap(&i, &caps, Region::NorthEast, Role::SocialWorker),
            None
        );
    }
}
