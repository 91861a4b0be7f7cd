//! The room: one seat per delegation, coloured, lettered and shaped by verdict; hover for
//! the name, verdict and main reason, click to inspect. A menu shows one group; a
//! negotiating group can be lobbied through its coordinator, with the odds shown.

use bevy_egui::egui;

use super::UiAction;
use crate::model::{Intent, VerdictKind};
use crate::text::Locale;
use crate::tr;
use crate::ui::glossary::Term;
use crate::ui::{theme, widgets};

#[derive(Debug, Clone, PartialEq)]
pub struct SeatView {
    pub index: usize,
    pub code: String,
    pub verdict: VerdictKind,
    /// Name, verdict and main reason, for the hover text.
    pub hover: String,
    /// Indices of the groups it belongs to.
    pub groups: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct GroupChoice {
    pub index: usize,
    pub name: String,
}

/// Lobbying a negotiating group through its coordinator.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupLobbyView {
    pub group: usize,
    pub name: String,
    pub coordinator: String,
    /// (issue, label, odds in percent).
    pub issues: Vec<(usize, String, u8)>,
    pub can_afford: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RoomView {
    pub seats: Vec<SeatView>,
    pub groups: Vec<GroupChoice>,
    pub group_lobby: Option<GroupLobbyView>,
}

/// What the room remembers: the group shown, and the issue chosen for lobbying it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RoomUi {
    pub filter: Option<usize>,
    pub lobby_issue: Option<usize>,
}

pub fn room_panel(ui: &mut egui::Ui, l: &Locale, view: &RoomView, state: &mut RoomUi, actions: &mut Vec<UiAction>) {
    let shown: Vec<&SeatView> =
        view.seats.iter().filter(|s| state.filter.is_none_or(|g| s.groups.contains(&g))).collect();
    ui.horizontal_wrapped(|ui| {
        let everyone = l.t("room-everyone");
        let current = state
            .filter
            .and_then(|g| view.groups.iter().find(|x| x.index == g))
            .map_or(everyone.clone(), |x| x.name.clone());
        egui::ComboBox::from_id_salt("room-filter").selected_text(widgets::short(&current, 32)).show_ui(ui, |ui| {
            if ui.selectable_label(state.filter.is_none(), &everyone).clicked() {
                state.filter = None;
            }
            for g in &view.groups {
                if ui.selectable_label(state.filter == Some(g.index), &g.name).clicked() {
                    state.filter = Some(g.index);
                }
            }
        });
        for kind in VerdictKind::ALL {
            let n = shown.iter().filter(|s| s.verdict == kind).count();
            widgets::verdict_mark(ui, l, kind, &tr!(l, "room-verdict-count", verdict = l.verdict(kind), count = n));
        }
    });
    if let Some(lobby) = &view.group_lobby {
        group_lobby_section(ui, l, lobby, state, actions);
    }
    let size = theme::seat_size(view.seats.len());
    let columns = ((ui.available_width() / (size.x + 4.0)).floor() as usize).max(1);
    egui::Grid::new("seats").spacing([2.0, 2.0]).show(ui, |ui| {
        for (k, seat) in shown.iter().enumerate() {
            if widgets::seat(ui, l, &seat.code, seat.verdict, size, &seat.hover).clicked() {
                actions.push(UiAction::Inspect(seat.index));
            }
            if (k + 1) % columns == 0 {
                ui.end_row();
            }
        }
    });
}

fn group_lobby_section(
    ui: &mut egui::Ui,
    l: &Locale,
    view: &GroupLobbyView,
    state: &mut RoomUi,
    actions: &mut Vec<UiAction>,
) {
    ui.horizontal_wrapped(|ui| {
        widgets::term(
            ui,
            l,
            tr!(l, "room-lobby-group", group = view.name.clone(), coordinator = view.coordinator.clone()),
            Term::NegotiatingGroup,
        );
        let selected = state.lobby_issue.and_then(|i| view.issues.iter().find(|x| x.0 == i));
        let text = selected.map_or_else(
            || l.t("room-lobby-choose-issue"),
            |x| tr!(l, "room-lobby-issue", issue = x.1.clone(), odds = x.2),
        );
        egui::ComboBox::from_id_salt("group-lobby-issue").selected_text(widgets::short(&text, 44)).show_ui(ui, |ui| {
            for (i, label, odds) in &view.issues {
                if ui
                    .selectable_label(
                        state.lobby_issue == Some(*i),
                        tr!(l, "room-lobby-issue", issue = label.clone(), odds = *odds),
                    )
                    .clicked()
                {
                    state.lobby_issue = Some(*i);
                }
            }
        });
        let can = view.can_afford && selected.is_some();
        if ui.add_enabled(can, egui::Button::new(tr!(l, "room-lobby-button", group = view.name.clone()))).clicked()
            && let Some(issue) = state.lobby_issue
        {
            actions.push(UiAction::Submit(Intent::LobbyGroup { group: view.group, issue }));
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;

    fn seat(index: usize, code: &str, verdict: VerdictKind, groups: Vec<usize>) -> SeatView {
        SeatView { index, code: code.into(), verdict, hover: code.into(), groups }
    }

    #[test]
    fn clicking_a_seat_inspects_it_a_filter_shows_one_group_and_a_group_is_lobbied() {
        let l = crate::text::english();
        let view = RoomView {
            seats: vec![seat(0, "CUB", VerdictKind::Objects, vec![1]), seat(1, "DEU", VerdictKind::Supports, vec![0])],
            groups: vec![
                GroupChoice { index: 0, name: "European Union".into() },
                GroupChoice { index: 1, name: "Non-Aligned Movement".into() },
            ],
            group_lobby: Some(GroupLobbyView {
                group: 1,
                name: "Non-Aligned Movement".into(),
                coordinator: "India".into(),
                issues: vec![(14, "Humanitarian law".into(), 25)],
                can_afford: true,
            }),
        };
        let filtered = view.clone();
        let harness = Harness::new_ui_state(
            move |ui, state: &mut (RoomUi, Vec<UiAction>)| room_panel(ui, l, &filtered, &mut state.0, &mut state.1),
            (RoomUi { filter: Some(1), lobby_issue: Some(14) }, Vec::new()),
        );
        assert!(harness.query_by_label("DEU\nS").is_none(), "filtered to the NAM, Germany's seat is not shown");
        assert!(harness.query_by_label("CUB\nX").is_some());
        let mut harness = Harness::new_ui_state(
            move |ui, state: &mut (RoomUi, Vec<UiAction>)| room_panel(ui, l, &view, &mut state.0, &mut state.1),
            (RoomUi { filter: None, lobby_issue: Some(14) }, Vec::new()),
        );
        harness.get_by_label("CUB\nX").click();
        harness.run();
        harness.get_by_label("Lobby the Non-Aligned Movement").click();
        harness.run();
        assert_eq!(
            harness.state().1,
            vec![UiAction::Inspect(0), UiAction::Submit(Intent::LobbyGroup { group: 1, issue: 14 })]
        );
    }
}
