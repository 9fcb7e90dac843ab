//! The explanation every result carries: named lines, each with the rule in
//! words, the figures it used, and its source. The UI's "How this is worked out"
//! is rendered from these lines and never repeats a formula of its own.

use super::money::Pence;
use super::rates::Source;

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
    pub amount: Pence,
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
        amount: Pence,
        source: Option<&'static Source>,
    ) -> &mut Breakdown {
        self.lines.push(Line {
            kind,
            label: label.into(),
            working: working.into(),
            amount,
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
        self.push(LineKind::Add, label, working, amount, source)
    }

    pub fn subtract(
        &mut self,
        label: impl Into<String>,
        working: impl Into<String>,
        amount: Pence,
        source: Option<&'static Source>,
    ) -> &mut Breakdown {
        self.push(LineKind::Subtract, label, working, amount, source)
    }

    pub fn note(
        &mut self,
        label: impl Into<String>,
        working: impl Into<String>,
        amount: Pence,
        source: Option<&'static Source>,
    ) -> &mut Breakdown {
        self.push(LineKind::Note, label, working, amount, source)
    }

    /// Appends the total of the Add and Subtract lines so far, and returns it.
    pub fn total(&mut self, label: impl Into<String>, working: impl Into<String>) -> Pence {
        let sum = self.running_sum();
        self.push(LineKind::Total, label, working, sum, None);
        sum
    }

    /// Add lines less Subtract lines.
    pub fn running_sum(&self) -> Pence {
        self.lines
            .iter()
            .map(|l| match l.kind {
                LineKind::Add => l.amount,
                LineKind::Subtract => -l.amount,
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
}
