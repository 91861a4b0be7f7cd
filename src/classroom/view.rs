//! What a browser is shown, as plain serialisable data in the locale's words: the scenario
//! once (`ScenarioView`), the table that everyone sees (`TableView`), and what only one seat
//! sees (`SeatView`: its instructions, what each paragraph does to it, its waiting moves).

use serde::{Deserialize, Serialize};

use crate::model::brief;
use crate::model::draft::ParagraphStatus;
use crate::model::evaluate::{self, Assessment, VerdictKind};
use crate::model::intent::Agenda;
use crate::model::intent::Intent;
use crate::model::lexicon;
use crate::model::record::Record;
use crate::model::session::{Clock, Phase, TextState};
use crate::model::{Room, Scenario, Seat, Seating, Sender, ai};
use crate::text::{Locale, debrief, report, statements};
use crate::tr;

/// The scenario as the page needs it, sent once: names, issues with their ladders, who sits where.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScenarioView {
    pub title: String,
    pub premise: String,
    pub body: String,
    /// Delegations in the model's order (their index is what intents name).
    pub delegations: Vec<NameView>,
    /// Negotiating groups, by their index in the scenario.
    pub groups: Vec<GroupView>,
    pub issues: Vec<IssueView>,
    pub texts: Vec<NameView>,
    pub chair_summary: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NameView {
    pub code: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupView {
    pub index: usize,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IssueView {
    pub label: String,
    /// The wordings, strongest first; `agreed` marks consensus language.
    pub wordings: Vec<WordingView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WordingView {
    pub text: String,
    pub agreed: bool,
    /// Whether this negotiation may use it (it existed by its date; its body could adopt it).
    pub available: bool,
}

/// What everyone sees.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TableView {
    /// "consultations", "revision", "adoption", "concluded"...
    pub phase: String,
    pub phase_name: String,
    pub round: u32,
    pub rounds: u32,
    /// The session of the calendar, when the scenario has several.
    pub session: Option<String>,
    /// Seconds left in this phase when the instructor set a time limit.
    pub seconds_left: Option<u32>,
    pub paused: bool,
    pub texts: Vec<TextView>,
    /// Each text's outcome, once decided.
    pub outcomes: Vec<String>,
    pub concluded: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TextView {
    pub symbol: String,
    pub title: String,
    /// Which version this is, in words ("zero draft, Rev.1").
    pub version: String,
    pub revision: u32,
    /// "Consensus: 3 objections (CHN, CUB, USA)".
    pub count: String,
    /// The live odds beside the count: "Chance of consensus: 62%" (and the expected tally where
    /// it may go to a vote); absent once decided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chance: Option<String>,
    pub objectors: Vec<String>,
    pub paragraphs: Vec<ParagraphView>,
    /// Amendments on the table, in words.
    pub amendments: Vec<String>,
    /// Amendments people have submitted that the next step will table, in words.
    pub submitted: Vec<String>,
    /// Issues without a paragraph (an insertion may add one).
    pub addable: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ParagraphView {
    pub number: usize,
    pub issue: usize,
    pub rung: usize,
    pub text: String,
    /// "text", "bracketed", "chair_summary" or "deleted".
    pub status: String,
}

/// What one seat alone sees.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SeatView {
    /// "FRA" or "chair".
    pub seat: String,
    pub name: String,
    pub delegation: Option<usize>,
    pub chair: bool,
    pub brief: BriefView,
    pub capital: Option<f32>,
    pub texts: Vec<MineView>,
    /// This seat's waiting moves: (number, what).
    pub pending: Vec<PendingView>,
    /// Whether the chair may put the question now.
    pub may_call: bool,
    /// This seat's debrief as text, once the session is over.
    pub debrief: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BriefView {
    pub heading: String,
    pub priorities: Vec<String>,
    pub red_lines: Vec<String>,
    pub success: Vec<String>,
}

/// How one text stands for this seat.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MineView {
    /// "supports", "can_live_with", "reservations", "objects".
    pub verdict: String,
    pub verdict_words: String,
    /// Per paragraph (by index): the verdict that paragraph alone gives, and whether it crosses a red line.
    pub effects: Vec<EffectView>,
    /// "as_instructed", "object" or "join".
    pub stand: String,
    pub holds_pen: bool,
    /// The amendment the capital's instructions point to, when the seat has reservations or
    /// objects: what the AI would propose in its place.
    pub advice: Option<Intent>,
    pub advice_words: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EffectView {
    pub verdict: String,
    pub words: String,
    pub red_line: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PendingView {
    pub id: u64,
    pub what: String,
}

/// Free text read as a paragraph.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReadingView {
    pub issue: Option<usize>,
    pub rung: usize,
    /// "Read as: Legally binding instrument, “Takes note of proposals ...”", or why not.
    pub words: String,
    pub also: Vec<usize>,
}

/// The session as the views read it.
pub struct Session<'a> {
    pub scenario: &'a Scenario,
    pub room: &'a Room,
    /// The room the capitals' instructions were written from (the session's opening).
    pub opening: &'a Room,
    pub texts: &'a [TextState],
    pub assessments: &'a [Vec<Assessment>],
    pub record: &'a Record,
    pub clock: &'a Clock,
    pub seating: &'a Seating,
    pub agenda: &'a Agenda,
    /// The live odds, worked out once per change of state and shared by every browser.
    pub odds: Option<&'a crate::sim::odds::LiveOdds>,
}

pub fn verdict_key(kind: VerdictKind) -> &'static str {
    match kind {
        VerdictKind::Supports => "supports",
        VerdictKind::CanLiveWith => "can_live_with",
        VerdictKind::Reservations => "reservations",
        VerdictKind::Objects => "objects",
    }
}

fn phase_key(phase: Phase) -> &'static str {
    match phase {
        Phase::Opening => "opening",
        Phase::GeneralExchange => "general_exchange",
        Phase::Consultations => "consultations",
        Phase::Revision => "revision",
        Phase::Adoption => "adoption",
        Phase::Concluded => "concluded",
    }
}

/// A seat's name on the wire: the delegation's code, or "chair".
pub fn seat_code(scenario: &Scenario, seat: Seat) -> String {
    match seat {
        Seat::Delegation(d) => scenario.delegations[d].code.clone(),
        Seat::Chair => String::from("chair"),
    }
}

/// The seat a code names at this table.
pub fn seat_of(scenario: &Scenario, code: &str) -> Option<Seat> {
    if code.eq_ignore_ascii_case("chair") {
        return Some(Seat::Chair);
    }
    scenario.delegations.iter().position(|d| d.code.eq_ignore_ascii_case(code)).map(Seat::Delegation)
}

pub fn scenario_view(l: &Locale, scenario: &Scenario) -> ScenarioView {
    ScenarioView {
        title: l.scenario_title(scenario),
        premise: scenario.premise.clone(),
        body: l.body(scenario),
        delegations: (0..scenario.delegations.len())
            .map(|d| NameView { code: scenario.delegations[d].code.clone(), name: l.state(scenario, d) })
            .collect(),
        groups: (0..scenario.groups.len())
            .filter(|&g| scenario.groups[g].negotiates)
            .map(|g| GroupView { index: g, name: l.group(scenario, g) })
            .collect(),
        issues: (0..scenario.issues.len())
            .map(|i| IssueView {
                label: l.issue(scenario, i),
                wordings: (0..scenario.issues[i].ladder.len())
                    .map(|r| {
                        let w = &scenario.issues[i].ladder[r];
                        WordingView { text: l.wording(scenario, i, r), agreed: w.agreed, available: w.available }
                    })
                    .collect(),
            })
            .collect(),
        texts: (0..scenario.texts.len())
            .map(|t| NameView { code: statements::symbol(scenario, t).to_string(), name: l.text_title(scenario, t) })
            .collect(),
        chair_summary: scenario.has_chair_summary(),
    }
}

fn objectors(assessments: &[Assessment]) -> Vec<usize> {
    (0..assessments.len()).filter(|&d| assessments[d].kind == VerdictKind::Objects).collect()
}

/// Text `t`'s chance of consensus in words, from the shared live odds (the last odds, marked as
/// updating, while new ones are worked out).
fn chance(l: &Locale, s: &Session, t: usize) -> Option<String> {
    let odds = s.odds?;
    if s.record.texts.get(t).is_some_and(|r| r.conclusion.is_some()) {
        return None;
    }
    let Some(text_odds) = odds.odds.as_ref().and_then(|(_, o)| o.texts.get(t)) else {
        return Some(l.t("odds-computing"));
    };
    let line = report::chance(l, text_odds);
    Some(if odds.computing() { crate::tr!(l, "odds-updating", line = line) } else { line })
}

pub fn table_view(l: &Locale, s: &Session, seconds_left: Option<u32>, paused: bool) -> TableView {
    let scenario = s.scenario;
    let several = s.texts.len() > 1;
    let texts = s
        .texts
        .iter()
        .enumerate()
        .map(|(t, state)| {
            let draft = &state.draft;
            let objecting = s.assessments.get(t).map(|a| objectors(a)).unwrap_or_default();
            TextView {
                symbol: statements::symbol(scenario, t).to_string(),
                title: l.text_title(scenario, t),
                revision: draft.revision,
                version: statements::draft_label(l, scenario, draft),
                count: report::count(l, scenario, t, &objecting, several),
                chance: chance(l, s, t),
                objectors: objecting.iter().map(|&d| scenario.delegations[d].code.clone()).collect(),
                paragraphs: draft
                    .paragraphs
                    .iter()
                    .enumerate()
                    .map(|(i, p)| ParagraphView {
                        number: i + 1,
                        issue: p.issue,
                        rung: p.rung,
                        text: p.own_words.clone().unwrap_or_else(|| l.wording(scenario, p.issue, p.rung)),
                        status: match p.status {
                            ParagraphStatus::Text => "text",
                            ParagraphStatus::Bracketed => "bracketed",
                            ParagraphStatus::ChairSummary => "chair_summary",
                            ParagraphStatus::Deleted => "deleted",
                        }
                        .to_string(),
                    })
                    .collect(),
                amendments: state
                    .proposals
                    .iter()
                    .map(|q| {
                        let said = crate::model::record::EditSaid::of(draft, q.edit, q.own_words.as_deref());
                        tr!(
                            l,
                            "amendment-by",
                            state = l.state_opening(scenario, q.by),
                            proposal = statements::proposal(l, scenario, &said)
                        )
                    })
                    .collect(),
                addable: (0..scenario.issues.len()).filter(|&i| draft.paragraph_on(i).is_none()).collect(),
                submitted: s
                    .agenda
                    .waiting
                    .iter()
                    .filter_map(|w| match (&w.mv.intent, w.mv.by.delegation()) {
                        (Intent::Propose { text, edit, own_words }, Some(d))
                            if *text == t && draft.check(scenario, *edit).is_ok() =>
                        {
                            let said = crate::model::record::EditSaid::of(draft, *edit, own_words.as_deref());
                            Some(tr!(
                                l,
                                "amendment-by",
                                state = l.state_opening(scenario, d),
                                proposal = statements::proposal(l, scenario, &said)
                            ))
                        }
                        _ => None,
                    })
                    .collect(),
            }
        })
        .collect();
    let session = (scenario.sessions.len() > 1).then(|| scenario.session_of(s.clock.round).1.name.clone());
    TableView {
        phase: phase_key(s.clock.phase).to_string(),
        phase_name: l.t(s.clock.phase.key()),
        round: s.clock.round,
        rounds: s.clock.rounds,
        session,
        seconds_left,
        paused,
        texts,
        outcomes: s
            .record
            .texts
            .iter()
            .enumerate()
            .filter_map(|(t, r)| r.conclusion.as_ref().map(|c| (t, c)))
            .map(|(t, c)| {
                let outcome =
                    tr!(l, "bar-outcome", symbol = statements::symbol(scenario, t), outcome = l.outcome(c.outcome));
                match &c.votes {
                    Some(v) => {
                        let tally = crate::model::Tally::of(&v.iter().map(|x| x.0).collect::<Vec<_>>());
                        format!(
                            "{outcome} {}",
                            tr!(l, "tally", yes = tally.yes, no = tally.no, abstain = tally.abstain)
                        )
                    }
                    None => outcome,
                }
            })
            .collect(),
        concluded: s.clock.phase == Phase::Concluded,
    }
}

/// What seat `seat` alone sees.
pub fn seat_view(l: &Locale, s: &Session, seat: Seat) -> SeatView {
    let scenario = s.scenario;
    let me = match seat {
        Seat::Delegation(d) => Some(d),
        Seat::Chair => None,
    };
    let instructions = match me {
        Some(d) => brief::instructions(scenario, s.opening, d),
        None => brief::chair_instructions(),
    };
    let lines = report::brief(l, scenario, &instructions);
    let texts = s
        .texts
        .iter()
        .enumerate()
        .map(|(t, state)| {
            let placements = state.draft.placements(&scenario.issues);
            let assessment = me.and_then(|d| s.assessments.get(t).and_then(|a| a.get(d)));
            let effects = state
                .draft
                .paragraphs
                .iter()
                .map(|p| match (me, assessment) {
                    (Some(d), Some(a)) => {
                        let (kind, crossed) =
                            evaluate::paragraph_effect(scenario, s.room, d, a, p.issue, placements[p.issue]);
                        EffectView { verdict: verdict_key(kind).to_string(), words: l.t(kind.key()), red_line: crossed }
                    }
                    _ => EffectView { verdict: String::new(), words: String::new(), red_line: false },
                })
                .collect();
            let advice = match (me, assessment) {
                (Some(d), Some(a)) if a.kind >= VerdictKind::Reservations => {
                    ai::amendment_for(scenario, s.room, &state.draft, d, a, scenario.date_of_round(s.clock.round))
                        .map(|edit| Intent::Propose { text: t, edit, own_words: None })
                }
                _ => None,
            };
            let advice_words = advice.as_ref().map(|intent| report::intent(l, scenario, s.texts, intent));
            MineView {
                advice,
                advice_words,
                verdict: assessment.map_or("", |a| verdict_key(a.kind)).to_string(),
                verdict_words: assessment.map_or(String::new(), |a| l.t(a.kind.key())),
                effects,
                stand: match me.map(|d| state.stands[d]).unwrap_or_default() {
                    crate::model::Stand::AsInstructed => "as_instructed",
                    crate::model::Stand::Object => "object",
                    crate::model::Stand::JoinConsensus => "join",
                }
                .to_string(),
                holds_pen: match scenario.texts[t].penholder {
                    crate::model::scenario::Penholder::Chair => seat == Seat::Chair,
                    crate::model::scenario::Penholder::Sponsor(p) => me == Some(p),
                },
            }
        })
        .collect();
    let sender = Sender::from(seat);
    let pending = s
        .agenda
        .waiting
        .iter()
        .filter(|w| w.mv.by == sender)
        .map(|w| PendingView { id: w.id, what: report::intent(l, scenario, s.texts, &w.mv.intent) })
        .collect();
    let concluded = s.clock.phase == Phase::Concluded;
    let may_call = seat == Seat::Chair
        && s.clock.phase == Phase::Consultations
        && (scenario.sessions.is_empty() || scenario.session_of(s.clock.round).1.adoption);
    SeatView {
        seat: seat_code(scenario, seat),
        name: me.map_or_else(|| l.t("seat-chair"), |d| l.state(scenario, d)),
        delegation: me,
        chair: seat == Seat::Chair,
        brief: BriefView {
            heading: lines.heading,
            priorities: lines.priorities.into_iter().map(|(line, _)| line).collect(),
            red_lines: lines.red_lines,
            success: lines.success,
        },
        capital: me.map(|d| s.room.capital[d]),
        texts,
        pending,
        may_call,
        debrief: concluded.then(|| {
            let view = debrief::debrief_view(l, scenario, s.opening, s.record, s.texts, Some(seat));
            debrief::debrief_text(l, &view)
        }),
    }
}

/// Free text read as a paragraph, in words.
pub fn reading_view(l: &Locale, scenario: &Scenario, words: &str) -> ReadingView {
    let reading = lexicon::read(scenario, words, &l.stop_words());
    let words = match reading.issue {
        Some(i) => tr!(l, "web-read-as", issue = l.issue(scenario, i), wording = l.wording(scenario, i, reading.rung)),
        None => l.t("web-read-nothing"),
    };
    ReadingView { issue: reading.issue, rung: reading.rung, words, also: reading.also }
}
