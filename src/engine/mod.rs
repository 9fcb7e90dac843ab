//! The pure engine: all the maths, no web crates. Tested natively with `cargo test`.
//!
//! Money is integer pence ([`money::Pence`]); rates are exact ([`money::Ratio`]);
//! the one rounding rule is documented in [`money`]. Rates live in tables keyed
//! by tax year ([`rates`]). Every public function is total: bad input gives a
//! typed error, never a panic.

pub mod agency;
pub mod breakdown;
pub mod census;
pub mod clawback;
pub mod employer_cost;
pub mod input;
pub mod locum_pay;
pub mod money;
pub mod national_insurance;
pub mod payback;
pub mod paye;
pub mod payroll;
pub mod permanent;
pub mod presets;
pub mod probability;
pub mod rates;
pub mod take_home;
pub mod tax_code;
pub mod workforce;
