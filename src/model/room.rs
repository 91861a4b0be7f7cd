//! The dynamic state of every delegation, as arrays laid out issue by issue: the cell of
//! delegation `d` on issue `i` is `i * delegations + d` (`Room::at`). Struct of arrays, one
//! column per issue, so that the passes over the whole room run down contiguous columns.

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::scenario::{RedLine, Scenario};

#[derive(Debug, Clone, PartialEq)]
pub struct Room {
    pub issues: usize,
    pub delegations: usize,
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
    /// Every red line, as (issue, delegation), issue by issue: the passes over the room look at these
    /// cells alone. Kept with `lined` by `relined`.
    pub lines: Vec<(usize, usize)>,
    /// Diplomatic capital left for lobbying.
    pub capital: Vec<f32>,
    /// Value of reaching any agreement, before deadline pressure.
    pub base_agreement_value: f32,
    /// Grows from 1 toward 1 + deadline_pressure as the clock runs out.
    pub pressure: f32,
}

/// One stance as the scenario states it, as a run draws it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StatedCell {
    pub estimated: bool,
    pub camp: Option<usize>,
    pub ideal: f32,
    /// As a weight from 0 to 1.
    pub salience: f32,
    pub red_line: Option<RedLine>,
}

/// One cell of a run's draw.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DrawnCell {
    pub ideal: f32,
    pub salience: f32,
    pub red_line: Option<RedLine>,
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
        let delegations = scenario.delegations.len();
        let mut room = Room {
            issues: n,
            delegations,
            ideal: vec![0.0; n * delegations],
            salience: vec![0.0; n * delegations],
            red_lines: vec![None; n * delegations],
            declared: vec![false; n * delegations],
            lined: Vec::new(),
            lines: Vec::new(),
            capital: vec![scenario.params.capital; delegations],
            base_agreement_value: scenario.params.agreement_value,
            pressure: 1.0,
        };
        for (d, delegation) in scenario.delegations.iter().enumerate() {
            for (i, stance) in delegation.stances.iter().enumerate().take(n) {
                let k = room.at(d, i);
                room.ideal[k] = stance.ideal;
                room.salience[k] = stance.salience / 100.0;
                room.red_lines[k] = stance.red_line;
                room.declared[k] = stance.red_line.is_some() && !stance.source.is_estimate();
            }
        }
        room.relined();
        room
    }

    /// The room of one run: stances whose source is an estimate are drawn
    /// around their estimate (ideal ± `estimate_spread`, salience ×0.75 to ×1.25).
    /// Red lines are uncertain: a camp's red lines hold or give way together (one draw per
    /// camp, with the camp's chance), a red line outside any camp holds with probability
    /// `red_line_confidence`. Documented positions stay as they are.
    pub fn drawn(scenario: &Scenario, rng: &mut ChaCha8Rng) -> Room {
        let mut room = Room::stated(scenario).clone();
        let drawn = Room::draw_cells(scenario, rng);
        let cells = room.ideal.iter_mut().zip(&mut room.salience).zip(&mut room.red_lines);
        for (((ideal, salience), red_line), cell) in cells.zip(drawn) {
            (*ideal, *salience, *red_line) = (cell.ideal, cell.salience, cell.red_line);
        }
        room.relined();
        room
    }

    /// The room as the scenario states it, worked out once per scenario.
    fn stated(scenario: &Scenario) -> &Room {
        &Room::stated_with_cells(scenario).0
    }

    /// The stated room, and its stances as a run draws them, delegation by delegation.
    fn stated_with_cells(scenario: &Scenario) -> &(Room, Vec<StatedCell>) {
        scenario.stated_room.get_or_init(|| {
            let cells = scenario
                .delegations
                .iter()
                .flat_map(|d| {
                    d.stances.iter().map(|s| StatedCell {
                        estimated: s.source.is_estimate(),
                        camp: s.camp,
                        ideal: s.ideal,
                        salience: s.salience / 100.0,
                        red_line: s.red_line,
                    })
                })
                .collect();
            (Room::new(scenario), cells)
        })
    }

    /// One run's draw of what is uncertain (see `drawn`): every cell of the room, in the room's order.
    pub fn draw_cells(scenario: &Scenario, rng: &mut ChaCha8Rng) -> Vec<DrawnCell> {
        let (stated, cells) = Room::stated_with_cells(scenario);
        let spread = scenario.params.estimate_spread;
        let (n, delegations) = (stated.issues, stated.delegations);
        let camp_holds: Vec<bool> = scenario.camps.iter().map(|c| rng.random::<f32>() < c.holds).collect();
        let mut drawn = vec![DrawnCell { ideal: 0.0, salience: 0.0, red_line: None }; stated.ideal.len()];
        // Drawn delegation by delegation, issue by issue: the order of the random stream.
        for (k, c) in cells.iter().enumerate().take(n * delegations) {
            let (mut ideal, mut salience, mut red_line) = (c.ideal, c.salience, c.red_line);
            if c.estimated && spread > 0.0 {
                let shift: f32 = rng.random_range(-spread..=spread);
                ideal = (ideal + shift).clamp(0.0, 100.0);
                let scale: f32 = rng.random_range(0.75..=1.25);
                salience = (salience * scale).clamp(0.0, 1.0);
            }
            if red_line.is_some() {
                let holds = match c.camp {
                    Some(camp) => camp_holds[camp],
                    None => rng.random::<f32>() < scenario.params.red_line_confidence,
                };
                if !holds {
                    red_line = None;
                }
            }
            let (d, i) = (k / n, k % n);
            drawn[i * delegations + d] = DrawnCell { ideal, salience, red_line };
        }
        drawn
    }

    /// Works out again which delegations have any red line (after red lines were drawn anew).
    pub fn relined(&mut self) {
        let delegations = self.delegations;
        self.lined.clear();
        self.lined.resize(delegations, false);
        self.lines.clear();
        for (k, line) in self.red_lines.iter().enumerate() {
            if line.is_some() {
                let (i, d) = (k / delegations.max(1), k % delegations.max(1));
                self.lined[d] = true;
                self.lines.push((i, d));
            }
        }
    }

    /// Per delegation, the first issue whose red line a text crosses, the text standing at
    /// `position(i)` on issue `i`; with `known_only`, a red line counts once the room knows it.
    pub fn first_lines_crossed(&self, position: impl Fn(usize) -> f32, known_only: bool) -> Vec<Option<usize>> {
        let mut first: Vec<Option<usize>> = vec![None; self.delegations];
        // The red lines are few, and `lines` runs issue by issue: the first found is the first issue.
        for &(i, d) in &self.lines {
            let k = self.at(d, i);
            if first[d].is_none()
                && (!known_only || self.declared[k])
                && self.red_lines[k].is_some_and(|r| r.crossed_by(position(i)))
            {
                first[d] = Some(i);
            }
        }
        first
    }

    /// The cell of delegation `d` on issue `i`.
    #[inline]
    pub fn at(&self, d: usize, i: usize) -> usize {
        i * self.delegations + d
    }

    /// The cells of issue `i`, one per delegation in delegation order.
    #[inline]
    pub fn column(&self, i: usize) -> std::ops::Range<usize> {
        i * self.delegations..(i + 1) * self.delegations
    }

    /// A per-cell array in delegation order (each delegation's issues in turn), as the room's
    /// fingerprint has always read it.
    pub fn by_delegation<T: Copy>(&self, cells: &[T]) -> Vec<T> {
        (0..self.delegations).flat_map(|d| (0..self.issues).map(move |i| cells[i * self.delegations + d])).collect()
    }

    /// The room a session with this seed opens on: what the capital's instructions are
    /// written from, and what the session itself starts with.
    pub fn opening(scenario: &Scenario, seed: u64) -> Room {
        Room::drawn(scenario, &mut ChaCha8Rng::seed_from_u64(seed))
    }

    pub fn ideal(&self, d: usize, i: usize) -> f32 {
        self.ideal[self.at(d, i)]
    }
    pub fn salience(&self, d: usize, i: usize) -> f32 {
        self.salience[self.at(d, i)]
    }
    pub fn red_line(&self, d: usize, i: usize) -> Option<RedLine> {
        self.red_lines[self.at(d, i)]
    }

    /// Delegation `d` makes its red line on `issue` known (it objects, or warns that it will).
    pub fn declare(&mut self, d: usize, i: usize) {
        let k = self.at(d, i);
        self.declared[k] = true;
    }

    /// Whether delegation `d`'s red line on issue `i` is known to the room.
    pub fn is_declared(&self, d: usize, i: usize) -> bool {
        self.declared[self.at(d, i)]
    }

    pub fn agreement_value(&self, _d: usize) -> f32 {
        self.base_agreement_value * self.pressure
    }

    /// Moves an ideal point toward `target` by at most `step`, never past it.
    pub fn nudge(&mut self, d: usize, i: usize, target: f32, step: f32) {
        let k = self.at(d, i);
        let x = &mut self.ideal[k];
        let gap = target - *x;
        *x += gap.clamp(-step.abs(), step.abs());
    }
}
