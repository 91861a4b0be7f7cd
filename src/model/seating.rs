//! Who holds which seat: the AI or a person. One notion for the batch runs, the
//! window (one person or several at one machine) and the classroom host.

/// A seat at the table: a delegation, or the chair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub enum Seat {
    Delegation(usize),
    Chair,
}

/// Who sent an intent: a seat, or the instructor at the host.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub enum Sender {
    Delegation(usize),
    Chair,
    Instructor,
}

impl From<Seat> for Sender {
    fn from(seat: Seat) -> Sender {
        match seat {
            Seat::Delegation(d) => Sender::Delegation(d),
            Seat::Chair => Sender::Chair,
        }
    }
}

impl Sender {
    pub fn seat(self) -> Option<Seat> {
        match self {
            Sender::Delegation(d) => Some(Seat::Delegation(d)),
            Sender::Chair => Some(Seat::Chair),
            Sender::Instructor => None,
        }
    }
    pub fn delegation(self) -> Option<usize> {
        match self {
            Sender::Delegation(d) => Some(d),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize)]
pub enum Holder {
    #[default]
    Ai,
    Person,
}

/// Who holds every seat. Changes only through intents, so a save replays them.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Seating {
    pub delegations: Vec<Holder>,
    pub chair: Holder,
}

impl Seating {
    /// Everyone played by the AI.
    pub fn ai(delegations: usize) -> Seating {
        Seating { delegations: vec![Holder::Ai; delegations], chair: Holder::Ai }
    }

    /// People hold `seats`; the AI the rest. Seats outside the table are ignored
    /// (callers check them against the scenario first).
    pub fn with_people(delegations: usize, seats: &[Seat]) -> Seating {
        let mut seating = Seating::ai(delegations);
        for &seat in seats {
            seating.assign(seat, Holder::Person);
        }
        seating
    }

    pub fn holder(&self, seat: Seat) -> Holder {
        match seat {
            Seat::Delegation(d) => self.delegations.get(d).copied().unwrap_or_default(),
            Seat::Chair => self.chair,
        }
    }

    pub fn assign(&mut self, seat: Seat, holder: Holder) {
        match seat {
            Seat::Delegation(d) => {
                if let Some(h) = self.delegations.get_mut(d) {
                    *h = holder;
                }
            }
            Seat::Chair => self.chair = holder,
        }
    }

    /// Whether the AI plays delegation `d`.
    pub fn ai_plays(&self, d: usize) -> bool {
        self.holder(Seat::Delegation(d)) == Holder::Ai
    }

    /// Seats held by people: the chair first, then delegations in code order.
    pub fn people(&self) -> Vec<Seat> {
        let chair = (self.chair == Holder::Person).then_some(Seat::Chair);
        chair
            .into_iter()
            .chain((0..self.delegations.len()).filter(|&d| !self.ai_plays(d)).map(Seat::Delegation))
            .collect()
    }
}
