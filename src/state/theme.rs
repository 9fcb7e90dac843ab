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
pub const COLOURS: [Prop; 13] = [
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

fn valid_family(f: &str) -> bool {
    let f = f.trim();
    if GENERIC.contains(&f) {
        return true;
    }
    let name = ['"', '\'']
        .iter()
        .find_map(|q| f.strip_prefix(*q).and_then(|r| r.strip_suffix(*q)))
        .unwrap_or(f);
    !name.trim().is_empty()
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

/// One channel's linear value (WCAG 2.x "relative luminance").
fn linear(c: f64) -> f64 {
    let c = c / 255.0;
    if c <= 0.04045 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

/// `fg` drawn over `under` (alpha compositing), opaque.
fn over(fg: Rgba, under: Rgba) -> Rgba {
    let a = f64::from(fg.3) / 255.0;
    let mix = |f: u8, u: u8| (f64::from(f) * a + f64::from(u) * (1.0 - a)).round() as u8;
    Rgba(
        mix(fg.0, under.0),
        mix(fg.1, under.1),
        mix(fg.2, under.2),
        255,
    )
}

/// WCAG 2.x relative luminance, 0 (black) to 1 (white), of an opaque colour.
pub fn luminance(c: Rgba) -> f64 {
    0.2126 * linear(f64::from(c.0))
        + 0.7152 * linear(f64::from(c.1))
        + 0.0722 * linear(f64::from(c.2))
}

/// The contrast ratio (L1 + 0.05) / (L2 + 0.05), 1 to 21, of `fg` on `bg`: a
/// translucent background is drawn on white, a translucent foreground on the background.
pub fn contrast(fg: Rgba, bg: Rgba) -> f64 {
    let bg = over(bg, Rgba(255, 255, 255, 255));
    let (a, b) = (luminance(over(fg, bg)), luminance(bg));
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
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

/// Every pair checked: text (4.5:1, WCAG 1.4.3) and focus and boundaries
/// (3:1, WCAG 1.4.11 and 2.4.13's underline).
pub const PAIRS: [Pair; 12] = [
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
];

/// A pair that does not reach its ratio.
#[derive(Clone, Debug, PartialEq)]
pub struct Shortfall {
    pub pair: Pair,
    pub ratio: f64,
}

impl Shortfall {
    /// "Secondary text on a panel: 3.2:1, needs 4.5:1".
    pub fn sentence(&self) -> String {
        format!(
            "{}: {}:1, needs {}:1",
            self.pair.what,
            shown_ratio(self.ratio, self.pair.needs_tenths),
            f64::from(self.pair.needs_tenths) / 10.0
        )
    }
}

/// A ratio to two decimals, never rounded up to the threshold it misses
/// (4.496 against 4.5 shows 4.49, not 4.50).
pub fn shown_ratio(ratio: f64, needs_tenths: u32) -> String {
    let needs = f64::from(needs_tenths) / 10.0;
    let hundredths = (ratio * 100.0).round();
    let hundredths = if ratio < needs && hundredths >= needs * 100.0 {
        (ratio * 100.0).floor()
    } else {
        hundredths
    };
    format!("{:.2}", hundredths / 100.0)
}

/// The pairs below their ratio for a theme given as `value(name)` (a value
/// refused by [`parse_colour`] or empty counts as the default). Empty when all pass.
pub fn shortfalls(value: impl Fn(&str) -> String) -> Vec<Shortfall> {
    let colour = |name: &str| {
        parse_colour(value(name).trim())
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
            let ratio = contrast(colour(p.fg), colour(p.bg));
            (ratio * 10.0 < f64::from(p.needs_tenths)).then_some(Shortfall { pair: *p, ratio })
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

    /// Worked by hand from WCAG 2.x's formula. #767676: 118/255 = 0.46275,
    /// ((0.46275 + 0.055) / 1.055)^2.4 = 0.18116 for each channel, so L = 0.18116;
    /// on white (L = 1): 1.05 / 0.23116 = 4.54. #1d70b8: R 0.012286, G 0.16203,
    /// B 0.47932, L = 0.2126 × 0.012286 + 0.7152 × 0.16203 + 0.0722 × 0.47932
    /// = 0.15310; 1.05 / 0.20310 = 5.17.
    #[test]
    fn contrast_ratios_worked_by_hand() {
        let grey = parse_colour("#767676").unwrap();
        assert!((luminance(grey) - 0.18116).abs() < 0.00005);
        assert_eq!(format!("{:.2}", contrast(grey, WHITE)), "4.54");
        let blue = parse_colour("#1d70b8").unwrap();
        assert!((luminance(blue) - 0.15310).abs() < 0.00005);
        assert_eq!(format!("{:.2}", contrast(blue, WHITE)), "5.17");
        assert_eq!(
            format!("{:.2}", contrast(WHITE, blue)),
            "5.17",
            "either way round"
        );
        assert_eq!(contrast(Rgba(0, 0, 0, 255), WHITE), 21.0);
        // Black at alpha 128/255 on white is 255 × 127/255 = #7f7f7f:
        // 127/255 = 0.49804, ((0.49804 + 0.055) / 1.055)^2.4 = 0.21223; 1.05 / 0.26223 = 4.00.
        assert_eq!(
            format!("{:.2}", contrast(Rgba(0, 0, 0, 128), WHITE)),
            "4.00"
        );
    }

    #[test]
    fn a_ratio_is_never_shown_rounded_up_to_what_it_misses() {
        assert_eq!(shown_ratio(4.496, 45), "4.49");
        assert_eq!(shown_ratio(4.496, 30), "4.50");
        assert_eq!(shown_ratio(5.1698, 45), "5.17");
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
}
