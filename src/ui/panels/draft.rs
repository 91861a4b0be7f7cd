//! The draft of one text: numbered paragraphs with brackets and a support bar each,
//! what each does to the delegation at the screen, its wording ladder shown whole with
//! a preview of each step, the amendments on the table, and the controls of a
//! delegation (propose, ask for brackets or deletion, declare a stand) or of the
//! penholder (reword, bracket, delete, move to the chair's summary, call for adoption).

use std::collections::BTreeMap;

use bevy_egui::egui;

use super::UiAction;
use super::free_text::{self, LexiconUi};
use crate::model::draft::{Draft, Edit, ParagraphStatus};
use crate::model::{Intent, Stand, VerdictKind};
use crate::text::Locale;
use crate::tr;
use crate::ui::glossary::Term;
use crate::ui::{theme, widgets};

/// One step of a paragraph's wording ladder.
#[derive(Debug, Clone, PartialEq)]
pub struct RungView {
    pub text: String,
    pub agreed: bool,
    /// Whether this negotiation may use it (it existed by its date; its body could adopt it).
    pub available: bool,
    /// Where the wording comes from (document and date).
    pub note: String,
}

/// What a step of the ladder would do, before it is proposed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Preview {
    /// The verdict of the delegation at the screen on the whole text with this wording.
    pub my_verdict: Option<VerdictKind>,
    /// How many delegations would object to the text.
    pub objectors: u16,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ParagraphView {
    pub index: usize,
    pub issue: usize,
    pub issue_label: String,
    /// The words in the text: a person's own, or the ladder's.
    pub text: String,
    pub own_words: bool,
    pub status: ParagraphStatus,
    pub rung: usize,
    pub ladder: Vec<RungView>,
    /// Delegations by what this paragraph alone does to them, in the order of `VerdictKind::ALL`.
    pub support: [u16; 4],
    /// Playing a delegation: what this paragraph does to it, and whether it crosses its red line.
    pub mine: Option<(VerdictKind, bool)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AmendmentView {
    pub description: String,
    pub edit: Edit,
    /// The proposer's own words, taken up with the amendment.
    pub own_words: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AddableIssue {
    pub issue: usize,
    pub label: String,
    /// The wordings this negotiation may use: (rung, words).
    pub wordings: Vec<(usize, String)>,
}

/// A delegation's stand at this text's gavel.
#[derive(Debug, Clone, PartialEq)]
pub struct StandView {
    pub stand: Stand,
    pub explanation: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DraftView {
    pub text: usize,
    pub symbol: String,
    pub title: String,
    /// Which version this is ("zero draft, Rev.1").
    pub version: String,
    /// The delegation at the screen, which may propose.
    pub me: Option<usize>,
    /// The person at the screen holds the pen on this text.
    pub penholder: bool,
    /// The person at the screen holds the chair (calls for adoption).
    pub chair: bool,
    pub summary_allowed: bool,
    pub concluded: bool,
    pub count_line: String,
    pub paragraphs: Vec<ParagraphView>,
    pub amendments: Vec<AmendmentView>,
    pub addable: Vec<AddableIssue>,
    /// Every issue: its label and wordings, to correct a reading of free text.
    pub issues: Vec<AddableIssue>,
    pub stand: Option<StandView>,
}

/// What the draft panel remembers between frames, and its output.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DraftUi {
    /// The paragraph whose wordings are open: (text, paragraph).
    pub open: Option<(usize, usize)>,
    /// The previews of the open paragraph's ladder, computed by the screen.
    pub previews: Vec<Preview>,
    /// The step chosen in each paragraph's ladder: (text, paragraph) -> rung.
    pub chosen: BTreeMap<(usize, usize), usize>,
    pub new_issue: Option<usize>,
    pub new_rung: usize,
    pub lexicon: LexiconUi,
    /// The explanation of position being written, by text.
    pub explanation: BTreeMap<usize, String>,
    /// What the wording chosen in the open paragraph would do to the chance of consensus:
    /// ((text, paragraph), rung, the line), set by the screen from the live odds.
    pub what_if: Option<((usize, usize), usize, crate::ui::panels::bar::ChanceLine)>,
    /// Scroll the open paragraph's ladder into view once (a scripted run opened it).
    pub scroll_to_open: bool,
    /// The stand chosen at the gavel and not yet told to the chair, by text.
    pub stand: BTreeMap<usize, Stand>,
    pub actions: Vec<UiAction>,
}

fn paragraph_body(l: &Locale, p: &ParagraphView) -> egui::RichText {
    let n = Draft::number(p.index);
    let text = match p.status {
        ParagraphStatus::Text => tr!(l, "final-text", number = n, text = p.text.clone()),
        ParagraphStatus::Bracketed => tr!(l, "final-bracketed", number = n, text = p.text.clone()),
        ParagraphStatus::ChairSummary => tr!(l, "final-summary", number = n, text = p.text.clone()),
        ParagraphStatus::Deleted => tr!(l, "final-deleted", number = n, text = p.text.clone()),
    };
    let rich = egui::RichText::new(text);
    if matches!(p.status, ParagraphStatus::Text | ParagraphStatus::Bracketed) {
        rich
    } else {
        rich.weak().strikethrough()
    }
}

/// The draft panel for one text.
pub fn draft_panel(ui: &mut egui::Ui, l: &Locale, view: &DraftView, state: &mut DraftUi) {
    ui.heading(tr!(l, "draft-heading", symbol = view.symbol.clone(), label = view.version.clone()));
    ui.label(egui::RichText::new(&view.title).italics());
    ui.label(&view.count_line);
    let acting = !view.concluded && (view.me.is_some() || view.penholder);
    if view.chair && !view.concluded {
        let call = ui.button(l.t("draft-call-for-adoption")).on_hover_text(l.t("draft-call-for-adoption-hover"));
        if call.clicked() {
            state.actions.push(UiAction::Submit(Intent::CallForAdoption));
        }
    }
    if let (Some(_), Some(stand)) = (view.me, &view.stand)
        && !view.concluded
    {
        stand_section(ui, l, view.text, stand, state);
    }
    amendments_section(ui, l, view, acting, state);
    for p in &view.paragraphs {
        ui.separator();
        paragraph_section(ui, l, view, p, acting, state);
    }
    if acting {
        ui.separator();
        free_text::free_text_section(ui, l, view, state);
    }
    if acting && !view.addable.is_empty() {
        ui.separator();
        add_paragraph_section(ui, l, view, state);
    }
}

fn stand_section(ui: &mut egui::Ui, l: &Locale, text: usize, stand: &StandView, state: &mut DraftUi) {
    egui::CollapsingHeader::new(l.t("stand-heading")).id_salt(("stand", text)).default_open(false).show(ui, |ui| {
        ui.label(l.t("stand-explained"));
        let chosen = state.stand.entry(text).or_insert(stand.stand);
        ui.horizontal_wrapped(|ui| {
            ui.radio_value(chosen, Stand::AsInstructed, l.t("stand-as-instructed"));
            ui.radio_value(chosen, Stand::Object, l.t("stand-object"));
            ui.radio_value(chosen, Stand::JoinConsensus, l.t("stand-join"))
                .on_hover_text(crate::ui::glossary::explain(l, Term::ExplanationOfPosition));
        });
        let chosen = *chosen;
        let words = state.explanation.entry(text).or_insert_with(|| stand.explanation.clone().unwrap_or_default());
        ui.label(l.t("stand-explanation"));
        ui.add(
            egui::TextEdit::multiline(words)
                .hint_text(l.t("stand-explanation-hint"))
                .desired_rows(2)
                .desired_width(f32::INFINITY),
        );
        let explanation = Some(words.trim().to_string()).filter(|w| !w.is_empty());
        let changed = chosen != stand.stand || explanation != stand.explanation;
        if ui.add_enabled(changed, egui::Button::new(l.t("stand-tell-the-chair"))).clicked() {
            state.actions.push(UiAction::Submit(Intent::Declare { text, stand: chosen, explanation }));
        }
    });
}

fn amendments_section(ui: &mut egui::Ui, l: &Locale, view: &DraftView, acting: bool, state: &mut DraftUi) {
    if view.amendments.is_empty() {
        return;
    }
    egui::CollapsingHeader::new(tr!(l, "draft-amendments", count = view.amendments.len()))
        .id_salt(("amendments", view.text))
        .default_open(view.penholder)
        .show(ui, |ui| {
            for (k, a) in view.amendments.iter().enumerate() {
                ui.horizontal_wrapped(|ui| {
                    if view.penholder && acting && ui.button(tr!(l, "draft-accept-amendment", number = k + 1)).clicked()
                    {
                        state.actions.push(UiAction::Submit(Intent::ChairEdit { text: view.text, edit: a.edit }));
                    }
                    ui.label(tr!(l, "numbered", number = k + 1, text = a.description.clone()));
                });
            }
            if view.penholder {
                ui.small(l.t("draft-accept-when"));
            }
        });
}

fn paragraph_section(
    ui: &mut egui::Ui,
    l: &Locale,
    view: &DraftView,
    p: &ParagraphView,
    acting: bool,
    state: &mut DraftUi,
) {
    let number = Draft::number(p.index);
    let in_text = matches!(p.status, ParagraphStatus::Text | ParagraphStatus::Bracketed);
    ui.add(egui::Label::new(paragraph_body(l, p)).wrap());
    ui.horizontal_wrapped(|ui| {
        ui.small(&p.issue_label);
        if p.own_words {
            ui.small(l.t("draft-own-words")).on_hover_text(l.t("draft-own-words-hover"));
        }
        if p.status == ParagraphStatus::Bracketed {
            widgets::term(ui, l, egui::RichText::new(l.t("draft-bracketed")).small(), Term::Brackets);
        }
    });
    ui.horizontal(|ui| {
        widgets::support_bar(ui, l, p.support);
        if let Some((kind, crossed)) = p.mine
            && in_text
        {
            let text = if crossed { l.t("draft-you-red-line") } else { tr!(l, "draft-you", verdict = l.verdict(kind)) };
            ui.colored_label(theme::verdict_ink(ui, kind), egui::RichText::new(text).small())
                .on_hover_text(l.t("draft-you-hover"));
        }
    });
    if !(acting && in_text) {
        return;
    }
    let key = (view.text, p.index);
    let open = state.open == Some(key);
    let toggle = if open { l.t("draft-close-wordings") } else { tr!(l, "draft-open-wordings", number = number) };
    if ui.small_button(toggle).clicked() {
        state.open = if open { None } else { Some(key) };
        state.previews.clear();
    }
    if open {
        ladder_section(ui, l, view, p, state);
    }
    if let Some(by) = view.me {
        ui.horizontal_wrapped(|ui| {
            if p.status != ParagraphStatus::Bracketed
                && ui
                    .small_button(tr!(l, "draft-ask-bracket", number = number))
                    .on_hover_text(crate::ui::glossary::explain(l, Term::Brackets))
                    .clicked()
            {
                let edit = Edit::Bracket { paragraph: p.index };
                state.actions.push(UiAction::Submit(Intent::Propose { text: view.text, edit, own_words: None }));
            }
            if ui.small_button(tr!(l, "draft-propose-delete", number = number)).clicked() {
                let edit = Edit::Delete { paragraph: p.index };
                state.actions.push(UiAction::Submit(Intent::Propose { text: view.text, edit, own_words: None }));
            }
            let _ = by;
        });
    }
    if view.penholder {
        ui.horizontal_wrapped(|ui| {
            let (label, edit) = if p.status == ParagraphStatus::Bracketed {
                (tr!(l, "draft-unbracket", number = number), Edit::Unbracket { paragraph: p.index })
            } else {
                (tr!(l, "draft-bracket", number = number), Edit::Bracket { paragraph: p.index })
            };
            if ui.button(label).clicked() {
                state.actions.push(UiAction::Submit(Intent::ChairEdit { text: view.text, edit }));
            }
            if ui.button(tr!(l, "draft-delete", number = number)).clicked() {
                let edit = Edit::Delete { paragraph: p.index };
                state.actions.push(UiAction::Submit(Intent::ChairEdit { text: view.text, edit }));
            }
            if view.summary_allowed {
                let summary = ui
                    .button(tr!(l, "draft-to-summary", number = number))
                    .on_hover_text(crate::ui::glossary::explain(l, Term::ChairsSummary));
                if summary.clicked() {
                    let edit = Edit::MoveToChairSummary { paragraph: p.index };
                    state.actions.push(UiAction::Submit(Intent::ChairEdit { text: view.text, edit }));
                }
            }
        });
    }
}

/// The paragraph's ladder, every step whole, with what it would do; then propose or reword.
fn ladder_section(ui: &mut egui::Ui, l: &Locale, view: &DraftView, p: &ParagraphView, state: &mut DraftUi) {
    let key = (view.text, p.index);
    let chosen = *state.chosen.entry(key).or_insert(p.rung);
    let mut pick = chosen;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.small(l.t("draft-ladder-explained"));
        for (r, rung) in p.ladder.iter().enumerate().filter(|(r, rung)| rung.available || *r == p.rung) {
            ui.horizontal_top(|ui| {
                ui.radio_value(&mut pick, r, "");
                ui.vertical(|ui| {
                    let mut text = egui::RichText::new(&rung.text);
                    if r == p.rung {
                        text = text.strong();
                    }
                    ui.add(egui::Label::new(text).wrap()).on_hover_text(&rung.note);
                    ui.horizontal_wrapped(|ui| {
                        if r == p.rung {
                            ui.small(l.t("draft-ladder-current"));
                        }
                        if rung.agreed {
                            widgets::term(
                                ui,
                                l,
                                egui::RichText::new(l.t("draft-ladder-agreed")).small(),
                                Term::AgreedLanguage,
                            );
                        }
                        if let Some(preview) = state.previews.get(r) {
                            if let Some(v) = preview.my_verdict {
                                ui.colored_label(
                                    theme::verdict_ink(ui, v),
                                    egui::RichText::new(tr!(l, "draft-preview-you", verdict = l.verdict(v))).small(),
                                );
                            }
                            ui.small(tr!(l, "draft-preview-objectors", count = preview.objectors));
                        }
                    });
                });
            });
        }
    });
    state.chosen.insert(key, pick);
    if pick != p.rung
        && let Some((_, _, line)) = state.what_if.as_ref().filter(|(k, r, _)| *k == key && *r == pick)
    {
        let label = ui.label(egui::RichText::new(&line.text).strong());
        if !line.hover.is_empty() {
            label.on_hover_text(&line.hover);
        }
    }
    if state.scroll_to_open {
        state.scroll_to_open = false;
        ui.scroll_to_cursor(Some(egui::Align::Center));
    }
    let edit = Edit::Reword { paragraph: p.index, rung: pick };
    ui.horizontal_wrapped(|ui| {
        if view.me.is_some()
            && ui
                .add_enabled(
                    pick != p.rung,
                    egui::Button::new(tr!(l, "draft-propose-for", number = Draft::number(p.index))),
                )
                .clicked()
        {
            state.actions.push(UiAction::Submit(Intent::Propose { text: view.text, edit, own_words: None }));
        }
        if view.penholder
            && ui
                .add_enabled(pick != p.rung, egui::Button::new(tr!(l, "draft-reword", number = Draft::number(p.index))))
                .clicked()
        {
            state.actions.push(UiAction::Submit(Intent::ChairEdit { text: view.text, edit }));
        }
    });
}

fn add_paragraph_section(ui: &mut egui::Ui, l: &Locale, view: &DraftView, state: &mut DraftUi) {
    ui.label(l.t("draft-add-paragraph"));
    let selected = state.new_issue.and_then(|i| view.addable.iter().find(|a| a.issue == i));
    egui::ComboBox::from_id_salt(("new-issue", view.text))
        .selected_text(selected.map_or_else(|| l.t("draft-choose-issue"), |a| widgets::short(&a.label, 48)))
        .width(ui.available_width().min(360.0))
        .show_ui(ui, |ui| {
            for a in &view.addable {
                if ui.selectable_label(state.new_issue == Some(a.issue), &a.label).clicked() {
                    state.new_issue = Some(a.issue);
                    state.new_rung = a.wordings.first().map_or(0, |w| w.0);
                }
            }
        });
    let Some(addable) = selected else { return };
    if !addable.wordings.iter().any(|w| w.0 == state.new_rung) {
        state.new_rung = addable.wordings.first().map_or(0, |w| w.0);
    }
    let rung = state.new_rung;
    for (r, wording) in &addable.wordings {
        ui.horizontal_top(|ui| {
            ui.radio_value(&mut state.new_rung, *r, "");
            crate::ui::widgets::paragraph(ui, l, wording);
        });
    }
    let edit = Edit::Insert { issue: addable.issue, rung };
    let intent = match view.me {
        Some(_) => Intent::Propose { text: view.text, edit, own_words: None },
        None => Intent::ChairEdit { text: view.text, edit },
    };
    let label = if view.me.is_some() { l.t("draft-propose-paragraph") } else { l.t("draft-insert-paragraph") };
    if ui.button(label).clicked() {
        state.actions.push(UiAction::Submit(intent));
    }
}

#[cfg(test)]
pub mod tests {
    use super::*;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;

    pub fn paragraph(index: usize, status: ParagraphStatus) -> ParagraphView {
        ParagraphView {
            index,
            issue: index,
            issue_label: "1.6 No attacks on critical infrastructure".into(),
            text: "States should not conduct ICT activity that damages critical infrastructure.".into(),
            own_words: false,
            status,
            rung: 1,
            ladder: vec![
                RungView {
                    text: "States must not conduct ICT activity that damages critical infrastructure.".into(),
                    agreed: false,
                    available: true,
                    note: String::new(),
                },
                RungView {
                    text: "States should not conduct ICT activity that damages critical infrastructure.".into(),
                    agreed: true,
                    available: true,
                    note: "A/70/174 para 13(f)".into(),
                },
                RungView {
                    text: "States are encouraged to consider refraining from harm to critical infrastructure.".into(),
                    agreed: false,
                    available: true,
                    note: String::new(),
                },
            ],
            support: [10, 5, 2, 1],
            mine: None,
        }
    }

    pub fn view(me: Option<usize>, penholder: bool) -> DraftView {
        let issue = |i: usize, label: &str| AddableIssue {
            issue: i,
            label: label.into(),
            wordings: vec![(0, "strong".into()), (1, "middle".into()), (2, "weak".into())],
        };
        DraftView {
            text: 0,
            symbol: "Draft".into(),
            title: "A draft".into(),
            version: "Rev.1".into(),
            me,
            penholder,
            chair: penholder,
            summary_allowed: true,
            concluded: false,
            count_line: "Consensus: no objections".into(),
            paragraphs: vec![paragraph(0, ParagraphStatus::Text), paragraph(1, ParagraphStatus::Bracketed)],
            amendments: vec![AmendmentView {
                description: "the deletion of paragraph 2".into(),
                edit: Edit::Delete { paragraph: 1 },
                own_words: None,
            }],
            addable: vec![issue(7, "Legally binding instrument")],
            issues: (0..8).map(|i| issue(i, if i == 7 { "Legally binding instrument" } else { "An issue" })).collect(),
            stand: me.map(|_| StandView { stand: Stand::AsInstructed, explanation: None }),
        }
    }

    pub fn run_draft(view: DraftView, state: DraftUi, clicks: &[&str]) -> DraftUi {
        let l = crate::text::english();
        let mut harness = Harness::builder()
            .with_size(egui::vec2(700.0, 2400.0))
            .build_ui_state(move |ui, state: &mut DraftUi| draft_panel(ui, l, &view, state), state);
        for click in clicks {
            harness.get_by_label(click).click();
            harness.run();
        }
        harness.state().clone()
    }

    #[test]
    fn a_delegation_opens_the_wordings_reads_them_whole_and_proposes_one() {
        let state = run_draft(view(Some(3), false), DraftUi::default(), &["Wordings for paragraph 1"]);
        assert_eq!(state.open, Some((0, 0)));
        let l = crate::text::english();
        let v = view(Some(3), false);
        let mut harness = Harness::builder().with_size(egui::vec2(700.0, 2400.0)).build_ui_state(
            move |ui, state: &mut DraftUi| draft_panel(ui, l, &v, state),
            DraftUi {
                previews: vec![
                    Preview { my_verdict: Some(VerdictKind::Objects), objectors: 4 },
                    Preview { my_verdict: Some(VerdictKind::CanLiveWith), objectors: 1 },
                    Preview { my_verdict: Some(VerdictKind::Supports), objectors: 0 },
                ],
                ..state
            },
        );
        // Every step of the ladder is there in full, with what it would do.
        assert!(
            harness
                .query_by_label("States are encouraged to consider refraining from harm to critical infrastructure.")
                .is_some()
        );
        assert!(harness.query_by_label("you: supports").is_some());
        assert!(harness.query_by_label("0 would object").is_some());
        harness.state_mut().chosen.insert((0, 0), 2);
        harness.run();
        harness.get_by_label("Propose for paragraph 1").click();
        harness.run();
        let edit = Edit::Reword { paragraph: 0, rung: 2 };
        assert_eq!(harness.state().actions, vec![UiAction::Submit(Intent::Propose { text: 0, edit, own_words: None })]);
    }

    #[test]
    fn the_penholder_calls_for_adoption_accepts_an_amendment_and_brackets() {
        let state = run_draft(
            view(None, true),
            DraftUi::default(),
            &["Call for adoption", "Accept amendment 1", "Bracket paragraph 1", "Remove the brackets from paragraph 2"],
        );
        assert_eq!(
            state.actions,
            vec![
                UiAction::Submit(Intent::CallForAdoption),
                UiAction::Submit(Intent::ChairEdit { text: 0, edit: Edit::Delete { paragraph: 1 } }),
                UiAction::Submit(Intent::ChairEdit { text: 0, edit: Edit::Bracket { paragraph: 0 } }),
                UiAction::Submit(Intent::ChairEdit { text: 0, edit: Edit::Unbracket { paragraph: 1 } }),
            ]
        );
    }

    #[test]
    fn a_delegation_proposes_a_new_paragraph_and_asks_for_brackets() {
        let state = DraftUi { new_issue: Some(7), ..DraftUi::default() };
        let state = run_draft(view(Some(0), false), state, &["Propose this paragraph", "Ask to bracket paragraph 1"]);
        assert_eq!(
            state.actions,
            vec![
                UiAction::Submit(Intent::Propose {
                    text: 0,
                    edit: Edit::Insert { issue: 7, rung: 0 },
                    own_words: None
                }),
                UiAction::Submit(Intent::Propose { text: 0, edit: Edit::Bracket { paragraph: 0 }, own_words: None }),
            ]
        );
    }

    #[test]
    fn a_delegation_declares_its_stand_with_an_explanation_of_position() {
        let mut state = DraftUi::default();
        state.explanation.insert(0, "We join, but humanitarian law must be named.".into());
        let l = crate::text::english();
        let v = view(Some(2), false);
        let mut harness = Harness::builder()
            .with_size(egui::vec2(700.0, 2400.0))
            .build_ui_state(move |ui, state: &mut DraftUi| draft_panel(ui, l, &v, state), state);
        harness.get_by_label("Your stand at the gavel").click();
        harness.run();
        harness.get_by_label("join consensus").click();
        harness.run();
        harness.get_by_label("Tell the chair").click();
        harness.run();
        let explanation = Some("We join, but humanitarian law must be named.".to_string());
        assert_eq!(
            harness.state().actions,
            vec![UiAction::Submit(Intent::Declare { text: 0, stand: Stand::JoinConsensus, explanation })]
        );
    }

    #[test]
    fn a_delegation_sees_what_each_paragraph_does_to_it_and_an_observer_gets_no_controls() {
        let mut v = view(Some(3), false);
        v.paragraphs[0].mine = Some((VerdictKind::Objects, true));
        v.paragraphs[1].mine = Some((VerdictKind::CanLiveWith, false));
        let l = crate::text::english();
        let harness = Harness::builder()
            .with_size(egui::vec2(700.0, 2400.0))
            .build_ui_state(move |ui, state: &mut DraftUi| draft_panel(ui, l, &v, state), DraftUi::default());
        assert!(harness.query_by_label("you: red line crossed").is_some());
        assert!(harness.query_by_label("you: can live with it").is_some());
        let observer = view(None, false);
        let harness = Harness::builder()
            .with_size(egui::vec2(700.0, 2400.0))
            .build_ui_state(move |ui, state: &mut DraftUi| draft_panel(ui, l, &observer, state), DraftUi::default());
        assert!(harness.query_by_label("Call for adoption").is_none());
        assert!(harness.query_by_label("Wordings for paragraph 1").is_none());
    }
}
