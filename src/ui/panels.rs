//! The session screen's panels as plain functions over plain view state: the
//! Bevy system builds the views from the resources and turns the returned
//! actions into intents. Tested with egui_kittest, without a window.

use bevy_egui::egui;

use super::glossary;
use super::settings::Palette;
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

/// A verdict's colour in the player's palette (kept in the egui context by the app).
pub fn verdict_colour(ctx: &egui::Context, kind: VerdictKind) -> egui::Color32 {
    palette(ctx).verdict(kind)
}

pub fn palette(ctx: &egui::Context) -> Palette {
    ctx.data(|d| d.get_temp::<Palette>(egui::Id::NULL)).unwrap_or_default()
}

/// Green for what goes well, readable on the dark and the light theme.
pub fn good_colour(ui: &egui::Ui) -> egui::Color32 {
    if ui.visuals().dark_mode { egui::Color32::LIGHT_GREEN } else { egui::Color32::from_rgb(0, 110, 0) }
}

/// Red for objections and problems, readable on the dark and the light theme.
pub fn bad_colour(ui: &egui::Ui) -> egui::Color32 {
    if ui.visuals().dark_mode { egui::Color32::LIGHT_RED } else { egui::Color32::from_rgb(170, 0, 0) }
}

/// Black or white, whichever reads better on `fill`.
pub fn text_on(fill: egui::Color32) -> egui::Color32 {
    let luminance = 0.299 * fill.r() as f32 + 0.587 * fill.g() as f32 + 0.114 * fill.b() as f32;
    if luminance > 150.0 { egui::Color32::BLACK } else { egui::Color32::WHITE }
}

pub fn set_palette(ctx: &egui::Context, palette: Palette) {
    ctx.data_mut(|d| d.insert_temp(egui::Id::NULL, palette));
}

pub const VERDICTS: [VerdictKind; 4] =
    [VerdictKind::Supports, VerdictKind::CanLiveWith, VerdictKind::Reservations, VerdictKind::Objects];

/// How the room stands on one paragraph: delegations counted by what that
/// paragraph alone does to them (in the order of `VERDICTS`).
pub type Support = [u16; 4];

#[derive(Debug, Clone, PartialEq)]
pub struct ParagraphView {
    pub index: usize,
    pub issue: usize,
    pub issue_label: String,
    pub text: String,
    pub status: ParagraphStatus,
    pub rung: usize,
    /// Each rung's wording, position and whether it is agreed language.
    pub ladder: Vec<(String, f32, bool)>,
    pub support: Support,
    /// Playing a delegation: what this paragraph does to you, and whether it crosses your red line.
    pub mine: Option<(VerdictKind, bool)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DraftView {
    pub title: String,
    pub revision: u32,
    pub role: Role,
    pub paragraphs: Vec<ParagraphView>,
    /// Issues without a paragraph: (issue index, label, ladder wordings).
    pub addable: Vec<(usize, String, Vec<String>)>,
    /// Every issue, by index: (label, ladder wordings), to correct a reading of free text.
    pub issues: Vec<(String, Vec<String>)>,
    /// Amendments proposed this round and not yet taken up: (description, edit).
    pub amendments: Vec<(String, Edit)>,
    pub concluded: bool,
}

/// What the draft panel remembers between frames, and its output.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DraftUi {
    /// The rung chosen in each paragraph's wording box, by paragraph index.
    pub chosen: std::collections::BTreeMap<usize, usize>,
    pub new_issue: Option<usize>,
    pub new_rung: usize,
    pub lexicon: LexiconUi,
    pub actions: Vec<UiAction>,
}

/// A paragraph in the player's own words and how the scenario's lexicon read it;
/// the player may correct the issue and the wording before proposing.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LexiconUi {
    pub text: String,
    /// The text the reading was made from; a new text is read again.
    pub read_from: String,
    pub issue: Option<usize>,
    pub rung: usize,
    pub matched: Vec<String>,
    pub also: Vec<usize>,
}

impl LexiconUi {
    /// Reads the text again if it changed since the last reading.
    pub fn refresh(&mut self, scenario: &crate::model::Scenario) {
        if self.text == self.read_from {
            return;
        }
        let reading = crate::model::lexicon::read(scenario, &self.text);
        self.read_from = self.text.clone();
        self.issue = reading.issue;
        self.rung = reading.rung;
        self.matched = reading.matched;
        self.also = reading.also;
    }
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
        ui.painter().rect_filled(r, 0.0, verdict_colour(ui.ctx(), *kind));
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
    if !view.amendments.is_empty() {
        egui::CollapsingHeader::new(format!("Amendments on the table ({})", view.amendments.len()))
            .default_open(chair)
            .show(ui, |ui| {
                for (k, (text, edit)) in view.amendments.iter().enumerate() {
                    ui.horizontal_wrapped(|ui| {
                        if chair && acting && ui.button(format!("Accept amendment {}", k + 1)).clicked() {
                            state.actions.push(UiAction::Submit(Intent::ChairEdit(*edit)));
                        }
                        ui.label(format!("{}. {text}", k + 1));
                    });
                }
                if chair {
                    ui.small("Accepted amendments enter the text at the next informal consultations.");
                }
            });
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
        ui.horizontal(|ui| {
            support_bar(ui, p.support);
            if let Some((kind, crossed)) = p.mine
                && in_text
            {
                let text = if crossed { "you: red line crossed".to_string() } else { format!("you: {}", kind.label()) };
                ui.colored_label(verdict_colour(ui.ctx(), kind), egui::RichText::new(text).small())
                    .on_hover_text("What this paragraph alone does to your delegation.");
            }
        });
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
        if let Some(by) = me {
            ui.horizontal(|ui| {
                let bracket = if p.status == ParagraphStatus::Bracketed {
                    None
                } else {
                    Some(Edit::Bracket { paragraph: p.index })
                };
                if let Some(edit) = bracket
                    && ui
                        .small_button(format!("Ask to bracket {number}"))
                        .on_hover_text(glossary::explain("Brackets"))
                        .clicked()
                {
                    state.actions.push(UiAction::Submit(Intent::Propose { by, edit }));
                }
                if ui.small_button(format!("Propose deleting {number}")).clicked() {
                    let edit = Edit::Delete { paragraph: p.index };
                    state.actions.push(UiAction::Submit(Intent::Propose { by, edit }));
                }
            });
        }
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
    if acting {
        ui.separator();
        free_text_section(ui, view, state, me);
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

/// Free text, read by the lexicon: how it was read, corrections, and the proposal.
fn free_text_section(ui: &mut egui::Ui, view: &DraftView, state: &mut DraftUi, me: Option<usize>) {
    let lex = &mut state.lexicon;
    egui::CollapsingHeader::new("Write a paragraph in your own words")
        .default_open(!lex.text.is_empty())
        .show(ui, |ui| {
            ui.add(
                egui::TextEdit::multiline(&mut lex.text)
                    .hint_text("e.g. Decides to begin negotiations on a legally binding instrument")
                    .desired_rows(2)
                    .desired_width(f32::INFINITY),
            );
            if lex.text.trim().is_empty() {
                ui.small("The scenario's lexicon reads it as one of the issues and the closest wording on its ladder; you can correct the reading.");
                return;
            }
            match lex.issue {
                Some(issue) => {
                    let found: Vec<String> = lex.matched.iter().map(|k| format!("\"{k}\"")).collect();
                    ui.label(format!("Read as: {} (found {})", view.issues[issue].0, found.join(", ")));
                    if !lex.also.is_empty() {
                        let also: Vec<&str> = lex.also.iter().map(|&i| view.issues[i].0.as_str()).collect();
                        ui.small(format!("Also mentioned: {}", also.join("; ")));
                    }
                }
                None => {
                    ui.colored_label(
                        bad_colour(ui),
                        "No issue recognised: none of the scenario's terms (\"legally binding\", \"international humanitarian law\", \"information security\", \"multistakeholder\"...) is in the text. Choose the issue below.",
                    );
                }
            }
            ui.horizontal(|ui| {
                ui.label("Issue");
                let selected = lex.issue.map_or("Choose an issue".to_string(), |i| view.issues[i].0.clone());
                egui::ComboBox::from_id_salt("free-issue").selected_text(short(&selected, 50)).show_ui(ui, |ui| {
                    for (i, (label, _)) in view.issues.iter().enumerate() {
                        if ui.selectable_label(lex.issue == Some(i), label).clicked() {
                            lex.issue = Some(i);
                            lex.rung = 0;
                        }
                    }
                });
            });
            let Some(issue) = lex.issue else { return };
            let ladder = &view.issues[issue].1;
            lex.rung = lex.rung.min(ladder.len() - 1);
            ui.horizontal(|ui| {
                ui.label("Closest wording");
                egui::ComboBox::from_id_salt("free-rung").selected_text(short(&ladder[lex.rung], 50)).show_ui(ui, |ui| {
                    for (r, text) in ladder.iter().enumerate() {
                        ui.selectable_value(&mut lex.rung, r, short(text, 80));
                    }
                });
            });
            ui.label(egui::RichText::new(&ladder[lex.rung]).italics());
            let existing = view.paragraphs.iter().find(|p| {
                p.issue == issue && matches!(p.status, ParagraphStatus::Text | ParagraphStatus::Bracketed)
            });
            let edit = match existing {
                Some(p) => Edit::Reword { paragraph: p.index, rung: lex.rung },
                None => Edit::Insert { issue, rung: lex.rung },
            };
            let unchanged = existing.is_some_and(|p| p.rung == lex.rung);
            let label = match (me, existing) {
                (Some(_), Some(p)) => format!("Propose as paragraph {}", Draft::number(p.index)),
                (Some(_), None) => "Propose as a new paragraph".to_string(),
                (None, Some(p)) => format!("Put in paragraph {}", Draft::number(p.index)),
                (None, None) => "Insert as a new paragraph".to_string(),
            };
            if unchanged {
                ui.small("The draft already says this.");
            }
            if ui.add_enabled(!unchanged, egui::Button::new(label)).clicked() {
                let intent = match me {
                    Some(by) => Intent::Propose { by, edit },
                    None => Intent::ChairEdit(edit),
                };
                state.actions.push(UiAction::Submit(intent));
                // Sent: the box is ready for the next paragraph.
                *lex = LexiconUi::default();
            }
        });
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
    /// The lobbyist's diplomatic capital left.
    pub capital: f32,
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
    ui.colored_label(
        verdict_colour(ui.ctx(), view.verdict),
        format!("{} {}", view.verdict.letter(), view.verdict.label()),
    );
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
            ui.label(short(&s.issue_label, 30)).on_hover_text(format!("{}\nSource: {}", s.issue_label, s.source));
            ui.label(format!("{:.0}", s.ideal));
            ui.label(format!("{:.0}", s.text_position));
            ui.label(format!("{:.0}", s.salience));
            match &s.red_line {
                Some(line) => {
                    ui.label("yes").on_hover_text(line);
                }
                None => {
                    ui.label("");
                }
            }
            if let Some(by) = view.lobbyist
                && by != view.index
            {
                let can = view.capital >= crate::model::ai::LOBBY_COST;
                let button = ui
                    .add_enabled(can, egui::Button::new(format!("Lobby on {}", short(&s.issue_label, 24))).small())
                    .on_hover_text(glossary::explain("Diplomatic capital"));
                if button.clicked() {
                    actions.push(UiAction::Submit(Intent::Lobby { by, target: view.index, issue: s.issue }));
                }
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
    /// The main reason for the verdict, for the hover text.
    pub why: String,
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
            ui.colored_label(verdict_colour(ui.ctx(), kind), format!("{} {} {}", kind.letter(), kind.label(), n));
        }
    });
    // A small room gets larger seats.
    let seat_size = if seats.len() <= 40 { egui::vec2(64.0, 44.0) } else { egui::vec2(40.0, 30.0) };
    let columns = ((ui.available_width() / (seat_size.x + 4.0)).floor() as usize).max(1);
    egui::Grid::new("seats").spacing([2.0, 2.0]).show(ui, |ui| {
        for (k, seat) in shown.iter().enumerate() {
            let fill = verdict_colour(ui.ctx(), seat.verdict);
            let button = egui::Button::new(
                egui::RichText::new(format!("{}\n{}", seat.code, seat.verdict.letter())).color(text_on(fill)).small(),
            )
            .fill(fill)
            .min_size(seat_size);
            if ui.add(button).on_hover_text(format!("{}: {}{}", seat.name, seat.verdict.label(), seat.why)).clicked() {
                actions.push(UiAction::Inspect(seat.index));
            }
            if (k + 1) % columns == 0 {
                ui.end_row();
            }
        }
    });
}

/// Lobbying a negotiating group through its coordinator.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupLobbyView {
    pub by: usize,
    pub group: String,
    pub coordinator: usize,
    pub coordinator_name: String,
    /// (issue index, label) of the issues to lobby on.
    pub issues: Vec<(usize, String)>,
    pub capital: f32,
}

/// "Lobby the Non-Aligned Movement through its coordinator, India, on [issue]".
pub fn group_lobby_panel(
    ui: &mut egui::Ui,
    view: &GroupLobbyView,
    issue: &mut Option<usize>,
    actions: &mut Vec<UiAction>,
) {
    ui.horizontal_wrapped(|ui| {
        ui.label(format!("Lobby the {} through its coordinator, {}, on", view.group, view.coordinator_name))
            .on_hover_text("Groups negotiate through a coordinator; if it moves, the group's cohesion carries the others along. The coordinator here is the group's most influential member, an estimate.");
        let selected = issue.and_then(|i| view.issues.iter().find(|x| x.0 == i)).map_or("an issue", |x| x.1.as_str());
        egui::ComboBox::from_id_salt("group-lobby-issue").selected_text(short(selected, 32)).show_ui(ui, |ui| {
            for (i, label) in &view.issues {
                ui.selectable_value(issue, Some(*i), label);
            }
        });
        let can = view.capital >= crate::model::ai::LOBBY_COST && issue.is_some();
        if ui.add_enabled(can, egui::Button::new(format!("Lobby the {}", view.group))).clicked()
            && let Some(i) = *issue
        {
            actions.push(UiAction::Submit(Intent::Lobby { by: view.by, target: view.coordinator, issue: i }));
        }
    });
}

/// Support over rounds: how the room stood after the general exchange (round 0)
/// and after each revision.
pub fn support_chart(ui: &mut egui::Ui, counts: &[Count]) {
    let series = |kind: VerdictKind| -> Vec<[f64; 2]> {
        counts.iter().enumerate().map(|(r, c)| [r as f64, c.get(kind) as f64]).collect()
    };
    let ctx = ui.ctx().clone();
    egui_plot::Plot::new("support-over-rounds")
        .height(120.0)
        .legend(egui_plot::Legend::default().position(egui_plot::Corner::LeftTop))
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .x_axis_label("count after round")
        // Rounds are whole numbers.
        .x_grid_spacer(egui_plot::uniform_grid_spacer(|_| [1.0, 5.0, 10.0]))
        .show(ui, |plot| {
            for kind in VERDICTS {
                plot.line(egui_plot::Line::new(kind.label(), series(kind)).color(verdict_colour(&ctx, kind)));
            }
        });
}

/// One issue in the forecast chart: where the text stands, and where the room
/// is likely to land.
#[derive(Debug, Clone, PartialEq)]
pub struct ForecastRow {
    pub label: String,
    pub text: f32,
    pub compromise: f32,
    pub nash: f32,
}

/// Per issue, the text's position beside the compromise and Nash points (0 to 100).
pub fn forecast_chart(ui: &mut egui::Ui, rows: &[ForecastRow]) {
    let n = rows.len();
    let labels: Vec<String> = rows.iter().map(|r| short(&r.label, 28)).collect();
    let series = |f: fn(&ForecastRow) -> f32| -> Vec<[f64; 2]> {
        rows.iter().enumerate().map(|(i, r)| [f(r) as f64, (n - 1 - i) as f64]).collect()
    };
    let marker = |name: &str, points, shape, colour| {
        egui_plot::Points::new(name.to_string(), points).shape(shape).radius(5.0).filled(true).color(colour)
    };
    let text_colour = ui.visuals().strong_text_color();
    egui_plot::Plot::new("forecast")
        .height(90.0 + 24.0 * n as f32)
        .legend(egui_plot::Legend::default().position(egui_plot::Corner::RightTop))
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .include_x(0.0)
        .include_x(100.0)
        .include_y(-0.5)
        // Room above the rows for the legend.
        .include_y(n as f64 + 1.8)
        .y_axis_min_width(150.0)
        .y_grid_spacer(move |_| {
            // A large step size draws every row's label at full strength.
            (0..n).map(|i| egui_plot::GridMark { value: i as f64, step_size: 10.0 }).collect()
        })
        .y_axis_formatter(move |mark, _| {
            let i = mark.value.round() as usize;
            if (mark.value - i as f64).abs() < 1e-6 && i < n { labels[n - 1 - i].clone() } else { String::new() }
        })
        .x_axis_label("position (0 weakest, 100 strongest)")
        .show(ui, |plot| {
            plot.points(marker("text", series(|r| r.text), egui_plot::MarkerShape::Square, text_colour));
            plot.points(marker(
                "compromise",
                series(|r| r.compromise),
                egui_plot::MarkerShape::Circle,
                egui::Color32::from_rgb(86, 180, 233),
            ));
            plot.points(marker(
                "Nash",
                series(|r| r.nash),
                egui_plot::MarkerShape::Diamond,
                egui::Color32::from_rgb(230, 159, 0),
            ));
        });
}

/// What the forecast chart shows, for its heading's tooltip.
pub const FORECAST_EXPLAINED: &str = "Compromise: the salience- and influence-weighted mean of every delegation's position. Nash: the point that maximises the product of every delegation's gain over no agreement. Far from both, the text will meet resistance.";

/// The moment of adoption, as the chair's window shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct AdoptionView {
    pub text_id: String,
    pub adopted_by_consensus: bool,
    /// "Cuba: red line on ..." for each delegation that maintains its objection.
    pub objections: Vec<String>,
    /// Who joined consensus but explained its position.
    pub explanations: Vec<String>,
    pub in_chair_summary: usize,
    pub outcome: String,
    pub tally: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdoptionAction {
    Debrief,
    Close,
}

/// "Is there any objection?", then the gavel, or the objectors and the fallback.
pub fn adoption_panel(ui: &mut egui::Ui, view: &AdoptionView) -> Option<AdoptionAction> {
    ui.label(format!("Chair: I propose that {} be adopted by consensus. Is there any objection?", view.text_id));
    ui.separator();
    if view.adopted_by_consensus {
        ui.label("No objection is heard.");
        ui.strong("It is so decided. (The gavel falls.)");
    } else {
        ui.colored_label(bad_colour(ui), format!("{} delegation(s) object:", view.objections.len()));
        for o in &view.objections {
            ui.label(format!("- {o}"));
        }
        ui.label("Consensus is blocked.");
    }
    if view.in_chair_summary > 0 {
        glossary::term(
            ui,
            format!(
                "{} paragraph(s) went to the chair's summary, on the chair's own responsibility.",
                view.in_chair_summary
            ),
            "Chair's summary",
        );
    }
    if !view.explanations.is_empty() {
        ui.separator();
        glossary::term(ui, "Explanations of position:", "Explanation of position");
        for e in &view.explanations {
            ui.small(format!("- {e}"));
        }
    }
    ui.separator();
    ui.strong(format!("Outcome: {}", view.outcome));
    if let Some(t) = &view.tally {
        ui.label(t);
    }
    let mut action = None;
    ui.horizontal(|ui| {
        if ui.button("Go to the debrief (D)").clicked() {
            action = Some(AdoptionAction::Debrief);
        }
        if ui.button("Stay in the room").clicked() {
            action = Some(AdoptionAction::Close);
        }
    });
    action
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;

    fn paragraph(index: usize, status: ParagraphStatus) -> ParagraphView {
        ParagraphView {
            index,
            issue: index,
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
            mine: None,
        }
    }

    fn view(role: Role) -> DraftView {
        DraftView {
            title: "Draft".into(),
            revision: 0,
            role,
            paragraphs: vec![paragraph(0, ParagraphStatus::Text), paragraph(1, ParagraphStatus::Bracketed)],
            addable: vec![(7, "Legally binding instrument".into(), vec!["Decides to begin negotiations...".into()])],
            issues: (0..8)
                .map(|i| {
                    let ladder = vec!["strong".to_string(), "middle".to_string(), "weak".to_string()];
                    (if i == 7 { "Legally binding instrument".to_string() } else { format!("Issue {i}") }, ladder)
                })
                .collect(),
            amendments: vec![("paragraph 2 deleted".into(), Edit::Delete { paragraph: 1 })],
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
    fn the_chair_accepts_an_amendment_on_the_table() {
        let actions = run_draft(Role::Chair, DraftUi::default(), "Accept amendment 1");
        assert_eq!(actions, vec![UiAction::Submit(Intent::ChairEdit(Edit::Delete { paragraph: 1 }))]);
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
    fn free_text_read_as_an_issue_is_proposed_and_can_be_corrected() {
        // The lexicon read the text as issue 7 (no paragraph yet), third step.
        let lexicon = LexiconUi {
            text: "Takes note of proposals for a legally binding instrument".into(),
            read_from: "Takes note of proposals for a legally binding instrument".into(),
            issue: Some(7),
            rung: 2,
            matched: vec!["legally binding".into()],
            also: vec![],
        };
        let state = DraftUi { lexicon: lexicon.clone(), ..DraftUi::default() };
        let actions = run_draft(Role::Delegation(4), state, "Propose as a new paragraph");
        let edit = Edit::Insert { issue: 7, rung: 2 };
        assert_eq!(actions, vec![UiAction::Submit(Intent::Propose { by: 4, edit })]);
        // Corrected to issue 0, which paragraph 1 already covers at step 1: the chair rewords it.
        let corrected = LexiconUi { issue: Some(0), rung: 2, ..lexicon };
        let state = DraftUi { lexicon: corrected, ..DraftUi::default() };
        let actions = run_draft(Role::Chair, state, "Put in paragraph 1");
        assert_eq!(actions, vec![UiAction::Submit(Intent::ChairEdit(Edit::Reword { paragraph: 0, rung: 2 }))]);
    }

    #[test]
    fn the_adoption_moment_names_objectors_and_leads_to_the_debrief() {
        let view = AdoptionView {
            text_id: "L.27".into(),
            adopted_by_consensus: false,
            objections: vec!["Cuba: red line on Humanitarian law".into()],
            explanations: vec![],
            in_chair_summary: 0,
            outcome: "no consensus".into(),
            tally: None,
        };
        let mut harness = Harness::new_ui_state(
            move |ui, action: &mut Option<AdoptionAction>| {
                if let Some(a) = adoption_panel(ui, &view) {
                    *action = Some(a);
                }
            },
            None,
        );
        assert!(harness.query_by_label("- Cuba: red line on Humanitarian law").is_some());
        assert!(harness.query_by_label("Consensus is blocked.").is_some());
        harness.get_by_label("Go to the debrief (D)").click();
        harness.run();
        assert_eq!(harness.state(), &Some(AdoptionAction::Debrief));
    }

    #[test]
    fn the_forecast_chart_has_the_text_and_both_forecasts() {
        let rows = vec![ForecastRow { label: "Humanitarian law".into(), text: 80.0, compromise: 45.0, nash: 50.0 }];
        let harness = Harness::new_ui(move |ui| forecast_chart(ui, &rows));
        for name in ["text", "compromise", "Nash"] {
            assert!(harness.query_by_label(name).is_some(), "legend entry {name}");
        }
    }

    #[test]
    fn a_delegation_sees_what_each_paragraph_does_to_it() {
        let mut v = view(Role::Delegation(3));
        v.paragraphs[0].mine = Some((VerdictKind::Objects, true));
        v.paragraphs[1].mine = Some((VerdictKind::CanLiveWith, false));
        let harness =
            Harness::new_ui_state(move |ui, state: &mut DraftUi| draft_panel(ui, &v, state), DraftUi::default());
        assert!(harness.query_by_label("you: red line crossed").is_some());
        assert!(harness.query_by_label("you: can live with it").is_some());
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
            why: String::new(),
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
            capital: 10.0,
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
    fn a_delegation_lobbies_a_group_through_its_coordinator_and_asks_for_brackets() {
        let view = GroupLobbyView {
            by: 3,
            group: "Non-Aligned Movement".into(),
            coordinator: 40,
            coordinator_name: "India".into(),
            issues: vec![(14, "Humanitarian law".into())],
            capital: 10.0,
        };
        let mut harness = Harness::new_ui_state(
            move |ui, state: &mut (Option<usize>, Vec<UiAction>)| {
                group_lobby_panel(ui, &view, &mut state.0, &mut state.1)
            },
            (Some(14), Vec::new()),
        );
        harness.get_by_label("Lobby the Non-Aligned Movement").click();
        harness.run();
        assert_eq!(harness.state().1, vec![UiAction::Submit(Intent::Lobby { by: 3, target: 40, issue: 14 })]);

        let actions = run_draft(Role::Delegation(3), DraftUi::default(), "Ask to bracket 1");
        let edit = Edit::Bracket { paragraph: 0 };
        assert_eq!(actions, vec![UiAction::Submit(Intent::Propose { by: 3, edit })]);
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
