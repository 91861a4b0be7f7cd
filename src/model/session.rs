//! One negotiation from opening to gavel, phase by phase. The same phase
//! functions run in the batch simulator (through `Session`) and in the ECS
//! (through systems that lend them the resources), so both give one result.

use std::sync::Arc;

use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

use super::ai;
use super::consensus::{self, Gavel, Outcome, Vote};
use super::draft::{Draft, Edit, ParagraphStatus};
use super::evaluate::{self, Assessment, VerdictKind};
use super::record::{self, Conclusion, Count, EntryKind, Record, Speaker};
use super::room::{Room, Stand};
use super::scenario::{Fallback, Penholder, Scenario};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize)]
pub enum Phase {
    #[default]
    Opening,
    GeneralExchange,
    Consultations,
    Revision,
    Adoption,
    Concluded,
}

impl Phase {
    pub fn label(self) -> &'static str {
        match self {
            Phase::Opening => "Opening",
            Phase::GeneralExchange => "General exchange of views",
            Phase::Consultations => "Informal consultations",
            Phase::Revision => "Revised draft",
            Phase::Adoption => "Adoption",
            Phase::Concluded => "Concluded",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Clock {
    pub round: u32,
    pub rounds: u32,
    pub phase: Phase,
}

/// What a player (or a remote seat) asks for.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Intent {
    /// A delegation proposes an amendment; the penholder weighs it.
    Propose { by: usize, edit: Edit },
    /// A delegation lobbies another on an issue, spending capital.
    Lobby { by: usize, target: usize, issue: usize },
    /// The chair (a player) edits the text directly.
    ChairEdit(Edit),
    /// The chair (a player) calls for adoption now.
    CallForAdoption,
    /// A delegation played by a person says what it will do at the gavel.
    Declare { by: usize, stand: Stand },
}

/// Derives the seed of run `index` from the session seed (splitmix64), so that
/// runs are independent of how they are spread over threads.
pub fn run_seed(seed: u64, index: u64) -> u64 {
    let mut z = seed.wrapping_add(index.wrapping_add(1).wrapping_mul(0x9E37_79B9_7F4A_7C15));
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The resources one phase works on, borrowed from a `Session` or from the ECS world.
pub struct Parts<'a> {
    pub scenario: &'a Scenario,
    pub room: &'a mut Room,
    pub draft: &'a mut Draft,
    pub rng: &'a mut ChaCha8Rng,
    pub clock: &'a mut Clock,
    pub record: &'a mut Record,
    /// Which delegations the AI plays.
    pub ai: &'a [bool],
    /// Whether the AI holds the pen.
    pub ai_penholder: bool,
    /// Amendments proposed this round.
    pub proposals: &'a mut Vec<Edit>,
}

impl Parts<'_> {
    fn assess_all(&mut self) -> Vec<Assessment> {
        let positions = self.draft.positions(&self.scenario.issues);
        let mut out = Vec::with_capacity(self.scenario.delegations.len());
        evaluate::assess_all(self.scenario, self.room, &positions, &mut out);
        self.record.evaluations.full += out.len() as u64;
        out
    }

    fn is_sponsor(&self, d: usize) -> bool {
        self.scenario.texts[self.draft.text].sponsors.contains(&d)
    }

    fn chair(&self) -> Speaker {
        match self.scenario.texts[self.draft.text].penholder {
            Penholder::Chair => Speaker::Chair,
            Penholder::Sponsor(s) => Speaker::Delegation(s),
        }
    }
}

/// Opening: the penholder tables the draft.
pub fn opening(p: &mut Parts) {
    let text = &p.scenario.texts[p.draft.text];
    let (scenario, round, chair) = (p.scenario, p.clock.round, p.chair());
    p.record.say(round, chair, EntryKind::Event, || {
        format!(
            "{} opens. The draft \"{}\" ({}) is tabled with {} paragraphs; the decision is taken by consensus.",
            scenario.body.label(),
            text.title,
            text.id,
            text.opening.len()
        )
    });
    if p.record.verbose {
        p.record.drafts.push(p.draft.clone());
    }
    p.clock.phase = Phase::GeneralExchange;
}

/// General exchange of views: every delegation reacts; groups speak as groups.
pub fn general_exchange(p: &mut Parts) {
    let assessments = p.assess_all();
    p.record.counts.push(Count::of(&assessments));
    if p.record.verbose {
        speak(p, &assessments, |_| true);
    }
    p.clock.phase = Phase::Consultations;
    p.clock.round = 1;
}

/// Statements: a group speaks when most of its seated members share a verdict;
/// the rest speak for themselves if `who` lets them.
fn speak(p: &mut Parts, assessments: &[Assessment], who: impl Fn(usize) -> bool) {
    let scenario = p.scenario;
    let n = scenario.delegations.len();
    let mut spoken = vec![false; n];
    // Experts in a GGE sit in their personal capacity: no group statements there.
    let groups_speak = scenario.body != super::scenario::Body::GroupOfGovernmentalExperts;
    for (g, group) in scenario.groups.iter().enumerate().filter(|_| groups_speak) {
        let members: Vec<usize> =
            (0..n).filter(|&d| !spoken[d] && scenario.delegations[d].groups.contains(&g)).collect();
        if members.len() < 3 || !ai::is_negotiating_group(&group.id) {
            continue;
        }
        let kind = assessments[members[0]].kind;
        let agreeing = members.iter().filter(|&&d| assessments[d].kind == kind).count();
        if agreeing * 4 < members.len() * 3 {
            continue;
        }
        let speaker = ai::group_coordinator(scenario, &members).expect("at least three members");
        let verdict = evaluate::explain(scenario, p.room, speaker, p.draft);
        let body = record::statement(scenario, speaker, &verdict);
        let name = &scenario.delegations[speaker].name;
        let text = format!(
            "{name}, on behalf of the {} ({} delegations): {}",
            group.name,
            members.len(),
            body.replacen(&format!("The delegation of {name}"), "The group", 1).replacen(name.as_str(), "The group", 1)
        );
        p.record.say(p.clock.round, Speaker::Group { group: g, speaker }, EntryKind::Statement, || text);
        for &d in &members {
            if assessments[d].kind == kind {
                spoken[d] = true;
            }
        }
    }
    for d in 0..n {
        let speaks = !spoken[d] && who(d) && (assessments[d].kind >= VerdictKind::Reservations || p.is_sponsor(d));
        if speaks {
            let verdict = evaluate::explain(scenario, p.room, d, p.draft);
            let text = record::statement(scenario, d, &verdict);
            p.record.say(p.clock.round, Speaker::Delegation(d), EntryKind::Statement, || text);
        }
    }
}

/// Informal consultations: intents of players, amendments and lobbying of AI
/// delegations, group cohesion, and the deadline drawing nearer.
pub fn consultations(p: &mut Parts, intents: &[Intent]) {
    let scenario = p.scenario;
    let round = p.clock.round;
    let assessments = p.assess_all();
    let positions = p.draft.positions(&scenario.issues);
    p.proposals.clear();
    for intent in intents {
        match *intent {
            Intent::Propose { by, edit } => {
                if p.draft.check(&scenario.issues, edit).is_ok() && !p.proposals.contains(&edit) {
                    let text = record::describe_edit(scenario, p.draft, edit);
                    p.record.say(round, Speaker::Delegation(by), EntryKind::Amendment, || format!("proposes {text}"));
                    p.proposals.push(edit);
                }
            }
            Intent::Lobby { by, target, .. } if p.room.capital[by] < ai::LOBBY_COST => {
                let name = &scenario.delegations[target].name;
                p.record.say(round, Speaker::Delegation(by), EntryKind::Lobbying, || {
                    format!("has no diplomatic capital left to lobby {name}")
                });
            }
            Intent::Lobby { by, target, issue } => {
                let moved = ai::lobby(scenario, p.room, p.rng, by, target, issue, positions[issue]);
                p.record.say(round, Speaker::Delegation(by), EntryKind::Lobbying, || {
                    lobbying_line(scenario, target, issue, moved)
                });
            }
            Intent::ChairEdit(edit) => {
                if p.draft.apply(&scenario.issues, edit).is_ok() {
                    p.draft.revision += 1;
                    let text = record::describe_edit(scenario, p.draft, edit);
                    p.record.say(round, Speaker::Chair, EntryKind::Revision, || text);
                }
            }
            Intent::CallForAdoption | Intent::Declare { .. } => {}
        }
    }
    for (d, a) in assessments.iter().enumerate() {
        if !p.ai[d] || a.kind < VerdictKind::Reservations {
            continue;
        }
        if let Some(edit) = ai::amendment_for(scenario, p.room, p.draft, d, a)
            && !p.proposals.contains(&edit)
        {
            let text = record::describe_edit(scenario, p.draft, edit);
            p.record.say(round, Speaker::Delegation(d), EntryKind::Amendment, || format!("proposes {text}"));
            p.proposals.push(edit);
        }
    }
    for (lobbyist, target, issue) in ai::lobbying_targets(scenario, p.room, &assessments, &positions, p.ai) {
        let moved = ai::lobby(scenario, p.room, p.rng, lobbyist, target, issue, positions[issue]);
        p.record.say(round, Speaker::Delegation(lobbyist), EntryKind::Lobbying, || {
            lobbying_line(scenario, target, issue, moved)
        });
    }
    ai::group_cohesion(scenario, p.room, &group_members(scenario));
    let progress = round as f32 / scenario.rounds.max(1) as f32;
    p.room.pressure = 1.0 + scenario.params.deadline_pressure * progress * progress;
    p.clock.phase = Phase::Revision;
}

fn lobbying_line(scenario: &Scenario, target: usize, issue: usize, moved: bool) -> String {
    format!(
        "lobbies {} on {}{}",
        scenario.delegations[target].name,
        scenario.issues[issue].label(),
        if moved { ": its position moves toward the text" } else { ", without result" }
    )
}

/// Seated members of each group, in group order.
pub fn group_members(scenario: &Scenario) -> Vec<Vec<usize>> {
    let mut members = vec![Vec::new(); scenario.groups.len()];
    for (d, delegation) in scenario.delegations.iter().enumerate() {
        for &g in &delegation.groups {
            members[g].push(d);
        }
    }
    members
}

/// The penholder revises; the room reacts; the chair decides whether to call
/// for adoption (no one would block, or time is up).
pub fn revision(p: &mut Parts, call_for_adoption: bool) {
    let scenario = p.scenario;
    let round = p.clock.round;
    let before = p.assess_all();
    if p.ai_penholder {
        let proposals = std::mem::take(p.proposals);
        let edits = ai::revise(scenario, p.room, p.draft, &before, &proposals, round, &mut p.record.evaluations);
        *p.proposals = proposals;
        if p.record.verbose && !edits.is_empty() {
            let lines: Vec<String> = edits.iter().map(|&e| record::describe_edit(scenario, p.draft, e)).collect();
            let rev = p.draft.revision;
            p.record.say(round, p.chair(), EntryKind::Revision, || {
                format!("Rev.{rev} of the draft: {}.", lines.join("; "))
            });
        }
    }
    let after = p.assess_all();
    p.record.counts.push(Count::of(&after));
    if p.record.verbose {
        p.record.drafts.push(p.draft.clone());
        speak(p, &after, |d| before[d].kind != after[d].kind);
    }
    let nobody_blocks = consensus::call_for_adoption(scenario, p.room, &after).adopted();
    if call_for_adoption || (p.ai_penholder && nobody_blocks) || round >= p.clock.rounds {
        p.clock.phase = Phase::Adoption;
    } else {
        p.clock.round += 1;
        p.clock.phase = Phase::Consultations;
    }
}

/// "Is there any objection?" Then the gavel, or the scenario's fallback.
pub fn adoption(p: &mut Parts) -> Conclusion {
    let scenario = p.scenario;
    let round = p.clock.round;
    if p.ai_penholder {
        let edits = ai::clear_brackets(scenario, p.room, p.draft, &mut p.record.evaluations);
        if p.record.verbose && !edits.is_empty() {
            let lines: Vec<String> = edits.iter().map(|&e| record::describe_edit(scenario, p.draft, e)).collect();
            p.record.say(round, p.chair(), EntryKind::Revision, || {
                format!("Before the decision, brackets are cleared: {}.", lines.join("; "))
            });
        }
    }
    let text_id = scenario.texts[p.draft.text].id.clone();
    p.record.say(round, p.chair(), EntryKind::Adoption, || {
        format!("The chair proposes that the text {text_id} be adopted by consensus. Is there any objection?")
    });
    let mut assessments = p.assess_all();
    let mut gavel = consensus::call_for_adoption(scenario, p.room, &assessments);
    if !gavel.adopted() && scenario.fallback == Fallback::ChairSummary {
        // The body's fallback, whoever holds the pen: what the blockers object to goes to the
        // chair's summary, on the chair's own responsibility.
        let mut moved = Vec::new();
        for o in &gavel.blockers {
            if let Some(paragraph) = p.draft.paragraph_on(o.issue) {
                p.draft.paragraphs[paragraph].status = ParagraphStatus::ChairSummary;
                moved.push(Draft::number(paragraph));
            }
        }
        if !moved.is_empty() {
            p.draft.revision += 1;
            p.record.say(round, Speaker::Chair, EntryKind::Revision, || {
                format!(
                    "Objections are heard. The chair moves paragraph(s) {moved:?} to a chair's summary on the chair's own responsibility, and asks again: is there any objection?"
                )
            });
            assessments = p.assess_all();
            gavel = consensus::call_for_adoption(scenario, p.room, &assessments);
        }
    }
    let mut votes = None;
    let outcome = if gavel.adopted() {
        if p.draft.in_chair_summary().next().is_some() {
            Outcome::ConsensusWithChairSummary
        } else {
            Outcome::Consensus
        }
    } else if scenario.fallback == Fallback::RecordedVote {
        let cast: Vec<Vote> = (0..assessments.len())
            .map(|d| consensus::vote(&assessments[d], p.is_sponsor(d), p.room.stand[d]))
            .collect();
        let yes = cast.iter().filter(|v| **v == Vote::Yes).count();
        let no = cast.iter().filter(|v| **v == Vote::No).count();
        votes = Some(cast);
        if yes > no { Outcome::AdoptedByVote } else { Outcome::RejectedByVote }
    } else {
        Outcome::NoConsensus
    };
    if p.record.verbose {
        announce(p, &gavel, outcome, votes.as_deref());
        p.record.drafts.push(p.draft.clone());
    }
    p.clock.phase = Phase::Concluded;
    let conclusion = Conclusion { outcome, round, gavel, votes };
    p.record.conclusion = Some(conclusion.clone());
    conclusion
}

fn announce(p: &mut Parts, gavel: &Gavel, outcome: Outcome, votes: Option<&[Vote]>) {
    let scenario = p.scenario;
    let round = p.clock.round;
    for o in &gavel.blockers {
        let reason = record::objection_reason(scenario, o);
        let name = scenario.delegations[o.delegation].name.clone();
        p.record.say(round, Speaker::Delegation(o.delegation), EntryKind::Adoption, || {
            format!("{name} objects: {reason}.")
        });
    }
    for o in &gavel.gave_way {
        let issue = scenario.issues[o.issue].label();
        let name = scenario.delegations[o.delegation].name.clone();
        p.record.say(round, Speaker::Delegation(o.delegation), EntryKind::ExplanationOfPosition, || {
            format!(
                "{name} will not stand in the way of consensus, but dissociates itself from the text on {issue} (explanation of position)."
            )
        });
    }
    let tally = votes.map(|v| format!(" {}", consensus::tally(v)));
    p.record.say(round, Speaker::Chair, EntryKind::Adoption, || {
        format!("Outcome: {}.{}", outcome.label(), tally.unwrap_or_default())
    });
}

/// Which of the waiting intents the current phase acts on; the rest keep
/// waiting. Consultations take amendments, lobbying and the chair's edits; the
/// call for adoption is answered after the revision that follows.
pub fn take_intents(phase: Phase, waiting: &mut Vec<Intent>) -> Vec<Intent> {
    let acts = |i: &Intent| match (phase, i) {
        (Phase::Concluded, _) => false,
        // A stand at the gavel counts from the next step on, whatever it is.
        (_, Intent::Declare { .. }) => true,
        (Phase::Consultations, _) => *i != Intent::CallForAdoption,
        (Phase::Revision, _) => *i == Intent::CallForAdoption,
        _ => false,
    };
    let taken: Vec<Intent> = waiting.iter().copied().filter(|i| acts(i)).collect();
    waiting.retain(|i| !acts(i));
    taken
}

/// Runs the current phase with these intents (see `take_intents`).
pub fn advance(p: &mut Parts, intents: &[Intent]) {
    for intent in intents {
        if let Intent::Declare { by, stand } = *intent {
            declare(p, by, stand);
        }
    }
    match p.clock.phase {
        Phase::Opening => opening(p),
        Phase::GeneralExchange => general_exchange(p),
        Phase::Consultations => consultations(p, intents),
        Phase::Revision => revision(p, intents.contains(&Intent::CallForAdoption)),
        Phase::Adoption => {
            adoption(p);
        }
        Phase::Concluded => {}
    }
}

/// A person's stand at the gavel; an announced objection goes on the record.
fn declare(p: &mut Parts, by: usize, stand: Stand) {
    if p.room.stand[by] == stand {
        return;
    }
    p.room.stand[by] = stand;
    let (scenario, round) = (p.scenario, p.clock.round);
    let name = &scenario.delegations[by].name;
    let text = match stand {
        Stand::Object => format!("{name} informs the chair that it will not be able to join consensus on this text."),
        Stand::JoinConsensus => format!("{name} informs the chair that it will not stand in the way of consensus."),
        Stand::AsInstructed => return,
    };
    p.record.say(round, Speaker::Delegation(by), EntryKind::Statement, || text);
}

impl Intent {
    /// Whether every delegation and issue the intent names is in the scenario (a
    /// save or a network message may not). Edits need no check here: the draft
    /// checks each one when it is proposed or applied, and refuses what does not fit.
    pub fn fits(&self, scenario: &Scenario) -> bool {
        let (n, issues) = (scenario.delegations.len(), scenario.issues.len());
        match self {
            Intent::Propose { by, .. } | Intent::Declare { by, .. } => *by < n,
            Intent::Lobby { by, target, issue } => *by < n && *target < n && *issue < issues,
            Intent::ChairEdit(_) | Intent::CallForAdoption => true,
        }
    }
}

/// A whole negotiation of one text, owning its resources.
#[derive(Debug, Clone)]
pub struct Session {
    pub scenario: Arc<Scenario>,
    pub room: Room,
    pub draft: Draft,
    pub rng: ChaCha8Rng,
    pub clock: Clock,
    pub record: Record,
    pub ai: Vec<bool>,
    pub ai_penholder: bool,
    pub proposals: Vec<Edit>,
}

impl Session {
    /// An AI-only session of text `text` (index into `scenario.texts`).
    pub fn new(scenario: Arc<Scenario>, text: usize, seed: u64, verbose: bool) -> Session {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let room = Room::drawn(&scenario, &mut rng);
        let draft = Draft::opening(&scenario, text);
        let n = scenario.delegations.len();
        let rounds = scenario.rounds;
        Session {
            room,
            draft,
            rng,
            clock: Clock { round: 0, rounds, phase: Phase::Opening },
            record: Record { verbose, ..Record::default() },
            ai: vec![true; n],
            ai_penholder: true,
            proposals: Vec::new(),
            scenario,
        }
    }

    pub fn parts(&mut self) -> Parts<'_> {
        Parts {
            scenario: &self.scenario,
            room: &mut self.room,
            draft: &mut self.draft,
            rng: &mut self.rng,
            clock: &mut self.clock,
            record: &mut self.record,
            ai: &self.ai,
            ai_penholder: self.ai_penholder,
            proposals: &mut self.proposals,
        }
    }

    /// A session where people play `players` (delegation indices) and, if
    /// `player_chair`, hold the pen; the AI plays everyone else.
    pub fn with_players(
        scenario: Arc<Scenario>,
        text: usize,
        seed: u64,
        players: &[usize],
        player_chair: bool,
        verbose: bool,
    ) -> Session {
        let mut session = Session::new(scenario, text, seed, verbose);
        for &d in players {
            session.ai[d] = false;
        }
        session.ai_penholder = !player_chair;
        session
    }

    /// Runs the current phase with exactly these intents; returns the new phase.
    pub fn step(&mut self, intents: &[Intent]) -> Phase {
        let mut parts = self.parts();
        advance(&mut parts, intents);
        self.clock.phase
    }

    /// Runs to the end with no player intents.
    pub fn run(&mut self) -> &Conclusion {
        while self.clock.phase != Phase::Concluded {
            self.step(&[]);
        }
        self.record.conclusion.as_ref().expect("a concluded session has a conclusion")
    }
}
