//! Scheme designs side by side, for the employer (a section of the Payback page).
//!
//! Design A is the scheme on Retention payments and clawback. Designs B and C
//! start as copies of it and keep their own payments (edited with the same
//! reducer as the retention page, as the candidate's other offers are); the
//! worker (salary, FTE, tax year, pension rate, levy, exemptions, the leaving
//! month and reason) and the agency, recruitment and turnover figures are the
//! shared ones, so the designs differ only in what they pay and how it is tied in.
//!
//! For each design: what is paid and when, the cost with on-costs, what a
//! leaver repays at the chosen month and at every month, the expected cost per
//! hire allowing for turnover and clawback recovery, the payback against the
//! agency locum (simple and expected) and the leavers a year per 100 staff it
//! must prevent to pay for itself, all from the engine the Payback page uses.

use super::cost::CostForm;
use super::package::KEY_BLOCK;
use super::payback::{self, PaybackForm, PaybackResults};
use super::retention::{self, FieldError, PaymentForm, RetentionAction, RetentionForm};
use crate::engine::breakdown::Breakdown;
use crate::engine::clawback::{self, LeavingReason, Position, Scheme};
use crate::engine::employer_cost::{self, OnCostSettings};
use crate::engine::money::{Pence, Ratio};
use crate::engine::payback::{
    break_even, expected_payback, payment_costs, scheme_cost_a_year, simple_payback,
    ExpectedInputs, LeaverCost,
};

/// At most this many designs side by side (A, B and C).
pub const MAX_DESIGNS: usize = 3;

/// Design `n` (2 for B, 3 for C) has payment keys from `(n + 2) × KEY_BLOCK`,
/// apart from the retention page's and the offers' (2 and 3 × KEY_BLOCK).
pub fn key_base(n: usize) -> u32 {
    (n as u32 + 2) * KEY_BLOCK
}

/// The design at `index` (0 for B) from a payment key, if the key is a design's.
pub fn index_of_key(key: u32) -> Option<usize> {
    match key / KEY_BLOCK {
        4 => Some(0),
        5 => Some(1),
        _ => None,
    }
}

/// "A", "B", "C": design `n` counted from 1.
pub fn letter(n: usize) -> char {
    char::from(b'A' + (n.saturating_sub(1) % 26) as u8)
}

/// "Design B".
pub fn name(n: usize) -> String {
    format!("Design {}", letter(n))
}

/// Designs B and C as typed: only their payments are used.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct DesignsForm {
    pub designs: Vec<RetentionForm>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DesignsAction {
    /// Handled by the app's reducer, which can see design A to copy it.
    Add,
    Remove(usize),
    /// An edit to design B's (0) or C's (1) payments, in the retention page's terms.
    Design(usize, RetentionAction),
}

pub fn reduce(form: &DesignsForm, action: DesignsAction) -> DesignsForm {
    let mut f = form.clone();
    match action {
        DesignsAction::Add => {}
        DesignsAction::Remove(i) => {
            if i < f.designs.len() {
                f.designs.remove(i);
                // Designs after it move up a place: give them their new place's keys.
                for (j, d) in f.designs.iter_mut().enumerate().skip(i) {
                    *d = design_scheme(d.payments.clone(), j + 2);
                }
            }
        }
        DesignsAction::Design(i, a) => {
            if let Some(d) = f.designs.get_mut(i) {
                *d = retention::reduce(d, a);
            }
        }
    }
    f
}

/// Adds the next design as a copy of design A's payments (up to [`MAX_DESIGNS`]).
pub fn add_design(form: &DesignsForm, retention: &RetentionForm) -> DesignsForm {
    let mut f = form.clone();
    if f.designs.len() + 1 < MAX_DESIGNS {
        let n = f.designs.len() + 2;
        f.designs
            .push(design_scheme(retention.payments.iter().cloned(), n));
    }
    f
}

/// Design `n`'s form: only its payments are used; their keys start at [`key_base`].
pub fn design_scheme(payments: impl IntoIterator<Item = PaymentForm>, n: usize) -> RetentionForm {
    let mut scheme = RetentionForm::empty();
    scheme.next_key = key_base(n);
    for p in payments {
        scheme.push_payment(p);
    }
    scheme
}

/// One payment of a design: what is paid, when, and its cost with on-costs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PaymentLine {
    pub name: String,
    pub month: u32,
    pub gross: Pence,
    pub cost: Pence,
}

/// One design worked out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DesignResult {
    pub payments: Vec<PaymentLine>,
    /// Everything paid if the worker stays.
    pub paid: Pence,
    /// The same with employer NI, levy and pension where pensionable.
    pub cost: Pence,
    /// Leaving after the chosen month, for the chosen reason.
    pub at_leaving: Position,
    /// What a leaver repays after 0, 1, 2 … full months (to the longest tie-in of all the designs).
    pub repayable: Vec<Pence>,
    /// Expected payments with on-costs less expected clawback collected, per
    /// hire over the horizon (recruitment not included: it is the same for all).
    pub expected_cost: Pence,
    pub simple_payback: Option<u32>,
    pub expected_payback: Option<u32>,
    /// The scheme's cost a year per head, paid to everyone.
    pub scheme_a_year: Pence,
    /// Leavers a year per 100 staff it must prevent to pay for itself.
    pub required_cut: Option<Ratio>,
    pub exceeds_turnover: bool,
    /// The month the last tie-in ends: nothing is repayable from here.
    pub tied_until: u32,
    /// "How this is worked out": the cost with on-costs, payment by payment.
    pub cost_breakdown: Breakdown,
    /// "How this is worked out": the expected cash flow per hire.
    pub expected_breakdown: Breakdown,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DesignsResults {
    /// Design A, then B and C (`None` where a design has errors).
    pub designs: Vec<Option<DesignResult>>,
    pub leave_month: u32,
    pub reason: LeavingReason,
    pub horizon: u32,
    pub turnover: Ratio,
    pub recovery: Ratio,
    pub recruitment: Pence,
    pub saving_a_month: Pence,
    pub leaver_cost: Pence,
}

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct DesignsView {
    /// Errors in designs B and C, by field, named by design.
    pub errors: Vec<FieldError>,
    /// `None` while there is only design A or the Payback page has errors.
    pub results: Option<DesignsResults>,
}

/// Works out every design from the shared pages. Nothing to compare (no
/// design B) gives no results and no work.
pub fn compute(
    form: &DesignsForm,
    payback_form: &PaybackForm,
    cost: &CostForm,
    retention: &RetentionForm,
) -> DesignsView {
    if form.designs.is_empty() {
        return DesignsView {
            errors: Vec::new(),
            results: None,
        };
    }
    let base = payback::compute(payback_form, cost, retention).results;
    compute_from(form, base.as_ref(), retention)
}

/// [`compute`] from the Payback page's results as its page worked them out
/// (`None` when it has none), so a keystroke works them out once.
#[inline(never)]
pub fn compute_from(
    form: &DesignsForm,
    base: Option<&PaybackResults>,
    retention: &RetentionForm,
) -> DesignsView {
    let mut errors = Vec::new();
    if form.designs.is_empty() {
        return DesignsView {
            errors,
            results: None,
        };
    }
    let others: Vec<Option<Scheme>> =
        form.designs
            .iter()
            .enumerate()
            .map(|(i, d)| {
                let f = RetentionForm {
                    payments: d.payments.clone(),
                    undo: None,
                    ..retention.clone()
                };
                let v = retention::compute(&f);
                errors.extend(v.errors.iter().filter(|e| e.id.starts_with('p')).map(|e| {
                    FieldError {
                        id: e.id.clone(),
                        message: format!("{}: {}", name(i + 2), e.message),
                    }
                }));
                v.results.map(|r| r.scheme)
            })
            .collect();
    let leave = retention::scheme_only(retention).map(|(_, leave_month)| leave_month);
    let results = base.zip(leave).map(|(b, leave_month)| {
        let schemes: Vec<Option<Scheme>> = std::iter::once(Some(b.grid_inputs.scheme.clone()))
            .chain(others)
            .collect();
        let months = schemes
            .iter()
            .flatten()
            .map(Scheme::last_tie_in_end)
            .max()
            .unwrap_or(0);
        let shared = Shared {
            b,
            reason: retention.reason,
            leave_month,
            months,
        };
        DesignsResults {
            designs: schemes
                .iter()
                .map(|s| s.as_ref().and_then(|s| shared.design(s)))
                .collect(),
            leave_month,
            reason: retention.reason,
            horizon: b.horizon,
            turnover: b.grid_inputs.inputs.turnover,
            recovery: b.grid_inputs.inputs.recovery,
            recruitment: b.recruitment,
            saving_a_month: b.simple.saving_a_month,
            leaver_cost: b.break_even.leaver.total,
        }
    });
    DesignsView { errors, results }
}

/// What every design shares: the Payback page's results and the leaving month.
struct Shared<'a> {
    b: &'a PaybackResults,
    reason: LeavingReason,
    leave_month: u32,
    /// The last leaving month in the schedule of repayable.
    months: u32,
}

impl Shared<'_> {
    fn settings(&self) -> &OnCostSettings {
        &self.b.grid_inputs.settings
    }

    fn inputs(&self) -> &ExpectedInputs {
        &self.b.grid_inputs.inputs
    }

    fn leaver(&self) -> LeaverCost {
        self.b.break_even.leaver.clone()
    }

    /// One design, with the engine's payback, clawback and employer cost.
    fn design(&self, scheme: &Scheme) -> Option<DesignResult> {
        let settings = self.settings();
        let inputs = self.inputs();
        let cost = employer_cost::scheme_cost(scheme, settings).ok()?;
        let payments = scheme
            .payments
            .iter()
            .zip(&cost.per_payment)
            .zip(retention::payment_names(scheme))
            .map(|((p, c), name)| PaymentLine {
                name,
                month: p.paid_month,
                gross: c.gross,
                cost: c.total,
            })
            .collect();
        let total = cost.total.total;
        let at_leaving = clawback::position(scheme, self.reason, self.leave_month).ok()?;
        let repayable = (0..=self.months)
            .map(|m| clawback::position(scheme, self.reason, m).map(|p| p.repayable))
            .collect::<Result<Vec<_>, _>>()
            .ok()?;
        let expected = expected_payback(scheme, settings, inputs).ok()?;
        let simple = simple_payback(
            &payment_costs(scheme, settings),
            inputs.recruitment,
            inputs.saving_a_month,
        );
        let scheme_a_year = scheme_cost_a_year(scheme, total);
        let be = break_even(scheme_a_year, self.leaver(), inputs.turnover);
        Some(DesignResult {
            payments,
            paid: cost.total.gross,
            cost: total,
            at_leaving,
            repayable,
            expected_cost: expected.costs - inputs.recruitment - expected.clawback,
            simple_payback: simple.months,
            expected_payback: expected.payback_month,
            scheme_a_year,
            required_cut: be.required_cut,
            exceeds_turnover: be.exceeds_turnover,
            tied_until: scheme.last_tie_in_end(),
            cost_breakdown: cost.breakdown,
            expected_breakdown: expected.breakdown,
        })
    }
}

/// The plain sentence: which design is cheapest per hire (allowing for
/// turnover and clawback) and which ties people in longest.
pub fn sentence(r: &DesignsResults) -> String {
    let done: Vec<(usize, &DesignResult)> = r
        .designs
        .iter()
        .enumerate()
        .filter_map(|(i, d)| d.as_ref().map(|d| (i + 1, d)))
        .collect();
    if done.len() < 2 {
        return "Correct the errors in the designs to compare them.".into();
    }
    // A design that pays nothing, or pays after the horizon, is never called
    // the cheapest for it: the sentence says why it is left out instead.
    let (empty, done): (Vec<_>, Vec<_>) =
        done.into_iter().partition(|(_, d)| d.paid == Pence::ZERO);
    let nothing = match empty.as_slice() {
        [] => String::new(),
        [(n, _)] => format!("{} pays nothing: add a payment to compare it. ", name(*n)),
        _ => format!(
            "{} pay nothing: add a payment to compare them. ",
            names(&empty.iter().map(|(n, _)| *n).collect::<Vec<_>>())
        ),
    };
    if done.len() < 2 {
        return format!("{nothing}Two designs with payments are needed to compare them.")
            .trim_start()
            .to_string();
    }
    let late: Vec<(usize, Pence)> = done
        .iter()
        .map(|(n, d)| {
            let after: Pence = d
                .payments
                .iter()
                .filter(|p| p.month >= r.horizon)
                .map(|p| p.gross)
                .sum();
            (*n, after)
        })
        .filter(|(_, after)| *after > Pence::ZERO)
        .collect();
    if !late.is_empty() {
        let last = done
            .iter()
            .flat_map(|(_, d)| d.payments.iter().map(|p| p.month))
            .max()
            .unwrap_or(r.horizon);
        let which: Vec<String> = late
            .iter()
            .map(|(n, after)| format!("{} pays {}", name(*n), after.format()))
            .collect();
        let fix = if last < crate::engine::payback::MAX_HORIZON {
            format!(
                ": make the horizon at least {} to compare them",
                clawback::months_word(last + 1)
            )
        } else {
            String::new()
        };
        return format!(
            "{nothing}{} at or after the end of the {}-month horizon, which the expected cost per hire leaves out, so the costs do not compare the designs{fix}.",
            join_and(&which),
            r.horizon,
        );
    }
    let cheapest = best(&done, |d| -d.expected_cost.get());
    let longest = best(&done, |d| i64::from(d.tied_until));
    let allowing = format!(
        "Per hire, allowing for {} turnover and {} of clawback recovered,",
        r.turnover.percent_label(),
        r.recovery.percent_label(),
    );
    let cost_part = if cheapest.len() == done.len() {
        format!(
            "{allowing} the designs cost the same: {} over {}.",
            done[0].1.expected_cost.format(),
            clawback::months_word(r.horizon),
        )
    } else {
        format!(
            "{allowing} {} the cheapest: {}{} over {}, against {}.",
            names_are(&cheapest),
            of(&done, cheapest[0]).expected_cost.format(),
            if cheapest.len() > 1 { " each" } else { "" },
            clawback::months_word(r.horizon),
            others(&done, &cheapest, |d| d.expected_cost.format()),
        )
    };
    let tie_part = if longest.len() == done.len() {
        format!(
            " They tie people in equally long: the last tie-in ends {}.",
            clawback::after_full_months(done[0].1.tied_until)
        )
    } else {
        format!(
            " {} people in longest: {} last tie-in ends {}, against {}.",
            if longest.len() == 1 {
                format!("{} ties", name(longest[0]))
            } else {
                format!("{} tie", names(&longest))
            },
            if longest.len() == 1 {
                "its"
            } else {
                "each one's"
            },
            clawback::after_full_months(of(&done, longest[0]).tied_until),
            others(&done, &longest, |d| clawback::full_months(d.tied_until)),
        )
    };
    format!("{nothing}{cost_part}{tie_part}")
}

/// "a", "a and b", "a, b and c".
fn join_and(items: &[String]) -> String {
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

/// The comparison table's column headings: "Figure", then "Design A" ….
pub fn headers(r: &DesignsResults) -> Vec<String> {
    std::iter::once("Figure".to_string())
        .chain((1..=r.designs.len()).map(name))
        .collect()
}

/// How one design's cell of a row is written.
type Cell<'a> = dyn Fn(&DesignResult) -> String + 'a;

/// The comparison table as text, a row per figure and a column per design
/// (the page, its CSV and its print show these same words).
pub fn comparison_rows(r: &DesignsResults) -> Vec<Vec<String>> {
    let when = clawback::after_full_months(r.leave_month);
    let rows: [(String, &Cell<'_>); 10] = [
        ("What is paid and when".into(), &|d| {
            let lines: Vec<String> = d
                .payments
                .iter()
                .map(|p| {
                    format!(
                        "{}: {} {}",
                        p.name,
                        p.gross.format(),
                        clawback::paid_after(p.month)
                    )
                })
                .collect();
            if lines.is_empty() {
                "Nothing: no payments".to_string()
            } else {
                lines.join(";\n")
            }
        }),
        ("Paid in all if the worker stays".into(), &|d| {
            d.paid.format()
        }),
        (
            "Cost with on-costs (employer NI, levy, pension where pensionable)".into(),
            &|d| d.cost.format(),
        ),
        (
            format!(
                "Repayable if the worker leaves {when} ({})",
                r.reason.in_sentence()
            ),
            &|d| {
                format!(
                    "{} of {} paid",
                    d.at_leaving.repayable.format(),
                    d.at_leaving.paid.format()
                )
            },
        ),
        ("Last tie-in ends".into(), &|d| {
            clawback::after_full_months(d.tied_until)
        }),
        (
            format!(
                "Expected cost per hire over {}, allowing for turnover and clawback",
                clawback::months_word(r.horizon)
            ),
            &|d| d.expected_cost.format(),
        ),
        (
            "Pays for itself against the agency locum, if the hire stays".into(),
            &|d| payback_text(d.simple_payback, "never: agency is not dearer".into()),
        ),
        (
            format!(
                "Pays for itself allowing for {} turnover",
                r.turnover.percent_label()
            ),
            &|d| {
                payback_text(
                    d.expected_payback,
                    format!("not within {}", clawback::months_word(r.horizon)),
                )
            },
        ),
        ("Cost a year per head, paid to everyone".into(), &|d| {
            d.scheme_a_year.format()
        }),
        (
            "Leavers it must prevent a year per 100 staff to pay for itself".into(),
            &cut_text,
        ),
    ];
    rows.into_iter()
        .map(|(label, f)| {
            std::iter::once(label)
                .chain(r.designs.iter().map(|d| match d {
                    Some(d) => f(d),
                    None => "Correct the errors".into(),
                }))
                .collect()
        })
        .collect()
}

/// What a leaver repays after each number of full months, a column per design.
pub fn repayable_rows(r: &DesignsResults) -> Vec<Vec<String>> {
    let months = r
        .designs
        .iter()
        .flatten()
        .map(|d| d.repayable.len())
        .max()
        .unwrap_or(0);
    (0..months)
        .map(|m| {
            std::iter::once(m.to_string())
                .chain(r.designs.iter().map(|d| match d {
                    Some(d) => d.repayable.get(m).copied().unwrap_or_default().format(),
                    None => "Correct the errors".into(),
                }))
                .collect()
        })
        .collect()
}

fn payback_text(m: Option<u32>, none: String) -> String {
    match m {
        Some(0) => "at once: nothing to pay".into(),
        Some(m) => format!("after {}", clawback::months_word(m)),
        None => none,
    }
}

fn cut_text(d: &DesignResult) -> String {
    match d.required_cut {
        Some(c) => {
            let per_100 = c.per_hundred_label();
            if d.exceeds_turnover {
                format!("{per_100}: more than leave now")
            } else {
                per_100.to_string()
            }
        }
        None => "cannot pay for itself".into(),
    }
}

/// Design `n` among those worked out (it is there: `n` came from `done`).
fn of<'a>(done: &[(usize, &'a DesignResult)], n: usize) -> &'a DesignResult {
    done.iter()
        .find(|(m, _)| *m == n)
        .map(|(_, d)| *d)
        .unwrap_or(done[0].1)
}

/// The designs (by number) that share the largest `key`: one, several, or all.
fn best(done: &[(usize, &DesignResult)], key: impl Fn(&DesignResult) -> i64) -> Vec<usize> {
    let top = done.iter().map(|(_, d)| key(d)).max();
    done.iter()
        .filter(|(_, d)| Some(key(d)) == top)
        .map(|(n, _)| *n)
        .collect()
}

/// "Design A" or "Designs A and C".
fn names(ns: &[usize]) -> String {
    match ns {
        [n] => name(*n),
        _ => {
            let letters: Vec<String> = ns.iter().map(|n| letter(*n).to_string()).collect();
            let (last, rest) = letters
                .split_last()
                .map(|(l, r)| (l.clone(), r.join(", ")))
                .unwrap_or_default();
            format!("Designs {rest} and {last}")
        }
    }
}

/// "Design A is" or "Designs A and C are".
fn names_are(ns: &[usize]) -> String {
    format!("{} {}", names(ns), if ns.len() == 1 { "is" } else { "are" })
}

/// "£5,775.00 for Design B and £6,000.00 for Design C": every design not in
/// `except`.
fn others(
    done: &[(usize, &DesignResult)],
    except: &[usize],
    figure: impl Fn(&DesignResult) -> String,
) -> String {
    let parts: Vec<String> = done
        .iter()
        .filter(|(n, _)| !except.contains(n))
        .map(|(n, d)| format!("{} for {}", figure(d), name(*n)))
        .collect();
    parts.join(" and ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::clawback::ShapeKind;
    use crate::engine::rates::TaxYear;
    use crate::state::cost::{reduce as reduce_cost, CostAction, CostField};
    use crate::state::retention::PaymentField;

    fn payment(
        key: u32,
        name: &str,
        amount: &str,
        month: &str,
        tie_in: &str,
        shape: ShapeKind,
    ) -> PaymentForm {
        let mut p = PaymentForm::blank(key);
        p.name = name.into();
        p.amount = amount.into();
        p.month = month.into();
        p.tie_in = tie_in.into();
        p.shape = shape;
        p
    }

    /// The issue's design A in 2025/26 at £38,000, leaving after 15 full months.
    fn design_a() -> RetentionForm {
        let mut f = RetentionForm::empty();
        f.year = TaxYear::Y2025_26;
        f.leave_month = "15".into();
        f.push_payment(payment(
            0,
            "Golden hello",
            "2000",
            "0",
            "24",
            ShapeKind::ProRata,
        ));
        f.push_payment(payment(
            0,
            "Retention, year 1",
            "1500",
            "12",
            "12",
            ShapeKind::AllOrNothing,
        ));
        f.push_payment(payment(
            0,
            "Retention, year 2",
            "1500",
            "24",
            "12",
            ShapeKind::AllOrNothing,
        ));
        f
    }

    /// Design B: a copy of A changed to one £5,000 golden hello over 24 months.
    fn with_design_b(retention: &RetentionForm) -> DesignsForm {
        let f = add_design(&DesignsForm::default(), retention);
        let keys: Vec<u32> = f.designs[0].payments.iter().map(|p| p.key).collect();
        assert!(
            keys.iter().all(|k| index_of_key(*k) == Some(0)),
            "B's own ids"
        );
        let f = reduce(
            &f,
            DesignsAction::Design(0, RetentionAction::RemovePayment(keys[2])),
        );
        let f = reduce(
            &f,
            DesignsAction::Design(0, RetentionAction::RemovePayment(keys[1])),
        );
        reduce(
            &f,
            DesignsAction::Design(
                0,
                RetentionAction::SetPaymentField {
                    key: keys[0],
                    field: PaymentField::Amount,
                    value: "5000".into(),
                },
            ),
        )
    }

    fn locum_42() -> CostForm {
        reduce_cost(
            &CostForm::default(),
            CostAction::Set(CostField::Hourly, "42".into()),
        )
    }

    /// Worked by hand (issue 23):
    /// - At 15 full months, A has paid the £2,000 hello and the first £1,500
    ///   (the second is due at 24): £3,500. Repayable: hello pro rata
    ///   (24 − 15) ÷ 24 × £2,000 = £750, plus the first retention payment in
    ///   full (3 months into a 12-month all-or-nothing tie-in): £2,250.
    ///   B: (24 − 15) ÷ 24 × £5,000 = £1,875 of £5,000.
    /// - Cost with on-costs, 2025/26, £38,000 (£3,166.67 a month, above the
    ///   £417 monthly threshold, so each payment pays 15% employer NI in full),
    ///   levy 0.5%, not pensionable: £5,000 × 1.155 = £5,775 each.
    /// - Against a £42 locum: 42 × 37 × 46 = £71,484 a year; the post filled
    ///   all year costs £50,663.40 (£38,000 + NI 12 × 15% × (£3,166.67 − £417)
    ///   = £4,949.40 + pension 19.8% £7,524 + levy £190): saving £20,820.60 a
    ///   year, £1,735.05 a month. Simple payback with £1,500 recruitment:
    ///   A pays £1,500 + £2,310 = £3,810 at the start; after 2 months
    ///   2 × £1,735.05 = £3,470.10 (short), after 3 months £5,205.15 (covered),
    ///   and at month 12 (13 × £1,735.05 = £22,555.65 against £5,542.50) and 24
    ///   it stays covered: 3 months. B pays £1,500 + £5,775 = £7,275 at once:
    ///   4 × £1,735.05 = £6,940.20 is short, 5 × = £8,675.25 covers it: 5 months.
    /// - Paid to everyone: A's £5,775 spread over the 36 months to its last
    ///   tie-in's end is £1,925.00 a year; B's over 24 months £2,887.50. A
    ///   leaver costs £1,500 + 3 months × 73.6% × £20,820.60 ÷ 12 = £3,830.99
    ///   (3,830.9904): £5,330.99. A must prevent 1,925 ÷ 5,330.99 = 36.11
    ///   leavers a year per 100 staff, B 2,887.50 ÷ 5,330.99 = 54.16.
    #[test]
    fn the_issue_two_designs_compared_by_hand() {
        let retention = design_a();
        let designs = with_design_b(&retention);
        let v = compute(&designs, &PaybackForm::default(), &locum_42(), &retention);
        assert_eq!(v.errors, vec![]);
        let r = v.results.unwrap();
        let a = r.designs[0].as_ref().unwrap();
        let b = r.designs[1].as_ref().unwrap();
        assert_eq!(
            (a.at_leaving.paid, a.at_leaving.repayable),
            (Pence::pounds(3_500), Pence::pounds(2_250))
        );
        assert_eq!(
            (b.at_leaving.paid, b.at_leaving.repayable),
            (Pence::pounds(5_000), Pence::pounds(1_875))
        );
        assert_eq!(
            (a.cost, b.cost),
            (Pence::pounds(5_775), Pence::pounds(5_775))
        );
        assert_eq!(a.payments[0].cost, Pence::pounds(2_310));
        assert_eq!(a.payments[1].name, "Retention, year 1");
        assert_eq!(r.saving_a_month, Pence(173_505));
        assert_eq!((a.simple_payback, b.simple_payback), (Some(3), Some(5)));
        assert_eq!(
            (a.scheme_a_year, b.scheme_a_year),
            (Pence(192_500), Pence(288_750))
        );
        assert_eq!(r.leaver_cost, Pence(533_099));
        assert_eq!(a.required_cut.unwrap().percent_label(), "36.11%");
        assert_eq!(b.required_cut.unwrap().percent_label(), "54.16%");
        assert_eq!((a.tied_until, b.tied_until), (36, 24));
        // Repayable by leaving month: A after 12 months is the hello's
        // 12/24 × £2,000 = £1,000 + the first retention payment £1,500; B's £2,500.
        assert_eq!(a.repayable.len(), 37);
        assert_eq!(a.repayable[12], Pence::pounds(2_500));
        assert_eq!(b.repayable[12], Pence::pounds(2_500));
        assert_eq!(a.repayable[0], Pence::pounds(2_000));
        assert_eq!(b.repayable[24], Pence::ZERO);
        // After 24: A's second £1,500 is all repayable for 12 months.
        assert_eq!(a.repayable[24], Pence::pounds(1_500));
        assert_eq!(a.repayable[36], Pence::ZERO);
        // The table the page, its CSV and its print show.
        let rows = comparison_rows(&r);
        assert_eq!(headers(&r), vec!["Figure", "Design A", "Design B"]);
        assert_eq!(rows[0][1], "Golden hello: £2,000.00 on joining;\nRetention, year 1: £1,500.00 after 12 full months;\nRetention, year 2: £1,500.00 after 24 full months");
        assert_eq!(
            rows[3],
            vec![
                "Repayable if the worker leaves after 15 full months (resignation)",
                "£2,250.00 of £3,500.00 paid",
                "£1,875.00 of £5,000.00 paid"
            ]
        );
        assert_eq!(rows[6][1..], ["after 3 months", "after 5 months"]);
        assert_eq!(
            rows[9][1..],
            ["36.11: more than leave now", "54.16: more than leave now"]
        );
        assert_eq!(repayable_rows(&r)[15], vec!["15", "£2,250.00", "£1,875.00"]);
        // Design A here is the Payback page's own figure.
        let p = payback::compute(&PaybackForm::default(), &locum_42(), &retention)
            .results
            .unwrap();
        assert_eq!(p.simple.months, a.simple_payback);
        assert_eq!(p.expected.payback_month, a.expected_payback);
        // B pays everything on joining, so more is clawed back from early
        // leavers; A pays its later £3,000 only to those still there. Which
        // is cheaper per hire is the engine's expected cash flow; with no
        // turnover nobody leaves and both cost their £5,775.
        let s = sentence(&r);
        assert!(s.contains("Design A ties people in longest: its last tie-in ends after 36 full months, against 24 full months for Design B."), "{s}");
        let still = reduce_cost(
            &locum_42(),
            CostAction::Set(CostField::Turnover, "0".into()),
        );
        let r0 = compute(&designs, &PaybackForm::default(), &still, &retention)
            .results
            .unwrap();
        let costs: Vec<Pence> = r0
            .designs
            .iter()
            .map(|d| d.as_ref().unwrap().expected_cost)
            .collect();
        assert_eq!(costs, vec![Pence::pounds(5_775), Pence::pounds(5_775)]);
        assert!(
            sentence(&r0).contains("the designs cost the same: £5,775.00 over 36 months"),
            "{}",
            sentence(&r0)
        );
    }

    /// Design C starts as a copy of A, so A and C tie on both counts: the
    /// sentence names both against B, never "the same" (the review's case:
    /// the table showed B dearer and shorter while the sentence said all
    /// designs cost the same and tied people in equally long).
    #[test]
    fn designs_that_tie_are_named_together_against_the_rest() {
        let retention = design_a();
        let designs = add_design(&with_design_b(&retention), &retention);
        let r = compute(&designs, &PaybackForm::default(), &locum_42(), &retention)
            .results
            .unwrap();
        let cost = |i: usize| r.designs[i].as_ref().unwrap().expected_cost;
        assert_eq!(cost(0), cost(2));
        assert_ne!(cost(0), cost(1));
        let s = sentence(&r);
        let (cheap, dear) = if cost(0) < cost(1) {
            (cost(0), cost(1))
        } else {
            (cost(1), cost(0))
        };
        assert!(cost(0) < cost(1), "A (paid later) is cheaper per hire: {s}");
        assert!(
            s.contains(&format!(
                "Designs A and C are the cheapest: {} each over 36 months, against {} for Design B.",
                cheap.format(),
                dear.format()
            )),
            "{s}"
        );
        // A's last tie-in ends at 24 + 12 = 36 months; B's one payment's at 24.
        assert!(
            s.ends_with(" Designs A and C tie people in longest: each one's last tie-in ends after 36 full months, against 24 full months for Design B."),
            "{s}"
        );
    }

    /// With no clawback recovered, B's cost per hire is its £5,775 paid on
    /// joining to everyone hired (survival 1 at month 0); A's later payments
    /// are made only to those still there, so A is cheaper.
    /// Found trying it (issue 23): a design paid at the 36-month horizon cost
    /// £0.00 over it and was called the cheapest; so was a design with no
    /// payments. Neither is ranked now: the sentence says why.
    #[test]
    fn a_design_paid_after_the_horizon_or_paying_nothing_is_never_the_cheapest() {
        let retention = design_a();
        let b = with_design_b(&retention);
        let key = b.designs[0].payments[0].key;
        let set_month = |month: &str| {
            reduce(
                &b,
                DesignsAction::Design(
                    0,
                    RetentionAction::SetPaymentField {
                        key,
                        field: PaymentField::Month,
                        value: month.into(),
                    },
                ),
            )
        };
        let late = set_month("36");
        let r = compute(&late, &PaybackForm::default(), &locum_42(), &retention)
            .results
            .unwrap();
        let text = sentence(&r);
        assert!(text.starts_with("Design B pays £5,000.00 at or after the end of the 36-month horizon, which the expected cost per hire leaves out, so the costs do not compare the designs: make the horizon at least 37 months to compare them."), "{text}");
        assert!(!text.contains("cheapest"), "{text}");
        // At month 35 it is inside the horizon, and ranked as before.
        let r = compute(
            &set_month("35"),
            &PaybackForm::default(),
            &locum_42(),
            &retention,
        )
        .results
        .unwrap();
        assert!(sentence(&r).contains("the cheapest"), "{}", sentence(&r));
        // A design with no payments.
        let empty = reduce(
            &b,
            DesignsAction::Design(0, RetentionAction::RemovePayment(key)),
        );
        assert!(empty.designs[0].payments.is_empty());
        let r = compute(&empty, &PaybackForm::default(), &locum_42(), &retention)
            .results
            .unwrap();
        assert_eq!(
            sentence(&r),
            "Design B pays nothing: add a payment to compare it. Two designs with payments are needed to compare them."
        );
    }

    #[test]
    fn without_clawback_paying_later_is_cheaper_per_hire() {
        let retention = design_a();
        let designs = with_design_b(&retention);
        let form = crate::state::payback::reduce(
            &PaybackForm::default(),
            crate::state::payback::PaybackAction::SetRecovery("0".into()),
        );
        let r = compute(&designs, &form, &locum_42(), &retention)
            .results
            .unwrap();
        let b = r.designs[1].as_ref().unwrap();
        assert_eq!(b.expected_cost, Pence::pounds(5_775));
        let a = r.designs[0].as_ref().unwrap();
        assert!(a.expected_cost < b.expected_cost);
        assert!(sentence(&r).starts_with("Per hire, allowing for 11.8% turnover and 0% of clawback recovered, Design A is the cheapest:"), "{}", sentence(&r));
    }

    #[test]
    fn designs_start_as_copies_are_at_most_three_and_errors_name_the_design() {
        let retention = design_a();
        let f = add_design(&DesignsForm::default(), &retention);
        let v = compute(&f, &PaybackForm::default(), &locum_42(), &retention);
        let r = v.results.unwrap();
        assert_eq!(r.designs[0], r.designs[1], "a copy works out the same");
        let f = add_design(&add_design(&f, &retention), &retention);
        assert_eq!(f.designs.len(), 2);
        assert!(f.designs[1]
            .payments
            .iter()
            .all(|p| index_of_key(p.key) == Some(1)));
        let key = f.designs[1].payments[0].key;
        let f = reduce(
            &f,
            DesignsAction::Design(
                1,
                RetentionAction::SetPaymentField {
                    key,
                    field: PaymentField::Amount,
                    value: "lots".into(),
                },
            ),
        );
        let v = compute(&f, &PaybackForm::default(), &locum_42(), &retention);
        assert_eq!(v.errors[0].id, format!("p{key}-amount"));
        assert!(
            v.errors[0].message.starts_with("Design C: "),
            "{}",
            v.errors[0].message
        );
        let r = v.results.unwrap();
        assert!(r.designs[2].is_none());
        assert!(r.designs[1].is_some());
        // Removing B moves C up, with B's keys.
        let f = reduce(&f, DesignsAction::Remove(0));
        assert_eq!(f.designs.len(), 1);
        assert!(f.designs[0]
            .payments
            .iter()
            .all(|p| index_of_key(p.key) == Some(0)));
        assert_eq!(f.designs[0].payments[0].amount, "lots");
        // Nothing to compare: no work, no results.
        let none = compute(
            &DesignsForm::default(),
            &PaybackForm::default(),
            &locum_42(),
            &retention,
        );
        assert_eq!(none.results, None);
    }
}
