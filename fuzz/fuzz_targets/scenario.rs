//! Any data file as an author could write it: checked as `oewg-sim validate` checks it, the
//! files a scenario names taken from the shipped ones. A scenario that loads must hold only
//! finite numbers in range, and must play to the end and be told in words.
#![no_main]

use std::sync::Arc;

use libfuzzer_sys::fuzz_target;
use oewg_sim::data::{Folder, Shelf};
use oewg_sim::model::{Phase, Session};
use oewg_sim::{scenario, text};

/// Rounds per session of the calendar at most, so one input plays in milliseconds.
const ROUNDS: u32 = 2;

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else { return };
    let shipped = Folder::Embedded(Shelf::Scenarios);
    if scenario::file_kind(input) != Some("Scenario") {
        if let Err(diags) = scenario::validate_text("fuzz.ron", input, &shipped) {
            assert!(diags.0.iter().all(|d| d.line >= 1 && d.col >= 1 && !d.message.is_empty()), "{diags}");
        }
        return;
    }
    // Loading a scenario is validating it (`validate_text` calls the same function).
    let mut s = match scenario::load_text("fuzz.ron", input, &shipped) {
        Ok(s) => s,
        Err(diags) => {
            assert!(diags.0.iter().all(|d| d.line >= 1 && d.col >= 1 && !d.message.is_empty()), "{diags}");
            return;
        }
    };
    let p = &s.params;
    for v in [p.agreement_value, p.deadline_pressure, p.isolation_cost, p.group_cohesion, p.persuasion, p.capital] {
        assert!(v.is_finite(), "{p:?}");
    }
    for d in &s.delegations {
        assert!(d.influence.is_finite());
        for st in &d.stances {
            assert!((0.0..=100.0).contains(&st.ideal) && st.salience.is_finite(), "{}: {st:?}", d.code);
        }
    }
    for plan in &mut s.sessions {
        plan.rounds = plan.rounds.min(ROUNDS);
    }
    s.rounds = s.sessions.iter().map(|p| p.rounds).sum();
    let s = Arc::new(s);
    let mut session = Session::new(s.clone(), 1, true);
    while session.clock.phase != Phase::Concluded {
        session.step(&[]);
    }
    let words = text::report::transcript(text::english(), &s, "fuzz", &session.record);
    assert!(!words.is_empty());
});
