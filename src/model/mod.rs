//! The negotiation rules: plain Rust over plain data, no Bevy. Fast and
//! testable without an App; the ECS and the CLI both drive these functions.

pub mod ai;
pub mod brief;
pub mod consensus;
pub mod draft;
pub mod evaluate;
pub mod forecast;
pub mod lexicon;
pub mod record;
pub mod room;
pub mod save;
pub mod scenario;
pub mod session;

pub use consensus::{Gavel, Objection, Outcome, Vote};
pub use draft::{Draft, Edit, Paragraph, ParagraphStatus};
pub use evaluate::{Assessment, Reason, Verdict, VerdictKind};
pub use record::Record;
pub use room::{Room, Stand};
pub use scenario::{Delegation, Issue, RedLine, Scenario, Stance};
pub use session::{Clock, Intent, Phase, Session};
