//! The command line end to end: validate and simulate.

use std::path::Path;
use std::process::Command;

fn oewg() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_oewg-sim"));
    c.current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

fn json(args: &[&str]) -> serde_json::Value {
    let out = oewg().args(args).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn validate_accepts_the_shipped_files_and_refuses_a_broken_one() {
    let out = oewg().args(["validate", "scenarios/oewg_2019.ron", "scenarios/issues.ron"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));

    let dir = std::env::temp_dir().join(format!("oewg-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.ron");
    std::fs::write(&bad, "Issues([\n  Issue(id: \"x\", title: 3),\n])\n").unwrap();
    let out = oewg().arg("validate").arg(&bad).output().unwrap();
    std::fs::remove_dir_all(&dir).ok();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    let first = err.lines().next().unwrap();
    assert!(first.starts_with(&format!("{}:2:", bad.display())), "{err}");
}

#[test]
fn simulate_is_deterministic_and_explains_objections() {
    let args = ["simulate", "--scenario", "scenarios/gge_2017.ron", "--runs", "40", "--seed", "5", "--json"];
    let mut a = json(&args);
    let mut b = json(&[&args[..], &["--threads", "1"]].concat());
    assert_eq!(a["scenario"], "gge_2017");
    assert_eq!(a["runs"], 40);
    let text = &a["texts"]["A/72/327 (draft report)"];
    let total: u64 = text["outcomes"].as_object().unwrap().values().map(|v| v.as_u64().unwrap()).sum();
    assert_eq!(total, 40);
    for (code, n) in text["objections"].as_object().unwrap() {
        assert!(n.as_u64().unwrap() > 0);
        assert!(text["objection_reasons"][code].as_object().is_some_and(|r| !r.is_empty()), "{code} has no reason");
    }
    assert!(a["timing"]["sessions_per_second"].as_f64().unwrap() > 0.0);
    a.as_object_mut().unwrap().remove("timing");
    b.as_object_mut().unwrap().remove("timing");
    assert_eq!(a, b, "same seed, same results, whatever the thread count");
}

#[test]
fn the_first_committee_puts_both_texts_to_a_recorded_vote() {
    let v = json(&["simulate", "--scenario", "first_committee_2018", "--runs", "4", "--json"]);
    for id in ["A/C.1/73/L.27/Rev.1", "A/C.1/73/L.37"] {
        let text = &v["texts"][id];
        let voted = text["outcomes"]["adopted_by_vote"].as_u64().unwrap()
            + text["outcomes"]["rejected_by_vote"].as_u64().unwrap();
        if voted > 0 {
            let votes = text["votes"].as_object().unwrap();
            assert_eq!(votes.len(), 193);
            let rus = &votes["RUS"];
            assert_eq!(
                rus["yes"].as_u64().unwrap() + rus["no"].as_u64().unwrap() + rus["abstain"].as_u64().unwrap(),
                voted
            );
        }
    }
    assert!(Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/first_committee_2018.ron").exists());
}

#[test]
fn a_damaged_save_is_refused_before_any_window_opens() {
    let dir = std::env::temp_dir().join(format!("oewg-cli-save-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.ron");
    std::fs::write(&bad, "SaveGame(format: 1, scenario: \"tutorial\",").unwrap();
    let out = oewg().args(["play", "--load"]).arg(&bad).output().unwrap();
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("cannot load the save") && err.contains("bad.ron"), "{err}");
}

#[test]
fn without_a_display_the_window_explains_instead_of_panicking() {
    let out = oewg()
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .args(["play", "--scenario", "tutorial"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no display") && err.contains("xvfb-run"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}
