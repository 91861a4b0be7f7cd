//! One negotiation from opening to gavel, phase by phase. The same phase
//! functions run in the batch simulator (through `Session`) and in the ECS
//! (through systems that lend them the resources), so both give one result.
//! A session holds every text of its scenario: in the First Committee the rival
//! drafts are negotiated side by side and decided one after the other.

use std::sync::Arc;

use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

use super::ai;
use super::ballot::{self, Ballot, Cue, Rival};
use super::chair;
use super::consensus::{self, Gavel, Outcome, Tally, Vote};
use super::draft::{Draft, Edit, Paragraph, ParagraphStatus, Placement};
use super::evaluate::{self, Assessment, VerdictKind};
use super::intent::{Intent, Move, Refusal};
use super::record::{self, Conclusion, Count, EditSaid, GiveWay, Record, Says, Speaker};
use super::room::{Room, Stand};
use super::scenario::{Fallback, Lead, Penholder, Scenario};
use super::seating::{Holder, Seat, Seating, Sender};

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
    /// The locale's message id for the phase's name.
    pub fn key(self) -> &'static str {
        match self {
            Phase::Opening => "phase-opening",
            Phase::GeneralExchange => "phase-general-exchange",
            Phase::Consultations => "phase-consultations",
            Phase::Revision => "phase-revision",
            Phase::Adoption => "phase-adoption",
            Phase::Concluded => "phase-concluded",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Clock {
    pub round: u32,
    pub rounds: u32,
    pub phase: Phase,
}

/// An amendment on the table: who proposed it (for which group), the edit, and the proposer's own words.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Proposal {
    pub by: usize,
    pub edit: Edit,
    pub own_words: Option<String>,
    /// The negotiating group the proposer spoke for.
    pub group: Option<usize>,
}

/// What an AI delegation remembers of an amendment it asked for: the issue, the rung it wanted
/// (`None`: the paragraph out), how often it tabled it, and whether it has stopped pressing it
/// (escalated or gave way).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Ask {
    pub by: usize,
    pub issue: usize,
    pub rung: Option<usize>,
    pub made: u8,
    pub settled: bool,
}

/// How many times a delegation tables the same amendment before it escalates or gives way: once,
/// and once more after the chair turned it down.
pub const MOST_TIMES_ASKED: u8 = 2;

/// One text under negotiation: its draft, the amendments on the table this round,
/// and what people declared they will do at its gavel.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TextState {
    pub draft: Draft,
    pub proposals: Vec<Proposal>,
    pub stands: Vec<Stand>,
    /// A person's explanation of position, in their own words, by delegation.
    pub explanations: Vec<Option<String>>,
    /// Every addition or strengthening proposed so far, as (issue, rung): what the chair
    /// weighs for its summary if the text does not take it up.
    pub pushed: Vec<(usize, usize)>,
    /// Whether the penholder has tabled it yet (a calendar may open with sessions before any draft).
    pub tabled: bool,
    /// What AI delegations asked for, and how often.
    pub asks: Vec<Ask>,
    /// How the penholder worked the text: revisions that changed it (a new named draft counts), and
    /// changes that met an objection.
    pub revisions: u32,
    pub objections_met: u32,
    /// What the AI chair had heard when it last found nothing to change (a fingerprint of the
    /// amendments on the table, the red lines declared, the text and the session): until something
    /// of that moves, it does not search again.
    pub looked_at: u64,
}

impl TextState {
    pub fn opening(scenario: &Scenario, text: usize) -> TextState {
        let n = scenario.delegations.len();
        TextState {
            draft: Draft::opening(scenario, text),
            proposals: Vec::new(),
            stands: vec![Stand::AsInstructed; n],
            explanations: vec![None; n],
            pushed: Vec::new(),
            tabled: false,
            asks: Vec::new(),
            revisions: 0,
            objections_met: 0,
            looked_at: 0,
        }
    }
}

/// Derives the seed of run `index` from the session seed (splitmix64), so that
/// runs are independent of how they are spread over threads.
pub fn run_seed(seed: u64, index: u64) -> u64 {
    let mut z = seed.wrapping_add(index.wrapping_add(1).wrapping_mul(0x9E37_79B9_7F4A_7C15));
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// A move the model could not act on when its step came (the text had changed since
/// it was made): the sender is told why.
pub type Refused = (Sender, Refusal);

/// The resources one phase works on, borrowed from a `Session` or from the ECS world.
pub struct Parts<'a> {
    pub scenario: &'a Scenario,
    pub room: &'a mut Room,
    pub texts: &'a mut [TextState],
    pub rng: &'a mut ChaCha8Rng,
    pub clock: &'a mut Clock,
    pub record: &'a mut Record,
    pub seating: &'a mut Seating,
}

impl Parts<'_> {
    fn assess(&mut self, t: usize) -> Vec<Assessment> {
        let placements = self.texts[t].draft.placements(&self.scenario.issues);
        let mut out = Vec::with_capacity(self.scenario.delegations.len());
        evaluate::assess_all(self.scenario, self.room, &placements, &mut out);
        self.record.evaluations.full += out.len() as u64;
        out
    }

    /// Every delegation's verdict on text `t`, taken from the last revision while nothing has moved
    /// since (see `TextRecord::verdicts`).
    fn verdicts(&mut self, t: usize) -> Vec<Assessment> {
        match self.record.texts[t].verdicts.take() {
            Some(v) => v,
            None => self.assess(t),
        }
    }

    /// Forgets the verdicts the last revision left: the room or a text has moved.
    fn moved(&mut self) {
        for text in &mut self.record.texts {
            text.verdicts = None;
        }
    }

    /// Every delegation's verdict on text `t` as the chair knows it: a red line counts once declared.
    fn assess_known(&mut self, t: usize) -> Vec<Assessment> {
        let placements = self.texts[t].draft.placements(&self.scenario.issues);
        let out = evaluate::assess_known_all(self.scenario, self.room, &placements);
        self.record.evaluations.full += out.len() as u64;
        out
    }

    fn is_sponsor(&self, t: usize, d: usize) -> bool {
        self.scenario.texts[t].sponsors.contains(&d)
    }

    fn penholder_seat(&self, t: usize) -> Seat {
        match self.scenario.texts[t].penholder {
            Penholder::Chair => Seat::Chair,
            Penholder::Sponsor(s) => Seat::Delegation(s),
        }
    }

    /// Whether the AI holds the pen on text `t`.
    fn ai_penholder(&self, t: usize) -> bool {
        self.seating.holder(self.penholder_seat(t)) == Holder::Ai
    }

    fn penholder_speaker(&self, t: usize) -> Speaker {
        match self.penholder_seat(t) {
            Seat::Chair => Speaker::Chair,
            Seat::Delegation(d) => Speaker::Delegation(d),
        }
    }

    fn texts(&self) -> std::ops::Range<usize> {
        0..self.texts.len()
    }
}

/// Opening: each penholder tables its draft, or, where the calendar opens with sessions before any
/// draft, the group holds its organizational session.
pub fn opening(p: &mut Parts) {
    if p.scenario.tabling_session() == 0 {
        for t in p.texts() {
            table(p, t, 0);
        }
    } else {
        p.record.say(p.clock.round, Speaker::Chair, || Says::Organizes);
    }
    p.clock.phase = Phase::GeneralExchange;
}

/// The penholder tables text `t` at the start of session `session` (named after its draft, if the
/// calendar names one).
fn table(p: &mut Parts, t: usize, session: usize) {
    let named = p.scenario.sessions.get(session).and_then(|s| s.draft.as_ref()).map(|_| session);
    let state = &mut p.texts[t];
    state.tabled = true;
    state.draft.named = named;
    state.draft.revision = 0;
    let paragraphs = state.draft.paragraphs.len();
    let speaker = p.penholder_speaker(t);
    p.record.say(p.clock.round, speaker, || Says::Tables { text: t, paragraphs });
    if named.is_some() {
        p.record.say(p.clock.round, speaker, || Says::NamedDraft { text: t, session });
    }
    if p.record.verbose {
        let draft = p.texts[t].draft.clone();
        p.record.texts[t].drafts.push(draft);
    }
}

/// General exchange of views: every delegation reacts to each text on the table; groups speak as
/// groups. Red lines the text crosses are declared.
pub fn general_exchange(p: &mut Parts) {
    for t in p.texts() {
        // No text on the table yet: nothing to count.
        if !p.texts[t].tabled {
            p.record.texts[t].counts.push(Count::default());
            continue;
        }
        let assessments = p.assess(t);
        p.record.texts[t].counts.push(Count::of(&assessments));
        declare_red_lines(p, &assessments);
        if p.record.verbose {
            speak(p, t, &assessments, |_| true);
        }
    }
    p.clock.phase = Phase::Consultations;
    p.clock.round = 1;
}

/// AI delegations whose red line the text crosses say so: from then on the room knows it.
fn declare_red_lines(p: &mut Parts, assessments: &[Assessment]) {
    for (d, a) in assessments.iter().enumerate() {
        if let Some(issue) = a.red_line_issue
            && p.seating.ai_plays(d)
        {
            p.room.declare(d, issue);
        }
    }
}

/// Before any draft, the general exchange of views on substance: each negotiating group says what it
/// wants on the issue its members care most about, then every delegation not spoken for on its own
/// priority, in the words of the ladder as they existed then. In the `nth` session before the draft
/// (from 0) each speaks to its `nth` priority, so a second session takes up what the first did not.
fn priorities(p: &mut Parts, nth: usize) {
    if !p.record.verbose {
        return;
    }
    let scenario = p.scenario;
    let on = scenario.date_of_round(p.clock.round);
    let n = scenario.delegations.len();
    let room = &*p.room;
    // What an issue is worth raising: how far the delegation's position lies from the status quo,
    // weighed by how much it cares.
    let stake = |d: usize, i: usize| room.salience(d, i) * (room.ideal(d, i) - scenario.issues[i].status_quo).abs();
    let ranked = |weight: &dyn Fn(usize) -> f32| {
        let mut issues: Vec<usize> = (0..room.issues).collect();
        issues.sort_by(|&a, &b| weight(b).total_cmp(&weight(a)).then(a.cmp(&b)));
        issues.get(nth).copied()
    };
    let mut spoken = vec![false; n];
    let mut said = Vec::new();
    if scenario.body.group_statements {
        for (g, _) in scenario.groups.iter().enumerate().filter(|(_, g)| g.negotiates) {
            let members = scenario.members_of(g);
            if members.len() < 3 {
                continue;
            }
            let Some(issue) = ranked(&|i| members.iter().map(|&m| stake(m, i)).sum::<f32>()) else { continue };
            let mean = members.iter().map(|&m| room.ideal(m, issue)).sum::<f32>() / members.len() as f32;
            let (Some(speaker), Some(rung)) =
                (ai::group_coordinator(scenario, g, None), scenario.issues[issue].closest_open(mean, on))
            else {
                continue;
            };
            for &m in members {
                spoken[m] |= ranked(&|i| stake(m, i)) == Some(issue);
            }
            said.push((Speaker::Group { group: g, speaker }, issue, rung, false));
        }
    }
    for d in (0..n).filter(|&d| !spoken[d]) {
        let Some(issue) = ranked(&|i| stake(d, i)).filter(|&i| stake(d, i) >= PRIORITY_STAKE) else { continue };
        let Some(rung) = scenario.issues[issue].closest_open(room.ideal(d, issue), on) else { continue };
        let insists = room.is_declared(d, issue);
        said.push((Speaker::Delegation(d), issue, rung, insists));
    }
    for (speaker, issue, rung, insists) in said {
        p.record.say(p.clock.round, speaker, || Says::Priority { issue, rung, insists });
    }
}

/// The least stake (salience times distance from the status quo) that makes an issue worth a
/// delegation's own statement in the general exchange.
const PRIORITY_STAKE: f32 = 10.0;

/// Statements on text `t`: a negotiating group speaks when most of its seated members
/// share a verdict (where the body has group statements); the rest speak for themselves if
/// `who` lets them and they have something to say. Then documented followers of a lead that
/// spoke align themselves with it, unless they have a stake of their own (they spoke).
fn speak(p: &mut Parts, t: usize, assessments: &[Assessment], who: impl Fn(usize) -> bool) {
    let scenario = p.scenario;
    let n = scenario.delegations.len();
    let mut spoken = vec![false; n];
    let mut group_said: Vec<Option<VerdictKind>> = vec![None; scenario.groups.len()];
    let groups_speak = scenario.body.group_statements;
    for (g, _) in scenario.groups.iter().enumerate().filter(|(_, g)| groups_speak && g.negotiates) {
        // The group speaks for all its seated members, even those who spoke in another group.
        let members: Vec<usize> = (0..n).filter(|&d| scenario.delegations[d].groups.contains(&g)).collect();
        if members.len() < 3 {
            continue;
        }
        let kind = assessments[members[0]].kind;
        let agreeing = members.iter().filter(|&&d| assessments[d].kind == kind).count();
        if agreeing * 4 < members.len() * 3 {
            continue;
        }
        // A group takes the floor again only when one of its members has something new to say.
        if !members.iter().any(|&m| who(m)) {
            continue;
        }
        let Some(speaker) = ai::group_coordinator(scenario, g, None) else { continue };
        let verdict = evaluate::explain(scenario, p.room, speaker, &p.texts[t].draft);
        let reason = record::reason_said(&verdict);
        let count = members.len() as u32;
        group_said[g] = Some(verdict.kind);
        p.record.say(p.clock.round, Speaker::Group { group: g, speaker }, || Says::Position {
            text: t,
            verdict: verdict.kind,
            reason,
            members: Some(count),
        });
        for &d in &members {
            if assessments[d].kind == kind {
                spoken[d] = true;
            }
        }
    }
    let follows = |f: usize, lead_said: VerdictKind| {
        let a = &assessments[f];
        a.red_line_issue.is_none() && (a.kind == lead_said || a.net.abs() < scenario.params.follow_stake)
    };
    let mut aligns = Vec::new();
    for (a, alignment) in scenario.alignments.iter().enumerate() {
        let lead_said = match alignment.lead {
            Lead::Group(g) => group_said[g],
            Lead::State(l) => (assessments[l].kind >= VerdictKind::Reservations || p.is_sponsor(t, l) || spoken[l])
                .then_some(assessments[l].kind),
        };
        let Some(lead_said) = lead_said else { continue };
        for &f in &alignment.members {
            if !spoken[f] && who(f) && follows(f, lead_said) {
                spoken[f] = true;
                aligns.push((f, a));
            }
        }
    }
    for d in 0..n {
        let speaks = !spoken[d] && who(d) && (assessments[d].kind >= VerdictKind::Reservations || p.is_sponsor(t, d));
        if speaks {
            let verdict = evaluate::explain(scenario, p.room, d, &p.texts[t].draft);
            let reason = record::reason_said(&verdict);
            p.record.say(p.clock.round, Speaker::Delegation(d), || Says::Position {
                text: t,
                verdict: verdict.kind,
                reason,
                members: None,
            });
        }
    }
    for (f, a) in aligns {
        p.record.say(p.clock.round, Speaker::Delegation(f), || Says::Aligns { text: t, cue: Cue::Alignment(a) });
    }
}

/// Informal consultations: a session of the calendar may open (the texts tabled, a new named
/// draft, or before any draft a general exchange of views); the moves of people; amendments of AI
/// delegations and groups, which remember what they asked for; lobbying; group cohesion; and the
/// deadline drawing nearer.
pub fn consultations(p: &mut Parts, moves: &[Move]) -> Vec<Refused> {
    let scenario = p.scenario;
    let round = p.clock.round;
    let mut refused = Vec::new();
    if let Some(k) = scenario.session_starting(round) {
        open_session(p, k);
    }
    if moves
        .iter()
        .any(|m| matches!(m.intent, Intent::Lobby { .. } | Intent::LobbyGroup { .. } | Intent::ChairEdit { .. }))
    {
        p.moved();
    }
    for mv in moves {
        let by = mv.by;
        match &mv.intent {
            Intent::Propose { text, .. } | Intent::ChairEdit { text, .. }
                if p.texts.get(*text).is_some_and(|s| !s.tabled) =>
            {
                refused.push((by, Refusal::NoDraftYet { session: scenario.tabling_session() }));
            }
            Intent::Propose { text, edit, own_words } => {
                let (Some(d), Some(state)) = (by.delegation(), p.texts.get_mut(*text)) else { continue };
                if let Err(e) = state.draft.check(scenario, *edit) {
                    refused.push((by, Refusal::Edit(e)));
                    continue;
                }
                let proposal = Proposal { by: d, edit: *edit, own_words: own_words.clone(), group: None };
                if state.proposals.iter().any(|q| q.edit == proposal.edit && q.own_words == proposal.own_words) {
                    continue;
                }
                let said = EditSaid::of(&state.draft, *edit, own_words.as_deref());
                note_pushed(state, *edit);
                state.proposals.push(proposal);
                p.record.say(round, Speaker::Delegation(d), || Says::Proposes { text: *text, edit: said });
            }
            Intent::Lobby { target, issue } => {
                let Some(d) = by.delegation() else { continue };
                lobby_for(p, d, *target, *issue, None);
            }
            Intent::LobbyGroup { group, issue } => {
                let Some(d) = by.delegation() else { continue };
                match ai::group_coordinator(scenario, *group, Some(d)) {
                    Some(coordinator) => lobby_for(p, d, coordinator, *issue, Some(*group)),
                    None => refused.push((by, Refusal::NoSuchGroup(*group))),
                }
            }
            Intent::ChairEdit { text, edit } => {
                let Some(state) = p.texts.get_mut(*text) else { continue };
                let said = match state.draft.check(scenario, *edit) {
                    Ok(()) => EditSaid::of(&state.draft, *edit, None),
                    Err(e) => {
                        refused.push((by, Refusal::Edit(e)));
                        continue;
                    }
                };
                let words = said.own_words.clone();
                let _ = state.draft.apply(scenario, *edit, words.as_deref());
                state.draft.revision += 1;
                let speaker = p.penholder_speaker(*text);
                p.record.say(round, speaker, || Says::Edits { text: *text, edit: said });
            }
            Intent::CallForAdoption
            | Intent::Declare { .. }
            | Intent::Assign { .. }
            | Intent::Event { .. }
            | Intent::Announce { .. } => {}
        }
    }
    let mut assessed = Vec::with_capacity(p.texts.len());
    for t in p.texts() {
        if p.texts[t].tabled {
            let assessments = p.verdicts(t);
            ai_amendments(p, t, &assessments);
            assessed.push(assessments);
        } else {
            assessed.push(Vec::new());
        }
    }
    ai_lobbying(p, &assessed);
    ai::group_cohesion(scenario, p.room);
    ai::alignment_cohesion(scenario, p.room);
    let progress = round as f32 / scenario.rounds.max(1) as f32;
    p.room.pressure = 1.0 + scenario.params.deadline_pressure * progress * progress;
    p.clock.phase = Phase::Revision;
    refused
}

/// A session of the calendar opens: before any draft, the general exchange of views; in the session
/// that tables the texts, they are tabled and the room reacts; in a later session that names a draft,
/// each AI penholder issues it, taking up what the last session's amendments taught it. Amendments not
/// taken up leave the table.
fn open_session(p: &mut Parts, k: usize) {
    let scenario = p.scenario;
    let tabling = scenario.tabling_session();
    if k < tabling {
        if k > 0 {
            priorities(p, k - 1);
        }
    } else if k == tabling && k > 0 {
        for t in p.texts() {
            table(p, t, k);
            let assessments = p.assess(t);
            declare_red_lines(p, &assessments);
            if p.record.verbose {
                speak(p, t, &assessments, |_| true);
            }
            p.record.texts[t].verdicts = Some(assessments);
        }
    } else if k > tabling && scenario.sessions[k].draft.is_some() {
        for t in p.texts() {
            new_draft(p, t, k);
        }
    }
    for state in p.texts.iter_mut() {
        state.proposals.clear();
    }
}

/// The penholder issues the draft session `k` names: an AI chair redrafts from everything it heard
/// (more changes than a revision within a session); a person's text is re-issued as it stands.
fn new_draft(p: &mut Parts, t: usize, k: usize) {
    let scenario = p.scenario;
    let round = p.clock.round;
    let speaker = p.penholder_speaker(t);
    p.record.say(round, speaker, || Says::NamedDraft { text: t, session: k });
    let mut made = Vec::new();
    let reactions = p.record.verbose.then(|| p.assess(t));
    if p.ai_penholder(t) && scenario.texts[t].penholder == Penholder::Chair {
        let before = p.texts[t].draft.clone();
        let amendments = amendments_of(&p.texts[t]);
        let on = scenario.date_of_round(round);
        // Before the last session the new draft is the chair's opening bid.
        let bold = k + 1 < scenario.sessions.len();
        let latitude = chair::Latitude { edits: chair::EDITS_PER_NEW_DRAFT, summary: false, on, bold };
        made = chair::revise(scenario, p.room, &mut p.texts[t].draft, &amendments, latitude, &mut p.record.evaluations);
        let edits: Vec<Edit> = made.iter().map(|(e, _)| *e).collect();
        keep_proposers_words(&mut p.texts[t], &edits);
        note_revision(&mut p.texts[t], &made);
        if p.record.verbose && !made.is_empty() {
            let said: Vec<EditSaid> = made.iter().map(|(e, _)| said_by_penholder(&p.texts[t], &before, *e)).collect();
            let why = made.iter().map(|(_, w)| w.clone()).collect();
            p.record.say(round, speaker, || Says::Revises { text: t, revision: 0, named: Some(k), edits: said, why });
        }
    }
    let draft = &mut p.texts[t].draft;
    draft.named = Some(k);
    draft.revision = 0;
    if p.record.verbose {
        let draft = p.texts[t].draft.clone();
        p.record.texts[t].drafts.push(draft);
    }
    if !made.is_empty() {
        let assessments = p.assess(t);
        declare_red_lines(p, &assessments);
        // The room reacts to the new draft: those whose verdict it changed say so.
        if let Some(before) = reactions {
            speak(p, t, &assessments, |d| before[d].kind != assessments[d].kind);
        }
        p.record.texts[t].verdicts = Some(assessments);
    }
}

/// Counts a revision that changed the text, and the changes that met an objection.
fn note_revision(state: &mut TextState, made: &[(Edit, chair::Why)]) {
    if made.iter().any(|(e, _)| !matches!(e, Edit::Bracket { .. } | Edit::Unbracket { .. })) {
        state.revisions += 1;
    }
    state.objections_met += made.iter().filter(|(_, w)| w.meets_count > 0).count() as u32;
}

/// The amendments on the table of a text, as the chair weighs them.
fn amendments_of(state: &TextState) -> Vec<chair::Amendment> {
    state.proposals.iter().map(|q| chair::Amendment { edit: q.edit, by: q.by, group: q.group }).collect()
}

/// Salience (0-1) below which a delegation does not table a turned-down amendment a second time.
const PRESSES_AGAIN_FROM: f32 = 0.35;
/// Salience from which a delegation whose amendment was turned down lobbies against the wording
/// rather than give way.
const LOBBIES_FROM: f32 = 0.5;

/// AI delegations table amendments on text `t` from their verdicts. A negotiating group speaks for
/// its members when most of them want the same change. Each remembers what it asked for: it tables
/// an amendment at most twice (once more after the chair turned it down), then, if the text still
/// crosses its line, warns that it will object and asks for brackets; if it cares a great deal it
/// lobbies against the wording; otherwise it gives way, and says why.
fn ai_amendments(p: &mut Parts, t: usize, assessments: &[Assessment]) {
    let scenario = p.scenario;
    let on = scenario.date_of_round(p.clock.round);
    let n = scenario.delegations.len();
    let wants: Vec<Option<Edit>> = (0..n)
        .map(|d| {
            let a = &assessments[d];
            if !p.seating.ai_plays(d) || a.kind < VerdictKind::Reservations {
                return None;
            }
            ai::amendment_for(scenario, p.room, &p.texts[t].draft, d, a, on)
        })
        .collect();
    let mut spoken_for = vec![false; n];
    if scenario.body.group_statements {
        for (g, _) in scenario.groups.iter().enumerate().filter(|(_, g)| g.negotiates) {
            let members = scenario.members_of(g);
            if members.len() < 3 {
                continue;
            }
            // The change most of the members want, if a majority wants the same one.
            let mut tally: Vec<(Edit, usize)> = Vec::new();
            for edit in members.iter().filter_map(|&m| wants[m]) {
                match tally.iter_mut().find(|(e, _)| *e == edit) {
                    Some((_, c)) => *c += 1,
                    None => tally.push((edit, 1)),
                }
            }
            let Some(&(edit, count)) = tally.iter().max_by_key(|(_, c)| *c) else { continue };
            let Some(coordinator) = ai::group_coordinator(scenario, g, None) else { continue };
            if 2 * count <= members.len() || !p.seating.ai_plays(coordinator) {
                continue;
            }
            if press(p, t, coordinator, Some(g), edit, &assessments[coordinator]) {
                for &m in members.iter().filter(|&&m| wants[m] == Some(edit)) {
                    spoken_for[m] = true;
                }
            }
        }
    }
    for d in 0..n {
        if let Some(edit) = wants[d].filter(|_| !spoken_for[d]) {
            press(p, t, d, None, edit, &assessments[d]);
        }
    }
}

/// Delegation `by` (for group `group`, if it speaks for one) presses for `edit` on text `t`. Returns
/// whether it has dealt with it: the amendment is on the table, or it has escalated or given way.
fn press(p: &mut Parts, t: usize, by: usize, group: Option<usize>, edit: Edit, a: &Assessment) -> bool {
    let round = p.clock.round;
    let state = &mut p.texts[t];
    if state.proposals.iter().any(|q| q.edit == edit) {
        return true;
    }
    let issue = state.draft.issue_of(edit);
    let rung = match edit {
        Edit::Reword { rung, .. } | Edit::Insert { rung, .. } => Some(rung),
        Edit::Delete { .. } | Edit::MoveToChairSummary { .. } => None,
        Edit::Bracket { .. } | Edit::Unbracket { .. } => return false,
    };
    let k = match state.asks.iter().position(|x| x.by == by && x.issue == issue) {
        Some(k) => {
            if state.asks[k].rung != rung {
                // The text moved: a new ask.
                state.asks[k] = Ask { by, issue, rung, made: 0, settled: false };
            }
            k
        }
        None => {
            state.asks.push(Ask { by, issue, rung, made: 0, settled: false });
            state.asks.len() - 1
        }
    };
    let ask = state.asks[k];
    if ask.settled {
        return true;
    }
    let cares = p.room.salience(by, issue);
    if ask.made >= MOST_TIMES_ASKED || (ask.made >= 1 && cares < PRESSES_AGAIN_FROM) {
        state.asks[k].settled = true;
        escalate_or_give_way(p, t, by, group, issue, a);
        return true;
    }
    state.asks[k].made += 1;
    let said = EditSaid::of(&state.draft, edit, None);
    note_pushed(state, edit);
    state.proposals.push(Proposal { by, edit, own_words: None, group });
    let speaker = match group {
        Some(group) => Speaker::Group { group, speaker: by },
        None => Speaker::Delegation(by),
    };
    p.record.say(round, speaker, || Says::Proposes { text: t, edit: said });
    true
}

/// A delegation whose amendment the chair has turned down twice: it warns that it will object (and
/// asks for brackets) when the text still crosses its line; lobbies the most influential delegation
/// of the other view when it cares a great deal; otherwise gives way, with its reason.
fn escalate_or_give_way(p: &mut Parts, t: usize, by: usize, group: Option<usize>, issue: usize, a: &Assessment) {
    let scenario = p.scenario;
    let round = p.clock.round;
    let speaker = match group {
        Some(group) => Speaker::Group { group, speaker: by },
        None => Speaker::Delegation(by),
    };
    let paragraph = p.texts[t].draft.paragraph_on(issue);
    let ask_brackets = |p: &mut Parts| {
        let Some(paragraph) = paragraph else { return };
        let state = &mut p.texts[t];
        let edit = Edit::Bracket { paragraph };
        if state.draft.check(scenario, edit).is_ok() && !state.proposals.iter().any(|q| q.edit == edit) {
            let said = EditSaid::of(&state.draft, edit, None);
            state.proposals.push(Proposal { by, edit, own_words: None, group });
            p.record.say(round, speaker, || Says::Proposes { text: t, edit: said });
        }
    };
    if a.kind == VerdictKind::Objects && a.sticking_issue() == issue {
        let red_line = a.red_line_issue == Some(issue);
        if red_line {
            p.room.declare(by, issue);
        }
        p.record.say(round, speaker, || Says::WarnsItWillObject { text: t, issue, red_line });
        ask_brackets(p);
        return;
    }
    let position = p.texts[t].draft.placements(&scenario.issues)[issue].position;
    let wants_more = p.room.ideal(by, issue) > position;
    if p.room.salience(by, issue) >= LOBBIES_FROM && p.room.capital[by] >= scenario.params.lobby_cost {
        // The most influential delegation on the other side of the text from it.
        let other_side = (0..scenario.delegations.len())
            .filter(|&d| d != by && (p.room.ideal(d, issue) > position) != wants_more)
            .max_by(|&x, &y| {
                scenario.delegations[x].influence.total_cmp(&scenario.delegations[y].influence).then(y.cmp(&x))
            });
        if let Some(target) = other_side {
            let toward = p.room.ideal(by, issue);
            lobby_toward(p, by, target, issue, toward);
            ask_brackets(p);
            return;
        }
    }
    // Why it gives way: its group does not share the wish, few would gain, or it cares little.
    let backers = (0..scenario.delegations.len())
        .filter(|&d| {
            d != by
                && (p.room.ideal(d, issue) > position) == wants_more
                && (p.room.ideal(d, issue) - position).abs() > 5.0
        })
        .count();
    let group_does_not = group.is_none()
        && scenario.delegations[by].groups.iter().any(|&g| {
            scenario.groups[g].negotiates && {
                let members = scenario.members_of(g);
                let with = members.iter().filter(|&&m| (p.room.ideal(m, issue) > position) == wants_more).count();
                members.len() >= 3 && 2 * with < members.len()
            }
        });
    let reason = if group_does_not {
        GiveWay::GroupDoesNot
    } else if (backers as f32) < 0.2 * scenario.delegations.len() as f32 {
        GiveWay::Isolated
    } else {
        GiveWay::SpiritOfCompromise
    };
    p.record.say(round, speaker, || Says::GivesWay { text: t, issue, reason });
}

/// Remembers an addition or a rewording someone pushed, for the chair's summary.
fn note_pushed(state: &mut TextState, edit: Edit) {
    let pushed = match edit {
        Edit::Insert { issue, rung } => (issue, rung),
        Edit::Reword { paragraph, rung } => match state.draft.paragraphs.get(paragraph) {
            Some(para) => (para.issue, rung),
            None => return,
        },
        _ => return,
    };
    if !state.pushed.contains(&pushed) {
        state.pushed.push(pushed);
    }
}

/// One lobbying attempt, recorded with its odds; toward where the lobbyist's preferred text stands.
fn lobby_for(p: &mut Parts, by: usize, target: usize, issue: usize, through_group: Option<usize>) {
    let t = preferred_text(p, by);
    let position = p.texts[t].draft.placements(&p.scenario.issues)[issue].position;
    lobby_at(p, by, target, issue, position, through_group, false);
}

/// A lobbying attempt for a change: toward the lobbyist's own position.
fn lobby_toward(p: &mut Parts, by: usize, target: usize, issue: usize, position: f32) {
    lobby_at(p, by, target, issue, position, None, true);
}

fn lobby_at(
    p: &mut Parts,
    by: usize,
    target: usize,
    issue: usize,
    position: f32,
    through_group: Option<usize>,
    for_change: bool,
) {
    let odds = (ai::lobby_odds(p.scenario, p.room, by, target, issue) * 100.0).round().clamp(0.0, 100.0) as u8;
    let result = ai::lobby(p.scenario, p.room, p.rng, by, target, issue, position);
    p.record.say(p.clock.round, Speaker::Delegation(by), || Says::Lobbies {
        target,
        issue,
        result,
        odds,
        through_group,
        for_change,
    });
}

/// The text delegation `d` backs: the one it sponsors, else the one worth most to it.
fn preferred_text(p: &Parts, d: usize) -> usize {
    if let Some(t) = (0..p.texts.len()).find(|&t| p.is_sponsor(t, d)) {
        return t;
    }
    if p.texts.len() == 1 {
        return 0;
    }
    (0..p.texts.len())
        .map(|t| {
            let placements = p.texts[t].draft.placements(&p.scenario.issues);
            (t, evaluate::assess(p.scenario, p.room, d, &placements).net)
        })
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
        .map_or(0, |(t, _)| t)
}

/// Major AI delegations lobby the objectors to the text they back.
fn ai_lobbying(p: &mut Parts, assessed: &[Vec<Assessment>]) {
    let scenario = p.scenario;
    let preferred: Vec<usize> = (0..scenario.delegations.len()).map(|d| preferred_text(p, d)).collect();
    for t in p.texts() {
        if !p.texts[t].tabled {
            continue;
        }
        let assessments = &assessed[t];
        let placements = p.texts[t].draft.placements(&scenario.issues);
        let seating = &*p.seating;
        let plan = ai::lobbying_targets(scenario, p.room, assessments, &placements, |d| {
            seating.ai_plays(d) && preferred[d] == t
        });
        for (lobbyist, target, issue) in plan {
            lobby_for(p, lobbyist, target, issue, None);
        }
    }
}

/// Each penholder revises; the room reacts (red lines the new text crosses are declared); the chair
/// decides whether to call for adoption: when, as far as it knows, no one would block on any text, or
/// when time is up.
pub fn revision(p: &mut Parts, call_for_adoption: bool) {
    let scenario = p.scenario;
    let round = p.clock.round;
    let mut nobody_blocks = true;
    let mut settled = true;
    // The question may be put only in a session of the calendar that provides for it.
    let may_adopt = scenario.sessions.is_empty() || scenario.session_of(round).1.adoption;
    for t in p.texts() {
        // No text on the table yet: nothing to count.
        if !p.texts[t].tabled {
            p.record.texts[t].counts.push(Count::default());
            continue;
        }
        // The verdicts before the revision: for a sponsor who revises its own text, and for who
        // speaks up after.
        let needed = p.record.verbose || scenario.texts[t].penholder != Penholder::Chair;
        let before = if needed { p.assess(t) } else { Vec::new() };
        // The chair's working view gives the verdicts after its revision.
        let mut sounded: Option<Vec<Assessment>> = None;
        if p.ai_penholder(t) {
            let old = p.texts[t].draft.clone();
            let made = match scenario.texts[t].penholder {
                Penholder::Chair => {
                    let (made, verdicts) = chair_revision(p, t, round);
                    sounded = verdicts;
                    made
                }
                Penholder::Sponsor(_) => {
                    let proposals: Vec<Edit> = p.texts[t].proposals.iter().map(|q| q.edit).collect();
                    ai::revise(
                        scenario,
                        p.room,
                        &mut p.texts[t].draft,
                        &before,
                        &proposals,
                        round,
                        &mut p.record.evaluations,
                    )
                    .into_iter()
                    .map(|e| (e, chair::Why::default()))
                    .collect()
                }
            };
            let edits: Vec<Edit> = made.iter().map(|(e, _)| *e).collect();
            // A chair still improving the text keeps consulting while the calendar allows.
            settled &= scenario.texts[t].penholder != Penholder::Chair
                || edits.iter().all(|e| matches!(e, Edit::Bracket { .. } | Edit::Unbracket { .. }));
            keep_proposers_words(&mut p.texts[t], &edits);
            if p.record.verbose && !made.is_empty() {
                let said: Vec<EditSaid> = edits.iter().map(|&e| said_by_penholder(&p.texts[t], &old, e)).collect();
                let why = made.iter().map(|(_, w)| w.clone()).collect();
                let (revision, named) = (p.texts[t].draft.revision, p.texts[t].draft.named);
                let speaker = p.penholder_speaker(t);
                p.record.say(round, speaker, || Says::Revises { text: t, revision, named, edits: said, why });
            }
            // What the revision took up, or made moot, leaves the table.
            let state = &mut p.texts[t];
            let draft = &state.draft;
            state.proposals.retain(|q| still_open(scenario, draft, q.edit));
        }
        let after = match sounded.take() {
            Some(verdicts) => {
                p.record.evaluations.full += verdicts.len() as u64;
                verdicts
            }
            None => p.assess(t),
        };
        p.record.texts[t].counts.push(Count::of(&after));
        declare_red_lines(p, &after);
        p.record.texts[t].verdicts = Some(after.clone());
        if p.record.verbose {
            let draft = p.texts[t].draft.clone();
            p.record.texts[t].drafts.push(draft);
            speak(p, t, &after, |d| before[d].kind != after[d].kind);
        }
        // What the chair knows: the red lines declared, every position voiced.
        if may_adopt && nobody_blocks {
            let known = p.assess_known(t);
            nobody_blocks &= consensus::call_for_adoption(scenario, &p.texts[t].stands, &known).adopted();
        }
    }
    let ai_holds_every_pen = p.texts().all(|t| p.ai_penholder(t));
    let tabled = p.texts.iter().all(|s| s.tabled);
    if (may_adopt && tabled && (call_for_adoption || (ai_holds_every_pen && nobody_blocks && settled)))
        || round >= p.clock.rounds
    {
        p.clock.phase = Phase::Adoption;
    } else {
        p.clock.round += 1;
        p.clock.phase = Phase::Consultations;
    }
}

/// The AI chair's revision of text `t`: the changes that widen support most without creating an
/// objection, then brackets on what is fought over. Within the last session of the calendar (late in
/// a negotiation without one) contested text may go to the chair's summary.
fn chair_revision(p: &mut Parts, t: usize, round: u32) -> (Vec<(Edit, chair::Why)>, Option<Vec<Assessment>>) {
    let scenario = p.scenario;
    // A new named draft opened this round: that was the chair's revision for it.
    let tabling = scenario.tabling_session();
    if scenario.session_starting(round).is_some_and(|k| k > tabling && scenario.sessions[k].draft.is_some()) {
        return (Vec::new(), None);
    }
    // The chair revises in answer to what it hears: with nothing new since it last found nothing
    // to change, it leaves the text as it is.
    let heard = {
        use std::hash::{Hash, Hasher};
        let mut h = super::digest::Fnv::default();
        p.texts[t].proposals.hash(&mut h);
        p.texts[t].draft.hash(&mut h);
        super::digest::hash_declared(&mut h, p.room);
        scenario.session_of(round).0.hash(&mut h);
        h.finish().max(1)
    };
    if p.texts[t].looked_at == heard {
        return (Vec::new(), None);
    }
    let progress = round as f32 / scenario.rounds.max(1) as f32;
    let last_session = !scenario.sessions.is_empty() && scenario.session_of(round).0 + 1 == scenario.sessions.len();
    let summary = scenario.has_chair_summary() && (last_session || progress >= 0.6);
    let amendments = amendments_of(&p.texts[t]);
    let latitude =
        chair::Latitude { edits: chair::EDITS_PER_REVISION, summary, on: scenario.date_of_round(round), bold: false };
    let (mut made, brackets, after) = chair::revise_and_bracket(
        scenario,
        p.room,
        &mut p.texts[t].draft,
        &amendments,
        latitude,
        &mut p.record.evaluations,
    );
    if !made.is_empty() {
        p.texts[t].draft.revision += 1;
    }
    p.texts[t].looked_at = if made.is_empty() && brackets.is_empty() { heard } else { 0 };
    note_revision(&mut p.texts[t], &made);
    made.extend(brackets.into_iter().map(|e| (e, chair::Why::default())));
    (made, Some(after))
}

/// Whether an amendment still asks for a change to the text as it stands.
fn still_open(scenario: &Scenario, draft: &Draft, edit: Edit) -> bool {
    draft.check(scenario, edit).is_ok()
        && match edit {
            Edit::Reword { paragraph, rung } => draft.paragraphs[paragraph].rung != rung,
            _ => true,
        }
}

/// A person's words go into the text with the amendment the penholder took up.
fn keep_proposers_words(state: &mut TextState, edits: &[Edit]) {
    for &edit in edits {
        let Some(words) = state.proposals.iter().find(|q| q.edit == edit).and_then(|q| q.own_words.clone()) else {
            continue;
        };
        let paragraph = match edit {
            Edit::Reword { paragraph, .. } => Some(paragraph),
            Edit::Insert { issue, .. } => state.draft.paragraph_on(issue),
            _ => None,
        };
        if let Some(para) = paragraph.and_then(|p| state.draft.paragraphs.get_mut(p)) {
            para.own_words = Some(words);
        }
    }
}

/// An edit the penholder made, with the words of the amendment it took up when a person wrote
/// them; the issue as the draft stood before (`before`), since a paragraph may since have left the text.
fn said_by_penholder(after: &TextState, before: &Draft, edit: Edit) -> EditSaid {
    let words = after.proposals.iter().find(|q| q.edit == edit).and_then(|q| q.own_words.clone());
    let paragraph = match edit {
        Edit::Insert { .. } => None,
        Edit::Reword { paragraph, .. }
        | Edit::Bracket { paragraph }
        | Edit::Unbracket { paragraph }
        | Edit::Delete { paragraph }
        | Edit::MoveToChairSummary { paragraph } => Some(paragraph),
    };
    let draft = match paragraph {
        Some(p) if p < before.paragraphs.len() => before,
        _ => &after.draft,
    };
    EditSaid::of(draft, edit, words.as_deref())
}

/// "Is there any objection?" on each text in the scenario's order; then the gavel,
/// or the scenario's fallback.
pub fn adoption(p: &mut Parts) {
    // Before the last round a failed call sends the room back to consultations; at the last,
    // the scenario's fallback applies.
    let last_chance = p.clock.round >= p.clock.rounds;
    let mut open = false;
    for t in p.texts() {
        if p.record.texts[t].conclusion.is_none() {
            match decide(p, t, last_chance) {
                Some(conclusion) => p.record.texts[t].conclusion = Some(conclusion),
                None => open = true,
            }
        }
    }
    if open {
        p.clock.round += 1;
        p.clock.phase = Phase::Consultations;
    } else {
        p.clock.phase = Phase::Concluded;
    }
}

/// The decision on one text; `None` when objections stand and consultations resume.
fn decide(p: &mut Parts, t: usize, last_chance: bool) -> Option<Conclusion> {
    let scenario = p.scenario;
    let round = p.clock.round;
    let chair = p.penholder_speaker(t);
    if p.ai_penholder(t) {
        let before = p.texts[t].draft.clone();
        let made = match scenario.texts[t].penholder {
            Penholder::Chair => {
                chair::clear_with_package(scenario, p.room, &mut p.texts[t].draft, &mut p.record.evaluations)
            }
            Penholder::Sponsor(_) => {
                ai::clear_brackets(scenario, p.room, &mut p.texts[t].draft, &mut p.record.evaluations)
                    .into_iter()
                    .map(|e| (e, chair::Why::default()))
                    .collect()
            }
        };
        p.texts[t].objections_met += made.iter().filter(|(_, w)| w.meets_count > 0).count() as u32;
        if p.record.verbose && !made.is_empty() {
            let said: Vec<EditSaid> = made.iter().map(|&(e, _)| EditSaid::of(&before, e, None)).collect();
            let why = made.iter().map(|(_, w)| w.clone()).collect();
            p.record.say(round, chair, || Says::ClearsBrackets { text: t, edits: said, why });
        }
    }
    p.record.say(round, chair, || Says::PutsTheQuestion { text: t });
    let mut assessments = p.assess(t);
    let mut gavel = consensus::call_for_adoption(scenario, &p.texts[t].stands, &assessments);
    // An objection at the gavel makes its red line known to all.
    for o in gavel.blockers.iter().filter(|o| o.red_line) {
        p.room.declare(o.delegation, o.issue);
    }
    if !gavel.adopted() && !last_chance {
        say_objections(p, t, &gavel);
        p.record.say(round, chair, || Says::ConsultationsResume { text: t });
        return None;
    }
    if !gavel.adopted() && scenario.fallback == Fallback::ChairSummary {
        // The body's fallback, whoever holds the pen: what the blockers object to goes to the
        // chair's summary, on the chair's own responsibility, unless taking it out of the text
        // would cross someone else's red line.
        let n = scenario.delegations.len();
        let mut moved = Vec::new();
        for o in &gavel.blockers {
            let Some(paragraph) = p.texts[t].draft.paragraph_on(o.issue) else { continue };
            if ai::crosses_a_red_line(p.room, n, o.issue, scenario.issues[o.issue].absent) {
                continue;
            }
            p.texts[t].draft.paragraphs[paragraph].status = ParagraphStatus::ChairSummary;
            moved.push(paragraph);
        }
        if !moved.is_empty() {
            p.texts[t].draft.revision += 1;
            p.record.say(round, Speaker::Chair, || Says::MovesToChairSummary { text: t, paragraphs: moved });
            assessments = p.assess(t);
            gavel = consensus::call_for_adoption(scenario, &p.texts[t].stands, &assessments);
        }
    }
    if gavel.adopted() && scenario.has_chair_summary() {
        record_in_summary(p, t);
    }
    // In a committee that votes, the backer of a rival text asks for a recorded vote rather than
    // let a competitor pass by consensus, unless it would vote for it anyway.
    let requested_by = (gavel.adopted() && scenario.fallback == Fallback::RecordedVote)
        .then(|| vote_requested_by(p, t, &assessments))
        .flatten();
    if let Some(d) = requested_by {
        p.record.say(round, Speaker::Delegation(d), || Says::RequestsVote { text: t });
    }
    let mut votes = None;
    let outcome = if gavel.adopted() && requested_by.is_none() {
        if p.texts[t].draft.in_chair_summary().next().is_some() {
            Outcome::ConsensusWithChairSummary
        } else {
            Outcome::Consensus
        }
    } else if scenario.fallback == Fallback::RecordedVote {
        let cast = recorded_vote(p, t, &assessments);
        let tally = Tally::of(&cast.iter().map(|v| v.0).collect::<Vec<_>>());
        votes = Some(cast);
        if tally.adopts() { Outcome::AdoptedByVote } else { Outcome::RejectedByVote }
    } else {
        Outcome::NoConsensus
    };
    if p.record.verbose {
        announce(p, t, &gavel, outcome, votes.as_deref());
        let draft = p.texts[t].draft.clone();
        p.record.texts[t].drafts.push(draft);
    }
    Some(Conclusion { outcome, round, gavel, votes })
}

/// The backer of text `t`'s rival that asks for a recorded vote on `t`: the first (in delegation
/// order) that would not vote for it.
fn vote_requested_by(p: &mut Parts, t: usize, assessments: &[Assessment]) -> Option<usize> {
    let scenario = p.scenario;
    let r = scenario.texts[t].rival?;
    let placements = p.texts[t].draft.placements(&scenario.issues);
    let rival_placements = p.texts[r].draft.placements(&scenario.issues);
    let rival_assessments = p.assess(r);
    let ballot = Ballot {
        text: t,
        assessments,
        sponsors: &scenario.texts[t].sponsors,
        stands: &p.texts[t].stands,
        rival: Some(Rival {
            text: r,
            placements: &rival_placements,
            sponsors: &scenario.texts[r].sponsors,
            assessments: &rival_assessments,
        }),
        placements: &placements,
    };
    (0..scenario.delegations.len()).find(|&d| {
        ballot::backs(scenario, &ballot, d) == Some(r) && ballot::own_vote(scenario, p.room, &ballot, d).0 != Vote::Yes
    })
}

/// Everyone's vote on text `t`, each judging it against the alternative it faces.
fn recorded_vote(p: &mut Parts, t: usize, assessments: &[Assessment]) -> Vec<(Vote, consensus::VoteReason)> {
    let scenario = p.scenario;
    let placements = p.texts[t].draft.placements(&scenario.issues);
    let rival = scenario.texts[t].rival;
    let rival_placements = rival.map(|r| p.texts[r].draft.placements(&scenario.issues));
    let rival_assessments = rival.map(|r| p.assess(r));
    let ballot = Ballot {
        text: t,
        assessments,
        sponsors: &scenario.texts[t].sponsors,
        stands: &p.texts[t].stands,
        rival: rival.zip(rival_placements.as_deref()).zip(rival_assessments.as_deref()).map(
            |((r, placements), assessments)| Rival {
                text: r,
                placements,
                sponsors: &scenario.texts[r].sponsors,
                assessments,
            },
        ),
        placements: &placements,
    };
    ballot::cast(scenario, p.room, &ballot)
}

/// Share of the seats that must gain from a proposal not taken up for the chair to
/// reflect it in its summary.
pub const WIDELY_BACKED: f32 = 0.25;

/// Proposals pushed during the talks that the adopted text did not take up, but that at
/// least a quarter of the room would have gained from, go into the chair's summary (one
/// per issue: the most widely backed).
fn record_in_summary(p: &mut Parts, t: usize) {
    let scenario = p.scenario;
    let n = scenario.delegations.len();
    let placements = p.texts[t].draft.placements(&scenario.issues);
    let mut best: Vec<Option<(usize, usize)>> = vec![None; scenario.issues.len()];
    for &(issue, rung) in &p.texts[t].pushed {
        let Some(wording) = scenario.issues[issue].ladder.get(rung) else { continue };
        let at = Placement { position: wording.position, agreed: wording.agreed };
        if (at.position - placements[issue].position).abs() < 1e-3 {
            continue;
        }
        let backers = (0..n)
            .filter(|&d| {
                let (w, x) = (p.room.salience(d, issue), p.room.ideal(d, issue));
                evaluate::placement_loss(scenario, w, x, at) + 1.0
                    < evaluate::placement_loss(scenario, w, x, placements[issue])
            })
            .count();
        if backers as f32 >= WIDELY_BACKED * n as f32 && best[issue].is_none_or(|(b, _)| backers > b) {
            best[issue] = Some((backers, rung));
        }
    }
    let mut proposals = Vec::new();
    for (issue, pick) in best.iter().enumerate() {
        let Some((_, rung)) = *pick else { continue };
        let para = Paragraph { issue, rung, status: ParagraphStatus::ChairSummary, own_words: None };
        p.texts[t].draft.paragraphs.push(para);
        proposals.push((issue, rung));
    }
    if !proposals.is_empty() {
        p.record.say(p.clock.round, Speaker::Chair, || Says::SummaryRecords { text: t, proposals });
    }
}

/// Each objection at the call for adoption, in the objector's voice.
fn say_objections(p: &mut Parts, t: usize, gavel: &Gavel) {
    let round = p.clock.round;
    for o in &gavel.blockers {
        p.record.say(round, Speaker::Delegation(o.delegation), || Says::Objects {
            text: t,
            issue: o.issue,
            red_line: o.red_line,
        });
    }
}

fn announce(p: &mut Parts, t: usize, gavel: &Gavel, outcome: Outcome, votes: Option<&[(Vote, consensus::VoteReason)]>) {
    let round = p.clock.round;
    say_objections(p, t, gavel);
    for o in &gavel.gave_way {
        let own_words = p.texts[t].explanations[o.delegation].clone();
        p.record.say(round, Speaker::Delegation(o.delegation), || Says::ExplainsPosition {
            text: t,
            issue: Some(o.issue),
            own_words,
        });
    }
    // People who explained their position without objecting are heard too.
    for d in 0..p.scenario.delegations.len() {
        let gave_way = gavel.gave_way.iter().any(|o| o.delegation == d);
        let blocked = gavel.blockers.iter().any(|o| o.delegation == d);
        if let Some(words) = p.texts[t].explanations[d].clone().filter(|_| !gave_way && !blocked) {
            p.record.say(round, Speaker::Delegation(d), || Says::ExplainsPosition {
                text: t,
                issue: None,
                own_words: Some(words),
            });
        }
    }
    let tally = votes.map(|v| Tally::of(&v.iter().map(|x| x.0).collect::<Vec<_>>()));
    p.record.say(round, Speaker::Chair, || Says::Outcome { text: t, outcome, tally });
    // After the vote, those who voted against or abstained explain why.
    for (d, &(vote, reason)) in votes.unwrap_or_default().iter().enumerate() {
        if vote != Vote::Yes {
            p.record.say(round, Speaker::Delegation(d), || Says::ExplainsVote { text: t, vote, reason });
        }
    }
}

/// Runs the current phase with these moves (taken from the `Agenda` for this phase).
/// Returns what could not be acted on, with the reason.
pub fn advance(p: &mut Parts, moves: &[Move]) -> Vec<Refused> {
    for mv in moves {
        match &mv.intent {
            Intent::Declare { text, stand, explanation } => {
                if let Some(d) = mv.by.delegation() {
                    declare(p, d, *text, *stand, explanation.clone());
                }
            }
            Intent::Assign { seat, holder } if mv.by == Sender::Instructor => {
                p.seating.assign(*seat, *holder);
                let (seat, holder) = (*seat, *holder);
                p.record.say(p.clock.round, Speaker::Instructor, || Says::SeatChanges { seat, holder });
            }
            Intent::Event { event } if mv.by == Sender::Instructor => {
                inject(p, *event);
                p.moved();
            }
            Intent::Announce { text } if mv.by == Sender::Instructor => {
                let text = text.clone();
                p.record.say(p.clock.round, Speaker::Instructor, || Says::Announcement { text });
            }
            _ => {}
        }
    }
    match p.clock.phase {
        Phase::Opening => opening(p),
        Phase::GeneralExchange => general_exchange(p),
        Phase::Consultations => return consultations(p, moves),
        Phase::Revision => {
            let call = moves.iter().any(|m| m.intent == Intent::CallForAdoption && m.by == Sender::Chair);
            revision(p, call)
        }
        Phase::Adoption => adoption(p),
        Phase::Concluded => {}
    }
    Vec::new()
}

/// The instructor's event: the delegations it concerns take its new stance on its issue.
fn inject(p: &mut Parts, event: usize) {
    let Some(e) = p.scenario.events.get(event) else { return };
    for &d in &e.concerns {
        let k = p.room.at(d, e.issue);
        if let Some(salience) = e.salience {
            p.room.salience[k] = (salience / 100.0).clamp(0.0, 1.0);
        }
        if let Some(ideal) = e.ideal {
            p.room.ideal[k] = ideal.clamp(0.0, 100.0);
        }
    }
    p.record.say(p.clock.round, Speaker::Instructor, || Says::Event { event });
}

/// A person's stand at the gavel on text `t`; an announced objection goes on the record.
fn declare(p: &mut Parts, by: usize, t: usize, stand: Stand, explanation: Option<String>) {
    let Some(state) = p.texts.get_mut(t) else { return };
    state.explanations[by] = explanation.filter(|e| !e.trim().is_empty());
    if state.stands[by] == stand {
        return;
    }
    state.stands[by] = stand;
    if stand != Stand::AsInstructed {
        p.record.say(p.clock.round, Speaker::Delegation(by), || Says::Declares { text: t, stand });
    }
}

/// A whole negotiation of every text of a scenario, owning its resources.
#[derive(Debug, Clone)]
pub struct Session {
    pub scenario: Arc<Scenario>,
    pub room: Room,
    pub texts: Vec<TextState>,
    pub rng: ChaCha8Rng,
    pub clock: Clock,
    pub record: Record,
    pub seating: Seating,
}

impl Session {
    /// An AI-only session.
    pub fn new(scenario: Arc<Scenario>, seed: u64, verbose: bool) -> Session {
        let n = scenario.delegations.len();
        Session::with_people(scenario, seed, &Seating::ai(n).people(), verbose)
    }

    /// A session where people hold `seats`; the AI plays everyone else.
    pub fn with_people(scenario: Arc<Scenario>, seed: u64, seats: &[Seat], verbose: bool) -> Session {
        // The room is the first thing drawn: `Room::opening` gives the same one.
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let room = Room::drawn(&scenario, &mut rng);
        let texts = (0..scenario.texts.len()).map(|t| TextState::opening(&scenario, t)).collect();
        let n = scenario.delegations.len();
        Session {
            room,
            texts,
            rng,
            clock: Clock { round: 0, rounds: scenario.rounds, phase: Phase::Opening },
            record: Record::new(scenario.texts.len(), verbose),
            seating: Seating::with_people(n, seats),
            scenario,
        }
    }

    pub fn parts(&mut self) -> Parts<'_> {
        Parts {
            scenario: &self.scenario,
            room: &mut self.room,
            texts: &mut self.texts,
            rng: &mut self.rng,
            clock: &mut self.clock,
            record: &mut self.record,
            seating: &mut self.seating,
        }
    }

    /// Runs the current phase with exactly these moves; returns what it could not act on.
    pub fn step(&mut self, moves: &[Move]) -> Vec<Refused> {
        advance(&mut self.parts(), moves)
    }

    /// Runs to the end with no moves of people.
    pub fn run(&mut self) -> &Record {
        while self.clock.phase != Phase::Concluded {
            self.step(&[]);
        }
        &self.record
    }

    /// The conclusion of text `t`, once decided.
    pub fn conclusion(&self, t: usize) -> Option<&Conclusion> {
        self.record.texts.get(t).and_then(|r| r.conclusion.as_ref())
    }
}
