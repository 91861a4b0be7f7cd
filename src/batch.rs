//! AI-only sessions in bulk, spread over threads, summarised as they finish (memory
//! does not grow with the number of runs). Run `i` always uses the same derived seed,
//! so results do not depend on the thread count.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use serde::Serialize;

use crate::model::record::Evaluations;
use crate::model::session::run_seed;
use crate::model::{Outcome, Scenario, Session, Vote};

/// The most runs one `simulate` takes (a forecast needs thousands, not billions).
pub const MAX_RUNS: u64 = 10_000_000;
/// The most worker threads.
pub const MAX_THREADS: usize = 256;

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
    /// Why delegations voted against or abstained: for each, "no: prefers_rival (issue)" and how often.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub vote_reasons: BTreeMap<String, BTreeMap<String, u64>>,
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
    /// Sessions run; each decides every text of the scenario.
    pub runs: u64,
    pub seed: u64,
    pub texts: BTreeMap<String, TextSummary>,
    pub evaluations: Evaluations,
    pub timing: Timing,
}

/// Running totals for one text, by index (turned into codes at the end).
#[derive(Debug, Clone)]
struct TextTotals {
    outcomes: [u64; Outcome::ALL.len()],
    objections: Vec<u64>,
    /// (delegation, issue, red line) -> runs.
    reasons: BTreeMap<(usize, usize, bool), u64>,
    votes: Vec<[u64; 3]>,
    /// (delegation, against (else abstaining), reason key, issue) -> runs.
    vote_reasons: BTreeMap<(usize, bool, &'static str, Option<usize>), u64>,
    voted: bool,
}

impl TextTotals {
    fn new(delegations: usize) -> TextTotals {
        TextTotals {
            outcomes: [0; Outcome::ALL.len()],
            objections: vec![0; delegations],
            reasons: BTreeMap::new(),
            votes: vec![[0; 3]; delegations],
            vote_reasons: BTreeMap::new(),
            voted: false,
        }
    }

    fn merge(&mut self, other: &TextTotals) {
        for (a, b) in self.outcomes.iter_mut().zip(other.outcomes) {
            *a += b;
        }
        for (a, b) in self.objections.iter_mut().zip(&other.objections) {
            *a += b;
        }
        for (k, v) in &other.reasons {
            *self.reasons.entry(*k).or_default() += v;
        }
        for (k, v) in &other.vote_reasons {
            *self.vote_reasons.entry(*k).or_default() += v;
        }
        for (a, b) in self.votes.iter_mut().zip(&other.votes) {
            for k in 0..3 {
                a[k] += b[k];
            }
        }
        self.voted |= other.voted;
    }
}

#[derive(Debug, Clone)]
struct Totals {
    texts: Vec<TextTotals>,
    evaluations: Evaluations,
}

impl Totals {
    fn new(scenario: &Scenario) -> Totals {
        let n = scenario.delegations.len();
        Totals { texts: vec![TextTotals::new(n); scenario.texts.len()], evaluations: Evaluations::default() }
    }

    fn add_run(&mut self, scenario: &Arc<Scenario>, seed: u64) {
        let mut session = Session::new(scenario.clone(), seed, false);
        session.run();
        self.evaluations += session.record.evaluations;
        for (t, text) in session.record.texts.iter().enumerate() {
            let Some(c) = &text.conclusion else { continue };
            let totals = &mut self.texts[t];
            let k = Outcome::ALL.iter().position(|o| *o == c.outcome).unwrap_or(0);
            totals.outcomes[k] += 1;
            for o in &c.gavel.blockers {
                totals.objections[o.delegation] += 1;
                *totals.reasons.entry((o.delegation, o.issue, o.red_line)).or_default() += 1;
            }
            if let Some(cast) = &c.votes {
                totals.voted = true;
                for (d, (v, reason)) in cast.iter().enumerate() {
                    if *v != Vote::Yes {
                        let key = (d, *v == Vote::No, reason.key(), reason.issue());
                        *totals.vote_reasons.entry(key).or_default() += 1;
                    }
                    let slot = match v {
                        Vote::Yes => 0,
                        Vote::No => 1,
                        Vote::Abstain => 2,
                    };
                    totals.votes[d][slot] += 1;
                }
            }
        }
    }

    fn merge(&mut self, other: &Totals) {
        for (a, b) in self.texts.iter_mut().zip(&other.texts) {
            a.merge(b);
        }
        self.evaluations += other.evaluations;
    }
}

/// Runs `runs` AI-only sessions on `threads` threads; `progress` is called now and then with
/// the number of runs done (for a progress bar).
pub fn simulate(
    scenario: Arc<Scenario>,
    runs: u64,
    seed: u64,
    threads: usize,
    progress: &(dyn Fn(u64) + Sync),
) -> Summary {
    let started = Instant::now();
    let threads = threads.clamp(1, MAX_THREADS);
    let done = AtomicU64::new(0);
    let mut totals = Totals::new(&scenario);
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads as u64)
            .map(|t| {
                let (scenario, done) = (&scenario, &done);
                scope.spawn(move || {
                    let mut mine = Totals::new(scenario);
                    for run in (t..runs).step_by(threads) {
                        mine.add_run(scenario, run_seed(seed, run));
                        let so_far = done.fetch_add(1, Ordering::Relaxed) + 1;
                        if t == 0 {
                            progress(so_far);
                        }
                    }
                    mine
                })
            })
            .collect();
        for handle in handles {
            // A worker only panics on a bug in the model: say so rather than hide it.
            let mine = handle.join().unwrap_or_else(|_| panic!("a simulation thread panicked"));
            totals.merge(&mine);
        }
    });
    progress(runs);
    let texts =
        scenario.texts.iter().zip(&totals.texts).map(|(text, t)| (text.id.clone(), summarise(&scenario, t))).collect();
    let wall = started.elapsed().as_secs_f64();
    Summary {
        scenario: scenario.id.clone(),
        runs,
        seed,
        texts,
        evaluations: totals.evaluations,
        timing: Timing {
            wall_seconds: wall,
            sessions_per_second: runs as f64 / wall.max(1e-9),
            evaluations_per_second: totals.evaluations.total() as f64 / wall.max(1e-9),
            full_evaluations_per_second: totals.evaluations.full as f64 / wall.max(1e-9),
        },
    }
}

fn summarise(scenario: &Scenario, t: &TextTotals) -> TextSummary {
    let code = |d: usize| scenario.delegations[d].code.clone();
    let outcomes = Outcome::ALL.iter().zip(t.outcomes).map(|(o, n)| (o.key(), n)).collect();
    let objections =
        (0..t.objections.len()).filter(|&d| t.objections[d] > 0).map(|d| (code(d), t.objections[d])).collect();
    let mut objection_reasons: BTreeMap<String, BTreeMap<String, u64>> = BTreeMap::new();
    for (&(d, issue, red_line), &n) in &t.reasons {
        let why = format!("{}{}", scenario.issues[issue].id, if red_line { " (red line)" } else { "" });
        *objection_reasons.entry(code(d)).or_default().entry(why).or_default() += n;
    }
    let votes = t.voted.then(|| {
        (0..t.votes.len())
            .map(|d| {
                let [yes, no, abstain] = t.votes[d];
                (code(d), VoteCount { yes, no, abstain })
            })
            .collect()
    });
    let mut vote_reasons: BTreeMap<String, BTreeMap<String, u64>> = BTreeMap::new();
    for (&(d, against, key, issue), &n) in &t.vote_reasons {
        let on = issue.map(|i| format!(" ({})", scenario.issues[i].id)).unwrap_or_default();
        let why = format!("{}: {key}{on}", if against { "no" } else { "abstain" });
        *vote_reasons.entry(code(d)).or_default().entry(why).or_default() += n;
    }
    TextSummary { outcomes, objections, objection_reasons, votes, vote_reasons }
}

/// The readable report of `simulate` (command-line output).
pub fn render(scenario: &Scenario, summary: &Summary) -> String {
    let mut out =
        format!("{} ({}): {} AI-only session(s), seed {}\n", scenario.title, scenario.id, summary.runs, summary.seed);
    for text in &scenario.texts {
        let Some(s) = summary.texts.get(&text.id) else { continue };
        out.push_str(&format!("\n{}\n  outcomes:\n", text.id));
        for (key, n) in &s.outcomes {
            if *n > 0 {
                out.push_str(&format!(
                    "    {key:<30} {n:>7}  ({:.1}%)\n",
                    100.0 * *n as f64 / summary.runs.max(1) as f64
                ));
            }
        }
        let mut objectors: Vec<(&String, &u64)> = s.objections.iter().collect();
        objectors.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        if !objectors.is_empty() {
            out.push_str("  objected at the gavel (runs) and why:\n");
            for (code, n) in objectors.iter().take(12) {
                let why: Vec<String> = s.objection_reasons[*code].iter().map(|(k, v)| format!("{k} ×{v}")).collect();
                out.push_str(&format!("    {code} {n:>7}  {}\n", why.join(", ")));
            }
        }
        if let Some(votes) = &s.votes {
            let voted = s.outcomes["adopted_by_vote"] + s.outcomes["rejected_by_vote"];
            let (mut y, mut n, mut a) = (0u64, 0u64, 0u64);
            for v in votes.values() {
                y += v.yes;
                n += v.no;
                a += v.abstain;
            }
            if voted > 0 {
                out.push_str(&format!(
                    "  mean recorded vote: {:.1} yes, {:.1} no, {:.1} abstaining\n",
                    y as f64 / voted as f64,
                    n as f64 / voted as f64,
                    a as f64 / voted as f64
                ));
                for (label, pick) in [("voted against", 0usize), ("abstained", 1)] {
                    let mut who: Vec<(&String, u64)> = votes
                        .iter()
                        .map(|(c, v)| (c, if pick == 0 { v.no } else { v.abstain }))
                        .filter(|x| x.1 > 0)
                        .collect();
                    who.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
                    if who.is_empty() {
                        continue;
                    }
                    out.push_str(&format!("  {label} (runs) and why, most often first:\n"));
                    let prefix = if pick == 0 { "no: " } else { "abstain: " };
                    for (code, n) in who.iter().take(15) {
                        let mut why: Vec<(&String, &u64)> = s
                            .vote_reasons
                            .get(*code)
                            .map(|m| m.iter().filter(|(k, _)| k.starts_with(prefix)).collect())
                            .unwrap_or_default();
                        why.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
                        let why: Vec<String> =
                            why.iter().take(3).map(|(k, v)| format!("{} ×{v}", &k[prefix.len()..])).collect();
                        out.push_str(&format!("    {code} {n:>7}  {}\n", why.join(", ")));
                    }
                    if who.len() > 15 {
                        out.push_str(&format!("    … and {} more\n", who.len() - 15));
                    }
                }
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
