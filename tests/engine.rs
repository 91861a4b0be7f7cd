//! The engine: model rules, shipped scenarios, validation diagnostics and the
//! ECS loop. One test binary, to keep linking time down.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use oewg_sim::model::consensus::{self, Outcome};
use oewg_sim::model::evaluate::{self, VerdictKind};
use oewg_sim::model::scenario::*;
use oewg_sim::model::{Draft, Edit, Room, Session};
use oewg_sim::scenario::{self, Diagnostic};
use oewg_sim::sim;

fn scenarios_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios")
}

fn shipped(name: &str) -> Arc<Scenario> {
    Arc::new(scenario::load(scenarios_dir().join(name)).unwrap_or_else(|d| panic!("{name} must load:\n{d}")))
}

/// A small hand-made room: one issue on a ladder 100/70/40, `n` delegations.
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
        ladder: [100.0, 70.0, 40.0]
            .iter()
            .map(|&position| Wording { position, text: format!("at {position}"), agreed: false, note: String::new() })
            .collect(),
    };
    let delegations = stances
        .into_iter()
        .map(|(code, ideal, salience, red_line, influence)| Delegation {
            code: code.into(),
            name: format!("State {code}"),
            region: Region::African,
            groups: vec![],
            influence,
            stances: vec![Stance { ideal, salience, red_line, source: Source::Estimate("test".into()) }],
        })
        .collect();
    Scenario {
        id: "toy".into(),
        title: "Toy".into(),
        premise: String::new(),
        body: Body::Tutorial,
        year: 2019,
        fallback: Fallback::NoReport,
        rounds: 4,
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
            opening: vec![(0, 0)],
        }],
        history: History { outcome: String::new(), events: vec![], sources: vec![] },
    }
}

// ------------------------------------------------------------------ model

#[test]
fn a_crossed_red_line_gives_an_objection_naming_that_issue() {
    let s = toy(vec![("AAA", 90.0, 30.0, Some(RedLine::AtMost(70.0)), 0.2), ("BBB", 100.0, 50.0, None, 0.2)]);
    let room = Room::new(&s);
    let draft = Draft::opening(&s, 0); // the text stands at 100
    let verdict = evaluate::explain(&s, &room, 0, &draft);
    assert_eq!(verdict.kind, VerdictKind::Objects);
    let first = &verdict.reasons[0];
    assert!(first.red_line_crossed);
    assert_eq!(first.issue, 0);
    assert_eq!(first.paragraph, Some(0));
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
    draft.apply(&s.issues, Edit::Reword { paragraph: 0, rung: 2 }).unwrap();
    let after = evaluate::explain(&s, &room, 0, &draft);
    assert_eq!(after.kind, VerdictKind::Supports, "{after:?}");
}

#[test]
fn a_lone_small_objector_gives_way_where_a_major_one_does_not() {
    // Ideal 20, salience 40: at 100 the text is worth 10 + 8 - 32 = -14 points against no outcome.
    let small = toy(vec![("AAA", 20.0, 40.0, None, 0.2), ("BBB", 100.0, 50.0, None, 0.2)]);
    let room = Room::new(&small);
    let positions = Draft::opening(&small, 0).positions(&small.issues);
    let assessments: Vec<_> = (0..2).map(|d| evaluate::assess(&small, &room, d, &positions)).collect();
    assert_eq!(assessments[0].kind, VerdictKind::Objects);
    let gavel = consensus::call_for_adoption(&small, &room, &assessments);
    assert!(gavel.adopted(), "a small state alone should not block: {gavel:?}");
    assert_eq!(gavel.gave_way.len(), 1);

    let major = toy(vec![("AAA", 20.0, 40.0, None, 1.0), ("BBB", 100.0, 50.0, None, 0.2)]);
    let gavel = consensus::call_for_adoption(&major, &Room::new(&major), &assessments);
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
        let room = Room::new(&s);
        let positions = Draft::opening(&s, 0).positions(&s.issues);
        let a: Vec<_> = (0..s.delegations.len()).map(|d| evaluate::assess(&s, &room, d, &positions)).collect();
        assert_eq!(!consensus::call_for_adoption(&s, &room, &a).adopted(), blocks);
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
    let mut session = Session::new(s.clone(), 0, 7, true);
    let outcome = session.run().outcome;
    assert_eq!(outcome, Outcome::Consensus);
    assert_eq!(session.draft.paragraphs[0].rung, 1, "{:?}", session.record.entries);
}

#[test]
fn same_seed_same_session_bit_for_bit() {
    let s = shipped("oewg_2019.ron");
    let run = |seed| {
        let mut session = Session::new(s.clone(), 0, seed, true);
        session.run();
        session
    };
    let (a, b) = (run(42), run(42));
    assert_eq!(a.record, b.record);
    assert_eq!(a.room, b.room);
    assert_eq!(a.draft, b.draft);
    assert!(!a.record.entries.is_empty());
}

#[test]
fn forecasts_lie_within_the_scale_and_between_the_extremes() {
    let s = shipped("oewg_2019.ron");
    let room = Room::new(&s);
    for (i, f) in oewg_sim::model::forecast::forecast(&s, &room).iter().enumerate() {
        let lo = (0..s.delegations.len()).map(|d| room.ideal(d, i)).fold(f32::MAX, f32::min);
        let hi = (0..s.delegations.len()).map(|d| room.ideal(d, i)).fold(f32::MIN, f32::max);
        assert!(f.compromise >= lo - 1e-3 && f.compromise <= hi + 1e-3, "{}", s.issues[i].id);
        assert!((0.0..=100.0).contains(&f.nash));
    }
}

// ------------------------------------------------------------------ shipped scenarios

#[test]
fn every_shipped_file_validates() {
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
    assert!(count >= 9, "expected the five scenarios and four shared files, found {count}");
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
    let s = shipped("first_committee_2018.ron");
    let sponsors = s.rosters.iter().find(|r| r.id == "sponsors_L27_Rev1").unwrap();
    assert_eq!(sponsors.members, L27_SPONSORS);
    assert!(sponsors.verified);
    let l27 = &s.texts[s.text_index("A/C.1/73/L.27/Rev.1").unwrap()];
    assert_eq!(l27.sponsors.len(), 31);

    let gge = shipped("gge_2015.ron");
    let mut seated: Vec<&str> = gge.delegations.iter().map(|d| d.code.as_str()).collect();
    let mut expected = GGE_2015.to_vec();
    seated.sort();
    expected.sort();
    assert_eq!(seated, expected);
    let r = gge.rosters.iter().find(|r| r.id == "gge_2016_2017").unwrap();
    assert!(!r.verified, "the 2016/2017 list is unverified in the reference data");
}

#[test]
fn all_193_members_sit_in_the_oewg_with_sourced_stances() {
    let s = shipped("oewg_2019.ron");
    assert_eq!(s.delegations.len(), 193);
    assert_eq!(s.issues.len(), 21);
    for d in &s.delegations {
        assert_eq!(d.stances.len(), s.issues.len());
    }
    // Membership follows the scenario's year: the UK was still in the EU in 2019.
    let eu = s.group_index("EU").unwrap();
    assert!(s.delegations[s.delegation_index("GBR").unwrap()].groups.contains(&eu));
    assert_eq!(s.delegations.iter().filter(|d| d.groups.contains(&eu)).count(), 28);
    // Documented stances keep their source.
    let irn = &s.delegations[s.delegation_index("IRN").unwrap()];
    let binding = s.issue_index("binding_instrument").unwrap();
    assert!(matches!(irn.stances[binding].source, Source::Statement(_)));
}

// ------------------------------------------------------------------ broken files

/// Copies the shipped scenarios to a fresh folder, applies `edit` to one file and loads `load`.
fn broken(file: &str, edit: impl Fn(&str) -> String, load: &str) -> Vec<Diagnostic> {
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
    result.expect_err("the broken file must be refused").0
}

/// Line and column (1-based) of the first occurrence of `needle` in `text`.
fn position_of(text: &str, needle: &str) -> (usize, usize) {
    let at = text.find(needle).unwrap_or_else(|| panic!("{needle} not in text"));
    let line = text[..at].matches('\n').count() + 1;
    let col = at - text[..at].rfind('\n').map(|i| i + 1).unwrap_or(0) + 1;
    (line, col)
}

#[test]
fn a_syntax_error_names_file_line_and_column() {
    let diags = broken("oewg_2019.ron", |t| t.replacen("rounds: 12,", "rounds: 12,,", 1), "oewg_2019.ron");
    let text = std::fs::read_to_string(scenarios_dir().join("oewg_2019.ron")).unwrap();
    let (line, _) = position_of(&text, "rounds: 12,");
    assert_eq!(diags.len(), 1, "{diags:?}");
    assert!(diags[0].file.ends_with("oewg_2019.ron"));
    assert_eq!(diags[0].line, line);
    assert!(diags[0].col > 1);
}

#[test]
fn an_unknown_state_code_is_pointed_at() {
    let needle = "Rule(who: State(\"IND\")";
    let diags = broken("stances.ron", |t| t.replace(needle, "Rule(who: State(\"XYZ\")"), "oewg_2019.ron");
    let text = std::fs::read_to_string(scenarios_dir().join("stances.ron")).unwrap();
    let (line, col) = position_of(&text, "State(\"IND\")");
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
    let text = std::fs::read_to_string(scenarios_dir().join("stances.ron")).unwrap();
    assert_eq!(diags.len(), 2, "{diags:?}");
    let salience_line = position_of(&text, "issue: \"capacity_building\", ideal: 100.0, salience: 70.0").0;
    assert!(diags.iter().any(|d| d.line == salience_line && d.message.contains("salience is 170")));
    let issue_at = position_of(&text, "issue: \"peaceful_purposes\", ideal: 100.0, salience: 70.0");
    let unknown = diags.iter().find(|d| d.message.contains("peaceful_porpoises")).expect("unknown issue reported");
    assert_eq!((unknown.line, unknown.col), (issue_at.0, issue_at.1 + "issue: ".len()));

    let dup = broken("member_states.ron", |t| t.replacen("code: \"AGO\"", "code: \"AFG\"", 1), "member_states.ron");
    let text = std::fs::read_to_string(scenarios_dir().join("member_states.ron")).unwrap();
    let (line, _) = position_of(&text, "code: \"AGO\"");
    assert!(dup.iter().any(|d| d.line == line && d.message.contains("duplicate state")), "{dup:?}");
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
    let text = std::fs::read_to_string(scenarios_dir().join("tutorial.ron")).unwrap();
    let (line, col) = position_of(&text, "rung: 0");
    assert_eq!((diags[0].line, diags[0].col), (line, col + "rung: ".len()));
    assert!(diags[0].message.contains("rung 9"));
}

// ------------------------------------------------------------------ the ECS loop

fn setup_of(s: &Arc<Scenario>, seed: u64, player_chair: bool) -> sim::SessionSetup {
    let start = oewg_sim::model::save::Start { text: 0, seed, players: vec![], player_chair };
    sim::SessionSetup::new(s.clone(), s.id.clone(), &start)
}

#[test]
fn a_full_session_runs_headless_through_the_ecs_and_matches_the_model() {
    let s = shipped("tutorial.ron");
    let setup = setup_of(&s, 9, false);
    let mut app = sim::headless_app(setup);
    assert!(sim::run_headless(&mut app, 500), "the session must conclude");
    // One assessment pass serves the seats and the window.
    let assessments = app.world().resource::<sim::Assessments>().0.clone();
    assert_eq!(assessments.len(), s.delegations.len());
    let mut seats = app.world_mut().query::<(&sim::Seat, &sim::CurrentVerdict)>();
    for (seat, verdict) in seats.iter(app.world()) {
        assert_eq!(verdict.0, assessments[seat.index].kind, "{}", seat.code);
    }
    let record = &app.world().resource::<sim::SessionRecord>().0;
    let conclusion = record.conclusion.clone().expect("concluded");

    let mut session = Session::new(s, 0, 9, true);
    session.run();
    assert_eq!(&session.record, record, "ECS and model must give the same session");
    let state = app.world().resource::<bevy::state::state::State<sim::SessionPhase>>();
    assert_eq!(*state.get(), sim::SessionPhase::Concluded);
    assert!(Outcome::ALL.contains(&conclusion.outcome));
}

#[test]
fn lobbying_moves_a_target_toward_the_text_and_spends_capital() {
    let mut s = toy(vec![("AAA", 100.0, 30.0, None, 1.0), ("BBB", 20.0, 30.0, None, 0.2)]);
    s.params.capital = 100.0;
    let mut room = Room::new(&s);
    let mut rng = <rand_chacha::ChaCha8Rng as rand::SeedableRng>::seed_from_u64(3);
    let moved = (0..20).filter(|_| oewg_sim::model::ai::lobby(&s, &mut room, &mut rng, 0, 1, 0, 100.0)).count();
    assert!(moved > 0);
    assert!(room.ideal(1, 0) > 20.0 && room.ideal(1, 0) <= 100.0);
    assert_eq!(room.capital[0], 100.0 - 20.0 * oewg_sim::model::ai::LOBBY_COST);
    // Without capital, nothing happens.
    room.capital[0] = 0.0;
    let before = room.ideal(1, 0);
    assert!(!oewg_sim::model::ai::lobby(&s, &mut room, &mut rng, 0, 1, 0, 100.0));
    assert_eq!(room.ideal(1, 0), before);
}

#[test]
fn members_of_a_negotiating_group_move_toward_each_other() {
    let mut s =
        toy(vec![("AAA", 20.0, 10.0, None, 0.2), ("BBB", 80.0, 10.0, None, 0.2), ("CCC", 0.0, 10.0, None, 0.2)]);
    s.groups = vec![Group { id: "EU".into(), name: "European Union".into(), source: String::new(), verified: true }];
    s.delegations[0].groups = vec![0];
    s.delegations[1].groups = vec![0];
    let mut room = Room::new(&s);
    let members = oewg_sim::model::session::group_members(&s);
    oewg_sim::model::ai::group_cohesion(&s, &mut room, &members);
    let gap = room.ideal(1, 0) - room.ideal(0, 0);
    assert!(gap < 60.0 && gap > 0.0, "{gap}");
    assert_eq!(room.ideal(2, 0), 0.0, "a state outside the group does not move");
}

#[test]
fn a_recorded_vote_follows_the_verdict() {
    let s = toy(vec![
        ("AAA", 100.0, 50.0, None, 0.2),
        ("BBB", 0.0, 90.0, Some(RedLine::AtMost(40.0)), 0.2),
        ("CCC", 0.0, 90.0, Some(RedLine::AtMost(40.0)), 0.2),
    ]);
    let room = Room::new(&s);
    let positions = Draft::opening(&s, 0).positions(&s.issues);
    let a: Vec<_> = (0..3).map(|d| evaluate::assess(&s, &room, d, &positions)).collect();
    use consensus::Vote;
    assert_eq!(consensus::vote(&a[0], false, Default::default()), Vote::Yes);
    assert_eq!(consensus::vote(&a[1], false, Default::default()), Vote::No);
    assert_eq!(consensus::vote(&a[2], true, Default::default()), Vote::Yes, "sponsors vote for their own text");
}

#[test]
fn where_the_body_has_a_chairs_summary_contested_text_goes_there() {
    let mut s = toy(vec![
        ("AAA", 0.0, 80.0, Some(RedLine::AtMost(30.0)), 1.0),
        ("BBB", 100.0, 30.0, None, 0.2),
        ("CCC", 100.0, 30.0, None, 0.2),
    ]);
    s.fallback = Fallback::ChairSummary;
    let s = Arc::new(s);
    let mut session = Session::new(s, 0, 1, true);
    // Room::drawn may drop an estimated red line; this test needs it.
    session.room = Room::new(&session.scenario);
    let conclusion = session.run().clone();
    assert_eq!(conclusion.outcome, Outcome::ConsensusWithChairSummary, "{:#?}", session.record.entries);
    assert_eq!(session.draft.paragraphs[0].status, oewg_sim::model::ParagraphStatus::ChairSummary);
}

#[test]
fn a_players_intent_reaches_the_model_through_the_ecs() {
    let s = shipped("tutorial.ron");
    let setup = setup_of(&s, 2, true);
    let mut app = sim::headless_app(setup);
    app.world_mut()
        .write_message(sim::IntentMessage(oewg_sim::model::Intent::ChairEdit(Edit::Delete { paragraph: 2 })));
    assert!(sim::run_headless(&mut app, 500));
    let draft = &app.world().resource::<sim::DraftText>().0;
    assert_eq!(draft.paragraphs[2].status, oewg_sim::model::ParagraphStatus::Deleted);
    let record = &app.world().resource::<sim::SessionRecord>().0;
    assert!(record.entries.iter().any(|e| e.text.contains("paragraph 3") && e.text.contains("deleted")));
}

#[test]
fn truncated_and_garbled_files_are_refused_without_a_panic() {
    let dir = std::env::temp_dir().join(format!("oewg-garbled-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // The intact shared files sit beside the garbled scenarios they are referred to by.
    for entry in std::fs::read_dir(scenarios_dir()).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
    }
    for name in ["tutorial.ron", "issues.ron", "stances.ron", "rosters.ron"] {
        let text = std::fs::read_to_string(scenarios_dir().join(name)).unwrap();
        let chars: Vec<char> = text.chars().collect();
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

#[test]
fn a_chair_played_by_a_person_calls_for_adoption() {
    let s = shipped("tutorial.ron");
    let setup = setup_of(&s, 4, true);
    let mut app = sim::headless_app(setup);
    app.world_mut().write_message(sim::IntentMessage(oewg_sim::model::Intent::CallForAdoption));
    assert!(sim::run_headless(&mut app, 500));
    let record = &app.world().resource::<sim::SessionRecord>().0;
    let conclusion = record.conclusion.as_ref().unwrap();
    assert_eq!(conclusion.round, 1, "the call is answered after the first revision");
    // The person holds the pen: the AI made no revision before the question was put.
    use oewg_sim::model::record::EntryKind;
    let question = record.entries.iter().position(|e| e.kind == EntryKind::Adoption).unwrap();
    assert!(!record.entries[..question].iter().any(|e| e.kind == EntryKind::Revision));
    // Blocked, the tutorial's fallback applies whoever holds the pen: the chair's summary.
    let blocked = record.entries[question..].iter().any(|e| e.text.contains("chair's summary"));
    assert_eq!(blocked, record.drafts.last().unwrap().in_chair_summary().next().is_some());
    assert!(conclusion.outcome.by_consensus(), "{:?}", conclusion.outcome);
}

// ------------------------------------------------------------------ saves

#[test]
fn a_saved_session_replays_to_the_same_state_bit_for_bit() {
    use oewg_sim::model::Intent;
    use oewg_sim::model::save::{SaveGame, Start};
    let s = shipped("tutorial.ron");
    let cub = s.delegation_index("CUB").unwrap();
    let usa = s.delegation_index("USA").unwrap();
    let start = Start { text: 0, seed: 5, players: vec![cub], player_chair: false };
    let mut session = Session::with_players(s.clone(), 0, 5, &[cub], false, true);
    let mut steps = Vec::new();
    let mut waiting = vec![
        Intent::Lobby { by: cub, target: usa, issue: 2 },
        Intent::Propose { by: cub, edit: Edit::Reword { paragraph: 2, rung: 2 } },
    ];
    for _ in 0..5 {
        let intents = oewg_sim::model::session::take_intents(session.clock.phase, &mut waiting);
        session.step(&intents);
        steps.push(intents);
    }
    assert!(waiting.is_empty(), "the consultations took both intents");
    let save = SaveGame::of(&session, "tutorial", &start, &steps);
    let text = save.to_ron();
    let loaded = SaveGame::from_ron(&text).expect("a save reads back");
    assert_eq!(loaded, save);
    let (_, replayed) = loaded.replay(s.clone()).expect("the replay reaches the saved point");
    assert_eq!(replayed.record.entries, session.record.entries);
    assert_eq!(replayed.draft, session.draft);
    let bits = |r: &Room| r.ideal.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
    assert_eq!(bits(&replayed.room), bits(&session.room));
    assert!(
        replayed.record.entries.iter().any(|e| e.text.starts_with("proposes")),
        "the player's amendment is in the record"
    );
    // Both go on to the same end.
    let (mut a, mut b) = (replayed, session);
    assert_eq!(a.run().outcome, b.run().outcome);
    assert_eq!(a.record.entries, b.record.entries);
}

#[test]
fn a_bad_save_is_refused_with_a_reason() {
    use oewg_sim::model::Intent;
    use oewg_sim::model::save::{SaveError, SaveGame, Start};
    let s = shipped("tutorial.ron");
    let start = Start { text: 0, seed: 1, players: vec![], player_chair: true };
    let mut session = Session::with_players(s.clone(), 0, 1, &[], true, true);
    session.step(&[]);
    let good = SaveGame::of(&session, "tutorial", &start, &[vec![]]);

    assert!(matches!(SaveGame::from_ron("SaveGame(format: 1,"), Err(SaveError::Syntax(_))));
    let mut other = good.clone();
    other.scenario_id = "gge_2015".into();
    assert!(matches!(other.replay(s.clone()), Err(SaveError::OtherScenario { .. })));
    let mut seat = good.clone();
    seat.players = vec!["XXX".into()];
    assert_eq!(
        seat.replay(s.clone()).unwrap_err(),
        SaveError::NoSeat { scenario: "tutorial".into(), code: "XXX".into() }
    );
    let mut intent = good.clone();
    intent.steps = vec![vec![Intent::Lobby { by: 0, target: 999, issue: 0 }]];
    assert!(matches!(intent.replay(s.clone()), Err(SaveError::BadIntent { step: 0, .. })));
    let mut diverged = good.clone();
    diverged.entries += 1;
    assert!(matches!(diverged.replay(s.clone()), Err(SaveError::Diverged { .. })));
    let mut future = good.clone();
    future.format = 99;
    assert_eq!(SaveGame::from_ron(&future.to_ron()).unwrap_err(), SaveError::Format { found: 99 });
    assert!(good.replay(s).is_ok());
}

#[test]
fn a_chair_edit_sent_during_the_revision_waits_for_the_next_consultations() {
    use oewg_sim::model::Intent;
    use oewg_sim::model::session::take_intents;
    let edit = Intent::ChairEdit(Edit::Delete { paragraph: 0 });
    let mut waiting = vec![edit, Intent::CallForAdoption];
    assert!(take_intents(oewg_sim::model::Phase::Revision, &mut waiting) == vec![Intent::CallForAdoption]);
    assert_eq!(waiting, vec![edit]);
    assert_eq!(take_intents(oewg_sim::model::Phase::Consultations, &mut waiting), vec![edit]);
    assert!(waiting.is_empty());
}

// ------------------------------------------------------------------ the lexicon

#[test]
fn free_text_is_read_as_an_issue_and_a_step_on_its_ladder() {
    use oewg_sim::model::lexicon::read;
    let s = shipped("oewg_2019.ron");
    let binding = s.issue_index("binding_instrument").unwrap();
    let reading = read(&s, "The Group decides to begin negotiations on a legally binding treaty on ICT security.");
    assert_eq!(reading.issue, Some(binding));
    assert_eq!(reading.rung, 0, "'decides to begin negotiations' is the strongest step");
    assert!(reading.matched.contains(&"legally binding".to_string()));
    let weak = read(&s, "We take note of proposals by some States for a legally binding instrument.");
    assert_eq!((weak.issue, weak.rung), (Some(binding), 3));

    let ihl = s.issue_index("international_humanitarian_law").unwrap();
    let both = read(&s, "International humanitarian law applies; multistakeholder participation is welcome.");
    assert_eq!(both.issue, Some(ihl), "three keyword words beat one");
    assert_eq!(both.also, vec![s.issue_index("multistakeholder").unwrap()]);

    let nothing = read(&s, "We thank the Chair for his tireless efforts.");
    assert_eq!(nothing.issue, None);
    assert!(nothing.matched.is_empty());
}

// ------------------------------------------------------------------ instructions and debrief

#[test]
fn the_capital_instructs_in_the_words_of_the_ladder_and_the_debrief_marks_against_it() {
    use oewg_sim::model::brief;
    use rand::SeedableRng;
    let s = shipped("tutorial.ron");
    let cub = s.delegation_index("CUB").unwrap();
    let room = Room::drawn(&s, &mut rand_chacha::ChaCha8Rng::seed_from_u64(1));
    let brief = brief::instructions(&s, &room, cub);
    assert_eq!(brief.to, "Cuba");
    assert_eq!(brief.priorities.len(), 4);
    assert!(brief.priorities.windows(2).all(|w| w[0].salience >= w[1].salience), "most salient first");
    for r in &brief.red_lines {
        assert_eq!(room.red_line(cub, r.issue), Some(r.line));
        assert!(r.order.starts_with("Object"), "{}", r.order);
    }
    // A red line at most 40 on the toy ladder 100/70/40: the strongest acceptable wording is "at 40".
    let toy = toy(vec![("AAA", 50.0, 1.0, None, 0.2)]);
    assert_eq!(brief::red_line_order(&toy, 0, RedLine::AtMost(50.0)), "Object to anything stronger than \"at 40\"");
    assert_eq!(
        brief::red_line_order(&toy, 0, RedLine::AtLeast(60.0)),
        "Object unless the text says at least \"at 70\""
    );
    assert_eq!(brief::red_line_order(&toy, 0, RedLine::AtMost(10.0)), "Object to any paragraph on this issue");

    let mut session = Session::with_players(s.clone(), 0, 1, &[cub], false, true);
    session.run();
    let last = session.record.drafts.last().unwrap();
    let marks = brief::delegation_marks(&s, &session.room, cub, &session.record, last);
    let positions = last.positions(&s.issues);
    let crossed =
        (0..s.issues.len()).filter(|&i| session.room.red_line(cub, i).is_some_and(|r| r.crossed_by(positions[i])));
    let red_marks_failed = marks.iter().filter(|m| m.text.starts_with("Red line") && !m.met).count();
    assert_eq!(red_marks_failed, crossed.count());
    assert_eq!(marks[0].met, session.record.conclusion.as_ref().unwrap().outcome.adopted());

    let opening = &session.record.drafts[0];
    let changes: Vec<String> =
        session.record.drafts.windows(2).flat_map(|w| brief::changes(&s, &w[0], &w[1])).collect();
    let changed = opening.paragraphs.iter().zip(&last.paragraphs).any(|(a, b)| a != b)
        || opening.paragraphs.len() != last.paragraphs.len();
    assert_eq!(!changes.is_empty(), changed, "{changes:?}");
}

#[test]
fn lobbying_spends_capital_and_says_so_when_it_runs_out() {
    use oewg_sim::model::Intent;
    let s = shipped("tutorial.ron");
    let cub = s.delegation_index("CUB").unwrap();
    let usa = s.delegation_index("USA").unwrap();
    let mut session = Session::with_players(s.clone(), 0, 1, &[cub], false, true);
    session.step(&[]);
    session.step(&[]);
    let capital = session.room.capital[cub];
    let attempts = (capital / oewg_sim::model::ai::LOBBY_COST) as usize;
    let lobbies = vec![Intent::Lobby { by: cub, target: usa, issue: 2 }; attempts + 1];
    session.step(&lobbies);
    assert_eq!(session.room.capital[cub], capital - attempts as f32 * oewg_sim::model::ai::LOBBY_COST);
    let last = session.record.entries.iter().rev().find(|e| e.speaker.is(cub)).unwrap();
    assert_eq!(last.text, "has no diplomatic capital left to lobby United States of America");
}

#[test]
fn a_keyword_phrase_found_in_a_wording_pulls_the_reading_to_it() {
    use oewg_sim::model::lexicon::read;
    let s = shipped("tutorial.ron");
    let reading =
        read(&s, "Calls upon all States to use ICTs exclusively for peaceful purposes and to prevent an arms race");
    let issue = s.issue_index("peaceful_purposes").unwrap();
    assert_eq!(reading.issue, Some(issue));
    assert!(s.issues[issue].ladder[reading.rung].text.contains("exclusively for peaceful purposes"), "{reading:?}");
}

#[test]
fn a_delegation_that_asks_for_brackets_gets_them() {
    use oewg_sim::model::{Intent, ParagraphStatus, Phase};
    let s = shipped("tutorial.ron");
    let bra = s.delegation_index("BRA").unwrap();
    let mut session = Session::with_players(s.clone(), 0, 1, &[bra], false, true);
    session.step(&[]);
    session.step(&[]);
    assert_eq!(session.draft.paragraphs[1].status, ParagraphStatus::Text, "the supply-chain paragraph is agreed");
    session.step(&[Intent::Propose { by: bra, edit: Edit::Bracket { paragraph: 1 } }]);
    assert_eq!(session.clock.phase, Phase::Revision);
    session.step(&[]);
    assert_eq!(session.draft.paragraphs[1].status, ParagraphStatus::Bracketed);
}

#[test]
fn a_person_decides_at_the_gavel_object_or_join() {
    use oewg_sim::model::{Intent, Stand};
    let s = shipped("gge_2015.ron");
    // AI-only, the 2015 GGE reaches consensus (see the batch figures).
    let mut ai = Session::new(s.clone(), 0, 1, true);
    assert!(ai.run().outcome.by_consensus());

    let bra = s.delegation_index("BRA").unwrap();
    let mut blocker = Session::with_players(s.clone(), 0, 1, &[bra], false, true);
    blocker.step(&[Intent::Declare { by: bra, stand: Stand::Object }]);
    let conclusion = blocker.run().clone();
    assert_eq!(conclusion.outcome, Outcome::NoConsensus);
    assert_eq!(conclusion.gavel.blockers.iter().map(|o| o.delegation).collect::<Vec<_>>(), vec![bra]);
    assert!(blocker.record.entries.iter().any(|e| e.text.contains("will not be able to join consensus")));

    // A delegation that objects but declares it will join gives way, with an explanation of position.
    let s = shipped("gge_2017.ron");
    let usa = s.delegation_index("USA").unwrap();
    let mut seed = 1;
    let blocked = loop {
        let mut session = Session::new(s.clone(), 0, seed, true);
        let c = session.run().clone();
        if c.gavel.blockers.iter().any(|o| o.delegation == usa) {
            break seed;
        }
        seed += 1;
        assert!(seed < 50, "the US blocks in most runs of gge_2017");
    };
    let mut joining = Session::with_players(s.clone(), 0, blocked, &[usa], false, true);
    joining.step(&[Intent::Declare { by: usa, stand: Stand::JoinConsensus }]);
    let c = joining.run().clone();
    assert!(!c.gavel.blockers.iter().any(|o| o.delegation == usa));
    assert!(c.gavel.gave_way.iter().any(|o| o.delegation == usa), "{c:?}");
}
