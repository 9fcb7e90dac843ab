//! Build step (a Trunk post-build hook, `.ci/prerender`): renders the default view
//! to HTML with Yew's server renderer, from the app's own components, and writes it
//! into the built `index.html`, so a visitor sees the worked example before the
//! WebAssembly has arrived (and without JavaScript at all). Also writes `boot.js`,
//! the small external script that runs before first paint and marks a page opened
//! with a link that carries other inputs, so the default figures are never shown
//! as if they were the visitor's.
//!
//! `cargo run --features ssr --bin prerender -- DIST_DIR`

use retention_pay::state::fragment::encode;
use retention_pay::state::AppState;
use retention_pay::ui::shell::Prerendered;
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: prerender DIST_DIR");
        return ExitCode::FAILURE;
    };
    match write(Path::new(&dir)) {
        Ok(bytes) => {
            println!("prerender: {bytes} bytes of the default view written into {dir}/index.html");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}

fn write(dir: &Path) -> Result<usize, String> {
    let index = dir.join("index.html");
    let page = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let html = futures::executor::block_on(
        yew::LocalServerRenderer::<Prerendered>::new()
            .hydratable(false)
            .render(),
    );
    let page = insert_into_app(&page, &html)?;
    std::fs::write(&index, page).map_err(|e| e.to_string())?;
    let boot = dir.join("boot.js");
    std::fs::write(&boot, boot_js(&encode(&AppState::default())))
        .map_err(|e| format!("{}: {e}", boot.display()))?;
    Ok(html.len())
}

/// Puts `html` first inside `<div id="app">` (quoted or, after minifying, not).
fn insert_into_app(page: &str, html: &str) -> Result<String, String> {
    let open = ["<div id=\"app\">", "<div id=app>"]
        .iter()
        .find_map(|tag| page.find(tag).map(|at| at + tag.len()))
        .ok_or("index.html has no <div id=\"app\">")?;
    if page.contains("id=\"prerendered\"") || page.contains("id=prerendered") {
        return Err("index.html already has a prerendered view".into());
    }
    Ok(format!("{}{html}{}", &page[..open], &page[open..]))
}

/// The script that runs before first paint. `default` is the default view's
/// fragment: any other fragment (a shared link, another calculator) hides the
/// prerendered figures until the app shows the visitor's own.
fn boot_js(default: &str) -> String {
    format!(
        "// Written by the build (src/bin/prerender.rs). Runs before first paint.\n\
         (function () {{\n  var d = document.documentElement, h = location.hash.replace(/^#/, '');\n  \
         d.classList.add('js');\n  \
         if (h !== '' && h !== 'retention' && h !== {default:?}) d.classList.add('js-link');\n}})();\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn goes_inside_the_app_element() {
        let page = "<body><div id=app><p id=app-loading>x</p></div></body>";
        assert_eq!(
            insert_into_app(page, "<div id=\"prerendered\"></div>").unwrap(),
            "<body><div id=app><div id=\"prerendered\"></div><p id=app-loading>x</p></div></body>"
        );
        assert!(insert_into_app("<body></body>", "x").is_err());
        assert!(insert_into_app("<div id=\"app\"><div id=\"prerendered\">", "x").is_err());
    }

    #[test]
    fn boot_marks_only_other_fragments() {
        let js = boot_js("retention?year=2026-27");
        assert!(js.contains("h !== \"retention?year=2026-27\""));
    }
}
