//! One delegation: its verdict and the reasons, its stances with their sources, its
//! groups and what it has said; and, for a player, lobbying it issue by issue with the
//! odds shown before.

use bevy_egui::egui;

use super::UiAction;
use crate::model::{Intent, VerdictKind};
use crate::text::Locale;
use crate::tr;
use crate::ui::glossary::Term;
use crate::ui::widgets;

#[derive(Debug, Clone, PartialEq)]
pub struct StanceView {
    pub issue: usize,
    pub issue_label: String,
    /// "wants “...”; the text says “...”" in words of the ladder.
    pub position_line: String,
    pub salience: f32,
    pub red_line: Option<String>,
    pub source: String,
    /// The chance (percent) that one lobbying attempt moves it, when the player may lobby.
    pub odds: Option<u8>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct InspectorView {
    pub index: usize,
    pub heading: String,
    pub groups_line: String,
    pub verdict: VerdictKind,
    pub reasons: Vec<String>,
    pub stances: Vec<StanceView>,
    pub statements: Vec<String>,
    /// The player's capital, when it may lobby this delegation: (left, cost of one attempt).
    pub lobby: Option<(f32, f32)>,
}

pub fn inspector_panel(ui: &mut egui::Ui, l: &Locale, view: &InspectorView, actions: &mut Vec<UiAction>) {
    ui.heading(&view.heading);
    crate::ui::widgets::paragraph(ui, l, &view.groups_line);
    widgets::verdict_mark(ui, l, view.verdict, &l.verdict(view.verdict));
    for reason in &view.reasons {
        crate::ui::widgets::paragraph(ui, l, &tr!(l, "bullet", text = reason.clone()));
    }
    if let Some((capital, cost)) = view.lobby {
        ui.separator();
        widgets::term(ui, l, tr!(l, "inspector-capital", capital = capital, cost = cost), Term::DiplomaticCapital);
    }
    ui.separator();
    ui.strong(l.t("inspector-stances"));
    for s in &view.stances {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.add(egui::Label::new(egui::RichText::new(&s.issue_label).strong()).wrap()).on_hover_text(&s.source);
            ui.add(egui::Label::new(egui::RichText::new(&s.position_line).small()).wrap());
            ui.horizontal_wrapped(|ui| {
                widgets::term(
                    ui,
                    l,
                    egui::RichText::new(tr!(l, "inspector-salience", salience = s.salience)).small(),
                    Term::Salience,
                );
                if let Some(line) = &s.red_line {
                    widgets::term(ui, l, egui::RichText::new(l.t("inspector-red-line")).small(), Term::RedLine)
                        .on_hover_text(line);
                }
            });
            if let (Some(odds), Some((capital, cost))) = (s.odds, view.lobby) {
                let can = capital + 1e-4 >= cost;
                let button = egui::Button::new(tr!(l, "inspector-lobby", odds = odds)).small();
                let response = ui.add_enabled(can, button).on_hover_text(l.t("inspector-lobby-hover"));
                if response.clicked() {
                    actions.push(UiAction::Submit(Intent::Lobby { target: view.index, issue: s.issue }));
                }
            }
        });
    }
    if !view.statements.is_empty() {
        ui.separator();
        ui.strong(l.t("inspector-statements"));
        for s in &view.statements {
            crate::ui::widgets::paragraph(ui, l, s);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;

    #[test]
    fn the_inspector_shows_the_odds_and_lobbies_on_an_issue_even_in_a_narrow_panel() {
        let view = InspectorView {
            index: 0,
            heading: "Cuba (CUB)".into(),
            groups_line: "GRULAC; Non-Aligned Movement".into(),
            verdict: VerdictKind::Objects,
            reasons: vec!["paragraph 14: red line crossed".into()],
            stances: vec![StanceView {
                issue: 14,
                issue_label: "Humanitarian law".into(),
                position_line: "wants nothing on it; the text names humanitarian law".into(),
                salience: 80.0,
                red_line: Some("nothing stronger than the 2015 language".into()),
                source: "statement".into(),
                odds: Some(16),
            }],
            statements: vec![],
            lobby: Some((10.0, 2.0)),
        };
        let l = crate::text::english();
        let mut harness = Harness::builder()
            .with_size(egui::vec2(280.0, 900.0))
            .build_ui_state(move |ui, actions: &mut Vec<UiAction>| inspector_panel(ui, l, &view, actions), Vec::new());
        let button = harness.get_by_label("Lobby on this (odds 16 in 100)");
        assert!(button.rect().right() <= 280.0, "the lobby button is inside the panel");
        button.click();
        harness.run();
        assert_eq!(harness.state(), &vec![UiAction::Submit(Intent::Lobby { target: 0, issue: 14 })]);
    }
}
