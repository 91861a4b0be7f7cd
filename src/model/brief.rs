//! What a player is told before and after a session: the capital's
//! instructions (priorities, red lines, what success looks like), and in the
//! debrief how the text changed and how the player did against them.

use super::draft::{Draft, ParagraphStatus};
use super::evaluate::{self, VerdictKind};
use super::record::Record;
use super::room::Room;
use super::scenario::{Fallback, RedLine, Scenario};

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
    /// The ladder wording closest to the ideal: what to push for.
    pub wording: String,
    pub source: String,
    pub estimate: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RedLineOrder {
    pub issue: usize,
    pub line: RedLine,
    /// The red line in words of the ladder.
    pub order: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Instructions {
    pub to: String,
    pub priorities: Vec<Priority>,
    pub red_lines: Vec<RedLineOrder>,
    pub success: Vec<String>,
}

fn closest_wording(scenario: &Scenario, issue: usize, position: f32) -> String {
    let ladder = &scenario.issues[issue].ladder;
    let w = ladder
        .iter()
        .min_by(|a, b| (a.position - position).abs().total_cmp(&(b.position - position).abs()))
        .expect("ladders are not empty");
    if (scenario.issues[issue].absent - position).abs() < (w.position - position).abs() {
        "no paragraph on it at all".to_string()
    } else {
        format!("\"{}\"", w.text)
    }
}

/// A red line in the ladder's words: the strongest (or weakest) wording still acceptable.
pub fn red_line_order(scenario: &Scenario, issue: usize, line: RedLine) -> String {
    let i = &scenario.issues[issue];
    let acceptable = i.ladder.iter().filter(|w| !line.crossed_by(w.position));
    match line {
        RedLine::AtMost(_) => match acceptable.max_by(|a, b| a.position.total_cmp(&b.position)) {
            Some(w) => format!("Object to anything stronger than \"{}\"", w.text),
            None => "Object to any paragraph on this issue".to_string(),
        },
        RedLine::AtLeast(_) => match acceptable.min_by(|a, b| a.position.total_cmp(&b.position)) {
            Some(w) => format!("Object unless the text says at least \"{}\"", w.text),
            None => "Object to any text that does not go beyond every wording on the table".to_string(),
        },
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
            wording: closest_wording(scenario, i, room.ideal(d, i)),
            source: delegation.stances[i].source.label(),
            estimate: delegation.stances[i].source.is_estimate(),
        })
        .collect();
    let red_lines = (0..scenario.issues.len())
        .filter_map(|i| {
            room.red_line(d, i).map(|line| RedLineOrder { issue: i, line, order: red_line_order(scenario, i, line) })
        })
        .collect();
    let success = vec![
        "The text is adopted and crosses none of your red lines.".to_string(),
        format!(
            "On each priority, the adopted text lands within {MET_WITHIN:.0} points of your position: the closer, the better."
        ),
        "You keep the goodwill of the room: objecting alone is costly, so block only on a red line.".to_string(),
    ];
    Instructions { to: delegation.name.clone(), priorities, red_lines, success }
}

/// The chair's brief: no national position, only the text and the process.
pub fn chair_instructions(scenario: &Scenario) -> Instructions {
    let fallback = match scenario.fallback {
        Fallback::ChairSummary => "a chair's summary, on your own responsibility, of what could not be agreed",
        Fallback::NoReport => "no report at all",
        Fallback::RecordedVote => "a recorded vote",
    };
    Instructions {
        to: "the Chair".to_string(),
        priorities: Vec::new(),
        red_lines: Vec::new(),
        success: vec![
            "A text adopted by consensus: when you ask \"Is there any objection?\", nobody objects.".to_string(),
            "As much of the text kept as the room allows: weaken, bracket or move to a chair's summary only what blocks."
                .to_string(),
            format!("Failing consensus, the fallback is {fallback}."),
            format!("Time: {} rounds of informal consultations.", scenario.rounds),
        ],
    }
}

/// One line of the debrief's report card.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub met: bool,
    pub text: String,
}

/// How a delegation did against its instructions on the final text.
pub fn delegation_marks(scenario: &Scenario, room: &Room, d: usize, record: &Record, draft: &Draft) -> Vec<Mark> {
    let brief = instructions(scenario, room, d);
    let positions = draft.positions(&scenario.issues);
    let adopted = record.conclusion.as_ref().is_some_and(|c| c.outcome.adopted());
    let mut marks = vec![Mark {
        met: adopted,
        text: match &record.conclusion {
            Some(c) => format!("Outcome: {}.", c.outcome.label()),
            None => "The session has not concluded.".to_string(),
        },
    }];
    for r in &brief.red_lines {
        let crossed = r.line.crossed_by(positions[r.issue]);
        marks.push(Mark {
            met: !crossed,
            text: format!(
                "Red line on {}: {}.",
                scenario.issues[r.issue].label(),
                if crossed { "crossed by the final text" } else { "held" }
            ),
        });
    }
    for p in &brief.priorities {
        let distance = (positions[p.issue] - p.ideal).abs();
        marks.push(Mark {
            met: distance <= MET_WITHIN,
            text: format!(
                "Priority {}: the text stands at {:.0}, you wanted {:.0} (distance {:.0}).",
                scenario.issues[p.issue].label(),
                positions[p.issue],
                p.ideal,
                distance
            ),
        });
    }
    let verdict = evaluate::explain(scenario, room, d, draft).kind;
    marks.push(Mark {
        met: verdict <= VerdictKind::CanLiveWith,
        text: format!("Your verdict on the final text: {}.", verdict.label()),
    });
    marks
}

/// How the chair did: consensus, and how much of the text survived.
pub fn chair_marks(scenario: &Scenario, record: &Record, opening: &Draft, last: &Draft) -> Vec<Mark> {
    let consensus = record.conclusion.as_ref().is_some_and(|c| c.outcome.by_consensus());
    let kept = last.paragraphs.iter().filter(|p| p.status == ParagraphStatus::Text).count();
    let summary = last.in_chair_summary().count();
    vec![
        Mark {
            met: consensus,
            text: match &record.conclusion {
                Some(c) => format!("Outcome: {} in round {} of {}.", c.outcome.label(), c.round, scenario.rounds),
                None => "The session has not concluded.".to_string(),
            },
        },
        Mark {
            met: kept * 2 >= opening.paragraphs.len(),
            text: format!(
                "{kept} of the text's {} paragraphs adopted as agreed text (it opened with {}); {summary} in the chair's summary.",
                last.paragraphs.len(),
                opening.paragraphs.len()
            ),
        },
    ]
}

/// What changed from one draft to the next, paragraph by paragraph.
pub fn changes(scenario: &Scenario, before: &Draft, after: &Draft) -> Vec<String> {
    let mut out = Vec::new();
    for (i, p) in after.paragraphs.iter().enumerate() {
        let label = || format!("paragraph {} ({})", Draft::number(i), scenario.issues[p.issue].label());
        match before.paragraphs.get(i) {
            None => out.push(format!("{} added: \"{}\"", label(), scenario.issues[p.issue].ladder[p.rung].text)),
            Some(old) => {
                if old.rung != p.rung {
                    let dir = if p.rung > old.rung { "weakened" } else { "strengthened" };
                    out.push(format!("{} {dir}: \"{}\"", label(), scenario.issues[p.issue].ladder[p.rung].text));
                }
                if old.status != p.status {
                    let what = match p.status {
                        ParagraphStatus::Text => "agreed (brackets removed)",
                        ParagraphStatus::Bracketed => "bracketed",
                        ParagraphStatus::ChairSummary => "moved to the chair's summary",
                        ParagraphStatus::Deleted => "deleted",
                    };
                    out.push(format!("{} {what}", label()));
                }
            }
        }
    }
    out
}
