//! A recorded vote, decided as delegations decide it. Each first weighs the text against
//! the alternative it really faces: the world in which the rival text prevails, if it holds
//! the rival's pen; otherwise the status quo. Then it looks at the lead it follows (its own
//! stand on the same series' text last year, a state it is documented as aligning with, or its
//! negotiating group): with little at stake it votes with that lead, with a middling stake it
//! abstains, cross-pressured, and with a stake of its own it breaks away and says so. Every
//! vote carries its reason.

use super::consensus::{ABSTAIN_BAND, Vote, VoteReason};
use super::draft::Placement;
use super::evaluate::{Assessment, VerdictKind, placement_loss};
use super::room::{Room, Stand};
use super::scenario::{Lead, Penholder, Scenario};

/// Whose lead a delegation takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Cue {
    /// A documented alignment (index into `Scenario::alignments`).
    Alignment(usize),
    /// A negotiating group it belongs to (index into `Scenario::groups`).
    Group(usize),
    /// Its own vote on the same series' text in an earlier session (index into `Scenario::roll_calls`).
    PriorVote(usize),
}

/// One text put to the vote, with its rival as it stands at that moment.
pub struct Ballot<'a> {
    pub text: usize,
    pub assessments: &'a [Assessment],
    pub sponsors: &'a [usize],
    pub stands: &'a [Stand],
    /// The rival text: its index, where it stands on every issue, its sponsors, and every
    /// delegation's verdict on it.
    pub rival: Option<Rival<'a>>,
    /// Where the text itself stands on every issue.
    pub placements: &'a [Placement],
}

pub struct Rival<'a> {
    pub text: usize,
    pub placements: &'a [Placement],
    pub sponsors: &'a [usize],
    pub assessments: &'a [Assessment],
}

/// The text delegation `d` backs between the ballot's text and its rival: the one it
/// sponsors or holds the pen on. Others judge each text against the status quo.
pub fn backs(scenario: &Scenario, ballot: &Ballot, d: usize) -> Option<usize> {
    let rival = ballot.rival.as_ref()?;
    let holds_pen = |t: usize| matches!(scenario.texts[t].penholder, Penholder::Sponsor(s) if s == d);
    if ballot.sponsors.contains(&d) || holds_pen(ballot.text) {
        Some(ballot.text)
    } else if rival.sponsors.contains(&d) || holds_pen(rival.text) {
        Some(rival.text)
    } else {
        None
    }
}

/// The issue on which the text is most worse than its rival for `d`.
fn worse_than_rival_on(scenario: &Scenario, room: &Room, d: usize, ballot: &Ballot, rival: &Rival) -> usize {
    (0..room.issues)
        .map(|i| {
            let (w, x) = (room.salience(d, i), room.ideal(d, i));
            let extra = placement_loss(scenario, w, x, ballot.placements[i])
                - placement_loss(scenario, w, x, rival.placements[i]);
            (i, extra)
        })
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
        .map_or(0, |(i, _)| i)
}

/// Whether delegation `d` holds the pen on text `t` (its main sponsor).
fn holds_pen(scenario: &Scenario, t: usize, d: usize) -> bool {
    matches!(scenario.texts[t].penholder, Penholder::Sponsor(s) if s == d)
}

/// A delegation's vote from its own judgement alone, and what is at stake for it (points;
/// infinite where the vote is a commitment: a sponsorship, a declared stand, a red line).
pub fn own_vote(scenario: &Scenario, room: &Room, ballot: &Ballot, d: usize) -> (Vote, VoteReason, f32) {
    let a = &ballot.assessments[d];
    if backs(scenario, ballot, d) == Some(ballot.text) || ballot.sponsors.contains(&d) {
        return (Vote::Yes, VoteReason::Sponsor, f32::INFINITY);
    }
    match ballot.stands.get(d).copied().unwrap_or_default() {
        Stand::Object => return (Vote::No, VoteReason::Declared, f32::INFINITY),
        Stand::JoinConsensus => return (Vote::Yes, VoteReason::Declared, f32::INFINITY),
        Stand::AsInstructed => {}
    }
    let issue = a.sticking_issue();
    if a.red_line_issue.is_some() {
        return (Vote::No, VoteReason::RedLine { issue }, f32::INFINITY);
    }
    if let Some(rival) = &ballot.rival {
        let difference = a.net - rival.assessments[d].net;
        match backs(scenario, ballot, d) {
            // The main sponsor of the rival weighs this text against the world in which its own
            // prevails; co-sponsors judge each text on its merits, as both may pass. What is at
            // stake is how much better its own text serves it.
            Some(r) if r == rival.text && holds_pen(scenario, r, d) => {
                if difference <= -ABSTAIN_BAND {
                    let issue = worse_than_rival_on(scenario, room, d, ballot, rival);
                    return (Vote::No, VoteReason::PrefersRival { rival: r, issue }, -difference);
                }
                if difference < ABSTAIN_BAND {
                    return (Vote::Abstain, VoteReason::WontChoose { rival: r }, difference.abs());
                }
            }
            _ => {}
        }
    }
    let stake = a.net.abs();
    let (vote, reason) = match a.kind {
        VerdictKind::Supports | VerdictKind::CanLiveWith => (Vote::Yes, VoteReason::Content),
        VerdictKind::Reservations if a.net >= ABSTAIN_BAND => (Vote::Yes, VoteReason::Reservations { issue }),
        VerdictKind::Reservations => (Vote::Abstain, VoteReason::Reservations { issue }),
        VerdictKind::Objects if a.net > -ABSTAIN_BAND => (Vote::Abstain, VoteReason::CloseCall { issue }),
        VerdictKind::Objects => (Vote::No, VoteReason::Against { issue }),
    };
    (vote, reason, stake)
}

/// The leads delegation `d` follows on text `t`: how it voted on the same series' text before (a
/// dated roll call), documented alignments, then its negotiating groups.
pub fn cues_of(scenario: &Scenario, t: usize, d: usize) -> Vec<Cue> {
    // A yes or a no is a stand; an abstention records none.
    let prior = scenario.texts.get(t).and_then(|x| x.follows_up);
    let stood = |k: usize| {
        scenario.roll_calls.get(k).and_then(|c| c.votes.get(d).copied().flatten()).is_some_and(|v| v != Vote::Abstain)
    };
    let mut cues: Vec<Cue> = prior.filter(|&k| stood(k)).map(Cue::PriorVote).into_iter().collect();
    cues.extend(
        (0..scenario.alignments.len()).filter(|&a| scenario.alignments[a].members.contains(&d)).map(Cue::Alignment),
    );
    cues.extend(
        scenario.delegations[d].groups.iter().filter(|&&g| scenario.groups[g].negotiates).map(|&g| Cue::Group(g)),
    );
    cues
}

/// How the group's members other than `besides` vote, when at least two thirds of them agree.
fn group_vote(scenario: &Scenario, g: usize, besides: usize, votes: &[Vote]) -> Option<Vote> {
    let members: Vec<usize> = scenario.members_of(g).iter().copied().filter(|&m| m != besides).collect();
    if members.len() < 2 {
        return None;
    }
    [Vote::Yes, Vote::No, Vote::Abstain]
        .into_iter()
        .find(|&v| 3 * members.iter().filter(|&&m| votes[m] == v).count() >= 2 * members.len())
}

/// The vote a cue gives `d`, from everyone's own votes.
pub fn cue_vote(scenario: &Scenario, cue: Cue, d: usize, own: &[Vote]) -> Option<Vote> {
    match cue {
        Cue::Alignment(a) => match scenario.alignments[a].lead {
            Lead::State(lead) => Some(own[lead]),
            Lead::Group(g) => group_vote(scenario, g, d, own),
        },
        Cue::Group(g) => group_vote(scenario, g, d, own),
        Cue::PriorVote(k) => scenario.roll_calls.get(k).and_then(|c| c.votes.get(d).copied().flatten()),
    }
}

/// How far this year's text has moved toward delegation `d` since last year's text of the same
/// series (points of loss it no longer bears; negative when it moved away), if last year's is known.
pub fn moved_toward(scenario: &Scenario, room: &Room, ballot: &Ballot, d: usize) -> Option<f32> {
    let last = &scenario.texts.get(ballot.text)?.last_year;
    if last.is_empty() {
        return None;
    }
    let then = super::draft::Draft::placements_of(&scenario.issues, last.iter().copied());
    Some(
        (0..room.issues)
            .map(|i| {
                let (w, x) = (room.salience(d, i), room.ideal(d, i));
                placement_loss(scenario, w, x, then[i]) - placement_loss(scenario, w, x, ballot.placements[i])
            })
            .sum(),
    )
}

/// Every delegation's vote on the ballot's text, with its reason, in delegation order.
pub fn cast(scenario: &Scenario, room: &Room, ballot: &Ballot) -> Vec<(Vote, VoteReason)> {
    let n = scenario.delegations.len();
    let own: Vec<(Vote, VoteReason, f32)> = (0..n).map(|d| own_vote(scenario, room, ballot, d)).collect();
    let own_votes: Vec<Vote> = own.iter().map(|v| v.0).collect();
    let p = &scenario.params;
    (0..n)
        .map(|d| {
            let (vote, reason, stake) = own[d];
            // A sponsor, a declared stand or a red line is its own decision.
            if stake.is_infinite() {
                return (vote, reason);
            }
            let cues: Vec<(Cue, Vote)> = cues_of(scenario, ballot.text, d)
                .into_iter()
                .filter_map(|c| cue_vote(scenario, c, d, &own_votes).map(|v| (c, v)))
                .collect();
            // Last year's yes or no stands unless this year's text has moved toward it (after a no) or
            // away from it (after a yes) by as much as a stake of its own; if it has, the state steps
            // back to an abstention, unless its own judgement is already there.
            if let Some(&(cue @ Cue::PriorVote(_), then)) = cues.first()
                && then != vote
                && stake < p.break_away_stake
                && let Some(moved) = moved_toward(scenario, room, ballot, d)
            {
                let moved_its_way = if then == Vote::No { moved } else { -moved };
                return if moved_its_way < p.break_away_stake {
                    (then, VoteReason::AsLastYear { cue })
                } else {
                    (Vote::Abstain, VoteReason::MovedSince { cue })
                };
            }
            let Some(&(cue, lead_vote)) = cues.first() else { return (vote, reason) };
            let split = cues.iter().any(|&(_, v)| v != lead_vote);
            if lead_vote == vote && !split {
                return (vote, reason);
            }
            let issue = match reason {
                VoteReason::PrefersRival { issue, .. }
                | VoteReason::Reservations { issue }
                | VoteReason::CloseCall { issue }
                | VoteReason::Against { issue } => issue,
                _ => ballot.assessments[d].sticking_issue(),
            };
            if stake < p.follow_stake && !split {
                (lead_vote, VoteReason::Follows { cue })
            } else if stake < p.break_away_stake {
                // Pulled one way by its partners, the other by its own instructions.
                let cue = cues.iter().find(|&&(_, v)| v != vote).map_or(cue, |&(c, _)| c);
                (Vote::Abstain, VoteReason::CrossPressured { cue, issue })
            } else if lead_vote != vote {
                (vote, VoteReason::BreaksAway { cue, issue })
            } else {
                (vote, reason)
            }
        })
        .collect()
}
