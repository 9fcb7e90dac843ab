//! Build step (a Trunk post-build hook, `.ci/census`): DfE's workforce census CSV
//! to the council files the app fetches when a visitor picks a council.
//!
//! `census CSV OUT_DIR` writes `OUT_DIR/census/councils.json` and
//! `OUT_DIR/census/CODE.json` for every council (see `src/census_csv.rs`).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, csv, out] = args.as_slice() else {
        eprintln!("usage: census CSV OUT_DIR");
        std::process::exit(2);
    };
    if let Err(e) = run(csv, out) {
        eprintln!("census: {e}");
        std::process::exit(1);
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn run(csv: &str, out: &str) -> Result<(), String> {
    use retention_pay::census_csv::{convert, files};
    let text = std::fs::read_to_string(csv).map_err(|e| format!("{csv}: {e}"))?;
    let converted = convert(&text)?;
    let dir = std::path::Path::new(out).join("census");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let mut bytes = 0;
    let list = files(&converted)?;
    for (path, json) in &list {
        bytes += json.len();
        std::fs::write(std::path::Path::new(out).join(path), json).map_err(|e| e.to_string())?;
    }
    println!(
        "census: {} files, {} bytes, latest year {}",
        list.len(),
        bytes,
        converted.index.latest_year
    );
    Ok(())
}

#[cfg(target_arch = "wasm32")]
fn main() {}
