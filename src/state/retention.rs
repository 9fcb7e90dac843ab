//! The retention calculator's form: what the person typed, kept as typed, and
//! the pure reducer that changes it. Reading the form into engine types and
//! computing the results is in [`compute`].

use crate::engine::breakdown::Breakdown;
use crate::engine::clawback::{
    self, explain_position, LeavingReason, Payment, Position, Scheme, SchemeError, Shape,
    ShapeKind, Step, MAX_MONTHS, MAX_PAYMENTS, MAX_STEPS,
};
use crate::engine::employer_cost::{self, EmployerPosition, OnCostSettings, SchemeCost};
use crate::engine::input::{parse_fte, parse_money, parse_months, parse_percent, InputError};
use crate::engine::money::{Pence, Ratio};
use crate::engine::presets::Preset;
use crate::engine::rates::{self, TaxYear};

/// One row of a stepped tie-in as typed.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct StepForm {
    pub from: String,
    pub share: String,
}

/// One payment as typed. `key` is stable for the payment's life, so DOM ids and
/// list keys survive reordering.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PaymentForm {
    pub key: u32,
    pub name: String,
    pub amount: String,
    pub month: String,
    pub tie_in: String,
    pub shape: ShapeKind,
    /// Months repaid in full before the taper (full-then-taper only).
    pub full_months: String,
    /// The step table (stepped only); kept when another shape is chosen so
    /// switching back loses nothing.
    pub steps: Vec<StepForm>,
    pub pro_rata: bool,
    pub pensionable: bool,
}

impl PaymentForm {
    pub fn blank(key: u32) -> PaymentForm {
        PaymentForm {
            key,
            name: String::new(),
            amount: String::new(),
            month: "0".into(),
            tie_in: "24".into(),
            shape: ShapeKind::ProRata,
            full_months: "12".into(),
            steps: default_steps(),
            pro_rata: true,
            pensionable: false,
        }
    }

    fn from_payment(key: u32, p: &Payment) -> PaymentForm {
        let mut form = PaymentForm::blank(key);
        form.name = p.name.clone();
        form.amount = p.amount.to_input_string();
        form.month = p.paid_month.to_string();
        form.tie_in = p.tie_in_months.to_string();
        form.shape = p.shape.kind();
        form.pro_rata = p.pro_rata_fte;
        form.pensionable = p.pensionable;
        match &p.shape {
            Shape::FullThenTaper { full_months } => form.full_months = full_months.to_string(),
            Shape::Stepped(steps) => {
                form.steps = steps
                    .iter()
                    .map(|s| StepForm {
                        from: s.from_month.to_string(),
                        share: ratio_input(s.share),
                    })
                    .collect();
            }
            _ => {}
        }
        form
    }

    /// The DOM id of one of this payment's fields.
    pub fn field_id(&self, part: &str) -> String {
        format!("p{}-{part}", self.key)
    }

    pub fn step_id(&self, index: usize, part: &str) -> String {
        format!("p{}-s{index}-{part}", self.key)
    }
}

fn default_steps() -> Vec<StepForm> {
    vec![
        StepForm {
            from: "0".into(),
            share: "100".into(),
        },
        StepForm {
            from: "12".into(),
            share: "50".into(),
        },
    ]
}

/// Makes a shape's own values fit the payment's tie-in when they do not, so a
/// shape chosen never starts as an error: repaid in full for the first half of
/// the tie-in (3 months of 6), or 100% from month 0 and 50% from half-way (6 of
/// 12; 100% alone for a 1-month tie-in). Values that fit are the user's and are
/// kept; an unreadable tie-in is left for its own error.
fn fit_to_tie_in(p: &mut PaymentForm) {
    let Ok(tie_in) = parse_months(&p.tie_in, MAX_MONTHS) else {
        return;
    };
    let late = |text: &str| parse_months(text, MAX_MONTHS).is_ok_and(|m| m >= tie_in);
    let half = tie_in / 2;
    match p.shape {
        ShapeKind::FullThenTaper if late(&p.full_months) => p.full_months = half.to_string(),
        ShapeKind::Stepped if p.steps.iter().skip(1).any(|s| late(&s.from)) => {
            p.steps = default_steps();
            p.steps[1].from = half.to_string();
            if half == 0 {
                p.steps.truncate(1);
            }
        }
        _ => {}
    }
}

/// A percentage for an input: `100`, `50`, `12.5`.
fn ratio_input(r: Ratio) -> String {
    let label = r.percent_label();
    label.trim_end_matches('%').to_string()
}

/// Everything on the retention calculator, as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetentionForm {
    pub payments: Vec<PaymentForm>,
    pub salary: String,
    pub fte: String,
    pub year: TaxYear,
    pub pension_rate: String,
    pub levy: bool,
    pub exempt: Vec<LeavingReason>,
    pub reason: LeavingReason,
    pub leave_month: String,
    pub next_key: u32,
    /// The form as it was before the last action that threw something away
    /// (removing a payment, loading a preset), so it can be undone.
    pub undo: Option<Undo>,
}

/// What an undo restores, and what to say about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Undo {
    pub message: String,
    pub previous: Box<RetentionForm>,
}

/// The default salary: within Medway's 2025 social worker range
/// ([`rates::MEDWAY_PAY_2025`]).
pub const DEFAULT_SALARY: &str = "38000";

impl Default for RetentionForm {
    /// The page as a new visitor sees it: the three-tranche preset, leaving at month 10.
    fn default() -> Self {
        let mut form = RetentionForm::empty();
        form.load_preset(Preset::ThreeTranches);
        form
    }
}

impl RetentionForm {
    /// Default settings and no payments: the base a shared link is read onto.
    pub fn empty() -> RetentionForm {
        RetentionForm {
            payments: Vec::new(),
            salary: DEFAULT_SALARY.into(),
            fte: "1".into(),
            year: TaxYear::CURRENT,
            pension_rate: ratio_input(rates::LGPS_EMPLOYER_DEFAULT),
            levy: true,
            exempt: LeavingReason::USUALLY_EXEMPT.to_vec(),
            reason: LeavingReason::Resignation,
            leave_month: "10".into(),
            next_key: 0,
            undo: None,
        }
    }

    /// The same form with its payments' keys moved to start at `base`, so that
    /// several schemes on one page never share a DOM id.
    pub fn rekeyed(&self, base: u32) -> RetentionForm {
        let mut f = self.clone();
        f.next_key = base;
        let payments = std::mem::take(&mut f.payments);
        for p in payments {
            f.push_payment(p);
        }
        f
    }

    fn take_key(&mut self) -> u32 {
        let k = self.next_key;
        self.next_key = self.next_key.wrapping_add(1);
        k
    }

    /// Adds a payment as typed, giving it a fresh key.
    pub fn push_payment(&mut self, mut payment: PaymentForm) {
        payment.key = self.take_key();
        self.payments.push(payment);
    }

    fn load_preset(&mut self, preset: Preset) {
        let scheme = preset.scheme();
        self.payments.clear();
        for p in &scheme.payments {
            let key = self.take_key();
            self.payments.push(PaymentForm::from_payment(key, p));
        }
        self.exempt = scheme.exempt;
    }

    fn payment_mut(&mut self, key: u32) -> Option<&mut PaymentForm> {
        self.payments.iter_mut().find(|p| p.key == key)
    }
}

/// A text field of a payment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PaymentField {
    Name,
    Amount,
    Month,
    TieIn,
    FullMonths,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepField {
    From,
    Share,
}

/// Everything a person can do on the retention calculator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RetentionAction {
    SetSalary(String),
    SetFte(String),
    SetYear(TaxYear),
    SetPensionRate(String),
    SetLevy(bool),
    SetExempt(LeavingReason, bool),
    SetReason(LeavingReason),
    SetLeaveMonth(String),
    /// One month earlier (-1) or later (+1); nothing while the month cannot be read.
    ShiftLeaveMonth(i32),
    AddPayment,
    RemovePayment(u32),
    MovePayment {
        key: u32,
        up: bool,
    },
    SetPaymentField {
        key: u32,
        field: PaymentField,
        value: String,
    },
    SetShape {
        key: u32,
        shape: ShapeKind,
    },
    SetProRata {
        key: u32,
        on: bool,
    },
    SetPensionable {
        key: u32,
        on: bool,
    },
    AddStep {
        key: u32,
    },
    RemoveStep {
        key: u32,
        index: usize,
    },
    SetStep {
        key: u32,
        index: usize,
        field: StepField,
        value: String,
    },
    LoadPreset(Preset),
    /// Puts back what the last removal or preset replaced.
    Undo,
    /// Forgets the undo offer.
    DismissUndo,
}

/// The reducer: the one place the form changes. Pure; actions on payments or
/// steps that no longer exist change nothing.
pub fn reduce(form: &RetentionForm, action: RetentionAction) -> RetentionForm {
    use RetentionAction::*;
    let mut f = form.clone();
    // An undo is offered until the next action; destructive actions set a new one.
    f.undo = None;
    let snapshot = |message: String| {
        let mut previous = form.clone();
        previous.undo = None;
        Some(self::Undo {
            message,
            previous: Box::new(previous),
        })
    };
    match action {
        SetSalary(v) => f.salary = v,
        SetFte(v) => f.fte = v,
        SetYear(y) => f.year = y,
        SetPensionRate(v) => f.pension_rate = v,
        SetLevy(on) => f.levy = on,
        SetExempt(reason, on) => {
            // Rebuilt in the order of LeavingReason::ALL, so links do not change with click order.
            f.exempt = LeavingReason::ALL
                .into_iter()
                .filter(|r| {
                    if *r == reason {
                        on
                    } else {
                        form.exempt.contains(r)
                    }
                })
                .collect();
        }
        SetReason(r) => f.reason = r,
        SetLeaveMonth(v) => f.leave_month = v,
        ShiftLeaveMonth(by) => {
            if let Ok(m) = parse_months(&f.leave_month, MAX_LEAVE_MONTH) {
                let shifted = (i64::from(m) + i64::from(by)).clamp(0, i64::from(MAX_LEAVE_MONTH));
                f.leave_month = shifted.to_string();
            }
        }
        AddPayment => {
            if f.payments.len() < MAX_PAYMENTS {
                let n = f.payments.len() + 1;
                let mut p = PaymentForm::blank(0);
                p.name = format!("Payment {n}");
                f.push_payment(p);
            }
        }
        RemovePayment(key) => {
            if let Some(i) = f.payments.iter().position(|p| p.key == key) {
                let removed = f.payments.remove(i);
                let name = removed.name.trim();
                let label = if name.is_empty() {
                    format!("Payment {}", i + 1)
                } else {
                    format!("Payment {} ({name})", i + 1)
                };
                f.undo = snapshot(format!("{label} was removed."));
            }
        }
        MovePayment { key, up } => {
            if let Some(i) = f.payments.iter().position(|p| p.key == key) {
                let j = if up { i.checked_sub(1) } else { Some(i + 1) };
                if let Some(j) = j.filter(|j| *j < f.payments.len()) {
                    f.payments.swap(i, j);
                }
            }
        }
        SetPaymentField { key, field, value } => {
            if let Some(p) = f.payment_mut(key) {
                let slot = match field {
                    PaymentField::Name => &mut p.name,
                    PaymentField::Amount => &mut p.amount,
                    PaymentField::Month => &mut p.month,
                    PaymentField::TieIn => &mut p.tie_in,
                    PaymentField::FullMonths => &mut p.full_months,
                };
                *slot = value;
            }
        }
        SetShape { key, shape } => {
            if let Some(p) = f.payment_mut(key) {
                p.shape = shape;
                fit_to_tie_in(p);
            }
        }
        SetProRata { key, on } => {
            if let Some(p) = f.payment_mut(key) {
                p.pro_rata = on;
            }
        }
        SetPensionable { key, on } => {
            if let Some(p) = f.payment_mut(key) {
                p.pensionable = on;
            }
        }
        AddStep { key } => {
            if let Some(p) = f.payment_mut(key) {
                if p.steps.len() < MAX_STEPS {
                    p.steps.push(StepForm::default());
                }
            }
        }
        RemoveStep { key, index } => {
            if let Some(p) = f.payment_mut(key) {
                if index < p.steps.len() {
                    p.steps.remove(index);
                }
            }
        }
        SetStep {
            key,
            index,
            field,
            value,
        } => {
            if let Some(s) = f.payment_mut(key).and_then(|p| p.steps.get_mut(index)) {
                match field {
                    StepField::From => s.from = value,
                    StepField::Share => s.share = value,
                }
            }
        }
        LoadPreset(preset) => {
            f.load_preset(preset);
            f.undo = snapshot(format!(
                "The payments were replaced with “{}”.",
                preset.title()
            ));
        }
        Undo => {
            if let Some(u) = &form.undo {
                // Keys stay unique: the restored form keeps counting from here.
                let mut previous = (*u.previous).clone();
                previous.next_key = previous.next_key.max(form.next_key);
                f = previous;
            }
        }
        DismissUndo => {}
    }
    f
}

/// An error to show by a field: the DOM id it links to and the sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub id: String,
    pub message: String,
}

/// The largest leaving month the calculator accepts.
pub const MAX_LEAVE_MONTH: u32 = MAX_MONTHS * 2 + clawback::MONTHS_PAST_LAST_TIE_IN;

/// Everything the results show, derived from the form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetentionResults {
    pub scheme: Scheme,
    pub schedule: Vec<Position>,
    pub leave_month: u32,
    pub position: Position,
    pub explanation: Breakdown,
    /// Present when the employer settings are valid too.
    pub employer: Option<EmployerResults>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmployerResults {
    /// Each payment's name as typed ("Payment 2" where it has none), in order.
    pub names: Vec<String>,
    pub settings: OnCostSettings,
    pub cost: SchemeCost,
    pub position: EmployerPosition,
}

/// The form read and worked out: errors by field, and results where the input allows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetentionView {
    pub errors: Vec<FieldError>,
    pub results: Option<RetentionResults>,
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
        result: Result<T, InputError>,
    ) -> Option<T> {
        match result {
            Ok(v) => Some(v),
            Err(e) => {
                self.errors.push(FieldError {
                    id,
                    message: e.message(what, example),
                });
                None
            }
        }
    }
}

/// Reads one payment; `n` is its number on screen (from 1).
fn read_payment(r: &mut Reader, p: &PaymentForm, n: usize) -> Option<Payment> {
    let amount = r.read(
        p.field_id("amount"),
        &format!("the amount of payment {n} in pounds"),
        "3000",
        parse_money(&p.amount),
    );
    let month = r.read(
        p.field_id("month"),
        &format!("the month payment {n} is paid"),
        "6",
        parse_months(&p.month, MAX_MONTHS),
    );
    let tie_in = if p.shape == ShapeKind::None {
        // No tie-in: the length is not used, so it cannot be wrong.
        Some(parse_months(&p.tie_in, MAX_MONTHS).unwrap_or(0))
    } else {
        r.read(
            p.field_id("tiein"),
            &format!("the tie-in of payment {n} in months"),
            "24",
            parse_months(&p.tie_in, MAX_MONTHS),
        )
    };
    let shape = match p.shape {
        ShapeKind::None => Some(Shape::None),
        ShapeKind::AllOrNothing => Some(Shape::AllOrNothing),
        ShapeKind::ProRata => Some(Shape::ProRata),
        ShapeKind::FullThenTaper => r
            .read(
                p.field_id("full"),
                &format!("the months payment {n} is repaid in full"),
                "12",
                parse_months(&p.full_months, MAX_MONTHS),
            )
            .map(|full_months| Shape::FullThenTaper { full_months }),
        ShapeKind::Stepped => {
            let steps: Vec<Option<Step>> = p
                .steps
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let from = r.read(
                        p.step_id(i, "from"),
                        &format!("the month step {} of payment {n} starts", i + 1),
                        "12",
                        parse_months(&s.from, MAX_MONTHS),
                    );
                    let share = r.read(
                        p.step_id(i, "share"),
                        &format!("the share repayable in step {} of payment {n}", i + 1),
                        "50",
                        parse_percent(&s.share, 100),
                    );
                    Some(Step {
                        from_month: from?,
                        share: share?,
                    })
                })
                .collect();
            steps
                .into_iter()
                .collect::<Option<Vec<Step>>>()
                .map(Shape::Stepped)
        }
    };
    Some(Payment {
        name: p.name.clone(),
        amount: amount?,
        paid_month: month?,
        pro_rata_fte: p.pro_rata,
        pensionable: p.pensionable,
        tie_in_months: tie_in?,
        shape: shape?,
    })
}

/// Where the engine's scheme errors go on the page.
fn scheme_error_field(form: &RetentionForm, e: &SchemeError) -> FieldError {
    use SchemeError::*;
    let payment = e.payment().and_then(|i| form.payments.get(i));
    let id = match (e, payment) {
        (FteOutOfRange, _) => "fte".to_string(),
        (AmountTooLarge { .. }, Some(p)) => p.field_id("amount"),
        (PaidMonthTooLate { .. }, Some(p)) => p.field_id("month"),
        (TieInTooLong { .. }, Some(p)) => p.field_id("tiein"),
        (TaperFullPeriodTooLong { .. }, Some(p)) => p.field_id("full"),
        (NoSteps { .. } | TooManySteps { .. }, Some(p)) => p.field_id("steps"),
        (FirstStepNotAtStart { .. }, Some(p)) => p.step_id(0, "from"),
        (StepsOutOfOrder { step, .. } | StepAfterTieIn { step, .. }, Some(p)) => {
            p.step_id(*step, "from")
        }
        (StepShareAboveAll { step, .. } | StepShareRises { step, .. }, Some(p)) => {
            p.step_id(*step, "share")
        }
        _ => "payments".to_string(),
    };
    let message = match e.payment() {
        Some(i) => format!("Payment {}: {}", i + 1, e.message()),
        None => e.message(),
    };
    FieldError { id, message }
}

/// The worker's pay settings, shared by every calculator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Worker {
    pub year: TaxYear,
    pub salary: Pence,
    pub fte: Ratio,
    pub pension_rate: Ratio,
    pub levy: bool,
}

/// The worker's settings as read, field by field, with their errors.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkerRead {
    pub errors: Vec<FieldError>,
    pub fte: Option<Ratio>,
    pub salary: Option<Pence>,
    pub pension_rate: Option<Ratio>,
    /// All of them, when all are valid.
    pub settings: Option<Worker>,
}

/// Reads the shared worker settings (ids `fte`, `salary`, `pension-rate`).
pub fn read_worker(form: &RetentionForm) -> WorkerRead {
    let mut r = Reader { errors: Vec::new() };
    let fte = r.read("fte".into(), "the FTE", "0.6", parse_fte(&form.fte));
    let salary = r.read(
        "salary".into(),
        "the full-time salary in pounds",
        "38000",
        parse_money(&form.salary),
    );
    let pension_rate = r.read(
        "pension-rate".into(),
        "the employer pension rate as a percentage",
        "19.8",
        parse_percent(&form.pension_rate, 100),
    );
    let settings = match (fte, salary, pension_rate) {
        (Some(fte), Some(salary), Some(pension_rate)) => Some(Worker {
            year: form.year,
            salary,
            fte,
            pension_rate,
            levy: form.levy,
        }),
        _ => None,
    };
    WorkerRead {
        errors: r.errors,
        fte,
        salary,
        pension_rate,
        settings,
    }
}

/// What [`compute`] reads before it works anything out: the errors so far, in
/// the order the fields appear (payments, the worker, the leaving month, the
/// scheme's own problems), the worker, and the scheme and the leaving month
/// where they can be read.
struct Read {
    r: Reader,
    worker: WorkerRead,
    scheme: Option<Scheme>,
    leave_month: Option<u32>,
}

fn read(form: &RetentionForm) -> Read {
    let worker = read_worker(form);
    let mut r = Reader { errors: Vec::new() };
    let fte = worker.fte;
    let payments: Vec<Option<Payment>> = form
        .payments
        .iter()
        .enumerate()
        .map(|(i, p)| read_payment(&mut r, p, i + 1))
        .collect();
    r.errors.extend(worker.errors.iter().cloned());
    let leave_month = r.read(
        "leave-month".into(),
        "the number of full months before leaving",
        "10",
        parse_months(&form.leave_month, MAX_LEAVE_MONTH),
    );
    let scheme = match (fte, payments.into_iter().collect::<Option<Vec<Payment>>>()) {
        (Some(fte), Some(payments)) => {
            let scheme = Scheme {
                payments,
                fte,
                exempt: form.exempt.clone(),
            };
            let problems = scheme.validate();
            if problems.is_empty() {
                Some(scheme)
            } else {
                r.errors
                    .extend(problems.iter().map(|e| scheme_error_field(form, e)));
                None
            }
        }
        _ => None,
    };
    Read {
        r,
        worker,
        scheme,
        leave_month,
    }
}

/// The scheme and the leaving month as [`compute`]'s results hold them,
/// without the rest (the schedule, the explanation, the employer's cost):
/// for Check my package's take-home in a shared link's first answer
/// (`package::take_home_only`). `Some` exactly when [`compute`]'s results
/// are: with a scheme that validates, neither the schedule nor the position
/// can fail.
pub fn scheme_only(form: &RetentionForm) -> Option<(Scheme, u32)> {
    let Read {
        scheme,
        leave_month,
        ..
    } = read(form);
    scheme.zip(leave_month)
}

/// The scheme, the employer's on-cost settings and what the scheme costs the
/// employer, as [`compute`]'s results hold them (`results.employer`), without
/// the rest (the schedule, the explanation, the position on leaving): for the
/// pages that only need the scheme's cost (Agency or permanent's linked
/// scheme, Workforce strategy's scheme a head), at every keystroke and in a
/// shared link's first answer. `Some` exactly when `compute(form).results`
/// has `employer`: with a scheme that validates, neither the schedule nor a
/// position can fail (tested, `tests/link_fuzz.rs`).
pub fn scheme_cost_only(form: &RetentionForm) -> Option<(Scheme, OnCostSettings, SchemeCost)> {
    let Read {
        worker,
        scheme,
        leave_month,
        ..
    } = read(form);
    let (scheme, _) = scheme.zip(leave_month)?;
    let settings = on_costs(form, &scheme, worker.salary?, worker.pension_rate?);
    let cost = employer_cost::scheme_cost(&scheme, &settings).ok()?;
    Some((scheme, settings, cost))
}

fn on_costs(
    form: &RetentionForm,
    scheme: &Scheme,
    salary: Pence,
    pension_rate: Ratio,
) -> OnCostSettings {
    OnCostSettings {
        year: form.year,
        annual_pay: salary.times(scheme.fte),
        pension_rate,
        levy: form.levy,
    }
}

/// Reads the whole form and works out everything the page shows.
// Called from several places (the page, the headline, a saved file): one copy.
#[inline(never)]
pub fn compute(form: &RetentionForm) -> RetentionView {
    let Read {
        r,
        worker,
        scheme,
        leave_month,
    } = read(form);
    let (salary, pension_rate) = (worker.salary, worker.pension_rate);

    let results = match (scheme, leave_month) {
        (Some(scheme), Some(leave_month)) => {
            let schedule = clawback::schedule(&scheme, form.reason).ok();
            let position = clawback::position(&scheme, form.reason, leave_month).ok();
            let employer = match (salary, pension_rate) {
                (Some(salary), Some(pension_rate)) => {
                    let settings = on_costs(form, &scheme, salary, pension_rate);
                    let cost = employer_cost::scheme_cost(&scheme, &settings).ok();
                    let pos = employer_cost::employer_position(
                        &scheme,
                        &settings,
                        form.reason,
                        leave_month,
                    )
                    .ok();
                    cost.zip(pos).map(|(cost, position)| EmployerResults {
                        names: payment_names(&scheme),
                        settings,
                        cost,
                        position,
                    })
                }
                _ => None,
            };
            match (schedule, position) {
                (Some(schedule), Some(position)) => Some(RetentionResults {
                    explanation: explain_position(&scheme, &position),
                    scheme,
                    schedule,
                    leave_month,
                    position,
                    employer,
                }),
                _ => None,
            }
        }
        _ => None,
    };
    RetentionView {
        errors: r.errors,
        results,
    }
}

/// Each payment's name as typed, or "Payment N" where it has none.
pub fn payment_names(scheme: &Scheme) -> Vec<String> {
    scheme
        .payments
        .iter()
        .enumerate()
        .map(|(i, p)| match p.name.trim() {
            "" => format!("Payment {}", i + 1),
            name => name.to_string(),
        })
        .collect()
}

/// The total paid under a scheme if the worker stays: for the summary sentence.
pub fn total_if_staying(scheme: &Scheme) -> Pence {
    scheme.payments.iter().map(|p| scheme.gross(p)).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first_key(f: &RetentionForm) -> u32 {
        f.payments[0].key
    }

    #[test]
    fn default_form_shows_three_tranches_at_month_10() {
        let f = RetentionForm::default();
        assert_eq!(f.payments.len(), 3);
        let v = compute(&f);
        assert_eq!(v.errors, vec![]);
        let r = v.results.unwrap();
        // Worked in engine::clawback tests: paid £3,000, repay £2,000 after 10 months.
        assert_eq!(r.position.paid, Pence::pounds(3000));
        assert_eq!(r.position.repayable, Pence::pounds(2000));
        assert!(r.employer.is_some());
    }

    #[test]
    fn typing_keeps_the_text_and_bad_text_gives_an_error_by_the_field() {
        let f = RetentionForm::default();
        let key = first_key(&f);
        let f = reduce(
            &f,
            RetentionAction::SetPaymentField {
                key,
                field: PaymentField::Amount,
                value: "1,00o".into(),
            },
        );
        assert_eq!(f.payments[0].amount, "1,00o");
        let v = compute(&f);
        assert!(v.results.is_none());
        assert_eq!(
            v.errors,
            vec![FieldError {
                id: format!("p{key}-amount"),
                message: "Enter the amount of payment 1 in pounds as a number, like 3000".into()
            }]
        );
    }

    #[test]
    fn a_bad_salary_keeps_the_repayment_results_but_not_the_employer_cost() {
        let f = reduce(
            &RetentionForm::default(),
            RetentionAction::SetSalary("lots".into()),
        );
        let v = compute(&f);
        assert_eq!(v.errors.len(), 1);
        assert_eq!(v.errors[0].id, "salary");
        let r = v.results.unwrap();
        assert!(r.employer.is_none());
        assert_eq!(r.position.repayable, Pence::pounds(2000));
    }

    #[test]
    fn add_remove_and_reorder_payments() {
        let f = RetentionForm::default();
        let keys: Vec<u32> = f.payments.iter().map(|p| p.key).collect();
        let f = reduce(
            &f,
            RetentionAction::MovePayment {
                key: keys[2],
                up: true,
            },
        );
        assert_eq!(
            f.payments.iter().map(|p| p.key).collect::<Vec<_>>(),
            vec![keys[0], keys[2], keys[1]]
        );
        // Moving the first up does nothing; moving the last down does nothing.
        let same = reduce(
            &f,
            RetentionAction::MovePayment {
                key: keys[0],
                up: true,
            },
        );
        assert_eq!(same, f);
        let same = reduce(
            &f,
            RetentionAction::MovePayment {
                key: keys[1],
                up: false,
            },
        );
        assert_eq!(same, f);
        let f = reduce(&f, RetentionAction::RemovePayment(keys[0]));
        assert_eq!(f.payments.len(), 2);
        let f = reduce(&f, RetentionAction::AddPayment);
        assert_eq!(f.payments.len(), 3);
        assert!(
            !keys.contains(&f.payments[2].key),
            "new payments get fresh keys"
        );
        assert_eq!(f.payments[2].name, "Payment 3");
        // A new payment has no amount yet: an error, not a zero.
        assert!(compute(&f)
            .errors
            .iter()
            .any(|e| e.id == f.payments[2].field_id("amount")));
    }

    #[test]
    fn leaving_month_steps_stay_in_range_and_leave_bad_text_alone() {
        let f = RetentionForm::default();
        let f = reduce(&f, RetentionAction::ShiftLeaveMonth(1));
        assert_eq!(f.leave_month, "11");
        let f = reduce(
            &reduce(&f, RetentionAction::SetLeaveMonth("0".into())),
            RetentionAction::ShiftLeaveMonth(-1),
        );
        assert_eq!(f.leave_month, "0");
        let f = reduce(&f, RetentionAction::SetLeaveMonth("ten".into()));
        assert_eq!(
            reduce(&f, RetentionAction::ShiftLeaveMonth(1)).leave_month,
            "ten"
        );
    }

    #[test]
    fn removing_a_payment_or_loading_a_preset_can_be_undone() {
        let f = RetentionForm::default();
        let key = f.payments[1].key;
        let removed = reduce(&f, RetentionAction::RemovePayment(key));
        assert_eq!(removed.payments.len(), 2);
        assert_eq!(
            removed.undo.as_ref().map(|u| u.message.as_str()),
            Some("Payment 2 (At 6 months) was removed.")
        );
        let back = reduce(&removed, RetentionAction::Undo);
        assert_eq!(back.payments, f.payments);
        assert_eq!(back.undo, None);

        let replaced = reduce(&f, RetentionAction::LoadPreset(Preset::ProRata24));
        assert_eq!(replaced.payments.len(), 1);
        let back = reduce(&replaced, RetentionAction::Undo);
        assert_eq!(back.payments, f.payments);
        // Fresh keys after an undo never clash with the restored payments.
        let added = reduce(&back, RetentionAction::AddPayment);
        let mut keys: Vec<u32> = added.payments.iter().map(|p| p.key).collect();
        keys.dedup();
        assert_eq!(keys.len(), 4);

        // Any other action ends the offer; undo with nothing to undo changes nothing.
        let typed = reduce(&removed, RetentionAction::SetLeaveMonth("3".into()));
        assert_eq!(typed.undo, None);
        assert_eq!(reduce(&typed, RetentionAction::Undo), typed);
    }

    #[test]
    fn no_more_than_the_maximum_payments() {
        let mut f = RetentionForm::default();
        for _ in 0..20 {
            f = reduce(&f, RetentionAction::AddPayment);
        }
        assert_eq!(f.payments.len(), MAX_PAYMENTS);
    }

    #[test]
    fn stepped_table_edits_and_engine_errors_land_on_the_step() {
        let f = reduce(
            &RetentionForm::default(),
            RetentionAction::LoadPreset(Preset::Stepped100_50_25),
        );
        let key = first_key(&f);
        assert_eq!(f.payments[0].steps.len(), 3);
        // Make step 3's share rise above step 2's: 75% after 50%.
        let f = reduce(
            &f,
            RetentionAction::SetStep {
                key,
                index: 2,
                field: StepField::Share,
                value: "75".into(),
            },
        );
        let v = compute(&f);
        assert_eq!(v.errors.len(), 1);
        assert_eq!(v.errors[0].id, format!("p{key}-s2-share"));
        assert!(v.errors[0]
            .message
            .starts_with("Payment 1: The share in step 3"));
        let f = reduce(&f, RetentionAction::RemoveStep { key, index: 2 });
        assert_eq!(compute(&f).errors, vec![]);
        let f = reduce(&f, RetentionAction::AddStep { key });
        assert_eq!(f.payments[0].steps.len(), 3);
        assert!(
            !compute(&f).errors.is_empty(),
            "an empty new step is an error"
        );
    }

    /// Issue 25: on the default scheme (tie-ins of 6, 12 and 24 months) choosing
    /// "Full then taper" for payment 1 said "The months repaid in full must be
    /// fewer than the tie-in" (12 against 6), and "Stepped" for payment 2 "Step 2
    /// must start before the tie-in ends" (12 against 12).
    #[test]
    fn a_shape_chosen_starts_with_values_that_fit_the_tie_in() {
        let start = RetentionForm::default();
        let tie_ins: Vec<&str> = start.payments.iter().map(|p| p.tie_in.as_str()).collect();
        assert_eq!(tie_ins, ["6", "12", "24"]);
        // `shape` chosen for payment `i` of `form`.
        let choose = |form: &RetentionForm, i: usize, shape| {
            let key = form.payments[i].key;
            reduce(form, RetentionAction::SetShape { key, shape })
        };
        for shape in [ShapeKind::FullThenTaper, ShapeKind::Stepped] {
            for i in 0..3 {
                let errors = compute(&choose(&start, i, shape)).errors;
                assert!(
                    errors.is_empty(),
                    "{shape:?} on payment {}: {errors:?}",
                    i + 1
                );
            }
        }
        // Half the tie-in in full (3 of 6), steps of 100% then 50% from half-way (6 of 12).
        let f = choose(&start, 0, ShapeKind::FullThenTaper);
        assert_eq!(f.payments[0].full_months, "3");
        let f = choose(&start, 1, ShapeKind::Stepped);
        let steps: Vec<(&str, &str)> = f.payments[1]
            .steps
            .iter()
            .map(|s| (s.from.as_str(), s.share.as_str()))
            .collect();
        assert_eq!(steps, [("0", "100"), ("6", "50")]);
        // Values that already fit are the user's and are kept (24 months: 12 in full).
        let f = choose(&start, 2, ShapeKind::FullThenTaper);
        assert_eq!(f.payments[2].full_months, "12");
        let f = choose(&start, 2, ShapeKind::Stepped);
        assert_eq!(f.payments[2].steps, default_steps());
        // A one-month tie-in: nothing in full, one step.
        let mut one = start.clone();
        one.payments[0].tie_in = "1".into();
        for shape in [ShapeKind::FullThenTaper, ShapeKind::Stepped] {
            let errors = compute(&choose(&one, 0, shape)).errors;
            assert!(errors.is_empty(), "{shape:?}: {errors:?}");
        }
    }

    #[test]
    fn switching_shape_keeps_the_step_table() {
        let f = reduce(
            &RetentionForm::default(),
            RetentionAction::LoadPreset(Preset::Stepped100_50_25),
        );
        let key = first_key(&f);
        let steps = f.payments[0].steps.clone();
        let f = reduce(
            &f,
            RetentionAction::SetShape {
                key,
                shape: ShapeKind::ProRata,
            },
        );
        let f = reduce(
            &f,
            RetentionAction::SetShape {
                key,
                shape: ShapeKind::Stepped,
            },
        );
        assert_eq!(f.payments[0].steps, steps);
    }

    #[test]
    fn exemptions_and_reason_change_the_result() {
        let f = RetentionForm::default();
        let f = reduce(&f, RetentionAction::SetReason(LeavingReason::Redundancy));
        assert_eq!(compute(&f).results.unwrap().position.repayable, Pence::ZERO);
        let f = reduce(
            &f,
            RetentionAction::SetExempt(LeavingReason::Redundancy, false),
        );
        assert_eq!(
            compute(&f).results.unwrap().position.repayable,
            Pence::pounds(2000)
        );
        let f = reduce(
            &f,
            RetentionAction::SetExempt(LeavingReason::Redundancy, true),
        );
        assert_eq!(f.exempt, LeavingReason::USUALLY_EXEMPT.to_vec());
    }

    #[test]
    fn actions_on_missing_payments_change_nothing() {
        let f = RetentionForm::default();
        for a in [
            RetentionAction::RemovePayment(999),
            RetentionAction::MovePayment {
                key: 999,
                up: false,
            },
            RetentionAction::AddStep { key: 999 },
            RetentionAction::RemoveStep { key: 0, index: 99 },
            RetentionAction::SetStep {
                key: 0,
                index: 99,
                field: StepField::From,
                value: "1".into(),
            },
        ] {
            assert_eq!(reduce(&f, a), f);
        }
    }

    /// Part-time 0.6 FTE on the pro-rata preset: £3,000 × 0.6 = £1,800; at month 10,
    /// 1800 × 14/24 = £1,050 repayable. Employer: pay £38,000 × 0.6 = £22,800;
    /// NI 15% × £1,800 = £270 (2026/27); levy 0.5% = £9; total £2,079.
    #[test]
    fn part_time_worked_example() {
        let f = reduce(
            &RetentionForm::default(),
            RetentionAction::LoadPreset(Preset::ProRata24),
        );
        let f = reduce(&f, RetentionAction::SetFte("0.6".into()));
        let r = compute(&f).results.unwrap();
        assert_eq!(r.position.paid, Pence::pounds(1800));
        assert_eq!(r.position.repayable, Pence::pounds(1050));
        let e = r.employer.unwrap();
        assert_eq!(e.settings.annual_pay, Pence::pounds(22_800));
        assert_eq!(e.cost.total.total, Pence::pounds(2079));
    }
}
