//! The explanation every result carries: named lines, each with the rule in
//! words, the figures it used, and its source. The UI's "How this is worked out"
//! is rendered from these lines and never repeats a formula of its own.

use super::money::{Pence, Ratio};
use super::probability::Fixed;
use super::rates::Source;

/// What a line's figure is, so each is shown as what it is: a chance or a
/// number of months never reads "£0.00".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Money(Pence),
    /// An exact rate or share, e.g. 11.8%.
    Percent(Ratio),
    /// A worked-out chance (fixed point), shown as a percentage.
    Chance(Fixed),
    /// A number of whole months.
    Months(u32),
    /// Words, where the line has no figure of its own (e.g. "never").
    Text(String),
}

impl Value {
    /// The kind's name, as the page marks each cell (`data-kind`).
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Money(_) => "money",
            Value::Percent(_) | Value::Chance(_) => "percentage",
            Value::Months(_) => "months",
            Value::Text(_) => "text",
        }
    }

    /// The figure as the page shows it: `£1,500.00`, `11.8%`, `6 months`.
    pub fn label(&self) -> String {
        match self {
            Value::Money(p) => p.format(),
            Value::Percent(r) => r.percent_label(),
            Value::Chance(f) => f.percent_label(),
            Value::Months(1) => "1 month".to_string(),
            Value::Months(n) => format!("{n} months"),
            Value::Text(t) => t.clone(),
        }
    }

    pub fn money(&self) -> Option<Pence> {
        match self {
            Value::Money(p) => Some(*p),
            _ => None,
        }
    }
}

impl From<Pence> for Value {
    fn from(p: Pence) -> Value {
        Value::Money(p)
    }
}

impl From<Ratio> for Value {
    fn from(r: Ratio) -> Value {
        Value::Percent(r)
    }
}

impl From<Fixed> for Value {
    fn from(f: Fixed) -> Value {
        Value::Chance(f)
    }
}

/// How a line relates to the total it explains.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineKind {
    /// Adds to the total.
    Add,
    /// Taken away from the total.
    Subtract,
    /// The total itself (sum of the Add lines less the Subtract lines above it).
    Total,
    /// A figure shown for information; not part of the sum.
    Note,
}

/// One line of a breakdown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub kind: LineKind,
    /// What the line is, e.g. "Employer National Insurance".
    pub label: String,
    /// The rule in words with the figures it used, e.g. "15% of £3,000.00".
    pub working: String,
    /// Money for every line that adds, subtracts or totals; any kind for a note.
    pub value: Value,
    pub source: Option<&'static Source>,
}

/// An explained result.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Breakdown {
    pub title: String,
    pub lines: Vec<Line>,
}

impl Breakdown {
    pub fn new(title: impl Into<String>) -> Breakdown {
        Breakdown {
            title: title.into(),
            lines: Vec::new(),
        }
    }

    fn push(
        &mut self,
        kind: LineKind,
        label: impl Into<String>,
        working: impl Into<String>,
        value: Value,
        source: Option<&'static Source>,
    ) -> &mut Breakdown {
        self.lines.push(Line {
            kind,
            label: label.into(),
            working: working.into(),
            value,
            source,
        });
        self
    }

    pub fn add(
        &mut self,
        label: impl Into<String>,
        working: impl Into<String>,
        amount: Pence,
        source: Option<&'static Source>,
    ) -> &mut Breakdown {
        self.push(LineKind::Add, label, working, Value::Money(amount), source)
    }

    pub fn subtract(
        &mut self,
        label: impl Into<String>,
        working: impl Into<String>,
        amount: Pence,
        source: Option<&'static Source>,
    ) -> &mut Breakdown {
        self.push(
            LineKind::Subtract,
            label,
            working,
            Value::Money(amount),
            source,
        )
    }

    /// A figure for information (money, a rate, a chance, months or words).
    pub fn note(
        &mut self,
        label: impl Into<String>,
        working: impl Into<String>,
        value: impl Into<Value>,
        source: Option<&'static Source>,
    ) -> &mut Breakdown {
        self.push(LineKind::Note, label, working, value.into(), source)
    }

    /// Appends the total of the Add and Subtract lines so far, and returns it.
    pub fn total(&mut self, label: impl Into<String>, working: impl Into<String>) -> Pence {
        let sum = self.running_sum();
        self.push(LineKind::Total, label, working, Value::Money(sum), None);
        sum
    }

    /// Add lines less Subtract lines.
    pub fn running_sum(&self) -> Pence {
        self.lines
            .iter()
            .map(|l| match l.kind {
                LineKind::Add => l.value.money().unwrap_or(Pence::ZERO),
                LineKind::Subtract => -l.value.money().unwrap_or(Pence::ZERO),
                LineKind::Total | LineKind::Note => Pence::ZERO,
            })
            .sum()
    }

    /// Every distinct source the lines cite, in order of first use.
    pub fn sources(&self) -> Vec<&'static Source> {
        let mut out: Vec<&'static Source> = Vec::new();
        for s in self.lines.iter().filter_map(|l| l.source) {
            if !out.iter().any(|o| std::ptr::eq(*o, s)) {
                out.push(s);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn total_is_adds_less_subtracts_and_ignores_notes() {
        let mut b = Breakdown::new("t");
        b.add("a", "", Pence(300_000), None)
            .add("b", "", Pence(45_000), None)
            .note("info", "", Pence(999), None)
            .subtract("c", "", Pence(1_500), None);
        assert_eq!(b.total("Total", ""), Pence(343_500));
        assert_eq!(b.lines.last().map(|l| l.kind), Some(LineKind::Total));
    }

    #[test]
    fn each_kind_reads_as_what_it_is() {
        assert_eq!(Value::Money(Pence(150_000)).label(), "£1,500.00");
        assert_eq!(Value::Percent(Ratio::bp(1180)).label(), "11.8%");
        assert_eq!(Value::Months(1).label(), "1 month");
        assert_eq!(Value::Months(18).label(), "18 months");
        assert_eq!(Value::Text("never".into()).label(), "never");
        assert_eq!(Value::Months(6).kind(), "months");
        assert_eq!(Value::Chance(Fixed::ONE).kind(), "percentage");
    }
}
