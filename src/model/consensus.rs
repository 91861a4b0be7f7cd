//! The gavel: "Is there any objection?" One objection blocks, but blocking alone
//! is costly, and costlier for a small delegation than for a major one, so the
//! decision to object depends on who else objects.

use super::ballot::Cue;
use super::evaluate::{Assessment, VerdictKind};
use super::room::Stand;
use super::scenario::Scenario;

#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
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

#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
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
pub fn call_for_adoption(scenario: &Scenario, stands: &[Stand], assessments: &[Assessment]) -> Gavel {
    let stand = |d: usize| stands.get(d).copied().unwrap_or_default();
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
        issue: a.sticking_issue(),
        red_line: a.red_line_issue.is_some(),
        shortfall: (-a.net).max(0.0),
        cost_of_blocking: cost_of_blocking(scenario, influence, others, (total_influence - influence).max(0.0)),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Vote {
    Yes,
    No,
    Abstain,
}

/// A recorded vote counted: in favour, against, abstaining.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Tally {
    pub yes: u32,
    pub no: u32,
    pub abstain: u32,
}

impl Tally {
    pub fn of(votes: &[Vote]) -> Tally {
        let count = |x: Vote| votes.iter().filter(|&&y| y == x).count() as u32;
        Tally { yes: count(Vote::Yes), no: count(Vote::No), abstain: count(Vote::Abstain) }
    }
    /// Adopted by a majority of those present and voting (abstentions do not count).
    pub fn adopts(&self) -> bool {
        self.yes > self.no
    }
}

/// Points of net value either side of zero within which a delegation abstains: the stakes are
/// small against the cost of taking sides.
pub const ABSTAIN_BAND: f32 = 10.0;

/// Why a delegation voted as it did: every vote is explained, like every objection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum VoteReason {
    /// It sponsors the text.
    Sponsor,
    /// A person playing it declared its stand.
    Declared,
    /// It supports the text or can live with it.
    Content,
    /// It has reservations on this issue and votes with them in mind.
    Reservations { issue: usize },
    /// The text is worth about as much to it as no text: it will not take sides.
    CloseCall { issue: usize },
    /// The text crosses its red line on this issue.
    RedLine { issue: usize },
    /// The text is worth less to it than no text, mostly because of this issue.
    Against { issue: usize },
    /// It backs the rival text, which serves it better, most of all on this issue.
    PrefersRival { rival: usize, issue: usize },
    /// It will not choose between two competing texts.
    WontChoose { rival: usize },
    /// Little is at stake for it: it votes with the lead it follows.
    Follows { cue: Cue },
    /// Its partners pull one way and its own position on this issue the other: it abstains.
    CrossPressured { cue: Cue, issue: usize },
    /// It votes its own way against the lead it usually follows, because of this issue.
    BreaksAway { cue: Cue, issue: usize },
    /// It votes as it did on last year's text of the series (the cue): this year's has not moved
    /// far enough to change its vote.
    AsLastYear { cue: Cue },
    /// It voted the other way on last year's text of the series (the cue), which this year's has
    /// moved far from: it abstains.
    MovedSince { cue: Cue },
}

impl VoteReason {
    /// A short key for counting reasons in `simulate` ("prefers_rival").
    pub fn key(self) -> &'static str {
        match self {
            VoteReason::Sponsor => "sponsor",
            VoteReason::Declared => "declared",
            VoteReason::Content => "content",
            VoteReason::Reservations { .. } => "reservations",
            VoteReason::CloseCall { .. } => "close_call",
            VoteReason::RedLine { .. } => "red_line",
            VoteReason::Against { .. } => "against",
            VoteReason::PrefersRival { .. } => "prefers_rival",
            VoteReason::WontChoose { .. } => "wont_choose",
            VoteReason::Follows { .. } => "follows",
            VoteReason::CrossPressured { .. } => "cross_pressured",
            VoteReason::BreaksAway { .. } => "breaks_away",
            VoteReason::AsLastYear { .. } => "as_last_year",
            VoteReason::MovedSince { .. } => "moved_since",
        }
    }
    /// The issue behind the vote, when there is one.
    pub fn issue(self) -> Option<usize> {
        match self {
            VoteReason::Reservations { issue }
            | VoteReason::CloseCall { issue }
            | VoteReason::RedLine { issue }
            | VoteReason::Against { issue }
            | VoteReason::PrefersRival { issue, .. }
            | VoteReason::CrossPressured { issue, .. }
            | VoteReason::BreaksAway { issue, .. } => Some(issue),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
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
    /// The key in `simulate`'s JSON ("consensus_with_chair_summary"); the locale's
    /// message id is "outcome-" and this key.
    pub fn key(self) -> &'static str {
        match self {
            Outcome::Consensus => "consensus",
            Outcome::ConsensusWithChairSummary => "consensus_with_chair_summary",
            Outcome::NoConsensus => "no_consensus",
            Outcome::AdoptedByVote => "adopted_by_vote",
            Outcome::RejectedByVote => "rejected_by_vote",
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
