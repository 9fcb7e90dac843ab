//! The payback calculator's form and [`compute`]. It draws on the other two pages:
//! the incentive is the retention calculator's scheme; the monthly saving, the
//! recruitment cost, the vacancy and the turnover come from agency versus permanent.

use super::cost::{compute as compute_cost, CostField, CostForm};
use super::retention::{scheme_cost_only, FieldError, RetentionForm};
use crate::engine::clawback::Scheme;
use crate::engine::employer_cost::OnCostSettings;
use crate::engine::input::parse_money;
use crate::engine::input::{parse_months, parse_percent};
use crate::engine::money::{Pence, Ratio};
use crate::engine::payback::{
    self, break_even, expected_payback, leaver_cost, scheme_cost_a_year, simple_payback, BreakEven,
    ExpectedInputs, ExpectedPayback, Grid, SimplePayback, MAX_HORIZON,
};
use crate::engine::rates;

/// The payback page's field ids: the one place they are spelled.
pub mod ids {
    pub const RECOVERY: &str = "b-recovery";
    pub const EXEMPT: &str = "b-exempt";
    pub const INDUCTION: &str = "b-induction";
    pub const DISCOUNT_ON: &str = "b-discount-on";
    pub const DISCOUNT: &str = "b-discount";
    pub const HORIZON: &str = "b-horizon";
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PaybackForm {
    pub recovery: String,
    /// Share of leavers whose reason the scheme exempts, as a percentage.
    pub exempt_share: String,
    /// Induction or lost productivity per leaver, in pounds.
    pub induction: String,
    pub discount: bool,
    pub discount_rate: String,
    pub horizon: String,
}

impl Default for PaybackForm {
    fn default() -> Self {
        let pct = |r: Ratio| r.percent_label().trim_end_matches('%').to_string();
        PaybackForm {
            recovery: pct(rates::CLAWBACK_RECOVERY_DEFAULT),
            exempt_share: "0".into(),
            induction: "0".into(),
            discount: false,
            discount_rate: pct(rates::GREEN_BOOK_DISCOUNT),
            horizon: "36".into(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PaybackAction {
    SetRecovery(String),
    SetExemptShare(String),
    SetInduction(String),
    SetDiscount(bool),
    SetDiscountRate(String),
    SetHorizon(String),
}

pub fn reduce(form: &PaybackForm, action: PaybackAction) -> PaybackForm {
    let mut f = form.clone();
    match action {
        PaybackAction::SetRecovery(v) => f.recovery = v,
        PaybackAction::SetExemptShare(v) => f.exempt_share = v,
        PaybackAction::SetInduction(v) => f.induction = v,
        PaybackAction::SetDiscount(b) => f.discount = b,
        PaybackAction::SetDiscountRate(v) => f.discount_rate = v,
        PaybackAction::SetHorizon(v) => f.horizon = v,
    }
    f
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PaybackResults {
    /// Incentives with on-costs (the whole scheme) plus recruitment: what the
    /// package costs in all, each part paid in the month it falls due.
    pub package_cost: Pence,
    pub scheme_cost: Pence,
    pub recruitment: Pence,
    /// Agency less the permanent running cost, a year.
    pub annual_saving: Pence,
    pub simple: SimplePayback,
    pub expected: ExpectedPayback,
    pub break_even: BreakEven,
    /// What the sensitivity grid is worked out from (it is worked out apart,
    /// after the headline is on screen: see [`GridInputs::grid`]).
    pub grid_inputs: GridInputs,
    pub horizon: u32,
    /// How this saving a year differs from Agency or permanent's.
    pub saving_parts: super::shared_figures::SavingParts,
}

/// The inputs of the sensitivity grid.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GridInputs {
    pub scheme: Scheme,
    pub settings: OnCostSettings,
    pub inputs: ExpectedInputs,
}

impl GridInputs {
    /// The sensitivity grid (49 expected cash flows: the heaviest work on any page).
    pub fn grid(&self) -> Option<Grid> {
        payback::sensitivity(&self.scheme, &self.settings, &self.inputs).ok()
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PaybackView {
    pub errors: Vec<FieldError>,
    /// Errors on the other two pages that stop the results.
    pub blocked_by: Vec<&'static str>,
    pub results: Option<PaybackResults>,
}

// Called from several places (the page, the headline, a saved file): one copy.
#[inline(never)]
pub fn compute(form: &PaybackForm, cost: &CostForm, retention: &RetentionForm) -> PaybackView {
    let mut errors = Vec::new();
    let fields = read_fields(form, &mut errors);
    // The scheme and its cost to the employer, without the retention page's
    // schedule and explanation, which nothing here shows.
    let employer = scheme_cost_only(retention);
    let cost_view = compute_cost(cost, retention);
    let blocked_by = blocked_by(employer.is_some(), &cost_view);
    // The turnover input lives on the cost page; an error in it is shown there and here.
    if let Some(e) = cost_view
        .errors
        .iter()
        .find(|e| e.id == CostField::Turnover.id())
    {
        errors.push(e.clone());
    }

    let results = (|| {
        let (scheme, settings, costed) = employer?;
        let c = cost_view.results?;
        let horizon = fields.horizon?;
        let scheme_cost = costed.total.total;
        let recruitment = c.inputs.recruitment;
        let saving_parts = super::shared_figures::saving_parts(&c);
        let annual_saving = saving_parts.while_in_post;
        let saving_a_month = crate::engine::permanent::monthly(annual_saving);
        let simple = simple_payback(
            &payback::payment_costs(&scheme, &settings),
            recruitment,
            saving_a_month,
        );
        let inputs = ExpectedInputs {
            turnover: c.inputs.turnover,
            recovery: fields.recovery?,
            exempt_share: fields.exempt_share?,
            discount: fields.discount?,
            horizon_months: horizon,
            saving_a_month,
            recruitment,
        };
        let expected = expected_payback(&scheme, &settings, &inputs).ok()?;
        let leaver = leaver_cost(
            recruitment,
            c.inputs.vacancy_months,
            c.inputs.agency_cover,
            annual_saving,
            fields.induction?,
        );
        let break_even = break_even(
            scheme_cost_a_year(&scheme, scheme_cost),
            leaver,
            c.inputs.turnover,
        );
        Some(PaybackResults {
            package_cost: scheme_cost + recruitment,
            scheme_cost,
            recruitment,
            annual_saving,
            simple,
            expected,
            break_even,
            grid_inputs: GridInputs {
                scheme,
                settings,
                inputs,
            },
            horizon,
            saving_parts,
        })
    })();
    PaybackView {
        errors,
        blocked_by,
        results,
    }
}

/// The page's own fields as read: `None` where one has an error (in `errors`).
struct Fields {
    recovery: Option<Ratio>,
    exempt_share: Option<Ratio>,
    /// `Some(None)`: not discounting.
    discount: Option<Option<Ratio>>,
    induction: Option<Pence>,
    horizon: Option<u32>,
}

fn read_fields(form: &PaybackForm, errors: &mut Vec<FieldError>) -> Fields {
    let mut fail = |id: &str, message: String| {
        errors.push(FieldError {
            id: id.into(),
            message,
        })
    };
    let mut percent = |id: &str, what: &str, example: &str, text: &str| {
        parse_percent(text, 100)
            .map_err(|e| fail(id, e.message(what, example)))
            .ok()
    };
    let recovery = percent(
        ids::RECOVERY,
        "the share of clawback recovered as a percentage",
        "80",
        &form.recovery,
    );
    let exempt_share = percent(
        ids::EXEMPT,
        "the share of leavers who are exempt as a percentage",
        "10",
        &form.exempt_share,
    );
    let discount = if form.discount {
        let what = "the discount rate as a percentage";
        percent(ids::DISCOUNT, what, "3.5", &form.discount_rate).map(Some)
    } else {
        Some(None)
    };
    let induction = parse_money(&form.induction)
        .map_err(|e| {
            let what = "the induction or lost productivity cost in pounds";
            fail(ids::INDUCTION, e.message(what, "2000"))
        })
        .ok();
    let horizon = match parse_months(&form.horizon, MAX_HORIZON) {
        Ok(0) => Err("Enter a horizon of at least 1 month".to_string()),
        Ok(h) => Ok(h),
        Err(e) => Err(e.message("the horizon in months", "36")),
    }
    .map_err(|message| fail(ids::HORIZON, message))
    .ok();
    Fields {
        recovery,
        exempt_share,
        discount,
        induction,
        horizon,
    }
}

/// The pages this one draws on whose errors stop its results, by title:
/// Retention unless `scheme_costed` (its scheme's cost could be worked out),
/// and Agency or permanent while `cost` has no results.
fn blocked_by(scheme_costed: bool, cost: &super::cost::CostView) -> Vec<&'static str> {
    let mut blocked = Vec::new();
    if !scheme_costed {
        blocked.push("Retention payments and clawback");
    }
    if cost.results.is_none() {
        blocked.push("Agency or permanent");
    }
    blocked
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::presets::Preset;
    use crate::engine::rates::TaxYear;
    use crate::state::cost::{reduce as reduce_cost, CostAction};
    use crate::state::retention::{reduce as reduce_retention, RetentionAction};

    /// The pro-rata £3,000 scheme (£3,465 with on-costs in 2025/26) plus £1,500
    /// recruitment = £4,965 up front; a £45 locum (£76,590) against £50,663.40
    /// (employer NI by the month) saves £25,926.60 a year: simple payback 3 months (worked in engine::payback).
    #[test]
    fn pages_feed_the_payback() {
        let retention = reduce_retention(
            &RetentionForm::default(),
            RetentionAction::SetYear(TaxYear::Y2025_26),
        );
        let retention =
            reduce_retention(&retention, RetentionAction::LoadPreset(Preset::ProRata24));
        let cost = reduce_cost(
            &CostForm::default(),
            CostAction::Set(CostField::Hourly, "45".into()),
        );
        let v = compute(&PaybackForm::default(), &cost, &retention);
        assert_eq!(v.errors, vec![]);
        assert!(v.blocked_by.is_empty());
        let r = v.results.unwrap();
        assert_eq!(r.package_cost, Pence::pounds(4_965));
        assert_eq!(r.annual_saving, Pence(2_592_660));
        assert_eq!(r.simple.months, Some(3));
        assert_eq!(r.expected.payback_month, Some(3));
        assert_eq!(r.grid_inputs.grid().unwrap().cells.len(), 7);
        // Question 2: £3,465 over 24 months = £1,732.50 a year per head; a leaver
        // costs £1,500 + 3 months × 73.6% × £25,926.60 ÷ 12 (4,770.4944 -> £4,770.49)
        // = £6,270.49; 1,732.50 ÷ 6,270.49 = 27.63% of staff a year, more than 11.8%.
        assert_eq!(r.break_even.scheme_a_year, Pence(173_250));
        assert_eq!(r.break_even.leaver.total, Pence(627_049));
        use crate::state::headline::{everyone_sentence, payback_sentence};
        assert!(payback_sentence(&r).starts_with(
            "Replacing an agency locum with a permanent hire on this package pays for itself after 3 months if the hire stays, or after 3 months allowing for 11.8% turnover."
        ), "{}", payback_sentence(&r));
        assert_eq!(
            everyone_sentence(&r.break_even),
            "Paid to everyone, the scheme cannot pay for itself by keeping people: it would have to prevent 27.63 leavers a year per 100 staff, more than the 11.8 who leave now."
        );
    }

    /// Exempt leavers and an induction cost reach the engine from the form (and
    /// the link), and a bad entry is an error by its field.
    #[test]
    fn exempt_share_and_induction_are_read() {
        let form = reduce(
            &PaybackForm::default(),
            PaybackAction::SetInduction("2000".into()),
        );
        let v = compute(&form, &CostForm::default(), &RetentionForm::default());
        let r = v.results.unwrap();
        assert_eq!(r.break_even.leaver.induction, Pence::pounds(2_000));
        let form = reduce(&form, PaybackAction::SetExemptShare("150".into()));
        let v = compute(&form, &CostForm::default(), &RetentionForm::default());
        assert!(v.results.is_none());
        assert_eq!(v.errors[0].id, ids::EXEMPT);
    }

    #[test]
    fn errors_here_and_on_other_pages_stop_the_results_and_say_so() {
        let cost = reduce_cost(
            &CostForm::default(),
            CostAction::Set(CostField::Turnover, "lots".into()),
        );
        let form = reduce(
            &PaybackForm::default(),
            PaybackAction::SetHorizon("0".into()),
        );
        let v = compute(&form, &cost, &RetentionForm::default());
        assert!(v.results.is_none());
        assert_eq!(v.blocked_by, vec!["Agency or permanent"]);
        let ids: Vec<&str> = v.errors.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, vec!["b-horizon", "c-turnover"]);
    }
}
