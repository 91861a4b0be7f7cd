//! The record of a session: statements as data (who said what, about which
//! paragraph, issue and wording), the drafts and counts of each text, and each
//! text's conclusion. Words come later, at the edge (`crate::text`). In fast batch
//! runs only the counts and the conclusions are kept.

use super::ballot::Cue;
use super::chair::Why;
use super::consensus::{Gavel, Outcome, Tally, Vote, VoteReason};
use super::draft::{Draft, Edit};
use super::evaluate::{Assessment, Verdict, VerdictKind};
use super::room::Stand;
use super::scenario::RedLine;
use super::seating::{Holder, Seat};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Speaker {
    Chair,
    Delegation(usize),
    /// A delegation speaking on behalf of a group.
    Group {
        group: usize,
        speaker: usize,
    },
    Instructor,
}

impl Speaker {
    /// Whether delegation `d` said it (alone or for its group).
    pub fn is(self, d: usize) -> bool {
        match self {
            Speaker::Delegation(x) | Speaker::Group { speaker: x, .. } => x == d,
            Speaker::Chair | Speaker::Instructor => false,
        }
    }
}

/// The reason a delegation gives for its position: a paragraph (or the absence of one),
/// its issue, and which way the text misses, or the red line it crosses.
#[derive(Debug, Clone, Copy, PartialEq, Hash, serde::Serialize, serde::Deserialize)]
pub struct ReasonSaid {
    pub issue: usize,
    /// The paragraph (index) on that issue, `None` when the text is silent on it.
    pub paragraph: Option<usize>,
    /// The text goes further than the delegation wants (else not far enough).
    pub too_far: bool,
    /// The red line the text crosses, if it does.
    pub red_line: Option<RedLineSaid>,
}

/// A red line, for hashing (positions as bits).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum RedLineSaid {
    AtMost(u32),
    AtLeast(u32),
}

impl From<RedLine> for RedLineSaid {
    fn from(r: RedLine) -> Self {
        match r {
            RedLine::AtMost(x) => RedLineSaid::AtMost(x.to_bits()),
            RedLine::AtLeast(x) => RedLineSaid::AtLeast(x.to_bits()),
        }
    }
}

impl From<RedLineSaid> for RedLine {
    fn from(r: RedLineSaid) -> Self {
        match r {
            RedLineSaid::AtMost(x) => RedLine::AtMost(f32::from_bits(x)),
            RedLineSaid::AtLeast(x) => RedLine::AtLeast(f32::from_bits(x)),
        }
    }
}

/// An edit as it was proposed or made: the issue it touched at the time, and the
/// proposer's own words when it wrote them.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct EditSaid {
    pub edit: Edit,
    pub issue: usize,
    pub own_words: Option<String>,
}

impl EditSaid {
    pub fn of(draft: &Draft, edit: Edit, own_words: Option<&str>) -> EditSaid {
        EditSaid { edit, issue: draft.issue_of(edit), own_words: own_words.map(str::to_string) }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum LobbyResult {
    /// The target's position moved toward the text.
    Moved,
    /// The attempt was made and failed.
    Failed,
    /// No capital was left for it.
    NoCapital,
}

/// What was said, as data.
#[derive(Debug, Clone, PartialEq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Says {
    /// The penholder tables the text with this many paragraphs.
    Tables {
        text: usize,
        paragraphs: usize,
    },
    /// A position on the text, from the speaker's verdict; `members` when a group speaks.
    Position {
        text: usize,
        verdict: VerdictKind,
        reason: Option<ReasonSaid>,
        members: Option<u32>,
    },
    Proposes {
        text: usize,
        edit: EditSaid,
    },
    /// `odds` in percent; `through_group` when the target is a group's coordinator; `for_change`
    /// when the lobbyist presses for a change of the text (toward its own position) rather than
    /// defending the text as it stands.
    Lobbies {
        target: usize,
        issue: usize,
        result: LobbyResult,
        odds: u8,
        through_group: Option<usize>,
        for_change: bool,
    },
    /// A person holding the pen changes the text directly.
    Edits {
        text: usize,
        edit: EditSaid,
    },
    /// The penholder revises: Rev.`revision` of the named draft `named` (a session of the calendar),
    /// each edit with why it was made (for an AI chair; empty otherwise).
    Revises {
        text: usize,
        revision: u32,
        named: Option<usize>,
        edits: Vec<EditSaid>,
        why: Vec<Why>,
    },
    /// Before the decision the brackets are cleared, as one package where the chair weighed it.
    ClearsBrackets {
        text: usize,
        edits: Vec<EditSaid>,
        why: Vec<Why>,
    },
    /// The group holds its organizational session: agenda, programme of work, decisions by consensus.
    Organizes,
    /// Before any draft, a delegation (or a group) says what it wants the outcome to say on an issue:
    /// the wording of the ladder closest to its position; `insists` when it has declared a red line there.
    Priority {
        issue: usize,
        rung: usize,
        insists: bool,
    },
    /// A delegation whose amendment was turned down warns that it cannot join consensus unless the
    /// paragraph changes (and asks for brackets).
    WarnsItWillObject {
        text: usize,
        issue: usize,
        red_line: bool,
    },
    /// A delegation whose amendment was turned down does not press it further, and says why.
    GivesWay {
        text: usize,
        issue: usize,
        reason: GiveWay,
    },
    PutsTheQuestion {
        text: usize,
    },
    /// Paragraph indices moved to the chair's summary before the question is put again.
    MovesToChairSummary {
        text: usize,
        paragraphs: Vec<usize>,
    },
    Objects {
        text: usize,
        issue: usize,
        red_line: bool,
    },
    /// Joins consensus (or does not block) but explains its position: on an issue, in its own words, or both.
    ExplainsPosition {
        text: usize,
        issue: Option<usize>,
        own_words: Option<String>,
    },
    Declares {
        text: usize,
        stand: Stand,
    },
    Outcome {
        text: usize,
        outcome: Outcome,
        tally: Option<Tally>,
    },
    /// A follower aligns itself with the statement its lead made on the text.
    Aligns {
        text: usize,
        cue: Cue,
    },
    /// The chair tables a new draft by name at the start of a session ("zero draft").
    NamedDraft {
        text: usize,
        /// Index into the scenario's calendar.
        session: usize,
    },
    /// Proposals widely backed but not agreed, which the chair reflects in its summary: (issue, rung).
    SummaryRecords {
        text: usize,
        proposals: Vec<(usize, usize)>,
    },
    /// Objections stand and rounds remain: the chair suspends the meeting for further consultations.
    ConsultationsResume {
        text: usize,
    },
    /// A delegation asks for a recorded vote on a text the chair would adopt by consensus.
    RequestsVote {
        text: usize,
    },
    /// After a recorded vote: how the delegation voted and why.
    ExplainsVote {
        text: usize,
        vote: Vote,
        reason: VoteReason,
    },
    /// An event of the scenario, injected by the instructor (index into `Scenario::events`).
    Event {
        event: usize,
    },
    /// The instructor speaks to the room.
    Announcement {
        text: String,
    },
    /// The instructor hands a seat to a person or the AI.
    SeatChanges {
        seat: Seat,
        holder: Holder,
    },
}

/// Why a delegation stops pressing an amendment the chair has turned down.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum GiveWay {
    /// It cares too little about the issue to hold out.
    SpiritOfCompromise,
    /// Few delegations back it: pressing on would isolate it.
    Isolated,
    /// Its negotiating group does not back it.
    GroupDoesNot,
}

#[derive(Debug, Clone, PartialEq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Statement {
    pub round: u32,
    pub speaker: Speaker,
    pub says: Says,
}

impl Says {
    /// The text the statement is about, if any.
    pub fn text(&self) -> Option<usize> {
        match self {
            Says::Tables { text, .. }
            | Says::Position { text, .. }
            | Says::Proposes { text, .. }
            | Says::Edits { text, .. }
            | Says::Revises { text, .. }
            | Says::ClearsBrackets { text, .. }
            | Says::PutsTheQuestion { text }
            | Says::MovesToChairSummary { text, .. }
            | Says::Objects { text, .. }
            | Says::ExplainsPosition { text, .. }
            | Says::Declares { text, .. }
            | Says::Outcome { text, .. }
            | Says::Aligns { text, .. }
            | Says::NamedDraft { text, .. }
            | Says::SummaryRecords { text, .. }
            | Says::ExplainsVote { text, .. }
            | Says::RequestsVote { text }
            | Says::WarnsItWillObject { text, .. }
            | Says::GivesWay { text, .. }
            | Says::ConsultationsResume { text } => Some(*text),
            Says::Lobbies { .. }
            | Says::SeatChanges { .. }
            | Says::Event { .. }
            | Says::Announcement { .. }
            | Says::Organizes
            | Says::Priority { .. } => None,
        }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Count {
    pub supports: u16,
    pub can_live_with: u16,
    pub reservations: u16,
    pub objects: u16,
}

impl Count {
    /// How many delegations hold `kind`.
    pub fn get(&self, kind: VerdictKind) -> u16 {
        match kind {
            VerdictKind::Supports => self.supports,
            VerdictKind::CanLiveWith => self.can_live_with,
            VerdictKind::Reservations => self.reservations,
            VerdictKind::Objects => self.objects,
        }
    }

    pub fn of(assessments: &[Assessment]) -> Count {
        let mut c = Count::default();
        for a in assessments {
            match a.kind {
                VerdictKind::Supports => c.supports += 1,
                VerdictKind::CanLiveWith => c.can_live_with += 1,
                VerdictKind::Reservations => c.reservations += 1,
                VerdictKind::Objects => c.objects += 1,
            }
        }
        c
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Conclusion {
    pub outcome: Outcome,
    pub round: u32,
    pub gavel: Gavel,
    /// In a recorded vote, each delegation's vote and why, in delegation order.
    pub votes: Option<Vec<(Vote, VoteReason)>>,
}

/// How many verdicts the session computed: full evaluations of a whole draft,
/// and incremental ones, where the penholder updates a verdict exactly after a
/// change to one paragraph (same result, one issue's worth of work).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Evaluations {
    pub full: u64,
    pub incremental: u64,
}

impl Evaluations {
    pub fn total(&self) -> u64 {
        self.full + self.incremental
    }
}

impl std::ops::AddAssign for Evaluations {
    fn add_assign(&mut self, other: Evaluations) {
        self.full += other.full;
        self.incremental += other.incremental;
    }
}

/// One text's history: its drafts from the opening, the count after every round, and how it ended.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TextRecord {
    pub drafts: Vec<Draft>,
    pub counts: Vec<Count>,
    pub conclusion: Option<Conclusion>,
    /// Every delegation's verdict as the last revision left the text, while nothing has moved the
    /// room or the text since: what the next consultations start from without a second pass.
    pub verdicts: Option<Vec<Assessment>>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Record {
    /// Keep statements and drafts (the game) or only counts (batch runs).
    pub verbose: bool,
    pub statements: Vec<Statement>,
    /// One per text of the session, in the scenario's order.
    pub texts: Vec<TextRecord>,
    pub evaluations: Evaluations,
}

impl Record {
    pub fn new(texts: usize, verbose: bool) -> Record {
        Record { verbose, texts: vec![TextRecord::default(); texts], ..Record::default() }
    }

    /// Records a statement; `says` runs only when statements are kept.
    pub fn say(&mut self, round: u32, speaker: Speaker, says: impl FnOnce() -> Says) {
        if self.verbose {
            self.statements.push(Statement { round, speaker, says: says() });
        }
    }

    /// Whether every text has been decided.
    pub fn concluded(&self) -> bool {
        self.texts.iter().all(|t| t.conclusion.is_some())
    }
}

/// The reason a delegation gives, from its explained verdict: the first (most serious) one.
pub fn reason_said(verdict: &Verdict) -> Option<ReasonSaid> {
    verdict.reasons.first().map(|r| ReasonSaid {
        issue: r.issue,
        paragraph: r.paragraph,
        too_far: r.text_position > r.ideal,
        red_line: if r.red_line_crossed { r.red_line.map(RedLineSaid::from) } else { None },
    })
}
