//! Properties of the model over many small hand-made scenarios (proptest): any scenario
//! that validates plays to the end; a verdict never improves as the text moves away from
//! a delegation's ideal; consensus is never declared over a standing objection; a recorded
//! vote counts every seat. One test binary.

use std::sync::Arc;

use proptest::prelude::*;

use oewg_sim::model::consensus::{Outcome, Tally, Vote};
use oewg_sim::model::evaluate;
use oewg_sim::model::record::Says;
use oewg_sim::model::scenario::*;
use oewg_sim::model::{Intent, Move, Placement, Room, Seat, Sender, Session, Stand};

/// One issue: a ladder (distinct positions, strongest first), whether each rung is agreed
/// language, where no text and the status quo leave it, and its kind.
#[derive(Debug, Clone)]
struct IssueSpec {
    rungs: Vec<(u8, bool)>,
    absent: f32,
    status_quo: f32,
    norm: bool,
}

#[derive(Debug, Clone)]
struct StanceSpec {
    ideal: f32,
    salience: f32,
    /// (at most?, limit)
    red_line: Option<(bool, f32)>,
    camp: Option<usize>,
    /// 0 a statement, 1 a group's position, 2 an estimate.
    source: u8,
}

#[derive(Debug, Clone)]
struct DelegationSpec {
    influence: f32,
    region: usize,
    groups: [bool; 2],
    stances: Vec<StanceSpec>,
}

#[derive(Debug, Clone)]
struct TextSpec {
    /// The sponsor holding the pen (a delegation index, taken modulo), or the chair.
    penholder: Option<usize>,
    sponsors: Vec<bool>,
    /// Per issue, the opening rung (taken modulo the ladder), or no paragraph.
    opening: Vec<Option<usize>>,
}

/// Everything a small scenario is made of; indices are taken modulo what exists, so every
/// spec builds a scenario that validates.
#[derive(Debug, Clone)]
struct Spec {
    issues: Vec<IssueSpec>,
    delegations: Vec<DelegationSpec>,
    camps: Vec<f32>,
    groups: Vec<bool>,
    /// (lead is a group?, lead index, members)
    alignment: Option<(bool, usize, Vec<bool>)>,
    fallback: u8,
    body: (bool, bool, bool),
    /// (rounds, question may be put, a named draft)
    sessions: Vec<(u32, bool, bool)>,
    text: TextSpec,
    rival: Option<TextSpec>,
    /// agreement value, isolation cost, group cohesion, persuasion, estimate spread,
    /// red-line confidence, agreed-language discount, rival margin, follow stake, break-away stake.
    params: [f32; 10],
    seed: u64,
}

fn issue_spec() -> impl Strategy<Value = IssueSpec> {
    (
        prop::collection::btree_set(0u8..=100, 1..=5),
        prop::collection::vec(any::<bool>(), 5),
        0f32..=100.0,
        0f32..=100.0,
        any::<bool>(),
    )
        .prop_map(|(positions, agreed, absent, status_quo, norm)| IssueSpec {
            rungs: positions.into_iter().rev().zip(agreed).collect(),
            absent,
            status_quo,
            norm,
        })
}

fn stance_spec() -> impl Strategy<Value = StanceSpec> {
    (
        0f32..=100.0,
        0f32..=100.0,
        prop::option::weighted(0.4, (any::<bool>(), 0f32..=100.0)),
        prop::option::weighted(0.3, 0usize..4),
        0u8..3,
    )
        .prop_map(|(ideal, salience, red_line, camp, source)| StanceSpec {
            ideal,
            salience,
            red_line,
            camp,
            source,
        })
}

fn delegation_spec() -> impl Strategy<Value = DelegationSpec> {
    (0f32..=1.0, 0usize..5, any::<[bool; 2]>(), prop::collection::vec(stance_spec(), 3))
        .prop_map(|(influence, region, groups, stances)| DelegationSpec { influence, region, groups, stances })
}

fn text_spec() -> impl Strategy<Value = TextSpec> {
    (
        prop::option::of(0usize..8),
        prop::collection::vec(any::<bool>(), 8),
        prop::collection::vec(prop::option::weighted(0.8, 0usize..5), 3),
    )
        .prop_map(|(penholder, sponsors, opening)| TextSpec { penholder, sponsors, opening })
}

fn spec() -> impl Strategy<Value = Spec> {
    let world = (
        prop::collection::vec(issue_spec(), 1..=3),
        prop::collection::vec(delegation_spec(), 2..=8),
        prop::collection::vec(0f32..=1.0, 0..=2),
        prop::collection::vec(any::<bool>(), 0..=2),
        prop::option::weighted(0.5, (any::<bool>(), 0usize..8, prop::collection::vec(any::<bool>(), 8))),
    );
    let rules = (
        0u8..3,
        any::<(bool, bool, bool)>(),
        prop::collection::vec((1u32..=4, any::<bool>(), any::<bool>()), 1..=3),
        text_spec(),
        prop::option::weighted(0.4, text_spec()),
        (
            0f32..50.0,
            0f32..100.0,
            0f32..=1.0,
            0f32..30.0,
            0f32..30.0,
            0f32..=1.0,
            0f32..=1.0,
            0f32..40.0,
            0f32..40.0,
            0f32..40.0,
        ),
        any::<u64>(),
    );
    (world, rules).prop_map(
        |((issues, delegations, camps, groups, alignment), (fallback, body, sessions, text, rival, p, seed))| Spec {
            issues,
            delegations,
            camps,
            groups,
            alignment,
            fallback,
            body,
            sessions,
            text,
            rival,
            params: [p.0, p.1, p.2, p.3, p.4, p.5, p.6, p.7, p.8, p.9],
            seed,
        },
    )
}

fn evidence() -> Evidence {
    Evidence {
        document: "test".into(),
        symbol: None,
        date: jiff::civil::date(2019, 1, 1),
        address: None,
        says: "test".into(),
    }
}

const REGIONS: [Region; 5] = [
    Region::African,
    Region::AsiaPacific,
    Region::EasternEuropean,
    Region::LatinAmericanAndCaribbean,
    Region::WesternEuropeanAndOthers,
];

fn text_of(spec: &TextSpec, id: &str, n: usize, issues: &[Issue], rival: Option<usize>) -> Text {
    let sponsors: Vec<usize> = (0..n).filter(|&d| spec.sponsors[d]).collect();
    let opening: Vec<(usize, usize)> = spec
        .opening
        .iter()
        .zip(issues)
        .enumerate()
        .filter_map(|(i, (rung, issue))| rung.map(|r| (i, r % issue.ladder.len())))
        .collect();
    Text {
        id: id.into(),
        title: id.into(),
        penholder: spec.penholder.map_or(Penholder::Chair, |d| Penholder::Sponsor(d % n)),
        sponsors,
        rival,
        cited: vec![None; opening.len()],
        opening,
        follows_up: None,
        last_year: Vec::new(),
    }
}

/// The scenario a spec describes: what the loader would make of a file that validates.
fn build(spec: &Spec) -> Scenario {
    let issues: Vec<Issue> = spec
        .issues
        .iter()
        .enumerate()
        .map(|(i, s)| Issue {
            id: format!("issue{i}"),
            item: None,
            title: format!("Issue {i}"),
            summary: String::new(),
            kind: if s.norm { IssueKind::Norm } else { IssueKind::Contested },
            absent: s.absent,
            status_quo: s.status_quo,
            keywords: vec![],
            ladder: s
                .rungs
                .iter()
                .map(|&(position, agreed)| Wording {
                    position: position as f32,
                    text: format!("at {position}"),
                    agreed,
                    note: String::new(),
                    available: true,
                    since: None,
                    translations: Vec::new(),
                })
                .collect(),
        })
        .collect();
    let camps: Vec<Camp> = spec
        .camps
        .iter()
        .enumerate()
        .map(|(c, &holds)| Camp { id: format!("camp{c}"), name: format!("Camp {c}"), holds, source: String::new() })
        .collect();
    let groups: Vec<Group> = spec
        .groups
        .iter()
        .enumerate()
        .map(|(g, &negotiates)| Group {
            id: format!("group{g}"),
            name: format!("Group {g}"),
            source: String::new(),
            verified: true,
            negotiates,
        })
        .collect();
    let n = spec.delegations.len();
    let delegations: Vec<Delegation> = spec
        .delegations
        .iter()
        .enumerate()
        .map(|(d, s)| Delegation {
            // Codes in order, as the loader sorts them: AAA, BBB...
            code: std::iter::repeat_n((b'A' + d as u8) as char, 3).collect(),
            name: format!("State {d}"),
            name_in_text: None,
            region: REGIONS[s.region],
            groups: (0..groups.len()).filter(|&g| s.groups[g]).collect(),
            influence: s.influence,
            stances: s
                .stances
                .iter()
                .take(issues.len())
                .map(|st| Stance {
                    ideal: st.ideal,
                    salience: st.salience,
                    red_line: st
                        .red_line
                        .map(|(at_most, v)| if at_most { RedLine::AtMost(v) } else { RedLine::AtLeast(v) }),
                    camp: st.camp.filter(|&c| c < camps.len() && st.red_line.is_some()),
                    source: match st.source {
                        0 => Source::Statement(evidence()),
                        1 => Source::Group(evidence()),
                        _ => Source::Estimate("test".into()),
                    },
                })
                .collect(),
        })
        .collect();
    let alignments = spec
        .alignment
        .as_ref()
        .and_then(|(by_group, lead, members)| {
            let lead =
                if *by_group && !groups.is_empty() { Lead::Group(lead % groups.len()) } else { Lead::State(lead % n) };
            let members: Vec<usize> = (0..n).filter(|&d| members[d] && lead != Lead::State(d)).collect();
            (!members.is_empty()).then(|| Alignment {
                id: "alignment".into(),
                name: "Alignment".into(),
                lead,
                members,
                source: String::new(),
            })
        })
        .into_iter()
        .collect();
    let fallback = [Fallback::NoReport, Fallback::ChairSummary, Fallback::RecordedVote][spec.fallback as usize];
    let body = Body {
        id: "test".into(),
        name: "Test body".into(),
        group_statements: spec.body.0,
        // A body has the fallback the scenario names (validation refuses it otherwise).
        chair_summary: spec.body.1 || fallback == Fallback::ChairSummary,
        recorded_vote: spec.body.2 || fallback == Fallback::RecordedVote,
        personal_capacity: false,
        source: String::new(),
    };
    let last = spec.sessions.len() - 1;
    let sessions: Vec<SessionPlan> = spec
        .sessions
        .iter()
        .enumerate()
        .map(|(k, &(rounds, adoption, draft))| SessionPlan {
            name: format!("Session {k}"),
            rounds,
            adoption: adoption || k == last,
            draft: draft.then(|| format!("Draft {k}")),
            date: None,
        })
        .collect();
    let mut texts = vec![text_of(&spec.text, "T", n, &issues, spec.rival.as_ref().map(|_| 1))];
    if let Some(rival) = &spec.rival {
        texts.push(text_of(rival, "R", n, &issues, Some(0)));
    }
    let [
        agreement_value,
        isolation_cost,
        group_cohesion,
        persuasion,
        estimate_spread,
        red_line_confidence,
        discount,
        rival_margin,
        a,
        b,
    ] = spec.params;
    let params = Parameters {
        agreement_value,
        isolation_cost,
        group_cohesion,
        persuasion,
        estimate_spread,
        red_line_confidence,
        agreed_language_discount: discount,
        rival_margin,
        follow_stake: a.min(b),
        break_away_stake: a.max(b),
        ..Parameters::default()
    };
    Scenario {
        id: "prop".into(),
        title: "Property".into(),
        premise: String::new(),
        body,
        date: jiff::civil::date(2020, 1, 1),
        start_here: false,
        fallback,
        rounds: sessions.iter().map(|s| s.rounds).sum(),
        sessions,
        camps,
        alignments,
        events: vec![],
        params,
        issues,
        groups,
        delegations,
        rosters: vec![],
        texts,
        roll_calls: vec![],
        group_members: Default::default(),
        stated_room: Default::default(),
        history: History::default(),
    }
}

/// Plays an AI-only session to the end; optionally one person objects to the first text.
fn play(s: &Arc<Scenario>, seed: u64, objector: Option<usize>) -> Session {
    let people: Vec<Seat> = objector.map(Seat::Delegation).into_iter().collect();
    let mut session = Session::with_people(s.clone(), seed, &people, true);
    if let Some(d) = objector {
        let declare = Intent::Declare { text: 0, stand: Stand::Object, explanation: None };
        let refused = session.step(&[Move { by: Sender::Delegation(d), intent: declare }]);
        assert!(refused.is_empty(), "{refused:?}");
    }
    session.run();
    session
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// (a) Any scenario that validates plays to the end, every text decided, every statement in words.
    #[test]
    fn any_valid_scenario_plays_to_the_end(spec in spec()) {
        let s = Arc::new(build(&spec));
        let session = play(&s, spec.seed, None);
        for t in 0..s.texts.len() {
            prop_assert!(session.conclusion(t).is_some(), "text {t} was never decided");
        }
        let words = oewg_sim::text::report::transcript(oewg_sim::text::english(), &s, "prop", &session.record);
        prop_assert!(!words.is_empty());
    }

    /// (c) Consensus is never declared over a standing objection, and a text fails only over one
    /// (or, in a committee that votes, when the backer of its rival asks for the vote).
    #[test]
    fn consensus_is_never_declared_over_a_standing_objection(spec in spec(), objector in prop::option::of(0usize..8)) {
        let s = Arc::new(build(&spec));
        let objector = objector.map(|d| d % s.delegations.len());
        let session = play(&s, spec.seed, objector);
        for t in 0..s.texts.len() {
            let c = session.conclusion(t).expect("decided");
            match c.outcome {
                Outcome::Consensus | Outcome::ConsensusWithChairSummary => {
                    prop_assert!(c.gavel.blockers.is_empty(), "consensus over {:?}", c.gavel.blockers);
                }
                Outcome::NoConsensus => prop_assert!(!c.gavel.blockers.is_empty(), "no consensus, no blocker"),
                Outcome::AdoptedByVote | Outcome::RejectedByVote => {
                    let requested = session
                        .record
                        .statements
                        .iter()
                        .any(|st| matches!(st.says, Says::RequestsVote { text } if text == t));
                    prop_assert!(
                        !c.gavel.blockers.is_empty() || (requested && s.texts[t].rival.is_some()),
                        "a vote with no blocker and no request"
                    );
                }
            }
            // A person who declared an objection blocks, whatever the text says.
            if let (Some(d), 0) = (objector, t) {
                prop_assert!(c.gavel.blockers.iter().any(|o| o.delegation == d), "{d} objected: {c:?}");
                prop_assert!(!c.outcome.by_consensus());
            }
        }
    }

    /// (d) A recorded vote's tally counts every seat once.
    #[test]
    fn a_recorded_votes_tally_sums_to_the_seats(spec in spec()) {
        let mut spec = spec;
        spec.fallback = 2;
        let s = Arc::new(build(&spec));
        let session = play(&s, spec.seed, None);
        for t in 0..s.texts.len() {
            let c = session.conclusion(t).expect("decided");
            if let Some(votes) = &c.votes {
                prop_assert_eq!(votes.len(), s.delegations.len());
                let tally = Tally::of(&votes.iter().map(|v| v.0).collect::<Vec<Vote>>());
                prop_assert_eq!((tally.yes + tally.no + tally.abstain) as usize, s.delegations.len());
                prop_assert_eq!(tally.adopts(), c.outcome == Outcome::AdoptedByVote);
            }
        }
    }

    /// (b) Moving the text on one issue away from a delegation's ideal (the other issues fixed,
    /// agreed language or not alike) never makes its verdict better.
    #[test]
    fn a_verdict_never_improves_as_the_text_moves_away(
        spec in spec(),
        d in 0usize..8,
        issue in 0usize..3,
        others in prop::collection::vec((0f32..=100.0, any::<bool>()), 3),
        steps in (0f32..=100.0, 0f32..=100.0),
        up in any::<bool>(),
        agreed in any::<bool>(),
    ) {
        let s = build(&spec);
        let room = Room::new(&s);
        let (d, i) = (d % s.delegations.len(), issue % s.issues.len());
        let ideal = room.ideal(d, i);
        let mut placements: Vec<Placement> =
            others.iter().take(s.issues.len()).map(|&(position, agreed)| Placement { position, agreed }).collect();
        // Two points on the same side of the ideal, `far` at least as far from it as `near`.
        let (a, b) = (steps.0.min(steps.1), steps.0.max(steps.1));
        let (near, far) =
            if up { ((ideal + a).min(100.0), (ideal + b).min(100.0)) } else { ((ideal - a).max(0.0), (ideal - b).max(0.0)) };
        placements[i] = Placement { position: near, agreed };
        let closer = evaluate::assess(&s, &room, d, &placements);
        placements[i] = Placement { position: far, agreed };
        let further = evaluate::assess(&s, &room, d, &placements);
        prop_assert!(further.net <= closer.net + 1e-3, "net {} at {near}, {} at {far} (ideal {ideal})", closer.net, further.net);
        // The verdict too, for a red line the ideal itself respects (one on the wrong side of the
        // ideal is crossed near it and not beyond).
        if !room.red_line(d, i).is_some_and(|r| r.crossed_by(ideal)) {
            prop_assert!(further.kind >= closer.kind, "{:?} at {near}, {:?} at {far} (ideal {ideal})", closer.kind, further.kind);
        }
    }
}
