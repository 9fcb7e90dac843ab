//! A council's published workforce figures: the Department for Education's
//! children's social work workforce census, data set "Indicators", for England,
//! each region and each local authority, reporting years 2017 to 2025 (census at
//! 30 September), Open Government Licence v3.0 ([`DFE_CENSUS`]).
//!
//! The build turns the CSV into one small file per council (`census/CODE.json`,
//! the council's years with its region's and England's beside them) and an
//! index of councils (`census/councils.json`); see `src/census_csv.rs` and
//! `src/bin/census.rs`. The app fetches them only when a visitor picks a council.
//! Here: the files' shapes ([`CouncilFile`], [`CouncilIndex`]), reading a file
//! into typed figures ([`CouncilFigures::read`]) where a figure DfE did not
//! publish stays a [`Suppressed`] code and reaches the user as words, never as 0,
//! and the comparisons a head of service reads.
//!
//! Figures are kept exactly as published, in tenths (every figure in the data
//! set has at most one decimal place). The definitions are DfE's
//! ([`Indicator::definition`]); all counts are FTE at 30 September.

use serde::{Deserialize, Serialize};

use super::rates::Source;

/// The data set, as the app cites it.
pub static DFE_CENSUS: Source = Source {
    title: "Children's social work workforce, reporting year 2025: data set \"Indicators\" (England, regions and local authorities, 2017 to 2025, FTE at 30 September). Contains public sector information licensed under the Open Government Licence v3.0",
    publisher: "Department for Education (Explore Education Statistics)",
    date: "March 2026",
    url: Some("https://explore-education-statistics.service.gov.uk/find-statistics/children-s-social-work-workforce"),
    unconfirmed: false,
};

/// The census date of a reporting year, as the page says it.
pub fn census_date(year: u16) -> String {
    format!("30 September {year}")
}

/// Why a figure is not published: DfE's codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Suppressed {
    /// `x`
    NotAvailable,
    /// `c`
    Confidential,
    /// `z`
    NotApplicable,
    /// `u`
    LowReliability,
    /// `low`
    Low,
}

impl Suppressed {
    pub const ALL: [Suppressed; 5] = [
        Suppressed::NotAvailable,
        Suppressed::Confidential,
        Suppressed::NotApplicable,
        Suppressed::LowReliability,
        Suppressed::Low,
    ];

    /// The code in DfE's files.
    pub fn code(self) -> &'static str {
        match self {
            Suppressed::NotAvailable => "x",
            Suppressed::Confidential => "c",
            Suppressed::NotApplicable => "z",
            Suppressed::LowReliability => "u",
            Suppressed::Low => "low",
        }
    }

    pub fn from_code(code: &str) -> Option<Suppressed> {
        Suppressed::ALL.into_iter().find(|s| s.code() == code)
    }

    /// Why, in words.
    pub fn words(self) -> &'static str {
        match self {
            Suppressed::NotAvailable => "not available",
            Suppressed::Confidential => "kept confidential",
            Suppressed::NotApplicable => "not applicable",
            Suppressed::LowReliability => "of low reliability",
            Suppressed::Low => "too small a number to publish",
        }
    }
}

/// One published figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Figure {
    /// The figure in tenths: 11.8% is 118, 36,186.3 FTE is 361,863.
    Tenths(i64),
    /// DfE published a code instead of a number.
    NotPublished(Suppressed),
    /// The data set has no row for that place and year (a council that did not
    /// exist yet, or had another code).
    NoRow,
}

impl Figure {
    /// A cell as DfE writes it: a number with at most one decimal place, or a
    /// code. Anything else is an error naming the cell.
    pub fn read(cell: &str) -> Result<Figure, CensusError> {
        let cell = cell.trim();
        if let Some(s) = Suppressed::from_code(cell) {
            return Ok(Figure::NotPublished(s));
        }
        let bad = || CensusError::NotAFigure(cell.chars().take(20).collect());
        let (whole, frac) = cell.split_once('.').unwrap_or((cell, ""));
        if whole.is_empty()
            || whole.len() > 9
            || frac.len() > 1
            || !whole.bytes().all(|b| b.is_ascii_digit())
            || !frac.bytes().all(|b| b.is_ascii_digit())
        {
            return Err(bad());
        }
        let w: i64 = whole.parse().map_err(|_| bad())?;
        let f: i64 = if frac.is_empty() {
            0
        } else {
            frac.parse().map_err(|_| bad())?
        };
        Ok(Figure::Tenths(w * 10 + f))
    }

    /// The cell written back, as in DfE's file.
    pub fn write(self) -> String {
        match self {
            Figure::Tenths(t) if t % 10 == 0 => (t / 10).to_string(),
            Figure::Tenths(t) => format!("{}.{}", t / 10, t % 10),
            Figure::NotPublished(s) => s.code().to_string(),
            Figure::NoRow => String::new(),
        }
    }

    pub fn tenths(self) -> Option<i64> {
        match self {
            Figure::Tenths(t) => Some(t),
            _ => None,
        }
    }
}

/// The indicators the app uses, in the files' column order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Indicator {
    InPost,
    Starters,
    Leavers,
    Turnover,
    Agency,
    AgencyRate,
    Vacancies,
    VacancyRate,
    VacanciesCoveredByAgency,
    Caseload,
    Absence,
}

/// How an indicator is measured.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Fte,
    Percent,
    Cases,
}

impl Indicator {
    pub const ALL: [Indicator; 11] = [
        Indicator::InPost,
        Indicator::Starters,
        Indicator::Leavers,
        Indicator::Turnover,
        Indicator::Agency,
        Indicator::AgencyRate,
        Indicator::Vacancies,
        Indicator::VacancyRate,
        Indicator::VacanciesCoveredByAgency,
        Indicator::Caseload,
        Indicator::Absence,
    ];

    /// The column in DfE's CSV.
    pub fn column(self) -> &'static str {
        match self {
            Indicator::InPost => "inpost_fte",
            Indicator::Starters => "starters_fte",
            Indicator::Leavers => "leavers_fte",
            Indicator::Turnover => "turnover_rate_fte",
            Indicator::Agency => "agency_fte",
            Indicator::AgencyRate => "agency_rate_fte",
            Indicator::Vacancies => "vacancy_fte",
            Indicator::VacancyRate => "vacancy_rate_fte",
            Indicator::VacanciesCoveredByAgency => "vacancy_agency_cover_rate_fte",
            Indicator::Caseload => "caseload_fte",
            Indicator::Absence => "absence_rate_fte",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Indicator::InPost => "Social workers in post",
            Indicator::Starters => "Starters in the year",
            Indicator::Leavers => "Leavers in the year",
            Indicator::Turnover => "Turnover rate",
            Indicator::Agency => "Agency workers",
            Indicator::AgencyRate => "Agency rate",
            Indicator::Vacancies => "Vacancies",
            Indicator::VacancyRate => "Vacancy rate",
            Indicator::VacanciesCoveredByAgency => "Vacancies covered by agency",
            Indicator::Caseload => "Average caseload",
            Indicator::Absence => "Sickness absence rate",
        }
    }

    pub fn unit(self) -> Unit {
        match self {
            Indicator::Turnover
            | Indicator::AgencyRate
            | Indicator::VacancyRate
            | Indicator::VacanciesCoveredByAgency
            | Indicator::Absence => Unit::Percent,
            Indicator::Caseload => Unit::Cases,
            _ => Unit::Fte,
        }
    }

    /// DfE's definition, shown beside the figure.
    pub fn definition(self) -> &'static str {
        match self {
            Indicator::InPost => {
                "children and family social workers employed by the council, FTE at 30 September"
            }
            Indicator::Starters => {
                "social workers who joined in the 12 months to 30 September, FTE"
            }
            Indicator::Leavers => "social workers who left in the 12 months to 30 September, FTE",
            Indicator::Turnover => "leavers in the year ÷ social workers in post at 30 September",
            Indicator::Agency => "agency workers in post at 30 September, FTE",
            Indicator::AgencyRate => "agency workers ÷ (agency workers + social workers in post)",
            Indicator::Vacancies => "vacant posts at 30 September, FTE",
            Indicator::VacancyRate => "vacancies ÷ (vacancies + social workers in post)",
            Indicator::VacanciesCoveredByAgency => {
                "vacancies covered by an agency worker ÷ vacancies"
            }
            Indicator::Caseload => "cases ÷ social workers holding cases, at 30 September",
            Indicator::Absence => {
                "working days lost to sickness ÷ working days available in the year"
            }
        }
    }

    fn index(self) -> usize {
        Indicator::ALL.iter().position(|i| *i == self).unwrap_or(0)
    }

    /// A figure of this indicator as the page shows it: "11.8%", "36,186.3 FTE",
    /// "15.2 cases", or why it is not published.
    pub fn show(self, f: Figure, year: u16) -> String {
        let Some(t) = f.tenths() else {
            return not_published(f, year);
        };
        let n = Figure::Tenths(t).write();
        match self.unit() {
            Unit::Percent => format!("{}%", one_decimal(t)),
            Unit::Fte => format!("{} FTE", with_commas(&n)),
            Unit::Cases => format!("{n} cases"),
        }
    }
}

/// "not published for this place in 2025 (kept confidential)".
pub fn not_published(f: Figure, year: u16) -> String {
    match f {
        Figure::NotPublished(s) => format!("not published for {year} ({})", s.words()),
        _ => format!("no figures for {year}"),
    }
}

/// Tenths with one decimal always: 130 -> "13.0".
pub fn one_decimal(t: i64) -> String {
    format!("{}.{}", t / 10, t % 10)
}

/// "36186.3" -> "36,186.3".
fn with_commas(n: &str) -> String {
    let (whole, frac) = n.split_once('.').map_or((n, None), |(w, f)| (w, Some(f)));
    let mut out = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

/// An ONS code as the name of its file, `census/NAME.json`: letters and digits
/// kept, anything else `-` ("E06000061 / E06000062" is "E06000061---E06000062").
pub fn file_name(code: &str) -> String {
    code.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect()
}

/// The file format tag and version of the census files.
pub const FORMAT: &str = "retention-pay-census";
pub const VERSION: u32 = 1;

/// `census/CODE.json`: one council's years, with its region's and England's.
/// Each row is `[year, one cell per column]`, cells as in DfE's CSV.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CouncilFile {
    pub format: String,
    pub version: u32,
    /// The council's ONS code in the latest year, and its name that year.
    pub code: String,
    pub name: String,
    pub region_code: String,
    pub region: String,
    /// The indicators' CSV columns, in the rows' order.
    pub columns: Vec<String>,
    pub council: Vec<Vec<String>>,
    pub region_rows: Vec<Vec<String>>,
    pub england: Vec<Vec<String>>,
    /// Earlier years under another code, for the same area: `[year, code, name]`.
    pub earlier_codes: Vec<Vec<String>>,
}

/// `census/councils.json`: every council of the latest year, `[code, name,
/// region]`, by region and then by name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CouncilIndex {
    pub format: String,
    pub version: u32,
    pub latest_year: u16,
    pub councils: Vec<(String, String, String)>,
}

impl CouncilIndex {
    /// The name of the council with the ONS `code`, if the list has it.
    pub fn name(&self, code: &str) -> Option<&str> {
        self.councils
            .iter()
            .find(|c| c.0 == code)
            .map(|c| c.1.as_str())
    }
}

/// What is wrong with a census file or cell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CensusError {
    NotAFigure(String),
    NotACensusFile,
    Newer(u32),
    MissingColumn(String),
    BadRow,
}

impl CensusError {
    pub fn message(&self) -> String {
        match self {
            CensusError::NotAFigure(c) => format!("\"{c}\" is not a figure or one of DfE's codes"),
            CensusError::NotACensusFile => "the file is not this calculator's census file".into(),
            CensusError::Newer(v) => {
                format!("the file is version {v}, newer than this calculator reads")
            }
            CensusError::MissingColumn(c) => format!("the column {c} is missing"),
            CensusError::BadRow => "a row of the file is damaged".into(),
        }
    }
}

/// One place's figures, by reporting year.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Series {
    /// `(year, figures in [`Indicator::ALL`] order)`, oldest first.
    pub years: Vec<(u16, [Figure; 11])>,
}

impl Series {
    /// A figure for a year; [`Figure::NoRow`] where the year has no row.
    pub fn get(&self, year: u16, i: Indicator) -> Figure {
        self.years
            .iter()
            .find(|(y, _)| *y == year)
            .map_or(Figure::NoRow, |(_, f)| f[i.index()])
    }

    fn read(rows: &[Vec<String>], order: &[usize; 11]) -> Result<Series, CensusError> {
        let mut years = Vec::with_capacity(rows.len());
        for row in rows {
            let year: u16 = row
                .first()
                .and_then(|y| y.parse().ok())
                .ok_or(CensusError::BadRow)?;
            let mut figures = [Figure::NoRow; 11];
            for (slot, col) in figures.iter_mut().zip(order) {
                *slot = Figure::read(row.get(col + 1).ok_or(CensusError::BadRow)?)?;
            }
            // Rows come oldest first (the build writes them so): anything else
            // is a damaged file. (No sort here: it would cost the app kilobytes.)
            if years.last().is_some_and(|(last, _)| *last >= year) {
                return Err(CensusError::BadRow);
            }
            years.push((year, figures));
        }
        Ok(Series { years })
    }
}

/// A council's figures read from its file, with its region's and England's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CouncilFigures {
    pub code: String,
    pub name: String,
    pub region: String,
    pub council: Series,
    pub region_series: Series,
    pub england: Series,
    /// The latest reporting year in the data set (England's).
    pub latest: u16,
    pub earlier_codes: Vec<(u16, String, String)>,
}

impl CouncilFigures {
    /// Reads a council file. Errors: not a census file, a newer version, a
    /// missing column, a damaged row or cell.
    pub fn read(file: &CouncilFile) -> Result<CouncilFigures, CensusError> {
        if file.format != FORMAT {
            return Err(CensusError::NotACensusFile);
        }
        if file.version > VERSION {
            return Err(CensusError::Newer(file.version));
        }
        let mut order = [0usize; 11];
        for (slot, i) in order.iter_mut().zip(Indicator::ALL) {
            *slot = file
                .columns
                .iter()
                .position(|c| c == i.column())
                .ok_or_else(|| CensusError::MissingColumn(i.column().into()))?;
        }
        let england = Series::read(&file.england, &order)?;
        let latest = england.years.last().map_or(0, |(y, _)| *y);
        let earlier_codes = file
            .earlier_codes
            .iter()
            .filter_map(|r| match r.as_slice() {
                [y, c, n] => Some((y.parse().ok()?, c.clone(), n.clone())),
                _ => None,
            })
            .collect();
        Ok(CouncilFigures {
            code: file.code.clone(),
            name: file.name.clone(),
            region: file.region.clone(),
            council: Series::read(&file.council, &order)?,
            region_series: Series::read(&file.region_rows, &order)?,
            england,
            latest,
            earlier_codes,
        })
    }

    /// The latest year's figure for the council, its region and England.
    pub fn benchmark(&self, i: Indicator) -> [Figure; 3] {
        let y = self.latest;
        [
            self.council.get(y, i),
            self.region_series.get(y, i),
            self.england.get(y, i),
        ]
    }

    /// A plain sentence comparing the council with England and its region:
    /// "Agency rate 23.2% in 2025, against 13.0% in England and 15.1% in the
    /// South East." or why the council's figure is not published.
    pub fn compare_sentence(&self, i: Indicator) -> String {
        let y = self.latest;
        let [c, r, e] = self.benchmark(i);
        let show = |f: Figure| i.show(f, y);
        match c {
            Figure::Tenths(_) => format!(
                "{} {} in {y}, against {} in England and {} in {}.",
                i.label(),
                show(c),
                show(e),
                show(r),
                region_phrase(&self.region)
            ),
            _ => format!(
                "{} for {}: {}. England: {}; {}: {}.",
                i.label(),
                self.name,
                not_published(c, y),
                show(e),
                region_phrase(&self.region),
                show(r)
            ),
        }
    }
}

/// A region as a sentence names it: "the South East", "the East of England",
/// but "Inner London" and "Yorkshire and The Humber".
pub fn region_phrase(region: &str) -> String {
    if ["Inner", "Outer", "Yorkshire", "London"]
        .iter()
        .any(|w| region.starts_with(w))
    {
        region.to_string()
    } else {
        format!("the {region}")
    }
}

/// What a council's latest figures say about the fields they answer: the
/// workforce page's service now, and the turnover and agency cover shared by
/// Agency or permanent and Payback. Each is the text to put in the field, or
/// why it is not published.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answers {
    pub year: u16,
    /// Establishment = in post + vacancies, or in post + agency workers where
    /// there are more agency workers than vacancies, FTE.
    pub posts: Result<String, String>,
    /// Permanent = social workers in post, FTE.
    pub permanent: Result<String, String>,
    /// Agency workers, FTE.
    pub agency: Result<String, String>,
    /// Turnover rate, %.
    pub turnover: Result<String, String>,
    /// Share of vacancies covered by agency, %.
    pub agency_cover: Result<String, String>,
    /// Vacancy rate and agency rate, %, for a service entered as rates.
    pub vacancy_rate: Result<String, String>,
    pub agency_rate: Result<String, String>,
}

impl CouncilFigures {
    /// The fields the council's latest figures answer (see [`Answers`]).
    pub fn answers(&self) -> Answers {
        let y = self.latest;
        let get = |i| self.council.get(y, i);
        let text = |f: Figure| {
            f.tenths()
                .map(|t| Figure::Tenths(t).write())
                .ok_or_else(|| not_published(f, y))
        };
        // Where a council has more agency workers than vacancies (54 of 148
        // councils in 2025: agency staff also cover absence and extra posts),
        // the establishment counts a post for each, so the service is one the
        // workforce page can model (permanent + agency within it).
        let agency = match get(Indicator::Agency) {
            Figure::Tenths(t) => t,
            _ => 0,
        };
        let posts = match (get(Indicator::InPost), get(Indicator::Vacancies)) {
            (Figure::Tenths(a), Figure::Tenths(b)) => Ok(Figure::Tenths(a + b.max(agency)).write()),
            (Figure::Tenths(_), v) => Err(format!("vacancies {}", not_published(v, y))),
            (p, _) => Err(format!("social workers in post {}", not_published(p, y))),
        };
        Answers {
            year: y,
            posts,
            permanent: text(get(Indicator::InPost)),
            agency: text(get(Indicator::Agency)),
            turnover: text(get(Indicator::Turnover)),
            agency_cover: text(get(Indicator::VacanciesCoveredByAgency)),
            vacancy_rate: text(get(Indicator::VacancyRate)),
            agency_rate: text(get(Indicator::AgencyRate)),
        }
    }
}

/// A made-up shire council for tests: 176.9 FTE in post, 58.9 vacancies, 52.5
/// agency, turnover 10%, agency rate 22.9%; its agency cover and absence as
/// given; the South East and England (England's 2025 figures) beside it.
#[cfg(test)]
pub(crate) fn sample(agency_cover: &str, absence: &str) -> CouncilFile {
    let row = |cells: [&str; 11]| -> Vec<String> {
        std::iter::once("2025")
            .chain(cells)
            .map(String::from)
            .collect()
    };
    CouncilFile {
        format: FORMAT.into(),
        version: VERSION,
        code: "E10000099".into(),
        name: "Shire".into(),
        region_code: "E12000008".into(),
        region: "South East".into(),
        columns: Indicator::ALL
            .iter()
            .map(|i| i.column().to_string())
            .collect(),
        council: vec![row([
            "176.9",
            "30",
            "17.7",
            "10",
            "52.5",
            "22.9",
            "58.9",
            "25",
            agency_cover,
            "16",
            absence,
        ])],
        region_rows: vec![row([
            "5000", "600", "500", "10", "900", "15.3", "800", "13.8", "70", "15", "3",
        ])],
        england: vec![row([
            "36186.3", "5837.8", "4276.3", "11.8", "5415.9", "13", "5965.4", "14.2", "73.6",
            "15.2", "3.5",
        ])],
        earlier_codes: vec![],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_read_as_published() {
        assert_eq!(Figure::read("36186.3"), Ok(Figure::Tenths(361_863)));
        assert_eq!(Figure::read("13"), Ok(Figure::Tenths(130)));
        assert_eq!(Figure::read("0"), Ok(Figure::Tenths(0)));
        assert_eq!(
            Figure::read("c"),
            Ok(Figure::NotPublished(Suppressed::Confidential))
        );
        assert_eq!(
            Figure::read("low"),
            Ok(Figure::NotPublished(Suppressed::Low))
        );
        for bad in ["", "1.25", "-3", "abc", "1e5", ".5", "1,000", "9999999999"] {
            assert!(Figure::read(bad).is_err(), "{bad}");
        }
        assert_eq!(Figure::Tenths(361_863).write(), "36186.3");
        assert_eq!(Figure::Tenths(130).write(), "13");
        assert_eq!(
            Indicator::InPost.show(Figure::Tenths(361_863), 2025),
            "36,186.3 FTE"
        );
        assert_eq!(
            Indicator::AgencyRate.show(Figure::Tenths(130), 2025),
            "13.0%"
        );
        assert_eq!(
            Indicator::Turnover.show(Figure::NotPublished(Suppressed::NotAvailable), 2025),
            "not published for 2025 (not available)"
        );
    }

    fn file() -> CouncilFile {
        sample("c", "x")
    }

    /// The benchmark sentence and the answers: establishment 176.9 + 58.9 =
    /// 235.8 FTE; agency cover confidential, so not filled and said so.
    #[test]
    fn a_council_beside_its_region_and_england() {
        let c = CouncilFigures::read(&file()).unwrap();
        assert_eq!(
            c.compare_sentence(Indicator::AgencyRate),
            "Agency rate 22.9% in 2025, against 13.0% in England and 15.3% in the South East."
        );
        assert_eq!(
            c.compare_sentence(Indicator::Absence),
            "Sickness absence rate for Shire: not published for 2025 (not available). England: 3.5%; the South East: 3.0%."
        );
        assert_eq!(region_phrase("Inner London"), "Inner London");
        assert_eq!(
            region_phrase("Yorkshire and The Humber"),
            "Yorkshire and The Humber"
        );
        assert_eq!(region_phrase("East of England"), "the East of England");
        let a = c.answers();
        assert_eq!(a.posts, Ok("235.8".into()));
        assert_eq!(a.permanent, Ok("176.9".into()));
        assert_eq!(a.agency, Ok("52.5".into()));
        assert_eq!(a.turnover, Ok("10".into()));
        assert_eq!(
            a.agency_cover,
            Err("not published for 2025 (kept confidential)".into())
        );
    }

    /// Found trying issue 21's fixes: Lincolnshire's 2025 figures (361.7 in
    /// post, 22 vacancies, 22.2 agency) gave an establishment of 383.7, less
    /// than 361.7 + 22.2 = 383.9 permanent and agency, and the workforce page
    /// opened in error. With more agency workers than vacancies each has a
    /// post: the shire with 60 agency and 58.9 vacancies has 176.9 + 60 = 236.9.
    #[test]
    fn more_agency_workers_than_vacancies_each_have_a_post() {
        let mut f = file();
        assert_eq!(f.columns[4], Indicator::Agency.column());
        f.council[0][5] = "60".into();
        let a = CouncilFigures::read(&f).unwrap().answers();
        assert_eq!(a.posts, Ok("236.9".into()));
        assert_eq!(a.agency, Ok("60".into()));
    }

    #[test]
    fn a_damaged_or_foreign_file_is_refused() {
        let mut f = file();
        f.format = "something".into();
        assert_eq!(CouncilFigures::read(&f), Err(CensusError::NotACensusFile));
        let mut f = file();
        f.version = 2;
        assert_eq!(CouncilFigures::read(&f), Err(CensusError::Newer(2)));
        let mut f = file();
        f.columns.pop();
        assert!(matches!(
            CouncilFigures::read(&f),
            Err(CensusError::MissingColumn(_))
        ));
        let mut f = file();
        f.council[0][3] = "12.34".into();
        assert!(matches!(
            CouncilFigures::read(&f),
            Err(CensusError::NotAFigure(_))
        ));
        let mut f = file();
        f.council[0].truncate(4);
        assert_eq!(CouncilFigures::read(&f), Err(CensusError::BadRow));
        // Years out of order, or twice: damaged.
        let mut f = file();
        f.england.push(f.england[0].clone());
        assert_eq!(CouncilFigures::read(&f), Err(CensusError::BadRow));
    }
}
