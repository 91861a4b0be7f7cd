//! CI's check of a window screenshot: a real screen, not a blank or
//! single-colour frame; with `--room`, the room's seats are there, found by the
//! verdict colours of the standard palette.
//!
//! `cargo run --example check_screenshot -- shot.png [--room]`

use std::collections::HashSet;
use std::process::ExitCode;

use oewg_sim::model::VerdictKind;

/// Distinct colours a real screen has at the least (text is anti-aliased).
const MIN_COLOURS: usize = 64;
/// Pixels in verdict colours the room's seats cover at the least (ten seats of 64x44).
const MIN_SEAT_PIXELS: usize = 15_000;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.iter().find(|a| !a.starts_with("--")) else {
        eprintln!("usage: check_screenshot FILE.png [--room]");
        return ExitCode::from(2);
    };
    let image = match image::open(path) {
        Ok(i) => i.to_rgb8(),
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let colours: HashSet<[u8; 3]> = image.pixels().map(|p| p.0).collect();
    // The standard palette's seat colours (ui::theme).
    let ctx = bevy_egui::egui::Context::default();
    let verdict: Vec<[u8; 3]> = VerdictKind::ALL
        .iter()
        .map(|&k| {
            let c = oewg_sim::ui::theme::seat_fill(&ctx, k);
            [c.r(), c.g(), c.b()]
        })
        .collect();
    let near = |p: [u8; 3], q: [u8; 3]| p.iter().zip(q).all(|(a, b)| a.abs_diff(b) <= 3);
    let seat_pixels = image.pixels().filter(|p| verdict.iter().any(|&v| near(p.0, v))).count();
    println!(
        "{path}: {}x{}, {} colours, {seat_pixels} pixels in verdict colours",
        image.width(),
        image.height(),
        colours.len()
    );
    let mut ok = colours.len() >= MIN_COLOURS;
    if !ok {
        eprintln!("{path}: only {} colours: a blank or frozen frame", colours.len());
    }
    if args.iter().any(|a| a == "--room") && seat_pixels < MIN_SEAT_PIXELS {
        eprintln!("{path}: {seat_pixels} pixels in verdict colours: the room's seats are missing");
        ok = false;
    }
    if ok { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}
