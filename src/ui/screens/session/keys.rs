//! The session's keyboard shortcuts (listed in the settings screen), ignored while the
//! player types in a text box.

use bevy::prelude::*;
use bevy_egui::EguiContexts;

use super::saves::SaveRequest;
use super::{AiPaused, SessionUi};
use crate::model::{Intent, Move, Seat, Sender};
use crate::sim::{MoveMessage, Pacing, SessionClock};
use crate::ui::{AtTheScreen, Screen};

pub fn session_keys(
    mut contexts: EguiContexts,
    keys: Res<ButtonInput<KeyCode>>,
    clock: Res<SessionClock>,
    mut at: ResMut<AtTheScreen>,
    mut paused: ResMut<AiPaused>,
    mut pacing: ResMut<Pacing>,
    mut ui: ResMut<SessionUi>,
    mut moves: MessageWriter<MoveMessage>,
    mut next: ResMut<NextState<Screen>>,
    mut save: SaveRequest,
) -> Result {
    if contexts.ctx_mut()?.egui_wants_keyboard_input() {
        return Ok(());
    }
    let concluded = clock.phase == crate::model::Phase::Concluded;
    let ctrl = keys.any_pressed([KeyCode::ControlLeft, KeyCode::ControlRight]);
    if at.handing_over {
        return Ok(());
    }
    if keys.just_pressed(KeyCode::Space) {
        pacing.step_now = true;
    }
    if keys.just_pressed(KeyCode::KeyP) {
        paused.0 = !paused.0;
    }
    if keys.just_pressed(KeyCode::KeyA) && at.seat == Some(Seat::Chair) && !concluded {
        paused.0 = false;
        moves.write(MoveMessage(Move { by: Sender::Chair, intent: Intent::CallForAdoption }));
    }
    if keys.just_pressed(KeyCode::KeyI) {
        ui.instructions = !ui.instructions;
    }
    if keys.just_pressed(KeyCode::KeyG) {
        ui.glossary = !ui.glossary;
    }
    if keys.just_pressed(KeyCode::KeyH) && at.people.len() > 1 {
        at.handing_over = true;
        at.seat = at.next_seat();
    }
    if keys.just_pressed(KeyCode::KeyD) && concluded {
        ui.adoption = false;
        next.set(Screen::Debrief);
    }
    if ctrl && keys.just_pressed(KeyCode::KeyS) {
        save.save_as_new();
    }
    if keys.just_pressed(KeyCode::Escape) {
        if ui.instructions || ui.glossary || ui.adoption {
            ui.instructions = false;
            ui.glossary = false;
            ui.adoption = false;
        } else {
            next.set(Screen::Title);
        }
    }
    Ok(())
}
