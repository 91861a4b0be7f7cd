//! The title screen: new session, continue, load, settings, quit.

use std::path::Path;
use std::sync::Arc;

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use crate::model::save::SaveGame;
use crate::sim::{SessionClock, SessionSetup};
use crate::ui::screens::new_game::{Catalogue, NewGameUi, PendingSetup, RoleChoice};
use crate::ui::settings::SettingsReturn;
use crate::ui::{Notice, Screen, screen_frame, storage};

/// What the title screen shows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TitleView {
    /// The session still open in this window, if any.
    pub live: Option<String>,
    /// The autosave on disk, if any.
    pub autosave: Option<String>,
    /// Saves on disk, newest first: (label, readable).
    pub saves: Vec<(String, bool)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleAction {
    /// Straight to the tutorial, holding the chair: the way in for a new player.
    Tutorial,
    NewSession,
    Continue,
    Load(usize),
    Settings,
    Quit,
}

/// The title screen as a plain function: buttons, and the list of saves when asked.
pub fn title_panel(ui: &mut egui::Ui, view: &TitleView, show_saves: &mut bool) -> Option<TitleAction> {
    let mut action = None;
    ui.add_space(24.0);
    ui.heading(egui::RichText::new("oewg-sim").size(36.0));
    ui.label("Consensus diplomacy at the United Nations Open-Ended Working Group on ICT security");
    ui.small("Draft resolution text paragraph by paragraph; every delegation answers; at the gavel, consensus or the reason for every objection.");
    ui.add_space(18.0);
    let big = |text: &str| egui::Button::new(egui::RichText::new(text).size(18.0)).min_size(egui::vec2(280.0, 36.0));
    if ui
        .add(big("Learn: the tutorial, as chair"))
        .on_hover_text("Ten delegations, six paragraphs: find wording everyone can live with, then ask \"Is there any objection?\".")
        .clicked()
    {
        action = Some(TitleAction::Tutorial);
    }
    ui.small("New here? Start with the tutorial: the game explains each step as you go.");
    if ui.add(big("New session")).on_hover_text("Choose a scenario and a delegation, or the chair.").clicked() {
        action = Some(TitleAction::NewSession);
    }
    let continue_hint = match (&view.live, &view.autosave) {
        (Some(live), _) => format!("Back to {live}"),
        (None, Some(auto)) => format!("Resume the autosave: {auto}"),
        (None, None) => "No session to continue yet".to_string(),
    };
    let can_continue = view.live.is_some() || view.autosave.is_some();
    if ui.add_enabled(can_continue, big("Continue")).on_hover_text(&continue_hint).clicked() {
        action = Some(TitleAction::Continue);
    }
    ui.small(continue_hint);
    if ui.add(big(if *show_saves { "Hide saves" } else { "Load" })).clicked() {
        *show_saves = !*show_saves;
    }
    if *show_saves {
        if view.saves.is_empty() {
            ui.label("No saves yet: Ctrl+S in a session saves it.");
        }
        egui::ScrollArea::vertical().max_height(260.0).show(ui, |ui| {
            for (i, (label, readable)) in view.saves.iter().enumerate() {
                let text = if *readable { label.clone() } else { format!("{label} (unreadable)") };
                if ui.add_enabled(*readable, egui::Button::new(text)).clicked() {
                    action = Some(TitleAction::Load(i));
                }
            }
        });
    }
    if ui.add(big("Settings")).clicked() {
        action = Some(TitleAction::Settings);
    }
    if ui.add(big("Quit")).clicked() {
        action = Some(TitleAction::Quit);
    }
    action
}

/// A save turned into a session setup, or the reason it cannot be: the file is
/// read, its scenario loaded and the replay checked before anything changes.
pub fn load_session(path: &Path) -> Result<SessionSetup, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let save = SaveGame::from_ron(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut scenario_file = crate::scenario::resolve_path(&save.scenario);
    if !scenario_file.exists() {
        scenario_file = crate::scenario::resolve_path(&save.scenario_id);
    }
    let scenario = crate::scenario::load(&scenario_file)
        .map(Arc::new)
        .map_err(|d| format!("{}: its scenario does not load:\n{d}", path.display()))?;
    let (start, _) = save.replay(scenario.clone()).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut setup = SessionSetup::new(scenario, scenario_file.display().to_string(), &start);
    setup.replay = save.steps;
    Ok(setup)
}

/// The tutorial with the player in the chair, seed 1.
pub fn tutorial_as_chair() -> Option<SessionSetup> {
    let catalogue = Catalogue::read();
    let tutorial = catalogue
        .entries
        .iter()
        .position(|(_, s)| s.as_ref().is_ok_and(|s| s.body == crate::model::scenario::Body::Tutorial))?;
    NewGameUi { scenario: tutorial, role: Some(RoleChoice::Chair), ..NewGameUi::default() }.setup(&catalogue)
}

fn describe(save: &SaveGame) -> String {
    let who = if save.player_chair {
        "the chair".to_string()
    } else if save.players.is_empty() {
        "observer".to_string()
    } else {
        save.players.join(", ")
    };
    format!("{} ({}), {who}, round {}, {:?}", save.scenario_id, save.text, save.round, save.phase)
}

/// The saves on disk, read when the title screen opens.
#[derive(Resource, Default)]
struct SaveList(Vec<storage::SaveEntry>);

pub struct TitlePlugin;

impl Plugin for TitlePlugin {
    fn build(&self, app: &mut App) {
        app.init_resource::<SaveList>()
            .add_systems(OnEnter(Screen::Title), read_saves)
            .add_systems(EguiPrimaryContextPass, title_screen.run_if(in_state(Screen::Title)));
    }
}

fn read_saves(mut list: ResMut<SaveList>) {
    list.0 = storage::list_saves(&storage::saves_dir());
}

#[allow(clippy::too_many_arguments)]
fn title_screen(
    mut contexts: EguiContexts,
    mut commands: Commands,
    list: Res<SaveList>,
    live: Option<Res<SessionSetup>>,
    clock: Option<Res<SessionClock>>,
    mut notice: ResMut<Notice>,
    mut show_saves: Local<bool>,
    mut next: ResMut<NextState<Screen>>,
    mut settings_return: ResMut<SettingsReturn>,
    mut exit: MessageWriter<AppExit>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let autosave = list.0.iter().find(|e| e.path == storage::autosave_path());
    let view = TitleView {
        live: live.zip(clock).map(|(s, c)| format!("{}, round {} of {}", s.scenario.title, c.round, c.rounds)),
        autosave: autosave.and_then(|e| e.save.as_ref().ok()).map(describe),
        saves: list
            .0
            .iter()
            .map(|e| {
                let when = storage::stamp(e.modified);
                match &e.save {
                    Ok(save) => (format!("{when}  {}", describe(save)), true),
                    Err(err) => (format!("{when}  {}: {err}", e.path.display()), false),
                }
            })
            .collect(),
    };
    let mut action = None;
    screen_frame(ctx, "title", |ui| {
        action = title_panel(ui, &view, &mut show_saves);
        notice.show(ui);
    });
    let mut load = |path: &Path, notice: &mut Notice| match load_session(path) {
        Ok(setup) => {
            commands.insert_resource(setup);
            notice.0 = None;
            next.set(Screen::Session);
        }
        Err(e) => notice.problem(format!("Could not load the save; nothing was changed. {e}")),
    };
    match action {
        Some(TitleAction::NewSession) => next.set(Screen::NewGame),
        Some(TitleAction::Tutorial) => match tutorial_as_chair() {
            Some(setup) => {
                commands.insert_resource(PendingSetup::new(setup));
                notice.0 = None;
                next.set(Screen::Instructions);
            }
            None => notice.problem("The tutorial scenario (scenarios/tutorial.ron) is missing or does not load."),
        },
        Some(TitleAction::Continue) if view.live.is_some() => next.set(Screen::Session),
        Some(TitleAction::Continue) => load(&storage::autosave_path(), &mut notice),
        Some(TitleAction::Load(i)) => load(&list.0[i].path.clone(), &mut notice),
        Some(TitleAction::Settings) => {
            settings_return.0 = Screen::Title;
            next.set(Screen::Settings);
        }
        Some(TitleAction::Quit) => {
            exit.write(AppExit::Success);
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

    fn run(view: TitleView, click: &str) -> (Option<TitleAction>, bool) {
        let mut harness = Harness::new_ui_state(
            move |ui, state: &mut (Option<TitleAction>, bool)| {
                if let Some(a) = title_panel(ui, &view, &mut state.1) {
                    state.0 = Some(a);
                }
            },
            (None, false),
        );
        harness.get_by_label(click).click();
        harness.run();
        *harness.state()
    }

    #[test]
    fn the_title_screen_starts_a_new_session_and_lists_saves_to_load() {
        assert_eq!(run(TitleView::default(), "New session").0, Some(TitleAction::NewSession));
        assert_eq!(run(TitleView::default(), "Quit").0, Some(TitleAction::Quit));
        assert_eq!(run(TitleView::default(), "Learn: the tutorial, as chair").0, Some(TitleAction::Tutorial));
        let tutorial = tutorial_as_chair().expect("the tutorial ships with the game");
        assert!(tutorial.player_chair && tutorial.players.is_empty());
        assert_eq!(tutorial.scenario.id, "tutorial");
        let view = TitleView { saves: vec![("save one".into(), true)], ..TitleView::default() };
        let (action, shown) = run(view.clone(), "Load");
        assert_eq!(action, None);
        assert!(shown, "Load opens the list of saves");
        let mut harness = Harness::new_ui_state(
            move |ui, state: &mut (Option<TitleAction>, bool)| {
                if let Some(a) = title_panel(ui, &view, &mut state.1) {
                    state.0 = Some(a);
                }
            },
            (None, true),
        );
        harness.get_by_label("save one").click();
        harness.run();
        assert_eq!(harness.state().0, Some(TitleAction::Load(0)));
    }

    #[test]
    fn a_saved_session_loads_and_a_damaged_one_is_refused() {
        let dir = std::env::temp_dir().join(format!("oewg-sim-load-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = crate::scenario::resolve_path("tutorial");
        let scenario = Arc::new(crate::scenario::load(&path).unwrap());
        let start = crate::model::save::Start { text: 0, seed: 3, players: vec![], player_chair: true };
        let steps =
            vec![vec![], vec![], vec![crate::model::Intent::ChairEdit(crate::model::Edit::Delete { paragraph: 1 })]];
        let session = crate::model::save::replay(scenario.clone(), &start, &steps);
        let save = SaveGame::of(&session, &path.display().to_string(), &start, &steps);
        let good = dir.join("good.ron");
        storage::write_atomically(&good, &save.to_ron()).unwrap();
        let setup = load_session(&good).expect("the save loads");
        assert_eq!((setup.seed, setup.player_chair, setup.replay.clone()), (3, true, steps));

        let damaged = dir.join("damaged.ron");
        storage::write_atomically(&damaged, &save.to_ron().replace("entries:", "entries: 1000 + ")).unwrap();
        let err = load_session(&damaged).unwrap_err();
        assert!(err.contains("damaged.ron"), "{err}");
        assert!(load_session(&dir.join("missing.ron")).is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
