//! The settings screen: language, UI scale (only the scales that leave this window a workable
//! area), colours, speed of AI turns, theme; and the keyboard shortcuts.

use bevy::prelude::*;
use bevy_egui::egui;

use super::{Notices, Screen, UiText, screen_frame, theme, widgets};
use crate::model::VerdictKind;
use crate::settings::{PACE_RANGE, Palette, Settings};
use crate::text::{LANGUAGES, Locale, bidi};
use crate::tr;

/// The keyboard shortcuts, by message id: the message is what the key does, its `.key`
/// attribute the key's name.
pub const SHORTCUTS: &[&str] =
    &["key-space", "key-p", "key-a", "key-i", "key-g", "key-ctrl-s", "key-d", "key-h", "key-f12", "key-esc"];

/// What the settings panel asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettingsAction {
    None,
    Changed,
    Back,
}

/// The settings screen as a plain function; `scales` are those the window allows; the caller persists changes.
pub fn settings_panel(
    ui: &mut egui::Ui,
    l: &Locale,
    settings: &mut Settings,
    scales: &[f32],
    problems: &[String],
) -> SettingsAction {
    let before = settings.clone();
    let mut action = SettingsAction::None;
    ui.heading(l.t("settings-heading"));
    for problem in problems {
        ui.colored_label(theme::bad(ui), problem);
    }
    egui::Grid::new("settings").num_columns(2).spacing([16.0, 10.0]).show(ui, |ui| {
        ui.label(l.t("settings-language")).on_hover_text(l.t("settings-language-hover"));
        // Each language by its own name, shown as it is written whatever the window's language.
        let mut chosen = l.language.as_str();
        ui.horizontal_wrapped(|ui| {
            for (code, name) in LANGUAGES {
                ui.radio_value(&mut chosen, *code, bidi::for_egui(name, true));
            }
        });
        if chosen != l.language {
            settings.language = chosen.to_string();
        }
        ui.end_row();
        ui.label(l.t("settings-scale")).on_hover_text(l.t("settings-scale-hover"));
        // Presets rather than a slider: a slider would rescale itself under the pointer while dragged.
        ui.horizontal_wrapped(|ui| {
            for &scale in scales {
                ui.radio_value(
                    &mut settings.ui_scale,
                    scale,
                    tr!(l, "settings-percent", percent = (scale * 100.0) as u32),
                );
            }
            if !scales.contains(&settings.ui_scale) {
                ui.label(tr!(l, "settings-scale-current", percent = (settings.ui_scale * 100.0) as u32));
            }
        });
        ui.end_row();
        ui.label(l.t("settings-colours")).on_hover_text(l.t("settings-colours-hover"));
        ui.horizontal_wrapped(|ui| {
            for p in Palette::ALL {
                ui.radio_value(&mut settings.palette, p, l.t(p.key()));
            }
        });
        ui.end_row();
        ui.label(l.t("settings-swatches"));
        ui.horizontal_wrapped(|ui| {
            for kind in VerdictKind::ALL {
                widgets::verdict_mark(ui, l, kind, &l.verdict(kind));
            }
        });
        ui.end_row();
        ui.label(l.t("settings-pace")).on_hover_text(l.t("settings-pace-hover"));
        ui.add(
            egui::Slider::new(&mut settings.ai_pace, PACE_RANGE.0.max(0.1)..=5.0)
                .logarithmic(true)
                .text(l.t("settings-pace-unit")),
        );
        ui.end_row();
        ui.label(l.t("settings-theme"));
        ui.horizontal(|ui| {
            ui.radio_value(&mut settings.dark, true, l.t("settings-dark"));
            ui.radio_value(&mut settings.dark, false, l.t("settings-light"));
        });
        ui.end_row();
    });
    settings.ai_pace = settings.ai_pace.clamp(PACE_RANGE.0, PACE_RANGE.1);
    ui.separator();
    ui.strong(l.t("settings-shortcuts"));
    egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
        for key in SHORTCUTS {
            ui.monospace(l.attr(key, "key"));
            ui.label(l.t(key));
            ui.end_row();
        }
    });
    ui.separator();
    if ui.button(l.t("button-back")).clicked() {
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

/// Problems met reading the settings or the locale, shown on the settings screen.
#[derive(Resource, Default)]
pub struct SettingsProblems(pub Vec<String>);

pub struct SettingsPlugin {
    pub settings: Settings,
    pub problems: Vec<String>,
}

impl Plugin for SettingsPlugin {
    fn build(&self, app: &mut App) {
        for p in &self.problems {
            warn!("{p}");
        }
        app.insert_resource(self.settings.clone())
            .insert_resource(SettingsProblems(self.problems.clone()))
            .insert_resource(SettingsReturn(Screen::Title))
            .add_systems(bevy_egui::EguiPrimaryContextPass, settings_screen.run_if(in_state(Screen::Settings)));
    }
}

fn settings_screen(
    mut contexts: bevy_egui::EguiContexts,
    mut text: ResMut<UiText>,
    mut settings: ResMut<Settings>,
    mut problems: ResMut<SettingsProblems>,
    back: Res<SettingsReturn>,
    mut windows: Query<&mut Window>,
    mut notices: ResMut<Notices>,
    mut next: ResMut<NextState<Screen>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let size = windows.iter().next().map_or(egui::vec2(1280.0, 720.0), |w| egui::vec2(w.width(), w.height()));
    let scales = theme::workable_scales(size);
    let mut edited = settings.clone();
    let mut action = SettingsAction::None;
    screen_frame(ctx, "settings", |ui| {
        action = settings_panel(ui, &text, &mut edited, &scales, &problems.0);
    });
    match action {
        SettingsAction::Changed => {
            let language_changed = edited.language != settings.language && edited.language != text.language;
            *settings = edited;
            problems.0.clear();
            if language_changed {
                // The next frame is drawn in the new language, in its direction.
                let (words, problems_met) = UiText::load(&settings.language);
                for mut window in &mut windows {
                    window.title = words.plain().t("window-title");
                }
                *text = words;
                problems.0.extend(problems_met);
            }
            if let Err(e) = settings.save() {
                problems.0.push(tr!(text, "settings-not-saved", error = e.to_string()));
            }
        }
        SettingsAction::Back => {
            notices.clear();
            next.set(back.0)
        }
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
    fn choosing_a_palette_and_a_scale_changes_the_settings_and_back_leaves() {
        let mut harness = Harness::new_ui_state(
            |ui, state: &mut (Settings, Vec<SettingsAction>)| {
                let l = crate::text::english();
                let action = settings_panel(ui, l, &mut state.0, &[0.75, 1.0, 1.25, 1.5], &[]);
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
        harness.get_by_label("Français").click();
        harness.run();
        assert_eq!(harness.state().0.language, "fr", "languages are listed by their own names");
        assert!(harness.query_by_label("中文").is_some());
        harness.get_by_label("150%").click();
        harness.run();
        assert_eq!(harness.state().0.ui_scale, 1.5);
        assert!(harness.query_by_label("200%").is_none(), "a scale the window cannot hold is not offered");
        harness.get_by_label("Back").click();
        harness.run();
        assert_eq!(harness.state().1.last(), Some(&SettingsAction::Back));
        assert!(harness.query_by_label("Ctrl+S").is_some(), "the shortcuts are listed");
    }
}
