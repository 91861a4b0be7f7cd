//! The capital's instructions (or the chair's brief) and how to play the role: on the
//! instructions screen and in the session's window (I).

use bevy_egui::egui;

use crate::text::Locale;
use crate::text::report::BriefLines;
use crate::tr;
use crate::ui::glossary::Term;
use crate::ui::widgets;

/// Who the person at the screen plays, for the lines on how to play.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Delegation,
    Chair,
    Watching,
}

pub fn instructions_panel(ui: &mut egui::Ui, l: &Locale, brief: &BriefLines) {
    ui.heading(&brief.heading);
    if !brief.priorities.is_empty() {
        ui.strong(l.t("brief-priorities"));
        for (line, hover) in &brief.priorities {
            crate::ui::widgets::paragraph(ui, l, line).on_hover_text(hover);
        }
    }
    if !brief.red_lines.is_empty() {
        ui.add_space(6.0);
        widgets::term(ui, l, egui::RichText::new(l.t("brief-red-lines")).strong(), Term::RedLine);
        for line in &brief.red_lines {
            crate::ui::widgets::paragraph(ui, l, line).on_hover_text(l.t("brief-red-line-hover"));
        }
    } else if !brief.priorities.is_empty() {
        ui.label(l.t("brief-no-red-lines"));
    }
    ui.add_space(6.0);
    ui.strong(l.t("brief-success"));
    for s in &brief.success {
        crate::ui::widgets::paragraph(ui, l, &tr!(l, "bullet", text = s.clone()));
    }
}

/// What the player can do, for their role: the game explains itself.
pub fn how_to_play(ui: &mut egui::Ui, l: &Locale, role: Role) {
    let lines: &[&str] = match role {
        Role::Chair => &["how-chair-1", "how-chair-2", "how-chair-3", "how-chair-4"],
        Role::Delegation => &["how-delegation-1", "how-delegation-2", "how-delegation-3", "how-delegation-4"],
        Role::Watching => &["how-watching-1"],
    };
    ui.strong(l.t("how-heading"));
    for line in lines {
        crate::ui::widgets::paragraph(ui, l, &tr!(l, "bullet", text = l.t(line)));
    }
}
