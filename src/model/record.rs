//! The record of a session: statements and events, drafts, counts per round and
//! the conclusion. In fast batch runs only the counts and the conclusion are kept.

use super::consensus::{Gavel, Objection, Outcome, Vote};
use super::draft::{Draft, Edit};
use super::evaluate::{Assessment, Verdict, VerdictKind};
use super::scenario::Scenario;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum Speaker {
    Chair,
    Delegation(usize),
    /// A delegation speaking on behalf of a group.
    Group {
        group: usize,
        speaker: usize,
    },
}

impl Speaker {
    /// Who spoke, as the log shows it: "Chair", "CUB", "FRA for EU".
    pub fn label(self, scenario: &Scenario) -> String {
        match self {
            Speaker::Chair => "Chair".to_string(),
            Speaker::Delegation(d) => scenario.delegations[d].code.clone(),
            Speaker::Group { group, speaker } => {
                format!("{} for {}", scenario.delegations[speaker].code, scenario.groups[group].id)
            }
        }
    }

    /// Whether delegation `d` said it (alone or for its group).
    pub fn is(self, d: usize) -> bool {
        match self {
            Speaker::Delegation(x) | Speaker::Group { speaker: x, .. } => x == d,
            Speaker::Chair => false,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum EntryKind {
    Statement,
    Amendment,
    Lobbying,
    Revision,
    Adoption,
    ExplanationOfPosition,
    Event,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Entry {
    pub round: u32,
    pub speaker: Speaker,
    pub kind: EntryKind,
    pub text: String,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Count {
    pub supports: u16,
    pub can_live_with: u16,
    pub reservations: u16,
    pub objects: u16,
}

impl Count {
    /// How many delegations hold `kind`.
    pub fn get(&self, kind: VerdictKind) -> u16 {
        match kind {
            VerdictKind::Supports => self.supports,
            VerdictKind::CanLiveWith => self.can_live_with,
            VerdictKind::Reservations => self.reservations,
            VerdictKind::Objects => self.objects,
        }
    }

    pub fn of(assessments: &[Assessment]) -> Count {
        let mut c = Count::default();
        for a in assessments {
            match a.kind {
                VerdictKind::Supports => c.supports += 1,
                VerdictKind::CanLiveWith => c.can_live_with += 1,
                VerdictKind::Reservations => c.reservations += 1,
                VerdictKind::Objects => c.objects += 1,
            }
        }
        c
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Conclusion {
    pub outcome: Outcome,
    pub round: u32,
    pub gavel: Gavel,
    /// In a recorded vote, each delegation's vote in delegation order.
    pub votes: Option<Vec<Vote>>,
}

/// How many verdicts the session computed: full evaluations of a whole draft,
/// and incremental ones, where the penholder updates a verdict exactly after a
/// change to one paragraph (same result, one issue's worth of work).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Evaluations {
    pub full: u64,
    pub incremental: u64,
}

impl Evaluations {
    pub fn total(&self) -> u64 {
        self.full + self.incremental
    }
}

impl std::ops::AddAssign for Evaluations {
    fn add_assign(&mut self, other: Evaluations) {
        self.full += other.full;
        self.incremental += other.incremental;
    }
}

#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct Record {
    /// Keep statements and drafts (the game) or only counts (batch runs).
    pub verbose: bool,
    pub entries: Vec<Entry>,
    pub drafts: Vec<Draft>,
    pub counts: Vec<Count>,
    pub evaluations: Evaluations,
    pub conclusion: Option<Conclusion>,
}

impl Record {
    pub fn say(&mut self, round: u32, speaker: Speaker, kind: EntryKind, text: impl FnOnce() -> String) {
        if self.verbose {
            self.entries.push(Entry { round, speaker, kind, text: text() });
        }
    }
}

/// Where the text stands against a delegation's ideal, in words.
fn direction(text_position: f32, ideal: f32) -> &'static str {
    if text_position > ideal { "goes too far" } else { "does not go far enough" }
}

fn paragraph_ref(scenario: &Scenario, issue: usize, paragraph: Option<usize>) -> String {
    let label = scenario.issues[issue].label();
    match paragraph {
        Some(p) => format!("paragraph {} ({label})", Draft::number(p)),
        None => format!("the absence of a paragraph on {label}"),
    }
}

/// A statement in the delegation's voice, generated from its explained verdict.
pub fn statement(scenario: &Scenario, d: usize, verdict: &Verdict) -> String {
    let name = &scenario.delegations[d].name;
    let first = verdict.reasons.first();
    match (verdict.kind, first) {
        (VerdictKind::Objects, Some(r)) if r.red_line_crossed => format!(
            "The delegation of {name} cannot accept {}: {}. We will not join consensus on a text that contains it.",
            paragraph_ref(scenario, r.issue, r.paragraph),
            r.red_line.map(|l| l.describe()).unwrap_or_default()
        ),
        (VerdictKind::Objects, Some(r)) => format!(
            "The delegation of {name} cannot support the draft in its present form: {} {}, and the text as a whole is worth less to us than no outcome.",
            paragraph_ref(scenario, r.issue, r.paragraph),
            direction(r.text_position, r.ideal)
        ),
        (VerdictKind::Reservations, Some(r)) => format!(
            "{name} has reservations: {} {}. We ask the chair to revisit it.",
            paragraph_ref(scenario, r.issue, r.paragraph),
            direction(r.text_position, r.ideal)
        ),
        (VerdictKind::CanLiveWith, Some(r)) => format!(
            "{name} can live with the draft, although {} {}.",
            paragraph_ref(scenario, r.issue, r.paragraph),
            direction(r.text_position, r.ideal)
        ),
        _ => format!("{name} supports the draft and thanks the chair for a balanced text."),
    }
}

pub fn describe_edit(scenario: &Scenario, draft: &Draft, edit: Edit) -> String {
    let para = |p: usize| {
        let issue = draft.paragraphs[p].issue;
        format!("paragraph {} ({})", Draft::number(p), scenario.issues[issue].label())
    };
    match edit {
        Edit::Reword { paragraph, rung } => {
            let issue = &scenario.issues[draft.paragraphs[paragraph].issue];
            format!("{} to read: \"{}\"", para(paragraph), issue.ladder[rung].text)
        }
        Edit::Insert { issue, rung } => format!(
            "a new paragraph on {}: \"{}\"",
            scenario.issues[issue].label(),
            scenario.issues[issue].ladder[rung].text
        ),
        Edit::Bracket { paragraph } => format!("{} placed in brackets", para(paragraph)),
        Edit::Unbracket { paragraph } => format!("brackets removed from {}", para(paragraph)),
        Edit::Delete { paragraph } => format!("{} deleted", para(paragraph)),
        Edit::MoveToChairSummary { paragraph } => format!("{} moved to the chair's summary", para(paragraph)),
    }
}

/// Why an objection stands, in one line (the debrief and the CLI use it).
pub fn objection_reason(scenario: &Scenario, o: &Objection) -> String {
    let issue = scenario.issues[o.issue].label();
    if o.red_line {
        format!("red line on {issue}")
    } else {
        format!("{issue}: text worth {:.0} points less than no outcome", o.shortfall)
    }
}

/// A whole AI-only session as readable text.
pub fn transcript(scenario: &std::sync::Arc<Scenario>, text: usize, seed: u64) -> String {
    let mut session = super::Session::new(scenario.clone(), text, seed, true);
    session.run();
    let heading = format!("{} ({}), seed {seed}", scenario.texts[text].id, scenario.title);
    render(scenario, &heading, &session.record)
}

/// A record as readable text: every statement, then the count after each round.
pub fn render(scenario: &Scenario, heading: &str, record: &Record) -> String {
    let mut out = format!("== {heading}\n");
    for e in &record.entries {
        let who = e.speaker.label(scenario);
        out.push_str(&format!("[{}] {who}: {}\n", e.round, e.text));
    }
    for (r, c) in record.counts.iter().enumerate() {
        out.push_str(&format!(
            "count {r}: {} support, {} can live with it, {} reservations, {} object\n",
            c.supports, c.can_live_with, c.reservations, c.objects
        ));
    }
    out
}
