//! Saved sessions. A save holds how the session began (scenario, seed, who held
//! which seat) and the moves each phase step acted on; loading replays them. Same
//! seed and same moves give the same session, so the replay is the session; a
//! digest of the model state after every step catches any save that does not
//! replay faithfully, at the step where it first differs.

use std::sync::Arc;

use super::digest::digest;
use super::intent::{Intent, Move};
use super::scenario::Scenario;
use super::seating::{Seat, Sender};
use super::session::{Phase, Session};

/// The current save format. Format 2: moves carry their sender, a digest per step. Format 3: the
/// room that negotiates (declared red lines, delegations' memory of their asks, the chair's reasons).
pub const FORMAT: u32 = 3;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SaveGame {
    pub format: u32,
    /// The scenario: the id of a shipped one, or the file an author opened.
    pub scenario: String,
    /// Its id, to refuse a save made for another scenario.
    pub scenario_id: String,
    pub seed: u64,
    /// Seats people held at the start: "chair" or delegation codes.
    pub people: Vec<String>,
    /// The moves each phase step acted on, one entry per step.
    pub steps: Vec<Vec<Move>>,
    /// The digest of the model state after each step, in hexadecimal.
    pub digests: Vec<String>,
    /// Where the session stood, for the load list.
    pub round: u32,
    pub phase: Phase,
    /// When it was saved (RFC 3339), for the load list.
    pub saved_at: String,
}

#[derive(Debug, Clone, thiserror::Error, PartialEq)]
pub enum SaveError {
    #[error("{0}")]
    Syntax(String),
    #[error("save format {found} is not supported (expected {FORMAT})")]
    Format { found: u32 },
    #[error("the save is for scenario \"{save}\", not \"{loaded}\"")]
    OtherScenario { save: String, loaded: String },
    #[error("scenario {scenario} has no seat for \"{code}\"")]
    NoSeat { scenario: String, code: String },
    #[error("step {step}: a move refers to a delegation, issue, group or text the scenario does not have")]
    BadMove { step: usize },
    #[error("the save has {steps} steps but {digests} digests")]
    Digests { steps: usize, digests: usize },
    #[error(
        "replaying the save differs from the saved session at step {step} of {steps}: the save or its scenario has changed"
    )]
    Diverged { step: usize, steps: usize },
}

/// How a session begins.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Start {
    pub seed: u64,
    /// Seats people hold.
    pub people: Vec<Seat>,
}

/// A seat as a save names it.
pub fn seat_name(scenario: &Scenario, seat: Seat) -> String {
    match seat {
        Seat::Chair => "chair".to_string(),
        Seat::Delegation(d) => scenario.delegations[d].code.clone(),
    }
}

/// A seat named "chair" or by a seated delegation's code (any case).
pub fn seat_named(scenario: &Scenario, name: &str) -> Option<Seat> {
    if name.eq_ignore_ascii_case("chair") {
        return Some(Seat::Chair);
    }
    scenario.delegation_index(&name.to_ascii_uppercase()).map(Seat::Delegation)
}

impl Move {
    /// Whether every delegation, issue, group and text the move names is in the scenario.
    pub fn fits(&self, scenario: &Scenario) -> bool {
        let (n, issues, groups, texts) =
            (scenario.delegations.len(), scenario.issues.len(), scenario.groups.len(), scenario.texts.len());
        let sender_fits = match self.by {
            Sender::Delegation(d) => d < n,
            Sender::Chair | Sender::Instructor => true,
        };
        sender_fits
            && match &self.intent {
                Intent::Propose { text, .. } | Intent::ChairEdit { text, .. } | Intent::Declare { text, .. } => {
                    *text < texts
                }
                Intent::Lobby { target, issue } => *target < n && *issue < issues,
                Intent::LobbyGroup { group, issue } => *group < groups && *issue < issues,
                Intent::CallForAdoption => true,
                Intent::Assign { seat, .. } => match seat {
                    Seat::Delegation(d) => *d < n,
                    Seat::Chair => true,
                },
                Intent::Event { event } => *event < scenario.events.len(),
                Intent::Announce { .. } => true,
            }
    }
}

impl SaveGame {
    /// A save of `session`, begun as `start` from `scenario` (an id or a file), after `steps`.
    pub fn of(session: &Session, scenario: &str, start: &Start, steps: &[Vec<Move>], digests: &[u64]) -> SaveGame {
        SaveGame {
            format: FORMAT,
            scenario: scenario.to_string(),
            scenario_id: session.scenario.id.clone(),
            seed: start.seed,
            people: start.people.iter().map(|&s| seat_name(&session.scenario, s)).collect(),
            steps: steps.to_vec(),
            digests: digests.iter().map(|d| format!("{d:016x}")).collect(),
            round: session.clock.round,
            phase: session.clock.phase,
            saved_at: jiff::Timestamp::now().to_string(),
        }
    }

    pub fn to_ron(&self) -> String {
        let config = ron::ser::PrettyConfig::new().depth_limit(3).struct_names(true);
        ron::ser::to_string_pretty(self, config).unwrap_or_default()
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
        let people = self
            .people
            .iter()
            .map(|name| {
                seat_named(scenario, name)
                    .ok_or_else(|| SaveError::NoSeat { scenario: scenario.id.clone(), code: name.clone() })
            })
            .collect::<Result<Vec<_>, _>>()?;
        if let Some(step) = self.steps.iter().position(|moves| moves.iter().any(|m| !m.fits(scenario))) {
            return Err(SaveError::BadMove { step });
        }
        if self.digests.len() != self.steps.len() {
            return Err(SaveError::Digests { steps: self.steps.len(), digests: self.digests.len() });
        }
        Ok(Start { seed: self.seed, people })
    }

    /// The session, replayed to where it was saved, every step checked against its digest.
    pub fn replay(&self, scenario: Arc<Scenario>) -> Result<(Start, Session), SaveError> {
        let start = self.start(&scenario)?;
        let mut session = Session::with_people(scenario, start.seed, &start.people, true);
        let steps = self.steps.len();
        for (step, (moves, expected)) in self.steps.iter().zip(&self.digests).enumerate() {
            if session.clock.phase == Phase::Concluded {
                return Err(SaveError::Diverged { step: step + 1, steps });
            }
            session.step(moves);
            if format!("{:016x}", digest(&session)) != *expected {
                return Err(SaveError::Diverged { step: step + 1, steps });
            }
        }
        Ok((start, session))
    }
}

/// Plays `steps` from the start, and the digest after each: the same seed and the same
/// moves give the same session.
pub fn replay(scenario: Arc<Scenario>, start: &Start, steps: &[Vec<Move>]) -> (Session, Vec<u64>) {
    let mut session = Session::with_people(scenario, start.seed, &start.people, true);
    let mut digests = Vec::with_capacity(steps.len());
    for moves in steps {
        session.step(moves);
        digests.push(digest(&session));
    }
    (session, digests)
}
