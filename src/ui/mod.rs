//! The window: for now one session screen with the room, the draft, the log and
//! the bar with the count of objections. It reads state and sends intents only.

use std::path::PathBuf;
use std::time::Duration;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, save_to_disk};
use bevy::window::RequestRedraw;
use bevy::winit::{UpdateMode, WinitSettings};
use bevy_egui::{EguiContexts, EguiPlugin, EguiPrimaryContextPass, egui};

use crate::model::VerdictKind;
use crate::sim::{
    ActiveScenario, CurrentVerdict, DraftText, Forecasts, IntentMessage, Pacing, RoomState, Seat, SessionClock,
    SessionRecord, SessionSetup, SimPlugin,
};

pub mod panels;
pub mod views;

use panels::{DraftUi, Role, SeatView, UiAction};

/// Window options from the command line.
#[derive(Resource, Clone, Default)]
pub struct WindowOptions {
    /// Seconds between AI phase steps.
    pub pace: f32,
    pub screenshot: Option<PathBuf>,
    pub quit_after_frames: Option<u32>,
}

pub fn run(setup: SessionSetup, options: WindowOptions) -> AppExit {
    let title = format!("oewg-sim: {}", setup.scenario.title);
    let role = if setup.player_chair {
        Role::Chair
    } else {
        setup.players.first().map_or(Role::Observer, |&d| Role::Delegation(d))
    };
    App::new()
        .add_plugins(DefaultPlugins.set(WindowPlugin {
            primary_window: Some(Window { title, resolution: (1280, 800).into(), ..default() }),
            ..default()
        }))
        .add_plugins(EguiPlugin::default())
        .insert_resource(if options.quit_after_frames.is_some() {
            // A scripted run (CI, screenshots) counts frames: keep them coming.
            WinitSettings::game()
        } else {
            WinitSettings {
                focused_mode: UpdateMode::reactive(Duration::from_secs_f32(options.pace.max(0.05))),
                unfocused_mode: UpdateMode::reactive_low_power(Duration::from_secs_f32(options.pace.max(0.05))),
            }
        })
        .insert_resource(setup)
        .insert_resource(PlayerRole(role))
        .insert_resource(AiPaused(role != Role::Observer && options.quit_after_frames.is_none()))
        // A player starts with their own delegation in the inspector: their instructions.
        .insert_resource(Selection(match role {
            Role::Delegation(d) => Some(d),
            _ => None,
        }))
        .init_resource::<DraftUiState>()
        .insert_resource(Pacing::default())
        .insert_resource(options)
        .insert_resource(StepTimer(Timer::from_seconds(0.0, TimerMode::Repeating)))
        .add_plugins(SimPlugin)
        .add_systems(Startup, |mut commands: Commands, options: Res<WindowOptions>, mut timer: ResMut<StepTimer>| {
            commands.spawn(Camera2d);
            timer.0 = Timer::from_seconds(options.pace.max(0.05), TimerMode::Repeating);
        })
        .add_systems(Update, (pace_steps, chair_shortcuts, capture_and_quit, sleep_when_settled))
        .add_systems(
            PreUpdate,
            drop_unchanged_modifiers
                .after(bevy_egui::EguiPreUpdateSet::ProcessInput)
                .before(bevy_egui::EguiPreUpdateSet::BeginPass),
        )
        .add_systems(PostUpdate, let_idle_window_sleep.after(bevy_egui::EguiPostUpdateSet::ProcessOutput))
        .add_systems(EguiPrimaryContextPass, session_screen)
        .run()
}

#[derive(Resource)]
struct StepTimer(Timer);

/// A: the chair calls for adoption ("Is there any objection?").
fn chair_shortcuts(keys: Res<ButtonInput<KeyCode>>, role: Res<PlayerRole>, mut intents: MessageWriter<IntentMessage>) {
    if role.0 == Role::Chair && keys.just_pressed(KeyCode::KeyA) {
        intents.write(IntentMessage(crate::model::Intent::CallForAdoption));
    }
}

/// Whether the AI waits for Space. A person at the table starts paused, so the
/// session moves at their pace; scripted runs never wait.
#[derive(Resource)]
pub struct AiPaused(pub bool);

/// bevy_egui 0.42 feeds egui a `ModifiersChanged` event every frame, and egui
/// answers any event with an immediate repaint: the window never sleeps. Keep the
/// event only when the modifiers really change.
fn drop_unchanged_modifiers(mut inputs: Query<&mut bevy_egui::EguiInput>, mut last: Local<Option<egui::Modifiers>>) {
    for mut input in &mut inputs {
        input.events.retain(|event| match event {
            egui::Event::ModifiersChanged(m) => {
                let changed = *last != Some(*m);
                *last = Some(*m);
                changed
            }
            _ => true,
        });
    }
}

/// Frames egui may keep redrawing after input or a change (menus opening, layout settling).
const SETTLE_FRAMES: u32 = 6;

/// egui asks for a redraw whenever it wants one *at some point*, so a bevy_egui
/// window never sleeps (bevy_egui #239). Keep its requests for a few frames after
/// input or a change of the session, then drop them: input and the AI's pace
/// still wake the window.
#[allow(clippy::too_many_arguments)]
fn let_idle_window_sleep(
    mut redraws: ResMut<Messages<RequestRedraw>>,
    mut cursor: MessageReader<bevy::window::CursorMoved>,
    mut buttons: MessageReader<bevy::input::mouse::MouseButtonInput>,
    mut wheel: MessageReader<bevy::input::mouse::MouseWheel>,
    mut keys: MessageReader<bevy::input::keyboard::KeyboardInput>,
    mut resized: MessageReader<bevy::window::WindowResized>,
    record: Option<Res<SessionRecord>>,
    mut quiet_frames: Local<u32>,
) {
    let input = cursor.read().count()
        + buttons.read().count()
        + wheel.read().count()
        + keys.read().count()
        + resized.read().count()
        > 0;
    let changed = record.is_some_and(|r| r.is_changed());
    if input || changed {
        *quiet_frames = 0;
    } else {
        *quiet_frames = quiet_frames.saturating_add(1);
    }
    if *quiet_frames > SETTLE_FRAMES {
        redraws.clear();
    }
}

/// Once the session has concluded, nothing changes without the player: wake on input only.
fn sleep_when_settled(
    record: Option<Res<SessionRecord>>,
    options: Res<WindowOptions>,
    mut winit: ResMut<WinitSettings>,
) {
    if options.quit_after_frames.is_none() && record.is_some_and(|r| r.is_changed() && r.conclusion.is_some()) {
        winit.focused_mode = UpdateMode::reactive_low_power(Duration::from_secs(60));
        winit.unfocused_mode = UpdateMode::reactive_low_power(Duration::from_secs(60));
    }
}

/// AI turns follow the pace; Space steps at once; P pauses. Paused from the start when a person plays.
fn pace_steps(
    time: Res<Time>,
    keys: Res<ButtonInput<KeyCode>>,
    mut timer: ResMut<StepTimer>,
    mut pacing: ResMut<Pacing>,
    mut paused: ResMut<AiPaused>,
) {
    if keys.just_pressed(KeyCode::KeyP) {
        paused.0 = !paused.0;
    }
    timer.0.tick(time.delta());
    if keys.just_pressed(KeyCode::Space) || (!paused.0 && timer.0.just_finished()) {
        pacing.step_now = true;
    }
}

fn capture_and_quit(
    mut commands: Commands,
    options: Res<WindowOptions>,
    mut frames: Local<u32>,
    mut exit: MessageWriter<AppExit>,
) {
    *frames += 1;
    let Some(n) = options.quit_after_frames else { return };
    if *frames == n
        && let Some(path) = options.screenshot.clone()
    {
        commands.spawn(Screenshot::primary_window()).observe(save_to_disk(path));
    }
    // Leave a few frames for the screenshot to be read back and written.
    if *frames >= n + 5 {
        exit.write(AppExit::Success);
    }
}

/// Who the person at this window plays.
#[derive(Resource, Clone, Copy)]
pub struct PlayerRole(pub Role);

/// The group the room is filtered to, if any.
#[derive(Default)]
struct RoomFilter(Option<usize>);

/// The delegation shown in the inspector.
#[derive(Resource, Default)]
pub struct Selection(pub Option<usize>);

#[derive(Resource, Default)]
struct DraftUiState(DraftUi);

#[allow(clippy::too_many_arguments)]
fn session_screen(
    mut contexts: EguiContexts,
    scenario: Option<Res<ActiveScenario>>,
    draft: Option<Res<DraftText>>,
    clock: Option<Res<SessionClock>>,
    record: Option<Res<SessionRecord>>,
    room: Option<Res<RoomState>>,
    forecasts: Res<Forecasts>,
    role: Res<PlayerRole>,
    paused: Res<AiPaused>,
    mut selection: ResMut<Selection>,
    mut room_filter: Local<RoomFilter>,
    mut draft_ui: ResMut<DraftUiState>,
    mut intents: MessageWriter<IntentMessage>,
    seats: Query<(&Seat, &CurrentVerdict)>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let (Some(scenario), Some(draft), Some(clock), Some(record), Some(room)) = (scenario, draft, clock, record, room)
    else {
        return Ok(());
    };
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
    let mut actions = Vec::new();

    egui::Panel::top("bar").show(&mut root, |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.strong(&scenario.title);
            ui.separator();
            ui.label(format!("Phase: {}", clock.phase.label()));
            ui.separator();
            ui.label(format!("Round {} of {}", clock.round, clock.rounds));
            ui.separator();
            ui.label(format!("Decision: consensus; failing that, {}", scenario.fallback.label()))
                .on_hover_text("One objection at the gavel blocks consensus. Then the body's fallback applies.");
            ui.separator();
            let count = if objectors.is_empty() {
                "Consensus: no objections".to_string()
            } else {
                let shown: Vec<&str> = objectors.iter().take(12).copied().collect();
                format!(
                    "Consensus: {} objection{} ({}{})",
                    objectors.len(),
                    if objectors.len() == 1 { "" } else { "s" },
                    shown.join(", "),
                    if objectors.len() > 12 { ", ..." } else { "" }
                )
            };
            let colour = if objectors.is_empty() { egui::Color32::LIGHT_GREEN } else { egui::Color32::LIGHT_RED };
            ui.colored_label(colour, count);
        });
        ui.horizontal(|ui| {
            if let Some(c) = &record.conclusion {
                ui.strong(format!("Outcome: {}", c.outcome.label()));
                ui.separator();
            }
            let who = match role.0 {
                Role::Delegation(d) => format!("You are the delegation of {}", scenario.delegations[d].name),
                Role::Chair => "You hold the chair".to_string(),
                Role::Observer => "You are watching AI-only play".to_string(),
            };
            ui.label(who);
            ui.separator();
            let pace = if paused.0 {
                "AI paused: Space for the next step, P to let it run"
            } else {
                "AI running: P to pause, Space to step"
            };
            ui.label(pace);
            ui.separator();
            ui.small(if role.0 == Role::Chair {
                "A: call for adoption · click a seat to inspect it"
            } else {
                "click a seat to inspect it"
            });
        });
    });

    egui::Panel::bottom("log").resizable(true).default_size(170.0).show(&mut root, |ui| {
        ui.heading("Statements and events");
        egui::ScrollArea::vertical().stick_to_bottom(true).show(ui, |ui| {
            for entry in record.entries.iter().rev().take(200).rev() {
                let who = entry.speaker.label(&scenario);
                ui.label(format!("[round {}] {who}: {}", entry.round, entry.text));
            }
        });
    });

    let assessments = views::assessments(&scenario, &room, &draft);
    let draft_view = views::draft_view(&scenario, &room, &draft, &assessments, role.0, concluded);
    egui::Panel::right("draft").resizable(true).default_size(520.0).show(&mut root, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            panels::draft_panel(ui, &draft_view, &mut draft_ui.0);
            ui.separator();
            ui.strong("Forecast beside the text");
            for p in draft.paragraphs.iter().filter(|p| p.counts()) {
                if let Some(f) = forecasts.get(p.issue) {
                    let issue = &scenario.issues[p.issue];
                    ui.small(format!(
                        "{}: text {:.0} · compromise {:.0} · Nash {:.0}",
                        issue.label(),
                        issue.ladder[p.rung].position,
                        f.compromise,
                        f.nash
                    ))
                    .on_hover_text("Compromise: salience- and influence-weighted mean of the ideal points. Nash: the point that maximises the product of every delegation's gain over no agreement.");
                }
            }
        });
    });
    actions.append(&mut draft_ui.0.actions);

    if let Some(d) = selection.0 {
        let lobbyist = match role.0 {
            Role::Delegation(me) if !concluded => Some(me),
            _ => None,
        };
        let view = views::inspector_view(&scenario, &room, &draft, &record, d, lobbyist);
        egui::Panel::left("inspector").resizable(true).default_size(380.0).show(&mut root, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                if ui.small_button("Close").clicked() {
                    selection.0 = None;
                }
                panels::inspector_panel(ui, &view, &mut actions);
            });
        });
    }

    egui::CentralPanel::default().show(&mut root, |ui| {
        ui.heading(format!("The room: {} delegations", seat_list.len()));
        if record.counts.len() > 1 {
            egui::CollapsingHeader::new("Support over rounds")
                .default_open(true)
                .show(ui, |ui| panels::support_chart(ui, &record.counts));
        }
        egui::ScrollArea::vertical()
            .show(ui, |ui| panels::room_panel(ui, &seat_list, &groups, &mut room_filter.0, &mut actions));
    });

    for action in actions {
        match action {
            UiAction::Submit(intent) => {
                intents.write(IntentMessage(intent));
            }
            UiAction::Inspect(d) => selection.0 = Some(d),
        }
    }
    Ok(())
}
