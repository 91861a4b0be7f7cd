//! A new session: scenario cards, the text, the seed and the role (any seated
//! delegation from a searchable list, the chair, or watching); then the
//! capital's instructions before taking the seat.

use std::sync::Arc;

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use crate::model::Scenario;
use crate::model::save::Start;
use crate::sim::SessionSetup;
use crate::ui::panels::{Role, bad_colour, good_colour};
use crate::ui::screens::session::{CapitalInstructions, InstructionsRead, how_to_play, instructions_panel};
use crate::ui::{Screen, glossary, screen_frame};

/// One scenario as its card shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct ScenarioCard {
    pub title: String,
    pub body: String,
    pub year: u16,
    pub seats: usize,
    pub premise: String,
    pub texts: Vec<String>,
    pub rounds: u32,
    pub fallback: String,
    pub start_here: bool,
    /// Why the file did not load, if it did not.
    pub error: Option<String>,
}

/// One seat in the role list: code, name, groups.
#[derive(Debug, Clone, PartialEq)]
pub struct SeatRow {
    pub code: String,
    pub name: String,
    pub groups: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RoleChoice {
    Chair,
    Delegation(String),
    Observer,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NewGameUi {
    pub scenario: usize,
    pub text: usize,
    pub search: String,
    pub role: Option<RoleChoice>,
    pub seed: u64,
}

impl Default for NewGameUi {
    fn default() -> Self {
        NewGameUi { scenario: 0, text: 0, search: String::new(), role: None, seed: 1 }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NewGameAction {
    Back,
    Instructions,
}

/// Seats whose code, name or groups contain the search, case-insensitively.
pub fn matching<'a>(seats: &'a [SeatRow], search: &str) -> Vec<&'a SeatRow> {
    let needle = search.trim().to_lowercase();
    seats
        .iter()
        .filter(|s| {
            needle.is_empty()
                || s.code.to_lowercase().contains(&needle)
                || s.name.to_lowercase().contains(&needle)
                || s.groups.to_lowercase().contains(&needle)
        })
        .collect()
}

/// The scenario cards and the role picker as a plain function.
pub fn new_game_panel(
    ui: &mut egui::Ui,
    cards: &[ScenarioCard],
    seats: &[SeatRow],
    state: &mut NewGameUi,
) -> Option<NewGameAction> {
    let mut action = None;
    ui.heading("New session");
    ui.columns(2, |cols| {
        let ui = &mut cols[0];
        ui.strong("1. Scenario");
        for (i, card) in cards.iter().enumerate() {
            let selected = state.scenario == i;
            let frame = egui::Frame::group(ui.style()).fill(if selected {
                ui.visuals().selection.bg_fill.gamma_multiply(0.35)
            } else {
                ui.visuals().extreme_bg_color
            });
            frame.show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal(|ui| {
                    let title = egui::RichText::new(&card.title).strong();
                    let pick = ui.add_enabled(card.error.is_none(), egui::Button::selectable(selected, title));
                    if pick.clicked() {
                        if state.scenario != i {
                            state.text = 0;
                            state.role = None;
                        }
                        state.scenario = i;
                    }
                    if card.start_here {
                        ui.colored_label(good_colour(ui), "start here");
                    }
                });
                match &card.error {
                    Some(e) => {
                        ui.colored_label(bad_colour(ui), e);
                    }
                    None => {
                        ui.small(format!(
                            "{} · {} · {} delegations · {} rounds · failing consensus: {}",
                            card.body, card.year, card.seats, card.rounds, card.fallback
                        ));
                        ui.label(&card.premise);
                    }
                }
            });
        }

        let ui = &mut cols[1];
        let Some(card) = cards.get(state.scenario).filter(|c| c.error.is_none()) else {
            ui.label("Choose a scenario.");
            return;
        };
        if card.texts.len() > 1 {
            ui.strong("The text to negotiate");
            for (t, text) in card.texts.iter().enumerate() {
                ui.radio_value(&mut state.text, t, text);
            }
        }
        ui.horizontal(|ui| {
            ui.label("Seed").on_hover_text(
                "The same seed and the same moves give the same session. Unknown positions (estimates) are drawn from it.",
            );
            ui.add(egui::DragValue::new(&mut state.seed));
        });
        ui.separator();
        ui.strong("2. Your role");
        ui.horizontal(|ui| {
            let chair = ui.radio(state.role == Some(RoleChoice::Chair), "The chair");
            if chair.on_hover_text(glossary::explain("Penholder")).clicked() {
                state.role = Some(RoleChoice::Chair);
            }
            if ui.radio(state.role == Some(RoleChoice::Observer), "Watch the AI play").clicked() {
                state.role = Some(RoleChoice::Observer);
            }
        });
        ui.label("Or a delegation:");
        ui.add(egui::TextEdit::singleline(&mut state.search).hint_text("Search by name, code or group (e.g. Cuba, FRA, ASEAN)"));
        let shown = matching(seats, &state.search);
        ui.small(format!("{} of {} delegations", shown.len(), seats.len()));
        let row_height = ui.text_style_height(&egui::TextStyle::Body) + 4.0;
        egui::ScrollArea::vertical().max_height(300.0).auto_shrink([false, true]).show_rows(
            ui,
            row_height,
            shown.len(),
            |ui, rows| {
                for seat in &shown[rows] {
                    let chosen = state.role.as_ref() == Some(&RoleChoice::Delegation(seat.code.clone()));
                    let label = format!("{}  {}", seat.code, seat.name);
                    if ui.selectable_label(chosen, label).on_hover_text(&seat.groups).clicked() {
                        state.role = Some(RoleChoice::Delegation(seat.code.clone()));
                    }
                }
            },
        );
        ui.separator();
        let ready = state.role.is_some();
        let chosen = match &state.role {
            Some(RoleChoice::Chair) => "You will hold the chair.".to_string(),
            Some(RoleChoice::Observer) => "The AI will play every seat.".to_string(),
            Some(RoleChoice::Delegation(code)) => match seats.iter().find(|s| &s.code == code) {
                Some(s) => format!("You will be the delegation of {}.", s.name),
                None => String::new(),
            },
            None => "Choose a role.".to_string(),
        };
        ui.label(chosen);
        ui.horizontal(|ui| {
            if ui.button("Back").clicked() {
                action = Some(NewGameAction::Back);
            }
            if ui.add_enabled(ready, egui::Button::new("Read your instructions")).clicked() {
                action = Some(NewGameAction::Instructions);
            }
        });
    });
    action
}

/// The scenarios found on disk, loaded when the screen opens.
#[derive(Resource, Default)]
pub struct Catalogue {
    pub entries: Vec<(String, Result<Arc<Scenario>, String>)>,
}

impl Catalogue {
    pub fn read() -> Catalogue {
        let mut entries: Vec<(String, Result<Arc<Scenario>, String>)> = crate::scenario::scenario_files()
            .into_iter()
            .map(|path| {
                let loaded = crate::scenario::load(&path).map(Arc::new).map_err(|d| d.to_string());
                (path.display().to_string(), loaded)
            })
            .collect();
        // The tutorial first, then by year.
        entries.sort_by_key(|(path, s)| match s {
            Ok(s) => (s.body != crate::model::scenario::Body::Tutorial, s.year, path.clone()),
            Err(_) => (true, u16::MAX, path.clone()),
        });
        Catalogue { entries }
    }

    pub fn cards(&self) -> Vec<ScenarioCard> {
        self.entries
            .iter()
            .map(|(path, s)| match s {
                Ok(s) => ScenarioCard {
                    title: s.title.clone(),
                    body: s.body.label().to_string(),
                    year: s.year,
                    seats: s.delegations.len(),
                    premise: s.premise.clone(),
                    texts: s.texts.iter().map(|t| format!("{}: {}", t.id, t.title)).collect(),
                    rounds: s.rounds,
                    fallback: s.fallback.label().to_string(),
                    start_here: s.body == crate::model::scenario::Body::Tutorial,
                    error: None,
                },
                Err(e) => ScenarioCard {
                    title: path.clone(),
                    body: String::new(),
                    year: 0,
                    seats: 0,
                    premise: String::new(),
                    texts: Vec::new(),
                    rounds: 0,
                    fallback: String::new(),
                    start_here: false,
                    error: Some(format!("does not load: {}", e.lines().next().unwrap_or_default())),
                },
            })
            .collect()
    }
}

pub fn seat_rows(scenario: &Scenario) -> Vec<SeatRow> {
    scenario
        .delegations
        .iter()
        .map(|d| SeatRow {
            code: d.code.clone(),
            name: d.name.clone(),
            groups: d.groups.iter().map(|&g| scenario.groups[g].id.clone()).collect::<Vec<_>>().join(", "),
        })
        .collect()
}

/// The session about to start and its brief, shown on the instructions screen.
#[derive(Resource)]
pub struct PendingSetup {
    pub setup: SessionSetup,
    pub role: Role,
    pub capital: CapitalInstructions,
}

impl PendingSetup {
    pub fn new(setup: SessionSetup) -> PendingSetup {
        let role = crate::ui::PlayerRole::of(&setup).0;
        PendingSetup { capital: CapitalInstructions::of(&setup, role), role, setup }
    }
}

impl NewGameUi {
    /// The setup the choices describe, if they are complete.
    pub fn setup(&self, catalogue: &Catalogue) -> Option<SessionSetup> {
        let (path, Ok(scenario)) = catalogue.entries.get(self.scenario)? else { return None };
        let (players, player_chair) = match self.role.as_ref()? {
            RoleChoice::Chair => (Vec::new(), true),
            RoleChoice::Observer => (Vec::new(), false),
            RoleChoice::Delegation(code) => (vec![scenario.delegation_index(code)?], false),
        };
        let start = Start { text: self.text.min(scenario.texts.len() - 1), seed: self.seed, players, player_chair };
        Some(SessionSetup::new(scenario.clone(), path.clone(), &start))
    }
}

#[derive(Resource, Default)]
struct NewGameState(NewGameUi);

pub struct NewGamePlugin;

impl Plugin for NewGamePlugin {
    fn build(&self, app: &mut App) {
        app.init_resource::<Catalogue>()
            .init_resource::<NewGameState>()
            .add_systems(OnEnter(Screen::NewGame), |mut catalogue: ResMut<Catalogue>| *catalogue = Catalogue::read())
            .add_systems(
                EguiPrimaryContextPass,
                (
                    new_game_screen.run_if(in_state(Screen::NewGame)),
                    instructions_screen
                        .run_if(in_state(Screen::Instructions).and_then(resource_exists::<PendingSetup>)),
                ),
            );
    }
}

fn new_game_screen(
    mut contexts: EguiContexts,
    mut commands: Commands,
    catalogue: Res<Catalogue>,
    mut state: ResMut<NewGameState>,
    mut next: ResMut<NextState<Screen>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let cards = catalogue.cards();
    let seats = match catalogue.entries.get(state.0.scenario) {
        Some((_, Ok(s))) => seat_rows(s),
        _ => Vec::new(),
    };
    let mut action = None;
    screen_frame(ctx, "new-game", |ui| action = new_game_panel(ui, &cards, &seats, &mut state.0));
    match action {
        Some(NewGameAction::Back) => next.set(Screen::Title),
        Some(NewGameAction::Instructions) => {
            if let Some(setup) = state.0.setup(&catalogue) {
                commands.insert_resource(PendingSetup::new(setup));
                next.set(Screen::Instructions);
            }
        }
        None => {}
    }
    Ok(())
}

fn instructions_screen(
    mut contexts: EguiContexts,
    mut commands: Commands,
    pending: Res<PendingSetup>,
    mut next: ResMut<NextState<Screen>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let (setup, role, brief) = (&pending.setup, pending.role, &pending.capital.brief);
    let scenario = &setup.scenario;
    let mut take_seat = false;
    let mut back = false;
    screen_frame(ctx, "instructions", |ui| {
        ui.heading(&scenario.title);
        ui.label(&scenario.premise);
        ui.small(format!(
            "{} · {} · {} delegations · the text: {} · {} rounds · failing consensus: {}",
            scenario.body.label(),
            scenario.year,
            scenario.delegations.len(),
            scenario.texts[setup.text].title,
            scenario.rounds,
            scenario.fallback.label()
        ));
        ui.separator();
        if role == Role::Observer {
            ui.heading("Watching");
            ui.label("The AI plays every seat. Press P to let it run or Space to step; click any seat to see why it stands where it does.");
        } else {
            instructions_panel(ui, scenario, brief);
            ui.separator();
            how_to_play(ui, role);
        }
        ui.separator();
        ui.strong("How a session runs");
        for (step, term) in [
            ("The chair tables the draft; delegations and groups state their positions.", "General exchange of views"),
            ("Informal consultations: propose wording, lobby, and watch the room move.", "Informal consultations"),
            ("The penholder issues a revised draft; contested paragraphs may be bracketed.", "Brackets"),
            ("\"Is there any objection?\" One objection blocks consensus; then the fallback applies.", "Consensus"),
        ] {
            glossary::term(ui, format!("- {step}"), term);
        }
        ui.small("Press I in the session to see these instructions again, G for the glossary.");
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            back = ui.button("Back").clicked();
            take_seat = ui.button(egui::RichText::new("Take your seat").strong()).clicked();
        });
    });
    if take_seat {
        commands.insert_resource(InstructionsRead(true));
        commands.insert_resource(pending.setup.clone());
        commands.remove_resource::<PendingSetup>();
        next.set(Screen::Session);
    } else if back {
        next.set(Screen::NewGame);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;

    fn card(title: &str) -> ScenarioCard {
        ScenarioCard {
            title: title.into(),
            body: "Tutorial".into(),
            year: 2019,
            seats: 3,
            premise: "premise".into(),
            texts: vec!["T: text".into()],
            rounds: 6,
            fallback: "a chair's summary".into(),
            start_here: true,
            error: None,
        }
    }

    fn seats() -> Vec<SeatRow> {
        vec![
            SeatRow { code: "CUB".into(), name: "Cuba".into(), groups: "NAM, G77".into() },
            SeatRow { code: "FRA".into(), name: "France".into(), groups: "EU, P5".into() },
            SeatRow { code: "IDN".into(), name: "Indonesia".into(), groups: "ASEAN, NAM".into() },
        ]
    }

    #[test]
    fn the_search_finds_by_name_code_and_group() {
        let all = seats();
        let codes = |q: &str| matching(&all, q).iter().map(|s| s.code.clone()).collect::<Vec<_>>();
        assert_eq!(codes("cuba"), vec!["CUB"]);
        assert_eq!(codes("fra"), vec!["FRA"]);
        assert_eq!(codes("NAM"), vec!["CUB", "IDN"]);
        assert_eq!(codes(""), vec!["CUB", "FRA", "IDN"]);
    }

    #[test]
    fn picking_a_delegation_then_reading_the_instructions() {
        let cards = vec![card("Tutorial"), card("OEWG")];
        let mut harness = Harness::builder().with_size(egui::vec2(1200.0, 900.0)).build_ui_state(
            move |ui, state: &mut (NewGameUi, Option<NewGameAction>)| {
                if let Some(a) = new_game_panel(ui, &cards, &seats(), &mut state.0) {
                    state.1 = Some(a);
                }
            },
            (NewGameUi { search: "cub".into(), ..NewGameUi::default() }, None),
        );
        assert!(harness.query_by_label("FRA  France").is_none(), "the search hides France");
        harness.get_by_label("CUB  Cuba").click();
        harness.run();
        assert_eq!(harness.state().0.role, Some(RoleChoice::Delegation("CUB".into())));
        harness.get_by_label("Read your instructions").click();
        harness.run();
        assert_eq!(harness.state().1, Some(NewGameAction::Instructions));
        harness.get_by_label("OEWG").click();
        harness.run();
        assert_eq!(
            (harness.state().0.scenario, harness.state().0.role.clone()),
            (1, None),
            "a new scenario resets the role"
        );
        harness.get_by_label("The chair").click();
        harness.run();
        assert_eq!(harness.state().0.role, Some(RoleChoice::Chair));
    }

    #[test]
    fn the_shipped_scenarios_make_cards_and_a_setup() {
        let catalogue = Catalogue::read();
        let cards = catalogue.cards();
        assert!(cards.len() >= 5, "{cards:?}");
        assert!(cards[0].start_here, "the tutorial comes first");
        assert!(cards.iter().all(|c| c.error.is_none()));
        assert!(cards.iter().any(|c| c.seats == 193));
        let ui = NewGameUi { role: Some(RoleChoice::Delegation("CUB".into())), seed: 7, ..NewGameUi::default() };
        let setup = ui.setup(&catalogue).expect("Cuba sits in the tutorial");
        assert_eq!(setup.players, vec![setup.scenario.delegation_index("CUB").unwrap()]);
        assert_eq!(setup.seed, 7);
        let nobody = NewGameUi { role: Some(RoleChoice::Delegation("XXX".into())), ..NewGameUi::default() };
        assert!(nobody.setup(&catalogue).is_none());
    }
}
