//! Criterion benchmarks: one delegation's evaluation, one round, one full
//! session of the default scenario. Run with `cargo bench`.

use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;

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

criterion_group!(benches, engine);
criterion_main!(benches);
