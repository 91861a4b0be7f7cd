//! Longer texts from the model's data: the transcript, refusals, the capital's
//! instructions, the debrief's marks and the changes between drafts.

use super::Locale;
use super::statements;
use crate::model::brief::{Change, Instructions, Mark};
use crate::model::draft::{Edit, EditError, ParagraphStatus};
use crate::model::intent::Intent;
use crate::model::record::Record;
use crate::model::scenario::Source;
use crate::model::session::TextState;
use crate::model::{Draft, Refusal, Scenario};
use crate::tr;

/// A whole record as text: every statement, then each text's count after each round.
pub fn transcript(l: &Locale, scenario: &Scenario, heading: &str, record: &Record) -> String {
    let mut out = tr!(l, "transcript-heading", heading = heading);
    out.push('\n');
    for s in &record.statements {
        out.push_str(&statements::line(l, scenario, s));
        out.push('\n');
    }
    for (t, text) in record.texts.iter().enumerate() {
        for (r, c) in text.counts.iter().enumerate() {
            out.push_str(&tr!(
                l,
                "transcript-count",
                symbol = statements::symbol(scenario, t),
                round = r,
                supports = c.supports,
                live = c.can_live_with,
                reservations = c.reservations,
                objects = c.objects
            ));
            out.push('\n');
        }
    }
    // The text as it was decided, paragraph by paragraph (where the record keeps drafts).
    for (t, text) in record.texts.iter().enumerate() {
        let Some(last) = text.drafts.last() else { continue };
        out.push_str(&tr!(l, "transcript-final", symbol = statements::symbol(scenario, t)));
        out.push('\n');
        for p in 0..last.paragraphs.len() {
            out.push_str(&statements::final_paragraph(l, scenario, last, p));
            out.push('\n');
        }
    }
    out
}

pub fn edit_error(l: &Locale, e: &EditError) -> String {
    match *e {
        EditError::NoSuchParagraph(n) => tr!(l, "edit-error-no-paragraph", number = n),
        EditError::NotInText(n) => tr!(l, "edit-error-not-in-text", number = n),
        EditError::NoSuchRung(r) => tr!(l, "edit-error-no-rung", rung = r),
        EditError::IssueCovered(n) => tr!(l, "edit-error-issue-covered", number = n),
        EditError::NoSuchIssue(i) => tr!(l, "edit-error-no-issue", issue = i),
        EditError::NotBracketed(n) => tr!(l, "edit-error-not-bracketed", number = n),
        EditError::AlreadyBracketed(n) => tr!(l, "edit-error-already-bracketed", number = n),
        EditError::NoChairSummary => l.t("edit-error-no-summary"),
        EditError::NotAvailable(_) => l.t("edit-error-not-available"),
    }
}

/// Why a move was refused, in words for its sender.
pub fn refusal(l: &Locale, scenario: &Scenario, r: &Refusal) -> String {
    match r {
        Refusal::SessionOver => l.t("refused-session-over"),
        Refusal::NotInThisSession { adoption_from } => tr!(
            l,
            "refused-not-in-this-session",
            session = scenario.sessions.get(*adoption_from).map(|s| s.name.clone()).unwrap_or_default()
        ),
        Refusal::NoDraftYet { session } => tr!(
            l,
            "refused-no-draft-yet",
            session = scenario.sessions.get(*session).map(|s| s.name.clone()).unwrap_or_default()
        ),
        Refusal::NotYourSeat => l.t("refused-not-your-seat"),
        Refusal::PenholderOnly => l.t("refused-penholder-only"),
        Refusal::DelegationOnly => l.t("refused-delegation-only"),
        Refusal::InstructorOnly => l.t("refused-instructor-only"),
        Refusal::NoSuchDelegation(d) => tr!(l, "refused-no-delegation", index = *d),
        Refusal::NoSuchIssue(i) => tr!(l, "refused-no-issue", index = *i),
        Refusal::NoSuchGroup(g) => tr!(l, "refused-no-group", index = *g),
        Refusal::NotANegotiatingGroup(g) => {
            let name = if *g < scenario.groups.len() { l.group(scenario, *g) } else { g.to_string() };
            tr!(l, "refused-not-negotiating", group = name)
        }
        Refusal::NoSuchText(t) => tr!(l, "refused-no-text", index = *t),
        Refusal::NoSuchEvent(e) => tr!(l, "refused-no-event", index = *e),
        Refusal::LobbyingYourself => l.t("refused-lobbying-yourself"),
        Refusal::NoCapital { left, needed } => tr!(l, "refused-no-capital", left = *left, needed = *needed),
        Refusal::Edit(e) => edit_error(l, e),
        Refusal::Duplicate => l.t("refused-duplicate"),
        Refusal::TooLong { max } => tr!(l, "refused-too-long", max = *max),
        Refusal::NotYours => l.t("refused-not-yours"),
        Refusal::NoSuchMove => l.t("refused-no-such-move"),
    }
}

/// A stance's source in words: the document, its symbol and date, and what it says; or the estimate's reason.
pub fn source(l: &Locale, source: &Source) -> String {
    let evidence = |key: &str, e: &crate::model::scenario::Evidence| {
        tr!(
            l,
            key,
            document = e.document.clone(),
            symbol = e.symbol.as_ref().map(|x| tr!(l, "source-symbol", symbol = x.clone())).unwrap_or_default(),
            date = e.date.to_string(),
            says = e.says.clone()
        )
    };
    match source {
        Source::Sponsorship { roster, date } => tr!(
            l,
            "source-sponsorship",
            roster = roster.clone(),
            date = date.map(|d| tr!(l, "source-dated", date = d.to_string())).unwrap_or_default()
        ),
        Source::Statement(e) => evidence("source-statement", e),
        Source::Group(e) => evidence("source-group", e),
        Source::Estimate(reason) => tr!(l, "source-estimate", text = reason.clone()),
        Source::Vote { roll_call, date, vote, meeting } => tr!(
            l,
            "source-vote",
            roll_call = roll_call.clone(),
            date = date.to_string(),
            vote = vote_key(*vote),
            meeting = meeting.as_ref().map(|m| tr!(l, "source-symbol", symbol = m.clone())).unwrap_or_default()
        ),
    }
}

/// The selector of a vote in messages: "yes", "no", "abstain".
pub fn vote_key(vote: crate::model::Vote) -> &'static str {
    match vote {
        crate::model::Vote::Yes => "yes",
        crate::model::Vote::No => "no",
        crate::model::Vote::Abstain => "abstain",
    }
}

/// A delegation's stances, one line per issue: where it wants the text, how much it cares,
/// its red line and the source.
pub fn stances(l: &Locale, scenario: &Scenario, delegation: &crate::model::Delegation) -> String {
    let d = scenario.delegations.iter().position(|x| x.code == delegation.code).unwrap_or(0);
    let mut out = format!("{} ({})\n", l.state(scenario, d), delegation.code);
    for (i, stance) in delegation.stances.iter().enumerate() {
        let red_line = stance
            .red_line
            .map(|r| {
                let camp = stance
                    .camp
                    .and_then(|c| scenario.camps.get(c))
                    .map(|c| tr!(l, "stance-camp", camp = c.name.clone()))
                    .unwrap_or_default();
                tr!(l, "stance-red-line", limit = super::statements::limit(l, scenario, i, r), camp = camp)
            })
            .unwrap_or_default();
        out.push_str(&tr!(
            l,
            "stance-line",
            issue = l.issue(scenario, i),
            ideal = stance.ideal.round() as i64,
            salience = stance.salience.round() as i64,
            red_line = red_line,
            source = source(l, &stance.source)
        ));
        out.push('\n');
    }
    out
}

/// The capital's instructions as lines: priorities in the ladder's words, then red lines as orders.
pub struct BriefLines {
    pub heading: String,
    /// (line, hover text with the position and source).
    pub priorities: Vec<(String, String)>,
    pub red_lines: Vec<String>,
    pub success: Vec<String>,
}

pub fn brief(l: &Locale, scenario: &Scenario, brief: &Instructions) -> BriefLines {
    let heading = match brief.to {
        Some(d) => tr!(l, "brief-to", state = l.state_in_text(scenario, d)),
        None => l.t("brief-to-chair"),
    };
    let priorities = brief
        .priorities
        .iter()
        .map(|p| {
            let push = match p.rung {
                Some(r) => tr!(l, "brief-push-for", wording = l.wording(scenario, p.issue, r)),
                None => l.t("brief-push-for-nothing"),
            };
            let line = tr!(l, "brief-priority", issue = l.issue(scenario, p.issue), salience = p.salience, push = push);
            let hover = tr!(
                l,
                "brief-priority-hover",
                position = p.ideal,
                source = source(l, &p.source),
                estimate = if p.source.is_estimate() { "yes" } else { "no" }
            );
            (line, hover)
        })
        .collect();
    let red_lines = brief
        .red_lines
        .iter()
        .map(|r| {
            tr!(
                l,
                "brief-red-line",
                issue = l.issue(scenario, r.issue),
                order = statements::limit(l, scenario, r.issue, r.line)
            )
        })
        .collect();
    let success = match brief.to {
        Some(_) => vec![
            l.t("success-adopted"),
            tr!(l, "success-priorities", within = crate::model::brief::MET_WITHIN),
            l.t("success-goodwill"),
        ],
        None => vec![
            l.t("success-chair-consensus"),
            l.t("success-chair-keep"),
            tr!(l, "success-chair-fallback", fallback = l.t(scenario.fallback.key())),
            tr!(l, "success-chair-time", rounds = scenario.rounds),
        ],
    };
    BriefLines { heading, priorities, red_lines, success }
}

/// A mark of the debrief in words.
pub fn mark(l: &Locale, scenario: &Scenario, mark: &Mark) -> String {
    let wording = |issue: usize, rung: Option<usize>| match rung {
        Some(r) => tr!(l, "quoted", text = l.wording(scenario, issue, r)),
        None => l.t("mark-no-paragraph"),
    };
    match mark {
        Mark::Outcome(Some(o)) => tr!(l, "mark-outcome", outcome = l.outcome(*o)),
        Mark::Outcome(None) | Mark::ChairOutcome { outcome: None, .. } => l.t("mark-undecided"),
        Mark::RedLine { issue, crossed } => {
            let id = if *crossed { "mark-red-line-crossed" } else { "mark-red-line-held" };
            tr!(l, id, issue = l.issue(scenario, *issue))
        }
        Mark::Priority { issue, rung_now, wanted, .. } => tr!(
            l,
            "mark-priority",
            issue = l.issue(scenario, *issue),
            now = wording(*issue, *rung_now),
            wanted = wording(*issue, *wanted)
        ),
        Mark::Verdict(kind) => tr!(l, "mark-verdict", verdict = l.verdict(*kind)),
        Mark::ChairOutcome { outcome: Some(o), round, rounds } => {
            tr!(l, "mark-chair-outcome", outcome = l.outcome(*o), round = *round, rounds = *rounds)
        }
        Mark::TextKept { kept, opened_with, summary, adopted } => tr!(
            l,
            if *adopted { "mark-kept" } else { "mark-kept-not-adopted" },
            kept = *kept,
            opened = *opened_with,
            summary = *summary
        ),
    }
}

/// One change between drafts, in words.
pub fn change(l: &Locale, scenario: &Scenario, change: &Change) -> String {
    let reference =
        |p: usize, i: usize| tr!(l, "paragraph-ref-title", number = Draft::number(p), issue = l.issue(scenario, i));
    match *change {
        Change::Added { paragraph, issue, rung } => {
            tr!(l, "change-added", paragraph = reference(paragraph, issue), wording = l.wording(scenario, issue, rung))
        }
        Change::Weakened { paragraph, issue, rung } => {
            tr!(
                l,
                "change-weakened",
                paragraph = reference(paragraph, issue),
                wording = l.wording(scenario, issue, rung)
            )
        }
        Change::Strengthened { paragraph, issue, rung } => tr!(
            l,
            "change-strengthened",
            paragraph = reference(paragraph, issue),
            wording = l.wording(scenario, issue, rung)
        ),
        Change::Summarised { issue, rung } => {
            tr!(l, "change-summarised", issue = l.issue(scenario, issue), wording = l.wording(scenario, issue, rung))
        }
        Change::Status { paragraph, issue, status } => {
            let id = match status {
                ParagraphStatus::Text => "change-agreed",
                ParagraphStatus::Bracketed => "change-bracketed",
                ParagraphStatus::ChairSummary => "change-to-summary",
                ParagraphStatus::Deleted => "change-deleted",
            };
            tr!(l, id, paragraph = reference(paragraph, issue))
        }
    }
}

/// A vote in words: "in favour", "against", "abstaining".
pub fn vote(l: &Locale, vote: crate::model::Vote) -> String {
    l.t(match vote {
        crate::model::Vote::Yes => "vote-yes",
        crate::model::Vote::No => "vote-no",
        crate::model::Vote::Abstain => "vote-abstain",
    })
}

/// Why a delegation voted as it did.
pub fn vote_reason(l: &Locale, scenario: &Scenario, reason: &crate::model::consensus::VoteReason) -> String {
    use crate::model::consensus::VoteReason as R;
    match *reason {
        R::Sponsor => l.t("vote-reason-sponsor"),
        R::Declared => l.t("vote-reason-declared"),
        R::Content => l.t("vote-reason-content"),
        R::Reservations { issue } => tr!(l, "vote-reason-reservations", issue = l.issue(scenario, issue)),
        R::CloseCall { issue } => tr!(l, "vote-reason-close-call", issue = l.issue(scenario, issue)),
        R::RedLine { issue } => tr!(l, "vote-reason-red-line", issue = l.issue(scenario, issue)),
        R::Against { issue } => tr!(l, "vote-reason-against", issue = l.issue(scenario, issue)),
        R::PrefersRival { rival, issue } => tr!(
            l,
            "vote-reason-prefers-rival",
            rival = statements::symbol(scenario, rival),
            issue = l.issue(scenario, issue)
        ),
        R::WontChoose { rival } => tr!(l, "vote-reason-wont-choose", rival = statements::symbol(scenario, rival)),
        R::Follows { cue } => tr!(l, "vote-reason-follows", lead = statements::cue(l, scenario, cue)),
        R::CrossPressured { cue, issue } => tr!(
            l,
            "vote-reason-cross-pressured",
            lead = statements::cue(l, scenario, cue),
            issue = l.issue(scenario, issue)
        ),
        R::AsLastYear { cue } => tr!(l, "vote-reason-as-last-year", lead = statements::cue(l, scenario, cue)),
        R::MovedSince { cue } => tr!(l, "vote-reason-moved-since", lead = statements::cue(l, scenario, cue)),
        R::BreaksAway { cue, issue } => tr!(
            l,
            "vote-reason-breaks-away",
            lead = statements::cue(l, scenario, cue),
            issue = l.issue(scenario, issue)
        ),
    }
}

/// A waiting move in words.
pub fn intent(l: &Locale, scenario: &Scenario, texts: &[TextState], intent: &Intent) -> String {
    let fits = |text: usize, edit: Edit| texts.get(text).is_some_and(|s| s.draft.check(scenario, edit).is_ok());
    match intent {
        Intent::Propose { text, edit, own_words } if fits(*text, *edit) => {
            let said = crate::model::record::EditSaid::of(&texts[*text].draft, *edit, own_words.as_deref());
            tr!(l, "pending-propose", proposal = statements::proposal(l, scenario, &said))
        }
        Intent::ChairEdit { text, edit } if fits(*text, *edit) => {
            let said = crate::model::record::EditSaid::of(&texts[*text].draft, *edit, None);
            statements::edit_sentence(l, scenario, &said)
        }
        Intent::Propose { .. } | Intent::ChairEdit { .. } => l.t("pending-no-longer-fits"),
        Intent::Lobby { target, issue } => {
            tr!(l, "pending-lobby", state = l.state_in_text(scenario, *target), issue = l.issue(scenario, *issue))
        }
        Intent::LobbyGroup { group, issue } => {
            tr!(l, "pending-lobby", state = l.group(scenario, *group), issue = l.issue(scenario, *issue))
        }
        Intent::CallForAdoption => l.t("pending-call"),
        Intent::Declare { stand, .. } => tr!(
            l,
            "pending-declare",
            stand = match stand {
                crate::model::Stand::AsInstructed => l.t("stand-as-instructed"),
                crate::model::Stand::Object => l.t("stand-object"),
                crate::model::Stand::JoinConsensus => l.t("stand-join"),
            }
        ),
        Intent::Assign { .. } => l.t("pending-assign"),
        Intent::Event { event } => {
            tr!(l, "pending-event", title = scenario.events.get(*event).map_or(String::new(), |e| e.title.clone()))
        }
        Intent::Announce { text } => tr!(l, "pending-announce", text = text.clone()),
    }
}

/// "Consensus: 3 objections (CHN, CUB, USA)", with the text's symbol when `several` texts are on the table.
pub fn count(l: &Locale, scenario: &Scenario, t: usize, objectors: &[usize], several: bool) -> String {
    let codes: Vec<String> = objectors.iter().map(|&d| scenario.delegations[d].code.clone()).collect();
    let shown: Vec<String> = codes.iter().take(12).cloned().collect();
    let more = codes.len().saturating_sub(shown.len());
    let count = if codes.is_empty() {
        l.t("count-no-objections")
    } else {
        tr!(l, "count-objections", count = codes.len(), codes = shown.join(", "), more = more)
    };
    if several { tr!(l, "count-for-text", symbol = statements::symbol(scenario, t), count = count) } else { count }
}

/// Why an objection stands at the gavel, in the words of the negotiation.
pub fn objection(l: &Locale, scenario: &Scenario, o: &crate::model::Objection) -> String {
    let issue = l.issue(scenario, o.issue);
    let why = if o.red_line {
        tr!(l, "objection-red-line", issue = issue)
    } else {
        tr!(l, "objection-against", issue = issue)
    };
    tr!(l, "objection-line", state = l.state(scenario, o.delegation), why = why)
}

/// What a wording would do to text `t`'s chance: "With this wording: 71% (+9)", from the odds with
/// it and without it over the same runs.
pub fn what_if(
    l: &Locale,
    with: &crate::model::odds::Odds,
    without: &crate::model::odds::Odds,
    t: usize,
) -> Option<String> {
    let (with, without) = (with.texts.get(t)?, without.texts.get(t)?);
    let change = match with.percent() as i64 - without.percent() as i64 {
        0 => l.t("odds-no-change"),
        c if c > 0 => format!("+{c}"),
        c => format!("\u{2212}{}", -c),
    };
    Some(tr!(l, "odds-what-if", chance = with.percent(), change = change))
}

/// The live odds of one text: "Chance of consensus: 62%", and the expected tally where some runs
/// went to a recorded vote.
pub fn chance(l: &Locale, odds: &crate::model::odds::TextOdds) -> String {
    let line = tr!(l, "odds-chance", chance = odds.percent());
    match odds.tally {
        Some([yes, no, abstain]) => tr!(
            l,
            "odds-with-tally",
            line = line,
            yes = yes.round() as u32,
            no = no.round() as u32,
            abstain = abstain.round() as u32
        ),
        None => line,
    }
}
