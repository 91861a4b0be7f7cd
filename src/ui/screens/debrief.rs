//! The debrief: each text's outcome, how the player did against the instructions, who
//! objected and why, the roll call, the drafts from the opening to the gavel, and what
//! happened in history. The record can be exported for grading.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use crate::sim::{ActiveScenario, SessionRecord, SessionSetup, Texts};
use crate::text::{Locale, report};
use crate::tr;
use crate::ui::panels::{adoption, charts};
use crate::ui::screens::session::OpeningRoom;
use crate::ui::views::debrief::{DebriefView, MarkLine, debrief_text, debrief_view};
use crate::ui::{AtTheScreen, Notices, Screen, UiText, screen_frame, theme};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DebriefAction {
    BackToSession,
    NewSession,
    Title,
    Export,
}

fn mark_line(ui: &mut egui::Ui, l: &Locale, mark: &MarkLine) {
    let (sign, colour) =
        if mark.met { (l.t("debrief-met"), theme::good(ui)) } else { (l.t("debrief-missed"), theme::bad(ui)) };
    ui.horizontal_wrapped(|ui| {
        ui.add_sized([64.0, 18.0], egui::Label::new(egui::RichText::new(sign).color(colour).strong()));
        crate::ui::widgets::paragraph(ui, l, &mark.text);
    });
}

pub fn debrief_panel(ui: &mut egui::Ui, l: &Locale, view: &DebriefView) -> Option<DebriefAction> {
    let mut action = None;
    ui.heading(tr!(l, "debrief-heading", title = view.title.clone()));
    for t in &view.texts {
        let colour = if t.adopted { theme::good(ui) } else { theme::bad(ui) };
        ui.colored_label(colour, egui::RichText::new(&t.heading).size(20.0));
    }
    ui.horizontal_wrapped(|ui| {
        if ui.button(l.t("debrief-back")).clicked() {
            action = Some(DebriefAction::BackToSession);
        }
        if ui.button(l.t("debrief-export")).on_hover_text(l.t("debrief-export-hover")).clicked() {
            action = Some(DebriefAction::Export);
        }
        if ui.button(l.t("title-new-session")).clicked() {
            action = Some(DebriefAction::NewSession);
        }
        if ui.button(l.t("debrief-title-screen")).clicked() {
            action = Some(DebriefAction::Title);
        }
    });
    ui.label(&view.role_line);
    for (k, t) in view.texts.iter().enumerate() {
        ui.separator();
        if view.texts.len() > 1 {
            ui.heading(&t.heading);
        }
        ui.strong(l.t("debrief-against-instructions"));
        for mark in &t.marks {
            mark_line(ui, l, mark);
        }
        ui.separator();
        ui.strong(l.t("debrief-at-the-gavel"));
        match &t.decision {
            Some(decision) => adoption::decision(ui, l, decision),
            None => {
                ui.label(l.t("mark-undecided"));
            }
        }
        ui.separator();
        ui.strong(l.t("debrief-drafts"));
        if t.timeline.is_empty() {
            ui.label(l.t("debrief-never-changed"));
        }
        for (label, changes) in &t.timeline {
            egui::CollapsingHeader::new(tr!(l, "debrief-changes", label = label.clone(), count = changes.len()))
                .id_salt(("timeline", k, label))
                .default_open(true)
                .show(ui, |ui| {
                    for c in changes {
                        crate::ui::widgets::paragraph(ui, l, &tr!(l, "bullet", text = c.clone()));
                    }
                });
        }
        if t.counts.len() > 1 {
            ui.label(l.t("chart-support-heading"));
            charts::support_chart(ui, l, &format!("debrief-{k}"), &t.counts);
        }
        egui::CollapsingHeader::new(l.t("debrief-final-text")).id_salt(("final", k)).show(ui, |ui| {
            for p in &t.final_text {
                crate::ui::widgets::paragraph(ui, l, p);
            }
        });
    }
    ui.separator();
    ui.strong(l.t("debrief-history"));
    crate::ui::widgets::paragraph(ui, l, &view.history);
    for e in &view.history_events {
        crate::ui::widgets::paragraph(ui, l, &tr!(l, "bullet", text = e.clone()));
    }
    if !view.beside_history.is_empty() {
        ui.add_space(6.0);
        ui.strong(l.t("debrief-beside-heading"));
        for b in &view.beside_history {
            ui.add(egui::Label::new(tr!(l, "bullet", text = b.clone())).wrap());
        }
    }
    if !view.history_sources.is_empty() {
        ui.small(tr!(l, "debrief-sources", sources = view.history_sources.join("; ")));
    }
    action
}

pub struct DebriefPlugin;

impl Plugin for DebriefPlugin {
    fn build(&self, app: &mut App) {
        app.add_systems(
            EguiPrimaryContextPass,
            debrief_screen.run_if(
                in_state(Screen::Debrief)
                    .and_then(resource_exists::<SessionRecord>)
                    .and_then(resource_exists::<OpeningRoom>),
            ),
        );
    }
}

fn debrief_screen(
    mut contexts: EguiContexts,
    text: Res<UiText>,
    scenario: Res<ActiveScenario>,
    setup: Res<SessionSetup>,
    opening: Res<OpeningRoom>,
    record: Res<SessionRecord>,
    texts: Res<Texts>,
    at: Res<AtTheScreen>,
    mut notice: ResMut<Notices>,
    mut next: ResMut<NextState<Screen>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let l: &Locale = &text;
    let view = debrief_view(l, &scenario, &opening, &record, &texts, at.seat);
    let mut action = None;
    screen_frame(ctx, "debrief", |ui| {
        notice.show(ui);
        action = debrief_panel(ui, l, &view);
    });
    match action {
        Some(DebriefAction::BackToSession) => next.set(Screen::Session),
        Some(DebriefAction::NewSession) => {
            notice.clear();
            next.set(Screen::NewGame)
        }
        Some(DebriefAction::Title) => {
            notice.clear();
            next.set(Screen::Title)
        }
        Some(DebriefAction::Export) => {
            // The file gets logical text, whatever the window shows.
            let p: &Locale = text.plain();
            let view = debrief_view(p, &scenario, &opening, &record, &texts, at.seat);
            let heading = tr!(p, "export-heading", title = view.title.clone(), seed = setup.start.seed);
            let body = report::transcript(p, &scenario, &heading, &record) + &debrief_text(p, &view);
            let stem = format!("{}-seed{}-{}", scenario.id, setup.start.seed, crate::storage::file_stamp());
            match crate::storage::write_new(&crate::storage::records_dir(), &stem, "txt", body.as_bytes()) {
                Ok(path) => {
                    info!("record exported: {}", path.display());
                    notice.ok(tr!(l, "notice-exported", path = path.display().to_string()))
                }
                Err(e) => notice.problem(tr!(l, "notice-export-failed", error = e.to_string())),
            }
        }
        None => {}
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;
    use std::sync::Arc;

    #[test]
    fn the_debrief_shows_the_outcome_the_marks_and_history_and_exports() {
        let l = crate::text::english();
        let (_, scenario) = crate::scenario::load_named("tutorial").unwrap();
        let scenario = Arc::new(scenario);
        let cub = scenario.delegation_index("CUB").unwrap();
        let seat = crate::model::Seat::Delegation(cub);
        let mut session = crate::model::Session::with_people(scenario.clone(), 2, &[seat], true);
        session.run();
        let opening = crate::model::Room::opening(&scenario, 2);
        let view = debrief_view(l, &scenario, &opening, &session.record, &session.texts, Some(seat));
        let outcome = l.outcome(session.conclusion(0).unwrap().outcome);
        assert!(view.texts[0].heading.contains(&outcome), "{}", view.texts[0].heading);
        assert!(view.role_line.contains("Cuba"));
        assert!(view.texts[0].marks.len() >= 3, "outcome, priorities, verdict: {:?}", view.texts[0].marks);
        let text = debrief_text(l, &view);
        assert!(text.contains(&outcome) && text.contains("Final text:"), "{text}");

        let shown = view.clone();
        let mut harness = Harness::builder().with_size(egui::vec2(1000.0, 3000.0)).build_ui_state(
            move |ui, action: &mut Option<DebriefAction>| {
                if let Some(a) = debrief_panel(ui, l, &shown) {
                    *action = Some(a);
                }
            },
            None,
        );
        assert!(harness.query_by_label_contains(&scenario.history.outcome[..40]).is_some(), "history is shown");
        harness.get_by_label("Export the record").click();
        harness.run();
        assert_eq!(harness.state(), &Some(DebriefAction::Export));
    }

    /// Where the scenario says where history's text stood, the debrief puts the final text beside it.
    #[test]
    fn the_debrief_puts_the_final_text_beside_the_one_adopted_in_history() {
        let l = crate::text::english();
        let (_, scenario) = crate::scenario::load_named("oewg_2025").unwrap();
        let scenario = Arc::new(scenario);
        let mut session = crate::model::Session::new(scenario.clone(), 1, true);
        session.run();
        let opening = crate::model::Room::opening(&scenario, 1);
        let view = debrief_view(l, &scenario, &opening, &session.record, &session.texts, None);
        assert_eq!(view.beside_history.len(), scenario.history.final_text.len());
        let groups = l.issue_title(&scenario, scenario.issue_index("thematic_groups").unwrap());
        let line = view.beside_history.iter().find(|b| b.starts_with(&groups)).unwrap();
        assert!(line.contains("Digital Watch"), "the source is named: {line}");
        assert!(debrief_text(l, &view).contains(&l.t("debrief-beside-heading")));
        let shown = view.clone();
        let harness = Harness::builder().with_size(egui::vec2(1000.0, 4000.0)).build_ui(move |ui| {
            debrief_panel(ui, l, &shown);
        });
        assert!(harness.query_by_label_contains(&l.t("debrief-beside-heading")).is_some());
    }
}
