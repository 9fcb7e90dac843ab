//! One source for each figure two pages show under the same name.
//!
//! "Saving of permanent over agency, a year" is on Agency or permanent and on
//! Payback, worked from the same inputs, but it answers two questions:
//! - Agency or permanent: what the post costs in an average year, so it takes
//!   off recruitment × turnover, the vacancy cover less the running cost not
//!   paid while vacant, and (when linked) the retention scheme spread over the
//!   months it runs;
//! - Payback: what one hire saves each month while in post, so it takes off the
//!   running cost only, and counts recruitment (at the start), turnover (the
//!   chance the hire leaves) and the scheme (each payment when due) itself.
//!
//! The two differ by exactly those three lines; each page says so, with the
//! other's figure, from [`saving_parts`].

use super::cost::CostResults;
use crate::engine::money::Pence;

/// The two savings a year and the lines between them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SavingParts {
    /// Agency less the running cost (the post filled all year): Payback's.
    pub while_in_post: Pence,
    /// Agency less the post's cost in an average year: Agency or permanent's.
    pub average_year: Pence,
    /// Recruitment a year (per hire × turnover).
    pub recruitment: Pence,
    /// Vacancy cover less the running cost not paid while vacant.
    pub vacancy: Pence,
    /// The linked retention scheme a year (0 when not linked).
    pub scheme: Pence,
    /// The post's running cost (filled all year) and its average year's cost.
    pub running: Pence,
    pub post: Pence,
}

/// From Agency or permanent's results: `while_in_post − average_year =
/// recruitment + vacancy + scheme`, to the penny.
pub fn saving_parts(c: &CostResults) -> SavingParts {
    SavingParts {
        while_in_post: c.agency.annual - c.permanent.running,
        average_year: c.comparison.saving_a_year,
        recruitment: c.permanent.recruitment,
        vacancy: c.permanent.vacancy,
        scheme: c.permanent.scheme,
        running: c.permanent.running,
        post: c.permanent.total,
    }
}

impl SavingParts {
    /// What the average year takes off that the saving while in post does not.
    fn lines(&self) -> String {
        let mut parts = vec![
            format!("recruitment a year ({})", self.recruitment.format()),
            format!(
                "vacancy cover less the pay not paid while vacant ({})",
                self.vacancy.format()
            ),
        ];
        if self.scheme != Pence::ZERO {
            parts.push(format!(
                "the linked retention scheme a year ({})",
                self.scheme.format()
            ));
        }
        parts.join(", ")
    }

    /// Said on Agency or permanent, before the link to Payback.
    pub fn on_cost_page(&self) -> String {
        format!(
            "This saving a year ({}) is the post's average year, costing {}: beside the running cost of {} it takes off {}. Payback uses {} a year, agency less the running cost alone, because it counts recruitment when it is paid, turnover as the chance the hire leaves, and each scheme payment when it is due, itself.",
            self.average_year.format(),
            self.post.format(),
            self.running.format(),
            self.lines(),
            self.while_in_post.format()
        )
    }

    /// Said on Payback, before the link to Agency or permanent.
    pub fn on_payback_page(&self) -> String {
        format!(
            "This saving ({} a year) is agency less the running cost of the post while it is filled ({}). Agency or permanent shows {} a year: it also takes off {}, which this page counts itself, each when it falls due.",
            self.while_in_post.format(),
            self.running.format(),
            self.average_year.format(),
            self.lines()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::clawback::ShapeKind;
    use crate::engine::rates::TaxYear;
    use crate::state::cost::{compute, reduce, CostAction, CostField, CostForm};
    use crate::state::retention::{PaymentForm, RetentionForm};

    /// The inputs: design A (£2,000 hello pro rata over 24 months,
    /// £1,500 at 12 and at 24 months, each all or nothing over 12) linked, a
    /// £42 locum, £38,000 in 2025/26, the defaults otherwise. By hand:
    /// - agency 42 × 37 × 46 = £71,484.00; running £50,663.40 (salary
    ///   £38,000 + employer NI 12 × 15% × (£3,166.67 − £417) = £4,949.40 +
    ///   pension 19.8% £7,524.00 + levy £190.00): while in post £20,820.60;
    /// - recruitment £1,500 × 11.8% = £177.00;
    /// - vacant 11.8% × 3 ÷ 12 = 2.95% of a year: cover £71,484 × 2.95% =
    ///   £2,108.78 × 73.6% = £1,552.06 (1,552.062…), less 2.95% × £50,663.40
    ///   = £1,494.57 (1,494.5703) not paid: £57.49;
    /// - scheme £5,775 with on-costs over the 36 months to its last tie-in's
    ///   end: £1,925.00 a year;
    /// - average year: £20,820.60 − £177.00 − £57.49 − £1,925.00 = £18,661.11.
    ///
    /// (The issue's £18,660.53 and £20,820.00 were worked with employer NI by
    /// the annual rule, £4,950.00: running £50,664.00, not paid £1,494.59.)
    #[test]
    fn the_two_savings_differ_by_recruitment_vacancy_and_the_scheme() {
        let mut r = RetentionForm::empty();
        r.year = TaxYear::Y2025_26;
        for (amount, month, tie_in, shape) in [
            ("2000", "0", "24", ShapeKind::ProRata),
            ("1500", "12", "12", ShapeKind::AllOrNothing),
            ("1500", "24", "12", ShapeKind::AllOrNothing),
        ] {
            let mut p = PaymentForm::blank(0);
            (p.amount, p.month, p.tie_in, p.shape) =
                (amount.into(), month.into(), tie_in.into(), shape);
            r.push_payment(p);
        }
        let cost = reduce(
            &CostForm::default(),
            CostAction::Set(CostField::Hourly, "42".into()),
        );
        let cost = reduce(&cost, CostAction::SetLinkScheme(true));
        let c = compute(&cost, &r).results.unwrap();
        let s = saving_parts(&c);
        assert_eq!(s.while_in_post, Pence(2_082_060));
        assert_eq!(
            (s.recruitment, s.vacancy, s.scheme),
            (Pence(17_700), Pence(5_749), Pence(192_500))
        );
        assert_eq!(s.average_year, Pence(1_866_111));
        assert_eq!(
            s.while_in_post - s.recruitment - s.vacancy - s.scheme,
            s.average_year
        );
        // Payback shows the first, with the same inputs.
        let p = crate::state::payback::compute(&Default::default(), &cost, &r)
            .results
            .unwrap();
        assert_eq!(p.annual_saving, s.while_in_post);
        assert!(s.on_payback_page().contains("Agency or permanent shows £18,661.11 a year: it also takes off recruitment a year (£177.00), vacancy cover less the pay not paid while vacant (£57.49), the linked retention scheme a year (£1,925.00)"), "{}", s.on_payback_page());
        assert_eq!((s.running, s.post), (Pence(5_066_340), Pence(5_282_289)));
        assert!(s.on_cost_page().starts_with("This saving a year (£18,661.11) is the post's average year, costing £52,822.89: beside the running cost of £50,663.40"), "{}", s.on_cost_page());
    }
}
