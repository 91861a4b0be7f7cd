//! The RON file formats, exactly as written on disk. Loading turns them into the
//! model's own types (`crate::model::scenario`); nothing else reads these.

use serde::Deserialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum RegionDef {
    African,
    AsiaPacific,
    EasternEuropean,
    LatinAmericanAndCaribbean,
    WesternEuropeanAndOthers,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename = "MemberStates", deny_unknown_fields)]
pub struct MemberStatesFile {
    pub source: String,
    /// How much a state weighs in the room: a base, raised by its groups' `weight`.
    pub influence: InfluenceDef,
    pub groups: Vec<GroupDef>,
    pub states: Vec<StateDef>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename = "Influence", deny_unknown_fields)]
pub struct InfluenceDef {
    pub base: f32,
    pub source: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename = "Group", deny_unknown_fields)]
pub struct GroupDef {
    pub id: String,
    pub name: String,
    pub source: String,
    pub verified: bool,
    /// Coordinates positions and speaks as one in these talks.
    #[serde(default)]
    pub negotiates: bool,
    /// A member's influence is at least this (0 to 1).
    #[serde(default)]
    pub weight: Option<f32>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename = "State", deny_unknown_fields)]
pub struct StateDef {
    pub code: String,
    pub name: String,
    pub region: RegionDef,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub memberships: Vec<MembershipDef>,
    /// The names it had before its present one, each until the day it changed.
    #[serde(default)]
    pub formerly: Vec<FormerNameDef>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormerNameDef {
    pub name: String,
    /// The day the next name took effect (YYYY-MM-DD).
    pub until: String,
    pub source: String,
    /// The name inside a sentence where it differs ("the former Yugoslav Republic of Macedonia").
    #[serde(default)]
    pub in_text: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MembershipDef {
    pub group: String,
    /// The day membership began (YYYY-MM-DD).
    #[serde(default)]
    pub since: Option<String>,
    /// The day it ended: a member until the day before.
    #[serde(default)]
    pub until: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename = "Bodies")]
pub struct BodiesFile(pub Vec<BodyDef>);

#[derive(Debug, Clone, Deserialize)]
#[serde(rename = "Body", deny_unknown_fields)]
pub struct BodyDef {
    pub id: String,
    pub name: String,
    pub group_statements: bool,
    pub chair_summary: bool,
    pub recorded_vote: bool,
    /// Members sit in their personal capacity ("the expert from Brazil"), not as delegations.
    #[serde(default)]
    pub personal_capacity: bool,
    pub source: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename = "Rosters")]
pub struct RostersFile(pub Vec<RosterDef>);

#[derive(Debug, Clone, Deserialize)]
#[serde(rename = "Roster", deny_unknown_fields)]
pub struct RosterDef {
    pub id: String,
    pub name: String,
    pub source: String,
    pub verified: bool,
    /// The document's date (YYYY-MM-DD): a sponsorship counts as evidence from that day.
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub chair: Option<String>,
    pub members: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename = "Issues")]
pub struct IssuesFile(pub Vec<IssueDef>);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum IssueKindDef {
    Norm,
    Contested,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename = "Issue", deny_unknown_fields)]
pub struct IssueDef {
    pub id: String,
    #[serde(default)]
    pub item: Option<String>,
    #[serde(default)]
    pub gge_2015: Option<String>,
    pub title: String,
    pub summary: String,
    pub kind: IssueKindDef,
    pub absent: f32,
    pub status_quo: f32,
    #[serde(default)]
    pub keywords: Vec<String>,
    pub ladder: Vec<WordingDef>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename = "Wording", deny_unknown_fields)]
pub struct WordingDef {
    pub position: f32,
    pub text: String,
    pub agreed: bool,
    #[serde(default)]
    pub note: String,
    /// The day this wording first existed as text (YYYY-MM-DD); none for drafting in UN style,
    /// which any negotiation may use.
    #[serde(default)]
    pub since: Option<String>,
    /// The bodies that could adopt this wording (ids from the bodies file); empty for any.
    #[serde(default)]
    pub bodies: Vec<String>,
    /// The UN's own translations of this text, each with the document it is read from; never a
    /// translation of our own (a wording without one shows in English).
    #[serde(default)]
    pub translations: Vec<TranslationDef>,
}

/// A wording as the UN published it in another official language.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename = "Translation", deny_unknown_fields)]
pub struct TranslationDef {
    /// "ar", "zh", "fr", "ru" or "es".
    pub language: String,
    pub text: String,
    /// The document in that language (symbol and paragraph) the text is read from.
    pub source: String,
}

/// Who a stance rule applies to.
#[derive(Debug, Clone, Deserialize)]
pub enum Who {
    /// Every state at the table.
    Everyone,
    Group(String),
    Roster(String),
    State(String),
    States(Vec<String>),
    /// The states that cast this vote in an earlier roll call (its id in the roll-calls file).
    Voted {
        roll_call: String,
        vote: VoteDef,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum VoteDef {
    Yes,
    No,
    Abstain,
}

/// Where a stance comes from.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub enum SourceDef {
    /// Sponsorship of a text: the roster id (its date is the roster's).
    Sponsorship(String),
    Statement(EvidenceDef),
    Group(EvidenceDef),
    /// Not documented: the reason for the estimate.
    Estimate(String),
    /// How the state voted in an earlier roll call (its id): the meeting record is the document.
    RollCall(String),
}

/// A document that shows a position.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename = "Evidence", deny_unknown_fields)]
pub struct EvidenceDef {
    pub document: String,
    #[serde(default)]
    pub symbol: Option<String>,
    /// YYYY-MM-DD; a scenario uses only evidence dated on or before its decision.
    pub date: String,
    #[serde(default)]
    pub address: Option<String>,
    /// What the document says, in a few words.
    pub says: String,
}

/// States whose uncertain red lines stand or give way together, from the record of a split.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename = "Camp", deny_unknown_fields)]
pub struct CampDef {
    pub id: String,
    pub name: String,
    /// The chance that the camp's red lines hold in one run.
    pub holds: f32,
    pub source: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
pub enum RedLineDef {
    AtMost(f32),
    AtLeast(f32),
}

/// One stance rule. Rules apply in order; a later rule that matches a state
/// replaces its whole stance on that issue (so files go general to specific).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename = "Rule", deny_unknown_fields)]
pub struct StanceRuleDef {
    pub who: Who,
    pub issue: String,
    /// Where the delegation wants the text, 0 to 100.
    pub ideal: f32,
    /// How much it cares, 0 to 100.
    pub salience: f32,
    #[serde(default)]
    pub red_line: Option<RedLineDef>,
    /// The camp the red line stands or gives way with (its id).
    #[serde(default)]
    pub camp: Option<String>,
    pub source: SourceDef,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename = "Stances", deny_unknown_fields)]
pub struct StancesFile {
    /// What the rules as a whole rest on.
    pub source: String,
    #[serde(default)]
    pub camps: Vec<CampDef>,
    pub rules: Vec<StanceRuleDef>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename = "RollCalls")]
pub struct RollCallsFile(pub Vec<RollCallDef>);

/// A recorded vote as the UN recorded it: who voted yes, no and abstained (every other member
/// state did not vote). Dated evidence for a later negotiation; for its own text, the test.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename = "RollCall", deny_unknown_fields)]
pub struct RollCallDef {
    /// The resolution's symbol ("A/RES/73/27"), or the draft's for a vote in committee.
    pub id: String,
    pub title: String,
    /// The draft voted on ("A/C.1/73/L.27/Rev.1").
    pub draft: String,
    /// "plenary" or "first_committee".
    pub body: String,
    /// YYYY-MM-DD.
    pub date: String,
    #[serde(default)]
    pub meeting: Option<String>,
    pub source: String,
    #[serde(default)]
    pub address: Option<String>,
    /// The official count: in favour, against, abstaining.
    pub tally: (u32, u32, u32),
    /// Whether the lists are whole (then every other member did not vote); a partial roll call
    /// names only whom its source names.
    pub complete: bool,
    #[serde(default)]
    pub note: Option<String>,
    pub yes: Vec<String>,
    pub no: Vec<String>,
    pub abstain: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename = "Alignments")]
pub struct AlignmentsFile(pub Vec<AlignmentDef>);

/// Who a group of followers takes its lead from.
#[derive(Debug, Clone, Deserialize)]
pub enum LeadDef {
    State(String),
    /// The majority of a group's members.
    Group(String),
}

/// States documented as following a lead in this field (aligning with its statements).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename = "Alignment", deny_unknown_fields)]
pub struct AlignmentDef {
    pub id: String,
    pub name: String,
    pub lead: LeadDef,
    pub members: Vec<String>,
    /// The document's date (YYYY-MM-DD): the alignment counts from that day.
    pub date: String,
    pub source: String,
}

/// One session of the calendar: how many rounds of consultations it holds, whether the question
/// may be put in it, and the draft the chair tables at its start.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename = "Session", deny_unknown_fields)]
pub struct SessionDef {
    pub name: String,
    pub rounds: u32,
    #[serde(default)]
    pub adoption: bool,
    #[serde(default)]
    pub draft: Option<String>,
    /// The day it opens (YYYY-MM-DD): wordings written later are not offered in it.
    #[serde(default)]
    pub date: Option<String>,
}

/// Something the instructor can make happen during a session: new instructions from the
/// capitals, or an incident that raises the stakes of an issue. A teaching device, not history.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename = "Event", deny_unknown_fields)]
pub struct EventDef {
    pub id: String,
    pub title: String,
    /// What the delegations concerned are told.
    pub text: String,
    pub who: Who,
    pub issue: String,
    /// The new salience on the issue (0 to 100), if it changes.
    #[serde(default)]
    pub salience: Option<f32>,
    /// The new ideal point on the issue (0 to 100), if it changes.
    #[serde(default)]
    pub ideal: Option<f32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum FallbackDef {
    NoReport,
    ChairSummary,
    RecordedVote,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename = "Baseline", deny_unknown_fields)]
pub struct BaselineDef {
    pub issue: String,
    pub absent: f32,
    pub status_quo: f32,
    pub reason: String,
}

#[derive(Debug, Clone, Deserialize)]
pub enum Seats {
    AllMembers,
    Roster(String),
    States(Vec<String>),
}

#[derive(Debug, Clone, Deserialize)]
pub enum PenholderDef {
    /// A neutral chair revises the text.
    Chair,
    /// The main sponsor holds the pen (First Committee drafts).
    Sponsor(String),
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename = "Paragraph", deny_unknown_fields)]
pub struct ParagraphDef {
    pub issue: String,
    /// Index into the issue's ladder, 0 the strongest.
    pub rung: usize,
    /// Where it stands in the real document ("op. 1.5", "pp. 12").
    #[serde(default)]
    pub at: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename = "Text", deny_unknown_fields)]
pub struct TextDef {
    pub id: String,
    pub title: String,
    pub penholder: PenholderDef,
    #[serde(default)]
    pub sponsors: Option<String>,
    /// A text on the same agenda item that competes with this one (both may pass).
    #[serde(default)]
    pub rival: Option<String>,
    /// The roll call on the same series' text in an earlier session (its id in the roll-calls
    /// file): how each state voted then is dated evidence of how it leans now.
    #[serde(default)]
    pub follows_up: Option<String>,
    /// The paragraphs of the text that roll call decided (last year's text, one per issue): what
    /// this year's text has moved, for a state weighing whether to vote as it did then.
    #[serde(default)]
    pub last_year: Vec<ParagraphDef>,
    pub paragraphs: Vec<ParagraphDef>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename = "History", deny_unknown_fields)]
pub struct HistoryDef {
    pub outcome: String,
    #[serde(default)]
    pub events: Vec<String>,
    #[serde(default)]
    pub sources: Vec<String>,
    /// The roll calls that decided the texts in history: what `simulate` scores its votes against.
    #[serde(default)]
    pub votes: Vec<HistoryVoteDef>,
    /// Where the text adopted in history stood on the issues fought over: what `simulate`
    /// compares the AI's final text with. Never read by the model.
    #[serde(default)]
    pub final_text: Vec<RealParagraphDef>,
}

/// Where the real adopted text stood on one issue, and how we know.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename = "Paragraph", deny_unknown_fields)]
pub struct RealParagraphDef {
    pub issue: String,
    pub stands: RealStandingDef,
    /// The document or report that says so.
    pub source: String,
    /// True where the place on the ladder is our reading of reports, not the text itself.
    #[serde(default)]
    pub estimate: bool,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq)]
pub enum RealStandingDef {
    /// In the adopted text, at the wording of the issue's ladder at this position.
    Text(f32),
    /// Moved to the chair's summary.
    ChairSummary,
    /// Not in the text at all.
    Absent,
}

/// A text of the scenario and the roll call (its id in the roll-calls file) that decided it.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename = "Vote", deny_unknown_fields)]
pub struct HistoryVoteDef {
    pub text: String,
    pub roll_call: String,
}

/// Tunable parameters of the model; every field has a default (see `model::scenario::Parameters`).
#[derive(Debug, Clone, Copy, Deserialize, PartialEq)]
#[serde(rename = "Parameters", default, deny_unknown_fields)]
pub struct ParametersDef {
    pub agreement_value: f32,
    pub deadline_pressure: f32,
    pub isolation_cost: f32,
    pub group_cohesion: f32,
    pub persuasion: f32,
    pub capital: f32,
    pub lobby_cost: f32,
    pub estimate_spread: f32,
    pub red_line_confidence: f32,
    pub agreed_language_discount: f32,
    pub rival_margin: f32,
    pub follow_stake: f32,
    pub break_away_stake: f32,
}

impl Default for ParametersDef {
    fn default() -> Self {
        let p = crate::model::scenario::Parameters::default();
        ParametersDef {
            agreement_value: p.agreement_value,
            deadline_pressure: p.deadline_pressure,
            isolation_cost: p.isolation_cost,
            group_cohesion: p.group_cohesion,
            persuasion: p.persuasion,
            capital: p.capital,
            lobby_cost: p.lobby_cost,
            estimate_spread: p.estimate_spread,
            red_line_confidence: p.red_line_confidence,
            agreed_language_discount: p.agreed_language_discount,
            rival_margin: p.rival_margin,
            follow_stake: p.follow_stake,
            break_away_stake: p.break_away_stake,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename = "Scenario", deny_unknown_fields)]
pub struct ScenarioDef {
    pub id: String,
    pub title: String,
    pub premise: String,
    /// A body's id from the bodies file.
    pub body: String,
    /// The day of the decision (YYYY-MM-DD): memberships as of that day, and only evidence and
    /// wordings dated on or before it.
    pub date: String,
    /// Listed first for a new player (the tutorial).
    #[serde(default)]
    pub start_here: bool,
    /// File names inside the scenario's folder.
    pub bodies: String,
    pub member_states: String,
    pub issues: String,
    pub rosters: String,
    #[serde(default)]
    pub alignments: Option<String>,
    /// Recorded votes: earlier ones as evidence, the text's own as the test (history only).
    #[serde(default)]
    pub roll_calls: Option<String>,
    pub stances: Vec<String>,
    #[serde(default)]
    pub stance_overrides: Vec<StanceRuleDef>,
    /// Where an issue stood before this negotiation, where it differs from the issues file
    /// (before 2015 the GGE norms were not yet agreed).
    #[serde(default)]
    pub baselines: Vec<BaselineDef>,
    pub seats: Seats,
    pub fallback: FallbackDef,
    /// Rounds of consultations, when there is no calendar (0: not given).
    #[serde(default)]
    pub rounds: u32,
    /// The calendar: sessions in order (the last one's rounds end the negotiation).
    #[serde(default)]
    pub sessions: Vec<SessionDef>,
    #[serde(default)]
    pub parameters: ParametersDef,
    pub texts: Vec<TextDef>,
    /// What the instructor may inject during a session.
    #[serde(default)]
    pub events: Vec<EventDef>,
    /// What happened, for the debrief. The simulation never reads it.
    pub history: HistoryDef,
}
