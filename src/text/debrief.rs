//! The debrief's view: each text's outcome, how the player did against the instructions,
//! who objected and why, the roll call, the drafts from the opening to the gavel, the
//! final text and what happened in history; and the same as text for the export.

use crate::model::brief::{self, Mark};
use crate::model::record::Says;
use crate::model::record::{Count, Record};
use crate::model::session::TextState;
use crate::model::{Draft, Room, Scenario, Seat, Stand};
use crate::text::{Locale, report, statements};
use crate::tr;

#[derive(Debug, Clone, PartialEq)]
pub struct MarkLine {
    pub met: bool,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TextDebrief {
    pub heading: String,
    pub adopted: bool,
    pub decision: Option<AdoptionView>,
    pub marks: Vec<MarkLine>,
    /// (which draft, what changed) from the opening draft to the last.
    pub timeline: Vec<(String, Vec<String>)>,
    pub final_text: Vec<String>,
    pub counts: Vec<Count>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DebriefView {
    pub title: String,
    pub role_line: String,
    pub texts: Vec<TextDebrief>,
    pub history: String,
    pub history_events: Vec<String>,
    pub history_sources: Vec<String>,
    /// The text reached beside the one adopted in history, issue by issue, where the scenario says.
    pub beside_history: Vec<String>,
}

/// The debrief for the seat at the screen; `opening_room` is the room the instructions were written from.
pub fn debrief_view(
    l: &Locale,
    scenario: &Scenario,
    opening_room: &Room,
    record: &Record,
    texts: &[TextState],
    seat: Option<Seat>,
) -> DebriefView {
    let role_line = match seat {
        Some(Seat::Delegation(d)) => {
            let stands: Vec<Stand> = texts.iter().map(|s| s.stands[d]).collect();
            let stand = match stands.iter().find(|s| **s != Stand::AsInstructed).copied().unwrap_or_default() {
                Stand::AsInstructed => l.t("debrief-stand-instructed"),
                Stand::Object => l.t("debrief-stand-object"),
                Stand::JoinConsensus => l.t("debrief-stand-join"),
            };
            tr!(l, "debrief-role-delegation", state = l.state_in_text(scenario, d), stand = stand)
        }
        Some(Seat::Chair) => l.t("debrief-role-chair"),
        None => l.t("debrief-role-watched"),
    };
    let debriefs = texts
        .iter()
        .enumerate()
        .map(|(t, state)| {
            let history = &record.texts[t];
            let opening = history.drafts.first().cloned().unwrap_or_else(|| Draft::opening(scenario, t));
            let last = &state.draft;
            let marks: Vec<Mark> = match seat {
                Some(Seat::Delegation(d)) => brief::delegation_marks(scenario, opening_room, d, record, t, last),
                _ => brief::chair_marks(scenario, record, t, &opening, last),
            };
            let mut timeline = Vec::new();
            for pair in history.drafts.windows(2) {
                let changes: Vec<String> =
                    brief::changes(&pair[0], &pair[1]).iter().map(|c| report::change(l, scenario, c)).collect();
                if !changes.is_empty() {
                    let label = if pair[1].revision == 0 && pair[1].named.is_none() {
                        l.t("debrief-opening-draft")
                    } else if pair[1].revision == pair[0].revision && pair[1].named == pair[0].named {
                        l.t("debrief-at-gavel")
                    } else {
                        tr!(l, "debrief-rev", label = statements::draft_label(l, scenario, &pair[1]))
                    };
                    timeline.push((label, changes));
                }
            }
            let decision = adoption_view(l, scenario, texts, record, t);
            TextDebrief {
                heading: match &history.conclusion {
                    Some(c) => tr!(
                        l,
                        "debrief-outcome",
                        symbol = statements::symbol(scenario, t),
                        outcome = l.outcome(c.outcome),
                        round = c.round,
                        rounds = scenario.rounds
                    ),
                    None => tr!(l, "debrief-undecided", symbol = statements::symbol(scenario, t)),
                },
                adopted: history.conclusion.as_ref().is_some_and(|c| c.outcome.adopted()),
                decision,
                marks: marks.iter().map(|m| MarkLine { met: m.met(), text: report::mark(l, scenario, m) }).collect(),
                timeline,
                final_text: (0..last.paragraphs.len())
                    .map(|i| statements::final_paragraph(l, scenario, last, i))
                    .collect(),
                counts: history.counts.clone(),
            }
        })
        .collect();
    DebriefView {
        title: l.scenario_title(scenario),
        role_line,
        texts: debriefs,
        history: scenario.history.outcome.clone(),
        history_events: scenario.history.events.clone(),
        history_sources: scenario.history.sources.clone(),
        beside_history: beside_history(l, scenario, texts),
    }
}

/// "Thematic groups: yours ...; in history ...": the first text's final words beside the adopted ones.
fn beside_history(l: &Locale, scenario: &Scenario, texts: &[TextState]) -> Vec<String> {
    use crate::model::draft::Standing;
    let Some(first) = texts.first() else { return Vec::new() };
    let words = |issue: usize, standing: Standing| match standing {
        Standing::Text(rung) | Standing::Bracketed(rung) => {
            tr!(l, "debrief-place-text", wording = l.wording(scenario, issue, rung))
        }
        Standing::ChairSummary => l.t("debrief-place-summary"),
        Standing::Absent => l.t("debrief-place-absent"),
    };
    scenario
        .history
        .final_text
        .iter()
        .map(|real| {
            let (yours, history) = (first.draft.standing(real.issue), real.stands.standing());
            tr!(
                l,
                "debrief-beside",
                issue = l.issue_title(scenario, real.issue),
                same = if yours == history { "yes" } else { "no" },
                yours = words(real.issue, yours),
                history = words(real.issue, history),
                estimate = if real.estimate { "yes" } else { "no" },
                source = real.source.clone()
            )
        })
        .collect()
}

/// The debrief as plain text, for the exported record.
pub fn debrief_text(l: &Locale, view: &DebriefView) -> String {
    let mut out = String::new();
    let mut line = |s: String| {
        out.push_str(&s);
        out.push('\n');
    };
    line(String::new());
    line(tr!(l, "export-debrief", title = view.title.clone()));
    line(view.role_line.clone());
    for t in &view.texts {
        line(String::new());
        line(t.heading.clone());
        for m in &t.marks {
            line(tr!(l, if m.met { "export-met" } else { "export-missed" }, text = m.text.clone()));
        }
        if let Some(d) = &t.decision {
            for o in &d.objections {
                line(tr!(l, "export-objected", text = o.clone()));
            }
            for e in &d.explanations {
                line(e.clone());
            }
            if let Some(tally) = &d.tally {
                line(tally.clone());
            }
            for r in &d.roll_call {
                line(tr!(
                    l,
                    "export-roll-call",
                    state = r.state.clone(),
                    vote = r.vote.clone(),
                    reason = r.reason.clone()
                ));
            }
        }
        for (label, changes) in &t.timeline {
            line(tr!(l, "export-draft", label = label.clone()));
            for c in changes {
                line(tr!(l, "export-change", text = c.clone()));
            }
        }
        line(l.t("export-final-text"));
        for p in &t.final_text {
            line(tr!(l, "export-change", text = p.clone()));
        }
    }
    line(String::new());
    line(tr!(l, "export-history", text = view.history.clone()));
    if !view.beside_history.is_empty() {
        line(l.t("debrief-beside-heading"));
        for b in &view.beside_history {
            line(tr!(l, "export-change", text = b.clone()));
        }
    }
    out
}

#[derive(Debug, Clone, PartialEq)]
pub struct RollCallLine {
    pub state: String,
    pub vote: String,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AdoptionView {
    pub question: String,
    pub adopted_by_consensus: bool,
    /// Nobody objected, but a delegation asked for a recorded vote: its request, in words.
    pub vote_requested: Option<String>,
    /// "Cuba: on humanitarian law the text crosses a red line of its government".
    pub objections: Vec<String>,
    pub explanations: Vec<String>,
    pub summary_line: Option<String>,
    pub outcome: String,
    pub tally: Option<String>,
    pub roll_call: Vec<RollCallLine>,
}

/// Every decided text's adoption moment, in the scenario's order.
pub fn adoption_views(l: &Locale, scenario: &Scenario, texts: &[TextState], record: &Record) -> Vec<AdoptionView> {
    (0..record.texts.len()).filter_map(|t| adoption_view(l, scenario, texts, record, t)).collect()
}

/// Text `t`'s adoption moment, once it is decided.
pub fn adoption_view(
    l: &Locale,
    scenario: &Scenario,
    texts: &[TextState],
    record: &Record,
    t: usize,
) -> Option<AdoptionView> {
    let c = record.texts.get(t)?.conclusion.as_ref()?;
    let summary = texts.get(t).map_or(0, |s| s.draft.in_chair_summary().count());
    let explanations = record
        .statements
        .iter()
        .filter(|s| matches!(&s.says, Says::ExplainsPosition { text, .. } if *text == t))
        .map(|s| statements::line(l, scenario, s))
        .collect();
    Some(AdoptionView {
        question: tr!(l, "says-question", symbol = statements::symbol(scenario, t)),
        adopted_by_consensus: c.gavel.adopted(),
        vote_requested: record
            .statements
            .iter()
            .find(|s| matches!(&s.says, Says::RequestsVote { text } if *text == t))
            .map(|s| statements::says(l, scenario, s)),
        objections: c.gavel.blockers.iter().map(|o| report::objection(l, scenario, o)).collect(),
        explanations,
        summary_line: (summary > 0).then(|| tr!(l, "adoption-summary", count = summary)),
        outcome: tr!(l, "adoption-outcome", outcome = l.outcome(c.outcome)),
        tally: c.votes.as_ref().map(|v| {
            let t = crate::model::Tally::of(&v.iter().map(|x| x.0).collect::<Vec<_>>());
            tr!(l, "tally", yes = t.yes, no = t.no, abstain = t.abstain)
        }),
        roll_call: c
            .votes
            .as_ref()
            .map(|v| {
                v.iter()
                    .enumerate()
                    .map(|(d, (vote, why))| RollCallLine {
                        state: l.state(scenario, d),
                        vote: report::vote(l, *vote),
                        reason: report::vote_reason(l, scenario, why),
                    })
                    .collect()
            })
            .unwrap_or_default(),
    })
}
