//! The engine against HMRC's published payroll test data for 2025/26: every row
//! of the income tax data ("2025-26 tax calculation test data": rest of UK,
//! Welsh and Scottish; cumulative and week 1 / month 1; BR, D and SD codes,
//! K codes with the overriding limit, NT, large codes; monthly and weekly pay)
//! and of the National Insurance data (categories A, B, C, H, J, M, V and Z;
//! weekly, fortnightly, four-weekly and monthly), to the penny.
//!
//! HMRC publishes the data on GOV.UK (Crown copyright, Open Government Licence
//! v3.0); the rows are read from the JSON copy in payetools/Payetools
//! (test/Payetools.Testing.Data/Data/IncomeTax/income_tax_test_data_2025-2026.json
//! and .../NationalInsurance/national_insurance_test_data_2025-2026.json). The
//! project does not carry that copy: the files are looked for in
//! `$HMRC_TEST_DATA` or, beside the project, `../shared/data/hmrc/`. Where they
//! are absent the tests say so and check nothing from them; the hand-worked
//! rows in src/engine (paye.rs, payroll.rs, money.rs) cover the same rules.
//!
//! What the engine does not model is said by row and left out, counted: the
//! freeport and investment zone NI categories (D, E, F, I, K, L, N, S), which
//! no council employee is in.
#![cfg(not(target_arch = "wasm32"))]
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::path::PathBuf;

use retention_pay::engine::money::Pence;
use retention_pay::engine::national_insurance::{ni_for_period, NiCategory};
use retention_pay::engine::paye::{PayFrequency, Paye};
use retention_pay::engine::rates::{income_tax, TaxRegion, TaxYear};
use retention_pay::engine::tax_code::{CodeCountry, TaxCode};
use serde_json::Value;

fn data_file(name: &str) -> Option<Vec<Value>> {
    let dir = std::env::var_os("HMRC_TEST_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/hmrc"));
    let path = dir.join(name);
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!(
            "HMRC test data not found at {}: 0 rows checked (set HMRC_TEST_DATA)",
            path.display()
        );
        return None;
    };
    Some(serde_json::from_str(&text).expect("HMRC test data is a JSON array"))
}

/// Pounds with up to two decimals, as the JSON writes them, to pence.
fn pence(v: &Value) -> Pence {
    let f = v.as_f64().expect("a number of pounds");
    Pence((f * 100.0).round() as i64)
}

fn text<'a>(row: &'a Value, key: &str) -> &'a str {
    row[key].as_str().unwrap_or_default()
}

fn frequency(row: &Value) -> PayFrequency {
    match text(row, "PayFrequency") {
        "Monthly" => PayFrequency::Monthly,
        "Weekly" => PayFrequency::Weekly,
        "Fortnightly" => PayFrequency::Fortnightly,
        "FourWeekly" => PayFrequency::FourWeekly,
        other => panic!("pay frequency {other}"),
    }
}

/// The series a row belongs to ("…/Gen_cumul-mthly"), whose cumulative rows
/// run one after another through the year.
fn series(row: &Value) -> String {
    let id = text(row, "TestIdentifier");
    id.rsplit_once('/')
        .map(|(s, _)| s)
        .unwrap_or(id)
        .to_string()
}

#[test]
fn every_income_tax_row_to_the_penny() {
    let Some(rows) = data_file("income_tax_test_data_2025-2026.json") else {
        return;
    };
    let mut running: BTreeMap<String, Paye> = BTreeMap::new();
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut failures = Vec::new();
    for row in &rows {
        let id = text(row, "TestIdentifier");
        assert_eq!(text(row, "TaxYearEnding"), "Apr5_2026", "{id}");
        let region = match text(row, "RelatesTo") {
            "GB-SCT" => TaxRegion::Scotland,
            _ => TaxRegion::Ewni,
        };
        let mut code_text = text(row, "TaxCode").to_string();
        let w1m1 = row["W1M1Flag"].as_bool().unwrap_or(false);
        if w1m1 {
            code_text.push_str(" W1/M1");
        }
        let code = TaxCode::parse(&code_text).unwrap_or_else(|e| panic!("{id}: {e:?}"));
        if region == TaxRegion::Scotland && code_text != "NT" {
            assert_eq!(code.country, Some(CodeCountry::Scotland), "{id}");
        }
        let bands = income_tax(TaxYear::Y2025_26, region);
        let pay = pence(&row["GrossPay"]);
        let (tax, to_date) = if w1m1 {
            let m = Paye::with_frequency(code, bands, frequency(row)).next_month(pay);
            (m.tax, m.tax)
        } else {
            // A series whose rows all say period 1 (the large codes) is a set
            // of first periods, each on its own.
            if row["Period"].as_u64() == Some(1) {
                running.remove(&series(row));
            }
            let paye = running
                .entry(series(row))
                .or_insert_with(|| Paye::with_frequency(code, bands, frequency(row)));
            paye.change_code(code);
            let m = paye.next_month(pay);
            (m.tax, paye.deducted_to_date())
        };
        let want = (pence(&row["TaxDueInPeriod"]), pence(&row["TaxDueToDate"]));
        if (tax, to_date) != want {
            failures.push(format!(
                "{id} ({code_text}, pay {pay}): tax {tax} to date {to_date}, HMRC {} and {}",
                want.0, want.1
            ));
        }
        let kind = format!(
            "{} {}",
            text(row, "PayFrequency"),
            if w1m1 { "week 1/month 1" } else { "cumulative" }
        );
        *counts.entry(kind).or_default() += 1;
    }
    eprintln!("HMRC income tax rows checked: {counts:?}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_eq!(counts.values().sum::<usize>(), rows.len());
}

#[test]
fn every_national_insurance_row_to_the_penny() {
    let Some(rows) = data_file("national_insurance_test_data_2025-2026.json") else {
        return;
    };
    let mut checked: BTreeMap<String, usize> = BTreeMap::new();
    let mut not_modelled = 0;
    let mut failures = Vec::new();
    for row in &rows {
        let id = text(row, "TestIdentifier");
        let Some(category) = NiCategory::from_letter(text(row, "NiCategory")) else {
            // A freeport or investment zone category: no council employee.
            not_modelled += 1;
            continue;
        };
        let pay = pence(&row["GrossPay"]);
        let got = ni_for_period(TaxYear::Y2025_26, category, frequency(row), pay);
        let want = (
            pence(&row["EmployeeNiContribution"]),
            pence(&row["EmployerNiContribution"]),
        );
        if (got.employee, got.employer) != want {
            failures.push(format!(
                "{id} ({} pay {pay}): employee {} employer {}, HMRC {} and {}",
                text(row, "PayFrequency"),
                got.employee,
                got.employer,
                want.0,
                want.1
            ));
        }
        *checked
            .entry(format!("{category:?} {}", text(row, "PayFrequency")))
            .or_default() += 1;
    }
    eprintln!(
        "HMRC NI rows checked: {checked:?}; freeport and investment zone rows not modelled: {not_modelled}"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_eq!(checked.values().sum::<usize>() + not_modelled, rows.len());
}
