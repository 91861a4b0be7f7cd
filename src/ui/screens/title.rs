//! The title screen: the tutorial in one click, new session, continue, load, settings, quit.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use crate::model::save::SaveGame;
use crate::sim::{SessionClock, SessionSetup};
use crate::storage;
use crate::text::Locale;
use crate::tr;
use crate::ui::screens::new_game::{Catalogue, NewGameUi, PendingSetup};
use crate::ui::settings::SettingsReturn;
use crate::ui::{Notices, Screen, UiText, screen_frame};

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
    /// Host a class: students join from their browsers.
    HostClass,
    Continue,
    Load(usize),
    Settings,
    Quit,
}

/// The title screen as a plain function: buttons, and the list of saves when asked.
pub fn title_panel(ui: &mut egui::Ui, l: &Locale, view: &TitleView, show_saves: &mut bool) -> Option<TitleAction> {
    let mut action = None;
    ui.add_space(24.0);
    ui.heading(egui::RichText::new(l.t("title-name")).size(36.0));
    ui.label(l.t("title-tagline"));
    ui.small(l.t("title-blurb"));
    ui.add_space(18.0);
    let big = |text: String| egui::Button::new(egui::RichText::new(text).size(18.0)).min_size(egui::vec2(280.0, 36.0));
    if ui.add(big(l.t("title-tutorial"))).on_hover_text(l.t("title-tutorial-hover")).clicked() {
        action = Some(TitleAction::Tutorial);
    }
    ui.small(l.t("title-new-here"));
    if ui.add(big(l.t("title-new-session"))).on_hover_text(l.t("title-new-session-hover")).clicked() {
        action = Some(TitleAction::NewSession);
    }
    if ui.add(big(l.t("title-host"))).on_hover_text(l.t("title-host-hover")).clicked() {
        action = Some(TitleAction::HostClass);
    }
    let continue_hint = match (&view.live, &view.autosave) {
        (Some(live), _) => tr!(l, "title-back-to", session = live.clone()),
        (None, Some(auto)) => tr!(l, "title-resume-autosave", session = auto.clone()),
        (None, None) => l.t("title-nothing-to-continue"),
    };
    let can_continue = view.live.is_some() || view.autosave.is_some();
    if ui.add_enabled(can_continue, big(l.t("title-continue"))).on_hover_text(&continue_hint).clicked() {
        action = Some(TitleAction::Continue);
    }
    ui.small(continue_hint);
    if ui.add(big(if *show_saves { l.t("title-hide-saves") } else { l.t("title-load") })).clicked() {
        *show_saves = !*show_saves;
    }
    if *show_saves {
        if view.saves.is_empty() {
            ui.label(l.t("title-no-saves"));
        }
        egui::ScrollArea::vertical().max_height(260.0).show(ui, |ui| {
            for (i, (label, readable)) in view.saves.iter().enumerate() {
                let text = if *readable { label.clone() } else { tr!(l, "title-unreadable", save = label.clone()) };
                if ui.add_enabled(*readable, egui::Button::new(text).wrap()).clicked() {
                    action = Some(TitleAction::Load(i));
                }
            }
        });
    }
    if ui.add(big(l.t("title-settings"))).clicked() {
        action = Some(TitleAction::Settings);
    }
    if ui.add(big(l.t("title-quit"))).clicked() {
        action = Some(TitleAction::Quit);
    }
    action
}

/// A save turned into a session setup, or the reason it cannot be: the file is read, its
/// scenario loaded and the replay checked before anything changes.
pub fn setup_from_save(path: &std::path::Path) -> Result<SessionSetup, storage::LoadError> {
    let loaded = storage::load_save(path)?;
    let mut setup = SessionSetup::new(loaded.scenario, loaded.file, loaded.start);
    setup.replay = loaded.save.steps;
    Ok(setup)
}

/// The scenario marked "start here" (the tutorial) with the player in the chair, seed 1.
pub fn tutorial_as_chair() -> Option<SessionSetup> {
    let catalogue = Catalogue::read();
    let tutorial = catalogue.entries.iter().position(|e| e.scenario.as_ref().is_ok_and(|s| s.start_here))?;
    NewGameUi {
        scenario: tutorial,
        role: Some(crate::ui::screens::new_game::RoleChoice::Chair),
        ..NewGameUi::default()
    }
    .setup(&catalogue)
}

fn describe(l: &Locale, save: &SaveGame) -> String {
    let who = if save.people.is_empty() { l.t("title-save-watching") } else { save.people.join(", ") };
    tr!(
        l,
        "title-save",
        scenario = save.scenario_id.clone(),
        who = who,
        round = save.round,
        phase = l.t(save.phase.key())
    )
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

fn title_screen(
    mut contexts: EguiContexts,
    mut commands: Commands,
    text: Res<UiText>,
    list: Res<SaveList>,
    live: Option<Res<SessionSetup>>,
    clock: Option<Res<SessionClock>>,
    mut notice: ResMut<Notices>,
    mut show_saves: Local<bool>,
    mut next: ResMut<NextState<Screen>>,
    mut settings_return: ResMut<SettingsReturn>,
    mut hosting: ResMut<crate::ui::screens::new_game::Hosting>,
    mut exit: MessageWriter<AppExit>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let l: &Locale = &text;
    let autosave = list.0.iter().find(|e| e.path == storage::autosave_path());
    let view = TitleView {
        live: live.zip(clock).map(|(s, c)| {
            tr!(l, "title-live", scenario = l.scenario_title(&s.scenario), round = c.round, rounds = c.rounds)
        }),
        autosave: autosave.and_then(|e| e.save.as_ref().ok()).map(|s| describe(l, s)),
        saves: list
            .0
            .iter()
            .map(|e| {
                let when = storage::shown_time(e.modified);
                match &e.save {
                    Ok(save) => (tr!(l, "title-save-line", when = when, save = describe(l, save)), true),
                    Err(err) => {
                        (tr!(l, "title-save-line", when = when, save = format!("{}: {err}", e.path.display())), false)
                    }
                }
            })
            .collect(),
    };
    let mut action = None;
    screen_frame(ctx, "title", |ui| {
        action = title_panel(ui, l, &view, &mut show_saves);
        notice.show(ui);
    });
    let mut load = |path: &std::path::Path, notice: &mut Notices| match setup_from_save(path) {
        Ok(setup) => {
            info!("save loaded: {}", path.display());
            commands.insert_resource(crate::ui::AtTheScreen::of(&setup));
            commands.insert_resource(setup);
            notice.clear();
            next.set(Screen::Session);
        }
        Err(e) => {
            warn!("load refused: {e}");
            notice.problem(tr!(l, "title-load-refused", error = e.to_string()));
        }
    };
    match action {
        Some(TitleAction::NewSession) => {
            notice.clear();
            hosting.0 = false;
            next.set(Screen::NewGame)
        }
        Some(TitleAction::HostClass) => {
            notice.clear();
            hosting.0 = true;
            next.set(Screen::NewGame)
        }
        Some(TitleAction::Tutorial) => match tutorial_as_chair() {
            Some(setup) => {
                commands.insert_resource(PendingSetup::new(setup));
                notice.clear();
                next.set(Screen::Instructions);
            }
            None => notice.problem(l.t("title-no-tutorial")),
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

    fn run(view: TitleView, show: bool, click: &str) -> (Option<TitleAction>, bool) {
        let l = crate::text::english();
        let mut harness = Harness::new_ui_state(
            move |ui, state: &mut (Option<TitleAction>, bool)| {
                if let Some(a) = title_panel(ui, l, &view, &mut state.1) {
                    state.0 = Some(a);
                }
            },
            (None, show),
        );
        harness.get_by_label(click).click();
        harness.run();
        *harness.state()
    }

    #[test]
    fn the_title_screen_starts_a_session_and_lists_saves_to_load() {
        assert_eq!(run(TitleView::default(), false, "New session").0, Some(TitleAction::NewSession));
        assert_eq!(run(TitleView::default(), false, "Quit").0, Some(TitleAction::Quit));
        assert_eq!(run(TitleView::default(), false, "Learn: the tutorial, as chair").0, Some(TitleAction::Tutorial));
        let tutorial = tutorial_as_chair().expect("the tutorial ships with the game");
        assert_eq!(tutorial.start.people, vec![crate::model::Seat::Chair]);
        assert!(tutorial.scenario.start_here);
        let view = TitleView { saves: vec![("save one".into(), true)], ..TitleView::default() };
        let (action, shown) = run(view.clone(), false, "Load");
        assert_eq!(action, None);
        assert!(shown, "Load opens the list of saves");
        assert_eq!(run(view, true, "save one").0, Some(TitleAction::Load(0)));
    }
}
