//! A council's colours and font for an embedded calculator (docs/embedding.md,
//! section 5): which values are accepted, and the WCAG 2.x contrast of each pair
//! of colours the page draws together. Pure, tested natively; the embed builder
//! shows its answers beside the fields and never puts a refused value in a snippet.

/// A theme property: its name after `theme-` (the address parameter and the
/// attribute), what the builder calls it, and its default.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Prop {
    pub name: &'static str,
    pub label: &'static str,
    pub default: &'static str,
}

const fn prop(name: &'static str, label: &'static str, default: &'static str) -> Prop {
    Prop {
        name,
        label,
        default,
    }
}

/// Every colour of the theme, in docs/embedding.md's order, with the results
/// panel's two (`result-background`, `result-text`) last.
pub const COLOURS: [Prop; 17] = [
    prop(
        "brand",
        "Brand: links, headings' rules, the selected tab",
        "#1d70b8",
    ),
    prop("brand-dark", "Brand, dark: the banner", "#003078"),
    prop("text", "Text", "#0b0c0c"),
    prop("secondary-text", "Secondary text: hints", "#505a5f"),
    prop("background", "Background: the page", "#ffffff"),
    prop("panel", "Panel: summary panels", "#f3f2f1"),
    prop("button", "Button", "#00703c"),
    prop("button-text", "Button text", "#ffffff"),
    prop("focus", "Focus: keyboard focus", "#ffdd00"),
    prop("focus-text", "Focus text", "#0b0c0c"),
    prop("error", "Error: error messages", "#d4351c"),
    prop(
        "stripe",
        "Stripe: every other row of the long tables (schedules, cash flow, payslips, years)",
        "#f8f8f8",
    ),
    // The charts' series, each a line (or bar) of its own colour, and a dash
    // pattern too where a chart has more than one (style.css).
    prop(
        "chart-1",
        "First chart colour: bars, single lines, agency rate, the first design",
        "#1d70b8",
    ),
    prop(
        "chart-2",
        "Second chart colour: turnover, the second design",
        "#d4351c",
    ),
    prop(
        "chart-3",
        "Third chart colour: vacancy rate, the third design",
        "#00703c",
    ),
    prop("result-background", "Result panel background", "#003078"),
    prop("result-text", "Result panel text", "#ffffff"),
];

/// The font property (`theme-font`); empty by default (the system's fonts).
pub const FONT: Prop = prop("font", "Font", "");

/// The longest font list accepted, in characters.
pub const MAX_FONT: usize = 200;

/// An sRGB colour with its alpha, each 0 to 255.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgba(pub u8, pub u8, pub u8, pub u8);

/// Reads `#` and 3, 4, 6 or 8 hex digits (any case): `#1d70b8`, `#fff`,
/// `#0b0c0c80`. Anything else, including spaces and CSS names, is `None`.
pub fn parse_colour(s: &str) -> Option<Rgba> {
    let hex = s.strip_prefix('#')?;
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let digit = |i: usize| u8::from_str_radix(&hex[i..=i], 16).ok();
    let pair = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    let short = |i: usize| digit(i).map(|d| d * 17);
    match hex.len() {
        3 => Some(Rgba(short(0)?, short(1)?, short(2)?, 255)),
        4 => Some(Rgba(short(0)?, short(1)?, short(2)?, short(3)?)),
        6 => Some(Rgba(pair(0)?, pair(2)?, pair(4)?, 255)),
        8 => Some(Rgba(pair(0)?, pair(2)?, pair(4)?, pair(6)?)),
        _ => None,
    }
}

/// The generic font families of CSS.
const GENERIC: [&str; 13] = [
    "serif",
    "sans-serif",
    "monospace",
    "cursive",
    "fantasy",
    "system-ui",
    "ui-serif",
    "ui-sans-serif",
    "ui-monospace",
    "ui-rounded",
    "math",
    "emoji",
    "fangsong",
];

/// A font list: families separated by commas, each a generic family or a name
/// of letters, digits, spaces and hyphens, optionally in matching single or
/// double quotes; at most [`MAX_FONT`] characters. `Arial, "Segoe UI", sans-serif`.
pub fn valid_font(s: &str) -> bool {
    s.chars().count() <= MAX_FONT && !s.trim().is_empty() && s.split(',').all(valid_family)
}

/// Keywords a font family list may not hold unquoted.
const CSS_WIDE: [&str; 6] = [
    "inherit",
    "initial",
    "unset",
    "revert",
    "revert-layer",
    "default",
];

fn valid_family(f: &str) -> bool {
    let f = f.trim();
    if GENERIC.contains(&f) {
        return true;
    }
    let quoted = ['"', '\'']
        .iter()
        .find_map(|q| f.strip_prefix(*q).and_then(|r| r.strip_suffix(*q)));
    let name = quoted.unwrap_or(f);
    // Unquoted, a family is CSS identifiers: each word starts with a letter
    // (or a hyphen and a letter, as `-apple-system`), and is
    // not a keyword that would throw the whole font away (found trying it:
    // `123` and `inherit` left every text in Times New Roman).
    let unquoted_ok = quoted.is_some()
        || (f.split_whitespace().all(|w| {
            w.strip_prefix('-')
                .unwrap_or(w)
                .starts_with(|c: char| c.is_ascii_alphabetic())
        }) && !CSS_WIDE.contains(&f.to_ascii_lowercase().as_str()));
    unquoted_ok
        && !name.trim().is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == ' ' || c == '-')
}

/// Why a theme value is refused, as the sentence shown by its field; `None`
/// when it is accepted. An empty value is accepted (the default is kept).
pub fn problem(prop: &Prop, value: &str) -> Option<String> {
    let v = value.trim();
    if v.is_empty() {
        return None;
    }
    if prop.name == FONT.name {
        return (!valid_font(v)).then(|| format!("Enter the font as family names separated by commas, each of letters, digits, spaces and hyphens, or in quotes, up to {MAX_FONT} characters, like Arial, sans-serif"));
    }
    parse_colour(v).is_none().then(|| {
        format!(
            "Enter {} as # and 3, 4, 6 or 8 hex digits, like #1d70b8",
            prop.label
                .split(':')
                .next()
                .unwrap_or(prop.label)
                .to_ascii_lowercase()
        )
    })
}

/// Each 8-bit sRGB channel value's linear light (WCAG 2.x "relative
/// luminance": c/12.92 up to 0.04045, else ((c + 0.055)/1.055)^2.4), in
/// ten-millionths: integers, so no float code is in the page (tested against
/// the formula).
const LINEAR: [u32; 256] = [
    0, 3035, 6071, 9106, 12141, 15176, 18212, 21247, 24282, 27317, 30353, 33465, 36765, 40247,
    43914, 47770, 51815, 56054, 60488, 65121, 69954, 74990, 80232, 85681, 91341, 97212, 103298,
    109601, 116122, 122865, 129830, 137021, 144438, 152085, 159963, 168074, 176420, 185002, 193824,
    202886, 212190, 221739, 231534, 241576, 251869, 262412, 273209, 284260, 295568, 307134, 318960,
    331048, 343398, 356013, 368895, 382044, 395462, 409152, 423114, 437350, 451862, 466651, 481718,
    497066, 512695, 528606, 544803, 561285, 578054, 595112, 612461, 630100, 648033, 666259, 684782,
    703601, 722719, 742136, 761854, 781874, 802198, 822827, 843762, 865005, 886556, 908417, 930590,
    953075, 975873, 998987, 1022417, 1046165, 1070231, 1094617, 1119324, 1144354, 1169707, 1195384,
    1221388, 1247718, 1274377, 1301365, 1328683, 1356333, 1384316, 1412633, 1441285, 1470273,
    1499598, 1529262, 1559265, 1589608, 1620294, 1651322, 1682694, 1714411, 1746474, 1778884,
    1811642, 1844750, 1878208, 1912017, 1946178, 1980693, 2015563, 2050787, 2086369, 2122308,
    2158605, 2195262, 2232280, 2269659, 2307400, 2345506, 2383976, 2422811, 2462013, 2501583,
    2541521, 2581829, 2622507, 2663556, 2704978, 2746773, 2788943, 2831487, 2874408, 2917706,
    2961383, 3005438, 3049873, 3094689, 3139887, 3185468, 3231432, 3277781, 3324515, 3371636,
    3419144, 3467041, 3515326, 3564001, 3613068, 3662526, 3712377, 3762621, 3813260, 3864294,
    3915725, 3967552, 4019778, 4072402, 4125426, 4178851, 4232677, 4286905, 4341536, 4396572,
    4452012, 4507858, 4564110, 4620770, 4677838, 4735315, 4793202, 4851499, 4910208, 4969330,
    5028865, 5088813, 5149177, 5209956, 5271151, 5332764, 5394795, 5457245, 5520114, 5583404,
    5647115, 5711248, 5775804, 5840784, 5906188, 5972018, 6038273, 6104956, 6172066, 6239604,
    6307571, 6375969, 6444797, 6514056, 6583748, 6653873, 6724432, 6795425, 6866853, 6938718,
    7011019, 7083758, 7156935, 7230551, 7304607, 7379104, 7454042, 7529422, 7605245, 7681511,
    7758222, 7835378, 7912979, 7991027, 8069523, 8148466, 8227858, 8307699, 8387990, 8468732,
    8549926, 8631572, 8713671, 8796224, 8879231, 8962694, 9046612, 9130987, 9215819, 9301109,
    9386857, 9473065, 9559734, 9646862, 9734453, 9822506, 9911021, 10000000,
];

/// `fg` drawn over `under` (alpha compositing), opaque.
fn over(fg: Rgba, under: Rgba) -> Rgba {
    let a = u32::from(fg.3);
    let mix = |f: u8, u: u8| ((u32::from(f) * a + u32::from(u) * (255 - a) + 127) / 255) as u8;
    Rgba(
        mix(fg.0, under.0),
        mix(fg.1, under.1),
        mix(fg.2, under.2),
        255,
    )
}

/// WCAG 2.x relative luminance of an opaque colour, 0 (black) to 10^11
/// (white): 0.2126 R + 0.7152 G + 0.0722 B, in units of 10^-11.
pub fn luminance(c: Rgba) -> u64 {
    let l = |v: u8| u64::from(LINEAR[usize::from(v)]);
    2126 * l(c.0) + 7152 * l(c.1) + 722 * l(c.2)
}

/// 0.05 in the units of [`luminance`].
const FLARE: u64 = 5_000_000_000;

/// The contrast ratio (L1 + 0.05) / (L2 + 0.05) of `fg` on `bg`, as the
/// lighter's and the darker's terms: a translucent background is drawn on
/// white, a translucent foreground on the background.
fn terms(fg: Rgba, bg: Rgba) -> (u64, u64) {
    let bg = over(bg, Rgba(255, 255, 255, 255));
    let (a, b) = (luminance(over(fg, bg)), luminance(bg));
    (a.max(b) + FLARE, a.min(b) + FLARE)
}

/// The contrast ratio of `fg` on `bg` in hundredths, rounded half up
/// (#767676 on white: 454, that is 4.54:1).
pub fn contrast_hundredths(fg: Rgba, bg: Rgba) -> u64 {
    let (hi, lo) = terms(fg, bg);
    (hi * 100 + lo / 2) / lo
}

/// Whether `fg` on `bg` reaches `tenths` / 10 (45 for 4.5:1), exactly.
pub fn reaches(fg: Rgba, bg: Rgba, tenths: u32) -> bool {
    let (hi, lo) = terms(fg, bg);
    hi * 10 >= u64::from(tenths) * lo
}

/// A pair of the theme's colours the page draws together, and the ratio it must reach.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pair {
    pub fg: &'static str,
    pub bg: &'static str,
    /// What the pair is, in words: "Text on the background".
    pub what: &'static str,
    /// 45 for text (4.5:1), 30 for focus and boundaries (3:1), in tenths.
    pub needs_tenths: u32,
}

const fn pair(fg: &'static str, bg: &'static str, what: &'static str, needs_tenths: u32) -> Pair {
    Pair {
        fg,
        bg,
        what,
        needs_tenths,
    }
}

/// Every pair checked: text (4.5:1, WCAG 1.4.3) and focus, boundaries and
/// chart lines (3:1, WCAG 1.4.11 and 2.4.13's underline).
pub const PAIRS: [Pair; 17] = [
    pair("text", "background", "Text on the background", 45),
    pair("text", "panel", "Text on a panel", 45),
    pair(
        "secondary-text",
        "background",
        "Secondary text on the background",
        45,
    ),
    pair("secondary-text", "panel", "Secondary text on a panel", 45),
    pair("brand", "background", "Links (brand) on the background", 45),
    pair("brand", "panel", "Links (brand) on a panel", 45),
    pair(
        "error",
        "background",
        "Error messages on the background",
        45,
    ),
    pair("button-text", "button", "Button text on the button", 45),
    pair(
        "button-text",
        "error",
        "Button text on a warning button (error), like Remove",
        45,
    ),
    pair(
        "focus-text",
        "focus",
        "Focused text on the focus colour",
        45,
    ),
    pair(
        "result-text",
        "result-background",
        "Result panel text on its background",
        45,
    ),
    pair(
        "focus-text",
        "background",
        "The focus underline (focus text) on the background",
        30,
    ),
    pair(
        "button",
        "background",
        "A button's edge (button) on the background",
        30,
    ),
    pair("text", "stripe", "Text on a striped row", 45),
    pair(
        "chart-1",
        "background",
        "Lines in the first chart colour on the background",
        30,
    ),
    pair(
        "chart-2",
        "background",
        "Lines in the second chart colour on the background",
        30,
    ),
    pair(
        "chart-3",
        "background",
        "Lines in the third chart colour on the background",
        30,
    ),
];

/// A pair that does not reach its ratio, and its ratio in hundredths (never
/// rounded up to the ratio it misses: 4.496 against 4.5 is 449).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shortfall {
    pub pair: Pair,
    pub hundredths: u64,
}

impl Shortfall {
    /// "Secondary text on a panel: 3.20:1, needs 4.5:1".
    pub fn sentence(&self) -> String {
        let h = self.hundredths;
        let needs = self.pair.needs_tenths;
        format!(
            "{}: {}.{:02}:1, needs {}.{}:1",
            self.pair.what,
            h / 100,
            h % 100,
            needs / 10,
            needs % 10
        )
    }
}

/// The pairs below their ratio for a theme given as `value(name)` (a value
/// refused by [`parse_colour`] or empty counts as the default). Empty when all pass.
pub fn shortfalls(value: impl Fn(&str) -> String) -> Vec<Shortfall> {
    let given = |name: &str| parse_colour(value(name).trim());
    let colour = |name: &str| {
        given(name)
            // The results panel takes the dark brand colour, else the brand,
            // when it is not given its own (static/boot.js, style.css).
            .or_else(|| {
                (name == "result-background")
                    .then(|| given("brand-dark").or_else(|| given("brand")))
                    .flatten()
            })
            .or_else(|| {
                COLOURS
                    .iter()
                    .find(|p| p.name == name)
                    .and_then(|p| parse_colour(p.default))
            })
            .unwrap_or(Rgba(0, 0, 0, 255))
    };
    PAIRS
        .iter()
        .filter_map(|p| {
            let (fg, bg) = (colour(p.fg), colour(p.bg));
            if reaches(fg, bg, p.needs_tenths) {
                return None;
            }
            // Shown never rounded up to what it misses.
            let h = contrast_hundredths(fg, bg).min(u64::from(p.needs_tenths) * 10 - 1);
            Some(Shortfall {
                pair: *p,
                hundredths: h,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const WHITE: Rgba = Rgba(255, 255, 255, 255);

    #[test]
    fn colours_are_hash_and_3_4_6_or_8_hex_digits() {
        assert_eq!(parse_colour("#1d70b8"), Some(Rgba(0x1d, 0x70, 0xb8, 255)));
        assert_eq!(parse_colour("#FFF"), Some(WHITE));
        assert_eq!(parse_colour("#0008"), Some(Rgba(0, 0, 0, 0x88)));
        assert_eq!(parse_colour("#0b0c0c80"), Some(Rgba(11, 12, 12, 128)));
        for bad in [
            "#12345",
            "#1234567",
            "1d70b8",
            "#",
            "#ggg",
            "red",
            " #fff",
            "#fff;",
            "#１２３",
            "url(x)",
            "",
        ] {
            assert_eq!(parse_colour(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn fonts_are_plain_family_names() {
        for ok in [
            "Arial",
            "Arial, sans-serif",
            "\"Segoe UI\", Roboto, Arial, sans-serif",
            "'Open Sans', system-ui",
            "system-ui, -apple-system, \"Segoe UI\", Roboto, Arial, sans-serif",
        ] {
            assert!(valid_font(ok), "{ok}");
        }
        for bad in [
            "",
            "Arial;}body{display:none",
            "url(x)",
            "\"Segoe UI', Arial",
            "Arial,,sans-serif",
            "Ari\\al",
            "\"\"",
            &"a".repeat(201),
        ] {
            assert!(!valid_font(bad), "{bad}");
        }
        assert!(valid_font(&"a".repeat(200)));
    }

    #[test]
    fn refusals_are_sentences_and_empty_keeps_the_default() {
        let brand = COLOURS[0];
        assert_eq!(problem(&brand, ""), None);
        assert_eq!(problem(&brand, "#005a30"), None);
        assert_eq!(
            problem(&brand, "#12345").as_deref(),
            Some("Enter brand as # and 3, 4, 6 or 8 hex digits, like #1d70b8")
        );
        assert!(problem(&FONT, "Arial; x")
            .unwrap()
            .starts_with("Enter the font"));
    }

    /// The table is the formula, for every channel value.
    #[test]
    fn the_linear_table_is_wcags_formula() {
        for (i, v) in LINEAR.iter().enumerate() {
            let c = i as f64 / 255.0;
            let l = if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            };
            assert_eq!(*v, (l * 1e7).round() as u32, "{i}");
        }
    }

    /// Worked by hand from WCAG 2.x's formula. #767676: 118/255 = 0.46275,
    /// ((0.46275 + 0.055) / 1.055)^2.4 = 0.18116 for each channel, so L = 0.18116;
    /// on white (L = 1): 1.05 / 0.23116 = 4.54. #1d70b8: R 0.012286, G 0.16203,
    /// B 0.47932, L = 0.2126 × 0.012286 + 0.7152 × 0.16203 + 0.0722 × 0.47932
    /// = 0.15310; 1.05 / 0.20310 = 5.17.
    #[test]
    fn contrast_ratios_worked_by_hand() {
        let grey = parse_colour("#767676").unwrap();
        assert_eq!(luminance(grey) / 1_000_000, 18_116, "0.18116");
        assert_eq!(contrast_hundredths(grey, WHITE), 454);
        let blue = parse_colour("#1d70b8").unwrap();
        assert_eq!(luminance(blue) / 1_000_000, 15_310, "0.15310");
        assert_eq!(contrast_hundredths(blue, WHITE), 517);
        assert_eq!(contrast_hundredths(WHITE, blue), 517, "either way round");
        assert_eq!(contrast_hundredths(Rgba(0, 0, 0, 255), WHITE), 2100);
        assert!(reaches(grey, WHITE, 45));
        assert!(!reaches(grey, WHITE, 46));
        // Black at alpha 128/255 on white is 255 × 127/255 = #7f7f7f:
        // 127/255 = 0.49804, ((0.49804 + 0.055) / 1.055)^2.4 = 0.21223; 1.05 / 0.26223 = 4.00.
        assert_eq!(contrast_hundredths(Rgba(0, 0, 0, 128), WHITE), 400);
    }

    /// #777777 on white: 119/255 = 0.46667, ((0.46667 + 0.055) / 1.055)^2.4 =
    /// 0.18447; 1.05 / 0.23447 = 4.478, shown 4.48 (it misses 4.5). A colour
    /// just under 4.5 is never shown as 4.50.
    #[test]
    fn a_ratio_is_never_shown_rounded_up_to_what_it_misses() {
        let theme = |name: &str| match name {
            "secondary-text" => "#777777".to_string(),
            "panel" => "#ffffff".to_string(),
            _ => String::new(),
        };
        let short = shortfalls(theme);
        assert_eq!(
            short[0].sentence(),
            "Secondary text on the background: 4.48:1, needs 4.5:1"
        );
        let pair = PAIRS[2];
        let near = Shortfall {
            pair,
            hundredths: 450.min(u64::from(pair.needs_tenths) * 10 - 1),
        };
        assert_eq!(
            near.sentence(),
            "Secondary text on the background: 4.49:1, needs 4.5:1"
        );
    }

    /// Found trying issue 24: these passed the rule but are not CSS font
    /// families, so the browser dropped the whole font list.
    #[test]
    fn a_font_is_only_what_css_reads_as_a_family() {
        for bad in [
            "123",
            "2Arial",
            "Arial 2",
            "-2x",
            "inherit",
            "initial, Arial",
            "Default",
        ] {
            assert!(!valid_font(bad), "{bad}");
        }
        for good in [
            "Arial",
            "'123'",
            "\"Open Sans 2\"",
            "Arial, sans-serif",
            "Helvetica Neue, Arial",
        ] {
            assert!(valid_font(good), "{good}");
        }
    }

    #[test]
    fn the_result_panel_takes_the_brand_when_not_given_its_own() {
        // GOV.UK yellow #ffdd00 as the brand, nothing else: the panel is yellow
        // with white text. L(yellow) = 0.2126 × 1 + 0.7152 × 0.7231 + 0.0722 × 0
        // = 0.7298; (1.05) / (0.7798) = 1.35:1, far below 4.5.
        let brand_only = |name: &str| {
            if name == "brand" {
                "#ffdd00".to_string()
            } else {
                String::new()
            }
        };
        let named: Vec<&str> = shortfalls(brand_only).iter().map(|s| s.pair.bg).collect();
        assert!(named.contains(&"result-background"), "{named:?}");
        // With a dark brand colour given too, the panel takes that instead.
        let with_dark = |name: &str| match name {
            "brand" => "#ffdd00".to_string(),
            "brand-dark" => "#003078".to_string(),
            _ => String::new(),
        };
        assert!(!shortfalls(with_dark)
            .iter()
            .any(|s| s.pair.bg == "result-background"));
    }

    #[test]
    fn the_defaults_pass_and_a_pale_hint_is_named_with_its_ratio() {
        assert_eq!(shortfalls(|_| String::new()), vec![]);
        let theme = |name: &str| match name {
            "secondary-text" => "#767676".to_string(),
            _ => String::new(),
        };
        // #767676 on white is 4.54 (above); on the panel #f3f2f1: L(panel) =
        // 0.2126 × 0.89627 + 0.7152 × 0.88792 + 0.0722 × 0.87962 = 0.88889
        // (243, 242, 241 each linearised), so 0.93889 / 0.23116 = 4.06.
        let short = shortfalls(theme);
        assert_eq!(short.len(), 1, "{short:?}");
        assert_eq!(
            short[0].sentence(),
            "Secondary text on a panel: 4.06:1, needs 4.5:1"
        );
        // A refused value counts as the default, so it fails nothing.
        assert_eq!(
            shortfalls(|n| if n == "text" {
                "#12345".into()
            } else {
                String::new()
            }),
            vec![]
        );
    }

    #[test]
    fn a_pale_button_fails_both_its_text_and_its_edge() {
        let theme = |name: &str| match name {
            "button" => "#ffdd00".to_string(),
            _ => String::new(),
        };
        let named: Vec<&str> = shortfalls(theme).iter().map(|s| s.pair.what).collect();
        assert_eq!(
            named,
            [
                "Button text on the button",
                "A button's edge (button) on the background"
            ]
        );
    }

    /// Worked by hand from WCAG 2.x's formula (each channel c/255, then
    /// ((c + 0.055) / 1.055)^2.4). The stripe #f8f8f8: 248/255 = 0.97255,
    /// linear 0.93869 (all three channels). The text #0b0c0c: 11/255 → 0.0033475,
    /// 12/255 → 0.0036770; L = 0.2126 × 0.0033475 + 0.7152 × 0.0036770 + 0.0722
    /// × 0.0036770 = 0.0036070. Text on the stripe: 0.98869 / 0.053607 = 18.44.
    /// The chart colours on white (L = 1, so 1.05 / (L + 0.05)):
    /// #1d70b8, L = 0.15310 (above): 5.17;
    /// #d4351c: R 212 → 0.65838, G 53 → 0.035601, B 28 → 0.011612,
    /// L = 0.13997 + 0.025462 + 0.00083839 = 0.16627: 1.05 / 0.21627 = 4.855,
    /// 4.86 rounded half up;
    /// #00703c: G 112 → 0.16203, B 60 → 0.045186, L = 0.11589 + 0.0032624
    /// = 0.11915: 1.05 / 0.16915 = 6.21.
    #[test]
    fn the_stripe_and_chart_defaults_worked_by_hand() {
        let colour = |name: &str| {
            parse_colour(COLOURS.iter().find(|p| p.name == name).unwrap().default).unwrap()
        };
        // The hand's five figures, to within one in the last.
        let near = |c: Rgba, hand: u64| (luminance(c) / 1_000_000).abs_diff(hand) <= 1;
        let stripe = colour("stripe");
        assert!(near(stripe, 93_869), "0.93869");
        assert!(near(colour("text"), 361), "0.0036070");
        assert_eq!(contrast_hundredths(colour("text"), stripe), 1844);
        let white = colour("background");
        assert_eq!(contrast_hundredths(colour("chart-1"), white), 517);
        assert!(near(colour("chart-2"), 16_627), "0.16627");
        assert_eq!(contrast_hundredths(colour("chart-2"), white), 486);
        assert!(near(colour("chart-3"), 11_915), "0.11915");
        assert_eq!(contrast_hundredths(colour("chart-3"), white), 621);
        // Each is checked, against the ratio WCAG sets for it.
        let needs = |fg: &str, bg: &str| {
            PAIRS
                .iter()
                .find(|p| p.fg == fg && p.bg == bg)
                .map(|p| p.needs_tenths)
        };
        assert_eq!(needs("text", "stripe"), Some(45), "1.4.3, text");
        for c in ["chart-1", "chart-2", "chart-3"] {
            assert_eq!(needs(c, "background"), Some(30), "1.4.11, non-text: {c}");
        }
    }

    /// A pale chart colour and a grey text that passes on white but not on the
    /// stripe. #f47738 (an orange): R 244 → 0.90466, G 119 → 0.18447 (above),
    /// B 56 → 0.039549; L = 0.19233 + 0.13193 + 0.0028554 = 0.32712, on white
    /// 1.05 / 0.37712 = 2.78, below 3. #767676 (L = 0.18116, 4.54 on white) on
    /// the stripe (L = 0.93869): 0.98869 / 0.23116 = 4.28, below 4.5.
    #[test]
    fn a_pale_chart_line_and_text_too_light_for_the_stripe_are_named() {
        let theme = |name: &str| match name {
            "chart-2" => "#f47738".to_string(),
            "text" => "#767676".to_string(),
            _ => String::new(),
        };
        let said: Vec<String> = shortfalls(theme).iter().map(Shortfall::sentence).collect();
        assert_eq!(
            said,
            [
                "Text on a panel: 4.06:1, needs 4.5:1",
                "Text on a striped row: 4.28:1, needs 4.5:1",
                "Lines in the second chart colour on the background: 2.78:1, needs 3.0:1",
            ]
        );
        // A darker stripe of its own is checked too, and a refused one is not taken.
        let dark_stripe = |name: &str| match name {
            "stripe" => "#767676".to_string(),
            _ => String::new(),
        };
        assert_eq!(shortfalls(dark_stripe).len(), 1);
        assert_eq!(
            problem(
                COLOURS.iter().find(|p| p.name == "stripe").unwrap(),
                "#12345"
            )
            .as_deref(),
            Some("Enter stripe as # and 3, 4, 6 or 8 hex digits, like #1d70b8")
        );
    }

    /// The warning button ("Remove") is the error colour with the button
    /// text (the tester's black button text: axe found "Remove" at 4.32:1,
    /// which the builder had passed). #d4351c: L = 0.16627 (worked above for
    /// chart-2); black (L = 0) on it: 0.21627 / 0.05 = 4.3254, 4.33 to the
    /// hundredth, below 4.5; the default white: 1.05 / 0.21627 = 4.855, 4.86.
    /// The button itself #767676 (L = 0.18116): black on it 0.23116 / 0.05 =
    /// 4.62, and 4.54 on white, so only the warning pair falls short.
    #[test]
    fn button_text_on_the_warning_button_is_checked() {
        let black_text = |name: &str| match name {
            "button-text" => "#000000".to_string(),
            "button" => "#767676".to_string(),
            _ => String::new(),
        };
        let said: Vec<String> = shortfalls(black_text)
            .iter()
            .map(Shortfall::sentence)
            .collect();
        assert_eq!(
            said,
            ["Button text on a warning button (error), like Remove: 4.33:1, needs 4.5:1"]
        );
        assert!(
            shortfalls(|_: &str| String::new()).is_empty(),
            "the defaults pass"
        );
    }

    /// boot.js (in the frame) and embed.js (on the host page) take every
    /// property the builder offers: a colour missing from their lists would be
    /// put in a snippet and then dropped (found adding the stripe and charts).
    #[test]
    fn the_scripts_take_every_theme_property() {
        for script in [
            include_str!("../../static/boot.js"),
            include_str!("../../static/embed/embed.js"),
        ] {
            let at = script.find("var THEME = [").expect("THEME");
            let list = &script[at..at + script[at..].find(']').unwrap()];
            for p in COLOURS.iter().chain([&FONT]) {
                assert!(list.contains(&format!("'{}'", p.name)), "{}", p.name);
            }
        }
    }
}
