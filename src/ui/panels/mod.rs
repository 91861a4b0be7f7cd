//! The session screen's panels, one per file, each a plain function over a named view
//! struct: the screen builds the views from the model (`ui::views`) and turns the
//! returned actions into moves. Tested with egui_kittest, without a window.

pub mod adoption;
pub mod bar;
pub mod charts;
pub mod draft;
pub mod free_text;
pub mod host;
pub mod inspector;
pub mod instructions;
pub mod log;
pub mod pending;
pub mod room;

use crate::model::Intent;

/// What a panel asks for; the screen turns it into moves (sent by the seat at the screen)
/// or changes of what is shown.
#[derive(Debug, Clone, PartialEq)]
pub enum UiAction {
    Submit(Intent),
    Withdraw(u64),
    Inspect(usize),
}
