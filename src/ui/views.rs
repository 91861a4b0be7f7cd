//! Builds the panels' plain view state from the model. No Bevy, no egui state.

use super::panels::{AdoptionView, DraftView, ForecastRow, InspectorView, ParagraphView, Role, StanceView, Support};
use crate::model::consensus;
use crate::model::evaluate::{self, Assessment, VerdictKind, issue_loss};
use crate::model::forecast::IssueForecast;
use crate::model::record::Record;
use crate::model::record::{self as rec, Conclusion};
use crate::model::session::Phase;
use crate::model::{Draft, Edit, Room, Scenario};

/// What one issue's paragraph does to each delegation: an objection where it
/// crosses a red line or is the heaviest loss of an objector; otherwise the
/// verdict that loss alone would give.
pub fn paragraph_support(room: &Room, assessments: &[Assessment], issue: usize, position: f32) -> Support {
    let mut support = [0u16; 4];
    for (d, a) in assessments.iter().enumerate() {
        support[paragraph_verdict(room, d, a, issue, position).0 as usize] += 1;
    }
    support
}

/// What one issue's paragraph does to delegation `d`, and whether it crosses its red line.
pub fn paragraph_verdict(room: &Room, d: usize, a: &Assessment, issue: usize, position: f32) -> (VerdictKind, bool) {
    let crossed = room.red_line(d, issue).is_some_and(|r| r.crossed_by(position));
    let loss = issue_loss(room.salience(d, issue), room.ideal(d, issue), position);
    let objects = crossed || (a.kind == VerdictKind::Objects && a.red_line_issue.is_none() && a.worst_issue == issue);
    (if objects { VerdictKind::Objects } else { evaluate::acceptance(loss) }, crossed)
}

pub fn draft_view(
    scenario: &Scenario,
    room: &Room,
    draft: &Draft,
    assessments: &[Assessment],
    proposals: &[Edit],
    role: Role,
    concluded: bool,
) -> DraftView {
    let positions = draft.positions(&scenario.issues);
    let paragraphs = draft
        .paragraphs
        .iter()
        .enumerate()
        .map(|(index, p)| {
            let issue = &scenario.issues[p.issue];
            ParagraphView {
                index,
                issue: p.issue,
                issue_label: issue.label(),
                text: issue.ladder[p.rung].text.clone(),
                status: p.status,
                rung: p.rung,
                ladder: issue.ladder.iter().map(|w| (w.text.clone(), w.position, w.agreed)).collect(),
                support: paragraph_support(room, assessments, p.issue, positions[p.issue]),
                mine: match role {
                    Role::Delegation(d) => {
                        Some(paragraph_verdict(room, d, &assessments[d], p.issue, positions[p.issue]))
                    }
                    _ => None,
                },
            }
        })
        .collect();
    let addable = scenario
        .issues
        .iter()
        .enumerate()
        .filter(|(i, _)| draft.paragraph_on(*i).is_none())
        .map(|(i, issue)| (i, issue.label(), issue.ladder.iter().map(|w| w.text.clone()).collect()))
        .collect();
    let issues =
        scenario.issues.iter().map(|i| (i.label(), i.ladder.iter().map(|w| w.text.clone()).collect())).collect();
    let text = &scenario.texts[draft.text];
    // Amendments still open: those the draft has not already taken up.
    let amendments = proposals
        .iter()
        .filter(|&&e| {
            let open = match e {
                Edit::Reword { paragraph, rung } => draft.paragraphs.get(paragraph).is_some_and(|p| p.rung != rung),
                _ => true,
            };
            open && draft.check(&scenario.issues, e).is_ok()
        })
        .map(|&e| (rec::describe_edit(scenario, draft, e), e))
        .collect();
    DraftView {
        title: text.id.clone(),
        revision: draft.revision,
        role,
        paragraphs,
        addable,
        issues,
        amendments,
        concluded,
    }
}

pub fn inspector_view(
    scenario: &Scenario,
    room: &Room,
    draft: &Draft,
    record: &Record,
    d: usize,
    lobbyist: Option<usize>,
) -> InspectorView {
    let delegation = &scenario.delegations[d];
    let verdict = evaluate::explain(scenario, room, d, draft);
    let reasons = verdict
        .reasons
        .iter()
        .take(6)
        .map(|r| {
            let where_ = match r.paragraph {
                Some(p) => format!("paragraph {}", Draft::number(p)),
                None => "no paragraph".to_string(),
            };
            let red = if r.red_line_crossed {
                format!(": red line crossed ({})", r.red_line.map(|l| l.describe()).unwrap_or_default())
            } else {
                String::new()
            };
            format!(
                "{where_}, {}: text at {:.0}, wants {:.0} (distance {:.0}, weighted {:.0}){red}",
                scenario.issues[r.issue].label(),
                r.text_position,
                r.ideal,
                r.distance,
                r.weighted_loss
            )
        })
        .collect();
    let positions = draft.positions(&scenario.issues);
    let stances = delegation
        .stances
        .iter()
        .enumerate()
        .map(|(i, s)| StanceView {
            issue: i,
            issue_label: scenario.issues[i].label(),
            ideal: room.ideal(d, i),
            salience: room.salience(d, i) * 100.0,
            red_line: room.red_line(d, i).map(|r| r.describe()),
            source: s.source.label(),
            text_position: positions[i],
        })
        .collect();
    let statements = record
        .entries
        .iter()
        .filter(|e| e.speaker.is(d))
        .rev()
        .take(8)
        .map(|e| format!("[round {}] {}", e.round, e.text))
        .collect();
    InspectorView {
        index: d,
        code: delegation.code.clone(),
        name: delegation.name.clone(),
        region: delegation.region.label().to_string(),
        groups: delegation
            .groups
            .iter()
            .map(|&g| scenario.groups[g].name.clone())
            .filter(|name| name != delegation.region.label())
            .collect(),
        verdict: verdict.kind,
        reasons,
        stances,
        statements,
        lobbyist,
        capital: lobbyist.map_or(0.0, |by| room.capital[by]),
    }
}

/// The forecast chart's rows: every issue the text speaks to.
pub fn forecast_rows(scenario: &Scenario, draft: &Draft, forecasts: &[IssueForecast]) -> Vec<ForecastRow> {
    draft
        .paragraphs
        .iter()
        .filter(|p| p.counts())
        .filter_map(|p| {
            let f = forecasts.get(p.issue)?;
            let issue = &scenario.issues[p.issue];
            Some(ForecastRow {
                label: issue.label(),
                text: issue.ladder[p.rung].position,
                compromise: f.compromise,
                nash: f.nash,
            })
        })
        .collect()
}

/// The adoption window's content, from the conclusion.
pub fn adoption_view(scenario: &Scenario, draft: &Draft, conclusion: &Conclusion) -> AdoptionView {
    let name = |d: usize| scenario.delegations[d].name.clone();
    AdoptionView {
        text_id: scenario.texts[draft.text].id.clone(),
        adopted_by_consensus: conclusion.gavel.adopted(),
        objections: conclusion
            .gavel
            .blockers
            .iter()
            .map(|o| format!("{}: {}", name(o.delegation), rec::objection_reason(scenario, o)))
            .collect(),
        explanations: conclusion
            .gavel
            .gave_way
            .iter()
            .map(|o| {
                format!(
                    "{} joins consensus but dissociates itself on {}",
                    name(o.delegation),
                    scenario.issues[o.issue].label()
                )
            })
            .collect(),
        in_chair_summary: draft.in_chair_summary().count(),
        outcome: conclusion.outcome.label().to_string(),
        tally: conclusion.votes.as_deref().map(consensus::tally),
    }
}

/// What the player can usefully do now, in one line: the game teaches the
/// procedure by saying what comes next.
pub fn next_step(role: Role, phase: Phase, objectors: usize, paused: bool) -> String {
    let step = if paused { "press Space for the next step" } else { "the AI moves at your chosen pace (P pauses)" };
    match (role, phase) {
        (_, Phase::Concluded) => "The session is over: press D or the button for the debrief.".to_string(),
        (_, Phase::Opening | Phase::GeneralExchange) => {
            format!("The draft is tabled and delegations state their positions: {step}.")
        }
        (_, Phase::Adoption) => format!("The chair asks \"Is there any objection?\": {step}."),
        (Role::Chair, _) if objectors == 0 => {
            "Nobody objects: call for adoption (A) while it lasts, or improve the text first.".to_string()
        }
        (Role::Chair, _) => format!(
            "{objectors} delegation(s) object: click a red seat to see why, then reword, bracket or move the paragraph to a chair's summary; {step}."
        ),
        (Role::Delegation(_), Phase::Consultations) => format!(
            "Informal consultations: propose wording (draft, right) or lobby a delegation (click its seat); {step}."
        ),
        (Role::Delegation(_), _) => format!("The penholder revises the text, weighing the amendments: {step}."),
        (Role::Observer, _) => format!("AI-only play: {step}."),
    }
}

/// Why a delegation stands where it does, in a few words: the red line crossed,
/// or the issue that costs it most.
pub fn seat_reason(scenario: &Scenario, a: &Assessment) -> String {
    match (a.kind, a.red_line_issue) {
        (_, Some(i)) => format!(", red line on {}", scenario.issues[i].label()),
        (VerdictKind::Supports, None) => String::new(),
        (_, None) if a.worst_loss > 0.5 => format!(", mostly because of {}", scenario.issues[a.worst_issue].label()),
        _ => String::new(),
    }
}
