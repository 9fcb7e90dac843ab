//! The URL fragment: every input of the current view, so a link restores it.
//!
//! Form: `#retention?v=1&year=2026-27&salary=38000&p0.name=On%20joining&p0.amount=1000&…`
//! One format for every calculator, its version first. Values are the text as
//! typed, percent-encoded. Reading a fragment never fails: what it cannot read is
//! listed as a problem and the rest is kept.
//!
//! Versions: a link with no `v` was made before links had one (version 0, up to
//! November 2026); its fields are version 1's, so reading it as version 1 is its
//! migration. A later version that renames a field maps the old name in
//! [`migrate_key`]. A link from a newer version than this one is read as far as
//! it can be, and says so.

use super::cost::{self, Basis, CostField, CostForm};
use super::designs::{design_scheme, DesignsForm, MAX_DESIGNS};
use super::locum::{self, LField, LocumForm};
use super::package::{offer_scheme, Offer, PackageForm, MAX_OFFERS};
use super::payback::PaybackForm;
use super::retention::{PaymentForm, RetentionForm, StepForm};
use super::workforce::{self, WField, WorkforceForm};
use super::{AppState, Page};
use crate::engine::agency::{Region, Role};
use crate::engine::clawback::{LeavingReason, ShapeKind, MAX_PAYMENTS, MAX_STEPS};
use crate::engine::locum_pay::{HolidayPay, Route};
use crate::engine::rates::{LoanPlan, TaxRegion, TaxYear};
use crate::engine::take_home::Lgps;

/// Percent-encodes everything but unreserved characters.
pub fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` escapes; `None` for a broken escape or bytes that are not UTF-8.
pub fn decode_component(s: &str) -> Option<String> {
    String::from_utf8(unescape(s, true)?).ok()
}

/// Decodes `%XX` escapes, keeping a broken one as written and making bytes
/// that are not UTF-8 U+FFFD: for text a person typed (the embed builder's
/// fields), shown back for its field to refuse rather than dropped.
pub fn decode_as_written(s: &str) -> String {
    decode_component(s).unwrap_or_else(|| {
        String::from_utf8_lossy(&unescape(s, false).unwrap_or_default()).into_owned()
    })
}

/// The bytes of `s` with its `%XX` escapes decoded (two hex digits:
/// `from_str_radix` alone would take "%+1" as byte 1). A broken escape gives
/// `None` when `strict`, else its `%` is kept as a byte of its own.
fn unescape(s: &str, strict: bool) -> Option<Vec<u8>> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .filter(|h| h.iter().all(u8::is_ascii_hexdigit));
        match hex {
            Some(&[hi, lo]) if bytes[i] == b'%' => {
                let digit = |b: u8| (b as char).to_digit(16).unwrap_or(0) as u8;
                out.push(digit(hi) * 16 + digit(lo));
                i += 3;
            }
            _ if bytes[i] == b'%' && strict => return None,
            _ => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    Some(out)
}

fn flag(b: bool) -> &'static str {
    if b {
        "1"
    } else {
        "0"
    }
}

/// The fragment for a state, without the leading `#`.
pub fn encode(state: &AppState) -> String {
    with_query(state.page, &encode_query(state))
}

/// The fragment for `page` with an already encoded query.
pub fn with_query(page: Page, query: &str) -> String {
    format!("{}?{query}", page.slug())
}

/// How the address bar takes a new fragment: moving to another calculator is a
/// step the browser's Back undoes; a change of figures on the same calculator
/// replaces the current entry (typing would otherwise fill the history).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryStep {
    /// The address already says this.
    Same,
    /// Replace the current entry (the same calculator, or the first write).
    Replace,
    /// A new entry: the calculator changed.
    Push,
}

/// `current` and `target` with or without their `#`.
pub fn history_step(current: &str, target: &str) -> HistoryStep {
    fn bare(f: &str) -> &str {
        f.strip_prefix('#').unwrap_or(f)
    }
    fn page(f: &str) -> &str {
        f.split('?').next().unwrap_or_default()
    }
    let (current, target) = (bare(current), bare(target));
    if current == target {
        HistoryStep::Same
    } else if page(current).is_empty() || page(current) == page(target) {
        HistoryStep::Replace
    } else {
        HistoryStep::Push
    }
}

/// On a move to another calculator (a [`HistoryStep::Push`]), what the entry
/// left behind should hold first: its own page with the figures as they are now
/// (`target`'s query; one query serves every page). A figure typed in the same
/// moment as the move (before its write) is then there when Back returns.
/// `None` when there is nothing to rewrite: no page or no figures, the
/// builder's page (its address is the builder's to write), or no change.
/// `current` and `target` with or without their `#`; the result has it.
pub fn left_behind(current: &str, target: &str) -> Option<String> {
    let current = current.strip_prefix('#').unwrap_or(current);
    let target = target.strip_prefix('#').unwrap_or(target);
    let page = current.split('?').next().unwrap_or_default();
    let (_, query) = target.split_once('?')?;
    if page.is_empty() || page == Page::Embed.slug() {
        return None;
    }
    let left = format!("{page}?{query}");
    (left != current).then(|| format!("#{left}"))
}

/// The embed builder's own settings in its page's address start with this
/// (`#embed-this-calculator?v=1&…&e.first=payback`): [`decode`] leaves them to
/// the builder (`state::embed::decode_settings`), which writes the address
/// on its page (the app does not write there: `ui::app::write_fragment`).
pub const BUILDER_PREFIX: &str = "e.";

/// The link format this release writes.
pub const LINK_VERSION: u32 = 1;

/// A field's name in this version, for a link of an older `version`. Version 0
/// (no `v`) and version 1 name every field alike.
fn migrate_key(_version: u32, key: &str) -> &str {
    key
}

/// Every input, as the part of the fragment after `?` (the same for every page).
#[inline(never)]
pub fn encode_query(state: &AppState) -> String {
    let f = &state.retention;
    let mut pairs: Vec<(String, String)> = vec![
        ("v".into(), LINK_VERSION.to_string()),
        ("year".into(), f.year.slug().into()),
        ("salary".into(), encode_component(&f.salary)),
        ("fte".into(), encode_component(&f.fte)),
        ("pension".into(), encode_component(&f.pension_rate)),
        ("levy".into(), flag(f.levy).into()),
        (
            "exempt".into(),
            f.exempt
                .iter()
                .map(|r| r.slug())
                .collect::<Vec<_>>()
                .join("."),
        ),
        ("reason".into(), f.reason.slug().into()),
        ("leave".into(), encode_component(&f.leave_month)),
    ];
    encode_payments("", &f.payments, &mut pairs);
    let c = &state.cost;
    for field in CostField::ALL {
        pairs.push((
            format!("c.{}", field.slug()),
            encode_component(c.get(field)),
        ));
    }
    pairs.extend([
        ("c.supp-pens".into(), flag(c.supplement_pensionable).into()),
        ("c.overheads-pct".into(), flag(c.overheads_percent).into()),
        ("c.link".into(), flag(c.link_scheme).into()),
        ("c.basis".into(), c.basis.slug().into()),
        ("c.margin-pct".into(), flag(c.margin_percent).into()),
        ("c.region".into(), c.region.slug().into()),
        ("c.role".into(), c.role.slug().into()),
    ]);
    for (region, role, v) in &c.caps {
        pairs.push((cost::cap_key(*region, *role), encode_component(v)));
    }
    let b = &state.payback;
    pairs.extend([
        ("b.recovery".into(), encode_component(&b.recovery)),
        ("b.exempt".into(), encode_component(&b.exempt_share)),
        ("b.induction".into(), encode_component(&b.induction)),
        ("b.discount".into(), flag(b.discount).into()),
        ("b.rate".into(), encode_component(&b.discount_rate)),
        ("b.horizon".into(), encode_component(&b.horizon)),
    ]);
    for (i, d) in state.designs.designs.iter().enumerate() {
        encode_payments(&format!("d{}.", i + 2), &d.payments, &mut pairs);
    }
    encode_package(&state.package, &mut pairs);
    let w = &state.workforce;
    pairs.extend(WField::ALL.map(|f| (f.key(), encode_component(w.get(f)))));
    pairs.push((workforce::SCHEME_KEY.into(), flag(w.scheme).into()));
    pairs.push((workforce::RATES_KEY.into(), flag(w.by_rates).into()));
    encode_locum(&state.locum, &mut pairs);
    if let Some(slug) = &state.preset {
        pairs.push(("preset".into(), encode_component(slug)));
    }
    if let Some(code) = &state.la {
        pairs.push(("la".into(), encode_component(code)));
    }
    let query: Vec<String> = pairs.into_iter().map(|(k, v)| format!("{k}={v}")).collect();
    query.join("&")
}

fn region_slug(r: TaxRegion) -> &'static str {
    match r {
        TaxRegion::Ewni => "ewni",
        TaxRegion::Scotland => "scotland",
    }
}

/// Agency or permanent for me: `l.*`.
fn encode_locum(l: &LocumForm, pairs: &mut Vec<(String, String)>) {
    pairs.extend(LField::ALL.map(|f| (f.key(), encode_component(l.get(f)))));
    pairs.extend([
        (locum::ROUTE_KEY.into(), l.route.slug().into()),
        (locum::HOLIDAY_KEY.into(), l.holiday.slug().into()),
        (locum::LEVY_KEY.into(), flag(l.levy).into()),
        (locum::ENROLLED_KEY.into(), flag(l.enrolled).into()),
    ]);
}

/// Check my package: `k.*` settings, then each further offer as `o2.*`, `o3.*`.
fn encode_package(k: &PackageForm, pairs: &mut Vec<(String, String)>) {
    let loans: Vec<&str> = k.loans.iter().map(|l| l.slug()).collect();
    pairs.extend([
        ("k.region".into(), region_slug(k.region).into()),
        ("k.code".into(), encode_component(&k.tax_code)),
        ("k.lgps".into(), k.lgps.slug().into()),
        ("k.loans".into(), loans.join(".")),
    ]);
    for (i, o) in k.offers.iter().enumerate() {
        let tag = format!("o{}.", i + 2);
        pairs.push((format!("{tag}salary"), encode_component(&o.salary)));
        pairs.push((format!("{tag}supplement"), encode_component(&o.supplement)));
        encode_payments(&tag, &o.scheme.payments, pairs);
    }
}

/// Adds a list of payments to a link's pairs, keys `{prefix}p{i}.{part}`.
fn encode_payments(prefix: &str, payments: &[PaymentForm], pairs: &mut Vec<(String, String)>) {
    for (i, p) in payments.iter().enumerate() {
        let k = |part: &str| format!("{prefix}p{i}.{part}");
        pairs.push((k("name"), encode_component(&p.name)));
        pairs.push((k("amount"), encode_component(&p.amount)));
        pairs.push((k("month"), encode_component(&p.month)));
        pairs.push((k("tiein"), encode_component(&p.tie_in)));
        pairs.push((k("shape"), p.shape.slug().into()));
        if p.shape == ShapeKind::FullThenTaper {
            pairs.push((k("full"), encode_component(&p.full_months)));
        }
        if p.shape == ShapeKind::Stepped {
            let steps: Vec<String> = p
                .steps
                .iter()
                .map(|s| {
                    format!(
                        "{}:{}",
                        encode_component(&s.from),
                        encode_component(&s.share)
                    )
                })
                .collect();
            pairs.push((k("steps"), steps.join(",")));
        }
        pairs.push((k("fte"), flag(p.pro_rata).into()));
        pairs.push((k("pens"), flag(p.pensionable).into()));
    }
}

/// Payments read from a link, by their index, then compacted in order.
#[derive(Default)]
struct PaymentsRead {
    payments: Vec<Option<PaymentForm>>,
}

impl PaymentsRead {
    /// Reads `p{i}.{part}`; `None` when the key is not a payment key.
    fn read(
        &mut self,
        key: &str,
        raw: &str,
        value: &str,
        problems: &mut Vec<String>,
    ) -> Option<()> {
        let (index, part) = payment_key(key)?;
        if index >= MAX_PAYMENTS {
            problems.push(format!(
                "The link has more than {MAX_PAYMENTS} payments; the extra ones were left out"
            ));
            return Some(());
        }
        if self.payments.len() <= index {
            self.payments.resize(index + 1, None);
        }
        let p = self.payments[index].get_or_insert_with(|| {
            let mut p = PaymentForm::blank(0);
            p.amount = String::new();
            p
        });
        if !read_payment_part(p, part, raw, value) {
            problems.push(format!(
                "The link's value “{}” for payment {} ({}) could not be read and was left out",
                shorten(value),
                index + 1,
                shorten(part)
            ));
        }
        Some(())
    }

    fn into_form(self, form: &mut RetentionForm) {
        for p in self.payments.into_iter().flatten() {
            form.push_payment(p);
        }
    }
}

/// The link's version: 0 when it has none (made before links had one). A newer
/// version than this release's is read as this one, with a problem saying so.
fn link_version(query: &str, problems: &mut Vec<String>) -> u32 {
    let raw = query
        .split('&')
        .find_map(|p| p.strip_prefix("v="))
        .unwrap_or("0");
    match raw.parse::<u32>() {
        Ok(v) if v > LINK_VERSION => {
            problems.push(format!(
                "The link was made by a newer version of this calculator (link version {v}); anything this version does not know is listed here and left out"
            ));
            LINK_VERSION
        }
        Ok(v) => v,
        Err(_) => {
            problems.push(format!(
                "The link's version “{}” is not one this calculator knows, so it was read as the current version",
                shorten(raw)
            ));
            LINK_VERSION
        }
    }
}

/// Reads a fragment (with or without the leading `#`). An empty fragment gives
/// the default view. Returns the state and a plain sentence for each part that
/// could not be read.
#[inline(never)]
pub fn decode(fragment: &str) -> (AppState, Vec<String>) {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if fragment.trim().is_empty() {
        return (AppState::default(), Vec::new());
    }
    if let Err(e) = super::bounds::check_link(fragment) {
        let why = format!(
            "The link was not read ({}), so the calculator opened with its own settings",
            e.reason()
        );
        return (AppState::default(), vec![why]);
    }
    let mut problems = Vec::new();
    let (path, query) = fragment.split_once('?').unwrap_or((fragment, ""));
    let page = match Page::from_slug(path) {
        Some(p) => p,
        None => {
            problems.push(format!(
                "The link names a page “{}” that this calculator does not have, so it opened the retention calculator",
                shorten(path)
            ));
            Page::Retention
        }
    };
    if query.is_empty() {
        let state = AppState {
            page,
            ..AppState::default()
        };
        return (state, problems);
    }

    // A link that only names a preset (or a council) sets no figures: the
    // page's own defaults stand until the preset's file is read.
    let mut form = if crate::state::council::is_bare(query) {
        RetentionForm::default()
    } else {
        RetentionForm::empty()
    };
    let mut cost = CostForm::default();
    let mut payback = PaybackForm::default();
    let mut payments = PaymentsRead::default();
    let mut package = PackageForm::default();
    let mut workforce = WorkforceForm::default();
    let mut locum = LocumForm::default();
    let mut offers: Vec<OfferRead> = Vec::new();
    let mut designs: Vec<PaymentsRead> = Vec::new();

    let version = link_version(query, &mut problems);
    let mut preset = None;
    let mut la = None;
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
        if key == "v" || key.starts_with(BUILDER_PREFIX) {
            continue;
        }
        let key = migrate_key(version, key);
        if key == "preset" {
            match decode_component(raw).filter(|s| crate::state::council::valid_preset_name(s)) {
                Some(slug) => preset = Some(crate::state::council::renamed(&slug)),
                None => problems.push(format!(
                    "The link names council settings “{}” that cannot be a file name, so they were left out",
                    shorten(raw)
                )),
            }
            continue;
        }
        if key == "la" {
            // ONS codes are capitals; one typed in small letters is the same code.
            match decode_component(raw)
                .map(|c| c.to_ascii_uppercase())
                .filter(|c| crate::state::census::valid_code(c))
            {
                Some(code) => la = Some(code),
                None => problems.push(format!(
                    "The link names a council “{}” that is not the ONS code of a council in England, like E08000003, so it was left out (the census covers England only)",
                    shorten(raw)
                )),
            }
            continue;
        }
        let Some(value) = decode_component(raw) else {
            problems.push(format!(
                "The link's value for “{}” is damaged and was left out",
                shorten(key)
            ));
            continue;
        };
        // A setting of one of the pages: Some(true) read, Some(false) a value we do not know.
        let setting = read_setting(&mut form, key, &value)
            .or_else(|| read_cost(&mut cost, key, &value))
            .or_else(|| read_payback(&mut payback, key, &value))
            .or_else(|| read_package(&mut package, key, &value))
            .or_else(|| read_workforce(&mut workforce, key, &value))
            .or_else(|| read_locum(&mut locum, key, &value));
        if let Some(ok) = setting {
            if !ok {
                problems.push(format!(
                    "The link's value “{}” for “{}” is not one this calculator knows, so the default was kept",
                    shorten(&value),
                    shorten(key)
                ));
            }
            continue;
        }
        if payments.read(key, raw, &value, &mut problems).is_some() {
            continue;
        }
        if read_offer(&mut offers, key, raw, &value, &mut problems).is_some() {
            continue;
        }
        if read_design(&mut designs, key, raw, &value, &mut problems).is_some() {
            continue;
        }
        problems.push(format!(
            "The link has a part “{}” that this calculator does not use",
            shorten(key)
        ));
    }
    payments.into_form(&mut form);
    package.offers = offers_from(offers);
    let designs = designs_from(designs);
    problems.dedup();
    (
        AppState {
            page,
            retention: form,
            cost,
            payback,
            designs,
            package,
            workforce,
            locum,
            preset,
            la,
            folds: Default::default(),
            census_filled: None,
            typed: Default::default(),
            preset_kept: Vec::new(),
            shown: Default::default(),
        },
        problems,
    )
}

/// Applies a Check my package setting; `None` when the key is not one.
fn read_package(k: &mut PackageForm, key: &str, value: &str) -> Option<bool> {
    let ok = match key.strip_prefix("k.")? {
        "region" => match value {
            "ewni" => Some(TaxRegion::Ewni),
            "scotland" => Some(TaxRegion::Scotland),
            _ => None,
        }
        .map(|r| k.region = r)
        .is_some(),
        "code" => {
            k.tax_code = value.to_string();
            true
        }
        "lgps" => Lgps::from_slug(value).map(|l| k.lgps = l).is_some(),
        "loans" => {
            let plans: Option<Vec<LoanPlan>> = value
                .split('.')
                .filter(|s| !s.is_empty())
                .map(LoanPlan::from_slug)
                .collect();
            plans
                .map(|plans| {
                    k.loans = LoanPlan::ALL
                        .into_iter()
                        .filter(|p| plans.contains(p))
                        .collect()
                })
                .is_some()
        }
        _ => return None,
    };
    Some(ok)
}

/// A further offer as read from a link.
#[derive(Default)]
struct OfferRead {
    salary: String,
    supplement: String,
    payments: PaymentsRead,
}

/// Reads `o{n}.salary`, `o{n}.supplement` and `o{n}.p{i}.{part}`; `None` when
/// the key is not an offer's.
fn read_offer(
    offers: &mut Vec<OfferRead>,
    key: &str,
    raw: &str,
    value: &str,
    problems: &mut Vec<String>,
) -> Option<()> {
    let (tag, rest) = key.split_once('.')?;
    let n: usize = tag.strip_prefix('o')?.parse().ok()?;
    if !(2..=MAX_OFFERS).contains(&n) {
        return None;
    }
    if offers.len() < n - 1 {
        offers.resize_with(n - 1, OfferRead::default);
    }
    let o = &mut offers[n - 2];
    match rest {
        "salary" => o.salary = value.to_string(),
        "supplement" => o.supplement = value.to_string(),
        _ => o.payments.read(rest, raw, value, problems)?,
    }
    Some(())
}

/// The offers read, each with its own block of payment keys.
fn offers_from(read: Vec<OfferRead>) -> Vec<Offer> {
    read.into_iter()
        .enumerate()
        .map(|(i, o)| {
            let mut read = RetentionForm::empty();
            o.payments.into_form(&mut read);
            Offer {
                salary: o.salary,
                supplement: o.supplement,
                scheme: offer_scheme(read.payments, i + 2),
            }
        })
        .collect()
}

/// Reads `d{n}.p{i}.{part}` (design B is `d2`, C `d3`); `None` when the key
/// is not a design's.
fn read_design(
    designs: &mut Vec<PaymentsRead>,
    key: &str,
    raw: &str,
    value: &str,
    problems: &mut Vec<String>,
) -> Option<()> {
    let (tag, rest) = key.split_once('.')?;
    let n: usize = tag.strip_prefix('d')?.parse().ok()?;
    if !(2..=MAX_DESIGNS).contains(&n) || payment_key(rest).is_none() {
        return None;
    }
    if designs.len() < n - 1 {
        designs.resize_with(n - 1, PaymentsRead::default);
    }
    designs[n - 2].read(rest, raw, value, problems)
}

/// The designs read, each with its own block of payment keys.
fn designs_from(read: Vec<PaymentsRead>) -> DesignsForm {
    DesignsForm {
        designs: read
            .into_iter()
            .enumerate()
            .map(|(i, payments)| {
                let mut read = RetentionForm::empty();
                payments.into_form(&mut read);
                design_scheme(read.payments, i + 2)
            })
            .collect(),
    }
}

/// Applies a scheme-wide setting. `None`: not a setting key; `Some(false)`: a
/// setting with a value we do not know.
fn read_setting(form: &mut RetentionForm, key: &str, value: &str) -> Option<bool> {
    let ok = match key {
        "salary" => {
            form.salary = value.to_string();
            true
        }
        "fte" => {
            form.fte = value.to_string();
            true
        }
        "pension" => {
            form.pension_rate = value.to_string();
            true
        }
        "leave" => {
            form.leave_month = value.to_string();
            true
        }
        "year" => TaxYear::from_slug(value).map(|y| form.year = y).is_some(),
        "levy" => read_flag(value).map(|b| form.levy = b).is_some(),
        "reason" => LeavingReason::from_slug(value)
            .map(|r| form.reason = r)
            .is_some(),
        "exempt" => {
            let reasons: Option<Vec<LeavingReason>> = value
                .split('.')
                .filter(|s| !s.is_empty())
                .map(LeavingReason::from_slug)
                .collect();
            match reasons {
                Some(mut r) => {
                    r.dedup();
                    form.exempt = r;
                    true
                }
                None => false,
            }
        }
        _ => return None,
    };
    Some(ok)
}

/// Applies an agency-or-permanent setting; `None` when the key is not one.
fn read_cost(c: &mut CostForm, key: &str, value: &str) -> Option<bool> {
    if let Some(rest) = key.strip_prefix("cap.") {
        let (region, role) = rest.split_once('.')?;
        return Some(match (Region::from_slug(region), Role::from_slug(role)) {
            (Some(region), Some(role)) => {
                c.set_cap(region, role, value.to_string());
                true
            }
            _ => false,
        });
    }
    let rest = key.strip_prefix("c.")?;
    if let Some(field) = CostField::from_slug(rest) {
        c.set(field, value.to_string());
        return Some(true);
    }
    let ok = match rest {
        "supp-pens" => read_flag(value)
            .map(|b| c.supplement_pensionable = b)
            .is_some(),
        "overheads-pct" => read_flag(value).map(|b| c.overheads_percent = b).is_some(),
        "link" => read_flag(value).map(|b| c.link_scheme = b).is_some(),
        "margin-pct" => read_flag(value).map(|b| c.margin_percent = b).is_some(),
        "basis" => Basis::from_slug(value).map(|b| c.basis = b).is_some(),
        "region" => Region::from_slug(value).map(|r| c.region = r).is_some(),
        "role" => Role::from_slug(value).map(|r| c.role = r).is_some(),
        _ => return None,
    };
    Some(ok)
}

/// Applies a workforce setting (`w.*`); `None` when the key is not one.
fn read_workforce(w: &mut WorkforceForm, key: &str, value: &str) -> Option<bool> {
    if key == workforce::SCHEME_KEY {
        return Some(read_flag(value).map(|b| w.scheme = b).is_some());
    }
    if key == workforce::RATES_KEY {
        return Some(read_flag(value).map(|b| w.by_rates = b).is_some());
    }
    let field = WField::from_key(key)?;
    w.set(field, value.to_string());
    Some(true)
}

/// Applies an Agency or permanent for me setting (`l.*`); `None` when the key
/// is not one.
fn read_locum(l: &mut LocumForm, key: &str, value: &str) -> Option<bool> {
    let ok = match key {
        locum::ROUTE_KEY => Route::from_slug(value).map(|r| l.route = r).is_some(),
        locum::HOLIDAY_KEY => HolidayPay::from_slug(value)
            .map(|h| l.holiday = h)
            .is_some(),
        locum::LEVY_KEY => read_flag(value).map(|b| l.levy = b).is_some(),
        locum::ENROLLED_KEY => read_flag(value).map(|b| l.enrolled = b).is_some(),
        _ => {
            l.set(LField::from_key(key)?, value.to_string());
            true
        }
    };
    Some(ok)
}

/// Applies a payback setting; `None` when the key is not one.
fn read_payback(b: &mut PaybackForm, key: &str, value: &str) -> Option<bool> {
    let ok = match key.strip_prefix("b.")? {
        "recovery" => {
            b.recovery = value.to_string();
            true
        }
        "rate" => {
            b.discount_rate = value.to_string();
            true
        }
        "exempt" => {
            b.exempt_share = value.to_string();
            true
        }
        "induction" => {
            b.induction = value.to_string();
            true
        }
        "horizon" => {
            b.horizon = value.to_string();
            true
        }
        "discount" => read_flag(value).map(|v| b.discount = v).is_some(),
        _ => return None,
    };
    Some(ok)
}

fn read_flag(value: &str) -> Option<bool> {
    match value {
        "1" => Some(true),
        "0" => Some(false),
        _ => None,
    }
}

/// `p3.amount` → `(3, "amount")`.
fn payment_key(key: &str) -> Option<(usize, &str)> {
    let rest = key.strip_prefix('p')?;
    let (index, part) = rest.split_once('.')?;
    if index.is_empty() || index.len() > 3 || !index.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((index.parse().ok()?, part))
}

/// Applies one part of a payment; false when the value cannot be read.
fn read_payment_part(p: &mut PaymentForm, part: &str, raw: &str, value: &str) -> bool {
    match part {
        "name" => p.name = value.to_string(),
        "amount" => p.amount = value.to_string(),
        "month" => p.month = value.to_string(),
        "tiein" => p.tie_in = value.to_string(),
        "full" => p.full_months = value.to_string(),
        "shape" => match ShapeKind::from_slug(value) {
            Some(s) => p.shape = s,
            None => return false,
        },
        "fte" => match read_flag(value) {
            Some(b) => p.pro_rata = b,
            None => return false,
        },
        "pens" => match read_flag(value) {
            Some(b) => p.pensionable = b,
            None => return false,
        },
        "steps" => {
            // The raw value: separators are literal, each part is encoded on its own.
            let mut steps = Vec::new();
            for s in raw.split(',').filter(|s| !s.is_empty()).take(MAX_STEPS) {
                let (from, share) = s.split_once(':').unwrap_or((s, ""));
                match (decode_component(from), decode_component(share)) {
                    (Some(from), Some(share)) => steps.push(StepForm { from, share }),
                    _ => return false,
                }
            }
            p.steps = steps;
        }
        _ => return false,
    }
    true
}

/// Keeps quoted link text short in messages.
fn shorten(s: &str) -> String {
    let mut out: String = s.chars().take(30).collect();
    if s.chars().count() > 30 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Found trying issue 23: Back left the app, since every change replaced
    /// the one history entry. Moving calculator is a step; typing is not.
    #[test]
    fn moving_calculator_is_a_history_step_and_typing_is_not() {
        use HistoryStep::*;
        assert_eq!(
            history_step("#retention?leave=5", "retention?leave=6"),
            Replace
        );
        assert_eq!(history_step("#retention?leave=5", "payback?leave=5"), Push);
        assert_eq!(
            history_step("", "retention?leave=5"),
            Replace,
            "the first write"
        );
        assert_eq!(
            history_step("#payback", "payback?leave=5"),
            Replace,
            "a bare #SLUG filled in"
        );
        assert_eq!(history_step("#payback?a=1", "#payback?a=1"), Same);
    }

    /// Found by a fresh tester: 44444 typed as the salary and a calculator's
    /// link clicked in one task went to Payback with it, but Back showed
    /// Retention with 38000, the figure before.
    #[test]
    fn the_entry_left_behind_keeps_the_figures_as_they_are_now() {
        assert_eq!(
            left_behind("#retention?v=1&salary=38000", "payback?v=1&salary=44444").as_deref(),
            Some("#retention?v=1&salary=44444")
        );
        assert_eq!(
            left_behind("retention?v=1&salary=1", "#payback?v=1&salary=2").as_deref(),
            Some("#retention?v=1&salary=2"),
            "with or without #"
        );
        assert_eq!(
            left_behind("#retention?v=1&salary=1", "payback?v=1&salary=1"),
            None,
            "already as now"
        );
        assert_eq!(
            left_behind("#embed-this-calculator?v=1&e.first=payback", "payback?v=1"),
            None,
            "the builder's address is the builder's"
        );
        assert_eq!(left_behind("", "payback?v=1"), None, "no page");
        assert_eq!(left_behind("#retention?v=1", "payback"), None, "no figures");
        assert_eq!(
            left_behind("#payback", "retention?v=1&leave=4").as_deref(),
            Some("#payback?v=1&leave=4"),
            "a bare #SLUG gets the figures"
        );
    }
    use crate::engine::presets::Preset;
    use crate::state::retention::{reduce, RetentionAction};

    fn normalise_keys(mut s: AppState) -> AppState {
        // Keys are assigned on reading; compare everything else.
        for (i, p) in s.retention.payments.iter_mut().enumerate() {
            p.key = i as u32;
        }
        s.retention.next_key = 0;
        s.retention.undo = None;
        s
    }

    #[test]
    fn every_preset_round_trips_through_the_link() {
        for preset in Preset::ALL {
            let state = AppState {
                page: Page::Retention,
                retention: reduce(
                    &RetentionForm::default(),
                    RetentionAction::LoadPreset(preset),
                ),
                ..AppState::default()
            };
            let (back, problems) = decode(&encode(&state));
            assert_eq!(problems, Vec::<String>::new());
            assert_eq!(normalise_keys(back), normalise_keys(state));
        }
    }

    #[test]
    fn the_other_pages_round_trip_through_the_link() {
        use crate::state::cost::{reduce as reduce_cost, CostAction};
        let mut state = AppState {
            page: Page::Cost,
            ..AppState::default()
        };
        for a in [
            CostAction::Set(CostField::Hourly, "45.50".into()),
            CostAction::SetBasis(Basis::Daily),
            CostAction::SetRegion(Region::NorthWest),
            CostAction::SetRole(Role::TeamManager),
            CostAction::SetCap(Region::NorthWest, Role::TeamManager, "52".into()),
            CostAction::SetLinkScheme(true),
        ] {
            state.cost = reduce_cost(&state.cost, a);
        }
        state.payback.discount = true;
        state.payback.horizon = "48".into();
        let (back, problems) = decode(&encode(&state));
        assert_eq!(problems, Vec::<String>::new());
        assert_eq!(back.cost, state.cost);
        assert_eq!(back.payback, state.payback);
        assert_eq!(back.page, Page::Cost);
        let (_, problems) = decode("#payback?c.basis=weekly&cap.mars.sw=1&b.discount=maybe");
        assert_eq!(problems.len(), 3, "{problems:?}");
    }

    #[test]
    fn scheme_designs_round_trip_in_the_link() {
        let mut state = AppState {
            page: Page::Payback,
            ..AppState::default()
        };
        state.designs = crate::state::designs::add_design(&state.designs, &state.retention);
        state.designs = crate::state::designs::add_design(&state.designs, &state.retention);
        let key = state.designs.designs[1].payments[0].key;
        state.designs = crate::state::designs::reduce(
            &state.designs,
            crate::state::designs::DesignsAction::Design(
                1,
                crate::state::retention::RetentionAction::SetPaymentField {
                    key,
                    field: crate::state::retention::PaymentField::Amount,
                    value: "5,000".into(),
                },
            ),
        );
        let link = encode(&state);
        assert!(link.contains("&d3.p0.amount=5%2C000&"), "{link}");
        let (read, problems) = decode(&link);
        assert_eq!(problems, Vec::<String>::new());
        assert_eq!(
            read.designs, state.designs,
            "keys and payments as they were"
        );
        // A saved scenario carries them too (it holds the link).
        let file = crate::state::scenario::save(&state, "2026-11-29", None);
        let opened = crate::state::scenario::open(&file).unwrap();
        assert_eq!(opened.designs, state.designs);
        // A design key that is not a payment's is reported, and adds no design.
        let (read, problems) = decode("#payback?v=1&d2.colour=red&d4.p0.amount=1");
        assert!(read.designs.designs.is_empty());
        assert_eq!(problems.len(), 2, "{problems:?}");
    }

    #[test]
    fn check_my_package_round_trips_with_its_offers() {
        use crate::state::package::{reduce as reduce_package, PackageAction};
        use crate::state::{reduce as reduce_app, Action};
        let mut state = reduce_app(&AppState::default(), Action::Navigate(Page::Package));
        for a in [
            PackageAction::AddOffer,
            PackageAction::AddOffer,
            PackageAction::SetTaxCode("S1257L M1".into()),
            PackageAction::SetRegion(TaxRegion::Scotland),
            PackageAction::SetLgps(Lgps::OptedOut),
            PackageAction::SetLoan(LoanPlan::Postgraduate, true),
            PackageAction::SetOfferSalary(1, "44,000".into()),
        ] {
            state = reduce_app(&state, Action::Package(a));
        }
        state.package = reduce_package(
            &state.package,
            PackageAction::Offer(1, RetentionAction::LoadPreset(Preset::ProRata24)),
        );
        state.package.offers[1].scheme.undo = None;
        let (back, problems) = decode(&encode(&state));
        assert_eq!(problems, Vec::<String>::new());
        assert_eq!(back.page, Page::Package);
        // Payment keys and the unused scheme settings of an offer are not in the link.
        let plain = |mut k: PackageForm| {
            for o in &mut k.offers {
                o.scheme.exempt.clear();
                o.scheme.next_key = 0;
                for (i, p) in o.scheme.payments.iter_mut().enumerate() {
                    p.key = i as u32;
                }
            }
            k
        };
        assert_eq!(plain(back.package), plain(state.package));
        // A link from before Check my package existed reads with its defaults.
        let (old, problems) = decode("#retention?salary=41000");
        assert!(problems.is_empty());
        assert_eq!(old.package, PackageForm::default());
        let (_, problems) = decode("#check-my-package?k.region=mars&k.loans=9&o2.p0.shape=zigzag");
        assert_eq!(problems.len(), 3, "{problems:?}");
    }

    #[test]
    fn odd_text_round_trips_exactly() {
        let mut state = AppState::default();
        let key = state.retention.payments[0].key;
        state.retention = reduce(
            &state.retention,
            RetentionAction::SetPaymentField {
                key,
                field: crate::state::retention::PaymentField::Name,
                value: "Golden hello & more = £1,000, 50%: ok? #1 ✓".into(),
            },
        );
        state.retention.salary = "£38,000.5x".into();
        let (back, problems) = decode(&encode(&state));
        assert!(problems.is_empty());
        assert_eq!(
            back.retention.payments[0].name,
            "Golden hello & more = £1,000, 50%: ok? #1 ✓"
        );
        assert_eq!(back.retention.salary, "£38,000.5x");
    }

    #[test]
    fn links_carry_their_version_first_and_older_links_still_read() {
        let link = encode(&AppState::default());
        assert!(link.starts_with("retention?v=1&year="), "{link}");
        // A link made before links had a version (this release's format less `v`).
        let old = link.replacen("v=1&", "", 1);
        assert_eq!(decode(&old), (AppState::default(), vec![]));
        // A newer version: read as far as it goes, and said.
        let (state, problems) = decode("#retention?v=7&salary=41000&brand-new=1");
        assert_eq!(state.retention.salary, "41000");
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].contains("newer version"));
        let (_, problems) = decode("#retention?v=x&salary=41000");
        assert_eq!(problems.len(), 1, "{problems:?}");
    }

    #[test]
    fn empty_fragment_is_the_default_view() {
        assert_eq!(decode(""), (AppState::default(), vec![]));
        assert_eq!(decode("#"), (AppState::default(), vec![]));
        assert_eq!(decode("#retention").0, AppState::default());
    }

    #[test]
    fn a_malformed_link_keeps_what_it_can_and_says_what_it_could_not_read() {
        let (state, problems) = decode(
            "#retention?salary=41000&year=1999-00&p0.amount=2000&p0.shape=zigzag&p1.amount=%ZZ&bogus=1&p0.tiein=12",
        );
        let f = &state.retention;
        assert_eq!(f.salary, "41000");
        assert_eq!(
            f.year,
            TaxYear::CURRENT,
            "an unknown year keeps the default"
        );
        // p1's only part was damaged, so there is no second payment.
        assert_eq!(f.payments.len(), 1);
        assert_eq!(f.payments[0].amount, "2000");
        assert_eq!(f.payments[0].tie_in, "12");
        assert_eq!(
            f.payments[0].shape,
            ShapeKind::ProRata,
            "an unknown shape keeps the default"
        );
        assert_eq!(problems.len(), 4, "{problems:?}");
        assert!(problems.iter().any(|p| p.contains("1999-00")));
        assert!(problems.iter().any(|p| p.contains("zigzag")));
        assert!(problems.iter().any(|p| p.contains("damaged")));
        assert!(problems.iter().any(|p| p.contains("bogus")));
    }

    #[test]
    fn too_many_payments_and_unknown_pages_are_reported() {
        let (state, problems) = decode("#elsewhere?p0.amount=1&p99.amount=5");
        assert_eq!(state.page, Page::Retention);
        assert_eq!(state.retention.payments.len(), 1);
        assert_eq!(problems.len(), 2, "{problems:?}");
    }

    /// Issue 24: the app's link reader passes the builder's settings by.
    #[test]
    fn the_builders_settings_are_passed_by() {
        let (s, problems) =
            decode("#embed-this-calculator?v=1&salary=30000&e.first=payback&e.council=Kent");
        assert_eq!(problems, Vec::<String>::new());
        assert_eq!(s.page, Page::Embed);
        assert_eq!(s.retention.salary, "30000");
        // A link naming only the builder's settings keeps the calculators' defaults.
        let (bare, problems) = decode("#embed-this-calculator?e.first=payback");
        assert!(problems.is_empty());
        assert_eq!(bare.retention, AppState::default().retention);
    }

    #[test]
    fn percent_decoding() {
        assert_eq!(decode_component("a%20b"), Some("a b".into()));
        assert_eq!(decode_component("%C2%A3"), Some("£".into()));
        assert_eq!(decode_component("%"), None);
        assert_eq!(decode_component("%4"), None);
        assert_eq!(decode_component("%FF"), None);
        // Two hex digits, not a sign and one: "%+1" is not byte 1, nor "%-0".
        assert_eq!(decode_component("%+1"), None);
        assert_eq!(decode_component("%-0"), None);
        // As written: a broken escape kept, bytes that are not UTF-8 as U+FFFD.
        assert_eq!(decode_as_written("Kent%2"), "Kent%2");
        assert_eq!(decode_as_written("a%20b%zz%"), "a b%zz%");
        assert_eq!(decode_as_written("%E2%28"), "\u{FFFD}(");
        assert_eq!(decode_as_written("%C2%A3%201"), "£ 1");
        assert_eq!(encode_component("£1 000"), "%C2%A31%20000");
    }

    #[test]
    fn a_workforce_link_of_counts_still_opens_as_counts_and_rates_round_trip() {
        // An old link (before the service could be given as rates) has no
        // `w.rates`: it is read as counts, with the counts it carries.
        let (old, problems) = decode("#workforce-strategy?w.posts=100&w.permanent=80&w.agency=20");
        assert_eq!(problems, Vec::<String>::new());
        assert!(!old.workforce.by_rates);
        assert_eq!(old.workforce.get(WField::Permanent), "80");
        // Given as rates, the link carries the mode and the rates.
        let mut state = AppState::default();
        state.workforce.by_rates = true;
        state.workforce.set(WField::VacancyRate, "25".into());
        let link = encode(&state);
        assert!(
            link.contains("w.rates=1") && link.contains("w.vacancy-rate=25"),
            "{link}"
        );
        let (back, problems) = decode(&link);
        assert_eq!(problems, Vec::<String>::new());
        assert_eq!(back.workforce, state.workforce);
    }
}
