//! Invariants of the clawback engine over random schemes (proptest), native only.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use retention_pay::engine::clawback::{
    position, repayable_share, schedule, LeavingReason, Payment, Scheme, Shape, Step, MAX_MONTHS,
};
use retention_pay::engine::employer_cost::{employer_position, scheme_cost, OnCostSettings};
use retention_pay::engine::input::{parse_fte, parse_money, parse_months, parse_percent};
use retention_pay::engine::money::{Pence, Ratio};
use retention_pay::engine::rates::TaxYear;

fn reason() -> impl Strategy<Value = LeavingReason> {
    prop::sample::select(LeavingReason::ALL.to_vec())
}

/// Valid stepped tables: start at 0, strictly later months, shares that never rise.
fn steps(tie_in: u32) -> impl Strategy<Value = Vec<Step>> {
    prop::collection::vec((1u32..=tie_in.max(1), 0i64..=10_000), 0..5).prop_map(move |mut raw| {
        raw.sort_by_key(|r| r.0);
        raw.dedup_by_key(|r| r.0);
        let mut share = 10_000;
        let mut out = vec![Step {
            from_month: 0,
            share: Ratio::bp(share),
        }];
        for (from, s) in raw {
            if from >= tie_in {
                continue;
            }
            share = share.min(s);
            out.push(Step {
                from_month: from,
                share: Ratio::bp(share),
            });
        }
        out
    })
}

fn valid_payment() -> impl Strategy<Value = Payment> {
    (
        0i64..=5_000_000,
        0u32..=60,
        1u32..=60,
        0u8..5,
        any::<bool>(),
        any::<bool>(),
    )
        .prop_flat_map(|(amount, month, tie_in, kind, pro_rata, pensionable)| {
            let shape: BoxedStrategy<Shape> = match kind {
                0 => Just(Shape::None).boxed(),
                1 => Just(Shape::AllOrNothing).boxed(),
                2 => Just(Shape::ProRata).boxed(),
                3 => (0..tie_in)
                    .prop_map(|f| Shape::FullThenTaper { full_months: f })
                    .boxed(),
                _ => steps(tie_in).prop_map(Shape::Stepped).boxed(),
            };
            shape.prop_map(move |shape| Payment {
                name: "p".into(),
                amount: Pence(amount),
                paid_month: month,
                pro_rata_fte: pro_rata,
                pensionable,
                tie_in_months: tie_in,
                shape,
            })
        })
}

fn valid_scheme() -> impl Strategy<Value = Scheme> {
    (
        prop::collection::vec(valid_payment(), 0..6),
        1i64..=10_000,
        prop::collection::vec(reason(), 0..3),
    )
        .prop_map(|(payments, fte, exempt)| Scheme {
            payments,
            fte: Ratio::bp(fte),
            exempt,
        })
}

/// Anything at all, including nonsense a form could never send.
fn any_scheme() -> impl Strategy<Value = Scheme> {
    let shape = prop_oneof![
        Just(Shape::None),
        Just(Shape::AllOrNothing),
        Just(Shape::ProRata),
        any::<u32>().prop_map(|f| Shape::FullThenTaper { full_months: f }),
        prop::collection::vec(
            (any::<u32>(), 0i64..=i64::MAX / 4).prop_map(|(m, s)| Step {
                from_month: m,
                share: Ratio::bp(s),
            }),
            0..30
        )
        .prop_map(Shape::Stepped),
    ];
    let payment = (
        any::<i64>(),
        any::<u32>(),
        any::<u32>(),
        shape,
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(a, m, t, shape, pr, pe)| Payment {
            name: String::new(),
            amount: Pence(a),
            paid_month: m,
            pro_rata_fte: pr,
            pensionable: pe,
            tie_in_months: t,
            shape,
        });
    (
        prop::collection::vec(payment, 0..15),
        any::<i64>(),
        1i64..=i64::MAX,
    )
        .prop_map(|(payments, fte_num, fte_den)| Scheme {
            payments,
            fte: Ratio::new(fte_num.max(0), fte_den).unwrap_or(Ratio::ONE),
            exempt: vec![],
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn schemes_from_the_generator_are_valid(s in valid_scheme()) {
        prop_assert_eq!(s.validate(), vec![]);
    }

    /// Repayable never exceeds paid to date, kept = paid − repayable, and every
    /// total is the sum of its parts to the penny.
    #[test]
    fn repayable_within_paid_and_totals_add_up(s in valid_scheme(), r in reason()) {
        for row in schedule(&s, r).unwrap() {
            prop_assert!(row.repayable <= row.paid);
            prop_assert!(row.repayable >= Pence::ZERO);
            prop_assert_eq!(row.kept, row.paid - row.repayable);
            prop_assert_eq!(row.paid, row.per_payment.iter().map(|p| p.paid).sum::<Pence>());
            prop_assert_eq!(row.repayable, row.per_payment.iter().map(|p| p.repayable).sum::<Pence>());
            prop_assert_eq!(row.kept, row.per_payment.iter().map(|p| p.kept).sum::<Pence>());
            for p in &row.per_payment {
                prop_assert!(p.repayable <= p.paid);
            }
        }
    }

    /// A payment's repayable share never rises as months pass; once paid, its
    /// repayable amount never rises either.
    #[test]
    fn repayable_share_never_rises(s in valid_scheme(), r in reason()) {
        let rows = schedule(&s, r).unwrap();
        for (i, p) in s.payments.iter().enumerate() {
            let mut prev: Option<(Ratio, Pence)> = None;
            for row in rows.iter().filter(|row| row.leaving_month >= p.paid_month) {
                let pp = &row.per_payment[i];
                if let Some((share, amount)) = prev {
                    prop_assert!(pp.share.le(share), "share rose at month {}", row.leaving_month);
                    prop_assert!(pp.repayable <= amount);
                }
                prev = Some((pp.share, pp.repayable));
            }
        }
    }

    /// Nothing is repayable after a payment's tie-in, or for an exempt reason.
    #[test]
    fn nothing_after_tie_in_or_when_exempt(s in valid_scheme(), r in reason(), extra in 0u32..30) {
        for (i, p) in s.payments.iter().enumerate() {
            let m = p.paid_month + p.tie_in_months + extra;
            prop_assert_eq!(position(&s, r, m).unwrap().per_payment[i].repayable, Pence::ZERO);
            prop_assert!(repayable_share(&p.shape, p.tie_in_months, p.tie_in_months + extra).is_zero());
        }
        if s.payments.is_empty() { return Ok(()); }
        let exempt = s.exempt.first().copied();
        if let Some(e) = exempt {
            for row in schedule(&s, e).unwrap() {
                prop_assert_eq!(row.repayable, Pence::ZERO);
            }
        }
    }

    /// The employer's cost breakdowns add up to their totals, costs are never negative,
    /// and the net cost is what was spent less what came back.
    #[test]
    fn employer_costs_add_up(s in valid_scheme(), r in reason(), pay in 0i64..20_000_000, m in 0u32..100) {
        let settings = OnCostSettings {
            year: TaxYear::Y2025_26,
            annual_pay: Pence(pay),
            pension_rate: Ratio::bp(1980),
            levy: true,
        };
        let c = scheme_cost(&s, &settings).unwrap();
        prop_assert!(c.total.total >= c.total.gross);
        prop_assert_eq!(c.breakdown.lines.last().unwrap().value.money(), Some(c.total.total));
        for pc in &c.per_payment {
            prop_assert_eq!(pc.total, pc.gross + pc.employer_ni + pc.levy + pc.pension);
            prop_assert!(pc.employer_ni >= Pence::ZERO);
        }
        let e = employer_position(&s, &settings, r, m).unwrap();
        prop_assert_eq!(e.net_cost, e.spent - e.recovered);
        prop_assert!(e.net_cost >= Pence::ZERO);
    }

    /// No input makes the engine panic: nonsense schemes give errors or answers.
    #[test]
    fn no_scheme_makes_the_engine_panic(s in any_scheme(), r in reason(), m in any::<u32>(), pay in any::<i64>()) {
        let _ = s.validate();
        let _ = position(&s, r, m);
        let _ = schedule(&s, r);
        for p in &s.payments {
            let _ = repayable_share(&p.shape, p.tie_in_months, m);
        }
        let settings = OnCostSettings {
            year: TaxYear::Y2024_25,
            annual_pay: Pence(pay),
            pension_rate: Ratio::bp(3000),
            levy: true,
        };
        let _ = scheme_cost(&s, &settings);
        let _ = employer_position(&s, &settings, r, m.min(MAX_MONTHS * 3));
    }

    /// No text makes the input readers panic.
    #[test]
    fn no_text_makes_the_readers_panic(t in ".{0,40}") {
        let _ = parse_money(&t);
        let _ = parse_percent(&t, 100);
        let _ = parse_months(&t, 120);
        let _ = parse_fte(&t);
    }

    /// Money typed as pounds and pence reads back exactly.
    #[test]
    fn money_round_trips(p in 0i64..=10_000_000_000) {
        prop_assert_eq!(parse_money(&Pence(p).to_input_string()), Ok(Pence(p)));
        prop_assert_eq!(parse_money(&Pence(p).format()), Ok(Pence(p)));
    }
}

mod agency_and_payback {
    use proptest::prelude::*;
    use retention_pay::engine::agency::{agency_cost, AgencyInputs, Charge, Margin};
    use retention_pay::engine::clawback::{Payment, Scheme, Shape};
    use retention_pay::engine::employer_cost::{payment_cost, OnCostSettings};
    use retention_pay::engine::money::{Pence, Ratio, MAX_AMOUNT};
    use retention_pay::engine::payback::{
        break_even, expected_payback, leaver_cost, simple_payback, ExpectedInputs,
    };
    use retention_pay::engine::permanent::{permanent_cost, Overheads, PermanentInputs};
    use retention_pay::engine::rates::TaxYear;

    fn year() -> impl Strategy<Value = TaxYear> {
        prop::sample::select(TaxYear::ALL.to_vec())
    }

    prop_compose! {
        fn permanent()(year in year(), salary in 0i64..=20_000_000, fte in 1i64..=10_000,
            pension in 0i64..=5_000, levy in any::<bool>(), supplement in 0i64..=2_000_000,
            pens in any::<bool>(), over_pct in any::<bool>(), over in 0i64..=1_000_000,
            recruitment in 0i64..=1_000_000, turnover in 0i64..=10_000, gap in 0u32..=24,
            cover in 0i64..=10_000, scheme in 0i64..=2_000_000) -> PermanentInputs {
            PermanentInputs {
                year, salary: Pence(salary), fte: Ratio::bp(fte), pension_rate: Ratio::bp(pension), levy,
                supplement: Pence(supplement), supplement_pensionable: pens,
                overheads: if over_pct { Overheads::Percent(Ratio::bp(over % 10_000)) } else { Overheads::Pounds(Pence(over)) },
                recruitment: Pence(recruitment), turnover: Ratio::bp(turnover), vacancy_months: gap,
                agency_cover: Ratio::bp(cover), scheme_a_year: Pence(scheme),
            }
        }
    }

    prop_compose! {
        fn agency()(kind in 0u8..3, rate in 0i64..=20_000, margin in 0i64..=10_000, pct in any::<bool>(),
            hours in 0i64..=6_000, weeks in 0u32..=52, days in 0i64..=700, year in year()) -> AgencyInputs {
            let charge = match kind {
                0 => Charge::Hourly(Pence(rate)),
                1 => Charge::PayPlusMargin { pay: Pence(rate), margin: if pct { Margin::Percent(Ratio::bp(margin)) } else { Margin::Pounds(Pence(margin)) } },
                _ => Charge::Daily { day_rate: Pence(rate * 8), days_per_week: Ratio::new(days, 100).unwrap() },
            };
            AgencyInputs { charge, hours_per_week: Ratio::new(hours, 100).unwrap(), billable_weeks: weeks, year }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// Costs are never negative and every breakdown sums to its total to the penny.
        #[test]
        fn costs_never_negative_and_breakdowns_add_up(p in permanent(), a in agency()) {
            let ac = agency_cost(&a);
            prop_assert!(ac.annual >= Pence::ZERO);
            prop_assert_eq!(ac.breakdown.lines.last().unwrap().value.money(), Some(ac.annual));
            prop_assert_eq!(ac.breakdown.running_sum(), ac.annual);
            let pc = permanent_cost(&p, ac.annual);
            prop_assert!(pc.running >= Pence::ZERO);
            prop_assert!(pc.total >= Pence::ZERO, "total {:?}", pc.total);
            prop_assert_eq!(pc.running, pc.pay + pc.supplement + pc.employer_ni + pc.pension + pc.levy + pc.overheads);
            prop_assert_eq!(pc.total, pc.running + pc.recruitment + pc.vacancy + pc.scheme);
            prop_assert_eq!(pc.breakdown.lines.last().unwrap().value.money(), Some(pc.total));
        }

        /// A bigger saving never makes payback later; "never" only when the saving is not positive.
        #[test]
        fn payback_month_is_monotone_in_the_saving(k in 0i64..=100_000_000, s1 in -1_000_000i64..=100_000_000, extra in 0i64..=100_000_000) {
            let pay = [(0, Pence(k))];
            let c = simple_payback(&pay, Pence::ZERO, Pence(s1)).months;
            let d = simple_payback(&pay, Pence::ZERO, Pence(s1 + extra)).months;
            match (c, d) {
                (Some(x), Some(y)) => prop_assert!(y <= x),
                (Some(_), None) => prop_assert!(false, "a larger saving never pays back"),
                _ => {}
            }
            prop_assert_eq!(c.is_none(), k > 0 && s1 <= 0);
        }

        /// The simple payback and the expected one with nobody leaving (and no
        /// discounting) time payments alike, so they give the same month.
        #[test]
        fn simple_payback_is_the_expected_one_with_nobody_leaving(a in 0i64..=10_000, b in 0i64..=10_000, due in 1u32..30, s in 1i64..=500_000, recruitment in 0i64..=500_000) {
            let scheme = Scheme { payments: vec![Payment::lump_sum("A", a, 0, 12, Shape::ProRata), Payment::lump_sum("B", b, due, 12, Shape::AllOrNothing)], fte: Ratio::ONE, exempt: vec![] };
            let settings = OnCostSettings { year: TaxYear::Y2025_26, annual_pay: Pence::pounds(38_000), pension_rate: Ratio::bp(1980), levy: true };
            let inputs = ExpectedInputs { turnover: Ratio::ZERO, recovery: Ratio::bp(8000), exempt_share: Ratio::ZERO, discount: None, horizon_months: 120, saving_a_month: Pence(s), recruitment: Pence(recruitment) };
            let e = expected_payback(&scheme, &settings, &inputs).unwrap();
            let costs: Vec<(u32, Pence)> = scheme.payments.iter().map(|p| (p.paid_month, payment_cost(&settings, scheme.gross(p), p.pensionable).total)).collect();
            let simple = simple_payback(&costs, Pence(recruitment), Pence(s));
            if let Some(m) = e.payback_month.filter(|_| simple.months != Some(0)) {
                prop_assert_eq!(simple.months, Some(m));
            } else if e.payback_month.is_none() {
                prop_assert!(simple.months.unwrap_or(u32::MAX) > 119, "{:?}", simple.months);
            }
        }

        /// The expected payback month never gets later as the monthly saving grows.
        #[test]
        fn expected_payback_is_monotone_in_the_saving(amount in 0i64..=10_000, turnover in 0i64..=9_000, s in -10_000i64..=500_000, extra in 0i64..=500_000, recovery in 0i64..=10_000) {
            let scheme = Scheme { payments: vec![Payment::lump_sum("R", amount, 0, 24, Shape::ProRata)], fte: Ratio::ONE, exempt: vec![] };
            let settings = OnCostSettings { year: TaxYear::Y2025_26, annual_pay: Pence::pounds(38_000), pension_rate: Ratio::bp(1980), levy: true };
            let base = ExpectedInputs { turnover: Ratio::bp(turnover), recovery: Ratio::bp(recovery), exempt_share: Ratio::bp(recovery / 2), discount: None, horizon_months: 36, saving_a_month: Pence(s), recruitment: Pence::pounds(1_500) };
            let more = ExpectedInputs { saving_a_month: Pence(s + extra), ..base };
            let a = expected_payback(&scheme, &settings, &base).unwrap();
            let b = expected_payback(&scheme, &settings, &more).unwrap();
            prop_assert_eq!(a.net, a.saving + a.clawback - a.costs);
            prop_assert!(b.payback_month.unwrap_or(u32::MAX) <= a.payback_month.unwrap_or(u32::MAX));
        }

        /// No input makes these parts of the engine panic.
        #[test]
        fn no_panic(p in permanent(), a in agency(), k in any::<i64>(), v in any::<i64>(), t in 0i64..=i64::MAX / 2) {
            let ac = agency_cost(&a);
            let _ = permanent_cost(&p, ac.annual);
            let m = MAX_AMOUNT.get();
            let _ = simple_payback(&[(0, Pence(k.clamp(-m, m)))], Pence(v.clamp(-m, m)), Pence(v / 12));
            let leaver = leaver_cost(Pence(k.clamp(-m, m)), (t % 1000) as u32, Ratio::bp(t % 10_001), Pence(v.clamp(-m, m)), Pence(k.clamp(0, m)));
            prop_assert!(leaver.total >= Pence::ZERO || k < 0);
            let _ = break_even(Pence(k), leaver, Ratio::bp(t));
        }
    }
}

mod take_home_props {
    use proptest::prelude::*;
    use retention_pay::engine::clawback::{Payment, Scheme, Shape};
    use retention_pay::engine::money::{Pence, Ratio};
    use retention_pay::engine::payroll::{payroll_year, NO_EXTRA};
    use retention_pay::engine::rates::{LoanPlan, TaxRegion, TaxYear};
    use retention_pay::engine::take_home::{
        leaving_cost, lump_sum_effect, outlook, payment_effects, payslips_with_payments, take_home,
        year_total, Employee, Lgps, Pay,
    };
    use retention_pay::engine::tax_code::TaxCode;

    prop_compose! {
        fn employee()(y in prop::sample::select(TaxYear::ALL.to_vec()),
            scot in any::<bool>(), loans in prop::sample::subsequence(LoanPlan::ALL.to_vec(), 0..=5),
            lgps in prop::sample::select(Lgps::ALL.to_vec()),
            code in prop::sample::select(vec!["1257L", "1257L M1", "0T", "BR", "D0", "D1", "NT", "K475", "K1000", "500T", "99999L"])) -> Employee {
            Employee { year: y, region: if scot { TaxRegion::Scotland } else { TaxRegion::Ewni },
                tax_code: TaxCode::parse(code).unwrap(), loans, lgps }
        }
    }

    prop_compose! {
        fn pay()(salary in 0i64..=50_000_000, supplement in 0i64..=2_000_000, pens in any::<bool>()) -> Pay {
            Pay { salary: Pence(salary), supplement: Pence(supplement), supplement_pensionable: pens }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// Deductions never exceed pay, net is never negative for positive pay, and the
        /// breakdown adds up to the net: for the year and for every payslip.
        #[test]
        fn deductions_never_exceed_pay(e in employee(), p in pay()) {
            let t = take_home(&e, &p);
            for d in [t.pension, t.tax, t.ni, t.loans] {
                prop_assert!(d >= Pence::ZERO);
            }
            prop_assert!(t.pension + t.tax + t.ni + t.loans <= t.gross);
            prop_assert!(t.net >= Pence::ZERO);
            prop_assert_eq!(t.net, t.gross - t.pension - t.tax - t.ni - t.loans);
            let total = t.breakdown.lines.iter().find(|l| l.label == "Take-home pay a year").unwrap();
            prop_assert_eq!(total.value.money(), Some(t.net));
            for s in payroll_year(&e, &p, &NO_EXTRA) {
                prop_assert!(s.net >= Pence::ZERO, "{:?}", s);
                prop_assert!(s.pension + s.tax.max(Pence::ZERO) + s.ni + s.loans() <= s.gross, "{:?}", s);
                prop_assert!(s.ni >= Pence::ZERO && s.loan >= Pence::ZERO && s.pg_loan >= Pence::ZERO);
            }
        }

        /// A lump sum never takes home more than its gross, and never costs more
        /// than payroll's rounding to whole pounds can: a few pence can lift
        /// taxable pay to date by a whole pound (45p or 48p of tax) and each loan
        /// by a pound, so net can dip to about -£2.50 (found by this test: 18p on
        /// £346,164 with Plan 1 and a postgraduate loan took 45p of tax), never
        /// below -£3.
        #[test]
        fn lump_sum_net_within_gross(e in employee(), p in pay(), g in 0i64..=5_000_000, m in 0usize..12, pens in any::<bool>()) {
            let (x, _) = lump_sum_effect(&e, &p, Pence(g), pens, m);
            prop_assert!(x.net <= Pence(g));
            prop_assert!(x.net >= Pence(-300), "net {:?} of {:?}", x.net, g);
        }

        /// What a payment adds is the year's take-home with it less without it, for
        /// any amount and month (issue 19); with several payments, their effects
        /// in each tax year add up to that year with all of them less without;
        /// and "by month 12" is the first year's payslips, payments included.
        #[test]
        fn a_payment_adds_the_years_difference(e in employee(), p in pay(),
            amounts in prop::collection::vec((0i64..=20_000, 0u32..36, any::<bool>()), 1..4)) {
            let payments: Vec<Payment> = amounts.iter().map(|(a, m, pens)| {
                let mut x = Payment::lump_sum("P", *a, *m, 24, Shape::ProRata);
                x.pensionable = *pens;
                x
            }).collect();
            let scheme = Scheme { payments, fte: Ratio::ONE, exempt: vec![] };
            let base = year_total(&payroll_year(&e, &p, &NO_EXTRA));
            let effects = payment_effects(&e, &p, &scheme);
            prop_assert_eq!(effects.len(), scheme.payments.len());
            for year in 0..3u32 {
                let with = year_total(&payslips_with_payments(&e, &p, &scheme, year));
                let added: Pence = effects.iter().filter(|x| x.paid_month / 12 == year).map(|x| x.year.net).sum();
                prop_assert_eq!(added, with.net - base.net, "year {}", year);
            }
            let (a, m, pens) = amounts[0];
            let alone = Scheme { payments: vec![scheme.payments[0].clone()], ..scheme.clone() };
            let with = year_total(&payslips_with_payments(&e, &p, &alone, m / 12));
            prop_assert_eq!(lump_sum_effect(&e, &p, Pence::pounds(a), pens, m as usize).0.net, with.net - base.net);
            let o = outlook(&scheme, &e, &p, 0).unwrap();
            prop_assert_eq!(o.by_month[0], year_total(&payslips_with_payments(&e, &p, &scheme, 0)).net);
        }

        /// Leaving: the tax back is never more than the repayment; no input panics.
        #[test]
        fn leaving_is_sane(e in employee(), p in pay(), amount in 0i64..=20_000, month in 0u32..60, paid in 0u32..24) {
            let scheme = Scheme { payments: vec![Payment::lump_sum("R", amount, paid, 24, Shape::ProRata)], fte: Ratio::ONE, exempt: vec![] };
            let c = leaving_cost(&scheme, &e, &p, month).unwrap();
            prop_assert!(c.tax_back <= c.repay);
            prop_assert!(c.real_cost >= Pence::ZERO);
            prop_assert_eq!(c.breakdown.lines.last().unwrap().value.money(), Some(c.real_cost));
            let _ = outlook(&scheme, &e, &p, month);
        }

        /// Any text at all as a tax code: a code or a typed error, never a panic;
        /// a code read back from its own label is the same code.
        #[test]
        fn any_tax_code_text(text in "\\PC{0,12}", digits in 0u32..100_000, suffix in "[LMNTlmnt]") {
            let _ = TaxCode::parse(&text);
            let code = TaxCode::parse(&format!("{digits}{suffix}")).unwrap();
            prop_assert_eq!(TaxCode::parse(&code.label()).unwrap().kind, code.kind);
        }
    }
}

/// The workforce projection (issue 12): for any service from 1 to 5,000 FTE and
/// any flows over one to five years, every month's permanent + agency +
/// uncovered is the establishment, no count is negative, no cost is negative,
/// and nothing panics.
mod workforce {
    use proptest::prelude::*;
    use retention_pay::engine::money::{Pence, Ratio};
    use retention_pay::engine::workforce::{
        compare, Flows, Fte, Inputs, SchemeLever, Service, UnitCosts,
    };

    fn fte(max_whole: i64) -> impl Strategy<Value = Fte> {
        (0..=max_whole * 1000).prop_map(|m| Fte(m * 1000))
    }

    fn share() -> impl Strategy<Value = Ratio> {
        (0i64..=10_000).prop_map(Ratio::bp)
    }

    fn scheme() -> impl Strategy<Value = SchemeLever> {
        (share(), share(), 0i64..=5_000_000).prop_map(|(take_up, turnover_cut, p)| SchemeLever {
            take_up,
            turnover_cut,
            cost_a_head: Pence(p),
        })
    }

    prop_compose! {
        fn flows()(
            turnover in (0i64..=10_000).prop_map(Ratio::bp),
            cover in share(),
            hires_a_month in fte(60),
            time_to_fill in 0u32..=24,
            conversions_a_year in fte(500),
            trainees_a_year in fte(200),
            months_to_qualify in 0u32..=60,
            trainees_stay in share(),
            scheme in prop::option::of(scheme()),
        ) -> Flows {
            Flows { turnover, cover, hires_a_month, time_to_fill, conversions_a_year, trainees_a_year, months_to_qualify, trainees_stay, scheme }
        }
    }

    fn service() -> impl Strategy<Value = Service> {
        (1i64..=5_000_000, 0i64..=1000, 0i64..=1000).prop_map(|(e, p, a)| {
            // Permanent and agency as thousandths of the establishment, never over it.
            let e = e * 1000;
            let permanent = e * p / 1000;
            let agency = (e - permanent) * a / 1000;
            Service {
                establishment: Fte(e),
                permanent: Fte(permanent),
                agency: Fte(agency),
            }
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

        #[test]
        fn the_establishment_is_always_accounted_for(service in service(), as_now in flows(), strategy in flows(), years in 1u32..=5, costs in (0i64..=20_000_000, 0i64..=40_000_000, 0i64..=2_000_000, 0i64..=10_000_000)) {
            let costs = UnitCosts { permanent_a_year: Pence(costs.0), agency_a_year: Pence(costs.1), recruitment_a_hire: Pence(costs.2), training_a_head: Pence(costs.3) };
            let c = compare(&Inputs { service, as_now, strategy, costs, years }).unwrap();
            for p in [&c.as_now, &c.strategy] {
                prop_assert_eq!(p.years.len(), years as usize);
                prop_assert_eq!(p.months.len(), years as usize * 12 + 1);
                for s in &p.months {
                    prop_assert!(s.permanent.0 >= 0 && s.agency.0 >= 0 && s.uncovered.0 >= 0, "{:?}", s);
                    prop_assert_eq!(s.permanent.0 + s.agency.0 + s.uncovered.0, service.establishment.0);
                }
                for y in &p.years {
                    let l = &y.costs;
                    prop_assert!([l.pay_bill, l.agency, l.recruitment, l.scheme, l.training].iter().all(|x| x.0 >= 0));
                    prop_assert!(y.leavers.0 >= 0 && y.hires.0 >= 0 && y.not_placed.0 >= 0);
                }
            }
            prop_assert_eq!(c.cumulative.last().copied(), Some(Pence(c.strategy.total().0 - c.as_now.total().0)));
        }
    }
}

/// Agency or permanent for me (issue 22): a locum's pay never panics, never
/// takes home more than it was paid, and a higher rate never lowers take-home.
mod locum_props {
    use proptest::prelude::*;
    use retention_pay::engine::locum_pay::{
        break_even_rate, locum_pay, AutoEnrolment, HolidayPay, LocumTerms, Route,
    };
    use retention_pay::engine::money::{Pence, Ratio};
    use retention_pay::engine::rates::{LoanPlan, TaxRegion, TaxYear};
    use retention_pay::engine::take_home::{Employee, Lgps};
    use retention_pay::engine::tax_code::TaxCode;

    prop_compose! {
        fn employee()(y in prop::sample::select(TaxYear::ALL.to_vec()),
            scot in any::<bool>(), loans in prop::sample::subsequence(LoanPlan::ALL.to_vec(), 0..=5),
            code in prop::sample::select(vec!["1257L", "1257L M1", "0T", "BR", "D0", "D1", "NT", "K475", "K1000", "500T"])) -> Employee {
            Employee { year: y, region: if scot { TaxRegion::Scotland } else { TaxRegion::Ewni },
                tax_code: TaxCode::parse(code).unwrap(), loans, lgps: Lgps::OptedOut }
        }
    }

    prop_compose! {
        /// Within what the page's readers accept: rates and the margin up to
        /// £100 million, hours to 168 (in hundredths), weeks to 52.
        fn terms()(umbrella in any::<bool>(), rate in 0i64..=10_000_000_000, hours in 0i64..=16_800,
            weeks in 0u32..=52, margin in 0i64..=10_000_000_000, rolled in any::<bool>(), levy in any::<bool>(),
            enrolled in any::<bool>(), er in 0i64..=10_000, ee in 0i64..=10_000) -> LocumTerms {
            LocumTerms {
                route: if umbrella { Route::Umbrella } else { Route::AgencyPaye },
                rate: Pence(rate), hours: Ratio::new(hours, 100).unwrap(), weeks,
                margin_week: Pence(margin),
                holiday: if rolled { HolidayPay::RolledUp } else { HolidayPay::WhenTaken },
                levy,
                pension: enrolled.then_some(AutoEnrolment { employer: Ratio::bp(er), worker: Ratio::bp(ee) }),
            }
        }
    }

    /// Everyday offers: up to £150 an hour, 1 to 60 hours, 1 to 52 weeks, a
    /// pension of at most 20% of qualifying earnings each side (a contribution
    /// near 100% can take more than a raise adds: it is still the worker's).
    fn everyday(t: LocumTerms) -> LocumTerms {
        let cap = |r: Ratio| Ratio::bp(r.num() % 2_001);
        LocumTerms {
            pension: t.pension.map(|p| AutoEnrolment {
                employer: cap(p.employer),
                worker: cap(p.worker),
            }),
            rate: Pence(t.rate.get() % 15_001),
            hours: Ratio::new(100 + t.hours.num() % 5_901, 100).unwrap(),
            weeks: 1 + t.weeks % 52,
            margin_week: Pence(t.margin_week.get() % 10_001),
            ..t
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        /// Any offer the readers let through: no panic; the employer side adds up
        /// to the income; take-home is never above the assignment income (or, on
        /// the agency's payroll, the gross pay); the explanations add up.
        #[test]
        fn no_panic_and_never_above_the_income(e in employee(), t in terms()) {
            let p = locum_pay(&e, &t);
            let y = p.year;
            prop_assert!(p.net <= y.income, "{:?} > {:?}", p.net, y.income);
            prop_assert!(y.gross >= Pence::ZERO && y.rounding >= Pence::ZERO);
            if t.route == Route::Umbrella {
                prop_assert_eq!(y.gross + y.margin + y.employer_ni + y.levy + y.employer_pension + y.rounding, y.income);
                prop_assert_eq!(p.costs.running_sum(), y.gross);
            }
            prop_assert_eq!(p.take_home.running_sum(), p.net);
        }

        /// A higher rate never lowers take-home by more than the loans' whole-pound
        /// rounding (each monthly deduction is rounded down to the pound, so a penny
        /// more pay can cost a pound of loan: at most £1 a plan a month, £24 a year,
        /// and a penny a month of other rounding); and a raise that adds at least
        /// £60 to each month's income never lowers it (the highest marginal rate of
        /// deductions, 72% tax in Scotland's allowance taper with 2% NI, 15% of loans
        /// and the pension, leaves at least 5% of it, over the £2 of loan rounding).
        #[test]
        fn a_higher_rate_never_lowers_take_home(e in employee(), t in terms(), raise in 0i64..=5_000) {
            let t = everyday(t);
            let (h, w) = (i128::from(t.hours.num()), i128::from(t.weeks));
            let low = locum_pay(&e, &t).net;
            let small = locum_pay(&e, &LocumTerms { rate: t.rate + Pence(raise % 100), ..t }).net;
            prop_assert!(small >= low - Pence(2_400 + 36), "{:?} < {:?}", small, low);
            // Pence an hour that add £60 a month: 60 × 12 × 100 × 100 / (hours × 100 × weeks).
            let enough = (72_000 * 100 + h * w - 1) / (h * w);
            let big = LocumTerms { rate: t.rate + Pence(i64::try_from(enough).unwrap() + raise), ..t };
            let high = locum_pay(&e, &big).net;
            prop_assert!(high >= low, "{:?} < {:?} at {:?} and {:?}", high, low, t.rate, big.rate);
        }

        /// The break-even rate, put back in: at it the target is reached, a penny
        /// an hour less it is not.
        #[test]
        fn the_break_even_rate_is_the_lowest_that_reaches(e in employee(), t in terms(), target in 0i64..=8_000_000, pension in any::<bool>()) {
            let t = everyday(t);
            let measure = |r: Pence| {
                let p = locum_pay(&e, &LocumTerms { rate: r, ..t });
                if pension { p.net + p.year.employer_pension } else { p.net }
            };
            if let Some(r) = break_even_rate(&e, &t, Pence(target), pension) {
                prop_assert!(measure(r) >= Pence(target));
                if r > Pence::ZERO {
                    prop_assert!(measure(r - Pence(1)) < Pence(target));
                }
            }
        }
    }
}
