//! Builds the panels' plain view state from the model, in the locale's words. No Bevy, no
//! egui state: the screens gather the resources into a `Table` and call these.

pub use crate::text::debrief;
pub use crate::text::debrief::{adoption_view, adoption_views};

use crate::model::draft::{Draft, Edit};
use crate::model::evaluate::{self, Assessment, VerdictKind};
use crate::model::forecast::IssueForecast;
use crate::model::intent::{Agenda, Intent};
use crate::model::record::{LobbyResult, Record, Says, Speaker};
use crate::model::session::{Phase, TextState};
use crate::model::{Clock, Room, Scenario, Seat, Seating, Sender, ai};
use crate::text::{Locale, report, statements};
use crate::tr;
use crate::ui::glossary::Term;
use crate::ui::panels::bar::{BarView, ChanceLine, CountLine};
use crate::ui::panels::charts::ForecastRow;
use crate::ui::panels::draft::{AddableIssue, AmendmentView, DraftView, ParagraphView, Preview, RungView, StandView};
use crate::ui::panels::inspector::{InspectorView, StanceView};
use crate::ui::panels::instructions::Role;
use crate::ui::panels::log::LogLine;
use crate::ui::panels::pending::PendingItem;
use crate::ui::panels::room::{GroupChoice, GroupLobbyView, RoomView, SeatView};

/// The session as the views read it.
pub struct Table<'a> {
    pub scenario: &'a Scenario,
    pub room: &'a Room,
    pub texts: &'a [TextState],
    /// Every delegation's assessment of each text.
    pub assessments: &'a [Vec<Assessment>],
    pub record: &'a Record,
    pub clock: &'a Clock,
    pub seating: &'a Seating,
}

impl Table<'_> {
    fn concluded(&self) -> bool {
        self.clock.phase == Phase::Concluded
    }

    fn objectors(&self, t: usize) -> Vec<usize> {
        self.assessments
            .get(t)
            .map_or(Vec::new(), |a| (0..a.len()).filter(|&d| a[d].kind == VerdictKind::Objects).collect())
    }
}

pub fn role_of(seat: Option<Seat>) -> Role {
    match seat {
        Some(Seat::Chair) => Role::Chair,
        Some(Seat::Delegation(_)) => Role::Delegation,
        None => Role::Watching,
    }
}

/// "Consensus: 3 objections (CHN, CUB, USA)", with the text's symbol when there are several.
pub fn count_line(l: &Locale, table: &Table, t: usize) -> CountLine {
    let objectors = table.objectors(t);
    let text = report::count(l, table.scenario, t, &objectors, table.texts.len() > 1);
    CountLine { text, objections: !objectors.is_empty(), chance: None }
}

/// The live odds of text `t` beside its count: the chance of consensus (and the expected tally
/// where the text went to a vote in some runs), "…" until the first odds come, and the last odds
/// marked as updating while the state has moved on.
pub fn chance_line(l: &Locale, odds: &crate::sim::odds::LiveOdds, t: usize) -> ChanceLine {
    let Some((_, all)) = &odds.odds else {
        return ChanceLine { text: l.t("odds-computing"), hover: l.t("odds-explained-waiting") };
    };
    let Some(text_odds) = all.texts.get(t) else {
        return ChanceLine { text: l.t("odds-computing"), hover: l.t("odds-explained-waiting") };
    };
    let mut text = crate::text::report::chance(l, text_odds);
    if odds.computing() {
        text = tr!(l, "odds-updating", line = text);
    }
    ChanceLine { text, hover: tr!(l, "odds-explained", runs = all.runs) }
}

/// What the wording chosen in the open paragraph would do to the chance of consensus, for the
/// ladder: "With this wording: 71% (+9)", or "…" while it is worked out.
pub fn what_if_line(l: &Locale, odds: &crate::sim::odds::LiveOdds, mv: &crate::model::Move, t: usize) -> ChanceLine {
    match odds.what_if_for(mv) {
        Some(w) => match crate::text::report::what_if(l, &w.with, &w.without, t) {
            Some(text) => ChanceLine { text, hover: tr!(l, "odds-what-if-explained", runs = w.with.runs) },
            None => ChanceLine { text: l.t("odds-what-if-computing"), hover: String::new() },
        },
        None => ChanceLine { text: l.t("odds-what-if-computing"), hover: String::new() },
    }
}

/// The next step in the words of procedure, for the step button.
pub fn step_label(l: &Locale, role: Role, phase: Phase) -> String {
    l.t(match (role, phase) {
        (_, Phase::Opening) => "step-open",
        (_, Phase::GeneralExchange) => "step-general-exchange",
        (Role::Chair, Phase::Consultations) => "step-suspend",
        (_, Phase::Consultations) => "step-consultations",
        (Role::Chair, Phase::Revision) => "step-resume",
        (_, Phase::Revision) => "step-revision",
        (_, Phase::Adoption) => "step-question",
        (_, Phase::Concluded) => "step-concluded",
    })
}

/// What the player can usefully do now, in one line: the game teaches the procedure by saying what comes next.
pub fn next_step(l: &Locale, role: Role, phase: Phase, objectors: usize, paused: bool) -> String {
    let step = if paused { l.t("next-press-space") } else { l.t("next-ai-runs") };
    match (role, phase) {
        (_, Phase::Concluded) => l.t("next-concluded"),
        (_, Phase::Opening | Phase::GeneralExchange) => tr!(l, "next-opening", step = step),
        (_, Phase::Adoption) => tr!(l, "next-adoption", step = step),
        (Role::Chair, _) if objectors == 0 => l.t("next-chair-no-objections"),
        (Role::Chair, _) => tr!(l, "next-chair-objections", count = objectors, step = step),
        (Role::Delegation, Phase::Consultations) => tr!(l, "next-delegation-consultations", step = step),
        (Role::Delegation, _) => tr!(l, "next-delegation-revision", step = step),
        (Role::Watching, _) => tr!(l, "next-watching", step = step),
    }
}

pub fn bar_view(l: &Locale, table: &Table, seat: Option<Seat>, hot_seat: bool, paused: bool) -> BarView {
    let scenario = table.scenario;
    let clock = table.clock;
    let role = role_of(seat);
    let phase_term = match clock.phase {
        Phase::GeneralExchange => Term::GeneralExchange,
        Phase::Consultations => Term::Consultations,
        Phase::Revision => Term::Revision,
        _ => Term::Consensus,
    };
    let seat_line = match seat {
        Some(Seat::Delegation(d)) => tr!(l, "bar-you-delegation", state = l.state(scenario, d)),
        Some(Seat::Chair) => l.t("bar-you-chair"),
        None => l.t("bar-you-watch"),
    };
    let capital_line = match seat {
        Some(Seat::Delegation(d)) => Some(tr!(l, "bar-capital", capital = table.room.capital[d])),
        _ => None,
    };
    let objectors = (0..table.texts.len()).map(|t| table.objectors(t).len()).max().unwrap_or(0);
    let outcome: Vec<String> = table
        .record
        .texts
        .iter()
        .enumerate()
        .filter_map(|(t, r)| r.conclusion.as_ref().map(|c| (t, c)))
        .map(|(t, c)| tr!(l, "bar-outcome", symbol = statements::symbol(scenario, t), outcome = l.outcome(c.outcome)))
        .collect();
    BarView {
        title: l.scenario_title(scenario),
        phase: tr!(l, "bar-phase", phase = l.t(clock.phase.key())),
        phase_term,
        round_line: tr!(
            l,
            "bar-round",
            round = clock.round,
            rounds = clock.rounds,
            left = clock.rounds.saturating_sub(clock.round)
        ),
        decision_line: tr!(l, "bar-decision", fallback = l.t(scenario.fallback.key())),
        counts: if outcome.is_empty() {
            (0..table.texts.len()).map(|t| count_line(l, table, t)).collect()
        } else {
            outcome.into_iter().map(|text| CountLine { text, objections: false, chance: None }).collect()
        },
        seat_line,
        capital_line,
        hot_seat,
        ai_line: if paused { l.t("bar-ai-paused") } else { l.t("bar-ai-running") },
        step_label: (!table.concluded()).then(|| step_label(l, role, clock.phase)),
        next_step: next_step(l, role, clock.phase, objectors, paused),
        concluded: table.concluded(),
    }
}

/// The draft view of text `t` for the seat at the screen.
pub fn draft_view(l: &Locale, table: &Table, t: usize, seat: Option<Seat>) -> DraftView {
    let scenario = table.scenario;
    let state = &table.texts[t];
    let draft = &state.draft;
    let placements = draft.placements(&scenario.issues);
    let empty = Vec::new();
    let assessments = table.assessments.get(t).unwrap_or(&empty);
    let me = match seat {
        Some(Seat::Delegation(d)) => Some(d),
        _ => None,
    };
    let paragraphs = draft
        .paragraphs
        .iter()
        .enumerate()
        .map(|(index, p)| {
            let at = placements[p.issue];
            ParagraphView {
                index,
                issue: p.issue,
                issue_label: l.issue(scenario, p.issue),
                text: p.own_words.clone().unwrap_or_else(|| l.wording(scenario, p.issue, p.rung)),
                own_words: p.own_words.is_some(),
                status: p.status,
                rung: p.rung,
                ladder: (0..scenario.issues[p.issue].ladder.len())
                    .map(|r| {
                        let w = &scenario.issues[p.issue].ladder[r];
                        RungView {
                            text: l.wording(scenario, p.issue, r),
                            agreed: w.agreed,
                            available: w.available,
                            note: w.note.clone(),
                        }
                    })
                    .collect(),
                support: if assessments.is_empty() {
                    [0; 4]
                } else {
                    evaluate::paragraph_support(scenario, table.room, assessments, p.issue, at)
                },
                mine: me
                    .filter(|&d| d < assessments.len())
                    .map(|d| evaluate::paragraph_effect(scenario, table.room, d, &assessments[d], p.issue, at)),
            }
        })
        .collect();
    let issue_choice = |i: usize| AddableIssue {
        issue: i,
        label: l.issue(scenario, i),
        wordings: scenario.issues[i].available().map(|r| (r, l.wording(scenario, i, r))).collect(),
    };
    let amendments = state
        .proposals
        .iter()
        .filter(|q| {
            let open = match q.edit {
                Edit::Reword { paragraph, rung } => draft.paragraphs.get(paragraph).is_some_and(|p| p.rung != rung),
                _ => true,
            };
            open && draft.check(scenario, q.edit).is_ok()
        })
        .map(|q| {
            let said = crate::model::record::EditSaid::of(draft, q.edit, q.own_words.as_deref());
            AmendmentView {
                description: tr!(
                    l,
                    "amendment-by",
                    state = l.state_opening(scenario, q.by),
                    proposal = statements::proposal(l, scenario, &said)
                ),
                edit: q.edit,
                own_words: q.own_words.clone(),
            }
        })
        .collect();
    DraftView {
        text: t,
        symbol: statements::symbol(scenario, t).to_string(),
        title: l.text_title(scenario, t),
        version: crate::text::statements::draft_label(l, scenario, draft),
        me,
        penholder: holds_pen(scenario, t, seat),
        chair: seat == Some(Seat::Chair),
        summary_allowed: scenario.has_chair_summary(),
        concluded: table.concluded(),
        count_line: count_line(l, table, t).text,
        paragraphs,
        amendments,
        addable: (0..scenario.issues.len()).filter(|&i| draft.paragraph_on(i).is_none()).map(issue_choice).collect(),
        issues: (0..scenario.issues.len()).map(issue_choice).collect(),
        stand: me.map(|d| StandView { stand: state.stands[d], explanation: state.explanations[d].clone() }),
    }
}

/// What each step of paragraph `paragraph`'s ladder would do: the verdict of delegation `me`
/// and the number of objectors, with the text reworded to that step.
pub fn previews(table: &Table, t: usize, paragraph: usize, me: Option<usize>) -> Vec<Preview> {
    let scenario = table.scenario;
    let Some(state) = table.texts.get(t) else { return Vec::new() };
    let Some(p) = state.draft.paragraphs.get(paragraph) else { return Vec::new() };
    (0..scenario.issues[p.issue].ladder.len())
        .map(|rung| {
            let mut draft = state.draft.clone();
            draft.paragraphs[paragraph].rung = rung;
            let placements = draft.placements(&scenario.issues);
            let mut all = Vec::new();
            evaluate::assess_all(scenario, table.room, &placements, &mut all);
            Preview {
                my_verdict: me.and_then(|d| all.get(d)).map(|a| a.kind),
                objectors: all.iter().filter(|a| a.kind == VerdictKind::Objects).count() as u16,
            }
        })
        .collect()
}

/// Why a delegation stands where it does, in a few words: the red line crossed, or the issue that costs it most.
fn seat_reason(l: &Locale, scenario: &Scenario, a: &Assessment) -> String {
    match (a.kind, a.red_line_issue) {
        (_, Some(i)) => tr!(l, "seat-red-line", issue = l.issue(scenario, i)),
        (VerdictKind::Supports, None) => String::new(),
        (_, None) if a.worst_loss > 0.5 => tr!(l, "seat-mostly", issue = l.issue(scenario, a.worst_issue)),
        _ => String::new(),
    }
}

/// The room, as the seats of text `t` see it; a delegation at the screen may lobby the group shown.
pub fn room_view(l: &Locale, table: &Table, t: usize, filter: Option<usize>, me: Option<usize>) -> RoomView {
    let scenario = table.scenario;
    let empty = Vec::new();
    let assessments = table.assessments.get(t).unwrap_or(&empty);
    let seats = (0..scenario.delegations.len())
        .filter(|&d| d < assessments.len())
        .map(|d| {
            let a = &assessments[d];
            SeatView {
                index: d,
                code: scenario.delegations[d].code.clone(),
                verdict: a.kind,
                hover: tr!(
                    l,
                    "seat-hover",
                    state = l.state(scenario, d),
                    verdict = l.verdict(a.kind),
                    why = seat_reason(l, scenario, a)
                ),
                groups: scenario.delegations[d].groups.clone(),
            }
        })
        .collect();
    let groups = (0..scenario.groups.len())
        .filter(|&g| scenario.delegations.iter().any(|d| d.groups.contains(&g)))
        .map(|g| GroupChoice { index: g, name: l.group(scenario, g) })
        .collect();
    let group_lobby = match (me, filter) {
        (Some(by), Some(g)) if !table.concluded() && scenario.groups.get(g).is_some_and(|x| x.negotiates) => {
            ai::group_coordinator(scenario, g, Some(by)).map(|c| GroupLobbyView {
                group: g,
                name: l.group(scenario, g),
                coordinator: l.state(scenario, c),
                issues: (0..scenario.issues.len())
                    .map(|i| {
                        (
                            i,
                            l.issue(scenario, i),
                            (ai::lobby_odds(scenario, table.room, by, c, i) * 100.0).round() as u8,
                        )
                    })
                    .collect(),
                can_afford: table.room.capital[by] + 1e-4 >= scenario.params.lobby_cost,
            })
        }
        _ => None,
    };
    RoomView { seats, groups, group_lobby }
}

/// The inspector on delegation `d`, seen from the seat at the screen (which may lobby it).
pub fn inspector_view(l: &Locale, table: &Table, t: usize, d: usize, me: Option<usize>) -> InspectorView {
    let scenario = table.scenario;
    let delegation = &scenario.delegations[d];
    let draft = &table.texts[t].draft;
    let verdict = evaluate::explain(scenario, table.room, d, draft);
    let reasons = verdict
        .reasons
        .iter()
        .take(6)
        .map(|r| {
            let paragraph = statements::paragraph_ref(l, scenario, r.issue, r.paragraph);
            if r.red_line_crossed {
                let limit = r.red_line.map(|line| statements::limit(l, scenario, r.issue, line)).unwrap_or_default();
                tr!(l, "reason-red-line", paragraph = paragraph, limit = limit)
            } else {
                let direction = if r.text_position > r.ideal { "too-far" } else { "not-far-enough" };
                tr!(l, "reason-distance", paragraph = paragraph, direction = direction)
            }
        })
        .collect();
    let placements = draft.placements(&scenario.issues);
    let lobbying = me.filter(|&by| by != d && !table.concluded());
    let wording_at = |issue: usize, position: f32| -> String {
        let ladder = &scenario.issues[issue].ladder;
        let closest = (0..ladder.len())
            .min_by(|&a, &b| (ladder[a].position - position).abs().total_cmp(&(ladder[b].position - position).abs()));
        match closest {
            Some(r) if (ladder[r].position - position).abs() <= (scenario.issues[issue].absent - position).abs() => {
                tr!(l, "quoted", text = widgets_short(&l.wording(scenario, issue, r)))
            }
            _ => l.t("mark-no-paragraph"),
        }
    };
    let stances = delegation
        .stances
        .iter()
        .enumerate()
        .map(|(i, s)| StanceView {
            issue: i,
            issue_label: l.issue(scenario, i),
            position_line: tr!(
                l,
                "stance-position",
                wants = wording_at(i, table.room.ideal(d, i)),
                text = wording_at(i, placements[i].position)
            ),
            salience: table.room.salience(d, i) * 100.0,
            red_line: table.room.red_line(d, i).map(|line| statements::limit(l, scenario, i, line)),
            source: report::source(l, &s.source),
            odds: lobbying.map(|by| (ai::lobby_odds(scenario, table.room, by, d, i) * 100.0).round() as u8),
        })
        .collect();
    let statements = table
        .record
        .statements
        .iter()
        .filter(|s| s.speaker.is(d))
        .rev()
        .take(8)
        .map(|s| statements::line(l, scenario, s))
        .collect();
    let groups: Vec<String> = delegation.groups.iter().map(|&g| l.group(scenario, g)).collect();
    InspectorView {
        index: d,
        heading: tr!(l, "inspector-heading", state = l.state(scenario, d), code = delegation.code.clone()),
        groups_line: tr!(l, "inspector-groups", region = l.region(scenario, d), groups = groups.join(", ")),
        verdict: verdict.kind,
        reasons,
        stances,
        statements,
        lobby: lobbying.map(|by| (table.room.capital[by], scenario.params.lobby_cost)),
    }
}

fn widgets_short(text: &str) -> String {
    crate::ui::widgets::short(text, 90)
}

/// The log's lines: the last 200 statements, each with the procedural term it illustrates.
pub fn log_lines(l: &Locale, scenario: &Scenario, record: &Record) -> Vec<LogLine> {
    record
        .statements
        .iter()
        .rev()
        .take(200)
        .rev()
        .map(|s| LogLine {
            text: statements::line(l, scenario, s),
            term: match (&s.says, s.speaker) {
                (Says::ExplainsPosition { .. }, _) => Some(Term::ExplanationOfPosition),
                (Says::PutsTheQuestion { .. } | Says::Objects { .. } | Says::Outcome { .. }, _) => {
                    Some(Term::Consensus)
                }
                (Says::Revises { .. } | Says::ClearsBrackets { .. } | Says::Edits { .. }, _) => Some(Term::Revision),
                (Says::MovesToChairSummary { .. }, _) => Some(Term::ChairsSummary),
                (Says::Lobbies { result: LobbyResult::NoCapital, .. } | Says::Lobbies { .. }, _) => {
                    Some(Term::DiplomaticCapital)
                }
                (Says::Position { .. }, Speaker::Group { .. }) => Some(Term::NegotiatingGroup),
                _ => None,
            },
        })
        .collect()
}

/// The moves `by` has waiting, with when each will be acted on.
pub fn pending_items(l: &Locale, table: &Table, agenda: &Agenda, by: Sender) -> Vec<PendingItem> {
    let phase = table.clock.phase;
    agenda
        .waiting
        .iter()
        .filter(|w| w.mv.by == by)
        .map(|w| {
            let when = match &w.mv.intent {
                Intent::Declare { .. } | Intent::Assign { .. } => l.t("pending-when-next-step"),
                Intent::CallForAdoption => l.t("pending-when-revision"),
                _ if phase == Phase::Consultations => l.t("pending-when-now"),
                _ => l.t("pending-when-consultations"),
            };
            PendingItem { id: w.id, what: report::intent(l, table.scenario, table.texts, &w.mv.intent), when }
        })
        .collect()
}

/// The forecast chart's rows: every issue text `t` speaks to.
pub fn forecast_rows(l: &Locale, scenario: &Scenario, draft: &Draft, forecasts: &[IssueForecast]) -> Vec<ForecastRow> {
    draft
        .paragraphs
        .iter()
        .filter(|p| p.counts())
        .filter_map(|p| {
            let f = forecasts.get(p.issue)?;
            Some(ForecastRow {
                label: l.issue(scenario, p.issue),
                text: scenario.issues[p.issue].ladder[p.rung].position,
                compromise: f.compromise,
                nash: f.nash,
            })
        })
        .collect()
}

/// Whether the penholder of text `t` is the seat at the screen, for the draft's controls.
pub fn holds_pen(scenario: &Scenario, t: usize, seat: Option<Seat>) -> bool {
    let pen = match scenario.texts[t].penholder {
        crate::model::scenario::Penholder::Chair => Seat::Chair,
        crate::model::scenario::Penholder::Sponsor(d) => Seat::Delegation(d),
    };
    seat == Some(pen)
}
