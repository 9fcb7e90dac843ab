//! Build step (a Trunk post-build hook, `.ci/prerender`): renders the default view
//! to HTML with Yew's server renderer, from the app's own components, and writes it
//! into the built `index.html`, so a visitor sees the worked example before the
//! WebAssembly has arrived (and without JavaScript at all). Also writes `boot.js`,
//! the small external script that runs before first paint and marks a page opened
//! with a link that carries other inputs, so the default figures are never shown
//! as if they were the visitor's.
//!
//! For a strict Content Security Policy (`script-src 'self'`, docs/embedding.md)
//! it moves Trunk's inline loader into its own file, `start-HASH.js`, and fails a
//! release build if any inline script, event-handler attribute or style attribute
//! is left (a debug build only says so: `trunk serve` adds its reload script).
//! The other calculators' default views go to `views/SLUG.html`, which boot.js
//! shows in place of the retention page's when the page is opened at `#SLUG`.
//! Last, it writes `sw.js`, the service worker that keeps this release's files for
//! offline use (its list of files is this build's own).
//!
//! `cargo run --features ssr --bin prerender -- DIST_DIR`

use retention_pay::state::fragment::encode;
use retention_pay::state::{AppState, Page};
use retention_pay::ui::shell::{Prerendered, PrerenderedProps};
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
    let html = render(Page::Retention);
    let page = insert_into_app(&page, &html)?;
    let (page, loader) = externalise_loader(&page)?;
    let (page, shell) = take_link(&page, shell_wasm_preload);
    let (page, shell_script) = take_link(&page, shell_script_preload);
    match check_csp_clean(&page) {
        // `trunk serve` adds its live-reload script inline: a debug build may have it.
        Err(e) if std::env::var("TRUNK_PROFILE").is_ok_and(|p| p == "debug") => {
            println!("prerender: {e} (allowed in a debug build only)");
        }
        checked => checked?,
    }
    write_file(dir, &loader.name, &loader.body)?;
    write_file(dir, "index.html", &page)?;
    let views = other_views(dir)?;
    write_file(
        dir,
        "boot.js",
        &boot_js(
            &encode(&AppState::default()),
            &views,
            &Files {
                parts: read_manifest(dir, "parts.json")?,
                answers: read_manifest(dir, "answers.json")?,
                shell,
                shell_script,
            },
        ),
    )?;
    write_file(dir, "sw.js", &service_worker(&release_files(dir)?))?;
    Ok(html.len())
}

/// A calculator's default view, rendered by the app's own components.
fn render(page: Page) -> String {
    futures::executor::block_on(
        yew::LocalServerRenderer::<Prerendered>::with_props(PrerenderedProps { page })
            .hydratable(false)
            .render(),
    )
}

/// Writes every other calculator's default view to `views/SLUG.html` (boot.js
/// fetches the one a visitor opened at `#SLUG`, so it shows before the
/// WebAssembly arrives) and returns their slugs.
fn other_views(dir: &Path) -> Result<Vec<&'static str>, String> {
    let views = dir.join("views");
    std::fs::create_dir_all(&views).map_err(|e| format!("{}: {e}", views.display()))?;
    let mut slugs = Vec::new();
    for page in Page::ALL.into_iter().filter(|p| *p != Page::Retention) {
        let html = render(page);
        check_csp_clean(&html)?;
        write_file(&views, &format!("{}.html", page.slug()), &html)?;
        slugs.push(page.slug());
    }
    Ok(slugs)
}

fn write_file(dir: &Path, name: &str, text: &str) -> Result<(), String> {
    let path = dir.join(name);
    std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// A script the build writes beside index.html.
struct Script {
    name: String,
    body: String,
}

/// The loader with the app's start put after the first paint: the prerendered
/// view (or, for a link, the page's frame) is painted before the WebAssembly is
/// instantiated and the app renders, which hold the main thread for a while on
/// a phone (measured: the first paint came 200 to 500 ms later with the start
/// straight away). Before that it waits for `window.retentionPayGate`, which
/// boot.js sets for a shared link while its first answer is fetched (issue 21;
/// `undefined` otherwise, so no wait). The wasm is fetched from the start
/// (boot.js's preload) or once the gate opens. The shell's script is imported
/// after the gate too, not statically: a static import is fetched and compiled
/// as the page is parsed (on a phone profile 9 KB gzipped and about 140 ms of
/// the main thread), before a link's answer. With no static import left, the
/// whole start is in a `try`: if the shell's files cannot be fetched or started,
/// `window.retentionPayFailed` (boot.js) says so on the page, with "Try again",
/// instead of "Loading…" for ever; the error is thrown on for the console.
fn after_first_paint(loader: &str) -> String {
    const GATE: &str = "await window.retentionPayGate;\n";
    const PAINT: &str =
        "await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));\n";
    let Some(at) = loader.find("const wasm = await init(") else {
        return loader.to_string();
    };
    let (head, start) = loader.split_at(at);
    match static_import(head) {
        Some((import, path)) => format!(
            "try {{\n{}{GATE}const bindings = await import('{path}');\nconst init = bindings.default;\n{PAINT}{start}\n}} catch (e) {{\n  if (window.retentionPayFailed) window.retentionPayFailed(e);\n  throw e;\n}}",
            head.replacen(import, "", 1).trim_start(),
        ),
        None => format!("{head}{GATE}{PAINT}{start}"),
    }
}

/// Trunk's `import init, * as bindings from 'PATH';` in its loader: the whole
/// statement and the path.
fn static_import(loader: &str) -> Option<(&str, &str)> {
    const IMPORT: &str = "import init, * as bindings from ";
    let at = loader.find(IMPORT)?;
    let rest = &loader[at + IMPORT.len()..];
    let quote = rest.chars().next().filter(|c| *c == '\'' || *c == '"')?;
    let len = rest[1..].find(quote)?;
    let end = at + IMPORT.len() + 1 + len + 1;
    let statement_end = if loader[end..].starts_with(';') {
        end + 1
    } else {
        end
    };
    Some((&loader[at..statement_end], &rest[1..=len]))
}

/// Trunk's `<link rel=preload>` of the shell's wasm.
fn shell_wasm_preload(tag: &str) -> bool {
    tag.contains("preload") && tag.contains("_bg.wasm")
}

/// Trunk's `<link rel=modulepreload>` of the shell's script (its only one).
fn shell_script_preload(tag: &str) -> bool {
    tag.contains("modulepreload")
}

/// Takes the first `<link>` that `is` picks out of the page and gives its
/// address: boot.js asks for it instead (Trunk's preload of the shell's wasm,
/// and of its script), at once, or for a shared link once the first answer is
/// on screen (a phone's bandwidth goes to the answer first). `None` (and the
/// page unchanged) if there is no such link.
fn take_link(page: &str, is: impl Fn(&str) -> bool) -> (String, Option<String>) {
    let mut from = 0;
    while let Some(at) = page[from..].find("<link").map(|i| i + from) {
        let Some(len) = page[at..].find('>') else {
            break;
        };
        let tag = &page[at..=at + len];
        if is(tag) {
            let href = tag
                .split(|c: char| c.is_whitespace() || c == '>')
                .find_map(|a| a.strip_prefix("href="))
                .map(|h| h.trim_matches(|c| c == '"' || c == '\''));
            if let Some(href) = href {
                let page = format!("{}{}", &page[..at], &page[at + len + 1..]);
                return (page, Some(href.to_string()));
            }
        }
        from = at + len + 1;
    }
    (page.to_string(), None)
}

/// Moves Trunk's inline `<script type=module>` loader into `start-HASH.js` (named
/// by its content, like Trunk's own files) and points the page at it.
fn externalise_loader(page: &str) -> Result<(String, Script), String> {
    let open = ["<script type=module>", "<script type=\"module\">"]
        .iter()
        .find_map(|tag| page.find(tag).map(|at| (at, tag.len())))
        .ok_or("index.html has no inline module loader from Trunk")?;
    let body_start = open.0 + open.1;
    let body_len = page[body_start..]
        .find("</script>")
        .ok_or("the loader script is not closed")?;
    let body = after_first_paint(page[body_start..body_start + body_len].trim());
    let name = format!("start-{:016x}.js", fnv1a(body.as_bytes()));
    let tag = format!("<script type=module src=./{name}></script>");
    let page = format!(
        "{}{tag}{}",
        &page[..open.0],
        &page[body_start + body_len + "</script>".len()..]
    );
    Ok((page, Script { name, body }))
}

/// Fails if the page still needs 'unsafe-inline': a script without `src`, an
/// event-handler attribute (`onclick=`) or a style attribute.
fn check_csp_clean(page: &str) -> Result<(), String> {
    let lower = page.to_ascii_lowercase();
    let tags = lower
        .split('<')
        .skip(1)
        .filter_map(|t| t.split_once('>').map(|(tag, _)| tag));
    for tag in tags.filter(|t| t.starts_with(|c: char| c.is_ascii_alphabetic())) {
        if tag.starts_with("script") && !tag.contains(" src=") {
            return Err("index.html has an inline script: a strict CSP would block it".into());
        }
        for attribute in tag.split_ascii_whitespace().skip(1) {
            let name = attribute.split('=').next().unwrap_or_default();
            if name == "style" || (name.starts_with("on") && attribute.contains('=')) {
                return Err(format!(
                    "index.html has a {name} attribute: a strict CSP would block it"
                ));
            }
        }
    }
    Ok(())
}

/// FNV-1a, 64 bits: a stable name for a file from its content.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The files of this release the service worker keeps, relative to the app
/// (so it works under any sub-path), sorted.
fn release_files(dir: &Path) -> Result<Vec<String>, String> {
    let mut files = Vec::new();
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let keep = [".js", ".wasm", ".css", ".svg"]
            .iter()
            .any(|e| name.ends_with(e));
        // The host's embed script and the worker itself are not part of the page;
        // a shared link's first answer (answer-*) only speeds up a first visit:
        // offline, the kept app answers on its own.
        if keep && name != "sw.js" && name != "embed.js" && !name.starts_with("answer-") {
            files.push(name);
        }
    }
    files.sort();
    Ok(files)
}

/// The service worker (docs/embedding.md, "Offline"): this release's files are
/// kept when it installs; the page itself is fetched fresh when there is a network
/// and from the cache when there is not; files named by their content are served
/// from the cache; census and preset files are kept once fetched (network
/// first), so a council's figures once seen are there offline; a new release
/// (a new list, so a new worker) replaces the old cache when it activates.
fn service_worker(files: &[String]) -> String {
    let list: Vec<String> = files.iter().map(|f| format!("'./{f}'")).collect();
    let version = format!("{:016x}", fnv1a(list.join(",").as_bytes()));
    format!(
        "// Written by the build (src/bin/prerender.rs).\n\
         const CACHE = 'retention-pay-{version}';\n\
         const FILES = ['./', {files}];\n\
         self.addEventListener('install', (e) => {{\n  \
           e.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));\n\
         }});\n\
         self.addEventListener('activate', (e) => {{\n  \
           e.waitUntil(caches.keys().then((keys) => Promise.all(keys\n    \
             .filter((k) => k.startsWith('retention-pay-') && k !== CACHE)\n    \
             .map((k) => caches.delete(k)))).then(() => self.clients.claim()));\n\
         }});\n\
         const NAMED_BY_CONTENT = /-[0-9a-f]{{16}}(_bg)?\\.(js|wasm|css|svg)$/;\n\
         const KEPT_WHEN_FETCHED = /\\/(census|presets)\\/[\\w.-]+\\.json$/;\n\
         self.addEventListener('fetch', (e) => {{\n  \
           const url = new URL(e.request.url);\n  \
           if (e.request.method !== 'GET' || url.origin !== location.origin) return;\n  \
           if (NAMED_BY_CONTENT.test(url.pathname)) {{\n    \
             e.respondWith(caches.match(e.request).then((hit) => hit || fetch(e.request)));\n    \
             return;\n  \
           }}\n  \
           // The page, boot.js, presets and census files: the network first, so a\n  \
           // new release shows; the page and every census or preset file fetched\n  \
           // are kept, so a council once chosen has its figures offline.\n  \
           const key = e.request.mode === 'navigate' ? './' : e.request;\n  \
           const keep = e.request.mode === 'navigate' || KEPT_WHEN_FETCHED.test(url.pathname);\n  \
           e.respondWith(fetch(e.request).then((r) => {{\n    \
             if (r.ok && keep) {{ const copy = r.clone(); caches.open(CACHE).then((c) => c.put(key, copy)); }}\n    \
             return r;\n  \
           }}).catch(() => caches.open(CACHE).then((c) => c.match(key, {{ ignoreSearch: true }}))));\n\
         }});\n",
        files = list.join(", "),
    )
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

/// The script that runs before first paint (static/boot.js). `default` is the
/// default view's fragment: any other fragment (a shared link, another
/// calculator) hides the prerendered figures until the app shows the visitor's
/// own; `views` are the calculators whose default view the build wrote to
/// `views/SLUG.html`, for boot.js to show at a bare `#SLUG`.
fn boot_js(default: &str, views: &[&str], files: &Files) -> String {
    let list: Vec<String> = views.iter().map(|v| format!("'{v}'")).collect();
    without_comment_lines(include_str!("../../static/boot.js"))
        .replace("DEFAULT_HASH", &fnv1a_32(default).to_string())
        .replace("OTHER_VIEWS", &format!("[{}]", list.join(", ")))
        .replace("PARTS_SCRIPT", &json(&files.parts.script))
        .replace("PARTS", &json(&files.parts.pages))
        .replace("ANSWER_SCRIPT", &json(&files.answers.script))
        .replace("ANSWER_FILES", &json(&files.answers.pages))
        .replace("SHELL_WASM", &json(&files.shell))
        .replace("SHELL_SCRIPT", &json(&files.shell_script))
        .replace("PAGE_TITLES", &json(&titles()))
        .replace("EMBED_VIEW", &format!("'{}'", Page::Embed.slug()))
        .replace(
            "EMBED_SETTINGS_KEY",
            &format!("'{}'", retention_pay::ui::embed_builder::SETTINGS_KEY),
        )
}

/// Each calculator's title by its slug, for a shared link's first answer's
/// heading (boot.js): the app's own titles (`Page::title`).
fn titles() -> std::collections::BTreeMap<&'static str, &'static str> {
    Page::ALL.iter().map(|p| (p.slug(), p.title())).collect()
}

/// A value as a JavaScript literal (JSON).
fn json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// The files boot.js fetches ahead of the app: the parts (`parts.json`, from
/// `.ci/split.mjs`), a shared link's first answer (`answers.json`, from
/// `.ci/answer.mjs`) and the shell's wasm and script (Trunk's preloads, moved).
struct Files {
    parts: Manifest<Vec<String>>,
    answers: Manifest<String>,
    shell: Option<String>,
    shell_script: Option<String>,
}

/// A manifest a build step wrote: its script and, for each calculator's slug,
/// its file or files. Empty when the step did not run (an unsplit build).
#[derive(serde::Deserialize)]
struct Manifest<T> {
    script: String,
    pages: std::collections::BTreeMap<String, T>,
}

impl<T> Default for Manifest<T> {
    fn default() -> Self {
        Manifest {
            script: String::new(),
            pages: std::collections::BTreeMap::new(),
        }
    }
}

fn read_manifest<T: serde::de::DeserializeOwned>(
    dir: &Path,
    name: &str,
) -> Result<Manifest<T>, String> {
    let path = dir.join(name);
    match std::fs::read_to_string(&path) {
        Ok(text) => serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display())),
        Err(_) => Ok(Manifest::default()),
    }
}

/// The script without its whole-line `//` comments (every visitor downloads it;
/// the comments are for the source).
fn without_comment_lines(js: &str) -> String {
    js.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .map(|l| format!("{}\n", l.trim()))
        .collect()
}

/// FNV-1a, 32 bits, over UTF-16 code units as boot.js reads them.
fn fnv1a_32(s: &str) -> u32 {
    s.encode_utf16().fold(0x811c_9dc5, |h, c| {
        (h ^ u32::from(c)).wrapping_mul(16_777_619)
    })
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
    fn the_loader_moves_to_a_file_named_by_its_content() {
        let page = "<head><script src=boot.js></script><script type=module>import init from './a.js';\nawait init();</script></head>";
        let (out, loader) = externalise_loader(page).unwrap();
        assert_eq!(loader.body, "import init from './a.js';\nawait init();");
        assert!(loader.name.starts_with("start-") && loader.name.ends_with(".js"));
        assert_eq!(
            out,
            format!(
                "<head><script src=boot.js></script><script type=module src=./{}></script></head>",
                loader.name
            )
        );
        // Another body, another name (so a cache never serves an old loader).
        let (_, other) = externalise_loader(&page.replace("a.js", "b.js")).unwrap();
        assert_ne!(other.name, loader.name);
        assert!(externalise_loader("<head></head>").is_err());
        assert!(check_csp_clean(&out).is_ok());
    }

    /// Trunk's loader: the app starts after the first paint, and after a shared
    /// link's first answer (boot.js's gate), its script imported only then and
    /// its wasm import unchanged; a failure to start is handed to boot.js.
    #[test]
    fn the_app_starts_after_the_first_paint() {
        let trunk = "import init, * as bindings from './r.js';\nconst wasm = await init({ module_or_path: './r_bg.wasm' });\nwindow.wasmBindings = bindings;";
        let body = after_first_paint(trunk);
        assert_eq!(
            body,
            "try {\nawait window.retentionPayGate;\nconst bindings = await import('./r.js');\nconst init = bindings.default;\nawait new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));\nconst wasm = await init({ module_or_path: './r_bg.wasm' });\nwindow.wasmBindings = bindings;\n} catch (e) {\n  if (window.retentionPayFailed) window.retentionPayFailed(e);\n  throw e;\n}"
        );
        // As Trunk writes it in a debug build: double quotes, no semicolon.
        let debug = "import init, * as bindings from \"/r.js\"\nconst wasm = await init({ module_or_path: '/r_bg.wasm' });";
        assert!(after_first_paint(debug).starts_with(
            "try {\nawait window.retentionPayGate;\nconst bindings = await import('/r.js');\n"
        ));
        // A loader of another shape keeps its imports and only waits.
        assert_eq!(
            after_first_paint("import x from './x.js';\nconst wasm = await init();"),
            "import x from './x.js';\nawait window.retentionPayGate;\nawait new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));\nconst wasm = await init();"
        );
        assert_eq!(after_first_paint("await init();"), "await init();");
    }

    #[test]
    fn a_page_that_needs_unsafe_inline_fails_the_build() {
        assert!(check_csp_clean("<script>alert(1)</script>").is_err());
        assert!(check_csp_clean("<SCRIPT type=module>x</SCRIPT>").is_err());
        assert!(check_csp_clean("<button onclick=\"x()\">").is_err());
        assert!(check_csp_clean("<p style=\"color:red\">").is_err());
        // Words that merely start with "on" are not handlers.
        assert!(check_csp_clean("<p class=x> one=two, only</p><script src=a.js></script>").is_ok());
    }

    #[test]
    fn the_worker_keeps_this_release_and_names_its_cache_by_it() {
        let a = service_worker(&["app-0123456789abcdef.js".into(), "boot.js".into()]);
        assert!(a.contains("const FILES = ['./', './app-0123456789abcdef.js', './boot.js'];"));
        let b = service_worker(&["app-fedcba9876543210.js".into(), "boot.js".into()]);
        let cache = |s: &str| {
            s.lines()
                .find(|l| l.starts_with("const CACHE"))
                .unwrap()
                .to_string()
        };
        assert_ne!(cache(&a), cache(&b), "a new release gets a new cache");
    }

    #[test]
    fn boot_marks_only_other_fragments() {
        // FNV-1a 32 of "a" is 0xe40c292c (the published test vector).
        assert_eq!(fnv1a_32("a"), 0xe40c_292c);
        let js = boot_js(
            "retention?year=2026-27",
            &["payback", "check-my-package"],
            &Files {
                parts: Manifest::default(),
                answers: Manifest::default(),
                shell: None,
                shell_script: None,
            },
        );
        assert!(!js.contains("//"), "no comments shipped");
        assert!(js.contains(&format!("x !== {}", fnv1a_32("retention?year=2026-27"))));
        assert!(js.contains("['payback', 'check-my-package']"));
        assert!(!js.contains("OTHER_VIEWS"));
        assert!(!js.contains("PARTS") && !js.contains("ANSWER_") && !js.contains("SHELL_"));
        assert!(!js.contains("PAGE_TITLES"));
        assert!(js.contains("to === 'embed-this-calculator'"));
        assert!(js.contains("sessionStorage.getItem('retention-pay-embed-builder')"));
        assert!(js.contains(r#""payback":"Payback""#));
        let files = Files {
            parts: Manifest {
                script: "parts-1.js".into(),
                pages: [(
                    "payback".to_string(),
                    vec!["part-split_payback-2.wasm".to_string()],
                )]
                .into(),
            },
            answers: Manifest {
                script: "answer-3.js".into(),
                pages: [("payback".to_string(), "answer-payback-4.wasm".to_string())].into(),
            },
            shell: Some("./retention-pay-5_bg.wasm".into()),
            shell_script: Some("./retention-pay-5.js".into()),
        };
        let js = boot_js("retention", &[], &files);
        assert!(js.contains(r#"var parts = {"payback":["part-split_payback-2.wasm"]};"#));
        assert!(js.contains(r#"if ("parts-1.js") preload("parts-1.js", 'modulepreload');"#));
        assert!(js.contains(
            r#"var answers = {"payback":"answer-payback-4.wasm"}, answerScript = "answer-3.js";"#
        ));
        assert!(js.contains(
            r#"var shell = "./retention-pay-5_bg.wasm", shellScript = "./retention-pay-5.js";"#
        ));
    }

    #[test]
    fn the_shell_preloads_move_to_boot_js() {
        // As Trunk writes it, minified (release) and not (debug).
        let min = "<head><script src=boot.js></script><link crossorigin href=./a.js rel=modulepreload><link as=fetch crossorigin href=./a-1_bg.wasm integrity=sha384-x rel=preload type=application/wasm></head>";
        let (page, wasm) = take_link(min, shell_wasm_preload);
        assert_eq!(wasm.as_deref(), Some("./a-1_bg.wasm"));
        assert_eq!(page, "<head><script src=boot.js></script><link crossorigin href=./a.js rel=modulepreload></head>");
        let (page, script) = take_link(&page, shell_script_preload);
        assert_eq!(script.as_deref(), Some("./a.js"));
        assert_eq!(page, "<head><script src=boot.js></script></head>");
        let debug = r#"<link rel="preload" href="/a-1_bg.wasm" crossorigin="anonymous" as="fetch" type="application/wasm">"#;
        assert_eq!(
            take_link(debug, shell_wasm_preload),
            (String::new(), Some("/a-1_bg.wasm".to_string()))
        );
        let debug = r#"<link rel="modulepreload" href="/a.js" crossorigin="anonymous" integrity="sha384-x">"#;
        assert_eq!(
            take_link(debug, shell_script_preload),
            (String::new(), Some("/a.js".to_string()))
        );
        assert_eq!(
            take_link("<p>no link</p>", shell_wasm_preload),
            ("<p>no link</p>".to_string(), None)
        );
    }
}
