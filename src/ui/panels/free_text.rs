//! A paragraph in the player's own words. The scenario's lexicon reads it as an issue
//! and the closest step of its ladder: that is how the room understands it, shown beside
//! it and correctable. The player's words are what is tabled, shown and exported.

use bevy_egui::egui;

use super::UiAction;
use super::draft::{DraftUi, DraftView};
use crate::model::draft::{Draft, Edit, ParagraphStatus};
use crate::model::{Intent, Scenario};
use crate::text::Locale;
use crate::tr;
use crate::ui::{theme, widgets};

/// The free-text box and how the lexicon read it; the player may correct the reading.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LexiconUi {
    pub text: String,
    /// The text the reading was made from; a new text is read again.
    pub read_from: String,
    pub issue: Option<usize>,
    pub rung: usize,
    pub matched: Vec<String>,
    pub also: Vec<usize>,
}

impl LexiconUi {
    /// Reads the text again if it changed since the last reading.
    pub fn refresh(&mut self, scenario: &Scenario, l: &Locale) {
        if self.text == self.read_from {
            return;
        }
        let reading = crate::model::lexicon::read(scenario, &self.text, &l.stop_words());
        self.read_from = self.text.clone();
        self.issue = reading.issue;
        self.rung = reading.rung;
        self.matched = reading.matched;
        self.also = reading.also;
    }
}

pub fn free_text_section(ui: &mut egui::Ui, l: &Locale, view: &DraftView, state: &mut DraftUi) {
    let lex = &mut state.lexicon;
    egui::CollapsingHeader::new(l.t("free-heading"))
        .id_salt(("free-text", view.text))
        .default_open(!lex.text.is_empty())
        .show(ui, |ui| {
            ui.add(
                egui::TextEdit::multiline(&mut lex.text)
                    .hint_text(l.t("free-hint"))
                    .desired_rows(2)
                    .desired_width(f32::INFINITY)
                    .char_limit(crate::model::intent::MAX_OWN_WORDS),
            );
            if lex.text.trim().is_empty() {
                ui.small(l.t("free-explained"));
                return;
            }
            match lex.issue {
                Some(issue) => {
                    let found: Vec<String> = lex.matched.iter().map(|k| tr!(l, "quoted", text = k)).collect();
                    ui.label(tr!(l, "free-read-as", issue = view.issues[issue].label.clone(), found = l.list(&found)));
                    if !lex.also.is_empty() {
                        let also: Vec<String> = lex.also.iter().map(|&i| view.issues[i].label.clone()).collect();
                        ui.small(tr!(l, "free-also", issues = l.list(&also)));
                    }
                }
                None => {
                    ui.colored_label(theme::bad(ui), l.t("free-not-recognised"));
                }
            }
            ui.horizontal_wrapped(|ui| {
                ui.label(l.t("free-issue"));
                let selected = lex.issue.map_or_else(|| l.t("draft-choose-issue"), |i| view.issues[i].label.clone());
                egui::ComboBox::from_id_salt(("free-issue", view.text))
                    .selected_text(widgets::short(&selected, 48))
                    .show_ui(ui, |ui| {
                        for (i, issue) in view.issues.iter().enumerate() {
                            if ui.selectable_label(lex.issue == Some(i), &issue.label).clicked() {
                                lex.issue = Some(i);
                                lex.rung = 0;
                            }
                        }
                    });
            });
            let Some(issue) = lex.issue else { return };
            let ladder = &view.issues[issue].wordings;
            if ladder.is_empty() {
                return;
            }
            if !ladder.iter().any(|w| w.0 == lex.rung) {
                lex.rung = ladder[0].0;
            }
            ui.label(l.t("free-strength"));
            for (r, wording) in ladder {
                ui.horizontal_top(|ui| {
                    ui.radio_value(&mut lex.rung, *r, "");
                    ui.add(egui::Label::new(egui::RichText::new(wording).small()).wrap());
                });
            }
            let existing = view
                .paragraphs
                .iter()
                .find(|p| p.issue == issue && matches!(p.status, ParagraphStatus::Text | ParagraphStatus::Bracketed));
            let edit = match existing {
                Some(p) => Edit::Reword { paragraph: p.index, rung: lex.rung },
                None => Edit::Insert { issue, rung: lex.rung },
            };
            let label = match (view.me, existing) {
                (Some(_), Some(p)) => tr!(l, "free-propose-as", number = Draft::number(p.index)),
                (Some(_), None) => l.t("free-propose-new"),
                (None, Some(p)) => tr!(l, "free-put-in", number = Draft::number(p.index)),
                (None, None) => l.t("free-insert-new"),
            };
            if ui.button(label).clicked() {
                let own_words = Some(lex.text.trim().to_string());
                let intent = match view.me {
                    Some(_) => Intent::Propose { text: view.text, edit, own_words },
                    None => Intent::ChairEdit { text: view.text, edit },
                };
                state.actions.push(UiAction::Submit(intent));
                // Sent: the box is ready for the next paragraph.
                *lex = LexiconUi::default();
            }
        });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::panels::draft::tests::{run_draft, view};

    #[test]
    fn free_text_read_as_an_issue_is_proposed_in_the_players_own_words_and_can_be_corrected() {
        let words = "Takes note of proposals for a legally binding instrument";
        let lexicon = LexiconUi {
            text: words.into(),
            read_from: words.into(),
            issue: Some(7),
            rung: 2,
            matched: vec!["legally binding".into()],
            also: vec![],
        };
        let state = DraftUi { lexicon: lexicon.clone(), ..DraftUi::default() };
        let state = run_draft(view(Some(4), false), state, &["Propose as a new paragraph"]);
        let edit = Edit::Insert { issue: 7, rung: 2 };
        assert_eq!(
            state.actions,
            vec![UiAction::Submit(Intent::Propose { text: 0, edit, own_words: Some(words.into()) })]
        );
        assert!(state.lexicon.text.is_empty(), "the box is ready for the next paragraph");
        // Corrected to issue 0, which paragraph 1 covers: the proposal rewords it.
        let corrected = LexiconUi { issue: Some(0), rung: 2, ..lexicon };
        let state = DraftUi { lexicon: corrected, ..DraftUi::default() };
        let state = run_draft(view(Some(4), false), state, &["Propose as paragraph 1"]);
        let edit = Edit::Reword { paragraph: 0, rung: 2 };
        assert_eq!(
            state.actions,
            vec![UiAction::Submit(Intent::Propose { text: 0, edit, own_words: Some(words.into()) })]
        );
    }
}
