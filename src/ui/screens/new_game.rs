//! A new session: scenario cards, the seed and the seats (the chair, any seated
//! delegation from a searchable list, or watching; several people at one machine may
//! each take a seat and play in turn).

use std::sync::Arc;

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use crate::data::ScenarioFile;
use crate::model::save::Start;
use crate::model::{Room, Scenario, Seat};
use crate::sim::SessionSetup;
use crate::text::Locale;
use crate::tr;
use crate::ui::glossary::{self, Term};
use crate::ui::{Notices, Screen, UiText, screen_frame, theme};

/// One scenario as its card shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct ScenarioCard {
    pub title: String,
    pub facts: String,
    pub premise: String,
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
    pub search: String,
    /// The first seat chosen (or watching).
    pub role: Option<RoleChoice>,
    /// Further seats, for several people at one machine.
    pub more: Vec<RoleChoice>,
    pub several: bool,
    pub seed: u64,
    /// Choosing the scenario for a hosted class: no seat to pick.
    pub hosting: bool,
}

impl Default for NewGameUi {
    fn default() -> Self {
        NewGameUi {
            scenario: 0,
            search: String::new(),
            role: None,
            more: Vec::new(),
            several: false,
            seed: 1,
            hosting: false,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NewGameAction {
    Back,
    Instructions,
    /// Host a class with the chosen scenario.
    HostClass,
}

/// Whether the new-game screen picks the scenario for a hosted class (no role to choose).
#[derive(Resource, Default)]
pub struct Hosting(pub bool);

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

impl NewGameUi {
    fn chosen(&self, role: &RoleChoice) -> bool {
        self.role.as_ref() == Some(role) || self.more.contains(role)
    }

    fn pick(&mut self, role: RoleChoice) {
        if self.several
            && role != RoleChoice::Observer
            && self.role.as_ref().is_some_and(|r| *r != RoleChoice::Observer)
        {
            if self.role.as_ref() == Some(&role) {
                self.role = if self.more.is_empty() { None } else { Some(self.more.remove(0)) };
            } else if let Some(at) = self.more.iter().position(|r| *r == role) {
                self.more.remove(at);
            } else {
                self.more.push(role);
            }
        } else {
            self.role = Some(role);
            self.more.clear();
        }
    }
}

/// The scenario cards and the role picker as a plain function.
pub fn new_game_panel(
    ui: &mut egui::Ui,
    l: &Locale,
    cards: &[ScenarioCard],
    seats: &[SeatRow],
    state: &mut NewGameUi,
) -> Option<NewGameAction> {
    let mut action = None;
    ui.heading(l.t("new-heading"));
    ui.columns(2, |cols| {
        let ui = &mut cols[0];
        ui.strong(l.t("new-scenario"));
        for (i, card) in cards.iter().enumerate() {
            let selected = state.scenario == i;
            let frame = egui::Frame::group(ui.style()).fill(if selected {
                ui.visuals().selection.bg_fill.gamma_multiply(0.35)
            } else {
                ui.visuals().extreme_bg_color
            });
            frame.show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal_wrapped(|ui| {
                    let title = egui::RichText::new(&card.title).strong();
                    let pick = ui.add_enabled(card.error.is_none(), egui::Button::selectable(selected, title));
                    if pick.clicked() {
                        if state.scenario != i {
                            state.role = None;
                            state.more.clear();
                        }
                        state.scenario = i;
                    }
                    if card.start_here {
                        ui.colored_label(theme::good(ui), l.t("new-start-here"));
                    }
                });
                match &card.error {
                    Some(e) => {
                        ui.colored_label(theme::bad(ui), e);
                    }
                    None => {
                        ui.small(&card.facts);
                        crate::ui::widgets::paragraph(ui, l, &card.premise);
                    }
                }
            });
        }

        let ui = &mut cols[1];
        if cards.get(state.scenario).is_none_or(|c| c.error.is_some()) {
            ui.label(l.t("new-choose-scenario"));
            return;
        }
        ui.horizontal(|ui| {
            ui.label(l.t("new-seed")).on_hover_text(l.t("new-seed-hover"));
            ui.add(egui::DragValue::new(&mut state.seed));
        });
        ui.separator();
        ui.strong(l.t("new-role"));
        ui.checkbox(&mut state.several, l.t("new-several")).on_hover_text(l.t("new-several-hover"));
        ui.horizontal_wrapped(|ui| {
            let chair = ui.radio(state.chosen(&RoleChoice::Chair), l.t("new-chair"));
            if crate::ui::widgets::hover_paragraph(chair, l, glossary::explain(l, Term::Penholder)).clicked() {
                state.pick(RoleChoice::Chair);
            }
            if ui.radio(state.role == Some(RoleChoice::Observer), l.t("new-watch")).clicked() {
                state.several = false;
                state.pick(RoleChoice::Observer);
            }
        });
        ui.label(l.t("new-or-delegation"));
        ui.add(egui::TextEdit::singleline(&mut state.search).hint_text(l.t("new-search-hint")));
        let shown = matching(seats, &state.search);
        ui.small(tr!(l, "new-shown", shown = shown.len(), total = seats.len()));
        let row_height = ui.text_style_height(&egui::TextStyle::Body) + 4.0;
        egui::ScrollArea::vertical().max_height(300.0).auto_shrink([false, true]).show_rows(
            ui,
            row_height,
            shown.len(),
            |ui, rows| {
                for seat in &shown[rows] {
                    let role = RoleChoice::Delegation(seat.code.clone());
                    let label = tr!(l, "new-seat-row", code = seat.code.clone(), name = seat.name.clone());
                    if ui.selectable_label(state.chosen(&role), label).on_hover_text(&seat.groups).clicked() {
                        state.pick(role);
                    }
                }
            },
        );
        ui.separator();
        let name = |code: &str| seats.iter().find(|s| s.code == code).map_or(code.to_string(), |s| s.name.clone());
        let describe = |r: &RoleChoice| match r {
            RoleChoice::Chair => l.t("new-you-chair"),
            RoleChoice::Observer => l.t("new-you-watch"),
            RoleChoice::Delegation(code) => tr!(l, "new-you-delegation", state = name(code)),
        };
        match &state.role {
            Some(r) => {
                ui.label(describe(r));
                for r in &state.more {
                    ui.label(describe(r));
                }
            }
            None => {
                ui.label(l.t("new-choose-role"));
            }
        }
        ui.horizontal(|ui| {
            if ui.button(l.t("button-back")).clicked() {
                action = Some(NewGameAction::Back);
            }
            if state.hosting {
                if ui.button(l.t("new-host")).on_hover_text(l.t("new-host-hover")).clicked() {
                    action = Some(NewGameAction::HostClass);
                }
            } else if ui.add_enabled(state.role.is_some(), egui::Button::new(l.t("new-read-instructions"))).clicked() {
                action = Some(NewGameAction::Instructions);
            }
        });
    });
    action
}

/// A scenario file on the data path and how it loaded.
pub struct CatalogueEntry {
    pub file: ScenarioFile,
    pub scenario: Result<Arc<Scenario>, String>,
}

/// The scenarios found, loaded when the screen opens.
#[derive(Resource, Default)]
pub struct Catalogue {
    pub entries: Vec<CatalogueEntry>,
}

impl Catalogue {
    pub fn read() -> Catalogue {
        let mut entries: Vec<CatalogueEntry> = crate::data::scenario_files()
            .into_iter()
            .map(|file| {
                let scenario = crate::scenario::load(&file).map(Arc::new).map_err(|d| d.to_string());
                CatalogueEntry { file, scenario }
            })
            .collect();
        // "Start here" first, then by date.
        entries.sort_by_key(|e| match &e.scenario {
            Ok(s) => (!s.start_here, s.date, e.file.name.clone()),
            Err(_) => (true, jiff::civil::Date::MAX, e.file.name.clone()),
        });
        Catalogue { entries }
    }

    pub fn cards(&self, l: &Locale) -> Vec<ScenarioCard> {
        self.entries
            .iter()
            .map(|e| match &e.scenario {
                Ok(s) => ScenarioCard {
                    title: l.scenario_title(s),
                    facts: tr!(
                        l,
                        "new-card-facts",
                        body = l.body(s),
                        year = s.year() as u32,
                        seats = s.delegations.len(),
                        texts = s.texts.len(),
                        rounds = s.rounds,
                        fallback = l.t(s.fallback.key())
                    ),
                    premise: l.scenario_premise(s),
                    start_here: s.start_here,
                    error: None,
                },
                Err(err) => ScenarioCard {
                    title: e.file.show(),
                    facts: String::new(),
                    premise: String::new(),
                    start_here: false,
                    error: Some(tr!(
                        l,
                        "new-does-not-load",
                        error = err.lines().next().unwrap_or_default().to_string()
                    )),
                },
            })
            .collect()
    }
}

pub fn seat_rows(l: &Locale, scenario: &Scenario) -> Vec<SeatRow> {
    (0..scenario.delegations.len())
        .map(|d| SeatRow {
            code: scenario.delegations[d].code.clone(),
            name: l.state(scenario, d),
            groups: scenario.delegations[d].groups.iter().map(|&g| l.group(scenario, g)).collect::<Vec<_>>().join(", "),
        })
        .collect()
}

/// The session about to start, shown on the instructions screen first.
#[derive(Resource)]
pub struct PendingSetup {
    pub setup: SessionSetup,
    /// The room the session opens on, which the instructions are written from.
    pub room: Room,
}

impl PendingSetup {
    pub fn new(setup: SessionSetup) -> PendingSetup {
        PendingSetup { room: Room::opening(&setup.scenario, setup.start.seed), setup }
    }
}

impl NewGameUi {
    /// The setup the choices describe, if they are complete.
    pub fn setup(&self, catalogue: &Catalogue) -> Option<SessionSetup> {
        let entry = catalogue.entries.get(self.scenario)?;
        let scenario = entry.scenario.as_ref().ok()?;
        let mut people = Vec::new();
        for role in self.role.iter().chain(&self.more) {
            match role {
                RoleChoice::Chair => people.push(Seat::Chair),
                RoleChoice::Observer => {}
                RoleChoice::Delegation(code) => people.push(Seat::Delegation(scenario.delegation_index(code)?)),
            }
        }
        Some(SessionSetup::new(scenario.clone(), entry.file.clone(), Start { seed: self.seed, people }))
    }
}

#[derive(Resource, Default)]
struct NewGameState(NewGameUi);

pub struct NewGamePlugin;

impl Plugin for NewGamePlugin {
    fn build(&self, app: &mut App) {
        app.init_resource::<Catalogue>()
            .init_resource::<NewGameState>()
            .init_resource::<Hosting>()
            .add_systems(OnEnter(Screen::NewGame), |mut catalogue: ResMut<Catalogue>| *catalogue = Catalogue::read())
            .add_systems(EguiPrimaryContextPass, new_game_screen.run_if(in_state(Screen::NewGame)));
    }
}

fn new_game_screen(
    mut contexts: EguiContexts,
    mut commands: Commands,
    text: Res<UiText>,
    catalogue: Res<Catalogue>,
    mut state: ResMut<NewGameState>,
    hosting: Res<Hosting>,
    mut notices: ResMut<Notices>,
    mut next: ResMut<NextState<Screen>>,
) -> Result {
    state.0.hosting = hosting.0;
    let ctx = contexts.ctx_mut()?;
    let cards = catalogue.cards(&text);
    let seats = match catalogue.entries.get(state.0.scenario).map(|e| &e.scenario) {
        Some(Ok(s)) => seat_rows(&text, s),
        _ => Vec::new(),
    };
    let mut action = None;
    screen_frame(ctx, "new-game", |ui| action = new_game_panel(ui, &text, &cards, &seats, &mut state.0));
    match action {
        Some(NewGameAction::Back) => next.set(Screen::Title),
        Some(NewGameAction::HostClass) => {
            let chosen = state.0.clone();
            let host_ui = NewGameUi { role: None, more: Vec::new(), ..chosen };
            if let Some(setup) = host_ui.setup(&catalogue) {
                notices.clear();
                let options = crate::classroom::headless::HostOptions {
                    bind: std::net::IpAddr::from([0, 0, 0, 0]),
                    port: 7878,
                    code: None,
                    pace: 60.0,
                    start_when_seated: 0,
                    give_up_after: std::time::Duration::from_secs(24 * 3600),
                    export_dir: crate::storage::records_dir(),
                };
                commands.insert_resource(crate::ui::screens::host::PendingHost { setup, options });
                next.set(Screen::Host);
            }
        }
        Some(NewGameAction::Instructions) => {
            if let Some(setup) = state.0.setup(&catalogue) {
                notices.clear();
                commands.insert_resource(PendingSetup::new(setup));
                next.set(Screen::Instructions);
            }
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

    fn card(title: &str) -> ScenarioCard {
        ScenarioCard {
            title: title.into(),
            facts: "facts".into(),
            premise: "premise".into(),
            start_here: true,
            error: None,
        }
    }

    fn seats() -> Vec<SeatRow> {
        vec![
            SeatRow { code: "CUB".into(), name: "Cuba".into(), groups: "Non-Aligned Movement, G77".into() },
            SeatRow { code: "FRA".into(), name: "France".into(), groups: "European Union, P5".into() },
            SeatRow { code: "IDN".into(), name: "Indonesia".into(), groups: "ASEAN, Non-Aligned Movement".into() },
        ]
    }

    #[test]
    fn the_search_finds_by_name_code_and_group() {
        let all = seats();
        let codes = |q: &str| matching(&all, q).iter().map(|s| s.code.clone()).collect::<Vec<_>>();
        assert_eq!(codes("cuba"), vec!["CUB"]);
        assert_eq!(codes("fra"), vec!["FRA"]);
        assert_eq!(codes("non-aligned"), vec!["CUB", "IDN"]);
        assert_eq!(codes(""), vec!["CUB", "FRA", "IDN"]);
    }

    #[test]
    fn picking_delegations_for_one_or_several_people_then_reading_the_instructions() {
        let l = crate::text::english();
        let cards = vec![card("Tutorial"), card("OEWG")];
        let mut harness = Harness::builder().with_size(egui::vec2(1200.0, 900.0)).build_ui_state(
            move |ui, state: &mut (NewGameUi, Option<NewGameAction>)| {
                if let Some(a) = new_game_panel(ui, l, &cards, &seats(), &mut state.0) {
                    state.1 = Some(a);
                }
            },
            (NewGameUi { search: "cub".into(), ..NewGameUi::default() }, None),
        );
        assert!(harness.query_by_label("FRA  France").is_none(), "the search hides France");
        harness.get_by_label("CUB  Cuba").click();
        harness.run();
        assert_eq!(harness.state().0.role, Some(RoleChoice::Delegation("CUB".into())));
        harness.get_by_label("Several people at this machine").click();
        harness.run();
        harness.get_by_label("The chair").click();
        harness.run();
        assert_eq!(harness.state().0.more, vec![RoleChoice::Chair], "a second person takes the chair");
        harness.get_by_label("Read your instructions").click();
        harness.run();
        assert_eq!(harness.state().1, Some(NewGameAction::Instructions));
        harness.get_by_label("OEWG").click();
        harness.run();
        assert_eq!(
            (harness.state().0.scenario, harness.state().0.role.clone()),
            (1, None),
            "a new scenario resets the seats"
        );
    }

    #[test]
    fn the_shipped_scenarios_make_cards_and_a_setup() {
        let l = crate::text::english();
        let catalogue = Catalogue::read();
        let cards = catalogue.cards(l);
        assert!(cards.len() >= 5, "{cards:?}");
        assert!(cards[0].start_here, "the tutorial comes first");
        assert!(cards.iter().all(|c| c.error.is_none()), "{cards:?}");
        // Today's negotiation is on offer, newest last.
        let (_, today) = crate::scenario::load_named("oewg_2025").unwrap();
        assert_eq!(cards.last().map(|c| c.title.clone()), Some(l.scenario_title(&today)));
        let ui = NewGameUi { role: Some(RoleChoice::Delegation("CUB".into())), seed: 7, ..NewGameUi::default() };
        let setup = ui.setup(&catalogue).expect("Cuba sits in the tutorial");
        assert_eq!(setup.start.people, vec![Seat::Delegation(setup.scenario.delegation_index("CUB").unwrap())]);
        assert_eq!(setup.start.seed, 7);
        let nobody = NewGameUi { role: Some(RoleChoice::Delegation("XXX".into())), ..NewGameUi::default() };
        assert!(nobody.setup(&catalogue).is_none());
    }
}
