//! A locum's pay: what an agency social worker takes home from an hourly rate,
//! paid through an umbrella company or on the agency's own payroll (PAYE), with
//! the same payroll engine as a permanent payslip ([`super::payroll`]).
//!
//! - **Umbrella.** The agency pays the umbrella the assignment rate × hours
//!   ("assignment income"). Out of each month's income the umbrella, as the
//!   employer, takes its margin, then employer NI on the worker's gross pay (the
//!   year's rate above the monthly secondary threshold, HMRC's per-period
//!   rounding), the apprenticeship levy where it pays it (0.5% of gross pay) and
//!   the employer's auto-enrolment pension (a share of qualifying earnings).
//!   Because those costs are worked on the gross pay itself, the gross pay is
//!   the largest whole number of pence whose costs the income covers; the pence
//!   left over, if any, are shown as rounding. Holiday pay is part of that gross
//!   pay: 12.07% of pay for work done ([`rates::HOLIDAY_ACCRUAL`]).
//! - **Agency PAYE.** The agency pays the hourly pay rate as wages, plus holiday
//!   pay of 12.07% on top; its own employer costs sit in its charge to the
//!   council, outside the worker's pay, apart from the employer pension, which
//!   is shown as what it is worth.
//!
//! Either way the gross pay then goes through PAYE on the worker's tax code,
//! employee NI, student loans and the worker's pension (a share of qualifying
//! earnings, deducted before tax), month by month. The year's pay (rate × hours
//! × weeks worked) is paid in twelve monthly pay periods as equal as whole pence
//! allow: the weeks between assignments are unpaid and are spread over the year
//! (an assumption: a month with no pay at all would waste that month's NI
//! threshold). The year's income tax is the year's liability, as for a permanent
//! offer ([`super::take_home`]), so the two are compared alike.
//!
//! Never panics: every amount is bounded by the callers' readers (rates and
//! amounts at most [`super::money::MAX_AMOUNT`], hours at most 168, weeks at
//! most 52), and the arithmetic is in `i128`.

use super::breakdown::Breakdown;
use super::money::{round_div, Pence, Ratio};
use super::payroll::{employer_ni_month, payroll_months, Employee, Payslip};
use super::rates::{self, QualifyingEarnings};
use super::take_home::{annual_income_tax, year_total};

/// How the locum is paid.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Route {
    /// Employed by an umbrella company; the rate is the assignment rate.
    Umbrella,
    /// On the agency's payroll; the rate is the pay rate, holiday pay on top.
    AgencyPaye,
}

impl Route {
    pub const ALL: [Route; 2] = [Route::Umbrella, Route::AgencyPaye];

    pub fn slug(self) -> &'static str {
        match self {
            Route::Umbrella => "umbrella",
            Route::AgencyPaye => "paye",
        }
    }

    pub fn from_slug(s: &str) -> Option<Route> {
        Route::ALL.into_iter().find(|r| r.slug() == s)
    }

    pub fn label(self) -> &'static str {
        match self {
            Route::Umbrella => "Through an umbrella company (the rate is the assignment rate, which must also pay the umbrella's employer costs)",
            Route::AgencyPaye => "On the agency's payroll, PAYE (the rate is your pay rate; holiday pay is added)",
        }
    }

    /// "Through an umbrella", for a sentence.
    pub fn in_sentence(self) -> &'static str {
        match self {
            Route::Umbrella => "Through an umbrella",
            Route::AgencyPaye => "On the agency's payroll",
        }
    }
}

/// When holiday pay is paid. Over a year it is the same money either way.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HolidayPay {
    /// 12.07% added to each payslip (irregular-hours and part-year workers).
    RolledUp,
    /// Held and paid in the weeks of leave taken.
    WhenTaken,
}

impl HolidayPay {
    pub const ALL: [HolidayPay; 2] = [HolidayPay::RolledUp, HolidayPay::WhenTaken];

    pub fn slug(self) -> &'static str {
        match self {
            HolidayPay::RolledUp => "rolled",
            HolidayPay::WhenTaken => "taken",
        }
    }

    pub fn from_slug(s: &str) -> Option<HolidayPay> {
        HolidayPay::ALL.into_iter().find(|h| h.slug() == s)
    }

    pub fn label(self) -> &'static str {
        match self {
            HolidayPay::RolledUp => "Rolled up: 12.07% added to each payslip",
            HolidayPay::WhenTaken => "Paid when you take leave",
        }
    }
}

/// Automatic enrolment contributions as shares of qualifying earnings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AutoEnrolment {
    pub employer: Ratio,
    pub worker: Ratio,
}

/// An agency offer. Money in pence; `hours` a week (an exact decimal);
/// `weeks` worked a year (0 to 52).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocumTerms {
    pub route: Route,
    /// An hour: the umbrella's assignment rate or the agency's PAYE pay rate.
    pub rate: Pence,
    pub hours: Ratio,
    pub weeks: u32,
    /// The umbrella's margin a week worked (not read for agency PAYE).
    pub margin_week: Pence,
    pub holiday: HolidayPay,
    /// The umbrella pays the apprenticeship levy (not read for agency PAYE).
    pub levy: bool,
    /// `None` where the worker opted out (then neither side pays in).
    pub pension: Option<AutoEnrolment>,
}

/// One month of the umbrella's sums: from income to gross pay.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct UmbrellaMonth {
    pub income: Pence,
    pub margin: Pence,
    pub employer_ni: Pence,
    pub levy: Pence,
    pub employer_pension: Pence,
    /// Pence the income leaves over once the costs of the largest gross pay
    /// it covers are paid (a few pence at most).
    pub rounding: Pence,
    pub gross: Pence,
}

impl std::ops::Add for UmbrellaMonth {
    type Output = UmbrellaMonth;
    fn add(self, o: UmbrellaMonth) -> UmbrellaMonth {
        UmbrellaMonth {
            income: self.income + o.income,
            margin: self.margin + o.margin,
            employer_ni: self.employer_ni + o.employer_ni,
            levy: self.levy + o.levy,
            employer_pension: self.employer_pension + o.employer_pension,
            rounding: self.rounding + o.rounding,
            gross: self.gross + o.gross,
        }
    }
}

/// A year of the locum's pay, the first month's payslip, and the working.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocumPay {
    pub route: Route,
    /// The year's employer side (for agency PAYE: income = gross pay and only
    /// the employer pension is filled in, paid by the agency on top).
    pub year: UmbrellaMonth,
    /// The first month's employer side.
    pub month_costs: UmbrellaMonth,
    /// Holiday pay within the year's gross pay.
    pub holiday_pay: Pence,
    /// The twelve payslips added up (PAYE's tax).
    pub payslips: Payslip,
    /// The first month's payslip.
    pub month: Payslip,
    /// The year's income tax liability on gross pay less pension.
    pub tax: Pence,
    /// Gross less pension, the year's tax, NI and loans.
    pub net: Pence,
    /// How the umbrella gets from income to gross pay (empty for agency PAYE).
    pub costs: Breakdown,
    /// From gross pay to take-home.
    pub take_home: Breakdown,
}

/// `year` in twelve monthly parts as equal as whole pence allow, adding up to it.
pub fn split_year(year: Pence) -> [Pence; 12] {
    let y = i128::from(year.get());
    std::array::from_fn(|k| {
        let k = k as i128;
        Pence(round_div(y * (k + 1), 12) - round_div(y * k, 12))
    })
}

/// Rate × hours × weeks, to the nearest penny.
pub fn pay_for_hours(rate: Pence, hours: Ratio, weeks: u32) -> Pence {
    let n = i128::from(rate.get()) * i128::from(hours.num()) * i128::from(weeks);
    Pence(round_div(n, i128::from(hours.den().max(1))))
}

/// A month's qualifying earnings: pay between the band's limits.
pub fn qualifying(band: &QualifyingEarnings, gross: Pence) -> Pence {
    (gross.min(band.upper_month) - band.lower_month).max(Pence::ZERO)
}

/// The umbrella's employer costs on a month's gross pay:
/// `(employer NI, levy, employer pension)`.
fn employer_costs(emp: &Employee, t: &LocumTerms, gross: Pence) -> (Pence, Pence, Pence) {
    let band = rates::qualifying_earnings(emp.year);
    let levy = if t.levy {
        gross.times(rates::APPRENTICESHIP_LEVY_RATE)
    } else {
        Pence::ZERO
    };
    let pension = t
        .pension
        .map_or(Pence::ZERO, |p| qualifying(&band, gross).times(p.employer));
    (employer_ni_month(emp.year, gross), levy, pension)
}

/// The umbrella's month: the largest gross pay whose employer costs, with the
/// margin, the income covers (costs never fall as pay rises, so a search on
/// whole pence finds it).
pub fn umbrella_month(
    emp: &Employee,
    t: &LocumTerms,
    income: Pence,
    margin: Pence,
) -> UmbrellaMonth {
    let margin = margin.min(income).max(Pence::ZERO);
    let available = income - margin;
    let cost = |g: Pence| {
        let (ni, levy, pension) = employer_costs(emp, t, g);
        g + ni + levy + pension
    };
    let (mut lo, mut hi) = (0i64, available.get().max(0));
    while lo < hi {
        let mid = lo + (hi - lo + 1) / 2;
        if cost(Pence(mid)) <= available {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    let gross = Pence(lo);
    let (employer_ni, levy, employer_pension) = employer_costs(emp, t, gross);
    UmbrellaMonth {
        income,
        margin,
        employer_ni,
        levy,
        employer_pension,
        rounding: available - gross - employer_ni - levy - employer_pension,
        gross,
    }
}

/// Each month's employer side: the umbrella's sums, or for agency PAYE the
/// pay rate plus holiday pay as gross pay (and the agency's pension on top).
fn employer_months(emp: &Employee, t: &LocumTerms) -> [UmbrellaMonth; 12] {
    let hours_pay = pay_for_hours(t.rate, t.hours, t.weeks);
    match t.route {
        Route::Umbrella => {
            let margins = split_year(Pence(
                t.margin_week.get().saturating_mul(i64::from(t.weeks)),
            ));
            let incomes = split_year(hours_pay);
            // The months differ by a penny at most: work each distinct one once.
            let mut done: Vec<UmbrellaMonth> = Vec::with_capacity(4);
            std::array::from_fn(|k| {
                let (income, margin) = (incomes[k], margins[k]);
                let same = |m: &&UmbrellaMonth| {
                    m.income == income && m.margin == margin.min(income).max(Pence::ZERO)
                };
                if let Some(m) = done.iter().find(same) {
                    return *m;
                }
                let m = umbrella_month(emp, t, income, margin);
                done.push(m);
                m
            })
        }
        Route::AgencyPaye => {
            let gross = hours_pay + hours_pay.times(rates::HOLIDAY_ACCRUAL);
            let band = rates::qualifying_earnings(emp.year);
            split_year(gross).map(|g| UmbrellaMonth {
                income: g,
                gross: g,
                employer_pension: t
                    .pension
                    .map_or(Pence::ZERO, |p| qualifying(&band, g).times(p.employer)),
                ..UmbrellaMonth::default()
            })
        }
    }
}

/// The year's take-home on an agency offer, worked month by month.
pub fn locum_pay(emp: &Employee, t: &LocumTerms) -> LocumPay {
    let y = year_figures(emp, t);
    let holiday_pay = holiday_in(y.year.gross);
    let costs = costs_breakdown(emp, t, &y.year);
    let (take_home, net) = take_home_breakdown(emp, t, &y.total, y.tax, holiday_pay);
    LocumPay {
        route: t.route,
        year: y.year,
        month_costs: y.first_costs,
        holiday_pay,
        payslips: y.total,
        month: y.first_slip,
        tax: y.tax,
        net,
        costs,
        take_home,
    }
}

/// The year's figures without the explanations (the break-even search runs
/// this a few dozen times a keystroke).
struct YearFigures {
    year: UmbrellaMonth,
    first_costs: UmbrellaMonth,
    total: Payslip,
    first_slip: Payslip,
    tax: Pence,
}

impl YearFigures {
    /// Gross less pension, the year's tax, NI and loans (as the breakdown adds up).
    fn net(&self) -> Pence {
        let t = &self.total;
        t.gross - t.pension - self.tax - t.ni - t.loans()
    }
}

fn year_figures(emp: &Employee, t: &LocumTerms) -> YearFigures {
    let months = employer_months(emp, t);
    let band = rates::qualifying_earnings(emp.year);
    let worker = t.pension.map_or(Ratio::ZERO, |p| p.worker);
    let slips = payroll_months(
        emp,
        &months.map(|m| (m.gross, qualifying(&band, m.gross).times(worker))),
    );
    let total = year_total(&slips);
    YearFigures {
        year: months.iter().fold(UmbrellaMonth::default(), |a, m| a + *m),
        first_costs: months[0],
        first_slip: slips[0],
        tax: annual_income_tax(
            &rates::income_tax(emp.year, emp.region),
            total.gross - total.pension,
        ),
        total,
    }
}

/// The holiday pay within gross pay that includes 12.07% on pay for work done:
/// gross × 1,207 / 11,207, to the nearest penny.
pub fn holiday_in(gross: Pence) -> Pence {
    let r = rates::HOLIDAY_ACCRUAL;
    Pence(round_div(
        i128::from(gross.get()) * i128::from(r.num()),
        i128::from(r.den() + r.num()),
    ))
}

/// Days of holiday pay a year: weeks worked × 5 days × 12.07%, in hundredths
/// of a day (46 weeks: 2,776, that is 27.76 days).
pub fn holiday_days_hundredths(weeks: u32) -> i64 {
    let r = rates::HOLIDAY_ACCRUAL;
    round_div(
        i128::from(weeks) * 5 * 100 * i128::from(r.num()),
        i128::from(r.den()),
    )
}

fn hours_working(t: &LocumTerms) -> String {
    format!(
        "{} an hour × {} hours a week × {} weeks worked (weeks between assignments are unpaid)",
        t.rate.format(),
        decimal_label(t.hours),
        t.weeks
    )
}

/// `37`, `37.5`, `37.25`: a decimal to two places, for display.
pub fn decimal_label(r: Ratio) -> String {
    let h = round_div(i128::from(r.num()) * 100, i128::from(r.den().max(1)));
    match h % 100 {
        0 => format!("{}", h / 100),
        f if f % 10 == 0 => format!("{}.{}", h / 100, f / 10),
        f => format!("{}.{f:02}", h / 100),
    }
}

fn costs_breakdown(emp: &Employee, t: &LocumTerms, y: &UmbrellaMonth) -> Breakdown {
    let mut b = Breakdown::new(format!(
        "From assignment income to your gross pay ({})",
        emp.year.label()
    ));
    if t.route == Route::AgencyPaye {
        return b;
    }
    let ni = rates::employer_ni(emp.year);
    let band = rates::qualifying_earnings(emp.year);
    b.add(
        "Assignment income",
        format!("{}: what the agency pays the umbrella", hours_working(t)),
        y.income,
        Some(&rates::UMBRELLA_GUIDANCE),
    );
    b.subtract(
        "The umbrella's margin",
        format!(
            "{} a week worked × {} weeks",
            t.margin_week.format(),
            t.weeks
        ),
        y.margin,
        Some(&rates::UMBRELLA_MARGIN),
    );
    b.subtract(
        "Employer National Insurance",
        format!(
            "{} of each month's gross pay above {} (the umbrella is your employer), each month rounded as payroll does",
            ni.rate.percent_label(),
            ni.threshold_month.format()
        ),
        y.employer_ni,
        Some(ni.source),
    );
    if t.levy {
        b.subtract(
            "Apprenticeship levy",
            format!(
                "{} of gross pay, to the nearest penny each month (an umbrella with a pay bill over £3 million pays it)",
                rates::APPRENTICESHIP_LEVY_RATE.percent_label()
            ),
            y.levy,
            Some(&rates::APPRENTICESHIP_LEVY),
        );
    }
    if let Some(p) = t.pension {
        b.subtract(
            "Employer pension",
            format!(
                "{} of qualifying earnings: each month's gross pay between {} and {}",
                p.employer.percent_label(),
                band.lower_month.format(),
                band.upper_month.format()
            ),
            y.employer_pension,
            Some(&rates::AUTO_ENROLMENT_MINIMUM),
        );
    }
    if y.rounding > Pence::ZERO {
        b.subtract(
            "Left over after rounding",
            "pence the income leaves once the costs of the largest gross pay it covers are paid",
            y.rounding,
            None,
        );
    }
    b.total(
        "Your gross pay",
        "what is left: employer NI, levy and pension are worked on gross pay itself, so each month's gross pay is the largest, to the penny, whose costs the income covers",
    );
    b
}

fn take_home_breakdown(
    emp: &Employee,
    t: &LocumTerms,
    total: &Payslip,
    tax: Pence,
    holiday_pay: Pence,
) -> (Breakdown, Pence) {
    let band = rates::qualifying_earnings(emp.year);
    let mut b = Breakdown::new(format!("Your take-home a year ({})", emp.year.label()));
    let gross_working = match t.route {
        Route::Umbrella => {
            "what is left of the assignment income (see above), in twelve monthly payslips"
                .to_string()
        }
        Route::AgencyPaye => format!(
            "{}, plus holiday pay of {} on it, in twelve monthly payslips",
            hours_working(t),
            rates::HOLIDAY_ACCRUAL.percent_label()
        ),
    };
    b.add("Gross pay", gross_working, total.gross, None);
    b.note(
        "of which holiday pay",
        match t.holiday {
            HolidayPay::RolledUp => "12.07% of pay for work done, added to each payslip as its own line",
            HolidayPay::WhenTaken => "12.07% of pay for work done, held and paid in the weeks you take off: the same over the year, spread over the year's payslips here",
        },
        holiday_pay,
        Some(&rates::ROLLED_UP_HOLIDAY),
    );
    if let Some(p) = t.pension {
        b.subtract(
            "Your pension contribution",
            format!(
                "{} of qualifying earnings (each month's pay between {} and {}), deducted before income tax; under relief at source 4% comes off your net pay and the scheme claims the 1% from HMRC, the same for a basic-rate taxpayer",
                p.worker.percent_label(),
                band.lower_month.format(),
                band.upper_month.format()
            ),
            total.pension,
            Some(&rates::AUTO_ENROLMENT_MINIMUM),
        );
    }
    let t_rates = rates::income_tax(emp.year, emp.region);
    b.subtract(
        "Income tax for the year",
        format!(
            "on {} after pension, less the personal allowance; what you owe for the year on this pay if it is your only income",
            (total.gross - total.pension).format()
        ),
        tax,
        Some(t_rates.source),
    );
    b.subtract(
        "National Insurance",
        "on each month's pay alone: 8% from £1,048 to £4,189 and 2% above, rounded as payroll does",
        total.ni,
        Some(&rates::HMRC_NI_ROUNDING),
    );
    if !emp.loans.is_empty() {
        b.subtract(
            "Student loan",
            "9% (postgraduate 6%) of each month's pay above a twelfth of the threshold, each deduction rounded down to the whole pound",
            total.loans(),
            Some(rates::student_loans_source(emp.year)),
        );
    }
    let net = b.total("Take-home pay a year", "gross less every deduction");
    b.note(
        "Income tax PAYE deducts over the year",
        format!(
            "tax code {}, month by month; HMRC settles any difference after the year",
            emp.tax_code.label()
        ),
        total.tax,
        Some(&rates::HMRC_PAYE_SPEC),
    );
    (b, net)
}

/// What a measure of the agency offer is worth at a rate: take-home, or
/// take-home plus the employer's pension.
pub fn measure(emp: &Employee, t: &LocumTerms, with_pension: bool) -> Pence {
    let y = year_figures(emp, t);
    if with_pension {
        y.net() + y.year.employer_pension
    } else {
        y.net()
    }
}

/// The highest hourly rate this calculator searches for a break-even: £1,000.
pub const MAX_BREAK_EVEN_RATE: Pence = Pence::pounds(1_000);

/// The lowest hourly rate, to the penny, at which the agency offer's
/// [`measure`] reaches `target`; `None` if even [`MAX_BREAK_EVEN_RATE`] does not
/// (or no hours are worked). At the rate returned the measure is at least
/// `target`, and a penny less it is below it.
pub fn break_even_rate(
    emp: &Employee,
    t: &LocumTerms,
    target: Pence,
    with_pension: bool,
) -> Option<Pence> {
    let at = |r: i64| {
        measure(
            emp,
            &LocumTerms {
                rate: Pence(r),
                ..*t
            },
            with_pension,
        )
    };
    if at(0) >= target {
        return Some(Pence::ZERO);
    }
    if at(MAX_BREAK_EVEN_RATE.get()) < target {
        return None;
    }
    let (mut lo, mut hi) = (0i64, MAX_BREAK_EVEN_RATE.get());
    // at(lo) < target <= at(hi)
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if at(mid) >= target {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    Some(Pence(hi))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::payroll::{Lgps, Pay};
    use crate::engine::rates::{LoanPlan, TaxRegion, TaxYear};
    use crate::engine::take_home::take_home;
    use crate::engine::tax_code::STANDARD;

    /// A social worker on 1257L with a Plan 2 loan, 2026/27, England.
    fn worker() -> Employee {
        Employee {
            year: TaxYear::Y2026_27,
            region: TaxRegion::Ewni,
            tax_code: STANDARD,
            loans: vec![LoanPlan::Plan2],
            lgps: Lgps::OptedOut,
        }
    }

    fn umbrella(rate_pounds: i64) -> LocumTerms {
        LocumTerms {
            route: Route::Umbrella,
            rate: Pence::pounds(rate_pounds),
            hours: Ratio::new(37, 1).unwrap(),
            weeks: 46,
            margin_week: Pence::pounds(20),
            holiday: HolidayPay::RolledUp,
            levy: true,
            pension: Some(AutoEnrolment {
                employer: Ratio::bp(300),
                worker: Ratio::bp(500),
            }),
        }
    }

    /// £38 an hour × 37 hours × 46 weeks = £64,676.00 a year; the margin £20 × 46
    /// = £920.00. Month 1 (April): income 64,676.00 / 12 = 5,389.6667 -> £5,389.67
    /// (months add up to the year), margin 920 / 12 -> £76.67, so £5,313.00 is
    /// left for the gross pay and the umbrella's employer costs (every month:
    /// (64,676 − 920) / 12 = 5,313 exactly).
    /// Costs above £4,189 a month: G + 15% (G − 417) + 0.5% G + 3% × (4,189 − 520)
    /// = 1.155 G − 62.55 + 110.07, so G = (5,313 − 47.52) / 1.155 = 4,558.857.
    /// G = £4,558.86: employer NI 15% × 4,141.86 = 621.279 -> £621.28; levy 0.5%
    /// × 4,558.86 = 22.7943 -> £22.79; employer pension 3% × 3,669 = £110.07;
    /// 4,558.86 + 621.28 + 22.79 + 110.07 = £5,313.00, nothing left over.
    /// (£4,558.87 would cost 5,313.01: NI 621.2805 -> £621.28, levy 22.79435 -> £22.79.)
    /// The payslip: pension 5% × 3,669 = £183.45; PAYE on 4,558.86 − 183.45 =
    /// 4,375.41, less free pay 1,048.26 = 3,327.15 -> £3,327; the basic band to
    /// date 37,700 / 12 = 3,141.6666: 20% = 628.33332, 40% × 185.3334 = 74.13336,
    /// 702.46668 -> £702.46. NI 8% × 3,141 = 251.28 + 2% × 369.86 = 7.3972 ->
    /// 7.40: £258.68. Plan 2: 9% × (4,558.86 − 29,385 / 12 = 2,448.75) = 9% ×
    /// 2,110.11 = 189.9099 -> £189. Net 4,558.86 − 183.45 − 702.46 − 258.68 −
    /// 189 = £3,225.27.
    #[test]
    fn an_umbrella_month_from_assignment_income_to_net_pay() {
        let p = locum_pay(&worker(), &umbrella(38));
        let m = p.month_costs;
        assert_eq!((m.income, m.margin), (Pence(538_967), Pence(7_667)));
        assert_eq!(
            (m.employer_ni, m.levy, m.employer_pension, m.rounding),
            (Pence(62_128), Pence(2_279), Pence(11_007), Pence::ZERO)
        );
        assert_eq!(m.gross, Pence(455_886));
        let s = p.month;
        assert_eq!(
            (s.pension, s.tax, s.ni, s.loan, s.net),
            (
                Pence(18_345),
                Pence(70_246),
                Pence(25_868),
                Pence::pounds(189),
                Pence(322_527)
            )
        );
    }

    /// The year: every month leaves £5,313.00, but the income alternates
    /// £5,389.67 / £5,389.66 with the margin (£76.67 / £76.66), so each month's
    /// gross pay is £4,558.86 (checked for £5,312.99 too: £4,558.85 costs
    /// 4,558.85 + 621.28 + 22.79 + 110.07 = 5,312.99). Gross 12 × 4,558.86 =
    /// £54,706.32; employer NI £7,455.36; levy £273.48; pension £1,320.84;
    /// margin £920: 54,706.32 + 7,455.36 + 273.48 + 1,320.84 + 920 = £64,676.00.
    /// Take-home: pension 12 × 183.45 = 2,201.40; tax on 52,504.92 less 12,570 =
    /// 39,934.92: 20% × 37,700 = 7,540 + 40% × 2,234.92 = 893.968, £8,433.97;
    /// NI 12 × 258.68 = 3,104.16; loan 12 × 189 = 2,268. Net 54,706.32 −
    /// 2,201.40 − 8,433.97 − 3,104.16 − 2,268 = £38,698.79. PAYE over the year:
    /// 52,504.92 − 12 × 1,048.26 = 39,925.80 -> 39,925: 7,540 + 40% × 2,225 =
    /// £8,430.00. Holiday pay within the gross: 54,706.32 × 1,207 / 11,207 =
    /// 5,891.86...: £5,891.86.
    #[test]
    fn an_umbrella_year_adds_up_to_the_income() {
        let p = locum_pay(&worker(), &umbrella(38));
        let y = p.year;
        assert_eq!(y.income, Pence::pounds(64_676));
        assert_eq!(y.gross, Pence(5_470_632));
        assert_eq!(
            (
                y.employer_ni,
                y.levy,
                y.employer_pension,
                y.margin,
                y.rounding
            ),
            (
                Pence(745_536),
                Pence(27_348),
                Pence(132_084),
                Pence::pounds(920),
                Pence::ZERO
            )
        );
        assert_eq!(p.costs.running_sum(), y.gross);
        assert_eq!(
            (p.payslips.pension, p.tax),
            (Pence(220_140), Pence(843_397))
        );
        assert_eq!(
            (p.payslips.ni, p.payslips.loans()),
            (Pence(310_416), Pence::pounds(2_268))
        );
        assert_eq!(p.net, Pence(3_869_879));
        assert_eq!(p.payslips.tax, Pence::pounds(8_430));
        assert_eq!(p.holiday_pay, Pence(589_190));
    }

    /// The same worker on the agency's payroll at £30 an hour: 30 × 37 × 46 =
    /// £51,060.00, plus 12.07% holiday pay = 6,162.942 -> £6,162.94: £57,222.94 a
    /// year, month 1 5,722,294 / 12 = 476,857.83 -> £4,768.58. Pension 5% × 3,669
    /// = £183.45; PAYE on 4,768.58 − 183.45 − 1,048.26 = 3,536.87 -> 3,536:
    /// 628.33332 + 40% × 394.3334 = 157.73336, 786.06668 -> £786.06. NI 251.28 +
    /// 2% × 579.58 = 11.5916 -> 11.59: £262.87. Plan 2 9% × (4,768.58 − 2,448.75)
    /// = 208.7847 -> £208. Net 4,768.58 − 183.45 − 786.06 − 262.87 − 208 =
    /// £3,328.20. The agency's employer pension on top: 3% × 3,669 = £110.07.
    #[test]
    fn the_same_worker_on_the_agency_payroll() {
        let t = LocumTerms {
            route: Route::AgencyPaye,
            ..umbrella(30)
        };
        let p = locum_pay(&worker(), &t);
        assert_eq!(p.year.gross, Pence(5_722_294));
        assert_eq!(p.month.gross, Pence(476_858));
        assert_eq!(
            (
                p.month.pension,
                p.month.tax,
                p.month.ni,
                p.month.loan,
                p.month.net
            ),
            (
                Pence(18_345),
                Pence(78_606),
                Pence(26_287),
                Pence::pounds(208),
                Pence(332_820)
            )
        );
        assert_eq!(p.month_costs.employer_pension, Pence(11_007));
        assert_eq!(
            (p.month_costs.employer_ni, p.month_costs.margin),
            (Pence::ZERO, Pence::ZERO)
        );
        assert!(p.costs.lines.is_empty());
    }

    /// The permanent offer beside it: £39,500, LGPS main (6.5% in 2026/27 for
    /// £29,000 to £47,300), same loan and code. A month 39,500 / 12 -> £3,291.67;
    /// pension 6.5% × 3,291.67 = 213.95855 -> £213.96; tax for the year on
    /// 12 × (3,291.67 − 213.96) = 36,932.52 less 12,570: 20% × 24,362.52 =
    /// £4,872.50; NI 8% × 2,243.67 = 179.4936 -> £179.49, × 12 = 2,153.88; loan
    /// 9% × 842.92 = 75.86 -> £75, × 12 = 900. Net 39,500.04 − 2,567.52 −
    /// 4,872.50 − 2,153.88 − 900 = £29,006.14: the umbrella's £38,698.79 is
    /// £9,692.65 more. With employer pensions: 29,006.14 + 19.8% × 39,500 =
    /// 7,821 = £36,827.14, against 38,698.79 + 1,320.84 = £40,019.63.
    #[test]
    fn a_permanent_offer_beside_it() {
        let emp = Employee {
            lgps: Lgps::Main,
            ..worker()
        };
        let pay = Pay {
            salary: Pence::pounds(39_500),
            supplement: Pence::ZERO,
            supplement_pensionable: true,
        };
        let perm = take_home(&emp, &pay);
        assert_eq!(perm.net, Pence(2_900_614));
        let agency = locum_pay(&worker(), &umbrella(38));
        assert_eq!(agency.net - perm.net, Pence(969_265));
        assert_eq!(agency.net + agency.year.employer_pension, Pence(4_001_963));
    }

    /// The break-even rate, put back in: at it the take-home reaches the
    /// permanent £29,006.14, a penny an hour less it does not.
    #[test]
    fn the_break_even_rate_put_back_in() {
        let target = Pence(2_900_614);
        let t = umbrella(38);
        let r = break_even_rate(&worker(), &t, target, false).unwrap();
        let at = |rate: Pence| locum_pay(&worker(), &LocumTerms { rate, ..t }).net;
        assert!(at(r) >= target, "{r:?}");
        assert!(at(r - Pence(1)) < target, "{r:?}");
        // Well below £38, which gives £9,692.65 more.
        assert!(r > Pence::pounds(20) && r < Pence::pounds(38), "{r:?}");
        let with = break_even_rate(&worker(), &t, Pence(3_682_714), true).unwrap();
        assert!(with > r);
        let m = measure(&worker(), &LocumTerms { rate: with, ..t }, true);
        assert!(m >= Pence(3_682_714));
        assert!(
            measure(
                &worker(),
                &LocumTerms {
                    rate: with - Pence(1),
                    ..t
                },
                true
            ) < Pence(3_682_714)
        );
    }

    #[test]
    fn holiday_and_labels() {
        assert_eq!(holiday_days_hundredths(46), 2_776);
        assert_eq!(decimal_label(Ratio::new(3_750, 100).unwrap()), "37.5");
        assert_eq!(decimal_label(Ratio::new(37, 1).unwrap()), "37");
        assert_eq!(decimal_label(Ratio::new(3_725, 100).unwrap()), "37.25");
        let s = split_year(Pence(100));
        assert_eq!(s.iter().copied().sum::<Pence>(), Pence(100));
    }
}
