//! Retention schemes: payments, tie-ins, clawback shapes, and what is repayable
//! for a leaving month.
//!
//! Months are whole months. A payment is due in month `p` (0 = the start date)
//! and has been paid if the worker leaves after `p` or more full months. Its
//! tie-in clock starts on its own payment date: leaving after `m` full months
//! since the start date is `t = m - p` full months since that payment. The
//! repayable share `c(t)` of the gross payment follows the payment's shape
//! (see `shared/domain.md`, section 2), and the repayable amount is the gross
//! times that share, rounded once to the penny (see [`super::money`]).

use super::breakdown::Breakdown;
use super::money::{Pence, Ratio, MAX_AMOUNT};

/// At most this many payments in a scheme.
pub const MAX_PAYMENTS: usize = 12;
/// Payment months and tie-ins are at most ten years.
pub const MAX_MONTHS: u32 = 120;
/// The month-by-month schedule runs this many months past the last tie-in.
pub const MONTHS_PAST_LAST_TIE_IN: u32 = 3;
/// At most this many steps in a stepped tie-in.
pub const MAX_STEPS: usize = 24;

/// One row of a stepped tie-in: from `from_month` full months after payment,
/// `share` of the gross is repayable (until the next step or the tie-in's end).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    pub from_month: u32,
    pub share: Ratio,
}

/// How the repayable share falls over a tie-in of `L` months.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shape {
    /// Nothing is ever repayable.
    None,
    /// All repayable if `t < L`, then nothing (a "cliff").
    AllOrNothing,
    /// `(L - t) / L` for `t < L`, counting full months only.
    ProRata,
    /// All repayable for `t < full_months`, then `(L - t) / (L - full_months)`.
    FullThenTaper { full_months: u32 },
    /// A table of steps; nothing repayable from month `L` on.
    Stepped(Vec<Step>),
}

/// The shape without its parameters, for choosing in a form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ShapeKind {
    None,
    AllOrNothing,
    ProRata,
    FullThenTaper,
    Stepped,
}

impl ShapeKind {
    pub const ALL: [ShapeKind; 5] = [
        ShapeKind::ProRata,
        ShapeKind::AllOrNothing,
        ShapeKind::FullThenTaper,
        ShapeKind::Stepped,
        ShapeKind::None,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ShapeKind::None => "No tie-in: nothing to repay",
            ShapeKind::AllOrNothing => {
                "All or nothing: repay it all if you leave within the tie-in"
            }
            ShapeKind::ProRata => "Pro rata: repay less for each full month served",
            ShapeKind::FullThenTaper => {
                "Full, then taper: repay it all at first, then less each month"
            }
            ShapeKind::Stepped => "Stepped: repay a set share in each period",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            ShapeKind::None => "none",
            ShapeKind::AllOrNothing => "cliff",
            ShapeKind::ProRata => "prorata",
            ShapeKind::FullThenTaper => "taper",
            ShapeKind::Stepped => "stepped",
        }
    }

    pub fn from_slug(slug: &str) -> Option<ShapeKind> {
        ShapeKind::ALL.into_iter().find(|k| k.slug() == slug)
    }
}

impl Shape {
    pub fn kind(&self) -> ShapeKind {
        match self {
            Shape::None => ShapeKind::None,
            Shape::AllOrNothing => ShapeKind::AllOrNothing,
            Shape::ProRata => ShapeKind::ProRata,
            Shape::FullThenTaper { .. } => ShapeKind::FullThenTaper,
            Shape::Stepped(_) => ShapeKind::Stepped,
        }
    }
}

/// Why a worker leaves. Which reasons are exempt from repayment is part of a scheme.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LeavingReason {
    Resignation,
    Dismissal,
    Redundancy,
    IllHealth,
    Tupe,
}

impl LeavingReason {
    pub const ALL: [LeavingReason; 5] = [
        LeavingReason::Resignation,
        LeavingReason::Dismissal,
        LeavingReason::Redundancy,
        LeavingReason::IllHealth,
        LeavingReason::Tupe,
    ];
    /// Exempt in most real schemes.
    pub const USUALLY_EXEMPT: [LeavingReason; 3] = [
        LeavingReason::Redundancy,
        LeavingReason::IllHealth,
        LeavingReason::Tupe,
    ];

    pub fn label(self) -> &'static str {
        match self {
            LeavingReason::Resignation => "Resignation",
            LeavingReason::Dismissal => "Dismissal",
            LeavingReason::Redundancy => "Redundancy",
            LeavingReason::IllHealth => "Ill health",
            LeavingReason::Tupe => "TUPE transfer",
        }
    }

    /// The label as it reads mid-sentence ("ill health", "TUPE transfer").
    pub fn in_sentence(self) -> &'static str {
        match self {
            LeavingReason::Resignation => "resignation",
            LeavingReason::Dismissal => "dismissal",
            LeavingReason::Redundancy => "redundancy",
            LeavingReason::IllHealth => "ill health",
            LeavingReason::Tupe => "TUPE transfer",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            LeavingReason::Resignation => "resignation",
            LeavingReason::Dismissal => "dismissal",
            LeavingReason::Redundancy => "redundancy",
            LeavingReason::IllHealth => "ill-health",
            LeavingReason::Tupe => "tupe",
        }
    }

    pub fn from_slug(slug: &str) -> Option<LeavingReason> {
        LeavingReason::ALL.into_iter().find(|r| r.slug() == slug)
    }
}

/// One payment in a scheme: a golden hello, a retention tranche, a supplement lump.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Payment {
    pub name: String,
    /// The full-time amount, before any FTE pro rata.
    pub amount: Pence,
    /// Month it is paid, counted from the start date (0 = on starting).
    pub paid_month: u32,
    /// Scaled by the worker's FTE.
    pub pro_rata_fte: bool,
    /// Carries employer pension contributions.
    pub pensionable: bool,
    /// Tie-in length in months from this payment's own date.
    pub tie_in_months: u32,
    pub shape: Shape,
}

/// A retention scheme as offered to one worker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scheme {
    pub payments: Vec<Payment>,
    /// The worker's full-time equivalent (1 for full time).
    pub fte: Ratio,
    /// Leaving reasons for which nothing is repayable.
    pub exempt: Vec<LeavingReason>,
}

/// Something about a scheme that does not make sense. `payment` and `step` are
/// positions (from 0) in the scheme, so the UI can put the message by the field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SchemeError {
    TooManyPayments,
    AmountTooLarge {
        payment: usize,
    },
    PaidMonthTooLate {
        payment: usize,
    },
    TieInTooLong {
        payment: usize,
    },
    FteOutOfRange,
    /// Full-then-taper needs the full period to end before the tie-in does.
    TaperFullPeriodTooLong {
        payment: usize,
    },
    NoSteps {
        payment: usize,
    },
    TooManySteps {
        payment: usize,
    },
    FirstStepNotAtStart {
        payment: usize,
    },
    StepsOutOfOrder {
        payment: usize,
        step: usize,
    },
    StepShareAboveAll {
        payment: usize,
        step: usize,
    },
    StepShareRises {
        payment: usize,
        step: usize,
    },
    StepAfterTieIn {
        payment: usize,
        step: usize,
    },
}

impl SchemeError {
    /// The payment the error belongs to, if any.
    pub fn payment(&self) -> Option<usize> {
        use SchemeError::*;
        match *self {
            TooManyPayments | FteOutOfRange => None,
            AmountTooLarge { payment }
            | PaidMonthTooLate { payment }
            | TieInTooLong { payment }
            | TaperFullPeriodTooLong { payment }
            | NoSteps { payment }
            | TooManySteps { payment }
            | FirstStepNotAtStart { payment }
            | StepsOutOfOrder { payment, .. }
            | StepShareAboveAll { payment, .. }
            | StepShareRises { payment, .. }
            | StepAfterTieIn { payment, .. } => Some(payment),
        }
    }

    /// A plain sentence saying what to fix.
    pub fn message(&self) -> String {
        use SchemeError::*;
        match self {
            TooManyPayments => format!("A scheme can have up to {MAX_PAYMENTS} payments"),
            AmountTooLarge { .. } => {
                format!("Enter an amount of {} or less", MAX_AMOUNT.format_short())
            }
            PaidMonthTooLate { .. } => {
                format!("Enter a payment month of {MAX_MONTHS} or less")
            }
            TieInTooLong { .. } => format!("Enter a tie-in of {MAX_MONTHS} months or less"),
            FteOutOfRange => "Enter an FTE of more than 0 and no more than 1".to_string(),
            TaperFullPeriodTooLong { .. } => {
                "The months repaid in full must be fewer than the tie-in".to_string()
            }
            NoSteps { .. } => "Add at least one step to the table".to_string(),
            TooManySteps { .. } => format!("A step table can have up to {MAX_STEPS} steps"),
            FirstStepNotAtStart { .. } => "The first step must start at month 0".to_string(),
            StepsOutOfOrder { step, .. } => format!(
                "Step {} must start later than step {}",
                step + 1,
                step
            ),
            StepShareAboveAll { step, .. } => {
                format!("Enter a share of 100% or less for step {}", step + 1)
            }
            StepShareRises { step, .. } => format!(
                "The share in step {} must not be more than in step {}: a repayment can only fall over time",
                step + 1,
                step
            ),
            StepAfterTieIn { step, .. } => format!(
                "Step {} must start before the tie-in ends",
                step + 1
            ),
        }
    }
}

impl Payment {
    /// A lump sum in whole pounds, pro rata to FTE and not pensionable (the usual
    /// case for retention payments: LGPS reg 20(2)(e)).
    pub fn lump_sum(
        name: &str,
        pounds: i64,
        paid_month: u32,
        tie_in_months: u32,
        shape: Shape,
    ) -> Payment {
        Payment {
            name: name.to_string(),
            amount: Pence::pounds(pounds),
            paid_month,
            pro_rata_fte: true,
            pensionable: false,
            tie_in_months,
            shape,
        }
    }

    /// The name as shown in explanations; "Unnamed payment" when blank.
    pub fn display_name(&self) -> &str {
        match self.name.trim() {
            "" => "Unnamed payment",
            name => name,
        }
    }

    /// Checks this payment; `index` is its position for the error locations.
    pub fn validate(&self, index: usize) -> Vec<SchemeError> {
        let mut errors = Vec::new();
        if self.amount > MAX_AMOUNT || self.amount < Pence::ZERO {
            errors.push(SchemeError::AmountTooLarge { payment: index });
        }
        if self.paid_month > MAX_MONTHS {
            errors.push(SchemeError::PaidMonthTooLate { payment: index });
        }
        if self.tie_in_months > MAX_MONTHS {
            errors.push(SchemeError::TieInTooLong { payment: index });
        }
        match &self.shape {
            Shape::FullThenTaper { full_months } if *full_months >= self.tie_in_months => {
                errors.push(SchemeError::TaperFullPeriodTooLong { payment: index });
            }
            Shape::Stepped(steps) => {
                errors.extend(validate_steps(steps, self.tie_in_months, index))
            }
            _ => {}
        }
        errors
    }
}

fn validate_steps(steps: &[Step], tie_in: u32, payment: usize) -> Vec<SchemeError> {
    let mut errors = Vec::new();
    if steps.is_empty() {
        errors.push(SchemeError::NoSteps { payment });
        return errors;
    }
    if steps.len() > MAX_STEPS {
        errors.push(SchemeError::TooManySteps { payment });
        return errors;
    }
    if steps[0].from_month != 0 {
        errors.push(SchemeError::FirstStepNotAtStart { payment });
    }
    for (i, step) in steps.iter().enumerate() {
        if !step.share.le(Ratio::ONE) {
            errors.push(SchemeError::StepShareAboveAll { payment, step: i });
        }
        if i > 0 && step.from_month >= tie_in {
            errors.push(SchemeError::StepAfterTieIn { payment, step: i });
        }
        if i > 0 {
            let prev = &steps[i - 1];
            if step.from_month <= prev.from_month {
                errors.push(SchemeError::StepsOutOfOrder { payment, step: i });
            }
            if !step.share.le(prev.share) {
                errors.push(SchemeError::StepShareRises { payment, step: i });
            }
        }
    }
    errors
}

impl Scheme {
    /// Every problem with the scheme; empty when it can be worked out.
    pub fn validate(&self) -> Vec<SchemeError> {
        let mut errors = Vec::new();
        if self.payments.len() > MAX_PAYMENTS {
            errors.push(SchemeError::TooManyPayments);
        }
        if self.fte.is_zero() || !self.fte.le(Ratio::ONE) {
            errors.push(SchemeError::FteOutOfRange);
        }
        for (i, p) in self.payments.iter().enumerate() {
            errors.extend(p.validate(i));
        }
        errors
    }

    pub fn is_exempt(&self, reason: LeavingReason) -> bool {
        self.exempt.contains(&reason)
    }

    /// The gross amount of a payment to this worker: pro rata to FTE where it says so.
    pub fn gross(&self, payment: &Payment) -> Pence {
        if payment.pro_rata_fte {
            payment.amount.times(self.fte)
        } else {
            payment.amount
        }
    }

    /// The last month any tie-in runs to (payment month plus tie-in).
    pub fn last_tie_in_end(&self) -> u32 {
        self.payments
            .iter()
            .map(|p| p.paid_month.saturating_add(p.tie_in_months))
            .max()
            .unwrap_or(0)
    }

    /// The last leaving month in the month-by-month schedule.
    pub fn schedule_end(&self) -> u32 {
        let last_paid = self
            .payments
            .iter()
            .map(|p| p.paid_month)
            .max()
            .unwrap_or(0);
        self.last_tie_in_end().max(last_paid) + MONTHS_PAST_LAST_TIE_IN
    }
}

/// The share of a payment repayable `t` full months after it was paid.
/// Total over any shape and tie-in; never more than 1 for a valid shape.
pub fn repayable_share(shape: &Shape, tie_in: u32, t: u32) -> Ratio {
    if t >= tie_in {
        return Ratio::ZERO;
    }
    let ratio =
        |num: u32, den: u32| Ratio::new(i64::from(num), i64::from(den)).unwrap_or(Ratio::ZERO);
    match shape {
        Shape::None => Ratio::ZERO,
        Shape::AllOrNothing => Ratio::ONE,
        Shape::ProRata => ratio(tie_in - t, tie_in),
        Shape::FullThenTaper { full_months } => {
            if t < *full_months {
                Ratio::ONE
            } else {
                // full_months <= t < tie_in, so the denominator is positive.
                ratio(tie_in - t, tie_in - full_months)
            }
        }
        Shape::Stepped(steps) => steps
            .iter()
            .rev()
            .find(|s| s.from_month <= t)
            .map(|s| s.share)
            .unwrap_or(Ratio::ZERO),
    }
}

/// The rule behind a share, in words, for the explanation.
fn share_working(shape: &Shape, tie_in: u32, t: u32, share: Ratio) -> String {
    if matches!(shape, Shape::None) {
        return "no tie-in, so nothing is repayable".to_string();
    }
    if t >= tie_in {
        return format!("the {tie_in}-month tie-in is over, so nothing is repayable");
    }
    match shape {
        Shape::None => String::new(),
        Shape::AllOrNothing => {
            format!("all or nothing: within the {tie_in}-month tie-in, all of it is repayable")
        }
        Shape::ProRata => format!(
            "pro rata over a {tie_in}-month tie-in: ({tie_in} − {t}) ÷ {tie_in} = {} repayable",
            share.fraction_label()
        ),
        Shape::FullThenTaper { full_months } => {
            if t < *full_months {
                format!(
                    "all of it is repayable in the first {}",
                    months_word(*full_months)
                )
            } else {
                format!(
                    "tapering after {full_months} months to the end of a {tie_in}-month tie-in: ({tie_in} − {t}) ÷ ({tie_in} − {full_months}) = {} repayable",
                    share.fraction_label()
                )
            }
        }
        Shape::Stepped(steps) => {
            let from = steps
                .iter()
                .rev()
                .find(|s| s.from_month <= t)
                .map(|s| s.from_month)
                .unwrap_or(0);
            format!(
                "stepped: from month {from} of the {tie_in}-month tie-in, {} is repayable",
                share.percent_label()
            )
        }
    }
}

/// Where one payment stands for a leaving month.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PaymentPosition {
    /// Gross paid by the leaving month (0 if not yet due).
    pub paid: Pence,
    /// Gross to pay back.
    pub repayable: Pence,
    /// Gross the worker keeps: `paid - repayable`.
    pub kept: Pence,
    /// Share of the gross repayable (0 when not paid or exempt).
    pub share: Ratio,
}

/// Where the whole scheme stands if the worker leaves after `leaving_month` full months.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Position {
    pub leaving_month: u32,
    pub reason: LeavingReason,
    pub per_payment: Vec<PaymentPosition>,
    pub paid: Pence,
    pub repayable: Pence,
    pub kept: Pence,
}

/// The position of a scheme already validated.
pub(crate) fn position_unchecked(
    scheme: &Scheme,
    reason: LeavingReason,
    leaving_month: u32,
) -> Position {
    let exempt = scheme.is_exempt(reason);
    let per_payment: Vec<PaymentPosition> = scheme
        .payments
        .iter()
        .map(|p| {
            if leaving_month < p.paid_month {
                return PaymentPosition {
                    paid: Pence::ZERO,
                    repayable: Pence::ZERO,
                    kept: Pence::ZERO,
                    share: Ratio::ZERO,
                };
            }
            let gross = scheme.gross(p);
            let share = if exempt {
                Ratio::ZERO
            } else {
                repayable_share(&p.shape, p.tie_in_months, leaving_month - p.paid_month)
            };
            let repayable = gross.times(share);
            PaymentPosition {
                paid: gross,
                repayable,
                kept: gross - repayable,
                share,
            }
        })
        .collect();
    let paid = per_payment.iter().map(|p| p.paid).sum();
    let repayable = per_payment.iter().map(|p| p.repayable).sum();
    let kept = per_payment.iter().map(|p| p.kept).sum();
    Position {
        leaving_month,
        reason,
        per_payment,
        paid,
        repayable,
        kept,
    }
}

/// What is paid, repayable and kept if the worker leaves after `leaving_month`
/// full months for `reason`.
pub fn position(
    scheme: &Scheme,
    reason: LeavingReason,
    leaving_month: u32,
) -> Result<Position, Vec<SchemeError>> {
    let errors = scheme.validate();
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(position_unchecked(scheme, reason, leaving_month))
}

/// The position for every leaving month from 0 to [`Scheme::schedule_end`].
pub fn schedule(scheme: &Scheme, reason: LeavingReason) -> Result<Vec<Position>, Vec<SchemeError>> {
    let errors = scheme.validate();
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok((0..=scheme.schedule_end())
        .map(|m| position_unchecked(scheme, reason, m))
        .collect())
}

/// "no full months", "1 full month", "10 full months": how months served read
/// in sentences. After "after", use [`after_full_months`] (never "after 0 full months").
pub fn full_months(n: u32) -> String {
    match n {
        0 => "no full months".to_string(),
        1 => "1 full month".to_string(),
        _ => format!("{n} full months"),
    }
}

/// "1 month", "12 months".
pub fn months_word(n: u32) -> String {
    if n == 1 {
        "1 month".to_string()
    } else {
        format!("{n} months")
    }
}

/// When someone leaves: "within the first month" (0 full months served),
/// "after 1 full month", "after 10 full months".
pub fn after_full_months(n: u32) -> String {
    if n == 0 {
        "within the first month".to_string()
    } else {
        format!("after {}", full_months(n))
    }
}

/// When a payment is made: "on joining" (month 0), "after 12 full months".
pub fn paid_after(month: u32) -> String {
    if month == 0 {
        "on joining".to_string()
    } else {
        format!("after {}", full_months(month))
    }
}

/// "How this is worked out" for a position: one line per payment with its rule.
pub fn explain_position(scheme: &Scheme, position: &Position) -> Breakdown {
    let m = position.leaving_month;
    let mut b = Breakdown::new(format!(
        "Repayable if you leave {} ({})",
        after_full_months(m),
        position.reason.in_sentence()
    ));
    let exempt = scheme.is_exempt(position.reason);
    for (p, pos) in scheme.payments.iter().zip(&position.per_payment) {
        let name = p.display_name();
        if m < p.paid_month {
            b.note(
                name,
                format!(
                    "due in month {}, so not paid yet if you leave {}: nothing to repay",
                    p.paid_month,
                    after_full_months(m)
                ),
                Pence::ZERO,
                None,
            );
            continue;
        }
        let gross_working = if p.pro_rata_fte && scheme.fte != Ratio::ONE {
            format!(
                "{} full-time × {} FTE = {} paid in month {}",
                p.amount.format(),
                fte_label(scheme.fte),
                pos.paid.format(),
                p.paid_month
            )
        } else {
            format!("{} paid in month {}", pos.paid.format(), p.paid_month)
        };
        let t = m - p.paid_month;
        let rule = if exempt {
            format!(
                "{} is exempt under this scheme, so nothing is repayable",
                position.reason.label()
            )
        } else {
            share_working(&p.shape, p.tie_in_months, t, pos.share)
        };
        let amount_working = if pos.share.is_zero() || pos.share == Ratio::ONE {
            String::new()
        } else {
            format!(
                "; {} × {} = {} (to the nearest penny)",
                pos.paid.format(),
                pos.share.fraction_label(),
                pos.repayable.format()
            )
        };
        b.add(
            name,
            format!(
                "{gross_working}; {} since it was paid; {rule}{amount_working}",
                full_months(t)
            ),
            pos.repayable,
            None,
        );
    }
    b.total(
        "Total repayable",
        format!(
            "the sum of the payments' repayable amounts, out of {} paid",
            position.paid.format()
        ),
    );
    b
}

/// `0.6`, `1`, `0.8125` for an FTE held over 10,000.
pub fn fte_label(fte: Ratio) -> String {
    let bp = super::money::round_div(i128::from(fte.num()) * 10_000, i128::from(fte.den()));
    let whole = bp / 10_000;
    let frac = bp % 10_000;
    if frac == 0 {
        whole.to_string()
    } else {
        let s = format!("{whole}.{frac:04}");
        s.trim_end_matches('0').to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pay(amount: i64, month: u32, tie_in: u32, shape: Shape) -> Payment {
        Payment::lump_sum("P", amount, month, tie_in, shape)
    }

    fn scheme(payments: Vec<Payment>) -> Scheme {
        Scheme {
            payments,
            fte: Ratio::ONE,
            exempt: LeavingReason::USUALLY_EXEMPT.to_vec(),
        }
    }

    /// Lincolnshire: a 2-year tie-in "reduced proportionately for each full month of
    /// service". domain.md: month 10 of a 24-month pro-rata tie-in means 14/24
    /// repayable, not 14/12. On £3,000: 3000 × 14 / 24 = 1750.00 exactly.
    #[test]
    fn lincolnshire_pro_rata_month_10_repays_14_24ths() {
        let s = scheme(vec![pay(3000, 0, 24, Shape::ProRata)]);
        let pos = position(&s, LeavingReason::Resignation, 10).unwrap();
        assert_eq!(pos.per_payment[0].share, Ratio::new(14, 24).unwrap());
        assert_eq!(pos.repayable, Pence(175_000));
        assert_eq!(pos.kept, Pence(125_000));
        // Month 23: 1/24 of £3,000 = £125. Month 24: nothing.
        assert_eq!(
            position(&s, LeavingReason::Resignation, 23)
                .unwrap()
                .repayable,
            Pence(12_500)
        );
        assert_eq!(
            position(&s, LeavingReason::Resignation, 24)
                .unwrap()
                .repayable,
            Pence::ZERO
        );
    }

    /// Pro rata of £1,000 over 24 months at month 10: 1000 × 14/24 = 583.333... -> £583.33.
    #[test]
    fn pro_rata_rounds_to_the_nearest_penny() {
        let s = scheme(vec![pay(1000, 0, 24, Shape::ProRata)]);
        assert_eq!(
            position(&s, LeavingReason::Resignation, 10)
                .unwrap()
                .repayable,
            Pence(58_333)
        );
        // Month 4: 1000 × 20/24 = 833.333... -> £833.33; month 2: 1000 × 22/24 = 916.666... -> £916.67.
        assert_eq!(
            position(&s, LeavingReason::Resignation, 4)
                .unwrap()
                .repayable,
            Pence(83_333)
        );
        assert_eq!(
            position(&s, LeavingReason::Resignation, 2)
                .unwrap()
                .repayable,
            Pence(91_667)
        );
    }

    /// New Forest relocation: 100% in the first year, 50% to 18 months, 25% to 24 months.
    /// On £5,000: months 0-11 £5,000; 12-17 £2,500; 18-23 £1,250; 24 on nothing.
    #[test]
    fn new_forest_stepped_100_50_25() {
        let steps = vec![
            Step {
                from_month: 0,
                share: Ratio::bp(10_000),
            },
            Step {
                from_month: 12,
                share: Ratio::bp(5_000),
            },
            Step {
                from_month: 18,
                share: Ratio::bp(2_500),
            },
        ];
        let s = scheme(vec![pay(5000, 0, 24, Shape::Stepped(steps))]);
        let at = |m| {
            position(&s, LeavingReason::Resignation, m)
                .unwrap()
                .repayable
        };
        assert_eq!(at(0), Pence::pounds(5000));
        assert_eq!(at(11), Pence::pounds(5000));
        assert_eq!(at(12), Pence::pounds(2500));
        assert_eq!(at(17), Pence::pounds(2500));
        assert_eq!(at(18), Pence::pounds(1250));
        assert_eq!(at(23), Pence::pounds(1250));
        assert_eq!(at(24), Pence::ZERO);
    }

    /// Cumberland relocation: all in year 1, then 1/12 less per month in year 2:
    /// (24 − t) / 12 for 12 <= t < 24. On £6,000: t = 12 -> £6,000; t = 13 -> £5,500;
    /// t = 18 -> £3,000; t = 23 -> £500; t = 24 -> nothing.
    #[test]
    fn cumberland_full_then_taper() {
        let s = scheme(vec![pay(
            6000,
            0,
            24,
            Shape::FullThenTaper { full_months: 12 },
        )]);
        let at = |m| {
            position(&s, LeavingReason::Resignation, m)
                .unwrap()
                .repayable
        };
        assert_eq!(at(11), Pence::pounds(6000));
        assert_eq!(at(12), Pence::pounds(6000));
        assert_eq!(at(13), Pence::pounds(5500));
        assert_eq!(at(18), Pence::pounds(3000));
        assert_eq!(at(23), Pence::pounds(500));
        assert_eq!(at(24), Pence::ZERO);
    }

    /// Cumberland market supplement: repay all if leaving within 2 years.
    #[test]
    fn all_or_nothing_cliff() {
        let s = scheme(vec![pay(5000, 0, 24, Shape::AllOrNothing)]);
        let at = |m| {
            position(&s, LeavingReason::Resignation, m)
                .unwrap()
                .repayable
        };
        assert_eq!(at(23), Pence::pounds(5000));
        assert_eq!(at(24), Pence::ZERO);
    }

    /// One council: £1,000 on joining (6-month tie-in), £2,000 at 6 months (12-month
    /// tie-in), £3,000 at 18 months (24-month tie-in), each all or nothing on its own
    /// clock. Leaving after 10 months: the £1,000's tie-in ended at month 6 (keeps it);
    /// the £2,000 was paid at month 6, 4 months ago, so all £2,000 is repayable; the
    /// £3,000 is not yet paid. Paid £3,000, repay £2,000, keep £1,000.
    /// Leaving after 18 months: £2,000's tie-in ended at 18; the £3,000 was just paid,
    /// so £3,000 is repayable of £6,000 paid.
    #[test]
    fn three_tranches_each_on_its_own_clock() {
        let s = scheme(vec![
            pay(1000, 0, 6, Shape::AllOrNothing),
            pay(2000, 6, 12, Shape::AllOrNothing),
            pay(3000, 18, 24, Shape::AllOrNothing),
        ]);
        let p10 = position(&s, LeavingReason::Resignation, 10).unwrap();
        assert_eq!(
            (p10.paid, p10.repayable, p10.kept),
            (
                Pence::pounds(3000),
                Pence::pounds(2000),
                Pence::pounds(1000)
            )
        );
        let p18 = position(&s, LeavingReason::Resignation, 18).unwrap();
        assert_eq!(
            (p18.paid, p18.repayable),
            (Pence::pounds(6000), Pence::pounds(3000))
        );
        let p5 = position(&s, LeavingReason::Resignation, 5).unwrap();
        assert_eq!(
            (p5.paid, p5.repayable),
            (Pence::pounds(1000), Pence::pounds(1000))
        );
        // The schedule runs to the last tie-in end (18 + 24 = 42) plus 3 months.
        let rows = schedule(&s, LeavingReason::Resignation).unwrap();
        assert_eq!(rows.len(), 46);
        assert_eq!(rows[42].repayable, Pence::ZERO);
        assert_eq!(rows[41].repayable, Pence::pounds(3000));
    }

    #[test]
    fn exempt_reasons_repay_nothing() {
        let s = scheme(vec![pay(3000, 0, 24, Shape::AllOrNothing)]);
        for r in LeavingReason::USUALLY_EXEMPT {
            assert_eq!(position(&s, r, 1).unwrap().repayable, Pence::ZERO);
        }
        assert_eq!(
            position(&s, LeavingReason::Dismissal, 1).unwrap().repayable,
            Pence::pounds(3000)
        );
    }

    /// Part-time: 0.6 FTE of £3,000 = £1,800; pro rata at month 10 of 24: 1800 × 14/24 = £1,050.
    #[test]
    fn part_time_amounts_are_pro_rata() {
        let mut s = scheme(vec![pay(3000, 0, 24, Shape::ProRata)]);
        s.fte = Ratio::bp(6000);
        let p = position(&s, LeavingReason::Resignation, 10).unwrap();
        assert_eq!(p.paid, Pence::pounds(1800));
        assert_eq!(p.repayable, Pence::pounds(1050));
        s.payments[0].pro_rata_fte = false;
        assert_eq!(
            position(&s, LeavingReason::Resignation, 10).unwrap().paid,
            Pence::pounds(3000)
        );
    }

    #[test]
    fn bad_schemes_give_typed_errors() {
        let steps = vec![
            Step {
                from_month: 2,
                share: Ratio::bp(5_000),
            },
            Step {
                from_month: 1,
                share: Ratio::bp(8_000),
            },
            Step {
                from_month: 30,
                share: Ratio::bp(12_000),
            },
        ];
        let s = scheme(vec![
            pay(1000, 0, 24, Shape::Stepped(steps)),
            pay(1000, 0, 12, Shape::FullThenTaper { full_months: 12 }),
        ]);
        let errors = s.validate();
        assert!(errors.contains(&SchemeError::FirstStepNotAtStart { payment: 0 }));
        assert!(errors.contains(&SchemeError::StepsOutOfOrder {
            payment: 0,
            step: 1
        }));
        assert!(errors.contains(&SchemeError::StepShareRises {
            payment: 0,
            step: 1
        }));
        assert!(errors.contains(&SchemeError::StepShareAboveAll {
            payment: 0,
            step: 2
        }));
        assert!(errors.contains(&SchemeError::StepAfterTieIn {
            payment: 0,
            step: 2
        }));
        assert!(errors.contains(&SchemeError::TaperFullPeriodTooLong { payment: 1 }));
        assert!(position(&s, LeavingReason::Resignation, 3).is_err());
    }

    #[test]
    fn explanation_comes_from_the_same_figures() {
        let s = scheme(vec![
            pay(3000, 0, 24, Shape::ProRata),
            pay(2000, 12, 12, Shape::AllOrNothing),
        ]);
        let pos = position(&s, LeavingReason::Resignation, 10).unwrap();
        let b = explain_position(&s, &pos);
        assert_eq!(b.lines.len(), 3);
        assert!(
            b.lines[0].working.contains("(24 − 10) ÷ 24 = 14/24"),
            "{}",
            b.lines[0].working
        );
        assert!(b.lines[1].working.contains("not paid yet"));
        assert_eq!(b.lines[2].value.money(), Some(Pence::pounds(1750)));
    }

    #[test]
    fn fte_labels() {
        assert_eq!(fte_label(Ratio::bp(6000)), "0.6");
        assert_eq!(fte_label(Ratio::ONE), "1");
        assert_eq!(fte_label(Ratio::bp(8125)), "0.8125");
    }
}
