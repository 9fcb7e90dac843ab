//! The "Embed this calculator" page's settings and what it writes from them:
//! the snippet for a council's page (an iframe or the element), the preview's
//! address, and the Content Security Policy lines for both sites. Pure, tested
//! natively; the names it writes are docs/embedding.md's, and a value refused
//! by [`super::theme`] is never written.

use super::fragment::encode_component;
use super::theme::{self, Shortfall};
use super::Page;

/// How the calculator goes on the council's page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Form {
    #[default]
    Iframe,
    Element,
}

/// Where the embed's council preset comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum PresetChoice {
    #[default]
    None,
    /// One already published beside the calculator, by its slug.
    Published,
    /// One made on this page from the calculator's current inputs.
    Made,
    /// A file from the web officer's computer, for the preview only.
    File,
}

impl PresetChoice {
    pub const ALL: [PresetChoice; 4] = [
        PresetChoice::None,
        PresetChoice::Published,
        PresetChoice::Made,
        PresetChoice::File,
    ];
    pub fn slug(self) -> &'static str {
        match self {
            PresetChoice::None => "none",
            PresetChoice::Published => "published",
            PresetChoice::Made => "made",
            PresetChoice::File => "file",
        }
    }
    pub fn from_slug(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.slug() == s)
    }
}

/// What the web officer has chosen. Text as typed; checked when written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedForm {
    /// The calculator that opens first.
    pub first: Page,
    /// Only the calculators in `chosen` (and `first`), rather than all.
    pub only_chosen: bool,
    pub chosen: Vec<Page>,
    pub form: Form,
    /// The council's name, from the published list or typed.
    pub council: String,
    /// Each of [`theme::COLOURS`] then the font, as typed ("" keeps the default).
    pub theme: Vec<String>,
    pub offline: bool,
    /// Whether the built-in example schemes are offered.
    pub examples: bool,
    pub preset: PresetChoice,
    /// The preset's slug: the published one, or where a made or chosen file will be published.
    pub preset_slug: String,
    /// The calculator's address as the council serves it.
    pub calculator_url: String,
    /// The council page's origin (`https://www.example.gov.uk`).
    pub host_origin: String,
}

impl EmbedForm {
    /// The defaults, with the calculator's address as this page is served.
    pub fn new(calculator_url: &str) -> EmbedForm {
        EmbedForm {
            first: Page::Retention,
            only_chosen: false,
            chosen: Vec::new(),
            form: Form::Iframe,
            council: String::new(),
            theme: vec![String::new(); theme::COLOURS.len() + 1],
            offline: false,
            examples: true,
            preset: PresetChoice::None,
            preset_slug: String::new(),
            calculator_url: calculator_url.split('#').next().unwrap_or("").to_string(),
            host_origin: String::new(),
        }
    }

    /// The value typed for the theme property `name` ("" if none).
    pub fn theme_value(&self, name: &str) -> String {
        theme_index(name)
            .and_then(|i| self.theme.get(i))
            .map(|v| v.trim().to_string())
            .unwrap_or_default()
    }

    /// The calculators shown, first one first (all of them unless `only_chosen`).
    pub fn shown(&self) -> Vec<Page> {
        let mut pages = vec![self.first];
        pages.extend(
            Page::ALL
                .into_iter()
                .filter(|p| *p != self.first && (!self.only_chosen || self.chosen.contains(p))),
        );
        pages
    }
}

/// The index of a theme property in [`EmbedForm::theme`].
pub fn theme_index(name: &str) -> Option<usize> {
    theme::COLOURS
        .iter()
        .chain(std::iter::once(&theme::FONT))
        .position(|p| p.name == name)
}

/// Every theme property, colours then the font.
pub fn theme_props() -> impl Iterator<Item = &'static theme::Prop> {
    theme::COLOURS.iter().chain(std::iter::once(&theme::FONT))
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EmbedAction {
    SetFirst(Page),
    SetOnlyChosen(bool),
    Choose(Page, bool),
    SetForm(Form),
    SetCouncil(String),
    SetTheme(usize, String),
    SetOffline(bool),
    SetExamples(bool),
    SetPreset(PresetChoice),
    SetPresetSlug(String),
    SetCalculatorUrl(String),
    SetHostOrigin(String),
}

/// The builder's reducer: each action sets what it names.
pub fn reduce(form: &EmbedForm, action: EmbedAction) -> EmbedForm {
    let mut f = form.clone();
    match action {
        EmbedAction::SetFirst(p) => f.first = p,
        EmbedAction::SetOnlyChosen(on) => f.only_chosen = on,
        EmbedAction::Choose(p, on) => {
            f.chosen.retain(|c| *c != p);
            if on {
                f.chosen.push(p);
            }
        }
        EmbedAction::SetForm(k) => f.form = k,
        EmbedAction::SetCouncil(c) => {
            // The slug follows the council's name until it is typed itself.
            if f.preset_slug.is_empty() || f.preset_slug == slug_for(&f.council) {
                f.preset_slug = slug_for(&c);
            }
            f.council = c;
        }
        EmbedAction::SetTheme(i, v) => {
            if let Some(t) = f.theme.get_mut(i) {
                *t = v;
            }
        }
        EmbedAction::SetOffline(on) => f.offline = on,
        EmbedAction::SetExamples(on) => f.examples = on,
        EmbedAction::SetPreset(p) => f.preset = p,
        EmbedAction::SetPresetSlug(s) => f.preset_slug = s,
        EmbedAction::SetCalculatorUrl(u) => f.calculator_url = u,
        EmbedAction::SetHostOrigin(o) => f.host_origin = o,
    }
    f
}

/// A preset's file name from a council's name: "Kent County Council" →
/// `kent-county-council` (lower-case letters, digits and single hyphens, at most 40).
pub fn slug_for(council: &str) -> String {
    let mut slug = String::new();
    for c in council.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let mut slug: String = slug.chars().take(40).collect();
    while slug.ends_with('-') {
        slug.pop();
    }
    slug
}

/// A web origin: `http://` or `https://`, a host (and port), no path. A
/// trailing `/` is dropped. `None` for anything else.
pub fn origin(s: &str) -> Option<String> {
    let s = s.trim();
    let s = s.strip_suffix('/').unwrap_or(s);
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))?;
    let ok = !rest.is_empty()
        && rest
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'));
    ok.then(|| s.to_ascii_lowercase())
}

/// The calculator's folder, ending in `/`, from its address as served (a
/// query, a fragment and `index.html` dropped). `None` unless http(s) with
/// no spaces, quotes or angle brackets.
pub fn calculator_base(url: &str) -> Option<String> {
    let url = url.trim();
    let url = url.split(['#', '?']).next().unwrap_or("");
    let url = url.strip_suffix("index.html").unwrap_or(url);
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let host = rest.split('/').next().unwrap_or("");
    let clean = url
        .chars()
        .all(|c| c.is_ascii_graphic() && !matches!(c, '"' | '\'' | '<' | '>' | '`' | '\\'));
    if host.is_empty() || !clean || origin_of(url).is_empty() {
        return None;
    }
    Some(if url.ends_with('/') {
        url.to_string()
    } else {
        format!("{url}/")
    })
}

/// The origin of an http(s) address: everything before the path.
fn origin_of(url: &str) -> String {
    let start = url.find("://").map_or(0, |i| i + 3);
    let end = url[start..].find('/').map_or(url.len(), |i| start + i);
    origin(&url[..end]).unwrap_or_default()
}

/// A field's problem: its id on the page and the sentence shown by it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub id: String,
    pub message: String,
}

/// The id of a theme field's text box.
pub fn theme_id(name: &str) -> String {
    format!("embed-theme-{name}")
}
pub const HOST_ID: &str = "embed-host";
pub const URL_ID: &str = "embed-url";
pub const SLUG_ID: &str = "embed-preset-slug";

/// Every field whose value is refused, with why (GOV.UK's "Enter …" sentences).
pub fn problems(f: &EmbedForm) -> Vec<Problem> {
    let mut out: Vec<Problem> = theme_props()
        .filter_map(|p| {
            theme::problem(p, &f.theme_value(p.name)).map(|message| Problem {
                id: theme_id(p.name),
                message,
            })
        })
        .collect();
    if !f.host_origin.trim().is_empty() && origin(&f.host_origin).is_none() {
        out.push(Problem {
            id: HOST_ID.into(),
            message: "Enter your website's address as https:// and its name, like https://www.example.gov.uk, with nothing after it".into(),
        });
    }
    if calculator_base(&f.calculator_url).is_none() {
        out.push(Problem {
            id: URL_ID.into(),
            message: "Enter the calculator's address as https:// and where it is served, like https://www.example.gov.uk/retention-pay/".into(),
        });
    }
    if f.preset != PresetChoice::None && !super::council::valid_slug(f.preset_slug.trim()) {
        out.push(Problem {
            id: SLUG_ID.into(),
            message: "Enter the preset's name as lower-case letters, digits and hyphens, up to 40, like kent-county-council".into(),
        });
    }
    out
}

/// The colour pairs below WCAG AA for the theme as typed (a refused value counts as the default).
pub fn shortfalls(f: &EmbedForm) -> Vec<Shortfall> {
    theme::shortfalls(|name| f.theme_value(name))
}

/// The theme values that are accepted and not empty, as (name, value).
fn accepted_theme(f: &EmbedForm) -> Vec<(&'static str, String)> {
    theme_props()
        .filter_map(|p| {
            let v = f.theme_value(p.name);
            (!v.is_empty() && theme::problem(p, &v).is_none()).then_some((p.name, v))
        })
        .collect()
}

/// The frame's title: the calculator's name, and the council's when given.
pub fn label(f: &EmbedForm) -> String {
    let council = f.council.trim();
    let label = if council.is_empty() {
        "Social worker retention pay calculator".to_string()
    } else {
        format!("Social worker retention pay calculator, {council}")
    };
    label.chars().take(200).collect()
}

/// The address parameters every form shares (not `parent-origin`), in order.
fn params(f: &EmbedForm) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if f.only_chosen {
        let slugs: Vec<&str> = f.shown().iter().map(|p| p.slug()).collect();
        out.push(("calculators".into(), slugs.join(",")));
    }
    if !f.examples {
        out.push(("examples".into(), "off".into()));
    }
    for (name, v) in accepted_theme(f) {
        out.push((format!("theme-{name}"), encode_component(&v)));
    }
    out
}

/// The fragment: the first calculator, and `?preset=…` when one is named.
fn fragment(f: &EmbedForm, preset: Option<&str>) -> String {
    match preset {
        Some(p) => format!("{}?preset={}", f.first.slug(), encode_component(p)),
        None => f.first.slug().to_string(),
    }
}

/// The published preset the snippet names, if one is chosen and its slug reads.
pub fn snippet_preset(f: &EmbedForm) -> Option<String> {
    let slug = f.preset_slug.trim();
    (f.preset != PresetChoice::None && super::council::valid_slug(slug)).then(|| slug.to_string())
}

/// The preview's address, relative to this page (same origin): the snippet's
/// settings without `parent-origin` or `offline`, with `preset` (a published
/// slug, or `local:NAME` for a file kept in this tab, see [`LOCAL_PRESET`]).
pub fn preview_url(f: &EmbedForm, preset: Option<&str>) -> String {
    let q: Vec<String> = params(f)
        .into_iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect();
    format!("./?{}#{}", q.join("&"), fragment(f, preset))
}

/// A preset kept in this tab for the preview (`preset=local:NAME`): its JSON is
/// in `sessionStorage` under this prefix and NAME. Never published.
pub const LOCAL_PRESET: &str = "local:";
pub const LOCAL_STORAGE_KEY: &str = "retention-pay-preset:";

/// `&`, `<`, `>` and `"` escaped for an HTML attribute in double quotes.
fn attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// What the page shows to copy: the snippet and the policy lines.
#[derive(Clone, Debug, PartialEq)]
pub struct Snippet {
    pub html: String,
    /// The header for the calculator's own files.
    pub csp_calculator: String,
    /// What the council page's own policy must allow ("" when nothing: the same origin).
    pub csp_host: String,
}

/// The snippet for the settings (`None` while the calculator's address is refused).
pub fn snippet(f: &EmbedForm) -> Option<Snippet> {
    let base = calculator_base(&f.calculator_url)?;
    let host = origin(&f.host_origin);
    let preset = snippet_preset(f);
    let short = shortfalls(f);
    let mut html = String::new();
    if !short.is_empty() {
        let named: Vec<String> = short.iter().map(Shortfall::sentence).collect();
        html.push_str(&format!(
            "<!-- These colours do not reach WCAG 2.2 AA contrast ({}), so this calculator will not meet the Public Sector Bodies Accessibility Regulations 2018 until they are fixed. -->\n",
            named.join("; ")
        ));
    }
    match f.form {
        Form::Iframe => {
            let mut q = Vec::new();
            if let Some(h) = &host {
                q.push(format!("parent-origin={}", encode_component(h)));
            }
            if f.offline {
                q.push("offline=1".into());
            }
            q.extend(params(f).into_iter().map(|(k, v)| format!("{k}={v}")));
            let query = if q.is_empty() {
                String::new()
            } else {
                format!("?{}", q.join("&"))
            };
            let src = format!("{base}{query}#{}", fragment(f, preset.as_deref()));
            html.push_str(&format!(
                "<iframe data-retention-pay\n        title=\"{}\"\n        allow=\"clipboard-write\"\n        src=\"{}\"></iframe>\n",
                attr(&label(f)),
                attr(&src)
            ));
        }
        Form::Element => {
            let mut a = vec![format!("page=\"{}\"", f.first.slug())];
            if let Some(p) = &preset {
                a.push(format!("preset=\"{p}\""));
            }
            a.push(format!("label=\"{}\"", attr(&label(f))));
            if f.only_chosen {
                let slugs: Vec<&str> = f.shown().iter().map(|p| p.slug()).collect();
                a.push(format!("calculators=\"{}\"", slugs.join(" ")));
            }
            if !f.examples {
                a.push("examples=\"off\"".into());
            }
            if f.offline {
                a.push("offline".into());
            }
            for (name, v) in accepted_theme(f) {
                a.push(format!("theme-{name}=\"{}\"", attr(&v)));
            }
            html.push_str(&format!(
                "<retention-pay-calculator {}></retention-pay-calculator>\n",
                a.join("\n    ")
            ));
        }
    }
    html.push_str(&format!(
        "<script src=\"{}embed.js\"></script>\n",
        attr(&base)
    ));
    let calc_origin = origin_of(&base);
    let ancestors = match &host {
        Some(h) if *h != calc_origin => format!("'self' {h}"),
        _ => "'self'".to_string(),
    };
    let csp_calculator = format!("Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors {ancestors}");
    let csp_host = match &host {
        Some(h) if *h == calc_origin => String::new(),
        _ => format!("frame-src {calc_origin}; script-src 'self' {calc_origin}"),
    };
    Some(Snippet {
        html,
        csp_calculator,
        csp_host,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> EmbedForm {
        EmbedForm::new("https://calc.example.gov.uk/retention-pay/index.html#embed-this-calculator")
    }

    fn set(f: &EmbedForm, name: &str, v: &str) -> EmbedForm {
        reduce(
            f,
            EmbedAction::SetTheme(theme_index(name).unwrap(), v.into()),
        )
    }

    #[test]
    fn the_default_iframe_names_the_calculator_and_its_script() {
        let s = snippet(&form()).unwrap();
        assert_eq!(
            s.html,
            "<iframe data-retention-pay\n        title=\"Social worker retention pay calculator\"\n        allow=\"clipboard-write\"\n        src=\"https://calc.example.gov.uk/retention-pay/#retention\"></iframe>\n<script src=\"https://calc.example.gov.uk/retention-pay/embed.js\"></script>\n"
        );
        assert_eq!(
            s.csp_host,
            "frame-src https://calc.example.gov.uk; script-src 'self' https://calc.example.gov.uk"
        );
        assert!(s
            .csp_calculator
            .ends_with("connect-src 'self'; frame-ancestors 'self'"));
    }

    #[test]
    fn every_choice_reaches_the_iframe_address() {
        let mut f = form();
        for a in [
            EmbedAction::SetFirst(Page::Payback),
            EmbedAction::SetOnlyChosen(true),
            EmbedAction::Choose(Page::Retention, true),
            EmbedAction::SetCouncil("Kent County Council".into()),
            EmbedAction::SetOffline(true),
            EmbedAction::SetExamples(false),
            EmbedAction::SetPreset(PresetChoice::Made),
            EmbedAction::SetHostOrigin("https://www.kent.gov.uk/".into()),
        ] {
            f = reduce(&f, a);
        }
        f = set(&f, "brand", "#005A30");
        f = set(&f, "font", "\"Open Sans\", Arial");
        f = set(&f, "text", "#12345");
        assert_eq!(f.preset_slug, "kent-county-council");
        let s = snippet(&f).unwrap();
        assert!(s
            .html
            .contains("title=\"Social worker retention pay calculator, Kent County Council\""));
        assert!(s.html.contains("src=\"https://calc.example.gov.uk/retention-pay/?parent-origin=https%3A%2F%2Fwww.kent.gov.uk&amp;offline=1&amp;calculators=payback,retention&amp;examples=off&amp;theme-brand=%23005A30&amp;theme-font=%22Open%20Sans%22%2C%20Arial#payback?preset=kent-county-council\""), "{}", s.html);
        assert!(!s.html.contains("12345"), "a refused colour is left out");
        assert!(s
            .csp_calculator
            .ends_with("frame-ancestors 'self' https://www.kent.gov.uk"));
        assert_eq!(problems(&f).len(), 1);
        assert_eq!(problems(&f)[0].id, "embed-theme-text");
    }

    #[test]
    fn the_element_carries_the_same_as_attributes() {
        let mut f = reduce(&form(), EmbedAction::SetForm(Form::Element));
        f = reduce(&f, EmbedAction::SetFirst(Page::Payback));
        f = reduce(&f, EmbedAction::SetOnlyChosen(true));
        f = reduce(&f, EmbedAction::Choose(Page::Retention, true));
        f = reduce(
            &f,
            EmbedAction::SetCouncil("Brent <Council> & \"Co\"".into()),
        );
        f = reduce(&f, EmbedAction::SetPreset(PresetChoice::Published));
        f = reduce(&f, EmbedAction::SetPresetSlug("brent".into()));
        f = reduce(&f, EmbedAction::SetExamples(false));
        f = reduce(&f, EmbedAction::SetOffline(true));
        f = set(&f, "result-background", "#222");
        let s = snippet(&f).unwrap();
        assert_eq!(s.html, "<retention-pay-calculator page=\"payback\"\n    preset=\"brent\"\n    label=\"Social worker retention pay calculator, Brent &lt;Council&gt; &amp; &quot;Co&quot;\"\n    calculators=\"payback retention\"\n    examples=\"off\"\n    offline\n    theme-result-background=\"#222\"></retention-pay-calculator>\n<script src=\"https://calc.example.gov.uk/retention-pay/embed.js\"></script>\n");
    }

    #[test]
    fn failing_contrast_is_said_in_the_snippet_until_fixed() {
        let f = set(&form(), "secondary-text", "#767676");
        let s = snippet(&f).unwrap();
        assert!(s.html.starts_with("<!-- These colours do not reach WCAG 2.2 AA contrast (Secondary text on a panel: 4.06:1, needs 4.5:1), so this calculator will not meet the Public Sector Bodies Accessibility Regulations 2018 until they are fixed. -->\n<iframe"));
        let fixed = set(&f, "secondary-text", "#505a5f");
        assert!(snippet(&fixed).unwrap().html.starts_with("<iframe"));
    }

    #[test]
    fn the_preview_is_same_origin_and_takes_a_local_preset() {
        let f = reduce(&form(), EmbedAction::SetFirst(Page::Payback));
        let f = set(&f, "brand", "#005a30");
        assert_eq!(
            preview_url(&f, Some("local:kent")),
            "./?theme-brand=%23005a30#payback?preset=local%3Akent"
        );
        assert_eq!(preview_url(&form(), None), "./?#retention");
    }

    #[test]
    fn addresses_are_checked() {
        assert_eq!(
            origin("https://www.kent.gov.uk/"),
            Some("https://www.kent.gov.uk".into())
        );
        assert_eq!(
            origin("http://127.0.0.1:8080"),
            Some("http://127.0.0.1:8080".into())
        );
        for bad in [
            "www.kent.gov.uk",
            "https://",
            "https://kent.gov.uk/jobs",
            "javascript:alert(1)",
            "https://a b",
        ] {
            assert_eq!(origin(bad), None, "{bad}");
        }
        assert_eq!(
            calculator_base("http://127.0.0.1:9/sub/?x=1#payback").as_deref(),
            Some("http://127.0.0.1:9/sub/")
        );
        assert_eq!(
            calculator_base("https://x.gov.uk/calc").as_deref(),
            Some("https://x.gov.uk/calc/")
        );
        assert_eq!(calculator_base("https://x.gov.uk/\"><script>"), None);
        assert_eq!(calculator_base("ftp://x.gov.uk/"), None);
        let f = reduce(&form(), EmbedAction::SetCalculatorUrl("nowhere".into()));
        assert_eq!(snippet(&f), None);
        assert_eq!(problems(&f)[0].id, URL_ID);
    }

    #[test]
    fn a_slug_follows_the_council_until_typed() {
        assert_eq!(
            slug_for("Royal Borough of Kingston upon Thames"),
            "royal-borough-of-kingston-upon-thames"
        );
        assert_eq!(slug_for("  St. Helens!  "), "st-helens");
        let f = reduce(&form(), EmbedAction::SetCouncil("Kent".into()));
        let f = reduce(&f, EmbedAction::SetPresetSlug("kent-2026".into()));
        let f = reduce(&f, EmbedAction::SetCouncil("Kent County Council".into()));
        assert_eq!(f.preset_slug, "kent-2026");
    }
}
