//! The release app's build with the `split` feature (issue 21): the post-link
//! splitter, `.ci/split`, reads the linker's relocations to move each
//! calculator's code into its own file, so the app's binary keeps them (only
//! that binary: wasm-bindgen and wasm-opt keep them too, and `.ci/split` is what
//! drops them from what is shipped).
fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let split = std::env::var_os("CARGO_FEATURE_SPLIT").is_some();
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32");
    if split && wasm {
        println!("cargo:rustc-link-arg-bin=retention-pay=--emit-relocs");
    }
}
