//! Social worker retention pay calculator.
//!
//! - [`engine`]: the maths, pure Rust, natively tested.
//! - [`state`]: app state, reducers and the URL fragment, pure, natively tested.
//! - [`ui`]: Yew function components that render state and dispatch actions.

pub mod engine;
pub mod state;
pub mod ui;
