//! The moves the person at the screen has made that no step has acted on yet: what each
//! is, when it will be acted on, and a button to take it back.

use bevy_egui::egui;

use super::UiAction;
use crate::text::Locale;
use crate::tr;

#[derive(Debug, Clone, PartialEq)]
pub struct PendingItem {
    pub id: u64,
    pub what: String,
    pub when: String,
}

pub fn pending_panel(ui: &mut egui::Ui, l: &Locale, items: &[PendingItem], actions: &mut Vec<UiAction>) {
    if items.is_empty() {
        return;
    }
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.strong(tr!(l, "pending-heading", count = items.len()));
        for item in items {
            ui.horizontal_wrapped(|ui| {
                if ui.small_button(tr!(l, "pending-withdraw", number = item.id)).clicked() {
                    actions.push(UiAction::Withdraw(item.id));
                }
                crate::ui::widgets::paragraph(ui, l, &item.what);
            });
            ui.small(&item.when);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;

    #[test]
    fn a_waiting_move_is_listed_with_when_it_is_acted_on_and_can_be_withdrawn() {
        let l = crate::text::english();
        let items = vec![PendingItem {
            id: 3,
            what: "Paragraph 1 to read: “...”".into(),
            when: "Acted on at the next informal consultations.".into(),
        }];
        let mut harness = Harness::new_ui_state(
            move |ui, actions: &mut Vec<UiAction>| pending_panel(ui, l, &items, actions),
            Vec::new(),
        );
        assert!(harness.query_by_label("Acted on at the next informal consultations.").is_some());
        harness.get_by_label("Withdraw 3").click();
        harness.run();
        assert_eq!(harness.state(), &vec![UiAction::Withdraw(3)]);
    }
}
