//! Reads a player's free text as a paragraph the model knows: which issue it is
//! about (the issues' keywords, from the scenario) and which step of that
//! issue's wording ladder it is closest to. The reading is shown to the player,
//! who can correct it before proposing.

use super::scenario::Scenario;

#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    /// The issue the text is about, if any keyword matched.
    pub issue: Option<usize>,
    /// The closest step on that issue's ladder.
    pub rung: usize,
    /// The keywords found, as written in the scenario.
    pub matched: Vec<String>,
    /// Other issues whose keywords also matched, best first.
    pub also: Vec<usize>,
}

fn words(text: &str, stop: &[&str]) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| w.chars().count() > 1 && !stop.contains(w))
        .map(str::to_string)
        .collect()
}

/// The issue and ladder step the text reads as. `stop` are words too common in UN
/// drafting to tell wordings apart (the locale's list, for the language of the text).
pub fn read(scenario: &Scenario, text: &str, stop: &[&str]) -> Reading {
    let lower = text.to_lowercase();
    // Longer phrases are stronger evidence: score by words per matched keyword.
    let mut scores: Vec<(usize, usize, Vec<String>)> = scenario
        .issues
        .iter()
        .enumerate()
        .filter_map(|(i, issue)| {
            let matched: Vec<String> =
                issue.keywords.iter().filter(|k| lower.contains(&k.to_lowercase())).cloned().collect();
            let score: usize = matched.iter().map(|k| k.split_whitespace().count()).sum();
            (score > 0).then_some((i, score, matched))
        })
        .collect();
    scores.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let Some((issue, _, matched)) = scores.first().cloned() else {
        return Reading { issue: None, rung: 0, matched: Vec::new(), also: Vec::new() };
    };
    let also = scores.iter().skip(1).map(|s| s.0).collect();
    Reading { issue: Some(issue), rung: closest_rung(scenario, issue, text, &matched, stop), matched, also }
}

/// The ladder step sharing the most distinctive words with the text: a word
/// found in every step of the ladder tells nothing, one found in a single step
/// tells most; a matched keyword phrase that a step contains counts double.
/// Ties go to the weaker wording (easier to accept).
pub fn closest_rung(scenario: &Scenario, issue: usize, text: &str, matched: &[String], stop: &[&str]) -> usize {
    let ladder = &scenario.issues[issue].ladder;
    let rungs: Vec<Vec<String>> = ladder.iter().map(|w| words(&w.text, stop)).collect();
    let mine = words(text, stop);
    let mut best = (ladder.len().saturating_sub(1), 0.0_f32);
    for (r, rung_words) in rungs.iter().enumerate().filter(|(r, _)| ladder[*r].available) {
        let score: f32 = mine
            .iter()
            .filter(|w| rung_words.contains(w))
            .map(|w| {
                let in_rungs = rungs.iter().filter(|other| other.contains(w)).count() as f32;
                1.0 - (in_rungs - 1.0) / rungs.len() as f32
            })
            .sum::<f32>()
            + matched
                .iter()
                .filter(|k| ladder[r].text.to_lowercase().contains(&k.to_lowercase()))
                .map(|k| 2.0 * k.split_whitespace().count() as f32)
                .sum::<f32>();
        if score > best.1 || (score == best.1 && score > 0.0 && r > best.0) {
            best = (r, score);
        }
    }
    best.0
}
