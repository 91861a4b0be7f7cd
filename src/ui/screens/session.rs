//! The session screen: the bar, the room, the draft, the inspector, the log and
//! the charts; the adoption moment; keyboard shortcuts; saves and autosave.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

use crate::model::brief::{self, Instructions};
use crate::model::record::{EntryKind, Speaker};
use crate::model::save::{Reached, SaveGame};
use crate::model::{Intent, Room, Scenario, Stand, VerdictKind};
use crate::sim::{
    ActiveScenario, Assessments, CurrentVerdict, DraftText, Forecasts, IntentMessage, Pacing, Proposals, RoomState,
    Seat, SessionClock, SessionRecord, SessionSetup, StepLog,
};
use crate::ui::panels::{self, AdoptionAction, DraftUi, Role, SeatView, UiAction, bad_colour, good_colour};
use crate::ui::settings::{Settings, SettingsReturn};
use crate::ui::{Notice, PlayerRole, Screen, WindowOptions, glossary, storage, views};

/// Whether the AI waits for Space. A person at the table starts paused, so the
/// session moves at their pace; scripted runs never wait.
#[derive(Resource)]
pub struct AiPaused(pub bool);

/// The delegation shown in the inspector.
#[derive(Resource, Default)]
pub struct Selection(pub Option<usize>);

#[derive(Resource, Default)]
struct DraftUiState(DraftUi);

#[derive(Resource)]
struct StepTimer(Timer);

/// Windows over the session: instructions (I), glossary (G), the adoption moment.
#[derive(Resource, Default)]
struct Overlays {
    instructions: bool,
    glossary: bool,
    /// The adoption window is open; it opens once, when the gavel falls.
    adoption: bool,
    adoption_seen: bool,
}

/// The player's declared stand at the gavel, shown until the next step applies it.
#[derive(Resource, Default)]
pub struct GavelChoice(pub Option<Stand>);

/// Set when the player has just read the instructions screen, so the session does not show them again.
#[derive(Resource, Default)]
pub struct InstructionsRead(pub bool);

/// The capital's instructions (or the chair's brief) for this session, fixed at its
/// start, and the room they were written from (the debrief marks against both).
#[derive(Resource)]
pub struct CapitalInstructions {
    pub brief: Instructions,
    pub room: Room,
}

impl CapitalInstructions {
    pub fn of(setup: &SessionSetup, role: Role) -> CapitalInstructions {
        let room = initial_room(&setup.scenario, setup.seed);
        let brief = match role {
            Role::Delegation(d) => brief::instructions(&setup.scenario, &room, d),
            Role::Chair | Role::Observer => brief::chair_instructions(&setup.scenario),
        };
        CapitalInstructions { brief, room }
    }
}

/// The room as the session began: what the capital's instructions are written from.
pub fn initial_room(scenario: &Scenario, seed: u64) -> Room {
    Room::drawn(scenario, &mut ChaCha8Rng::seed_from_u64(seed))
}

pub struct SessionScreenPlugin;

impl Plugin for SessionScreenPlugin {
    fn build(&self, app: &mut App) {
        app.init_resource::<Selection>()
            .init_resource::<DraftUiState>()
            .init_resource::<Overlays>()
            .init_resource::<Notice>()
            .init_resource::<InstructionsRead>()
            .init_resource::<GavelChoice>()
            .insert_resource(AiPaused(false))
            .insert_resource(PlayerRole(Role::Observer))
            .insert_resource(StepTimer(Timer::from_seconds(1.0, TimerMode::Repeating)))
            .add_systems(PreUpdate, reset_for_new_setup.run_if(resource_exists_and_changed::<SessionSetup>))
            .add_systems(
                Update,
                (session_keys, pace_steps, autosave, then_debrief)
                    .chain()
                    .run_if(in_state(Screen::Session).and_then(resource_exists::<SessionClock>)),
            )
            .add_systems(
                EguiPrimaryContextPass,
                session_screen.run_if(in_state(Screen::Session).and_then(resource_exists::<SessionClock>)),
            );
    }
}

#[allow(clippy::too_many_arguments)]
fn reset_for_new_setup(
    mut commands: Commands,
    setup: Res<SessionSetup>,
    options: Res<WindowOptions>,
    mut selection: ResMut<Selection>,
    mut draft_ui: ResMut<DraftUiState>,
    mut overlays: ResMut<Overlays>,
    mut pacing: ResMut<Pacing>,
    mut read: ResMut<InstructionsRead>,
    mut gavel_choice: ResMut<GavelChoice>,
) {
    gavel_choice.0 = None;
    let role = PlayerRole::of(&setup);
    commands.insert_resource(role);
    commands.insert_resource(AiPaused(role.0 != Role::Observer && !options.scripted()));
    commands.insert_resource(CapitalInstructions::of(&setup, role.0));
    // A player starts with their own delegation in the inspector.
    selection.0 = match role.0 {
        Role::Delegation(d) => Some(d),
        _ => None,
    };
    draft_ui.0 = DraftUi::default();
    // A person who came straight in (`play --delegation`) sees the instructions first.
    let show = role.0 != Role::Observer && !options.scripted() && !read.0;
    *overlays = Overlays { instructions: show, ..Overlays::default() };
    read.0 = false;
    pacing.every_frame = options.then_debrief;
}

/// AI turns follow the pace; Space steps at once; P pauses.
fn pace_steps(
    time: Res<Time>,
    settings: Res<Settings>,
    mut timer: ResMut<StepTimer>,
    mut pacing: ResMut<Pacing>,
    paused: Res<AiPaused>,
) {
    if settings.is_changed() {
        timer.0 = Timer::from_seconds(settings.ai_pace.max(0.05), TimerMode::Repeating);
    }
    timer.0.tick(time.delta());
    if !paused.0 && timer.0.just_finished() {
        pacing.step_now = true;
    }
}

/// The session's keyboard shortcuts (listed in the settings screen), ignored
/// while the player types in a text box.
#[allow(clippy::too_many_arguments)]
fn session_keys(
    mut contexts: EguiContexts,
    keys: Res<ButtonInput<KeyCode>>,
    role: Res<PlayerRole>,
    record: Res<SessionRecord>,
    mut paused: ResMut<AiPaused>,
    mut pacing: ResMut<Pacing>,
    mut overlays: ResMut<Overlays>,
    mut intents: MessageWriter<IntentMessage>,
    mut next: ResMut<NextState<Screen>>,
    mut save: SaveRequest,
) -> Result {
    if contexts.ctx_mut()?.egui_wants_keyboard_input() {
        return Ok(());
    }
    let ctrl = keys.any_pressed([KeyCode::ControlLeft, KeyCode::ControlRight]);
    if keys.just_pressed(KeyCode::Space) {
        pacing.step_now = true;
    }
    if keys.just_pressed(KeyCode::KeyP) {
        paused.0 = !paused.0;
    }
    if keys.just_pressed(KeyCode::KeyA) && role.0 == Role::Chair && record.conclusion.is_none() {
        submit(Intent::CallForAdoption, &mut intents, &mut paused, &mut save.notice);
    }
    if keys.just_pressed(KeyCode::KeyI) {
        overlays.instructions = !overlays.instructions;
    }
    if keys.just_pressed(KeyCode::KeyG) {
        overlays.glossary = !overlays.glossary;
    }
    if keys.just_pressed(KeyCode::KeyD) && record.conclusion.is_some() {
        overlays.adoption = false;
        next.set(Screen::Debrief);
    }
    if ctrl && keys.just_pressed(KeyCode::KeyS) {
        save.save_as_new();
    }
    if keys.just_pressed(KeyCode::Escape) {
        if overlays.instructions || overlays.glossary || overlays.adoption {
            overlays.instructions = false;
            overlays.glossary = false;
            overlays.adoption = false;
        } else {
            next.set(Screen::Title);
        }
    }
    Ok(())
}

/// Sends a person's intent. A call for adoption is answered after this round, so
/// the AI runs there at the chosen pace.
fn submit(intent: Intent, intents: &mut MessageWriter<IntentMessage>, paused: &mut AiPaused, notice: &mut Notice) {
    if intent == Intent::CallForAdoption {
        paused.0 = false;
        notice.ok("You call for adoption: the question is put once this round's consultations end.");
    }
    intents.write(IntentMessage(intent));
}

/// What a save of the running session needs.
#[derive(bevy::ecs::system::SystemParam)]
pub struct SaveRequest<'w> {
    setup: Res<'w, SessionSetup>,
    log: Res<'w, StepLog>,
    clock: Res<'w, SessionClock>,
    record: Res<'w, SessionRecord>,
    draft: Res<'w, DraftText>,
    notice: ResMut<'w, Notice>,
}

impl SaveRequest<'_> {
    fn save_game(&self) -> SaveGame {
        let at = Reached { clock: self.clock.0, entries: self.record.entries.len(), revision: self.draft.revision };
        SaveGame::at(&self.setup.scenario, &self.setup.scenario_path, &self.setup.start(), &self.log.0, at)
    }

    /// A named save, kept beside the autosave.
    fn save_as_new(&mut self) {
        let save = self.save_game();
        let name = format!(
            "{}-{}-round{}.ron",
            save.scenario_id,
            storage::stamp(std::time::SystemTime::now()).replace([' ', ':'], "-"),
            save.round
        );
        let path = storage::saves_dir().join(name);
        match storage::write_atomically(&path, &save.to_ron()) {
            Ok(()) => self.notice.ok(format!("Saved to {}", path.display())),
            Err(e) => self.notice.problem(format!("Could not save to {}: {e}", path.display())),
        }
    }
}

/// After every step a person plays, the session is written to the autosave ("Continue").
fn autosave(options: Res<WindowOptions>, role: Res<PlayerRole>, mut save: SaveRequest) {
    if options.scripted() || role.0 == Role::Observer || !save.log.is_changed() {
        return;
    }
    let game = save.save_game();
    if let Err(e) = storage::write_atomically(&storage::autosave_path(), &game.to_ron()) {
        save.notice.problem(format!("Could not write the autosave: {e}"));
    }
}

/// With `--then-debrief`, the debrief opens as soon as the gavel falls.
fn then_debrief(options: Res<WindowOptions>, record: Res<SessionRecord>, mut next: ResMut<NextState<Screen>>) {
    if options.then_debrief && record.conclusion.is_some() {
        next.set(Screen::Debrief);
    }
}

/// The objection count for the bar: "Consensus: 3 objections (CUB, IRN, SYR)".
fn objection_count(objectors: &[&str]) -> String {
    if objectors.is_empty() {
        return "Consensus: no objections".to_string();
    }
    let shown: Vec<&str> = objectors.iter().take(12).copied().collect();
    format!(
        "Consensus: {} objection{} ({}{})",
        objectors.len(),
        if objectors.len() == 1 { "" } else { "s" },
        shown.join(", "),
        if objectors.len() > 12 { ", ..." } else { "" }
    )
}

/// The instructions as the instructions screen and the session's window show them.
pub fn instructions_panel(ui: &mut egui::Ui, scenario: &Scenario, brief: &Instructions) {
    ui.heading(format!("Instructions to {}", brief.to));
    if !brief.priorities.is_empty() {
        ui.strong("Your priorities, most important first");
        for p in &brief.priorities {
            let issue = &scenario.issues[p.issue];
            ui.label(format!("{} (salience {:.0}): push for {}", issue.label(), p.salience, p.wording))
                .on_hover_text(format!(
                    "Your position: {:.0} on a scale from 0 (silence or the weakest wording) to 100 (the strongest).\nSource: {}{}",
                    p.ideal,
                    p.source,
                    if p.estimate { "\nAn estimate, not a documented position." } else { "" }
                ));
        }
    }
    if !brief.red_lines.is_empty() {
        ui.add_space(6.0);
        glossary::term(ui, egui::RichText::new("Your red lines").strong(), "Red line");
        for r in &brief.red_lines {
            ui.label(format!("{}: {}.", scenario.issues[r.issue].label(), r.order))
                .on_hover_text("Red lines in the shipped data are estimates, marked as such; each holds with the scenario's probability.");
        }
    } else if !brief.priorities.is_empty() {
        ui.label("No red lines: you can live with any wording, at a price.");
    }
    ui.add_space(6.0);
    ui.strong("What success looks like");
    for s in &brief.success {
        ui.label(format!("- {s}"));
    }
}

/// What the session screen reads.
#[derive(bevy::ecs::system::SystemParam)]
struct SessionState<'w, 's> {
    scenario: Res<'w, ActiveScenario>,
    draft: Res<'w, DraftText>,
    clock: Res<'w, SessionClock>,
    record: Res<'w, SessionRecord>,
    room: Res<'w, RoomState>,
    forecasts: Res<'w, Forecasts>,
    role: Res<'w, PlayerRole>,
    paused: ResMut<'w, AiPaused>,
    brief: Res<'w, CapitalInstructions>,
    proposals: Res<'w, Proposals>,
    assessments: Res<'w, Assessments>,
    seats: Query<'w, 's, (&'static Seat, &'static CurrentVerdict)>,
}

/// The next step in the words of procedure, for the step button.
fn step_label(role: Role, phase: crate::model::Phase) -> &'static str {
    use crate::model::Phase;
    // `phase` is the step that runs next.
    match (role, phase) {
        (_, Phase::Opening) => "Open the meeting: table the draft (Space)",
        (_, Phase::GeneralExchange) => "Hear the general exchange of views (Space)",
        (Role::Chair, Phase::Consultations) => "Suspend the meeting for informal consultations (Space)",
        (_, Phase::Consultations) => "Hold informal consultations (Space)",
        (Role::Chair, Phase::Revision) => "Resume the meeting (Space)",
        (_, Phase::Revision) => "The revised draft (Space)",
        (_, Phase::Adoption) => "Put the question: is there any objection? (Space)",
        (_, Phase::Concluded) => "Concluded",
    }
}

/// What the player can do, for their role: the game explains itself.
pub fn how_to_play(ui: &mut egui::Ui, role: Role) {
    let lines: &[&str] = match role {
        Role::Chair => &[
            "Click a red seat (X) to see why that delegation objects: the paragraph, the issue, the red line.",
            "In the draft (right), choose a weaker wording in a paragraph's box and press Reword; or Bracket it, Delete it, or move it to the chair's summary.",
            "Amendments the delegations propose are listed on the table; Accept takes one up.",
            "Space runs the next step. When the bar says \"no objections\", press Call for adoption (A).",
        ],
        Role::Delegation(_) => &[
            "The inspector (left) shows your verdict on the draft and why; click any seat to see another delegation's.",
            "In the draft (right), propose another wording for a paragraph, propose a new one, or write one in your own words: the scenario's lexicon reads it and you can correct the reading.",
            "Lobby a delegation: click its seat, then \"Lobby on\" an issue. Each attempt costs diplomatic capital.",
            "The chair revises the text after each round of consultations and calls for adoption when no one would block. Space runs the next step.",
        ],
        Role::Observer => {
            &["Space runs the next step, P lets the AI run; click any seat to see why it stands where it does."]
        }
    };
    ui.strong("How to play");
    for line in lines {
        ui.label(format!("- {line}"));
    }
}

#[allow(clippy::too_many_arguments)]
fn session_screen(
    mut contexts: EguiContexts,
    state: SessionState,
    mut selection: ResMut<Selection>,
    mut room_filter: Local<Option<usize>>,
    mut lobby_issue: Local<Option<usize>>,
    mut gavel_choice: ResMut<GavelChoice>,
    mut draft_ui: ResMut<DraftUiState>,
    mut overlays: ResMut<Overlays>,
    mut intents: MessageWriter<IntentMessage>,
    mut next: ResMut<NextState<Screen>>,
    mut settings_return: ResMut<SettingsReturn>,
    mut save: SaveRequest,
    mut pacing: ResMut<Pacing>,
) -> Result {
    let SessionState {
        scenario,
        draft,
        clock,
        record,
        room,
        forecasts,
        role,
        mut paused,
        brief,
        proposals,
        assessments,
        seats,
    } = state;
    let ctx = contexts.ctx_mut()?.clone();
    // egui 0.36 panels are laid out inside a root Ui covering the window.
    let mut root = egui::Ui::new(
        ctx.clone(),
        "session".into(),
        egui::UiBuilder::new().layer_id(egui::LayerId::background()).max_rect(ctx.viewport_rect()),
    );
    let mut seat_list: Vec<SeatView> = seats
        .iter()
        .map(|(s, v)| SeatView {
            index: s.index,
            code: s.code.clone(),
            name: scenario.delegations[s.index].name.clone(),
            verdict: v.0,
            why: views::seat_reason(&scenario, &assessments[s.index]),
            groups: scenario.delegations[s.index].groups.clone(),
        })
        .collect();
    seat_list.sort_by_key(|v| v.index);
    let objectors: Vec<&str> =
        seat_list.iter().filter(|v| v.verdict == VerdictKind::Objects).map(|v| v.code.as_str()).collect();
    // Groups with someone at the table, to filter the room by.
    let groups: Vec<(usize, String)> = scenario
        .groups
        .iter()
        .enumerate()
        .filter(|(g, _)| seat_list.iter().any(|s| s.groups.contains(g)))
        .map(|(g, group)| (g, group.name.clone()))
        .collect();
    let concluded = record.conclusion.is_some();
    if concluded && !overlays.adoption_seen {
        overlays.adoption = true;
        overlays.adoption_seen = true;
    }
    let mut actions = Vec::new();

    egui::Panel::top("bar").show(&mut root, |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.strong(&scenario.title);
            ui.separator();
            let phase_term = match clock.phase {
                crate::model::Phase::GeneralExchange => "General exchange of views",
                crate::model::Phase::Consultations => "Informal consultations",
                crate::model::Phase::Revision => "Revised draft (Rev.)",
                _ => "Consensus",
            };
            glossary::term(ui, format!("Phase: {}", clock.phase.label()), phase_term);
            ui.separator();
            ui.label(format!(
                "Round {} of {} ({} left)",
                clock.round,
                clock.rounds,
                clock.rounds.saturating_sub(clock.round)
            ));
            ui.separator();
            glossary::term(
                ui,
                format!("Decision: consensus; failing that, {}", scenario.fallback.label()),
                "Consensus",
            );
            ui.separator();
            let colour = if objectors.is_empty() { good_colour(ui) } else { bad_colour(ui) };
            ui.colored_label(colour, objection_count(&objectors));
        });
        ui.horizontal_wrapped(|ui| {
            if let Some(c) = &record.conclusion {
                ui.strong(format!("Outcome: {}", c.outcome.label()));
                ui.separator();
            }
            match role.0 {
                Role::Delegation(d) => {
                    ui.label(format!("You are the delegation of {}", scenario.delegations[d].name));
                    glossary::term(ui, format!("· capital {:.0}", room.capital[d]), "Diplomatic capital");
                    if !concluded {
                        ui.separator();
                        let current = gavel_choice.0.unwrap_or(room.stand[d]);
                        let mut chosen = current;
                        ui.label("At the gavel:").on_hover_text(
                            "What you will do when the chair asks \"Is there any objection?\". As instructed: object only if your verdict is \"objects\" and blocking is worth its cost.",
                        );
                        ui.radio_value(&mut chosen, Stand::AsInstructed, "as instructed");
                        ui.radio_value(&mut chosen, Stand::Object, "object");
                        ui.radio_value(&mut chosen, Stand::JoinConsensus, "join consensus")
                            .on_hover_text(glossary::explain("Explanation of position"));
                        if chosen != current {
                            gavel_choice.0 = Some(chosen);
                            actions.push(UiAction::Submit(Intent::Declare { by: d, stand: chosen }));
                        }
                    }
                }
                Role::Chair => {
                    glossary::term(ui, "You hold the chair (the pen)", "Penholder");
                }
                Role::Observer => {
                    ui.label("You are watching AI-only play");
                }
            };
            ui.separator();
            ui.label(if paused.0 { "AI paused (Space: next step, P: run)" } else { "AI running (P: pause)" });
            ui.separator();
            if !concluded
                && ui
                    .button(step_label(role.0, clock.phase))
                    .on_hover_text("Runs the next step of the session (Space).")
                    .clicked()
            {
                pacing.step_now = true;
            }
            if ui.button("Instructions (I)").clicked() {
                overlays.instructions = !overlays.instructions;
            }
            if ui.button("Glossary (G)").clicked() {
                overlays.glossary = !overlays.glossary;
            }
            if ui.button("Save (Ctrl+S)").clicked() {
                save.save_as_new();
            }
            if ui.button("Settings").clicked() {
                settings_return.0 = Screen::Session;
                next.set(Screen::Settings);
            }
            if ui.button("Menu (Esc)").clicked() {
                next.set(Screen::Title);
            }
            if concluded && ui.button("Debrief (D)").clicked() {
                next.set(Screen::Debrief);
            }
        });
        ui.horizontal_wrapped(|ui| {
            ui.label(egui::RichText::new(views::next_step(role.0, clock.phase, objectors.len(), paused.0)).italics());
            save.notice.show(ui);
        });
    });

    egui::Panel::bottom("log").resizable(true).default_size(160.0).show(&mut root, |ui| {
        ui.heading("Statements and events");
        egui::ScrollArea::vertical().stick_to_bottom(true).auto_shrink([false, false]).show(ui, |ui| {
            for entry in record.entries.iter().rev().take(200).rev() {
                let who = entry.speaker.label(&scenario);
                let line = ui.label(format!("[round {}] {who}: {}", entry.round, entry.text));
                let term = match entry.kind {
                    EntryKind::ExplanationOfPosition => "Explanation of position",
                    EntryKind::Adoption => "Consensus",
                    EntryKind::Revision => "Revised draft (Rev.)",
                    EntryKind::Lobbying => "Diplomatic capital",
                    EntryKind::Statement if matches!(entry.speaker, Speaker::Group { .. }) => "Negotiating group",
                    _ => "",
                };
                if !term.is_empty() {
                    line.on_hover_text(glossary::explain(term));
                }
            }
        });
    });

    let draft_view = views::draft_view(&scenario, &room, &draft, &assessments, &proposals, role.0, concluded);
    draft_ui.0.lexicon.refresh(&scenario);
    egui::Panel::right("draft")
        .resizable(true)
        .default_size(460.0)
        .size_range(320.0..=ctx.viewport_rect().width() * 0.5)
        .show(&mut root, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                panels::draft_panel(ui, &draft_view, &mut draft_ui.0);
            });
        });
    actions.append(&mut draft_ui.0.actions);

    if let Some(d) = selection.0 {
        let lobbyist = match role.0 {
            Role::Delegation(me) if !concluded => Some(me),
            _ => None,
        };
        let view = views::inspector_view(&scenario, &room, &draft, &record, d, lobbyist);
        egui::Panel::left("inspector")
            .resizable(true)
            .default_size(330.0)
            .size_range(260.0..=ctx.viewport_rect().width() * 0.35)
            .show(&mut root, |ui| {
                egui::ScrollArea::both().show(ui, |ui| {
                    if ui.small_button("Close").clicked() {
                        selection.0 = None;
                    }
                    panels::inspector_panel(ui, &view, &mut actions);
                });
            });
    }

    let forecast_rows = views::forecast_rows(&scenario, &draft, &forecasts);
    // Filtered to a negotiating group, a delegation may lobby the group through its coordinator.
    let group_lobby = match (role.0, *room_filter) {
        (Role::Delegation(by), Some(g))
            if !concluded && crate::model::ai::is_negotiating_group(&scenario.groups[g].id) =>
        {
            let members: Vec<usize> =
                seat_list.iter().filter(|s| s.groups.contains(&g) && s.index != by).map(|s| s.index).collect();
            crate::model::ai::group_coordinator(&scenario, &members).map(|c| panels::GroupLobbyView {
                by,
                group: scenario.groups[g].name.clone(),
                coordinator: c,
                coordinator_name: scenario.delegations[c].name.clone(),
                issues: scenario.issues.iter().enumerate().map(|(i, x)| (i, x.label())).collect(),
                capital: room.capital[by],
            })
        }
        _ => None,
    };
    egui::CentralPanel::default().show(&mut root, |ui| {
        ui.heading(format!("The room: {} delegations", seat_list.len()));
        egui::ScrollArea::vertical()
            .id_salt("room")
            .max_height(ui.available_height() * 0.5)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                panels::room_panel(ui, &seat_list, &groups, &mut room_filter, &mut actions);
                if let Some(view) = group_lobby {
                    panels::group_lobby_panel(ui, &view, &mut lobby_issue, &mut actions);
                }
            });
        ui.separator();
        egui::ScrollArea::vertical().id_salt("charts").auto_shrink([false, false]).show(ui, |ui| {
            if record.counts.len() > 1 {
                egui::CollapsingHeader::new("Support over rounds")
                    .default_open(true)
                    .show(ui, |ui| panels::support_chart(ui, &record.counts));
            }
            egui::CollapsingHeader::new("Forecast: the text beside the compromise and Nash points")
                .default_open(true)
                .show(ui, |ui| panels::forecast_chart(ui, &forecast_rows))
                .header_response
                .on_hover_text(panels::FORECAST_EXPLAINED);
        });
    });

    if overlays.instructions {
        egui::Window::new("Your capital's instructions").open(&mut overlays.instructions).default_width(520.0).show(
            &ctx,
            |ui| {
                instructions_panel(ui, &scenario, &brief.brief);
                ui.separator();
                how_to_play(ui, role.0);
            },
        );
    }
    if overlays.glossary {
        egui::Window::new("Glossary of procedure")
            .open(&mut overlays.glossary)
            .default_width(560.0)
            .vscroll(true)
            .show(&ctx, glossary::glossary_panel);
    }
    if overlays.adoption
        && let Some(conclusion) = &record.conclusion
    {
        let view = views::adoption_view(&scenario, &draft, conclusion);
        let mut action = None;
        egui::Window::new("Is there any objection?")
            .collapsible(false)
            .default_width(560.0)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(&ctx, |ui| action = panels::adoption_panel(ui, &view));
        match action {
            Some(AdoptionAction::Debrief) => {
                overlays.adoption = false;
                next.set(Screen::Debrief);
            }
            Some(AdoptionAction::Close) => overlays.adoption = false,
            None => {}
        }
    }

    for action in actions {
        match action {
            UiAction::Submit(intent) => submit(intent, &mut intents, &mut paused, &mut save.notice),
            UiAction::Inspect(d) => selection.0 = Some(d),
        }
    }
    Ok(())
}
