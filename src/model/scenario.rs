//! A scenario resolved and checked: what the model reads. The file formats live in
//! `crate::scenario::schema`; `crate::scenario::load` turns them into these types.

/// The UN regional groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub enum Region {
    African,
    AsiaPacific,
    EasternEuropean,
    LatinAmericanAndCaribbean,
    WesternEuropeanAndOthers,
}

impl Region {
    /// The locale's message id for its name.
    pub fn key(self) -> &'static str {
        match self {
            Region::African => "region-african",
            Region::AsiaPacific => "region-asia-pacific",
            Region::EasternEuropean => "region-eastern-european",
            Region::LatinAmericanAndCaribbean => "region-grulac",
            Region::WesternEuropeanAndOthers => "region-weog",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum IssueKind {
    Norm,
    Contested,
}

/// A document that shows a position: what it is, its date, where to read it, what it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    pub document: String,
    pub symbol: Option<String>,
    pub date: jiff::civil::Date,
    pub address: Option<String>,
    pub says: String,
}

/// Where a stance comes from; shown beside every stance in the game.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// Sponsorship of a text: the roster's name and the draft's date.
    Sponsorship { roster: String, date: Option<jiff::civil::Date> },
    /// A documented statement or position of the state.
    Statement(Evidence),
    /// The documented position of a group the state belongs to.
    Group(Evidence),
    /// Not documented: the project's estimate, with a one-line reason.
    Estimate(String),
    /// How the state voted in an earlier roll call: the meeting record is the document.
    Vote { roll_call: String, date: jiff::civil::Date, vote: super::consensus::Vote, meeting: Option<String> },
}

impl Source {
    pub fn is_estimate(&self) -> bool {
        matches!(self, Source::Estimate(_))
    }
    /// Whether the position is the state's own (a statement, a sponsorship or a vote), not its group's.
    pub fn is_own(&self) -> bool {
        matches!(self, Source::Statement(_) | Source::Sponsorship { .. } | Source::Vote { .. })
    }
}

/// States whose uncertain red lines stand or give way together.
#[derive(Debug, Clone, PartialEq)]
pub struct Camp {
    pub id: String,
    pub name: String,
    /// The chance that the camp's red lines hold in one run.
    pub holds: f32,
    pub source: String,
}

/// Who followers take their lead from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lead {
    /// A delegation at the table.
    State(usize),
    /// The majority of a group's seated members.
    Group(usize),
}

/// States documented as following a lead (aligning themselves with its statements).
#[derive(Debug, Clone, PartialEq)]
pub struct Alignment {
    pub id: String,
    pub name: String,
    pub lead: Lead,
    /// Seated followers, in delegation order.
    pub members: Vec<usize>,
    pub source: String,
}

/// An event the instructor may inject: the delegations it concerns are told `text`, and their
/// stance on `issue` changes.
#[derive(Debug, Clone, PartialEq)]
pub struct ScenarioEvent {
    pub id: String,
    pub title: String,
    pub text: String,
    /// Seated delegations concerned, in delegation order.
    pub concerns: Vec<usize>,
    pub issue: usize,
    pub salience: Option<f32>,
    pub ideal: Option<f32>,
}

/// One session of the calendar.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionPlan {
    pub name: String,
    pub rounds: u32,
    /// Whether the question may be put in this session.
    pub adoption: bool,
    /// The draft the chair tables at its start ("zero draft").
    pub draft: Option<String>,
    /// The day it opens, where the calendar gives it: wordings are offered as they existed then.
    pub date: Option<jiff::civil::Date>,
}

/// What happens when consensus fails at the gavel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Fallback {
    /// The group ends without a report.
    NoReport,
    /// What could not be agreed goes to a chair's summary, issued on the chair's own
    /// responsibility, and the question is put again.
    ChairSummary,
    /// Any state may request a recorded vote: yes, no, abstain.
    RecordedVote,
}

impl Fallback {
    pub fn key(self) -> &'static str {
        match self {
            Fallback::NoReport => "fallback-no-report",
            Fallback::ChairSummary => "fallback-chair-summary",
            Fallback::RecordedVote => "fallback-recorded-vote",
        }
    }
}

/// How a body works, from `bodies.ron`: what it does differently, with its source.
#[derive(Debug, Clone, PartialEq)]
pub struct Body {
    pub id: String,
    pub name: String,
    /// Whether groups of states speak as groups (not in a GGE: experts sit in their personal capacity).
    pub group_statements: bool,
    /// Whether the chair may move text to a chair's summary.
    pub chair_summary: bool,
    /// Whether members sit in their personal capacity ("the expert from Brazil").
    pub personal_capacity: bool,
    /// Whether a text may be put to a recorded vote.
    pub recorded_vote: bool,
    pub source: String,
}

/// Tunable parameters of the model, checked at load (finite and in range).
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Parameters {
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
    /// What one attempt at lobbying costs.
    pub lobby_cost: f32,
    /// How far (in points) an estimated ideal may lie from its estimate in one run.
    pub estimate_spread: f32,
    /// Chance that an (estimated) red line holds in one run.
    pub red_line_confidence: f32,
    /// Share of the loss a delegation forgives when the wording is agreed language.
    pub agreed_language_discount: f32,
    /// How much more (points) a rival text must be worth to a delegation for it to back that text.
    pub rival_margin: f32,
    /// Below this stake (points) a delegation votes with the lead it follows.
    pub follow_stake: f32,
    /// Above this stake (points) a delegation votes its own way against its lead, and says so;
    /// between the two it abstains, cross-pressured.
    pub break_away_stake: f32,
}

impl Default for Parameters {
    fn default() -> Self {
        Parameters {
            agreement_value: 10.0,
            deadline_pressure: 1.0,
            isolation_cost: 25.0,
            group_cohesion: 0.05,
            persuasion: 6.0,
            capital: 10.0,
            lobby_cost: 2.0,
            estimate_spread: 10.0,
            red_line_confidence: 0.8,
            agreed_language_discount: 0.25,
            rival_margin: 10.0,
            follow_stake: 10.0,
            break_away_stake: 30.0,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum RedLine {
    /// The text must not go beyond this position.
    AtMost(f32),
    /// The text must reach at least this position.
    AtLeast(f32),
}

impl RedLine {
    pub fn crossed_by(self, position: f32) -> bool {
        match self {
            RedLine::AtMost(limit) => position > limit + 1e-3,
            RedLine::AtLeast(limit) => position < limit - 1e-3,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Wording {
    pub position: f32,
    pub text: String,
    /// Consensus language: delegations accept it more easily (see `Parameters::agreed_language_discount`).
    pub agreed: bool,
    pub note: String,
    /// Whether this negotiation could use it: it existed by the decision's date and the body could adopt it.
    pub available: bool,
    /// The day it first existed as text, where the data says (a wording is offered only from then).
    pub since: Option<jiff::civil::Date>,
    /// The UN's own translations: (language, text, the document it is read from).
    pub translations: Vec<(String, String, String)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Issue {
    pub id: String,
    pub item: Option<String>,
    pub title: String,
    pub summary: String,
    pub kind: IssueKind,
    pub absent: f32,
    pub status_quo: f32,
    pub keywords: Vec<String>,
    /// Strongest first.
    pub ladder: Vec<Wording>,
}

impl Issue {
    /// The rungs this negotiation may use (they existed by its date and its body could adopt them).
    pub fn available(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.ladder.len()).filter(|&r| self.ladder[r].available)
    }

    /// The available rung closest to `position` (the weaker one on a tie).
    pub fn closest_available(&self, position: f32) -> Option<usize> {
        self.available().min_by(|&a, &b| {
            (self.ladder[a].position - position)
                .abs()
                .total_cmp(&(self.ladder[b].position - position).abs())
                .then(b.cmp(&a))
        })
    }

    /// The next available rung from `rung`: a stronger one (lower index) or a weaker one.
    pub fn next_available(&self, rung: usize, stronger: bool) -> Option<usize> {
        if stronger {
            (0..rung).rev().find(|&r| self.ladder[r].available)
        } else {
            (rung + 1..self.ladder.len()).find(|&r| self.ladder[r].available)
        }
    }

    /// Whether rung `r` can be tabled on day `on`: available to this negotiation, and already
    /// written by then.
    pub fn open_on(&self, r: usize, on: jiff::civil::Date) -> bool {
        self.ladder.get(r).is_some_and(|w| w.available && w.since.is_none_or(|s| s <= on))
    }

    /// The rung open on day `on` closest to `position` (the weaker one on a tie).
    pub fn closest_open(&self, position: f32, on: jiff::civil::Date) -> Option<usize> {
        (0..self.ladder.len()).filter(|&r| self.open_on(r, on)).min_by(|&a, &b| {
            (self.ladder[a].position - position)
                .abs()
                .total_cmp(&(self.ladder[b].position - position).abs())
                .then(b.cmp(&a))
        })
    }

    /// The next rung open on day `on` from `rung`: a stronger one (lower index) or a weaker one.
    pub fn next_open(&self, rung: usize, stronger: bool, on: jiff::civil::Date) -> Option<usize> {
        if stronger {
            (0..rung).rev().find(|&r| self.open_on(r, on))
        } else {
            (rung + 1..self.ladder.len()).find(|&r| self.open_on(r, on))
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Stance {
    pub ideal: f32,
    pub salience: f32,
    pub red_line: Option<RedLine>,
    /// The camp (index into `Scenario::camps`) whose red lines hold or give way with this one.
    pub camp: Option<usize>,
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub id: String,
    pub name: String,
    pub source: String,
    pub verified: bool,
    /// Coordinates positions and speaks as one in these talks (the EU, the NAM...).
    pub negotiates: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Delegation {
    pub code: String,
    pub name: String,
    /// The name inside a sentence, where the data gives one (a former name's own form).
    pub name_in_text: Option<String>,
    pub region: Region,
    /// Indices into `Scenario::groups`, as of the scenario's year.
    pub groups: Vec<usize>,
    /// 0 to 1: weight in the room, from its groups' weights in the data (an estimate).
    pub influence: f32,
    /// One stance per issue, in the order of `Scenario::issues`.
    pub stances: Vec<Stance>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Roster {
    pub id: String,
    pub name: String,
    pub source: String,
    pub verified: bool,
    pub chair: Option<String>,
    pub members: Vec<String>,
}

/// A recorded vote of the General Assembly or its First Committee, as the UN recorded it.
#[derive(Debug, Clone, PartialEq)]
pub struct RollCall {
    pub id: String,
    pub title: String,
    pub draft: String,
    /// "plenary" or "first_committee".
    pub body: String,
    pub date: jiff::civil::Date,
    pub meeting: Option<String>,
    pub source: String,
    pub address: Option<String>,
    /// Each seated delegation's vote, in delegation order; `None` where it did not vote (or, in a
    /// partial roll call, where its source does not say).
    pub votes: Vec<Option<super::consensus::Vote>>,
    pub complete: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Penholder {
    Chair,
    /// Index of the sponsoring delegation.
    Sponsor(usize),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    pub id: String,
    pub title: String,
    pub penholder: Penholder,
    /// Delegation indices of the sponsors.
    pub sponsors: Vec<usize>,
    /// A competing text on the same agenda item (index into `Scenario::texts`).
    pub rival: Option<usize>,
    /// Opening draft: (issue, rung).
    pub opening: Vec<(usize, usize)>,
    /// Where each opening paragraph stands in the real document, when it is one.
    pub cited: Vec<Option<String>>,
    /// The earlier roll call on the same series' text (index into `Scenario::roll_calls`).
    pub follows_up: Option<usize>,
    /// The text that roll call decided: (issue, rung), silent elsewhere. Empty when not given.
    pub last_year: Vec<(usize, usize)>,
}

/// What happened, for the debrief only: the simulation never reads it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct History {
    pub outcome: String,
    pub events: Vec<String>,
    pub sources: Vec<String>,
    /// The roll calls that decided texts in history, by text: what `simulate` scores against.
    pub votes: Vec<(usize, RollCall)>,
    /// Where the adopted text stood on the issues fought over: what `simulate` compares with.
    pub final_text: Vec<RealParagraph>,
}

/// Where the text adopted in history stood on one issue.
#[derive(Debug, Clone, PartialEq)]
pub struct RealParagraph {
    pub issue: usize,
    pub stands: RealStanding,
    pub source: String,
    pub estimate: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum RealStanding {
    /// In the text, at this rung of the issue's ladder.
    Text(usize),
    ChairSummary,
    Absent,
}

impl RealStanding {
    /// The same, as a draft's standing.
    pub fn standing(self) -> super::draft::Standing {
        use super::draft::Standing;
        match self {
            RealStanding::Text(rung) => Standing::Text(rung),
            RealStanding::ChairSummary => Standing::ChairSummary,
            RealStanding::Absent => Standing::Absent,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Scenario {
    pub id: String,
    pub title: String,
    pub premise: String,
    pub body: Body,
    /// The day of the decision: memberships as of that day, evidence and wordings up to it.
    pub date: jiff::civil::Date,
    /// Listed first, for a new player.
    pub start_here: bool,
    pub fallback: Fallback,
    /// Rounds of consultations in all (the sessions' rounds summed).
    pub rounds: u32,
    /// The calendar, in order.
    pub sessions: Vec<SessionPlan>,
    pub camps: Vec<Camp>,
    pub alignments: Vec<Alignment>,
    pub events: Vec<ScenarioEvent>,
    pub params: Parameters,
    pub issues: Vec<Issue>,
    pub groups: Vec<Group>,
    /// The states at the table, sorted by code (the order every system uses).
    pub delegations: Vec<Delegation>,
    pub rosters: Vec<Roster>,
    pub texts: Vec<Text>,
    /// Roll calls cast strictly before the decision that the scenario uses as evidence.
    pub roll_calls: Vec<RollCall>,
    pub history: History,
    /// Seated members of each group, worked out once (the loops of every round ask for them).
    pub group_members: Cache<Vec<Vec<usize>>>,
    /// The room as the stances state it, and every stance as a run draws it (delegation by
    /// delegation): worked out once, since every run starts from them.
    pub stated_room: Cache<(super::room::Room, Vec<super::room::StatedCell>)>,
}

/// Something worked out from a scenario once and kept beside it. A copy of the scenario starts
/// without it (the copy may be changed), and it never makes two scenarios differ.
pub struct Cache<T>(std::sync::OnceLock<T>);

impl<T> Default for Cache<T> {
    fn default() -> Self {
        Cache(std::sync::OnceLock::new())
    }
}

impl<T> Cache<T> {
    pub fn get_or_init(&self, f: impl FnOnce() -> T) -> &T {
        self.0.get_or_init(f)
    }
}

impl<T> Clone for Cache<T> {
    fn clone(&self) -> Self {
        Cache(std::sync::OnceLock::new())
    }
}

impl<T> PartialEq for Cache<T> {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl<T> std::fmt::Debug for Cache<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Cache")
    }
}

impl Scenario {
    pub fn issue_index(&self, id: &str) -> Option<usize> {
        self.issues.iter().position(|i| i.id == id)
    }
    pub fn delegation_index(&self, code: &str) -> Option<usize> {
        self.delegations.binary_search_by(|d| d.code.as_str().cmp(code)).ok()
    }
    pub fn group_index(&self, id: &str) -> Option<usize> {
        self.groups.iter().position(|g| g.id == id)
    }
    pub fn text_index(&self, id: &str) -> Option<usize> {
        self.texts.iter().position(|t| t.id == id)
    }
    /// Seated members of group `g`, in delegation order.
    pub fn members_of(&self, g: usize) -> &[usize] {
        let all = self.group_members.get_or_init(|| {
            (0..self.groups.len())
                .map(|g| (0..self.delegations.len()).filter(|&d| self.delegations[d].groups.contains(&g)).collect())
                .collect()
        });
        all.get(g).map_or(&[], |m| m.as_slice())
    }
    /// Whether the chair may move text to a chair's summary here.
    pub fn has_chair_summary(&self) -> bool {
        self.body.chair_summary && self.fallback == Fallback::ChairSummary
    }

    /// Where the stances on the contested issues come from: (own documents or sponsorships,
    /// a group's documented position, estimates), counted over every seat and contested issue.
    pub fn stance_sources(&self) -> (usize, usize, usize) {
        let mut counts = (0, 0, 0);
        for delegation in &self.delegations {
            for (i, stance) in delegation.stances.iter().enumerate() {
                if self.issues[i].kind != IssueKind::Contested {
                    continue;
                }
                match stance.source {
                    Source::Statement(_) | Source::Sponsorship { .. } | Source::Vote { .. } => counts.0 += 1,
                    Source::Group(_) => counts.1 += 1,
                    Source::Estimate(_) => counts.2 += 1,
                }
            }
        }
        counts
    }

    pub fn year(&self) -> i16 {
        self.date.year()
    }

    /// The session round `round` (1-based) falls in, and its index; the last one past the end.
    pub fn session_of(&self, round: u32) -> (usize, &SessionPlan) {
        let mut end = 0;
        for (k, s) in self.sessions.iter().enumerate() {
            end += s.rounds;
            if round <= end {
                return (k, s);
            }
        }
        let last = self.sessions.len().saturating_sub(1);
        (last, &self.sessions[last])
    }

    /// The first round of session `k`.
    pub fn session_start(&self, k: usize) -> u32 {
        self.sessions.iter().take(k).map(|s| s.rounds).sum::<u32>() + 1
    }

    /// The day of round `round`: the date of its session (or of the latest earlier session that has
    /// one), else the day of the decision.
    pub fn date_of_round(&self, round: u32) -> jiff::civil::Date {
        let (k, _) = self.session_of(round.max(1));
        self.sessions[..=k.min(self.sessions.len().saturating_sub(1))]
            .iter()
            .rev()
            .find_map(|s| s.date)
            .unwrap_or(self.date)
    }

    /// The session that opens with round `round`, if one does.
    pub fn session_starting(&self, round: u32) -> Option<usize> {
        (0..self.sessions.len()).find(|&k| self.session_start(k) == round)
    }

    /// The session in which the penholders table the texts: the first that names a draft (the
    /// sessions before it hold no text yet), or the first.
    pub fn tabling_session(&self) -> usize {
        self.sessions.iter().position(|s| s.draft.is_some()).unwrap_or(0)
    }
}
