//! Bounds on everything read from outside the app, checked before a reader (serde,
//! the link reader) sees it, so no input can overflow the WebAssembly stack or run
//! for long. A value past a bound is refused whole with a sentence; nothing of it
//! is read.
//!
//! | Input                      | Bound                                             |
//! |----------------------------|---------------------------------------------------|
//! | scenario file, preset file | [`MAX_FILE_BYTES`], nested at most [`MAX_DEPTH`]    |
//! | link (address bar, files)  | [`MAX_LINK_BYTES`]                                 |
//! | JavaScript API object      | [`MAX_API_KEYS`] keys, each value text of at most [`MAX_API_TEXT`] characters, never nested |

/// The most a JSON file (scenario or preset) may be nested: the files are 2 deep.
pub const MAX_DEPTH: usize = 16;
/// The largest scenario or preset file, in bytes (the largest real one is under 10 KB).
pub const MAX_FILE_BYTES: usize = 256 * 1024;
/// The longest link, in bytes after the `#` (the longest a page writes is under 8 KB).
pub const MAX_LINK_BYTES: usize = 64 * 1024;
/// The most keys an API input object may have (a page has under 200 inputs).
pub const MAX_API_KEYS: usize = 1_000;
/// The longest API key or value, in characters.
pub const MAX_API_TEXT: usize = 10_000;

/// Why an input was refused unread.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutOfBounds {
    /// More than this many bytes.
    TooLarge { limit: usize },
    /// Nested deeper than this.
    TooDeep { limit: usize },
}

impl OutOfBounds {
    /// The reason as part of a sentence: "it is larger than 256 KB".
    pub fn reason(self) -> String {
        match self {
            OutOfBounds::TooLarge { limit } if limit % 1024 == 0 => {
                format!("it is larger than {} KB", limit / 1024)
            }
            OutOfBounds::TooLarge { limit } => format!("it is longer than {limit} characters"),
            OutOfBounds::TooDeep { limit } => {
                format!("it is nested more than {limit} levels deep")
            }
        }
    }
}

/// Checks JSON `text` before it is parsed: at most `max_bytes` bytes, and lists
/// and objects nested at most [`MAX_DEPTH`] deep (brackets inside strings do not
/// count). One pass with a counter, no recursion. It does not check that the
/// text is JSON: the parser does that after.
pub fn check_json(text: &str, max_bytes: usize) -> Result<(), OutOfBounds> {
    if text.len() > max_bytes {
        return Err(OutOfBounds::TooLarge { limit: max_bytes });
    }
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for b in text.bytes() {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(OutOfBounds::TooDeep { limit: MAX_DEPTH });
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

/// Checks a link's length before it is read.
pub fn check_link(fragment: &str) -> Result<(), OutOfBounds> {
    if fragment.len() > MAX_LINK_BYTES {
        return Err(OutOfBounds::TooLarge {
            limit: MAX_LINK_BYTES,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nested(open: &str, close: &str, depth: usize) -> String {
        format!("{}1{}", open.repeat(depth), close.repeat(depth))
    }

    #[test]
    fn files_as_deep_as_the_bound_pass_and_one_deeper_is_refused() {
        for (open, close) in [("[", "]"), ("{\"x\":", "}")] {
            assert_eq!(
                check_json(&nested(open, close, MAX_DEPTH), MAX_FILE_BYTES),
                Ok(())
            );
            assert_eq!(
                check_json(&nested(open, close, MAX_DEPTH + 1), MAX_FILE_BYTES),
                Err(OutOfBounds::TooDeep { limit: 16 })
            );
            // The 8,000 deep, inside an otherwise good object.
            let deep = format!("{{\"format\":\"x\",\"x\":{}}}", nested(open, close, 8_000));
            assert!(check_json(&deep, MAX_FILE_BYTES).is_err());
        }
    }

    #[test]
    fn brackets_in_text_do_not_count_and_siblings_do_not_add_up() {
        let text = format!("{{\"a\":\"{}\\\"[[\",\"b\":[]}}", "[".repeat(100));
        assert_eq!(check_json(&text, MAX_FILE_BYTES), Ok(()));
        let wide = format!("[{}]", vec!["[[1]]"; 10_000].join(","));
        assert_eq!(check_json(&wide, MAX_FILE_BYTES), Ok(()));
    }

    #[test]
    fn large_files_and_links_are_refused_by_size() {
        let big = format!("[\"{}\"]", "a".repeat(MAX_FILE_BYTES));
        assert_eq!(
            check_json(&big, MAX_FILE_BYTES),
            Err(OutOfBounds::TooLarge { limit: 262_144 })
        );
        assert_eq!(
            OutOfBounds::TooLarge { limit: 262_144 }.reason(),
            "it is larger than 256 KB"
        );
        assert_eq!(
            OutOfBounds::TooDeep { limit: 16 }.reason(),
            "it is nested more than 16 levels deep"
        );
        assert!(check_link(&"a".repeat(MAX_LINK_BYTES)).is_ok());
        assert!(check_link(&"a".repeat(MAX_LINK_BYTES + 1)).is_err());
    }
}
