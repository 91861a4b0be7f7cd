//! Saved sessions. A save holds how the session began (scenario, text, seed,
//! who plays what) and the intents each phase step acted on; loading replays
//! them. Same seed and same actions give the same session, so the replay is the
//! session, and a save stays small and readable.

use std::sync::Arc;

use super::scenario::Scenario;
use super::session::{Clock, Intent, Phase, Session};

/// The current save format.
pub const FORMAT: u32 = 1;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SaveGame {
    pub format: u32,
    /// The scenario file as it was opened.
    pub scenario: String,
    /// Its id, to refuse a save made for another scenario.
    pub scenario_id: String,
    /// The text negotiated, by id.
    pub text: String,
    pub seed: u64,
    /// Delegations played by people, by code.
    pub players: Vec<String>,
    pub player_chair: bool,
    /// The intents each phase step acted on, one entry per step.
    pub steps: Vec<Vec<Intent>>,
    /// Where the session stood, to check the replay and to show in the load list.
    pub round: u32,
    pub phase: Phase,
    pub entries: usize,
    pub revision: u32,
}

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum SaveError {
    #[error("{0}")]
    Syntax(String),
    #[error("save format {found} is not supported (expected {FORMAT})")]
    Format { found: u32 },
    #[error("the save is for scenario \"{save}\", not \"{loaded}\"")]
    OtherScenario { save: String, loaded: String },
    #[error("scenario {scenario} has no text \"{text}\"")]
    NoText { scenario: String, text: String },
    #[error("scenario {scenario} has no seat for \"{code}\"")]
    NoSeat { scenario: String, code: String },
    #[error("step {step}: intent {intent:?} refers to a delegation or issue the scenario does not have")]
    BadIntent { step: usize, intent: Intent },
    #[error(
        "replaying the save does not reach where it was saved (round {round}, {entries} entries): the scenario has changed since"
    )]
    Diverged { round: u32, entries: usize },
}

/// Where a session stands, to check a replay against.
#[derive(Debug, Clone, Copy)]
pub struct Reached {
    pub clock: Clock,
    pub entries: usize,
    pub revision: u32,
}

/// How a session begins, by index into a loaded scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct Start {
    pub text: usize,
    pub seed: u64,
    pub players: Vec<usize>,
    pub player_chair: bool,
}

impl SaveGame {
    /// A save of `session`, begun as `start` from the file `scenario_path`, after `steps`.
    pub fn of(session: &Session, scenario_path: &str, start: &Start, steps: &[Vec<Intent>]) -> SaveGame {
        let at =
            Reached { clock: session.clock, entries: session.record.entries.len(), revision: session.draft.revision };
        SaveGame::at(&session.scenario, scenario_path, start, steps, at)
    }

    /// A save of a session that has reached `at` after `steps`.
    pub fn at(scenario: &Scenario, scenario_path: &str, start: &Start, steps: &[Vec<Intent>], at: Reached) -> SaveGame {
        SaveGame {
            format: FORMAT,
            scenario: scenario_path.to_string(),
            scenario_id: scenario.id.clone(),
            text: scenario.texts[start.text].id.clone(),
            seed: start.seed,
            players: start.players.iter().map(|&d| scenario.delegations[d].code.clone()).collect(),
            player_chair: start.player_chair,
            steps: steps.to_vec(),
            round: at.clock.round,
            phase: at.clock.phase,
            entries: at.entries,
            revision: at.revision,
        }
    }

    pub fn to_ron(&self) -> String {
        let config = ron::ser::PrettyConfig::new().depth_limit(3).struct_names(true);
        ron::ser::to_string_pretty(self, config).expect("a save serialises")
    }

    pub fn from_ron(text: &str) -> Result<SaveGame, SaveError> {
        let save: SaveGame = ron::from_str(text)
            .map_err(|e| SaveError::Syntax(format!("{}:{}: {}", e.span.start.line, e.span.start.col, e.code)))?;
        if save.format != FORMAT {
            return Err(SaveError::Format { found: save.format });
        }
        Ok(save)
    }

    /// How the session began, checked against the loaded scenario.
    pub fn start(&self, scenario: &Scenario) -> Result<Start, SaveError> {
        if self.scenario_id != scenario.id {
            return Err(SaveError::OtherScenario { save: self.scenario_id.clone(), loaded: scenario.id.clone() });
        }
        let text = scenario
            .text_index(&self.text)
            .ok_or_else(|| SaveError::NoText { scenario: scenario.id.clone(), text: self.text.clone() })?;
        let players = self
            .players
            .iter()
            .map(|code| {
                scenario
                    .delegation_index(code)
                    .ok_or_else(|| SaveError::NoSeat { scenario: scenario.id.clone(), code: code.clone() })
            })
            .collect::<Result<Vec<_>, _>>()?;
        for (step, intents) in self.steps.iter().enumerate() {
            if let Some(intent) = intents.iter().find(|i| !i.fits(scenario)) {
                return Err(SaveError::BadIntent { step, intent: *intent });
            }
        }
        Ok(Start { text, seed: self.seed, players, player_chair: self.player_chair })
    }

    /// The session, replayed to where it was saved.
    pub fn replay(&self, scenario: Arc<Scenario>) -> Result<(Start, Session), SaveError> {
        let start = self.start(&scenario)?;
        let mut session = replay(scenario, &start, &self.steps);
        let reached = session.clock.round == self.round
            && session.clock.phase == self.phase
            && session.record.entries.len() == self.entries
            && session.draft.revision == self.revision;
        if !reached {
            return Err(SaveError::Diverged { round: self.round, entries: self.entries });
        }
        session.record.verbose = true;
        Ok((start, session))
    }
}

/// Plays `steps` from the start: the same seed and the same intents give the same session.
pub fn replay(scenario: Arc<Scenario>, start: &Start, steps: &[Vec<Intent>]) -> Session {
    let mut session = Session::with_players(scenario, start.text, start.seed, &start.players, start.player_chair, true);
    for intents in steps {
        session.step(intents);
    }
    session
}
