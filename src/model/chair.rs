//! The chair at work. Between rounds it revises the text toward the broadest support it can get
//! without creating an objection, as far as it knows the room: it hears every position voiced, but a
//! red line it knows only once the record documents it or the delegation has declared it. It takes
//! up amendments with wide backing, trades one camp's wording on one paragraph for the other camp's
//! on another when neither change passes alone, brackets what is fought over, and before the
//! decision clears the brackets with a package. Every change carries its reason.

use super::consensus::cost_of_blocking;
use super::draft::{Draft, Edit, ParagraphStatus, Placement};
use super::evaluate::{Assessment, LIVE_WITH_BELOW, SUPPORT_BELOW, heavier, placement_loss};
use super::record::Evaluations;
use super::room::Room;
use super::scenario::{RedLine, Scenario};

/// Most edits in one revision within a session; a new named draft between sessions may make more.
pub const EDITS_PER_REVISION: usize = 3;
pub const EDITS_PER_NEW_DRAFT: usize = 6;
/// What an objector that would give way at the gavel weighs, against one that would block.
const GRUMBLE: f32 = 0.1;
/// How many of the most promising single changes the chair tries in pairs, as packages.
const PACKAGE_CANDIDATES: usize = 8;

/// An amendment on the table as the chair weighs it: the edit, who proposed it and for which group.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Amendment {
    pub edit: Edit,
    pub by: usize,
    pub group: Option<usize>,
}

/// Why the chair made a change: the amendment it took up and how many favour it, the objections
/// it meets, the other paragraph of a package, or the support it wins.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Why {
    /// The amendment taken up: its proposer and the group it spoke for.
    pub took_up: Option<(usize, Option<usize>)>,
    /// Delegations the change brings closer to what they want on the issue.
    pub favoured_by: u16,
    /// Objections it meets: the most influential objectors by index (up to three), and how many in all.
    pub meets: Vec<usize>,
    pub meets_count: u16,
    /// The other paragraph (index) of a package, when the change is one half of a trade.
    pub package_with: Option<usize>,
    /// Delegations whose verdict improves.
    pub wins: u16,
}

/// The chair's measure of a text: the weight of the objections it expects (red lines count double,
/// influential objectors more), then the breadth of support (what the text is worth to every
/// delegation, each state counting and a larger one somewhat more), then the room's welfare
/// weighted by influence.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Standing {
    pub objections: f32,
    pub support: f32,
    pub welfare: f32,
}

impl Standing {
    pub fn better_than(&self, other: &Standing) -> bool {
        if (self.objections - other.objections).abs() > 1e-4 {
            self.objections < other.objections
        } else if (self.support - other.support).abs() > 0.5 {
            self.support > other.support
        } else {
            self.welfare > other.welfare + 1e-3
        }
    }

    fn minus(&self, base: &Standing) -> Standing {
        Standing {
            objections: self.objections - base.objections,
            support: self.support - base.support,
            welfare: self.welfare - base.welfare,
        }
    }
}

/// Support points of a verdict: supports 3, can live with it 2, reservations 1, objects 0.
fn points(objects: bool, worst_loss: f32) -> f32 {
    if objects {
        0.0
    } else if worst_loss < SUPPORT_BELOW {
        3.0
    } else if worst_loss < LIVE_WITH_BELOW {
        2.0
    } else {
        1.0
    }
}

/// The chair's working view of the room on one text: each delegation's loss on every issue, its net
/// value of the text, its three heaviest losses and the declared red lines the text crosses. Trying a
/// change to one or two paragraphs costs one pass over the delegations.
#[derive(Clone)]
pub struct Sounding<'a> {
    scenario: &'a Scenario,
    room: &'a Room,
    pub placements: Vec<Placement>,
    /// Laid out as the room is (`Room::at`).
    losses: Vec<f32>,
    net: Vec<f32>,
    /// The heaviest loss of each delegation, with its issue (the first among equals).
    worst: Vec<(f32, usize)>,
    /// Declared red lines crossed, per delegation.
    crossed: Vec<u16>,
    /// Scratch: each delegation's net value, and its declared red lines crossed, in the change being tried.
    scratch_net: Vec<f32>,
    scratch_crossed: Vec<i32>,
    /// Per issue, the delegations with a red line on it the room knows (declared or documented).
    known_lines: Vec<Vec<usize>>,
    /// Each delegation's influence, at hand for the inner loops.
    influence: Vec<f32>,
    /// Weighing an opening bid: objections short of a red line count as grumbles (see `Latitude::bold`).
    bold: bool,
    pub evaluations: Evaluations,
}

/// A red line the chair knows of: documented, or declared in the talks.
fn known_line(room: &Room, d: usize, i: usize) -> Option<super::scenario::RedLine> {
    if room.is_declared(d, i) { room.red_line(d, i) } else { None }
}

impl<'a> Sounding<'a> {
    pub fn new(scenario: &'a Scenario, room: &'a Room, placements: &[Placement]) -> Self {
        let n = room.issues;
        let delegations = scenario.delegations.len();
        let mut s = Sounding {
            scenario,
            room,
            placements: placements.to_vec(),
            losses: vec![0.0; n * delegations],
            net: vec![0.0; delegations],
            worst: vec![(0.0, 0); delegations],
            crossed: vec![0; delegations],
            scratch_net: vec![0.0; delegations],
            scratch_crossed: vec![0; delegations],
            known_lines: vec![Vec::new(); n],
            influence: scenario.delegations.iter().map(|d| d.influence).collect(),
            bold: false,
            evaluations: Evaluations::default(),
        };
        // Per issue, once: where the text and the status quo stand, and how much of a loss each
        // forgives (agreed language). Then down each issue's column, every delegation side by side:
        // each delegation's sums run over the issues in order, as `evaluate::assess` runs them.
        let kept = 1.0 - scenario.params.agreed_language_discount;
        let text: Vec<(f32, f32)> =
            placements.iter().map(|p| (p.position, if p.agreed { kept } else { 1.0 })).collect();
        for (d, net) in s.net.iter_mut().enumerate() {
            *net = room.agreement_value(d);
        }
        let mut worst_loss = vec![f32::MIN; delegations];
        let mut worst_issue = vec![u32::MAX; delegations];
        for (i, issue) in scenario.issues.iter().enumerate().take(n) {
            let column = room.column(i);
            let (ideal, salience) = (&room.ideal[column.clone()], &room.salience[column.clone()]);
            let ((at, keeps), status_quo) = (text[i], issue.status_quo);
            let delegations = s.net.iter_mut().zip(&mut s.losses[column]).zip(&mut worst_loss).zip(&mut worst_issue);
            for ((((net, losses), worst_loss), worst_issue), (&x, &w)) in delegations.zip(ideal.iter().zip(salience)) {
                let loss = w * (at - x).abs() * keeps;
                *net += w * (status_quo - x).abs() * kept - loss;
                *losses = loss;
                (*worst_loss, *worst_issue) = heavier(loss, i as u32, *worst_loss, *worst_issue);
            }
        }
        for d in 0..delegations {
            s.worst[d] = (worst_loss[d], if worst_issue[d] == u32::MAX { usize::MAX } else { worst_issue[d] as usize });
        }
        // The red lines the room knows, issue by issue.
        for &(i, d) in &room.lines {
            if let Some(r) = known_line(room, d, i) {
                s.known_lines[i].push(d);
                s.crossed[d] += r.crossed_by(text[i].0) as u16;
            }
        }
        s.evaluations.full += delegations as u64;
        s
    }

    fn rank(&mut self, d: usize) {
        let mut worst = (f32::MIN, usize::MAX);
        for i in 0..self.room.issues {
            let loss = self.losses[self.room.at(d, i)];
            if loss > worst.0 {
                worst = (loss, i);
            }
        }
        self.worst[d] = worst;
    }

    /// Delegation `d`'s support points and whether it objects, as the chair reads it, with `changes` made.
    fn verdict_with(&self, d: usize, changes: &[(usize, Placement)]) -> (f32, bool, f32) {
        let (mut net, mut crossed) = (self.net[d], self.crossed[d] as i32);
        let mut worst = f32::MIN;
        for &(i, at) in changes {
            let k = self.room.at(d, i);
            let (w, x) = (self.room.salience[k], self.room.ideal[k]);
            let loss = placement_loss(self.scenario, w, x, at);
            net += self.losses[k] - loss;
            worst = worst.max(loss);
            if let Some(r) = known_line(self.room, d, i) {
                crossed += r.crossed_by(at.position) as i32 - r.crossed_by(self.placements[i].position) as i32;
            }
        }
        // The heaviest loss among the issues not changed.
        if changes.iter().all(|&(c, _)| c != self.worst[d].1) {
            worst = worst.max(self.worst[d].0);
        } else {
            for i in 0..self.room.issues {
                if changes.iter().all(|&(c, _)| c != i) {
                    worst = worst.max(self.losses[self.room.at(d, i)]);
                }
            }
        }
        let objects = crossed > 0 || net < 0.0;
        (points(objects, worst), objects, net)
    }

    /// The text's standing with `changes` made (none: as it stands). An objector counts in full
    /// when it would block at the gavel (a red line, or a shortfall greater than what blocking costs
    /// it beside the others who object); one that would give way counts for little.
    pub fn standing_with(&mut self, changes: &[(usize, Placement)]) -> Standing {
        // Each delegation's net value and declared red lines crossed with the changes made, down the
        // changed issues' columns (each delegation's sum in the order of the changes).
        self.scratch_net.copy_from_slice(&self.net);
        for (crossed, &c) in self.scratch_crossed.iter_mut().zip(&self.crossed) {
            *crossed = c as i32;
        }
        let kept = 1.0 - self.scenario.params.agreed_language_discount;
        for &(i, at) in changes {
            let column = self.room.column(i);
            let keeps = if at.agreed { kept } else { 1.0 };
            let cells = self.room.salience[column.clone()].iter().zip(&self.room.ideal[column.clone()]);
            for ((net, &loss), (&w, &x)) in self.scratch_net.iter_mut().zip(&self.losses[column]).zip(cells) {
                *net += loss - w * (at.position - x).abs() * keeps;
            }
            let old = self.placements[i].position;
            for &d in &self.known_lines[i] {
                if let Some(r) = self.room.red_line(d, i) {
                    self.scratch_crossed[d] += r.crossed_by(at.position) as i32 - r.crossed_by(old) as i32;
                }
            }
        }
        let mut s = Standing { objections: 0.0, support: 0.0, welfare: 0.0 };
        let (mut count, mut influence_sum) = (0usize, 0.0f32);
        for d in 0..self.net.len() {
            let (net, influence) = (self.scratch_net[d], self.influence[d]);
            if self.scratch_crossed[d] > 0 || net < 0.0 {
                count += 1;
                influence_sum += influence;
            }
            s.support += (1.0 + influence) * net;
            s.welfare += influence * net;
        }
        if count > 0 {
            for d in 0..self.net.len() {
                let (net, crossed) = (self.scratch_net[d], self.scratch_crossed[d] > 0);
                if !(crossed || net < 0.0) {
                    continue;
                }
                let influence = self.influence[d];
                let weight = 1.0 + 2.0 * influence;
                s.objections += if crossed {
                    2.0 * weight
                } else if self.bold {
                    0.0
                } else if -net > cost_of_blocking(self.scenario, influence, count - 1, influence_sum - influence) {
                    weight
                } else {
                    GRUMBLE * weight
                };
            }
        }
        self.evaluations.incremental += self.net.len() as u64;
        s
    }

    /// What moving the paragraph on issue `i` to `at` does to support: each delegation's gain on the
    /// issue, weighted as `standing_with` weighs support. It depends on that issue's column alone, so
    /// it holds until a change on the issue is committed.
    fn support_with(&self, i: usize, at: Placement) -> f32 {
        let kept = if at.agreed { 1.0 - self.scenario.params.agreed_language_discount } else { 1.0 };
        let column = self.room.column(i);
        let cells = self.room.salience[column.clone()].iter().zip(&self.room.ideal[column.clone()]);
        let mut support = 0.0;
        for ((&loss, &influence), (&w, &x)) in self.losses[column].iter().zip(&self.influence).zip(cells) {
            support += (1.0 + influence) * (loss - w * (at.position - x).abs() * kept);
        }
        support
    }

    /// The delegations that object now, as the chair reads it.
    fn objectors(&self) -> Vec<usize> {
        (0..self.net.len()).filter(|&d| self.net[d] < 0.0 || self.crossed[d] > 0).collect()
    }

    /// Whether moving issue `i` to `at` helps any of `objectors`: it gains from it, or a declared red
    /// line of its is lifted. Without that, objections cannot fall, so a change that loses support
    /// can be set aside without weighing it whole.
    fn helps_an_objector(&self, objectors: &[usize], i: usize, at: Placement) -> bool {
        let kept = if at.agreed { 1.0 - self.scenario.params.agreed_language_discount } else { 1.0 };
        let old = self.placements[i].position;
        objectors.iter().any(|&d| {
            let k = self.room.at(d, i);
            let diff = self.losses[k] - self.room.salience[k] * (at.position - self.room.ideal[k]).abs() * kept;
            let lifts = self.crossed[d] > 0
                && known_line(self.room, d, i).is_some_and(|r| r.crossed_by(old) && !r.crossed_by(at.position));
            diff > 0.0 || lifts
        })
    }

    /// The issues someone has raised: an amendment on the table is about it, or it is the heaviest
    /// loss of a delegation that has reservations or objects.
    fn raised(&self, draft: &Draft, amendments: &[Amendment]) -> Vec<bool> {
        let mut raised = vec![false; self.room.issues];
        for a in amendments {
            if let Some(i) = draft.paragraphs.get(paragraph_of_edit(a.edit)).map(|p| p.issue) {
                raised[i] = true;
            }
            if let Edit::Insert { issue, .. } = a.edit {
                raised[issue] = true;
            }
        }
        for d in 0..self.net.len() {
            let (worst, issue) = self.worst[d];
            if worst >= LIVE_WITH_BELOW || self.net[d] < 0.0 || self.crossed[d] > 0 {
                raised[issue] = true;
            }
            if self.crossed[d] > 0 {
                for (i, r) in raised.iter_mut().enumerate() {
                    *r |= known_line(self.room, d, i).is_some_and(|l| l.crossed_by(self.placements[i].position));
                }
            }
        }
        raised
    }

    /// Every delegation's verdict on the text as it now stands in this view, every red line
    /// counted (declared or not): what `evaluate::assess` gives, without a second pass over the room.
    pub fn assessments(&self) -> Vec<Assessment> {
        let red_line_issue = self.room.first_lines_crossed(|i| self.placements[i].position, false);
        (0..self.net.len())
            .map(|d| {
                let (worst_loss, worst_issue) = self.worst[d];
                Assessment::of(self.net[d], worst_loss, worst_issue, red_line_issue[d])
            })
            .collect()
    }

    /// The declared red lines the text crosses now, with their issues.
    fn crossed_lines(&self) -> Vec<(usize, RedLine)> {
        let mut lines = Vec::new();
        for d in (0..self.net.len()).filter(|&d| self.crossed[d] > 0) {
            for (i, at) in self.placements.iter().enumerate() {
                if let Some(line) = known_line(self.room, d, i).filter(|l| l.crossed_by(at.position)) {
                    lines.push((i, line));
                }
            }
        }
        lines
    }

    /// Who would block at the gavel now, by the chair's reading.
    pub fn blockers(&self) -> Vec<usize> {
        let verdicts: Vec<(bool, f32)> = (0..self.net.len())
            .map(|d| {
                let (_, objects, net) = self.verdict_with(d, &[]);
                (objects, net)
            })
            .collect();
        let count = verdicts.iter().filter(|v| v.0).count();
        let influence_sum: f32 = (0..self.net.len()).filter(|&d| verdicts[d].0).map(|d| self.influence[d]).sum();
        (0..self.net.len())
            .filter(|&d| {
                let influence = self.influence[d];
                verdicts[d].0
                    && (self.crossed[d] > 0
                        || -verdicts[d].1
                            > cost_of_blocking(self.scenario, influence, count - 1, influence_sum - influence))
            })
            .collect()
    }

    /// Makes changes permanent in the working view.
    pub fn commit(&mut self, changes: &[(usize, Placement)]) {
        for &(i, at) in changes {
            for d in 0..self.net.len() {
                let k = self.room.at(d, i);
                let (w, x) = (self.room.salience[k], self.room.ideal[k]);
                let loss = placement_loss(self.scenario, w, x, at);
                self.net[d] += self.losses[k] - loss;
                self.losses[k] = loss;
                if let Some(r) = known_line(self.room, d, i) {
                    self.crossed[d] = (self.crossed[d] as i32 + r.crossed_by(at.position) as i32
                        - r.crossed_by(self.placements[i].position) as i32)
                        as u16;
                }
            }
            self.placements[i] = at;
        }
        for d in 0..self.net.len() {
            self.rank(d);
        }
    }

    /// Why a change (already tried, not yet committed) is worth making: whom it favours on its
    /// issue, the objections it meets and the verdicts it improves.
    fn why(&self, changes: &[(usize, Placement)]) -> Why {
        let mut why = Why::default();
        let mut met: Vec<usize> = Vec::new();
        for d in 0..self.net.len() {
            let (before, objected, _) = self.verdict_with(d, &[]);
            let (after, objects, _) = self.verdict_with(d, changes);
            if objected && !objects {
                met.push(d);
            }
            if after > before {
                why.wins += 1;
            }
            let (i, at) = changes[0];
            let k = self.room.at(d, i);
            let (w, x) = (self.room.salience[k], self.room.ideal[k]);
            if placement_loss(self.scenario, w, x, at) + 1.0 < self.losses[k] {
                why.favoured_by += 1;
            }
        }
        met.sort_unstable_by(|&a, &b| {
            let (ia, ib) = (self.scenario.delegations[a].influence, self.scenario.delegations[b].influence);
            ib.total_cmp(&ia).then(a.cmp(&b))
        });
        why.meets_count = met.len() as u16;
        met.truncate(3);
        why.meets = met;
        why
    }
}

/// What the chair may do to the text this revision.
#[derive(Debug, Clone, Copy)]
pub struct Latitude {
    /// How many edits it makes at most.
    pub edits: usize,
    /// Whether contested text may go to the chair's summary (late in the talks, where the body has one).
    pub summary: bool,
    /// The day: only wordings written by then are used.
    pub on: jiff::civil::Date,
    /// A new named draft before the last session: the chair's opening bid, which may leave objections
    /// to be negotiated away (never a declared red line crossed).
    pub bold: bool,
}

/// One change the chair weighs: the edit, and the amendment it answers if any.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    edit: Edit,
    amendment: Option<Amendment>,
    issue: usize,
    at: Placement,
}

/// Every change the chair could make: the amendments on the table, a step up or down the ladder on
/// each paragraph, and (late, where allowed) a paragraph to the chair's summary or out.
fn candidates(
    scenario: &Scenario,
    draft: &Draft,
    amendments: &[Amendment],
    latitude: Latitude,
    raised: &[bool],
    lines: &[(usize, RedLine)],
) -> Vec<Candidate> {
    let issues = &scenario.issues;
    let has_summary = scenario.has_chair_summary();
    let mut edits: Vec<(Edit, Option<Amendment>)> = Vec::new();
    for a in amendments {
        let edit = match a.edit {
            Edit::Delete { paragraph } if has_summary => {
                if !latitude.summary {
                    continue;
                }
                Edit::MoveToChairSummary { paragraph }
            }
            Edit::Bracket { .. } | Edit::Unbracket { .. } => continue,
            other => other,
        };
        edits.push((edit, Some(*a)));
    }
    // The chair revisits only the paragraphs someone has raised: a paragraph nobody finds wanting stays.
    for (p, para) in draft.paragraphs.iter().enumerate().filter(|(_, p)| p.counts() && raised[p.issue]) {
        // A step either way, or as far as it takes to meet a declared red line the text crosses.
        let ladder = &issues[para.issue];
        let mut rungs: Vec<usize> =
            [true, false].iter().filter_map(|&stronger| ladder.next_open(para.rung, stronger, latitude.on)).collect();
        for line in lines.iter().filter(|(i, _)| *i == para.issue).map(|(_, l)| *l) {
            let mut r = para.rung;
            let stronger = matches!(line, RedLine::AtLeast(_));
            while let Some(next) = ladder.next_open(r, stronger, latitude.on) {
                r = next;
                if !line.crossed_by(ladder.ladder[r].position) {
                    rungs.push(r);
                    break;
                }
            }
        }
        rungs.sort_unstable();
        rungs.dedup();
        for rung in rungs {
            edits.push((Edit::Reword { paragraph: p, rung }, None));
        }
        if !has_summary {
            edits.push((Edit::Delete { paragraph: p }, None));
        } else if latitude.summary {
            edits.push((Edit::MoveToChairSummary { paragraph: p }, None));
        }
    }
    edits
        .into_iter()
        .filter(|&(e, _)| draft.check(scenario, e).is_ok())
        .filter_map(|(edit, amendment)| {
            let (issue, at) = draft.effect(issues, edit)?;
            Some(Candidate { edit, amendment, issue, at })
        })
        .collect()
}

/// Whether a candidate takes text out (deletion, the chair's summary): a last resort, only to meet
/// an objection.
fn shelves(edit: Edit) -> bool {
    matches!(edit, Edit::Delete { .. } | Edit::MoveToChairSummary { .. })
}

/// The chair's revision: up to `latitude.edits` changes, each the best single one for the text's
/// standing, or, when no single change helps, the best package of two changes on different
/// paragraphs. Returns the edits made, each with its reason.
pub fn revise(
    scenario: &Scenario,
    room: &Room,
    draft: &mut Draft,
    amendments: &[Amendment],
    latitude: Latitude,
    evaluations: &mut Evaluations,
) -> Vec<(Edit, Why)> {
    let mut sounding = Sounding::new(scenario, room, &draft.placements(&scenario.issues));
    let made = revise_with(&mut sounding, draft, amendments, latitude);
    *evaluations += sounding.evaluations;
    made
}

/// A revision within a session, weighed on one working view of the room: the changes (`revise`),
/// brackets on what is still fought over (`bracket`), and every delegation's verdict on the result.
pub fn revise_and_bracket(
    scenario: &Scenario,
    room: &Room,
    draft: &mut Draft,
    amendments: &[Amendment],
    latitude: Latitude,
    evaluations: &mut Evaluations,
) -> (Vec<(Edit, Why)>, Vec<Edit>, Vec<Assessment>) {
    let mut sounding = Sounding::new(scenario, room, &draft.placements(&scenario.issues));
    let made = revise_with(&mut sounding, draft, amendments, latitude);
    let contested = fought_over_in(&sounding, draft, amendments);
    *evaluations += sounding.evaluations;
    (made, mark(scenario, draft, &contested), sounding.assessments())
}

fn revise_with(
    sounding: &mut Sounding,
    draft: &mut Draft,
    amendments: &[Amendment],
    latitude: Latitude,
) -> Vec<(Edit, Why)> {
    let scenario = sounding.scenario;
    sounding.bold = latitude.bold;
    let mut made = Vec::new();
    // What each change does to support, with where its issue stood then: it holds while the issue
    // stands there.
    let mut supports: Vec<(usize, Placement, Placement, f32)> = Vec::new();
    while made.len() < latitude.edits {
        let base = sounding.standing_with(&[]);
        let mut tried: Vec<(Candidate, Standing)> = Vec::new();
        // Every change at a glance (what it does to support, whether it helps an objector); only those
        // that could improve the text are weighed whole.
        let mut glanced: Vec<(Candidate, f32, bool)> = Vec::new();
        let raised = sounding.raised(draft, amendments);
        let lines = sounding.crossed_lines();
        let objectors = sounding.objectors();
        supports.retain(|&(i, _, then, _)| sounding.placements[i] == then);
        for c in candidates(scenario, draft, amendments, latitude, &raised, &lines) {
            let old = sounding.placements[c.issue];
            if (c.at.position - old.position).abs() < 1e-3 && c.at.agreed == old.agreed {
                continue;
            }
            let support = match supports.iter().find(|&&(i, at, _, _)| i == c.issue && at == c.at) {
                Some(&(_, _, _, support)) => support,
                None => {
                    let support = sounding.support_with(c.issue, c.at);
                    supports.push((c.issue, c.at, old, support));
                    support
                }
            };
            let helps = sounding.helps_an_objector(&objectors, c.issue, c.at);
            glanced.push((c, support, helps));
            if !helps && support < -0.5 {
                continue;
            }
            let s = sounding.standing_with(&[(c.issue, c.at)]);
            if shelves(c.edit) && base.objections - s.objections < 0.5 {
                continue;
            }
            tried.push((c, s.minus(&base)));
        }
        let zero = Standing { objections: 0.0, support: 0.0, welfare: 0.0 };
        let best_single =
            tried.iter().filter(|(_, d)| d.better_than(&zero)).fold(None::<(Candidate, Standing)>, |best, &(c, d)| {
                match best {
                    Some((_, b)) if !d.better_than(&b) => best,
                    _ => Some((c, d)),
                }
            });
        if let Some((c, _)) = best_single {
            let why = sounding.why(&[(c.issue, c.at)]);
            apply(scenario, sounding, draft, &[c], &mut made, why);
            continue;
        }
        // A package: two changes that each lose the chair ground alone, on different paragraphs,
        // that together gain it (one camp's wording here for the other's there).
        glanced.retain(|(c, _, _)| !shelves(c.edit));
        glanced.sort_by(|a, b| b.1.total_cmp(&a.1));
        glanced.truncate(PACKAGE_CANDIDATES);
        let mut best_pair: Option<(Candidate, Candidate, Standing)> = None;
        for x in 0..glanced.len() {
            for y in x + 1..glanced.len() {
                let ((a, sa, ha), (b, sb, hb)) = (glanced[x], glanced[y]);
                // Support adds up over different issues: a pair that loses it and helps no objector cannot gain.
                if a.issue == b.issue || (!ha && !hb && sa + sb < -0.5) {
                    continue;
                }
                let d = sounding.standing_with(&[(a.issue, a.at), (b.issue, b.at)]).minus(&base);
                if d.better_than(&zero) && best_pair.as_ref().is_none_or(|(_, _, best)| d.better_than(best)) {
                    best_pair = Some((a, b, d));
                }
            }
        }
        let Some((a, b, _)) = best_pair else { break };
        if made.len() + 2 > latitude.edits.max(2) {
            break;
        }
        let mut why = sounding.why(&[(a.issue, a.at), (b.issue, b.at)]);
        let pa = paragraph_of(draft, a);
        let pb = paragraph_of(draft, b);
        why.package_with = pb;
        let mut why_b = why.clone();
        why_b.package_with = pa;
        apply(scenario, sounding, draft, &[a], &mut made, why);
        let b = Candidate { edit: retarget(draft, b), ..b };
        apply(scenario, sounding, draft, &[b], &mut made, why_b);
    }
    made
}

/// The paragraph an edit names (an insertion names none: past the end).
fn paragraph_of_edit(edit: Edit) -> usize {
    match edit {
        Edit::Insert { .. } => usize::MAX,
        Edit::Reword { paragraph, .. }
        | Edit::Delete { paragraph }
        | Edit::MoveToChairSummary { paragraph }
        | Edit::Bracket { paragraph }
        | Edit::Unbracket { paragraph } => paragraph,
    }
}

/// The paragraph a candidate edits, or the one it will add.
fn paragraph_of(draft: &Draft, c: Candidate) -> Option<usize> {
    match c.edit {
        Edit::Insert { .. } => Some(draft.paragraphs.len()),
        Edit::Reword { paragraph, .. }
        | Edit::Delete { paragraph }
        | Edit::MoveToChairSummary { paragraph }
        | Edit::Bracket { paragraph }
        | Edit::Unbracket { paragraph } => Some(paragraph),
    }
}

/// An edit still addresses the same paragraph after another edit of the same revision (insertions
/// append, so indices of existing paragraphs do not move).
fn retarget(_draft: &Draft, c: Candidate) -> Edit {
    c.edit
}

fn apply(
    scenario: &Scenario,
    sounding: &mut Sounding,
    draft: &mut Draft,
    changes: &[Candidate],
    made: &mut Vec<(Edit, Why)>,
    mut why: Why,
) {
    for c in changes {
        if draft.apply(scenario, c.edit, None).is_err() {
            continue;
        }
        sounding.commit(&[(c.issue, c.at)]);
        if let Some(a) = c.amendment {
            why.took_up = Some((a.by, a.group));
        }
        made.push((c.edit, why.clone()));
    }
}

/// The issues the chair brackets: those on which someone objects (as the chair knows it), those a
/// delegation asked to bracket, and those the amendments on the table pull both ways.
pub fn fought_over(scenario: &Scenario, room: &Room, draft: &Draft, amendments: &[Amendment]) -> Vec<bool> {
    fought_over_in(&Sounding::new(scenario, room, &draft.placements(&scenario.issues)), draft, amendments)
}

fn fought_over_in(sounding: &Sounding, draft: &Draft, amendments: &[Amendment]) -> Vec<bool> {
    let room = sounding.room;
    let n = room.issues;
    let placements = &sounding.placements;
    let mut contested = vec![false; n];
    for d in sounding.blockers() {
        // The issue it objects on: a declared red line crossed, else its heaviest loss.
        let issue = (0..n)
            .find(|&i| known_line(room, d, i).is_some_and(|r| r.crossed_by(placements[i].position)))
            .unwrap_or(sounding.worst[d].1);
        contested[issue] = true;
    }
    let mut pulls = vec![(false, false); n];
    for a in amendments {
        let Some(para) = draft.paragraphs.get(match a.edit {
            Edit::Reword { paragraph, .. }
            | Edit::Bracket { paragraph }
            | Edit::Delete { paragraph }
            | Edit::MoveToChairSummary { paragraph }
            | Edit::Unbracket { paragraph } => paragraph,
            Edit::Insert { .. } => continue,
        }) else {
            continue;
        };
        match a.edit {
            Edit::Bracket { .. } => contested[para.issue] = true,
            Edit::Reword { rung, .. } if rung < para.rung => pulls[para.issue].0 = true,
            Edit::Reword { .. } | Edit::Delete { .. } | Edit::MoveToChairSummary { .. } => pulls[para.issue].1 = true,
            _ => {}
        }
    }
    for (i, &(up, down)) in pulls.iter().enumerate() {
        contested[i] |= up && down;
    }
    contested
}

/// Brackets what is fought over and lifts the brackets from what no longer is. Returns the edits.
pub fn bracket(scenario: &Scenario, room: &Room, draft: &mut Draft, amendments: &[Amendment]) -> Vec<Edit> {
    let contested = fought_over(scenario, room, draft, amendments);
    mark(scenario, draft, &contested)
}

/// Brackets the paragraphs on `contested` issues and lifts them from the others.
fn mark(scenario: &Scenario, draft: &mut Draft, contested: &[bool]) -> Vec<Edit> {
    let mut made = Vec::new();
    for p in 0..draft.paragraphs.len() {
        let para = &draft.paragraphs[p];
        let edit = match para.status {
            ParagraphStatus::Text if contested[para.issue] => Edit::Bracket { paragraph: p },
            ParagraphStatus::Bracketed if !contested[para.issue] => Edit::Unbracket { paragraph: p },
            _ => continue,
        };
        if draft.apply(scenario, edit, None).is_ok() {
            made.push(edit);
        }
    }
    made
}

/// Before the decision the chair clears the brackets with one package: for each bracketed
/// paragraph it weighs the wording as it stands, up to two steps either way, and taking it out (to
/// the chair's summary where the body has one), and settles the paragraphs together, going over them
/// until nothing improves. Taking text out never crosses anyone's red line, declared or not. Returns
/// the edits, each with its reason.
pub fn clear_with_package(
    scenario: &Scenario,
    room: &Room,
    draft: &mut Draft,
    evaluations: &mut Evaluations,
) -> Vec<(Edit, Why)> {
    let bracketed = draft.bracketed();
    if bracketed.is_empty() {
        return Vec::new();
    }
    let issues = &scenario.issues;
    let delegations = scenario.delegations.len();
    let mut sounding = Sounding::new(scenario, room, &draft.placements(issues));
    // The view before the package, to say why each part of it was made.
    let start = sounding.clone();
    let original: Vec<(usize, usize)> = bracketed.iter().map(|&p| (p, draft.paragraphs[p].rung)).collect();
    // Per bracketed paragraph: Some(rung) in the text, None taken out.
    let mut choice: Vec<Option<usize>> = original.iter().map(|&(_, r)| Some(r)).collect();
    let placement_of = |issue: usize, pick: Option<usize>| match pick {
        Some(r) => Placement { position: issues[issue].ladder[r].position, agreed: issues[issue].ladder[r].agreed },
        None => Placement {
            position: issues[issue].absent,
            agreed: (issues[issue].absent - issues[issue].status_quo).abs() < 1e-3,
        },
    };
    for _pass in 0..3 {
        let mut changed = false;
        for (k, &(p, rung)) in original.iter().enumerate() {
            let issue = draft.paragraphs[p].issue;
            let mut options: Vec<Option<usize>> = vec![Some(rung)];
            let mut r = rung;
            for _ in 0..2 {
                match issues[issue].next_available(r, true) {
                    Some(s) => {
                        options.push(Some(s));
                        r = s;
                    }
                    None => break,
                }
            }
            let mut r = rung;
            for _ in 0..2 {
                match issues[issue].next_available(r, false) {
                    Some(s) => {
                        options.push(Some(s));
                        r = s;
                    }
                    None => break,
                }
            }
            if !super::ai::crosses_a_red_line(room, delegations, issue, issues[issue].absent) {
                options.push(None);
            }
            let base = sounding.standing_with(&[]);
            let mut best = (choice[k], Standing { objections: 0.0, support: 0.0, welfare: 0.0 });
            for &option in &options {
                if option == choice[k] {
                    continue;
                }
                let d = sounding.standing_with(&[(issue, placement_of(issue, option))]).minus(&base);
                if d.better_than(&best.1) {
                    best = (option, d);
                }
            }
            if best.0 != choice[k] {
                sounding.commit(&[(issue, placement_of(issue, best.0))]);
                choice[k] = best.0;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    // Say it as edits on the draft, each with why, the package naming the other paragraphs.
    let mut made = Vec::new();
    let settled: Vec<usize> = original.iter().map(|&(p, _)| p).collect();
    for (k, &(p, rung)) in original.iter().enumerate() {
        let issue = draft.paragraphs[p].issue;
        let mut why = start.why(&[(issue, placement_of(issue, choice[k]))]);
        why.package_with = settled.iter().copied().find(|&q| q != p);
        let edits: Vec<Edit> = match choice[k] {
            Some(r) if r == rung => vec![Edit::Unbracket { paragraph: p }],
            Some(r) => vec![Edit::Reword { paragraph: p, rung: r }, Edit::Unbracket { paragraph: p }],
            None if scenario.has_chair_summary() => vec![Edit::MoveToChairSummary { paragraph: p }],
            None => vec![Edit::Delete { paragraph: p }],
        };
        for edit in edits {
            if draft.apply(scenario, edit, None).is_ok() {
                made.push((edit, why.clone()));
            }
        }
    }
    *evaluations += sounding.evaluations;
    made
}
