//! The window: screens as Bevy `States`, one plugin each (title, new session
//! and instructions, session, debrief, settings). Screens read the `sim`
//! resources and send intents; they never change the model directly.

use std::path::PathBuf;
use std::time::Duration;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, save_to_disk};
use bevy::window::RequestRedraw;
use bevy::winit::{UpdateMode, WinitSettings};
use bevy_egui::{EguiContexts, EguiPlugin, egui};

use crate::sim::{SessionRecord, SessionSetup, SimPlugin};

pub mod glossary;
pub mod panels;
pub mod screens;
pub mod settings;
pub mod storage;
pub mod views;

use panels::{Role, bad_colour, good_colour};
use settings::Settings;

/// The screens of the game.
#[derive(States, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Screen {
    #[default]
    Title,
    /// Scenario cards and the role picker.
    NewGame,
    /// The capital's instructions, before taking the seat.
    Instructions,
    Session,
    Debrief,
    Settings,
}

/// Where the window opens.
pub enum Launch {
    Title,
    NewGame,
    Settings,
    /// Straight into a session (`oewg-sim play`).
    Session(SessionSetup),
}

/// Window options from the command line.
#[derive(Resource, Clone, Default)]
pub struct WindowOptions {
    /// Seconds between AI steps, overriding the settings.
    pub pace: Option<f32>,
    pub screenshot: Option<PathBuf>,
    pub quit_after_frames: Option<u32>,
    /// Play the whole session at once and open the debrief (screenshots, demonstrations).
    pub then_debrief: bool,
}

impl WindowOptions {
    /// A scripted run (CI, screenshots): no waiting for a person, nothing written to disk.
    pub fn scripted(&self) -> bool {
        self.quit_after_frames.is_some()
    }
}

pub fn run(launch: Launch, options: WindowOptions) -> AppExit {
    let initial = match launch {
        Launch::Title => Screen::Title,
        Launch::NewGame => Screen::NewGame,
        Launch::Settings => Screen::Settings,
        Launch::Session(_) => Screen::Session,
    };
    let mut app = App::new();
    app.add_plugins(DefaultPlugins.set(WindowPlugin {
        primary_window: Some(Window {
            title: "oewg-sim: consensus diplomacy on ICT security".into(),
            // 1280x720 is the smallest screen the layout is made for.
            resolution: (1280, 720).into(),
            ..default()
        }),
        ..default()
    }))
    .add_plugins(EguiPlugin::default())
    .insert_state(initial)
    .insert_resource(if options.scripted() {
        // A scripted run counts frames: keep them coming.
        WinitSettings::game()
    } else {
        WinitSettings::desktop_app()
    })
    .insert_resource(options.clone())
    .add_plugins((
        SimPlugin,
        settings::SettingsPlugin,
        screens::title::TitlePlugin,
        screens::new_game::NewGamePlugin,
        screens::session::SessionScreenPlugin,
        screens::debrief::DebriefPlugin,
    ))
    .add_systems(Startup, |mut commands: Commands| {
        commands.spawn(Camera2d);
    })
    .add_systems(Update, (capture_and_quit, apply_settings, screenshot_key, choose_update_mode))
    .add_systems(
        PreUpdate,
        drop_unchanged_modifiers
            .after(bevy_egui::EguiPreUpdateSet::ProcessInput)
            .before(bevy_egui::EguiPreUpdateSet::BeginPass),
    )
    .add_systems(PostUpdate, let_idle_window_sleep.after(bevy_egui::EguiPostUpdateSet::ProcessOutput));
    if let Some(pace) = options.pace {
        app.world_mut().resource_mut::<Settings>().ai_pace = pace;
    }
    if let Launch::Session(setup) = launch {
        app.insert_resource(setup);
    }
    app.run()
}

/// A simple screen: one central panel with a scroll area, a readable column wide.
pub fn screen_frame(ctx: &egui::Context, id: &str, add: impl FnOnce(&mut egui::Ui)) {
    let mut root = egui::Ui::new(
        ctx.clone(),
        id.to_string().into(),
        egui::UiBuilder::new().layer_id(egui::LayerId::background()).max_rect(ctx.viewport_rect()),
    );
    egui::CentralPanel::default().show(&mut root, |ui| {
        egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
            let width = ui.available_width().min(1100.0);
            let margin = ((ui.available_width() - width) / 2.0).max(0.0);
            ui.horizontal_top(|ui| {
                ui.add_space(margin);
                ui.vertical(|ui| {
                    ui.set_max_width(width);
                    add(ui);
                });
            });
        });
    });
}

/// UI scale, theme and palette follow the settings.
fn apply_settings(mut contexts: EguiContexts, settings: Res<Settings>, mut applied: Local<bool>) -> Result {
    if *applied && !settings.is_changed() {
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?;
    ctx.set_zoom_factor(settings.ui_scale);
    ctx.set_visuals(if settings.dark { egui::Visuals::dark() } else { egui::Visuals::light() });
    panels::set_palette(ctx, settings.palette);
    *applied = true;
    Ok(())
}

/// The window wakes on its own only while the AI runs a session; otherwise
/// (menus, a paused or concluded session) only input wakes it, so an idle
/// window uses no CPU.
fn choose_update_mode(
    settings: Res<Settings>,
    screen: Res<State<Screen>>,
    paused: Res<screens::session::AiPaused>,
    record: Option<Res<SessionRecord>>,
    options: Res<WindowOptions>,
    mut winit: ResMut<WinitSettings>,
) {
    if options.scripted() {
        return;
    }
    let ai_runs = *screen.get() == Screen::Session && !paused.0 && record.is_some_and(|r| r.conclusion.is_none());
    let (focused, unfocused) = if ai_runs {
        let wait = Duration::from_secs_f32(settings.ai_pace.max(0.05));
        (UpdateMode::reactive(wait), UpdateMode::reactive_low_power(wait))
    } else {
        let wait = Duration::from_secs(60);
        (UpdateMode::reactive_low_power(wait), UpdateMode::reactive_low_power(wait))
    };
    if winit.focused_mode != focused || winit.unfocused_mode != unfocused {
        winit.focused_mode = focused;
        winit.unfocused_mode = unfocused;
    }
}

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
/// input, a change of the session or of the screen, then drop them: input and
/// the AI's pace still wake the window.
#[allow(clippy::too_many_arguments)]
fn let_idle_window_sleep(
    mut redraws: ResMut<Messages<RequestRedraw>>,
    mut cursor: MessageReader<bevy::window::CursorMoved>,
    mut buttons: MessageReader<bevy::input::mouse::MouseButtonInput>,
    mut wheel: MessageReader<bevy::input::mouse::MouseWheel>,
    mut keys: MessageReader<bevy::input::keyboard::KeyboardInput>,
    mut resized: MessageReader<bevy::window::WindowResized>,
    record: Option<Res<SessionRecord>>,
    screen: Res<State<Screen>>,
    mut quiet_frames: Local<u32>,
) {
    let input = cursor.read().count()
        + buttons.read().count()
        + wheel.read().count()
        + keys.read().count()
        + resized.read().count()
        > 0;
    let changed = record.is_some_and(|r| r.is_changed()) || screen.is_changed();
    if input || changed {
        *quiet_frames = 0;
    } else {
        *quiet_frames = quiet_frames.saturating_add(1);
    }
    if *quiet_frames > SETTLE_FRAMES {
        redraws.clear();
    }
}

/// F12: a PNG of the window into the game's folder (for a report, or a bug). The
/// notice comes a few frames later, so the picture does not catch it half drawn.
fn screenshot_key(
    mut commands: Commands,
    keys: Res<ButtonInput<KeyCode>>,
    mut notice: ResMut<Notice>,
    mut taken: Local<u32>,
    mut pending: Local<Option<(PathBuf, u32)>>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    if let Some((path, frames)) = pending.as_mut() {
        *frames += 1;
        redraw.write(RequestRedraw);
        if *frames >= 3 {
            notice.ok(format!("Screenshot: {}", path.display()));
            *pending = None;
        }
    }
    if keys.just_pressed(KeyCode::F12) {
        *taken += 1;
        let name = format!(
            "oewg-sim-{}-{}.png",
            storage::stamp(std::time::SystemTime::now()).replace([' ', ':'], "-"),
            *taken
        );
        let path = storage::home().join("screenshots").join(name);
        if let Err(e) = std::fs::create_dir_all(path.parent().expect("a folder")) {
            notice.problem(format!("Could not save a screenshot: {e}"));
            return;
        }
        commands.spawn(Screenshot::primary_window()).observe(save_to_disk(path.clone()));
        *pending = Some((path, 0));
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

impl PlayerRole {
    pub fn of(setup: &SessionSetup) -> PlayerRole {
        PlayerRole(if setup.player_chair {
            Role::Chair
        } else {
            setup.players.first().map_or(Role::Observer, |&d| Role::Delegation(d))
        })
    }
}

/// A line the game wants the player to see (saved, exported, could not load...).
#[derive(Resource, Default)]
pub struct Notice(pub Option<(String, bool)>);

impl Notice {
    pub fn ok(&mut self, text: impl Into<String>) {
        self.0 = Some((text.into(), false));
    }
    pub fn problem(&mut self, text: impl Into<String>) {
        self.0 = Some((text.into(), true));
    }
    pub fn show(&self, ui: &mut egui::Ui) {
        if let Some((text, problem)) = &self.0 {
            let colour = if *problem { bad_colour(ui) } else { good_colour(ui) };
            ui.colored_label(colour, text);
        }
    }
}
