//! "Agency or permanent for me" (issue 22): a social worker's take-home on an
//! agency offer (through an umbrella or on the agency's payroll) beside the
//! permanent offer of Check my package, and what the permanent package is
//! worth beyond take-home.
//!
//! Its own fields are one table, [`LField`] (id `l-…`, link key `l.…`). It
//! shares the rest: salary, FTE, tax year and the employer's pension rate
//! (Retention), the supplement, hours and weeks (Agency or permanent), the
//! tax code, loans and LGPS membership (Check my package). An empty hourly
//! rate takes the locum's pay rate from Agency or permanent.

use super::cost::{CostField, CostForm};
use super::package::{self, read_tax_code, PackageForm, PackageView, TAX_CODE_ID};
use super::retention::{self, FieldError, RetentionForm};
use crate::engine::breakdown::Breakdown;
use crate::engine::input::{parse_decimal, parse_money, parse_percent, parse_whole, InputError};
use crate::engine::locum_pay::{
    self, break_even_rate, holiday_days_hundredths, AutoEnrolment, HolidayPay, LocumPay,
    LocumTerms, Route,
};
use crate::engine::money::{round_div, Pence, Ratio};
use crate::engine::rates::{self, Source};
use crate::engine::take_home::{Employee, Lgps, Pay, TakeHome};

/// The page's own text fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LField {
    Rate,
    Margin,
    EmployerPension,
    WorkerPension,
    DaysOff,
}

/// How a field is read.
#[derive(Clone, Copy)]
enum Kind {
    Money,
    Percent,
    Days,
}

impl LField {
    pub const ALL: [LField; 5] = [
        LField::Rate,
        LField::Margin,
        LField::EmployerPension,
        LField::WorkerPension,
        LField::DaysOff,
    ];

    /// (key after `l.`, label, what it is in an error, default, kind, example)
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
            LField::Rate => (
                "rate",
                "Hourly rate, in pounds",
                "the hourly rate in pounds",
                "",
                Money,
                "38",
            ),
            LField::Margin => (
                "margin",
                "The umbrella's margin, in pounds a week worked",
                "the umbrella's margin in pounds a week",
                "20",
                Money,
                "20",
            ),
            LField::EmployerPension => (
                "er-pension",
                "Employer pension, % of qualifying earnings",
                "the employer pension as a percentage",
                "3",
                Percent,
                "3",
            ),
            LField::WorkerPension => (
                "pension",
                "Your pension contribution, % of qualifying earnings",
                "your pension contribution as a percentage",
                "5",
                Percent,
                "5",
            ),
            LField::DaysOff => (
                "days",
                "Paid days off a year in the permanent post (annual leave and bank holidays)",
                "the paid days off a year",
                "33",
                Days,
                "33",
            ),
        }
    }

    /// The field's id on the page: `l-rate`.
    pub fn id(self) -> String {
        format!("l-{}", self.spec().0)
    }

    /// The link key: `l.rate`.
    pub fn key(self) -> String {
        format!("l.{}", self.spec().0)
    }

    pub fn label(self) -> &'static str {
        self.spec().1
    }

    /// The default's source, shown beside the field.
    pub fn source(self) -> &'static Source {
        match self {
            LField::Rate => &rates::LOCUM_RATE_EXAMPLE,
            LField::Margin => &rates::UMBRELLA_MARGIN,
            LField::EmployerPension | LField::WorkerPension => &rates::AUTO_ENROLMENT_MINIMUM,
            LField::DaysOff => &rates::NJC_LEAVE,
        }
    }

    pub fn from_id(id: &str) -> Option<LField> {
        LField::ALL.into_iter().find(|f| f.id() == id)
    }

    pub fn from_key(key: &str) -> Option<LField> {
        LField::ALL.into_iter().find(|f| f.key() == key)
    }

    fn index(self) -> usize {
        LField::ALL.iter().position(|f| *f == self).unwrap_or(0)
    }
}

/// The radios "how you would be paid" (values [`Route::slug`]) and their link key.
pub const ROUTE_NAME: &str = "l-route";
pub const ROUTE_KEY: &str = "l.route";
/// The radios "holiday pay" (values [`HolidayPay::slug`]) and their link key.
pub const HOLIDAY_NAME: &str = "l-holiday";
pub const HOLIDAY_KEY: &str = "l.holiday";
/// The checkbox "the umbrella pays the apprenticeship levy" and its link key.
pub const LEVY_ID: &str = "l-levy";
pub const LEVY_KEY: &str = "l.levy";
/// The radios "workplace pension" (`in` or `out`) and their link key (`1`/`0`).
pub const ENROLLED_NAME: &str = "l-ae";
pub const ENROLLED_KEY: &str = "l.ae";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocumForm {
    values: [String; 5],
    pub route: Route,
    pub holiday: HolidayPay,
    pub levy: bool,
    /// In the umbrella's or agency's workplace pension (auto-enrolled).
    pub enrolled: bool,
}

impl Default for LocumForm {
    fn default() -> Self {
        LocumForm {
            values: LField::ALL.map(|f| f.spec().3.to_string()),
            route: Route::Umbrella,
            holiday: HolidayPay::RolledUp,
            levy: true,
            enrolled: true,
        }
    }
}

impl LocumForm {
    pub fn get(&self, f: LField) -> &str {
        &self.values[f.index()]
    }

    pub fn set(&mut self, f: LField, v: String) {
        self.values[f.index()] = v;
    }

    /// The rate as read: the field, or where it is empty the locum's pay rate
    /// on Agency or permanent.
    pub fn rate_text<'a>(&'a self, cost: &'a CostForm) -> &'a str {
        match self.get(LField::Rate).trim() {
            "" => cost.get(CostField::Pay),
            _ => self.get(LField::Rate),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LocumAction {
    Set(LField, String),
    SetRoute(Route),
    SetHoliday(HolidayPay),
    SetLevy(bool),
    SetEnrolled(bool),
}

pub fn reduce(form: &LocumForm, action: LocumAction) -> LocumForm {
    let mut f = form.clone();
    match action {
        LocumAction::Set(field, v) => f.set(field, v),
        LocumAction::SetRoute(r) => f.route = r,
        LocumAction::SetHoliday(h) => f.holiday = h,
        LocumAction::SetLevy(b) => f.levy = b,
        LocumAction::SetEnrolled(b) => f.enrolled = b,
    }
    f
}

/// A payment of the permanent offer, as the candidate sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PaymentLine {
    pub name: String,
    pub gross: Pence,
    /// What it adds to take-home over its tax year.
    pub net: Pence,
    pub paid_month: u32,
    /// Months tied in from its own payment date.
    pub tie_in_months: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocumResults {
    pub terms: LocumTerms,
    pub agency: LocumPay,
    pub permanent: TakeHome,
    pub lgps: Lgps,
    /// The employer's LGPS rate and its contribution a year and a month.
    pub employer_lgps_rate: Ratio,
    pub employer_lgps: Pence,
    pub employer_lgps_month: Pence,
    pub days_off: u32,
    /// The days off as pay: a 260th of the year's pay each.
    pub days_value: Pence,
    /// The locum's holiday pay in days, in hundredths.
    pub holiday_days: i64,
    pub payments: Vec<PaymentLine>,
    /// The hourly rate at which the take-homes are equal (`None`: above £1,000).
    pub break_even: Option<Pence>,
    /// … and take-home plus the employer's pension.
    pub break_even_pension: Option<Pence>,
    /// What the permanent package is worth beyond take-home.
    pub beyond: Breakdown,
}

impl LocumResults {
    pub fn agency_with_pension(&self) -> Pence {
        agency_with_pension(&self.agency)
    }

    pub fn permanent_with_pension(&self) -> Pence {
        self.permanent.net + self.employer_lgps
    }
}

/// The agency's take-home a year with the employer's pension contribution
/// (auto-enrolment's, or none), a year.
fn agency_with_pension(agency: &LocumPay) -> Pence {
    agency.net + agency.year.employer_pension
}

/// The most days off a year that can be typed (a leap year's days).
const MAX_DAYS_OFF: u32 = 366;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocumView {
    pub errors: Vec<FieldError>,
    pub results: Option<LocumResults>,
    /// Pages whose fields (not on this page) have errors that stop the result.
    pub blocked_by: Vec<&'static str>,
}

/// The id an error is shown by on this page: the pay rate of Agency or
/// permanent, used while the hourly rate is empty, is shown by the rate field.
pub fn shown_by(id: &str) -> String {
    if id == CostField::Pay.id() {
        LField::Rate.id()
    } else {
        id.to_string()
    }
}

/// The ids of the shared fields this page shows: their errors are its own.
fn on_this_page(id: &str) -> bool {
    matches!(
        id,
        "salary" | "fte" | "pension-rate" | "tax-year" | TAX_CODE_ID
    ) || id == CostField::Supplement.id()
}

struct Reader {
    errors: Vec<FieldError>,
}

impl Reader {
    fn read<T>(
        &mut self,
        id: String,
        what: &str,
        example: &str,
        r: Result<T, InputError>,
    ) -> Option<T> {
        r.map_err(|e| {
            self.errors.push(FieldError {
                id,
                message: e.message(what, example),
            })
        })
        .ok()
    }

    fn field<T>(
        &mut self,
        f: LField,
        text: &str,
        parse: impl Fn(&str) -> Result<T, InputError>,
    ) -> Option<T> {
        let (_, _, what, _, _, example) = f.spec();
        self.read(f.id(), what, example, parse(text))
    }
}

/// The agency offer's terms as read; `None` where a field has an error.
fn read_terms(form: &LocumForm, cost: &CostForm, r: &mut Reader) -> Option<LocumTerms> {
    let rate = if form.get(LField::Rate).trim().is_empty() {
        // Agency or permanent's pay rate: an error there is that field's.
        r.read(CostField::Pay.id(), "the locum's pay rate on Agency or permanent (used while the hourly rate here is empty) in pounds", "38", parse_money(form.rate_text(cost)))
    } else {
        r.field(LField::Rate, form.get(LField::Rate), parse_money)
    };
    let margin = r.field(LField::Margin, form.get(LField::Margin), parse_money);
    let pct = |t: &str| parse_percent(t, 100);
    let employer = r.field(
        LField::EmployerPension,
        form.get(LField::EmployerPension),
        pct,
    );
    let worker = r.field(LField::WorkerPension, form.get(LField::WorkerPension), pct);
    let hours = r.read(
        CostField::Hours.id(),
        "the hours a week",
        "37",
        parse_decimal(cost.get(CostField::Hours), 168),
    );
    let weeks = r.read(
        CostField::Weeks.id(),
        "the weeks worked a year",
        "46",
        parse_whole(cost.get(CostField::Weeks), 52),
    );
    // A margin above the whole week's assignment income leaves nothing to pay:
    // said by the field, not shown as £0.00 take-home.
    if let (Route::Umbrella, Some(rate), Some(hours), Some(margin)) =
        (form.route, rate, hours, margin)
    {
        let week = rate.times(hours);
        if margin > week {
            r.errors.push(FieldError {
                id: LField::Margin.id(),
                message: format!(
                    "The umbrella's margin ({} a week) is more than a week's assignment income ({}): check the margin, the hourly rate and the hours",
                    margin.format(),
                    week.format(),
                ),
            });
            return None;
        }
    }
    Some(LocumTerms {
        route: form.route,
        rate: rate?,
        hours: hours?,
        weeks: weeks?,
        margin_week: margin?,
        holiday: form.holiday,
        levy: form.levy,
        pension: form.enrolled.then_some(AutoEnrolment {
            employer: employer?,
            worker: worker?,
        }),
    })
}

/// Reads the page (with the shared state) and works everything out.
#[inline(never)]
pub fn compute(
    form: &LocumForm,
    retention: &RetentionForm,
    cost: &CostForm,
    package: &PackageForm,
) -> LocumView {
    compute_with(
        form,
        retention,
        cost,
        package,
        &package::compute(package, retention, cost),
        &mut |emp: &Employee, terms: &LocumTerms, net: Pence, with_pension: Pence| {
            (
                break_even_rate(emp, terms, net, false),
                break_even_rate(emp, terms, with_pension, true),
            )
        },
    )
}

/// The two break-even rates last worked out, with what they were worked out
/// from: the worker, the agency's terms but their rate, and the permanent
/// offer's take-home without and with the employer's pension. They are the
/// rates at which the agency offer matches the permanent one, so the rate
/// typed does not change them; kept, a keystroke in it does not search again
/// (two searches of 19 years of payslips each: 1.9 ms of a keystroke at 4x
/// CPU, issue 21).
#[derive(Debug, Default)]
pub struct BreakEvenMemo(Option<BreakEvens>);

type BreakEvens = (
    (Employee, LocumTerms, Pence, Pence),
    (Option<Pence>, Option<Pence>),
);

impl BreakEvenMemo {
    /// `break_even_rate` without and with the pension, against `net` and
    /// `with_pension`, from the memo when it was worked out from the same.
    /// Given to [`compute_with`] as `|e, t, n, w| memo.rates(e, t, n, w)`.
    pub fn rates(
        &mut self,
        emp: &Employee,
        terms: &LocumTerms,
        net: Pence,
        with_pension: Pence,
    ) -> (Option<Pence>, Option<Pence>) {
        let key = (
            emp.clone(),
            LocumTerms {
                rate: Pence::ZERO,
                ..*terms
            },
            net,
            with_pension,
        );
        match &self.0 {
            Some((k, rates)) if *k == key => *rates,
            _ => {
                let rates = (
                    break_even_rate(emp, terms, net, false),
                    break_even_rate(emp, terms, with_pension, true),
                );
                self.0 = Some((key, rates));
                rates
            }
        }
    }
}

/// [`compute`] with Check my package's view of the same `package`,
/// `retention` and `cost` already worked out (`pkg`), so a page that keeps it
/// while only this page's fields change need not work out the package again.
/// `break_evens(worker, terms, net, net_with_pension)` gives the two
/// break-even rates (`break_even_rate` without and with the pension): worked
/// out, or kept in a [`BreakEvenMemo`]. A closure, not the memo, so a caller
/// without one (a link's first answer) carries no memo code.
pub fn compute_with(
    form: &LocumForm,
    retention: &RetentionForm,
    cost: &CostForm,
    package: &PackageForm,
    pkg: &PackageView,
    break_evens: &mut impl FnMut(&Employee, &LocumTerms, Pence, Pence) -> (Option<Pence>, Option<Pence>),
) -> LocumView {
    let mut r = Reader { errors: Vec::new() };
    let terms = read_terms(form, cost, &mut r);
    let days = r.field(LField::DaysOff, form.get(LField::DaysOff), |t| {
        parse_whole(t, MAX_DAYS_OFF)
    });
    let mut errors = r.errors;
    errors.extend(pkg.errors.iter().filter(|e| on_this_page(&e.id)).cloned());
    let blocked_by = match (&pkg.results, errors.is_empty()) {
        (None, true) => vec!["Retention payments and clawback"],
        _ => Vec::new(),
    };
    let results = (|| {
        let pr = pkg.results.as_ref()?;
        let days_off = days?;
        let Offers {
            emp,
            terms,
            agency,
            rate,
            employer_lgps_month,
            employer_lgps,
        } = offers(retention, cost, package, terms?)?;
        let perm = &pr.take_home;
        let days_value = Pence(round_div(
            i128::from(perm.gross.get()) * i128::from(days_off),
            260,
        ));
        let beyond = beyond_take_home(perm, employer_lgps, rate, days_off, days_value);
        let (break_even, break_even_pension) =
            break_evens(&emp, &terms, perm.net, perm.net + employer_lgps);
        Some(LocumResults {
            break_even,
            break_even_pension,
            holiday_days: holiday_days_hundredths(terms.weeks),
            payments: payment_lines(retention, &pr.lumps),
            employer_lgps_month,
            terms,
            agency,
            permanent: perm.clone(),
            lgps: package.lgps,
            employer_lgps_rate: rate,
            employer_lgps,
            days_off,
            days_value,
            beyond,
        })
    })();
    LocumView {
        errors,
        results,
        blocked_by,
    }
}

/// The agency's side and the employer's pension on the permanent side, from
/// the shared forms and the agency's `terms`: `None` while any of it has errors.
struct Offers {
    emp: Employee,
    terms: LocumTerms,
    agency: LocumPay,
    /// The employer's LGPS rate (zero for a worker opted out), and its
    /// contribution a month and a year.
    rate: Ratio,
    employer_lgps_month: Pence,
    employer_lgps: Pence,
}

fn offers(
    retention: &RetentionForm,
    cost: &CostForm,
    package: &PackageForm,
    terms: LocumTerms,
) -> Option<Offers> {
    let worker = retention::read_worker(retention).settings?;
    let emp = Employee {
        year: retention.year,
        region: package.region,
        tax_code: read_tax_code(&package.tax_code, package.region).ok()?,
        loans: package.loans.clone(),
        lgps: package.lgps,
    };
    let rate = match package.lgps {
        Lgps::OptedOut => Ratio::ZERO,
        _ => worker.pension_rate,
    };
    let supplement = parse_money(cost.get(CostField::Supplement)).ok()?;
    let pay = Pay {
        salary: worker.salary.times(worker.fte),
        supplement: supplement.times(worker.fte),
        supplement_pensionable: cost.supplement_pensionable,
    };
    // As payroll works it: each month's pensionable pay × the rate, twelve times.
    let employer_lgps_month = pay.month().1.times(rate);
    let agency = locum_pay::locum_pay(&emp, &terms);
    Some(Offers {
        emp,
        terms,
        agency,
        rate,
        employer_lgps_month,
        employer_lgps: Pence(employer_lgps_month.get() * 12),
    })
}

/// The page's headline ([`sentence`]) for the shared forms, worked out without
/// the rest of [`compute`] (the break-even rates, the package beyond
/// take-home, the payments, Check my package's tables): for a shared link's
/// first answer (`src/first_answer.rs`, issue 21), whose module then leaves
/// that code out. `Some` exactly when [`compute`]'s results are, and then
/// their sentence (tested over links with and without errors).
pub fn sentence_only(
    form: &LocumForm,
    retention: &RetentionForm,
    cost: &CostForm,
    package: &PackageForm,
) -> Option<String> {
    let perm = package::take_home_only(package, retention, cost)?;
    let terms = read_terms(form, cost, &mut Reader { errors: Vec::new() })?;
    parse_whole(form.get(LField::DaysOff), MAX_DAYS_OFF).ok()?;
    let o = offers(retention, cost, package, terms)?;
    Some(sentence_of(&o.terms, &o.agency, perm.net, o.employer_lgps))
}

/// The offer's payments with what each adds over its tax year and its tie-in.
fn payment_lines(
    retention: &RetentionForm,
    lumps: &[(String, crate::engine::take_home::PaymentEffect)],
) -> Vec<PaymentLine> {
    let scheme = retention::scheme_only(retention).map(|(scheme, _)| scheme);
    lumps
        .iter()
        .map(|(name, e)| PaymentLine {
            name: name.clone(),
            gross: e.year.gross,
            net: e.year.net,
            paid_month: e.paid_month,
            tie_in_months: scheme
                .as_ref()
                .and_then(|s| s.payments.get(e.index))
                .map_or(0, |p| p.tie_in_months),
        })
        .collect()
}

fn beyond_take_home(
    perm: &TakeHome,
    employer_lgps: Pence,
    rate: Ratio,
    days: u32,
    value: Pence,
) -> Breakdown {
    let mut b = Breakdown::new("The permanent offer beyond take-home, a year");
    b.add(
        "Take-home pay a year",
        "as worked out above (Check my package's figure)",
        perm.net,
        None,
    );
    b.add(
        "Employer's LGPS contribution",
        format!(
            "{} of each month's pensionable pay, twelve months: what the pension costs the council, not a pot you own (the LGPS is a defined benefit scheme); nothing if you opt out",
            rate.percent_label()
        ),
        employer_lgps,
        Some(&rates::LGPS_EMPLOYER),
    );
    b.total(
        "Take-home plus the employer's pension",
        "the figure set against the agency offer's take-home plus its employer pension",
    );
    b.note(
        "Paid days off",
        format!(
            "{days} days of annual leave and bank holidays on full pay, within the salary (so not added again): a day's pay is a 260th of {} (52 weeks of 5 days)",
            perm.gross.format()
        ),
        value,
        Some(&rates::NJC_LEAVE),
    );
    b
}

/// The page's answer in one sentence (the summary and the API's headline).
pub fn sentence(r: &LocumResults) -> String {
    sentence_of(&r.terms, &r.agency, r.permanent.net, r.employer_lgps)
}

/// [`sentence`] from its parts: the agency's terms and pay, the permanent
/// take-home a year and the employer's LGPS contribution a year.
fn sentence_of(
    t: &LocumTerms,
    agency: &LocumPay,
    permanent_net: Pence,
    employer_lgps: Pence,
) -> String {
    let diff = agency.net - permanent_net;
    let (amount, way) = more_or_less(diff);
    let first = format!(
        "{} at {} an hour for {} weeks you would take home {} a year, {}",
        t.route.in_sentence(),
        t.rate.format(),
        t.weeks,
        agency.net.format(),
        if diff == Pence::ZERO {
            "the same as the permanent offer".to_string()
        } else {
            format!(
                "{amount} {way} than the permanent offer ({})",
                permanent_net.format()
            )
        }
    );
    // As LocumResults::agency_with_pension and permanent_with_pension.
    let with = agency_with_pension(agency) - (permanent_net + employer_lgps);
    let second = match with.get() {
        0 => "counting the employer's pension contribution the two are worth the same".to_string(),
        n if n < 0 => format!(
            "counting the employer's pension contribution the permanent offer is worth {} more",
            (-with).format()
        ),
        _ => format!(
            "counting the employer's pension contribution the agency offer is still worth {} more",
            with.format()
        ),
    };
    format!("{first}; {second}.")
}

fn more_or_less(diff: Pence) -> (String, &'static str) {
    if diff < Pence::ZERO {
        ((-diff).format(), "less")
    } else {
        (diff.format(), "more")
    }
}

/// The headline figure in one line, for the bar under the form.
pub fn compact(r: &LocumResults) -> String {
    format!(
        "Agency {} a year, permanent {}",
        r.agency.net.format(),
        r.permanent.net.format()
    )
}

/// The break-even rates in words.
pub fn break_even_sentence(r: &LocumResults) -> String {
    let rate = |p: Option<Pence>| p.map_or("more than £1,000.00".to_string(), |p| p.format());
    format!(
        "For {} hours a week and {} weeks, the agency offer's take-home equals the permanent offer's at {} an hour, and take-home plus the employer's pension at {} an hour.",
        locum_pay::decimal_label(r.terms.hours),
        r.terms.weeks,
        rate(r.break_even),
        rate(r.break_even_pension)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::fragment::{decode, encode};
    use crate::state::retention::RetentionAction;
    use crate::state::{reduce as reduce_app, Action, AppState, Page};

    /// The issue's social worker: £39,500 (2026/27, LGPS main, Plan 2, 1257L,
    /// the defaults), £38 an hour through an umbrella, 37 hours, 46 weeks.
    fn issue_state() -> AppState {
        let s = AppState {
            page: Page::Locum,
            ..AppState::default()
        };
        let s = reduce_app(
            &s,
            Action::Retention(RetentionAction::SetSalary("39500".into())),
        );
        reduce_app(
            &s,
            Action::Locum(LocumAction::Set(LField::Rate, "38".into())),
        )
    }

    fn view(s: &AppState) -> LocumView {
        compute(&s.locum, &s.retention, &s.cost, &s.package)
    }

    /// The break-even rates kept between keystrokes (`BreakEvenMemo`) never
    /// change a figure: along a run of edits to the rate and to everything
    /// else they depend on, the view with one memo throughout equals the
    /// view worked out afresh. A key that left out what an edit changes (the
    /// hours, the margin, the pension, the salary) would keep the old rates.
    #[test]
    fn kept_break_even_rates_equal_rates_worked_out_afresh() {
        use crate::state::cost::CostAction;
        use crate::state::package::PackageAction;
        let l = |f, v: &str| Action::Locum(LocumAction::Set(f, v.into()));
        let c = |f, v: &str| Action::Cost(CostAction::Set(f, v.into()));
        let edits = [
            l(LField::Rate, "41"),
            l(LField::Rate, "45.5"),
            c(CostField::Hours, "30"),
            l(LField::Rate, "45"),
            c(CostField::Weeks, "40"),
            l(LField::Margin, "35"),
            l(LField::EmployerPension, "5"),
            Action::Locum(LocumAction::SetEnrolled(false)),
            Action::Locum(LocumAction::SetRoute(Route::AgencyPaye)),
            l(LField::Rate, "30"),
            Action::Locum(LocumAction::SetHoliday(HolidayPay::WhenTaken)),
            Action::Retention(RetentionAction::SetSalary("52000".into())),
            Action::Package(PackageAction::SetLgps(Lgps::OptedOut)),
            Action::Package(PackageAction::SetTaxCode("BR".into())),
            l(LField::Rate, "38"),
        ];
        let mut s = issue_state();
        let mut memo = BreakEvenMemo::default();
        let mut rates = std::collections::BTreeSet::new();
        for edit in edits {
            s = reduce_app(&s, edit);
            let pkg = package::compute(&s.package, &s.retention, &s.cost);
            let kept = compute_with(
                &s.locum,
                &s.retention,
                &s.cost,
                &s.package,
                &pkg,
                &mut |e, t, n, w| memo.rates(e, t, n, w),
            );
            assert_eq!(kept, view(&s), "{:?}", s.locum);
            let r = kept.results.expect("figures");
            rates.insert((r.break_even, r.break_even_pension));
        }
        // The run moved the rates many times, so the memo was both used and replaced.
        assert!(rates.len() >= 8, "{rates:?}");
    }

    /// The figures are worked by hand in `engine::locum_pay`'s tests: £38,698.79
    /// against £29,006.14, £9,692.65 more; with employer pensions £40,019.63
    /// against 29,006.14 + 12 × 19.8% × 3,291.67 (651.75066 -> £651.75) =
    /// 29,006.14 + 7,821.00 = £36,827.14: the agency offer £3,192.49 more.
    #[test]
    fn the_issue_example_through_the_form() {
        let v = view(&issue_state());
        assert_eq!(v.errors, vec![]);
        let r = v.results.unwrap();
        assert_eq!(r.agency.net, Pence(3_869_879));
        assert_eq!(r.permanent.net, Pence(2_900_614));
        assert_eq!(
            (r.employer_lgps_month, r.employer_lgps),
            (Pence(65_175), Pence(782_100))
        );
        assert_eq!(
            sentence(&r),
            "Through an umbrella at £38.00 an hour for 46 weeks you would take home £38,698.79 a year, £9,692.65 more than the permanent offer (£29,006.14); counting the employer's pension contribution the agency offer is still worth £3,192.49 more."
        );
        // 33 days of £39,500.04 (twelve payslips of £3,291.67) / 260 = 5,013.4669 -> £5,013.47.
        assert_eq!((r.days_off, r.days_value), (33, Pence(501_347)));
        assert_eq!(r.holiday_days, 2_776);
        assert_eq!(r.payments.len(), 3, "the default scheme's three payments");
        assert_eq!(r.payments[2].tie_in_months, 24);
        assert_eq!(r.beyond.running_sum(), r.permanent_with_pension());
    }

    /// A margin above the week's assignment income is an error by the margin
    /// (the review's case: 99,999 a week showed £0.00 take-home and no error).
    /// £38 × 37 hours = £1,406.00 a week: £1,406.00 is allowed, £1,406.01 is not.
    #[test]
    fn a_margin_above_the_weeks_income_is_an_error_by_the_field() {
        let with_margin = |m: &str| {
            let s = reduce_app(
                &issue_state(),
                Action::Locum(LocumAction::Set(LField::Margin, m.into())),
            );
            view(&s)
        };
        let v = with_margin("1406.01");
        assert!(v.results.is_none());
        assert_eq!(v.errors.len(), 1);
        assert_eq!(v.errors[0].id, LField::Margin.id());
        assert_eq!(
            v.errors[0].message,
            "The umbrella's margin (£1,406.01 a week) is more than a week's assignment income (£1,406.00): check the margin, the hourly rate and the hours"
        );
        assert_eq!(with_margin("1406").errors, vec![]);
        assert_eq!(with_margin("99999").errors[0].id, LField::Margin.id());
    }

    /// At £20 an hour the permanent offer is more on both counts, and opting
    /// out of the LGPS takes its employer contribution away.
    #[test]
    fn the_sentence_turns_round_and_opting_out_costs_the_pension() {
        let mut s = issue_state();
        s.locum.set(LField::Rate, "20".into());
        let r = view(&s).results.unwrap();
        let text = sentence(&r);
        assert!(text.contains("less than the permanent offer"), "{text}");
        assert!(
            text.contains(
                "counting the employer's pension contribution the permanent offer is worth £"
            ),
            "{text}"
        );
        s.package.lgps = Lgps::OptedOut;
        let r = view(&s).results.unwrap();
        assert_eq!(r.employer_lgps, Pence::ZERO);
    }

    /// Bad text is an error by its field, kept as typed; an empty rate takes
    /// the pay rate on Agency or permanent (£32 by default), whose own error is
    /// shown by the rate field.
    #[test]
    fn errors_keep_the_text_and_an_empty_rate_takes_agency_or_permanents() {
        let mut s = issue_state();
        s.locum.set(LField::Rate, "38 an hour".into());
        let v = view(&s);
        assert_eq!(v.errors[0].id, "l-rate");
        assert_eq!(
            v.errors[0].message,
            "Enter the hourly rate in pounds as a number, like 38"
        );
        assert!(v.results.is_none());
        assert_eq!(s.locum.get(LField::Rate), "38 an hour");
        s.locum.set(LField::Rate, String::new());
        let r = view(&s).results.unwrap();
        assert_eq!(r.terms.rate, Pence::pounds(32));
        s.cost.set(CostField::Pay, "lots".into());
        let v = view(&s);
        assert_eq!(v.errors[0].id, "c-pay");
        assert_eq!(shown_by(&v.errors[0].id), "l-rate");
        s.cost.set(CostField::Weeks, "60".into());
        assert!(view(&s).errors.iter().any(|e| e.id == "c-weeks"));
    }

    /// A payment error on the retention page (not shown here) blocks the result
    /// and names the page.
    #[test]
    fn a_scheme_error_elsewhere_blocks_with_its_page_named() {
        let mut s = issue_state();
        let key = s.retention.payments[0].key;
        s.retention = crate::state::retention::reduce(
            &s.retention,
            RetentionAction::SetPaymentField {
                key,
                field: crate::state::retention::PaymentField::Amount,
                value: "x".into(),
            },
        );
        let v = view(&s);
        assert!(v.results.is_none());
        assert_eq!(v.errors, vec![]);
        assert_eq!(v.blocked_by, vec!["Retention payments and clawback"]);
    }

    /// The page's events reach its reducer by the ids the view writes.
    #[test]
    fn events_are_routed_by_the_fields_ids() {
        use crate::state::route::{route, Event};
        let id = LField::Rate.id();
        assert_eq!(
            route(Event::Text {
                id: &id,
                value: "41"
            }),
            Some(Action::Locum(LocumAction::Set(LField::Rate, "41".into())))
        );
        assert_eq!(
            route(Event::Radio {
                name: ROUTE_NAME,
                value: "paye"
            }),
            Some(Action::Locum(LocumAction::SetRoute(Route::AgencyPaye)))
        );
        assert_eq!(
            route(Event::Radio {
                name: HOLIDAY_NAME,
                value: "taken"
            }),
            Some(Action::Locum(LocumAction::SetHoliday(
                HolidayPay::WhenTaken
            )))
        );
        assert_eq!(
            route(Event::Radio {
                name: ENROLLED_NAME,
                value: "out"
            }),
            Some(Action::Locum(LocumAction::SetEnrolled(false)))
        );
        assert_eq!(
            route(Event::Check {
                id: LEVY_ID,
                checked: false
            }),
            Some(Action::Locum(LocumAction::SetLevy(false)))
        );
        assert_eq!(
            route(Event::Click {
                action: "nav:agency-or-permanent-for-me"
            }),
            Some(Action::Navigate(Page::Locum))
        );
    }

    /// Every choice and field goes into the link and comes back.
    #[test]
    fn the_link_keeps_every_choice() {
        let mut s = issue_state();
        s.locum = reduce(&s.locum, LocumAction::SetRoute(Route::AgencyPaye));
        s.locum = reduce(&s.locum, LocumAction::SetHoliday(HolidayPay::WhenTaken));
        s.locum = reduce(&s.locum, LocumAction::SetLevy(false));
        s.locum = reduce(&s.locum, LocumAction::SetEnrolled(false));
        s.locum = reduce(&s.locum, LocumAction::Set(LField::DaysOff, "36".into()));
        let link = encode(&s);
        assert!(
            link.starts_with("agency-or-permanent-for-me?v=1&"),
            "{link}"
        );
        assert!(
            link.contains("&l.rate=38&") && link.contains("l.route=paye"),
            "{link}"
        );
        let (back, problems) = decode(&link);
        assert_eq!(problems, Vec::<String>::new());
        assert_eq!(back.locum, s.locum);
        assert_eq!(back.page, Page::Locum);
        let (_, problems) = decode("agency-or-permanent-for-me?l.route=bicycle");
        assert_eq!(problems.len(), 1, "{problems:?}");
    }
}
