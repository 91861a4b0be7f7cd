//! What AI delegations and an AI penholder (chair or main sponsor) do each round.
//! Plain functions over the model's data; every random draw comes from the
//! session's one seeded RNG, in delegation order.

use rand::RngExt;
use rand_chacha::ChaCha8Rng;

use super::draft::{Draft, Edit, ParagraphStatus, Placement};
use super::evaluate::{Assessment, VerdictKind, placement_loss};
use super::record::{Evaluations, LobbyResult};
use super::room::Room;
use super::scenario::{Lead, Penholder, Scenario};

/// Most edits the penholder makes in one revision.
pub const EDITS_PER_REVISION: usize = 3;

/// The edit an objecting or reserved delegation asks for: one rung toward its
/// ideal on its sticking issue, an insertion where the text is silent, or deletion.
/// Only wordings written by `on` are asked for.
pub fn amendment_for(
    scenario: &Scenario,
    room: &Room,
    draft: &Draft,
    d: usize,
    a: &Assessment,
    on: jiff::civil::Date,
) -> Option<Edit> {
    let issue = a.sticking_issue();
    let spec = &scenario.issues[issue];
    let ideal = room.ideal(d, issue);
    match draft.paragraph_on(issue) {
        Some(paragraph) => {
            let rung = draft.paragraphs[paragraph].rung;
            let current = spec.ladder[rung].position;
            let absent_distance = (spec.absent - ideal).abs();
            let absent_better = spec
                .closest_open(ideal, on)
                .is_none_or(|best| absent_distance < (spec.ladder[best].position - ideal).abs());
            if absent_better && absent_distance < (current - ideal).abs() {
                return Some(Edit::Delete { paragraph });
            }
            // One step at a time, as delegations do in informal consultations: the nearest wording
            // toward its position that serves it better than the text does (agreed language it would
            // give up counts for what it is worth).
            let (w, now) = (room.salience(d, issue), placement(spec, rung));
            let loss_now = placement_loss(scenario, w, ideal, now);
            let first = spec.next_open(rung, ideal > current, on)?;
            let mut step = Some(first);
            let serves = |r: usize| placement_loss(scenario, w, ideal, placement(spec, r)) < loss_now - 0.5;
            // Never past its own position.
            let within = |r: usize| (spec.ladder[r].position - current).abs() <= (ideal - current).abs() + 1e-3;
            while let Some(r) = step.filter(|&r| within(r) && !serves(r)) {
                step = spec.next_open(r, ideal > current, on);
            }
            let step = step.filter(|&r| within(r) && serves(r)).unwrap_or(first);
            Some(Edit::Reword { paragraph, rung: step })
        }
        None => {
            let rung = spec.closest_open(ideal, on)?;
            let gain = (spec.absent - ideal).abs() - (spec.ladder[rung].position - ideal).abs();
            (gain > 0.0).then_some(Edit::Insert { issue, rung })
        }
    }
}

fn placement(issue: &super::scenario::Issue, rung: usize) -> Placement {
    let w = &issue.ladder[rung];
    Placement { position: w.position, agreed: w.agreed }
}

/// The chance that one attempt by `lobbyist` moves `target` on `issue`: better for an
/// influential lobbyist, worse the more the target cares about the issue.
pub fn lobby_odds(scenario: &Scenario, room: &Room, lobbyist: usize, target: usize, issue: usize) -> f32 {
    let influence = scenario.delegations[lobbyist].influence;
    let resistance = room.salience(target, issue);
    (0.25 + 0.5 * influence) * (1.0 - 0.7 * resistance)
}

/// One lobbying attempt of `lobbyist` on `target` about `issue`: it spends capital and,
/// on success, moves the target's ideal toward where the text stands.
pub fn lobby(
    scenario: &Scenario,
    room: &mut Room,
    rng: &mut ChaCha8Rng,
    lobbyist: usize,
    target: usize,
    issue: usize,
    text_position: f32,
) -> LobbyResult {
    let cost = scenario.params.lobby_cost;
    if room.capital[lobbyist] + 1e-4 < cost {
        return LobbyResult::NoCapital;
    }
    room.capital[lobbyist] = (room.capital[lobbyist] - cost).max(0.0);
    let chance = lobby_odds(scenario, room, lobbyist, target, issue);
    let roll: f32 = rng.random();
    if roll < chance {
        let step = scenario.params.persuasion * (1.0 - 0.5 * room.salience(target, issue));
        room.nudge(target, issue, text_position, step);
        LobbyResult::Moved
    } else {
        LobbyResult::Failed
    }
}

/// An integer that orders as `f32::total_cmp` orders the floats.
fn total_order_key(x: f32) -> i32 {
    let bits = x.to_bits() as i32;
    bits ^ (((bits >> 31) as u32) >> 1) as i32
}

/// How close (points) a lobbyist must be to the text on an issue to defend it.
pub const DEFENDS_WITHIN: f32 = 20.0;

/// A lobbying plan for every AI delegation that can afford it: majors (influence
/// ≥ 0.4) who can live with the text work on objectors, easiest first (and, when
/// no one objects, on those with reservations), on an issue where the text stands
/// close to their own position. Red lines are not lobbied: they do not move.
pub fn lobbying_targets(
    scenario: &Scenario,
    room: &Room,
    assessments: &[Assessment],
    placements: &[Placement],
    ai: impl Fn(usize) -> bool,
) -> Vec<(usize, usize, usize)> {
    // Easiest first: the highest net value (ties in delegation order), sorted on integer keys.
    let mut keyed: Vec<(i32, usize)> = (0..assessments.len())
        .filter(|&d| assessments[d].kind == VerdictKind::Objects && assessments[d].red_line_issue.is_none())
        .map(|d| (-1 - total_order_key(assessments[d].net), d))
        .collect();
    if keyed.is_empty() {
        // No one objects: they work on those with reservations, nearest to accepting first.
        keyed = (0..assessments.len())
            .filter(|&d| assessments[d].kind == VerdictKind::Reservations)
            .map(|d| (total_order_key(assessments[d].worst_loss), d))
            .collect();
    }
    keyed.sort_unstable();
    let objectors: Vec<usize> = keyed.into_iter().map(|(_, d)| d).collect();
    if objectors.is_empty() {
        return Vec::new();
    }
    let mut plan = Vec::new();
    let mut next = 0;
    // The issues the lobbyist at hand can defend: where the text stands close to its own position.
    let mut defends = vec![false; room.issues];
    for l in 0..assessments.len() {
        let lobbies = ai(l)
            && scenario.delegations[l].influence >= 0.4
            && room.capital[l] >= scenario.params.lobby_cost
            && assessments[l].kind <= VerdictKind::CanLiveWith;
        if !lobbies {
            continue;
        }
        // The next objector, in turn, whose sticking point this lobbyist can defend.
        for (i, defends) in defends.iter_mut().enumerate() {
            *defends = placements.get(i).is_some_and(|p| (p.position - room.ideal(l, i)).abs() <= DEFENDS_WITHIN);
        }
        for step in 0..objectors.len() {
            let target = objectors[(next + step) % objectors.len()];
            let issue = assessments[target].worst_issue;
            if target != l && defends.get(issue).copied().unwrap_or(false) {
                plan.push((l, target, issue));
                next += step + 1;
                break;
            }
        }
    }
    plan
}

/// Who speaks and negotiates for group `g`: its most influential seated member other
/// than `besides` (the first in code order among equals). An estimate of who
/// coordinates, not a record of the rotating chairs.
pub fn group_coordinator(scenario: &Scenario, g: usize, besides: Option<usize>) -> Option<usize> {
    scenario.members_of(g).iter().copied().filter(|&d| Some(d) != besides).max_by(|&a, &b| {
        scenario.delegations[a].influence.total_cmp(&scenario.delegations[b].influence).then(b.cmp(&a))
    })
}

/// Group cohesion: members of negotiating groups drift toward their group's mean
/// ideal, less on issues they care more about. Groups are taken in file order.
pub fn group_cohesion(scenario: &Scenario, room: &mut Room) {
    let rate = scenario.params.group_cohesion;
    let negotiating: Vec<&[usize]> = (0..scenario.groups.len())
        .filter(|&g| scenario.groups[g].negotiates)
        .map(|g| scenario.members_of(g))
        .filter(|m| m.len() >= 2)
        .collect();
    // Masks of the large groups, which are moved down whole columns.
    let masks: Vec<Option<Vec<u32>>> = negotiating
        .iter()
        .map(|members| {
            (2 * members.len() >= room.delegations).then(|| {
                let mut mask = vec![0u32; room.delegations];
                for &d in members.iter() {
                    mask[d] = u32::MAX;
                }
                mask
            })
        })
        .collect();
    // A step of rate × (1 - salience) of the way toward the mean (never past it: both are ≤ 1).
    let step = |x: f32, w: f32, m: f32| x + rate * (1.0 - w) * (m - x);
    // Issues do not mix: each issue's column goes through the groups in order, as if each group moved
    // on every issue in turn. A few issues at a time keep their columns at hand.
    const AT_ONCE: usize = 8;
    let mut mean = [0.0f32; AT_ONCE];
    for first in (0..room.issues).step_by(AT_ONCE) {
        let issues = first..(first + AT_ONCE).min(room.issues);
        let width = issues.len();
        for (members, mask) in negotiating.iter().zip(&masks) {
            // Each issue's mean sums the members in order; the issues' sums run side by side.
            mean.iter_mut().for_each(|m| *m = 0.0);
            if width == AT_ONCE {
                let columns: [&[f32]; AT_ONCE] = std::array::from_fn(|j| &room.ideal[room.column(first + j)]);
                for &d in members.iter() {
                    for j in 0..AT_ONCE {
                        mean[j] += columns[j][d];
                    }
                }
            } else {
                for &d in members.iter() {
                    for (j, m) in mean[..width].iter_mut().enumerate() {
                        *m += room.ideal[room.at(d, first + j)];
                    }
                }
            }
            let count = members.len() as f32;
            mean.iter_mut().for_each(|m| *m /= count);
            for (j, &m) in mean[..width].iter().enumerate() {
                let column = room.column(first + j);
                let (ideal, salience) = (&mut room.ideal[column.clone()], &room.salience[column]);
                match mask {
                    // A large group: down the whole column, the members picked out by the mask.
                    Some(mask) => {
                        for ((x, &w), &member) in ideal.iter_mut().zip(salience).zip(mask) {
                            let moved = step(*x, w, m);
                            *x = f32::from_bits((moved.to_bits() & member) | (x.to_bits() & !member));
                        }
                    }
                    None => {
                        for &d in members.iter() {
                            ideal[d] = step(ideal[d], salience[d], m);
                        }
                    }
                }
            }
        }
    }
}

/// Documented followers drift toward their lead's position (its mean, for a group), less on
/// issues they care more about: they align with its statements.
pub fn alignment_cohesion(scenario: &Scenario, room: &mut Room) {
    let n = room.issues;
    let rate = scenario.params.group_cohesion;
    for alignment in &scenario.alignments {
        let leaders: Vec<usize> = match alignment.lead {
            Lead::State(l) => vec![l],
            Lead::Group(g) => scenario.members_of(g).to_vec(),
        };
        if leaders.is_empty() {
            continue;
        }
        let lead: Vec<f32> =
            (0..n).map(|i| leaders.iter().map(|&l| room.ideal(l, i)).sum::<f32>() / leaders.len() as f32).collect();
        for &f in &alignment.members {
            for (i, &target) in lead.iter().enumerate() {
                let step = rate * (1.0 - room.salience(f, i)) * (target - room.ideal(f, i)).abs();
                room.nudge(f, i, target, step);
            }
        }
    }
}

/// How the penholder scores a draft: fewer objections (weighted by the
/// objector's influence; red lines count double) first, then the room's welfare.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DraftScore {
    pub objection_weight: f32,
    pub welfare: f32,
}

impl DraftScore {
    fn better_than(&self, other: &DraftScore) -> bool {
        if (self.objection_weight - other.objection_weight).abs() > 1e-4 {
            self.objection_weight < other.objection_weight
        } else {
            self.welfare > other.welfare + 1e-3
        }
    }
}

/// Scratch state the penholder keeps while weighing edits, so that each
/// candidate costs one pass over the delegations on one issue.
pub struct Revision<'a> {
    scenario: &'a Scenario,
    room: &'a Room,
    placements: Vec<Placement>,
    net: Vec<f32>,
    /// How many red lines the text crosses for each delegation.
    crossed: Vec<u16>,
    pub evaluations: Evaluations,
}

impl<'a> Revision<'a> {
    pub fn new(scenario: &'a Scenario, room: &'a Room, placements: &[Placement], assessments: &[Assessment]) -> Self {
        let n = room.issues;
        let crossed = (0..assessments.len())
            .map(|d| {
                (0..n).filter(|&i| room.red_line(d, i).is_some_and(|r| r.crossed_by(placements[i].position))).count()
                    as u16
            })
            .collect();
        Revision {
            scenario,
            room,
            placements: placements.to_vec(),
            net: assessments.iter().map(|a| a.net).collect(),
            crossed,
            evaluations: Evaluations::default(),
        }
    }

    /// The score of the text with `issue` moved to `at`.
    pub fn score_with(&mut self, issue: usize, at: Placement) -> DraftScore {
        let old = self.placements[issue];
        let mut score = DraftScore { objection_weight: 0.0, welfare: 0.0 };
        for d in 0..self.net.len() {
            let k = self.room.at(d, issue);
            let (w, x) = (self.room.salience[k], self.room.ideal[k]);
            let net = self.net[d] + placement_loss(self.scenario, w, x, old) - placement_loss(self.scenario, w, x, at);
            let red = self.room.red_lines[k];
            let crossed = self.crossed[d] as i32 - red.is_some_and(|r| r.crossed_by(old.position)) as i32
                + red.is_some_and(|r| r.crossed_by(at.position)) as i32;
            let influence = self.scenario.delegations[d].influence;
            if crossed > 0 {
                score.objection_weight += 2.0 * (1.0 + 2.0 * influence);
            } else if net < 0.0 {
                score.objection_weight += 1.0 + 2.0 * influence;
            }
            score.welfare += influence * net;
        }
        self.evaluations.incremental += self.net.len() as u64;
        score
    }

    pub fn current_score(&mut self, issue: usize) -> DraftScore {
        let at = self.placements[issue];
        self.score_with(issue, at)
    }

    /// Makes a move permanent in the scratch state.
    pub fn commit(&mut self, issue: usize, at: Placement) {
        let old = self.placements[issue];
        for d in 0..self.net.len() {
            let k = self.room.at(d, issue);
            let (w, x) = (self.room.salience[k], self.room.ideal[k]);
            self.net[d] += placement_loss(self.scenario, w, x, old) - placement_loss(self.scenario, w, x, at);
            if let Some(r) = self.room.red_lines[k] {
                self.crossed[d] = (self.crossed[d] as i32 - r.crossed_by(old.position) as i32
                    + r.crossed_by(at.position) as i32) as u16;
            }
        }
        self.placements[issue] = at;
    }
}

/// How far a sponsor holding the pen lets an issue drift from its own ideal:
/// it concedes more on what it cares less about, and more as the deadline nears.
fn sponsor_allows(room: &Room, sponsor: usize, issue: usize, old: f32, new: f32, progress: f32) -> bool {
    if room.red_line(sponsor, issue).is_some_and(|r| r.crossed_by(new)) {
        return false;
    }
    let ideal = room.ideal(sponsor, issue);
    let budget = (1.0 - room.salience(sponsor, issue)) * 30.0 * progress;
    (new - ideal).abs() <= (old - ideal).abs() || (new - ideal).abs() <= budget
}

/// The penholder's revision: up to `EDITS_PER_REVISION` edits, each the one that
/// most reduces objections, among weaker or stronger wording, deletion, moving
/// to a chair's summary (late, and only where the body has one) and the
/// amendments delegations proposed. Then brackets: contested paragraphs are
/// bracketed, uncontested ones unbracketed. Returns the edits made.
pub fn revise(
    scenario: &Scenario,
    room: &Room,
    draft: &mut Draft,
    assessments: &[Assessment],
    proposals: &[Edit],
    round: u32,
    evaluations: &mut Evaluations,
) -> Vec<Edit> {
    let issues = &scenario.issues;
    let placements = draft.placements(issues);
    let mut scratch = Revision::new(scenario, room, &placements, assessments);
    let progress = round as f32 / scenario.rounds.max(1) as f32;
    let penholder = scenario.texts[draft.text].penholder;
    let has_summary = scenario.has_chair_summary();
    let summary_allowed = has_summary && progress >= 0.6;
    let mut made = Vec::new();
    for _ in 0..EDITS_PER_REVISION {
        // Where the body has a chair's summary, a call to delete becomes, late on, a
        // move to the summary.
        let mut candidates: Vec<Edit> = proposals
            .iter()
            .filter_map(|&e| match e {
                Edit::Delete { paragraph } if has_summary => {
                    summary_allowed.then_some(Edit::MoveToChairSummary { paragraph })
                }
                other => Some(other),
            })
            .collect();
        for (p, para) in draft.paragraphs.iter().enumerate().filter(|(_, p)| p.counts()) {
            for stronger in [false, true] {
                if let Some(rung) = issues[para.issue].next_available(para.rung, stronger) {
                    candidates.push(Edit::Reword { paragraph: p, rung });
                }
            }
            // Where the body has a chair's summary, contested text goes there (late)
            // rather than out.
            if !has_summary {
                candidates.push(Edit::Delete { paragraph: p });
            } else if summary_allowed {
                candidates.push(Edit::MoveToChairSummary { paragraph: p });
            }
        }
        let mut best: Option<(Edit, DraftScore)> = None;
        let mut baselines: Vec<Option<DraftScore>> = vec![None; issues.len()];
        for edit in candidates {
            if draft.check(scenario, edit).is_err() {
                continue;
            }
            let Some((issue, at)) = draft.effect(issues, edit) else { continue };
            let old = scratch.placements[issue];
            if (at.position - old.position).abs() < 1e-3 && at.agreed == old.agreed {
                continue;
            }
            if let Penholder::Sponsor(s) = penholder
                && !sponsor_allows(room, s, issue, old.position, at.position, progress)
            {
                continue;
            }
            let baseline = *baselines[issue].get_or_insert_with(|| scratch.current_score(issue));
            let score = scratch.score_with(issue, at);
            // Deleting or shelving text is a last resort: only for a clear gain.
            let shelves = matches!(edit, Edit::Delete { .. } | Edit::MoveToChairSummary { .. });
            let gain = baseline.objection_weight - score.objection_weight;
            if shelves && gain < 0.5 {
                continue;
            }
            if !score.better_than(&baseline) {
                continue;
            }
            // Compare by improvement over each edit's own baseline.
            let delta = DraftScore {
                objection_weight: score.objection_weight - baseline.objection_weight,
                welfare: score.welfare - baseline.welfare,
            };
            if best.as_ref().is_none_or(|(_, b)| delta.better_than(b)) {
                best = Some((edit, delta));
            }
        }
        let Some((edit, _)) = best else { break };
        if let Some((issue, at)) = draft.effect(issues, edit) {
            scratch.commit(issue, at);
        }
        if draft.apply(scenario, edit, None).is_ok() {
            made.push(edit);
        }
    }
    *evaluations += scratch.evaluations;
    // Brackets mark what is still contested, and what a delegation asked to bracket:
    // any delegation may insist that text it has not agreed stays in brackets.
    let contested = contested_issues(scenario, room, &scratch.placements, evaluations);
    for p in 0..draft.paragraphs.len() {
        let para = &draft.paragraphs[p];
        let disputed = contested[para.issue] || proposals.contains(&Edit::Bracket { paragraph: p });
        let edit = match para.status {
            ParagraphStatus::Text if disputed => Edit::Bracket { paragraph: p },
            ParagraphStatus::Bracketed if !disputed => Edit::Unbracket { paragraph: p },
            _ => continue,
        };
        if draft.apply(scenario, edit, None).is_ok() {
            made.push(edit);
        }
    }
    if made.iter().any(|e| !matches!(e, Edit::Bracket { .. } | Edit::Unbracket { .. })) {
        draft.revision += 1;
    }
    made
}

/// Issues on which some delegation objects because of that issue: its red line
/// is crossed there, or it is its heaviest loss while the text is worth less than nothing.
pub fn contested_issues(
    scenario: &Scenario,
    room: &Room,
    placements: &[Placement],
    evaluations: &mut Evaluations,
) -> Vec<bool> {
    evaluations.full += scenario.delegations.len() as u64;
    let mut contested = vec![false; room.issues];
    let mut all = Vec::new();
    super::evaluate::assess_all(scenario, room, placements, &mut all);
    for a in &all {
        if a.kind == VerdictKind::Objects {
            contested[a.sticking_issue()] = true;
        }
    }
    contested
}

/// Whether moving the text to `at` on `issue` would cross any delegation's red line.
pub fn crosses_a_red_line(room: &Room, delegations: usize, issue: usize, at: f32) -> bool {
    (0..delegations).any(|d| room.red_line(d, issue).is_some_and(|r| r.crossed_by(at)))
}

/// Before the gavel the penholder clears brackets: a bracketed paragraph still contested
/// goes to the chair's summary where the body has one, otherwise out; a sponsor stands by
/// its text and lets the room vote. No clearing may cross a standing red line: where
/// taking text out would cross one (someone's "at least"), the paragraph stays as it is.
pub fn clear_brackets(scenario: &Scenario, room: &Room, draft: &mut Draft, evaluations: &mut Evaluations) -> Vec<Edit> {
    let placements = draft.placements(&scenario.issues);
    let contested = contested_issues(scenario, room, &placements, evaluations);
    let n = scenario.delegations.len();
    let sponsor_text = matches!(scenario.texts[draft.text].penholder, Penholder::Sponsor(_));
    let mut made = Vec::new();
    for p in draft.bracketed() {
        let issue = draft.paragraphs[p].issue;
        let out_at = scenario.issues[issue].absent;
        let taking_out_crosses = crosses_a_red_line(room, n, issue, out_at);
        let edit = if !contested[issue] || sponsor_text || taking_out_crosses {
            Edit::Unbracket { paragraph: p }
        } else if scenario.has_chair_summary() {
            Edit::MoveToChairSummary { paragraph: p }
        } else {
            Edit::Delete { paragraph: p }
        };
        if draft.apply(scenario, edit, None).is_ok() {
            made.push(edit);
        }
    }
    made
}
