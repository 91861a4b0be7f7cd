//! The instructor's console, shown on the projector: where to join (address, QR code, room
//! code, large), the pace of the session, the seat table, events and words to the room, the
//! projector view of the count and the draft, and the class export at the end.

use bevy_egui::egui;

use crate::model::Seat;
use crate::text::Locale;
use crate::tr;
use crate::ui::theme;

#[derive(Debug, Clone, PartialEq)]
pub struct StudentRow {
    pub id: u64,
    pub name: String,
    pub seat: Option<Seat>,
    pub seat_label: String,
    pub connected: bool,
    pub last_action: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct HostView {
    pub url: String,
    pub other_urls: Vec<String>,
    pub code: String,
    pub locked: bool,
    pub chair_open: bool,
    pub paused: bool,
    pub started: bool,
    pub phase_line: String,
    pub round_line: String,
    pub seconds_left: Option<u32>,
    pub phase_seconds: f32,
    pub students: Vec<StudentRow>,
    /// Every seat a student can be put in: (seat, label).
    pub seats: Vec<(Seat, String)>,
    pub events: Vec<(usize, String)>,
    pub counts: Vec<String>,
    /// The draft of each text, paragraph by paragraph, for the projector.
    pub drafts: Vec<(String, Vec<String>)>,
    pub log: Vec<String>,
    pub concluded: bool,
    pub outcomes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum HostAction {
    Pause(bool),
    Advance,
    PhaseSeconds(f32),
    Lock(bool),
    OpenChair(bool),
    Assign { seat: Seat, student: Option<u64> },
    Remove(u64),
    Event(usize),
    Announce(String),
    Export,
    Title,
}

/// What the console keeps between frames.
#[derive(Debug, Clone, Default)]
pub struct HostUi {
    pub projector: bool,
    pub message: String,
    /// The seat chosen in each student's row.
    pub chosen: std::collections::BTreeMap<u64, Seat>,
}

pub fn host_panel(
    ui: &mut egui::Ui,
    l: &Locale,
    view: &HostView,
    qr: Option<&egui::TextureHandle>,
    state: &mut HostUi,
) -> Vec<HostAction> {
    let mut actions = Vec::new();
    ui.horizontal_top(|ui| {
        if let Some(qr) = qr {
            ui.add(egui::Image::new(qr).fit_to_exact_size(egui::vec2(180.0, 180.0)))
                .on_hover_text(l.t("host-qr-hover"));
        }
        ui.vertical(|ui| {
            ui.label(egui::RichText::new(l.t("host-join-at")).size(20.0));
            ui.label(egui::RichText::new(&view.url).size(40.0).strong().monospace());
            ui.label(egui::RichText::new(tr!(l, "host-room-code", code = view.code.clone())).size(40.0).strong());
            for other in &view.other_urls {
                ui.small(tr!(l, "host-also", url = other.clone()));
            }
            ui.horizontal_wrapped(|ui| {
                let mut locked = view.locked;
                if ui.checkbox(&mut locked, l.t("host-lock")).changed() {
                    actions.push(HostAction::Lock(locked));
                }
                let mut chair = view.chair_open;
                if ui.checkbox(&mut chair, l.t("host-open-chair")).changed() {
                    actions.push(HostAction::OpenChair(chair));
                }
                ui.checkbox(&mut state.projector, l.t("host-projector"));
            });
        });
    });
    ui.separator();
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new(&view.phase_line).size(20.0).strong());
        ui.label(&view.round_line);
        if let Some(s) = view.seconds_left {
            ui.label(egui::RichText::new(tr!(l, "host-seconds-left", seconds = s)).size(20.0));
        } else if !view.started {
            ui.label(l.t("host-waiting-to-start"));
        }
    });
    if !view.concluded {
        ui.horizontal_wrapped(|ui| {
            let (label, pause) = if view.paused { (l.t("host-resume"), false) } else { (l.t("host-pause"), true) };
            if ui.button(label).clicked() {
                actions.push(HostAction::Pause(pause));
            }
            if ui.button(l.t("host-advance")).on_hover_text(l.t("host-advance-hover")).clicked() {
                actions.push(HostAction::Advance);
            }
            let mut seconds = view.phase_seconds;
            ui.label(l.t("host-phase-time"));
            if ui.add(egui::DragValue::new(&mut seconds).range(5.0..=3600.0).suffix(" s")).changed() {
                actions.push(HostAction::PhaseSeconds(seconds));
            }
        });
    }
    for c in &view.counts {
        ui.label(egui::RichText::new(c).size(if state.projector { 32.0 } else { 20.0 }).strong());
    }
    if view.concluded {
        for o in &view.outcomes {
            ui.colored_label(theme::good(ui), egui::RichText::new(o).size(24.0).strong());
        }
        ui.horizontal(|ui| {
            if ui.button(l.t("host-export")).on_hover_text(l.t("host-export-hover")).clicked() {
                actions.push(HostAction::Export);
            }
            if ui.button(l.t("debrief-title-screen")).clicked() {
                actions.push(HostAction::Title);
            }
        });
    }
    if state.projector {
        for (heading, paragraphs) in &view.drafts {
            ui.heading(egui::RichText::new(heading).size(28.0));
            for p in paragraphs {
                ui.add(egui::Label::new(egui::RichText::new(p).size(22.0)).wrap());
            }
        }
        return actions;
    }
    ui.separator();
    ui.heading(tr!(l, "host-students", count = view.students.len()));
    if view.students.is_empty() {
        ui.label(l.t("host-no-students"));
    }
    egui::Grid::new("students").striped(true).num_columns(5).show(ui, |ui| {
        for s in &view.students {
            let dot = if s.connected { l.t("host-connected") } else { l.t("host-disconnected") };
            ui.label(dot);
            ui.strong(&s.name);
            ui.label(&s.seat_label);
            ui.small(&s.last_action);
            ui.horizontal(|ui| {
                let chosen = state.chosen.get(&s.id).copied().or(s.seat);
                let label = view
                    .seats
                    .iter()
                    .find(|x| Some(x.0) == chosen)
                    .map_or_else(|| l.t("host-choose-seat"), |x| x.1.clone());
                egui::ComboBox::from_id_salt(("seat-for", s.id)).selected_text(label).width(200.0).show_ui(ui, |ui| {
                    for (seat, name) in &view.seats {
                        if ui.selectable_label(chosen == Some(*seat), name).clicked() {
                            state.chosen.insert(s.id, *seat);
                        }
                    }
                });
                if let Some(seat) = state.chosen.get(&s.id).copied().filter(|c| Some(*c) != s.seat)
                    && ui.button(l.t("host-assign")).clicked()
                {
                    actions.push(HostAction::Assign { seat, student: Some(s.id) });
                    state.chosen.remove(&s.id);
                }
                if let Some(seat) = s.seat
                    && ui.button(l.t("host-to-ai")).on_hover_text(l.t("host-to-ai-hover")).clicked()
                {
                    actions.push(HostAction::Assign { seat, student: None });
                }
                if ui.button(l.t("host-remove")).clicked() {
                    actions.push(HostAction::Remove(s.id));
                }
            });
            ui.end_row();
        }
    });
    if !view.events.is_empty() && !view.concluded {
        ui.separator();
        ui.heading(l.t("host-events"));
        ui.horizontal_wrapped(|ui| {
            for (i, title) in &view.events {
                if ui.button(title).on_hover_text(l.t("host-event-hover")).clicked() {
                    actions.push(HostAction::Event(*i));
                }
            }
        });
    }
    if !view.concluded {
        ui.horizontal(|ui| {
            ui.label(l.t("host-message"));
            ui.add(egui::TextEdit::singleline(&mut state.message).desired_width(400.0));
            if ui.add_enabled(!state.message.trim().is_empty(), egui::Button::new(l.t("host-send"))).clicked() {
                actions.push(HostAction::Announce(state.message.trim().to_string()));
                state.message.clear();
            }
        });
    }
    ui.separator();
    ui.heading(l.t("host-log"));
    for line in &view.log {
        ui.small(line);
    }
    actions
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;

    fn view() -> HostView {
        HostView {
            url: "http://192.0.2.2:7878/".into(),
            other_urls: vec![],
            code: "K7Q2XZ".into(),
            locked: false,
            chair_open: false,
            paused: false,
            started: true,
            phase_line: "Consultations".into(),
            round_line: "Round 2 of 6".into(),
            seconds_left: Some(42),
            phase_seconds: 60.0,
            students: vec![StudentRow {
                id: 1,
                name: "Ada".into(),
                seat: Some(Seat::Delegation(3)),
                seat_label: "Brazil".into(),
                connected: false,
                last_action: "proposes ...".into(),
            }],
            seats: vec![(Seat::Delegation(3), "Brazil".into()), (Seat::Delegation(4), "Chile".into())],
            events: vec![(0, "A ransomware attack on hospitals".into())],
            counts: vec!["Consensus: 2 objections (CUB, USA)".into()],
            drafts: vec![],
            log: vec!["[1] Chair: ...".into()],
            concluded: false,
            outcomes: vec![],
        }
    }

    #[test]
    fn the_console_shows_where_to_join_and_sends_the_instructors_actions() {
        let l = crate::text::english();
        let mut harness = Harness::new_ui_state(
            |ui, (view, state, actions): &mut (HostView, HostUi, Vec<HostAction>)| {
                actions.extend(host_panel(ui, l, view, None, state));
            },
            (view(), HostUi::default(), Vec::new()),
        );
        harness.run();
        harness.get_by_label("http://192.0.2.2:7878/");
        harness.get_by_label(&tr!(l, "host-room-code", code = "K7Q2XZ"));
        harness.get_by_label(&l.t("host-pause")).click();
        harness.run();
        assert!(harness.state().2.contains(&HostAction::Pause(true)));
        harness.get_by_label(&l.t("host-to-ai")).click();
        harness.run();
        assert!(harness.state().2.contains(&HostAction::Assign { seat: Seat::Delegation(3), student: None }));
        harness.get_by_label("A ransomware attack on hospitals").click();
        harness.run();
        assert!(harness.state().2.contains(&HostAction::Event(0)));
    }
}
