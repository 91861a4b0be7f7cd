//! Statements in words: the model records what was said as data; this says it.

use crate::model::ballot::Cue;
use crate::model::brief::{self, Limit};
use crate::model::chair::Why;
use crate::model::draft::{Draft, Edit, ParagraphStatus};
use crate::model::record::{EditSaid, GiveWay, LobbyResult, ReasonSaid, Says, Speaker, Statement};
use crate::model::scenario::Lead;
use crate::model::seating::{Holder, Seat};
use crate::model::{RedLine, Scenario, Stand, VerdictKind};
use crate::text::Locale;
use crate::tr;

/// Who spoke, as the log shows it: "Chair", "Cuba", "France for the European Union".
pub fn speaker(l: &Locale, scenario: &Scenario, speaker: Speaker) -> String {
    match speaker {
        Speaker::Chair => l.t("speaker-chair"),
        Speaker::Instructor => l.t("speaker-instructor"),
        Speaker::Delegation(d) if scenario.body.personal_capacity => {
            tr!(l, "speaker-expert", state = l.state_in_text(scenario, d))
        }
        Speaker::Delegation(d) => l.state(scenario, d),
        Speaker::Group { group, speaker } => {
            tr!(l, "speaker-for-group", state = l.state_opening(scenario, speaker), group = l.group(scenario, group))
        }
    }
}

/// The lead a delegation follows, by name: "the European Union", "the United States".
pub fn cue(l: &Locale, scenario: &Scenario, cue: Cue) -> String {
    match cue {
        Cue::Group(g) => tr!(l, "cue-group", group = l.group(scenario, g)),
        Cue::PriorVote(k) => match scenario.roll_calls.get(k) {
            Some(c) => tr!(l, "cue-prior-vote", roll_call = c.id.clone(), date = c.date.to_string()),
            None => String::new(),
        },
        Cue::Alignment(a) => match scenario.alignments.get(a).map(|x| x.lead) {
            Some(Lead::Group(g)) => tr!(l, "cue-group", group = l.group(scenario, g)),
            Some(Lead::State(d)) => l.state_in_text(scenario, d),
            None => String::new(),
        },
    }
}

/// The symbol of text `t` ("A/C.1/73/L.27/Rev.1").
pub fn symbol(scenario: &Scenario, t: usize) -> &str {
    scenario.texts.get(t).map_or("", |x| x.id.as_str())
}

/// "paragraph 14 (Humanitarian law)", or "the absence of a paragraph on humanitarian law".
pub fn paragraph_ref(l: &Locale, scenario: &Scenario, issue: usize, paragraph: Option<usize>) -> String {
    let name = l.issue(scenario, issue);
    match paragraph {
        Some(p) => tr!(l, "paragraph-ref", number = Draft::number(p), issue = name),
        None => tr!(l, "paragraph-absent", issue = name),
    }
}

/// A red line in the words of the ladder: "nothing stronger than “...”".
pub fn limit(l: &Locale, scenario: &Scenario, issue: usize, line: RedLine) -> String {
    match brief::limit_of(scenario, issue, line) {
        Limit::NothingStrongerThan(r) => tr!(l, "limit-nothing-stronger", wording = l.wording(scenario, issue, r)),
        Limit::AtLeast(r) => tr!(l, "limit-at-least", wording = l.wording(scenario, issue, r)),
        Limit::NoParagraph => l.t("limit-no-paragraph"),
        Limit::BeyondEveryWording => l.t("limit-beyond-every-wording"),
    }
}

fn position(l: &Locale, scenario: &Scenario, who: &str, verdict: VerdictKind, reason: Option<&ReasonSaid>) -> String {
    let Some(r) = reason else { return tr!(l, "position-supports", who = who) };
    let paragraph = paragraph_ref(l, scenario, r.issue, r.paragraph);
    let direction = if r.too_far { "too-far" } else { "not-far-enough" };
    match (verdict, r.red_line) {
        (VerdictKind::Objects, Some(line)) => tr!(
            l,
            "position-red-line",
            who = who,
            paragraph = paragraph,
            limit = limit(l, scenario, r.issue, line.into())
        ),
        (VerdictKind::Objects, None) => {
            tr!(l, "position-objects", who = who, paragraph = paragraph, direction = direction)
        }
        (VerdictKind::Reservations, _) => {
            tr!(l, "position-reservations", who = who, paragraph = paragraph, direction = direction)
        }
        (VerdictKind::CanLiveWith, _) => {
            tr!(l, "position-can-live-with", who = who, paragraph = paragraph, direction = direction)
        }
        (VerdictKind::Supports, _) => tr!(l, "position-supports", who = who),
    }
}

/// An edit in a sentence of its own: "Paragraph 3 (Supply chains) now reads: “...”."
pub fn edit_sentence(l: &Locale, scenario: &Scenario, said: &EditSaid) -> String {
    let issue = l.issue(scenario, said.issue);
    let quoted = |rung: usize| said.own_words.clone().unwrap_or_else(|| l.wording(scenario, said.issue, rung));
    match said.edit {
        Edit::Reword { paragraph, rung } => {
            tr!(l, "edit-reword", number = Draft::number(paragraph), issue = issue, wording = quoted(rung))
        }
        Edit::Insert { rung, .. } => tr!(l, "edit-insert", issue = issue, wording = quoted(rung)),
        Edit::Bracket { paragraph } => tr!(l, "edit-bracket", number = Draft::number(paragraph), issue = issue),
        Edit::Unbracket { paragraph } => tr!(l, "edit-unbracket", number = Draft::number(paragraph), issue = issue),
        Edit::Delete { paragraph } => tr!(l, "edit-delete", number = Draft::number(paragraph), issue = issue),
        Edit::MoveToChairSummary { paragraph } => {
            tr!(l, "edit-to-summary", number = Draft::number(paragraph), issue = issue)
        }
    }
}

/// An amendment as a delegation proposes it: "that paragraph 3 (...) read: “...”".
pub fn proposal(l: &Locale, scenario: &Scenario, said: &EditSaid) -> String {
    let issue = l.issue(scenario, said.issue);
    let quoted = |rung: usize| said.own_words.clone().unwrap_or_else(|| l.wording(scenario, said.issue, rung));
    match said.edit {
        Edit::Reword { paragraph, rung } => {
            tr!(l, "propose-reword", number = Draft::number(paragraph), issue = issue, wording = quoted(rung))
        }
        Edit::Insert { rung, .. } => tr!(l, "propose-insert", issue = issue, wording = quoted(rung)),
        Edit::Bracket { paragraph } => tr!(l, "propose-bracket", number = Draft::number(paragraph), issue = issue),
        Edit::Unbracket { paragraph } => {
            tr!(l, "propose-unbracket", number = Draft::number(paragraph), issue = issue)
        }
        Edit::Delete { paragraph } => tr!(l, "propose-delete", number = Draft::number(paragraph), issue = issue),
        Edit::MoveToChairSummary { paragraph } => {
            tr!(l, "propose-to-summary", number = Draft::number(paragraph), issue = issue)
        }
    }
}

/// The changes of a revision, each followed by why the chair made it (where it said).
fn reasoned(l: &Locale, scenario: &Scenario, edits: &[EditSaid], why: &[Why]) -> String {
    edits
        .iter()
        .enumerate()
        .map(|(k, e)| {
            let sentence = edit_sentence(l, scenario, e);
            match why.get(k).map(|w| why_said(l, scenario, w)).filter(|w| !w.is_empty()) {
                Some(w) => tr!(l, "edit-with-why", edit = sentence.trim_end_matches('.'), why = w),
                None => sentence,
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Why the chair made a change, in a clause: the amendment it took up and its backing, the
/// objections it meets, the other half of a package, or the support it wins.
pub fn why_said(l: &Locale, scenario: &Scenario, why: &Why) -> String {
    let mut parts = Vec::new();
    if let Some((by, group)) = why.took_up {
        let who = l.state_in_text(scenario, by);
        parts.push(match group {
            Some(g) => tr!(l, "why-took-up-group", group = l.group(scenario, g), who = who),
            None => tr!(l, "why-took-up", who = who),
        });
        if why.favoured_by > 0 {
            parts.push(tr!(l, "why-favoured", count = why.favoured_by));
        }
    }
    if !why.meets.is_empty() {
        let names: Vec<String> = why.meets.iter().map(|&d| l.state_in_text(scenario, d)).collect();
        let more = why.meets_count as usize - why.meets.len().min(why.meets_count as usize);
        parts.push(tr!(l, "why-meets", who = l.list(&names), more = more));
    }
    if let Some(p) = why.package_with {
        parts.push(tr!(l, "why-package", number = Draft::number(p)));
    }
    if why.took_up.is_none() && why.meets.is_empty() && why.favoured_by > 0 {
        parts.insert(0, tr!(l, "why-favoured", count = why.favoured_by));
    }
    parts.join("; ")
}

/// What a statement says, in words (without the speaker).
pub fn says(l: &Locale, scenario: &Scenario, statement: &Statement) -> String {
    let who_name = |d: usize| l.state_in_text(scenario, d);
    let subject = match statement.speaker {
        Speaker::Group { .. } => l.t("subject-group"),
        Speaker::Delegation(d) if scenario.body.personal_capacity => tr!(l, "subject-expert", state = who_name(d)),
        Speaker::Delegation(d) => tr!(l, "subject-delegation", state = who_name(d)),
        _ => l.t("subject-chair"),
    };
    match &statement.says {
        Says::Tables { text, paragraphs } if scenario.tabling_session() > 0 => tr!(
            l,
            "says-tables-draft",
            title = l.text_title(scenario, *text),
            symbol = symbol(scenario, *text),
            paragraphs = *paragraphs
        ),
        Says::Tables { text, paragraphs } => tr!(
            l,
            "says-tables",
            body = l.body(scenario),
            title = l.text_title(scenario, *text),
            symbol = symbol(scenario, *text),
            paragraphs = *paragraphs
        ),
        Says::Position { verdict, reason, .. } => {
            let body = position(l, scenario, &subject, *verdict, reason.as_ref());
            match statement.speaker {
                Speaker::Group { group, .. } => {
                    tr!(l, "says-on-behalf", group = l.group(scenario, group), statement = body)
                }
                _ => body,
            }
        }
        Says::Proposes { edit, .. } => tr!(l, "says-proposes", proposal = proposal(l, scenario, edit)),
        Says::Lobbies { target, issue, result, odds, through_group, for_change } => {
            let target_name = who_name(*target);
            let issue_name = l.issue(scenario, *issue);
            let whom = match through_group {
                Some(g) => {
                    tr!(l, "lobby-through-group", group = l.group(scenario, *g), coordinator = target_name.clone())
                }
                None => target_name.clone(),
            };
            match result {
                LobbyResult::Moved if *for_change => {
                    tr!(l, "says-lobbies-for-change", whom = whom, issue = issue_name)
                }
                LobbyResult::Moved => tr!(l, "says-lobbies-moved", whom = whom, issue = issue_name),
                LobbyResult::Failed => {
                    tr!(l, "says-lobbies-failed", whom = whom, issue = issue_name, odds = *odds, target = target_name)
                }
                LobbyResult::NoCapital => tr!(l, "says-lobbies-no-capital", whom = whom),
            }
        }
        Says::Edits { edit, .. } => edit_sentence(l, scenario, edit),
        Says::Revises { text, revision, named, edits, why } => {
            let changes = reasoned(l, scenario, edits, why);
            let draft = named.and_then(|k| scenario.sessions.get(k)).and_then(|s| s.draft.clone());
            let only_brackets = edits.iter().all(|e| matches!(e.edit, Edit::Bracket { .. } | Edit::Unbracket { .. }));
            if only_brackets {
                return tr!(l, "says-brackets", changes = changes);
            }
            match (revision, draft) {
                (0, Some(draft)) => tr!(l, "says-new-draft", draft = draft, changes = changes),
                (_, Some(draft)) => {
                    tr!(l, "says-revises-named", revision = *revision, draft = draft, changes = changes)
                }
                _ => tr!(l, "says-revises", revision = *revision, symbol = symbol(scenario, *text), changes = changes),
            }
        }
        Says::ClearsBrackets { edits, why, .. } => {
            tr!(l, "says-clears-brackets", changes = reasoned(l, scenario, edits, why))
        }
        Says::Organizes => tr!(l, "says-organizes", body = l.body(scenario)),
        Says::Priority { issue, rung, insists } => tr!(
            l,
            "says-priority",
            who = subject,
            issue = l.issue(scenario, *issue),
            wording = l.wording(scenario, *issue, *rung),
            insists = if *insists { "yes" } else { "no" }
        ),
        Says::WarnsItWillObject { text, issue, red_line } => tr!(
            l,
            "says-warns",
            who = subject,
            issue = l.issue(scenario, *issue),
            symbol = symbol(scenario, *text),
            red_line = if *red_line { "yes" } else { "no" }
        ),
        Says::GivesWay { issue, reason, .. } => tr!(
            l,
            "says-gives-way",
            who = subject,
            issue = l.issue(scenario, *issue),
            reason = match reason {
                GiveWay::SpiritOfCompromise => "compromise",
                GiveWay::Isolated => "isolated",
                GiveWay::GroupDoesNot => "group",
            }
        ),
        Says::PutsTheQuestion { text } => tr!(l, "says-question", symbol = symbol(scenario, *text)),
        Says::MovesToChairSummary { paragraphs, .. } => {
            let numbers: Vec<String> = paragraphs.iter().map(|&p| Draft::number(p).to_string()).collect();
            tr!(l, "says-to-summary", paragraphs = l.list(&numbers), count = numbers.len())
        }
        Says::Objects { issue, red_line, .. } => {
            if *red_line {
                tr!(l, "says-objects-red-line", who = subject, issue = l.issue(scenario, *issue))
            } else {
                tr!(l, "says-objects", who = subject, issue = l.issue(scenario, *issue))
            }
        }
        Says::ExplainsPosition { issue, own_words, .. } => {
            let dissociates =
                issue.map(|i| tr!(l, "says-dissociates", who = subject.clone(), issue = l.issue(scenario, i)));
            let words = own_words.as_ref().map(|w| tr!(l, "says-explains-in-own-words", words = w));
            [dissociates, words].into_iter().flatten().collect::<Vec<_>>().join(" ")
        }
        Says::Declares { text, stand } => match stand {
            Stand::Object => tr!(l, "says-declares-object", who = subject, symbol = symbol(scenario, *text)),
            Stand::JoinConsensus => tr!(l, "says-declares-join", who = subject, symbol = symbol(scenario, *text)),
            Stand::AsInstructed => String::new(),
        },
        Says::Outcome { text, outcome, tally } => {
            let decided = tr!(l, "says-outcome", symbol = symbol(scenario, *text), outcome = l.outcome(*outcome));
            match tally {
                Some(t) => format!("{decided} {}", tr!(l, "tally", yes = t.yes, no = t.no, abstain = t.abstain)),
                None => decided,
            }
        }
        Says::Aligns { cue: c, .. } => tr!(l, "says-aligns", who = subject, lead = cue(l, scenario, *c)),
        Says::NamedDraft { text, session } => {
            let plan = scenario.sessions.get(*session);
            tr!(
                l,
                "says-named-draft",
                session = plan.map_or(String::new(), |s| s.name.clone()),
                draft = plan.and_then(|s| s.draft.clone()).unwrap_or_default(),
                symbol = symbol(scenario, *text)
            )
        }
        Says::SummaryRecords { proposals, .. } => {
            let items: Vec<String> = proposals
                .iter()
                .map(|&(issue, rung)| {
                    let wording = l.wording(scenario, issue, rung);
                    tr!(l, "summary-item", issue = l.issue(scenario, issue), wording = wording.trim_end_matches('.'))
                })
                .collect();
            tr!(l, "says-summary-records", count = items.len(), items = l.list(&items))
        }
        Says::ConsultationsResume { text } => tr!(l, "says-consultations-resume", symbol = symbol(scenario, *text)),
        Says::RequestsVote { text } => tr!(l, "says-requests-vote", who = subject, symbol = symbol(scenario, *text)),
        Says::ExplainsVote { vote, reason, .. } => tr!(
            l,
            "says-explains-vote",
            who = subject,
            vote = super::report::vote_key(*vote),
            reason = super::report::vote_reason(l, scenario, reason)
        ),
        Says::Event { event } => match scenario.events.get(*event) {
            Some(e) => tr!(l, "says-event", title = e.title.clone()),
            None => String::new(),
        },
        Says::Announcement { text } => tr!(l, "says-announcement", text = text.clone()),
        Says::SeatChanges { seat, holder } => {
            let seat_name = match seat {
                Seat::Chair => l.t("seat-chair"),
                Seat::Delegation(d) => who_name(*d),
            };
            match holder {
                Holder::Person => tr!(l, "says-seat-to-person", seat = seat_name),
                Holder::Ai => tr!(l, "says-seat-to-ai", seat = seat_name),
            }
        }
    }
}

/// A statement as the log and the transcript show it: "[round 3] Cuba: ...".
pub fn line(l: &Locale, scenario: &Scenario, statement: &Statement) -> String {
    tr!(
        l,
        "statement-line",
        round = statement.round,
        speaker = speaker(l, scenario, statement.speaker),
        says = says(l, scenario, statement)
    )
}

/// A paragraph of a final text, as it reads: its number, brackets, and where it went.
pub fn final_paragraph(l: &Locale, scenario: &Scenario, draft: &Draft, index: usize) -> String {
    let p = &draft.paragraphs[index];
    let text = p.own_words.clone().unwrap_or_else(|| l.wording(scenario, p.issue, p.rung));
    let n = Draft::number(index);
    match p.status {
        ParagraphStatus::Text => tr!(l, "final-text", number = n, text = text),
        ParagraphStatus::Bracketed => tr!(l, "final-bracketed", number = n, text = text),
        ParagraphStatus::ChairSummary => tr!(l, "final-summary", number = n, text = text),
        ParagraphStatus::Deleted => tr!(l, "final-deleted", number = n, text = text),
    }
}

/// Which version of a text this is: "zero draft", "zero draft, Rev.1", "Rev.2", or "as tabled".
pub fn draft_label(l: &Locale, scenario: &Scenario, draft: &crate::model::Draft) -> String {
    let name = draft.named.and_then(|k| scenario.sessions.get(k)).and_then(|s| s.draft.clone());
    match (name, draft.revision) {
        (Some(name), 0) => name,
        (Some(name), revision) => tr!(l, "draft-label-named-rev", draft = name, revision = revision),
        (None, 0) => l.t("draft-label-tabled"),
        (None, revision) => tr!(l, "draft-label-rev", revision = revision),
    }
}
