//! Fuzzing the link reader (issue 10): no input makes it panic, and a valid field
//! is never lost to damage elsewhere in the link. 10,000 cases each in the test
//! command; more on demand: `FUZZ_CASES=1000000 cargo test --release --test link_fuzz`.
//! Native only.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use retention_pay::state::fragment::{decode, encode, encode_component};

fn cases() -> u32 {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000)
}

/// Pieces links are made of, so the fuzzer reaches past the first `?`.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("retention?".to_string()),
        Just("check-my-package?".to_string()),
        Just("&".to_string()),
        Just("=".to_string()),
        Just("%".to_string()),
        Just("%E2%9C".to_string()),
        Just("v=".to_string()),
        Just("p0.".to_string()),
        Just("p12.steps=".to_string()),
        Just("o2.p0.".to_string()),
        Just("c.caps.".to_string()),
        Just("amount=".to_string()),
        Just("tiein=".to_string()),
        "[a-z0-9.\\-]{0,8}",
        any::<String>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn any_link_reads_without_panicking(parts in prop::collection::vec(piece(), 0..24)) {
        let link = parts.concat();
        let (state, _) = decode(&link);
        // Whatever was read can be written and read again to the same state.
        let (again, problems) = decode(&encode(&state));
        prop_assert!(problems.is_empty(), "{problems:?}");
        prop_assert_eq!(encode(&again), encode(&state));
    }

    #[test]
    fn damage_elsewhere_never_loses_a_valid_field(salary in "[0-9£,.a-z ]{1,12}", junk in prop::collection::vec(piece(), 0..8)) {
        let link = format!("retention?v=1&{}&salary={}", junk.concat().replace("salary", "x"), encode_component(&salary));
        let (state, _) = decode(&link);
        prop_assert_eq!(state.retention.salary, salary);
    }
}
