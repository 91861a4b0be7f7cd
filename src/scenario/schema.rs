//! The RON file formats, exactly as written on disk. Loading turns them into the model's types.

use serde::Deserialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
pub enum Region {
    African,
    AsiaPacific,
    EasternEuropean,
    LatinAmericanAndCaribbean,
    WesternEuropeanAndOthers,
}

impl Region {
    pub fn label(self) -> &'static str {
        match self {
            Region::African => "African Group",
            Region::AsiaPacific => "Asia-Pacific Group",
            Region::EasternEuropean => "Eastern European Group",
            Region::LatinAmericanAndCaribbean => "GRULAC",
            Region::WesternEuropeanAndOthers => "WEOG",
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename = "MemberStates", deny_unknown_fields)]
pub struct MemberStatesFile {
    pub source: String,
    pub groups: Vec<GroupDef>,
    pub states: Vec<StateDef>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename = "Group", deny_unknown_fields)]
pub struct GroupDef {
    pub id: String,
    pub name: String,
    pub source: String,
    pub verified: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename = "State", deny_unknown_fields)]
pub struct StateDef {
    pub code: String,
    pub name: String,
    pub region: Region,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub memberships: Vec<MembershipDef>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MembershipDef {
    pub group: String,
    #[serde(default)]
    pub since: Option<u16>,
    #[serde(default)]
    pub until: Option<u16>,
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
    #[serde(default)]
    pub chair: Option<String>,
    pub members: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename = "Issues")]
pub struct IssuesFile(pub Vec<IssueDef>);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
pub enum IssueKind {
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
    pub kind: IssueKind,
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
}

/// Where a stance comes from; shown beside every stance in the game.
#[derive(Debug, Clone, PartialEq, Deserialize, serde::Serialize)]
pub enum Source {
    /// Sponsorship of a text (the roster id).
    Sponsorship(String),
    /// A documented statement or position, with where it is documented.
    Statement(String),
    /// The documented position of a group the state belongs to.
    Group(String),
    /// Not documented: the project's estimate, with a one-line reason.
    Estimate(String),
}

impl Source {
    pub fn label(&self) -> String {
        match self {
            Source::Sponsorship(r) => format!("sponsorship ({r})"),
            Source::Statement(s) => format!("statement: {s}"),
            Source::Group(s) => format!("group position: {s}"),
            Source::Estimate(s) => format!("estimate: {s}"),
        }
    }
    pub fn is_estimate(&self) -> bool {
        matches!(self, Source::Estimate(_))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Deserialize, serde::Serialize)]
pub enum RedLineDef {
    /// The text must not go beyond this position.
    AtMost(f32),
    /// The text must reach at least this position.
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
    pub source: Source,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename = "Stances", deny_unknown_fields)]
pub struct StancesFile {
    /// What the rules as a whole rest on.
    pub source: String,
    pub rules: Vec<StanceRuleDef>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
pub enum Body {
    OpenEndedWorkingGroup,
    GroupOfGovernmentalExperts,
    FirstCommittee,
    Tutorial,
}

impl Body {
    pub fn label(self) -> &'static str {
        match self {
            Body::OpenEndedWorkingGroup => "Open-Ended Working Group",
            Body::GroupOfGovernmentalExperts => "Group of Governmental Experts",
            Body::FirstCommittee => "First Committee of the General Assembly",
            Body::Tutorial => "Tutorial",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
pub enum DecisionRule {
    /// Adopted when no delegation objects at the gavel.
    Consensus,
}

/// What happens when consensus fails at the gavel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
pub enum Fallback {
    /// The group ends without a report.
    NoReport,
    /// The chair may move contested paragraphs into a chair's summary, issued on
    /// the chair's own responsibility, and ask again.
    ChairSummary,
    /// Any state may request a recorded vote: yes, no, abstain.
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

impl Fallback {
    pub fn label(self) -> &'static str {
        match self {
            Fallback::NoReport => "no report",
            Fallback::ChairSummary => "a chair's summary",
            Fallback::RecordedVote => "a recorded vote",
        }
    }
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
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename = "Text", deny_unknown_fields)]
pub struct TextDef {
    pub id: String,
    pub title: String,
    pub penholder: PenholderDef,
    #[serde(default)]
    pub sponsors: Option<String>,
    pub paragraphs: Vec<ParagraphDef>,
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(rename = "History", deny_unknown_fields)]
pub struct HistoryDef {
    pub outcome: String,
    #[serde(default)]
    pub events: Vec<String>,
    #[serde(default)]
    pub sources: Vec<String>,
}

/// Tunable parameters of the model; every field has a default.
#[derive(Debug, Clone, Copy, Deserialize, serde::Serialize, PartialEq)]
#[serde(rename = "Parameters", default, deny_unknown_fields)]
pub struct ParametersDef {
    /// What reaching an agreement at all is worth to a delegation, in salience-weighted points.
    pub agreement_value: f32,
    /// How much the value of agreement grows by the last round (deadline pressure).
    pub deadline_pressure: f32,
    /// What blocking consensus alone costs a delegation of no influence.
    pub isolation_cost: f32,
    /// How far a delegation moves toward its groups' mean position each round.
    pub group_cohesion: f32,
    /// How far a successful lobbying move shifts a target's ideal position.
    pub persuasion: f32,
    /// Diplomatic capital each delegation starts with; lobbying spends it.
    pub capital: f32,
    /// How far (in points) an estimated ideal may lie from its estimate in one run.
    pub estimate_spread: f32,
    /// Chance that an (estimated) red line holds in one run.
    pub red_line_confidence: f32,
}

impl Default for ParametersDef {
    fn default() -> Self {
        ParametersDef {
            agreement_value: 10.0,
            deadline_pressure: 1.0,
            isolation_cost: 25.0,
            group_cohesion: 0.05,
            persuasion: 6.0,
            capital: 10.0,
            estimate_spread: 10.0,
            red_line_confidence: 0.8,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename = "Scenario", deny_unknown_fields)]
pub struct ScenarioDef {
    pub id: String,
    pub title: String,
    pub premise: String,
    pub body: Body,
    pub year: u16,
    pub decision: DecisionRule,
    /// Paths relative to the scenario file.
    pub member_states: String,
    pub issues: String,
    pub rosters: String,
    pub stances: Vec<String>,
    #[serde(default)]
    pub stance_overrides: Vec<StanceRuleDef>,
    /// Where an issue stood before this negotiation, where it differs from issues.ron
    /// (before 2015 the GGE norms were not yet agreed).
    #[serde(default)]
    pub baselines: Vec<BaselineDef>,
    pub seats: Seats,
    pub fallback: Fallback,
    pub rounds: u32,
    #[serde(default)]
    pub parameters: ParametersDef,
    pub texts: Vec<TextDef>,
    /// What happened, for the debrief. The simulation never reads it.
    pub history: HistoryDef,
}
