// The engine's heaviest computations, as each calculator runs them on a
// keystroke: shared by the native benchmark (examples/engine_bench.rs) and the
// wasm one (tests/engine_bench.rs), so the two are timed on the same work.
use retention_pay::state::cost::CostForm;
use retention_pay::state::locum::{self, LocumForm};
use retention_pay::state::package::{self, PackageAction, PackageForm};
use retention_pay::state::payback::PaybackForm;
use retention_pay::state::retention::RetentionForm;
use retention_pay::state::{cost, payback, retention};

/// One run of a computation; it returns something so it cannot be optimised away.
pub type Run = Box<dyn Fn() -> usize>;

/// `(name, one run)` for each computation.
pub fn workloads() -> Vec<(&'static str, Run)> {
    let r = RetentionForm::default();
    let c = CostForm::default();
    let b = PaybackForm::default();
    let k = package::add_offer(&package::add_offer(&PackageForm::default(), &r, &c), &r, &c);
    let k = package::reduce(&k, PackageAction::SetOfferSalary(1, "45000".into()));
    let (r1, r2, r3, c2, c3) = (r.clone(), r.clone(), r.clone(), c.clone(), c.clone());
    let (r4, c4, k4, l) = (
        r.clone(),
        c.clone(),
        PackageForm::default(),
        LocumForm::default(),
    );
    let grid = payback::compute(&b, &c, &r).results.map(|x| x.grid_inputs);
    vec![
        (
            "retention: scheme, schedule and employer cost",
            Box::new(move || retention::compute(&r1).errors.len() + 1),
        ),
        (
            "agency or permanent: both sides and the team",
            Box::new(move || cost::compute(&c2, &r2).errors.len() + 1),
        ),
        (
            "payback: cash flow and break-even",
            Box::new(move || payback::compute(&b, &c3, &r3).errors.len() + 1),
        ),
        (
            "payback: the 7 x 7 sensitivity grid (after the frame)",
            Box::new(move || {
                grid.as_ref()
                    .and_then(|g| g.grid())
                    .map_or(0, |g| g.cells.len())
            }),
        ),
        (
            "check my package: three offers, payslips, leaving",
            Box::new(move || package::compute(&k, &r, &c).errors.len() + 1),
        ),
        (
            "agency or permanent for me: both routes and the break-even rates",
            Box::new(move || locum::compute(&l, &r4, &c4, &k4).errors.len() + 1),
        ),
    ]
}

/// Runs `f` until about `budget_ms` have passed (at least 5 times) and returns
/// microseconds per run, using `now_ms` as the clock.
pub fn time_it(f: &dyn Fn() -> usize, now_ms: &dyn Fn() -> f64, budget_ms: f64) -> f64 {
    let mut sink = 0usize;
    let start = now_ms();
    let mut runs = 0u32;
    while runs < 5 || now_ms() - start < budget_ms {
        sink = sink.wrapping_add(f());
        runs += 1;
    }
    let per = (now_ms() - start) * 1000.0 / f64::from(runs);
    if sink == usize::MAX {
        println!("unreachable");
    }
    per
}
