//! From a browser event to an [`Action`]: a pure function, tested natively.
//!
//! The app listens once, at its root, for `input`, `change` and `click` (event
//! delegation), and passes what happened here: which element (its id, its name
//! for radios, or a button's `data-action`), its value and whether it is ticked.
//! The views so carry no callbacks of their own, only ids and data attributes,
//! which keeps the WebAssembly small (see README, "Bundle size").

use super::cost::{Basis, CostAction, CostField};
use super::designs::{self, DesignsAction};
use super::locum::{self, LField, LocumAction};
use super::package::{PackageAction, KEY_BLOCK, TAX_CODE_ID};
use super::payback::{ids as payback_ids, PaybackAction};
use super::retention::{PaymentField, RetentionAction, StepField};
use super::workforce::{self, WField, WorkforceAction};
use super::{Action, Page};
use crate::engine::agency::{Region, Role};
use crate::engine::clawback::{LeavingReason, ShapeKind};
use crate::engine::locum_pay::{HolidayPay, Route};
use crate::engine::presets::Preset;
use crate::engine::rates::{LoanPlan, TaxRegion, TaxYear};
use crate::engine::take_home::Lgps;

/// What happened in the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event<'a> {
    /// Typing in a text input.
    Text { id: &'a str, value: &'a str },
    /// A choice in a `<select>`.
    Select { id: &'a str, value: &'a str },
    /// A checkbox ticked or cleared.
    Check { id: &'a str, checked: bool },
    /// A radio chosen: its group's name and its value.
    Radio { name: &'a str, value: &'a str },
    /// A button or link with a `data-action`.
    Click { action: &'a str },
}

/// `p12-amount` → `(12, "amount")`; `p12-s3-share` → `(12, "s3-share")`.
fn payment_id(id: &str) -> Option<(u32, &str)> {
    let rest = id.strip_prefix('p')?;
    let (key, part) = rest.split_once('-')?;
    Some((key.parse().ok()?, part))
}

fn retention(a: RetentionAction) -> Option<Action> {
    Some(Action::Retention(a))
}

fn package(a: PackageAction) -> Option<Action> {
    Some(Action::Package(a))
}

/// An edit to the payment with this key: offer 1's payments are the retention
/// page's; offers 2 and 3 have keys from 2 × and 3 × [`KEY_BLOCK`].
/// Designs B and C have keys from 4 × and 5 × [`KEY_BLOCK`].
fn for_key(key: u32, a: RetentionAction) -> Option<Action> {
    if let Some(i) = designs::index_of_key(key) {
        return Some(Action::Designs(DesignsAction::Design(i, a)));
    }
    match key / KEY_BLOCK {
        0 | 1 => retention(a),
        n => package(PackageAction::Offer(n as usize - 2, a)),
    }
}

/// `d2` → design B, index 0.
fn design_index(tag: &str) -> Option<usize> {
    let n: usize = tag.strip_prefix('d')?.parse().ok()?;
    (2..=designs::MAX_DESIGNS).contains(&n).then(|| n - 2)
}

/// `o2` → offer index 0.
fn offer_index(tag: &str) -> Option<usize> {
    let n: usize = tag.strip_prefix('o')?.parse().ok()?;
    (2..=super::package::MAX_OFFERS).contains(&n).then(|| n - 2)
}

/// A scheme-wide retention action for the main scheme (`scope` empty) or an offer (`o2`).
fn scoped(scope: &str, a: RetentionAction) -> Option<Action> {
    if scope.is_empty() {
        retention(a)
    } else if let Some(i) = design_index(scope) {
        Some(Action::Designs(DesignsAction::Design(i, a)))
    } else {
        package(PackageAction::Offer(offer_index(scope)?, a))
    }
}

fn cost(a: CostAction) -> Option<Action> {
    Some(Action::Cost(a))
}

fn payback(a: PaybackAction) -> Option<Action> {
    Some(Action::Payback(a))
}

/// The action for an event, if it is one the app handles.
pub fn route(event: Event<'_>) -> Option<Action> {
    use RetentionAction as R;
    match event {
        Event::Text { id, value } => {
            let v = value.to_string();
            match id {
                "salary" => retention(R::SetSalary(v)),
                "fte" => retention(R::SetFte(v)),
                "pension-rate" => retention(R::SetPensionRate(v)),
                "leave-month" => retention(R::SetLeaveMonth(v)),
                payback_ids::RECOVERY => payback(PaybackAction::SetRecovery(v)),
                payback_ids::EXEMPT => payback(PaybackAction::SetExemptShare(v)),
                payback_ids::INDUCTION => payback(PaybackAction::SetInduction(v)),
                payback_ids::DISCOUNT => payback(PaybackAction::SetDiscountRate(v)),
                payback_ids::HORIZON => payback(PaybackAction::SetHorizon(v)),
                TAX_CODE_ID => package(PackageAction::SetTaxCode(v)),
                _ => {
                    if let Some((tag, part)) =
                        id.split_once('-').filter(|(t, _)| t.starts_with('o'))
                    {
                        let i = offer_index(tag)?;
                        return match part {
                            "salary" => package(PackageAction::SetOfferSalary(i, v)),
                            "supplement" => package(PackageAction::SetOfferSupplement(i, v)),
                            _ => None,
                        };
                    }
                    if let Some(field) = id.strip_prefix("c-").and_then(CostField::from_slug) {
                        return cost(CostAction::Set(field, v));
                    }
                    if let Some(field) = WField::from_id(id) {
                        return Some(Action::Workforce(WorkforceAction::Set(field, v)));
                    }
                    if let Some(field) = LField::from_id(id) {
                        return Some(Action::Locum(LocumAction::Set(field, v)));
                    }
                    if let Some(rest) = id.strip_prefix("cap-") {
                        let (region, role) = rest.rsplit_once('-')?;
                        return cost(CostAction::SetCap(
                            Region::from_slug(region)?,
                            Role::from_slug(role)?,
                            v,
                        ));
                    }
                    let (key, part) = payment_id(id)?;
                    let field = match part {
                        "name" => PaymentField::Name,
                        "amount" => PaymentField::Amount,
                        "month" => PaymentField::Month,
                        "tiein" => PaymentField::TieIn,
                        "full" => PaymentField::FullMonths,
                        step => {
                            let (index, which) = step.strip_prefix('s')?.split_once('-')?;
                            let field = match which {
                                "from" => StepField::From,
                                "share" => StepField::Share,
                                _ => return None,
                            };
                            return for_key(
                                key,
                                R::SetStep {
                                    key,
                                    index: index.parse().ok()?,
                                    field,
                                    value: v,
                                },
                            );
                        }
                    };
                    for_key(
                        key,
                        R::SetPaymentField {
                            key,
                            field,
                            value: v,
                        },
                    )
                }
            }
        }
        Event::Select { id, value } => match id {
            "tax-year" => retention(R::SetYear(TaxYear::from_slug(value)?)),
            "leave-reason" => retention(R::SetReason(LeavingReason::from_slug(value)?)),
            "pay-point" if !value.is_empty() => retention(R::SetSalary(value.to_string())),
            "c-region" => cost(CostAction::SetRegion(Region::from_slug(value)?)),
            "c-role" => cost(CostAction::SetRole(Role::from_slug(value)?)),
            crate::state::census::PICKER_ID => Some(Action::SetCouncil(
                (!value.is_empty()).then(|| value.to_string()),
            )),
            _ => {
                let (key, part) = payment_id(id)?;
                (part == "shape").then_some(())?;
                for_key(
                    key,
                    R::SetShape {
                        key,
                        shape: ShapeKind::from_slug(value)?,
                    },
                )
            }
        },
        Event::Check { id, checked } => match id {
            "levy" => retention(R::SetLevy(checked)),
            "c-supp-pens" => cost(CostAction::SetSupplementPensionable(checked)),
            "c-link" => cost(CostAction::SetLinkScheme(checked)),
            payback_ids::DISCOUNT_ON => payback(PaybackAction::SetDiscount(checked)),
            workforce::SCHEME_ID => Some(Action::Workforce(WorkforceAction::SetScheme(checked))),
            locum::LEVY_ID => Some(Action::Locum(LocumAction::SetLevy(checked))),
            _ => {
                if let Some(reason) = id
                    .strip_prefix("exempt-")
                    .and_then(LeavingReason::from_slug)
                {
                    return retention(R::SetExempt(reason, checked));
                }
                if let Some(plan) = id.strip_prefix("k-loan-").and_then(LoanPlan::from_slug) {
                    return package(PackageAction::SetLoan(plan, checked));
                }
                let (key, part) = payment_id(id)?;
                match part {
                    "fte" => for_key(key, R::SetProRata { key, on: checked }),
                    "pens" => for_key(key, R::SetPensionable { key, on: checked }),
                    _ => None,
                }
            }
        },
        Event::Radio { name, value } => match name {
            "c-overheads-kind" => cost(CostAction::SetOverheadsPercent(value == "percent")),
            "c-margin-kind" => cost(CostAction::SetMarginPercent(value == "percent")),
            "c-basis" => cost(CostAction::SetBasis(Basis::from_slug(value)?)),
            "k-region" => package(PackageAction::SetRegion(match value {
                "scotland" => TaxRegion::Scotland,
                "ewni" => TaxRegion::Ewni,
                _ => return None,
            })),
            "k-lgps" => package(PackageAction::SetLgps(Lgps::from_slug(value)?)),
            locum::ROUTE_NAME => Some(Action::Locum(LocumAction::SetRoute(Route::from_slug(
                value,
            )?))),
            locum::HOLIDAY_NAME => Some(Action::Locum(LocumAction::SetHoliday(
                HolidayPay::from_slug(value)?,
            ))),
            locum::ENROLLED_NAME => Some(Action::Locum(LocumAction::SetEnrolled(value == "in"))),
            workforce::SERVICE_AS => Some(Action::Workforce(WorkforceAction::SetByRates(
                value == "rates",
            ))),
            _ => None,
        },
        Event::Click { action } => {
            let (verb, arg) = action.split_once(':').unwrap_or((action, ""));
            let key = || arg.parse::<u32>().ok();
            match verb {
                "nav" => Some(Action::Navigate(Page::from_slug(arg)?)),
                "add-payment" => scoped(arg, R::AddPayment),
                "remove" => for_key(key()?, R::RemovePayment(key()?)),
                "up" => for_key(
                    key()?,
                    R::MovePayment {
                        key: key()?,
                        up: true,
                    },
                ),
                "down" => for_key(
                    key()?,
                    R::MovePayment {
                        key: key()?,
                        up: false,
                    },
                ),
                "add-step" => for_key(key()?, R::AddStep { key: key()? }),
                "remove-step" => {
                    let (k, i) = arg.split_once(':')?;
                    let key = k.parse().ok()?;
                    for_key(
                        key,
                        R::RemoveStep {
                            key,
                            index: i.parse().ok()?,
                        },
                    )
                }
                "preset" => retention(R::LoadPreset(Preset::from_slug(arg)?)),
                "undo" => scoped(arg, R::Undo),
                "dismiss-undo" => scoped(arg, R::DismissUndo),
                "add-offer" => package(PackageAction::AddOffer),
                "add-design" => Some(Action::Designs(DesignsAction::Add)),
                "remove-design" => Some(Action::Designs(DesignsAction::Remove(arg.parse().ok()?))),
                "remove-offer" => package(PackageAction::RemoveOffer(arg.parse().ok()?)),
                "shift" => retention(R::ShiftLeaveMonth(arg.parse().ok()?)),
                _ => None,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::{reduce, AppState};

    fn apply(state: &AppState, e: Event<'_>) -> AppState {
        reduce(state, route(e).expect("routed"))
    }

    #[test]
    fn typing_reaches_the_right_field() {
        let s = AppState::default();
        let key = s.retention.payments[1].key;
        let id = format!("p{key}-amount");
        let s = apply(
            &s,
            Event::Text {
                id: &id,
                value: "2,500",
            },
        );
        assert_eq!(s.retention.payments[1].amount, "2,500");
        let s = apply(
            &s,
            Event::Text {
                id: "c-hourly",
                value: "45",
            },
        );
        assert_eq!(s.cost.get(CostField::Hourly), "45");
        let s = apply(
            &s,
            Event::Text {
                id: "cap-north-east-tm",
                value: "50",
            },
        );
        assert_eq!(s.cost.cap(Region::NorthEast, Role::TeamManager), "50");
        let s = apply(
            &s,
            Event::Text {
                id: "b-horizon",
                value: "48",
            },
        );
        assert_eq!(s.payback.horizon, "48");
    }

    #[test]
    fn steps_selects_checks_and_radios() {
        let s = AppState::default();
        let key = s.retention.payments[0].key;
        let shape_id = format!("p{key}-shape");
        let s = apply(
            &s,
            Event::Select {
                id: &shape_id,
                value: "stepped",
            },
        );
        assert_eq!(s.retention.payments[0].shape, ShapeKind::Stepped);
        let step_id = format!("p{key}-s1-share");
        let s = apply(
            &s,
            Event::Text {
                id: &step_id,
                value: "40",
            },
        );
        assert_eq!(s.retention.payments[0].steps[1].share, "40");
        let s = apply(
            &s,
            Event::Check {
                id: "exempt-tupe",
                checked: false,
            },
        );
        assert!(!s.retention.exempt.contains(&LeavingReason::Tupe));
        let s = apply(
            &s,
            Event::Radio {
                name: "c-basis",
                value: "daily",
            },
        );
        assert_eq!(s.cost.basis, Basis::Daily);
        let s = apply(
            &s,
            Event::Select {
                id: "pay-point",
                value: "46376",
            },
        );
        assert_eq!(s.retention.salary, "46376");
        assert_eq!(
            route(Event::Select {
                id: "pay-point",
                value: ""
            }),
            None
        );
    }

    #[test]
    fn buttons_carry_their_action() {
        let s = AppState::default();
        let key = s.retention.payments[2].key;
        let up = format!("up:{key}");
        let s = apply(&s, Event::Click { action: &up });
        assert_eq!(s.retention.payments[1].key, key);
        let s = apply(
            &s,
            Event::Click {
                action: "preset:pro-rata-24",
            },
        );
        assert_eq!(s.retention.payments.len(), 1);
        let s = apply(&s, Event::Click { action: "undo" });
        assert_eq!(s.retention.payments.len(), 3);
        let s = apply(&s, Event::Click { action: "shift:-1" });
        assert_eq!(s.retention.leave_month, "9");
        let s = apply(
            &s,
            Event::Click {
                action: "nav:payback",
            },
        );
        assert_eq!(s.page, Page::Payback);
    }

    #[test]
    fn scheme_designs_are_added_edited_and_removed() {
        let s = AppState::default();
        let s = apply(
            &s,
            Event::Click {
                action: "add-design",
            },
        );
        let s = apply(
            &s,
            Event::Click {
                action: "add-design",
            },
        );
        let s = apply(
            &s,
            Event::Click {
                action: "add-design",
            },
        );
        assert_eq!(s.designs.designs.len(), 2, "A, B and C at most");
        // Design B's first payment has key 40000: its amount goes to B only.
        let key = s.designs.designs[0].payments[0].key;
        assert_eq!(key, 40_000);
        let id = format!("p{key}-amount");
        let s = apply(
            &s,
            Event::Text {
                id: &id,
                value: "5000",
            },
        );
        assert_eq!(s.designs.designs[0].payments[0].amount, "5000");
        assert_ne!(s.retention.payments[0].amount, "5000");
        assert_ne!(s.designs.designs[1].payments[0].amount, "5000");
        let s = apply(
            &s,
            Event::Click {
                action: "add-payment:d3",
            },
        );
        assert_eq!(s.designs.designs[1].payments.len(), 4);
        let shape = format!("p{}-shape", s.designs.designs[1].payments[0].key);
        let s = apply(
            &s,
            Event::Select {
                id: &shape,
                value: "cliff",
            },
        );
        assert_eq!(
            s.designs.designs[1].payments[0].shape,
            ShapeKind::AllOrNothing
        );
        let s = apply(
            &s,
            Event::Click {
                action: &format!("remove:{key}"),
            },
        );
        assert_eq!(s.designs.designs[0].payments.len(), 2);
        let s = apply(&s, Event::Click { action: "undo:d2" });
        assert_eq!(s.designs.designs[0].payments.len(), 3);
        let s = apply(
            &s,
            Event::Click {
                action: "remove-design:0",
            },
        );
        assert_eq!(s.designs.designs.len(), 1);
        assert_eq!(s.designs.designs[0].payments.len(), 4, "C moved up");
        assert_eq!(s.designs.designs[0].payments[0].key / KEY_BLOCK, 4);
    }

    #[test]
    fn check_my_package_and_its_offers() {
        let s = reduce(&AppState::default(), Action::Navigate(Page::Package));
        let s = apply(
            &s,
            Event::Click {
                action: "add-offer",
            },
        );
        let s = apply(
            &s,
            Event::Click {
                action: "add-offer",
            },
        );
        assert_eq!(s.package.offers.len(), 2);
        let s = apply(
            &s,
            Event::Text {
                id: "o3-salary",
                value: "45,000",
            },
        );
        assert_eq!(s.package.offers[1].salary, "45,000");
        // Offer 2's first payment has key 20000: its amount goes to offer 2 only.
        let key = s.package.offers[0].scheme.payments[0].key;
        assert_eq!(key, 2 * KEY_BLOCK);
        let id = format!("p{key}-amount");
        let s = apply(
            &s,
            Event::Text {
                id: &id,
                value: "1500",
            },
        );
        assert_eq!(s.package.offers[0].scheme.payments[0].amount, "1500");
        assert_ne!(s.retention.payments[0].amount, "1500");
        let remove = format!("remove:{key}");
        let s = apply(&s, Event::Click { action: &remove });
        assert_eq!(s.package.offers[0].scheme.payments.len(), 2);
        let s = apply(&s, Event::Click { action: "undo:o2" });
        assert_eq!(s.package.offers[0].scheme.payments.len(), 3);
        let s = apply(
            &s,
            Event::Click {
                action: "add-payment:o3",
            },
        );
        assert_eq!(s.package.offers[1].scheme.payments.len(), 4);
        let s = apply(
            &s,
            Event::Text {
                id: TAX_CODE_ID,
                value: "S1257L",
            },
        );
        assert_eq!(s.package.tax_code, "S1257L");
        let s = apply(
            &s,
            Event::Radio {
                name: "k-region",
                value: "scotland",
            },
        );
        assert_eq!(s.package.region, TaxRegion::Scotland);
        let s = apply(
            &s,
            Event::Radio {
                name: "k-lgps",
                value: "5050",
            },
        );
        assert_eq!(s.package.lgps, Lgps::FiftyFifty);
        let s = apply(
            &s,
            Event::Check {
                id: "k-loan-pg",
                checked: true,
            },
        );
        assert_eq!(
            s.package.loans,
            vec![LoanPlan::Plan2, LoanPlan::Postgraduate]
        );
        let s = apply(
            &s,
            Event::Click {
                action: "remove-offer:0",
            },
        );
        assert_eq!(s.package.offers.len(), 1);
        assert_eq!(s.package.offers[0].salary, "45,000", "offer 3 moved up");
        assert_eq!(
            route(Event::Text {
                id: "o4-salary",
                value: "1"
            }),
            None
        );
        assert_eq!(route(Event::Click { action: "undo:o9" }), None);
    }

    #[test]
    fn anything_else_is_ignored() {
        for e in [
            Event::Text {
                id: "nowhere",
                value: "1",
            },
            Event::Text {
                id: "p-amount",
                value: "1",
            },
            Event::Text {
                id: "pxx-amount",
                value: "1",
            },
            Event::Text {
                id: "cap-mars-sw",
                value: "1",
            },
            Event::Select {
                id: "tax-year",
                value: "1999-00",
            },
            Event::Check {
                id: "p3-colour",
                checked: true,
            },
            Event::Radio {
                name: "c-basis",
                value: "weekly",
            },
            Event::Click {
                action: "remove:abc",
            },
            Event::Click { action: "explode" },
        ] {
            assert_eq!(route(e), None, "{e:?}");
        }
    }
}
