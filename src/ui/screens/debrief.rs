//! The debrief: the outcome, who objected and why, how the player did against
//! the instructions, the drafts from opening to the gavel, and what happened in
//! history. The record can be exported for grading.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use crate::model::brief::{self, Mark};
use crate::model::draft::ParagraphStatus;
use crate::model::record::{Count, Record};
use crate::model::{Draft, Room, Scenario, Stand};
use crate::sim::{ActiveScenario, DraftText, RoomState, SessionRecord, SessionSetup};
use crate::ui::panels::{self, Role, bad_colour, good_colour};
use crate::ui::screens::session::CapitalInstructions;
use crate::ui::{Notice, PlayerRole, Screen, glossary, screen_frame, storage, views};

#[derive(Debug, Clone, PartialEq)]
pub struct DebriefView {
    pub title: String,
    pub text_id: String,
    pub outcome: String,
    pub adopted: bool,
    pub when: String,
    pub objections: Vec<String>,
    pub explanations: Vec<String>,
    pub tally: Option<String>,
    pub role_line: String,
    pub marks: Vec<Mark>,
    /// (which draft, what changed) from the opening draft to the last.
    pub timeline: Vec<(String, Vec<String>)>,
    pub final_text: Vec<String>,
    pub counts: Vec<Count>,
    pub history: String,
    pub history_events: Vec<String>,
    pub history_sources: Vec<String>,
}

pub fn debrief_view(
    scenario: &Scenario,
    initial_room: &Room,
    record: &Record,
    draft: &Draft,
    room: &Room,
    role: Role,
) -> DebriefView {
    let opening = record.drafts.first().cloned().unwrap_or_else(|| Draft::opening(scenario, draft.text));
    let adoption = record.conclusion.as_ref().map(|c| views::adoption_view(scenario, draft, c));
    let (role_line, marks) = match role {
        Role::Delegation(d) => (
            format!(
                "You played the delegation of {}; at the gavel you {}.",
                scenario.delegations[d].name,
                match room.stand[d] {
                    Stand::AsInstructed => "followed your instructions",
                    Stand::Object => "declared you would object",
                    Stand::JoinConsensus => "declared you would join consensus",
                }
            ),
            brief::delegation_marks(scenario, initial_room, d, record, draft),
        ),
        Role::Chair => ("You held the chair.".to_string(), brief::chair_marks(scenario, record, &opening, draft)),
        Role::Observer => {
            ("You watched AI-only play.".to_string(), brief::chair_marks(scenario, record, &opening, draft))
        }
    };
    let mut timeline = Vec::new();
    for pair in record.drafts.windows(2) {
        let changes = brief::changes(scenario, &pair[0], &pair[1]);
        if !changes.is_empty() {
            let label =
                if pair[1].revision == 0 { "Opening draft".to_string() } else { format!("Rev.{}", pair[1].revision) };
            timeline.push((label, changes));
        }
    }
    let final_text = draft
        .paragraphs
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let text = &scenario.issues[p.issue].ladder[p.rung].text;
            let n = Draft::number(i);
            match p.status {
                ParagraphStatus::Text => format!("{n}. {text}"),
                ParagraphStatus::Bracketed => format!("{n}. [{text}]"),
                ParagraphStatus::ChairSummary => format!("{n}. (chair's summary) {text}"),
                ParagraphStatus::Deleted => format!("{n}. (deleted) {text}"),
            }
        })
        .collect();
    DebriefView {
        title: scenario.title.clone(),
        text_id: scenario.texts[draft.text].id.clone(),
        outcome: adoption.as_ref().map_or("The session has not concluded.".to_string(), |a| a.outcome.clone()),
        adopted: record.conclusion.as_ref().is_some_and(|c| c.outcome.adopted()),
        when: record
            .conclusion
            .as_ref()
            .map_or(String::new(), |c| format!("at the end of round {} of {}", c.round, scenario.rounds)),
        objections: adoption.as_ref().map_or(Vec::new(), |a| a.objections.clone()),
        explanations: adoption.as_ref().map_or(Vec::new(), |a| a.explanations.clone()),
        tally: adoption.and_then(|a| a.tally),
        role_line,
        marks,
        timeline,
        final_text,
        counts: record.counts.clone(),
        history: scenario.history.outcome.clone(),
        history_events: scenario.history.events.clone(),
        history_sources: scenario.history.sources.clone(),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DebriefAction {
    BackToSession,
    NewSession,
    Title,
    Export,
}

fn mark_line(ui: &mut egui::Ui, mark: &Mark) {
    let (sign, colour) = if mark.met { ("met", good_colour(ui)) } else { ("missed", bad_colour(ui)) };
    ui.horizontal_wrapped(|ui| {
        ui.add_sized([52.0, 18.0], egui::Label::new(egui::RichText::new(sign).color(colour).strong()));
        ui.label(&mark.text);
    });
}

pub fn debrief_panel(ui: &mut egui::Ui, view: &DebriefView) -> Option<DebriefAction> {
    let mut action = None;
    ui.heading(format!("Debrief: {}", view.title));
    let colour = if view.adopted { good_colour(ui) } else { bad_colour(ui) };
    ui.colored_label(
        colour,
        egui::RichText::new(format!("{}: {} {}", view.text_id, view.outcome, view.when)).size(20.0),
    );
    if let Some(t) = &view.tally {
        ui.label(t);
    }
    ui.horizontal(|ui| {
        if ui.button("Back to the room").clicked() {
            action = Some(DebriefAction::BackToSession);
        }
        if ui
            .button("Export the record")
            .on_hover_text("A text file with every statement and this debrief, for grading.")
            .clicked()
        {
            action = Some(DebriefAction::Export);
        }
        if ui.button("New session").clicked() {
            action = Some(DebriefAction::NewSession);
        }
        if ui.button("Title screen").clicked() {
            action = Some(DebriefAction::Title);
        }
    });
    ui.separator();
    ui.strong("Against your instructions");
    ui.label(&view.role_line);
    for mark in &view.marks {
        mark_line(ui, mark);
    }
    ui.separator();
    glossary::term(ui, egui::RichText::new("At the gavel").strong(), "Consensus");
    if view.objections.is_empty() {
        ui.label("No delegation maintained an objection.");
    }
    for o in &view.objections {
        ui.label(format!("Objected: {o}"));
    }
    for e in &view.explanations {
        glossary::term(ui, format!("Explanation of position: {e}"), "Explanation of position");
    }
    ui.separator();
    ui.strong("The drafts, from the opening to the gavel");
    if view.timeline.is_empty() {
        ui.label("The text was never changed.");
    }
    for (label, changes) in &view.timeline {
        egui::CollapsingHeader::new(format!("{label}: {} change(s)", changes.len())).default_open(true).show(
            ui,
            |ui| {
                for c in changes {
                    ui.label(format!("- {c}"));
                }
            },
        );
    }
    if view.counts.len() > 1 {
        ui.label("Support over rounds");
        panels::support_chart(ui, &view.counts);
    }
    egui::CollapsingHeader::new("The final text").show(ui, |ui| {
        for p in &view.final_text {
            ui.label(p);
        }
    });
    ui.separator();
    ui.strong("What happened in history");
    ui.label(&view.history);
    for e in &view.history_events {
        ui.label(format!("- {e}"));
    }
    if !view.history_sources.is_empty() {
        ui.small(format!("Sources: {}", view.history_sources.join("; ")))
            .on_hover_text("\"domain.md\" and \"seed NNN\" are in docs/sources/ in the game's folder.");
    }
    action
}

/// The debrief as plain text, for the exported record.
pub fn debrief_text(view: &DebriefView) -> String {
    let mut out =
        format!("\n== Debrief: {} {}: {} {}\n{}\n", view.title, view.text_id, view.outcome, view.when, view.role_line);
    for m in &view.marks {
        out.push_str(&format!("[{}] {}\n", if m.met { "met" } else { "not met" }, m.text));
    }
    for o in &view.objections {
        out.push_str(&format!("Objected: {o}\n"));
    }
    for e in &view.explanations {
        out.push_str(&format!("Explanation of position: {e}\n"));
    }
    for (label, changes) in &view.timeline {
        out.push_str(&format!("{label}:\n"));
        for c in changes {
            out.push_str(&format!("  - {c}\n"));
        }
    }
    out.push_str("Final text:\n");
    for p in &view.final_text {
        out.push_str(&format!("  {p}\n"));
    }
    out.push_str(&format!("History: {}\n", view.history));
    out
}

pub struct DebriefPlugin;

impl Plugin for DebriefPlugin {
    fn build(&self, app: &mut App) {
        app.add_systems(
            EguiPrimaryContextPass,
            debrief_screen.run_if(
                in_state(Screen::Debrief)
                    .and_then(resource_exists::<SessionRecord>)
                    .and_then(resource_exists::<CapitalInstructions>),
            ),
        );
    }
}

#[allow(clippy::too_many_arguments)]
fn debrief_screen(
    mut contexts: EguiContexts,
    scenario: Res<ActiveScenario>,
    setup: Res<SessionSetup>,
    capital: Res<CapitalInstructions>,
    record: Res<SessionRecord>,
    draft: Res<DraftText>,
    room: Res<RoomState>,
    role: Res<PlayerRole>,
    mut notice: ResMut<Notice>,
    mut next: ResMut<NextState<Screen>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let view = debrief_view(&scenario, &capital.room, &record, &draft, &room, role.0);
    let mut action = None;
    screen_frame(ctx, "debrief", |ui| {
        notice.show(ui);
        action = debrief_panel(ui, &view);
    });
    match action {
        Some(DebriefAction::BackToSession) => next.set(Screen::Session),
        Some(DebriefAction::NewSession) => next.set(Screen::NewGame),
        Some(DebriefAction::Title) => next.set(Screen::Title),
        Some(DebriefAction::Export) => {
            let heading = format!("{} ({}), seed {}", view.text_id, view.title, setup.seed);
            let text = crate::model::record::render(&scenario, &heading, &record) + &debrief_text(&view);
            let name = format!(
                "{}-seed{}-{}.txt",
                scenario.id,
                setup.seed,
                storage::stamp(std::time::SystemTime::now()).replace([' ', ':'], "-")
            );
            let path = storage::home().join("records").join(name);
            match storage::write_atomically(&path, &text) {
                Ok(()) => notice.ok(format!("Record exported to {}", path.display())),
                Err(e) => notice.problem(format!("Could not export to {}: {e}", path.display())),
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
        let path = crate::scenario::resolve_path("tutorial");
        let scenario = Arc::new(crate::scenario::load(&path).unwrap());
        let cub = scenario.delegation_index("CUB").unwrap();
        let start = crate::model::save::Start { text: 0, seed: 2, players: vec![cub], player_chair: false };
        let mut session = crate::model::Session::with_players(scenario.clone(), 0, 2, &[cub], false, true);
        session.run();
        let setup = SessionSetup::new(scenario.clone(), path.display().to_string(), &start);
        let initial = CapitalInstructions::of(&setup, Role::Delegation(cub)).room;
        let view =
            debrief_view(&scenario, &initial, &session.record, &session.draft, &session.room, Role::Delegation(cub));
        assert_eq!(view.outcome, session.record.conclusion.as_ref().unwrap().outcome.label());
        assert!(view.role_line.contains("Cuba"));
        assert!(view.marks.len() >= 3, "outcome, priorities, verdict: {:?}", view.marks);
        assert_eq!(view.history, scenario.history.outcome);
        let text = debrief_text(&view);
        assert!(text.contains(&view.outcome) && text.contains("Final text:"));

        let shown = view.clone();
        let mut harness = Harness::builder().with_size(egui::vec2(1000.0, 2400.0)).build_ui_state(
            move |ui, action: &mut Option<DebriefAction>| {
                if let Some(a) = debrief_panel(ui, &shown) {
                    *action = Some(a);
                }
            },
            None,
        );
        assert!(harness.query_by_label_contains(&view.history).is_some(), "history is shown");
        harness.get_by_label("Export the record").click();
        harness.run();
        assert_eq!(harness.state(), &Some(DebriefAction::Export));
    }
}
