//! Rates by tax year, each with the source it comes from and the date it was
//! published or took effect. Uprating is an edit to these tables, never to UI code.

use super::money::{Pence, Ratio};

/// Where a figure comes from, shown beside every default the app uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    /// The publication, as a person would name it.
    pub title: &'static str,
    /// The publisher.
    pub publisher: &'static str,
    /// When it was published or took effect, as it reads on screen.
    pub date: &'static str,
    /// A link to it, where there is a stable one.
    pub url: Option<&'static str>,
    /// True where no primary source confirmed the figure: it is shipped only as
    /// an editable assumption and labelled as such.
    pub unconfirmed: bool,
}

/// A UK tax year, 6 April to 5 April.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TaxYear {
    Y2024_25,
    Y2025_26,
    Y2026_27,
}

impl TaxYear {
    pub const ALL: [TaxYear; 3] = [TaxYear::Y2024_25, TaxYear::Y2025_26, TaxYear::Y2026_27];
    /// The year used when nothing is chosen: the one in force on the date this
    /// release was made (2026/27 runs 6 April 2026 to 5 April 2027).
    pub const CURRENT: TaxYear = TaxYear::Y2026_27;

    /// `2025/26`, as people write it.
    pub fn label(self) -> &'static str {
        match self {
            TaxYear::Y2024_25 => "2024/25",
            TaxYear::Y2025_26 => "2025/26",
            TaxYear::Y2026_27 => "2026/27",
        }
    }

    /// `2025-26`, for links.
    pub fn slug(self) -> &'static str {
        match self {
            TaxYear::Y2024_25 => "2024-25",
            TaxYear::Y2025_26 => "2025-26",
            TaxYear::Y2026_27 => "2026-27",
        }
    }

    pub fn from_slug(slug: &str) -> Option<TaxYear> {
        TaxYear::ALL.into_iter().find(|y| y.slug() == slug)
    }
}

/// Employer National Insurance (Class 1 secondary) for one tax year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EmployerNi {
    pub rate: Ratio,
    /// Secondary threshold, per year.
    pub threshold_annual: Pence,
    pub source: &'static Source,
}

pub static HMRC_EMPLOYER_2024_25: Source = Source {
    title: "Rates and thresholds for employers 2024 to 2025",
    publisher: "HM Revenue & Customs",
    date: "6 April 2024",
    url: Some("https://www.gov.uk/guidance/rates-and-thresholds-for-employers-2024-to-2025"),
    unconfirmed: false,
};

pub static HMRC_EMPLOYER_2025_26: Source = Source {
    title: "Rates and thresholds for employers 2025 to 2026",
    publisher: "HM Revenue & Customs",
    date: "6 April 2025",
    url: Some("https://www.gov.uk/guidance/rates-and-thresholds-for-employers-2025-to-2026"),
    unconfirmed: false,
};

pub static HMRC_EMPLOYER_2026_27: Source = Source {
    title: "Rates and thresholds for employers 2026 to 2027; Autumn Budget 2025 (secondary threshold frozen to April 2031)",
    publisher: "HM Revenue & Customs; HM Treasury",
    date: "6 April 2026",
    url: Some("https://www.gov.uk/guidance/rates-and-thresholds-for-employers-2026-to-2027"),
    unconfirmed: false,
};

pub static APPRENTICESHIP_LEVY: Source = Source {
    title: "Pay Apprenticeship Levy (0.5% of the pay bill; councils are far above the £3 million bill where it applies)",
    publisher: "HM Revenue & Customs",
    date: "6 April 2017",
    url: Some("https://www.gov.uk/guidance/pay-apprenticeship-levy"),
    unconfirmed: false,
};

pub static LGPS_EMPLOYER: Source = Source {
    title: "LGPS England & Wales 2022 valuation: average employer contribution rate (real funds range about 15% to 30%; use your fund's rate)",
    publisher: "LGPS Scheme Advisory Board",
    date: "2022 valuation, rates from April 2023",
    url: Some("https://www.lgpsboard.org/"),
    unconfirmed: false,
};

pub static LGPS_REG_20: Source = Source {
    title: "The Local Government Pension Scheme Regulations 2013, regulation 20(2)(e): payments made as an inducement not to leave are not pensionable",
    publisher: "legislation.gov.uk",
    date: "1 April 2014",
    url: Some("https://www.legislation.gov.uk/uksi/2013/2356/regulation/20"),
    unconfirmed: false,
};

pub static HMRC_NEGATIVE_EARNINGS: Source = Source {
    title: "Employment Income Manual EIM00800-EIM00845: negative earnings (no National Insurance relief when pay is repaid)",
    publisher: "HM Revenue & Customs",
    date: "current at November 2026",
    url: Some("https://www.gov.uk/hmrc-internal-manuals/employment-income-manual/eim00800"),
    unconfirmed: false,
};

pub static MEDWAY_PAY_2025: Source = Source {
    title: "Medway Council pay ranges: social worker £34,898 to £38,055; senior practitioner £41,568 to £46,376",
    publisher: "Medway Council",
    date: "2025",
    url: None,
    unconfirmed: false,
};

pub static DFE_WORKFORCE_2025: Source = Source {
    title: "Children's social work workforce, reporting year 2025: turnover 11.8% (4,276 leavers of 36,186 FTE in post); 73.6% of vacancies covered by agency workers",
    publisher: "Department for Education, Explore Education Statistics",
    date: "30 September 2025 census",
    url: Some("https://explore-education-statistics.service.gov.uk/find-statistics/children-s-social-work-workforce"),
    unconfirmed: false,
};

pub static DFE_AGENCY_GUIDANCE: Source = Source {
    title: "Statutory guidance on the use of agency child and family social workers; regional price caps for new assignments from 1 October 2025 (five roles). The cap covers the worker's hourly pay, employer NI and the levy where it applies; the agency's own fee is outside it (not confirmed). Councils may exceed a cap only with senior sign-off and must report it.",
    publisher: "Department for Education",
    date: "31 October 2024; caps from 1 October 2025",
    url: Some("https://www.gov.uk/government/publications/child-and-family-social-work-agency-workers"),
    unconfirmed: false,
};

pub static NJC_WEEK: Source = Source {
    title: "NJC for Local Government Services: a full-time week is 37 hours",
    publisher: "National Joint Council for Local Government Services",
    date: "Green Book, current",
    url: None,
    unconfirmed: false,
};

pub static BILLABLE_WEEKS: Source = Source {
    title: "46 billable weeks a year, as used by a 2016 council costing (a 2018 FOI reply used 47)",
    publisher: "Council papers",
    date: "2016",
    url: None,
    unconfirmed: false,
};

pub static AGENCY_PLACEHOLDER: Source = Source {
    title: "Placeholder agency charge rate of £40 an hour: no current published figure was found; enter your own",
    publisher: "This calculator",
    date: "November 2026",
    url: None,
    unconfirmed: true,
};

pub static RECRUITMENT_COST: Source = Source {
    title: "Cost per hire £1,500 (£3,000 for managers), from CIPD and Hays surveys; not confirmed as a UK council figure",
    publisher: "CIPD; Hays",
    date: "2022",
    url: None,
    unconfirmed: true,
};

pub static CLAWBACK_RECOVERY: Source = Source {
    title: "80% of clawback actually recovered from leavers: an assumption, no published figure",
    publisher: "This calculator",
    date: "November 2026",
    url: None,
    unconfirmed: true,
};

pub static GREEN_BOOK: Source = Source {
    title: "The Green Book: central government guidance on appraisal, discount rate 3.5% a year",
    publisher: "HM Treasury",
    date: "2022 edition",
    url: Some("https://www.gov.uk/government/publications/the-green-book-appraisal-and-evaluation-in-central-government"),
    unconfirmed: false,
};

/// Pay points a salary can be filled in from, with their source.
pub const PAY_POINTS: [(&str, Pence, &Source); 4] = [
    (
        "Social worker, bottom of range",
        Pence::pounds(34_898),
        &MEDWAY_PAY_2025,
    ),
    (
        "Social worker, top of range",
        Pence::pounds(38_055),
        &MEDWAY_PAY_2025,
    ),
    (
        "Senior practitioner, bottom of range",
        Pence::pounds(41_568),
        &MEDWAY_PAY_2025,
    ),
    (
        "Senior practitioner, top of range",
        Pence::pounds(46_376),
        &MEDWAY_PAY_2025,
    ),
];

static EMPLOYER_NI_2024_25: EmployerNi = EmployerNi {
    rate: Ratio::bp(1380),
    threshold_annual: Pence::pounds(9_100),
    source: &HMRC_EMPLOYER_2024_25,
};

static EMPLOYER_NI_2025_26: EmployerNi = EmployerNi {
    rate: Ratio::bp(1500),
    threshold_annual: Pence::pounds(5_000),
    source: &HMRC_EMPLOYER_2025_26,
};

static EMPLOYER_NI_2026_27: EmployerNi = EmployerNi {
    rate: Ratio::bp(1500),
    threshold_annual: Pence::pounds(5_000),
    source: &HMRC_EMPLOYER_2026_27,
};

/// Employer NI rate and threshold for a tax year.
pub fn employer_ni(year: TaxYear) -> &'static EmployerNi {
    match year {
        TaxYear::Y2024_25 => &EMPLOYER_NI_2024_25,
        TaxYear::Y2025_26 => &EMPLOYER_NI_2025_26,
        TaxYear::Y2026_27 => &EMPLOYER_NI_2026_27,
    }
}

/// Apprenticeship levy rate (unchanged since 2017).
pub const APPRENTICESHIP_LEVY_RATE: Ratio = Ratio::bp(50);

/// Default LGPS employer contribution rate: a starting point to be replaced by
/// the fund's own rate.
pub const LGPS_EMPLOYER_DEFAULT: Ratio = Ratio::bp(1980);

/// Annual turnover of children's social workers in England, 2025 (DfE).
pub const TURNOVER_2025: Ratio = Ratio::bp(1180);
/// Share of vacancies covered by agency workers, 2025 (DfE).
pub const AGENCY_COVER_2025: Ratio = Ratio::bp(7360);
/// NJC full-time week, in hours.
pub const FULL_TIME_HOURS: u32 = 37;
/// Billable weeks a year for an agency locum.
pub const BILLABLE_WEEKS_DEFAULT: u32 = 46;
/// Placeholder agency charge rate, per hour (an assumption).
pub const AGENCY_RATE_PLACEHOLDER: Pence = Pence::pounds(40);
/// Recruitment cost per hire (an assumption).
pub const RECRUITMENT_PER_HIRE: Pence = Pence::pounds(1_500);
/// Share of clawback recovered (an assumption).
pub const CLAWBACK_RECOVERY_DEFAULT: Ratio = Ratio::bp(8000);
/// HM Treasury Green Book discount rate, a year.
pub const GREEN_BOOK_DISCOUNT: Ratio = Ratio::bp(350);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_year_has_employer_ni_with_a_source() {
        for y in TaxYear::ALL {
            let ni = employer_ni(y);
            assert!(!ni.source.title.is_empty());
            assert_eq!(TaxYear::from_slug(y.slug()), Some(y));
        }
        // HMRC: 13.8% above £9,100 in 2024/25; 15% above £5,000 from 2025/26.
        assert_eq!(employer_ni(TaxYear::Y2024_25).rate, Ratio::bp(1380));
        assert_eq!(
            employer_ni(TaxYear::Y2024_25).threshold_annual,
            Pence(910_000)
        );
        assert_eq!(employer_ni(TaxYear::Y2025_26).rate, Ratio::bp(1500));
        assert_eq!(
            employer_ni(TaxYear::Y2026_27).threshold_annual,
            Pence(500_000)
        );
    }
}
