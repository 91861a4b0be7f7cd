//! The negotiation rules: plain Rust over plain data, no Bevy and nothing of the file
//! formats. Fast and testable without an App; the ECS and the command line both drive
//! these functions.

pub mod ai;
pub mod ballot;
pub mod brief;
pub mod chair;
pub mod consensus;
pub mod digest;
pub mod draft;
pub mod evaluate;
pub mod forecast;
pub mod intent;
pub mod lexicon;
pub mod odds;
pub mod record;
pub mod room;
pub mod save;
pub mod scenario;
pub mod seating;
pub mod session;

pub use consensus::{Gavel, Objection, Outcome, Tally, Vote};
pub use draft::{Draft, Edit, Paragraph, ParagraphStatus, Placement};
pub use evaluate::{Assessment, Reason, Verdict, VerdictKind};
pub use intent::{Agenda, Intent, Move, Refusal};
pub use record::Record;
pub use room::{Room, Stand};
pub use scenario::{Delegation, Issue, RedLine, Scenario, Stance};
pub use seating::{Holder, Seat, Seating, Sender};
pub use session::{Clock, Phase, Session, TextState};
