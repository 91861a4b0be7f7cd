//! How a delegation judges a draft. Utility is separable by issue: each issue
//! costs `salience × distance` points between where the text stands and the
//! delegation's ideal point. A delegation objects when a red line is crossed or
//! when the text is worth less to it than no outcome at all.

use super::draft::{Draft, Placement};
use super::room::Room;
use super::scenario::{RedLine, Scenario};

/// Worst single-issue loss (salience-weighted points) a delegation supports outright.
pub const SUPPORT_BELOW: f32 = 8.0;
/// Worst single-issue loss it can live with without voicing reservations.
pub const LIVE_WITH_BELOW: f32 = 20.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub enum VerdictKind {
    Supports,
    CanLiveWith,
    Reservations,
    Objects,
}

impl VerdictKind {
    pub const ALL: [VerdictKind; 4] =
        [VerdictKind::Supports, VerdictKind::CanLiveWith, VerdictKind::Reservations, VerdictKind::Objects];

    /// The locale's message id ("verdict-supports"); its `.letter` attribute marks the seat.
    pub fn key(self) -> &'static str {
        match self {
            VerdictKind::Supports => "verdict-supports",
            VerdictKind::CanLiveWith => "verdict-can-live-with",
            VerdictKind::Reservations => "verdict-reservations",
            VerdictKind::Objects => "verdict-objects",
        }
    }
}

/// The fast, allocation-free judgement used in the inner loops.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Assessment {
    pub kind: VerdictKind,
    /// Value of the text over no outcome, agreement value included.
    pub net: f32,
    /// First issue whose red line the text crosses.
    pub red_line_issue: Option<usize>,
    /// Issue with the largest weighted loss, and that loss.
    pub worst_issue: usize,
    pub worst_loss: f32,
}

impl Assessment {
    /// The verdict from a delegation's net value of the text, its heaviest loss and the first red
    /// line the text crosses.
    pub fn of(net: f32, worst_loss: f32, worst_issue: usize, red_line_issue: Option<usize>) -> Assessment {
        let kind = if red_line_issue.is_some() || net < 0.0 { VerdictKind::Objects } else { acceptance(worst_loss) };
        Assessment { kind, net, red_line_issue, worst_issue, worst_loss }
    }

    /// The issue an objection (or a reservation) is about: the red line crossed, else the heaviest loss.
    pub fn sticking_issue(&self) -> usize {
        self.red_line_issue.unwrap_or(self.worst_issue)
    }
}

/// The weighted loss on one issue: salience (0-1) times distance (0-100).
#[inline]
pub fn issue_loss(salience: f32, ideal: f32, position: f32) -> f32 {
    salience * (position - ideal).abs()
}

/// The loss where the text stands: agreed language is forgiven a share of its distance,
/// since it has been accepted before (`Parameters::agreed_language_discount`).
#[inline]
pub fn placement_loss(scenario: &Scenario, salience: f32, ideal: f32, at: Placement) -> f32 {
    let loss = issue_loss(salience, ideal, at.position);
    if at.agreed { loss * (1.0 - scenario.params.agreed_language_discount) } else { loss }
}

/// The verdict of a delegation that does not object, from its heaviest single-issue loss.
pub fn acceptance(worst_loss: f32) -> VerdictKind {
    if worst_loss < SUPPORT_BELOW {
        VerdictKind::Supports
    } else if worst_loss < LIVE_WITH_BELOW {
        VerdictKind::CanLiveWith
    } else {
        VerdictKind::Reservations
    }
}

/// Judges the text at `placements` for delegation `d`.
pub fn assess(scenario: &Scenario, room: &Room, d: usize, placements: &[Placement]) -> Assessment {
    judge(&Prepared::new(scenario, placements), room, d, false)
}

/// What every delegation's judgement of one text shares, worked out once per issue: where the
/// text stands and the share of a loss it keeps (agreed language is forgiven some), and where the
/// status quo stands.
pub struct Prepared {
    text: Vec<(f32, f32)>,
    status_quo: Vec<f32>,
    kept: f32,
}

impl Prepared {
    pub fn new(scenario: &Scenario, placements: &[Placement]) -> Prepared {
        let kept = 1.0 - scenario.params.agreed_language_discount;
        Prepared {
            text: placements.iter().map(|p| (p.position, if p.agreed { kept } else { 1.0 })).collect(),
            status_quo: scenario.issues.iter().map(|i| i.status_quo).collect(),
            kept,
        }
    }
}

fn judge(prep: &Prepared, room: &Room, d: usize, known_only: bool) -> Assessment {
    let n = room.issues;
    let mut net = room.agreement_value(d);
    let mut worst_issue = 0;
    let mut worst_loss = f32::MIN;
    for i in 0..n {
        let k = room.at(d, i);
        let (w, x) = (room.salience[k], room.ideal[k]);
        let loss = w * (prep.text[i].0 - x).abs() * prep.text[i].1;
        // The status quo is the last language agreed by consensus.
        net += w * (prep.status_quo[i] - x).abs() * prep.kept - loss;
        if loss > worst_loss {
            worst_loss = loss;
            worst_issue = i;
        }
    }
    // Red lines are few: look only where a delegation has one.
    let red_line_issue = if room.lined[d] {
        (0..n).find(|&i| {
            let k = room.at(d, i);
            (!known_only || room.declared[k]) && room.red_lines[k].is_some_and(|r| r.crossed_by(prep.text[i].0))
        })
    } else {
        None
    };
    Assessment::of(net, worst_loss, worst_issue, red_line_issue)
}

/// The heavier of a loss on `issue` and the heaviest so far (the earlier issue among equals), without
/// a branch: the passes down the room's columns then run several delegations at once.
#[inline]
pub fn heavier(loss: f32, issue: u32, worst_loss: f32, worst_issue: u32) -> (f32, u32) {
    let take = ((loss > worst_loss) as u32).wrapping_neg();
    (f32::from_bits((loss.to_bits() & take) | (worst_loss.to_bits() & !take)), (issue & take) | (worst_issue & !take))
}

/// Every delegation's judgement at once, down the room's columns: the same sums as `judge`, in the
/// same order for each delegation, with the delegations side by side.
fn judge_all(prep: &Prepared, room: &Room, known_only: bool, out: &mut Vec<Assessment>) {
    let delegations = room.delegations;
    let mut net: Vec<f32> = (0..delegations).map(|d| room.agreement_value(d)).collect();
    let mut worst_loss = vec![f32::MIN; delegations];
    let mut worst_issue = vec![0u32; delegations];
    for i in 0..room.issues {
        let column = room.column(i);
        let (ideal, salience) = (&room.ideal[column.clone()], &room.salience[column]);
        let ((at, keeps), status_quo, kept) = (prep.text[i], prep.status_quo[i], prep.kept);
        let cells = net.iter_mut().zip(&mut worst_loss).zip(&mut worst_issue).zip(ideal.iter().zip(salience));
        for (((net, worst_loss), worst_issue), (&x, &w)) in cells {
            let loss = w * (at - x).abs() * keeps;
            *net += w * (status_quo - x).abs() * kept - loss;
            (*worst_loss, *worst_issue) = heavier(loss, i as u32, *worst_loss, *worst_issue);
        }
    }
    let red_line_issue = room.first_lines_crossed(|i| prep.text[i].0, known_only);
    out.clear();
    out.extend(
        (0..delegations).map(|d| Assessment::of(net[d], worst_loss[d], worst_issue[d] as usize, red_line_issue[d])),
    );
}

/// One reason behind a verdict: a paragraph (or a missing one), its issue, how far
/// it sits from the delegation's ideal, and whether it crosses a red line.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Reason {
    pub issue: usize,
    /// Index of the paragraph in the draft; `None` when the text has no paragraph on it.
    pub paragraph: Option<usize>,
    pub text_position: f32,
    pub ideal: f32,
    pub distance: f32,
    pub weighted_loss: f32,
    pub red_line: Option<RedLine>,
    pub red_line_crossed: bool,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Verdict {
    pub kind: VerdictKind,
    pub net: f32,
    /// Most serious first: crossed red lines, then the largest weighted losses.
    pub reasons: Vec<Reason>,
}

/// Losses below this are not worth naming as a reason.
const REASON_FLOOR: f32 = 5.0;

/// The full, explained verdict of delegation `d` on `draft`.
pub fn explain(scenario: &Scenario, room: &Room, d: usize, draft: &Draft) -> Verdict {
    let placements = draft.placements(&scenario.issues);
    let a = assess(scenario, room, d, &placements);
    let n = room.issues;
    let mut reasons: Vec<Reason> = (0..n)
        .filter_map(|i| {
            let ideal = room.ideal(d, i);
            let salience = room.salience(d, i);
            let red_line = room.red_line(d, i);
            let at = placements[i];
            let crossed = red_line.is_some_and(|r| r.crossed_by(at.position));
            let weighted_loss = placement_loss(scenario, salience, ideal, at);
            (crossed || weighted_loss >= REASON_FLOOR).then(|| Reason {
                issue: i,
                paragraph: draft.paragraph_on(i),
                text_position: at.position,
                ideal,
                distance: (at.position - ideal).abs(),
                weighted_loss,
                red_line,
                red_line_crossed: crossed,
            })
        })
        .collect();
    reasons.sort_by(|a, b| {
        b.red_line_crossed
            .cmp(&a.red_line_crossed)
            .then(b.weighted_loss.total_cmp(&a.weighted_loss))
            .then(a.issue.cmp(&b.issue))
    });
    Verdict { kind: a.kind, net: a.net, reasons }
}

/// Every delegation's fast verdict on one text, in delegation order.
pub fn assess_all(scenario: &Scenario, room: &Room, placements: &[Placement], out: &mut Vec<Assessment>) {
    judge_all(&Prepared::new(scenario, placements), room, false, out);
}

/// Every delegation's verdict as the room knows it, in delegation order: a red line counts only
/// once declared (or documented).
pub fn assess_known_all(scenario: &Scenario, room: &Room, placements: &[Placement]) -> Vec<Assessment> {
    let mut out = Vec::with_capacity(room.delegations);
    judge_all(&Prepared::new(scenario, placements), room, true, &mut out);
    out
}

/// Every delegation's fast verdict on each of `drafts`: one list per text, in delegation order.
pub fn assess_drafts<'a>(
    scenario: &Scenario,
    room: &Room,
    drafts: impl IntoIterator<Item = &'a Draft>,
) -> Vec<Vec<Assessment>> {
    drafts
        .into_iter()
        .map(|draft| {
            let mut out = Vec::new();
            assess_all(scenario, room, &draft.placements(&scenario.issues), &mut out);
            out
        })
        .collect()
}

/// What one paragraph (the text at `at` on `issue`) does to delegation `d`, given its verdict on
/// the whole text: an objection where it crosses a red line or is the sticking point of an
/// objector; otherwise the verdict that this paragraph's loss alone would give. Also whether it
/// crosses the delegation's red line.
pub fn paragraph_effect(
    scenario: &Scenario,
    room: &Room,
    d: usize,
    whole: &Assessment,
    issue: usize,
    at: Placement,
) -> (VerdictKind, bool) {
    let crossed = room.red_line(d, issue).is_some_and(|r| r.crossed_by(at.position));
    let loss = placement_loss(scenario, room.salience(d, issue), room.ideal(d, issue), at);
    let sticking = whole.kind == VerdictKind::Objects && whole.red_line_issue.is_none() && whole.worst_issue == issue;
    (if crossed || sticking { VerdictKind::Objects } else { acceptance(loss) }, crossed)
}

/// How the room stands on one paragraph: delegations counted by what that paragraph alone
/// does to them, in the order of `VerdictKind::ALL`.
pub fn paragraph_support(
    scenario: &Scenario,
    room: &Room,
    assessments: &[Assessment],
    issue: usize,
    at: Placement,
) -> [u16; 4] {
    let mut support = [0u16; 4];
    for (d, a) in assessments.iter().enumerate() {
        support[paragraph_effect(scenario, room, d, a, issue, at).0 as usize] += 1;
    }
    support
}
