//! AI-only sessions in bulk, spread over threads. Run `i` of text `t` always
//! uses the same derived seed, so results do not depend on the thread count.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Instant;

use serde::Serialize;

use crate::model::record::Evaluations;
use crate::model::session::run_seed;
use crate::model::{Outcome, Scenario, Session, Vote};

/// What one run leaves behind.
#[derive(Debug, Clone, PartialEq)]
pub struct RunResult {
    pub outcome: Outcome,
    /// (delegation, issue, red line) of each delegation that blocked at the gavel.
    pub blockers: Vec<(usize, usize, bool)>,
    pub votes: Option<Vec<Vote>>,
    pub evaluations: Evaluations,
}

pub fn run_one(scenario: &Arc<Scenario>, text: usize, seed: u64) -> RunResult {
    let mut session = Session::new(scenario.clone(), text, seed, false);
    let conclusion = session.run().clone();
    RunResult {
        outcome: conclusion.outcome,
        blockers: conclusion.gavel.blockers.iter().map(|o| (o.delegation, o.issue, o.red_line)).collect(),
        votes: conclusion.votes,
        evaluations: session.record.evaluations,
    }
}

/// Seed of run `run` of text `text`: every text gets its own stream.
pub fn seed_for(seed: u64, text: usize, run: u64) -> u64 {
    run_seed(seed ^ (text as u64).wrapping_mul(0xA076_1D64_78BD_642F), run)
}

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct VoteCount {
    pub yes: u64,
    pub no: u64,
    pub abstain: u64,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TextSummary {
    pub outcomes: BTreeMap<&'static str, u64>,
    /// Runs in which each delegation objected at the gavel.
    pub objections: BTreeMap<String, u64>,
    /// Why: for each objector, the issues behind its objections and how often.
    pub objection_reasons: BTreeMap<String, BTreeMap<String, u64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub votes: Option<BTreeMap<String, VoteCount>>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Timing {
    pub wall_seconds: f64,
    pub sessions_per_second: f64,
    /// Full and incremental verdicts per second (see `Evaluations`).
    pub evaluations_per_second: f64,
    /// Full evaluations only: one delegation scoring a whole draft.
    pub full_evaluations_per_second: f64,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Summary {
    pub scenario: String,
    pub runs: u64,
    pub seed: u64,
    pub texts: BTreeMap<String, TextSummary>,
    pub evaluations: Evaluations,
    pub timing: Timing,
}

pub fn simulate(scenario: Arc<Scenario>, runs: u64, seed: u64, threads: usize) -> Summary {
    let started = Instant::now();
    let threads = threads.max(1);
    let mut texts = BTreeMap::new();
    let mut evaluations = Evaluations::default();
    for text in 0..scenario.texts.len() {
        let mut results: Vec<Option<RunResult>> = vec![None; runs as usize];
        std::thread::scope(|scope| {
            let handles: Vec<_> = (0..threads)
                .map(|t| {
                    let scenario = &scenario;
                    scope.spawn(move || {
                        (t as u64..runs)
                            .step_by(threads)
                            .map(|run| (run, run_one(scenario, text, seed_for(seed, text, run))))
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            for handle in handles {
                for (run, result) in handle.join().expect("a simulation thread panicked") {
                    results[run as usize] = Some(result);
                }
            }
        });
        let results: Vec<RunResult> = results.into_iter().flatten().collect();
        for r in &results {
            evaluations += r.evaluations;
        }
        texts.insert(scenario.texts[text].id.clone(), summarise(&scenario, &results));
    }
    let wall = started.elapsed().as_secs_f64();
    let sessions = runs * scenario.texts.len() as u64;
    Summary {
        scenario: scenario.id.clone(),
        runs,
        seed,
        texts,
        evaluations,
        timing: Timing {
            wall_seconds: wall,
            sessions_per_second: sessions as f64 / wall.max(1e-9),
            evaluations_per_second: evaluations.total() as f64 / wall.max(1e-9),
            full_evaluations_per_second: evaluations.full as f64 / wall.max(1e-9),
        },
    }
}

fn summarise(scenario: &Scenario, results: &[RunResult]) -> TextSummary {
    let mut outcomes: BTreeMap<&'static str, u64> = Outcome::ALL.iter().map(|o| (o.key(), 0)).collect();
    let mut objections: BTreeMap<String, u64> = BTreeMap::new();
    let mut reasons: BTreeMap<String, BTreeMap<String, u64>> = BTreeMap::new();
    let mut votes: Option<BTreeMap<String, VoteCount>> = None;
    for r in results {
        *outcomes.entry(r.outcome.key()).or_default() += 1;
        for &(d, issue, red_line) in &r.blockers {
            let code = scenario.delegations[d].code.clone();
            *objections.entry(code.clone()).or_default() += 1;
            let why = format!("{}{}", scenario.issues[issue].id, if red_line { " (red line)" } else { "" });
            *reasons.entry(code).or_default().entry(why).or_default() += 1;
        }
        if let Some(cast) = &r.votes {
            let tally = votes.get_or_insert_with(BTreeMap::new);
            for (d, v) in cast.iter().enumerate() {
                let count = tally.entry(scenario.delegations[d].code.clone()).or_default();
                match v {
                    Vote::Yes => count.yes += 1,
                    Vote::No => count.no += 1,
                    Vote::Abstain => count.abstain += 1,
                }
            }
        }
    }
    TextSummary { outcomes, objections, objection_reasons: reasons, votes }
}

/// The readable report of `simulate`.
pub fn render(scenario: &Scenario, summary: &Summary) -> String {
    let mut out = format!(
        "{} ({}): {} AI-only run(s) per text, seed {}\n",
        scenario.title, scenario.id, summary.runs, summary.seed
    );
    for (id, text) in &summary.texts {
        out.push_str(&format!("\n{id}\n  outcomes:\n"));
        for (key, n) in &text.outcomes {
            if *n > 0 {
                out.push_str(&format!(
                    "    {key:<30} {n:>7}  ({:.1}%)\n",
                    100.0 * *n as f64 / summary.runs.max(1) as f64
                ));
            }
        }
        let mut objectors: Vec<(&String, &u64)> = text.objections.iter().collect();
        objectors.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        if !objectors.is_empty() {
            out.push_str("  objected at the gavel (runs) and why:\n");
            for (code, n) in objectors.iter().take(12) {
                let why: Vec<String> = text.objection_reasons[*code].iter().map(|(k, v)| format!("{k} ×{v}")).collect();
                out.push_str(&format!("    {code} {n:>7}  {}\n", why.join(", ")));
            }
        }
        if let Some(votes) = &text.votes {
            let (mut y, mut n, mut a) = (0u64, 0u64, 0u64);
            for v in votes.values() {
                y += v.yes;
                n += v.no;
                a += v.abstain;
            }
            let voted = text.outcomes["adopted_by_vote"] + text.outcomes["rejected_by_vote"];
            if voted > 0 {
                out.push_str(&format!(
                    "  mean recorded vote: {:.1} yes, {:.1} no, {:.1} abstaining\n",
                    y as f64 / voted as f64,
                    n as f64 / voted as f64,
                    a as f64 / voted as f64
                ));
            }
        }
    }
    out.push_str(&format!(
        "\ntiming: {:.3} s wall, {:.0} sessions/s, {:.0} evaluations/s ({:.0} of them full evaluations of a whole draft)\n",
        summary.timing.wall_seconds,
        summary.timing.sessions_per_second,
        summary.timing.evaluations_per_second,
        summary.timing.full_evaluations_per_second
    ));
    out.push_str(&format!("what happened: {}\n", scenario.history.outcome));
    out
}
