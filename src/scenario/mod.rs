//! Scenario files: the RON schema, loading, and validation that reports every
//! problem with file, line, column and what was expected. Never panics on input.

pub mod schema;
pub mod spans;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use crate::model::scenario::{
    Delegation, Group, Issue, Penholder, RedLine, Roster, Scenario, Stance, Text, Wording, influence_of,
};
use schema::*;
use spans::SpanIndex;

/// One problem in one file, at one place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: PathBuf,
    pub line: usize,
    pub col: usize,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}: {}", self.file.display(), self.line, self.col, self.message)
    }
}

/// Every problem found, in file order.
#[derive(Debug, Clone, Default)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for d in &self.0 {
            writeln!(f, "{d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}

/// A parsed file with the positions of its values, for error reporting.
struct Source<T> {
    path: PathBuf,
    spans: SpanIndex,
    value: T,
}

impl<T> Source<T> {
    fn error(&self, diags: &mut Vec<Diagnostic>, path: &str, message: impl Into<String>) {
        let loc = self.spans.locate(path);
        diags.push(Diagnostic { file: self.path.clone(), line: loc.line, col: loc.col, message: message.into() });
    }
}

fn read<T: DeserializeOwned>(path: &Path, diags: &mut Vec<Diagnostic>) -> Option<Source<T>> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            diags.push(Diagnostic {
                file: path.to_path_buf(),
                line: 1,
                col: 1,
                message: format!("cannot read file: {e}"),
            });
            return None;
        }
    };
    parse(path, &text, diags)
}

fn parse<T: DeserializeOwned>(path: &Path, text: &str, diags: &mut Vec<Diagnostic>) -> Option<Source<T>> {
    match ron::Options::default().from_str::<T>(text) {
        Ok(value) => Some(Source { path: path.to_path_buf(), spans: SpanIndex::build(text), value }),
        Err(e) => {
            diags.push(Diagnostic {
                file: path.to_path_buf(),
                line: e.span.start.line,
                col: e.span.start.col,
                message: e.code.to_string(),
            });
            None
        }
    }
}

fn check_range(diags: &mut Vec<Diagnostic>, src_path: &Path, spans: &SpanIndex, path: &str, what: &str, v: f32) {
    if !(0.0..=100.0).contains(&v) || v.is_nan() {
        let loc = spans.locate(path);
        diags.push(Diagnostic {
            file: src_path.to_path_buf(),
            line: loc.line,
            col: loc.col,
            message: format!("{what} is {v}: expected a number from 0 to 100"),
        });
    }
}

fn is_code(code: &str) -> bool {
    code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())
}

/// Loads and checks a scenario and every file it refers to.
pub fn load(path: impl AsRef<Path>) -> Result<Scenario, Diagnostics> {
    let path = path.as_ref();
    let mut diags = Vec::new();
    let scenario = load_inner(path, &mut diags);
    match scenario {
        Some(s) if diags.is_empty() => Ok(s),
        _ => Err(Diagnostics(diags)),
    }
}

/// Which kind of file this is, from its first identifier.
fn file_kind(text: &str) -> Option<&str> {
    let mut rest = text;
    loop {
        rest = rest.trim_start();
        if let Some(after) = rest.strip_prefix("//") {
            rest = after.split_once('\n').map(|x| x.1).unwrap_or("");
        } else if let Some(after) = rest.strip_prefix("/*") {
            rest = after.split_once("*/").map(|x| x.1).unwrap_or("");
        } else if rest.starts_with("#![") {
            rest = rest.split_once(']').map(|x| x.1).unwrap_or("");
        } else {
            break;
        }
    }
    let end = rest.find(|c: char| !c.is_alphanumeric() && c != '_').unwrap_or(rest.len());
    (end > 0).then(|| &rest[..end])
}

/// Checks any project data file: a scenario (with everything it refers to),
/// or a member-states, issues, rosters or stances file on its own.
pub fn validate_file(path: &Path) -> Result<(), Diagnostics> {
    let mut diags = Vec::new();
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            return Err(Diagnostics(vec![Diagnostic {
                file: path.to_path_buf(),
                line: 1,
                col: 1,
                message: format!("cannot read file: {e}"),
            }]));
        }
    };
    match file_kind(&text) {
        Some("MemberStates") => {
            if let Some(src) = parse::<MemberStatesFile>(path, &text, &mut diags) {
                check_members(&src, &mut diags);
            }
        }
        Some("Issues") => {
            if let Some(src) = parse::<IssuesFile>(path, &text, &mut diags) {
                check_issues(&src, &mut diags);
            }
        }
        Some("Rosters") => {
            if let Some(src) = parse::<RostersFile>(path, &text, &mut diags) {
                check_rosters(&src, None, &mut diags);
            }
        }
        Some("Stances") => {
            if let Some(src) = parse::<StancesFile>(path, &text, &mut diags) {
                for (r, rule) in src.value.rules.iter().enumerate() {
                    check_rule_values(&src.path, &src.spans, &format!("rules[{r}]"), rule, &mut diags);
                }
            }
        }
        _ => {
            let _ = load_inner(path, &mut diags);
            if diags.is_empty() && file_kind(&text) != Some("Scenario") {
                diags.push(Diagnostic {
                    file: path.to_path_buf(),
                    line: 1,
                    col: 1,
                    message:
                        "expected one of Scenario(...), MemberStates(...), Issues([...]), Rosters([...]), Stances(...)"
                            .into(),
                });
            }
        }
    }
    if diags.is_empty() { Ok(()) } else { Err(Diagnostics(diags)) }
}

fn check_members(src: &Source<MemberStatesFile>, diags: &mut Vec<Diagnostic>) {
    let mut group_ids = BTreeSet::new();
    for (g, group) in src.value.groups.iter().enumerate() {
        if !group_ids.insert(group.id.as_str()) {
            src.error(diags, &format!("groups[{g}].id"), format!("duplicate group id \"{}\"", group.id));
        }
    }
    let mut codes = BTreeSet::new();
    for (s, state) in src.value.states.iter().enumerate() {
        if !is_code(&state.code) {
            src.error(
                diags,
                &format!("states[{s}].code"),
                format!("\"{}\": expected an ISO 3166 alpha-3 code (three capital letters)", state.code),
            );
        } else if !codes.insert(state.code.as_str()) {
            src.error(diags, &format!("states[{s}].code"), format!("duplicate state \"{}\"", state.code));
        }
        for (m, membership) in state.memberships.iter().enumerate() {
            if !group_ids.contains(membership.group.as_str()) {
                src.error(
                    diags,
                    &format!("states[{s}].memberships[{m}].group"),
                    format!("unknown group \"{}\": expected one of the ids under `groups`", membership.group),
                );
            }
            if let (Some(since), Some(until)) = (membership.since, membership.until)
                && until < since
            {
                src.error(
                    diags,
                    &format!("states[{s}].memberships[{m}].until"),
                    format!("membership ends ({until}) before it begins ({since})"),
                );
            }
        }
    }
}

fn check_issues(src: &Source<IssuesFile>, diags: &mut Vec<Diagnostic>) {
    let mut ids = BTreeSet::new();
    let mut keywords: BTreeMap<&str, &str> = BTreeMap::new();
    for (i, issue) in src.value.0.iter().enumerate() {
        let at = |field: &str| format!("[{i}].{field}");
        if !ids.insert(issue.id.as_str()) {
            src.error(diags, &at("id"), format!("duplicate issue id \"{}\"", issue.id));
        }
        check_range(diags, &src.path, &src.spans, &at("absent"), "absent", issue.absent);
        check_range(diags, &src.path, &src.spans, &at("status_quo"), "status_quo", issue.status_quo);
        if issue.ladder.is_empty() {
            src.error(diags, &at("ladder"), "expected at least one wording on the ladder");
        }
        for (w, wording) in issue.ladder.iter().enumerate() {
            let path = format!("[{i}].ladder[{w}].position");
            check_range(diags, &src.path, &src.spans, &path, "position", wording.position);
            if w > 0 && wording.position >= issue.ladder[w - 1].position {
                src.error(
                    diags,
                    &path,
                    format!(
                        "position {} must be lower than the rung above ({}): list the ladder strongest first",
                        wording.position,
                        issue.ladder[w - 1].position
                    ),
                );
            }
        }
        for (k, keyword) in issue.keywords.iter().enumerate() {
            if let Some(other) = keywords.insert(keyword.as_str(), issue.id.as_str()) {
                src.error(
                    diags,
                    &format!("[{i}].keywords[{k}]"),
                    format!("keyword \"{keyword}\" already belongs to issue \"{other}\""),
                );
            }
        }
    }
}

fn check_rosters(src: &Source<RostersFile>, codes: Option<&BTreeSet<String>>, diags: &mut Vec<Diagnostic>) {
    let mut ids = BTreeSet::new();
    for (r, roster) in src.value.0.iter().enumerate() {
        if !ids.insert(roster.id.as_str()) {
            src.error(diags, &format!("[{r}].id"), format!("duplicate roster id \"{}\"", roster.id));
        }
        let mut seen = BTreeSet::new();
        for (m, code) in roster.members.iter().enumerate() {
            let path = format!("[{r}].members[{m}]");
            if !seen.insert(code.as_str()) {
                src.error(diags, &path, format!("\"{code}\" is listed twice"));
            } else if codes.is_some_and(|c| !c.contains(code)) || !is_code(code) {
                src.error(
                    diags,
                    &path,
                    format!("unknown state \"{code}\": expected a code from the member states file"),
                );
            }
        }
    }
}

fn check_rule_values(file: &Path, spans: &SpanIndex, at: &str, rule: &StanceRuleDef, diags: &mut Vec<Diagnostic>) {
    check_range(diags, file, spans, &format!("{at}.ideal"), "ideal", rule.ideal);
    check_range(diags, file, spans, &format!("{at}.salience"), "salience", rule.salience);
    if let Some(RedLineDef::AtMost(v) | RedLineDef::AtLeast(v)) = rule.red_line {
        check_range(diags, file, spans, &format!("{at}.red_line"), "red line", v);
    }
}

fn load_inner(path: &Path, diags: &mut Vec<Diagnostic>) -> Option<Scenario> {
    let scn: Source<ScenarioDef> = read(path, diags)?;
    let dir = path.parent().unwrap_or(Path::new("."));
    let def = &scn.value;
    let members: Option<Source<MemberStatesFile>> = read(&dir.join(&def.member_states), diags);
    let issues_src: Option<Source<IssuesFile>> = read(&dir.join(&def.issues), diags);
    let rosters_src: Option<Source<RostersFile>> = read(&dir.join(&def.rosters), diags);
    let stance_srcs: Vec<Option<Source<StancesFile>>> = def.stances.iter().map(|s| read(&dir.join(s), diags)).collect();
    let (members, issues_src, rosters_src) = (members?, issues_src?, rosters_src?);
    let stance_srcs: Vec<Source<StancesFile>> = stance_srcs.into_iter().collect::<Option<_>>()?;

    check_members(&members, diags);
    check_issues(&issues_src, diags);
    let codes: BTreeSet<String> = members.value.states.iter().map(|s| s.code.clone()).collect();
    check_rosters(&rosters_src, Some(&codes), diags);

    let year = def.year;
    let roster_ids: BTreeSet<&str> = rosters_src.value.0.iter().map(|r| r.id.as_str()).collect();
    let group_ids: BTreeSet<&str> = members.value.groups.iter().map(|g| g.id.as_str()).collect();
    let issue_ids: Vec<&str> = issues_src.value.0.iter().map(|i| i.id.as_str()).collect();

    // Who sits at the table.
    let seated: BTreeSet<String> = match &def.seats {
        Seats::AllMembers => codes.clone(),
        Seats::Roster(id) => match rosters_src.value.0.iter().find(|r| &r.id == id) {
            Some(r) => r.members.iter().filter(|c| codes.contains(*c)).cloned().collect(),
            None => {
                scn.error(diags, "seats", format!("unknown roster \"{id}\": expected one of {roster_ids:?}"));
                BTreeSet::new()
            }
        },
        Seats::States(list) => {
            let mut set = BTreeSet::new();
            for (k, code) in list.iter().enumerate() {
                if !codes.contains(code) {
                    scn.error(diags, &format!("seats[{k}]"), format!("unknown state \"{code}\""));
                } else if !set.insert(code.clone()) {
                    scn.error(diags, &format!("seats[{k}]"), format!("\"{code}\" is seated twice"));
                }
            }
            set
        }
    };
    // An unknown roster is reported above; an empty seating is worth a word only otherwise.
    let roster_unknown = matches!(&def.seats, Seats::Roster(id) if !roster_ids.contains(id.as_str()));
    if seated.is_empty() && !roster_unknown {
        scn.error(diags, "seats", "nobody is seated: expected at least one state");
    }
    if def.rounds == 0 || def.rounds > 100 {
        scn.error(diags, "rounds", format!("{} rounds: expected 1 to 100", def.rounds));
    }

    // Stances: shared files in order, then the scenario's own overrides.
    let mut rules: Vec<(&Path, &SpanIndex, String, &StanceRuleDef)> = Vec::new();
    for src in &stance_srcs {
        for (r, rule) in src.value.rules.iter().enumerate() {
            rules.push((&src.path, &src.spans, format!("rules[{r}]"), rule));
        }
    }
    for (r, rule) in def.stance_overrides.iter().enumerate() {
        rules.push((&scn.path, &scn.spans, format!("stance_overrides[{r}]"), rule));
    }
    let state_groups = |code: &str| -> Vec<&str> {
        members
            .value
            .states
            .iter()
            .find(|s| s.code == code)
            .map(|s| {
                s.memberships
                    .iter()
                    .filter(|m| m.since.is_none_or(|y| y <= year) && m.until.is_none_or(|y| year < y))
                    .map(|m| m.group.as_str())
                    .collect()
            })
            .unwrap_or_default()
    };
    let mut stances: BTreeMap<(String, usize), Stance> = BTreeMap::new();
    for (file, spans, at, rule) in &rules {
        let err = |diags: &mut Vec<Diagnostic>, field: &str, message: String| {
            let loc = spans.locate(&format!("{at}.{field}"));
            diags.push(Diagnostic { file: file.to_path_buf(), line: loc.line, col: loc.col, message });
        };
        check_rule_values(file, spans, at, rule, diags);
        let Some(issue) = issue_ids.iter().position(|i| *i == rule.issue) else {
            err(diags, "issue", format!("unknown issue \"{}\": expected an id from {}", rule.issue, def.issues));
            continue;
        };
        let targets: Vec<&String> = match &rule.who {
            Who::Everyone => seated.iter().collect(),
            Who::Group(g) => {
                if !group_ids.contains(g.as_str()) {
                    err(diags, "who", format!("unknown group \"{g}\": expected a group id from {}", def.member_states));
                    continue;
                }
                seated.iter().filter(|c| state_groups(c).contains(&g.as_str())).collect()
            }
            Who::Roster(r) => match rosters_src.value.0.iter().find(|x| &x.id == r) {
                Some(roster) => seated.iter().filter(|c| roster.members.contains(c)).collect(),
                None => {
                    err(diags, "who", format!("unknown roster \"{r}\": expected one of {roster_ids:?}"));
                    continue;
                }
            },
            Who::State(code) => {
                if !codes.contains(code) {
                    err(
                        diags,
                        "who",
                        format!(
                            "unknown state \"{code}\": expected an ISO 3166 alpha-3 code from {}",
                            def.member_states
                        ),
                    );
                    continue;
                }
                seated.iter().filter(|c| *c == code).collect()
            }
            Who::States(list) => {
                let unknown: Vec<&String> = list.iter().filter(|c| !codes.contains(*c)).collect();
                if !unknown.is_empty() {
                    err(
                        diags,
                        "who",
                        format!(
                            "unknown state(s) {unknown:?}: expected ISO 3166 alpha-3 codes from {}",
                            def.member_states
                        ),
                    );
                    continue;
                }
                seated.iter().filter(|c| list.contains(c)).collect()
            }
        };
        let red_line = rule.red_line.map(|r| match r {
            RedLineDef::AtMost(v) => RedLine::AtMost(v),
            RedLineDef::AtLeast(v) => RedLine::AtLeast(v),
        });
        for code in targets {
            stances.insert(
                (code.clone(), issue),
                Stance { ideal: rule.ideal, salience: rule.salience, red_line, source: rule.source.clone() },
            );
        }
    }

    // Issues.
    let issues: Vec<Issue> = issues_src
        .value
        .0
        .iter()
        .map(|i| Issue {
            id: i.id.clone(),
            item: i.item.clone(),
            title: i.title.clone(),
            summary: i.summary.clone(),
            kind: i.kind,
            absent: i.absent,
            status_quo: i.status_quo,
            keywords: i.keywords.clone(),
            ladder: i
                .ladder
                .iter()
                .map(|w| Wording { position: w.position, text: w.text.clone(), agreed: w.agreed, note: w.note.clone() })
                .collect(),
        })
        .collect();

    let mut issues = issues;
    for (b, baseline) in def.baselines.iter().enumerate() {
        let at = format!("baselines[{b}]");
        check_range(diags, &scn.path, &scn.spans, &format!("{at}.absent"), "absent", baseline.absent);
        check_range(diags, &scn.path, &scn.spans, &format!("{at}.status_quo"), "status_quo", baseline.status_quo);
        match issue_ids.iter().position(|i| *i == baseline.issue) {
            Some(i) => {
                issues[i].absent = baseline.absent;
                issues[i].status_quo = baseline.status_quo;
            }
            None => scn.error(
                diags,
                &format!("{at}.issue"),
                format!("unknown issue \"{}\": expected an id from {}", baseline.issue, def.issues),
            ),
        }
    }

    let groups: Vec<Group> = members
        .value
        .groups
        .iter()
        .map(|g| Group { id: g.id.clone(), name: g.name.clone(), source: g.source.clone(), verified: g.verified })
        .collect();

    // Delegations, sorted by code; every one needs a stance on every issue.
    let mut delegations = Vec::new();
    let mut missing = Vec::new();
    for state in members.value.states.iter().filter(|s| seated.contains(&s.code)) {
        let ids = state_groups(&state.code);
        let mut own = Vec::new();
        for (i, issue) in issues.iter().enumerate() {
            match stances.get(&(state.code.clone(), i)) {
                Some(s) => own.push(s.clone()),
                None => missing.push(format!("{} on {}", state.code, issue.id)),
            }
        }
        delegations.push(Delegation {
            code: state.code.clone(),
            name: state.name.clone(),
            region: state.region,
            groups: ids.iter().filter_map(|g| groups.iter().position(|x| x.id == *g)).collect(),
            influence: influence_of(&ids),
            stances: own,
        });
    }
    delegations.sort_by(|a, b| a.code.cmp(&b.code));
    if !missing.is_empty() {
        let shown: Vec<&String> = missing.iter().take(8).collect();
        scn.error(
            diags,
            "stances",
            format!(
                "{} missing stance(s), e.g. {:?}: expected every seated state to have a stance on every issue (add a rule, such as an `Everyone` default)",
                missing.len(),
                shown
            ),
        );
    }

    let rosters: Vec<Roster> = rosters_src
        .value
        .0
        .iter()
        .map(|r| Roster {
            id: r.id.clone(),
            name: r.name.clone(),
            source: r.source.clone(),
            verified: r.verified,
            chair: r.chair.clone(),
            members: r.members.clone(),
        })
        .collect();

    let index_of = |code: &str| delegations.binary_search_by(|d: &Delegation| d.code.as_str().cmp(code)).ok();
    let mut texts = Vec::new();
    if def.texts.is_empty() {
        scn.error(diags, "texts", "expected at least one text");
    }
    for (t, text) in def.texts.iter().enumerate() {
        let at = |field: &str| format!("texts[{t}].{field}");
        let penholder = match &text.penholder {
            PenholderDef::Chair => Penholder::Chair,
            PenholderDef::Sponsor(code) => match index_of(code) {
                Some(d) => Penholder::Sponsor(d),
                None => {
                    scn.error(
                        diags,
                        &at("penholder"),
                        format!("\"{code}\" is not seated: a sponsor holding the pen must be at the table"),
                    );
                    Penholder::Chair
                }
            },
        };
        let sponsors = match &text.sponsors {
            None => Vec::new(),
            Some(id) => match rosters.iter().find(|r| &r.id == id) {
                Some(r) => r.members.iter().filter_map(|c| index_of(c)).collect(),
                None => {
                    scn.error(
                        diags,
                        &at("sponsors"),
                        format!("unknown roster \"{id}\": expected one of {roster_ids:?}"),
                    );
                    Vec::new()
                }
            },
        };
        let mut opening = Vec::new();
        let mut covered = BTreeSet::new();
        for (p, para) in text.paragraphs.iter().enumerate() {
            let pat = format!("texts[{t}].paragraphs[{p}]");
            match issue_ids.iter().position(|i| *i == para.issue) {
                None => scn.error(
                    diags,
                    &format!("{pat}.issue"),
                    format!("unknown issue \"{}\": expected an id from {}", para.issue, def.issues),
                ),
                Some(i) if para.rung >= issues[i].ladder.len() => scn.error(
                    diags,
                    &format!("{pat}.rung"),
                    format!(
                        "rung {} does not exist: issue \"{}\" has rungs 0 to {}",
                        para.rung,
                        para.issue,
                        issues[i].ladder.len() - 1
                    ),
                ),
                Some(i) if !covered.insert(i) => scn.error(
                    diags,
                    &format!("{pat}.issue"),
                    format!("a second paragraph on \"{}\": expected one paragraph per issue", para.issue),
                ),
                Some(i) => opening.push((i, para.rung)),
            }
        }
        texts.push(Text { id: text.id.clone(), title: text.title.clone(), penholder, sponsors, opening });
    }
    if !diags.is_empty() {
        return None;
    }
    Some(Scenario {
        id: def.id.clone(),
        title: def.title.clone(),
        premise: def.premise.clone(),
        body: def.body,
        year,
        fallback: def.fallback,
        rounds: def.rounds,
        params: def.parameters,
        issues,
        groups,
        delegations,
        rosters,
        texts,
        history: def.history.clone(),
    })
}

/// Loads a scenario by its path or, failing that, by its id under `scenarios/`.
pub fn resolve_path(name: &str) -> PathBuf {
    let p = PathBuf::from(name);
    if p.exists() {
        return p;
    }
    let in_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios").join(format!("{name}.ron"));
    if in_dir.exists() { in_dir } else { p }
}

/// The default scenario shipped with the game.
pub fn default_scenario_path() -> PathBuf {
    let local = PathBuf::from("scenarios/oewg_2019.ron");
    if local.exists() { local } else { Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/oewg_2019.ron") }
}

/// The scenario files shipped with the game and any beside the working
/// directory (`./scenarios`), each once, in file-name order.
pub fn scenario_files() -> Vec<PathBuf> {
    let dirs = [PathBuf::from("scenarios"), Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios")];
    let mut seen = std::collections::BTreeSet::new();
    let mut files = Vec::new();
    for dir in dirs {
        let Ok(read) = std::fs::read_dir(&dir) else { continue };
        let mut here: Vec<PathBuf> = read
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ron"))
            .collect();
        here.sort();
        for path in here {
            let is_scenario = std::fs::read_to_string(&path).is_ok_and(|text| file_kind(&text) == Some("Scenario"));
            let key = path.canonicalize().unwrap_or_else(|_| path.clone());
            if is_scenario && seen.insert(key) {
                files.push(path);
            }
        }
    }
    files
}
