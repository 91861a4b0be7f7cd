//! What people ask for, who asked, and whether they may: an intent travels with
//! its sender from the window or a browser into the model, which refuses what
//! that sender may not do, with a reason the sender is shown.

use super::draft::{Draft, Edit, EditError};
use super::room::{Room, Stand};
use super::scenario::{Penholder, Scenario};
use super::seating::{Holder, Seat, Seating, Sender};
use super::session::{Clock, Phase};

/// Longest text a person may table in their own words (characters).
pub const MAX_OWN_WORDS: usize = 1200;

/// What a person (or a remote seat) asks for.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Intent {
    /// A delegation proposes an amendment to text `text`; the penholder weighs it. The
    /// delegation's own words, if it wrote them, are what it tabled; the edit is how the room reads them.
    Propose { text: usize, edit: Edit, own_words: Option<String> },
    /// A delegation lobbies another on an issue, spending capital.
    Lobby { target: usize, issue: usize },
    /// A delegation lobbies a negotiating group through its coordinator.
    LobbyGroup { group: usize, issue: usize },
    /// The penholder (a person) edits its text directly.
    ChairEdit { text: usize, edit: Edit },
    /// The chair (a person) calls for adoption once this round's consultations end.
    CallForAdoption,
    /// A delegation says what it will do at the gavel on text `text`, and may explain its position.
    Declare { text: usize, stand: Stand, explanation: Option<String> },
    /// The instructor hands a seat to a person or to the AI.
    Assign { seat: Seat, holder: Holder },
    /// The instructor injects one of the scenario's events (by index).
    Event { event: usize },
    /// The instructor speaks to the whole room.
    Announce { text: String },
}

/// An intent with its sender: what travels from the window or the network to the model.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Move {
    pub by: Sender,
    pub intent: Intent,
}

/// Why a move was refused; the sender is told in words (see the locale).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Refusal {
    SessionOver,
    /// A move for a seat that no person holds, or that the sender does not hold.
    NotYourSeat,
    /// Only the penholder of that text (a person) may make that move.
    PenholderOnly,
    /// Only a delegation may make that move.
    DelegationOnly,
    /// Only the instructor may make that move.
    InstructorOnly,
    NoSuchDelegation(usize),
    NoSuchIssue(usize),
    NoSuchGroup(usize),
    NotANegotiatingGroup(usize),
    NoSuchText(usize),
    LobbyingYourself,
    /// Not enough capital for this and the lobbying already waiting.
    NoCapital {
        left: f32,
        needed: f32,
    },
    Edit(EditError),
    /// The same move is already waiting.
    Duplicate,
    TooLong {
        max: usize,
    },
    /// Only the sender of a waiting move may withdraw it.
    NotYours,
    NoSuchMove,
    NoSuchEvent(usize),
    /// The calendar provides for the question only from this session (index) on.
    NotInThisSession {
        adoption_from: usize,
    },
    /// No draft is on the table yet: the penholder tables it in this session (index).
    NoDraftYet {
        session: usize,
    },
}

impl Intent {
    /// The phase that acts on this intent; others wait for it. A stand at the gavel and a
    /// change of hands count from the next step on, whatever it is.
    pub fn acted_on_in(&self, phase: Phase) -> bool {
        match self {
            Intent::Declare { .. } | Intent::Assign { .. } | Intent::Event { .. } | Intent::Announce { .. } => {
                phase != Phase::Concluded
            }
            Intent::CallForAdoption => phase == Phase::Revision,
            Intent::Propose { .. } | Intent::Lobby { .. } | Intent::LobbyGroup { .. } | Intent::ChairEdit { .. } => {
                phase == Phase::Consultations
            }
        }
    }
}

/// What the model checks a move against.
pub struct Table<'a> {
    pub scenario: &'a Scenario,
    pub seating: &'a Seating,
    pub drafts: &'a [&'a Draft],
    pub room: &'a Room,
    pub clock: Clock,
}

impl Table<'_> {
    /// Whether the texts are on the table by the consultations that would act on a move made now.
    fn draft_on_the_table(&self) -> Result<(), Refusal> {
        let scenario = self.scenario;
        let tabling = scenario.tabling_session();
        let acting_round =
            if self.clock.phase == Phase::Consultations { self.clock.round } else { self.clock.round + 1 };
        if tabling > 0 && acting_round < scenario.session_start(tabling) {
            return Err(Refusal::NoDraftYet { session: tabling });
        }
        Ok(())
    }

    fn person_holds(&self, seat: Seat) -> bool {
        self.seating.holder(seat) == Holder::Person
    }

    /// The seat that holds the pen on text `text`.
    pub fn penholder_seat(&self, text: usize) -> Seat {
        match self.scenario.texts[text].penholder {
            Penholder::Chair => Seat::Chair,
            Penholder::Sponsor(d) => Seat::Delegation(d),
        }
    }

    fn text(&self, text: usize) -> Result<&Draft, Refusal> {
        self.drafts.get(text).copied().ok_or(Refusal::NoSuchText(text))
    }

    fn delegation(&self, d: usize) -> Result<(), Refusal> {
        if d < self.scenario.delegations.len() { Ok(()) } else { Err(Refusal::NoSuchDelegation(d)) }
    }

    fn issue(&self, i: usize) -> Result<(), Refusal> {
        if i < self.scenario.issues.len() { Ok(()) } else { Err(Refusal::NoSuchIssue(i)) }
    }

    fn own_words(words: &Option<String>) -> Result<(), Refusal> {
        match words {
            Some(w) if w.chars().count() > MAX_OWN_WORDS => Err(Refusal::TooLong { max: MAX_OWN_WORDS }),
            _ => Ok(()),
        }
    }

    /// Whether `mv` may be made now; `waiting` are the moves already queued, so that a
    /// duplicate is refused and capital is counted for what is already waiting.
    pub fn check(&self, mv: &Move, waiting: &[Move]) -> Result<(), Refusal> {
        if self.clock.phase == Phase::Concluded {
            return Err(Refusal::SessionOver);
        }
        if waiting.contains(mv) {
            return Err(Refusal::Duplicate);
        }
        // The sender must hold its seat (the instructor holds no seat).
        if let Some(seat) = mv.by.seat() {
            if let Seat::Delegation(d) = seat {
                self.delegation(d)?;
            }
            // The instructor's latest waiting change of this seat counts already: a student who
            // has just taken a seat may act before the next step applies it.
            let assigned = waiting.iter().rev().find_map(|m| match m.intent {
                Intent::Assign { seat: s, holder } if s == seat && m.by == Sender::Instructor => Some(holder),
                _ => None,
            });
            if assigned.map_or(!self.person_holds(seat), |h| h != Holder::Person) {
                return Err(Refusal::NotYourSeat);
            }
        }
        let by_delegation = || mv.by.delegation().ok_or(Refusal::DelegationOnly);
        match &mv.intent {
            Intent::Propose { text, edit, own_words } => {
                by_delegation()?;
                Self::own_words(own_words)?;
                self.draft_on_the_table()?;
                self.text(*text)?.check(self.scenario, *edit).map_err(Refusal::Edit)
            }
            Intent::Lobby { target, issue } => {
                let by = by_delegation()?;
                self.delegation(*target)?;
                self.issue(*issue)?;
                if *target == by {
                    return Err(Refusal::LobbyingYourself);
                }
                self.capital_for_one_more(by, waiting)
            }
            Intent::LobbyGroup { group, issue } => {
                let by = by_delegation()?;
                let g = self.scenario.groups.get(*group).ok_or(Refusal::NoSuchGroup(*group))?;
                if !g.negotiates {
                    return Err(Refusal::NotANegotiatingGroup(*group));
                }
                self.issue(*issue)?;
                self.capital_for_one_more(by, waiting)
            }
            Intent::ChairEdit { text, edit } => {
                let draft = self.text(*text)?;
                if mv.by.seat() != Some(self.penholder_seat(*text)) {
                    return Err(Refusal::PenholderOnly);
                }
                self.draft_on_the_table()?;
                draft.check(self.scenario, *edit).map_err(Refusal::Edit)
            }
            Intent::CallForAdoption => {
                if mv.by != Sender::Chair {
                    return Err(Refusal::PenholderOnly);
                }
                // The calendar says when the question may be put.
                let scenario = self.scenario;
                if !scenario.sessions.is_empty() && !scenario.session_of(self.clock.round).1.adoption {
                    let from = scenario.sessions.iter().position(|s| s.adoption).unwrap_or(0);
                    return Err(Refusal::NotInThisSession { adoption_from: from });
                }
                Ok(())
            }
            Intent::Declare { text, explanation, .. } => {
                by_delegation()?;
                self.text(*text)?;
                Self::own_words(explanation)
            }
            Intent::Assign { seat, .. } => {
                if mv.by != Sender::Instructor {
                    return Err(Refusal::InstructorOnly);
                }
                match seat {
                    Seat::Delegation(d) => self.delegation(*d),
                    Seat::Chair => Ok(()),
                }
            }
            Intent::Event { event } => {
                if mv.by != Sender::Instructor {
                    return Err(Refusal::InstructorOnly);
                }
                if *event >= self.scenario.events.len() {
                    return Err(Refusal::NoSuchEvent(*event));
                }
                Ok(())
            }
            Intent::Announce { text } => {
                if mv.by != Sender::Instructor {
                    return Err(Refusal::InstructorOnly);
                }
                Self::own_words(&Some(text.clone()))
            }
        }
    }

    fn capital_for_one_more(&self, by: usize, waiting: &[Move]) -> Result<(), Refusal> {
        let queued = waiting
            .iter()
            .filter(|m| m.by == Sender::Delegation(by))
            .filter(|m| matches!(m.intent, Intent::Lobby { .. } | Intent::LobbyGroup { .. }))
            .count();
        let cost = self.scenario.params.lobby_cost;
        let needed = cost * (queued + 1) as f32;
        let left = self.room.capital[by];
        if left + 1e-4 < needed { Err(Refusal::NoCapital { left, needed }) } else { Ok(()) }
    }
}

/// One waiting move and its number, so that the person who sent it can withdraw it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Waiting {
    pub id: u64,
    pub mv: Move,
}

/// The moves people have made that no step has acted on yet.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Agenda {
    next_id: u64,
    pub waiting: Vec<Waiting>,
}

impl Agenda {
    /// Queues a move once `table` allows it; returns its number.
    pub fn submit(&mut self, table: &Table, mv: Move) -> Result<u64, Refusal> {
        let moves: Vec<Move> = self.waiting.iter().map(|w| w.mv.clone()).collect();
        table.check(&mv, &moves)?;
        self.next_id += 1;
        self.waiting.push(Waiting { id: self.next_id, mv });
        Ok(self.next_id)
    }

    /// Takes back a waiting move; only its sender (or the instructor) may.
    pub fn withdraw(&mut self, id: u64, by: Sender) -> Result<Move, Refusal> {
        let at = self.waiting.iter().position(|w| w.id == id).ok_or(Refusal::NoSuchMove)?;
        if self.waiting[at].mv.by != by && by != Sender::Instructor {
            return Err(Refusal::NotYours);
        }
        Ok(self.waiting.remove(at).mv)
    }

    /// The moves the step about to run in `phase` acts on, in the order they were made;
    /// the rest keep waiting.
    pub fn take(&mut self, phase: Phase) -> Vec<Move> {
        let (taken, kept): (Vec<Waiting>, Vec<Waiting>) =
            std::mem::take(&mut self.waiting).into_iter().partition(|w| w.mv.intent.acted_on_in(phase));
        self.waiting = kept;
        taken.into_iter().map(|w| w.mv).collect()
    }

    pub fn clear(&mut self) {
        self.waiting.clear();
    }
}

impl EditError {
    /// Whether the edit names something out of range (as opposed to something the text no longer allows).
    pub fn out_of_range(&self) -> bool {
        matches!(self, EditError::NoSuchParagraph(_) | EditError::NoSuchRung(_) | EditError::NoSuchIssue(_))
    }
}
