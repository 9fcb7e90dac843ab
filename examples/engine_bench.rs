//! The engine's heaviest computations timed natively: `cargo run --release
//! --example engine_bench`. Prints `engine-native<TAB>name<TAB>µs per run`
//! lines for `.ci/bench` (which runs the same work in wasm too).
#[path = "../tests/bench/workloads.rs"]
mod workloads;

fn main() {
    let t0 = std::time::Instant::now();
    let now = move || t0.elapsed().as_secs_f64() * 1000.0;
    for (name, f) in workloads::workloads() {
        let us = workloads::time_it(&*f, &now, 300.0);
        println!("engine-native\t{name}\t{us:.1}");
    }
}
