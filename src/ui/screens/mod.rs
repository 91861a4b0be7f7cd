//! One plugin per screen, as in Bevy's examples and the bevy_new_2d template.

pub mod debrief;
pub mod host;
pub mod instructions;
pub mod new_game;
pub mod session;
pub mod title;
