//! The class's record for grading: the whole session as Markdown (the transcript, then each
//! student's seat, actions, statements and result against the capital's instructions), and one
//! CSV row per student.

use crate::model::Seat;
use crate::model::brief;
use crate::model::record::Record;
use crate::model::session::TextState;
use crate::model::{Room, Scenario};
use crate::text::{Locale, debrief, report};
use crate::tr;

use super::class::Class;
use super::view::seat_code;

/// One student's line in the export.
#[derive(Debug, Clone, PartialEq)]
pub struct StudentResult {
    pub name: String,
    pub seat: String,
    pub seat_name: String,
    pub moves: u32,
    pub statements: usize,
    pub marks_met: usize,
    pub marks: usize,
}

/// Every student with a seat, in seat order, with what the record says of them.
pub fn results(
    l: &Locale,
    scenario: &Scenario,
    opening: &Room,
    record: &Record,
    texts: &[TextState],
    class: &Class,
) -> Vec<StudentResult> {
    let mut out: Vec<(Seat, StudentResult)> = class
        .students
        .values()
        .filter_map(|s| s.seat.map(|seat| (seat, s)))
        .map(|(seat, s)| {
            let statements = record
                .statements
                .iter()
                .filter(|st| match seat {
                    Seat::Delegation(d) => st.speaker.is(d),
                    Seat::Chair => st.speaker == crate::model::record::Speaker::Chair,
                })
                .count();
            let (mut met, mut all) = (0, 0);
            for (t, state) in texts.iter().enumerate() {
                let opening_draft = record.texts[t]
                    .drafts
                    .first()
                    .cloned()
                    .unwrap_or_else(|| crate::model::Draft::opening(scenario, t));
                let marks = match seat {
                    Seat::Delegation(d) => brief::delegation_marks(scenario, opening, d, record, t, &state.draft),
                    Seat::Chair => brief::chair_marks(scenario, record, t, &opening_draft, &state.draft),
                };
                met += marks.iter().filter(|m| m.met()).count();
                all += marks.len();
            }
            let result = StudentResult {
                name: s.name.clone(),
                seat: seat_code(scenario, seat),
                seat_name: match seat {
                    Seat::Delegation(d) => l.state(scenario, d),
                    Seat::Chair => l.t("seat-chair"),
                },
                moves: s.moves,
                statements,
                marks_met: met,
                marks: all,
            };
            (seat, result)
        })
        .collect();
    out.sort_by_key(|a| a.0);
    out.into_iter().map(|(_, r)| r).collect()
}

/// The whole class as Markdown: the outcome, each student's report card, then the record.
pub fn markdown(
    l: &Locale,
    scenario: &Scenario,
    opening: &Room,
    record: &Record,
    texts: &[TextState],
    class: &Class,
    seed: u64,
) -> String {
    let mut out =
        tr!(l, "class-export-heading", title = l.scenario_title(scenario), seed = seed, code = class.code.clone());
    out.push_str("\n\n");
    for r in results(l, scenario, opening, record, texts, class) {
        out.push_str(&tr!(
            l,
            "class-export-student",
            name = markdown_safe(&r.name),
            seat = r.seat_name.clone(),
            code = r.seat.clone(),
            moves = r.moves,
            statements = r.statements,
            met = r.marks_met,
            marks = r.marks
        ));
        out.push('\n');
        let seat = crate::classroom::view::seat_of(scenario, &r.seat);
        let view = debrief::debrief_view(l, scenario, opening, record, texts, seat);
        for line in debrief::debrief_text(l, &view).lines().filter(|x| !x.is_empty()) {
            out.push_str("    ");
            out.push_str(line);
            out.push('\n');
        }
        out.push('\n');
    }
    out.push_str(&l.t("class-export-record"));
    out.push_str("\n\n```\n");
    out.push_str(&report::transcript(l, scenario, &l.scenario_title(scenario), record));
    out.push_str("```\n");
    out
}

/// One row per student; cells that a spreadsheet would take for a formula are quoted as text.
pub fn csv(
    l: &Locale,
    scenario: &Scenario,
    opening: &Room,
    record: &Record,
    texts: &[TextState],
    class: &Class,
) -> String {
    let mut out = l.t("class-export-csv-header");
    out.push('\n');
    for r in results(l, scenario, opening, record, texts, class) {
        let cells = [
            csv_cell(&r.name),
            csv_cell(&r.seat),
            csv_cell(&r.seat_name),
            r.moves.to_string(),
            r.statements.to_string(),
            r.marks_met.to_string(),
            r.marks.to_string(),
        ];
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}

/// A CSV cell: quoted, quotes doubled, and a leading `= + - @` (a formula to a spreadsheet) defused.
pub fn csv_cell(text: &str) -> String {
    let mut cell = text.replace('"', "\"\"");
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        cell.insert(0, '\'');
    }
    format!("\"{cell}\"")
}

/// A student's name in Markdown: characters that would format or link are escaped.
fn markdown_safe(text: &str) -> String {
    text.chars()
        .flat_map(|c| {
            let escape = matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '!');
            escape.then_some('\\').into_iter().chain(std::iter::once(c))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_and_names_cannot_inject() {
        assert_eq!(csv_cell("Ada"), "\"Ada\"");
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_cell("-2+3"), "\"'-2+3\"");
        assert_eq!(markdown_safe("[x](http://e)"), "\\[x\\](http://e)");
    }
}
