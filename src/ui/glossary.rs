//! The procedural terms a player meets, explained where they appear (tooltips) and
//! all together in the glossary window (G). The words are in the locale
//! (`term-<id>` and its `.explained` attribute).

use bevy_egui::egui;

use crate::text::Locale;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Term {
    Consensus,
    ChairsText,
    Penholder,
    GeneralExchange,
    Consultations,
    Revision,
    Brackets,
    AgreedLanguage,
    ChairsSummary,
    RedLine,
    Salience,
    ExplanationOfPosition,
    DiplomaticCapital,
    RecordedVote,
    NegotiatingGroup,
    Isolation,
}

impl Term {
    pub const ALL: [Term; 16] = [
        Term::Consensus,
        Term::ChairsText,
        Term::Penholder,
        Term::GeneralExchange,
        Term::Consultations,
        Term::Revision,
        Term::Brackets,
        Term::AgreedLanguage,
        Term::ChairsSummary,
        Term::RedLine,
        Term::Salience,
        Term::ExplanationOfPosition,
        Term::DiplomaticCapital,
        Term::RecordedVote,
        Term::NegotiatingGroup,
        Term::Isolation,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Term::Consensus => "term-consensus",
            Term::ChairsText => "term-chairs-text",
            Term::Penholder => "term-penholder",
            Term::GeneralExchange => "term-general-exchange",
            Term::Consultations => "term-consultations",
            Term::Revision => "term-revision",
            Term::Brackets => "term-brackets",
            Term::AgreedLanguage => "term-agreed-language",
            Term::ChairsSummary => "term-chairs-summary",
            Term::RedLine => "term-red-line",
            Term::Salience => "term-salience",
            Term::ExplanationOfPosition => "term-explanation-of-position",
            Term::DiplomaticCapital => "term-diplomatic-capital",
            Term::RecordedVote => "term-recorded-vote",
            Term::NegotiatingGroup => "term-negotiating-group",
            Term::Isolation => "term-isolation",
        }
    }
}

/// The explanation of a term, for a tooltip.
pub fn explain(l: &Locale, term: Term) -> String {
    l.attr(term.key(), "explained")
}

/// Every term with its explanation.
pub fn glossary_panel(ui: &mut egui::Ui, l: &Locale) {
    egui::Grid::new("glossary").striped(true).num_columns(2).show(ui, |ui| {
        for term in Term::ALL {
            ui.strong(l.t(term.key()));
            crate::ui::widgets::paragraph(ui, l, &explain(l, term));
            ui.end_row();
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_term_has_a_name_and_a_real_explanation() {
        let l = crate::text::english();
        let mut names = std::collections::BTreeSet::new();
        for term in Term::ALL {
            assert!(l.has(term.key()), "{} is missing from the locale", term.key());
            assert!(names.insert(l.t(term.key())), "two terms share the name {}", l.t(term.key()));
            let explained = explain(l, term);
            assert!(explained.split_whitespace().count() >= 10, "{:?} needs a real explanation: {explained}", term);
            assert_ne!(explained, term.key(), "{:?}: the explanation is missing", term);
        }
    }
}
