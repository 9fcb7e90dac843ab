//! Class 1 National Insurance per pay period, employee (primary) and employer
//! (secondary), as payroll software works it out (HMRC's exact percentage
//! method, its software specification and its published NI test data):
//!
//! - each band's earnings for the period against the period's thresholds
//!   ([`rates::ni_thresholds`]), never the year's;
//! - each band's part of a contribution is CUT to three decimal places of a
//!   pound and then rounded to the nearest penny with half a penny or less
//!   disregarded ([`round_ni`]), and the parts are added.
//!
//! Categories are the letters a council's payroll can give an employee: A (most
//! people), B (married women's reduced rate), C (over State Pension age), H
//! (apprentices under 25), J (deferred), M (under 21), V (veterans in their
//! first civilian job), Z (under 21, deferred). The freeport and investment zone
//! letters are not for councils and are not modelled.

use super::money::{round_ni, Pence};
use super::rates::{self, PayFrequency, TaxYear};

/// An employee's NI category letter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NiCategory {
    A,
    B,
    C,
    H,
    J,
    M,
    V,
    Z,
}

/// The rates one category pays, in basis points.
struct CategoryRates {
    /// Employee, from the primary threshold to the upper earnings limit.
    employee_main: i64,
    /// Employee, above the upper earnings limit.
    employee_upper: i64,
    /// Whether the employer pays nothing up to the upper secondary threshold
    /// (under 21, apprentices under 25, veterans).
    employer_relief_to_upper: bool,
}

impl NiCategory {
    pub const ALL: [NiCategory; 8] = [
        NiCategory::A,
        NiCategory::B,
        NiCategory::C,
        NiCategory::H,
        NiCategory::J,
        NiCategory::M,
        NiCategory::V,
        NiCategory::Z,
    ];

    /// The category from its letter, as on a payslip.
    pub fn from_letter(letter: &str) -> Option<NiCategory> {
        NiCategory::ALL
            .into_iter()
            .find(|c| format!("{c:?}").eq_ignore_ascii_case(letter.trim()))
    }

    /// Rates from 6 April 2024 (8% main rate; B 1.85%) to at least 2026/27.
    fn rates(self) -> CategoryRates {
        let (employee_main, employee_upper, employer_relief_to_upper) = match self {
            NiCategory::A => (800, 200, false),
            NiCategory::B => (185, 200, false),
            NiCategory::C => (0, 0, false),
            NiCategory::H | NiCategory::M | NiCategory::V => (800, 200, true),
            NiCategory::J => (200, 200, false),
            NiCategory::Z => (200, 200, true),
        };
        CategoryRates {
            employee_main,
            employee_upper,
            employer_relief_to_upper,
        }
    }
}

/// One period's contributions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct NiContributions {
    pub employee: Pence,
    pub employer: Pence,
}

/// `Σ amount × basis points / 10,000`, each band's part rounded by HMRC's NI
/// rule on its own and then added: HMRC's test data needs it (category B,
/// fortnightly £1,934.05: 1.85% × £1,450 = £26.825 -> £26.82, and 2% × 5p =
/// 0.1p -> nothing, £26.82; rounding the sum, £26.826, would say £26.83).
fn at_rates(parts: &[(Pence, i64)]) -> Pence {
    parts
        .iter()
        .map(|(amount, bp)| {
            let amount = i128::from((*amount).max(Pence::ZERO).get());
            Pence(round_ni(amount * i128::from(*bp), 10_000))
        })
        .sum()
}

/// Class 1 NI on one period's pay. Never negative; pay at or below the
/// thresholds gives nothing.
pub fn ni_for_period(
    year: TaxYear,
    category: NiCategory,
    frequency: PayFrequency,
    pay: Pence,
) -> NiContributions {
    let t = rates::ni_thresholds(year, frequency);
    let r = category.rates();
    let employee = at_rates(&[
        (pay.min(t.upper) - t.primary, r.employee_main),
        (pay - t.upper, r.employee_upper),
    ]);
    let employer_rate = rates::employer_ni(year).rate;
    let employer_bp = employer_rate.num() * (10_000 / employer_rate.den().max(1));
    let employer = if r.employer_relief_to_upper {
        at_rates(&[(pay - t.upper, employer_bp)])
    } else {
        at_rates(&[(pay - t.secondary, employer_bp)])
    };
    NiContributions { employee, employer }
}

/// Employee NI on one month's pay, category A.
pub fn employee_ni_month(year: TaxYear, pay: Pence) -> Pence {
    ni_for_period(year, NiCategory::A, PayFrequency::Monthly, pay).employee
}

/// Employer NI on one month's pay, category A: the year's rate above the
/// monthly secondary threshold (£417 in 2025/26 and 2026/27, £758 in 2024/25).
pub fn employer_ni_month(year: TaxYear, pay: Pence) -> Pence {
    ni_for_period(year, NiCategory::A, PayFrequency::Monthly, pay).employer
}

/// Employer NI on a year's pay run as twelve monthly payslips of a twelfth (to
/// the penny) each: `12 × employer_ni_month(year, annual / 12)`.
pub fn employer_ni_year(year: TaxYear, annual_pay: Pence) -> Pence {
    let month = Pence(super::money::round_div(i128::from(annual_pay.get()), 12));
    Pence(employer_ni_month(year, month).get().saturating_mul(12))
}
