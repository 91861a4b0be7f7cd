//! Criterion benchmarks: one delegation's evaluation, one round, one full session of
//! the default scenario, the live odds, and the session screen's panels. Run with `cargo bench`.

use std::hint::black_box;
use std::sync::Arc;

use criterion::{Criterion, criterion_group, criterion_main};
use oewg_sim::model::odds::{self, Start};
use oewg_sim::model::{Phase, Room, Session, evaluate};

fn default_scenario() -> Arc<oewg_sim::model::Scenario> {
    Arc::new(oewg_sim::scenario::load_named("oewg_2019").expect("default scenario loads").1)
}

fn engine(c: &mut Criterion) {
    let scenario = default_scenario();
    let room = Room::new(&scenario);
    let placements = oewg_sim::model::Draft::opening(&scenario, 0).placements(&scenario.issues);

    c.bench_function("evaluate one delegation", |b| {
        b.iter(|| evaluate::assess(&scenario, &room, black_box(42), black_box(&placements)))
    });

    c.bench_function("one round (consultations and revision, 193 delegations)", |b| {
        let mut start = Session::new(scenario.clone(), 1, false);
        while start.clock.phase != Phase::Consultations {
            start.step(&[]);
        }
        b.iter(|| {
            let mut s = start.clone();
            s.step(&[]);
            s.step(&[]);
            black_box(s.clock.round)
        })
    });

    c.bench_function("one full session of oewg_2019", |b| {
        let mut seed = 0;
        b.iter(|| {
            seed += 1;
            let mut s = Session::new(scenario.clone(), seed, false);
            s.run();
            black_box(s.conclusion(0).map(|c| c.outcome))
        })
    });
}

/// The live odds: 1,000 AI-only runs of the rest of `oewg_2019` from the opening of the zero
/// draft session (mid-session: six of its twelve rounds played), on two threads.
fn live_odds(c: &mut Criterion) {
    let scenario = default_scenario();
    let mut session = Session::new(scenario.clone(), 1, true);
    let zero = scenario.sessions.iter().position(|s| s.draft.as_deref() == Some("zero draft")).expect("a zero draft");
    let round = scenario.session_start(zero);
    while !(session.clock.phase == Phase::Consultations && session.clock.round >= round) {
        session.step(&[]);
    }
    let start = Start::new(&session, Some(&Room::opening(&scenario, 1)), &[]);
    let mut group = c.benchmark_group("odds");
    group.sample_size(10);
    group.bench_function("1,000 runs of oewg_2019 from the zero draft, 2 threads", |b| {
        b.iter(|| black_box(odds::odds(&start, 1000, 7, 2).texts[0].consensus))
    });
    group.finish();
}

/// The session screen's panels for 193 delegations, built by egui without a window: the
/// part of a frame this code controls (the rest is rendering).
#[cfg(feature = "window")]
fn ui_frame(c: &mut Criterion) {
    use bevy_egui::egui;
    use oewg_sim::model::Seat;
    use oewg_sim::ui::panels::{UiAction, draft, inspector, room};
    use oewg_sim::ui::views::{self, Table};
    let scenario = default_scenario();
    let mut session = Session::new(scenario.clone(), 1, true);
    while session.clock.phase != Phase::Consultations {
        session.step(&[]);
    }
    let placements = session.texts[0].draft.placements(&scenario.issues);
    let mut assessments = Vec::new();
    evaluate::assess_all(&scenario, &session.room, &placements, &mut assessments);
    let assessments = vec![assessments];
    let cub = scenario.delegation_index("CUB").unwrap();
    let l = oewg_sim::text::english();
    let mut harness = egui_kittest::Harness::builder().with_size(egui::vec2(1280.0, 800.0)).build_ui_state(
        move |ui, state: &mut (draft::DraftUi, room::RoomUi, Vec<UiAction>)| {
            // What the session screen builds each frame from the model (the assessments come
            // ready from the ECS), then draws.
            let table = Table {
                scenario: &scenario,
                room: &session.room,
                texts: &session.texts,
                assessments: &assessments,
                record: &session.record,
                clock: &session.clock,
                seating: &session.seating,
            };
            let seat = Some(Seat::Delegation(cub));
            let draft_view = views::draft_view(l, &table, 0, seat);
            let room_view = views::room_view(l, &table, 0, None, Some(cub));
            let inspector_view = views::inspector_view(l, &table, 0, cub, Some(cub));
            room::room_panel(ui, l, &room_view, &mut state.1, &mut state.2);
            draft::draft_panel(ui, l, &draft_view, &mut state.0);
            inspector::inspector_panel(ui, l, &inspector_view, &mut state.2);
        },
        (draft::DraftUi::default(), room::RoomUi::default(), Vec::new()),
    );
    c.bench_function("session screen panels, 193 delegations (egui, no rendering)", |b| b.iter(|| harness.step()));
}

#[cfg(not(feature = "window"))]
fn ui_frame(_: &mut Criterion) {}

criterion_group!(benches, engine, live_odds, ui_frame);
criterion_main!(benches);
