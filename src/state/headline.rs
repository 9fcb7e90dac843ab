//! Each calculator's one-sentence answer, as plain text, worked out from the
//! state alone: the page shows it at the top of its results, and anything else
//! that reports a page's answer (a share text, an export, an embed's API) takes
//! it from here, so they can never say different things.

use super::package::PackageResults;
use super::payback::PaybackResults;
use super::{cost, package, payback, retention, workforce, AppState, Page};
use crate::engine::clawback::{after_full_months, Position, Scheme};
use crate::engine::money::Pence;
use crate::engine::money::Ratio;
use crate::engine::payback::BreakEven;
use crate::engine::permanent::Comparison;
use crate::engine::take_home::{LeavingCost, TakeHome};
use crate::engine::workforce::Comparison as WfComparison;

/// Retention: what is repayable if the worker leaves in the chosen month.
pub fn retention_sentence(scheme: &Scheme, pos: &Position) -> String {
    let when = after_full_months(pos.leaving_month);
    let reason = pos.reason.in_sentence();
    if scheme.payments.is_empty() {
        "Add a payment to see what would be repayable.".to_string()
    } else if pos.paid.get() == 0 {
        format!("If you leave {when}, nothing has been paid yet, so there is nothing to repay.")
    } else if scheme.is_exempt(pos.reason) {
        format!(
            "If you leave {when} because of {reason}, you repay nothing: the scheme exempts it. You keep the {} paid.",
            pos.paid.format()
        )
    } else {
        format!(
            "If you leave {when} ({reason}), you repay {} of the {} paid, and keep {}.",
            pos.repayable.format(),
            pos.paid.format(),
            pos.kept.format()
        )
    }
}

/// Agency or permanent: the two costs a year and the difference.
pub fn cost_sentence(c: &Comparison) -> String {
    if c.saving_a_year > Pence::ZERO {
        format!(
            "Filled permanently, the post costs {} a year; an agency locum costs {}. Permanent saves {} a year ({} a month), {} of the permanent cost.",
            c.permanent.format(), c.agency.format(), c.saving_a_year.format(), c.saving_a_month.format(), c.saving_percent.trim_start_matches('+')
        )
    } else {
        format!(
            "Filled permanently, the post costs {} a year; an agency locum costs {}. Agency is cheaper by {} a year on these figures.",
            c.permanent.format(), c.agency.format(), (-c.saving_a_year).format()
        )
    }
}

/// "after 6 months", "at once", "not within 36 months"; `horizon` is `None`
/// where there is no horizon (the simple payback, which may never come).
pub fn months_phrase(m: Option<u32>, horizon: Option<u32>) -> String {
    match (m, horizon) {
        (Some(0), _) => "at once".to_string(),
        (Some(1), _) => "after 1 month".to_string(),
        (Some(m), _) => format!("after {m} months"),
        (None, Some(h)) => format!("not within {}", crate::engine::clawback::months_word(h)),
        (None, None) => "never, because agency is not dearer than permanent".to_string(),
    }
}

/// Payback, question 1: replacing an agency locum with a permanent hire on this
/// package. The simple and the expected payback time each payment alike (in the
/// month it is due); they differ only because some hires leave.
pub fn payback_sentence(r: &PaybackResults) -> String {
    let e = &r.expected;
    let turnover = r.grid_inputs.inputs.turnover.percent_label();
    let simple = match r.simple.months {
        Some(0) => "costs nothing up front".to_string(),
        Some(m) => format!("pays for itself {} if the hire stays", months_phrase(Some(m), None)),
        None => return "Replacing an agency locum with a permanent hire on this package never pays for itself: agency is not dearer than permanent on these figures.".to_string(),
    };
    let expected = match e.payback_month {
        Some(m) => format!(
            "{} allowing for {turnover} turnover",
            months_phrase(Some(m), None)
        ),
        None => format!(
            "not within {} allowing for {turnover} turnover",
            crate::engine::clawback::months_word(r.horizon)
        ),
    };
    let position = if e.net >= Pence::ZERO {
        format!("{} ahead", e.net.format())
    } else {
        format!("{} behind", (-e.net).format())
    };
    format!(
        "Replacing an agency locum with a permanent hire on this package {simple}, or {expected}. After {} each hire is expected to leave the council {position}.",
        crate::engine::clawback::months_word(r.horizon)
    )
}

/// A share of staff as "per 100": 1.52% is "1.52".
fn per_100(r: Ratio) -> String {
    r.per_hundred_label()
}

/// Payback, question 2: paying the scheme to everyone to keep them.
pub fn everyone_sentence(b: &BreakEven) -> String {
    let now = per_100(b.turnover);
    let stay = per_100(b.turnover.complement());
    if b.scheme_a_year == Pence::ZERO {
        return "The scheme pays nothing, so paying it to everyone costs nothing and need not keep anyone.".to_string();
    }
    match (b.required_cut, b.share_of_leavers) {
        (Some(cut), _) if b.exceeds_turnover => format!(
            "Paid to everyone, the scheme cannot pay for itself by keeping people: it would have to prevent {} leavers a year per 100 staff, more than the {now} who leave now.",
            per_100(cut)
        ),
        (Some(cut), Some(share)) => format!(
            "Paid to everyone, the scheme pays for itself only if it prevents at least {} leavers a year per 100 staff: {} of the {now} who leave now. The other {stay} in every 100 are paid although they would have stayed.",
            per_100(cut),
            share.percent_label()
        ),
        _ => "A leaver costs nothing on these figures, so keeping people cannot pay for the scheme.".to_string(),
    }
}

/// Check my package: take-home a year and a month (the first offer's,
/// `PackageResults::take_home`).
pub fn package_sentence(t: &TakeHome) -> String {
    format!(
        "You take home {} a year, {} a month.",
        t.net.format(),
        t.month.net.format()
    )
}

/// Check my package: what leaving after the chosen month would cost, set
/// against what the payments added to take-home over their tax years (never
/// one month's payslip), the right way round.
pub fn leaving_sentence(l: &LeavingCost) -> String {
    let when = after_full_months(l.leaving_month);
    if l.repay == Pence::ZERO {
        return format!("If you left {when}, you would repay nothing.");
    }
    let loans = if l.loans_lost > Pence::ZERO {
        format!(
            ", nor the {} of student loan taken on it (it did reduce your loan)",
            l.loans_lost.format()
        )
    } else {
        String::new()
    };
    let against = if l.costs_more_than_received {
        format!(
            "more than the {} the repaid part added to your take-home pay over its tax year, by {}",
            l.received_net.format(),
            (l.real_cost - l.received_net).format()
        )
    } else {
        format!(
            "no more than the {} the repaid part added to your take-home pay over its tax year",
            l.received_net.format()
        )
    };
    let overall = match (l.paid_net - l.real_cost).get() {
        d if d > 0 => format!(
            " Counting everything the payments added ({}), you would still be {} better off than without them.",
            l.paid_net.format(),
            Pence(d).format()
        ),
        d if d < 0 => format!(
            " Counting everything the payments added ({}), you would be {} worse off than without them.",
            l.paid_net.format(),
            Pence(-d).format()
        ),
        _ => String::new(),
    };
    format!(
        "If you left {when}, you would repay {} gross. You can claim {} of income tax back from HMRC; the {} of National Insurance is not refunded{loans}. Leaving would cost you {}: {against}.{overall}",
        l.repay.format(),
        l.tax_back.format(),
        l.ni_lost.format(),
        l.real_cost.format(),
    )
}

/// The bar that follows the form on a phone: the headline figure first, in a
/// line or two.
pub fn retention_compact(scheme: &Scheme, pos: &Position) -> String {
    let m = pos.leaving_month;
    let after = if m == 1 {
        "1 month".to_string()
    } else {
        format!("{m} months")
    };
    if scheme.payments.is_empty() || pos.paid.get() == 0 || scheme.is_exempt(pos.reason) {
        format!("Nothing repayable after {after}")
    } else {
        format!("{} repayable after {after}", pos.repayable.format())
    }
}

pub fn cost_compact(c: &Comparison) -> String {
    match c.saving_a_year.0 {
        0 => "Agency and permanent cost the same".to_string(),
        d if d > 0 => format!("Agency {} a year dearer", c.saving_a_year.format()),
        d => format!("Permanent {} a year dearer", Pence(-d).format()),
    }
}

pub fn payback_compact(r: &PaybackResults) -> String {
    match r.simple.months {
        Some(0) => "Nothing to pay back".to_string(),
        Some(m) => format!(
            "Pays back {} if the hire stays",
            months_phrase(Some(m), None)
        ),
        None => "Never pays back: agency is not dearer".to_string(),
    }
}

pub fn package_compact(r: &PackageResults) -> String {
    format!("Take-home {} a month", r.take_home.month.net.format())
}

/// The workforce page's answer: agency and vacancy at the horizon both ways, and
/// whether the strategy pays for itself.
pub fn workforce_sentence(c: &WfComparison) -> String {
    let (Some(now), Some(with)) = (c.as_now.years.last(), c.strategy.years.last()) else {
        return String::new();
    };
    let n = c.strategy.years.len();
    let years = if n == 1 {
        "1 year".to_string()
    } else {
        format!("{n} years")
    };
    let over = over_the_period(c, &years);
    let pays = match c.break_even_year {
        Some(1) => format!("it pays for itself in the first year, and {over}."),
        Some(y) => format!("it pays for itself by the end of year {y}, and {over}."),
        None => format!("it does not pay for itself within {years}: {over}."),
    };
    format!(
        "After {years}, agency staff are {} FTE with the strategy against {} as now (agency rate {} against {}); {pays}",
        with.staff.agency.label(),
        now.staff.agency.label(),
        with.agency_rate().percent_label(),
        now.agency_rate().percent_label(),
    )
}

/// "over 5 years it saves £1.00 against as now" / "… costs £1.00 more than as now".
fn over_the_period(c: &WfComparison, years: &str) -> String {
    let total = c.cumulative.last().copied().unwrap_or(Pence(0));
    match total.0 {
        t if t < 0 => format!(
            "over {years} it saves {} against as now",
            Pence(-t).format()
        ),
        0 => format!("over {years} it costs the same as now"),
        _ => format!("over {years} it costs {} more than as now", total.format()),
    }
}

pub fn workforce_compact(c: &WfComparison) -> String {
    match c.break_even_year {
        Some(y) => format!("Pays for itself in year {y}"),
        None => "Does not pay for itself".to_string(),
    }
}

/// The answer for the page on show, worked out from the state alone; `None`
/// while that page's inputs (or those it draws on) have errors. The live app
/// asks the page's own part (`ui::parts`) instead, so no part's maths is in the
/// shell: each of these is that page's.
pub fn for_page(state: &AppState) -> Option<String> {
    match state.page {
        Page::Retention => retention_answer(state),
        Page::Cost => cost_answer(state),
        Page::Payback => payback_answer(state),
        Page::Package => package_answer(state),
        Page::Workforce => workforce_answer(state),
        Page::Locum => locum_answer(state),
        Page::Embed => None,
    }
}

/// A link's state when the app's answer depends on nothing but the link (for
/// `first_answer`): `None` when the link has problems, names a council preset
/// (`preset=`) or a council's census figures (`la=`): files the app fetches and
/// applies before its answer.
pub fn link_state(link: &str) -> Option<AppState> {
    let (state, problems) = super::fragment::decode(link);
    (problems.is_empty() && state.preset.is_none() && state.la.is_none()).then_some(state)
}

pub fn retention_answer(state: &AppState) -> Option<String> {
    retention::compute(&state.retention)
        .results
        .map(|r| retention_sentence(&r.scheme, &r.position))
}

pub fn cost_answer(state: &AppState) -> Option<String> {
    cost::compute(&state.cost, &state.retention)
        .results
        .map(|r| cost_sentence(&r.comparison))
}

pub fn payback_answer(state: &AppState) -> Option<String> {
    payback::compute(&state.payback, &state.cost, &state.retention)
        .results
        .as_ref()
        .map(payback_sentence)
}

/// Check my package's sentence from the take-home alone (`package::take_home_only`),
/// so a shared link's first answer links none of the rest of the page.
pub fn package_answer(state: &AppState) -> Option<String> {
    package::take_home_only(&state.package, &state.retention, &state.cost)
        .as_ref()
        .map(package_sentence)
}

/// Agency or permanent for me's sentence from its own figures alone
/// (`locum::sentence_only`), likewise.
pub fn locum_answer(state: &AppState) -> Option<String> {
    super::locum::sentence_only(&state.locum, &state.retention, &state.cost, &state.package)
}

pub fn workforce_answer(state: &AppState) -> Option<String> {
    workforce::compute(&state.workforce, &state.cost, &state.retention)
        .results
        .map(|r| workforce_sentence(&r.comparison))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::fragment::decode;

    /// Found trying issue 23: with no payments, question 2 said the scheme
    /// pays for itself "only if it prevents at least 0 leavers" while the
    /// rest "are paid although they would have stayed".
    #[test]
    fn a_scheme_that_pays_nothing_is_said_to_cost_nothing_for_everyone() {
        let (state, problems) = decode("#payback?v=1&c.hourly=42&leave=5");
        assert_eq!(problems, Vec::<String>::new());
        let mut state = state;
        state.retention.payments.clear();
        let r = payback::compute(&state.payback, &state.cost, &state.retention)
            .results
            .unwrap();
        assert_eq!(
            everyone_sentence(&r.break_even),
            "The scheme pays nothing, so paying it to everyone costs nothing and need not keep anyone."
        );
    }

    /// Issue 21: a shared link's first answer comes from the link alone, and
    /// only where the app's would be the same. Design A of issue 23 at 15
    /// months: the £2,000 golden hello (pro rata over 24 months) repays
    /// 2,000 × 9/24 = £750; the £1,500 paid at 12 months (12-month all or
    /// nothing) is 3 months into its tie-in, so all £1,500: £2,250 of £3,500.
    #[test]
    fn a_link_alone_gives_its_answer_unless_the_app_must_fetch_first() {
        let link = "#retention?v=1&leave=15&p0.name=Golden%20hello&p0.amount=2000&p0.month=0&p0.tiein=24&p0.shape=prorata&p0.fte=1&p0.pens=0&p1.name=Retention&p1.amount=1500&p1.month=12&p1.tiein=12&p1.shape=cliff&p1.fte=1&p1.pens=0";
        let answer = retention_answer(&link_state(link).unwrap()).unwrap();
        assert!(
            answer.contains("you repay £2,250.00 of the £3,500.00 paid"),
            "{answer}"
        );
        // A council preset or census figures are applied by the app first.
        assert!(link_state(&format!("{link}&preset=lincolnshire-example")).is_none());
        let (with_council, _) = decode(&format!("{link}&la=E06000001"));
        assert!(with_council.la.is_some(), "the test's council code is read");
        assert!(link_state(&format!("{link}&la=E06000001")).is_none());
        // A link the app cannot read whole: the app says so, so no answer here.
        assert!(link_state("#retention?v=999&leave=3").is_none());
        // Inputs with errors: no answer, as the app shows none.
        assert_eq!(
            link_state("#retention?v=1&leave=15&p0.amount=lots").and_then(|s| retention_answer(&s)),
            None
        );
    }

    #[test]
    fn the_workforce_answer_names_agency_and_break_even() {
        // 80 permanent and 20 agency of 100 posts; nobody leaves or is recruited;
        // the strategy converts 3 agency workers a year (no scheme): after 5 years
        // 15 have converted, 5 agency of 100 (5%) against 20 (20%) as now, and it is
        // cheaper from the first month.
        let (state, problems) = decode("#workforce-strategy?c.turnover=0&w.hires=0&w.s.hires=0&w.permanent=80&w.agency=20&w.convert=3&w.trainees=0&w.scheme=0");
        assert_eq!(problems, Vec::<String>::new());
        let s = for_page(&state).unwrap();
        assert!(
            s.starts_with("After 5 years, agency staff are 5.0 FTE with the strategy against 20.0 as now (agency rate 5% against 20%); it pays for itself in the first year, and over 5 years it saves £"),
            "{s}"
        );
    }

    #[test]
    fn the_default_retention_answer() {
        // Default scheme: £1,000 on joining (6-month cliff), £2,000 at 6 months
        // (12-month cliff), £3,000 at 18 months. Leaving after 10 months
        // (resignation): £1,000 + £2,000 = £3,000 paid; the first tie-in ended at
        // month 6, the second runs to month 18, so the £2,000 is repayable in full.
        let s = for_page(&AppState::default()).unwrap();
        assert_eq!(
            s,
            "If you leave after 10 full months (resignation), you repay £2,000.00 of the £3,000.00 paid, and keep £1,000.00."
        );
    }

    #[test]
    fn a_link_to_another_page_answers_for_that_page() {
        let (state, problems) = decode("check-my-package?salary=40000&year=2025-26&k.loans=2");
        assert!(problems.is_empty(), "{problems:?}");
        let s = for_page(&state).unwrap();
        assert!(s.starts_with("You take home £"), "{s}");
        let (state, _) =
            decode("retention?p0.name=Hello&p0.amount=abc&p0.month=0&p0.tiein=6&p0.shape=cliff");
        assert_eq!(for_page(&state), None);
    }

    #[test]
    fn payback_months_read_as_words() {
        assert_eq!(months_phrase(Some(0), None), "at once");
        assert_eq!(months_phrase(Some(1), Some(36)), "after 1 month");
        assert_eq!(months_phrase(None, Some(36)), "not within 36 months");
    }

    #[test]
    fn the_phone_bar_puts_the_figure_first() {
        // Agency £76,590.00 against a post costing £51,009.34: 76,590 − 51,009.34 =
        // £25,580.66 a year; the other way round, permanent is the dearer.
        let c = crate::engine::permanent::compare;
        let (post, agency) = (Pence(5_100_934), Pence(7_659_000));
        assert_eq!(
            cost_compact(&c(post, agency)),
            "Agency £25,580.66 a year dearer"
        );
        assert_eq!(
            cost_compact(&c(agency, post)),
            "Permanent £25,580.66 a year dearer"
        );
        assert_eq!(
            cost_compact(&c(post, post)),
            "Agency and permanent cost the same"
        );
        // The default scheme, leaving after 10 months: the £2,000 paid at 6 months
        // is inside its 12-month tie-in, all of it repayable.
        let (state, _) = decode("");
        let r = retention::compute(&state.retention).results.unwrap();
        assert_eq!(
            retention_compact(&r.scheme, &r.position),
            "£2,000.00 repayable after 10 months"
        );
    }
}
