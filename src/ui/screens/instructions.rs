//! The capital's instructions before taking the seat: the scenario, what your government
//! wants in the words of the ladder, your red lines, how to play and how a session runs.
//! With several people at one machine, only the first person's instructions show here;
//! each next person reads theirs at the hand-over.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use crate::model::brief;
use crate::model::{Room, Scenario, Seat};
use crate::text::{Locale, report};
use crate::tr;
use crate::ui::glossary::Term;
use crate::ui::panels::instructions::{how_to_play, instructions_panel};
use crate::ui::screens::new_game::PendingSetup;
use crate::ui::screens::session::InstructionsRead;
use crate::ui::views::role_of;
use crate::ui::{AtTheScreen, Screen, UiText, screen_frame, widgets};

/// The instructions for `seat`, in words.
pub fn brief_lines(l: &Locale, scenario: &Scenario, room: &Room, seat: Option<Seat>) -> report::BriefLines {
    let brief = match seat {
        Some(Seat::Delegation(d)) => brief::instructions(scenario, room, d),
        _ => brief::chair_instructions(),
    };
    report::brief(l, scenario, &brief)
}

/// The scenario's facts and the instructions for `seat`, with how to play.
pub fn briefing(ui: &mut egui::Ui, l: &Locale, scenario: &Scenario, room: &Room, seat: Option<Seat>) {
    ui.heading(l.scenario_title(scenario));
    crate::ui::widgets::paragraph(ui, l, &l.scenario_premise(scenario));
    ui.small(tr!(
        l,
        "new-card-facts",
        body = l.body(scenario),
        year = scenario.year() as u32,
        seats = scenario.delegations.len(),
        texts = scenario.texts.len(),
        rounds = scenario.rounds,
        fallback = l.t(scenario.fallback.key())
    ));
    ui.separator();
    match seat {
        None => {
            ui.heading(l.t("instructions-watching"));
            ui.label(l.t("instructions-watching-explained"));
        }
        Some(_) => {
            instructions_panel(ui, l, &brief_lines(l, scenario, room, seat));
            ui.separator();
            how_to_play(ui, l, role_of(seat));
        }
    }
    ui.separator();
    ui.strong(l.t("instructions-how-a-session-runs"));
    for (step, term) in [
        ("instructions-step-1", Term::GeneralExchange),
        ("instructions-step-2", Term::Consultations),
        ("instructions-step-3", Term::Brackets),
        ("instructions-step-4", Term::Consensus),
    ] {
        widgets::term(ui, l, tr!(l, "bullet", text = l.t(step)), term);
    }
    ui.small(l.t("instructions-keys"));
}

pub struct InstructionsPlugin;

impl Plugin for InstructionsPlugin {
    fn build(&self, app: &mut App) {
        app.add_systems(
            EguiPrimaryContextPass,
            instructions_screen.run_if(in_state(Screen::Instructions).and_then(resource_exists::<PendingSetup>)),
        );
    }
}

fn instructions_screen(
    mut contexts: EguiContexts,
    mut commands: Commands,
    text: Res<UiText>,
    pending: Res<PendingSetup>,
    mut next: ResMut<NextState<Screen>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let setup = &pending.setup;
    let seat = setup.start.people.first().copied();
    let (mut take_seat, mut back) = (false, false);
    screen_frame(ctx, "instructions", |ui| {
        briefing(ui, &text, &setup.scenario, &pending.room, seat);
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            back = ui.button(text.t("button-back")).clicked();
            take_seat = ui.button(egui::RichText::new(text.t("instructions-take-seat")).strong()).clicked();
        });
    });
    if take_seat {
        commands.insert_resource(InstructionsRead(true));
        commands.insert_resource(AtTheScreen::of(setup));
        commands.insert_resource(setup.clone());
        commands.remove_resource::<PendingSetup>();
        next.set(Screen::Session);
    } else if back {
        next.set(Screen::NewGame);
    }
    Ok(())
}
