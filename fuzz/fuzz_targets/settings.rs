//! Any `settings.ron`, as edited by hand: what cannot be used falls back to its default, so
//! the settings the game runs with are always usable.
#![no_main]

use libfuzzer_sys::fuzz_target;
use oewg_sim::settings::{PACE_RANGE, SCALE_RANGE, Settings};

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else { return };
    let (s, problems) = Settings::parse("settings.ron", input);
    assert!(s.ui_scale.is_finite() && (SCALE_RANGE.0..=SCALE_RANGE.1).contains(&s.ui_scale), "{s:?}");
    assert!(s.ai_pace.is_finite() && (PACE_RANGE.0..=PACE_RANGE.1).contains(&s.ai_pace), "{s:?}");
    // Empty: no language chosen yet (the system's is followed).
    assert!(s.language.is_empty() || oewg_sim::scenario::is_safe_id(&s.language), "{s:?}");
    // What it writes back reads back the same, with no problem.
    let (again, more) = Settings::parse("settings.ron", &s.to_ron());
    assert_eq!(again, s);
    assert!(more.is_empty(), "{more:?}");
    for p in problems {
        assert!(p.starts_with("settings.ron:"), "{p}");
    }
});
