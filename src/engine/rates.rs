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

/// How often a worker is paid: councils pay monthly; agencies and umbrella
/// companies often weekly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PayFrequency {
    Monthly,
    Weekly,
    Fortnightly,
    FourWeekly,
}

impl PayFrequency {
    pub const ALL: [PayFrequency; 4] = [
        PayFrequency::Monthly,
        PayFrequency::Weekly,
        PayFrequency::Fortnightly,
        PayFrequency::FourWeekly,
    ];

    /// Pay periods in a tax year (a week 53 is not modelled).
    pub fn periods(self) -> u32 {
        match self {
            PayFrequency::Monthly => 12,
            PayFrequency::Weekly => 52,
            PayFrequency::Fortnightly => 26,
            PayFrequency::FourWeekly => 13,
        }
    }

    /// The PAYE tables' unit in a year: 12 months, or 52 weeks for every
    /// weekly-based frequency.
    pub fn units_a_year(self) -> u32 {
        match self {
            PayFrequency::Monthly => 12,
            _ => 52,
        }
    }

    /// Units of [`PayFrequency::units_a_year`] in one pay period.
    pub fn units(self) -> u32 {
        self.units_a_year() / self.periods()
    }
}

/// Employer National Insurance (Class 1 secondary) for one tax year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EmployerNi {
    pub rate: Ratio,
    /// Secondary threshold, per year.
    pub threshold_annual: Pence,
    /// Secondary threshold per monthly pay period, as HMRC publishes it (a
    /// twelfth of the annual threshold, rounded to the pound).
    pub threshold_month: Pence,
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

pub static EXEMPT_LEAVERS: Source = Source {
    title: "Share of leavers whose reason a scheme exempts (redundancy, ill health, TUPE): no published figure; 0% unless you enter your own",
    publisher: "This calculator",
    date: "November 2026",
    url: None,
    unconfirmed: true,
};

pub static LOST_PRODUCTIVITY: Source = Source {
    title: "Induction or lost productivity on a leaver: no UK figure found; £0 unless you enter your own",
    publisher: "This calculator",
    date: "November 2026",
    url: None,
    unconfirmed: true,
};

pub static DFE_VACANCY_2025: Source = Source {
    title: "Children's social work workforce, reporting year 2025: vacancy rate 14.2% (5,965 FTE vacancies against 36,186 FTE in post); 73.6% of vacancies covered by agency workers; agency rate 13.0%",
    publisher: "Department for Education, Explore Education Statistics",
    date: "30 September 2025 census",
    url: Some("https://explore-education-statistics.service.gov.uk/find-statistics/children-s-social-work-workforce"),
    unconfirmed: false,
};

pub static COVENTRY_GROW_OWN: Source = Source {
    title: "Coventry social work degree apprenticeships: of 58 who entered, 54 remained in their role (93%)",
    publisher: "Coventry City Council, scrutiny board briefing",
    date: "2022",
    url: None,
    unconfirmed: false,
};

pub static WORKFORCE_LEVERS: Source = Source {
    title: "Hires a month, conversions and trainees a year, months to qualify: illustrative figures for a service of 100 posts, not from a publication; enter your own",
    publisher: "This calculator",
    date: "November 2026",
    url: None,
    unconfirmed: true,
};

pub static TURNOVER_CUT: Source = Source {
    title: "How much a retention scheme cuts turnover among those on it: no published figure; 0% unless you enter your own",
    publisher: "This calculator",
    date: "November 2026",
    url: None,
    unconfirmed: true,
};

pub static TRAINING_COST: Source = Source {
    title: "Training cost of a trainee social worker (course fees, backfill, supervision): no single published figure; £0 unless you enter your own",
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
    threshold_month: Pence::pounds(758),
    source: &HMRC_EMPLOYER_2024_25,
};

static EMPLOYER_NI_2025_26: EmployerNi = EmployerNi {
    rate: Ratio::bp(1500),
    threshold_annual: Pence::pounds(5_000),
    threshold_month: Pence::pounds(417),
    source: &HMRC_EMPLOYER_2025_26,
};

static EMPLOYER_NI_2026_27: EmployerNi = EmployerNi {
    rate: Ratio::bp(1500),
    threshold_annual: Pence::pounds(5_000),
    threshold_month: Pence::pounds(417),
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

// ---- The employee's side: income tax, employee NI, student loans, LGPS ----

/// Where the worker pays income tax.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TaxRegion {
    /// England, Wales and Northern Ireland.
    Ewni,
    Scotland,
}

pub static HMRC_TAX_2024_25: Source = Source {
    title: "Income Tax rates and allowances 2024 to 2025: personal allowance £12,570 (tapered by £1 for every £2 above £100,000); 20% to £50,270, 40% to £125,140, 45% above",
    publisher: "HM Revenue & Customs",
    date: "6 April 2024",
    url: Some("https://www.gov.uk/government/publications/rates-and-allowances-income-tax/income-tax-rates-and-allowances-current-and-past"),
    unconfirmed: false,
};

pub static HMRC_TAX_2025_26: Source = Source {
    title: "Income Tax rates and allowances: personal allowance £12,570 (tapered by £1 for every £2 above £100,000); 20% to £50,270, 40% to £125,140, 45% above",
    publisher: "HM Revenue & Customs",
    date: "6 April 2025 (unchanged for 2026/27)",
    url: Some("https://www.gov.uk/income-tax-rates"),
    unconfirmed: false,
};

pub static SCOTTISH_TAX_2024_25: Source = Source {
    title: "Scottish income tax 2024 to 2025: 19% £12,571 to £14,876; 20% to £26,561; 21% to £43,662; 42% to £75,000; 45% to £125,140; 48% above",
    publisher: "Scottish Government; HM Revenue & Customs",
    date: "6 April 2024",
    url: Some("https://www.gov.scot/publications/scottish-income-tax-2024-2025/"),
    unconfirmed: false,
};

pub static SCOTTISH_TAX_2025_26: Source = Source {
    title: "Scottish income tax 2025 to 2026: 19% £12,571 to £15,397; 20% to £27,491; 21% to £43,662; 42% to £75,000; 45% to £125,140; 48% above",
    publisher: "Scottish Government; HM Revenue & Customs",
    date: "6 April 2025",
    url: Some("https://www.gov.scot/publications/scottish-income-tax-2025-2026/"),
    unconfirmed: false,
};

pub static SCOTTISH_TAX_2026_27: Source = Source {
    title: "Scottish income tax 2026 to 2027 as proposed in the Scottish Budget on 13 January 2026: 19% to £16,537; 20% to £29,526; 21% to £43,662; higher bands unchanged",
    publisher: "Scottish Government",
    date: "proposed 13 January 2026",
    url: Some("https://www.gov.scot/"),
    unconfirmed: false,
};

/// How payroll software works out PAYE: free pay from the tax code per period,
/// taxable pay to date rounded down to whole pounds, band limits pro rata, tax
/// due to date rounded down to the penny, the 50% overriding limit for K codes.
pub static HMRC_PAYE_SPEC: Source = Source {
    title: "PAYE specification for payroll software (exact percentage method) and PAYE tax tables: free pay from the tax code per period (1257L: £1,048.26 a month), taxable pay to date rounded down to whole pounds, tax due to date rounded down to the penny, K codes limited to 50% of the period's pay",
    publisher: "HM Revenue & Customs",
    date: "current at November 2026",
    url: Some("https://www.gov.uk/government/collections/payroll-technical-specifications"),
    unconfirmed: false,
};

pub static HMRC_NI_ROUNDING: Source = Source {
    title: "National Insurance Manual NIM11002 and the Social Security (Contributions) Regulations 2001, reg 12(1): NI per pay period, rounded to the nearest penny with half a penny or less disregarded; HMRC's software specification and its 2025-26 NI test data apply that to each band's amount cut to three decimal places",
    publisher: "HM Revenue & Customs; legislation.gov.uk",
    date: "current at November 2026",
    url: Some("https://www.gov.uk/hmrc-internal-manuals/national-insurance-manual/nim11002"),
    unconfirmed: false,
};

pub static HMRC_STUDENT_LOAN_ROUNDING: Source = Source {
    title: "Collection of Student Loans Manual CSLM17065 and CSLM18025: per pay period, the threshold is a twelfth of the annual one cut to the penny, and each deduction is rounded down to the whole pound; a plan and a postgraduate loan are worked out separately",
    publisher: "HM Revenue & Customs",
    date: "current at November 2026",
    url: Some("https://www.gov.uk/hmrc-internal-manuals/collection-of-student-loans-manual"),
    unconfirmed: false,
};

const fn band(upper_pounds: i64, bp: i64) -> (Pence, Ratio) {
    (Pence::pounds(upper_pounds), Ratio::bp(bp))
}

/// No upper limit.
pub const UNLIMITED: Pence = Pence(i64::MAX / 4);

/// Income tax for one tax year and region. Bands are on taxable income (after
/// the personal allowance), each `(upper limit, rate)`; the last is unlimited.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IncomeTax {
    pub personal_allowance: Pence,
    /// Income above which the allowance falls by £1 for every £2.
    pub taper_from: Pence,
    pub bands: &'static [(Pence, Ratio)],
    /// Which band is the basic rate (the rate of a BR code; D0, D1, … are the
    /// bands after it).
    pub basic_band: usize,
    /// How PAYE rounds a band's limit to date at the fourth decimal place of a
    /// pound: up for Scotland, down (cut) for the rest of the UK. HMRC's PAYE
    /// specification gives four decimals without the direction; its published
    /// 2025/26 test data decides it, row by row, and no one rule for both
    /// regions reproduces it (see [`HMRC_PAYE_TEST_DATA`]).
    pub limits_round_up: bool,
    pub source: &'static Source,
}

/// HMRC's payroll test data, the arbiter of PAYE's and NI's rounding.
pub static HMRC_PAYE_TEST_DATA: Source = Source {
    title: "2025-26 tax calculation test data and National Insurance test data for payroll software (every row reproduced: rest of UK and Welsh band limits to date cut at the fourth decimal, Scottish ones rounded up; NI cut to three decimals, then half a penny or less disregarded)",
    publisher: "HM Revenue & Customs",
    date: "2025",
    url: Some("https://www.gov.uk/government/publications/payroll-software-developers-technical-specifications"),
    unconfirmed: false,
};

static EWNI_BANDS: [(Pence, Ratio); 3] = [
    band(37_700, 2000),
    band(125_140, 4000),
    (UNLIMITED, Ratio::bp(4500)),
];
// Scottish thresholds as income, less the £12,570 allowance.
static SCOT_BANDS_2024_25: [(Pence, Ratio); 6] = [
    band(2_306, 1900),
    band(13_991, 2000),
    band(31_092, 2100),
    band(62_430, 4200),
    band(125_140, 4500),
    (UNLIMITED, Ratio::bp(4800)),
];
static SCOT_BANDS_2025_26: [(Pence, Ratio); 6] = [
    band(2_827, 1900),
    band(14_921, 2000),
    band(31_092, 2100),
    band(62_430, 4200),
    band(125_140, 4500),
    (UNLIMITED, Ratio::bp(4800)),
];
static SCOT_BANDS_2026_27: [(Pence, Ratio); 6] = [
    band(3_967, 1900),
    band(16_956, 2000),
    band(31_092, 2100),
    band(62_430, 4200),
    band(125_140, 4500),
    (UNLIMITED, Ratio::bp(4800)),
];

/// Income tax rates for a year and region. The personal allowance and the UK
/// bands are frozen at these figures for all three years.
pub fn income_tax(year: TaxYear, region: TaxRegion) -> IncomeTax {
    use TaxYear::*;
    let (bands, basic_band, source): (&'static [(Pence, Ratio)], usize, &'static Source) =
        match (region, year) {
            (TaxRegion::Ewni, Y2024_25) => (&EWNI_BANDS, 0, &HMRC_TAX_2024_25),
            (TaxRegion::Ewni, _) => (&EWNI_BANDS, 0, &HMRC_TAX_2025_26),
            (TaxRegion::Scotland, Y2024_25) => (&SCOT_BANDS_2024_25, 1, &SCOTTISH_TAX_2024_25),
            (TaxRegion::Scotland, Y2025_26) => (&SCOT_BANDS_2025_26, 1, &SCOTTISH_TAX_2025_26),
            (TaxRegion::Scotland, Y2026_27) => (&SCOT_BANDS_2026_27, 1, &SCOTTISH_TAX_2026_27),
        };
    IncomeTax {
        personal_allowance: Pence::pounds(12_570),
        taper_from: Pence::pounds(100_000),
        bands,
        basic_band,
        limits_round_up: region == TaxRegion::Scotland,
        source,
    }
}

/// Employee (Class 1 primary) NI per monthly pay period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EmployeeNi {
    pub primary_threshold_month: Pence,
    pub upper_limit_month: Pence,
    pub main_rate: Ratio,
    pub upper_rate: Ratio,
    pub source: &'static Source,
}

/// Employee NI for a tax year: 8% from 6 April 2024 on, with monthly thresholds
/// £1,048 and £4,189 (frozen).
pub fn employee_ni(year: TaxYear) -> EmployeeNi {
    EmployeeNi {
        primary_threshold_month: Pence::pounds(1_048),
        upper_limit_month: Pence::pounds(4_189),
        main_rate: Ratio::bp(800),
        upper_rate: Ratio::bp(200),
        source: employer_ni(year).source,
    }
}

/// Class 1 NI thresholds for one pay period, as HMRC publishes them for payroll
/// (each rounded to the pound; they are not exact fractions of the year's).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NiThresholds {
    /// Primary threshold: employee NI starts above it.
    pub primary: Pence,
    /// Upper earnings limit (and the upper secondary thresholds for under-21s,
    /// apprentices under 25 and veterans, which equal it).
    pub upper: Pence,
    /// Secondary threshold: employer NI starts above it.
    pub secondary: Pence,
}

/// NI thresholds per pay period for a year. Primary threshold and upper limit
/// £12,570 and £50,270 a year (frozen); secondary threshold £9,100 a year to
/// 2024/25, £5,000 from 6 April 2025. HMRC's published period figures, which
/// its 2025/26 NI test data confirms (for example the fortnightly secondary
/// threshold is £193 and the four-weekly £385, not 2 and 4 times £96).
pub fn ni_thresholds(year: TaxYear, frequency: PayFrequency) -> NiThresholds {
    let t = |primary: i64, upper: i64, secondary: i64| NiThresholds {
        primary: Pence::pounds(primary),
        upper: Pence::pounds(upper),
        secondary: Pence::pounds(secondary),
    };
    let before_2025 = year == TaxYear::Y2024_25;
    match (frequency, before_2025) {
        (PayFrequency::Monthly, false) => t(1_048, 4_189, 417),
        (PayFrequency::Monthly, true) => t(1_048, 4_189, 758),
        (PayFrequency::Weekly, false) => t(242, 967, 96),
        (PayFrequency::Weekly, true) => t(242, 967, 175),
        (PayFrequency::Fortnightly, false) => t(484, 1_934, 193),
        (PayFrequency::Fortnightly, true) => t(484, 1_934, 350),
        (PayFrequency::FourWeekly, false) => t(967, 3_867, 385),
        (PayFrequency::FourWeekly, true) => t(967, 3_867, 700),
    }
}

/// Student loan plans.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LoanPlan {
    Plan1,
    Plan2,
    Plan4,
    Plan5,
    Postgraduate,
}

impl LoanPlan {
    pub const ALL: [LoanPlan; 5] = [
        LoanPlan::Plan1,
        LoanPlan::Plan2,
        LoanPlan::Plan4,
        LoanPlan::Plan5,
        LoanPlan::Postgraduate,
    ];

    pub fn label(self) -> &'static str {
        match self {
            LoanPlan::Plan1 => "Plan 1",
            LoanPlan::Plan2 => "Plan 2",
            LoanPlan::Plan4 => "Plan 4",
            LoanPlan::Plan5 => "Plan 5",
            LoanPlan::Postgraduate => "Postgraduate loan",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            LoanPlan::Plan1 => "1",
            LoanPlan::Plan2 => "2",
            LoanPlan::Plan4 => "4",
            LoanPlan::Plan5 => "5",
            LoanPlan::Postgraduate => "pg",
        }
    }

    pub fn from_slug(s: &str) -> Option<LoanPlan> {
        LoanPlan::ALL.into_iter().find(|p| p.slug() == s)
    }

    /// Annual threshold and rate for a year; `None` where the plan collects
    /// nothing that year (Plan 5 collections start in April 2026).
    pub fn terms(self, year: TaxYear) -> Option<(Pence, Ratio)> {
        use TaxYear::*;
        let nine = Ratio::bp(900);
        let pounds = match (self, year) {
            (LoanPlan::Postgraduate, _) => return Some((Pence::pounds(21_000), Ratio::bp(600))),
            (LoanPlan::Plan5, Y2026_27) => 25_000,
            (LoanPlan::Plan5, _) => return None,
            (LoanPlan::Plan1, Y2024_25) => 24_990,
            (LoanPlan::Plan1, Y2025_26) => 26_065,
            (LoanPlan::Plan1, Y2026_27) => 26_900,
            (LoanPlan::Plan2, Y2024_25) => 27_295,
            (LoanPlan::Plan2, Y2025_26) => 28_470,
            (LoanPlan::Plan2, Y2026_27) => 29_385,
            (LoanPlan::Plan4, Y2024_25) => 31_395,
            (LoanPlan::Plan4, Y2025_26) => 32_745,
            (LoanPlan::Plan4, Y2026_27) => 33_795,
        };
        Some((Pence::pounds(pounds), nine))
    }
}

pub static STUDENT_LOANS_2024_25: Source = Source {
    title: "Student loan thresholds 2024 to 2025, 9% above: Plan 1 £24,990, Plan 2 £27,295, Plan 4 £31,395; postgraduate loan 6% above £21,000 (in Rates and thresholds for employers 2024 to 2025)",
    publisher: "HM Revenue & Customs",
    date: "6 April 2024",
    url: Some("https://www.gov.uk/guidance/rates-and-thresholds-for-employers-2024-to-2025"),
    unconfirmed: false,
};

pub static STUDENT_LOANS_2025_26: Source = Source {
    title: "Student loan thresholds 2025 to 2026, 9% above: Plan 1 £26,065, Plan 2 £28,470, Plan 4 £32,745; postgraduate loan 6% above £21,000; Plan 5 (£25,000) collected from April 2026",
    publisher: "HM Revenue & Customs",
    date: "6 April 2025",
    url: Some("https://www.gov.uk/guidance/rates-and-thresholds-for-employers-2025-to-2026"),
    unconfirmed: false,
};

pub static STUDENT_LOANS_2026_27: Source = Source {
    title: "Student loan thresholds 2026 to 2027, 9% above: Plan 1 £26,900, Plan 2 £29,385, Plan 4 about £33,795 (not confirmed), Plan 5 £25,000; postgraduate loan 6% above £21,000",
    publisher: "HM Revenue & Customs; Student Loans Company",
    date: "6 April 2026",
    url: Some("https://www.gov.uk/guidance/rates-and-thresholds-for-employers-2026-to-2027"),
    unconfirmed: false,
};

/// Where a year's student loan thresholds come from.
pub fn student_loans_source(year: TaxYear) -> &'static Source {
    match year {
        TaxYear::Y2024_25 => &STUDENT_LOANS_2024_25,
        TaxYear::Y2025_26 => &STUDENT_LOANS_2025_26,
        TaxYear::Y2026_27 => &STUDENT_LOANS_2026_27,
    }
}

/// LGPS (England & Wales) employee contribution bands: `(pensionable pay up to, rate)`.
pub fn lgps_employee_bands(year: TaxYear) -> &'static [(Pence, Ratio)] {
    match year {
        TaxYear::Y2024_25 => &LGPS_2024_25,
        TaxYear::Y2025_26 => &LGPS_2025_26,
        TaxYear::Y2026_27 => &LGPS_2026_27,
    }
}

static LGPS_2024_25: [(Pence, Ratio); 9] = [
    band(17_600, 550),
    band(27_600, 580),
    band(44_900, 650),
    band(56_800, 680),
    band(79_700, 850),
    band(112_900, 990),
    band(133_100, 1050),
    band(199_700, 1140),
    (UNLIMITED, Ratio::bp(1250)),
];
static LGPS_2025_26: [(Pence, Ratio); 9] = [
    band(17_800, 550),
    band(28_000, 580),
    band(45_600, 650),
    band(57_700, 680),
    band(81_000, 850),
    band(114_800, 990),
    band(135_300, 1050),
    band(203_000, 1140),
    (UNLIMITED, Ratio::bp(1250)),
];
static LGPS_2026_27: [(Pence, Ratio); 9] = [
    band(18_400, 550),
    band(29_000, 580),
    band(47_300, 650),
    band(59_800, 680),
    band(84_000, 850),
    band(119_100, 990),
    band(140_400, 1050),
    band(210_700, 1140),
    (UNLIMITED, Ratio::bp(1250)),
];

pub static LGPS_EMPLOYEE: Source = Source {
    title: "LGPS employee contribution bands (England & Wales), by actual pensionable pay, April 2024, April 2025 and April 2026 tables; deducted before income tax, not before NI; the 50/50 section halves the rate",
    publisher: "LGPS Scheme Advisory Board; Local Government Association",
    date: "April 2024, April 2025 and April 2026",
    url: Some("https://www.lgpsmember.org/"),
    unconfirmed: false,
};

pub static HMRC_REPAYMENT: Source = Source {
    title: "Employment Income Manual EIM00800-EIM00845: a repaid bonus is repaid gross; income tax relief is claimed from HMRC for the tax year of repayment; no National Insurance is refunded",
    publisher: "HM Revenue & Customs",
    date: "current at November 2026",
    url: Some("https://www.gov.uk/hmrc-internal-manuals/employment-income-manual/eim00800"),
    unconfirmed: false,
};

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

/// Automatic enrolment's qualifying earnings for a monthly pay reference
/// period: pay between `lower` and `upper` counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QualifyingEarnings {
    /// £520 a month (£6,240 a year).
    pub lower_month: Pence,
    /// £4,189 a month (£50,270 a year).
    pub upper_month: Pence,
    pub source: &'static Source,
}

pub static AUTO_ENROLMENT_THRESHOLDS: Source = Source {
    title: "Automatic enrolment earnings thresholds: qualifying earnings £6,240 to £50,270 a year, £520 to £4,189 for a monthly pay period (2024/25 and 2025/26); DWP's review kept them for 2026/27",
    publisher: "The Pensions Regulator; Department for Work and Pensions",
    date: "2025 to 2026 tax year; review for 2026/27 published 2025",
    url: Some("https://www.thepensionsregulator.gov.uk/en/business-advisers/automatic-enrolment-guide-for-business-advisers/automatic-enrolment-earnings-threshold"),
    unconfirmed: false,
};

/// The qualifying earnings band for a tax year (unchanged since 2021/22).
pub fn qualifying_earnings(_year: TaxYear) -> QualifyingEarnings {
    QualifyingEarnings {
        lower_month: Pence::pounds(520),
        upper_month: Pence::pounds(4_189),
        source: &AUTO_ENROLMENT_THRESHOLDS,
    }
}

pub static AUTO_ENROLMENT_MINIMUM: Source = Source {
    title: "Automatic enrolment minimum contributions: 8% of qualifying earnings in total, at least 3% from the employer (the worker's 5% includes tax relief)",
    publisher: "The Pensions Regulator (Pensions Act 2008, section 20)",
    date: "6 April 2019",
    url: Some("https://www.thepensionsregulator.gov.uk/en/employers/managing-a-scheme/automatic-enrolment-contributions"),
    unconfirmed: false,
};

/// The employer's and the worker's minimum shares of qualifying earnings.
pub const AUTO_ENROLMENT_EMPLOYER: Ratio = Ratio::bp(300);
pub const AUTO_ENROLMENT_WORKER: Ratio = Ratio::bp(500);

pub static ROLLED_UP_HOLIDAY: Source = Source {
    title: "Holiday pay for irregular hours and part-year workers: 12.07% of pay for work done (5.6 weeks / 46.4 weeks), rolled up or accrued, for leave years from 1 April 2024 (Working Time Regulations 1998, regulations 15B and 16A, as inserted by SI 2023/1426)",
    publisher: "Department for Business and Trade; legislation.gov.uk",
    date: "1 April 2024",
    url: Some("https://www.gov.uk/government/publications/calculating-holiday-entitlement-for-part-year-and-irregular-hours-workers"),
    unconfirmed: false,
};

/// Holiday pay as a share of pay for work done: 5.6 / 46.4, rounded to 12.07%
/// as the regulations state it.
pub const HOLIDAY_ACCRUAL: Ratio = Ratio::bp(1207);

pub static UMBRELLA_GUIDANCE: Source = Source {
    title: "Working through an umbrella company: the umbrella is your employer and runs PAYE; the rate the agency pays it must cover the employer's National Insurance (and its other employment costs)",
    publisher: "HM Revenue & Customs",
    date: "29 April 2021",
    url: Some("https://www.gov.uk/guidance/working-through-an-umbrella-company"),
    unconfirmed: false,
};

pub static UMBRELLA_MARGIN: Source = Source {
    title: "The umbrella's margin: commonly £15 to £30 a week in umbrellas' own illustrations; no official figure. Use the one on your umbrella's key information document",
    publisher: "Assumption",
    date: "2025",
    url: None,
    unconfirmed: true,
};

/// Default umbrella margin a week worked.
pub const UMBRELLA_MARGIN_WEEK: Pence = Pence::pounds(20);

pub static LOCUM_RATE_EXAMPLE: Source = Source {
    title: "An example rate: no published rate for children's social work locums was found (DfE's regional price caps were not published where we looked). Enter the rate you were offered",
    publisher: "Assumption",
    date: "2025",
    url: None,
    unconfirmed: true,
};

pub static NJC_LEAVE: Source = Source {
    title: "NJC Green Book minimum leave from 1 April 2023: 23 days, plus 2 extra statutory days and 8 bank holidays (33 days; 36 after five years' service). Councils may give more: use your offer's",
    publisher: "National Joint Council for Local Government Services (pay agreement 2022)",
    date: "1 April 2023",
    url: None,
    unconfirmed: true,
};

/// Default paid days off in a permanent post (annual leave and bank holidays).
pub const NJC_DAYS_OFF: u32 = 33;

pub static OFF_PAYROLL: Source = Source {
    title: "Understanding off-payroll working (IR35): a public sector client decides whether the rules apply",
    publisher: "HM Revenue & Customs",
    date: "6 April 2017, updated 2024",
    url: Some("https://www.gov.uk/guidance/understanding-off-payroll-working-ir35"),
    unconfirmed: false,
};
