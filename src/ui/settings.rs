//! Player settings (UI scale, colour palette, speed of AI turns), kept in
//! `settings.ron` beside the saves, and the settings screen.

use bevy::prelude::*;
use bevy_egui::egui;

use super::panels::bad_colour;
use super::{Screen, storage};
use crate::model::VerdictKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum Palette {
    #[default]
    Standard,
    /// Okabe and Ito's palette, distinguishable with the common colour-vision deficiencies.
    ColourBlindSafe,
    HighContrast,
}

impl Palette {
    pub const ALL: [Palette; 3] = [Palette::Standard, Palette::ColourBlindSafe, Palette::HighContrast];
    pub fn label(self) -> &'static str {
        match self {
            Palette::Standard => "Standard",
            Palette::ColourBlindSafe => "Colour-blind safe (Okabe-Ito)",
            Palette::HighContrast => "High contrast",
        }
    }
    pub fn verdict(self, kind: VerdictKind) -> egui::Color32 {
        use egui::Color32 as C;
        match (self, kind) {
            (Palette::Standard, VerdictKind::Supports) => C::from_rgb(46, 125, 50),
            (Palette::Standard, VerdictKind::CanLiveWith) => C::from_rgb(120, 160, 60),
            (Palette::Standard, VerdictKind::Reservations) => C::from_rgb(230, 160, 30),
            (Palette::Standard, VerdictKind::Objects) => C::from_rgb(200, 40, 40),
            (Palette::ColourBlindSafe, VerdictKind::Supports) => C::from_rgb(0, 114, 178),
            (Palette::ColourBlindSafe, VerdictKind::CanLiveWith) => C::from_rgb(86, 180, 233),
            (Palette::ColourBlindSafe, VerdictKind::Reservations) => C::from_rgb(230, 159, 0),
            (Palette::ColourBlindSafe, VerdictKind::Objects) => C::from_rgb(213, 94, 0),
            (Palette::HighContrast, VerdictKind::Supports) => C::from_rgb(0, 90, 0),
            (Palette::HighContrast, VerdictKind::CanLiveWith) => C::from_rgb(0, 60, 170),
            (Palette::HighContrast, VerdictKind::Reservations) => C::from_rgb(150, 90, 0),
            (Palette::HighContrast, VerdictKind::Objects) => C::from_rgb(170, 0, 0),
        }
    }
}

#[derive(Resource, Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    /// egui zoom: 1.0 on a laptop, 1.5 to 2.0 on a projector.
    pub ui_scale: f32,
    pub palette: Palette,
    /// Seconds between AI steps when the AI runs.
    pub ai_pace: f32,
    pub dark: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings { ui_scale: 1.0, palette: Palette::Standard, ai_pace: 1.0, dark: true }
    }
}

pub const SCALE_RANGE: std::ops::RangeInclusive<f32> = 0.75..=2.5;
pub const SCALES: [f32; 6] = [0.75, 1.0, 1.25, 1.5, 2.0, 2.5];
pub const PACE_RANGE: std::ops::RangeInclusive<f32> = 0.1..=5.0;

impl Settings {
    /// Settings from disk; defaults when there are none, and the reason when they could not be read.
    pub fn load() -> (Settings, Option<String>) {
        let path = storage::settings_path();
        match std::fs::read_to_string(&path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => (Settings::default(), None),
            Err(e) => (Settings::default(), Some(format!("{}: {e}", path.display()))),
            Ok(text) => match ron::from_str::<Settings>(&text) {
                Ok(s) => (s.clamped(), None),
                Err(e) => (
                    Settings::default(),
                    Some(format!(
                        "{}:{}:{}: {}; using the defaults",
                        path.display(),
                        e.span.start.line,
                        e.span.start.col,
                        e.code
                    )),
                ),
            },
        }
    }

    pub fn save(&self) -> std::io::Result<()> {
        let text = ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::new().struct_names(true))
            .expect("settings serialise");
        storage::write_atomically(&storage::settings_path(), &text)
    }

    fn clamped(mut self) -> Settings {
        self.ui_scale = self.ui_scale.clamp(*SCALE_RANGE.start(), *SCALE_RANGE.end());
        self.ai_pace = self.ai_pace.clamp(*PACE_RANGE.start(), *PACE_RANGE.end());
        self
    }
}

/// The keyboard shortcuts, as the settings screen and the help list them.
pub const SHORTCUTS: &[(&str, &str)] = &[
    ("Space", "next AI step (informal consultations, revision, adoption)"),
    ("P", "pause or let the AI run at the chosen pace"),
    ("A", "chair: call for adoption (\"Is there any objection?\")"),
    ("I", "show or hide your capital's instructions"),
    ("G", "show or hide the glossary of procedure"),
    ("Ctrl+S", "save the session"),
    ("D", "after the gavel: the debrief"),
    ("F12", "save a screenshot of the window"),
    ("Esc", "close a window; from the session, the title screen"),
];

/// What the settings panel asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettingsAction {
    None,
    Changed,
    Back,
}

/// The settings screen: plain function over the settings; the caller persists changes.
pub fn settings_panel(ui: &mut egui::Ui, settings: &mut Settings, problem: Option<&str>) -> SettingsAction {
    let before = settings.clone();
    let mut action = SettingsAction::None;
    ui.heading("Settings");
    if let Some(problem) = problem {
        ui.colored_label(bad_colour(ui), problem);
    }
    egui::Grid::new("settings").num_columns(2).spacing([16.0, 10.0]).show(ui, |ui| {
        ui.label("UI scale").on_hover_text("Larger for a projector, smaller for a small laptop screen.");
        // Presets rather than a slider: a slider would rescale itself under the pointer while dragged.
        ui.horizontal(|ui| {
            for scale in SCALES {
                ui.radio_value(&mut settings.ui_scale, scale, format!("{:.0}%", scale * 100.0));
            }
        });
        ui.end_row();
        ui.label("Colours").on_hover_text("Seats also carry a letter (S, L, R, X), so no one depends on colour.");
        ui.horizontal(|ui| {
            for p in Palette::ALL {
                ui.radio_value(&mut settings.palette, p, p.label());
            }
        });
        ui.end_row();
        ui.label("Colour swatches");
        ui.horizontal(|ui| {
            for kind in super::panels::VERDICTS {
                ui.colored_label(settings.palette.verdict(kind), format!("{} {}", kind.letter(), kind.label()));
            }
        });
        ui.end_row();
        ui.label("Speed of AI turns").on_hover_text("Seconds between AI steps when the AI runs (P).");
        ui.add(egui::Slider::new(&mut settings.ai_pace, PACE_RANGE).logarithmic(true).text("s per step"));
        ui.end_row();
        ui.label("Theme");
        ui.horizontal(|ui| {
            ui.radio_value(&mut settings.dark, true, "Dark");
            ui.radio_value(&mut settings.dark, false, "Light");
        });
        ui.end_row();
    });
    ui.separator();
    ui.strong("Keyboard shortcuts");
    egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
        for (key, what) in SHORTCUTS {
            ui.monospace(*key);
            ui.label(*what);
            ui.end_row();
        }
    });
    ui.separator();
    if ui.button("Back").clicked() {
        action = SettingsAction::Back;
    }
    if action == SettingsAction::None && *settings != before {
        action = SettingsAction::Changed;
    }
    action
}

/// Where the settings screen returns to.
#[derive(Resource)]
pub struct SettingsReturn(pub Screen);

#[derive(Resource, Default)]
pub struct SettingsProblem(pub Option<String>);

pub struct SettingsPlugin;

impl Plugin for SettingsPlugin {
    fn build(&self, app: &mut App) {
        let (settings, problem) = Settings::load();
        app.insert_resource(settings)
            .insert_resource(SettingsProblem(problem))
            .insert_resource(SettingsReturn(Screen::Title))
            .add_systems(bevy_egui::EguiPrimaryContextPass, settings_screen.run_if(in_state(Screen::Settings)));
    }
}

fn settings_screen(
    mut contexts: bevy_egui::EguiContexts,
    mut settings: ResMut<Settings>,
    mut problem: ResMut<SettingsProblem>,
    back: Res<SettingsReturn>,
    mut next: ResMut<NextState<Screen>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let mut edited = settings.clone();
    let mut action = SettingsAction::None;
    super::screen_frame(ctx, "settings", |ui| {
        action = settings_panel(ui, &mut edited, problem.0.as_deref());
    });
    match action {
        SettingsAction::Changed => {
            *settings = edited;
            problem.0 = settings.save().err().map(|e| format!("Could not save the settings: {e}"));
        }
        SettingsAction::Back => next.set(back.0),
        SettingsAction::None => {}
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;

    #[test]
    fn choosing_a_palette_changes_the_settings_and_back_leaves() {
        let mut harness = Harness::new_ui_state(
            |ui, state: &mut (Settings, Vec<SettingsAction>)| {
                let action = settings_panel(ui, &mut state.0, None);
                if action != SettingsAction::None {
                    state.1.push(action);
                }
            },
            (Settings::default(), Vec::new()),
        );
        harness.get_by_label("Colour-blind safe (Okabe-Ito)").click();
        harness.run();
        assert_eq!(harness.state().0.palette, Palette::ColourBlindSafe);
        assert!(harness.state().1.contains(&SettingsAction::Changed));
        harness.get_by_label("150%").click();
        harness.run();
        assert_eq!(harness.state().0.ui_scale, 1.5);
        harness.get_by_label("Back").click();
        harness.run();
        assert_eq!(harness.state().1.last(), Some(&SettingsAction::Back));
        assert!(harness.query_by_label("Ctrl+S").is_some(), "the shortcuts are listed");
    }

    #[test]
    fn settings_read_back_and_out_of_range_values_are_clamped() {
        let text = "Settings(ui_scale: 9.0, palette: HighContrast, ai_pace: 0.5, dark: false)";
        let s: Settings = ron::from_str(text).unwrap();
        let s = s.clamped();
        assert_eq!(s.ui_scale, 2.5);
        assert_eq!(s.palette, Palette::HighContrast);
        assert!(ron::from_str::<Settings>("Settings(colour: 1)").is_err(), "unknown fields are refused");
    }
}
