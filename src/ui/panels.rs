//! The session screen's panels as plain functions over plain view state: the
//! Bevy system builds the views from the resources and turns the returned
//! actions into intents. Tested with egui_kittest, without a window.

use bevy_egui::egui;

use crate::model::draft::{Draft, Edit, ParagraphStatus};
use crate::model::record::Count;
use crate::model::{Intent, VerdictKind};

/// Who the person at this screen plays.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Delegation(usize),
    Chair,
    /// Watching AI-only play.
    Observer,
}

/// What a panel asks for; the screen turns it into messages.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum UiAction {
    Submit(Intent),
    Inspect(usize),
}

pub fn verdict_colour(kind: VerdictKind) -> egui::Color32 {
    match kind {
        VerdictKind::Supports => egui::Color32::from_rgb(46, 125, 50),
        VerdictKind::CanLiveWith => egui::Color32::from_rgb(120, 160, 60),
        VerdictKind::Reservations => egui::Color32::from_rgb(230, 160, 30),
        VerdictKind::Objects => egui::Color32::from_rgb(200, 40, 40),
    }
}

pub const VERDICTS: [VerdictKind; 4] =
    [VerdictKind::Supports, VerdictKind::CanLiveWith, VerdictKind::Reservations, VerdictKind::Objects];

/// How the room stands on one paragraph: delegations counted by what that
/// paragraph alone does to them (in the order of `VERDICTS`).
pub type Support = [u16; 4];

#[derive(Debug, Clone, PartialEq)]
pub struct ParagraphView {
    pub index: usize,
    pub issue_label: String,
    pub text: String,
    pub status: ParagraphStatus,
    pub rung: usize,
    /// Each rung's wording, position and whether it is agreed language.
    pub ladder: Vec<(String, f32, bool)>,
    pub support: Support,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DraftView {
    pub title: String,
    pub revision: u32,
    pub role: Role,
    pub paragraphs: Vec<ParagraphView>,
    /// Issues without a paragraph: (issue index, label, ladder wordings).
    pub addable: Vec<(usize, String, Vec<String>)>,
    pub concluded: bool,
}

/// What the draft panel remembers between frames, and its output.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DraftUi {
    /// The rung chosen in each paragraph's wording box, by paragraph index.
    pub chosen: std::collections::BTreeMap<usize, usize>,
    pub new_issue: Option<usize>,
    pub new_rung: usize,
    pub actions: Vec<UiAction>,
}

fn short(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        format!("{}...", text.chars().take(max).collect::<String>())
    }
}

fn support_bar(ui: &mut egui::Ui, support: Support) {
    let total: u16 = support.iter().sum();
    let (rect, response) =
        ui.allocate_exact_size(egui::vec2(ui.available_width().min(260.0), 8.0), egui::Sense::hover());
    if total == 0 {
        return;
    }
    let mut x = rect.left();
    for (kind, n) in VERDICTS.iter().zip(support) {
        let w = rect.width() * n as f32 / total as f32;
        let r = egui::Rect::from_min_size(egui::pos2(x, rect.top()), egui::vec2(w, rect.height()));
        ui.painter().rect_filled(r, 0.0, verdict_colour(*kind));
        x += w;
    }
    response.on_hover_text(format!(
        "On this paragraph: {} support, {} can live with it, {} have reservations, {} object",
        support[0], support[1], support[2], support[3]
    ));
}

/// The draft: numbered paragraphs with brackets and a support bar each; the
/// controls a delegation (propose) or the chair (edit, bracket, summary, call
/// for adoption) has over it.
pub fn draft_panel(ui: &mut egui::Ui, view: &DraftView, state: &mut DraftUi) {
    ui.heading(format!("{} (Rev.{})", view.title, view.revision));
    let chair = view.role == Role::Chair;
    let me = match view.role {
        Role::Delegation(d) => Some(d),
        _ => None,
    };
    let acting = !view.concluded && view.role != Role::Observer;
    if chair && acting {
        let call = ui
            .button("Call for adoption")
            .on_hover_text("The chair asks \"Is there any objection?\". One objection blocks consensus; then the body's fallback applies. Bracketed text cannot be adopted.");
        if call.clicked() {
            state.actions.push(UiAction::Submit(Intent::CallForAdoption));
        }
    }
    for p in &view.paragraphs {
        ui.separator();
        let number = Draft::number(p.index);
        let body = match p.status {
            ParagraphStatus::Text => p.text.clone(),
            ParagraphStatus::Bracketed => format!("[{}]", p.text),
            ParagraphStatus::ChairSummary => format!("(in the chair's summary) {}", p.text),
            ParagraphStatus::Deleted => format!("(deleted) {}", p.text),
        };
        let in_text = matches!(p.status, ParagraphStatus::Text | ParagraphStatus::Bracketed);
        let rich = egui::RichText::new(format!("{number}. {body}"));
        ui.label(if in_text { rich } else { rich.weak().strikethrough() });
        ui.horizontal(|ui| {
            ui.small(&p.issue_label);
            if p.status == ParagraphStatus::Bracketed {
                ui.small("bracketed").on_hover_text(
                    "Words in [square brackets] are not agreed. Nothing is agreed until everything is agreed.",
                );
            }
        });
        support_bar(ui, p.support);
        if !(acting && in_text) {
            continue;
        }
        ui.horizontal(|ui| {
            let chosen = state.chosen.entry(p.index).or_insert(p.rung);
            egui::ComboBox::from_id_salt(("wording", p.index))
                .selected_text(short(&p.ladder[*chosen].0, 40))
                .width(260.0)
                .show_ui(ui, |ui| {
                    for (r, (text, position, agreed)) in p.ladder.iter().enumerate() {
                        let label =
                            format!("{:.0}{} {}", position, if *agreed { " (agreed)" } else { "" }, short(text, 70));
                        ui.selectable_value(chosen, r, label);
                    }
                });
            let rung = *chosen;
            let edit = Edit::Reword { paragraph: p.index, rung };
            if let Some(d) = me
                && ui.add_enabled(rung != p.rung, egui::Button::new(format!("Propose for {number}"))).clicked()
            {
                state.actions.push(UiAction::Submit(Intent::Propose { by: d, edit }));
            }
            if chair && ui.add_enabled(rung != p.rung, egui::Button::new(format!("Reword {number}"))).clicked() {
                state.actions.push(UiAction::Submit(Intent::ChairEdit(edit)));
            }
        });
        if chair {
            ui.horizontal(|ui| {
                let (label, edit) = if p.status == ParagraphStatus::Bracketed {
                    (format!("Unbracket {number}"), Edit::Unbracket { paragraph: p.index })
                } else {
                    (format!("Bracket {number}"), Edit::Bracket { paragraph: p.index })
                };
                if ui.button(label).clicked() {
                    state.actions.push(UiAction::Submit(Intent::ChairEdit(edit)));
                }
                if ui.button(format!("Delete {number}")).clicked() {
                    state.actions.push(UiAction::Submit(Intent::ChairEdit(Edit::Delete { paragraph: p.index })));
                }
                let summary = ui
                    .button(format!("To chair's summary {number}"))
                    .on_hover_text("A chair's summary is issued on the chair's own responsibility: not agreed text, but on the record.");
                if summary.clicked() {
                    state
                        .actions
                        .push(UiAction::Submit(Intent::ChairEdit(Edit::MoveToChairSummary { paragraph: p.index })));
                }
            });
        }
    }
    if acting && !view.addable.is_empty() {
        ui.separator();
        ui.label("Add a paragraph");
        ui.horizontal(|ui| {
            let selected = state.new_issue.and_then(|i| view.addable.iter().find(|a| a.0 == i));
            egui::ComboBox::from_id_salt("new-issue")
                .selected_text(selected.map(|a| a.1.clone()).unwrap_or_else(|| "Choose an issue".into()))
                .show_ui(ui, |ui| {
                    for (issue, label, _) in &view.addable {
                        if ui.selectable_label(state.new_issue == Some(*issue), label).clicked() {
                            state.new_issue = Some(*issue);
                            state.new_rung = 0;
                        }
                    }
                });
            if let Some((issue, _, ladder)) = selected {
                let rung = state.new_rung.min(ladder.len() - 1);
                egui::ComboBox::from_id_salt("new-rung").selected_text(short(&ladder[rung], 40)).show_ui(ui, |ui| {
                    for (r, text) in ladder.iter().enumerate() {
                        ui.selectable_value(&mut state.new_rung, r, short(text, 70));
                    }
                });
                let edit = Edit::Insert { issue: *issue, rung };
                let intent = match me {
                    Some(d) => Intent::Propose { by: d, edit },
                    None => Intent::ChairEdit(edit),
                };
                if ui.button(if chair { "Insert paragraph" } else { "Propose paragraph" }).clicked() {
                    state.actions.push(UiAction::Submit(intent));
                }
            }
        });
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct StanceView {
    pub issue: usize,
    pub issue_label: String,
    pub ideal: f32,
    pub salience: f32,
    pub red_line: Option<String>,
    pub source: String,
    pub text_position: f32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct InspectorView {
    pub index: usize,
    pub code: String,
    pub name: String,
    pub region: String,
    pub groups: Vec<String>,
    pub verdict: VerdictKind,
    pub reasons: Vec<String>,
    pub stances: Vec<StanceView>,
    pub statements: Vec<String>,
    /// Whether the player may lobby this delegation (and as whom).
    pub lobbyist: Option<usize>,
}

/// One delegation: its verdict and the reasons, its stances with sources, its
/// groups and what it has said.
pub fn inspector_panel(ui: &mut egui::Ui, view: &InspectorView, actions: &mut Vec<UiAction>) {
    ui.heading(format!("{} ({})", view.name, view.code));
    ui.label(format!(
        "{}; {}",
        view.region,
        if view.groups.is_empty() { "no listed groups".into() } else { view.groups.join(", ") }
    ));
    ui.colored_label(verdict_colour(view.verdict), format!("{} {}", view.verdict.letter(), view.verdict.label()));
    for reason in &view.reasons {
        ui.label(format!("- {reason}"));
    }
    ui.separator();
    egui::Grid::new("stances").striped(true).show(ui, |ui| {
        ui.strong("Issue");
        ui.strong("Ideal");
        ui.strong("Text");
        ui.strong("Salience");
        ui.strong("Red line");
        ui.end_row();
        for s in &view.stances {
            ui.label(&s.issue_label).on_hover_text(format!("Source: {}", s.source));
            ui.label(format!("{:.0}", s.ideal));
            ui.label(format!("{:.0}", s.text_position));
            ui.label(format!("{:.0}", s.salience));
            ui.label(s.red_line.clone().unwrap_or_default());
            if let Some(by) = view.lobbyist
                && by != view.index
                && ui.small_button(format!("Lobby on {}", s.issue_label)).clicked()
            {
                actions.push(UiAction::Submit(Intent::Lobby { by, target: view.index, issue: s.issue }));
            }
            ui.end_row();
        }
    });
    if !view.statements.is_empty() {
        ui.separator();
        ui.strong("Statements");
        for s in &view.statements {
            ui.label(s);
        }
    }
}

/// One seat in the room.
#[derive(Debug, Clone, PartialEq)]
pub struct SeatView {
    pub index: usize,
    pub code: String,
    pub name: String,
    pub verdict: VerdictKind,
    /// Indices of the groups it belongs to.
    pub groups: Vec<usize>,
}

/// The room: one seat per delegation, coloured by verdict and marked by letter;
/// hover for name and verdict, click to inspect; `filter` shows one group only.
/// `groups` are (index, name) of the groups worth filtering by.
pub fn room_panel(
    ui: &mut egui::Ui,
    seats: &[SeatView],
    groups: &[(usize, String)],
    filter: &mut Option<usize>,
    actions: &mut Vec<UiAction>,
) {
    let shown: Vec<&SeatView> = seats.iter().filter(|s| filter.is_none_or(|g| s.groups.contains(&g))).collect();
    ui.horizontal_wrapped(|ui| {
        let current = filter.and_then(|g| groups.iter().find(|x| x.0 == g)).map_or("Everyone", |x| x.1.as_str());
        egui::ComboBox::from_id_salt("room-filter").selected_text(current).show_ui(ui, |ui| {
            ui.selectable_value(filter, None, "Everyone");
            for (g, name) in groups {
                ui.selectable_value(filter, Some(*g), name);
            }
        });
        for kind in VERDICTS {
            let n = shown.iter().filter(|s| s.verdict == kind).count();
            ui.colored_label(verdict_colour(kind), format!("{} {} {}", kind.letter(), kind.label(), n));
        }
    });
    let columns = ((ui.available_width() / 44.0).floor() as usize).max(1);
    egui::Grid::new("seats").spacing([2.0, 2.0]).show(ui, |ui| {
        for (k, seat) in shown.iter().enumerate() {
            let button = egui::Button::new(
                egui::RichText::new(format!("{}\n{}", seat.code, seat.verdict.letter()))
                    .color(egui::Color32::WHITE)
                    .small(),
            )
            .fill(verdict_colour(seat.verdict))
            .min_size(egui::vec2(40.0, 30.0));
            if ui.add(button).on_hover_text(format!("{}: {}", seat.name, seat.verdict.label())).clicked() {
                actions.push(UiAction::Inspect(seat.index));
            }
            if (k + 1) % columns == 0 {
                ui.end_row();
            }
        }
    });
}

/// Support over rounds: how the room stood after the general exchange (round 0)
/// and after each revision.
pub fn support_chart(ui: &mut egui::Ui, counts: &[Count]) {
    let series = |kind: VerdictKind| -> Vec<[f64; 2]> {
        counts.iter().enumerate().map(|(r, c)| [r as f64, c.get(kind) as f64]).collect()
    };
    egui_plot::Plot::new("support-over-rounds")
        .height(120.0)
        .legend(egui_plot::Legend::default().position(egui_plot::Corner::LeftTop))
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .x_axis_label("count after round")
        .show(ui, |plot| {
            for kind in VERDICTS {
                plot.line(egui_plot::Line::new(kind.label(), series(kind)).color(verdict_colour(kind)));
            }
        });
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;

    fn paragraph(index: usize, status: ParagraphStatus) -> ParagraphView {
        ParagraphView {
            index,
            issue_label: "1.6 No attacks on critical infrastructure".into(),
            text: "States should not conduct ICT activity that damages critical infrastructure.".into(),
            status,
            rung: 1,
            ladder: vec![
                ("States must not conduct...".into(), 100.0, false),
                ("States should not conduct...".into(), 70.0, true),
                ("States are encouraged to consider...".into(), 45.0, false),
            ],
            support: [10, 5, 2, 1],
        }
    }

    fn view(role: Role) -> DraftView {
        DraftView {
            title: "Draft".into(),
            revision: 0,
            role,
            paragraphs: vec![paragraph(0, ParagraphStatus::Text), paragraph(1, ParagraphStatus::Bracketed)],
            addable: vec![(7, "Legally binding instrument".into(), vec!["Decides to begin negotiations...".into()])],
            concluded: false,
        }
    }

    fn run_draft(role: Role, state: DraftUi, click: &str) -> Vec<UiAction> {
        let v = view(role);
        let mut harness = Harness::new_ui_state(move |ui, state: &mut DraftUi| draft_panel(ui, &v, state), state);
        harness.get_by_label(click).click();
        harness.run();
        harness.state().actions.clone()
    }

    #[test]
    fn a_delegation_proposes_weaker_wording() {
        let mut state = DraftUi::default();
        state.chosen.insert(0, 2);
        let actions = run_draft(Role::Delegation(3), state, "Propose for 1");
        let edit = Edit::Reword { paragraph: 0, rung: 2 };
        assert_eq!(actions, vec![UiAction::Submit(Intent::Propose { by: 3, edit })]);
    }

    #[test]
    fn the_chair_calls_for_adoption() {
        let actions = run_draft(Role::Chair, DraftUi::default(), "Call for adoption");
        assert_eq!(actions, vec![UiAction::Submit(Intent::CallForAdoption)]);
    }

    #[test]
    fn the_chair_brackets_and_unbrackets() {
        let actions = run_draft(Role::Chair, DraftUi::default(), "Bracket 1");
        assert_eq!(actions, vec![UiAction::Submit(Intent::ChairEdit(Edit::Bracket { paragraph: 0 }))]);
        let actions = run_draft(Role::Chair, DraftUi::default(), "Unbracket 2");
        assert_eq!(actions, vec![UiAction::Submit(Intent::ChairEdit(Edit::Unbracket { paragraph: 1 }))]);
    }

    #[test]
    fn a_delegation_proposes_a_new_paragraph() {
        let state = DraftUi { new_issue: Some(7), ..DraftUi::default() };
        let actions = run_draft(Role::Delegation(0), state, "Propose paragraph");
        let edit = Edit::Insert { issue: 7, rung: 0 };
        assert_eq!(actions, vec![UiAction::Submit(Intent::Propose { by: 0, edit })]);
    }

    #[test]
    fn an_observer_gets_no_controls() {
        let v = view(Role::Observer);
        let harness =
            Harness::new_ui_state(move |ui, state: &mut DraftUi| draft_panel(ui, &v, state), DraftUi::default());
        assert!(harness.query_by_label("Call for adoption").is_none());
        assert!(harness.query_by_label("Propose for 1").is_none());
    }

    #[test]
    fn clicking_a_seat_inspects_it_and_the_inspector_lobbies() {
        let seat = |index: usize, code: &str, verdict, groups: Vec<usize>| SeatView {
            index,
            code: code.into(),
            name: code.into(),
            verdict,
            groups,
        };
        let seats = vec![seat(0, "CUB", VerdictKind::Objects, vec![1]), seat(1, "DEU", VerdictKind::Supports, vec![0])];
        let groups = vec![(0, "European Union".to_string()), (1, "Non-Aligned Movement".to_string())];
        // Filtered to the NAM, Germany's seat is not shown.
        let harness = Harness::new_ui_state(
            {
                let (seats, groups) = (seats.clone(), groups.clone());
                move |ui, actions: &mut Vec<UiAction>| room_panel(ui, &seats, &groups, &mut Some(1), actions)
            },
            Vec::new(),
        );
        assert!(harness.query_by_label("DEU\nS").is_none());
        assert!(harness.query_by_label("CUB\nX").is_some());
        let mut harness = Harness::new_ui_state(
            move |ui, actions: &mut Vec<UiAction>| room_panel(ui, &seats, &groups, &mut None, actions),
            Vec::new(),
        );
        harness.get_by_label("CUB\nX").click();
        harness.run();
        assert_eq!(harness.state(), &vec![UiAction::Inspect(0)]);

        let inspector = InspectorView {
            index: 0,
            code: "CUB".into(),
            name: "Cuba".into(),
            region: "GRULAC".into(),
            groups: vec!["Non-Aligned Movement".into()],
            verdict: VerdictKind::Objects,
            reasons: vec!["paragraph 14: red line crossed".into()],
            stances: vec![StanceView {
                issue: 14,
                issue_label: "Humanitarian law".into(),
                ideal: 10.0,
                salience: 80.0,
                red_line: Some("the text must not go beyond 55".into()),
                source: "statement".into(),
                text_position: 80.0,
            }],
            statements: vec![],
            lobbyist: Some(5),
        };
        let mut harness = Harness::new_ui_state(
            move |ui, actions: &mut Vec<UiAction>| inspector_panel(ui, &inspector, actions),
            Vec::new(),
        );
        harness.get_by_label("Lobby on Humanitarian law").click();
        harness.run();
        assert_eq!(harness.state(), &vec![UiAction::Submit(Intent::Lobby { by: 5, target: 0, issue: 14 })]);
    }

    #[test]
    fn the_support_chart_draws_one_line_per_verdict() {
        let counts = vec![
            Count { supports: 3, can_live_with: 4, reservations: 2, objects: 1 },
            Count { supports: 5, can_live_with: 4, reservations: 1, objects: 0 },
        ];
        let harness = Harness::new_ui(move |ui| support_chart(ui, &counts));
        for kind in VERDICTS {
            assert!(harness.query_by_label(kind.label()).is_some(), "legend entry for {}", kind.label());
        }
    }
}
