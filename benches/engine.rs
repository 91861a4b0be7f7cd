//! Criterion benchmarks: one delegation's evaluation, one round, one full
//! session of the default scenario. Run with `cargo bench`.

use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;

use bevy_egui::egui;
use criterion::{Criterion, criterion_group, criterion_main};
use oewg_sim::model::{Phase, Room, Session, evaluate};

fn engine(c: &mut Criterion) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/oewg_2019.ron");
    let scenario = Arc::new(oewg_sim::scenario::load(path).expect("default scenario loads"));
    let room = Room::new(&scenario);
    let positions = oewg_sim::model::Draft::opening(&scenario, 0).positions(&scenario.issues);

    c.bench_function("evaluate one delegation", |b| {
        b.iter(|| evaluate::assess(&scenario, &room, black_box(42), black_box(&positions)))
    });

    c.bench_function("one round (consultations and revision, 193 delegations)", |b| {
        let mut start = Session::new(scenario.clone(), 0, 1, false);
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
            let mut s = Session::new(scenario.clone(), 0, seed, false);
            black_box(s.run().outcome)
        })
    });
}

/// The session screen's panels for 193 delegations, built by egui without a
/// window: the part of a frame this code controls (the rest is rendering).
fn ui_frame(c: &mut Criterion) {
    use oewg_sim::ui::panels::{self, DraftUi, Role, SeatView};
    use oewg_sim::ui::views;
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/oewg_2019.ron");
    let scenario = Arc::new(oewg_sim::scenario::load(path).expect("default scenario loads"));
    let mut session = Session::new(scenario.clone(), 0, 1, true);
    while session.clock.phase != Phase::Consultations {
        session.step(&[]);
    }
    let (room, draft, record) = (session.room.clone(), session.draft.clone(), session.record.clone());
    let positions = draft.positions(&scenario.issues);
    let mut assessments = Vec::new();
    evaluate::assess_all(&scenario, &room, &positions, &mut assessments);
    let seats: Vec<SeatView> = scenario
        .delegations
        .iter()
        .enumerate()
        .map(|(index, d)| SeatView {
            index,
            code: d.code.clone(),
            name: d.name.clone(),
            verdict: assessments[index].kind,
            why: views::seat_reason(&scenario, &assessments[index]),
            groups: d.groups.clone(),
        })
        .collect();
    let cub = scenario.delegation_index("CUB").unwrap();
    let mut harness = egui_kittest::Harness::builder().with_size(egui::vec2(1280.0, 800.0)).build_ui_state(
        move |ui, state: &mut (DraftUi, Vec<panels::UiAction>)| {
            // What the session screen builds each frame from the model (the assessments come
            // ready from the ECS), then draws.
            let view = views::draft_view(&scenario, &room, &draft, &assessments, &[], Role::Delegation(cub), false);
            let inspector = views::inspector_view(&scenario, &room, &draft, &record, cub, Some(cub));
            panels::room_panel(ui, &seats, &[], &mut None, &mut state.1);
            panels::draft_panel(ui, &view, &mut state.0);
            panels::inspector_panel(ui, &inspector, &mut state.1);
        },
        (DraftUi::default(), Vec::new()),
    );
    c.bench_function("session screen panels, 193 delegations (egui, no rendering)", |b| b.iter(|| harness.step()));
}

criterion_group!(benches, engine, ui_frame);
criterion_main!(benches);
