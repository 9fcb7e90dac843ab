//! The agency-versus-permanent calculator's form, its reducer, and [`compute`].
//!
//! The worker's pay settings (salary, FTE, tax year, pension rate, levy) are shared
//! with the retention calculator and live in [`RetentionForm`], so changing them on
//! either page changes both. The retention scheme can be linked in as a cost.

use super::retention::{scheme_cost_only, FieldError, RetentionForm};
use crate::engine::agency::{
    self, AgencyCost, AgencyInputs, Cap, CapCheck, Charge, Margin, Region, Role,
};
use crate::engine::input::{
    parse_decimal, parse_money, parse_months, parse_percent, parse_whole, InputError,
};
use crate::engine::money::{Pence, Ratio};
use crate::engine::payback::scheme_cost_a_year;
use crate::engine::permanent::{
    self, Comparison, Overheads, PermanentCost, PermanentInputs, Team, TeamCost,
};
use crate::engine::rates;

/// The text inputs of this page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CostField {
    Supplement,
    Overheads,
    Recruitment,
    Turnover,
    VacancyMonths,
    AgencyCover,
    Hourly,
    Pay,
    Margin,
    DayRate,
    DaysPerWeek,
    Hours,
    Weeks,
    Posts,
    AgencyNow,
    AgencyAfter,
}

impl CostField {
    pub const ALL: [CostField; 16] = [
        CostField::Supplement,
        CostField::Overheads,
        CostField::Recruitment,
        CostField::Turnover,
        CostField::VacancyMonths,
        CostField::AgencyCover,
        CostField::Hourly,
        CostField::Pay,
        CostField::Margin,
        CostField::DayRate,
        CostField::DaysPerWeek,
        CostField::Hours,
        CostField::Weeks,
        CostField::Posts,
        CostField::AgencyNow,
        CostField::AgencyAfter,
    ];

    /// The key in links, and (with `c-`) the DOM id.
    pub fn slug(self) -> &'static str {
        match self {
            CostField::Supplement => "supplement",
            CostField::Overheads => "overheads",
            CostField::Recruitment => "recruitment",
            CostField::Turnover => "turnover",
            CostField::VacancyMonths => "vacancy",
            CostField::AgencyCover => "cover",
            CostField::Hourly => "hourly",
            CostField::Pay => "pay",
            CostField::Margin => "margin",
            CostField::DayRate => "day-rate",
            CostField::DaysPerWeek => "days",
            CostField::Hours => "hours",
            CostField::Weeks => "weeks",
            CostField::Posts => "posts",
            CostField::AgencyNow => "agency-now",
            CostField::AgencyAfter => "agency-after",
        }
    }

    pub fn from_slug(s: &str) -> Option<CostField> {
        CostField::ALL.into_iter().find(|f| f.slug() == s)
    }

    pub fn id(self) -> String {
        format!("c-{}", self.slug())
    }
}

/// How the agency price is given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Basis {
    Hourly,
    PayPlusMargin,
    Daily,
}

impl Basis {
    pub const ALL: [Basis; 3] = [Basis::Hourly, Basis::PayPlusMargin, Basis::Daily];

    pub fn slug(self) -> &'static str {
        match self {
            Basis::Hourly => "hourly",
            Basis::PayPlusMargin => "pay-margin",
            Basis::Daily => "daily",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Basis::Hourly => "An hourly charge rate",
            Basis::PayPlusMargin => "The locum's pay rate plus the agency's margin",
            Basis::Daily => "A day rate",
        }
    }

    pub fn from_slug(s: &str) -> Option<Basis> {
        Basis::ALL.into_iter().find(|b| b.slug() == s)
    }
}

/// The page as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CostForm {
    text: Vec<(CostField, String)>,
    pub supplement_pensionable: bool,
    /// Overheads as a % of pay (else £ a year).
    pub overheads_percent: bool,
    /// Add the retention calculator's scheme to the permanent cost.
    pub link_scheme: bool,
    pub basis: Basis,
    /// Margin as a % of pay (else £ an hour).
    pub margin_percent: bool,
    pub region: Region,
    pub role: Role,
    /// Price caps entered, £ an hour as typed, by region and role.
    pub caps: Vec<(Region, Role, String)>,
}

impl Default for CostForm {
    fn default() -> Self {
        let pct = |r: Ratio| r.percent_label().trim_end_matches('%').to_string();
        let text = CostField::ALL
            .into_iter()
            .map(|f| {
                let v = match f {
                    CostField::Supplement => "0".to_string(),
                    CostField::Overheads => "0".to_string(),
                    CostField::Recruitment => rates::RECRUITMENT_PER_HIRE.to_input_string(),
                    CostField::Turnover => pct(rates::TURNOVER_2025),
                    CostField::VacancyMonths => "3".to_string(),
                    CostField::AgencyCover => pct(rates::AGENCY_COVER_2025),
                    CostField::Hourly => rates::AGENCY_RATE_PLACEHOLDER.to_input_string(),
                    CostField::Pay => "32".to_string(),
                    CostField::Margin => "25".to_string(),
                    CostField::DayRate => "350".to_string(),
                    CostField::DaysPerWeek => "5".to_string(),
                    CostField::Hours => rates::FULL_TIME_HOURS.to_string(),
                    CostField::Weeks => rates::BILLABLE_WEEKS_DEFAULT.to_string(),
                    CostField::Posts => "10".to_string(),
                    CostField::AgencyNow => "2".to_string(),
                    CostField::AgencyAfter => "1".to_string(),
                };
                (f, v)
            })
            .collect();
        CostForm {
            text,
            supplement_pensionable: true,
            overheads_percent: false,
            link_scheme: false,
            basis: Basis::Hourly,
            margin_percent: true,
            region: Region::London,
            role: Role::SocialWorker,
            caps: Vec::new(),
        }
    }
}

impl CostForm {
    pub fn get(&self, f: CostField) -> &str {
        self.text
            .iter()
            .find(|(k, _)| *k == f)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    }

    pub fn set(&mut self, f: CostField, value: String) {
        match self.text.iter_mut().find(|(k, _)| *k == f) {
            Some(slot) => slot.1 = value,
            None => self.text.push((f, value)),
        }
    }

    pub fn cap(&self, region: Region, role: Role) -> &str {
        cap_in(&self.caps, region, role)
    }

    /// Sets a cap; a blank one is removed.
    pub fn set_cap(&mut self, region: Region, role: Role, value: String) {
        self.caps.retain(|(r, o, _)| !(*r == region && *o == role));
        if !value.trim().is_empty() {
            self.caps.push((region, role, value));
        }
    }
}

/// The cap entered for `region` and `role` in `caps` (as [`CostForm::caps`]
/// holds them), as typed; "" if none.
pub fn cap_in(caps: &[(Region, Role, String)], region: Region, role: Role) -> &str {
    caps.iter()
        .find(|(r, o, _)| *r == region && *o == role)
        .map(|(_, _, v)| v.as_str())
        .unwrap_or("")
}

/// Every region and role in the cap grid's order: region by region (as
/// [`Region::ALL`]), each role in turn (as [`Role::ALL`]).
fn cap_grid() -> impl Iterator<Item = (Region, Role)> {
    Region::ALL
        .into_iter()
        .flat_map(|region| Role::ALL.into_iter().map(move |role| (region, role)))
}

/// The caps entered as one sentence, for print (the grid of boxes is too wide
/// for half an A4 page): in the grid's order (region, then role), whatever the
/// order they were typed in, each readable one as money (`61.5` is £61.50) and
/// an unreadable one as typed (its error is by its box on screen).
pub fn caps_printed(caps: &[(Region, Role, String)]) -> String {
    let entered: Vec<String> = cap_grid()
        .filter_map(|(region, role)| {
            let text = cap_in(caps, region, role).trim();
            (!text.is_empty()).then(|| {
                let value = parse_money(text).map_or_else(|_| text.to_string(), Pence::format);
                format!("{}, {}: {value}", region.label(), role.label())
            })
        })
        .collect();
    if entered.is_empty() {
        "Price caps entered: none.".to_string()
    } else {
        format!("Price caps entered (£ an hour): {}.", entered.join("; "))
    }
}

/// What every cap input's DOM id starts with.
pub const CAP_ID_PREFIX: &str = "cap-";

/// The DOM id of a cap input: `cap-london-sw`.
pub fn cap_id(region: Region, role: Role) -> String {
    format!("{CAP_ID_PREFIX}{}-{}", region.slug(), role.slug())
}

/// The link key of a cap: `cap.london.sw`.
pub fn cap_key(region: Region, role: Role) -> String {
    format!("cap.{}.{}", region.slug(), role.slug())
}

/// The region and role of a cap input's DOM id.
pub fn cap_of_id(id: &str) -> Option<(Region, Role)> {
    Region::ALL
        .into_iter()
        .flat_map(|region| Role::ALL.map(|role| (region, role)))
        .find(|&(region, role)| cap_id(region, role) == id)
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CostAction {
    Set(CostField, String),
    SetSupplementPensionable(bool),
    SetOverheadsPercent(bool),
    SetLinkScheme(bool),
    SetBasis(Basis),
    SetMarginPercent(bool),
    SetRegion(Region),
    SetRole(Role),
    SetCap(Region, Role, String),
}

pub fn reduce(form: &CostForm, action: CostAction) -> CostForm {
    let mut f = form.clone();
    match action {
        CostAction::Set(field, v) => f.set(field, v),
        CostAction::SetSupplementPensionable(b) => f.supplement_pensionable = b,
        CostAction::SetOverheadsPercent(b) => f.overheads_percent = b,
        CostAction::SetLinkScheme(b) => f.link_scheme = b,
        CostAction::SetBasis(b) => f.basis = b,
        CostAction::SetMarginPercent(b) => f.margin_percent = b,
        CostAction::SetRegion(r) => f.region = r,
        CostAction::SetRole(r) => f.role = r,
        CostAction::SetCap(region, role, v) => f.set_cap(region, role, v),
    }
    f
}

/// The worked-out comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CostResults {
    pub agency: AgencyCost,
    pub permanent: PermanentCost,
    pub comparison: Comparison,
    /// `None` while the team numbers have errors.
    pub team: Option<TeamCost>,
    pub cap: Option<CapCheck>,
    pub inputs: PermanentInputs,
    pub agency_inputs: AgencyInputs,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CostView {
    pub errors: Vec<FieldError>,
    pub results: Option<CostResults>,
}

struct Reader<'a> {
    form: &'a CostForm,
    errors: Vec<FieldError>,
}

impl Reader<'_> {
    fn read<T>(
        &mut self,
        f: CostField,
        what: &str,
        example: &str,
        parse: impl Fn(&str) -> Result<T, InputError>,
    ) -> Option<T> {
        match parse(self.form.get(f)) {
            Ok(v) => Some(v),
            Err(e) => {
                self.errors.push(FieldError {
                    id: f.id(),
                    message: e.message(what, example),
                });
                None
            }
        }
    }
}

impl Reader<'_> {
    /// A field entered either as a percentage or in pounds, as the user chose:
    /// for each, what it is and an example (and for a percentage, its most).
    fn percent_or_pounds<T>(
        &mut self,
        f: CostField,
        percent: bool,
        as_percent: (&str, &str, i64, fn(Ratio) -> T),
        as_pounds: (&str, &str, fn(Pence) -> T),
    ) -> Option<T> {
        if percent {
            let (what, example, max, wrap) = as_percent;
            self.read(f, what, example, |t| parse_percent(t, max))
                .map(wrap)
        } else {
            let (what, example, wrap) = as_pounds;
            self.read(f, what, example, parse_money).map(wrap)
        }
    }

    fn overheads(&mut self) -> Option<Overheads> {
        self.percent_or_pounds(
            CostField::Overheads,
            self.form.overheads_percent,
            (
                "overheads as a percentage of pay",
                "10",
                100,
                Overheads::Percent,
            ),
            ("overheads a year in pounds", "2000", Overheads::Pounds),
        )
    }

    /// The agency's charge, on the basis the user chose.
    fn charge(&mut self) -> Option<Charge> {
        use CostField as F;
        match self.form.basis {
            Basis::Hourly => self
                .read(
                    F::Hourly,
                    "the hourly charge rate in pounds",
                    "40",
                    parse_money,
                )
                .map(Charge::Hourly),
            Basis::PayPlusMargin => {
                let pay = self.read(
                    F::Pay,
                    "the locum's hourly pay rate in pounds",
                    "32",
                    parse_money,
                );
                let margin = self.margin();
                pay.zip(margin)
                    .map(|(pay, margin)| Charge::PayPlusMargin { pay, margin })
            }
            Basis::Daily => {
                let day = self.read(F::DayRate, "the day rate in pounds", "350", parse_money);
                let days = self.read(F::DaysPerWeek, "the days a week", "5", |t| {
                    parse_decimal(t, 7)
                });
                day.zip(days)
                    .map(|(day_rate, days_per_week)| Charge::Daily {
                        day_rate,
                        days_per_week,
                    })
            }
        }
    }

    fn margin(&mut self) -> Option<Margin> {
        self.percent_or_pounds(
            CostField::Margin,
            self.form.margin_percent,
            (
                "the agency margin as a percentage of pay",
                "25",
                1000,
                Margin::Percent,
            ),
            ("the agency margin in pounds an hour", "8", Margin::Pounds),
        )
    }

    /// The team: posts, agency workers now and afterwards.
    fn team(&mut self) -> Option<Team> {
        use CostField as F;
        let whole = |t: &str| parse_whole(t, 10_000);
        let posts = self.read(F::Posts, "the number of posts", "10", whole);
        let now = self.read(F::AgencyNow, "the number of agency workers now", "2", whole);
        let after = self.read(
            F::AgencyAfter,
            "the number of agency workers afterwards",
            "1",
            whole,
        );
        Some(Team {
            posts: posts?,
            agency_now: now?,
            agency_after: after?,
        })
    }

    /// The price caps the user entered; each unreadable one is an error by its
    /// cell, in the grid's order (region, then role), as the page shows them,
    /// not the order they were typed in.
    fn caps(&mut self) -> Vec<Cap> {
        let mut caps = Vec::new();
        for (region, role) in cap_grid() {
            let text = cap_in(&self.form.caps, region, role);
            if text.trim().is_empty() {
                continue;
            }
            match parse_money(text) {
                Ok(hourly) => caps.push(Cap {
                    region,
                    role,
                    hourly,
                }),
                Err(e) => {
                    let what = format!(
                        "the cap for {} in {} in pounds an hour",
                        role.in_sentence(),
                        region.label()
                    );
                    self.errors.push(FieldError {
                        id: cap_id(region, role),
                        message: e.message(&what, "38.50"),
                    });
                }
            }
        }
        caps
    }

    /// The linked retention scheme's cost a year (nothing when not linked).
    fn scheme_a_year(&mut self, retention: &RetentionForm) -> Option<Pence> {
        if !self.form.link_scheme {
            return Some(Pence::ZERO);
        }
        match scheme_cost_only(retention) {
            Some((scheme, _, cost)) => Some(scheme_cost_a_year(&scheme, cost.total.total)),
            None => {
                self.errors.push(FieldError {
                    id: "c-link".into(),
                    message: "The retention scheme has errors: correct them on the retention payments page, or untick this".into(),
                });
                None
            }
        }
    }
}

/// The team's cost, or its errors by the fields (more agency workers than posts).
fn team_cost(
    team: Team,
    permanent: Pence,
    agency: Pence,
    errors: &mut Vec<FieldError>,
) -> Option<TeamCost> {
    match permanent::team_cost(team, permanent, agency) {
        Ok(t) => Some(t),
        Err(es) => {
            errors.extend(es.into_iter().map(|e| FieldError {
                id: match e {
                    permanent::TeamError::AgencyNowAbovePosts => CostField::AgencyNow.id(),
                    permanent::TeamError::AgencyAfterAbovePosts => CostField::AgencyAfter.id(),
                },
                message: e.message().to_string(),
            }));
            None
        }
    }
}

/// Reads the page (with the shared worker settings from the retention form) and
/// works out the comparison.
// Called from several places (the page, the headline, a saved file): one copy.
#[inline(never)]
pub fn compute(form: &CostForm, retention: &RetentionForm) -> CostView {
    use CostField as F;
    let worker = super::retention::read_worker(retention);
    let mut r = Reader {
        form,
        errors: worker.errors.clone(),
    };
    let percent = |t: &str| parse_percent(t, 100);
    let supplement = r.read(
        F::Supplement,
        "the market supplement a year in pounds",
        "3000",
        parse_money,
    );
    let overheads = r.overheads();
    let recruitment = r.read(
        F::Recruitment,
        "the recruitment cost per hire in pounds",
        "1500",
        parse_money,
    );
    let turnover = r.read(
        F::Turnover,
        "the annual turnover as a percentage",
        "11.8",
        percent,
    );
    let vacancy = r.read(F::VacancyMonths, "the months a post is empty", "3", |t| {
        parse_months(t, 24)
    });
    let cover = r.read(
        F::AgencyCover,
        "the share covered by agency as a percentage",
        "73.6",
        percent,
    );
    let charge = r.charge();
    let hours = match form.basis {
        Basis::Daily => Some(Ratio::ZERO),
        _ => r.read(F::Hours, "the hours a week", "37", |t| {
            parse_decimal(t, 168)
        }),
    };
    let weeks = r.read(F::Weeks, "the billable weeks a year", "46", |t| {
        parse_whole(t, 52)
    });
    // In the page's order: the price caps come before the team.
    let caps = r.caps();
    let team = r.team();
    let scheme_a_year = r.scheme_a_year(retention);

    let mut errors = r.errors;
    let results = (|| {
        let w = worker.settings?;
        let inputs = PermanentInputs {
            year: w.year,
            salary: w.salary,
            fte: w.fte,
            pension_rate: w.pension_rate,
            levy: w.levy,
            supplement: supplement?,
            supplement_pensionable: form.supplement_pensionable,
            overheads: overheads?,
            recruitment: recruitment?,
            turnover: turnover?,
            vacancy_months: vacancy?,
            agency_cover: cover?,
            scheme_a_year: scheme_a_year?,
        };
        let agency_inputs = AgencyInputs {
            charge: charge?,
            hours_per_week: hours?,
            billable_weeks: weeks?,
            year: w.year,
        };
        let agency = agency::agency_cost(&agency_inputs);
        let permanent = permanent::permanent_cost(&inputs, agency.annual);
        Some(CostResults {
            comparison: permanent::compare(permanent.total, agency.annual),
            team: team.and_then(|t| team_cost(t, permanent.total, agency.annual, &mut errors)),
            cap: agency::check_cap(&agency_inputs, &caps, form.region, form.role),
            agency,
            permanent,
            inputs,
            agency_inputs,
        })
    })();
    CostView { errors, results }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::rates::TaxYear;
    use crate::state::retention::{reduce as reduce_retention, RetentionAction};

    fn worker_2025() -> RetentionForm {
        reduce_retention(
            &RetentionForm::default(),
            RetentionAction::SetYear(TaxYear::Y2025_26),
        )
    }

    fn no_churn() -> CostForm {
        let mut f = CostForm::default();
        for (field, v) in [
            (CostField::Recruitment, "0"),
            (CostField::Turnover, "0"),
            (CostField::Hourly, "45"),
        ] {
            f = reduce(&f, CostAction::Set(field, v.into()));
        }
        f
    }

    /// Issue 3's examples through the form: £38,000 (shared salary) in 2025/26 costs
    /// £50,663.40 (employer NI by the month, £4,949.40: engine::permanent); a £45
    /// locum £76,590; saving £25,926.60 a year.
    #[test]
    fn worked_example_through_the_form() {
        let v = compute(&no_churn(), &worker_2025());
        assert_eq!(v.errors, vec![]);
        let r = v.results.unwrap();
        assert_eq!(r.permanent.total, Pence(5_066_340));
        assert_eq!(r.agency.annual, Pence::pounds(76_590));
        assert_eq!(r.comparison.saving_a_year, Pence(2_592_660));
        // Team of 10, agency 2 now and 1 after: one post moves, saving £25,926.60.
        assert_eq!(r.team.unwrap().saving, Pence(2_592_660));
        assert_eq!(r.cap, None, "no caps entered");
    }

    #[test]
    fn bad_fields_keep_their_text_and_say_what_is_wrong() {
        let f = reduce(
            &no_churn(),
            CostAction::Set(CostField::Hourly, "forty".into()),
        );
        let v = compute(&f, &worker_2025());
        assert_eq!(f.get(CostField::Hourly), "forty");
        assert!(v.results.is_none());
        assert_eq!(v.errors[0].id, "c-hourly");
        assert_eq!(
            v.errors[0].message,
            "Enter the hourly charge rate in pounds as a number, like 40"
        );
        // A team with more agency workers than posts is an error on that field only.
        let f = reduce(
            &no_churn(),
            CostAction::Set(CostField::AgencyNow, "11".into()),
        );
        let v = compute(&f, &worker_2025());
        assert_eq!(v.errors.len(), 1);
        assert_eq!(v.errors[0].id, "c-agency-now");
        assert!(v.results.unwrap().team.is_none());
    }

    /// Found by a fresh tester (30 November 2026): the printed caps came in the
    /// order typed, with values as typed.
    #[test]
    fn printed_caps_follow_the_grid_and_read_as_money() {
        let typed = |v: &str| v.to_string();
        let caps = vec![
            (Region::ALL[2], Role::ALL[1], typed("61.5")),
            (Region::ALL[0], Role::ALL[0], typed(" 40 ")),
            (Region::ALL[0], Role::ALL[3], typed("abc")),
        ];
        let first = format!(
            "{}, {}: £40.00",
            Region::ALL[0].label(),
            Role::ALL[0].label()
        );
        let bad = format!("{}, {}: abc", Region::ALL[0].label(), Role::ALL[3].label());
        let last = format!(
            "{}, {}: £61.50",
            Region::ALL[2].label(),
            Role::ALL[1].label()
        );
        assert_eq!(
            caps_printed(&caps),
            format!("Price caps entered (£ an hour): {first}; {bad}; {last}.")
        );
        assert_eq!(caps_printed(&[]), "Price caps entered: none.");
    }

    /// Found by a fresh tester (30 November 2026): the error summary listed
    /// unreadable caps in the order typed, not the page's.
    #[test]
    fn cap_errors_come_in_the_grids_order_before_the_teams() {
        let mut f = CostForm::default();
        f.set_cap(Region::ALL[5], Role::ALL[0], "x".into());
        f.set_cap(Region::ALL[0], Role::ALL[2], "-1".into());
        f.set_cap(Region::ALL[2], Role::ALL[0], "y".into());
        f.set_cap(Region::ALL[1], Role::ALL[1], "40".into());
        f = reduce(&f, CostAction::Set(CostField::Posts, "many".into()));
        let ids: Vec<String> = compute(&f, &worker_2025())
            .errors
            .into_iter()
            .map(|e| e.id)
            .collect();
        assert_eq!(
            ids,
            [
                cap_id(Region::ALL[0], Role::ALL[2]),
                cap_id(Region::ALL[2], Role::ALL[0]),
                cap_id(Region::ALL[5], Role::ALL[0]),
                CostField::Posts.id(),
            ]
        );
    }

    /// A £40 London social worker cap against the £45 charge: £5 over.
    #[test]
    fn caps_are_checked_for_the_chosen_region_and_role() {
        let f = reduce(
            &no_churn(),
            CostAction::SetCap(Region::London, Role::SocialWorker, "40".into()),
        );
        let r = compute(&f, &worker_2025()).results.unwrap();
        assert_eq!(r.cap.unwrap().over_by, Some(Pence::pounds(5)));
        // Clearing the cap removes it.
        let f = reduce(
            &f,
            CostAction::SetCap(Region::London, Role::SocialWorker, " ".into()),
        );
        assert!(f.caps.is_empty());
        let f = reduce(
            &f,
            CostAction::SetCap(Region::London, Role::SocialWorker, "x".into()),
        );
        assert_eq!(compute(&f, &worker_2025()).errors[0].id, "cap-london-sw");
    }

    /// Linking the default three-tranche scheme adds £1,980 a year (2025/26, worked in
    /// engine::payback): £50,663.40 + £1,980 = £52,643.40.
    #[test]
    fn linking_the_retention_scheme_adds_its_cost_a_year() {
        let f = reduce(&no_churn(), CostAction::SetLinkScheme(true));
        let r = compute(&f, &worker_2025()).results.unwrap();
        assert_eq!(r.permanent.scheme, Pence::pounds(1_980));
        assert_eq!(r.permanent.total, Pence(5_264_340));
        // A broken scheme is reported against the link box, not silently dropped.
        let mut retention = worker_2025();
        retention.payments[0].amount = "oops".into();
        let v = compute(&f, &retention);
        assert!(v.errors.iter().any(|e| e.id == "c-link"));
    }
}
