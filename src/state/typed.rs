//! What the visitor has typed, so a council preset that arrives late (a slow
//! host) fills only the rest and never overwrites a field changed meanwhile.
//!
//! A field is named by its link key (see `fragment`): `salary`, `leave`,
//! `c.hourly`. A list of payments counts as one field (`p` for the scheme's,
//! `d2.` for design B's, `o2.` for the second offer's), so a preset never
//! mixes its payments with the visitor's.

use super::cost::CostField;
use super::fragment::{decode, encode_query, with_query};
use super::locum::LField;
use super::workforce::WField;
use super::AppState;
use std::collections::BTreeSet;

/// The fields (link key groups, see [`group`]) the visitor has changed since
/// the page, or a link, was opened.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Typed(BTreeSet<String>);

impl Typed {
    /// Adds every field that differs between `before` and `after` (the state
    /// before and after one of the visitor's own actions).
    pub fn record(&mut self, before: &AppState, after: &AppState) {
        let old = pairs(before);
        let new = pairs(after);
        for (k, v) in old.iter().chain(new.iter()) {
            let same = old.iter().any(|(k2, v2)| k2 == k && v2 == v)
                && new.iter().any(|(k2, v2)| k2 == k && v2 == v);
            if !same {
                self.0.insert(group(k).to_string());
            }
        }
    }

    /// Whether the field `group` was typed.
    pub fn has(&self, group: &str) -> bool {
        self.0.contains(group)
    }
}

/// The field a link key belongs to: `p0.amount` → `p`, `d2.p1.month` → `d2.`,
/// `o2.salary` → `o2.`; any other key is its own (`salary`).
pub fn group(key: &str) -> &str {
    let b = key.as_bytes();
    let digits = b.iter().skip(1).take_while(|c| c.is_ascii_digit()).count();
    let numbered = digits > 0 && b.get(1 + digits) == Some(&b'.');
    match b.first() {
        Some(b'p') if numbered => "p",
        Some(b'd' | b'o') if numbered => &key[..2 + digits],
        _ => key,
    }
}

/// A state's inputs as link pairs (key, value), without the version.
fn pairs(state: &AppState) -> Vec<(String, String)> {
    encode_query(state)
        .split('&')
        .filter_map(|p| p.split_once('='))
        .filter(|(k, _)| *k != "v")
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// Applies a council preset's settings (`preset`, as read from its file) to
/// `state`: every field from the preset except those the visitor typed, which
/// keep the visitor's value. The page on show, the folds, which calculators are
/// shown and what was typed stay. `preset_kept` names (in words) the typed
/// fields whose value the preset would have changed, for the page to say.
/// Applying the same preset twice gives the same state as once.
pub fn apply_preset(state: &AppState, preset: &AppState) -> AppState {
    let ours = pairs(state);
    let theirs = pairs(preset);
    let typed = |k: &str| state.typed.has(group(k));
    let mut kept: Vec<String> = Vec::new();
    for (k, v) in theirs.iter().chain(ours.iter()) {
        let (g, in_ours, in_theirs) = (
            group(k),
            ours.iter().any(|(k2, v2)| k2 == k && v2 == v),
            theirs.iter().any(|(k2, v2)| k2 == k && v2 == v),
        );
        let name = field_name(g);
        if typed(k) && in_ours != in_theirs && !kept.contains(&name) {
            kept.push(name);
        }
    }
    let merged: Vec<String> = std::iter::once("v=1".to_string())
        .chain(
            theirs
                .iter()
                .filter(|(k, _)| !typed(k))
                .map(|(k, v)| format!("{k}={v}")),
        )
        .chain(
            ours.iter()
                .filter(|(k, _)| typed(k))
                .map(|(k, v)| format!("{k}={v}")),
        )
        .collect();
    let (read, _) = decode(&with_query(state.page, &merged.join("&")));
    AppState {
        page: state.page,
        preset: preset.preset.clone().or_else(|| state.preset.clone()),
        folds: state.folds.clone(),
        census_filled: state.census_filled.clone(),
        typed: state.typed.clone(),
        preset_kept: kept,
        shown: state.shown.clone(),
        ..read
    }
}

/// A field's name in words, for "the council's settings left …": `leave` →
/// "the leaving month".
pub fn field_name(group: &str) -> String {
    let named = match group {
        "year" => "the tax year",
        "salary" => "the salary",
        "fte" => "the FTE",
        "pension" => "the employer's pension rate",
        "levy" => "the apprenticeship levy",
        "exempt" => "the exempt leaving reasons",
        "reason" => "the reason for leaving",
        "leave" => "the leaving month",
        "p" => "the scheme's payments",
        "la" => "the council chosen",
        "c.supplement" => "the market supplement",
        "c.recruitment" => "the recruitment cost",
        "c.turnover" => "the turnover",
        "c.hourly" => "the agency's hourly charge",
        "c.region" | "c.role" => "the price cap's region and role",
        _ => "",
    };
    if !named.is_empty() {
        return named.to_string();
    }
    let label = WField::from_key(group)
        .map(WField::label)
        .or_else(|| LField::from_key(group).map(LField::label))
        .or_else(|| {
            let slug = group.strip_prefix("c.")?;
            CostField::from_slug(slug).map(|_| slug)
        });
    match label {
        Some(l) => format!("“{l}”"),
        None if group.starts_with('d') => "a scheme design's payments".to_string(),
        None if group.starts_with('o') => "an offer's figures".to_string(),
        None => "one other setting".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::retention::RetentionAction;
    use crate::state::{reduce, Action, Page};

    /// Lincolnshire's example as its file's link has it: £3,000, 24 months
    /// pro rata, leaving after 10 months.
    const LINCS: &str = "retention?v=1&exempt=redundancy.tupe&reason=resignation&leave=10&p0.name=Retention%20supplement&p0.amount=3000&p0.month=0&p0.tiein=24&p0.shape=prorata&p0.fte=1&p0.pens=0";

    fn lincs() -> AppState {
        let (mut s, problems) = decode(LINCS);
        assert!(problems.is_empty());
        s.preset = Some("lincolnshire-example".into());
        s
    }

    /// The page opened by `#check-my-package?preset=lincolnshire-example`,
    /// before the file has arrived.
    fn opened(page: &str) -> AppState {
        decode(&format!("{page}?preset=lincolnshire-example")).0
    }

    #[test]
    fn a_list_of_payments_is_one_field() {
        assert_eq!(group("p0.amount"), "p");
        assert_eq!(group("p11.tiein"), "p");
        assert_eq!(group("d2.p1.month"), "d2.");
        assert_eq!(group("o3.salary"), "o3.");
        assert_eq!(group("pension"), "pension");
        assert_eq!(group("preset"), "preset");
        assert_eq!(group("c.posts"), "c.posts");
        assert_eq!(group("design"), "design");
    }

    /// A preset never changes the calculator on show: opened on Check my
    /// package, it stays there, with Lincolnshire's one £3,000 payment.
    #[test]
    fn a_preset_keeps_the_page() {
        let s = opened("check-my-package");
        assert_eq!(s.page, Page::Package);
        let after = reduce(&s, Action::ApplyPreset(Box::new(lincs())));
        assert_eq!(after.page, Page::Package);
        assert_eq!(after.retention.payments.len(), 1);
        assert_eq!(after.retention.payments[0].amount, "3000");
        assert_eq!(after.retention.leave_month, "10");
        assert_eq!(after.preset.as_deref(), Some("lincolnshire-example"));
        assert!(after.preset_kept.is_empty());
    }

    /// The late preset: the visitor types a salary of 45000 and
    /// leaving month 5 before the file arrives. Both stay (not 38000 and 10);
    /// the rest (the £3,000 payment, the exempt reasons) is the council's, and
    /// the page is told which fields were left.
    #[test]
    fn a_late_preset_leaves_what_was_typed() {
        let mut s = opened("retention");
        for a in [
            RetentionAction::SetSalary("45000".into()),
            RetentionAction::SetLeaveMonth("5".into()),
        ] {
            s = reduce(&s, Action::Retention(a));
        }
        let after = reduce(&s, Action::ApplyPreset(Box::new(lincs())));
        assert_eq!(after.retention.salary, "45000");
        assert_eq!(after.retention.leave_month, "5");
        assert_eq!(after.retention.payments.len(), 1);
        assert_eq!(after.retention.payments[0].amount, "3000");
        assert_eq!(after.retention.payments[0].tie_in, "24");
        assert_eq!(
            after.preset_kept,
            vec!["the salary".to_string(), "the leaving month".to_string()]
        );
        // Twice is once.
        assert_eq!(
            reduce(&after, Action::ApplyPreset(Box::new(lincs()))),
            after
        );
    }

    /// A field typed to the value the preset has is not said to be left.
    #[test]
    fn a_field_typed_as_the_preset_has_it_is_not_named() {
        let s = reduce(
            &opened("retention"),
            Action::Retention(RetentionAction::SetLeaveMonth("10".into())),
        );
        let after = reduce(&s, Action::ApplyPreset(Box::new(lincs())));
        assert!(after.preset_kept.is_empty(), "{:?}", after.preset_kept);
    }

    /// Without a preset named, nothing is recorded (typing costs nothing more).
    #[test]
    fn typing_is_recorded_only_while_a_preset_is_named() {
        let s = reduce(
            &AppState::default(),
            Action::Retention(RetentionAction::SetSalary("45000".into())),
        );
        assert_eq!(s.typed, Typed::default());
        let s = reduce(
            &opened("retention"),
            Action::Retention(RetentionAction::SetSalary("45000".into())),
        );
        assert!(s.typed.has("salary"));
        assert!(!s.typed.has("leave"));
    }

    #[test]
    fn fields_are_named_in_words() {
        assert_eq!(field_name("leave"), "the leaving month");
        assert_eq!(field_name("w.posts"), "“Establishment: posts, in FTE”");
        assert_eq!(field_name("zzz"), "one other setting");
    }
}
