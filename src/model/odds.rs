//! Live odds: the chance that each text is adopted by consensus (and, where it goes to a vote,
//! the expected tally), from AI-only runs of the rest of the session from the state it is in.
//!
//! **What "odds" means here**: what the room does from here on if the people at the table make no
//! further move. The AI plays the seats it plays now; a seat a person holds stays theirs: the
//! moves they made that wait for their phase (the agenda) are acted on when it comes, stands they
//! declared stay declared, and at the gavel an undeclared seat is judged as the AI would judge it.
//! A person holding the pen is not second-guessed: no AI revises their text, so what they write is
//! what the odds weigh. Nothing else a person might still do is guessed at.
//!
//! **What varies between runs** is what nobody at the table knows, drawn as a batch run draws it
//! (`Room::drawn`, the same mechanism as `simulate`): every estimated stance is redrawn around its
//! estimate (its ideal point and salience keep whatever the talks have moved them by since the
//! session opened), and a red line that no one has declared yet holds or gives way afresh.
//! Documented positions and declared red lines are known and stay as they are. The rest of the
//! session's randomness (lobbying) comes from each run's own seed.
//!
//! Run `i` gets `run_seed(seed, i)` whatever the number of threads, and results are integer
//! counts summed in run order, so the same inputs give the same odds, bit for bit. A what-if uses
//! the very same per-run seeds as its baseline (common random numbers): the difference between
//! the two is the edit, not noise.

use std::sync::Arc;

use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

use super::consensus::{Outcome, Vote};
use super::intent::{Intent, Move};
use super::record::{Record, TextRecord};
use super::room::Room;
use super::scenario::Scenario;
use super::seating::Seating;
use super::session::{Clock, Phase, Session, TextState, run_seed};

/// The most runs one request for odds takes.
pub const MAX_RUNS: u32 = 100_000;
/// The seed of every live run: the same state always shows the same odds, and two states are
/// compared over the same draws (common random numbers).
pub const LIVE_SEED: u64 = 0x0DD5;
/// Runs for the live odds beside the count.
pub const LIVE_RUNS: u32 = 1000;
/// Runs for a what-if on one wording: fewer, so it answers while the player is still choosing;
/// common random numbers keep the difference from the baseline steady even so.
pub const WHAT_IF_RUNS: u32 = 200;

/// The parts of a session the runs start from, as the ECS holds them.
#[derive(Clone, Copy)]
pub struct Parts<'a> {
    pub room: &'a Room,
    pub texts: &'a [TextState],
    pub clock: Clock,
    pub record: &'a Record,
}

/// Where the runs start from: the session as it stands (stripped of what the runs do not need),
/// what it opened on, and the moves waiting for their phase. Owned, so it can go to another thread.
#[derive(Debug, Clone)]
pub struct Start {
    session: Session,
    /// The room the session opened on (its own draw): with it, estimates are redrawn per run.
    opening: Option<Arc<Room>>,
    waiting: Vec<Move>,
    /// Per cell of the room (`Room::at`): whether the stance's source is an estimate.
    estimated: Arc<Vec<bool>>,
}

impl Start {
    /// From `session` as it stands, with `waiting` the moves people made that no step has acted
    /// on yet. `opening`: the room the session opened on; without it, estimates are not redrawn
    /// and runs differ only in the session's own randomness.
    pub fn new(session: &Session, opening: Option<&Room>, waiting: &[Move]) -> Start {
        let parts = Parts { room: &session.room, texts: &session.texts, clock: session.clock, record: &session.record };
        Start::of(&session.scenario, parts, &session.seating, opening, waiting)
    }

    /// The same from the session's parts (as the ECS holds them). The session's own random
    /// stream does not matter: every run has its own.
    pub fn of(
        scenario: &Arc<Scenario>,
        parts: Parts,
        seating: &Seating,
        opening: Option<&Room>,
        waiting: &[Move],
    ) -> Start {
        let Parts { room, texts, clock, record } = parts;
        let mut session = Session {
            scenario: scenario.clone(),
            room: room.clone(),
            texts: texts.to_vec(),
            rng: ChaCha8Rng::seed_from_u64(0),
            clock,
            // The runs keep no statements and no drafts: they only need how each text ends.
            record: stripped(record),
            // Seats people hold stay theirs (they make no move beyond those waiting).
            seating: seating.clone(),
        };
        // The runs redraw the room: what the last revision left is no longer the room's verdict.
        for text in &mut session.record.texts {
            text.verdicts = None;
        }
        let mut estimated = vec![false; session.room.ideal.len()];
        for (d, delegation) in scenario.delegations.iter().enumerate() {
            for (i, stance) in delegation.stances.iter().enumerate().take(session.room.issues) {
                estimated[session.room.at(d, i)] = stance.source.is_estimate();
            }
        }
        Start {
            session,
            opening: opening.map(|r| Arc::new(r.clone())),
            waiting: waiting.to_vec(),
            estimated: Arc::new(estimated),
        }
    }

    /// The session the runs start from (no statements kept).
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The moves waiting for their phase.
    pub fn waiting(&self) -> &[Move] {
        &self.waiting
    }

    pub fn scenario(&self) -> &Arc<Scenario> {
        &self.session.scenario
    }

    /// The same start with one more move made now (a proposal, a penholder's edit).
    pub fn with_move(&self, mv: Move) -> Start {
        let mut start = self.clone();
        start.waiting.push(mv);
        start
    }

    /// One run to the end from this start, with its own seed.
    fn run(&self, seed: u64) -> Vec<Ended> {
        let mut s = self.session.clone();
        s.rng = ChaCha8Rng::seed_from_u64(seed);
        if let Some(opening) = &self.opening
            && s.clock.phase != Phase::Concluded
        {
            redraw(&s.scenario, &mut s.rng, &mut s.room, opening, &self.estimated);
        }
        let mut waiting = self.waiting.clone();
        while s.clock.phase != Phase::Concluded {
            let phase = s.clock.phase;
            let (now, later): (Vec<Move>, Vec<Move>) =
                std::mem::take(&mut waiting).into_iter().partition(|m| m.intent.acted_on_in(phase));
            waiting = later;
            s.step(&now);
        }
        s.record
            .texts
            .iter()
            .map(|t| match &t.conclusion {
                Some(c) => Ended {
                    outcome: c.outcome,
                    tally: c.votes.as_ref().map(|v| {
                        let count = |x: Vote| v.iter().filter(|(y, _)| *y == x).count() as u64;
                        [count(Vote::Yes), count(Vote::No), count(Vote::Abstain)]
                    }),
                },
                // Every text is decided at the end; should one not be, it was not adopted.
                None => Ended { outcome: Outcome::NoConsensus, tally: None },
            })
            .collect()
    }
}

/// The record without statements and drafts: counts, conclusions and the tally of evaluations.
fn stripped(record: &Record) -> Record {
    Record {
        verbose: false,
        statements: Vec::new(),
        texts: record
            .texts
            .iter()
            .map(|t| TextRecord {
                drafts: Vec::new(),
                counts: t.counts.clone(),
                conclusion: t.conclusion.clone(),
                verdicts: t.verdicts.clone(),
            })
            .collect(),
        evaluations: record.evaluations,
    }
}

/// Redraws what is not known, drawn as `Room::drawn` draws it: an estimated stance keeps what the
/// talks moved it by since the opening, around a fresh draw of its estimate; a red line not declared
/// holds as the fresh draw says.
fn redraw(scenario: &Scenario, rng: &mut ChaCha8Rng, room: &mut Room, opening: &Room, estimated: &[bool]) {
    let drawn = Room::draw_cells(scenario, rng);
    let moved = room.ideal.iter_mut().zip(&mut room.salience).zip(opening.ideal.iter().zip(&opening.salience));
    let lines = room.red_lines.iter_mut().zip(&room.declared);
    for (((cell, &estimated), ((ideal, salience), (&then, &then_salience))), (red_line, &declared)) in
        drawn.iter().zip(estimated).zip(moved).zip(lines)
    {
        if estimated {
            *ideal = (*ideal + cell.ideal - then).clamp(0.0, 100.0);
            *salience = (*salience + cell.salience - then_salience).clamp(0.0, 1.0);
        }
        if !declared {
            *red_line = cell.red_line;
        }
    }
    room.relined();
}

/// How one run ended for one text.
#[derive(Debug, Clone, Copy)]
struct Ended {
    outcome: Outcome,
    /// Yes, no, abstaining, where it went to a recorded vote.
    tally: Option<[u64; 3]>,
}

/// The odds of one text.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct TextOdds {
    /// Share of runs adopted by consensus (with or without a chair's summary), 0 to 1.
    pub consensus: f32,
    /// Runs per outcome, in `Outcome::ALL`'s order.
    pub by_outcome: [u32; Outcome::ALL.len()],
    /// Mean tally (yes, no, abstaining) over the runs that went to a recorded vote.
    pub tally: Option<[f32; 3]>,
    /// Runs that went to a recorded vote.
    pub voted: u32,
}

impl TextOdds {
    /// Runs that ended in `outcome`.
    pub fn runs_with(&self, outcome: Outcome) -> u32 {
        Outcome::ALL.iter().position(|o| *o == outcome).map_or(0, |k| self.by_outcome[k])
    }
    /// The chance of consensus in whole percent, rounded.
    pub fn percent(&self) -> u32 {
        (self.consensus * 100.0).round() as u32
    }
}

/// The odds of every text of the session, from `runs` runs.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Odds {
    pub runs: u32,
    pub seed: u64,
    pub texts: Vec<TextOdds>,
}

/// The odds from `start`: `runs` AI-only runs to the end (at most `MAX_RUNS`), run `i` with
/// `run_seed(seed, i)`, spread over `threads` threads (the result does not depend on how many).
pub fn odds(start: &Start, runs: u32, seed: u64, threads: usize) -> Odds {
    // Never stopped: always an answer.
    odds_until(start, runs, seed, threads, &|| false).unwrap_or_else(|| Odds { runs: 0, seed, texts: Vec::new() })
}

/// The same, given up (`None`) as soon as `stop` says so (checked before every run): a newer
/// state has come and these odds would be stale.
pub fn odds_until(
    start: &Start,
    runs: u32,
    seed: u64,
    threads: usize,
    stop: &(dyn Fn() -> bool + Sync),
) -> Option<Odds> {
    let runs = runs.clamp(1, MAX_RUNS);
    let threads = threads.clamp(1, runs as usize);
    let texts = start.session.texts.len();
    // Each worker keeps its runs' endings in run order; they are summed in run order below.
    let mut ended: Vec<Vec<Ended>> = vec![Vec::new(); runs as usize];
    let mut stopped = false;
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|t| {
                scope.spawn(move || {
                    let mut mine = Vec::new();
                    for i in (t..runs as usize).step_by(threads) {
                        if stop() {
                            return None;
                        }
                        mine.push((i, start.run(run_seed(seed, i as u64))));
                    }
                    Some(mine)
                })
            })
            .collect();
        for worker in workers {
            // A worker only panics on a bug in the model: say so rather than hide it.
            match worker.join().unwrap_or_else(|_| panic!("an odds thread panicked")) {
                Some(mine) => {
                    for (i, e) in mine {
                        ended[i] = e;
                    }
                }
                None => stopped = true,
            }
        }
    });
    if stopped {
        return None;
    }
    let texts = (0..texts)
        .map(|t| {
            let mut by_outcome = [0u32; Outcome::ALL.len()];
            let (mut sums, mut voted) = ([0u64; 3], 0u32);
            for run in &ended {
                let Some(e) = run.get(t) else { continue };
                let k = Outcome::ALL.iter().position(|o| *o == e.outcome).unwrap_or(0);
                by_outcome[k] += 1;
                if let Some(tally) = e.tally {
                    voted += 1;
                    for (s, x) in sums.iter_mut().zip(tally) {
                        *s += x;
                    }
                }
            }
            let consensus_runs: u32 =
                Outcome::ALL.iter().zip(by_outcome).filter(|(o, _)| o.by_consensus()).map(|(_, n)| n).sum();
            TextOdds {
                consensus: consensus_runs as f32 / runs as f32,
                by_outcome,
                tally: (voted > 0).then(|| sums.map(|s| (s as f64 / voted as f64) as f32)),
                voted,
            }
        })
        .collect();
    Some(Odds { runs, seed, texts })
}

/// The odds if `mv` (a proposed amendment, a penholder's edit) were made now, with the same
/// per-run seeds as `odds(start, runs, seed, ..)`. Only a proposal or a penholder's edit is
/// weighed; any other intent gives the baseline.
pub fn what_if(start: &Start, mv: &Move, runs: u32, seed: u64, threads: usize) -> Odds {
    // Never stopped: always an answer.
    what_if_until(start, mv, runs, seed, threads, &|| false).unwrap_or_else(|| Odds {
        runs: 0,
        seed,
        texts: Vec::new(),
    })
}

/// `what_if`, given up as soon as `stop` says so.
pub fn what_if_until(
    start: &Start,
    mv: &Move,
    runs: u32,
    seed: u64,
    threads: usize,
    stop: &(dyn Fn() -> bool + Sync),
) -> Option<Odds> {
    match mv.intent {
        Intent::Propose { .. } | Intent::ChairEdit { .. } => {
            odds_until(&start.with_move(mv.clone()), runs, seed, threads, stop)
        }
        _ => odds_until(start, runs, seed, threads, stop),
    }
}

/// Threads for odds on this machine: every core but at most two (the project's machine has two).
pub fn threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 2)
}

/// Threads for the live odds beside a running window or class: one core is left to the frame and
/// the network, so that they never wait for the odds (on two cores, one thread).
pub fn live_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get()).saturating_sub(1).clamp(1, 2)
}
