//! The window: for now one session screen with the room, the draft, the log and
//! the bar with the count of objections. It reads state and sends intents only.

use std::path::PathBuf;
use std::time::Duration;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, save_to_disk};
use bevy::winit::{UpdateMode, WinitSettings};
use bevy_egui::{EguiContexts, EguiPlugin, EguiPrimaryContextPass, egui};

use crate::model::draft::ParagraphStatus;
use crate::model::record::Speaker;
use crate::model::{Draft, VerdictKind};
use crate::sim::{
    ActiveScenario, CurrentVerdict, DraftText, Forecasts, Pacing, RoomState, Seat, SessionClock, SessionRecord,
    SessionSetup, SimPlugin,
};

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
    App::new()
        .add_plugins(DefaultPlugins.set(WindowPlugin {
            primary_window: Some(Window { title, resolution: (1280, 800).into(), ..default() }),
            ..default()
        }))
        .add_plugins(EguiPlugin::default())
        .insert_resource(WinitSettings {
            focused_mode: UpdateMode::reactive(Duration::from_secs_f32(options.pace.max(0.05))),
            unfocused_mode: UpdateMode::reactive_low_power(Duration::from_secs_f32(options.pace.max(0.05))),
        })
        .insert_resource(setup)
        .insert_resource(Pacing::default())
        .insert_resource(options)
        .insert_resource(StepTimer(Timer::from_seconds(0.0, TimerMode::Repeating)))
        .add_plugins(SimPlugin)
        .add_systems(Startup, |mut commands: Commands, options: Res<WindowOptions>, mut timer: ResMut<StepTimer>| {
            commands.spawn(Camera2d);
            timer.0 = Timer::from_seconds(options.pace.max(0.05), TimerMode::Repeating);
        })
        .add_systems(Update, (pace_steps, capture_and_quit))
        .add_systems(EguiPrimaryContextPass, session_screen)
        .run()
}

#[derive(Resource)]
struct StepTimer(Timer);

/// AI turns follow the pace; Space steps at once; P pauses.
fn pace_steps(
    time: Res<Time>,
    keys: Res<ButtonInput<KeyCode>>,
    mut timer: ResMut<StepTimer>,
    mut pacing: ResMut<Pacing>,
    mut paused: Local<bool>,
) {
    if keys.just_pressed(KeyCode::KeyP) {
        *paused = !*paused;
    }
    timer.0.tick(time.delta());
    if keys.just_pressed(KeyCode::Space) || (!*paused && timer.0.just_finished()) {
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

fn verdict_colour(kind: VerdictKind) -> egui::Color32 {
    match kind {
        VerdictKind::Supports => egui::Color32::from_rgb(46, 125, 50),
        VerdictKind::CanLiveWith => egui::Color32::from_rgb(120, 160, 60),
        VerdictKind::Reservations => egui::Color32::from_rgb(230, 160, 30),
        VerdictKind::Objects => egui::Color32::from_rgb(200, 40, 40),
    }
}

#[allow(clippy::too_many_arguments)]
fn session_screen(
    mut contexts: EguiContexts,
    scenario: Option<Res<ActiveScenario>>,
    draft: Option<Res<DraftText>>,
    clock: Option<Res<SessionClock>>,
    record: Option<Res<SessionRecord>>,
    room: Option<Res<RoomState>>,
    forecasts: Res<Forecasts>,
    seats: Query<(&Seat, &CurrentVerdict)>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let (Some(scenario), Some(draft), Some(clock), Some(record), Some(_room)) = (scenario, draft, clock, record, room)
    else {
        return Ok(());
    };
    // egui 0.36 panels are laid out inside a root Ui covering the window.
    let mut root = egui::Ui::new(
        ctx.clone(),
        "session".into(),
        egui::UiBuilder::new().layer_id(egui::LayerId::background()).max_rect(ctx.viewport_rect()),
    );
    let mut verdicts: Vec<(usize, String, VerdictKind)> =
        seats.iter().map(|(s, v)| (s.index, s.code.clone(), v.0)).collect();
    verdicts.sort_by_key(|v| v.0);
    let objectors: Vec<&str> = verdicts.iter().filter(|v| v.2 == VerdictKind::Objects).map(|v| v.1.as_str()).collect();

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
            ui.colored_label(
                if objectors.is_empty() { egui::Color32::LIGHT_GREEN } else { egui::Color32::LIGHT_RED },
                count,
            );
        });
        if let Some(c) = &record.conclusion {
            ui.strong(format!("Outcome: {}", c.outcome.label()));
        }
        ui.small("Space: next step   P: pause/resume the AI");
    });

    egui::Panel::bottom("log").resizable(true).default_size(180.0).show(&mut root, |ui| {
        ui.heading("Statements and events");
        egui::ScrollArea::vertical().stick_to_bottom(true).show(ui, |ui| {
            for entry in record.entries.iter().rev().take(200).rev() {
                let who = match entry.speaker {
                    Speaker::Chair => "Chair".to_string(),
                    Speaker::Delegation(d) => scenario.delegations[d].code.clone(),
                    Speaker::Group { speaker, .. } => scenario.delegations[speaker].code.clone(),
                };
                ui.label(format!("[round {}] {who}: {}", entry.round, entry.text));
            }
        });
    });

    egui::Panel::right("draft").resizable(true).default_size(520.0).show(&mut root, |ui| {
        let text = &scenario.texts[draft.text];
        ui.heading(format!("{} (Rev.{})", text.id, draft.revision));
        egui::ScrollArea::vertical().show(ui, |ui| {
            for (p, para) in draft.paragraphs.iter().enumerate() {
                let issue = &scenario.issues[para.issue];
                let wording = &issue.ladder[para.rung].text;
                let (prefix, body) = match para.status {
                    ParagraphStatus::Text => ("", wording.clone()),
                    ParagraphStatus::Bracketed => ("", format!("[{wording}]")),
                    ParagraphStatus::ChairSummary => ("moved to chair's summary: ", wording.clone()),
                    ParagraphStatus::Deleted => ("deleted: ", wording.clone()),
                };
                let line = format!("{}. {}{} ({})", Draft::number(p), prefix, body, issue.label());
                let rich = egui::RichText::new(line);
                let rich = if para.counts() { rich } else { rich.weak().strikethrough() };
                ui.label(rich);
                if let Some(f) = forecasts.get(para.issue) {
                    ui.small(format!(
                        "    text at {:.0}{} · forecast: compromise {:.0}, Nash {:.0}",
                        issue.ladder[para.rung].position,
                        if issue.ladder[para.rung].agreed { " (agreed language)" } else { "" },
                        f.compromise,
                        f.nash
                    ))
                    .on_hover_text("Compromise: salience- and influence-weighted mean of the delegations' ideal points. Nash: the point that maximises the product of their gains over no agreement.");
                }
                ui.add_space(4.0);
            }
        });
    });

    egui::CentralPanel::default().show(&mut root, |ui| {
        ui.heading(format!("The room: {} delegations", verdicts.len()));
        ui.horizontal(|ui| {
            for kind in
                [VerdictKind::Supports, VerdictKind::CanLiveWith, VerdictKind::Reservations, VerdictKind::Objects]
            {
                let n = verdicts.iter().filter(|v| v.2 == kind).count();
                ui.colored_label(verdict_colour(kind), format!("{} {} {}", kind.letter(), kind.label(), n));
            }
        });
        let columns = ((ui.available_width() / 44.0).floor() as usize).max(1);
        egui::ScrollArea::vertical().show(ui, |ui| {
            egui::Grid::new("seats").spacing([2.0, 2.0]).show(ui, |ui| {
                for (k, (index, code, kind)) in verdicts.iter().enumerate() {
                    let seat = egui::Button::new(
                        egui::RichText::new(format!("{code}\n{}", kind.letter())).color(egui::Color32::WHITE).small(),
                    )
                    .fill(verdict_colour(*kind))
                    .min_size(egui::vec2(40.0, 30.0));
                    ui.add(seat).on_hover_text(format!("{}: {}", scenario.delegations[*index].name, kind.label()));
                    if (k + 1) % columns == 0 {
                        ui.end_row();
                    }
                }
            });
        });
    });
    Ok(())
}
