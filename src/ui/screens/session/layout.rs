//! The session screen's layout: side panels on a large screen, tabs on a small one (a
//! high UI scale on a laptop), the hand-over cover between people, and the windows over it.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use super::saves::SaveRequest;
use super::{AiPaused, OpeningRoom, SessionUi, Tab, send};
use crate::model::Seat;
use crate::sim::{
    ActiveScenario, Assessments, Forecasts, MoveMessage, Pacing, RoomState, SessionAgenda, SessionClock, SessionRecord,
    SessionSeating, Texts, WithdrawMessage,
};
use crate::text::Locale;
use crate::tr;
use crate::ui::glossary;
use crate::ui::panels::adoption::{self, AdoptionAction};
use crate::ui::panels::bar::{self, BarAction};
use crate::ui::panels::{charts, draft, inspector, log, pending, room};
use crate::ui::screens::instructions::briefing;
use crate::ui::settings::SettingsReturn;
use crate::ui::views::{self, Table};
use crate::ui::{AtTheScreen, Screen, UiText};

/// What the session screen reads.
#[derive(bevy::ecs::system::SystemParam)]
pub struct SessionState<'w> {
    scenario: Res<'w, ActiveScenario>,
    room: Res<'w, RoomState>,
    texts: Res<'w, Texts>,
    assessments: Res<'w, Assessments>,
    record: Res<'w, SessionRecord>,
    clock: Res<'w, SessionClock>,
    seating: Res<'w, SessionSeating>,
    agenda: Res<'w, SessionAgenda>,
    forecasts: Res<'w, Forecasts>,
    opening: Res<'w, OpeningRoom>,
}

impl SessionState<'_> {
    fn table(&self) -> Table<'_> {
        Table {
            scenario: &self.scenario,
            room: &self.room,
            texts: &self.texts,
            assessments: &self.assessments,
            record: &self.record,
            clock: &self.clock,
            seating: &self.seating,
        }
    }
}

/// Whether the screen is too small for side panels (in points, after the UI scale).
fn narrow(ctx: &egui::Context) -> bool {
    let size = ctx.viewport_rect().size();
    size.x < 1100.0 || size.y < 620.0
}

pub fn session_screen(
    mut contexts: EguiContexts,
    text: Res<UiText>,
    state: SessionState,
    mut at: ResMut<AtTheScreen>,
    mut ui_state: ResMut<SessionUi>,
    mut paused: ResMut<AiPaused>,
    mut pacing: ResMut<Pacing>,
    mut moves: MessageWriter<MoveMessage>,
    mut withdrawals: MessageWriter<WithdrawMessage>,
    mut next: ResMut<NextState<Screen>>,
    mut settings_return: ResMut<SettingsReturn>,
    mut save: SaveRequest,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let l: &Locale = &text;
    let table = state.table();
    let scenario = &state.scenario;
    let screen = &mut *ui_state;
    screen.text = screen.text.min(table.texts.len().saturating_sub(1));
    let concluded = table.clock.phase == crate::model::Phase::Concluded;
    if concluded && !screen.adoption_seen {
        screen.adoption = true;
        screen.adoption_seen = true;
    }
    let mut root = egui::Ui::new(
        ctx.clone(),
        "session".into(),
        egui::UiBuilder::new().layer_id(egui::LayerId::background()).max_rect(ctx.viewport_rect()),
    );
    if at.handing_over {
        hand_over(&mut root, l, &table, &mut at, screen);
        return Ok(());
    }
    let seat = at.seat;
    let me = match seat {
        Some(Seat::Delegation(d)) => Some(d),
        _ => None,
    };
    let mut actions = Vec::new();

    // The bar.
    let bar_view = views::bar_view(l, &table, seat, at.people.len() > 1, paused.0);
    let mut bar_action = None;
    egui::Panel::top("bar").show(&mut root, |panel| {
        bar_action = bar::bar_panel(panel, l, &bar_view, save.notice());
        if let Some(by) = seat {
            let items = views::pending_items(l, &table, &state.agenda, by.into());
            pending::pending_panel(panel, l, &items, &mut actions);
        }
    });
    match bar_action {
        Some(BarAction::Step) => pacing.step_now = true,
        Some(BarAction::Instructions) => screen.instructions = !screen.instructions,
        Some(BarAction::Glossary) => screen.glossary = !screen.glossary,
        Some(BarAction::Save) => save.save_as_new(),
        Some(BarAction::Settings) => {
            settings_return.0 = Screen::Session;
            next.set(Screen::Settings);
        }
        Some(BarAction::Menu) => next.set(Screen::Title),
        Some(BarAction::Debrief) => next.set(Screen::Debrief),
        Some(BarAction::HandOver) => {
            at.handing_over = true;
            at.seat = at.next_seat();
        }
        None => {}
    }

    // What the panels show.
    let t = screen.text;
    if let Some((open_t, paragraph)) = screen.draft.open {
        screen.draft.previews = views::previews(&table, open_t, paragraph, me);
    }
    screen.draft.lexicon.refresh(scenario, l);
    let draft_views: Vec<draft::DraftView> =
        (0..table.texts.len()).map(|k| views::draft_view(l, &table, k, seat)).collect();
    let room_view = views::room_view(l, &table, t, screen.room.filter, me.filter(|_| !concluded));
    let inspector_view = screen.selected.map(|d| views::inspector_view(l, &table, t, d, me));
    let log_lines = views::log_lines(l, scenario, &state.record);
    let forecast_rows = views::forecast_rows(l, scenario, &table.texts[t].draft, &state.forecasts);
    let counts = &state.record.texts[t].counts;

    let draft_column = |panel: &mut egui::Ui, screen: &mut SessionUi| {
        if draft_views.len() > 1 {
            panel.horizontal_wrapped(|row| {
                for (k, v) in draft_views.iter().enumerate() {
                    row.selectable_value(&mut screen.text, k, &v.symbol);
                }
            });
        }
        let shown = screen.text.min(draft_views.len().saturating_sub(1));
        egui::ScrollArea::vertical().id_salt("draft").show(panel, |panel| {
            draft::draft_panel(panel, l, &draft_views[shown], &mut screen.draft);
        });
    };
    let charts_column = |ui: &mut egui::Ui| {
        egui::ScrollArea::vertical().id_salt("charts").auto_shrink([false, false]).show(ui, |ui| {
            if counts.len() > 1 {
                egui::CollapsingHeader::new(l.t("chart-support-heading"))
                    .default_open(true)
                    .show(ui, |ui| charts::support_chart(ui, l, "support", counts));
            }
            egui::CollapsingHeader::new(l.t("chart-forecast-heading"))
                .default_open(true)
                .show(ui, |ui| charts::forecast_chart(ui, l, "forecast", &forecast_rows))
                .header_response
                .on_hover_text(l.t("chart-forecast-explained"));
        });
    };
    let mut close_inspector = false;
    let inspector_column = |ui: &mut egui::Ui, actions: &mut Vec<_>, close: &mut bool| {
        egui::ScrollArea::vertical().id_salt("inspector").show(ui, |ui| match &inspector_view {
            Some(view) => {
                if ui.small_button(l.t("button-close")).clicked() {
                    *close = true;
                }
                inspector::inspector_panel(ui, l, view, actions);
            }
            None => {
                ui.label(l.t("inspector-empty"));
            }
        });
    };

    if narrow(&ctx) {
        egui::CentralPanel::default().show(&mut root, |panel| {
            panel.horizontal_wrapped(|row| {
                for (tab, key) in [
                    (Tab::Room, "tab-room"),
                    (Tab::Draft, "tab-draft"),
                    (Tab::Delegation, "tab-delegation"),
                    (Tab::Log, "tab-log"),
                    (Tab::Charts, "tab-charts"),
                ] {
                    row.selectable_value(&mut screen.tab, tab, l.t(key));
                }
            });
            panel.separator();
            match screen.tab {
                Tab::Room => {
                    egui::ScrollArea::vertical().id_salt("room").show(panel, |panel| {
                        room::room_panel(panel, l, &room_view, &mut screen.room, &mut actions);
                    });
                }
                Tab::Draft => draft_column(panel, screen),
                Tab::Delegation => inspector_column(panel, &mut actions, &mut close_inspector),
                Tab::Log => log::log_panel(panel, l, &log_lines),
                Tab::Charts => charts_column(panel),
            }
        });
    } else {
        egui::Panel::bottom("log")
            .resizable(true)
            .default_size(150.0)
            .show(&mut root, |panel| log::log_panel(panel, l, &log_lines));
        egui::Panel::right("draft")
            .resizable(true)
            .default_size(470.0)
            .size_range(340.0..=ctx.viewport_rect().width() * 0.5)
            .show(&mut root, |panel| draft_column(panel, screen));
        if inspector_view.is_some() {
            egui::Panel::left("inspector")
                .resizable(true)
                .default_size(320.0)
                .size_range(260.0..=ctx.viewport_rect().width() * 0.35)
                .show(&mut root, |panel| inspector_column(panel, &mut actions, &mut close_inspector));
        }
        egui::CentralPanel::default().show(&mut root, |panel| {
            panel.heading(tr!(l, "room-heading", count = room_view.seats.len()));
            let height = panel.available_height() * 0.55;
            egui::ScrollArea::vertical().id_salt("room").max_height(height).auto_shrink([false, true]).show(
                panel,
                |panel| {
                    room::room_panel(panel, l, &room_view, &mut screen.room, &mut actions);
                },
            );
            panel.separator();
            charts_column(panel);
        });
    }
    if close_inspector {
        screen.selected = None;
    }
    overlays(&ctx, l, &table, seat, &state.opening, screen, &mut next);
    actions.append(&mut screen.draft.actions);
    send(actions, &at, &mut moves, &mut withdrawals, screen, &mut paused);
    Ok(())
}

/// Between two people at one machine: nothing of anyone's position shows until the next person says they are there.
fn hand_over(root: &mut egui::Ui, l: &Locale, table: &Table, at: &mut AtTheScreen, ui: &mut SessionUi) {
    let who = match at.seat {
        Some(Seat::Delegation(d)) => tr!(l, "handover-delegation", state = l.state(table.scenario, d)),
        Some(Seat::Chair) => l.t("handover-chair"),
        None => String::new(),
    };
    egui::CentralPanel::default().show(root, |panel| {
        panel.vertical_centered(|panel| {
            panel.add_space(panel.available_height() * 0.3);
            panel.heading(tr!(l, "handover-heading", who = who.clone()));
            panel.label(l.t("handover-explained"));
            if panel.button(egui::RichText::new(tr!(l, "handover-i-am", who = who)).size(20.0)).clicked() {
                at.handing_over = false;
                ui.instructions = true;
                ui.selected = match at.seat {
                    Some(Seat::Delegation(d)) => Some(d),
                    _ => None,
                };
                ui.draft = Default::default();
            }
        });
    });
}

/// The windows over the session: instructions (I), glossary (G), the adoption moment.
fn overlays(
    ctx: &egui::Context,
    l: &Locale,
    table: &Table,
    seat: Option<Seat>,
    opening: &OpeningRoom,
    ui: &mut SessionUi,
    next: &mut NextState<Screen>,
) {
    if ui.instructions {
        egui::Window::new(l.t("window-instructions"))
            .open(&mut ui.instructions)
            .default_width(560.0)
            .vscroll(true)
            .show(ctx, |w| {
                briefing(w, l, table.scenario, opening, seat);
            });
    }
    if ui.glossary {
        egui::Window::new(l.t("window-glossary"))
            .open(&mut ui.glossary)
            .default_width(560.0)
            .vscroll(true)
            .show(ctx, |w| glossary::glossary_panel(w, l));
    }
    if ui.adoption {
        let views = views::adoption_views(l, table.scenario, table.texts, table.record);
        let mut action = None;
        egui::Window::new(l.t("window-adoption"))
            .collapsible(false)
            .default_width(600.0)
            .max_height(ctx.viewport_rect().height() * 0.8)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(ctx, |w| action = adoption::adoption_panel(w, l, &views));
        match action {
            Some(AdoptionAction::Debrief) => {
                ui.adoption = false;
                next.set(Screen::Debrief);
            }
            Some(AdoptionAction::Close) => ui.adoption = false,
            None => {}
        }
    }
}
