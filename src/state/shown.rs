//! Which calculators an embed shows: the host page's choice, in the frame's
//! address (`?calculators=payback,retention`, or the element's
//! `calculators="payback retention"`, see docs/embedding.md), not in the link.
//! The others' tabs and links are not offered, and the page opened is the one
//! asked for if shown, else the first listed.

use super::fragment::decode_component;
use super::Page;

/// The calculators on offer; empty means all of them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Shown(Vec<Page>);

impl Shown {
    /// Reads `calculators` from an address's query (`?a=b&calculators=…`, with
    /// or without the `?`): slugs separated by commas or spaces (`+`, `%20`,
    /// `%2C` as encoded). Unknown slugs are ignored; none known means all.
    pub fn read(search: &str) -> Shown {
        let search = search.strip_prefix('?').unwrap_or(search);
        let value = search
            .split('&')
            .filter_map(|p| p.strip_prefix("calculators="))
            .next_back()
            .and_then(|v| decode_component(&v.replace('+', " ")))
            .unwrap_or_default();
        let mut pages: Vec<Page> = Vec::new();
        for slug in value.split([' ', ',']).filter(|s| !s.is_empty()) {
            if let Some(p) = Page::from_slug(slug).filter(|p| !pages.contains(p)) {
                pages.push(p);
            }
        }
        Shown(pages)
    }

    /// Whether `page` is on offer.
    pub fn shows(&self, page: Page) -> bool {
        self.0.is_empty() || self.0.contains(&page)
    }

    /// The page to open when `asked` is asked for: it, if shown, else the first listed.
    pub fn opening(&self, asked: Page) -> Page {
        if self.shows(asked) {
            asked
        } else {
            self.0.first().copied().unwrap_or(asked)
        }
    }

    /// Whether more than one calculator is on offer (else there is nothing to
    /// move between, and no tabs are drawn).
    pub fn several(&self) -> bool {
        self.0.len() != 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_by_comma_or_space_unknown_ignored() {
        let s = Shown::read("?parent-origin=x&calculators=payback,retention");
        assert!(s.shows(Page::Payback) && s.shows(Page::Retention));
        assert!(!s.shows(Page::Package));
        assert_eq!(s.opening(Page::Package), Page::Payback);
        assert_eq!(s.opening(Page::Retention), Page::Retention);
        let s = Shown::read("calculators=workforce-strategy+nosuch%20payback");
        assert_eq!(s, Shown(vec![Page::Workforce, Page::Payback]));
        assert_eq!(
            Shown::read("calculators=payback%2Ccheck-my-package"),
            Shown(vec![Page::Payback, Page::Package])
        );
        assert!(Shown::read("calculators=payback").shows(Page::Payback));
        assert!(!Shown::read("calculators=payback").several());
    }

    #[test]
    fn none_known_means_all() {
        for search in ["", "?calculators=", "?calculators=nosuch,%ZZ", "?x=1"] {
            let s = Shown::read(search);
            assert!(Page::ALL.into_iter().all(|p| s.shows(p)), "{search}");
            assert_eq!(s.opening(Page::Locum), Page::Locum);
            assert!(s.several());
        }
    }
}
