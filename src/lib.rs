//! oewg-sim: consensus diplomacy at the UN Open-Ended Working Group on ICT security.

pub mod batch;
pub mod model;
pub mod scenario;
pub mod sim;
pub mod ui;
