//! The engine: the model's rules on small hand-made scenarios, moves and their senders,
//! saves and replays, the shipped data, validation diagnostics and the ECS loop. One test
//! binary, to keep linking time down.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use oewg_sim::model::ballot::{self, Ballot, Cue, Rival};
use oewg_sim::model::chair;
use oewg_sim::model::consensus::{self, Outcome, Vote, VoteReason};
use oewg_sim::model::evaluate::{self, VerdictKind};
use oewg_sim::model::intent::{Agenda, Refusal, Table};
use oewg_sim::model::record::{GiveWay, LobbyResult, Says};
use oewg_sim::model::save::{SaveError, SaveGame, Start};
use oewg_sim::model::scenario::*;
use oewg_sim::model::{Draft, Edit, Holder, Intent, Move, ParagraphStatus, Phase, Room, Seat, Sender, Session, Stand};
use oewg_sim::scenario::{self, Diagnostic};
use oewg_sim::{data, sim};

fn scenarios_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios")
}

fn shipped(name: &str) -> Arc<Scenario> {
    Arc::new(scenario::load_named(name).unwrap_or_else(|d| panic!("{name} must load:\n{d}")).1)
}

fn body(chair_summary: bool, group_statements: bool) -> Body {
    Body {
        id: "test".into(),
        name: "Test body".into(),
        group_statements,
        chair_summary,
        recorded_vote: true,
        personal_capacity: false,
        source: String::new(),
    }
}

fn ladder(positions: &[(f32, bool)]) -> Vec<Wording> {
    positions
        .iter()
        .map(|&(position, agreed)| Wording {
            position,
            text: format!("at {position}"),
            agreed,
            note: String::new(),
            available: true,
            since: None,
            translations: Vec::new(),
        })
        .collect()
}

/// A documented position, for hand-made stances.
fn evidence() -> Evidence {
    Evidence {
        document: "test".into(),
        symbol: None,
        date: jiff::civil::date(2019, 1, 1),
        address: None,
        says: "test".into(),
    }
}

/// A small hand-made room: one issue on a ladder 100/70/40, delegations given as
/// (code, ideal, salience, red line, influence). Nothing is an estimate, so nothing is drawn.
fn toy(stances: Vec<(&str, f32, f32, Option<RedLine>, f32)>) -> Scenario {
    let issue = Issue {
        id: "toy".into(),
        item: None,
        title: "Toy issue".into(),
        summary: String::new(),
        kind: IssueKind::Contested,
        absent: 0.0,
        status_quo: 0.0,
        keywords: vec![],
        ladder: ladder(&[(100.0, false), (70.0, false), (40.0, false)]),
    };
    let mut delegations: Vec<Delegation> = stances
        .into_iter()
        .map(|(code, ideal, salience, red_line, influence)| Delegation {
            code: code.into(),
            name: format!("State {code}"),
            name_in_text: None,
            region: Region::African,
            groups: vec![],
            influence,
            stances: vec![Stance { ideal, salience, red_line, camp: None, source: Source::Statement(evidence()) }],
        })
        .collect();
    delegations.sort_by(|a, b| a.code.cmp(&b.code));
    Scenario {
        id: "toy".into(),
        title: "Toy".into(),
        premise: String::new(),
        body: body(false, true),
        date: jiff::civil::date(2019, 6, 1),
        start_here: false,
        fallback: Fallback::NoReport,
        rounds: 4,
        sessions: vec![SessionPlan { name: "Session".into(), rounds: 4, adoption: true, draft: None, date: None }],
        camps: vec![],
        alignments: vec![],
        events: vec![],
        params: Parameters::default(),
        issues: vec![issue],
        groups: vec![],
        delegations,
        rosters: vec![],
        texts: vec![Text {
            id: "T".into(),
            title: "T".into(),
            penholder: Penholder::Chair,
            sponsors: vec![],
            rival: None,
            opening: vec![(0, 0)],
            cited: vec![None],
            follows_up: None,
            last_year: Vec::new(),
        }],
        roll_calls: vec![],
        group_members: Default::default(),
        stated_room: Default::default(),
        history: History::default(),
    }
}

fn assess_opening(s: &Scenario, room: &Room) -> Vec<evaluate::Assessment> {
    let placements = Draft::opening(s, 0).placements(&s.issues);
    (0..s.delegations.len()).map(|d| evaluate::assess(s, room, d, &placements)).collect()
}

// ------------------------------------------------------------------ the model's rules

#[test]
fn a_crossed_red_line_gives_an_objection_naming_that_issue() {
    let s = toy(vec![("AAA", 90.0, 30.0, Some(RedLine::AtMost(70.0)), 0.2), ("BBB", 100.0, 50.0, None, 0.2)]);
    let room = Room::new(&s);
    let draft = Draft::opening(&s, 0); // the text stands at 100
    let verdict = evaluate::explain(&s, &room, 0, &draft);
    assert_eq!(verdict.kind, VerdictKind::Objects);
    let first = &verdict.reasons[0];
    assert!(first.red_line_crossed);
    assert_eq!((first.issue, first.paragraph), (0, Some(0)));
    // The state that wants the text where it is supports it.
    assert_eq!(evaluate::explain(&s, &room, 1, &draft).kind, VerdictKind::Supports);
}

#[test]
fn weaker_wording_turns_a_verdict() {
    // Ideal 40 with salience 60: at 100 the loss (36) exceeds the value of agreement (10).
    let s = toy(vec![("AAA", 40.0, 60.0, None, 0.2)]);
    let room = Room::new(&s);
    let mut draft = Draft::opening(&s, 0);
    assert_eq!(evaluate::explain(&s, &room, 0, &draft).kind, VerdictKind::Objects);
    draft.apply(&s, Edit::Reword { paragraph: 0, rung: 2 }, None).unwrap();
    assert_eq!(evaluate::explain(&s, &room, 0, &draft).kind, VerdictKind::Supports);
}

#[test]
fn agreed_language_is_accepted_more_easily() {
    // The same distance from the ideal costs less when the wording is agreed language.
    let mut s = toy(vec![("AAA", 40.0, 60.0, None, 0.2)]);
    let room = Room::new(&s);
    let before = evaluate::assess(&s, &room, 0, &Draft::opening(&s, 0).placements(&s.issues));
    s.issues[0].ladder[0].agreed = true;
    let after = evaluate::assess(&s, &room, 0, &Draft::opening(&s, 0).placements(&s.issues));
    let discount = s.params.agreed_language_discount;
    assert!((after.worst_loss - before.worst_loss * (1.0 - discount)).abs() < 1e-4, "{before:?} {after:?}");
    assert!(after.net > before.net);
}

#[test]
fn a_lone_small_objector_gives_way_where_a_major_one_does_not() {
    // Ideal 20, salience 40: at 100 the text is worth 10 + 8 - 32 = -14 points against no outcome.
    let small = toy(vec![("AAA", 20.0, 40.0, None, 0.2), ("BBB", 100.0, 50.0, None, 0.2)]);
    let assessments = assess_opening(&small, &Room::new(&small));
    assert_eq!(assessments[0].kind, VerdictKind::Objects);
    let gavel = consensus::call_for_adoption(&small, &[], &assessments);
    assert!(gavel.adopted(), "a small state alone should not block: {gavel:?}");
    assert_eq!(gavel.gave_way.len(), 1);

    let major = toy(vec![("AAA", 20.0, 40.0, None, 1.0), ("BBB", 100.0, 50.0, None, 0.2)]);
    let gavel = consensus::call_for_adoption(&major, &[], &assessments);
    assert!(!gavel.adopted());
    assert_eq!(gavel.blockers[0].delegation, 0);
}

#[test]
fn objecting_in_company_is_cheaper_than_alone() {
    let alone = toy(vec![("AAA", 20.0, 40.0, None, 0.2), ("ZZZ", 100.0, 50.0, None, 0.2)]);
    let crowd = toy(vec![
        ("AAA", 20.0, 40.0, None, 0.2),
        ("BBB", 20.0, 40.0, None, 0.2),
        ("CCC", 20.0, 40.0, None, 0.2),
        ("DDD", 20.0, 40.0, None, 0.2),
        ("ZZZ", 100.0, 50.0, None, 0.2),
    ]);
    for (s, blocks) in [(alone, false), (crowd, true)] {
        let a = assess_opening(&s, &Room::new(&s));
        assert_eq!(!consensus::call_for_adoption(&s, &[], &a).adopted(), blocks);
    }
}

#[test]
fn the_chair_weakens_a_paragraph_to_reach_consensus() {
    // A major state objects to 100 but is content at 70; the chair should find 70.
    let s = Arc::new(toy(vec![
        ("AAA", 70.0, 80.0, None, 1.0),
        ("BBB", 80.0, 30.0, None, 0.2),
        ("CCC", 90.0, 20.0, None, 0.2),
    ]));
    let mut session = Session::new(s, 7, true);
    session.run();
    assert_eq!(session.conclusion(0).unwrap().outcome, Outcome::Consensus);
    assert_eq!(session.texts[0].draft.paragraphs[0].rung, 1, "{:?}", session.record.statements);
}

/// A delegation's own vote on text 0 of a toy, with no rival.
fn own_vote(s: &Scenario, a: &[evaluate::Assessment], d: usize, sponsor: bool, stand: Stand) -> (Vote, VoteReason) {
    let placements = Draft::opening(s, 0).placements(&s.issues);
    let sponsors: Vec<usize> = if sponsor { vec![d] } else { vec![] };
    let mut stands = vec![Stand::AsInstructed; s.delegations.len()];
    stands[d] = stand;
    let ballot =
        Ballot { text: 0, assessments: a, sponsors: &sponsors, stands: &stands, rival: None, placements: &placements };
    let (vote, reason, _) = ballot::own_vote(s, &Room::new(s), &ballot, d);
    (vote, reason)
}

#[test]
fn a_recorded_vote_follows_the_verdict_and_every_vote_has_its_reason() {
    // Silence leaves the status quo (0) in force, agreed language: its loss is discounted a quarter.
    let s = toy(vec![
        ("AAA", 100.0, 50.0, None, 0.2),
        ("BBB", 0.0, 90.0, Some(RedLine::AtMost(40.0)), 0.2),
        ("CCC", 0.0, 90.0, Some(RedLine::AtMost(40.0)), 0.2),
        // Ideal 60, salience 60: at 100 it loses 24 (reservations) but the text beats no text by 13.
        ("DDD", 60.0, 60.0, None, 0.2),
        // Ideal 30, salience 40: the text is worth 9 points less than none: a close call.
        ("EEE", 30.0, 40.0, None, 0.2),
        // Ideal 20, salience 40: 16 points less than none.
        ("FFF", 20.0, 40.0, None, 0.2),
    ]);
    let a = assess_opening(&s, &Room::new(&s));
    let own = |d: usize, sponsor: bool, stand: Stand| own_vote(&s, &a, d, sponsor, stand);
    assert_eq!(own(0, false, Stand::AsInstructed), (Vote::Yes, VoteReason::Content));
    assert_eq!(own(1, false, Stand::AsInstructed), (Vote::No, VoteReason::RedLine { issue: 0 }));
    assert_eq!(own(2, true, Stand::AsInstructed), (Vote::Yes, VoteReason::Sponsor), "sponsors vote for their own text");
    assert_eq!(own(1, false, Stand::JoinConsensus), (Vote::Yes, VoteReason::Declared));
    assert_eq!(own(3, false, Stand::AsInstructed), (Vote::Yes, VoteReason::Reservations { issue: 0 }));
    assert_eq!(own(4, false, Stand::AsInstructed), (Vote::Abstain, VoteReason::CloseCall { issue: 0 }));
    assert_eq!(own(5, false, Stand::AsInstructed), (Vote::No, VoteReason::Against { issue: 0 }));
}

#[test]
fn where_the_body_has_a_chairs_summary_contested_text_goes_there_and_a_gge_has_none() {
    let mut s = toy(vec![
        ("AAA", 0.0, 80.0, Some(RedLine::AtMost(30.0)), 1.0),
        ("BBB", 100.0, 30.0, None, 0.2),
        ("CCC", 100.0, 30.0, None, 0.2),
    ]);
    s.body = body(true, true);
    s.fallback = Fallback::ChairSummary;
    let mut session = Session::new(Arc::new(s.clone()), 1, true);
    session.run();
    assert_eq!(
        session.conclusion(0).unwrap().outcome,
        Outcome::ConsensusWithChairSummary,
        "{:#?}",
        session.record.statements
    );
    assert_eq!(session.texts[0].draft.paragraphs[0].status, ParagraphStatus::ChairSummary);

    // A body without a chair's summary refuses the move, whoever holds the pen.
    s.body = body(false, false);
    s.fallback = Fallback::NoReport;
    let draft = Draft::opening(&s, 0);
    assert_eq!(
        draft.check(&s, Edit::MoveToChairSummary { paragraph: 0 }),
        Err(oewg_sim::model::draft::EditError::NoChairSummary)
    );
    // There the chair deletes what blocks instead.
    let mut session = Session::new(Arc::new(s), 1, true);
    session.run();
    assert_eq!(session.conclusion(0).unwrap().outcome, Outcome::Consensus);
    assert_eq!(session.texts[0].draft.paragraphs[0].status, ParagraphStatus::Deleted);
}

#[test]
fn clearing_brackets_never_crosses_a_standing_red_line() {
    // AAA needs the text to say at least 70 (a red line), BBB objects to anything at all (it
    // wants nothing): the paragraph is bracketed and contested, but deleting it would cross AAA's line.
    let s = toy(vec![("AAA", 100.0, 80.0, Some(RedLine::AtLeast(70.0)), 1.0), ("BBB", 0.0, 90.0, None, 1.0)]);
    let room = Room::new(&s);
    let mut draft = Draft::opening(&s, 0);
    draft.apply(&s, Edit::Bracket { paragraph: 0 }, None).unwrap();
    let mut evaluations = Default::default();
    let edits = oewg_sim::model::ai::clear_brackets(&s, &room, &mut draft, &mut evaluations);
    assert_eq!(edits, vec![Edit::Unbracket { paragraph: 0 }]);
    let placements = draft.placements(&s.issues);
    assert!(!RedLine::AtLeast(70.0).crossed_by(placements[0].position));
}

#[test]
fn lobbying_moves_a_target_toward_the_text_and_spends_capital() {
    let mut s = toy(vec![("AAA", 100.0, 30.0, None, 1.0), ("BBB", 20.0, 30.0, None, 0.2)]);
    s.params.capital = 100.0;
    let mut room = Room::new(&s);
    let mut rng = <rand_chacha::ChaCha8Rng as rand::SeedableRng>::seed_from_u64(3);
    let moved = (0..20)
        .filter(|_| oewg_sim::model::ai::lobby(&s, &mut room, &mut rng, 0, 1, 0, 100.0) == LobbyResult::Moved)
        .count();
    assert!(moved > 0);
    assert!(room.ideal(1, 0) > 20.0 && room.ideal(1, 0) <= 100.0);
    assert_eq!(room.capital[0], 100.0 - 20.0 * s.params.lobby_cost);
    room.capital[0] = 0.0;
    let before = room.ideal(1, 0);
    assert_eq!(oewg_sim::model::ai::lobby(&s, &mut room, &mut rng, 0, 1, 0, 100.0), LobbyResult::NoCapital);
    assert_eq!(room.ideal(1, 0), before);
    // The odds fall as the target cares more.
    let mut cares = s.clone();
    cares.delegations[1].stances[0].salience = 90.0;
    assert!(
        oewg_sim::model::ai::lobby_odds(&cares, &Room::new(&cares), 0, 1, 0)
            < oewg_sim::model::ai::lobby_odds(&s, &Room::new(&s), 0, 1, 0)
    );
}

fn with_group(mut s: Scenario, members: &[usize], negotiates: bool) -> Scenario {
    s.groups =
        vec![Group { id: "Bloc".into(), name: "The Bloc".into(), source: String::new(), verified: true, negotiates }];
    for &d in members {
        s.delegations[d].groups = vec![0];
    }
    s
}

#[test]
fn members_of_a_negotiating_group_move_toward_each_other_and_others_do_not() {
    let s = toy(vec![("AAA", 20.0, 10.0, None, 0.2), ("BBB", 80.0, 10.0, None, 0.2), ("CCC", 0.0, 10.0, None, 0.2)]);
    let s = with_group(s, &[0, 1], true);
    let mut room = Room::new(&s);
    oewg_sim::model::ai::group_cohesion(&s, &mut room);
    let gap = room.ideal(1, 0) - room.ideal(0, 0);
    assert!(gap < 60.0 && gap > 0.0, "{gap}");
    assert_eq!(room.ideal(2, 0), 0.0, "a state outside the group does not move");
    // A group that does not negotiate as one does not pull its members.
    let loose = with_group(toy(vec![("AAA", 20.0, 10.0, None, 0.2), ("BBB", 80.0, 10.0, None, 0.2)]), &[0, 1], false);
    let mut room = Room::new(&loose);
    oewg_sim::model::ai::group_cohesion(&loose, &mut room);
    assert_eq!((room.ideal(0, 0), room.ideal(1, 0)), (20.0, 80.0));
}

#[test]
fn a_group_is_lobbied_through_its_coordinator() {
    // BBB (influence 0.6) coordinates the bloc; AAA lobbies the bloc and the attempt lands on BBB.
    let s = toy(vec![("AAA", 100.0, 10.0, None, 1.0), ("BBB", 10.0, 10.0, None, 0.6), ("CCC", 10.0, 10.0, None, 0.2)]);
    let s = Arc::new(with_group(s, &[1, 2], true));
    assert_eq!(oewg_sim::model::ai::group_coordinator(&s, 0, Some(0)), Some(1));
    let mut session = Session::with_people(s.clone(), 1, &[Seat::Delegation(0)], true);
    session.step(&[]);
    session.step(&[]);
    assert_eq!(session.clock.phase, Phase::Consultations);
    let lobby = Move { by: Sender::Delegation(0), intent: Intent::LobbyGroup { group: 0, issue: 0 } };
    session.step(&[lobby]);
    let said = session.record.statements.iter().find_map(|st| match &st.says {
        Says::Lobbies { target, through_group, .. } if st.speaker.is(0) => Some((*target, *through_group)),
        _ => None,
    });
    assert_eq!(said, Some((1, Some(0))));
    assert_eq!(session.room.capital[0], s.params.capital - s.params.lobby_cost);
}

// ------------------------------------------------------------------ rival texts, followers, camps, the calendar

/// A toy with a second text, rival to the first: text 0 at 100 sponsored by AAA, text 1 at 40
/// sponsored by BBB.
fn rivals(stances: Vec<(&str, f32, f32, Option<RedLine>, f32)>) -> Scenario {
    let mut s = toy(stances);
    s.fallback = Fallback::RecordedVote;
    s.texts[0].sponsors = vec![0];
    s.texts[0].penholder = Penholder::Sponsor(0);
    s.texts[0].rival = Some(1);
    s.texts.push(Text {
        id: "R".into(),
        title: "R".into(),
        penholder: Penholder::Sponsor(1),
        sponsors: vec![1],
        rival: Some(0),
        opening: vec![(0, 2)],
        cited: vec![None],
        follows_up: None,
        last_year: Vec::new(),
    });
    s
}

/// Everyone's vote on text `t` of a session's opening drafts.
fn cast_on(s: &Scenario, room: &Room, t: usize) -> Vec<(Vote, VoteReason)> {
    let placements: Vec<Vec<_>> = (0..s.texts.len()).map(|x| Draft::opening(s, x).placements(&s.issues)).collect();
    let assess = |x: usize| -> Vec<_> {
        (0..s.delegations.len()).map(|d| evaluate::assess(s, room, d, &placements[x])).collect()
    };
    let (mine, theirs) = (assess(t), assess(1 - t));
    let stands = vec![Stand::AsInstructed; s.delegations.len()];
    let ballot = Ballot {
        text: t,
        assessments: &mine,
        sponsors: &s.texts[t].sponsors,
        stands: &stands,
        rival: Some(Rival {
            text: 1 - t,
            placements: &placements[1 - t],
            sponsors: &s.texts[1 - t].sponsors,
            assessments: &theirs,
        }),
        placements: &placements[t],
    };
    ballot::cast(s, room, &ballot)
}

#[test]
fn the_backer_of_a_rival_text_judges_a_text_against_its_own_and_votes_no() {
    // CCC wants 60: both texts beat the status quo (0) for it, so it votes for both. BBB, whose
    // name is on the rival at 40, would accept the text at 100 against nothing (ideal 60) but
    // not against its own text, 12 points better for it: it votes no, and says why.
    let s =
        rivals(vec![("AAA", 100.0, 50.0, None, 0.5), ("BBB", 60.0, 60.0, None, 0.5), ("CCC", 60.0, 30.0, None, 0.2)]);
    let room = Room::new(&s);
    let against_nothing = evaluate::assess(&s, &room, 1, &Draft::opening(&s, 0).placements(&s.issues));
    assert!(against_nothing.net > 0.0, "against the status quo it would vote yes: {against_nothing:?}");
    let votes = cast_on(&s, &room, 0);
    assert_eq!(votes[0], (Vote::Yes, VoteReason::Sponsor));
    assert_eq!(votes[1], (Vote::No, VoteReason::PrefersRival { rival: 1, issue: 0 }));
    assert_eq!(votes[2].0, Vote::Yes, "{:?}", votes[2]);
    // Two texts worth the same to a sponsor of one: it will not choose, and abstains.
    let mut even = s.clone();
    even.texts[1].opening = vec![(0, 0)];
    assert_eq!(cast_on(&even, &room, 0)[1], (Vote::Abstain, VoteReason::WontChoose { rival: 1 }));
}

#[test]
fn in_a_committee_the_backer_of_the_rival_asks_for_a_recorded_vote() {
    // Nobody would block text 0 at the gavel, but BBB backs the rival and would not vote for it.
    let s = Arc::new(rivals(vec![
        ("AAA", 100.0, 50.0, None, 0.5),
        ("BBB", 40.0, 20.0, None, 0.5),
        ("CCC", 80.0, 30.0, None, 0.2),
    ]));
    let mut session = Session::new(s.clone(), 1, true);
    session.run();
    let requested = session
        .record
        .statements
        .iter()
        .any(|st| matches!(st.says, Says::RequestsVote { text: 0 }) && st.speaker.is(1));
    assert!(requested, "{:#?}", session.record.statements);
    let conclusion = session.conclusion(0).unwrap();
    assert_eq!(conclusion.outcome, Outcome::AdoptedByVote);
    let explained = session
        .record
        .statements
        .iter()
        .any(|st| matches!(st.says, Says::ExplainsVote { text: 0, vote: Vote::No, .. }));
    assert!(explained, "a no vote is explained after the vote");
}

/// Seven states in one negotiating group: five want the text (at 100), and three more with their own stakes.
fn bloc_with_dissenters() -> Scenario {
    let s = toy(vec![
        ("AAA", 100.0, 40.0, None, 0.6),
        ("BBB", 100.0, 40.0, None, 0.2),
        ("CCC", 100.0, 40.0, None, 0.2),
        ("DDD", 100.0, 40.0, None, 0.2),
        ("EEE", 100.0, 40.0, None, 0.2),
        // 20 points worse than nothing: between following (10) and breaking away (30).
        ("FFF", 0.0, 30.0, None, 0.2),
        // 5 points worse than nothing: little at stake.
        ("GGG", 0.0, 15.0, None, 0.2),
        // 50 points worse than nothing: a stake of its own.
        ("HHH", 0.0, 60.0, None, 0.2),
    ]);
    let mut s = with_group(s, &[0, 1, 2, 3, 4, 5, 6, 7], true);
    s.fallback = Fallback::RecordedVote;
    s
}

fn cast_alone(s: &Scenario) -> Vec<(Vote, VoteReason)> {
    let room = Room::new(s);
    let placements = Draft::opening(s, 0).placements(&s.issues);
    let a: Vec<_> = (0..s.delegations.len()).map(|d| evaluate::assess(s, &room, d, &placements)).collect();
    let stands = vec![Stand::AsInstructed; s.delegations.len()];
    let ballot =
        Ballot { text: 0, assessments: &a, sponsors: &[], stands: &stands, rival: None, placements: &placements };
    ballot::cast(s, &room, &ballot)
}

#[test]
fn a_cross_pressured_state_abstains_a_follower_follows_and_a_stakeholder_breaks_away() {
    let s = bloc_with_dissenters();
    let votes = cast_alone(&s);
    let bloc = Cue::Group(0);
    assert!(votes[..5].iter().all(|v| v.0 == Vote::Yes));
    assert_eq!(votes[5], (Vote::Abstain, VoteReason::CrossPressured { cue: bloc, issue: 0 }));
    assert_eq!(votes[6], (Vote::Yes, VoteReason::Follows { cue: bloc }));
    assert_eq!(votes[7], (Vote::No, VoteReason::BreaksAway { cue: bloc, issue: 0 }));
    // Outside any group each votes its own way.
    let mut alone = s.clone();
    for d in &mut alone.delegations {
        d.groups.clear();
    }
    let votes = cast_alone(&alone);
    assert_eq!(votes[5], (Vote::No, VoteReason::Against { issue: 0 }));
    assert_eq!(votes[6], (Vote::Abstain, VoteReason::CloseCall { issue: 0 }));
}

#[test]
fn a_documented_follower_takes_its_leads_vote_and_aligns_with_its_statement() {
    // GGG is in no group but is documented as following AAA.
    let mut s = bloc_with_dissenters();
    for d in &mut s.delegations {
        d.groups.clear();
    }
    s.alignments = vec![Alignment {
        id: "f".into(),
        name: "Followers".into(),
        lead: Lead::State(0),
        members: vec![6],
        source: String::new(),
    }];
    let votes = cast_alone(&s);
    assert_eq!(votes[6], (Vote::Yes, VoteReason::Follows { cue: Cue::Alignment(0) }));
    // And documented followers drift toward their lead's position, others stay.
    let mut room = Room::new(&s);
    oewg_sim::model::ai::alignment_cohesion(&s, &mut room);
    assert!(room.ideal(6, 0) > 0.0);
    assert_eq!(room.ideal(5, 0), 0.0);
}

#[test]
fn a_camps_red_lines_stand_or_give_way_together() {
    let mut s = toy(vec![
        ("AAA", 0.0, 50.0, Some(RedLine::AtMost(40.0)), 0.2),
        ("BBB", 0.0, 50.0, Some(RedLine::AtMost(40.0)), 0.2),
        ("CCC", 0.0, 50.0, Some(RedLine::AtMost(40.0)), 0.2),
    ]);
    s.camps = vec![Camp { id: "c".into(), name: "Camp".into(), holds: 0.5, source: String::new() }];
    s.delegations[0].stances[0].camp = Some(0);
    s.delegations[1].stances[0].camp = Some(0);
    let (mut held, mut gave_way, mut outsider_apart) = (0, 0, 0);
    for seed in 0..200 {
        let room = Room::opening(&s, seed);
        let (a, b, c) = (room.red_line(0, 0).is_some(), room.red_line(1, 0).is_some(), room.red_line(2, 0).is_some());
        assert_eq!(a, b, "seed {seed}: the camp's red lines hold or give way together");
        if a {
            held += 1
        } else {
            gave_way += 1
        }
        if c != a {
            outsider_apart += 1;
        }
    }
    assert!(held > 50 && gave_way > 50, "{held} held, {gave_way} gave way");
    assert!(outsider_apart > 10, "a red line outside the camp is drawn on its own");
}

#[test]
fn clearing_brackets_never_crosses_a_red_line_in_any_room() {
    use rand::{RngExt, SeedableRng};
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(7);
    let mut checked = 0;
    for _ in 0..300 {
        let mut stances = Vec::new();
        for code in ["AAA", "BBB", "CCC", "DDD", "EEE"] {
            let red_line = match rng.random_range(0..4) {
                0 => Some(RedLine::AtMost(rng.random_range(0.0..100.0))),
                1 => Some(RedLine::AtLeast(rng.random_range(0.0..100.0))),
                _ => None,
            };
            stances.push((code, rng.random_range(0.0..100.0), rng.random_range(10.0..90.0), red_line, 0.2));
        }
        let mut s = toy(stances);
        if rng.random() {
            s.body = body(true, true);
            s.fallback = Fallback::ChairSummary;
        }
        let room = Room::new(&s);
        let mut draft = Draft::opening(&s, 0);
        draft.paragraphs[0].rung = rng.random_range(0..3);
        draft.apply(&s, Edit::Bracket { paragraph: 0 }, None).unwrap();
        let before = draft.placements(&s.issues)[0].position;
        let mut evaluations = Default::default();
        oewg_sim::model::ai::clear_brackets(&s, &room, &mut draft, &mut evaluations);
        let after = draft.placements(&s.issues)[0].position;
        for d in 0..s.delegations.len() {
            if let Some(line) = room.red_line(d, 0)
                && line.crossed_by(after)
            {
                assert!(line.crossed_by(before), "clearing crossed {d}'s red line {line:?}: {before} -> {after}");
            }
        }
        assert!(draft.bracketed().is_empty());
        checked += 1;
    }
    assert_eq!(checked, 300);
}

#[test]
fn the_chairs_summary_takes_an_addition_widely_backed_but_blocked() {
    // Four states want the text at 100 and ask for it; AAA, influential, cannot accept more than 40.
    let mut s = toy(vec![
        ("AAA", 40.0, 80.0, Some(RedLine::AtMost(40.0)), 1.0),
        ("BBB", 100.0, 50.0, None, 0.2),
        ("CCC", 100.0, 50.0, None, 0.2),
        ("DDD", 100.0, 50.0, None, 0.2),
        ("EEE", 100.0, 50.0, None, 0.2),
    ]);
    s.body = body(true, true);
    s.fallback = Fallback::ChairSummary;
    s.texts[0].opening = vec![(0, 2)];
    let mut session = Session::new(Arc::new(s), 1, true);
    session.run();
    let conclusion = session.conclusion(0).unwrap();
    assert_eq!(conclusion.outcome, Outcome::ConsensusWithChairSummary, "{:#?}", session.record.statements);
    let in_text = session.texts[0].draft.placements(&session.scenario.issues)[0].position;
    assert_eq!(in_text, 40.0, "the text stays within AAA's red line");
    let recorded = session.record.statements.iter().find_map(|st| match &st.says {
        Says::SummaryRecords { proposals, .. } => Some(proposals.clone()),
        _ => None,
    });
    assert_eq!(recorded, Some(vec![(0, 1)]), "the rewording they pushed goes to the summary");
}

#[test]
fn the_chair_puts_the_question_only_in_a_session_that_provides_for_it() {
    // Everyone can accept the text from the start; the calendar still runs to its last session.
    let mut s = toy(vec![("AAA", 100.0, 30.0, None, 0.5), ("BBB", 100.0, 30.0, None, 0.5)]);
    s.sessions = vec![
        SessionPlan { name: "First".into(), rounds: 2, adoption: false, draft: Some("pre-draft".into()), date: None },
        SessionPlan { name: "Second".into(), rounds: 2, adoption: true, draft: Some("zero draft".into()), date: None },
    ];
    let s = Arc::new(s);
    let mut session = Session::new(s.clone(), 1, true);
    session.run();
    assert_eq!(session.conclusion(0).unwrap().outcome, Outcome::Consensus);
    assert_eq!(session.conclusion(0).unwrap().round, 3, "the first round of the session where adoption is possible");
    let drafts: Vec<(u32, usize)> = session
        .record
        .statements
        .iter()
        .filter_map(|st| match st.says {
            Says::NamedDraft { session, .. } => Some((st.round, session)),
            _ => None,
        })
        .collect();
    assert_eq!(drafts, vec![(0, 0), (3, 1)]);
    // A person in the chair is told when the question can be put.
    let session = Session::with_people(s.clone(), 1, &[Seat::Chair], true);
    let drafts: Vec<&Draft> = session.texts.iter().map(|t| &t.draft).collect();
    let mut clock = session.clock;
    clock.round = 1;
    let table = Table { clock, ..table_for(&session, &drafts) };
    let call = Move { by: Sender::Chair, intent: Intent::CallForAdoption };
    assert_eq!(table.check(&call, &[]), Err(Refusal::NotInThisSession { adoption_from: 1 }));
    clock.round = 3;
    let table = Table { clock, ..table_for(&session, &drafts) };
    assert_eq!(table.check(&call, &[]), Ok(()));
}

#[test]
fn no_one_uses_a_wording_the_negotiation_could_not_have() {
    // The OEWG cannot "decide to convene" anything, and in 2015 the 2021 wordings did not exist.
    for id in ["oewg_2019", "gge_2015", "tutorial"] {
        let s = shipped(id);
        let unavailable: Vec<(usize, usize)> = (0..s.issues.len())
            .flat_map(|i| (0..s.issues[i].ladder.len()).map(move |r| (i, r)))
            .filter(|&(i, r)| !s.issues[i].ladder[r].available)
            .collect();
        assert!(!unavailable.is_empty(), "{id} has wordings it may not use");
        let (i, r) = unavailable[0];
        let draft = Draft::opening(&s, 0);
        let edit = match draft.paragraph_on(i) {
            Some(p) => Edit::Reword { paragraph: p, rung: r },
            None => Edit::Insert { issue: i, rung: r },
        };
        assert_eq!(draft.check(&s, edit), Err(oewg_sim::model::draft::EditError::NotAvailable(r)));
        for seed in 1..=4 {
            let mut session = Session::new(s.clone(), seed, true);
            session.run();
            for text in &session.record.texts {
                for d in &text.drafts {
                    for p in &d.paragraphs {
                        assert!(
                            s.issues[p.issue].ladder[p.rung].available,
                            "{id} seed {seed}: {}",
                            s.issues[p.issue].id
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn the_instructors_event_changes_the_stances_it_concerns_and_is_on_the_record() {
    let s = shipped("tutorial");
    let event = s.events.iter().position(|e| e.id == "capacity_priority").expect("the tutorial has its events");
    let e = &s.events[event];
    let mut session = Session::with_people(s.clone(), 2, &[Seat::Delegation(0)], true);
    let outsider = (0..s.delegations.len()).find(|d| !e.concerns.contains(d)).unwrap();
    let before_outsider = session.room.salience(outsider, e.issue);
    // Only the instructor may inject it.
    let drafts: Vec<&Draft> = session.texts.iter().map(|t| &t.draft).collect();
    let from_seat = Move { by: Sender::Delegation(0), intent: Intent::Event { event } };
    assert_eq!(table_for(&session, &drafts).check(&from_seat, &[]), Err(Refusal::InstructorOnly));
    session.step(&[Move { by: Sender::Instructor, intent: Intent::Event { event } }]);
    for &d in &e.concerns {
        assert_eq!(session.room.ideal(d, e.issue), e.ideal.unwrap());
        assert!((session.room.salience(d, e.issue) - e.salience.unwrap() / 100.0).abs() < 1e-6);
    }
    assert_eq!(session.room.salience(outsider, e.issue), before_outsider);
    assert!(session.record.statements.iter().any(|st| matches!(st.says, Says::Event { event: x } if x == event)));
}

#[test]
fn a_failed_call_sends_the_room_back_to_consultations_while_rounds_remain() {
    // AAA objects to the text at 100 (no red line, but it would rather have nothing); a person holds the chair.
    let s = Arc::new(toy(vec![("AAA", 0.0, 90.0, None, 1.0), ("BBB", 100.0, 30.0, None, 0.2)]));
    let mut session = Session::with_people(s.clone(), 1, &[Seat::Chair], true);
    let call = Move { by: Sender::Chair, intent: Intent::CallForAdoption };
    while session.clock.phase != Phase::Revision {
        session.step(&[]);
    }
    session.step(std::slice::from_ref(&call));
    assert_eq!(session.clock.phase, Phase::Adoption);
    session.step(&[]);
    assert_eq!(session.clock.phase, Phase::Consultations, "the call failed: consultations resume");
    assert_eq!(session.clock.round, 2);
    assert!(session.conclusion(0).is_none());
    assert!(session.record.statements.iter().any(|st| matches!(st.says, Says::ConsultationsResume { text: 0 })));
    // At the last round the call is final: the fallback applies.
    while session.clock.phase != Phase::Concluded {
        let moves = if session.clock.phase == Phase::Revision { vec![call.clone()] } else { vec![] };
        session.step(&moves);
    }
    assert_eq!(session.conclusion(0).unwrap().outcome, Outcome::NoConsensus);
    assert_eq!(session.conclusion(0).unwrap().round, s.rounds);
}

// ------------------------------------------------------------------ a room that negotiates

/// A toy of two issues (ladders 100/40 and 70/40, both opening at 40) for a trade between two camps.
fn two_camps() -> Scenario {
    // AAA wants issue 0 high and issue 1 out; BBB the reverse, and weighs more.
    let mut s = toy(vec![("AAA", 100.0, 60.0, None, 0.2), ("BBB", 0.0, 10.0, None, 0.5)]);
    let mut second = s.issues[0].clone();
    second.id = "second".into();
    second.ladder = ladder(&[(70.0, false), (40.0, false)]);
    s.issues[0].ladder = ladder(&[(100.0, false), (40.0, false)]);
    s.issues.push(second);
    for (d, ideal, salience) in [(0, 0.0, 60.0), (1, 100.0, 40.0)] {
        let stance = Stance { ideal, salience, ..s.delegations[d].stances[0].clone() };
        s.delegations[d].stances.push(stance);
    }
    s.texts[0].opening = vec![(0, 1), (1, 1)];
    s.texts[0].cited = vec![None, None];
    // Nothing but the text is at stake, and anyone who objects blocks.
    s.params.agreement_value = 0.0;
    s.params.isolation_cost = 0.0;
    s
}

#[test]
fn a_package_deal_unlocks_consensus_where_no_single_change_can() {
    // AAA objects to the opening text (it gains 9 on issue 0 and loses 24 on issue 1). Raising issue 0
    // alone makes BBB object; raising issue 1 alone deepens AAA's objection. Both together leave each
    // camp better off than with no text: the chair offers them as one package.
    let s = two_camps();
    let room = Room::new(&s);
    assert!(!consensus::call_for_adoption(&s, &[], &assess_opening(&s, &room)).adopted());
    let mut draft = Draft::opening(&s, 0);
    let latitude = chair::Latitude { edits: 2, summary: false, on: s.date, bold: false };
    let mut evaluations = Default::default();
    let made = chair::revise(&s, &room, &mut draft, &[], latitude, &mut evaluations);
    // A single change that helped would have been made alone, naming no other paragraph.
    assert_eq!(made.len(), 2, "{made:?}");
    assert_eq!(made[0].1.package_with, Some(1), "each half names the other: {made:?}");
    assert_eq!(made[1].1.package_with, Some(0));
    assert_eq!(draft.paragraphs.iter().map(|p| p.rung).collect::<Vec<_>>(), vec![0, 0]);
    let placements = draft.placements(&s.issues);
    let a: Vec<_> = (0..2).map(|d| evaluate::assess(&s, &room, d, &placements)).collect();
    assert!(consensus::call_for_adoption(&s, &[], &a).adopted(), "the package unlocks consensus: {a:?}");
    // And the whole session gets there on its own, the chair saying why.
    let mut session = Session::new(Arc::new(s), 1, true);
    session.run();
    assert_eq!(session.conclusion(0).unwrap().outcome, Outcome::Consensus, "{:#?}", session.record.statements);
    let package = session.record.statements.iter().any(|st| match &st.says {
        Says::Revises { why, .. } => why.iter().any(|w| w.package_with.is_some()),
        _ => false,
    });
    assert!(package, "{:#?}", session.record.statements);
}

/// Four states want the text at 100 (it opens at 40); RRR, which weighs most, has a red line at 40
/// that only it knows of (an estimate the record does not document).
fn hidden_red_line() -> Scenario {
    let mut s = toy(vec![
        ("BBB", 100.0, 50.0, None, 0.2),
        ("CCC", 100.0, 50.0, None, 0.2),
        ("DDD", 100.0, 50.0, None, 0.2),
        ("EEE", 100.0, 50.0, None, 0.2),
        ("RRR", 40.0, 20.0, Some(RedLine::AtMost(40.0)), 1.0),
    ]);
    s.delegations[4].stances[0].source = Source::Estimate("not documented".into());
    s.params.estimate_spread = 0.0;
    s.params.red_line_confidence = 1.0;
    s.texts[0].opening = vec![(0, 2)];
    s
}

#[test]
fn an_amendment_that_crosses_an_undeclared_red_line_is_objected_to_and_taken_back() {
    let s = Arc::new(hidden_red_line());
    let mut session = Session::new(s.clone(), 1, true);
    assert!(!session.room.is_declared(4, 0), "the red line is not known at first");
    session.run();
    let said = &session.record.statements;
    let revisions: Vec<(u32, Vec<Edit>)> = said
        .iter()
        .filter_map(|st| match &st.says {
            Says::Revises { edits, .. } => Some((st.round, edits.iter().map(|e| e.edit).collect())),
            _ => None,
        })
        .collect();
    // The chair moves the paragraph up, as the four ask, across RRR's line...
    let (taken, _) = revisions
        .iter()
        .find(|(_, e)| e.iter().any(|e| matches!(e, Edit::Reword { paragraph: 0, rung } if *rung < 2)))
        .unwrap_or_else(|| panic!("{said:#?}"));
    // ...RRR says so, and from then on the room knows it...
    let objected = said.iter().any(|st| {
        st.round >= *taken
            && st.speaker.is(4)
            && matches!(&st.says, Says::Position { verdict: VerdictKind::Objects, reason: Some(r), .. } if r.red_line.is_some())
    });
    assert!(objected, "{said:#?}");
    assert!(session.room.is_declared(4, 0));
    // ...and the chair takes it back to meet the objection: consensus within the line.
    let back =
        revisions.iter().find(|(round, e)| round >= taken && e.contains(&Edit::Reword { paragraph: 0, rung: 2 }));
    assert!(back.is_some(), "{said:#?}");
    let met = said.iter().any(|st| match &st.says {
        Says::Revises { why, .. } => why.iter().any(|w| w.meets.contains(&4)),
        _ => false,
    });
    assert!(met, "the revision says whose objection it meets: {said:#?}");
    assert!(session.conclusion(0).unwrap().outcome.by_consensus());
    assert_eq!(session.texts[0].draft.placements(&s.issues)[0].position, 40.0);
}

#[test]
fn a_turned_down_amendment_is_pressed_at_most_twice_then_dropped_with_its_reason() {
    // DDD wants 100 (the text says 40); WWW's documented red line keeps the chair from moving.
    let mut s = toy(vec![("DDD", 100.0, 40.0, None, 0.2), ("WWW", 40.0, 60.0, Some(RedLine::AtMost(40.0)), 1.0)]);
    s.texts[0].opening = vec![(0, 2)];
    s.sessions = (0..4)
        .map(|k| SessionPlan { name: format!("Session {k}"), rounds: 1, adoption: k == 3, draft: None, date: None })
        .collect();
    s.rounds = 4;
    let mut session = Session::new(Arc::new(s), 1, true);
    session.run();
    let said = &session.record.statements;
    let asked: Vec<u32> = said
        .iter()
        .filter(|st| st.speaker.is(0) && matches!(&st.says, Says::Proposes { edit, .. } if edit.edit == Edit::Reword { paragraph: 0, rung: 1 }))
        .map(|st| st.round)
        .collect();
    assert_eq!(asked, vec![1, 2], "tabled, then once more after it was turned down: {said:#?}");
    let gave_way = said.iter().find(|st| st.speaker.is(0) && matches!(st.says, Says::GivesWay { .. }));
    let gave_way = gave_way.unwrap_or_else(|| panic!("{said:#?}"));
    assert_eq!(gave_way.round, 3);
    assert!(matches!(gave_way.says, Says::GivesWay { issue: 0, reason: GiveWay::Isolated, .. }));
}

#[test]
fn before_any_draft_the_room_states_its_priorities_and_amendments_wait_for_the_text() {
    let mut s = toy(vec![("AAA", 100.0, 50.0, None, 0.5), ("BBB", 40.0, 50.0, None, 0.5)]);
    s.texts[0].opening = vec![(0, 1)];
    s.sessions = vec![
        SessionPlan { name: "Organizational session".into(), rounds: 1, adoption: false, draft: None, date: None },
        SessionPlan { name: "First substantive session".into(), rounds: 1, adoption: false, draft: None, date: None },
        SessionPlan {
            name: "Pre-draft".into(),
            rounds: 2,
            adoption: true,
            draft: Some("pre-draft".into()),
            date: None,
        },
    ];
    s.rounds = 4;
    let s = Arc::new(s);
    let mut session = Session::with_people(s.clone(), 1, &[Seat::Delegation(0)], true);
    // A person may not amend a text that is not on the table yet.
    let propose = Move {
        by: Sender::Delegation(0),
        intent: Intent::Propose { text: 0, edit: Edit::Reword { paragraph: 0, rung: 0 }, own_words: None },
    };
    let drafts: Vec<&Draft> = session.texts.iter().map(|t| &t.draft).collect();
    assert_eq!(table_for(&session, &drafts).check(&propose, &[]), Err(Refusal::NoDraftYet { session: 2 }));
    session.run();
    let said = &session.record.statements;
    assert!(matches!(said[0].says, Says::Organizes), "{said:#?}");
    let first = |pick: &dyn Fn(&Says) -> bool| said.iter().find(|st| pick(&st.says)).map(|st| st.round);
    assert_eq!(
        first(&|x| matches!(x, Says::Priority { .. })),
        Some(2),
        "the general exchange, in the first substantive session"
    );
    let bbb_priority = said.iter().find_map(|st| match st.says {
        Says::Priority { issue, rung, .. } if st.speaker.is(1) => Some((issue, rung)),
        _ => None,
    });
    assert_eq!(bbb_priority, Some((0, 2)), "BBB asks for the wording closest to its position");
    assert_eq!(first(&|x| matches!(x, Says::Tables { .. })), Some(3));
    assert!(first(&|x| matches!(x, Says::Proposes { .. })).is_none_or(|r| r >= 3));
    assert!(session.texts[0].tabled);
}

#[test]
fn a_negotiating_group_speaks_for_its_members_when_most_want_the_same_change() {
    let s = toy(vec![
        ("AAA", 100.0, 50.0, None, 0.6),
        ("BBB", 100.0, 50.0, None, 0.2),
        ("CCC", 100.0, 50.0, None, 0.2),
        ("DDD", 40.0, 20.0, None, 0.2),
    ]);
    let mut s = with_group(s, &[0, 1, 2, 3], true);
    s.texts[0].opening = vec![(0, 2)];
    let mut session = Session::new(Arc::new(s), 1, true);
    while session.clock.round < 2 && session.clock.phase != Phase::Concluded {
        session.step(&[]);
    }
    let proposals: Vec<&oewg_sim::model::record::Statement> =
        session.record.statements.iter().filter(|st| matches!(st.says, Says::Proposes { .. })).collect();
    assert_eq!(proposals.len(), 1, "one amendment for three members: {proposals:#?}");
    assert!(matches!(proposals[0].speaker, oewg_sim::model::record::Speaker::Group { group: 0, speaker: 0 }));
}

#[test]
fn a_vote_cast_on_or_after_the_decision_or_on_the_text_itself_is_refused_as_evidence() {
    // The 2019 texts follow up last year's roll calls: moved to the committee's own day, one is refused.
    let diags = broken(
        "roll_calls.ron",
        |t| t.replacen("date: \"2018-12-22\"", "date: \"2019-11-06\"", 1),
        "first_committee_2019.ron",
    );
    assert!(
        diags.iter().any(|d| d.message.contains("2019-11-06, on or after this negotiation's decision (2019-11-06)")),
        "{diags:?}"
    );
    // Last year's text stands beside the roll call that decided it, or not at all.
    let diags = broken(
        "first_committee_2019.ron",
        |t| t.replacen("            follows_up: Some(\"A/RES/73/27\"),\n", "", 1),
        "first_committee_2019.ron",
    );
    assert!(diags.iter().any(|d| d.message.contains("expected `follows_up` beside it") && d.line > 1), "{diags:?}");
    // A stance read from the vote on a text the scenario decides is the test itself.
    let diags = broken(
        "first_committee_2018.ron",
        |t| {
            t.replacen(
                "    seats: AllMembers,",
                "    stance_overrides: [Rule(who: Voted(roll_call: \"A/RES/73/27\", vote: No), issue: \"human_rights\", ideal: 90.0, salience: 40.0, source: RollCall(\"A/RES/73/27\"))],\n    seats: AllMembers,",
                1,
            )
        },
        "first_committee_2018.ron",
    );
    assert!(diags.iter().any(|d| d.message.contains("never evidence")), "{diags:?}");
    // An earlier roll call is dated evidence: the OEWG reads A/RES/75/240 (31 December 2020).
    let s = shipped("oewg_2019");
    let rus = s.delegation_index("RUS").unwrap();
    let poa = s.issue_index("programme_of_action").unwrap();
    let read_from_the_vote = s
        .delegations
        .iter()
        .filter(|d| matches!(&d.stances[poa].source, Source::Vote { roll_call, .. } if roll_call == "A/RES/75/240"))
        .count();
    assert!(read_from_the_vote > 50, "{read_from_the_vote}");
    assert!(
        !matches!(s.delegations[rus].stances[poa].source, Source::Vote { .. }),
        "a later documented rule replaces it"
    );
    assert!(s.roll_calls.iter().all(|c| c.date < s.date));
}

/// Gives the toy's text last year's roll call on its series, with these votes.
fn follows_up_last_year(s: &mut Scenario, votes: Vec<Option<Vote>>) {
    s.roll_calls = vec![RollCall {
        id: "A/RES/1".into(),
        title: "Last year's text".into(),
        draft: "A/C.1/L.1".into(),
        body: "plenary".into(),
        date: jiff::civil::date(2018, 12, 5),
        meeting: None,
        source: "test".into(),
        address: None,
        votes,
        complete: true,
    }];
    s.texts[0].follows_up = Some(0);
}

/// The bloc with dissenters, every state outside any group, following up last year's roll call on
/// which everyone voted yes but `others`.
fn outside_groups_after_last_year(others: &[(usize, Vote)]) -> Scenario {
    let mut s = bloc_with_dissenters();
    for d in &mut s.delegations {
        d.groups.clear();
    }
    let mut votes = vec![Some(Vote::Yes); s.delegations.len()];
    for &(d, vote) in others {
        votes[d] = Some(vote);
    }
    follows_up_last_year(&mut s, votes);
    s
}

#[test]
fn a_state_with_little_at_stake_votes_as_it_stood_last_year_on_the_same_series() {
    // GGG has little at stake (5 points worse than nothing) and voted no on last year's text.
    let s = outside_groups_after_last_year(&[(6, Vote::No), (5, Vote::Abstain)]);
    let votes = cast_alone(&s);
    assert_eq!(votes[6], (Vote::No, VoteReason::Follows { cue: Cue::PriorVote(0) }));
    // An abstention records no stand: FFF judges for itself.
    assert_eq!(votes[5], (Vote::No, VoteReason::Against { issue: 0 }));
}

#[test]
fn last_years_vote_stands_unless_this_years_text_has_moved_far_since() {
    // Outside any group: BBB (for the text) voted no last year, FFF (against it, 20 points at stake)
    // voted yes and HHH (50 points: a stake of its own) yes.
    let mut s = outside_groups_after_last_year(&[(1, Vote::No)]);
    let last_year = Cue::PriorVote(0);
    // BBB likes the text by 20 points (10 of them the value of agreeing at all), as FFF dislikes it:
    // a middling stake.
    s.delegations[1].stances[0].salience = 10.0;
    // Last year's text said what this year's says: nothing has moved, so each keeps its vote,
    // except the state with a stake of its own.
    s.texts[0].last_year = vec![(0, 0)];
    let votes = cast_alone(&s);
    assert_eq!(votes[1], (Vote::No, VoteReason::AsLastYear { cue: last_year }));
    assert_eq!(votes[5], (Vote::Yes, VoteReason::AsLastYear { cue: last_year }));
    assert_eq!(votes[7], (Vote::No, VoteReason::BreaksAway { cue: last_year, issue: 0 }));
    // A second issue, settled (status quo 100) and left alone this year, on which last year's text
    // went down to 40: a heavy loss for BBB that this year's text no longer inflicts.
    let mut settled = s.issues[0].clone();
    settled.id = "settled".into();
    (settled.status_quo, settled.absent) = (100.0, 100.0);
    s.issues.push(settled);
    for (d, delegation) in s.delegations.iter_mut().enumerate() {
        let salience = if d == 1 { 60.0 } else { 0.0 };
        let stance = Stance { ideal: 100.0, salience, ..delegation.stances[0].clone() };
        delegation.stances.push(stance);
    }
    s.texts[0].last_year = vec![(0, 0), (1, 2)];
    let room = Room::new(&s);
    let placements = Draft::opening(&s, 0).placements(&s.issues);
    let a: Vec<_> = (0..s.delegations.len()).map(|d| evaluate::assess(&s, &room, d, &placements)).collect();
    let stands = vec![Stand::AsInstructed; s.delegations.len()];
    let ballot =
        Ballot { text: 0, assessments: &a, sponsors: &[], stands: &stands, rival: None, placements: &placements };
    let toward = ballot::moved_toward(&s, &room, &ballot, 1).unwrap();
    assert!(toward >= s.params.break_away_stake, "{toward}");
    assert_eq!(ballot::moved_toward(&s, &room, &ballot, 5), Some(0.0));
    let votes = ballot::cast(&s, &room, &ballot);
    assert_eq!(votes[1], (Vote::Abstain, VoteReason::MovedSince { cue: last_year }));
    assert_eq!(votes[5], (Vote::Yes, VoteReason::AsLastYear { cue: last_year }));
    // Without last year's text, the old rule: a follower with a middling stake is cross-pressured.
    s.texts[0].last_year.clear();
    assert_eq!(cast_alone(&s)[5], (Vote::Abstain, VoteReason::CrossPressured { cue: last_year, issue: 0 }));
}

#[test]
fn the_oewg_negotiates_across_its_calendar_and_ends_where_history_did() {
    let s = shipped("oewg_2019");
    let binding = s.issue_index("binding_instrument").unwrap();
    let poa = s.issue_index("programme_of_action").unwrap();
    let mut objections_met = 0;
    for seed in 1..=3 {
        let mut session = Session::new(s.clone(), seed, true);
        session.run();
        let said = &session.record.statements;
        // Named drafts and revisions, each saying what changed.
        let named = said.iter().filter(|st| matches!(st.says, Says::NamedDraft { .. })).count();
        let revised = said
            .iter()
            .filter(|st| matches!(&st.says, Says::Revises { edits, .. } if edits.iter().any(|e| !matches!(e.edit, Edit::Bracket { .. } | Edit::Unbracket { .. }))))
            .count();
        assert!(named + revised >= 4, "seed {seed}: {named} named drafts, {revised} revisions");
        objections_met += session.texts[0].objections_met;
        // Nobody tables the same amendment more than twice.
        assert!(session.texts[0].asks.iter().all(|a| a.made <= 2), "seed {seed}");
        // Nothing is proposed before the text is on the table.
        let tabled = said.iter().find(|st| matches!(st.says, Says::Tables { .. })).unwrap().round;
        assert!(said.iter().filter(|st| matches!(st.says, Says::Proposes { .. })).all(|st| st.round >= tabled));
        // A binding instrument and the Programme of Action end in the chair's summary, not the agreed text.
        let conclusion = session.conclusion(0).unwrap();
        assert_eq!(conclusion.outcome, Outcome::ConsensusWithChairSummary, "seed {seed}");
        let draft = &session.texts[0].draft;
        for issue in [binding, poa] {
            assert!(
                draft.in_chair_summary().any(|p| p.issue == issue),
                "seed {seed}: {} not in the chair's summary",
                s.issues[issue].id
            );
        }
        let moved = oewg_sim::batch::sessions_the_count_moved(&s, &session.record.texts[0].counts);
        assert!(moved >= 3, "seed {seed}: the count moved in {moved} sessions");
    }
    assert!(objections_met > 0, "an objection is raised and met in the first three seeds");
}

// ------------------------------------------------------------------ moves and their senders

fn table_for<'a>(session: &'a Session, drafts: &'a [&'a Draft]) -> Table<'a> {
    Table { scenario: &session.scenario, seating: &session.seating, drafts, room: &session.room, clock: session.clock }
}

#[test]
fn the_model_refuses_what_a_sender_may_not_do_with_a_reason() {
    let s = Arc::new(toy(vec![("AAA", 100.0, 30.0, None, 1.0), ("BBB", 20.0, 30.0, None, 0.2)]));
    let session = Session::with_people(s.clone(), 1, &[Seat::Delegation(0)], true);
    let drafts: Vec<&Draft> = session.texts.iter().map(|t| &t.draft).collect();
    let table = table_for(&session, &drafts);
    let mut agenda = Agenda::default();
    let mv = |by: Sender, intent: Intent| Move { by, intent };
    let edit = Edit::Reword { paragraph: 0, rung: 2 };
    // A chair's move from a delegation.
    assert_eq!(
        agenda.submit(&table, mv(Sender::Delegation(0), Intent::ChairEdit { text: 0, edit })),
        Err(Refusal::PenholderOnly)
    );
    // The chair is held by the AI: nobody at this table may speak for it.
    assert_eq!(agenda.submit(&table, mv(Sender::Chair, Intent::CallForAdoption)), Err(Refusal::NotYourSeat));
    // A move for a delegation no person holds.
    let lobby = Intent::Lobby { target: 0, issue: 0 };
    assert_eq!(agenda.submit(&table, mv(Sender::Delegation(1), lobby.clone())), Err(Refusal::NotYourSeat));
    // Indices out of range, and lobbying oneself.
    assert_eq!(agenda.submit(&table, mv(Sender::Delegation(9), lobby)), Err(Refusal::NoSuchDelegation(9)));
    assert_eq!(
        agenda.submit(&table, mv(Sender::Delegation(0), Intent::Lobby { target: 1, issue: 5 })),
        Err(Refusal::NoSuchIssue(5))
    );
    assert_eq!(
        agenda.submit(&table, mv(Sender::Delegation(0), Intent::Lobby { target: 0, issue: 0 })),
        Err(Refusal::LobbyingYourself)
    );
    let bad = Intent::Propose { text: 0, edit: Edit::Reword { paragraph: 4, rung: 0 }, own_words: None };
    assert!(matches!(agenda.submit(&table, mv(Sender::Delegation(0), bad)), Err(Refusal::Edit(_))));
    // A good move is queued once; the same again is a duplicate; capital counts what waits.
    let propose = mv(Sender::Delegation(0), Intent::Propose { text: 0, edit, own_words: None });
    let id = agenda.submit(&table, propose.clone()).unwrap();
    assert_eq!(agenda.submit(&table, propose.clone()), Err(Refusal::Duplicate));
    let lobbies = (s.params.capital / s.params.lobby_cost) as usize;
    for k in 0..lobbies {
        agenda
            .submit(&table, mv(Sender::Delegation(0), Intent::Lobby { target: 1, issue: 0 }))
            .map_err(|e| (k, e))
            .ok();
    }
    assert!(matches!(
        agenda.submit(&table, mv(Sender::Delegation(0), Intent::LobbyGroup { group: 0, issue: 0 })),
        Err(Refusal::NoSuchGroup(0))
    ));
    // Only the sender withdraws; then it is gone.
    assert_eq!(agenda.withdraw(id, Sender::Delegation(1)), Err(Refusal::NotYours));
    assert_eq!(agenda.withdraw(id, Sender::Delegation(0)), Ok(propose));
    assert_eq!(agenda.withdraw(id, Sender::Delegation(0)), Err(Refusal::NoSuchMove));
    // Only the instructor hands seats over.
    let assign = Intent::Assign { seat: Seat::Delegation(1), holder: Holder::Person };
    assert_eq!(agenda.submit(&table, mv(Sender::Delegation(0), assign.clone())), Err(Refusal::InstructorOnly));
    assert!(agenda.submit(&table, mv(Sender::Instructor, assign)).is_ok());
}

#[test]
fn a_person_holding_the_pen_edits_and_a_stale_edit_is_refused_with_its_reason() {
    let s = Arc::new(toy(vec![("AAA", 100.0, 30.0, None, 1.0), ("BBB", 20.0, 30.0, None, 0.2)]));
    let mut session = Session::with_people(s, 1, &[Seat::Chair], true);
    session.step(&[]);
    session.step(&[]);
    let delete = Move { by: Sender::Chair, intent: Intent::ChairEdit { text: 0, edit: Edit::Delete { paragraph: 0 } } };
    let reword =
        Move { by: Sender::Chair, intent: Intent::ChairEdit { text: 0, edit: Edit::Reword { paragraph: 0, rung: 1 } } };
    let refused = session.step(&[delete, reword]);
    assert_eq!(session.texts[0].draft.paragraphs[0].status, ParagraphStatus::Deleted);
    assert_eq!(refused.len(), 1, "the reword came after the deletion: {refused:?}");
    assert_eq!(refused[0].0, Sender::Chair);
    assert!(matches!(refused[0].1, Refusal::Edit(_)));
}

#[test]
fn a_person_decides_at_the_gavel_object_or_join_with_their_own_explanation() {
    // Everyone supports; AAA (a person) declares it will object: it blocks alone.
    let s = Arc::new(toy(vec![("AAA", 100.0, 30.0, None, 0.2), ("BBB", 100.0, 30.0, None, 0.2)]));
    let mut blocker = Session::with_people(s.clone(), 1, &[Seat::Delegation(0)], true);
    blocker.step(&[Move {
        by: Sender::Delegation(0),
        intent: Intent::Declare { text: 0, stand: Stand::Object, explanation: None },
    }]);
    blocker.run();
    let c = blocker.conclusion(0).unwrap();
    assert_eq!(c.outcome, Outcome::NoConsensus);
    assert_eq!(c.gavel.blockers.iter().map(|o| o.delegation).collect::<Vec<_>>(), vec![0]);
    // BBB would block (a major state whose red line is crossed) but declares it will join, and explains.
    let s = Arc::new(toy(vec![("AAA", 100.0, 30.0, None, 0.2), ("BBB", 0.0, 90.0, Some(RedLine::AtMost(40.0)), 1.0)]));
    let words = "We will not stand in the way, but this text goes too far.".to_string();
    let mut joining = Session::with_people(s, 1, &[Seat::Delegation(1)], true);
    joining.step(&[Move {
        by: Sender::Delegation(1),
        intent: Intent::Declare { text: 0, stand: Stand::JoinConsensus, explanation: Some(words.clone()) },
    }]);
    joining.run();
    let c = joining.conclusion(0).unwrap();
    assert!(c.gavel.blockers.is_empty(), "{c:?}");
    let explained = joining
        .record
        .statements
        .iter()
        .any(|st| matches!(&st.says, Says::ExplainsPosition { own_words: Some(w), .. } if *w == words));
    assert!(explained, "the explanation of position is on the record in the player's words");
}

#[test]
fn a_players_own_words_are_what_the_text_says_once_taken_up() {
    let s = Arc::new(toy(vec![("AAA", 40.0, 60.0, None, 1.0), ("BBB", 40.0, 60.0, None, 1.0)]));
    let mut session = Session::with_people(s.clone(), 1, &[Seat::Delegation(0)], true);
    session.step(&[]);
    session.step(&[]);
    let words = "States are invited to keep the toy issue under review.".to_string();
    let propose =
        Intent::Propose { text: 0, edit: Edit::Reword { paragraph: 0, rung: 2 }, own_words: Some(words.clone()) };
    session.step(&[Move { by: Sender::Delegation(0), intent: propose }]);
    session.step(&[]);
    let p = &session.texts[0].draft.paragraphs[0];
    assert_eq!((p.rung, p.own_words.as_deref()), (2, Some(words.as_str())), "{:#?}", session.record.statements);
    let text = oewg_sim::text::statements::final_paragraph(oewg_sim::text::english(), &s, &session.texts[0].draft, 0);
    assert!(text.contains(&words), "{text}");
}

// ------------------------------------------------------------------ determinism and saves

#[test]
fn same_seed_same_session_bit_for_bit() {
    let s = shipped("oewg_2019");
    let run = |seed| {
        let mut session = Session::new(s.clone(), seed, true);
        session.run();
        session
    };
    let (a, b) = (run(42), run(42));
    assert_eq!(a.record, b.record);
    assert_eq!(a.room, b.room);
    assert_eq!(a.texts, b.texts);
    assert_eq!(oewg_sim::model::digest::digest(&a), oewg_sim::model::digest::digest(&b));
    assert!(!a.record.statements.is_empty());
}

fn played_toy_save() -> (Arc<Scenario>, SaveGame, Session) {
    let s = Arc::new(toy(vec![
        ("AAA", 40.0, 60.0, None, 1.0),
        ("BBB", 60.0, 50.0, None, 0.4),
        ("CCC", 90.0, 30.0, None, 0.2),
    ]));
    let start = Start { seed: 5, people: vec![Seat::Delegation(0)] };
    let mut session = Session::with_people(s.clone(), start.seed, &start.people, true);
    let mut agenda = Agenda::default();
    let mut steps = Vec::new();
    let mut digests = Vec::new();
    let moves = [
        Move { by: Sender::Delegation(0), intent: Intent::Lobby { target: 2, issue: 0 } },
        Move {
            by: Sender::Delegation(0),
            intent: Intent::Propose { text: 0, edit: Edit::Reword { paragraph: 0, rung: 2 }, own_words: None },
        },
    ];
    for mv in moves {
        let drafts: Vec<&Draft> = session.texts.iter().map(|t| &t.draft).collect();
        agenda.submit(&table_for(&session, &drafts), mv).unwrap();
    }
    for _ in 0..4 {
        let taken = agenda.take(session.clock.phase);
        session.step(&taken);
        steps.push(taken);
        digests.push(oewg_sim::model::digest::digest(&session));
    }
    assert!(agenda.waiting.is_empty(), "the consultations took both moves");
    (s.clone(), SaveGame::of(&session, "toy", &start, &steps, &digests), session)
}

#[test]
fn a_saved_session_replays_to_the_same_state_bit_for_bit() {
    let (s, save, session) = played_toy_save();
    let loaded = SaveGame::from_ron(&save.to_ron()).expect("a save reads back");
    assert_eq!(loaded, save);
    let (_, replayed) = loaded.replay(s.clone()).expect("the replay matches every step");
    assert_eq!(replayed.record, session.record);
    assert_eq!(replayed.texts, session.texts);
    let bits = |r: &Room| r.ideal.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
    assert_eq!(bits(&replayed.room), bits(&session.room));
    assert!(replayed.record.statements.iter().any(|st| matches!(st.says, Says::Proposes { .. }) && st.speaker.is(0)));
    let (mut a, mut b) = (replayed, session);
    a.run();
    b.run();
    assert_eq!(a.record, b.record, "both go on to the same end");
}

#[test]
fn a_tampered_or_broken_save_is_refused_with_the_step_where_it_diverges() {
    let (s, good, _) = played_toy_save();
    assert!(matches!(SaveGame::from_ron("SaveGame(format: 2,"), Err(SaveError::Syntax(_))));
    let mut seed = good.clone();
    seed.seed += 1;
    assert_eq!(seed.replay(s.clone()).unwrap_err(), SaveError::Diverged { step: 1, steps: 4 });
    let mut moved = good.clone();
    moved.steps[2].clear();
    assert_eq!(moved.replay(s.clone()).unwrap_err(), SaveError::Diverged { step: 3, steps: 4 });
    let mut other = good.clone();
    other.scenario_id = "gge_2015".into();
    assert!(matches!(other.replay(s.clone()), Err(SaveError::OtherScenario { .. })));
    let mut seat = good.clone();
    seat.people = vec!["XXX".into()];
    assert_eq!(seat.replay(s.clone()).unwrap_err(), SaveError::NoSeat { scenario: "toy".into(), code: "XXX".into() });
    let mut out_of_range = good.clone();
    out_of_range.steps[2] = vec![Move { by: Sender::Delegation(0), intent: Intent::Lobby { target: 999, issue: 0 } }];
    assert!(matches!(out_of_range.replay(s.clone()), Err(SaveError::BadMove { step: 2 })));
    let mut future = good.clone();
    future.format = 99;
    assert_eq!(SaveGame::from_ron(&future.to_ron()).unwrap_err(), SaveError::Format { found: 99 });
    assert!(good.replay(s).is_ok());
}

#[test]
fn a_played_save_of_a_shipped_scenario_loads_from_its_text_and_a_changed_one_does_not() {
    let s = shipped("tutorial");
    let (cub, usa) = (s.delegation_index("CUB").unwrap(), s.delegation_index("USA").unwrap());
    let start = Start { seed: 3, people: vec![Seat::Delegation(cub)] };
    let mut session = Session::with_people(s.clone(), start.seed, &start.people, true);
    let by = Sender::Delegation(cub);
    let mut agenda = Agenda::default();
    for intent in [
        Intent::Lobby { target: usa, issue: 0 },
        Intent::Propose { text: 0, edit: Edit::Reword { paragraph: 3, rung: 4 }, own_words: Some("Our words".into()) },
        Intent::Declare { text: 0, stand: Stand::JoinConsensus, explanation: Some("We join.".into()) },
    ] {
        let drafts: Vec<&Draft> = session.texts.iter().map(|t| &t.draft).collect();
        agenda.submit(&table_for(&session, &drafts), Move { by, intent }).unwrap();
    }
    let (mut steps, mut digests) = (Vec::new(), Vec::new());
    while session.clock.phase != Phase::Concluded {
        let taken = agenda.take(session.clock.phase);
        session.step(&taken);
        steps.push(taken);
        digests.push(oewg_sim::model::digest::digest(&session));
    }
    assert!(steps.iter().flatten().count() == 3, "every move was acted on");
    let save = SaveGame::of(&session, "tutorial", &start, &steps, &digests);
    let loaded = oewg_sim::storage::load_save_text("s.ron", &save.to_ron()).expect("a faithful save loads");
    assert_eq!(loaded.start, start);
    let changed = save.to_ron().replacen("seed: 3", "seed: 4", 1);
    let refused = oewg_sim::storage::load_save_text("s.ron", &changed).err().expect("a changed seed is refused");
    assert!(refused.to_string().contains("at step 1 of"), "{refused}");
}

// ------------------------------------------------------------------ the ECS loop

fn setup_of(s: &Arc<Scenario>, seed: u64, people: Vec<Seat>) -> sim::SessionSetup {
    let file = data::find_scenario(&s.id)
        .unwrap_or(data::ScenarioFile { folder: data::Folder::Disk(".".into()), name: "toy.ron".into() });
    sim::SessionSetup::new(s.clone(), file, Start { seed, people })
}

#[test]
fn a_full_session_runs_headless_through_the_ecs_and_matches_the_model() {
    let s = shipped("tutorial");
    let mut app = sim::headless_app(setup_of(&s, 9, vec![]));
    assert!(sim::run_headless(&mut app, 500), "the session must conclude");
    let assessments = app.world().resource::<sim::Assessments>().0.clone();
    assert_eq!(assessments.len(), s.texts.len());
    assert_eq!(assessments[0].len(), s.delegations.len());
    let record = app.world().resource::<sim::SessionRecord>().0.clone();
    let mut session = Session::new(s, 9, true);
    session.run();
    assert_eq!(session.record, record, "ECS and model must give the same session");
    let log = app.world().resource::<sim::StepLog>();
    assert_eq!(log.digests.last(), Some(&oewg_sim::model::digest::digest(&session)));
}

#[test]
fn a_persons_move_reaches_the_model_through_the_ecs_and_a_refused_one_comes_back() {
    let s = shipped("tutorial");
    let mut app = sim::headless_app(setup_of(&s, 2, vec![Seat::Chair]));
    let delete = Move { by: Sender::Chair, intent: Intent::ChairEdit { text: 0, edit: Edit::Delete { paragraph: 2 } } };
    app.world_mut().write_message(sim::MoveMessage(delete));
    // Cuba is played by the AI here: a move in its name is refused.
    let cub = s.delegation_index("CUB").unwrap();
    let spoof = Move { by: Sender::Delegation(cub), intent: Intent::Lobby { target: 0, issue: 0 } };
    app.world_mut().write_message(sim::MoveMessage(spoof));
    app.update();
    let refused: Vec<sim::MoveRefused> =
        app.world_mut().resource_mut::<bevy::ecs::message::Messages<sim::MoveRefused>>().drain().collect();
    assert!(
        refused.iter().any(|r| r.to == Sender::Delegation(cub) && r.refusal == Refusal::NotYourSeat),
        "{refused:?}"
    );
    assert!(sim::run_headless(&mut app, 500));
    let texts = &app.world().resource::<sim::Texts>().0;
    assert_eq!(texts[0].draft.paragraphs[2].status, ParagraphStatus::Deleted);
}

#[test]
fn a_save_loads_through_the_ecs_path_to_the_same_state() {
    let s = shipped("tutorial");
    let cub = s.delegation_index("CUB").unwrap();
    let start = Start { seed: 3, people: vec![Seat::Delegation(cub)] };
    let steps = vec![
        vec![],
        vec![],
        vec![Move {
            by: Sender::Delegation(cub),
            intent: Intent::Propose { text: 0, edit: Edit::Bracket { paragraph: 0 }, own_words: None },
        }],
        vec![],
    ];
    let (session, digests) = oewg_sim::model::save::replay(s.clone(), &start, &steps);
    let save = SaveGame::of(&session, "tutorial", &start, &steps, &digests);
    let dir = std::env::temp_dir().join(format!("oewg-ecs-load-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("save.ron");
    oewg_sim::storage::write_atomically(&path, save.to_ron().as_bytes()).unwrap();
    let loaded = oewg_sim::storage::load_save(&path).expect("the save loads");
    std::fs::remove_dir_all(&dir).ok();
    let mut setup = sim::SessionSetup::new(loaded.scenario, loaded.file, loaded.start);
    setup.replay = loaded.save.steps;
    let mut app = sim::headless_app(setup);
    app.insert_resource(sim::Pacing { step_now: false, every_frame: false });
    app.update();
    let world = app.world();
    assert_eq!(world.resource::<sim::Texts>().0, session.texts);
    assert_eq!(world.resource::<sim::SessionRecord>().0, session.record);
    assert_eq!(world.resource::<sim::SessionClock>().0, session.clock);
    assert_eq!(world.resource::<sim::StepLog>().digests, digests);
}

// ------------------------------------------------------------------ the shipped data

#[test]
fn every_shipped_file_validates_and_every_scenario_ships_in_the_binary() {
    let mut count = 0;
    for entry in std::fs::read_dir(scenarios_dir()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ron") {
            if let Err(d) = scenario::validate_file(&path) {
                panic!("{} does not validate:\n{d}", path.display());
            }
            count += 1;
        }
    }
    assert!(count >= 10, "the scenarios and the shared files: {count}");
    let embedded = data::Folder::Embedded(data::Shelf::Scenarios);
    for name in embedded.files(".ron") {
        if scenario::file_kind(&embedded.read(&name).unwrap()) == Some("Scenario") {
            let file = data::ScenarioFile { folder: embedded.clone(), name: name.clone() };
            scenario::load(&file).unwrap_or_else(|d| panic!("built-in {name}:\n{d}"));
        }
    }
}

/// The cover page of A/C.1/73/L.27/Rev.1 (seed 004), in its order.
const L27_SPONSORS: [&str; 31] = [
    "DZA", "AGO", "AZE", "BLR", "BOL", "BDI", "KHM", "CHN", "CUB", "PRK", "COD", "ERI", "IRN", "KAZ", "LAO", "MDG",
    "MWI", "NAM", "NPL", "NIC", "PAK", "RUS", "WSM", "SLE", "SUR", "SYR", "TJK", "TKM", "UZB", "VEN", "ZWE",
];

/// The 2014/2015 GGE (seed 002).
const GGE_2015: [&str; 20] = [
    "BLR", "BRA", "CHN", "COL", "EGY", "EST", "FRA", "DEU", "GHA", "ISR", "JPN", "KEN", "MYS", "MEX", "PAK", "KOR",
    "RUS", "ESP", "GBR", "USA",
];

#[test]
fn rosters_match_the_seeds() {
    let s = shipped("first_committee_2018");
    let sponsors = s.rosters.iter().find(|r| r.id == "sponsors_L27_Rev1").unwrap();
    assert_eq!(sponsors.members, L27_SPONSORS);
    assert!(sponsors.verified);
    assert_eq!(s.texts[s.text_index("A/C.1/73/L.27/Rev.1").unwrap()].sponsors.len(), 31);
    let gge = shipped("gge_2015");
    let mut seated: Vec<&str> = gge.delegations.iter().map(|d| d.code.as_str()).collect();
    let mut expected = GGE_2015.to_vec();
    seated.sort();
    expected.sort();
    assert_eq!(seated, expected);
}

#[test]
fn all_193_members_sit_in_the_oewg_and_the_nam_is_not_namibia() {
    let s = shipped("oewg_2019");
    assert_eq!(s.delegations.len(), 193);
    for d in &s.delegations {
        assert_eq!(d.stances.len(), s.issues.len());
    }
    assert!(s.group_index("NAM").is_none(), "the Non-Aligned Movement's id must not be Namibia's code");
    let nam = s.group_index("NonAligned").unwrap();
    assert!(s.groups[nam].negotiates);
    let irn = &s.delegations[s.delegation_index("IRN").unwrap()];
    assert!(matches!(irn.stances[s.issue_index("binding_instrument").unwrap()].source, Source::Statement(_)));
}

#[test]
fn every_statement_of_every_shipped_scenario_is_said_in_words() {
    let l = oewg_sim::text::english();
    for id in ["tutorial", "gge_2015", "gge_2017", "oewg_2019", "first_committee_2018"] {
        let s = shipped(id);
        let mut session = Session::new(s.clone(), 1, true);
        session.run();
        let transcript = oewg_sim::text::report::transcript(l, &s, id, &session.record);
        for line in transcript.lines() {
            assert!(!line.contains('{') && !line.contains("says-") && !line.contains("position-"), "{id}: {line}");
        }
        assert!(transcript.lines().filter(|line| line.contains("Outcome")).count() >= s.texts.len(), "{id}");
    }
}

#[test]
fn forecasts_lie_within_the_scale_and_between_the_extremes() {
    let s = shipped("oewg_2019");
    let room = Room::new(&s);
    for (i, f) in oewg_sim::model::forecast::forecast(&s, &room).iter().enumerate() {
        let lo = (0..s.delegations.len()).map(|d| room.ideal(d, i)).fold(f32::MAX, f32::min);
        let hi = (0..s.delegations.len()).map(|d| room.ideal(d, i)).fold(f32::MIN, f32::max);
        assert!(f.compromise >= lo - 1e-3 && f.compromise <= hi + 1e-3, "{}", s.issues[i].id);
        assert!((0.0..=100.0).contains(&f.nash));
    }
}

// ------------------------------------------------------------------ broken files

/// Copies the shipped scenarios to a fresh folder, applies `edit` to one file and validates `load`.
fn broken(file: &str, edit: impl Fn(&str) -> String, load: &str) -> Vec<Diagnostic> {
    edited(file, edit, load).expect_err("the broken file must be refused").0
}

fn edited(file: &str, edit: impl Fn(&str) -> String, load: &str) -> Result<(), scenario::Diagnostics> {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let dir = std::env::temp_dir().join(format!("oewg-broken-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(scenarios_dir()).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
    }
    let original = std::fs::read_to_string(dir.join(file)).unwrap();
    std::fs::write(dir.join(file), edit(&original)).unwrap();
    let result = scenario::validate_file(&dir.join(load));
    std::fs::remove_dir_all(&dir).ok();
    result
}

/// Line and column (1-based) of the first occurrence of `needle` in `text`.
fn position_of(text: &str, needle: &str) -> (usize, usize) {
    let at = text.find(needle).unwrap_or_else(|| panic!("{needle} not in text"));
    let line = text[..at].matches('\n').count() + 1;
    let col = at - text[..at].rfind('\n').map(|i| i + 1).unwrap_or(0) + 1;
    (line, col)
}

fn shipped_text(name: &str) -> String {
    std::fs::read_to_string(scenarios_dir().join(name)).unwrap()
}

#[test]
fn a_syntax_error_names_file_line_and_column() {
    let needle = "fallback: ChairSummary,";
    let diags = broken("oewg_2019.ron", |t| t.replacen(needle, "fallback: ChairSummary,,", 1), "oewg_2019.ron");
    let (line, _) = position_of(&shipped_text("oewg_2019.ron"), needle);
    assert_eq!(diags.len(), 1, "{diags:?}");
    assert!(diags[0].file.ends_with("oewg_2019.ron"));
    assert_eq!(diags[0].line, line);
    assert!(diags[0].col > 1);
}

#[test]
fn an_unknown_state_code_is_pointed_at() {
    let needle = "Rule(who: State(\"IND\")";
    let diags = broken("stances.ron", |t| t.replacen(needle, "Rule(who: State(\"XYZ\")", 1), "oewg_2019.ron");
    let (line, col) = position_of(&shipped_text("stances.ron"), "State(\"IND\")");
    assert_eq!(diags.len(), 1, "{diags:?}");
    assert!(diags[0].file.ends_with("stances.ron"));
    assert_eq!((diags[0].line, diags[0].col), (line, col));
    assert!(diags[0].message.contains("XYZ"), "{}", diags[0].message);
}

#[test]
fn out_of_range_values_unknown_issues_and_duplicates_are_all_reported() {
    let diags = broken(
        "stances.ron",
        |t| {
            t.replacen(
                "issue: \"capacity_building\", ideal: 100.0, salience: 70.0",
                "issue: \"capacity_building\", ideal: 100.0, salience: 170.0",
                1,
            )
            .replacen(
                "issue: \"peaceful_purposes\", ideal: 100.0, salience: 70.0",
                "issue: \"peaceful_porpoises\", ideal: 100.0, salience: 70.0",
                1,
            )
        },
        "oewg_2019.ron",
    );
    let text = shipped_text("stances.ron");
    assert_eq!(diags.len(), 2, "{diags:?}");
    let salience_line = position_of(&text, "issue: \"capacity_building\", ideal: 100.0, salience: 70.0").0;
    assert!(diags.iter().any(|d| d.line == salience_line && d.message.contains("salience is 170")));
    let issue_at = position_of(&text, "issue: \"peaceful_purposes\", ideal: 100.0, salience: 70.0");
    let unknown = diags.iter().find(|d| d.message.contains("peaceful_porpoises")).expect("unknown issue reported");
    assert_eq!((unknown.line, unknown.col), (issue_at.0, issue_at.1 + "issue: ".len()));

    let dup = broken("member_states.ron", |t| t.replacen("code: \"AGO\"", "code: \"AFG\"", 1), "member_states.ron");
    let (line, _) = position_of(&shipped_text("member_states.ron"), "code: \"AGO\"");
    assert!(dup.iter().any(|d| d.line == line && d.message.contains("duplicate state")), "{dup:?}");
}

#[test]
fn parameters_ids_texts_and_bodies_are_checked() {
    let nan = broken(
        "tutorial.ron",
        |t| {
            t.replacen(
                "    rounds: 6,",
                "    rounds: 6,\n    parameters: Parameters(persuasion: NaN, estimate_spread: inf),",
                1,
            )
        },
        "tutorial.ron",
    );
    assert!(nan.iter().any(|d| d.message.starts_with("persuasion is NaN")), "{nan:?}");
    assert!(nan.iter().any(|d| d.message.starts_with("estimate_spread is inf")), "{nan:?}");
    let id = broken("tutorial.ron", |t| t.replacen("id: \"tutorial\"", "id: \"../../x\"", 1), "tutorial.ron");
    assert!(id.iter().any(|d| d.message.contains("expected an id of letters")), "{id:?}");
    let twice = broken(
        "first_committee_2018.ron",
        |t| t.replacen("id: \"A/C.1/73/L.37\"", "id: \"A/C.1/73/L.27/Rev.1\"", 1),
        "first_committee_2018.ron",
    );
    assert!(twice.iter().any(|d| d.message.contains("a second text")), "{twice:?}");
    let gge = broken("gge_2017.ron", |t| t.replacen("fallback: NoReport", "fallback: ChairSummary", 1), "gge_2017.ron");
    assert!(gge.iter().any(|d| d.message.contains("has no chair's summary")), "{gge:?}");
    let outside = broken(
        "tutorial.ron",
        |t| t.replacen("issues: \"issues.ron\"", "issues: \"../../etc/passwd\"", 1),
        "tutorial.ron",
    );
    assert!(outside.iter().any(|d| d.message.contains("not a file name inside")), "{outside:?}");
    assert!(!outside.iter().any(|d| d.message.contains("root:")), "nothing of the file is echoed");
}

#[test]
fn missing_stances_and_bad_rungs_are_reported() {
    let diags = broken(
        "stances.ron",
        |t| {
            t.lines()
                .filter(|l| !l.contains("who: Everyone, issue: \"multistakeholder\""))
                .collect::<Vec<_>>()
                .join("\n")
        },
        "oewg_2019.ron",
    );
    assert!(
        diags.iter().any(|d| d.message.contains("missing stance") && d.message.contains("multistakeholder")),
        "{diags:?}"
    );
    let diags = broken("tutorial.ron", |t| t.replacen("rung: 0", "rung: 9", 1), "tutorial.ron");
    let (line, col) = position_of(&shipped_text("tutorial.ron"), "rung: 0");
    assert_eq!((diags[0].line, diags[0].col), (line, col + "rung: ".len()));
    assert!(diags[0].message.contains("rung 9"));
}

#[test]
fn what_ron_accepts_before_the_value_loads_and_errors_still_point_right() {
    // A nested block comment with brackets and quotes in it, RON's attributes, a byte-order mark.
    let prefixes =
        ["/* outer /* inner ] [ \" */ still ( the comment */\n", "#![enable(implicit_some)]\n", "\u{feff}// note\n"];
    for prefix in prefixes {
        for file in ["tutorial.ron", "issues.ron", "stances.ron"] {
            let result = edited(file, |t| format!("{prefix}{t}"), "tutorial.ron");
            assert!(result.is_ok(), "{prefix:?} before {file}: {}", result.unwrap_err());
        }
        let diags =
            broken("tutorial.ron", |t| format!("{prefix}{}", t.replacen("rung: 0", "rung: 9", 1)), "tutorial.ron");
        let (line, col) = position_of(&shipped_text("tutorial.ron"), "rung: 0");
        assert_eq!((diags[0].line, diags[0].col), (line + 1, col + "rung: ".len()), "{prefix:?}: {diags:?}");
    }
    // The same text loaded from memory, its files from the shipped ones.
    let text = format!("/* a /* b */ c */{}", shipped_text("tutorial.ron"));
    let embedded = data::Folder::Embedded(data::Shelf::Scenarios);
    let loaded = scenario::load_text("memory.ron", &text, &embedded).expect("loads from memory");
    assert_eq!(loaded.id, "tutorial");
}

#[test]
fn truncated_and_garbled_files_are_refused_without_a_panic() {
    let dir = std::env::temp_dir().join(format!("oewg-garbled-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(scenarios_dir()).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
    }
    for name in ["tutorial.ron", "issues.ron", "stances.ron", "rosters.ron", "bodies.ron"] {
        let chars: Vec<char> = shipped_text(name).chars().collect();
        for cut in (1..chars.len()).step_by(chars.len() / 23 + 1) {
            let garbled: String = chars[..cut].iter().chain(chars[cut..].iter().skip(3)).collect();
            for (variant, body) in [("cut", chars[..cut].iter().collect::<String>()), ("gap", garbled)] {
                let path = dir.join(format!("{variant}-{name}"));
                std::fs::write(&path, &body).unwrap();
                if let Err(diags) = scenario::validate_file(&path) {
                    for d in &diags.0 {
                        assert!(d.line >= 1 && d.col >= 1 && !d.message.is_empty(), "{d}");
                    }
                }
            }
        }
    }
    std::fs::remove_dir_all(&dir).ok();
}

// ------------------------------------------------------------------ the lexicon and the brief

#[test]
fn free_text_is_read_as_an_issue_and_a_step_on_its_ladder() {
    use oewg_sim::model::lexicon::read;
    let stop = oewg_sim::text::english().stop_words();
    // In the General Assembly's committee "decides to begin negotiations" is the strongest step.
    let committee = shipped("first_committee_2018");
    let binding = committee.issue_index("binding_instrument").unwrap();
    let strong = "The Group decides to begin negotiations on a legally binding treaty on ICT security.";
    let reading = read(&committee, strong, &stop);
    assert_eq!(reading.issue, Some(binding));
    assert_eq!(reading.rung, 0, "'decides to begin negotiations' is the strongest step");
    assert!(reading.matched.contains(&"legally binding".to_string()));
    // A working group cannot decide that: the reading falls on a step it could adopt.
    let s = shipped("oewg_2019");
    let in_oewg = read(&s, strong, &stop);
    assert_eq!(in_oewg.issue, Some(binding));
    assert!(s.issues[binding].ladder[in_oewg.rung].available, "{in_oewg:?}");
    let weak = read(&s, "We take note of proposals by some States for a legally binding instrument.", &stop);
    assert_eq!((weak.issue, weak.rung), (Some(binding), 3));
    let ihl = s.issue_index("international_humanitarian_law").unwrap();
    let both = read(&s, "International humanitarian law applies; multistakeholder participation is welcome.", &stop);
    assert_eq!(both.issue, Some(ihl), "three keyword words beat one");
    assert_eq!(both.also, vec![s.issue_index("multistakeholder").unwrap()]);
    assert_eq!(read(&s, "We thank the Chair for his tireless efforts.", &stop).issue, None);
}

#[test]
fn the_capital_instructs_in_the_words_of_the_ladder_and_the_debrief_marks_against_it() {
    use oewg_sim::model::brief::{self, Limit, Mark};
    let s = toy(vec![("AAA", 50.0, 40.0, Some(RedLine::AtMost(75.0)), 1.0), ("BBB", 100.0, 10.0, None, 0.2)]);
    let room = Room::new(&s);
    let brief = brief::instructions(&s, &room, 0);
    assert_eq!(brief.to, Some(0));
    assert_eq!(brief.red_lines.len(), 1);
    assert_eq!(brief.red_lines[0].limit, Limit::NothingStrongerThan(1), "70 is the strongest wording under 75");
    assert_eq!(brief::limit_of(&s, 0, RedLine::AtLeast(60.0)), Limit::AtLeast(1));
    assert_eq!(brief::limit_of(&s, 0, RedLine::AtMost(10.0)), Limit::NoParagraph);
    let s = Arc::new(s);
    let mut session = Session::with_people(s.clone(), 1, &[Seat::Delegation(0)], true);
    session.run();
    let last = &session.texts[0].draft;
    let marks = brief::delegation_marks(&s, &room, 0, &session.record, 0, last);
    let crossed = RedLine::AtMost(75.0).crossed_by(last.placements(&s.issues)[0].position);
    assert!(marks.contains(&Mark::RedLine { issue: 0, crossed }));
    assert_eq!(marks[0].met(), session.conclusion(0).unwrap().outcome.adopted());
}

/// A state is named as it was on the day of the decision, and inside a sentence as UN documents write it.
#[test]
fn a_state_bears_the_name_it_had_on_the_day_of_the_decision() {
    let l = oewg_sim::text::english();
    let code = |s: &Scenario, c: &str| s.delegations.iter().position(|d| d.code == c).unwrap();
    let fc2018 = shipped("first_committee_2018");
    assert_eq!(l.state(&fc2018, code(&fc2018, "MKD")), "The former Yugoslav Republic of Macedonia");
    assert_eq!(l.state_in_text(&fc2018, code(&fc2018, "MKD")), "the former Yugoslav Republic of Macedonia");
    assert_eq!(l.state(&fc2018, code(&fc2018, "SWZ")), "Eswatini", "renamed in April 2018, before the vote");
    assert_eq!(l.state(&fc2018, code(&fc2018, "TUR")), "Turkey");
    assert_eq!(l.state_opening(&fc2018, code(&fc2018, "RUS")), "The Russian Federation");
    let fc2019 = shipped("first_committee_2019");
    assert_eq!(l.state(&fc2019, code(&fc2019, "MKD")), "North Macedonia");
    assert_eq!(l.state_in_text(&fc2019, code(&fc2019, "MKD")), "North Macedonia");
}

/// The 2020 committee is the out-of-sample test of last year's vote: each text follows up the 2019
/// roll call on its series with the 2019 text as `first_committee_2019` reads it, and nothing it
/// leans on is dated on or after its decision.
#[test]
fn the_2020_texts_weigh_last_years_texts_and_votes_and_nothing_later() {
    use oewg_sim::model::scenario::Source;
    let (s, last) = (shipped("first_committee_2020"), shipped("first_committee_2019"));
    let decision = jiff::civil::date(2020, 12, 7);
    assert_eq!(s.date, decision);
    for (t, (id, follows)) in
        [("A/C.1/75/L.4", "A/RES/74/28"), ("A/C.1/75/L.8/Rev.1", "A/RES/74/29")].into_iter().enumerate()
    {
        let text = &s.texts[t];
        assert_eq!(text.id, id);
        assert_eq!(s.roll_calls[text.follows_up.unwrap()].id, follows);
        assert_eq!(text.last_year, last.texts[t].opening, "{id}: last year's text as the 2019 scenario reads it");
    }
    assert!(s.roll_calls.iter().all(|c| c.date < decision), "only earlier roll calls are evidence");
    let decided: Vec<&str> = s.history.votes.iter().map(|(_, c)| c.id.as_str()).collect();
    assert_eq!(decided, ["A/RES/75/32", "A/RES/75/240"]);
    for d in &s.delegations {
        for stance in &d.stances {
            match &stance.source {
                Source::Statement(e) | Source::Group(e) => assert!(e.date < decision, "{}: {}", d.code, e.date),
                Source::Vote { roll_call, date, .. } => {
                    assert!(*date < decision && !decided.contains(&roll_call.as_str()), "{}: {roll_call}", d.code)
                }
                _ => {}
            }
        }
    }
    // The Russian-led text brings back the false-news paragraph (the top rung) its 2019 text had dropped.
    let sovereignty = s.issue_index("sovereignty_content").unwrap();
    let on_content = |x: &[(usize, usize)]| x.iter().find(|&&(i, _)| i == sovereignty).map(|&(_, r)| r);
    assert_eq!(on_content(&s.texts[1].opening), Some(0));
    assert_eq!(on_content(&s.texts[1].last_year), None);
}

/// The 2025 scenario's evidence: every documented stance names its document and is dated before
/// the adoption on 11 July 2025; its members are those of that day; AI-only runs reach consensus
/// and move the thematic groups and stakeholder paragraphs where the final report put them.
#[test]
fn the_2025_scenario_rests_on_dated_named_evidence_and_lands_near_the_final_report() {
    use oewg_sim::model::scenario::{RealStanding, Source};
    let s = shipped("oewg_2025");
    let decision = jiff::civil::date(2025, 7, 11);
    assert_eq!(s.date, decision);
    assert_eq!(s.delegations.len(), 193, "the members as of July 2025");
    let mut documented = 0;
    for d in &s.delegations {
        for stance in &d.stances {
            match &stance.source {
                Source::Statement(e) | Source::Group(e) => {
                    documented += 1;
                    assert!(e.date < decision, "{}: {} is dated {}", d.code, e.document, e.date);
                    assert!(!e.document.trim().is_empty() && !e.says.trim().is_empty(), "{}: a named source", d.code);
                }
                Source::Vote { date, .. } => assert!(*date < decision, "{}: a vote of {date}", d.code),
                Source::Sponsorship { date: Some(date), .. } => assert!(*date < decision),
                Source::Estimate(why) => assert!(!why.trim().is_empty(), "{}: an estimate says why", d.code),
                Source::Sponsorship { .. } => {}
            }
        }
    }
    assert!(documented >= 40, "documented stances of the main delegations and groups: {documented}");
    // The comparison with the final report is history, never an input: it names its sources.
    assert!(s.history.final_text.len() >= 5);
    assert!(s.history.final_text.iter().all(|p| !p.source.is_empty()));
    let summary = oewg_sim::batch::simulate(s.clone(), 60, 1, 2, &|_| {});
    let text = &summary.texts[&s.texts[0].id];
    let consensus = text.outcomes["consensus"] + text.outcomes["consensus_with_chair_summary"];
    assert!(consensus * 2 > 60, "consensus in most runs: {:?}", text.outcomes);
    for issue in ["thematic_groups", "stakeholder_modalities"] {
        let c = text.against_final_text.iter().find(|c| c.issue == issue).unwrap();
        assert!(c.same_as_history > 0.5 && c.same_as_opening < 0.5, "{issue}: {c:?}");
    }
    let real = |id: &str| s.history.final_text.iter().find(|p| s.issues[p.issue].id == id).unwrap().stands;
    assert!(matches!(real("thematic_groups"), RealStanding::Text(_)));
}

/// A wording shows in another language only as the UN published it, with the document named; a
/// translation into a language the UN does not use, or without its source, is refused.
#[test]
fn a_wording_is_shown_in_the_uns_own_translation_and_nothing_else() {
    let mut s = toy(vec![("AAA", 80.0, 50.0, None, 1.0)]);
    s.issues[0].ladder[0].translations =
        vec![("fr".into(), "libellé publié par l'ONU".into(), "A/00/000 (version française), par. 1".into())];
    let (fr, ru) = (oewg_sim::text::Locale::load("fr").0, oewg_sim::text::Locale::load("ru").0);
    assert_eq!(fr.wording(&s, 0, 0), "libellé publié par l'ONU");
    assert_eq!(ru.wording(&s, 0, 0), s.issues[0].ladder[0].text, "no Russian text: English, not a guess");
    assert_eq!(oewg_sim::text::english().wording(&s, 0, 0), s.issues[0].ladder[0].text);
    let diags = broken(
        "issues.ron",
        |t| {
            t.replacen(
            "agreed: false, note: \"drafting in UN style, not a quotation; the demand of Iran",
            "agreed: false, translations: [Translation(language: \"de\", text: \"Beschließt\", source: \"\")], note: \"drafting in UN style, not a quotation; the demand of Iran",
            1,
        )
        },
        "oewg_2019.ron",
    );
    assert!(diags.iter().any(|d| d.message.contains("\"de\": expected one of ar, zh, fr, ru, es")), "{diags:?}");
    assert!(diags.iter().any(|d| d.message.contains("the UN document in that language")), "{diags:?}");
}

// ------------------------------------------------------------------ live odds

mod live_odds {
    use super::*;
    use oewg_sim::model::odds::{self, Start};

    /// A toy whose text BBB holds the pen on (a sponsor who concedes little), with its paragraph
    /// at `rung` of 100/70/40: AAA cannot accept more than 70 (its red line), BBB wants 100.
    fn red_line_toy(rung: usize) -> Arc<Scenario> {
        let mut s = toy(vec![
            ("AAA", 40.0, 60.0, Some(RedLine::AtMost(70.0)), 0.5),
            ("BBB", 100.0, 90.0, None, 1.0),
            ("CCC", 70.0, 30.0, None, 0.2),
        ]);
        s.texts[0].penholder = Penholder::Sponsor(1);
        s.texts[0].sponsors = vec![1];
        s.texts[0].opening = vec![(0, rung)];
        Arc::new(s)
    }

    /// The start at the first consultations.
    fn first_consultations(s: &Arc<Scenario>) -> Start {
        let mut session = Session::new(s.clone(), 1, false);
        while session.clock.phase != Phase::Consultations {
            session.step(&[]);
        }
        Start::new(&session, Some(&Room::opening(s, 1)), &[])
    }

    fn reword(rung: usize) -> Move {
        Move {
            by: Sender::Delegation(1),
            intent: Intent::ChairEdit { text: 0, edit: Edit::Reword { paragraph: 0, rung } },
        }
    }

    #[test]
    fn the_same_seed_gives_the_same_odds_whatever_the_threads() {
        let s = shipped("gge_2017");
        let mut session = Session::new(s.clone(), 1, true);
        while session.clock.phase != Phase::Consultations {
            session.step(&[]);
        }
        let start = Start::new(&session, Some(&Room::opening(&s, 1)), &[]);
        let one = odds::odds(&start, 24, 11, 1);
        assert_eq!(one, odds::odds(&start, 24, 11, 1));
        assert_eq!(one, odds::odds(&start, 24, 11, 2));
        assert_eq!(one, odds::odds(&start, 24, 11, 3));
        assert_eq!(one.runs, 24);
        assert_eq!(one.texts[0].by_outcome.iter().sum::<u32>(), 24);
        // Estimates are drawn afresh in each run: over runs the room does not always end alike.
        assert!(one.texts[0].consensus > 0.0 && one.texts[0].consensus < 1.0, "{one:?}");
    }

    #[test]
    fn a_wording_that_crosses_a_red_line_lowers_the_chance_and_one_that_meets_it_raises_it() {
        // The text meets AAA's red line: consensus; BBB rewording it to 100 crosses it.
        let s = red_line_toy(1);
        let start = first_consultations(&s);
        let before = odds::odds(&start, 8, 5, 2).texts[0].consensus;
        let crossing = odds::what_if(&start, &reword(0), 8, 5, 2).texts[0].consensus;
        assert!(crossing < before, "crossing {crossing} against {before}");
        // The text crosses it: no consensus; rewording it to 70 meets it.
        let s = red_line_toy(0);
        let start = first_consultations(&s);
        let before = odds::odds(&start, 8, 5, 2).texts[0].consensus;
        let meeting = odds::what_if(&start, &reword(1), 8, 5, 2).texts[0].consensus;
        assert!(meeting > before, "meeting {meeting} against {before}");
    }

    #[test]
    fn a_person_in_the_chair_is_not_second_guessed_by_the_runs() {
        // The chair's text crosses AAA's red line. With the AI in the chair, the runs have it meet the
        // line; with a person in it, the text stays as they leave it until they reword it themselves.
        let mut s = toy(vec![
            ("AAA", 40.0, 60.0, Some(RedLine::AtMost(70.0)), 0.5),
            ("BBB", 100.0, 90.0, None, 1.0),
            ("CCC", 70.0, 30.0, None, 0.2),
        ]);
        s.texts[0].opening = vec![(0, 0)];
        let s = Arc::new(s);
        let mut session = Session::new(s.clone(), 1, false);
        while session.clock.phase != Phase::Consultations {
            session.step(&[]);
        }
        let ai_chair = odds::odds(&Start::new(&session, Some(&Room::opening(&s, 1)), &[]), 8, 5, 2);
        session.seating.assign(Seat::Chair, Holder::Person);
        let person = Start::new(&session, Some(&Room::opening(&s, 1)), &[]);
        let as_left = odds::odds(&person, 8, 5, 2);
        let reword = Move {
            by: Sender::Chair,
            intent: Intent::ChairEdit { text: 0, edit: Edit::Reword { paragraph: 0, rung: 1 } },
        };
        let reworded = odds::what_if(&person, &reword, 8, 5, 2);
        assert_eq!(ai_chair.texts[0].consensus, 1.0, "{ai_chair:?}");
        assert_eq!(as_left.texts[0].consensus, 0.0, "{as_left:?}");
        assert_eq!(reworded.texts[0].consensus, 1.0, "{reworded:?}");
    }

    #[test]
    fn at_a_finished_session_the_odds_are_its_outcome() {
        for rung in [0, 1] {
            let s = red_line_toy(rung);
            let mut session = Session::new(s.clone(), 1, false);
            session.run();
            let consensus = session.conclusion(0).unwrap().outcome.by_consensus();
            let start = Start::new(&session, Some(&Room::opening(&s, 1)), &[]);
            let o = odds::odds(&start, 5, 9, 2);
            assert_eq!(o.texts[0].consensus, if consensus { 1.0 } else { 0.0 });
        }
    }
}

#[test]
fn the_room_is_laid_out_issue_by_issue_and_the_digest_still_reads_it_delegation_by_delegation() {
    use oewg_sim::model::digest::{Fnv, hash_declared};
    use std::hash::{Hash, Hasher};
    let s = shipped("oewg_2019");
    // Every stance where `Room::at` puts it, down the issue's column.
    let stated = Room::new(&s);
    for (d, delegation) in s.delegations.iter().enumerate() {
        for (i, stance) in delegation.stances.iter().enumerate() {
            assert_eq!(stated.at(d, i), i * s.delegations.len() + d);
            assert_eq!(stated.ideal[stated.at(d, i)], stance.ideal);
            assert_eq!(stated.red_line(d, i), stance.red_line);
            assert_eq!(stated.lines.contains(&(i, d)), stance.red_line.is_some());
        }
    }
    // Red lines declared in the talks, hashed as the whole table of cells in delegation order (what
    // every save's digests have read) and as the few known cells alone: the same fingerprint.
    let mut session = Session::new(s.clone(), 2, false);
    while session.clock.phase != Phase::Concluded && session.clock.round < 8 {
        session.step(&[]);
    }
    session.room.declare(192, 0);
    session.room.declare(0, s.issues.len() - 1);
    let room = &session.room;
    let table: Vec<bool> =
        (0..room.delegations).flat_map(|d| (0..room.issues).map(move |i| room.is_declared(d, i))).collect();
    assert!(table.iter().filter(|&&known| known).count() >= 3);
    let (mut whole, mut sparse) = (Fnv::default(), Fnv::default());
    table.hash(&mut whole);
    hash_declared(&mut sparse, room);
    assert_eq!(whole.finish(), sparse.finish());
}
