//! The engine's heaviest computations timed in WebAssembly, in Chromium: run by
//! `.ci/bench` as `cargo test --release --target wasm32-unknown-unknown --test
//! engine_bench -- --include-ignored`. Not part of the test command.
#![cfg(target_arch = "wasm32")]

#[path = "bench/workloads.rs"]
mod workloads;

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
#[ignore]
fn engine_in_wasm() {
    let perf = web_sys::window().and_then(|w| w.performance()).unwrap();
    let now = move || perf.now();
    for (name, f) in workloads::workloads() {
        let us = workloads::time_it(&*f, &now, 300.0);
        console_log!("engine-wasm\t{name}\t{us:.1}");
    }
}
