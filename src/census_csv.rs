//! Build time only (native): DfE's workforce census CSV ("Indicators", see
//! data/README.md) to the files the app fetches when a visitor picks a council:
//! one [`CouncilFile`] per council of the latest year and a [`CouncilIndex`].
//!
//! Cells are carried over exactly as published (numbers and DfE's codes alike);
//! [`CouncilFigures::read`](crate::engine::census::CouncilFigures::read) reads
//! them in the app. A council is known by its ONS code in the latest year, with
//! that year's name; where the same area had another code before (a boundary or
//! status change that left the area whole), the earlier years are taken from the
//! old code and listed in `earlier_codes` ([`SAME_AREA`]).

use std::collections::BTreeMap;

pub use crate::engine::census::file_name;
use crate::engine::census::{CouncilFile, CouncilIndex, Figure, Indicator, FORMAT, VERSION};

/// Earlier ONS codes of the same area, `(code now, code before)`: ONS's register
/// of code changes. Barnsley and Sheffield were recoded after the 2024 boundary
/// changes; North Yorkshire and Somerset became unitary in April 2023,
/// Buckinghamshire in April 2020; North and West Northamptonshire, reported
/// together, cover the county of Northamptonshire (April 2021). Areas that were
/// split or merged differently (Cumbria, Dorset, Bournemouth and Poole) have no
/// earlier years.
pub const SAME_AREA: [(&str, &str); 6] = [
    ("E08000038", "E08000016"),
    ("E08000039", "E08000019"),
    ("E06000065", "E10000023"),
    ("E06000066", "E10000027"),
    ("E06000060", "E10000002"),
    ("E06000061 / E06000062", "E10000021"),
];

/// One CSV row, the columns the files need.
#[derive(Clone, Debug)]
struct Row {
    year: u16,
    level: String,
    region_code: String,
    region: String,
    code: String,
    name: String,
    cells: Vec<String>,
}

/// What the conversion produced.
#[derive(Clone, Debug)]
pub struct Converted {
    pub index: CouncilIndex,
    /// By ONS code.
    pub councils: BTreeMap<String, CouncilFile>,
}

/// Reads the CSV text and builds every file. Errors name the row or column.
pub fn convert(csv_text: &str) -> Result<Converted, String> {
    let rows = read_rows(csv_text)?;
    let latest = rows
        .iter()
        .map(|r| r.year)
        .max()
        .ok_or("the file has no rows")?;
    // A place's rows, oldest first (the app reads them in that order).
    let series = |level: &str, code: &str| -> Vec<Vec<String>> {
        let mut out: Vec<Vec<String>> = rows
            .iter()
            .filter(|r| r.level == level && r.code == code)
            .map(|r| {
                std::iter::once(r.year.to_string())
                    .chain(r.cells.iter().cloned())
                    .collect()
            })
            .collect();
        out.sort_by(|a, b| a[0].cmp(&b[0]));
        out
    };
    let england = series("National", "E92000001");
    if england.is_empty() {
        return Err("the file has no rows for England".into());
    }
    let mut councils = BTreeMap::new();
    let mut index = Vec::new();
    for r in rows
        .iter()
        .filter(|r| r.year == latest && r.level == "Local authority")
    {
        let mut own = series("Local authority", &r.code);
        let mut earlier_codes = Vec::new();
        for (_, old) in SAME_AREA.iter().filter(|(now, _)| *now == r.code) {
            for o in rows
                .iter()
                .filter(|o| o.level == "Local authority" && o.code == *old)
            {
                if own.iter().all(|row| row[0] != o.year.to_string()) {
                    own.push(
                        std::iter::once(o.year.to_string())
                            .chain(o.cells.iter().cloned())
                            .collect(),
                    );
                    earlier_codes.push(vec![o.year.to_string(), o.code.clone(), o.name.clone()]);
                }
            }
        }
        own.sort_by(|a, b| a[0].cmp(&b[0]));
        earlier_codes.sort();
        index.push((r.code.clone(), r.name.clone(), r.region.clone()));
        councils.insert(
            r.code.clone(),
            CouncilFile {
                format: FORMAT.into(),
                version: VERSION,
                code: r.code.clone(),
                name: r.name.clone(),
                region_code: r.region_code.clone(),
                region: r.region.clone(),
                columns: Indicator::ALL
                    .iter()
                    .map(|i| i.column().to_string())
                    .collect(),
                council: own,
                region_rows: series("Regional", &r.region_code),
                england: england.clone(),
                earlier_codes,
            },
        );
    }
    index.sort_by(|a, b| (&a.2, &a.1).cmp(&(&b.2, &b.1)));
    Ok(Converted {
        index: CouncilIndex {
            format: FORMAT.into(),
            version: VERSION,
            latest_year: latest,
            councils: index,
        },
        councils,
    })
}

/// The rows, each cell checked: a number with at most one decimal or a DfE code.
fn read_rows(csv_text: &str) -> Result<Vec<Row>, String> {
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let headers = reader.headers().map_err(|e| e.to_string())?.clone();
    let col = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| format!("the column {name} is missing"))
    };
    let (year, level, region_code, region, code, name) = (
        col("time_period")?,
        col("geographic_level")?,
        col("region_code")?,
        col("region_name")?,
        col("new_la_code")?,
        col("la_name")?,
    );
    let indicators: Vec<usize> = Indicator::ALL
        .iter()
        .map(|i| col(i.column()))
        .collect::<Result<_, _>>()?;
    let mut rows = Vec::new();
    for (n, record) in reader.records().enumerate() {
        let record = record.map_err(|e| format!("row {}: {e}", n + 2))?;
        let get = |i: usize| record.get(i).unwrap_or("").to_string();
        let level_text = get(level);
        let cells: Vec<String> = indicators.iter().map(|&i| get(i)).collect();
        for c in &cells {
            Figure::read(c).map_err(|e| format!("row {}: {}", n + 2, e.message()))?;
        }
        rows.push(Row {
            year: get(year)
                .parse()
                .map_err(|_| format!("row {}: the year is not a number", n + 2))?,
            code: if level_text == "National" {
                "E92000001".into()
            } else if level_text == "Regional" {
                get(region_code)
            } else {
                get(code)
            },
            name: get(name),
            region_code: get(region_code),
            region: get(region),
            level: level_text,
            cells,
        });
    }
    Ok(rows)
}

/// The files as `(path under the site, JSON text)`: `census/councils.json` and
/// `census/CODE.json` for each council (a code with a space or slash, as for
/// North and West Northamptonshire, is written with `-` for each).
pub fn files(c: &Converted) -> Result<Vec<(String, String)>, String> {
    let mut out = vec![("census/councils.json".to_string(), to_json(&c.index)?)];
    for (code, file) in &c.councils {
        out.push((format!("census/{}.json", file_name(code)), to_json(file)?));
    }
    Ok(out)
}

fn to_json<T: serde::Serialize>(v: &T) -> Result<String, String> {
    serde_json::to_string(v).map_err(|e| e.to_string())
}
