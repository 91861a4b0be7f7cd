//! The window: screens as Bevy `States`, one plugin each (title, new session,
//! instructions, session, debrief, settings). Screens read the `sim` resources and
//! send moves with their sender; they never change the model directly. Every word
//! comes from the locale (`UiText`).

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, save_to_disk};
use bevy::window::RequestRedraw;
use bevy::winit::{UpdateMode, WinitSettings};
use bevy_egui::{EguiContexts, EguiPlugin, egui};

use crate::model::Seat;
use crate::settings::Settings;
use crate::sim::{SessionRecord, SessionSetup, SimPlugin};
use crate::text::Locale;
use crate::tr;

pub mod glossary;
pub mod panels;
pub mod screens;
pub mod settings;
pub mod theme;
pub mod views;
pub mod widgets;

pub use crate::WindowOptions;
pub use widgets::Notice;

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
    /// The instructor's console while a class is hosted.
    Host,
}

/// Where the window opens.
pub enum Launch {
    Title,
    NewGame,
    Settings,
    /// Straight into a session (`oewg-sim play`).
    Session(SessionSetup),
    /// Host a class (`oewg-sim host`).
    Host(SessionSetup, crate::classroom::headless::HostOptions),
}

/// The words of the window, in the language chosen: `Deref`s to the window's locale (visual text
/// in a right-to-left language); `plain` is the same language as logical text, for what leaves
/// the window (the students' browsers, exports).
#[derive(Resource, Clone, Deref)]
pub struct UiText {
    #[deref]
    window: Arc<Locale>,
    plain: Arc<Locale>,
}

impl UiText {
    /// The words of `language`, and the problems met loading them.
    pub fn load(language: &str) -> (UiText, Vec<String>) {
        let (plain, problems) = Locale::load(language);
        let window = Locale::load(language).0.for_window();
        (UiText { window: Arc::new(window), plain: Arc::new(plain) }, problems)
    }

    /// The language as logical text, for browsers and exports.
    pub fn plain(&self) -> &Arc<Locale> {
        &self.plain
    }
}

/// The line the game wants the player to see, shared by the screens.
#[derive(Resource, Default, Deref, DerefMut)]
pub struct Notices(pub Notice);

/// Which seat the person at the screen plays now (several people may take turns at one
/// machine), and whether the screen is hidden while they hand over.
#[derive(Resource, Debug, Clone, PartialEq, Eq, Default)]
pub struct AtTheScreen {
    /// `None`: watching the AI.
    pub seat: Option<Seat>,
    /// The seats people hold in this window, in turn order.
    pub people: Vec<Seat>,
    /// Between two people: nobody's instructions are on screen.
    pub handing_over: bool,
}

impl AtTheScreen {
    pub fn of(setup: &SessionSetup) -> AtTheScreen {
        AtTheScreen {
            seat: setup.start.people.first().copied(),
            people: setup.start.people.clone(),
            handing_over: false,
        }
    }

    /// The next person's seat, in turn.
    pub fn next_seat(&self) -> Option<Seat> {
        let at = self.seat.and_then(|s| self.people.iter().position(|p| *p == s)).unwrap_or(0);
        self.people.get((at + 1) % self.people.len().max(1)).copied()
    }
}

pub fn run(launch: Launch, options: WindowOptions) -> AppExit {
    let initial = match launch {
        Launch::Title => Screen::Title,
        Launch::NewGame => Screen::NewGame,
        Launch::Settings => Screen::Settings,
        Launch::Session(_) => Screen::Session,
        Launch::Host(..) => Screen::Host,
    };
    let (settings, problems) = Settings::load();
    let language = crate::text::choose_language(options.language.as_deref(), &settings.language);
    let (locale, locale_problems) = UiText::load(&language);
    let mut app = App::new();
    app.add_plugins(DefaultPlugins.set(WindowPlugin {
        primary_window: Some(Window {
            title: locale.plain().t("window-title"),
            // 1280x720 is the smallest screen the layout is made for.
            resolution: options.size.unwrap_or((1280, 720)).into(),
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
    .insert_resource(locale)
    .init_resource::<Notices>()
    .init_resource::<AtTheScreen>()
    .insert_resource(options.clone())
    .add_plugins((
        SimPlugin,
        crate::sim::odds::OddsPlugin,
        settings::SettingsPlugin { settings, problems: [problems, locale_problems].concat() },
        screens::title::TitlePlugin,
        screens::new_game::NewGamePlugin,
        screens::instructions::InstructionsPlugin,
        screens::session::SessionScreenPlugin,
        screens::debrief::DebriefPlugin,
        screens::host::HostScreenPlugin,
    ))
    .add_systems(Startup, |mut commands: Commands, proxy: Res<bevy::winit::EventLoopProxyWrapper>| {
        commands.spawn(Camera2d);
        // The odds are worked out on a thread of their own; their answer wakes the sleeping window.
        let proxy = (**proxy).clone();
        commands.insert_resource(crate::sim::odds::OddsWaker(Arc::new(move || {
            let _ = proxy.send_event(bevy::winit::WinitUserEvent::WakeUp);
        })));
    })
    .add_systems(Update, (capture_and_quit, apply_settings, screenshot_key, choose_update_mode, set_window_icon))
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
    match launch {
        Launch::Session(setup) => {
            app.insert_resource(AtTheScreen::of(&setup));
            app.insert_resource(setup);
        }
        Launch::Host(setup, options) => {
            app.insert_resource(screens::host::PendingHost { setup, options });
        }
        _ => {}
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

/// The window's fonts and where each goes in egui's families. DejaVu Sans first (it has the marks
/// egui's fonts lack, such as ✓ and ✗), egui's fonts behind it, then Chinese. The Arabic subset
/// goes before DejaVu, whose Arabic lacks forms the window uses; it holds only Arabic letters, so
/// Latin, digits and spaces still come from DejaVu (and each Arabic run is one run of one font,
/// which `text::bidi::for_egui` relies on).
pub const FONTS: &[(&str, &str, egui::epaint::text::FontPriority, egui::epaint::text::FontPriority)] = {
    use egui::epaint::text::FontPriority::{Highest, Lowest};
    // (file, name in egui, priority in Proportional, priority in Monospace)
    &[
        ("DejaVuSans.ttf", "dejavu-sans", Highest, Lowest),
        ("NotoSansArabic-Subset.ttf", "noto-sans-arabic", Highest, Highest),
        ("NotoSansSC-Subset.otf", "noto-sans-sc", Lowest, Lowest),
    ]
};

fn install_fonts(ctx: &egui::Context) {
    for (file, name, proportional, monospace) in FONTS {
        let Some(bytes) = crate::data::font(file) else { continue };
        ctx.add_font(egui::epaint::text::FontInsert::new(
            name,
            egui::FontData::from_owned(bytes),
            vec![
                egui::epaint::text::InsertFontFamily {
                    family: egui::FontFamily::Proportional,
                    priority: proportional.clone(),
                },
                egui::epaint::text::InsertFontFamily {
                    family: egui::FontFamily::Monospace,
                    priority: monospace.clone(),
                },
            ],
        ));
    }
}

/// UI scale, theme, palette and fonts follow the settings.
/// A scale the window is too small for gives way to the largest that still leaves a workable area.
fn apply_settings(
    mut contexts: EguiContexts,
    settings: Res<Settings>,
    windows: Query<&Window, With<bevy::window::PrimaryWindow>>,
    mut applied: Local<Option<f32>>,
) -> Result {
    let size = windows.iter().next().map_or(egui::vec2(1280.0, 720.0), |w| egui::vec2(w.width(), w.height()));
    let scale = theme::scale_for(settings.ui_scale, size);
    if *applied == Some(scale) && !settings.is_changed() {
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?;
    if applied.is_none() {
        install_fonts(ctx);
    }
    ctx.set_zoom_factor(scale);
    ctx.set_visuals(if settings.dark { egui::Visuals::dark() } else { egui::Visuals::light() });
    theme::set_look(ctx, theme::Look { palette: settings.palette });
    *applied = Some(scale);
    Ok(())
}

/// The window's icon, set once the window exists (Bevy 0.19 sets it through winit).
fn set_window_icon(mut done: Local<bool>, windows: Query<Entity, With<bevy::window::PrimaryWindow>>) {
    if *done || windows.is_empty() {
        return;
    }
    let Ok(image) = image::load_from_memory(&crate::data::icon()) else {
        *done = true;
        return;
    };
    let rgba = image.into_rgba8();
    let (w, h) = rgba.dimensions();
    let Ok(icon) = winit::window::Icon::from_rgba(rgba.into_raw(), w, h) else {
        *done = true;
        return;
    };
    bevy::winit::WINIT_WINDOWS.with_borrow(|winit_windows| {
        for window in winit_windows.windows.values() {
            window.set_window_icon(Some(icon.clone()));
            *done = true;
        }
    });
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
    class: Option<Res<crate::classroom::host::ClassPacing>>,
    time: Res<Time<Real>>,
    mut winit: ResMut<WinitSettings>,
) {
    if options.scripted() {
        return;
    }
    let ai_runs = *screen.get() == Screen::Session && !paused.0 && record.is_some_and(|r| !r.concluded());
    // A hosted class wakes for its next step and its countdown (once a second); a student's
    // message wakes it through the event loop.
    let class_wait = class.and_then(|p| p.wait(time.elapsed_secs_f64())).map(|w| w.clamp(0.01, 1.0));
    let (focused, unfocused) = if let Some(wait) = class_wait.filter(|_| *screen.get() == Screen::Host) {
        let wait = Duration::from_secs_f64(wait);
        (UpdateMode::reactive_low_power(wait), UpdateMode::reactive_low_power(wait))
    } else if ai_runs {
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
fn let_idle_window_sleep(
    mut redraws: ResMut<Messages<RequestRedraw>>,
    mut cursor: MessageReader<bevy::window::CursorMoved>,
    mut buttons: MessageReader<bevy::input::mouse::MouseButtonInput>,
    mut wheel: MessageReader<bevy::input::mouse::MouseWheel>,
    mut keys: MessageReader<bevy::input::keyboard::KeyboardInput>,
    mut resized: MessageReader<bevy::window::WindowResized>,
    record: Option<Res<SessionRecord>>,
    screen: Res<State<Screen>>,
    class: Option<Res<crate::classroom::host::ClassHost>>,
    odds: Option<Res<crate::sim::odds::LiveOdds>>,
    mut quiet_frames: Local<u32>,
) {
    let odds_changed = odds.as_ref().is_some_and(|o| o.is_changed());
    let input = cursor.read().count()
        + buttons.read().count()
        + wheel.read().count()
        + keys.read().count()
        + resized.read().count()
        > 0;
    // New odds come from their thread: draw them once (their answer woke the window).
    let changed = record.is_some_and(|r| r.is_changed())
        || odds.is_some_and(|o| o.is_changed())
        || screen.is_changed()
        || class.is_some_and(|c| c.is_changed());
    if odds_changed {
        redraws.write(RequestRedraw);
    }
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
    text: Res<UiText>,
    mut notice: ResMut<Notices>,
    mut pending: Local<Option<(PathBuf, u32)>>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    if let Some((path, frames)) = pending.as_mut() {
        *frames += 1;
        redraw.write(RequestRedraw);
        if *frames >= 3 {
            notice.ok(tr!(text, "notice-screenshot", path = path.display().to_string()));
            *pending = None;
        }
    }
    if keys.just_pressed(KeyCode::F12) {
        let dir = crate::storage::screenshots_dir();
        if let Err(e) = std::fs::create_dir_all(&dir) {
            notice.problem(tr!(text, "notice-screenshot-failed", error = e.to_string()));
            return;
        }
        let mut path = dir.join(format!("oewg-sim-{}.png", crate::storage::file_stamp()));
        for n in 2.. {
            if !path.exists() {
                break;
            }
            path = dir.join(format!("oewg-sim-{}-{n}.png", crate::storage::file_stamp()));
        }
        commands.spawn(Screenshot::primary_window()).observe(save_to_disk(path.clone()));
        info!("screenshot: {}", path.display());
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{Folder, Shelf};
    use crate::text::{LANGUAGES, bidi};

    /// Every character a message of any language puts on screen has a glyph in the window's fonts
    /// (the files compiled in): Arabic as the window draws it, joined into presentation forms.
    /// (epaint's own `has_glyph` says no for any character of the font holding its replacement
    /// glyph, so the fonts' character maps are read directly.)
    #[test]
    fn the_window_fonts_cover_every_language() {
        use skrifa::MetadataProvider as _;
        let files: Vec<Vec<u8>> = FONTS.iter().map(|(file, ..)| crate::data::font(file).expect(file)).collect();
        let maps: Vec<skrifa::charmap::Charmap> =
            files.iter().map(|bytes| skrifa::FontRef::new(bytes).expect("a font").charmap()).collect();
        let mut missing = std::collections::BTreeSet::new();
        for (code, name) in LANGUAGES {
            let folder = Folder::Embedded(Shelf::Locale(code));
            let mut lines: Vec<String> = vec![bidi::for_egui(name, true)];
            for file in folder.files(".ftl") {
                for line in folder.read(&file).unwrap().lines().filter(|l| !l.trim_start().starts_with('#')) {
                    lines.push(if bidi::is_rtl(code) { bidi::for_egui(line, true) } else { line.to_string() });
                }
            }
            for c in lines.iter().flat_map(|l| l.chars()).filter(|c| !c.is_control()) {
                if !maps.iter().any(|m| m.map(c).is_some()) {
                    missing.insert(format!("{code}: {c} (U+{:04X})", c as u32));
                }
            }
        }
        assert!(missing.is_empty(), "{missing:#?}");
    }
}
