//! The payback calculator's form and [`compute`]. It draws on the other two pages:
//! the incentive is the retention calculator's scheme; the monthly saving, the
//! recruitment cost, the vacancy and the turnover come from agency versus permanent.

use super::cost::{compute as compute_cost, CostField, CostForm};
use super::retention::{compute as compute_retention, FieldError, RetentionForm};
use crate::engine::clawback::Scheme;
use crate::engine::employer_cost::OnCostSettings;
use crate::engine::input::{parse_months, parse_percent};
use crate::engine::money::Pence;
use crate::engine::payback::{
    self, break_even, expected_payback, scheme_cost_a_year, simple_payback, BreakEven,
    ExpectedInputs, ExpectedPayback, Grid, SimplePayback, MAX_HORIZON,
};
use crate::engine::rates;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PaybackForm {
    pub recovery: String,
    pub discount: bool,
    pub discount_rate: String,
    pub horizon: String,
}

impl Default for PaybackForm {
    fn default() -> Self {
        let pct =
            |r: crate::engine::money::Ratio| r.percent_label().trim_end_matches('%').to_string();
        PaybackForm {
            recovery: pct(rates::CLAWBACK_RECOVERY_DEFAULT),
            discount: false,
            discount_rate: pct(rates::GREEN_BOOK_DISCOUNT),
            horizon: "36".into(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PaybackAction {
    SetRecovery(String),
    SetDiscount(bool),
    SetDiscountRate(String),
    SetHorizon(String),
}

pub fn reduce(form: &PaybackForm, action: PaybackAction) -> PaybackForm {
    let mut f = form.clone();
    match action {
        PaybackAction::SetRecovery(v) => f.recovery = v,
        PaybackAction::SetDiscount(b) => f.discount = b,
        PaybackAction::SetDiscountRate(v) => f.discount_rate = v,
        PaybackAction::SetHorizon(v) => f.horizon = v,
    }
    f
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PaybackResults {
    /// Incentives with on-costs (the whole scheme) plus recruitment.
    pub upfront: Pence,
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
}

/// The inputs of the sensitivity grid.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GridInputs {
    pub scheme: Scheme,
    pub settings: OnCostSettings,
    pub inputs: ExpectedInputs,
}

impl GridInputs {
    /// The 20 x 20 grid (400 expected cash flows: the heaviest work on any page).
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

pub fn compute(form: &PaybackForm, cost: &CostForm, retention: &RetentionForm) -> PaybackView {
    let mut errors = Vec::new();
    let mut read_pct =
        |id: &str, what: &str, example: &str, text: &str| match parse_percent(text, 100) {
            Ok(v) => Some(v),
            Err(e) => {
                errors.push(FieldError {
                    id: id.into(),
                    message: e.message(what, example),
                });
                None
            }
        };
    let recovery = read_pct(
        "b-recovery",
        "the share of clawback recovered as a percentage",
        "80",
        &form.recovery,
    );
    let discount = if form.discount {
        read_pct(
            "b-discount",
            "the discount rate as a percentage",
            "3.5",
            &form.discount_rate,
        )
        .map(Some)
    } else {
        Some(None)
    };
    let horizon = match parse_months(&form.horizon, MAX_HORIZON) {
        Ok(0) => {
            errors.push(FieldError {
                id: "b-horizon".into(),
                message: "Enter a horizon of at least 1 month".into(),
            });
            None
        }
        Ok(h) => Some(h),
        Err(e) => {
            errors.push(FieldError {
                id: "b-horizon".into(),
                message: e.message("the horizon in months", "36"),
            });
            None
        }
    };

    let retention_view = compute_retention(retention);
    let cost_view = compute_cost(cost, retention);
    let mut blocked_by = Vec::new();
    if retention_view
        .results
        .as_ref()
        .and_then(|r| r.employer.as_ref())
        .is_none()
    {
        blocked_by.push("Retention payments and clawback");
    }
    if cost_view.results.is_none() {
        blocked_by.push("Agency or permanent");
    }
    // The turnover input lives on the cost page; an error in it is shown there and here.
    if let Some(e) = cost_view
        .errors
        .iter()
        .find(|e| e.id == CostField::Turnover.id())
    {
        errors.push(e.clone());
    }

    let results = (|| {
        let r = retention_view.results?;
        let employer = r.employer?;
        let c = cost_view.results?;
        let (recovery, discount, horizon) = (recovery?, discount?, horizon?);
        let scheme_cost = employer.cost.total.total;
        let recruitment = c.inputs.recruitment;
        let upfront = scheme_cost + recruitment;
        let annual_saving = c.agency.annual - c.permanent.running;
        let simple = simple_payback(upfront, annual_saving);
        let inputs = ExpectedInputs {
            turnover: c.inputs.turnover,
            recovery,
            discount,
            horizon_months: horizon,
            saving_a_month: crate::engine::permanent::monthly(annual_saving),
            recruitment,
        };
        let expected = expected_payback(&r.scheme, &employer.settings, &inputs).ok()?;
        let grid_inputs = GridInputs {
            scheme: r.scheme.clone(),
            settings: employer.settings,
            inputs,
        };
        let per_leaver = payback::cost_per_leaver(
            recruitment,
            c.inputs.vacancy_months,
            c.inputs.agency_cover,
            c.agency.annual,
            c.permanent.running,
        );
        let break_even = break_even(
            scheme_cost_a_year(&r.scheme, scheme_cost),
            per_leaver,
            c.inputs.turnover,
        );
        Some(PaybackResults {
            upfront,
            scheme_cost,
            recruitment,
            annual_saving,
            simple,
            expected,
            break_even,
            grid_inputs,
            horizon,
        })
    })();
    PaybackView {
        errors,
        blocked_by,
        results,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::presets::Preset;
    use crate::engine::rates::TaxYear;
    use crate::state::cost::{reduce as reduce_cost, CostAction};
    use crate::state::retention::{reduce as reduce_retention, RetentionAction};

    /// The pro-rata £3,000 scheme (£3,465 with on-costs in 2025/26) plus £1,500
    /// recruitment = £4,965 up front; a £45 locum (£76,590) against £50,664 saves
    /// £25,926 a year: simple payback 3 months (worked in engine::payback).
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
        assert_eq!(r.upfront, Pence::pounds(4_965));
        assert_eq!(r.annual_saving, Pence::pounds(25_926));
        assert_eq!(r.simple.months, Some(3));
        assert_eq!(r.expected.payback_month, Some(3));
        assert_eq!(r.grid_inputs.grid().unwrap().cells.len(), 20);
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
