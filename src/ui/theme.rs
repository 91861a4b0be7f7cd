//! The window's look in one place: verdict colours per palette and theme, the colours
//! of good and bad news, text on coloured seats, and sizes. Every text colour meets
//! WCAG AA (4.5:1) on the panels of both themes; a test checks the whole palette.

use bevy_egui::egui::{self, Color32};

use crate::model::VerdictKind;
use crate::settings::Palette;

/// Seat fills, in the order of `VerdictKind::ALL`.
fn fills(palette: Palette) -> [Color32; 4] {
    let c = Color32::from_rgb;
    match palette {
        Palette::Standard => [c(46, 125, 50), c(120, 160, 60), c(230, 160, 30), c(200, 40, 40)],
        // Okabe and Ito's palette.
        Palette::ColourBlindSafe => [c(0, 114, 178), c(86, 180, 233), c(230, 159, 0), c(213, 94, 0)],
        Palette::HighContrast => [c(0, 90, 0), c(0, 60, 170), c(150, 90, 0), c(170, 0, 0)],
    }
}

/// Verdict colours for text on the panels: lighter on the dark theme, darker on the light one.
fn inks(palette: Palette, dark: bool) -> [Color32; 4] {
    let c = Color32::from_rgb;
    match (palette, dark) {
        (Palette::Standard, true) => [c(129, 199, 132), c(180, 215, 120), c(255, 190, 90), c(255, 150, 150)],
        (Palette::Standard, false) => [c(27, 94, 32), c(70, 100, 20), c(140, 80, 0), c(170, 20, 20)],
        (Palette::ColourBlindSafe, true) => [c(110, 180, 240), c(150, 215, 250), c(240, 190, 70), c(255, 150, 90)],
        (Palette::ColourBlindSafe, false) => [c(0, 90, 150), c(0, 100, 160), c(140, 90, 0), c(170, 60, 0)],
        (Palette::HighContrast, true) => [c(130, 235, 130), c(150, 190, 255), c(255, 205, 90), c(255, 140, 140)],
        (Palette::HighContrast, false) => [c(0, 90, 0), c(0, 60, 170), c(130, 75, 0), c(170, 0, 0)],
    }
}

fn index(kind: VerdictKind) -> usize {
    VerdictKind::ALL.iter().position(|k| *k == kind).unwrap_or(0)
}

/// The look the settings chose, kept in the egui context so that panels need no argument for it.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Look {
    pub palette: Palette,
}

pub fn set_look(ctx: &egui::Context, look: Look) {
    ctx.data_mut(|d| d.insert_temp(egui::Id::NULL, look));
}

pub fn look(ctx: &egui::Context) -> Look {
    ctx.data(|d| d.get_temp::<Look>(egui::Id::NULL)).unwrap_or_default()
}

/// A seat's fill for a verdict.
pub fn seat_fill(ctx: &egui::Context, kind: VerdictKind) -> Color32 {
    fills(look(ctx).palette)[index(kind)]
}

/// A verdict's colour for text on the current theme.
pub fn verdict_ink(ui: &egui::Ui, kind: VerdictKind) -> Color32 {
    inks(look(ui.ctx()).palette, ui.visuals().dark_mode)[index(kind)]
}

fn good_on(dark: bool) -> Color32 {
    if dark { Color32::from_rgb(144, 238, 144) } else { Color32::from_rgb(0, 110, 0) }
}

fn bad_on(dark: bool) -> Color32 {
    if dark { Color32::from_rgb(255, 160, 160) } else { Color32::from_rgb(170, 0, 0) }
}

/// Green for what goes well, readable on the dark and the light theme.
pub fn good(ui: &egui::Ui) -> Color32 {
    good_on(ui.visuals().dark_mode)
}

/// Red for objections and problems, readable on the dark and the light theme.
pub fn bad(ui: &egui::Ui) -> Color32 {
    bad_on(ui.visuals().dark_mode)
}

/// WCAG relative luminance of an sRGB colour.
pub fn luminance(c: Color32) -> f32 {
    let channel = |v: u8| {
        let v = v as f32 / 255.0;
        if v <= 0.03928 { v / 12.92 } else { ((v + 0.055) / 1.055).powf(2.4) }
    };
    0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
}

/// WCAG contrast ratio between two colours (1 to 21).
pub fn contrast(a: Color32, b: Color32) -> f32 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Black or white, whichever contrasts more with `fill`.
pub fn text_on(fill: Color32) -> Color32 {
    if contrast(fill, Color32::BLACK) >= contrast(fill, Color32::WHITE) { Color32::BLACK } else { Color32::WHITE }
}

/// Seat sizes: larger in a small room.
pub fn seat_size(seats: usize) -> egui::Vec2 {
    if seats <= 40 { egui::vec2(64.0, 44.0) } else { egui::vec2(44.0, 32.0) }
}

/// The smallest area (in points, after scaling) the session screen needs to be workable.
pub const WORKABLE: egui::Vec2 = egui::vec2(800.0, 450.0);

/// The UI scales that leave a window of `size` (physical pixels at the given pixels-per-point
/// of 1) a workable area.
pub fn workable_scales(size: egui::Vec2) -> Vec<f32> {
    crate::settings::SCALES.iter().copied().filter(|s| size.x / s >= WORKABLE.x && size.y / s >= WORKABLE.y).collect()
}

/// The scale to draw at: the one asked for if the window leaves a workable area at it, else the
/// largest smaller one that does (the smallest of all on a tiny window).
pub fn scale_for(wanted: f32, size: egui::Vec2) -> f32 {
    let offered = workable_scales(size);
    offered.iter().copied().rfind(|s| *s <= wanted).unwrap_or(crate::settings::SCALES[0])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG AA for text: 4.5:1, in every palette and theme, for verdict text on the panels and the
    /// letter on every seat; the good and bad colours too.
    #[test]
    fn every_text_colour_meets_wcag_aa_in_every_palette_and_theme() {
        for dark in [true, false] {
            let visuals = if dark { egui::Visuals::dark() } else { egui::Visuals::light() };
            // The opaque fills text sits on (the faint fill is a translucent tint over the panel).
            let backgrounds = [visuals.panel_fill, visuals.window_fill, visuals.extreme_bg_color];
            for palette in Palette::ALL {
                for (k, kind) in VerdictKind::ALL.iter().enumerate() {
                    let ink = inks(palette, dark)[k];
                    for bg in backgrounds {
                        let ratio = contrast(ink, bg);
                        assert!(ratio >= 4.5, "{palette:?} {kind:?} on {bg:?} (dark {dark}): {ratio:.2}");
                    }
                    let fill = fills(palette)[k];
                    let ratio = contrast(text_on(fill), fill);
                    assert!(ratio >= 4.5, "letter on the {palette:?} {kind:?} seat: {ratio:.2}");
                }
            }
            for colour in [good_on(dark), bad_on(dark)] {
                for bg in backgrounds {
                    assert!(contrast(colour, bg) >= 4.5, "{colour:?} on {bg:?} (dark {dark})");
                }
            }
        }
    }

    #[test]
    fn only_scales_that_leave_a_workable_area_are_offered() {
        assert_eq!(workable_scales(egui::vec2(1280.0, 800.0)), vec![0.75, 1.0, 1.25, 1.5]);
        assert_eq!(workable_scales(egui::vec2(1920.0, 1080.0)), vec![0.75, 1.0, 1.25, 1.5, 2.0]);
        assert!(workable_scales(egui::vec2(560.0, 320.0)).is_empty());
        assert_eq!(scale_for(2.0, egui::vec2(1280.0, 720.0)), 1.5, "a projector's 2.0 gives way on a small window");
        assert_eq!(scale_for(2.0, egui::vec2(1920.0, 1080.0)), 2.0);
        assert_eq!(scale_for(1.0, egui::vec2(1920.0, 1080.0)), 1.0);
        assert_eq!(scale_for(1.5, egui::vec2(560.0, 320.0)), 0.75);
    }
}
