//! `oewg-sim odds`: the live odds from the command line, with the time they took (the figure the
//! README gives beside the criterion benchmark).

use std::sync::Arc;
use std::time::Instant;

use oewg_sim::model::odds::{self, Odds, Start};
use oewg_sim::model::save::seat_named;
use oewg_sim::model::{Edit, Holder, Intent, Move, Phase, Room, Scenario, Seat, Sender, Session};

pub struct Ask {
    pub round: u32,
    pub runs: u32,
    pub seed: u64,
    pub threads: usize,
    pub consider: Option<(String, usize)>,
    pub by: String,
}

#[derive(serde::Serialize)]
pub struct Report {
    pub scenario: String,
    pub seed: u64,
    /// The round whose consultations the runs start from (the last, if the session ended sooner).
    pub round: u32,
    pub concluded: bool,
    pub threads: usize,
    pub odds: Odds,
    pub seconds: f64,
    pub what_if: Option<WhatIf>,
}

#[derive(serde::Serialize)]
pub struct WhatIf {
    pub issue: String,
    pub rung: usize,
    pub wording: String,
    pub by: String,
    pub odds: Odds,
    pub seconds: f64,
}

pub fn run(scenario: &Arc<Scenario>, ask: &Ask) -> Result<Report, String> {
    // The move asked about, checked before any run.
    let wording = match &ask.consider {
        Some((issue, rung)) => {
            let i = scenario.issues.iter().position(|x| x.id == *issue).ok_or_else(|| {
                let ids: Vec<&str> = scenario.issues.iter().map(|x| x.id.as_str()).collect();
                format!("no issue \"{issue}\" in {}; its issues: {}", scenario.id, ids.join(", "))
            })?;
            let ladder = &scenario.issues[i].ladder;
            let w = ladder.get(*rung).ok_or_else(|| {
                format!("issue \"{issue}\" has wordings 0 to {}; there is no {rung}", ladder.len().saturating_sub(1))
            })?;
            let seat = seat_named(scenario, &ask.by)
                .ok_or_else(|| format!("\"{}\" is neither \"chair\" nor a delegation of {}", ask.by, scenario.id))?;
            Some((i, *rung, w.text.clone(), seat))
        }
        None => None,
    };
    let mut session = Session::new(scenario.clone(), ask.seed, false);
    while session.clock.phase != Phase::Concluded
        && !(session.clock.phase == Phase::Consultations && session.clock.round >= ask.round)
    {
        session.step(&[]);
    }
    // From here a person holds the seat that moves (a chair's text is then theirs: no AI revises it).
    if let Some((.., seat)) = wording {
        session.seating.assign(seat, Holder::Person);
    }
    let start = Start::new(&session, Some(&Room::opening(scenario, ask.seed)), &[]);
    let started = Instant::now();
    let base = odds::odds(&start, ask.runs, odds::LIVE_SEED, ask.threads);
    let seconds = started.elapsed().as_secs_f64();
    let what_if = match wording {
        Some((issue, rung, ref text, seat)) => {
            let draft = &session.texts.first().ok_or("the scenario has no text")?.draft;
            let paragraph = draft.paragraphs.iter().position(|p| p.issue == issue).ok_or_else(|| {
                format!("the draft has no paragraph on \"{}\" at round {}", scenario.issues[issue].id, ask.round)
            })?;
            let edit = Edit::Reword { paragraph, rung };
            let intent = match seat {
                Seat::Chair => Intent::ChairEdit { text: 0, edit },
                Seat::Delegation(_) => Intent::Propose { text: 0, edit, own_words: None },
            };
            let mv = Move { by: Sender::from(seat), intent };
            let started = Instant::now();
            let with = odds::what_if(&start, &mv, ask.runs, odds::LIVE_SEED, ask.threads);
            Some(WhatIf {
                issue: scenario.issues[issue].id.clone(),
                rung,
                wording: text.clone(),
                by: ask.by.clone(),
                odds: with,
                seconds: started.elapsed().as_secs_f64(),
            })
        }
        None => None,
    };
    Ok(Report {
        scenario: scenario.id.clone(),
        seed: ask.seed,
        round: session.clock.round,
        concluded: session.clock.phase == Phase::Concluded,
        threads: ask.threads,
        odds: base,
        seconds,
        what_if,
    })
}

fn chance(o: &Odds) -> String {
    o.texts.first().map_or_else(|| "no text".into(), |t| format!("{}%", t.percent()))
}

pub fn render(scenario: &Scenario, r: &Report) -> String {
    let mut out = format!(
        "{} ({}), seed {}, from round {}{}\n",
        scenario.title,
        scenario.id,
        r.seed,
        r.round,
        if r.concluded { " (concluded)" } else { "" }
    );
    out += &format!(
        "Chance of consensus: {} ({} runs, {:.0} ms on {} thread{})\n",
        chance(&r.odds),
        r.odds.runs,
        r.seconds * 1000.0,
        r.threads,
        if r.threads == 1 { "" } else { "s" }
    );
    if let Some(w) = &r.what_if {
        out += &format!(
            "With {} at wording {} by {} (\"{}\"): {} ({:.0} ms)\n",
            w.issue,
            w.rung,
            w.by,
            w.wording,
            chance(&w.odds),
            w.seconds * 1000.0
        );
    }
    out
}
