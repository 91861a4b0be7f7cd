//! Saves of the running session: Ctrl+S writes a named save that never replaces another;
//! after every step a person plays, the autosave ("Continue") is written again.

use bevy::prelude::*;

use crate::sim::{SaveSource, StepTaken};
use crate::storage;
use crate::tr;
use crate::ui::{AtTheScreen, Notices, UiText, WindowOptions};

/// What a save of the running session needs.
#[derive(bevy::ecs::system::SystemParam)]
pub struct SaveRequest<'w> {
    source: SaveSource<'w>,
    text: Res<'w, UiText>,
    notice: ResMut<'w, Notices>,
}

impl SaveRequest<'_> {
    /// The line the game wants the player to see.
    pub fn notice(&self) -> &Notices {
        &self.notice
    }

    /// A named save, kept beside the autosave.
    pub fn save_as_new(&mut self) {
        let save = self.source.save_game();
        let stem = format!("{}-{}-round{}", save.scenario_id, storage::file_stamp(), save.round);
        match storage::write_new(&storage::saves_dir(), &stem, "ron", save.to_ron().as_bytes()) {
            Ok(path) => {
                info!("save written: {}", path.display());
                self.notice.ok(tr!(self.text, "notice-saved", path = path.display().to_string()));
            }
            Err(e) => {
                warn!("save failed: {e}");
                self.notice.problem(tr!(self.text, "notice-save-failed", error = e.to_string()));
            }
        }
    }
}

/// After every step a person plays, the session is written to the autosave.
pub fn autosave(
    options: Res<WindowOptions>,
    at: Res<AtTheScreen>,
    mut taken: MessageReader<StepTaken>,
    mut save: SaveRequest,
) {
    if !super::stepped(&mut taken) || options.scripted() || at.people.is_empty() {
        return;
    }
    let game = save.source.save_game();
    if let Err(e) = storage::write_atomically(&storage::autosave_path(), game.to_ron().as_bytes()) {
        warn!("autosave failed: {e}");
        let message = tr!(save.text, "notice-autosave-failed", error = e.to_string());
        save.notice.problem(message);
    }
}
