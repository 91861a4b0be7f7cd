//! Statements and events, newest at the bottom, procedural terms explained on hover.

use bevy_egui::egui;

use crate::text::Locale;
use crate::ui::glossary::{self, Term};

#[derive(Debug, Clone, PartialEq)]
pub struct LogLine {
    pub text: String,
    pub term: Option<Term>,
}

pub fn log_panel(ui: &mut egui::Ui, l: &Locale, lines: &[LogLine]) {
    ui.heading(l.t("log-heading"));
    egui::ScrollArea::vertical().stick_to_bottom(true).auto_shrink([false, false]).show(ui, |ui| {
        for line in lines {
            let response = crate::ui::widgets::paragraph(ui, l, &line.text);
            if let Some(term) = line.term {
                crate::ui::widgets::hover_paragraph(response, l, glossary::explain(l, term));
            }
        }
    });
}
