//! A service's staffing and cost, month by month over one to five years, "as
//! now" and "with the strategy" (issue 12, docs/workforce.md).
//!
//! Staff are counted in millionths of an FTE ([`Fte`]), money in pence. Every
//! post of the establishment is, every month, held by a permanent worker, covered
//! by an agency worker, or vacant and not covered: `permanent + agency +
//! uncovered = establishment`, always (uncovered is what is left, and the flows
//! below never take it below zero).
//!
//! Each month, in this order:
//! 1. Leavers: permanent FTE × the monthly leaving chance `1 − (1 − T)^(1/12)`,
//!    where `T` is the turnover, less the scheme's cut for those on it:
//!    `T × (1 − take-up × cut)`.
//! 2. Agency conversions: a twelfth of the year's number (spread so each year's
//!    total is exact), never more than the agency FTE there are.
//! 3. Recruitment starts for posts without a permanent holder and not already
//!    being recruited to, up to the capacity a month; each start arrives after the
//!    time to fill.
//! 4. Arrivals (recruits due this month, and trainees qualifying this month who
//!    stay) fill posts without a permanent holder; any beyond the establishment
//!    cannot be placed and are counted as such.
//! 5. Agency follows the gap: a gap that grew is covered by agency in the cover
//!    share; a gap that shrank releases agency workers first.
//!
//! Costs each month: the permanent pay bill (permanent FTE × a FTE's running cost
//! a year / 12), agency spend (agency FTE × agency cost a FTE a year / 12),
//! recruitment (each recruit placed), the scheme (permanent FTE × take-up × its
//! cost a head a year / 12), training (each trainee at intake). The FTE-months of
//! a year are added up exactly and each line is rounded to the penny once a year
//! (halves up).

use super::breakdown::{Breakdown, Value};
use super::money::{round_div, Pence, Ratio};
use super::probability::{monthly_leaving, Fixed, SCALE};
use super::rates;

/// FTE in millionths: 85.8 FTE is `Fte(85_800_000)`. Fine enough that rounding
/// each month's flows moves no cost by more than pennies over five years.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Fte(pub i64);

impl Fte {
    pub const ZERO: Fte = Fte(0);

    pub const ONE: i64 = 1_000_000;

    /// From an exact ratio (an input such as 85.8), to the nearest millionth.
    pub fn from_ratio(r: Ratio) -> Fte {
        Fte(round_div(
            i128::from(r.num()) * i128::from(Fte::ONE),
            i128::from(r.den()),
        ))
    }

    /// One decimal place, for tables and sentences: `85.8`.
    pub fn label(self) -> String {
        let tenths = round_div(i128::from(self.0), i128::from(Fte::ONE / 10));
        let sign = if tenths < 0 { "-" } else { "" };
        format!("{sign}{}.{}", tenths.abs() / 10, tenths.abs() % 10)
    }
}

/// The largest establishment the projection takes.
pub const MAX_ESTABLISHMENT: i64 = 5_000 * Fte::ONE;
/// The longest horizon, in years.
pub const MAX_YEARS: u32 = 5;

/// The service at the start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Service {
    pub establishment: Fte,
    pub permanent: Fte,
    pub agency: Fte,
}

impl Service {
    pub fn uncovered(&self) -> Fte {
        Fte(self.establishment.0 - self.permanent.0 - self.agency.0)
    }

    /// The service from the rates a head of service knows, by DfE's definitions
    /// (establishment = in post + vacancies; FTE to the nearest millionth):
    /// `permanent = establishment × (1 − vacancy rate)` and, from `agency rate =
    /// agency / (agency + permanent)`, `agency = permanent × agency rate / (1 −
    /// agency rate)`. E.g. 230 posts, 25% and 23%: 172.5 permanent, 51.5 agency.
    ///
    /// Errors: [`WorkforceError::AgencyRateTooHigh`] when the agency rate is
    /// more than the vacancy rate (agency workers cover vacant posts, so more
    /// would need more agency staff than there are vacancies) or is 100%.
    pub fn from_rates(
        establishment: Fte,
        vacancy_rate: Ratio,
        agency_rate: Ratio,
    ) -> Result<Service, WorkforceError> {
        if !agency_rate.le(vacancy_rate) || agency_rate.complement().is_zero() {
            return Err(WorkforceError::AgencyRateTooHigh);
        }
        let permanent = ratio_of(vacancy_rate.complement(), establishment.0);
        let agency = round_div(
            i128::from(permanent) * i128::from(agency_rate.num()),
            i128::from(agency_rate.den() - agency_rate.num()),
        );
        Ok(Service {
            establishment,
            permanent: Fte(permanent),
            // Never past the establishment, whatever the rounding.
            agency: Fte(agency.min(establishment.0 - permanent)),
        })
    }

    /// The starting staff (year 0).
    pub fn staff(&self) -> Staff {
        Staff {
            permanent: self.permanent,
            agency: self.agency,
            uncovered: self.uncovered(),
        }
    }
}

/// A retention scheme paid to permanent staff.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SchemeLever {
    /// Share of permanent staff on the scheme.
    pub take_up: Ratio,
    /// The assumed cut in turnover among those on it (a share of the turnover).
    pub turnover_cut: Ratio,
    /// Its cost a head a year, with on-costs.
    pub cost_a_head: Pence,
}

/// One scenario's flows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Flows {
    pub turnover: Ratio,
    /// Share of a new gap covered by agency.
    pub cover: Ratio,
    pub hires_a_month: Fte,
    pub time_to_fill: u32,
    pub conversions_a_year: Fte,
    pub trainees_a_year: Fte,
    pub months_to_qualify: u32,
    /// Share of trainees who qualify and stay.
    pub trainees_stay: Ratio,
    pub scheme: Option<SchemeLever>,
}

/// What each thing costs, a year or a time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnitCosts {
    pub permanent_a_year: Pence,
    pub agency_a_year: Pence,
    pub recruitment_a_hire: Pence,
    pub training_a_head: Pence,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Inputs {
    pub service: Service,
    pub as_now: Flows,
    pub strategy: Flows,
    pub costs: UnitCosts,
    pub years: u32,
}

/// Why a projection cannot be made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WorkforceError {
    NoEstablishment,
    EstablishmentTooLarge,
    /// Permanent and agency FTE add up to more than the establishment.
    OverEstablishment,
    /// Entered as rates: an agency rate above the vacancy rate (or of 100%).
    AgencyRateTooHigh,
    Years,
}

/// Costs by line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CostLines {
    pub pay_bill: Pence,
    pub agency: Pence,
    pub recruitment: Pence,
    pub scheme: Pence,
    pub training: Pence,
}

impl CostLines {
    pub fn total(&self) -> Pence {
        Pence(
            self.pay_bill.0 + self.agency.0 + self.recruitment.0 + self.scheme.0 + self.training.0,
        )
    }
}

/// The staff at the end of a month.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Staff {
    pub permanent: Fte,
    pub agency: Fte,
    pub uncovered: Fte,
}

/// One year of one scenario.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Year {
    pub year: u32,
    /// At the year's end.
    pub staff: Staff,
    pub leavers: Fte,
    /// Recruits placed.
    pub hires: Fte,
    pub conversions: Fte,
    /// Trainees who qualified and stayed, placed.
    pub qualified: Fte,
    /// Arrivals with no post for them.
    pub not_placed: Fte,
    pub costs: CostLines,
}

/// A year's FTE-months and counts, before they are costed.
#[derive(Clone, Copy, Debug, Default)]
struct Tally {
    permanent: i128,
    agency: i128,
    on_scheme: i128,
    hires: i128,
    trainees: i128,
}

impl Tally {
    /// Each line costed once: a year's cost × FTE-months / 12, a unit cost × count.
    fn costs(&self, costs: &UnitCosts, scheme: Option<&SchemeLever>) -> CostLines {
        let one = i128::from(Fte::ONE);
        CostLines {
            pay_bill: pro_rata(costs.permanent_a_year, self.permanent, 12 * one),
            agency: pro_rata(costs.agency_a_year, self.agency, 12 * one),
            recruitment: pro_rata(costs.recruitment_a_hire, self.hires, one),
            scheme: scheme.map_or(Pence(0), |s| {
                pro_rata(s.cost_a_head, self.on_scheme, 12 * one)
            }),
            training: pro_rata(costs.training_a_head, self.trainees, one),
        }
    }
}

impl Staff {
    /// DfE's agency rate: agency / (agency + in post), in FTE.
    pub fn agency_rate(&self) -> Ratio {
        share(self.agency.0, self.agency.0 + self.permanent.0)
    }

    /// DfE's vacancy rate: vacancies / (vacancies + in post), a vacancy being
    /// a post without a permanent holder (covered by agency or not).
    pub fn vacancy_rate(&self) -> Ratio {
        let gap = self.agency.0 + self.uncovered.0;
        share(gap, gap + self.permanent.0)
    }
}

impl Year {
    /// DfE's agency rate at the year's end (the census date).
    pub fn agency_rate(&self) -> Ratio {
        self.staff.agency_rate()
    }

    /// DfE's vacancy rate at the year's end (the census date).
    pub fn vacancy_rate(&self) -> Ratio {
        self.staff.vacancy_rate()
    }

    /// DfE's turnover: the year's leavers / permanent FTE in post at the
    /// year's end (the census's 30 September).
    pub fn turnover_rate(&self) -> Ratio {
        share(self.leavers.0, self.staff.permanent.0)
    }
}

fn share(part: i64, whole: i64) -> Ratio {
    Ratio::new(part.max(0), whole).unwrap_or(Ratio::ZERO)
}

/// One scenario over the horizon.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Projection {
    pub years: Vec<Year>,
    /// The staff at the end of every month (month 0 is the start).
    pub months: Vec<Staff>,
    pub monthly_leaving: Fixed,
    pub turnover: Ratio,
}

impl Projection {
    /// The staff at the start (year 0).
    pub fn start(&self) -> Staff {
        self.months.first().copied().unwrap_or_default()
    }

    /// The staff at the horizon.
    pub fn end(&self) -> Staff {
        self.months.last().copied().unwrap_or_default()
    }

    pub fn total(&self) -> Pence {
        Pence(self.years.iter().map(|y| y.costs.total().0).sum())
    }

    /// The three rates DfE reports, from year 0 (the start, where no year's
    /// turnover is counted) to the horizon, each at the year's end.
    pub fn rates(&self) -> Vec<Rates> {
        let start = self.start();
        std::iter::once(Rates {
            year: 0,
            turnover: None,
            agency: start.agency_rate(),
            vacancy: start.vacancy_rate(),
        })
        .chain(self.years.iter().map(|y| Rates {
            year: y.year,
            turnover: Some(y.turnover_rate()),
            agency: y.agency_rate(),
            vacancy: y.vacancy_rate(),
        }))
        .collect()
    }
}

/// One year's rates by DfE's definitions (see [`Year`]); `turnover` is `None`
/// for year 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rates {
    pub year: u32,
    pub turnover: Option<Ratio>,
    pub agency: Ratio,
    pub vacancy: Ratio,
}

/// Both scenarios, and what the strategy costs or saves.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    pub as_now: Projection,
    pub strategy: Projection,
    /// Each year, the strategy's cost less the cost as now (negative: it saves).
    pub difference: Vec<Pence>,
    pub cumulative: Vec<Pence>,
    /// The first year by whose end the strategy has cost no more than as now.
    pub break_even_year: Option<u32>,
    /// Whom the strategy's scheme is paid to against whom it keeps.
    pub deadweight: Option<Deadweight>,
    /// What each lever does alone, and all of them together.
    pub levers: Contributions,
    pub breakdown: Breakdown,
}

/// A lever of the strategy, pulled on its own to see what it does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lever {
    Scheme,
    Conversions,
    GrowOwn,
    Hires,
}

impl Lever {
    pub const ALL: [Lever; 4] = [
        Lever::Scheme,
        Lever::Conversions,
        Lever::GrowOwn,
        Lever::Hires,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Lever::Scheme => "The retention scheme alone",
            Lever::Conversions => "Agency conversions alone",
            Lever::GrowOwn => "Grow your own alone",
            Lever::Hires => "Extra hires alone",
        }
    }

    /// As now with this one lever set as in the strategy (the strategy differs
    /// from as now only in these four levers).
    pub fn alone(self, as_now: &Flows, strategy: &Flows) -> Flows {
        match self {
            Lever::Scheme => Flows {
                scheme: strategy.scheme,
                ..*as_now
            },
            Lever::Conversions => Flows {
                conversions_a_year: strategy.conversions_a_year,
                ..*as_now
            },
            Lever::GrowOwn => Flows {
                trainees_a_year: strategy.trainees_a_year,
                months_to_qualify: strategy.months_to_qualify,
                trainees_stay: strategy.trainees_stay,
                ..*as_now
            },
            Lever::Hires => Flows {
                hires_a_month: strategy.hires_a_month,
                ..*as_now
            },
        }
    }
}

/// What a scenario changes against as now over the whole period: its cost
/// less the cost as now (pence; negative saves), and the permanent and agency
/// FTE at the horizon less those as now.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Effect {
    pub cost: Pence,
    pub permanent: Fte,
    pub agency: Fte,
}

impl Effect {
    fn of(p: &Projection, as_now: &Projection) -> Effect {
        Effect {
            cost: Pence(p.total().0 - as_now.total().0),
            permanent: Fte(p.end().permanent.0 - as_now.end().permanent.0),
            agency: Fte(p.end().agency.0 - as_now.end().agency.0),
        }
    }

    fn plus(self, o: Effect) -> Effect {
        Effect {
            cost: Pence(self.cost.0 + o.cost.0),
            permanent: Fte(self.permanent.0 + o.permanent.0),
            agency: Fte(self.agency.0 + o.agency.0),
        }
    }

    fn minus(self, o: Effect) -> Effect {
        self.plus(Effect {
            cost: Pence(-o.cost.0),
            permanent: Fte(-o.permanent.0),
            agency: Fte(-o.agency.0),
        })
    }
}

/// Each lever alone (the engine run once per lever), all together (the
/// strategy), and the interaction: together less the sum of the parts. The
/// parts need not add up to the whole: levers act on the same posts (a post
/// filled by a conversion is not there for a recruit to fill).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Contributions {
    pub alone: Vec<(Lever, Effect)>,
    pub sum: Effect,
    pub together: Effect,
    pub interaction: Effect,
}

/// Runs the engine once per lever alone, against `as_now` (already projected).
pub fn contributions(inputs: &Inputs, as_now: &Projection, strategy: &Projection) -> Contributions {
    let alone: Vec<(Lever, Effect)> = Lever::ALL
        .iter()
        .map(|&l| {
            let flows = l.alone(&inputs.as_now, &inputs.strategy);
            let p = project(&inputs.service, &flows, &inputs.costs, inputs.years);
            (l, Effect::of(&p, as_now))
        })
        .collect();
    let sum = alone
        .iter()
        .fold(Effect::default(), |acc, (_, e)| acc.plus(*e));
    let together = Effect::of(strategy, as_now);
    Contributions {
        alone,
        sum,
        together,
        interaction: together.minus(sum),
    }
}

/// How the turnover entered relates to the census's measure of it. The model
/// takes `h = 1 − (1 − T)^(1/12)` a month, so of the staff in post at the start
/// exactly `T` have left a year later. The census divides all the year's
/// leavers by those in post on 30 September, so it counts more than `T`:
/// in a service that replaces its leavers as they go, `12 × h` (replacements can
/// leave too: 10.49% for 10%); in one that replaces nobody, `T / (1 − T)` (10
/// leave of 100 and 90 remain: 11.11% for 10%).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TurnoverCounted {
    pub entered: Ratio,
    pub monthly: Fixed,
    /// `12 × h`.
    pub replaced: Fixed,
    /// `T / (1 − T)`; `None` at 100%.
    pub not_replaced: Option<Ratio>,
}

pub fn turnover_counted(t: Ratio) -> TurnoverCounted {
    let monthly = monthly_leaving(t);
    TurnoverCounted {
        entered: t,
        monthly,
        // 12 = 120,000 basis points.
        replaced: monthly.times(Fixed::from_ratio(Ratio::bp(120_000))),
        not_replaced: Ratio::new(t.num(), t.den() - t.num()).filter(|_| t.num() < t.den()),
    }
}

/// A scheme's reach in a year at the starting staff: the FTE it is paid to and
/// the FTE it keeps who would otherwise have left (the rest of those paid are
/// its deadweight: they would have stayed anyway).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Deadweight {
    pub paid: Fte,
    pub kept: Fte,
}

/// `paid = permanent × take-up`; `kept = permanent × turnover − permanent × turnover with the scheme`.
pub fn deadweight(permanent: Fte, flows: &Flows) -> Option<Deadweight> {
    let s = flows.scheme?;
    let leaving = |t: Ratio| ratio_of(t, permanent.0);
    Some(Deadweight {
        paid: Fte(ratio_of(s.take_up, permanent.0)),
        kept: Fte(leaving(flows.turnover) - leaving(turnover_with(flows))),
    })
}

/// The turnover with a scheme: `T × (1 − take-up × cut)`, exact.
pub fn turnover_with(flows: &Flows) -> Ratio {
    match flows.scheme {
        None => flows.turnover,
        Some(s) => {
            let t = flows.turnover;
            // T × (1 − u × c) = T.num × (u.den × c.den − u.num × c.num) / (T.den × u.den × c.den)
            let kept = i128::from(s.take_up.den()) * i128::from(s.turnover_cut.den())
                - i128::from(s.take_up.num()) * i128::from(s.turnover_cut.num());
            let den = i128::from(t.den())
                * i128::from(s.take_up.den())
                * i128::from(s.turnover_cut.den());
            let num = i128::from(t.num()) * kept.max(0);
            // Back to basis points of a basis point: exact enough, and in range.
            let scaled = round_div(num * 1_000_000, den);
            Ratio::new(scaled, 1_000_000).unwrap_or(Ratio::ZERO)
        }
    }
}

/// `amount × part ÷ whole`, rounded half up (`amount` in pence, `part` and
/// `whole` in any one unit).
fn pro_rata(amount: Pence, part: i128, whole: i128) -> Pence {
    Pence(round_div(i128::from(amount.0) * part, whole))
}

/// How much of a yearly count falls in month `m` (1-based), so that each year's
/// months add up to the year's count exactly.
fn in_month(a_year: Fte, m: u32) -> i64 {
    let upto = |k: u32| round_div(i128::from(a_year.0) * i128::from(k), 12);
    upto(m) - upto(m - 1)
}

fn ratio_of(r: Ratio, fte: i64) -> i64 {
    round_div(i128::from(fte) * i128::from(r.num()), i128::from(r.den()))
}

/// One scenario, month by month.
pub fn project(service: &Service, flows: &Flows, costs: &UnitCosts, years: u32) -> Projection {
    let months = years * 12;
    let e = service.establishment.0;
    let turnover = turnover_with(flows);
    let h = monthly_leaving(turnover);
    let (mut p, mut a) = (service.permanent.0, service.agency.0);
    let fill = flows.time_to_fill as usize;
    let qualify = flows.months_to_qualify as usize;
    // Recruits arriving in month m, at index m.
    let mut arriving = vec![0i64; months as usize + fill + 2];
    let mut intake = vec![0i64; months as usize + 1];
    let mut in_pipeline = 0i64;
    let mut staff = vec![Staff {
        permanent: Fte(p),
        agency: Fte(a),
        uncovered: Fte(e - p - a),
    }];
    let mut out = Vec::new();
    let mut year = Year {
        year: 1,
        ..Year::default()
    };
    let mut tally = Tally::default();
    for m in 1..=months {
        let mi = m as usize;
        // 1. Leavers.
        let leavers = round_div(i128::from(p) * h.raw(), SCALE).min(p);
        p -= leavers;
        // 2. Conversions.
        let conversions = in_month(flows.conversions_a_year, m).min(a);
        a -= conversions;
        p += conversions;
        // 3. Recruitment starts.
        let open = (e - p - in_pipeline).max(0);
        let starts = flows.hires_a_month.0.min(open);
        arriving[mi + fill] += starts;
        in_pipeline += starts;
        // 4. Arrivals.
        let recruits = arriving[mi];
        in_pipeline -= recruits;
        intake[mi] = in_month(flows.trainees_a_year, m);
        let qualifiers = if mi > qualify {
            ratio_of(flows.trainees_stay, intake[mi - qualify])
        } else {
            0
        };
        let room = e - p;
        let hires = recruits.min(room);
        let qualified = qualifiers.min(room - hires);
        let placed = hires + qualified;
        p += placed;
        // 5. Agency follows the gap.
        if leavers >= placed {
            a += ratio_of(flows.cover, leavers - placed);
        } else {
            a -= (placed - leavers).min(a);
        }
        a = a.min(e - p);
        // What it costs, added up for the year.
        tally.permanent += i128::from(p);
        tally.agency += i128::from(a);
        if let Some(sc) = &flows.scheme {
            tally.on_scheme += i128::from(ratio_of(sc.take_up, p));
        }
        tally.hires += i128::from(hires);
        tally.trainees += i128::from(intake[mi]);
        year.leavers.0 += leavers;
        year.hires.0 += hires;
        year.conversions.0 += conversions;
        year.qualified.0 += qualified;
        year.not_placed.0 += recruits - hires + qualifiers - qualified;
        let now = Staff {
            permanent: Fte(p),
            agency: Fte(a),
            uncovered: Fte(e - p - a),
        };
        staff.push(now);
        if m % 12 == 0 {
            year.staff = now;
            year.costs = tally.costs(costs, flows.scheme.as_ref());
            out.push(year);
            year = Year {
                year: m / 12 + 1,
                ..Year::default()
            };
            tally = Tally::default();
        }
    }
    Projection {
        years: out,
        months: staff,
        monthly_leaving: h,
        turnover,
    }
}

/// Both scenarios and the difference.
pub fn compare(inputs: &Inputs) -> Result<Comparison, WorkforceError> {
    let s = &inputs.service;
    if s.establishment.0 <= 0 {
        return Err(WorkforceError::NoEstablishment);
    }
    if s.establishment.0 > MAX_ESTABLISHMENT {
        return Err(WorkforceError::EstablishmentTooLarge);
    }
    if s.permanent.0 < 0 || s.agency.0 < 0 || s.uncovered().0 < 0 {
        return Err(WorkforceError::OverEstablishment);
    }
    if inputs.years == 0 || inputs.years > MAX_YEARS {
        return Err(WorkforceError::Years);
    }
    let as_now = project(s, &inputs.as_now, &inputs.costs, inputs.years);
    let strategy = project(s, &inputs.strategy, &inputs.costs, inputs.years);
    let difference: Vec<Pence> = as_now
        .years
        .iter()
        .zip(&strategy.years)
        .map(|(n, w)| Pence(w.costs.total().0 - n.costs.total().0))
        .collect();
    let cumulative: Vec<Pence> = difference
        .iter()
        .scan(0i64, |acc, d| {
            *acc += d.0;
            Some(Pence(*acc))
        })
        .collect();
    let break_even_year = cumulative
        .iter()
        .position(|c| c.0 <= 0)
        .map(|i| i as u32 + 1);
    let levers = contributions(inputs, &as_now, &strategy);
    let breakdown = explain(inputs, &as_now, &strategy, &cumulative, &levers);
    Ok(Comparison {
        as_now,
        strategy,
        difference,
        cumulative,
        break_even_year,
        deadweight: deadweight(s.permanent, &inputs.strategy),
        levers,
        breakdown,
    })
}

fn explain(
    inputs: &Inputs,
    as_now: &Projection,
    strategy: &Projection,
    cumulative: &[Pence],
    levers: &Contributions,
) -> Breakdown {
    let dfe = Some(&rates::DFE_WORKFORCE_2025);
    let mut b = Breakdown::new("How the projection is worked out");
    b.note(
        "Monthly leaving chance, as now",
        format!(
            "h = 1 − (1 − {})^(1/12), applied to the permanent FTE each month, so that of the staff in post at the start {} have left a year later",
            as_now.turnover.percent_label(),
            as_now.turnover.percent_label()
        ),
        Value::Chance(as_now.monthly_leaving),
        dfe,
    );
    explain_census_turnover(&mut b, as_now.turnover);
    let working = match inputs.strategy.scheme {
        Some(s) => format!(
            "turnover {} × (1 − take-up {} × cut {}) = {}, then as above",
            inputs.strategy.turnover.percent_label(),
            s.take_up.percent_label(),
            s.turnover_cut.percent_label(),
            strategy.turnover.percent_label(),
        ),
        None => format!("no scheme: turnover {}", strategy.turnover.percent_label()),
    };
    b.note(
        "Monthly leaving chance, with the strategy",
        working,
        Value::Chance(strategy.monthly_leaving),
        None,
    );
    b.note(
        "New gaps covered by agency",
        "the rest stay vacant",
        Value::Percent(inputs.as_now.cover),
        dfe,
    );
    let c = &inputs.costs;
    b.note(
        "A permanent FTE a year",
        "fully loaded, from the Agency or permanent page",
        c.permanent_a_year,
        None,
    );
    b.note(
        "An agency FTE a year",
        "from the Agency or permanent page",
        c.agency_a_year,
        None,
    );
    b.note(
        "Recruitment, a hire",
        "charged when the recruit starts",
        c.recruitment_a_hire,
        None,
    );
    if let Some(s) = inputs.strategy.scheme {
        b.note(
            "The scheme, a head a year",
            "with on-costs, paid to the permanent FTE on it",
            s.cost_a_head,
            None,
        );
    }
    b.note(
        "Training, a trainee",
        "charged at intake",
        c.training_a_head,
        None,
    );
    explain_levers(&mut b, levers, inputs.years);
    for (i, (n, w)) in as_now.years.iter().zip(&strategy.years).enumerate() {
        b.add(
            format!("Year {}: the strategy less as now", i + 1),
            format!(
                "{} less {}; so far, {}",
                w.costs.total().format(),
                n.costs.total().format(),
                signed(cumulative[i])
            ),
            Pence(w.costs.total().0 - n.costs.total().0),
            None,
        );
    }
    b.total(
        "The strategy over the whole period, less as now",
        format!(
            "{} less {}",
            strategy.total().format(),
            as_now.total().format()
        ),
    );
    b
}

/// The turnover the census would count for the turnover entered (see [`TurnoverCounted`]).
fn explain_census_turnover(b: &mut Breakdown, t: Ratio) {
    let c = turnover_counted(t);
    b.note(
        "Turnover as the census counts it, if leavers are replaced as they go",
        format!(
            "the year's leavers / permanent FTE in post at the year's end (DfE); with the service kept full, 12 × h, not {}: replacements can leave within the year too",
            t.percent_label()
        ),
        Value::Chance(c.replaced),
        None,
    );
    if let Some(r) = c.not_replaced {
        b.note(
            "Turnover as the census counts it, if nobody is replaced",
            format!(
                "{t} of the staff leave and {left} remain: {t} / {left}",
                t = t.percent_label(),
                left = t.complement().percent_label()
            ),
            r,
            None,
        );
    }
}

/// What each lever does alone, together, and their interaction, in cost.
fn explain_levers(b: &mut Breakdown, c: &Contributions, years: u32) {
    let lines = c.alone.iter().map(|(l, e)| (l.label(), e)).chain([
        ("The levers alone, added up", &c.sum),
        ("All the levers together (the strategy)", &c.together),
    ]);
    for (label, e) in lines {
        b.note(
            label,
            format!("over {years} years, less as now"),
            e.cost,
            None,
        );
    }
    b.note(
        "Interaction of the levers",
        "together less the sum of each alone: levers act on the same posts, so the parts need not add up to the whole",
        c.interaction.cost,
        None,
    );
}

/// `£1,000.00 more` / `£1,000.00 less` / `£0.00`.
pub fn signed(p: Pence) -> String {
    match p.0 {
        0 => Pence(0).format(),
        n if n > 0 => format!("{} more", p.format()),
        n => format!("{} less", Pence(-n).format()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FTE: i64 = Fte::ONE;

    fn still() -> Flows {
        Flows {
            turnover: Ratio::ZERO,
            cover: Ratio::ZERO,
            hires_a_month: Fte::ZERO,
            time_to_fill: 0,
            conversions_a_year: Fte::ZERO,
            trainees_a_year: Fte::ZERO,
            months_to_qualify: 0,
            trainees_stay: Ratio::ONE,
            scheme: None,
        }
    }

    fn costs() -> UnitCosts {
        UnitCosts {
            permanent_a_year: Pence::pounds(50_000),
            agency_a_year: Pence::pounds(80_000),
            recruitment_a_hire: Pence::pounds(2_000),
            training_a_head: Pence::pounds(10_000),
        }
    }

    fn service(e: i64, p: i64, a: i64) -> Service {
        Service {
            establishment: Fte(e * FTE),
            permanent: Fte(p * FTE),
            agency: Fte(a * FTE),
        }
    }

    #[test]
    fn a_service_with_no_flows_stays_put() {
        // 100 FTE, all permanent, nobody leaves or arrives: 100 FTE every month,
        // and the pay bill is 100 × £50,000 = £5,000,000 a year, every year.
        let p = project(&service(100, 100, 0), &still(), &costs(), 5);
        assert!(p
            .months
            .iter()
            .all(|s| s.permanent == Fte(100 * FTE) && s.agency == Fte::ZERO));
        assert_eq!(p.years.len(), 5);
        assert!(p
            .years
            .iter()
            .all(|y| y.costs.pay_bill == Pence::pounds(5_000_000)
                && y.costs.total() == Pence::pounds(5_000_000)));
    }

    #[test]
    fn a_year_of_turnover_with_no_hires_leaves_the_leavers_posts_vacant() {
        // 100 permanent, turnover 12%, no hires, no agency cover. Surviving a month is
        // 0.88^(1/12), so after 12 months 100 × 0.88 = 88 FTE remain and 12 posts are
        // vacant (each month's leavers are rounded to a millionth of an FTE).
        let flows = Flows {
            turnover: Ratio::bp(1200),
            ..still()
        };
        let y = project(&service(100, 100, 0), &flows, &costs(), 1).years[0];
        assert!((y.staff.permanent.0 - 88 * FTE).abs() <= 6, "{:?}", y.staff);
        assert!((y.leavers.0 - 12 * FTE).abs() <= 6);
        assert_eq!(y.staff.uncovered.0, 100 * FTE - y.staff.permanent.0);
        assert_eq!(y.staff.agency, Fte::ZERO);
        // DfE's turnover: leavers / in post at the year's end = 12 / 88 = 13.64%.
        assert_eq!(y.turnover_rate().percent_label(), "13.64%");
    }

    #[test]
    fn rates_are_as_the_census_would_count_them_at_the_year_end() {
        // 100 permanent, 10% turnover, no hires, no cover. h = 1 − 0.9^(1/12) =
        // 0.0087416, so after 12 months 100 × 0.9 = 90 remain and 10 have left.
        // Census turnover = leavers / in post on 30 September = 10 / 90 = 11.11%
        // (before: leavers / the year's average in post, 10 / 95.33 = 10.49%,
        // the average being 100 × (1 − 0.9) / h / 12 = 95.33).
        // Vacancy rate = vacancies / (vacancies + in post) = 10 / (10 + 90) = 10%.
        // Agency rate = 0 / (0 + 90) = 0%.
        let flows = Flows {
            turnover: Ratio::bp(1000),
            ..still()
        };
        let y = project(&service(100, 100, 0), &flows, &costs(), 1).years[0];
        assert!((y.staff.permanent.0 - 90 * FTE).abs() <= 6, "{:?}", y.staff);
        assert_eq!(y.turnover_rate().percent_label(), "11.11%");
        assert_eq!(y.vacancy_rate().percent_label(), "10%");
        assert_eq!(y.agency_rate().percent_label(), "0%");
        // Year 0 is the start: 100 in post, no vacancies, no turnover counted.
        let r = project(&service(100, 100, 0), &flows, &costs(), 1).rates();
        assert_eq!(r.len(), 2);
        assert_eq!((r[0].year, r[0].turnover), (0, None));
        assert!(r[0].vacancy.is_zero() && r[0].agency.is_zero());
        assert_eq!(r[1].turnover.unwrap().percent_label(), "11.11%");
    }

    #[test]
    fn a_service_that_replaces_its_leavers_at_once_counts_twelve_times_h() {
        // 100 posts, 10% turnover, recruits arrive the month they are sought (time to
        // fill 0, 10 hires a month): the service stays at 100 all year, and 100 × h
        // leave each month: 12 × 100 × 0.0087416 = 10.49 FTE. Census turnover:
        // 10.49 / 100 = 10.49%, not the 10% entered, because replacements can leave
        // within the year too; the vacancy rate is 0%.
        let flows = Flows {
            turnover: Ratio::bp(1000),
            hires_a_month: Fte(10 * FTE),
            ..still()
        };
        let y = project(&service(100, 100, 0), &flows, &costs(), 1).years[0];
        assert_eq!(y.staff.permanent, Fte(100 * FTE));
        assert_eq!(y.turnover_rate().percent_label(), "10.49%");
        assert_eq!(y.vacancy_rate().percent_label(), "0%");
        // The explanation's figures for 10%: 12 × h = 10.49%; nobody replaced:
        // 10 / 90 = 11.11%. For 8%: h = 1 − 0.92^(1/12) = 0.0069244, 12 × h = 8.31%.
        let c = turnover_counted(Ratio::bp(1000));
        assert_eq!(c.replaced.percent_label(), "10.49%");
        assert_eq!(c.not_replaced.unwrap().percent_label(), "11.11%");
        assert_eq!(
            turnover_counted(Ratio::bp(800)).replaced.percent_label(),
            "8.31%"
        );
        assert_eq!(turnover_counted(Ratio::ONE).not_replaced, None);
    }

    #[test]
    fn a_service_given_as_rates_starts_where_the_census_puts_it() {
        // 230 posts, vacancy rate 25%, agency rate 23% (the head of service's shire
        // county): in post = 230 × 0.75 = 172.5; agency = 172.5 × 0.23 / 0.77 =
        // 39.675 / 0.77 = 51.525974 FTE; uncovered = 230 − 172.5 − 51.525974 =
        // 5.974026. Year 0 gives the rates back: vacancies (51.525974 + 5.974026 =
        // 57.5) / 230 = 25%; agency 51.525974 / 224.025974 = 23%.
        let s = Service::from_rates(Fte(230 * FTE), Ratio::bp(2500), Ratio::bp(2300)).unwrap();
        assert_eq!(s.permanent, Fte(172_500_000));
        assert_eq!(s.agency, Fte(51_525_974));
        assert_eq!(s.uncovered(), Fte(5_974_026));
        let p = project(&s, &still(), &costs(), 1);
        assert_eq!(p.start(), s.staff());
        assert_eq!(p.start().vacancy_rate().percent_label(), "25%");
        assert_eq!(p.start().agency_rate().percent_label(), "23%");
        // An agency rate above the vacancy rate needs more agency staff than there
        // are vacancies (at 25% vacancies, 30% agency would be 73.9 agency FTE for
        // 57.5 vacant posts); equal is every vacancy covered: 57.5 agency.
        assert_eq!(
            Service::from_rates(Fte(230 * FTE), Ratio::bp(2500), Ratio::bp(3000)),
            Err(WorkforceError::AgencyRateTooHigh)
        );
        let all = Service::from_rates(Fte(230 * FTE), Ratio::bp(2500), Ratio::bp(2500)).unwrap();
        assert_eq!((all.agency, all.uncovered()), (Fte(57_500_000), Fte::ZERO));
        assert_eq!(
            Service::from_rates(Fte(230 * FTE), Ratio::ONE, Ratio::ONE),
            Err(WorkforceError::AgencyRateTooHigh)
        );
    }

    #[test]
    fn each_lever_alone_and_together_with_their_interaction() {
        // 100 posts: 80 permanent, 20 agency; nobody leaves; permanent £50,000 and
        // agency £80,000 a year, so each FTE-month moved from agency to permanent
        // saves £30,000 / 12 = £2,500. One year. Levers:
        // - the scheme (everyone, £1,200 a head, no cut): 80 × £1,200 = £96,000 more;
        // - 12 conversions a year, one a month: month m has m more permanent, 1 + … +
        //   12 = 78 FTE-months: 78 × £2,500 = £195,000 less; +12 permanent, −12 agency;
        // - 12 trainees (24 months to qualify): none qualify, 12 × £10,000 = £120,000;
        // - 2 hires a month, 3 months to fill: starts months 1–10, arrivals months
        //   4–12 (18 placed), month m has 2(m − 3) more permanent: 2 × (1 + … + 9) =
        //   90 FTE-months: −£225,000, and 18 × £2,000 recruitment: £189,000 less.
        // Sum of the parts: £96,000 − £195,000 + £120,000 − £189,000 = £168,000 less;
        // +30 permanent, −30 agency: but there are only 20 agency posts.
        // Together, month by month (permanent at each month's end): conversions and
        // recruits fill the same 20 posts: 81, 82, 83, 86, 89, 92, 95, 98, 100,
        // 100, 100, 100 = 1,106 FTE-months (146 more than 960): −£365,000; 11 recruits
        // placed (the 9th conversion fills the last post in month 9; 2 arrive with no
        // post): £22,000; the scheme on 1,106 FTE-months: 1,106 / 12 × £1,200 =
        // £110,600; training £120,000. Together £112,400 less; +20, −20.
        // Interaction: −£112,400 − (−£168,000) = £55,600 more; −10 permanent, +10 agency.
        let as_now = Flows {
            time_to_fill: 3,
            ..still()
        };
        let strategy = Flows {
            hires_a_month: Fte(2 * FTE),
            conversions_a_year: Fte(12 * FTE),
            trainees_a_year: Fte(12 * FTE),
            months_to_qualify: 24,
            scheme: Some(SchemeLever {
                take_up: Ratio::ONE,
                turnover_cut: Ratio::ZERO,
                cost_a_head: Pence::pounds(1_200),
            }),
            ..as_now
        };
        let c = compare(&Inputs {
            service: service(100, 80, 20),
            as_now,
            strategy,
            costs: costs(),
            years: 1,
        })
        .unwrap();
        let e = |pounds: i64, perm: i64, agency: i64| Effect {
            cost: Pence::pounds(pounds),
            permanent: Fte(perm * FTE),
            agency: Fte(agency * FTE),
        };
        let l = &c.levers;
        assert_eq!(
            l.alone,
            vec![
                (Lever::Scheme, e(96_000, 0, 0)),
                (Lever::Conversions, e(-195_000, 12, -12)),
                (Lever::GrowOwn, e(120_000, 0, 0)),
                (Lever::Hires, e(-189_000, 18, -18)),
            ]
        );
        assert_eq!(l.sum, e(-168_000, 30, -30));
        assert_eq!(l.together, e(-112_400, 20, -20));
        assert_eq!(l.interaction, e(55_600, -10, 10));
        assert_eq!(l.together.cost, c.cumulative[0]);
        assert_eq!(c.strategy.years[0].hires, Fte(11 * FTE));
        assert_eq!(c.strategy.years[0].conversions, Fte(9 * FTE));
    }

    #[test]
    fn the_four_levers_are_all_the_strategy_changes() {
        // Setting each lever in turn on as now gives the strategy back.
        let as_now = Flows {
            turnover: Ratio::bp(1180),
            cover: Ratio::bp(7360),
            hires_a_month: Fte(FTE),
            time_to_fill: 3,
            ..still()
        };
        let strategy = Flows {
            hires_a_month: Fte(3 * FTE),
            conversions_a_year: Fte(2 * FTE),
            trainees_a_year: Fte(4 * FTE),
            months_to_qualify: 24,
            trainees_stay: Ratio::bp(9300),
            scheme: Some(SchemeLever {
                take_up: Ratio::ONE,
                turnover_cut: Ratio::bp(2000),
                cost_a_head: Pence::pounds(1_000),
            }),
            ..as_now
        };
        let all = Lever::ALL
            .iter()
            .fold(as_now, |acc, l| l.alone(&acc, &strategy));
        assert_eq!(all, strategy);
    }

    #[test]
    fn agency_workers_converted_become_permanent() {
        // 80 permanent, 20 agency, 12 conversions a year: one a month, so after a
        // year 92 permanent and 8 agency; nothing else moves.
        let flows = Flows {
            conversions_a_year: Fte(12 * FTE),
            ..still()
        };
        let y = project(&service(100, 80, 20), &flows, &costs(), 1).years[0];
        assert_eq!(
            y.staff,
            Staff {
                permanent: Fte(92 * FTE),
                agency: Fte(8 * FTE),
                uncovered: Fte::ZERO
            }
        );
        assert_eq!(y.conversions, Fte(12 * FTE));
        // Agency rate 8 / (8 + 92) = 8%; vacancy rate (posts without a permanent holder) 8%.
        assert_eq!(y.agency_rate().percent_label(), "8%");
        assert_eq!(y.vacancy_rate().percent_label(), "8%");
    }

    #[test]
    fn a_grow_our_own_cohort_qualifies_and_three_in_four_stay() {
        // 90 permanent and 10 vacant posts; 12 trainees a year (one a month from month
        // 1), 12 months to qualify, 75% stay: the month-1 trainee qualifies in month 13.
        // Year 1: nobody qualifies. Year 2: 12 × 0.75 = 9 join: 99 permanent, 1 vacant.
        // Training: 12 × £10,000 = £120,000 each year.
        let flows = Flows {
            trainees_a_year: Fte(12 * FTE),
            months_to_qualify: 12,
            trainees_stay: Ratio::bp(7500),
            ..still()
        };
        let p = project(&service(100, 90, 0), &flows, &costs(), 2);
        assert_eq!(p.years[0].qualified, Fte::ZERO);
        assert_eq!(p.years[0].staff.permanent, Fte(90 * FTE));
        assert_eq!(p.years[1].qualified, Fte(9 * FTE));
        assert_eq!(
            p.years[1].staff,
            Staff {
                permanent: Fte(99 * FTE),
                agency: Fte::ZERO,
                uncovered: Fte(FTE)
            }
        );
        assert_eq!(p.years[0].costs.training, Pence::pounds(120_000));
        assert_eq!(p.years[1].costs.training, Pence::pounds(120_000));
    }

    #[test]
    fn recruits_arrive_after_the_time_to_fill_and_release_agency_first() {
        // 90 permanent, 10 agency; 2 hires a month, 3 months to fill: recruitment
        // starts in months 1 to 5 (10 posts), recruits arrive in months 4 to 8, each
        // releasing an agency worker. After a year: 100 permanent, no agency; 10 hires
        // at £2,000 = £20,000.
        let flows = Flows {
            hires_a_month: Fte(2 * FTE),
            time_to_fill: 3,
            ..still()
        };
        let p = project(&service(100, 90, 10), &flows, &costs(), 1);
        assert_eq!(
            p.months[3].permanent,
            Fte(90 * FTE),
            "nobody before month 4"
        );
        assert_eq!(p.months[4].permanent, Fte(92 * FTE));
        assert_eq!(p.months[4].agency, Fte(8 * FTE));
        let y = p.years[0];
        assert_eq!(
            y.staff,
            Staff {
                permanent: Fte(100 * FTE),
                agency: Fte::ZERO,
                uncovered: Fte::ZERO
            }
        );
        assert_eq!(
            (y.hires, y.costs.recruitment),
            (Fte(10 * FTE), Pence::pounds(20_000))
        );
    }

    #[test]
    fn a_scheme_that_keeps_everyone_breaks_even_in_its_second_year() {
        // 100 permanent. As now: turnover 12%, every gap covered by agency (£80,000 a
        // year against £50,000 permanent). With the strategy: everyone on a £2,500 a
        // head scheme that cuts turnover by 100%: 100 × (50,000 + 2,500) = £5,250,000 a
        // year. As now, month m has 100 × q^m permanent (q = 0.88^(1/12) = 0.98940376)
        // and the rest agency, costing (8,000,000 − 30,000 × permanent) / 12 a month:
        // year 1 Σ q^m (m = 1..12) = 11.2047707, so 8,000,000 − 250,000 × 11.2047707 =
        // £5,198,807.33; year 2 Σ = 9.8601982, £5,534,950.45. The strategy costs
        // £51,192.67 more in year 1 and £284,950.45 less in year 2: break-even in
        // year 2, £233,757.77 less over two years. Rounding to a millionth of an FTE
        // each month moves each year by pennies.
        let as_now = Flows {
            turnover: Ratio::bp(1200),
            cover: Ratio::ONE,
            ..still()
        };
        let scheme = SchemeLever {
            take_up: Ratio::ONE,
            turnover_cut: Ratio::ONE,
            cost_a_head: Pence::pounds(2_500),
        };
        let inputs = Inputs {
            service: service(100, 100, 0),
            as_now,
            strategy: Flows {
                scheme: Some(scheme),
                ..as_now
            },
            costs: costs(),
            years: 2,
        };
        let c = compare(&inputs).unwrap();
        let near = |got: Pence, pence: i64| {
            assert!(
                (got.0 - pence).abs() <= 2_000,
                "{} vs {}",
                got.format(),
                Pence(pence).format()
            )
        };
        near(c.as_now.years[0].costs.total(), 519_880_733);
        near(c.as_now.years[1].costs.total(), 553_495_045);
        assert_eq!(c.strategy.years[0].costs.total(), Pence::pounds(5_250_000));
        near(c.difference[0], 5_119_267);
        near(c.cumulative[1], -23_375_777);
        assert_eq!(c.break_even_year, Some(2));
        assert!(c.strategy.turnover.is_zero());
        // The explanation's total is the whole difference.
        let total = c.breakdown.lines.last().unwrap();
        assert_eq!(total.value, Value::Money(c.cumulative[1]));
    }

    #[test]
    fn bad_services_are_refused() {
        let base = Inputs {
            service: service(100, 90, 5),
            as_now: still(),
            strategy: still(),
            costs: costs(),
            years: 5,
        };
        assert!(compare(&base).is_ok());
        let over = Inputs {
            service: service(100, 90, 20),
            ..base
        };
        assert_eq!(
            compare(&over).unwrap_err(),
            WorkforceError::OverEstablishment
        );
        let none = Inputs {
            service: service(0, 0, 0),
            ..base
        };
        assert_eq!(compare(&none).unwrap_err(), WorkforceError::NoEstablishment);
        assert_eq!(
            compare(&Inputs { years: 6, ..base }).unwrap_err(),
            WorkforceError::Years
        );
        assert_eq!(
            compare(&Inputs { years: 0, ..base }).unwrap_err(),
            WorkforceError::Years
        );
    }

    #[test]
    fn turnover_with_a_scheme_is_exact() {
        // 11.8% × (1 − 50% × 20%) = 11.8% × 0.9 = 10.62%.
        let flows = Flows {
            turnover: Ratio::bp(1180),
            scheme: Some(SchemeLever {
                take_up: Ratio::bp(5000),
                turnover_cut: Ratio::bp(2000),
                cost_a_head: Pence(0),
            }),
            ..still()
        };
        assert_eq!(turnover_with(&flows).percent_label(), "10.62%");
    }

    #[test]
    fn deadweight_is_whom_the_scheme_is_paid_to_against_whom_it_keeps() {
        // 80 permanent FTE, turnover 12%, half on the scheme, which cuts their
        // turnover by a quarter: turnover becomes 12% × (1 − 50% × 25%) = 10.5%.
        // Paid to 80 × 50% = 40 FTE; kept 80 × 12% − 80 × 10.5% = 9.6 − 8.4 = 1.2 FTE
        // (the other 38.8 FTE paid would have stayed anyway).
        let flows = Flows {
            turnover: Ratio::bp(1200),
            scheme: Some(SchemeLever {
                take_up: Ratio::bp(5000),
                turnover_cut: Ratio::bp(2500),
                cost_a_head: Pence(0),
            }),
            ..still()
        };
        let d = deadweight(Fte(80 * FTE), &flows).unwrap();
        assert_eq!(d.paid, Fte(40 * FTE));
        assert_eq!(d.kept, Fte(1_200_000));
        // No cut assumed: paid to the same 40, keeps nobody. No scheme: nothing to say.
        let no_cut = Flows {
            scheme: flows.scheme.map(|s| SchemeLever {
                turnover_cut: Ratio::ZERO,
                ..s
            }),
            ..flows
        };
        assert_eq!(deadweight(Fte(80 * FTE), &no_cut).unwrap().kept, Fte::ZERO);
        assert_eq!(deadweight(Fte(80 * FTE), &still()), None);
    }
}
