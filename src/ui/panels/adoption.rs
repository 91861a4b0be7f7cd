//! The moment of adoption: "Is there any objection?", then the gavel, or the objectors
//! with their reasons and the fallback; explanations of position; and after a recorded
//! vote, the roll call with every state's reason.

use bevy_egui::egui;

use crate::text::Locale;
use crate::ui::glossary::Term;
use crate::ui::{theme, widgets};

pub use crate::text::debrief::{AdoptionView, RollCallLine};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdoptionAction {
    Debrief,
    Close,
}

/// One text's decision.
pub fn decision(ui: &mut egui::Ui, l: &Locale, view: &AdoptionView) {
    ui.label(&view.question);
    if view.adopted_by_consensus {
        ui.label(l.t("adoption-no-objection"));
        // A request for a recorded vote stops the gavel: the committee decides by vote instead.
        match &view.vote_requested {
            Some(request) => {
                widgets::paragraph(ui, l, request);
            }
            None => {
                ui.strong(l.t("adoption-so-decided"));
            }
        }
    } else {
        ui.colored_label(theme::bad(ui), crate::tr!(l, "adoption-objections", count = view.objections.len()));
        egui::ScrollArea::vertical().id_salt(("objections", &view.question)).max_height(200.0).show(ui, |ui| {
            for o in &view.objections {
                crate::ui::widgets::paragraph(ui, l, &crate::tr!(l, "bullet", text = o.clone()));
            }
        });
        ui.label(l.t("adoption-blocked"));
    }
    if let Some(line) = &view.summary_line {
        widgets::term(ui, l, line, Term::ChairsSummary);
    }
    if !view.explanations.is_empty() {
        widgets::term(ui, l, egui::RichText::new(l.t("adoption-explanations")).strong(), Term::ExplanationOfPosition);
        for e in &view.explanations {
            crate::ui::widgets::paragraph(ui, l, &crate::tr!(l, "bullet", text = e.clone()));
        }
    }
    ui.strong(&view.outcome);
    if let Some(t) = &view.tally {
        ui.label(t);
    }
    if !view.roll_call.is_empty() {
        egui::CollapsingHeader::new(l.t("adoption-roll-call")).id_salt(("roll-call", &view.question)).show(ui, |ui| {
            egui::ScrollArea::vertical().id_salt(("roll-call-rows", &view.question)).max_height(260.0).show(ui, |ui| {
                egui::Grid::new(("roll-call-grid", &view.question)).striped(true).num_columns(3).show(ui, |ui| {
                    for line in &view.roll_call {
                        ui.label(&line.state);
                        ui.label(&line.vote);
                        crate::ui::widgets::paragraph(ui, l, &line.reason);
                        ui.end_row();
                    }
                });
            });
        });
    }
}

/// The window after the gavel: every text's decision, then the way to the debrief.
pub fn adoption_panel(ui: &mut egui::Ui, l: &Locale, views: &[AdoptionView]) -> Option<AdoptionAction> {
    for (k, view) in views.iter().enumerate() {
        if k > 0 {
            ui.separator();
        }
        decision(ui, l, view);
    }
    ui.separator();
    let mut action = None;
    ui.horizontal(|ui| {
        if ui.button(l.t("adoption-to-debrief")).clicked() {
            action = Some(AdoptionAction::Debrief);
        }
        if ui.button(l.t("adoption-stay")).clicked() {
            action = Some(AdoptionAction::Close);
        }
    });
    action
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;

    #[test]
    fn the_adoption_moment_names_objectors_shows_the_roll_call_and_leads_to_the_debrief() {
        let l = crate::text::english();
        let view = AdoptionView {
            question: "The chair proposes that L.27 be adopted by consensus. Is there any objection?".into(),
            adopted_by_consensus: false,
            vote_requested: None,
            objections: vec!["Cuba: red line on humanitarian law".into()],
            explanations: vec![],
            summary_line: None,
            outcome: "Outcome: adopted by recorded vote".into(),
            tally: Some("Recorded vote: 2 in favour, 1 against, 1 abstentions.".into()),
            roll_call: vec![RollCallLine {
                state: "Cuba".into(),
                vote: "against".into(),
                reason: "red line on humanitarian law".into(),
            }],
        };
        let mut harness = Harness::builder().with_size(egui::vec2(700.0, 900.0)).build_ui_state(
            move |ui, action: &mut Option<AdoptionAction>| {
                if let Some(a) = adoption_panel(ui, l, std::slice::from_ref(&view)) {
                    *action = Some(a);
                }
            },
            None,
        );
        assert!(harness.query_by_label("- Cuba: red line on humanitarian law").is_some());
        assert!(harness.query_by_label("Consensus is blocked.").is_some());
        harness.get_by_label("The roll call").click();
        harness.run();
        assert!(harness.query_by_label("red line on humanitarian law").is_some(), "the roll call gives each reason");
        harness.get_by_label("Go to the debrief (D)").click();
        harness.run();
        assert_eq!(harness.state(), &Some(AdoptionAction::Debrief));
    }

    #[test]
    fn a_request_for_a_recorded_vote_stops_the_gavel() {
        let l = crate::text::english();
        let view = |vote_requested: Option<String>| AdoptionView {
            question: "The chair proposes that L.4 be adopted by consensus. Is there any objection?".into(),
            adopted_by_consensus: true,
            vote_requested,
            objections: vec![],
            explanations: vec![],
            summary_line: None,
            outcome: "Outcome: adopted by recorded vote".into(),
            tally: Some("Recorded vote: 3 in favour, 1 against, 0 abstentions.".into()),
            roll_call: vec![],
        };
        let request = "The delegation of the Russian Federation requests a recorded vote on L.4.";
        let requested = view(Some(request.into()));
        let harness = Harness::builder().with_size(egui::vec2(700.0, 600.0)).build_ui(move |ui| {
            adoption_panel(ui, l, std::slice::from_ref(&requested));
        });
        assert!(harness.query_by_label(request).is_some());
        assert!(harness.query_by_label("It is so decided. (The gavel falls.)").is_none());
        let agreed = view(None);
        let harness = Harness::builder().with_size(egui::vec2(700.0, 600.0)).build_ui(move |ui| {
            adoption_panel(ui, l, std::slice::from_ref(&agreed));
        });
        assert!(harness.query_by_label("It is so decided. (The gavel falls.)").is_some());
    }
}
