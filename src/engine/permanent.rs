//! A permanent post's cost a year, fully loaded, and how it compares with an
//! agency locum, for one post and for a team.
//!
//! Running cost (the post filled for a year):
//! pay (salary × FTE) + market supplement (× FTE) + employer NI on both, month
//! by month above the monthly secondary threshold as payroll works it +
//! employer pension on the pensionable part + levy on both + overheads (a % of
//! pay, or £ a year).
//!
//! Churn: with annual turnover `T`, a post needs `T` hires a year on average, each
//! costing the recruitment cost and leaving a vacancy of `g` months before the new
//! starter; a share `c` of the vacancy is covered by agency. So a year holds
//! `T × g` vacant months on average, during which the running cost is not paid and
//! agency cover is. The retention scheme's cost a year is added when linked.

use super::breakdown::Breakdown;
use super::money::{round_div, Pence, Ratio};
use super::national_insurance::{employer_ni_month, employer_ni_year};
use super::rates::{self, TaxYear};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overheads {
    /// A percentage of pay.
    Percent(Ratio),
    /// Pounds a year.
    Pounds(Pence),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PermanentInputs {
    pub year: TaxYear,
    /// Full-time salary a year.
    pub salary: Pence,
    pub fte: Ratio,
    pub pension_rate: Ratio,
    pub levy: bool,
    /// Market supplement a year, full-time (scaled by FTE).
    pub supplement: Pence,
    pub supplement_pensionable: bool,
    pub overheads: Overheads,
    /// Recruitment cost per hire.
    pub recruitment: Pence,
    /// Annual turnover: hires needed a year.
    pub turnover: Ratio,
    /// Months a post stands empty before a permanent starter.
    pub vacancy_months: u32,
    /// Share of the vacancy covered by agency.
    pub agency_cover: Ratio,
    /// The retention scheme's cost a year, on-costs included (0 when none is linked).
    pub scheme_a_year: Pence,
}

/// A permanent post's cost a year, line by line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PermanentCost {
    pub pay: Pence,
    pub supplement: Pence,
    pub employer_ni: Pence,
    pub pension: Pence,
    pub levy: Pence,
    pub overheads: Pence,
    /// The post filled all year: the lines above.
    pub running: Pence,
    pub recruitment: Pence,
    /// Agency cover of vacancies, less the running cost not paid while vacant.
    pub vacancy: Pence,
    pub scheme: Pence,
    pub total: Pence,
    pub breakdown: Breakdown,
}

/// The permanent post's cost a year; `agency_a_year` prices the vacancy cover.
pub fn permanent_cost(p: &PermanentInputs, agency_a_year: Pence) -> PermanentCost {
    let mut b = Breakdown::new("Permanent post, a year");
    let (pay, supplement) = pay_lines(p, &mut b);
    let gross = pay + supplement;
    let (employer_ni, pension, levy) = employer_on_costs(p, pay, gross, &mut b);
    let overheads = overheads_line(p, pay, &mut b);
    let running = gross + employer_ni + pension + levy + overheads;
    b.note(
        "Running cost with the post filled all year",
        "the lines above",
        running,
        None,
    );
    let recruitment = p.recruitment.times(p.turnover);
    b.add(
        "Recruitment",
        format!(
            "{} a hire × {} turnover (hires a year)",
            p.recruitment.format(),
            p.turnover.percent_label()
        ),
        recruitment,
        Some(&rates::RECRUITMENT_COST),
    );
    let vacancy = vacancy_lines(p, running, agency_a_year, &mut b);
    let scheme = p.scheme_a_year;
    if scheme > Pence::ZERO {
        b.add(
            "Retention scheme",
            "the linked scheme's cost a year, on-costs included",
            scheme,
            None,
        );
    }
    // The Add and Subtract lines are the running cost's parts, recruitment,
    // vacancy cover less cost not paid, and the scheme: their sum is the total.
    let total = b.total(
        "Permanent post, a year",
        "running cost plus recruitment, vacancies and the retention scheme",
    );
    PermanentCost {
        pay,
        supplement,
        employer_ni,
        pension,
        levy,
        overheads,
        running,
        recruitment,
        vacancy,
        scheme,
        total,
        breakdown: b,
    }
}

/// Salary and market supplement, each pro rata to FTE.
fn pay_lines(p: &PermanentInputs, b: &mut Breakdown) -> (Pence, Pence) {
    let pay = p.salary.times(p.fte);
    let fte_words = if p.fte == Ratio::ONE || p.fte == Ratio::bp(10_000) {
        String::new()
    } else {
        format!(" × {} FTE", super::clawback::fte_label(p.fte))
    };
    b.add(
        "Salary",
        format!("{}{fte_words}", p.salary.format()),
        pay,
        None,
    );
    let supplement = p.supplement.times(p.fte);
    if supplement > Pence::ZERO {
        let pensionable = if p.supplement_pensionable {
            ", pensionable"
        } else {
            ", not pensionable"
        };
        b.add(
            "Market supplement",
            format!("{}{fte_words}{pensionable}", p.supplement.format()),
            supplement,
            None,
        );
    }
    (pay, supplement)
}

/// Employer NI by the month above the monthly threshold, pension on pensionable pay, and the
/// apprenticeship levy where it applies: `(ni, pension, levy)`.
fn employer_on_costs(
    p: &PermanentInputs,
    pay: Pence,
    gross: Pence,
    b: &mut Breakdown,
) -> (Pence, Pence, Pence) {
    let employer_ni = employer_ni_year(p.year, gross);
    b.add(
        "Employer National Insurance",
        employer_ni_working(p.year, gross, employer_ni),
        employer_ni,
        Some(rates::employer_ni(p.year).source),
    );
    let pensionable = if p.supplement_pensionable { gross } else { pay };
    let pension = pensionable.times(p.pension_rate);
    b.add(
        "Employer pension",
        format!(
            "{} of pensionable pay {}",
            p.pension_rate.percent_label(),
            pensionable.format()
        ),
        pension,
        Some(&rates::LGPS_EMPLOYER),
    );
    if !p.levy {
        return (employer_ni, pension, Pence::ZERO);
    }
    let levy = gross.times(rates::APPRENTICESHIP_LEVY_RATE);
    b.add(
        "Apprenticeship levy",
        format!(
            "{} of {}",
            rates::APPRENTICESHIP_LEVY_RATE.percent_label(),
            gross.format()
        ),
        levy,
        Some(&rates::APPRENTICESHIP_LEVY),
    );
    (employer_ni, pension, levy)
}

/// How employer NI on a year's pay was worked out: month by month, as payroll
/// does, and how far that is from the annual rule of thumb.
pub fn employer_ni_working(year: TaxYear, gross: Pence, employer_ni: Pence) -> String {
    let n = rates::employer_ni(year);
    let month = Pence(round_div(i128::from(gross.get()), 12));
    let annual_rule = (gross - n.threshold_annual).max(Pence::ZERO).times(n.rate);
    let mut w = format!(
        "{} of each month's pay of {} above the {} monthly threshold, {} a month, × 12 ({}); each month cut to three decimals, then half a penny or less rounded down, as payroll does",
        n.rate.percent_label(),
        month.format(),
        n.threshold_month.format_short(),
        employer_ni_month(year, month).format(),
        year.label()
    );
    let diff = annual_rule - employer_ni;
    if diff != Pence::ZERO {
        w.push_str(&format!(
            ". Worked on the year at once ({} of pay above {}) it would be {}, {} {}: the monthly threshold of {} is not exactly a twelfth of {}, and payroll pays by the month",
            n.rate.percent_label(),
            n.threshold_annual.format_short(),
            annual_rule.format(),
            diff.max(-diff).format(),
            if diff > Pence::ZERO { "more" } else { "less" },
            n.threshold_month.format_short(),
            n.threshold_annual.format_short(),
        ));
    }
    w
}

fn overheads_line(p: &PermanentInputs, pay: Pence, b: &mut Breakdown) -> Pence {
    let (overheads, how) = match p.overheads {
        Overheads::Percent(r) => (pay.times(r), format!("{} of pay", r.percent_label())),
        Overheads::Pounds(v) => (v, "as entered".to_string()),
    };
    if overheads > Pence::ZERO {
        b.add("Overheads", how, overheads, None);
    }
    overheads
}

/// Vacant share of a year: T × g / 12, and never more than the whole year.
fn vacant_share(p: &PermanentInputs) -> Ratio {
    Ratio::new(
        p.turnover.num().saturating_mul(i64::from(p.vacancy_months)),
        p.turnover.den().saturating_mul(12),
    )
    .filter(|r| r.le(Ratio::ONE))
    .unwrap_or(if p.vacancy_months > 0 && !p.turnover.is_zero() {
        Ratio::ONE
    } else {
        Ratio::ZERO
    })
}

/// While the post is vacant: agency cover for part of it, and the running cost
/// not paid. Returns cover less cost not paid.
fn vacancy_lines(
    p: &PermanentInputs,
    running: Pence,
    agency_a_year: Pence,
    b: &mut Breakdown,
) -> Pence {
    let vacant_share = vacant_share(p);
    let cover = agency_a_year.times(vacant_share).times(p.agency_cover);
    let not_paid = running.times(vacant_share);
    if p.vacancy_months > 0 && !p.turnover.is_zero() {
        b.add(
            "Agency cover while vacant",
            format!(
                "{} turnover × {} empty ÷ 12 = {} of a year vacant (at most all of it); {} of that covered by agency at {} a year",
                p.turnover.percent_label(),
                super::clawback::months_word(p.vacancy_months),
                vacant_share.percent_label(),
                p.agency_cover.percent_label(),
                agency_a_year.format()
            ),
            cover,
            Some(&rates::DFE_WORKFORCE_2025),
        );
        b.subtract(
            "Running cost not paid while vacant",
            format!("{} of {}", vacant_share.percent_label(), running.format()),
            not_paid,
            None,
        );
    }
    cover - not_paid
}

/// A signed percentage label: `+51.2%`, `−3%`.
pub fn signed_percent(part: Pence, whole: Pence) -> String {
    if whole.get() <= 0 {
        return "—".to_string();
    }
    let label = Ratio::new(part.get().abs(), whole.get())
        .map(|r| r.percent_label())
        .unwrap_or_default();
    if part.get() < 0 {
        format!("−{label}")
    } else {
        format!("+{label}")
    }
}

/// Agency versus permanent for one post.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    pub permanent: Pence,
    pub agency: Pence,
    /// Agency less permanent: what filling the post permanently saves a year.
    pub saving_a_year: Pence,
    /// `saving_a_year / 12`, to the penny.
    pub saving_a_month: Pence,
    /// The saving as a share of the permanent cost, e.g. `+51.2%`.
    pub saving_percent: String,
}

pub fn compare(permanent: Pence, agency: Pence) -> Comparison {
    let saving = agency - permanent;
    Comparison {
        permanent,
        agency,
        saving_a_year: saving,
        saving_a_month: monthly(saving),
        saving_percent: signed_percent(saving, permanent),
    }
}

/// An annual amount over 12 months, to the penny (sign kept).
pub fn monthly(annual: Pence) -> Pence {
    Pence(super::money::round_div(i128::from(annual.get()), 12))
}

/// A team of posts, some filled by agency now and fewer later.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Team {
    pub posts: u32,
    pub agency_now: u32,
    pub agency_after: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TeamError {
    AgencyNowAbovePosts,
    AgencyAfterAbovePosts,
}

impl TeamError {
    pub fn message(self) -> &'static str {
        match self {
            TeamError::AgencyNowAbovePosts => {
                "Agency workers now cannot be more than the number of posts"
            }
            TeamError::AgencyAfterAbovePosts => {
                "Agency workers afterwards cannot be more than the number of posts"
            }
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TeamCost {
    pub now: Pence,
    pub after: Pence,
    /// `now − after`.
    pub saving: Pence,
}

pub fn team_cost(team: Team, permanent: Pence, agency: Pence) -> Result<TeamCost, Vec<TeamError>> {
    let mut errors = Vec::new();
    if team.agency_now > team.posts {
        errors.push(TeamError::AgencyNowAbovePosts);
    }
    if team.agency_after > team.posts {
        errors.push(TeamError::AgencyAfterAbovePosts);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let cost = |agency_posts: u32| {
        let a = i64::from(agency_posts);
        let p = i64::from(team.posts - agency_posts);
        Pence(agency.get().saturating_mul(a)) + Pence(permanent.get().saturating_mul(p))
    };
    let now = cost(team.agency_now);
    let after = cost(team.agency_after);
    Ok(TeamCost {
        now,
        after,
        saving: now - after,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> PermanentInputs {
        PermanentInputs {
            year: TaxYear::Y2025_26,
            salary: Pence::pounds(38_000),
            fte: Ratio::ONE,
            pension_rate: Ratio::bp(1980),
            levy: true,
            supplement: Pence::ZERO,
            supplement_pensionable: true,
            overheads: Overheads::Pounds(Pence::ZERO),
            recruitment: Pence::ZERO,
            turnover: Ratio::ZERO,
            vacancy_months: 0,
            agency_cover: Ratio::ZERO,
            scheme_a_year: Pence::ZERO,
        }
    }

    /// Issue 3: £38,000 in 2025/26 with 19.8% pension: £38,000 + employer NI +
    /// £7,524 pension + £190 levy. Employer NI as payroll works it (issue 19): a
    /// month's pay 38,000 / 12 = £3,166.67; 15% × (3,166.67 − 417) = 412.4505,
    /// cut to 412.450 -> £412.45; × 12 = £4,949.40 (the annual rule, 15% of
    /// £33,000 above £5,000, says £4,950.00: 12 × £417 = £5,004). Total £50,663.40.
    #[test]
    fn social_worker_on_38000_costs_50663_40() {
        let c = permanent_cost(&base(), Pence::ZERO);
        assert_eq!(c.employer_ni, Pence(494_940));
        assert_eq!(c.pension, Pence::pounds(7_524));
        assert_eq!(c.levy, Pence::pounds(190));
        assert_eq!(c.running, Pence(5_066_340));
        assert_eq!(c.total, Pence(5_066_340));
        let ni = c
            .breakdown
            .lines
            .iter()
            .find(|l| l.label == "Employer National Insurance")
            .unwrap();
        assert!(
            ni.working.contains("£4,950.00, £0.60 more"),
            "{}",
            ni.working
        );
        assert_eq!(
            c.breakdown.lines.last().unwrap().value.money(),
            Some(c.total)
        );
    }

    /// Against a £45/h locum (£76,590): saving £25,926 a year, £2,160.50 a month,
    /// 25,926 / 50,664 = 51.17% of the permanent cost.
    #[test]
    fn comparison_with_the_45_pound_locum() {
        let c = compare(Pence::pounds(50_664), Pence::pounds(76_590));
        assert_eq!(c.saving_a_year, Pence::pounds(25_926));
        assert_eq!(c.saving_a_month, Pence(216_050));
        assert_eq!(c.saving_percent, "+51.17%");
        let worse = compare(Pence::pounds(50_000), Pence::pounds(40_000));
        assert_eq!(worse.saving_percent, "−20%");
        assert_eq!(worse.saving_a_month, Pence(-83_333));
    }

    /// Supplement £3,000 pensionable and £2,000 overheads, part time 0.8:
    /// pay 30,400; supplement 2,400; NI by the month: 32,800 / 12 = 2,733.33;
    /// 15% × (2,733.33 − 417) = 347.4495 -> cut 347.449 -> £347.45; × 12 =
    /// £4,169.40 (annual rule £4,170); pension 19.8% × 32,800 = 6,494.40; levy
    /// 0.5% × 32,800 = 164; running = 32,800 + 4,169.40 + 6,494.40 + 164 + 2,000
    /// = 45,627.80.
    #[test]
    fn part_time_with_supplement_and_overheads() {
        let mut p = base();
        p.fte = Ratio::bp(8000);
        p.supplement = Pence::pounds(3_000);
        p.overheads = Overheads::Pounds(Pence::pounds(2_000));
        let c = permanent_cost(&p, Pence::ZERO);
        assert_eq!(c.pay, Pence::pounds(30_400));
        assert_eq!(c.employer_ni, Pence(416_940));
        assert_eq!(c.pension, Pence(649_440));
        assert_eq!(c.running, Pence(4_562_780));
        // Not pensionable: pension on pay only, 19.8% × 30,400 = 6,019.20.
        p.supplement_pensionable = false;
        assert_eq!(permanent_cost(&p, Pence::ZERO).pension, Pence(601_920));
    }

    /// Churn on the £50,663.40 post: turnover 11.8%, £1,500 a hire, 3 months vacant,
    /// 73.6% agency cover at £76,590. Recruitment 1,500 × 11.8% = £177.
    /// Vacant share = 11.8% × 3 / 12 = 2.95%. Cover = 76,590 × 2.95% = 2,259.405 ->
    /// £2,259.41 (rounded), × 73.6% = 1,662.925... -> £1,662.93. Not paid while vacant:
    /// 50,663.40 × 2.95% = 1,494.5703 -> £1,494.57. Total = 50,663.40 + 177 +
    /// 1,662.93 − 1,494.57 = £51,008.76.
    #[test]
    fn churn_adds_recruitment_and_vacancy_cover() {
        let mut p = base();
        p.turnover = Ratio::bp(1180);
        p.recruitment = Pence::pounds(1_500);
        p.vacancy_months = 3;
        p.agency_cover = Ratio::bp(7360);
        let c = permanent_cost(&p, Pence::pounds(76_590));
        assert_eq!(c.recruitment, Pence::pounds(177));
        assert_eq!(c.vacancy, Pence(166_293 - 149_457));
        assert_eq!(c.total, Pence(5_100_876));
        assert_eq!(
            c.breakdown.lines.last().unwrap().value.money(),
            Some(c.total)
        );
    }

    /// Team of 10 with 4 agency now and 1 after: 3 posts move from £76,590 to £50,664 (given),
    /// saving 3 × £25,926 = £77,778 a year.
    /// 100% turnover with a 24-month gap would be 200% of a year vacant: it is held
    /// at the whole year, so the post costs the agency cover and nothing else.
    #[test]
    fn a_post_is_never_vacant_for_more_than_the_year() {
        let mut p = base();
        p.turnover = Ratio::ONE;
        p.vacancy_months = 24;
        p.agency_cover = Ratio::ONE;
        let c = permanent_cost(&p, Pence::pounds(76_590));
        assert_eq!(c.vacancy, Pence::pounds(76_590) - Pence(5_066_340));
        assert_eq!(c.total, Pence::pounds(76_590));
    }

    #[test]
    fn team_view() {
        let t = Team {
            posts: 10,
            agency_now: 4,
            agency_after: 1,
        };
        let c = team_cost(t, Pence::pounds(50_664), Pence::pounds(76_590)).unwrap();
        assert_eq!(c.now, Pence::pounds(4 * 76_590 + 6 * 50_664));
        assert_eq!(c.saving, Pence::pounds(77_778));
        let bad = Team {
            posts: 2,
            agency_now: 3,
            agency_after: 3,
        };
        assert_eq!(
            team_cost(bad, Pence::ZERO, Pence::ZERO),
            Err(vec![
                TeamError::AgencyNowAbovePosts,
                TeamError::AgencyAfterAbovePosts
            ])
        );
    }
}
