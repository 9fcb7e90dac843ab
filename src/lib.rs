//! Social worker retention pay calculator.
//!
//! - [`engine`]: the maths, pure Rust, natively tested.
//! - [`state`]: app state, reducers and the URL fragment, pure, natively tested.
//! - [`ui`]: Yew function components that render state and dispatch actions
//!   (feature `ui`, on by default).
//! - [`api`]: the calculations for host pages' scripts (feature `api`, built as
//!   its own engine-only module: docs/api.md).

#[cfg(feature = "api")]
pub mod api;
#[cfg(not(target_arch = "wasm32"))]
pub mod census_csv;
pub mod engine;
#[cfg(feature = "first-answer")]
pub mod first_answer;
pub mod state;
#[cfg(feature = "ui")]
pub mod ui;
