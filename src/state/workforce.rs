//! The workforce strategy page's form and [`compute`] (issue 12). Its own
//! fields are one table, [`WField`]: each field's id, link key, label, hint,
//! default and how it is read are spelled there and nowhere else. It draws on
//! the other pages: turnover, agency cover, time to fill, recruitment and the
//! costs a FTE from Agency or permanent; the scheme's cost a head from Retention.

use super::cost::{compute as compute_cost, CostField, CostForm};
use super::retention::{scheme_cost_only, FieldError, RetentionForm};
use crate::engine::input::{parse_decimal, parse_money, parse_percent, parse_whole, InputError};
use crate::engine::money::{Pence, Ratio};
use crate::engine::payback::scheme_cost_a_year;
use crate::engine::workforce::{
    compare, turnover_counted, Comparison, Flows, Fte, Inputs, SchemeLever, Service, UnitCosts,
    WorkforceError, MAX_YEARS,
};

/// How a field is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// FTE, up to two decimal places, at most this many.
    Fte(i64),
    Percent,
    Money,
    /// Whole months, at most this many.
    Months(u32),
    Years,
}

/// The page's own fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WField {
    Posts,
    Permanent,
    Agency,
    VacancyRate,
    AgencyRate,
    HiresNow,
    HiresWith,
    Conversions,
    Trainees,
    Qualify,
    Stay,
    Training,
    TakeUp,
    Cut,
    Years,
}

impl WField {
    pub const ALL: [WField; 15] = [
        WField::Posts,
        WField::Permanent,
        WField::Agency,
        WField::VacancyRate,
        WField::AgencyRate,
        WField::HiresNow,
        WField::HiresWith,
        WField::Conversions,
        WField::Trainees,
        WField::Qualify,
        WField::Stay,
        WField::Training,
        WField::TakeUp,
        WField::Cut,
        WField::Years,
    ];

    /// (link key after `w.`, label, hint, default, kind, example)
    fn spec(
        self,
    ) -> (
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        Kind,
        &'static str,
    ) {
        use Kind::*;
        match self {
            WField::Posts => ("posts", "Establishment: posts, in FTE", "Every post in the service, filled or not", "100", Fte(5_000), "100"),
            WField::Permanent => ("permanent", "Permanent staff in post now, in FTE", "Default: 85.8 of 100, the national vacancy rate of 14.2% (DfE, 2025)", "85.8", Fte(5_000), "85.8"),
            WField::Agency => ("agency", "Agency staff covering posts now, in FTE", "Default: 73.6% of the vacant posts covered by agency (DfE, 2025)", "10.5", Fte(5_000), "10.5"),
            WField::VacancyRate => ("vacancy-rate", "Vacancy rate now, %", "Vacancies / (vacancies + staff in post), in FTE, as DfE counts them. Default: 14.2% (DfE, 2025)", "14.2", Percent, "14.2"),
            WField::AgencyRate => ("agency-rate", "Agency rate now, %", "Agency workers / (agency workers + staff in post), in FTE, as DfE counts them. Default: 13% (DfE, 2025)", "13", Percent, "13"),
            WField::HiresNow => ("hires", "Permanent hires you can make a month, as now, in FTE", "Your recruitment capacity: how many starters a month at most", "1", Fte(500), "1"),
            WField::HiresWith => ("s.hires", "Permanent hires a month, with the strategy, in FTE", "For example more, with a recruitment campaign", "1", Fte(500), "1.5"),
            WField::Conversions => ("convert", "Agency workers converted to permanent, a year, in FTE", "", "2", Fte(5_000), "2"),
            WField::Trainees => ("trainees", "Trainees a year (grow your own), in FTE", "Apprentices or trainees, counted outside the establishment while they train", "4", Fte(5_000), "4"),
            WField::Qualify => ("qualify", "Months for a trainee to qualify", "", "24", Months(72), "24"),
            WField::Stay => ("stay", "Trainees who qualify and stay, %", "Default: Coventry's apprentices, 54 of 58 stayed (93%)", "93", Percent, "93"),
            WField::Training => ("train-cost", "Training cost a trainee, in pounds", "No published figure: enter your own (course fees, backfill, supervision)", "0", Money, "25000"),
            WField::TakeUp => ("take-up", "Permanent staff on the scheme, %", "The scheme is the one on the Retention page", "100", Percent, "100"),
            WField::Cut => ("cut", "Cut in turnover among staff on the scheme, %", "Your assumption: no published figure. 20 means a turnover of 11.8% falls to 9.44% for them", "0", Percent, "20"),
            WField::Years => ("years", "Years to look ahead", "1 to 5", "5", Years, "5"),
        }
    }

    /// The field's id on the page: `w-posts`.
    pub fn id(self) -> String {
        format!("w-{}", self.spec().0)
    }

    /// The link key: `w.posts`.
    pub fn key(self) -> String {
        format!("w.{}", self.spec().0)
    }

    pub fn label(self) -> &'static str {
        self.spec().1
    }

    pub fn hint(self) -> &'static str {
        self.spec().2
    }

    pub fn from_id(id: &str) -> Option<WField> {
        WField::ALL.into_iter().find(|f| f.id() == id)
    }

    pub fn from_key(key: &str) -> Option<WField> {
        WField::ALL.into_iter().find(|f| f.key() == key)
    }

    fn index(self) -> usize {
        WField::ALL.iter().position(|f| *f == self).unwrap_or(0)
    }
}

/// The id of the scheme checkbox ("with the strategy, pay the scheme").
pub const SCHEME_ID: &str = "w-scheme";
/// Its link key.
pub const SCHEME_KEY: &str = "w.scheme";
/// The name of the radios "the service now is given as" FTE counts or rates.
pub const SERVICE_AS: &str = "w-service-as";
/// Its link key: `w.rates=1` when given as rates; absent (old links) or `0`: counts.
pub const RATES_KEY: &str = "w.rates";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkforceForm {
    values: [String; 15],
    /// Pay the Retention page's scheme in the strategy.
    pub scheme: bool,
    /// The service now is given as the vacancy and agency rates, not FTE counts.
    pub by_rates: bool,
}

impl Default for WorkforceForm {
    fn default() -> Self {
        WorkforceForm {
            values: WField::ALL.map(|f| f.spec().3.to_string()),
            scheme: true,
            by_rates: false,
        }
    }
}

impl WorkforceForm {
    pub fn get(&self, f: WField) -> &str {
        &self.values[f.index()]
    }

    /// Whether the field is read: the FTE counts or the rates of the service
    /// now, whichever it is given as; every other field always.
    pub fn in_use(&self, f: WField) -> bool {
        match f {
            WField::Permanent | WField::Agency => !self.by_rates,
            WField::VacancyRate | WField::AgencyRate => self.by_rates,
            _ => true,
        }
    }

    pub fn set(&mut self, f: WField, v: String) {
        self.values[f.index()] = v;
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WorkforceAction {
    Set(WField, String),
    SetScheme(bool),
    SetByRates(bool),
}

pub fn reduce(form: &WorkforceForm, action: WorkforceAction) -> WorkforceForm {
    let mut f = form.clone();
    match action {
        WorkforceAction::Set(field, v) => f.set(field, v),
        WorkforceAction::SetScheme(b) => f.scheme = b,
        WorkforceAction::SetByRates(b) => f.by_rates = b,
    }
    f
}

/// A field read: FTE, a share, pounds, or a count (months or years).
#[derive(Clone, Copy)]
enum Read {
    Fte(Fte),
    Share(Ratio),
    Money(Pence),
    Count(u32),
}

fn read(form: &WorkforceForm, f: WField) -> Result<Read, InputError> {
    let text = form.get(f);
    Ok(match f.spec().4 {
        Kind::Fte(max) => Read::Fte(Fte::from_ratio(parse_decimal(text, max)?)),
        Kind::Percent => Read::Share(parse_percent(text, 100)?),
        Kind::Money => Read::Money(parse_money(text)?),
        Kind::Months(max) => Read::Count(parse_whole(text, max)?),
        Kind::Years => match parse_whole(text, MAX_YEARS)? {
            0 => return Err(InputError::TooSmall { min: "1".into() }),
            n => Read::Count(n),
        },
    })
}

/// Everything the page shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkforceResults {
    pub comparison: Comparison,
    pub inputs: Inputs,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkforceView {
    pub errors: Vec<FieldError>,
    /// Errors on the other pages that stop the results.
    pub blocked_by: Vec<&'static str>,
    pub results: Option<WorkforceResults>,
}

/// The page's fields read, by field; `None` for one with an error.
struct Fields {
    values: [Option<Read>; 15],
}

impl Fields {
    fn fte(&self, f: WField) -> Option<Fte> {
        match self.values[f.index()]? {
            Read::Fte(v) => Some(v),
            _ => None,
        }
    }
    fn share(&self, f: WField) -> Option<Ratio> {
        match self.values[f.index()]? {
            Read::Share(v) => Some(v),
            _ => None,
        }
    }
    fn money(&self, f: WField) -> Option<Pence> {
        match self.values[f.index()]? {
            Read::Money(v) => Some(v),
            _ => None,
        }
    }
    fn count(&self, f: WField) -> Option<u32> {
        match self.values[f.index()]? {
            Read::Count(v) => Some(v),
            _ => None,
        }
    }
}

fn read_all(form: &WorkforceForm, errors: &mut Vec<FieldError>) -> Fields {
    let values = WField::ALL.map(|f| match read(form, f) {
        _ if !form.in_use(f) => None,
        Ok(v) => Some(v),
        Err(e) => {
            let (_, label, _, _, _, example) = f.spec();
            let what = label
                .split(',')
                .next()
                .unwrap_or(label)
                .to_ascii_lowercase();
            errors.push(FieldError {
                id: f.id(),
                message: e.message(&what, example),
            });
            None
        }
    });
    Fields { values }
}

/// Reads the page (with the shared inputs of the other pages) and works out both scenarios.
#[inline(never)]
pub fn compute(form: &WorkforceForm, cost: &CostForm, retention: &RetentionForm) -> WorkforceView {
    let mut errors = Vec::new();
    let f = read_all(form, &mut errors);
    let cost_view = compute_cost(cost, retention);
    // The shared inputs that live on the cost page: their errors show here too.
    let shared = [
        CostField::Turnover,
        CostField::AgencyCover,
        CostField::VacancyMonths,
        CostField::Recruitment,
    ];
    errors.extend(
        cost_view
            .errors
            .iter()
            .filter(|e| shared.iter().any(|s| s.id() == e.id))
            .cloned(),
    );
    let mut blocked_by = Vec::new();
    if cost_view.results.is_none() {
        blocked_by.push("Agency or permanent");
    }
    let scheme_a_head = if form.scheme {
        let a_head = scheme_cost_only(retention)
            .map(|(scheme, _, cost)| scheme_cost_a_year(&scheme, cost.total.total));
        if a_head.is_none() {
            blocked_by.push("Retention payments and clawback");
        }
        a_head
    } else {
        Some(Pence(0))
    };

    let results = (|| {
        let c = cost_view.results?;
        let service = match service(form, &f)? {
            Ok(s) => s,
            Err(e) => return Some(Err(e)),
        };
        let as_now = Flows {
            turnover: c.inputs.turnover,
            cover: c.inputs.agency_cover,
            hires_a_month: f.fte(WField::HiresNow)?,
            time_to_fill: c.inputs.vacancy_months,
            conversions_a_year: Fte::ZERO,
            trainees_a_year: Fte::ZERO,
            months_to_qualify: 0,
            trainees_stay: Ratio::ONE,
            scheme: None,
        };
        let scheme = if form.scheme {
            Some(SchemeLever {
                take_up: f.share(WField::TakeUp)?,
                turnover_cut: f.share(WField::Cut)?,
                cost_a_head: scheme_a_head?,
            })
        } else {
            None
        };
        let strategy = Flows {
            hires_a_month: f.fte(WField::HiresWith)?,
            conversions_a_year: f.fte(WField::Conversions)?,
            trainees_a_year: f.fte(WField::Trainees)?,
            months_to_qualify: f.count(WField::Qualify)?,
            trainees_stay: f.share(WField::Stay)?,
            scheme,
            ..as_now
        };
        let inputs = Inputs {
            service,
            as_now,
            strategy,
            costs: UnitCosts {
                permanent_a_year: c.permanent.running,
                agency_a_year: c.agency.annual,
                recruitment_a_hire: c.inputs.recruitment,
                training_a_head: f.money(WField::Training)?,
            },
            years: f.count(WField::Years)?,
        };
        Some(compare(&inputs).map(|comparison| WorkforceResults { comparison, inputs }))
    })();
    let results = match results {
        Some(Ok(r)) => Some(r),
        Some(Err(e)) => {
            errors.push(service_error(e, form.by_rates));
            None
        }
        None => None,
    };
    WorkforceView {
        errors,
        blocked_by,
        results,
    }
}

/// The service now, from the FTE counts or the rates it is given as; `None`
/// while a field it needs has an error.
fn service(form: &WorkforceForm, f: &Fields) -> Option<Result<Service, WorkforceError>> {
    let establishment = f.fte(WField::Posts)?;
    Some(if form.by_rates {
        Service::from_rates(
            establishment,
            f.share(WField::VacancyRate)?,
            f.share(WField::AgencyRate)?,
        )
    } else {
        Ok(Service {
            establishment,
            permanent: f.fte(WField::Permanent)?,
            agency: f.fte(WField::Agency)?,
        })
    })
}

/// The service now in both forms, each beside the other: "85.8 FTE in post of
/// an establishment of 100.0 FTE = a vacancy rate of 14.2%; 10.5 agency FTE = an agency rate of
/// 10.9%; 3.7 FTE vacant and not covered."
pub fn service_sentence(s: &Service) -> String {
    let staff = s.staff();
    format!(
        "{} FTE in post of an establishment of {} FTE = a vacancy rate of {}; {} agency FTE = an agency rate of {}; {} FTE vacant and not covered.",
        s.permanent.label(),
        s.establishment.label(),
        staff.vacancy_rate().percent_label(),
        s.agency.label(),
        staff.agency_rate().percent_label(),
        s.uncovered().label(),
    )
}

/// How the turnover entered becomes the model's monthly flows, and why the
/// census-defined turnover in the tables can read above it, with the numbers
/// (see [`turnover_counted`]).
pub fn turnover_sentence(t: Ratio) -> String {
    let c = turnover_counted(t);
    let t = t.percent_label();
    let nobody = c
        .not_replaced
        .map(|r| {
            format!(
                "; in one that replaces nobody, {t} leave and {} remain: {}",
                c.entered.complement().percent_label(),
                r.percent_label()
            )
        })
        .unwrap_or_default();
    format!(
        "The model takes the turnover entered, {t}, as a chance of leaving each month of h = 1 − (1 − {t})^(1/12) = {h}, so that of the staff in post at the start {t} have left a year later. The census counts all of a year's leavers against those in post at its end, so it can read a little higher: in a service that replaces its leavers as they go, 12 × h = {r}, because the replacements can leave within the year too{nobody}.",
        h = c.monthly.percent_label(),
        r = c.replaced.percent_label(),
    )
}

fn service_error(e: WorkforceError, by_rates: bool) -> FieldError {
    let (f, message) = match e {
        WorkforceError::NoEstablishment => (WField::Posts, "Enter an establishment of more than 0 FTE"),
        WorkforceError::EstablishmentTooLarge => (WField::Posts, "Enter an establishment of 5,000 FTE or fewer"),
        WorkforceError::AgencyRateTooHigh => (
            WField::AgencyRate,
            "Enter an agency rate no higher than the vacancy rate, and below 100%: agency staff here cover vacant posts",
        ),
        WorkforceError::OverEstablishment if by_rates => (
            WField::AgencyRate,
            "The agency rate needs more agency staff than there are vacant posts: lower it, or raise the vacancy rate",
        ),
        WorkforceError::OverEstablishment => (
            WField::Agency,
            "The permanent and agency staff add up to more than the establishment: lower one of them, or raise the establishment",
        ),
        WorkforceError::Years => (WField::Years, "Enter from 1 to 5 years"),
    };
    FieldError {
        id: f.id(),
        message: message.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(edit: impl FnOnce(&mut WorkforceForm)) -> WorkforceView {
        let mut form = WorkforceForm::default();
        edit(&mut form);
        compute(&form, &CostForm::default(), &RetentionForm::default())
    }

    #[test]
    fn ids_and_keys_are_one_table() {
        for f in WField::ALL {
            assert_eq!(WField::from_id(&f.id()), Some(f));
            assert_eq!(WField::from_key(&f.key()), Some(f));
            assert!(!f.label().is_empty());
        }
        assert_eq!(WField::Posts.id(), "w-posts");
        assert_eq!(WField::HiresWith.key(), "w.s.hires");
    }

    #[test]
    fn the_defaults_work_out() {
        let v = view(|_| {});
        assert_eq!(v.errors, vec![]);
        let r = v.results.unwrap();
        // 85.8 + 10.5 + 3.7 uncovered = 100.
        assert_eq!(r.inputs.service.uncovered(), Fte(3_700_000));
        assert_eq!(r.comparison.as_now.years.len(), 5);
        // The scheme is the default Retention scheme spread over its span.
        assert!(r.inputs.strategy.scheme.unwrap().cost_a_head.0 > 0);
    }

    #[test]
    fn errors_are_by_the_field_and_keep_the_text() {
        let v = view(|f| {
            f.set(WField::Permanent, "95".into());
            f.set(WField::Years, "7".into());
        });
        assert_eq!(v.errors.len(), 1, "{:?}", v.errors);
        assert_eq!(v.errors[0].id, "w-years");
        assert!(
            v.errors[0].message.contains("years to look ahead"),
            "{}",
            v.errors[0].message
        );
        let v = view(|f| f.set(WField::Permanent, "95".into()));
        assert_eq!(v.errors[0].id, "w-agency");
        assert!(v.errors[0].message.contains("more than the establishment"));
        let v = view(|f| f.set(WField::Posts, "0".into()));
        assert_eq!(v.errors[0].id, "w-posts");
    }

    #[test]
    fn a_service_given_as_rates_is_read_as_counts_and_said_both_ways() {
        // A shire county: 230 posts, vacancy rate 25%, agency rate 23%. In post =
        // 230 × 0.75 = 172.5; agency = 172.5 × 0.23 / 0.77 = 51.53; uncovered =
        // 230 − 172.5 − 51.53 = 5.97. The FTE counts typed before are not read
        // (and not lost).
        let v = view(|f| {
            f.by_rates = true;
            f.set(WField::Posts, "230".into());
            f.set(WField::VacancyRate, "25".into());
            f.set(WField::AgencyRate, "23".into());
            f.set(WField::Permanent, "not read".into());
        });
        assert_eq!(v.errors, vec![]);
        let s = v.results.unwrap().inputs.service;
        assert_eq!((s.permanent, s.agency), (Fte(172_500_000), Fte(51_525_974)));
        assert_eq!(
            service_sentence(&s),
            "172.5 FTE in post of an establishment of 230.0 FTE = a vacancy rate of 25%; 51.5 agency FTE = an agency rate of 23%; 6.0 FTE vacant and not covered."
        );
        // The default counts, said as rates: vacancies 10.5 + 3.7 = 14.2 of 100 =
        // 14.2%; agency 10.5 / (10.5 + 85.8) = 10.5 / 96.3 = 10.90%.
        let d = view(|_| {}).results.unwrap().inputs.service;
        assert_eq!(
            service_sentence(&d),
            "85.8 FTE in post of an establishment of 100.0 FTE = a vacancy rate of 14.2%; 10.5 agency FTE = an agency rate of 10.9%; 3.7 FTE vacant and not covered."
        );
    }

    #[test]
    fn the_turnover_sentence_gives_the_census_figures_for_the_rate_entered() {
        // 10%: h = 1 − 0.9^(1/12) = 0.87416% (shown 0.87%); 12 × h = 10.49%;
        // nobody replaced: 10 leave of 100, 90 remain, 10 / 90 = 11.11%.
        let s = turnover_sentence(Ratio::bp(1000));
        assert!(s.contains("h = 1 − (1 − 10%)^(1/12) = 0.87%"), "{s}");
        assert!(s.contains("12 × h = 10.49%"), "{s}");
        assert!(s.contains("10% leave and 90% remain: 11.11%"), "{s}");
    }

    #[test]
    fn an_agency_rate_above_the_vacancy_rate_is_refused_by_its_field() {
        let v = view(|f| {
            f.by_rates = true;
            f.set(WField::VacancyRate, "10".into());
            f.set(WField::AgencyRate, "12".into());
        });
        assert_eq!(v.errors.len(), 1, "{:?}", v.errors);
        assert_eq!(v.errors[0].id, "w-agency-rate");
        assert!(v.errors[0]
            .message
            .contains("no higher than the vacancy rate"));
        assert!(v.results.is_none());
        // Counts mode does not read the rates, so a bad rate there is no error.
        let v = view(|f| f.set(WField::AgencyRate, "abc".into()));
        assert_eq!(v.errors, vec![]);
    }

    #[test]
    fn without_the_scheme_the_strategy_pays_nothing_for_it() {
        let mut form = WorkforceForm::default();
        form = reduce(&form, WorkforceAction::SetScheme(false));
        let r = compute(&form, &CostForm::default(), &RetentionForm::default())
            .results
            .unwrap();
        assert!(r
            .comparison
            .strategy
            .years
            .iter()
            .all(|y| y.costs.scheme == Pence(0)));
    }
}
