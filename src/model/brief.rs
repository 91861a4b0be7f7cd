//! What a player is told before and after a session, as data: the capital's
//! instructions (priorities, red lines), and in the debrief how the text changed
//! and how the player did against them. The words come from the locale.

use super::consensus::Outcome;
use super::draft::{Draft, ParagraphStatus};
use super::evaluate::{self, VerdictKind};
use super::record::Record;
use super::room::Room;
use super::scenario::{RedLine, Scenario, Source};

/// Issues a delegation is told to push, most salient first.
const PRIORITIES: usize = 4;
/// How far from its ideal a priority may land and still count as met (points on the ladder scale).
pub const MET_WITHIN: f32 = 20.0;

#[derive(Debug, Clone, PartialEq)]
pub struct Priority {
    pub issue: usize,
    pub ideal: f32,
    /// Salience, 0 to 100.
    pub salience: f32,
    /// The ladder wording closest to the ideal (what to push for); `None` when no
    /// paragraph at all is closest.
    pub rung: Option<usize>,
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RedLineOrder {
    pub issue: usize,
    pub line: RedLine,
    pub limit: Limit,
}

/// A red line in the words of the ladder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// Object to anything stronger than this rung.
    NothingStrongerThan(usize),
    /// Object unless the text says at least this rung.
    AtLeast(usize),
    /// Object to any paragraph on the issue.
    NoParagraph,
    /// Every wording on the table falls short.
    BeyondEveryWording,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Instructions {
    /// The delegation instructed; `None` for the chair.
    pub to: Option<usize>,
    pub priorities: Vec<Priority>,
    pub red_lines: Vec<RedLineOrder>,
}

fn closest_rung(scenario: &Scenario, issue: usize, position: f32) -> Option<usize> {
    let i = &scenario.issues[issue];
    let r = i.closest_available(position)?;
    ((i.absent - position).abs() >= (i.ladder[r].position - position).abs()).then_some(r)
}

/// A red line in the ladder's words: the strongest (or weakest) wording still acceptable.
pub fn limit_of(scenario: &Scenario, issue: usize, line: RedLine) -> Limit {
    let ladder = &scenario.issues[issue].ladder;
    let acceptable = scenario.issues[issue].available().filter(|&r| !line.crossed_by(ladder[r].position));
    match line {
        RedLine::AtMost(_) => acceptable
            .max_by(|&a, &b| ladder[a].position.total_cmp(&ladder[b].position))
            .map_or(Limit::NoParagraph, Limit::NothingStrongerThan),
        RedLine::AtLeast(_) => acceptable
            .min_by(|&a, &b| ladder[a].position.total_cmp(&ladder[b].position))
            .map_or(Limit::BeyondEveryWording, Limit::AtLeast),
    }
}

/// The capital's instructions to delegation `d`, from its stances in this room.
pub fn instructions(scenario: &Scenario, room: &Room, d: usize) -> Instructions {
    let delegation = &scenario.delegations[d];
    let mut issues: Vec<usize> = (0..scenario.issues.len()).collect();
    issues.sort_by(|&a, &b| room.salience(d, b).total_cmp(&room.salience(d, a)).then(a.cmp(&b)));
    let priorities = issues
        .iter()
        .take(PRIORITIES)
        .map(|&i| Priority {
            issue: i,
            ideal: room.ideal(d, i),
            salience: room.salience(d, i) * 100.0,
            rung: closest_rung(scenario, i, room.ideal(d, i)),
            source: delegation.stances[i].source.clone(),
        })
        .collect();
    let red_lines = (0..scenario.issues.len())
        .filter_map(|i| {
            room.red_line(d, i).map(|line| RedLineOrder { issue: i, line, limit: limit_of(scenario, i, line) })
        })
        .collect();
    Instructions { to: Some(d), priorities, red_lines }
}

/// The chair's brief: no national position, only the text and the process.
pub fn chair_instructions() -> Instructions {
    Instructions { to: None, priorities: Vec::new(), red_lines: Vec::new() }
}

/// One line of the debrief's report card, as data.
#[derive(Debug, Clone, PartialEq)]
pub enum Mark {
    /// The text was adopted (by consensus or by vote), or not; `None` while undecided.
    Outcome(Option<Outcome>),
    /// A red line held, or the final text crossed it.
    RedLine {
        issue: usize,
        crossed: bool,
    },
    /// A priority: where the text stands and where the delegation wanted it.
    Priority {
        issue: usize,
        rung_now: Option<usize>,
        wanted: Option<usize>,
        distance: f32,
    },
    Verdict(VerdictKind),
    /// The chair's outcome, and in which round of how many.
    ChairOutcome {
        outcome: Option<Outcome>,
        round: u32,
        rounds: u32,
    },
    /// How much of the text the chair kept as agreed text, and how much went to a summary.
    TextKept {
        kept: usize,
        opened_with: usize,
        summary: usize,
        adopted: bool,
    },
}

impl Mark {
    /// Whether the mark is met. Text kept counts only in a text that was adopted.
    pub fn met(&self) -> bool {
        match self {
            Mark::Outcome(o) => o.is_some_and(|o| o.adopted()),
            Mark::RedLine { crossed, .. } => !crossed,
            Mark::Priority { distance, .. } => *distance <= MET_WITHIN,
            Mark::Verdict(kind) => *kind <= VerdictKind::CanLiveWith,
            Mark::ChairOutcome { outcome, .. } => outcome.is_some_and(|o| o.by_consensus()),
            Mark::TextKept { kept, opened_with, adopted, .. } => *adopted && kept * 2 >= *opened_with,
        }
    }
}

/// Where a paragraph on `issue` stands in `draft`, as a rung (`None`: not in the text).
fn rung_in(draft: &Draft, issue: usize) -> Option<usize> {
    draft.paragraph_on(issue).map(|p| draft.paragraphs[p].rung)
}

/// How a delegation did against its instructions on text `t`'s final draft.
pub fn delegation_marks(
    scenario: &Scenario,
    room: &Room,
    d: usize,
    record: &Record,
    t: usize,
    last: &Draft,
) -> Vec<Mark> {
    let brief = instructions(scenario, room, d);
    let placements = last.placements(&scenario.issues);
    let mut marks = vec![Mark::Outcome(record.texts[t].conclusion.as_ref().map(|c| c.outcome))];
    for r in &brief.red_lines {
        marks.push(Mark::RedLine { issue: r.issue, crossed: r.line.crossed_by(placements[r.issue].position) });
    }
    for p in &brief.priorities {
        marks.push(Mark::Priority {
            issue: p.issue,
            rung_now: rung_in(last, p.issue),
            wanted: p.rung,
            distance: (placements[p.issue].position - p.ideal).abs(),
        });
    }
    marks.push(Mark::Verdict(evaluate::explain(scenario, room, d, last).kind));
    marks
}

/// How the chair did on text `t`: consensus, and how much of the text survived.
pub fn chair_marks(scenario: &Scenario, record: &Record, t: usize, opening: &Draft, last: &Draft) -> Vec<Mark> {
    let conclusion = record.texts[t].conclusion.as_ref();
    vec![
        Mark::ChairOutcome {
            outcome: conclusion.map(|c| c.outcome),
            round: conclusion.map_or(0, |c| c.round),
            rounds: scenario.rounds,
        },
        Mark::TextKept {
            kept: last.paragraphs.iter().filter(|p| p.status == ParagraphStatus::Text).count(),
            opened_with: opening.paragraphs.len(),
            summary: last.in_chair_summary().count(),
            adopted: conclusion.is_some_and(|c| c.outcome.adopted()),
        },
    ]
}

/// What changed in one paragraph from one draft to the next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    Added {
        paragraph: usize,
        issue: usize,
        rung: usize,
    },
    Weakened {
        paragraph: usize,
        issue: usize,
        rung: usize,
    },
    Strengthened {
        paragraph: usize,
        issue: usize,
        rung: usize,
    },
    Status {
        paragraph: usize,
        issue: usize,
        status: ParagraphStatus,
    },
    /// A proposal the chair recorded in its summary at the gavel.
    Summarised {
        issue: usize,
        rung: usize,
    },
}

/// What changed from one draft to the next, paragraph by paragraph.
pub fn changes(before: &Draft, after: &Draft) -> Vec<Change> {
    let mut out = Vec::new();
    for (i, p) in after.paragraphs.iter().enumerate() {
        let (paragraph, issue) = (i, p.issue);
        match before.paragraphs.get(i) {
            None if p.status == ParagraphStatus::ChairSummary => out.push(Change::Summarised { issue, rung: p.rung }),
            None => out.push(Change::Added { paragraph, issue, rung: p.rung }),
            Some(old) => {
                if old.rung < p.rung {
                    out.push(Change::Weakened { paragraph, issue, rung: p.rung });
                } else if old.rung > p.rung {
                    out.push(Change::Strengthened { paragraph, issue, rung: p.rung });
                }
                if old.status != p.status {
                    out.push(Change::Status { paragraph, issue, status: p.status });
                }
            }
        }
    }
    out
}
