//! oewg-sim: consensus diplomacy at the UN Open-Ended Working Group on ICT security.
//!
//! Layers, each depending only on those above it: `model` (the rules, plain data) ←
//! `scenario` (the file formats, loading and validation) and `data` (where files are
//! found) ← `text` (words, from Fluent messages) ← `sim` (the ECS) ← `ui` (the window,
//! behind the `window` feature) and the command line.

pub mod batch;
pub mod classroom;
pub mod data;
pub mod model;
pub mod scenario;
pub mod settings;
pub mod sim;
pub mod storage;
pub mod text;
#[cfg(feature = "window")]
pub mod ui;

/// How the command line opens the window.
#[derive(bevy::prelude::Resource, Debug, Clone, Default, PartialEq)]
pub struct WindowOptions {
    /// Seconds between AI steps, overriding the settings.
    pub pace: Option<f32>,
    pub screenshot: Option<std::path::PathBuf>,
    pub quit_after_frames: Option<u32>,
    /// Play the whole session at once and open the debrief (screenshots, demonstrations).
    pub then_debrief: bool,
    /// The window's size in logical pixels (default 1280x720, the smallest the layout is made for).
    pub size: Option<(u32, u32)>,
    /// The language asked for on the command line (one of `text::LANGUAGES`), over the settings'.
    pub language: Option<String>,
    /// Scripted: the AI stops stepping once this round's consultations are reached (screenshots).
    pub pause_at_round: Option<u32>,
    /// Scripted: once paused, the player opens the paragraph on this issue (id) and chooses this
    /// rung of its ladder, and the what-if shows.
    pub consider: Option<(String, usize)>,
    /// Scripted: and then proposes it.
    pub propose: bool,
}

impl WindowOptions {
    /// A scripted run (CI, screenshots): no waiting for a person, nothing written to disk.
    pub fn scripted(&self) -> bool {
        self.quit_after_frames.is_some()
    }
}
