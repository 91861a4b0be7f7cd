//! The bar, always visible: the phase, the round, the decision rule, each text's count
//! of objections, who is at the screen, and the buttons. The step button keeps its width
//! whatever its label, so a fast click never lands on its neighbour.

use bevy_egui::egui;

use crate::text::Locale;
use crate::ui::glossary::Term;
use crate::ui::{theme, widgets};

#[derive(Debug, Clone, PartialEq)]
pub struct CountLine {
    pub text: String,
    pub objections: bool,
    /// The live odds beside the count: "Chance of consensus: 62%", and how they are worked out.
    pub chance: Option<ChanceLine>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChanceLine {
    pub text: String,
    pub hover: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BarView {
    pub title: String,
    pub phase: String,
    pub phase_term: Term,
    pub round_line: String,
    pub decision_line: String,
    pub counts: Vec<CountLine>,
    /// Who the person at the screen is, and their capital.
    pub seat_line: String,
    pub capital_line: Option<String>,
    /// Several people at this screen: the hand-over button shows.
    pub hot_seat: bool,
    pub ai_line: String,
    /// `None` once the session is over.
    pub step_label: Option<String>,
    pub next_step: String,
    pub concluded: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BarAction {
    Step,
    Instructions,
    Glossary,
    Save,
    Settings,
    Menu,
    Debrief,
    HandOver,
}

/// Width of the step button: its longest label, so it never changes under the pointer.
const STEP_WIDTH: f32 = 330.0;

pub fn bar_panel(ui: &mut egui::Ui, l: &Locale, view: &BarView, notice: &widgets::Notice) -> Option<BarAction> {
    let mut action = None;
    ui.horizontal_wrapped(|ui| {
        ui.strong(&view.title);
        ui.separator();
        widgets::term(ui, l, &view.phase, view.phase_term);
        ui.separator();
        ui.label(&view.round_line);
        ui.separator();
        widgets::term(ui, l, &view.decision_line, Term::Consensus);
        for count in &view.counts {
            ui.separator();
            let colour = if count.objections { theme::bad(ui) } else { theme::good(ui) };
            ui.colored_label(colour, &count.text);
            if let Some(chance) = &count.chance {
                ui.label(&chance.text).on_hover_text(&chance.hover);
            }
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(&view.seat_line);
        if let Some(capital) = &view.capital_line {
            widgets::term(ui, l, capital, Term::DiplomaticCapital);
        }
        if view.hot_seat && ui.button(l.t("bar-hand-over")).on_hover_text(l.t("bar-hand-over-hover")).clicked() {
            action = Some(BarAction::HandOver);
        }
        ui.separator();
        ui.label(&view.ai_line);
    });
    ui.horizontal_wrapped(|ui| {
        if let Some(step) = &view.step_label {
            let button = egui::Button::new(step).min_size(egui::vec2(STEP_WIDTH, 0.0));
            if ui.add(button).on_hover_text(l.t("bar-step-hover")).clicked() {
                action = Some(BarAction::Step);
            }
        }
        let buttons = [
            ("bar-instructions", BarAction::Instructions),
            ("bar-glossary", BarAction::Glossary),
            ("bar-save", BarAction::Save),
            ("bar-settings", BarAction::Settings),
            ("bar-menu", BarAction::Menu),
        ];
        for (key, a) in buttons {
            if ui.button(l.t(key)).clicked() {
                action = Some(a);
            }
        }
        if view.concluded && ui.button(l.t("bar-debrief")).clicked() {
            action = Some(BarAction::Debrief);
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new(&view.next_step).italics());
        notice.show(ui);
    });
    action
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui_kittest::Harness;

    fn view(step: &str) -> BarView {
        BarView {
            title: "Tutorial".into(),
            phase: "Phase: Informal consultations".into(),
            phase_term: Term::Consultations,
            round_line: "Round 1 of 6 (5 left)".into(),
            decision_line: "Decision: consensus".into(),
            counts: vec![CountLine {
                text: "Consensus: 3 objections (CHN, CUB, USA)".into(),
                objections: true,
                chance: Some(ChanceLine { text: "Chance of consensus: 62%".into(), hover: "From 1000 runs".into() }),
            }],
            seat_line: "You hold the chair".into(),
            capital_line: None,
            hot_seat: false,
            ai_line: "AI paused".into(),
            step_label: Some(step.into()),
            next_step: "Press Space".into(),
            concluded: false,
        }
    }

    /// The step button keeps its place and width whatever it says.
    #[test]
    fn the_step_button_keeps_its_width_and_the_save_button_its_place() {
        let l = crate::text::english();
        let rects = |label: &'static str| {
            let v = view(label);
            let harness = Harness::builder().with_size(egui::vec2(1280.0, 200.0)).build_ui(move |ui| {
                bar_panel(ui, l, &v, &widgets::Notice::default());
            });
            use egui_kittest::kittest::Queryable;
            (harness.get_by_label(label).rect(), harness.get_by_label("Save (Ctrl+S)").rect())
        };
        let (short_step, save_a) = rects("Resume the meeting (Space)");
        let (long_step, save_b) = rects("Suspend the meeting for informal consultations (Space)");
        assert_eq!(short_step.width(), long_step.width());
        assert_eq!(save_a, save_b);
    }
}
