//! The dynamic state of every delegation, as arrays indexed `d * issues + i`
//! (struct of arrays keeps the evaluation loop tight).

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::scenario::{RedLine, Scenario};

#[derive(Debug, Clone, PartialEq)]
pub struct Room {
    pub issues: usize,
    /// Ideal points; they move with persuasion and group cohesion.
    pub ideal: Vec<f32>,
    /// Salience as a weight from 0 to 1.
    pub salience: Vec<f32>,
    pub red_lines: Vec<Option<RedLine>>,
    /// Whether the red line is known to the room: documented, or declared in the talks. A red line
    /// the record does not show surfaces only when the delegation says so.
    pub declared: Vec<bool>,
    /// Whether each delegation has any red line at all (most have none: their rows need no look).
    pub lined: Vec<bool>,
    /// Diplomatic capital left for lobbying.
    pub capital: Vec<f32>,
    /// Value of reaching any agreement, before deadline pressure.
    pub base_agreement_value: f32,
    /// Grows from 1 toward 1 + deadline_pressure as the clock runs out.
    pub pressure: f32,
}

/// A delegation's stand when the chair asks "Is there any objection?".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize)]
pub enum Stand {
    /// Object if the verdict is "objects" and blocking is worth its cost (the AI's rule).
    #[default]
    AsInstructed,
    /// Object whatever the verdict, and maintain it.
    Object,
    /// Join consensus whatever the verdict (with an explanation of position if it objects).
    JoinConsensus,
}

impl Room {
    /// Every stance as the scenario states it.
    pub fn new(scenario: &Scenario) -> Room {
        let n = scenario.issues.len();
        let d = scenario.delegations.len();
        let mut room = Room {
            issues: n,
            ideal: Vec::with_capacity(n * d),
            salience: Vec::with_capacity(n * d),
            red_lines: Vec::with_capacity(n * d),
            declared: Vec::with_capacity(n * d),
            lined: Vec::new(),
            capital: vec![scenario.params.capital; d],
            base_agreement_value: scenario.params.agreement_value,
            pressure: 1.0,
        };
        for delegation in &scenario.delegations {
            for stance in &delegation.stances {
                room.ideal.push(stance.ideal);
                room.salience.push(stance.salience / 100.0);
                room.red_lines.push(stance.red_line);
                room.declared.push(stance.red_line.is_some() && !stance.source.is_estimate());
            }
        }
        room.lined = room.red_lines.chunks(n.max(1)).map(|row| row.iter().any(Option::is_some)).collect();
        room
    }

    /// The room of one run: stances whose source is an estimate are drawn
    /// around their estimate (ideal ± `estimate_spread`, salience ×0.75 to ×1.25).
    /// Red lines are uncertain: a camp's red lines hold or give way together (one draw per
    /// camp, with the camp's chance), a red line outside any camp holds with probability
    /// `red_line_confidence`. Documented positions stay as they are.
    pub fn drawn(scenario: &Scenario, rng: &mut ChaCha8Rng) -> Room {
        let (stated, kinds) = scenario.stated_room.get_or_init(|| {
            let kinds = scenario
                .delegations
                .iter()
                .flat_map(|d| d.stances.iter().map(|s| (s.source.is_estimate(), s.camp)))
                .collect();
            (Room::new(scenario), kinds)
        });
        let mut room = stated.clone();
        let spread = scenario.params.estimate_spread;
        let n = room.issues;
        let camp_holds: Vec<bool> = scenario.camps.iter().map(|c| rng.random::<f32>() < c.holds).collect();
        for d in 0..scenario.delegations.len() {
            for i in 0..n {
                let k = d * n + i;
                let (estimated, camp) = kinds[k];
                if estimated && spread > 0.0 {
                    let shift: f32 = rng.random_range(-spread..=spread);
                    room.ideal[k] = (room.ideal[k] + shift).clamp(0.0, 100.0);
                    let scale: f32 = rng.random_range(0.75..=1.25);
                    room.salience[k] = (room.salience[k] * scale).clamp(0.0, 1.0);
                }
                if room.red_lines[k].is_some() {
                    let holds = match camp {
                        Some(c) => camp_holds[c],
                        None => rng.random::<f32>() < scenario.params.red_line_confidence,
                    };
                    if !holds {
                        room.red_lines[k] = None;
                    }
                }
            }
        }
        room.lined = room.red_lines.chunks(n.max(1)).map(|row| row.iter().any(Option::is_some)).collect();
        room
    }

    /// The room a session with this seed opens on: what the capital's instructions are
    /// written from, and what the session itself starts with.
    pub fn opening(scenario: &Scenario, seed: u64) -> Room {
        Room::drawn(scenario, &mut ChaCha8Rng::seed_from_u64(seed))
    }

    pub fn ideal(&self, d: usize, i: usize) -> f32 {
        self.ideal[d * self.issues + i]
    }
    pub fn salience(&self, d: usize, i: usize) -> f32 {
        self.salience[d * self.issues + i]
    }
    pub fn red_line(&self, d: usize, i: usize) -> Option<RedLine> {
        self.red_lines[d * self.issues + i]
    }

    /// Delegation `d` makes its red line on `issue` known (it objects, or warns that it will).
    pub fn declare(&mut self, d: usize, i: usize) {
        self.declared[d * self.issues + i] = true;
    }

    pub fn agreement_value(&self, _d: usize) -> f32 {
        self.base_agreement_value * self.pressure
    }

    /// Moves an ideal point toward `target` by at most `step`, never past it.
    pub fn nudge(&mut self, d: usize, i: usize, target: f32, step: f32) {
        let x = &mut self.ideal[d * self.issues + i];
        let gap = target - *x;
        *x += gap.clamp(-step.abs(), step.abs());
    }
}
