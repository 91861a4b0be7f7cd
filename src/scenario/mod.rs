//! Scenario files: the RON schema, loading, and validation that reports every
//! problem with file, line, column and what was expected. Never panics on input.
//! Loading converts the file formats (`schema`) into the model's own types.

pub mod schema;
pub mod spans;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::Path;

use serde::de::DeserializeOwned;

use crate::data::{Folder, ReadError, ScenarioFile};
use crate::model::Vote;
use crate::model::scenario::{
    Alignment, Body, Camp, Delegation, Evidence, Fallback, Group, History, Issue, IssueKind, Lead, Parameters,
    Penholder, RealParagraph, RealStanding, RedLine, Region, RollCall, Roster, Scenario, ScenarioEvent, SessionPlan,
    Source, Stance, Text, Wording,
};
use schema::*;
use spans::SpanIndex;

/// One problem in one file, at one place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file as people know it: a path, or `(built in)/name`.
    pub file: String,
    pub line: usize,
    pub col: usize,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}: {}", self.file, self.line, self.col, self.message)
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

/// A parsed file with its text, to find where its values are when there is an error.
struct Parsed<T> {
    file: String,
    text: String,
    /// Built at the first error only: most files have none.
    spans: std::cell::OnceCell<SpanIndex>,
    value: T,
}

impl<T> Parsed<T> {
    fn error(&self, diags: &mut Vec<Diagnostic>, path: &str, message: impl Into<String>) {
        let loc = self.spans.get_or_init(|| SpanIndex::build(&self.text)).locate(path);
        diags.push(Diagnostic { file: self.file.clone(), line: loc.line, col: loc.col, message: message.into() });
    }

    /// A number that must be finite and within `range`.
    fn check_number(&self, diags: &mut Vec<Diagnostic>, path: &str, what: &str, v: f32, range: (f32, f32)) {
        if !v.is_finite() || v < range.0 || v > range.1 {
            self.error(diags, path, format!("{what} is {v}: expected a number from {} to {}", range.0, range.1));
        }
    }

    /// An id that must be safe as a file name and unique among `seen` (a `kind` id: "body", "group").
    fn check_unique_id<'a>(
        &self,
        diags: &mut Vec<Diagnostic>,
        path: &str,
        kind: &str,
        id: &'a str,
        seen: &mut BTreeSet<&'a str>,
    ) {
        if !is_safe_id(id) {
            self.error(diags, path, format!("\"{id}\": expected an id of letters, digits, _ and -"));
        } else if !seen.insert(id) {
            self.error(diags, path, format!("duplicate {kind} id \"{id}\""));
        }
    }
}

fn whole_file(file: &str, message: impl Into<String>) -> Diagnostic {
    Diagnostic { file: file.to_string(), line: 1, col: 1, message: message.into() }
}

fn read_error(file: &str, e: &ReadError) -> Diagnostic {
    whole_file(file, format!("cannot read the file: {e}"))
}

/// Parses `text` as `T`. A file whose first word is not what `T` expects is refused
/// without echoing anything of what it contains (it may not be one of ours at all).
fn parse<T: DeserializeOwned>(
    file: &str,
    text: &str,
    expected: &str,
    diags: &mut Vec<Diagnostic>,
) -> Option<Parsed<T>> {
    // RON refuses a byte-order mark; editors write one.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if file_kind(text) != Some(expected) {
        diags.push(whole_file(file, format!("expected a {expected}(...) file")));
        return None;
    }
    match ron::Options::default().from_str::<T>(text) {
        Ok(value) => Some(Parsed { file: file.to_string(), text: text.to_string(), spans: Default::default(), value }),
        Err(e) => {
            diags.push(Diagnostic {
                file: file.to_string(),
                line: e.span.start.line,
                col: e.span.start.col,
                message: e.code.to_string(),
            });
            None
        }
    }
}

fn read<T: DeserializeOwned>(
    folder: &Folder,
    name: &str,
    expected: &str,
    diags: &mut Vec<Diagnostic>,
) -> Option<Parsed<T>> {
    let shown = folder.show(name);
    match folder.read(name) {
        Ok(text) => parse(&shown, &text, expected, diags),
        Err(e) => {
            diags.push(read_error(&shown, &e));
            None
        }
    }
}

const SCALE: (f32, f32) = (0.0, 100.0);

fn is_code(code: &str) -> bool {
    code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())
}

/// Ids become parts of file names and locale keys: letters, digits, `_` and `-`, at most 64.
pub fn is_safe_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 64 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// A date written YYYY-MM-DD.
fn date(text: &str) -> Option<jiff::civil::Date> {
    let d: jiff::civil::Date = text.parse().ok()?;
    (text.len() == 10).then_some(d)
}

/// A membership's day: a full date, or only a year for changes long before any scenario.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Day {
    On(jiff::civil::Date),
    Year(i16),
}

fn day(text: &str) -> Option<Day> {
    if text.len() == 4 {
        return text.parse().ok().filter(|y| (1900..=2100).contains(y)).map(Day::Year);
    }
    date(text).map(Day::On)
}

impl Day {
    /// Whether the day is on or before `on`; `None` when only the year is known and it is `on`'s year.
    fn by(self, on: jiff::civil::Date) -> Option<bool> {
        match self {
            Day::On(d) => Some(d <= on),
            Day::Year(y) if y == on.year() => None,
            Day::Year(y) => Some(y < on.year()),
        }
    }
}

impl<T> Parsed<T> {
    /// A date that must read YYYY-MM-DD.
    fn check_date(&self, diags: &mut Vec<Diagnostic>, path: &str, what: &str, text: &str) -> Option<jiff::civil::Date> {
        let d = date(text);
        if d.is_none() {
            self.error(diags, path, format!("{what} \"{text}\": expected a date YYYY-MM-DD"));
        }
        d
    }
}

/// Loads and checks a scenario and every file it refers to.
pub fn load(file: &ScenarioFile) -> Result<Scenario, Diagnostics> {
    let mut diags = Vec::new();
    let scenario = load_inner(file, &mut diags);
    match scenario {
        Some(s) if diags.is_empty() => Ok(s),
        _ => Err(Diagnostics(diags)),
    }
}

/// Loads a scenario by id (a shipped one) or by path (an author's own file).
pub fn load_named(name: &str) -> Result<(ScenarioFile, Scenario), Diagnostics> {
    let file = crate::data::find_scenario(name).map_err(|e| Diagnostics(vec![read_error(name, &e)]))?;
    let scenario = load(&file)?;
    Ok((file, scenario))
}

/// Which kind of file this is, from its first identifier (after a byte-order mark,
/// comments, nested or not, and RON's `#![...]` attributes).
pub fn file_kind(text: &str) -> Option<&str> {
    spans::first_identifier(text)
}

/// Checks any project data file: a scenario (with everything it refers to), or a
/// bodies, member-states, issues, rosters or stances file on its own.
pub fn validate_file(path: &Path) -> Result<(), Diagnostics> {
    let shown = path.display().to_string();
    let text = crate::data::read_text_file(path).map_err(|e| Diagnostics(vec![read_error(&shown, &e)]))?;
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    validate_text(&shown, &text, &Folder::Disk(dir.to_path_buf()))
}

/// Checks the text of any project data file, named `shown` in messages; a scenario's files
/// are read from `folder`.
pub fn validate_text(shown: &str, text: &str, folder: &Folder) -> Result<(), Diagnostics> {
    let mut diags = Vec::new();
    match file_kind(text) {
        Some("Bodies") => {
            if let Some(src) = parse::<BodiesFile>(shown, text, "Bodies", &mut diags) {
                check_bodies(&src, &mut diags);
            }
        }
        Some("MemberStates") => {
            if let Some(src) = parse::<MemberStatesFile>(shown, text, "MemberStates", &mut diags) {
                check_members(&src, &mut diags);
            }
        }
        Some("Issues") => {
            if let Some(src) = parse::<IssuesFile>(shown, text, "Issues", &mut diags) {
                check_issues(&src, &mut diags);
            }
        }
        Some("Alignments") => {
            if let Some(src) = parse::<AlignmentsFile>(shown, text, "Alignments", &mut diags) {
                for (k, a) in src.value.0.iter().enumerate() {
                    src.check_date(&mut diags, &format!("[{k}].date"), "date", &a.date);
                }
            }
        }
        Some("Rosters") => {
            if let Some(src) = parse::<RostersFile>(shown, text, "Rosters", &mut diags) {
                check_rosters(&src, None, &mut diags);
            }
        }
        Some("RollCalls") => {
            if let Some(src) = parse::<RollCallsFile>(shown, text, "RollCalls", &mut diags) {
                check_roll_calls(&src, None, &mut diags);
            }
        }
        Some("Stances") => {
            if let Some(src) = parse::<StancesFile>(shown, text, "Stances", &mut diags) {
                for (r, rule) in src.value.rules.iter().enumerate() {
                    check_rule_values(&src, &format!("rules[{r}]"), rule, &mut diags);
                }
            }
        }
        Some("Scenario") => {
            let _ = load_from(folder, shown, text, &mut diags);
        }
        _ => diags.push(whole_file(
            shown,
            "expected one of Scenario(...), Bodies([...]), MemberStates(...), Issues([...]), Rosters([...]), Stances(...), Alignments([...]), RollCalls([...])",
        )),
    }
    if diags.is_empty() { Ok(()) } else { Err(Diagnostics(diags)) }
}

fn check_bodies(src: &Parsed<BodiesFile>, diags: &mut Vec<Diagnostic>) {
    let mut ids = BTreeSet::new();
    for (b, body) in src.value.0.iter().enumerate() {
        src.check_unique_id(diags, &format!("[{b}].id"), "body", &body.id, &mut ids);
    }
}

fn check_members(src: &Parsed<MemberStatesFile>, diags: &mut Vec<Diagnostic>) {
    src.check_number(diags, "influence.base", "influence base", src.value.influence.base, (0.0, 1.0));
    let mut group_ids = BTreeSet::new();
    for (g, group) in src.value.groups.iter().enumerate() {
        src.check_unique_id(diags, &format!("groups[{g}].id"), "group", &group.id, &mut group_ids);
        if src.value.states.iter().any(|st| st.code == group.id) {
            src.error(
                diags,
                &format!("groups[{g}].id"),
                format!("\"{}\" is also a state's code: expected a group id no state has", group.id),
            );
        }
        if let Some(w) = group.weight {
            src.check_number(diags, &format!("groups[{g}].weight"), "weight", w, (0.0, 1.0));
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
        for (f, former) in state.formerly.iter().enumerate() {
            src.check_date(diags, &format!("states[{s}].formerly[{f}].until"), "until", &former.until);
        }
        for (m, membership) in state.memberships.iter().enumerate() {
            if !group_ids.contains(membership.group.as_str()) {
                src.error(
                    diags,
                    &format!("states[{s}].memberships[{m}].group"),
                    format!("unknown group \"{}\": expected one of the ids under `groups`", membership.group),
                );
            }
            let at = |field: &str| format!("states[{s}].memberships[{m}].{field}");
            for (field, value) in [("since", &membership.since), ("until", &membership.until)] {
                if let Some(text) = value
                    && day(text).is_none()
                {
                    src.error(
                        diags,
                        &at(field),
                        format!("{field} \"{text}\": expected a date YYYY-MM-DD (or a year YYYY)"),
                    );
                }
            }
        }
    }
}

fn check_issues(src: &Parsed<IssuesFile>, diags: &mut Vec<Diagnostic>) {
    let mut ids = BTreeSet::new();
    let mut keywords: BTreeMap<&str, &str> = BTreeMap::new();
    for (i, issue) in src.value.0.iter().enumerate() {
        let at = |field: &str| format!("[{i}].{field}");
        src.check_unique_id(diags, &at("id"), "issue", &issue.id, &mut ids);
        src.check_number(diags, &at("absent"), "absent", issue.absent, SCALE);
        src.check_number(diags, &at("status_quo"), "status_quo", issue.status_quo, SCALE);
        if issue.ladder.is_empty() {
            src.error(diags, &at("ladder"), "expected at least one wording on the ladder");
        }
        for (w, wording) in issue.ladder.iter().enumerate() {
            if let Some(d) = &wording.since {
                src.check_date(diags, &format!("[{i}].ladder[{w}].since"), "since", d);
            }
            for (k, t) in wording.translations.iter().enumerate() {
                let at = |field: &str| format!("[{i}].ladder[{w}].translations[{k}].{field}");
                if t.language == "en" || crate::text::known_language(&t.language) != Some(t.language.as_str()) {
                    src.error(
                        diags,
                        &at("language"),
                        format!("\"{}\": expected one of ar, zh, fr, ru, es", t.language),
                    );
                }
                if t.text.trim().is_empty() {
                    src.error(diags, &at("text"), "an empty translation: expected the UN's text in that language");
                }
                if t.source.trim().is_empty() {
                    src.error(diags, &at("source"), "expected the UN document in that language the text is read from");
                }
            }
            let path = format!("[{i}].ladder[{w}].position");
            src.check_number(diags, &path, "position", wording.position, SCALE);
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

fn check_rosters(src: &Parsed<RostersFile>, codes: Option<&BTreeSet<String>>, diags: &mut Vec<Diagnostic>) {
    let mut ids = BTreeSet::new();
    for (r, roster) in src.value.0.iter().enumerate() {
        if !ids.insert(roster.id.as_str()) {
            src.error(diags, &format!("[{r}].id"), format!("duplicate roster id \"{}\"", roster.id));
        }
        if let Some(d) = &roster.date {
            src.check_date(diags, &format!("[{r}].date"), "date", d);
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

/// The places of the UN where a roll call is taken.
const VOTING_BODIES: [&str; 2] = ["plenary", "first_committee"];

fn check_roll_calls(src: &Parsed<RollCallsFile>, codes: Option<&BTreeSet<String>>, diags: &mut Vec<Diagnostic>) {
    let mut ids = BTreeSet::new();
    for (r, call) in src.value.0.iter().enumerate() {
        if call.id.trim().is_empty() || !ids.insert(call.id.as_str()) {
            src.error(diags, &format!("[{r}].id"), format!("\"{}\": expected a roll call id of its own", call.id));
        }
        src.check_date(diags, &format!("[{r}].date"), "date", &call.date);
        if !VOTING_BODIES.contains(&call.body.as_str()) {
            src.error(diags, &format!("[{r}].body"), format!("\"{}\": expected one of {VOTING_BODIES:?}", call.body));
        }
        if call.source.trim().is_empty() {
            src.error(diags, &format!("[{r}].source"), "a roll call names where it was read");
        }
        let counted = (call.yes.len() as u32, call.no.len() as u32, call.abstain.len() as u32);
        if call.complete && counted != call.tally {
            src.error(
                diags,
                &format!("[{r}].tally"),
                format!(
                    "the lists count {}-{}-{}, the tally says {}-{}-{}: a complete roll call lists every vote",
                    counted.0, counted.1, counted.2, call.tally.0, call.tally.1, call.tally.2
                ),
            );
        }
        let mut seen = BTreeSet::new();
        for (list, codes_in) in [("yes", &call.yes), ("no", &call.no), ("abstain", &call.abstain)] {
            for (m, code) in codes_in.iter().enumerate() {
                let path = format!("[{r}].{list}[{m}]");
                if !seen.insert(code.as_str()) {
                    src.error(diags, &path, format!("\"{code}\" votes twice"));
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
}

/// A roll call with every seated delegation's vote, in delegation order.
fn roll_call_of(call: &RollCallDef, delegations: &[Delegation], on: jiff::civil::Date) -> RollCall {
    RollCall {
        id: call.id.clone(),
        title: call.title.clone(),
        draft: call.draft.clone(),
        body: call.body.clone(),
        date: date(&call.date).unwrap_or(on),
        meeting: call.meeting.clone(),
        source: call.source.clone(),
        address: call.address.clone(),
        votes: delegations.iter().map(|d| vote_in(call, &d.code)).collect(),
        complete: call.complete,
    }
}

fn vote_of(v: VoteDef) -> Vote {
    match v {
        VoteDef::Yes => Vote::Yes,
        VoteDef::No => Vote::No,
        VoteDef::Abstain => Vote::Abstain,
    }
}

/// How `code` voted in `call`, if it voted.
fn vote_in(call: &RollCallDef, code: &str) -> Option<Vote> {
    let has = |list: &[String]| list.iter().any(|c| c == code);
    if has(&call.yes) {
        Some(Vote::Yes)
    } else if has(&call.no) {
        Some(Vote::No)
    } else if has(&call.abstain) {
        Some(Vote::Abstain)
    } else {
        None
    }
}

/// A roll call used as evidence: it must exist, be cast strictly before the decision and not be a
/// vote on a text this scenario decides. Returns its index in the file, or the reason it may not serve.
fn evidence_roll_call(
    calls: Option<&RollCallsFile>,
    id: &str,
    on: jiff::civil::Date,
    texts: &[TextDef],
) -> Result<usize, String> {
    let Some(calls) = calls else {
        return Err(format!("\"{id}\" needs the scenario's `roll_calls` file"));
    };
    let Some(k) = calls.0.iter().position(|c| c.id == id) else {
        let ids: Vec<&str> = calls.0.iter().map(|c| c.id.as_str()).collect();
        return Err(format!("unknown roll call \"{id}\": expected one of {ids:?}"));
    };
    let call = &calls.0[k];
    if date(&call.date).is_some_and(|d| d >= on) {
        return Err(format!(
            "the roll call \"{id}\" was cast on {}, on or after this negotiation's decision ({on}): a vote on or after the decision is the test, never evidence",
            call.date
        ));
    }
    if texts.iter().any(|t| t.id == call.id || t.id == call.draft) {
        return Err(format!(
            "\"{id}\" is the vote on a text this scenario decides: that vote is the test, never evidence"
        ));
    }
    Ok(k)
}

/// The date a rule's evidence bears, checked; `None` for estimates and sponsorships.
fn evidence_date<T>(
    src: &Parsed<T>,
    at: &str,
    rule: &StanceRuleDef,
    diags: &mut Vec<Diagnostic>,
) -> Option<jiff::civil::Date> {
    match &rule.source {
        SourceDef::Statement(e) | SourceDef::Group(e) => {
            if e.document.trim().is_empty() || e.says.trim().is_empty() {
                src.error(diags, &format!("{at}.source"), "a documented position names its document and what it says");
            }
            src.check_date(diags, &format!("{at}.source"), "the evidence's date", &e.date)
        }
        SourceDef::Estimate(reason) => {
            if reason.trim().is_empty() {
                src.error(diags, &format!("{at}.source"), "an estimate gives its reason");
            }
            None
        }
        // Checked against the scenario's roll calls and date when the rule is applied.
        SourceDef::Sponsorship(_) | SourceDef::RollCall(_) => None,
    }
}

fn check_rule_values<T>(src: &Parsed<T>, at: &str, rule: &StanceRuleDef, diags: &mut Vec<Diagnostic>) {
    evidence_date(src, at, rule, diags);
    src.check_number(diags, &format!("{at}.ideal"), "ideal", rule.ideal, SCALE);
    src.check_number(diags, &format!("{at}.salience"), "salience", rule.salience, SCALE);
    if let Some(RedLineDef::AtMost(v) | RedLineDef::AtLeast(v)) = rule.red_line {
        src.check_number(diags, &format!("{at}.red_line"), "red line", v, SCALE);
    }
}

fn check_parameters(scn: &Parsed<ScenarioDef>, diags: &mut Vec<Diagnostic>) {
    let p = &scn.value.parameters;
    let checks: [(&str, f32, (f32, f32)); 13] = [
        ("agreement_value", p.agreement_value, (0.0, 1000.0)),
        ("deadline_pressure", p.deadline_pressure, (0.0, 100.0)),
        ("isolation_cost", p.isolation_cost, (0.0, 1000.0)),
        ("group_cohesion", p.group_cohesion, (0.0, 1.0)),
        ("persuasion", p.persuasion, (0.0, 100.0)),
        ("capital", p.capital, (0.0, 1000.0)),
        ("lobby_cost", p.lobby_cost, (0.01, 1000.0)),
        ("estimate_spread", p.estimate_spread, (0.0, 100.0)),
        ("red_line_confidence", p.red_line_confidence, (0.0, 1.0)),
        ("agreed_language_discount", p.agreed_language_discount, (0.0, 1.0)),
        ("rival_margin", p.rival_margin, (0.0, 1000.0)),
        ("follow_stake", p.follow_stake, (0.0, 1000.0)),
        ("break_away_stake", p.break_away_stake, (0.0, 1000.0)),
    ];
    if p.break_away_stake < p.follow_stake {
        scn.error(diags, "parameters.break_away_stake", "expected break_away_stake at least follow_stake");
    }
    for (name, value, range) in checks {
        scn.check_number(diags, &format!("parameters.{name}"), name, value, range);
    }
}

fn region_of(r: RegionDef) -> Region {
    match r {
        RegionDef::African => Region::African,
        RegionDef::AsiaPacific => Region::AsiaPacific,
        RegionDef::EasternEuropean => Region::EasternEuropean,
        RegionDef::LatinAmericanAndCaribbean => Region::LatinAmericanAndCaribbean,
        RegionDef::WesternEuropeanAndOthers => Region::WesternEuropeanAndOthers,
    }
}

fn evidence_of(e: &EvidenceDef) -> Option<Evidence> {
    Some(Evidence {
        document: e.document.clone(),
        symbol: e.symbol.clone(),
        date: date(&e.date)?,
        address: e.address.clone(),
        says: e.says.clone(),
    })
}

fn source_of(s: &SourceDef, rosters: &[RosterDef]) -> Option<Source> {
    Some(match s {
        SourceDef::Sponsorship(id) => {
            let roster = rosters.iter().find(|r| &r.id == id);
            Source::Sponsorship {
                roster: roster.map_or(id.clone(), |r| r.name.clone()),
                date: roster.and_then(|r| r.date.as_deref()).and_then(date),
            }
        }
        SourceDef::Statement(e) => Source::Statement(evidence_of(e)?),
        SourceDef::Group(e) => Source::Group(evidence_of(e)?),
        SourceDef::Estimate(x) => Source::Estimate(x.clone()),
        // Made per state from its vote where the rule is applied.
        SourceDef::RollCall(id) => Source::Estimate(id.clone()),
    })
}

fn parameters_of(p: &ParametersDef) -> Parameters {
    Parameters {
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

/// An issue as this scenario sees it: a wording is available if it existed by `on` and `body` could adopt it.
fn issue_of(i: &IssueDef, on: jiff::civil::Date, body: &str) -> Issue {
    Issue {
        id: i.id.clone(),
        item: i.item.clone(),
        title: i.title.clone(),
        summary: i.summary.clone(),
        kind: match i.kind {
            IssueKindDef::Norm => IssueKind::Norm,
            IssueKindDef::Contested => IssueKind::Contested,
        },
        absent: i.absent,
        status_quo: i.status_quo,
        keywords: i.keywords.clone(),
        ladder: i
            .ladder
            .iter()
            .map(|w| Wording {
                position: w.position,
                text: w.text.clone(),
                agreed: w.agreed,
                note: w.note.clone(),
                available: w.since.as_deref().and_then(date).is_none_or(|d| d <= on)
                    && (w.bodies.is_empty() || w.bodies.iter().any(|b| b == body)),
                since: w.since.as_deref().and_then(date),
                translations: w
                    .translations
                    .iter()
                    .map(|t| (t.language.clone(), t.text.clone(), t.source.clone()))
                    .collect(),
            })
            .collect(),
    }
}

/// Who a stance rule applies to among the seated, or why it cannot say.
fn rule_targets<'a, 'b>(
    who: &Who,
    seated: &'a BTreeSet<String>,
    codes: &BTreeSet<String>,
    member_of: &dyn Fn(&str, &str) -> bool,
    group_ids: &BTreeSet<&str>,
    rosters: &[RosterDef],
    roll_call: &'b dyn Fn(&str) -> Result<&'b RollCallDef, String>,
    files: (&str, &str),
) -> Result<Vec<&'a String>, String> {
    let (member_states, _) = files;
    Ok(match who {
        Who::Everyone => seated.iter().collect(),
        Who::Group(g) => {
            if !group_ids.contains(g.as_str()) {
                return Err(format!("unknown group \"{g}\": expected a group id from {member_states}"));
            }
            seated.iter().filter(|c| member_of(c, g)).collect()
        }
        Who::Roster(r) => match rosters.iter().find(|x| &x.id == r) {
            Some(roster) => seated.iter().filter(|c| roster.members.contains(c)).collect(),
            None => {
                let ids: Vec<&str> = rosters.iter().map(|r| r.id.as_str()).collect();
                return Err(format!("unknown roster \"{r}\": expected one of {ids:?}"));
            }
        },
        Who::State(code) => {
            if !codes.contains(code) {
                return Err(format!(
                    "unknown state \"{code}\": expected an ISO 3166 alpha-3 code from {member_states}"
                ));
            }
            seated.iter().filter(|c| *c == code).collect()
        }
        Who::States(list) => {
            let unknown: Vec<&String> = list.iter().filter(|c| !codes.contains(*c)).collect();
            if !unknown.is_empty() {
                return Err(format!(
                    "unknown state(s) {unknown:?}: expected ISO 3166 alpha-3 codes from {member_states}"
                ));
            }
            seated.iter().filter(|c| list.contains(c)).collect()
        }
        Who::Voted { roll_call: id, vote } => {
            let call = roll_call(id)?;
            let vote = vote_of(*vote);
            seated.iter().filter(|c| vote_in(call, c) == Some(vote)).collect()
        }
    })
}

fn load_inner(file: &ScenarioFile, diags: &mut Vec<Diagnostic>) -> Option<Scenario> {
    let shown = file.folder.show(&file.name);
    match file.folder.read(&file.name) {
        Ok(text) => load_from(&file.folder, &shown, &text, diags),
        Err(e) => {
            diags.push(read_error(&shown, &e));
            None
        }
    }
}

/// Loads a scenario from its text, named `shown` in messages, reading the files it refers to
/// from `folder`: a scenario that is not (yet) a file, as the fuzzer makes them.
pub fn load_text(shown: &str, text: &str, folder: &Folder) -> Result<Scenario, Diagnostics> {
    let mut diags = Vec::new();
    match load_from(folder, shown, text, &mut diags) {
        Some(s) if diags.is_empty() => Ok(s),
        _ => Err(Diagnostics(diags)),
    }
}

fn load_from(folder: &Folder, shown: &str, text: &str, diags: &mut Vec<Diagnostic>) -> Option<Scenario> {
    let scn: Parsed<ScenarioDef> = parse(shown, text, "Scenario", diags)?;
    let def = &scn.value;
    let bodies: Option<Parsed<BodiesFile>> = read(folder, &def.bodies, "Bodies", diags);
    let members: Option<Parsed<MemberStatesFile>> = read(folder, &def.member_states, "MemberStates", diags);
    let issues_src: Option<Parsed<IssuesFile>> = read(folder, &def.issues, "Issues", diags);
    let rosters_src: Option<Parsed<RostersFile>> = read(folder, &def.rosters, "Rosters", diags);
    let alignments_src: Option<Option<Parsed<AlignmentsFile>>> =
        def.alignments.as_ref().map(|name| read(folder, name, "Alignments", diags)).map_or(Some(None), |a| a.map(Some));
    let roll_calls_src: Option<Option<Parsed<RollCallsFile>>> =
        def.roll_calls.as_ref().map(|name| read(folder, name, "RollCalls", diags)).map_or(Some(None), |a| a.map(Some));
    let stance_srcs: Vec<Option<Parsed<StancesFile>>> =
        def.stances.iter().map(|s| read(folder, s, "Stances", diags)).collect();
    let (bodies, members, issues_src, rosters_src) = (bodies?, members?, issues_src?, rosters_src?);
    let alignments_src = alignments_src?;
    let roll_calls_src = roll_calls_src?;
    let stance_srcs: Vec<Parsed<StancesFile>> = stance_srcs.into_iter().collect::<Option<_>>()?;

    if !is_safe_id(&def.id) {
        scn.error(diags, "id", format!("\"{}\": expected an id of letters, digits, _ and - (at most 64)", def.id));
    }
    let on = scn.check_date(diags, "date", "date", &def.date)?;
    check_bodies(&bodies, diags);
    check_members(&members, diags);
    check_issues(&issues_src, diags);
    let codes: BTreeSet<String> = members.value.states.iter().map(|s| s.code.clone()).collect();
    check_rosters(&rosters_src, Some(&codes), diags);
    if let Some(src) = &roll_calls_src {
        check_roll_calls(src, Some(&codes), diags);
    }
    let calls = roll_calls_src.as_ref().map(|src| &src.value);
    // A roll call a rule or a text leans on: cast strictly before the decision, on another text.
    let evidence_call = |id: &str| evidence_roll_call(calls, id, on, &def.texts).map(|k| &calls.expect("checked").0[k]);
    check_parameters(&scn, diags);

    let body = match bodies.value.0.iter().find(|b| b.id == def.body) {
        Some(b) => Body {
            id: b.id.clone(),
            name: b.name.clone(),
            group_statements: b.group_statements,
            chair_summary: b.chair_summary,
            recorded_vote: b.recorded_vote,
            personal_capacity: b.personal_capacity,
            source: b.source.clone(),
        },
        None => {
            let ids: Vec<&str> = bodies.value.0.iter().map(|b| b.id.as_str()).collect();
            scn.error(diags, "body", format!("unknown body \"{}\": expected one of {ids:?}", def.body));
            return None;
        }
    };
    let fallback = match def.fallback {
        FallbackDef::NoReport => Fallback::NoReport,
        FallbackDef::ChairSummary => Fallback::ChairSummary,
        FallbackDef::RecordedVote => Fallback::RecordedVote,
    };
    if fallback == Fallback::ChairSummary && !body.chair_summary {
        scn.error(diags, "fallback", format!("a {} has no chair's summary: expected NoReport", body.name));
    }
    if fallback == Fallback::RecordedVote && !body.recorded_vote {
        scn.error(diags, "fallback", format!("a {} does not vote: expected NoReport or ChairSummary", body.name));
    }

    // The calendar: sessions, or one session of `rounds`.
    let given_rounds = (def.rounds > 0).then_some(def.rounds);
    let sessions: Vec<SessionPlan> = match (&def.sessions[..], given_rounds) {
        ([], Some(rounds)) => {
            vec![SessionPlan { name: String::new(), rounds, adoption: true, draft: None, date: None }]
        }
        ([], None) => {
            scn.error(diags, "rounds", "expected `rounds`, or a calendar of `sessions`");
            Vec::new()
        }
        (list, rounds) => {
            if rounds.is_some() {
                scn.error(diags, "rounds", "give either `rounds` or `sessions`, not both");
            }
            let mut last_date = None;
            for (k, session) in list.iter().enumerate() {
                if let Some(text) = &session.date
                    && let Some(d) = scn.check_date(diags, &format!("sessions[{k}].date"), "the session's date", text)
                {
                    if d > on {
                        scn.error(
                            diags,
                            &format!("sessions[{k}].date"),
                            format!("{d} is after the decision ({on}): expected a session on or before it"),
                        );
                    }
                    if last_date.is_some_and(|l| d < l) {
                        scn.error(
                            diags,
                            &format!("sessions[{k}].date"),
                            "expected the sessions in the order of their dates",
                        );
                    }
                    last_date = Some(d);
                }
                if session.rounds == 0 || session.rounds > 50 {
                    scn.error(
                        diags,
                        &format!("sessions[{k}].rounds"),
                        format!("{} rounds: expected 1 to 50", session.rounds),
                    );
                }
            }
            if !list.last().is_some_and(|s| s.adoption) {
                scn.error(diags, "sessions", "the last session must allow adoption (`adoption: true`)");
            }
            list.iter()
                .map(|s| SessionPlan {
                    name: s.name.clone(),
                    rounds: s.rounds,
                    adoption: s.adoption,
                    draft: s.draft.clone(),
                    date: s.date.as_deref().and_then(date),
                })
                .collect()
        }
    };
    let rounds: u32 = sessions.iter().map(|s| s.rounds).sum();
    if !sessions.is_empty() && (rounds == 0 || rounds > 100) {
        scn.error(diags, "rounds", format!("{rounds} rounds: expected 1 to 100"));
    }

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

    // Memberships as of the decision's day. A change known only by its year, in the decision's
    // year, cannot say: it needs a full date.
    let mut undated = Vec::new();
    for (k, state) in members.value.states.iter().enumerate() {
        for (m, membership) in state.memberships.iter().enumerate() {
            for (field, value) in [("since", &membership.since), ("until", &membership.until)] {
                if value.as_deref().and_then(day).is_some_and(|d| d.by(on).is_none()) {
                    undated.push(format!("states[{k}].memberships[{m}].{field}"));
                }
            }
        }
    }
    for at in undated {
        members.error(
            diags,
            &at,
            format!("only a year is given, and it is the year of {} ({on}): expected a full date", def.id),
        );
    }
    let member_of = |code: &str, group: &str| -> bool {
        members.value.states.iter().find(|s| s.code == code).is_some_and(|s| {
            s.memberships.iter().any(|m| {
                m.group == group
                    && m.since.as_deref().and_then(day).is_none_or(|d| d.by(on) == Some(true))
                    && m.until.as_deref().and_then(day).is_none_or(|d| d.by(on) == Some(false))
            })
        })
    };
    let state_groups = |code: &str| -> Vec<&str> {
        members.value.groups.iter().map(|g| g.id.as_str()).filter(|g| member_of(code, g)).collect()
    };

    // Camps, from every stances file.
    let mut camps: Vec<Camp> = Vec::new();
    for src in &stance_srcs {
        for (c, camp) in src.value.camps.iter().enumerate() {
            let at = format!("camps[{c}]");
            src.check_number(diags, &format!("{at}.holds"), "holds", camp.holds, (0.0, 1.0));
            if !is_safe_id(&camp.id) || camps.iter().any(|x| x.id == camp.id) {
                src.error(
                    diags,
                    &format!("{at}.id"),
                    format!("\"{}\": expected a new camp id of letters, digits, _ and -", camp.id),
                );
            }
            camps.push(Camp {
                id: camp.id.clone(),
                name: camp.name.clone(),
                holds: camp.holds,
                source: camp.source.clone(),
            });
        }
    }

    // Stances: shared files in order, then the scenario's own overrides. A rule resting on
    // evidence dated after the decision does not apply: no look-ahead.
    let mut stances: BTreeMap<(String, usize), Stance> = BTreeMap::new();
    let overrides =
        def.stance_overrides.iter().enumerate().map(|(r, rule)| (None, format!("stance_overrides[{r}]"), rule));
    let in_files = stance_srcs.iter().flat_map(|src| {
        src.value.rules.iter().enumerate().map(move |(r, rule)| (Some(src), format!("rules[{r}]"), rule))
    });
    for (src, at, rule) in in_files.chain(overrides) {
        let err = |diags: &mut Vec<Diagnostic>, field: &str, message: String| match src {
            Some(src) => src.error(diags, &format!("{at}.{field}"), message),
            None => scn.error(diags, &format!("{at}.{field}"), message),
        };
        let dated = match src {
            Some(src) => {
                check_rule_values(src, &at, rule, diags);
                evidence_date(src, &at, rule, &mut Vec::new())
            }
            None => {
                check_rule_values(&scn, &at, rule, diags);
                evidence_date(&scn, &at, rule, &mut Vec::new())
            }
        };
        let Some(issue) = issue_ids.iter().position(|i| *i == rule.issue) else {
            err(diags, "issue", format!("unknown issue \"{}\": expected an id from {}", rule.issue, def.issues));
            continue;
        };
        let camp = match &rule.camp {
            None => None,
            Some(id) => match camps.iter().position(|c| &c.id == id) {
                Some(c) => Some(c),
                None => {
                    err(diags, "camp", format!("unknown camp \"{id}\": expected a camp of the stances files"));
                    continue;
                }
            },
        };
        if camp.is_some() && rule.red_line.is_none() {
            err(diags, "camp", "a camp is for red lines: this rule has none".to_string());
        }
        let targets = match rule_targets(
            &rule.who,
            &seated,
            &codes,
            &member_of,
            &group_ids,
            &rosters_src.value.0,
            &evidence_call,
            (&def.member_states, &def.rosters),
        ) {
            Ok(t) => t,
            Err(message) => {
                err(diags, "who", message);
                continue;
            }
        };
        // A vote as evidence: the roll call must be one the scenario may lean on.
        let voted_in = match &rule.source {
            SourceDef::RollCall(id) => match evidence_call(id) {
                Ok(call) => Some(call),
                Err(message) => {
                    err(diags, "source", message);
                    continue;
                }
            },
            _ => None,
        };
        let sponsored = match &rule.source {
            SourceDef::Sponsorship(id) => {
                rosters_src.value.0.iter().find(|r| &r.id == id).and_then(|r| r.date.as_deref()).and_then(date)
            }
            _ => None,
        };
        if dated.or(sponsored).is_some_and(|d| d > on) {
            continue;
        }
        let Some(source) = source_of(&rule.source, &rosters_src.value.0) else { continue };
        let red_line = rule.red_line.map(|r| match r {
            RedLineDef::AtMost(v) => RedLine::AtMost(v),
            RedLineDef::AtLeast(v) => RedLine::AtLeast(v),
        });
        for code in targets {
            // Each state's own vote is its source.
            let source = match voted_in {
                Some(call) => match vote_in(call, code) {
                    Some(vote) => Source::Vote {
                        roll_call: call.id.clone(),
                        date: date(&call.date).unwrap_or(on),
                        vote,
                        meeting: call.meeting.clone(),
                    },
                    None => continue,
                },
                None => source.clone(),
            };
            stances.insert(
                (code.clone(), issue),
                Stance { ideal: rule.ideal, salience: rule.salience, red_line, camp, source },
            );
        }
    }

    let mut issues: Vec<Issue> = issues_src.value.0.iter().map(|i| issue_of(i, on, &body.id)).collect();
    for (b, baseline) in def.baselines.iter().enumerate() {
        let at = format!("baselines[{b}]");
        scn.check_number(diags, &format!("{at}.absent"), "absent", baseline.absent, SCALE);
        scn.check_number(diags, &format!("{at}.status_quo"), "status_quo", baseline.status_quo, SCALE);
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
        .map(|g| Group {
            id: g.id.clone(),
            name: g.name.clone(),
            source: g.source.clone(),
            verified: g.verified,
            negotiates: g.negotiates,
        })
        .collect();
    let influence_of = |ids: &[&str]| -> f32 {
        let base = members.value.influence.base;
        members
            .value
            .groups
            .iter()
            .filter(|g| ids.contains(&g.id.as_str()))
            .filter_map(|g| g.weight)
            .fold(base, f32::max)
    };

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
        // The name the state had on the day of the decision.
        let former = state
            .formerly
            .iter()
            .filter_map(|f| f.until.parse::<jiff::civil::Date>().ok().filter(|until| on < *until).map(|u| (u, f)))
            .min_by_key(|(until, _)| *until)
            .map(|(_, f)| f);
        let name_in_text = former.and_then(|f| f.in_text.clone());
        let name = former.map_or_else(|| state.name.clone(), |f| f.name.clone());
        delegations.push(Delegation {
            code: state.code.clone(),
            name,
            name_in_text,
            region: region_of(state.region),
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

    // Alignments documented by the decision's day, with the followers at the table.
    let mut alignments = Vec::new();
    if let Some(src) = &alignments_src {
        for (k, a) in src.value.0.iter().enumerate() {
            let at = |field: &str| format!("[{k}].{field}");
            let Some(from) = src.check_date(diags, &at("date"), "date", &a.date) else { continue };
            let lead = match &a.lead {
                LeadDef::State(code) if codes.contains(code) => index_of(code).map(Lead::State),
                LeadDef::Group(g) if group_ids.contains(g.as_str()) => {
                    groups.iter().position(|x| &x.id == g).map(Lead::Group)
                }
                _ => {
                    src.error(
                        diags,
                        &at("lead"),
                        "unknown lead: expected State(\"ISO3\") of the member states or Group(id) of the groups",
                    );
                    continue;
                }
            };
            for (m, code) in a.members.iter().enumerate() {
                if !codes.contains(code) {
                    src.error(diags, &format!("[{k}].members[{m}]"), format!("unknown state \"{code}\""));
                }
            }
            if from > on {
                continue;
            }
            let Some(lead) = lead else { continue };
            let members: Vec<usize> = a.members.iter().filter_map(|c| index_of(c)).collect();
            let alignment =
                Alignment { id: a.id.clone(), name: a.name.clone(), lead, members, source: a.source.clone() };
            // A later list under the same id replaces an earlier one: who aligned as of the decision.
            match alignments.iter_mut().find(|(_, x): &&mut (jiff::civil::Date, Alignment)| x.id == a.id) {
                Some(slot) if slot.0 <= from => *slot = (from, alignment),
                Some(_) => {}
                None => alignments.push((from, alignment)),
            }
        }
    }
    let alignments: Vec<Alignment> = alignments.into_iter().map(|(_, a)| a).collect();

    // Events the instructor may inject, each about one issue and the seated states it names.
    let mut events = Vec::new();
    for (k, e) in def.events.iter().enumerate() {
        let at = |field: &str| format!("events[{k}].{field}");
        if !is_safe_id(&e.id) || def.events[..k].iter().any(|x| x.id == e.id) {
            scn.error(diags, &at("id"), format!("\"{}\": expected a new event id of letters, digits, _ and -", e.id));
        }
        let issue = issue_ids.iter().position(|i| *i == e.issue);
        if issue.is_none() {
            scn.error(
                diags,
                &at("issue"),
                format!("unknown issue \"{}\": expected an id from {}", e.issue, def.issues),
            );
        }
        for (field, value) in [("salience", e.salience), ("ideal", e.ideal)] {
            if let Some(x) = value {
                scn.check_number(diags, &at(field), field, x, (0.0, 100.0));
            }
        }
        let concerns = match rule_targets(
            &e.who,
            &seated,
            &codes,
            &member_of,
            &group_ids,
            &rosters_src.value.0,
            &evidence_call,
            (&def.member_states, &def.rosters),
        ) {
            Ok(targets) => targets.iter().filter_map(|c| index_of(c)).collect(),
            Err(message) => {
                scn.error(diags, &at("who"), message);
                Vec::new()
            }
        };
        if let Some(issue) = issue {
            events.push(ScenarioEvent {
                id: e.id.clone(),
                title: e.title.clone(),
                text: e.text.clone(),
                concerns,
                issue,
                salience: e.salience,
                ideal: e.ideal,
            });
        }
    }

    // The roll calls the scenario may lean on: cast strictly before its decision, on other texts.
    let evidence_calls: Vec<RollCall> = calls
        .map(|c| {
            c.0.iter()
                .filter(|call| evidence_roll_call(calls, &call.id, on, &def.texts).is_ok())
                .map(|call| roll_call_of(call, &delegations, on))
                .collect()
        })
        .unwrap_or_default();
    let mut texts = Vec::new();
    if def.texts.is_empty() {
        scn.error(diags, "texts", "expected at least one text");
    }
    let mut text_ids = BTreeSet::new();
    for (t, text) in def.texts.iter().enumerate() {
        let at = |field: &str| format!("texts[{t}].{field}");
        if !text_ids.insert(text.id.as_str()) {
            scn.error(
                diags,
                &at("id"),
                format!("a second text \"{}\": expected every text to have its own id", text.id),
            );
        }
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
        let rival = match &text.rival {
            None => None,
            Some(id) => match def.texts.iter().position(|x| &x.id == id) {
                Some(r) if r != t => Some(r),
                _ => {
                    scn.error(
                        diags,
                        &at("rival"),
                        format!("\"{id}\": expected the id of another text of this scenario"),
                    );
                    None
                }
            },
        };
        let mut read_paragraphs = |field: &str, paragraphs: &[ParagraphDef]| {
            let mut opening = Vec::new();
            let mut cited = Vec::new();
            let mut covered = BTreeSet::new();
            for (p, para) in paragraphs.iter().enumerate() {
                let pat = format!("texts[{t}].{field}[{p}]");
                match issue_ids.iter().position(|i| *i == para.issue) {
                    None => scn.error(
                        diags,
                        &format!("{pat}.issue"),
                        format!("unknown issue \"{}\": expected an id from {}", para.issue, def.issues),
                    ),
                    Some(i) if issues[i].ladder.is_empty() => {}
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
                    Some(i) if !issues[i].ladder[para.rung].available => scn.error(
                        diags,
                        &format!("{pat}.rung"),
                        format!(
                            "rung {} of \"{}\" did not exist by {on} or is not language a {} could adopt",
                            para.rung, para.issue, body.name
                        ),
                    ),
                    Some(i) if !covered.insert(i) => scn.error(
                        diags,
                        &format!("{pat}.issue"),
                        format!("a second paragraph on \"{}\": expected one paragraph per issue", para.issue),
                    ),
                    Some(i) => {
                        opening.push((i, para.rung));
                        cited.push(para.at.clone());
                    }
                }
            }
            (opening, cited)
        };
        let (opening, cited) = read_paragraphs("paragraphs", &text.paragraphs);
        let (last_year, _) = read_paragraphs("last_year", &text.last_year);
        if !text.last_year.is_empty() && text.follows_up.is_none() {
            scn.error(
                diags,
                &at("last_year"),
                "last year's text without the roll call that decided it: expected `follows_up` beside it",
            );
        }
        let follows_up = text.follows_up.as_ref().and_then(|id| match evidence_call(id) {
            Ok(call) => Some(call.id.clone()),
            Err(message) => {
                scn.error(diags, &at("follows_up"), message);
                None
            }
        });
        texts.push(Text {
            id: text.id.clone(),
            title: text.title.clone(),
            penholder,
            sponsors,
            rival,
            opening,
            cited,
            follows_up: follows_up.and_then(|id| evidence_calls.iter().position(|c| c.id == id)),
            last_year,
        });
    }
    // What decided each text in history: the test `simulate` scores against, never read by the model.
    let mut history_votes = Vec::new();
    for (k, v) in def.history.votes.iter().enumerate() {
        let at = |field: &str| format!("history.votes[{k}].{field}");
        let Some(t) = def.texts.iter().position(|x| x.id == v.text) else {
            scn.error(diags, &at("text"), format!("\"{}\": expected the id of a text of this scenario", v.text));
            continue;
        };
        match calls.and_then(|c| c.0.iter().find(|x| x.id == v.roll_call)) {
            Some(call) if !call.complete => scn.error(
                diags,
                &at("roll_call"),
                format!("\"{}\" is a partial roll call: expected a complete one to score votes against", call.id),
            ),
            Some(call) => history_votes.push((t, roll_call_of(call, &delegations, on))),
            None => scn.error(
                diags,
                &at("roll_call"),
                format!("unknown roll call \"{}\": expected an id of the scenario's `roll_calls` file", v.roll_call),
            ),
        }
    }
    let mut final_text = Vec::new();
    for (k, real) in def.history.final_text.iter().enumerate() {
        let at = |field: &str| format!("history.final_text[{k}].{field}");
        let Some(i) = issue_ids.iter().position(|x| *x == real.issue) else {
            scn.error(diags, &at("issue"), format!("unknown issue \"{}\": expected one of {issue_ids:?}", real.issue));
            continue;
        };
        let stands = match real.stands {
            RealStandingDef::Text(position) => {
                match issues[i].ladder.iter().position(|w| (w.position - position).abs() < 1e-3) {
                    Some(rung) => RealStanding::Text(rung),
                    None => {
                        let positions: Vec<f32> = issues[i].ladder.iter().map(|w| w.position).collect();
                        scn.error(
                            diags,
                            &at("stands"),
                            format!("no wording of \"{}\" at {position}: expected one of {positions:?}", real.issue),
                        );
                        continue;
                    }
                }
            }
            RealStandingDef::ChairSummary => RealStanding::ChairSummary,
            RealStandingDef::Absent => RealStanding::Absent,
        };
        if real.source.trim().is_empty() {
            scn.error(diags, &at("source"), "an empty source: expected the document or report that says so");
        }
        final_text.push(RealParagraph { issue: i, stands, source: real.source.clone(), estimate: real.estimate });
    }
    if !diags.is_empty() {
        return None;
    }
    Some(Scenario {
        id: def.id.clone(),
        title: def.title.clone(),
        premise: def.premise.clone(),
        body,
        date: on,
        start_here: def.start_here,
        fallback,
        rounds,
        sessions,
        camps,
        alignments,
        events,
        params: parameters_of(&def.parameters),
        issues,
        groups,
        delegations,
        rosters,
        texts,
        roll_calls: evidence_calls,
        group_members: Default::default(),
        stated_room: Default::default(),
        history: History {
            outcome: def.history.outcome.clone(),
            events: def.history.events.clone(),
            sources: def.history.sources.clone(),
            votes: history_votes,
            final_text,
        },
    })
}
