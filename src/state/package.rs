//! "Check my package": the candidate's form, reducer and [`compute`].
//!
//! The first offer is the one on the other pages: the retention page's scheme and
//! the shared salary, FTE and tax year, with the market supplement from agency or
//! permanent. Further offers start as copies of it and keep their own salary,
//! supplement and payments (edited with the same reducer as the retention page).

use super::cost::{CostField, CostForm};
use super::retention::{
    self, read_worker, FieldError, PaymentForm, RetentionAction, RetentionForm, Worker,
};
use crate::engine::clawback::Scheme;
use crate::engine::input::parse_money;
use crate::engine::money::Pence;
use crate::engine::rates::{LoanPlan, TaxRegion};
use crate::engine::take_home::{
    self, Employee, LeavingCost, Lgps, OfferOutlook, Pay, PaymentEffect, Payslip, TakeHome,
};
use crate::engine::tax_code::{CodeCountry, CodeKind, TaxCode};

/// At most this many offers side by side.
pub const MAX_OFFERS: usize = 3;

/// Offer `n`'s payments have keys from `n × KEY_BLOCK`, apart from offer 1's.
pub const KEY_BLOCK: u32 = 10_000;

/// A further offer to compare: its own salary, supplement and scheme.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Offer {
    pub salary: String,
    pub supplement: String,
    /// Only its payments (and FTE, exemptions) are used.
    pub scheme: RetentionForm,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackageForm {
    pub region: TaxRegion,
    /// The tax code as typed (`1257L` unless the payslip says otherwise).
    pub tax_code: String,
    pub lgps: Lgps,
    pub loans: Vec<LoanPlan>,
    /// Offers 2 and 3.
    pub offers: Vec<Offer>,
}

impl Default for PackageForm {
    fn default() -> Self {
        PackageForm {
            region: TaxRegion::Ewni,
            tax_code: "1257L".into(),
            lgps: Lgps::Main,
            loans: vec![LoanPlan::Plan2],
            offers: Vec::new(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PackageAction {
    SetRegion(TaxRegion),
    SetTaxCode(String),
    SetLgps(Lgps),
    SetLoan(LoanPlan, bool),
    /// Handled by the app's reducer, which can see offer 1 to copy it.
    AddOffer,
    RemoveOffer(usize),
    SetOfferSalary(usize, String),
    SetOfferSupplement(usize, String),
    /// An edit to an offer's payments, in the retention page's terms.
    Offer(usize, RetentionAction),
}

pub fn reduce(form: &PackageForm, action: PackageAction) -> PackageForm {
    let mut f = form.clone();
    match action {
        PackageAction::SetRegion(r) => f.region = r,
        PackageAction::SetTaxCode(v) => f.tax_code = v,
        PackageAction::SetLgps(l) => f.lgps = l,
        PackageAction::SetLoan(plan, on) => {
            f.loans = LoanPlan::ALL
                .into_iter()
                .filter(|p| {
                    if *p == plan {
                        on
                    } else {
                        form.loans.contains(p)
                    }
                })
                .collect();
        }
        PackageAction::AddOffer => {}
        PackageAction::RemoveOffer(i) => {
            if i < f.offers.len() {
                f.offers.remove(i);
                // Offers after it move up a place: give them their new place's keys.
                for (j, o) in f.offers.iter_mut().enumerate().skip(i) {
                    o.scheme = o.scheme.rekeyed((j as u32 + 2) * KEY_BLOCK);
                }
            }
        }
        PackageAction::SetOfferSalary(i, v) => {
            if let Some(o) = f.offers.get_mut(i) {
                o.salary = v;
            }
        }
        PackageAction::SetOfferSupplement(i, v) => {
            if let Some(o) = f.offers.get_mut(i) {
                o.supplement = v;
            }
        }
        PackageAction::Offer(i, a) => {
            if let Some(o) = f.offers.get_mut(i) {
                o.scheme = retention::reduce(&o.scheme, a);
            }
        }
    }
    f
}

/// Adds offer `n + 1` as a copy of offer 1 (up to [`MAX_OFFERS`]).
pub fn add_offer(form: &PackageForm, retention: &RetentionForm, cost: &CostForm) -> PackageForm {
    let mut f = form.clone();
    if f.offers.len() + 1 < MAX_OFFERS {
        let n = f.offers.len() + 2;
        f.offers.push(Offer {
            salary: retention.salary.clone(),
            supplement: cost.get(CostField::Supplement).to_string(),
            scheme: offer_scheme(retention.payments.iter().cloned(), n),
        });
    }
    f
}

/// Offer `n`'s scheme: only its payments are used (the FTE is the shared one and
/// leaving is by resignation); their keys start at `n` × [`KEY_BLOCK`].
pub fn offer_scheme(payments: impl IntoIterator<Item = PaymentForm>, n: usize) -> RetentionForm {
    let mut scheme = RetentionForm::empty();
    scheme.exempt = Vec::new();
    scheme.next_key = n as u32 * KEY_BLOCK;
    for p in payments {
        scheme.push_payment(p);
    }
    scheme
}

/// One offer worked out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OfferResult {
    pub take_home: TakeHome,
    pub outlook: OfferOutlook,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackageResults {
    pub take_home: TakeHome,
    /// Each payment of offer 1: its name and what it adds, over its tax year
    /// and in its own month's payslip.
    pub lumps: Vec<(String, PaymentEffect)>,
    /// Offer 1's payslips for the first tax year of the job, payments included.
    pub payslips: [Payslip; 12],
    /// For each month of that year, the names of the payments paid in it.
    pub paid_in: [Vec<String>; 12],
    pub leaving: LeavingCost,
    /// Offer 1, then the others (`None` where an offer has errors).
    pub offers: Vec<Option<OfferResult>>,
    pub leave_month: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackageView {
    pub errors: Vec<FieldError>,
    pub results: Option<PackageResults>,
}

fn offer_id(i: usize, part: &str) -> String {
    format!("o{}-{part}", i + 2)
}

/// Reads the page (with the shared state) and works everything out.
// Called from several places (the page, the headline, a saved file): one copy.
#[inline(never)]
pub fn compute(form: &PackageForm, retention: &RetentionForm, cost: &CostForm) -> PackageView {
    let worker = read_worker(retention);
    let mut errors = worker.errors.clone();
    let tax_code = read_tax_code(&form.tax_code, form.region)
        .map_err(|message| {
            errors.push(FieldError {
                id: TAX_CODE_ID.into(),
                message,
            })
        })
        .ok();
    let supplement = read_money(
        &mut errors,
        CostField::Supplement.id(),
        "the market supplement a year in pounds",
        cost.get(CostField::Supplement),
    );
    let offer_pay = read_offer_pay(form, &mut errors);
    let offer_views: Vec<retention::RetentionView> = form
        .offers
        .iter()
        .map(|o| retention::compute(&o.scheme))
        .collect();
    offer_payment_errors(&offer_views, &mut errors);
    let main = retention::compute(retention);
    errors.extend(
        main.errors
            .iter()
            .filter(|e| !errors_has(&worker.errors, &e.id))
            .cloned(),
    );

    let results = (|| {
        let w = worker.settings?;
        let r = main.results?;
        let (employee, pay) = first_offer(form, cost, &w, &r.scheme, tax_code?, supplement?);
        let take_home = take_home::take_home(&employee, &pay);
        let leaving = take_home::leaving_cost(&r.scheme, &employee, &pay, r.leave_month).ok()?;
        let first = take_home::outlook(&r.scheme, &employee, &pay, r.leave_month)
            .ok()
            .map(|outlook| OfferResult {
                take_home: take_home.clone(),
                outlook,
            });
        let others = offer_views.into_iter().zip(&offer_pay).map(|(v, pay)| {
            // Every offer is for the same worker: the shared FTE applies.
            let scheme = v.results.map(|res| Scheme {
                fte: w.fte,
                ..res.scheme
            })?;
            other_offer(&scheme, *pay, &employee, cost, r.leave_month)
        });
        Some(PackageResults {
            take_home,
            lumps: lump_effects(&employee, &pay, &r.scheme),
            payslips: take_home::payslips_with_payments(&employee, &pay, &r.scheme, 0),
            paid_in: paid_in(&r.scheme),
            leaving,
            offers: std::iter::once(first).chain(others).collect(),
            leave_month: r.leave_month,
        })
    })();
    PackageView { errors, results }
}

/// The first offer's employee and pay, from what [`compute`] read.
fn first_offer(
    form: &PackageForm,
    cost: &CostForm,
    w: &Worker,
    scheme: &Scheme,
    tax_code: TaxCode,
    supplement: Pence,
) -> (Employee, Pay) {
    let employee = Employee {
        year: w.year,
        region: form.region,
        tax_code,
        loans: form.loans.clone(),
        lgps: form.lgps,
    };
    (employee, pay_for(cost, w.salary, supplement, scheme))
}

/// The first offer's take-home pay, the figure Check my package's headline
/// states (`headline::package_sentence`) and Agency or permanent for me sets
/// beside the agency's, worked out without the rest of [`compute`]'s results
/// (what each payment adds, the first year's payslips, the outlook, the other
/// offers) or its error messages: for a shared link's first answer
/// (`src/first_answer.rs`, issue 21), whose module then leaves that code out.
/// `Some` exactly when [`compute`]'s results are, and then equal to their
/// `take_home` (tested over links with and without errors).
pub fn take_home_only(
    form: &PackageForm,
    retention: &RetentionForm,
    cost: &CostForm,
) -> Option<TakeHome> {
    let w = read_worker(retention).settings?;
    let (scheme, _) = retention::scheme_only(retention)?;
    let tax_code = read_tax_code(&form.tax_code, form.region).ok()?;
    let supplement = parse_money(cost.get(CostField::Supplement)).ok()?;
    let (employee, pay) = first_offer(form, cost, &w, &scheme, tax_code, supplement);
    // compute's results also need the cost of leaving, which fails only for a
    // scheme that does not validate: scheme_only has none for it either.
    Some(take_home::take_home(&employee, &pay))
}

fn read_money(errors: &mut Vec<FieldError>, id: String, what: &str, text: &str) -> Option<Pence> {
    parse_money(text)
        .map_err(|e| {
            errors.push(FieldError {
                id,
                message: e.message(what, "3000"),
            })
        })
        .ok()
}

/// Each further offer's salary and supplement, as read.
fn read_offer_pay(
    form: &PackageForm,
    errors: &mut Vec<FieldError>,
) -> Vec<(Option<Pence>, Option<Pence>)> {
    let mut read = |i: usize, part: &str, text: &str| {
        let what = format!("the {part} of offer {} in pounds", i + 2);
        read_money(errors, offer_id(i, part), &what, text)
    };
    form.offers
        .iter()
        .enumerate()
        .map(|(i, o)| {
            (
                read(i, "salary", &o.salary),
                read(i, "supplement", &o.supplement),
            )
        })
        .collect()
}

/// The further offers' payment errors, named by offer (their other settings are
/// the shared ones, reported once).
fn offer_payment_errors(views: &[retention::RetentionView], errors: &mut Vec<FieldError>) {
    for (i, v) in views.iter().enumerate() {
        errors.extend(
            v.errors
                .iter()
                .filter(|e| e.id.starts_with('p'))
                .map(|e| FieldError {
                    id: e.id.clone(),
                    message: format!("Offer {}: {}", i + 2, e.message),
                }),
        );
    }
}

/// The year's pay for a salary and supplement, pro rata to the scheme's FTE.
fn pay_for(cost: &CostForm, salary: Pence, supplement: Pence, scheme: &Scheme) -> Pay {
    Pay {
        salary: salary.times(scheme.fte),
        supplement: supplement.times(scheme.fte),
        supplement_pensionable: cost.supplement_pensionable,
    }
}

/// A further offer's take-home and outlook; `None` while its pay has errors.
fn other_offer(
    scheme: &Scheme,
    (salary, supplement): (Option<Pence>, Option<Pence>),
    employee: &Employee,
    cost: &CostForm,
    leave_month: u32,
) -> Option<OfferResult> {
    let pay = pay_for(cost, salary?, supplement?, scheme);
    let outlook = take_home::outlook(scheme, employee, &pay, leave_month).ok()?;
    Some(OfferResult {
        take_home: take_home::take_home(employee, &pay),
        outlook,
    })
}

/// What each payment adds (see [`take_home::payment_effects`]), with its name.
fn lump_effects(employee: &Employee, pay: &Pay, scheme: &Scheme) -> Vec<(String, PaymentEffect)> {
    take_home::payment_effects(employee, pay, scheme)
        .into_iter()
        .map(|e| (scheme.payments[e.index].display_name().to_string(), e))
        .collect()
}

/// For each month of the first tax year, the names of the payments paid in it.
fn paid_in(scheme: &Scheme) -> [Vec<String>; 12] {
    std::array::from_fn(|k| {
        scheme
            .payments
            .iter()
            .filter(|p| p.paid_month as usize == k)
            .map(|p| p.display_name().to_string())
            .collect()
    })
}

/// The tax code field's id.
pub const TAX_CODE_ID: &str = "k-taxcode";

/// Reads the typed tax code and checks it against where the worker pays tax.
pub fn read_tax_code(text: &str, region: TaxRegion) -> Result<TaxCode, String> {
    let code = TaxCode::parse(text).map_err(|e| e.message())?;
    match (code.country, region) {
        (Some(CodeCountry::Scotland), TaxRegion::Ewni) => {
            return Err("A tax code starting with S means you pay Scottish income tax: choose Scotland under \"Where you pay income tax\", or remove the S".into());
        }
        (Some(CodeCountry::Wales), TaxRegion::Scotland) => {
            return Err("A tax code starting with C means you pay Welsh income tax: choose England, Wales or Northern Ireland, or remove the C".into());
        }
        _ => {}
    }
    let highest_d = match region {
        TaxRegion::Ewni => 1,
        TaxRegion::Scotland => 3,
    };
    if matches!(code.kind, CodeKind::Higher(n) if n > highest_d) {
        return Err(format!(
            "Enter a D code from D0 to D{highest_d}: there is no higher rate for it outside Scotland"
        ));
    }
    Ok(code)
}

fn errors_has(errors: &[FieldError], id: &str) -> bool {
    errors.iter().any(|e| e.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::presets::Preset;
    use crate::engine::rates::TaxYear;
    use crate::state::cost::CostAction;
    use crate::state::retention::reduce as reduce_retention;

    fn retention_2025() -> RetentionForm {
        let r = reduce_retention(
            &RetentionForm::default(),
            RetentionAction::SetYear(TaxYear::Y2025_26),
        );
        reduce_retention(&r, RetentionAction::SetSalary("40000".into()))
    }

    /// £40,000, England, Plan 2, LGPS main (6.5% in 2025/26). The three-tranche
    /// scheme's £2,000 at month 6: that month's £5,333.33 crosses the £4,189 limit,
    /// so NI is 8% × 3,141 + 2% × 1,144.33 = £274.17 against £182.83 in a normal
    /// month: £91.34; loan 9% = £180; tax 20% = £400 (not pensionable, still basic
    /// rate); net 2,000 − 400 − 91.34 − 180 = £1,328.66.
    #[test]
    fn the_first_offer_uses_the_shared_pages() {
        let v = compute(
            &PackageForm::default(),
            &retention_2025(),
            &CostForm::default(),
        );
        assert_eq!(v.errors, vec![]);
        let r = v.results.unwrap();
        let (name, effect) = &r.lumps[1];
        assert_eq!((name.as_str(), effect.paid_month), ("At 6 months", 6));
        let at6 = &effect.year;
        assert_eq!(at6.ni, Pence(9_134));
        assert_eq!(at6.loans(), Pence::pounds(180));
        assert_eq!(at6.tax, Pence::pounds(400));
        assert_eq!(at6.net, Pence(132_866));
        // Leaving after 10 months repays the £2,000 (all or nothing), £400 tax back.
        assert_eq!(r.leaving.repay, Pence::pounds(2_000));
        assert_eq!(r.leaving.tax_back, Pence::pounds(400));
        assert!(r.leaving.costs_more_than_received);
        assert_eq!(r.offers.len(), 1);
    }

    #[test]
    fn a_second_offer_starts_as_a_copy_and_can_change() {
        let retention = retention_2025();
        let cost = crate::state::cost::reduce(
            &CostForm::default(),
            CostAction::Set(CostField::Supplement, "2000".into()),
        );
        let f = add_offer(&PackageForm::default(), &retention, &cost);
        assert_eq!(f.offers[0].salary, "40000");
        assert!(
            f.offers[0]
                .scheme
                .payments
                .iter()
                .all(|p| p.key >= 2 * KEY_BLOCK),
            "its own ids"
        );
        assert_eq!(f.offers[0].supplement, "2000");
        let v = compute(&f, &retention, &cost);
        let offers = v.results.unwrap().offers;
        assert_eq!(offers[0], offers[1], "a copy works out the same");
        // Give offer 2 a higher salary and the pro-rata preset: it now differs.
        let f = reduce(&f, PackageAction::SetOfferSalary(0, "42000".into()));
        let f = reduce(
            &f,
            PackageAction::Offer(0, RetentionAction::LoadPreset(Preset::ProRata24)),
        );
        let v = compute(&f, &retention, &cost);
        let offers = v.results.unwrap().offers;
        assert!(
            offers[1].as_ref().unwrap().take_home.net > offers[0].as_ref().unwrap().take_home.net
        );
        // At most three offers; bad text in offer 2 is an error by its field.
        let f = add_offer(&add_offer(&f, &retention, &cost), &retention, &cost);
        assert_eq!(f.offers.len(), 2);
        let f = reduce(&f, PackageAction::SetOfferSalary(1, "lots".into()));
        let v = compute(&f, &retention, &cost);
        assert_eq!(v.errors[0].id, "o3-salary");
        assert!(v.results.unwrap().offers[2].is_none());
    }

    /// 2024/25 works too (issue 7), and a bad or mismatched tax code is an
    /// error by its field that keeps the text.
    #[test]
    fn tax_year_2024_25_and_tax_code_errors() {
        let r = reduce_retention(
            &RetentionForm::default(),
            RetentionAction::SetYear(TaxYear::Y2024_25),
        );
        let v = compute(&PackageForm::default(), &r, &CostForm::default());
        assert_eq!(v.errors, vec![]);
        assert!(v.results.is_some());
        let f = reduce(
            &PackageForm::default(),
            PackageAction::SetTaxCode("S1257L".into()),
        );
        let v = compute(&f, &r, &CostForm::default());
        assert_eq!(v.errors[0].id, TAX_CODE_ID);
        assert!(v.errors[0].message.contains("choose Scotland"));
        assert!(v.results.is_none());
        assert_eq!(f.tax_code, "S1257L");
        let f = reduce(&f, PackageAction::SetRegion(TaxRegion::Scotland));
        assert_eq!(compute(&f, &r, &CostForm::default()).errors, vec![]);
        assert!(read_tax_code("D3", TaxRegion::Ewni).is_err());
        assert!(read_tax_code("SD3", TaxRegion::Scotland).is_ok());
        assert_eq!(
            read_tax_code("12A", TaxRegion::Ewni).unwrap_err(),
            crate::engine::tax_code::TaxCodeError::NotUnderstood("A".into()).message()
        );
    }
}
