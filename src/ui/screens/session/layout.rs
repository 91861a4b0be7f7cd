//! The session screen's layout: side panels on a large screen, tabs on a small one (a
//! high UI scale on a laptop), the hand-over cover between people, and the windows over it.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use super::saves::SaveRequest;
use super::{AiPaused, OpeningRoom, SessionUi, Tab, send};
use crate::model::forecast::IssueForecast;
use crate::model::intent::Agenda;
use crate::model::{Room, Seat};
use crate::sim::odds::{LiveOdds, WhatIfAsk};
use crate::sim::{
    ActiveScenario, Assessments, Forecasts, MoveMessage, Pacing, RoomState, SessionAgenda, SessionClock, SessionRecord,
    SessionSeating, Texts, WithdrawMessage,
};
use crate::text::Locale;
use crate::tr;
use crate::ui::glossary;
use crate::ui::panels::adoption::{self, AdoptionAction};
use crate::ui::panels::bar::{self, BarAction};
use crate::ui::panels::{UiAction, charts, draft, inspector, log, pending, room};
use crate::ui::screens::instructions::briefing;
use crate::ui::settings::SettingsReturn;
use crate::ui::views::{self, Table};
use crate::ui::widgets::Notice;
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
    odds: Res<'w, LiveOdds>,
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
    mut what_if: ResMut<WhatIfAsk>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let l: &Locale = &text;
    let table = state.table();
    let screen = &mut *ui_state;
    let mut root = egui::Ui::new(
        ctx.clone(),
        "session".into(),
        egui::UiBuilder::new().layer_id(egui::LayerId::background()).max_rect(ctx.viewport_rect()),
    );
    if at.handing_over {
        hand_over(&mut root, l, &table, &mut at, screen);
        return Ok(());
    }
    let shown = Shown {
        table,
        agenda: &state.agenda,
        forecasts: &state.forecasts,
        opening: &state.opening,
        odds: &state.odds,
        seat: at.seat,
        hot_seat: at.people.len() > 1,
        paused: paused.0,
        notice: save.notice(),
    };
    let done = lay_out(&ctx, &mut root, l, &shown, screen);
    match done.bar {
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
    if let Some(to) = done.go_to {
        next.set(to);
    }
    // Marked changed only when the wording asked about changes: the odds thread is asked once.
    what_if.set_if_neq(WhatIfAsk(done.what_if));
    send(done.actions, &at, &mut moves, &mut withdrawals, screen, &mut paused);
    Ok(())
}

/// Everything the session screen shows, as plain data: what the system reads from the
/// resources, and what the layout test builds from a session of its own.
pub struct Shown<'a> {
    pub table: Table<'a>,
    pub agenda: &'a Agenda,
    pub forecasts: &'a [IssueForecast],
    pub opening: &'a Room,
    /// The live odds (worked out off the frame) and the last what-if.
    pub odds: &'a LiveOdds,
    pub seat: Option<Seat>,
    pub hot_seat: bool,
    pub paused: bool,
    pub notice: &'a Notice,
}

/// What the person at the screen did this frame.
#[derive(Default)]
pub struct Done {
    pub bar: Option<BarAction>,
    pub actions: Vec<UiAction>,
    pub go_to: Option<Screen>,
    /// The wording chosen in the open paragraph, as the move that would propose it: its what-if.
    pub what_if: Option<crate::model::Move>,
}

/// The session screen's panels and windows, laid out for the size of the screen.
pub fn lay_out(ctx: &egui::Context, root: &mut egui::Ui, l: &Locale, shown: &Shown, screen: &mut SessionUi) -> Done {
    let table = &shown.table;
    let scenario = table.scenario;
    let seat = shown.seat;
    screen.text = screen.text.min(table.texts.len().saturating_sub(1));
    let concluded = table.clock.phase == crate::model::Phase::Concluded;
    if concluded && !screen.adoption_seen {
        screen.adoption = true;
        screen.adoption_seen = true;
    }
    let me = match seat {
        Some(Seat::Delegation(d)) => Some(d),
        _ => None,
    };
    let mut done = Done::default();
    let actions = &mut done.actions;

    // The bar.
    let mut bar_view = views::bar_view(l, table, seat, shown.hot_seat, shown.paused);
    if !concluded {
        for (t, count) in bar_view.counts.iter_mut().enumerate() {
            count.chance = Some(views::chance_line(l, shown.odds, t));
        }
    }
    let bar_height = egui::Panel::top("bar")
        .show(root, |panel| {
            done.bar = bar::bar_panel(panel, l, &bar_view, shown.notice);
            if let Some(by) = seat {
                let items = views::pending_items(l, table, shown.agenda, by.into());
                pending::pending_panel(panel, l, &items, actions);
            }
        })
        .response
        .rect
        .height();
    // A panel takes last frame's height and clips what outgrew it: lay the frame out again
    // (egui's second pass), so the bar is never shown cut.
    if (bar_height - screen.bar_height).abs() > 0.5 {
        screen.bar_height = bar_height;
        ctx.request_discard("the bar changed height");
    }

    // What the panels show.
    let t = screen.text;
    if let Some((open_t, paragraph)) = screen.draft.open {
        screen.draft.previews = views::previews(table, open_t, paragraph, me);
    }
    done.what_if = what_if_move(table, &screen.draft, seat);
    screen.draft.what_if = done.what_if.as_ref().and_then(|mv| match mv.intent {
        crate::model::Intent::Propose { text, edit: crate::model::Edit::Reword { paragraph, rung }, .. }
        | crate::model::Intent::ChairEdit { text, edit: crate::model::Edit::Reword { paragraph, rung } } => {
            Some(((text, paragraph), rung, views::what_if_line(l, shown.odds, mv, text)))
        }
        _ => None,
    });
    screen.draft.lexicon.refresh(scenario, l);
    let draft_views: Vec<draft::DraftView> =
        (0..table.texts.len()).map(|k| views::draft_view(l, table, k, seat)).collect();
    let room_view = views::room_view(l, table, t, screen.room.filter, me.filter(|_| !concluded));
    let inspector_view = screen.selected.map(|d| views::inspector_view(l, table, t, d, me));
    let log_lines = views::log_lines(l, scenario, table.record);
    let forecast_rows = views::forecast_rows(l, scenario, &table.texts[t].draft, shown.forecasts);
    let counts = &table.record.texts[t].counts;
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

    if narrow(ctx) {
        egui::CentralPanel::default().show(root, |panel| {
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
                        room::room_panel(panel, l, &room_view, &mut screen.room, actions);
                    });
                }
                Tab::Draft => draft_column(panel, screen),
                Tab::Delegation => inspector_column(panel, actions, &mut close_inspector),
                Tab::Log => log::log_panel(panel, l, &log_lines),
                Tab::Charts => charts_column(panel),
            }
        });
    } else {
        egui::Panel::bottom("log")
            .resizable(true)
            .default_size(150.0)
            .show(root, |panel| log::log_panel(panel, l, &log_lines));
        // A right-to-left language mirrors the columns: the draft on the left, the delegation on the right.
        let (draft_side, inspector_side) = if l.rtl() {
            (egui::Panel::left("draft"), egui::Panel::right("inspector"))
        } else {
            (egui::Panel::right("draft"), egui::Panel::left("inspector"))
        };
        draft_side
            .resizable(true)
            .default_size(470.0)
            .size_range(340.0..=ctx.viewport_rect().width() * 0.5)
            .show(root, |panel| draft_column(panel, screen));
        if inspector_view.is_some() {
            inspector_side
                .resizable(true)
                .default_size(320.0)
                .size_range(260.0..=ctx.viewport_rect().width() * 0.35)
                .show(root, |panel| inspector_column(panel, actions, &mut close_inspector));
        }
        egui::CentralPanel::default().show(root, |panel| {
            panel.heading(tr!(l, "room-heading", count = room_view.seats.len()));
            let height = panel.available_height() * 0.55;
            egui::ScrollArea::vertical().id_salt("room").max_height(height).auto_shrink([false, true]).show(
                panel,
                |panel| {
                    room::room_panel(panel, l, &room_view, &mut screen.room, actions);
                },
            );
            panel.separator();
            charts_column(panel);
        });
    }
    if close_inspector {
        screen.selected = None;
    }
    done.go_to = overlays(ctx, l, table, seat, shown.opening, screen);
    done.actions.append(&mut screen.draft.actions);
    done
}

/// The move that would propose the wording chosen in the open paragraph (or, holding the pen,
/// reword it), when it differs from the text's: what the what-if weighs.
fn what_if_move(table: &Table, draft: &draft::DraftUi, seat: Option<Seat>) -> Option<crate::model::Move> {
    use crate::model::{Edit, Intent, Move, Phase, Sender};
    let seat = seat?;
    let (t, paragraph) = draft.open?;
    let rung = *draft.chosen.get(&(t, paragraph))?;
    let p = table.texts.get(t)?.draft.paragraphs.get(paragraph)?;
    if rung == p.rung || table.clock.phase == Phase::Concluded {
        return None;
    }
    let edit = Edit::Reword { paragraph, rung };
    let intent = match seat {
        Seat::Delegation(_) => Intent::Propose { text: t, edit, own_words: None },
        Seat::Chair => Intent::ChairEdit { text: t, edit },
    };
    Some(Move { by: Sender::from(seat), intent })
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
    opening: &Room,
    ui: &mut SessionUi,
) -> Option<Screen> {
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
                return Some(Screen::Debrief);
            }
            Some(AdoptionAction::Close) => ui.adoption = false,
            None => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui_kittest::Harness;
    use egui_kittest::kittest::{Queryable, by};
    use std::sync::Arc;

    /// At every UI scale offered for a 1280x720 window, the bar stays whole and leaves room
    /// below it, the draft reads at a useful width and the room shows rows of seats: side by
    /// side where the screen is large, as tabs where it is not.
    #[test]
    fn at_every_offered_scale_on_1280x720_no_panel_is_clipped_below_its_minimum() {
        let l = crate::text::english();
        let (_, scenario) = crate::scenario::load_named("oewg_2019").unwrap();
        let scenario = Arc::new(scenario);
        let brazil = scenario.delegation_index("BRA").unwrap();
        let seat = Seat::Delegation(brazil);
        let session = crate::model::Session::with_people(scenario.clone(), 1, &[seat], false);
        let assessments =
            crate::model::evaluate::assess_drafts(&scenario, &session.room, session.texts.iter().map(|t| &t.draft));
        let forecasts = crate::model::forecast::forecast(&scenario, &session.room);
        let agenda = Agenda::default();
        let notice = Notice::default();
        let table = || Table {
            scenario: &scenario,
            room: &session.room,
            texts: &session.texts,
            assessments: &assessments,
            record: &session.record,
            clock: &session.clock,
            seating: &session.seating,
        };
        let first_paragraph = views::draft_view(l, &table(), 0, Some(seat)).paragraphs[0].text.clone();
        let opening: String = first_paragraph.chars().take(40).collect();
        let next_step = views::bar_view(l, &table(), Some(seat), false, true).next_step;

        let scales = crate::ui::theme::workable_scales(egui::vec2(1280.0, 720.0));
        assert!(scales.contains(&1.0) && scales.len() >= 3, "{scales:?}");
        for scale in scales {
            let size = egui::vec2(1280.0 / scale, 720.0 / scale);
            let mut harness = Harness::builder().with_size(size).with_pixels_per_point(scale).build_ui_state(
                |ui, screen: &mut SessionUi| {
                    let ctx = ui.ctx().clone();
                    let mut root = egui::Ui::new(
                        ctx.clone(),
                        "session".into(),
                        egui::UiBuilder::new().layer_id(egui::LayerId::background()).max_rect(ctx.viewport_rect()),
                    );
                    let shown = Shown {
                        table: table(),
                        agenda: &agenda,
                        forecasts: &forecasts,
                        odds: &crate::sim::odds::LiveOdds::default(),
                        opening: &session.room,
                        seat: Some(seat),
                        hot_seat: false,
                        paused: true,
                        notice: &notice,
                    };
                    lay_out(&ctx, &mut root, l, &shown, screen);
                },
                SessionUi { selected: Some(brazil), ..Default::default() },
            );
            harness.run();
            let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, size).expand(0.5);

            for key in ["bar-instructions", "bar-glossary", "bar-save", "bar-settings", "bar-menu"] {
                let rect = harness.get_by_label(&l.t(key)).rect();
                assert!(screen.contains_rect(rect), "at scale {scale} the bar's {key} is cut: {rect:?} in {size:?}");
                assert!(
                    rect.max.y < size.y * 0.4,
                    "at scale {scale} the bar takes {} of {} points",
                    rect.max.y,
                    size.y
                );
            }

            let hint = harness.get_by_label(&next_step).rect();
            let heading = tr!(l, "room-heading", count = scenario.delegations.len());
            let below_the_bar = harness
                .query_by_label(&l.t("tab-draft"))
                .or_else(|| harness.query_by_label(&heading))
                .expect("the room's heading or the tabs")
                .rect();
            assert!(
                hint.max.y <= below_the_bar.min.y,
                "at scale {scale} the bar's last line ({hint:?}) runs under the panels ({below_the_bar:?})"
            );

            let tabs = harness.query_by_label(&l.t("tab-draft")).is_some();
            assert_eq!(tabs, size.x < 1100.0, "tabs exactly where side panels would not fit, at scale {scale}");
            if tabs {
                harness.get_by_label(&l.t("tab-draft")).click();
                harness.run();
            }
            let paragraph = harness.query_all_by_label_contains(&opening).next().unwrap().rect();
            assert!(
                paragraph.width() >= 300.0 && paragraph.min.x >= 0.0 && paragraph.max.x <= screen.max.x,
                "at scale {scale} the draft's first paragraph is squeezed or cut: {paragraph:?} in {size:?}"
            );
            assert!(paragraph.min.y < size.y, "at scale {scale} the draft is pushed off the screen");

            if tabs {
                harness.get_by_label(&l.t("tab-room")).click();
                harness.run();
            }
            let is_seat = |label: &str| {
                let b = label.as_bytes();
                b.len() >= 5 && b[..3].iter().all(u8::is_ascii_uppercase) && b[3] == b'\n'
            };
            let seats: Vec<egui::Rect> = harness
                .query_all(by().predicate(|node| node.label().is_some_and(|s| is_seat(&s))))
                .map(|node| node.rect())
                .collect();
            if !tabs {
                let under_the_draft = seats.iter().filter(|r| r.max.x > paragraph.min.x).count();
                assert_eq!(under_the_draft, 0, "at scale {scale} seats run under the draft at x {}", paragraph.min.x);
            }
            let rows: std::collections::BTreeSet<i32> =
                seats.iter().filter(|r| screen.contains_rect(**r)).map(|r| r.min.y.round() as i32).collect();
            assert!(rows.len() >= 3, "at scale {scale} the room shows {} whole rows of seats", rows.len());
        }
    }
}
