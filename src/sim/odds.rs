//! The live odds of the running session (`model::odds`), worked out on a thread of their own so
//! that no frame waits for them. When the session's state changes (its fingerprint, the moves
//! waiting included), a job goes to the worker; a newer job cancels the one under way, so only
//! the latest state is worked out. Until the answer comes, the last odds stay shown, marked as
//! being recomputed. When nothing changes, nothing is computed. The worker wakes whoever runs
//! the app (`OddsWaker`: the window's event loop, the headless host's loop) once per answer.
//!
//! A what-if: the screen names one move (`WhatIfAsk`), the students of a class one each
//! (`SharedWhatIfs`); each is worked out with fewer runs (`WHAT_IF_RUNS`) against a baseline of the
//! same runs and seeds, computed once per state.

use std::hash::Hasher;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};

use bevy::prelude::*;

use crate::model::Move;
use crate::model::digest::{Fnv, digest};
use crate::model::odds::{self, LIVE_RUNS, LIVE_SEED, Odds, Start, WHAT_IF_RUNS};
use crate::sim::{
    ActiveScenario, OpeningRoom, RoomState, SessionAgenda, SessionClock, SessionRecord, SessionSeating, SimSet, Texts,
};

/// Wakes whoever runs the app when an answer is ready (the window sleeps while nothing changes).
#[derive(Resource, Clone)]
pub struct OddsWaker(pub Arc<dyn Fn() + Send + Sync>);

/// A what-if the screen wants: one move (a proposal, a penholder's edit) made now. `None`: none.
#[derive(Resource, Default, Debug, Clone, PartialEq)]
pub struct WhatIfAsk(pub Option<Move>);

/// What-ifs asked from elsewhere: one per student of a class, at most `MAX_SHARED_WHAT_IFS`.
#[derive(Resource, Default, Debug, Clone, PartialEq)]
pub struct SharedWhatIfs(pub Vec<Move>);

/// The most what-ifs worked out for one state (a class of 40 and the instructor's screen fit).
pub const MAX_SHARED_WHAT_IFS: usize = 64;

/// A what-if answered, for the state it was worked out from.
#[derive(Debug, Clone, PartialEq)]
pub struct WhatIf {
    pub state: u64,
    pub mv: Move,
    /// With the move, and without it, over the same runs and seeds.
    pub with: Arc<Odds>,
    pub without: Arc<Odds>,
}

/// The live odds and the last what-if, as the screens and the host read them.
#[derive(Resource, Default, Debug, Clone)]
pub struct LiveOdds {
    /// The odds shown, and the fingerprint of the state they are for.
    pub odds: Option<(u64, Arc<Odds>)>,
    /// The state's fingerprint now: the odds are being recomputed when it differs from theirs.
    pub state: u64,
    /// The what-ifs answered for the state as it stands (older ones are dropped).
    pub what_ifs: Vec<WhatIf>,
}

impl LiveOdds {
    /// Whether odds for the state as it stands are still being worked out.
    pub fn computing(&self) -> bool {
        self.odds.as_ref().is_none_or(|(s, _)| *s != self.state)
    }

    /// The answer to `mv` for the state as it stands, if it has come.
    pub fn what_if_for(&self, mv: &Move) -> Option<&WhatIf> {
        self.what_ifs.iter().find(|w| w.state == self.state && w.mv == *mv)
    }
}

enum Job {
    Live { generation: u64, state: u64, start: Box<Start> },
    WhatIf { generation: u64, state: u64, start: Box<Start>, moves: Vec<Move> },
}

enum Answer {
    Live { state: u64, odds: Odds },
    WhatIf(WhatIf),
}

/// The channel to the worker thread, started with the first job.
#[derive(Resource, Default)]
struct Worker {
    jobs: Option<Sender<Job>>,
    answers: Option<Mutex<Receiver<Answer>>>,
    /// The newest job of each kind: an older one stops at its next run.
    live: Arc<AtomicU64>,
    what_if: Arc<AtomicU64>,
    /// What was last asked, so a job is sent only when that changes.
    asked_live: Option<u64>,
    asked_what_if: Option<(u64, Vec<Move>)>,
}

impl Worker {
    fn send(&mut self, job: Job, waker: Option<OddsWaker>) {
        if self.jobs.is_none() {
            let (jobs, inbox) = channel::<Job>();
            let (outbox, answers) = channel::<Answer>();
            let (live, what_if) = (self.live.clone(), self.what_if.clone());
            let spawned = std::thread::Builder::new()
                .name("odds".into())
                .spawn(move || work(inbox, outbox, live, what_if, waker));
            if spawned.is_err() {
                warn!("the odds could not get a thread of their own: none will show");
                return;
            }
            self.jobs = Some(jobs);
            self.answers = Some(Mutex::new(answers));
        }
        if let Some(jobs) = &self.jobs {
            let _ = jobs.send(job);
        }
    }
}

/// The worker: takes the newest job of each kind, works it out unless a newer one comes.
fn work(
    inbox: Receiver<Job>,
    outbox: Sender<Answer>,
    live: Arc<AtomicU64>,
    what_if: Arc<AtomicU64>,
    waker: Option<OddsWaker>,
) {
    let threads = odds::live_threads();
    while let Ok(first) = inbox.recv() {
        let (mut next_live, mut next_what_if) = (None, None);
        for job in std::iter::once(first).chain(inbox.try_iter()) {
            match job {
                Job::Live { .. } => next_live = Some(job),
                Job::WhatIf { .. } => next_what_if = Some(job),
            }
        }
        let mut answered = false;
        if let Some(Job::Live { generation, state, start }) = next_live {
            let stale = || live.load(Ordering::Relaxed) != generation;
            if let Some(odds) = odds::odds_until(&start, LIVE_RUNS, LIVE_SEED, threads, &stale) {
                answered |= outbox.send(Answer::Live { state, odds }).is_ok();
            }
        }
        if let Some(Job::WhatIf { generation, state, start, moves }) = next_what_if {
            let stale = || what_if.load(Ordering::Relaxed) != generation;
            // One baseline for every move of the job: the same runs and seeds.
            if let Some(without) = odds::odds_until(&start, WHAT_IF_RUNS, LIVE_SEED, threads, &stale) {
                let without = Arc::new(without);
                for mv in moves {
                    let Some(with) = odds::what_if_until(&start, &mv, WHAT_IF_RUNS, LIVE_SEED, threads, &stale) else {
                        break;
                    };
                    let answer = WhatIf { state, mv, with: Arc::new(with), without: without.clone() };
                    // Each answer as it comes: a class's first student need not wait for the last.
                    if outbox.send(Answer::WhatIf(answer)).is_ok()
                        && let Some(OddsWaker(wake)) = &waker
                    {
                        wake();
                    }
                }
            }
        }
        if answered && let Some(OddsWaker(wake)) = &waker {
            wake();
        }
    }
}

pub struct OddsPlugin;

impl Plugin for OddsPlugin {
    fn build(&self, app: &mut App) {
        app.init_resource::<LiveOdds>()
            .init_resource::<WhatIfAsk>()
            .init_resource::<SharedWhatIfs>()
            .init_resource::<Worker>()
            .add_systems(
                Update,
                (ask_for_odds, take_answers).chain().after(SimSet).run_if(resource_exists::<SessionClock>),
            );
    }
}

/// What the odds are worked out from, read-only.
#[derive(bevy::ecs::system::SystemParam)]
struct OddsSource<'w> {
    scenario: Res<'w, ActiveScenario>,
    room: Res<'w, RoomState>,
    texts: Res<'w, Texts>,
    clock: Res<'w, SessionClock>,
    record: Res<'w, SessionRecord>,
    seating: Res<'w, SessionSeating>,
    agenda: Res<'w, SessionAgenda>,
    opening: Option<Res<'w, OpeningRoom>>,
}

impl OddsSource<'_> {
    fn changed(&self) -> bool {
        self.room.is_changed()
            || self.texts.is_changed()
            || self.clock.is_changed()
            || self.record.is_changed()
            || self.seating.is_changed()
            || self.agenda.is_changed()
            || self.opening.as_ref().is_some_and(|o| o.is_changed())
    }

    fn start(&self) -> Start {
        let waiting: Vec<Move> = self.agenda.waiting.iter().map(|w| w.mv.clone()).collect();
        let opening = self.opening.as_ref().map(|o| &o.0);
        let parts = odds::Parts { room: &self.room, texts: &self.texts, clock: self.clock.0, record: &self.record };
        Start::of(&self.scenario.0, parts, &self.seating.0, opening, &waiting)
    }
}

/// The fingerprint of a start: the model's digest and the moves waiting.
fn fingerprint(start: &Start) -> u64 {
    let mut h = Fnv::default();
    h.write_u64(digest(start.session()));
    // Moves are plain data; their debug form names every field.
    h.write(format!("{:?}", start.waiting()).as_bytes());
    h.finish()
}

fn ask_for_odds(
    source: OddsSource,
    ask: Res<WhatIfAsk>,
    shared: Res<SharedWhatIfs>,
    waker: Option<Res<OddsWaker>>,
    mut worker: ResMut<Worker>,
    mut live: ResMut<LiveOdds>,
    mut start: Local<Option<Start>>,
) {
    if !source.changed() && !ask.is_changed() && !shared.is_changed() && start.is_some() {
        return;
    }
    if source.changed() || start.is_none() {
        let fresh = source.start();
        let state = fingerprint(&fresh);
        // Read before writing: the resource counts as changed only when the state did.
        if live.state != state {
            live.state = state;
        }
        *start = Some(fresh);
    }
    let Some(from) = start.as_ref() else { return };
    let state = live.state;
    let waker = waker.map(|w| w.clone());
    if worker.asked_live != Some(state) {
        worker.asked_live = Some(state);
        let generation = worker.live.fetch_add(1, Ordering::Relaxed) + 1;
        worker.send(Job::Live { generation, state, start: Box::new(from.clone()) }, waker.clone());
    }
    // The screen's what-if first, then the class's, each once.
    let mut wanted: Vec<Move> = Vec::new();
    for mv in ask.0.iter().chain(&shared.0) {
        if !wanted.contains(mv) && wanted.len() < MAX_SHARED_WHAT_IFS {
            wanted.push(mv.clone());
        }
    }
    if !wanted.is_empty() && worker.asked_what_if.as_ref().is_none_or(|(s, w)| *s != state || *w != wanted) {
        let moves: Vec<Move> = wanted.iter().filter(|mv| live.what_if_for(mv).is_none()).cloned().collect();
        worker.asked_what_if = Some((state, wanted));
        if !moves.is_empty() {
            let generation = worker.what_if.fetch_add(1, Ordering::Relaxed) + 1;
            worker.send(Job::WhatIf { generation, state, start: Box::new(from.clone()), moves }, waker);
        }
    }
}

fn take_answers(worker: Res<Worker>, mut live: ResMut<LiveOdds>) {
    let Some(answers) = &worker.answers else { return };
    let Ok(answers) = answers.lock() else { return };
    for answer in answers.try_iter() {
        match answer {
            Answer::Live { state, odds } => live.odds = Some((state, Arc::new(odds))),
            Answer::WhatIf(w) => {
                let state = live.state;
                live.what_ifs.retain(|old| old.state == state && old.mv != w.mv);
                if w.state == state {
                    live.what_ifs.push(w);
                }
            }
        }
    }
}
