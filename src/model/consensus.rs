//! The gavel: "Is there any objection?" One objection blocks, but blocking alone
//! is costly, and costlier for a small delegation than for a major one, so the
//! decision to object depends on who else objects.

use super::evaluate::{Assessment, VerdictKind};
use super::room::{Room, Stand};
use super::scenario::Scenario;

#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Objection {
    pub delegation: usize,
    /// The issue behind it: the red line crossed, or the heaviest loss.
    pub issue: usize,
    pub red_line: bool,
    /// How much worse than no outcome the text is for it (points, ≥ 0).
    pub shortfall: f32,
    /// What blocking costs it, given who else objects.
    pub cost_of_blocking: f32,
}

#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct Gavel {
    /// Those who maintain their objection: consensus is blocked if any.
    pub blockers: Vec<Objection>,
    /// Objected in consultations but join consensus rather than block (isolated).
    pub gave_way: Vec<Objection>,
}

impl Gavel {
    pub fn adopted(&self) -> bool {
        self.blockers.is_empty()
    }
}

/// What blocking costs delegation `d` when `others` (their influence summed as
/// `others_influence`) also object. A red line is never traded away.
pub fn cost_of_blocking(scenario: &Scenario, influence: f32, others: usize, others_influence: f32) -> f32 {
    let company = others as f32 * 0.5 + others_influence;
    scenario.params.isolation_cost * (1.0 - 0.8 * influence) / (1.0 + company)
}

/// Decides who really blocks. Starts from every delegation whose verdict is
/// "objects"; repeatedly, the one least willing to block alone (shortfall minus
/// cost, lowest first) gives way, until every remaining objector would block.
/// A delegation that declared it will object never gives way; one that declared it
/// joins consensus gives way at once (and explains its position if it objects).
pub fn call_for_adoption(scenario: &Scenario, room: &Room, assessments: &[Assessment]) -> Gavel {
    let stand = |d: usize| room.stand.get(d).copied().unwrap_or_default();
    let mut gavel = Gavel::default();
    let mut objectors = Vec::new();
    for (d, a) in assessments.iter().enumerate() {
        match (stand(d), a.kind == VerdictKind::Objects) {
            (Stand::Object, _) | (Stand::AsInstructed, true) => objectors.push(d),
            (Stand::JoinConsensus, true) => gavel.gave_way.push(objection_of(scenario, a, d, 0, 0.0)),
            _ => {}
        }
    }
    loop {
        let total_influence: f32 = objectors.iter().map(|&d| scenario.delegations[d].influence).sum();
        let count = objectors.len();
        let objections: Vec<Objection> =
            objectors.iter().map(|&d| objection_of(scenario, &assessments[d], d, count - 1, total_influence)).collect();
        let weakest = objections
            .iter()
            .filter(|o| !o.red_line && o.shortfall <= o.cost_of_blocking && stand(o.delegation) != Stand::Object)
            .min_by(|a, b| {
                (a.shortfall - a.cost_of_blocking)
                    .total_cmp(&(b.shortfall - b.cost_of_blocking))
                    .then(a.delegation.cmp(&b.delegation))
            })
            .copied();
        match weakest {
            Some(o) => {
                objectors.retain(|&d| d != o.delegation);
                gavel.gave_way.push(o);
            }
            None => {
                gavel.blockers = objections;
                return gavel;
            }
        }
    }
}

/// Delegation `d`'s objection, with what blocking costs it beside `others` objectors
/// whose influence, with its own, sums to `total_influence`.
fn objection_of(scenario: &Scenario, a: &Assessment, d: usize, others: usize, total_influence: f32) -> Objection {
    let influence = scenario.delegations[d].influence;
    Objection {
        delegation: d,
        issue: a.red_line_issue.unwrap_or(a.worst_issue),
        red_line: a.red_line_issue.is_some(),
        shortfall: (-a.net).max(0.0),
        cost_of_blocking: cost_of_blocking(scenario, influence, others, (total_influence - influence).max(0.0)),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Vote {
    Yes,
    No,
    Abstain,
}

/// "Recorded vote: 170 in favour, 23 against, 0 abstentions."
pub fn tally(votes: &[Vote]) -> String {
    let count = |x: Vote| votes.iter().filter(|&&y| y == x).count();
    format!(
        "Recorded vote: {} in favour, {} against, {} abstentions.",
        count(Vote::Yes),
        count(Vote::No),
        count(Vote::Abstain)
    )
}

/// Points of net value either side of zero within which a delegation abstains.
pub const ABSTAIN_BAND: f32 = 10.0;

/// A recorded vote follows from the verdict (or a declared stand); sponsors vote for their own text.
pub fn vote(assessment: &Assessment, sponsor: bool, stand: Stand) -> Vote {
    if sponsor {
        return Vote::Yes;
    }
    match stand {
        Stand::Object => return Vote::No,
        Stand::JoinConsensus => return Vote::Yes,
        Stand::AsInstructed => {}
    }
    match assessment.kind {
        VerdictKind::Supports | VerdictKind::CanLiveWith => Vote::Yes,
        VerdictKind::Reservations if assessment.net >= ABSTAIN_BAND => Vote::Yes,
        VerdictKind::Reservations => Vote::Abstain,
        VerdictKind::Objects if assessment.red_line_issue.is_none() && assessment.net > -ABSTAIN_BAND => Vote::Abstain,
        VerdictKind::Objects => Vote::No,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub enum Outcome {
    Consensus,
    ConsensusWithChairSummary,
    NoConsensus,
    AdoptedByVote,
    RejectedByVote,
}

impl Outcome {
    /// Whether the text was adopted, by consensus or by vote.
    pub fn adopted(self) -> bool {
        !matches!(self, Outcome::NoConsensus | Outcome::RejectedByVote)
    }
    pub fn by_consensus(self) -> bool {
        matches!(self, Outcome::Consensus | Outcome::ConsensusWithChairSummary)
    }
    pub fn key(self) -> &'static str {
        match self {
            Outcome::Consensus => "consensus",
            Outcome::ConsensusWithChairSummary => "consensus_with_chair_summary",
            Outcome::NoConsensus => "no_consensus",
            Outcome::AdoptedByVote => "adopted_by_vote",
            Outcome::RejectedByVote => "rejected_by_vote",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Outcome::Consensus => "adopted by consensus",
            Outcome::ConsensusWithChairSummary => "adopted by consensus, with a chair's summary",
            Outcome::NoConsensus => "no consensus",
            Outcome::AdoptedByVote => "adopted by recorded vote",
            Outcome::RejectedByVote => "rejected in a recorded vote",
        }
    }
    pub const ALL: [Outcome; 5] = [
        Outcome::Consensus,
        Outcome::ConsensusWithChairSummary,
        Outcome::NoConsensus,
        Outcome::AdoptedByVote,
        Outcome::RejectedByVote,
    ];
}
