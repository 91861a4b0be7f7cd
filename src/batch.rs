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
    /// The votes against the roll call that decided the text in history, where the scenario names it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub against_history: Option<Scorecard>,
    pub negotiation: Negotiation,
    /// The AI's final text beside the text adopted in history, issue by issue, where the scenario
    /// says where that text stood.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub against_final_text: Vec<ParagraphComparison>,
}

/// Where the AI's final text stood on one issue over the runs, beside where the real one stood.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ParagraphComparison {
    pub issue: String,
    /// "text at rung 2 (position 50)", "chair's summary" or "absent".
    pub history: String,
    pub estimate: bool,
    pub source: String,
    /// Where the opening text stood.
    pub opening: String,
    /// Share of runs whose final text stood where the real one did.
    pub same_as_history: f64,
    /// Share of runs whose final text stood where the opening did.
    pub same_as_opening: f64,
    /// Where the final text stood, and in how many runs.
    pub runs: BTreeMap<String, u64>,
}

use crate::model::draft::Standing as Place;

/// A standing in the words of `simulate`'s report.
fn describe(place: Place, scenario: &Scenario, issue: usize) -> String {
    let position = |rung: usize| scenario.issues[issue].ladder.get(rung).map_or(0.0, |w| w.position);
    match place {
        Place::Text(r) => format!("text at rung {r} (position {})", position(r)),
        Place::Bracketed(r) => format!("bracketed at rung {r} (position {})", position(r)),
        Place::ChairSummary => "chair's summary".into(),
        Place::Absent => "absent".into(),
    }
}

/// How the talks on a text moved, over the runs.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Negotiation {
    /// Revisions that changed the text (a new named draft counts), per run.
    pub mean_revisions: f64,
    /// Runs in which the penholder met at least one objection with a change.
    pub runs_with_an_objection_met: u64,
    /// Sessions of the calendar (with the text on the table) in which the count moved, per run.
    pub mean_sessions_the_count_moved: f64,
    /// Runs in which the count moved in at least four sessions.
    pub runs_the_count_moved_in_four_sessions: u64,
    /// The most times any delegation tabled the same amendment, over every run.
    pub most_times_asked: u8,
}

/// How the simulated votes compare with the roll call that decided the text in history, over the
/// states that voted there: each state's most frequent simulated vote against its real one, beside
/// three baselines that need no model.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Scorecard {
    pub roll_call: String,
    pub date: String,
    /// States that voted in history (yes, no or abstaining).
    pub voters: u32,
    pub history: [u32; 3],
    /// The mean simulated tally (yes, no, abstain), counted over the same states.
    pub mean_tally: [f64; 3],
    /// Share of those states whose most frequent simulated vote is their real one.
    pub accuracy: f64,
    /// Everyone votes yes.
    pub everyone_yes: f64,
    /// Each state votes as most of the other members of its bloc did: the European Union for its
    /// members, else NATO for its members, else its UN regional group.
    pub bloc_rule: f64,
    /// Each state votes as it voted on the same series' text in the scenario's earlier roll call,
    /// where the scenario names one (absent then: yes).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub persistence: Option<f64>,
    /// The states the model gets wrong: "CODE simulated/real".
    pub misses: Vec<String>,
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
    revisions: u64,
    objection_met_runs: u64,
    sessions_moved: u64,
    moved_in_four: u64,
    most_asked: u8,
    /// (real paragraph of `History::final_text`, where the final text stood) -> runs.
    final_places: BTreeMap<(usize, Place), u64>,
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
            revisions: 0,
            objection_met_runs: 0,
            sessions_moved: 0,
            moved_in_four: 0,
            most_asked: 0,
            final_places: BTreeMap::new(),
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
        self.revisions += other.revisions;
        self.objection_met_runs += other.objection_met_runs;
        self.sessions_moved += other.sessions_moved;
        self.moved_in_four += other.moved_in_four;
        self.most_asked = self.most_asked.max(other.most_asked);
        for (k, v) in &other.final_places {
            *self.final_places.entry(*k).or_default() += v;
        }
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
            let state = &session.texts[t];
            totals.revisions += state.revisions as u64;
            totals.objection_met_runs += (state.objections_met > 0) as u64;
            totals.most_asked = totals.most_asked.max(state.asks.iter().map(|a| a.made).max().unwrap_or(0));
            let moved = sessions_the_count_moved(scenario, &text.counts);
            totals.sessions_moved += moved as u64;
            totals.moved_in_four += (moved >= 4) as u64;
            // History's final text is the decided text's (the first, in a consensus scenario).
            if t == 0 {
                for (k, real) in scenario.history.final_text.iter().enumerate() {
                    *totals.final_places.entry((k, state.draft.standing(real.issue))).or_default() += 1;
                }
            }
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

/// The AI's final text beside history's, for each issue the scenario says where history stood.
fn compare_final_text(scenario: &Scenario, totals: &TextTotals, runs: u64) -> Vec<ParagraphComparison> {
    let opening = crate::model::Draft::opening(scenario, 0);
    let share = |n: u64| n as f64 / runs.max(1) as f64;
    scenario
        .history
        .final_text
        .iter()
        .enumerate()
        .map(|(k, real)| {
            let (history, open) = (real.stands.standing(), opening.standing(real.issue));
            let mine = |place: Place| totals.final_places.get(&(k, place)).copied().unwrap_or(0);
            ParagraphComparison {
                issue: scenario.issues[real.issue].id.clone(),
                history: describe(history, scenario, real.issue),
                estimate: real.estimate,
                source: real.source.clone(),
                opening: describe(open, scenario, real.issue),
                same_as_history: share(mine(history)),
                same_as_opening: share(mine(open)),
                runs: totals
                    .final_places
                    .iter()
                    .filter(|((j, _), _)| *j == k)
                    .map(|((_, place), n)| (describe(*place, scenario, real.issue), *n))
                    .collect(),
            }
        })
        .collect()
}

/// How many sessions of the calendar, from the one that tables the text, saw its count move
/// (`counts[r]` is the count after round `r`).
pub fn sessions_the_count_moved(scenario: &Scenario, counts: &[crate::model::record::Count]) -> usize {
    let from = scenario.session_start(scenario.tabling_session());
    let mut moved = vec![false; scenario.sessions.len()];
    for r in 1..counts.len() {
        if r as u32 >= from && counts[r] != counts[r - 1] {
            moved[scenario.session_of(r as u32).0] = true;
        }
    }
    moved.iter().filter(|&&m| m).count()
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
    let texts = scenario
        .texts
        .iter()
        .zip(&totals.texts)
        .enumerate()
        .map(|(k, (text, t))| {
            let mut summary = summarise(&scenario, t);
            summary.against_history = score(&scenario, k, t);
            if k == 0 {
                summary.against_final_text = compare_final_text(&scenario, t, runs);
            }
            (text.id.clone(), summary)
        })
        .collect();
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
    let runs = t.outcomes.iter().sum::<u64>().max(1) as f64;
    let negotiation = Negotiation {
        mean_revisions: t.revisions as f64 / runs,
        runs_with_an_objection_met: t.objection_met_runs,
        mean_sessions_the_count_moved: t.sessions_moved as f64 / runs,
        runs_the_count_moved_in_four_sessions: t.moved_in_four,
        most_times_asked: t.most_asked,
    };
    TextSummary {
        outcomes,
        objections,
        objection_reasons,
        votes,
        vote_reasons,
        against_history: None,
        negotiation,
        against_final_text: Vec::new(),
    }
}

/// The most frequent of a delegation's simulated votes (yes, then abstain, on a tie).
fn modal(counts: [u64; 3]) -> Option<Vote> {
    let [yes, no, abstain] = counts;
    if yes + no + abstain == 0 {
        None
    } else if yes >= no && yes >= abstain {
        Some(Vote::Yes)
    } else if abstain >= no {
        Some(Vote::Abstain)
    } else {
        Some(Vote::No)
    }
}

fn slot(v: Vote) -> usize {
    match v {
        Vote::Yes => 0,
        Vote::No => 1,
        Vote::Abstain => 2,
    }
}

/// The bloc whose other members a state follows in the bloc rule: the EU, else NATO, else its
/// regional group (as a negative index so it cannot collide with a group's). Of the simple blocs
/// tried (regional groups alone; the EU, NATO, the NAM or the OECD before them), this one scores
/// best on the 2018 and 2019 roll calls: the bar the model has to clear.
fn bloc_of(scenario: &Scenario, d: usize) -> i64 {
    let member = |id: &str| scenario.group_index(id).filter(|g| scenario.delegations[d].groups.contains(g));
    match member("EU").or_else(|| member("NATO")) {
        Some(g) => g as i64,
        None => -1 - scenario.delegations[d].region as i64,
    }
}

/// Scores the simulated votes on text `t` against its roll call in history.
fn score(scenario: &Scenario, t: usize, totals: &TextTotals) -> Option<Scorecard> {
    let (_, call) = scenario.history.votes.iter().find(|(text, _)| *text == t)?;
    let n = scenario.delegations.len();
    let voters: Vec<usize> = (0..n).filter(|&d| call.votes[d].is_some()).collect();
    if voters.is_empty() || !totals.voted {
        return None;
    }
    let real = |d: usize| call.votes[d].unwrap_or(Vote::Yes);
    let share = |right: usize| right as f64 / voters.len() as f64;
    let mut history = [0u32; 3];
    let mut mean = [0f64; 3];
    let mut right = 0;
    let mut misses = Vec::new();
    for &d in &voters {
        history[slot(real(d))] += 1;
        let counts = totals.votes[d];
        let runs = counts.iter().sum::<u64>().max(1) as f64;
        for k in 0..3 {
            mean[k] += counts[k] as f64 / runs;
        }
        let simulated = modal(counts);
        if simulated == Some(real(d)) {
            right += 1;
        } else {
            let word = |v: Option<Vote>| match v {
                Some(Vote::Yes) => "yes",
                Some(Vote::No) => "no",
                Some(Vote::Abstain) => "abstain",
                None => "-",
            };
            misses.push(format!("{} {}/{}", scenario.delegations[d].code, word(simulated), word(Some(real(d)))));
        }
    }
    let everyone_yes = share(voters.iter().filter(|&&d| real(d) == Vote::Yes).count());
    let bloc_right = voters
        .iter()
        .filter(|&&d| {
            let bloc = bloc_of(scenario, d);
            let mut counts = [0u64; 3];
            for &o in voters.iter().filter(|&&o| o != d && bloc_of(scenario, o) == bloc) {
                counts[slot(real(o))] += 1;
            }
            modal(counts).unwrap_or(Vote::Yes) == real(d)
        })
        .count();
    let persistence = scenario.texts[t]
        .follows_up
        .and_then(|k| scenario.roll_calls.get(k))
        .map(|prior| share(voters.iter().filter(|&&d| prior.votes[d].unwrap_or(Vote::Yes) == real(d)).count()));
    Some(Scorecard {
        roll_call: call.id.clone(),
        date: call.date.to_string(),
        voters: voters.len() as u32,
        history,
        mean_tally: mean,
        accuracy: share(right),
        everyone_yes,
        bloc_rule: share(bloc_right),
        persistence,
        misses,
    })
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
        let g = &s.negotiation;
        let share = |n: u64| 100.0 * n as f64 / summary.runs.max(1) as f64;
        out.push_str(&format!(
            "  the talks: {:.1} revisions a run; an objection met by a change in {:.1}% of runs; the count moved in {:.1} sessions a run (in four or more in {:.1}% of runs); an amendment tabled at most {} times\n",
            g.mean_revisions,
            share(g.runs_with_an_objection_met),
            g.mean_sessions_the_count_moved,
            share(g.runs_the_count_moved_in_four_sessions),
            g.most_times_asked
        ));
        if !s.against_final_text.is_empty() {
            out.push_str("  the final text beside the text adopted in history:\n");
            for c in &s.against_final_text {
                let mut places: Vec<(&String, &u64)> = c.runs.iter().collect();
                places.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
                let places: Vec<String> = places.iter().map(|(p, n)| format!("{p} {:.1}%", share(**n))).collect();
                out.push_str(&format!(
                    "    {}: history {}{}; same in {:.1}% of runs (opening, {}: {:.1}%); runs: {}\n",
                    c.issue,
                    c.history,
                    if c.estimate { " (an estimate)" } else { "" },
                    100.0 * c.same_as_history,
                    c.opening,
                    100.0 * c.same_as_opening,
                    places.join(", ")
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
            if let Some(c) = &s.against_history {
                let pct = |x: f64| format!("{:.1}%", 100.0 * x);
                out.push_str(&format!(
                    "  against history ({}, {}; the {} states that voted): mean tally {:.1}-{:.1}-{:.1} against {}-{}-{}\n",
                    c.roll_call, c.date, c.voters, c.mean_tally[0], c.mean_tally[1], c.mean_tally[2], c.history[0], c.history[1], c.history[2]
                ));
                out.push_str(&format!(
                    "    each state's most frequent vote right for {}; baselines: everyone votes yes {}, bloc rule {}{}\n",
                    pct(c.accuracy),
                    pct(c.everyone_yes),
                    pct(c.bloc_rule),
                    c.persistence.map(|p| format!(", persistence {}", pct(p))).unwrap_or_default()
                ));
                if !c.misses.is_empty() {
                    out.push_str(&format!("    wrong (simulated/real): {}\n", c.misses.join(", ")));
                }
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
