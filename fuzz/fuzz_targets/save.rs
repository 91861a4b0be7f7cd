//! Any save, as a student might pass one on: read and replayed against its scenario, every
//! step checked against its digest (`oewg-sim replay --verify`), then told in words (`replay`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use oewg_sim::model::save::{SaveError, replay};
use oewg_sim::storage::{self, LoadError};
use oewg_sim::text;

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else { return };
    match storage::load_save_text("fuzz.ron", input) {
        Ok(loaded) => {
            let (session, digests) = replay(loaded.scenario.clone(), &loaded.start, &loaded.save.steps);
            assert_eq!(digests.len(), loaded.save.steps.len());
            let words = text::report::transcript(text::english(), &loaded.scenario, "fuzz", &session.record);
            assert!(!words.is_empty());
        }
        // A divergence names a step of the save.
        Err(LoadError::Save { error: SaveError::Diverged { step, steps }, .. }) => assert!(step >= 1 && step <= steps),
        Err(e) => assert!(!e.to_string().is_empty()),
    }
});
