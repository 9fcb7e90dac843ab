//! "Download this chart" as SVG and as PNG, for pasting into a committee report:
//! the chart on screen, drawn again as a file of its own with its title above,
//! its key and its source line and date below, and every colour and size written
//! into it (the page's style sheet does not travel with the file). The PNG is the
//! same SVG drawn at twice its size on a canvas (1,280 px wide: sharp at A4
//! width). Both are made in the browser; the SVG reaches the canvas as a `data:`
//! image, which the strict Content Security Policy allows (`img-src 'self' data:`).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The two buttons, placed right after the chart's `<figure>`. `name` names the
/// files (`retention-pay-chart-NAME-DATE.svg`); `title` and `source` are written
/// into them.
pub fn chart_downloads(name: &str, title: &str, source: &str) -> Html {
    html! {
        <p class="chart-downloads no-print" data-chart-title={title.to_string()} data-chart-source={source.to_string()}>
            <button type="button" class="button button--link" data-action={format!("chart-svg:{name}")} aria-label={format!("Download this chart as SVG: {title}")}>{ "Download this chart (SVG)" }</button>
            <button type="button" class="button button--link" data-action={format!("chart-png:{name}")} aria-label={format!("Download this chart as PNG: {title}")}>{ "Download this chart (PNG)" }</button>
        </p>
    }
}

/// The source line of a chart worked out from the user's figures.
pub fn calculator_source() -> String {
    format!(
        "Source: social worker retention pay calculator, version {}, from the figures entered; rates and defaults as cited on the page.",
        env!("CARGO_PKG_VERSION")
    )
}

/// For a click on a `chart-svg:` or `chart-png:` button.
pub fn download(button: &web_sys::Element, action: &str) {
    let (png, name) = match action.split_once(':') {
        Some(("chart-png", n)) => (true, n),
        Some((_, n)) => (false, n),
        None => return,
    };
    let Some(holder) = button.closest(".chart-downloads").ok().flatten() else {
        return;
    };
    let Some(figure) = holder.previous_element_sibling() else {
        return;
    };
    let date = super::download::today();
    let attr = |k: &str| holder.get_attribute(k).unwrap_or_default();
    let source = format!("{} Drawn {date}.", attr("data-chart-source"));
    let Some((svg, w, h)) = standalone(&figure, &attr("data-chart-title"), &source) else {
        return;
    };
    let file = format!("retention-pay-chart-{name}-{date}");
    if png {
        save_png(&svg, w, h, format!("{file}.png"));
    } else {
        super::download::save_text(&format!("{file}.svg"), &svg, "image/svg+xml");
    }
}

/// Presentation properties copied from the page's computed style into the file.
const PROPS: [&str; 9] = [
    "fill",
    "stroke",
    "stroke-width",
    "stroke-dasharray",
    "font-size",
    "font-weight",
    "text-anchor",
    "opacity",
    "fill-opacity",
];

const WIDTH_CHARS: usize = 88;

/// The chart as a standalone SVG document with its title, key and source:
/// `(text, width, height)` in the chart's own units.
fn standalone(figure: &web_sys::Element, title: &str, source: &str) -> Option<(String, i32, i32)> {
    let svg = figure.query_selector("svg").ok()??;
    let view: Vec<i32> = svg
        .get_attribute("viewBox")?
        .split_whitespace()
        .filter_map(|n| n.parse().ok())
        .collect();
    let [_, _, w, h] = view.as_slice() else {
        return None;
    };
    let copy = svg
        .clone_node_with_deep(true)
        .ok()?
        .dyn_into::<web_sys::Element>()
        .ok()?;
    inline_styles(&svg, &copy);
    let title_lines = wrap(title, WIDTH_CHARS - 20);
    let top = 10 + 20 * title_lines.len() as i32;
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} HEIGHT\" width=\"{w}\" height=\"HEIGHT\" font-family=\"Arial, Helvetica, sans-serif\"><rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>"
    );
    for (k, line) in title_lines.iter().enumerate() {
        out.push_str(&format!(
            "<text x=\"8\" y=\"{}\" font-size=\"16\" font-weight=\"700\" fill=\"#0b0c0c\">{}</text>",
            22 + 20 * k as i32,
            escape(line)
        ));
    }
    out.push_str(&format!(
        "<g transform=\"translate(0 {top})\">{}</g>",
        copy.inner_html()
    ));
    let mut y = top + h + 18;
    let key = key_items(figure);
    let mut x = 8;
    for (colour, label) in &key {
        let width = 20 + 7 * label.chars().count() as i32;
        if x + width > *w {
            (x, y) = (8, y + 18);
        }
        out.push_str(&format!(
            "<rect x=\"{x}\" y=\"{}\" width=\"12\" height=\"12\" fill=\"{}\"/><text x=\"{}\" y=\"{y}\" font-size=\"12\" fill=\"#0b0c0c\">{}</text>",
            y - 10,
            escape(colour),
            x + 16,
            escape(label)
        ));
        x += width;
    }
    if !key.is_empty() {
        y += 20;
    }
    // The key's words that are not a swatch ("Solid: Kent; dashed: England.").
    for line in caption_notes(figure)
        .iter()
        .flat_map(|t| wrap(t, WIDTH_CHARS))
    {
        out.push_str(&format!(
            "<text x=\"8\" y=\"{y}\" font-size=\"12\" fill=\"#0b0c0c\">{}</text>",
            escape(&line)
        ));
        y += 16;
    }
    for line in wrap(source, WIDTH_CHARS) {
        out.push_str(&format!(
            "<text x=\"8\" y=\"{y}\" font-size=\"11\" fill=\"#505a5f\">{}</text>",
            escape(&line)
        ));
        y += 15;
    }
    out.push_str("</svg>");
    Some((out.replace("HEIGHT", &y.to_string()), *w, y))
}

/// Copies each element's computed colours and sizes onto its copy as
/// presentation attributes.
fn inline_styles(original: &web_sys::Element, copy: &web_sys::Element) {
    let (Some(window), Ok(from), Ok(to)) = (
        web_sys::window(),
        original.query_selector_all("*"),
        copy.query_selector_all("*"),
    ) else {
        return;
    };
    for i in 0..from.length().min(to.length()) {
        let (Some(o), Some(c)) = (
            from.item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok()),
            to.item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok()),
        ) else {
            continue;
        };
        if let Ok(Some(style)) = window.get_computed_style(&o) {
            for p in PROPS {
                if let Ok(v) = style.get_property_value(p) {
                    if !v.is_empty() {
                        let _ = c.set_attribute(p, &v);
                    }
                }
            }
        }
        let _ = c.remove_attribute("class");
    }
}

/// The key under the chart: each item's colour (its swatch's background, or
/// its dashed line's colour) and its words.
fn key_items(figure: &web_sys::Element) -> Vec<(String, String)> {
    let (Some(window), Ok(items)) = (web_sys::window(), figure.query_selector_all(".key-item"))
    else {
        return Vec::new();
    };
    (0..items.length())
        .filter_map(|i| {
            let item = items.item(i)?.dyn_into::<web_sys::Element>().ok()?;
            let swatch = item.query_selector(".key").ok()??;
            let style = window.get_computed_style(&swatch).ok()??;
            let background = style.get_property_value("background-color").ok()?;
            let colour = if background.contains("rgba(0, 0, 0, 0)") {
                style.get_property_value("border-top-color").ok()?
            } else {
                background
            };
            Some((colour, item.text_content()?.trim().to_string()))
        })
        .collect()
}

/// The caption's text outside its swatches: what the line styles and the
/// pairs of bars mean.
fn caption_notes(figure: &web_sys::Element) -> Vec<String> {
    let Ok(spans) = figure.query_selector_all("figcaption > span:not(.key-item)") else {
        return Vec::new();
    };
    (0..spans.length())
        .filter_map(|i| spans.item(i)?.text_content())
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .collect()
}

/// Words wrapped to lines of at most `width` characters.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Draws the SVG at twice its size on a canvas and offers it as a PNG.
fn save_png(svg: &str, w: i32, h: i32, name: String) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let (Ok(img), Ok(canvas)) = (
        web_sys::HtmlImageElement::new(),
        doc.create_element("canvas")
            .map(|c| c.unchecked_into::<web_sys::HtmlCanvasElement>()),
    ) else {
        return;
    };
    canvas.set_width((w * 2) as u32);
    canvas.set_height((h * 2) as u32);
    let drawn = img.clone();
    let onload = Closure::once(move || {
        let Some(ctx) = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        else {
            return;
        };
        let _ = ctx.scale(2.0, 2.0);
        let _ = ctx.draw_image_with_html_image_element(&drawn, 0.0, 0.0);
        let done = Closure::once(move |blob: Option<web_sys::Blob>| {
            if let Some(blob) = blob {
                super::download::save_blob(&name, gloo::file::Blob::from(blob));
            }
        });
        let _ = canvas.to_blob(done.as_ref().unchecked_ref());
        done.forget();
    });
    img.set_onload(Some(onload.as_ref().unchecked_ref()));
    onload.forget();
    img.set_src(&format!(
        "data:image/svg+xml;charset=utf-8,{}",
        js_sys::encode_uri_component(svg)
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_and_escapes() {
        assert_eq!(wrap("a bb ccc dddd", 6), vec!["a bb", "ccc", "dddd"]);
        assert_eq!(escape("<a & \"b\">"), "&lt;a &amp; &quot;b&quot;&gt;");
    }
}
