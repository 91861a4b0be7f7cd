//! A scenario resolved and checked: what the model reads. Built by `crate::scenario::load`.

pub use crate::scenario::schema::{
    Body, Fallback, HistoryDef as History, IssueKind, ParametersDef as Parameters, Region, Source,
};

#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
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
    pub fn describe(self) -> String {
        match self {
            RedLine::AtMost(limit) => format!("the text must not go beyond {limit:.0}"),
            RedLine::AtLeast(limit) => format!("the text must reach at least {limit:.0}"),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Wording {
    pub position: f32,
    pub text: String,
    pub agreed: bool,
    pub note: String,
}

#[derive(Debug, Clone)]
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
    /// The label players see: "1.6 No attacks on critical infrastructure".
    pub fn label(&self) -> String {
        match &self.item {
            Some(item) => format!("{item} {}", self.title),
            None => self.title.clone(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Stance {
    pub ideal: f32,
    pub salience: f32,
    pub red_line: Option<RedLine>,
    pub source: Source,
}

#[derive(Debug, Clone)]
pub struct Group {
    pub id: String,
    pub name: String,
    pub source: String,
    pub verified: bool,
}

#[derive(Debug, Clone)]
pub struct Delegation {
    pub code: String,
    pub name: String,
    pub region: Region,
    /// Indices into `Scenario::groups`, as of the scenario's year.
    pub groups: Vec<usize>,
    /// 0 to 1: weight in the room (an estimate, see `influence_of`).
    pub influence: f32,
    /// One stance per issue, in the order of `Scenario::issues`.
    pub stances: Vec<Stance>,
}

#[derive(Debug, Clone)]
pub struct Roster {
    pub id: String,
    pub name: String,
    pub source: String,
    pub verified: bool,
    pub chair: Option<String>,
    pub members: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Penholder {
    Chair,
    /// Index of the sponsoring delegation.
    Sponsor(usize),
}

#[derive(Debug, Clone)]
pub struct Text {
    pub id: String,
    pub title: String,
    pub penholder: Penholder,
    /// Delegation indices of the sponsors.
    pub sponsors: Vec<usize>,
    /// Opening draft: (issue, rung).
    pub opening: Vec<(usize, usize)>,
}

#[derive(Debug, Clone)]
pub struct Scenario {
    pub id: String,
    pub title: String,
    pub premise: String,
    pub body: Body,
    pub year: u16,
    pub fallback: Fallback,
    pub rounds: u32,
    pub params: Parameters,
    pub issues: Vec<Issue>,
    pub groups: Vec<Group>,
    /// The states at the table, sorted by code (the order every system uses).
    pub delegations: Vec<Delegation>,
    pub rosters: Vec<Roster>,
    pub texts: Vec<Text>,
    /// For the debrief only; the simulation never reads it.
    pub history: History,
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
}

/// Influence of a state in the room, an estimate from its memberships: the
/// permanent members of the Security Council weigh most, then the G20, then
/// the OECD; everyone else counts the same. Not a documented fact.
pub fn influence_of(group_ids: &[&str]) -> f32 {
    let mut influence: f32 = 0.2;
    for g in group_ids {
        let weight = match *g {
            "P5" => 1.0,
            "G20" => 0.6,
            "OECD" => 0.4,
            "BRICS" => 0.6,
            _ => 0.2,
        };
        influence = influence.max(weight);
    }
    influence
}
