//! The procedural terms a player meets, explained where they appear (tooltips)
//! and all together in the glossary window (G).

use bevy_egui::egui;

pub const TERMS: &[(&str, &str)] = &[
    (
        "Consensus",
        "A decision taken without a vote: the chair asks \"Is there any objection?\" and, if none is raised, strikes the gavel. One objection is enough to block it.",
    ),
    (
        "Chair's text",
        "The draft the chair (the penholder) tables and revises. Delegations propose amendments; only the penholder changes the text.",
    ),
    (
        "Penholder",
        "Who holds the pen on a text: the chair in a working group or a GGE; the main sponsor for a First Committee resolution.",
    ),
    (
        "General exchange of views",
        "Each delegation, or a group speaking for its members, states its position on the draft.",
    ),
    (
        "Informal consultations",
        "Negotiation outside the formal meeting: amendments are proposed, delegations lobby each other, groups close ranks.",
    ),
    (
        "Revised draft (Rev.)",
        "After consultations the penholder issues a revision (Rev.1, Rev.2...) that tries to meet the objections.",
    ),
    (
        "Brackets",
        "Words in [square brackets] are not agreed. Nothing is agreed until everything is agreed: a text is not adopted with brackets in it.",
    ),
    (
        "Agreed language",
        "Wording already adopted by consensus (an earlier report or resolution). Delegations accept it more easily: it has been accepted before.",
    ),
    (
        "Chair's summary",
        "A summary issued on the chair's own responsibility. What could not be agreed goes there: on the record, but not agreed text. The 2021 OEWG ended this way.",
    ),
    (
        "Red line",
        "What a capital instructs its delegation never to accept. Crossing one makes a delegation object, whatever the rest of the text.",
    ),
    (
        "Salience",
        "How much an issue matters to a delegation: a small move on a salient issue weighs more than a large move on a minor one.",
    ),
    (
        "Explanation of position",
        "A statement after the decision: a delegation that joined consensus says what it could not support and dissociates itself from it.",
    ),
    (
        "Diplomatic capital",
        "What lobbying spends: each attempt to move another delegation costs capital, and it runs out.",
    ),
    (
        "Recorded vote",
        "In the General Assembly and its First Committee, a text without consensus is put to a vote; each state's vote is recorded.",
    ),
    (
        "Negotiating group",
        "Delegations that negotiate together (the European Union, the Non-Aligned Movement, the African Group, the Arab Group, ASEAN): one speaks on behalf of all, and members move toward the group's position.",
    ),
    (
        "Isolation",
        "Blocking alone is costly, less so in company: an isolated objector often joins consensus and explains its position instead.",
    ),
];

/// The explanation of a term, for a tooltip.
pub fn explain(term: &str) -> &'static str {
    TERMS.iter().find(|(t, _)| t.eq_ignore_ascii_case(term)).map_or("", |(_, e)| e)
}

/// A label that explains a procedural term when hovered.
pub fn term(ui: &mut egui::Ui, text: impl Into<egui::WidgetText>, term: &str) -> egui::Response {
    ui.label(text).on_hover_text(explain(term))
}

/// Every term with its explanation.
pub fn glossary_panel(ui: &mut egui::Ui) {
    egui::Grid::new("glossary").striped(true).num_columns(2).show(ui, |ui| {
        for (term, text) in TERMS {
            ui.strong(*term);
            ui.add(egui::Label::new(*text).wrap());
            ui.end_row();
        }
    });
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_term_explains_itself() {
        for (term, text) in super::TERMS {
            assert_eq!(super::explain(term), *text);
            assert!(text.len() > 40, "{term} needs a real explanation");
        }
        assert_eq!(super::explain("brackets"), super::TERMS[6].1, "case does not matter");
    }
}
