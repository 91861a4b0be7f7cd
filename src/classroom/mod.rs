//! The classroom: the instructor's machine hosts the one authoritative session and serves it
//! to browsers on the local network; students need nothing but a browser. `protocol` is the
//! wire format (always built: the fuzz targets decode it); the rest needs the `classroom`
//! feature (axum and tokio).

pub mod protocol;
pub mod view;

#[cfg(feature = "classroom")]
pub mod bot;
#[cfg(feature = "classroom")]
pub mod class;
#[cfg(feature = "classroom")]
pub mod export;
#[cfg(feature = "classroom")]
pub mod headless;
#[cfg(feature = "classroom")]
pub mod host;
#[cfg(feature = "classroom")]
pub mod server;
