//! Widgets the panels share: a seat (colour, letter and shape), a verdict mark, the
//! support bar of a paragraph, a label that explains a procedural term on hover.

use bevy_egui::egui::{self, Color32, Pos2, Shape, Stroke, Vec2};

use super::glossary;
use super::theme;
use crate::model::VerdictKind;
use crate::text::Locale;

/// The shape that marks a verdict, so that it never depends on colour or letter alone:
/// a circle (supports), a diamond (can live with it), a triangle (reservations), a cross (objects).
/// The same shapes are in `assets/icons/`.
pub fn verdict_shape(painter: &egui::Painter, centre: Pos2, radius: f32, kind: VerdictKind, colour: Color32) {
    let r = radius;
    match kind {
        VerdictKind::Supports => {
            painter.circle_filled(centre, r, colour);
        }
        VerdictKind::CanLiveWith => {
            let points = vec![
                centre + Vec2::new(0.0, -r),
                centre + Vec2::new(r, 0.0),
                centre + Vec2::new(0.0, r),
                centre + Vec2::new(-r, 0.0),
            ];
            painter.add(Shape::convex_polygon(points, colour, Stroke::NONE));
        }
        VerdictKind::Reservations => {
            let points =
                vec![centre + Vec2::new(0.0, -r), centre + Vec2::new(r, r * 0.85), centre + Vec2::new(-r, r * 0.85)];
            painter.add(Shape::convex_polygon(points, colour, Stroke::NONE));
        }
        VerdictKind::Objects => {
            let stroke = Stroke::new(r * 0.45, colour);
            painter.line_segment([centre + Vec2::new(-r, -r), centre + Vec2::new(r, r)], stroke);
            painter.line_segment([centre + Vec2::new(-r, r), centre + Vec2::new(r, -r)], stroke);
        }
    }
}

/// A verdict as a small shape and its name, in its colour.
pub fn verdict_mark(ui: &mut egui::Ui, l: &Locale, kind: VerdictKind, text: &str) -> egui::Response {
    let colour = theme::verdict_ink(ui, kind);
    let label = format!("{} {text}", l.verdict_letter(kind));
    // One widget, shape and words together, so that a wrapping row moves it whole to the next line.
    let galley = egui::WidgetText::from(egui::RichText::new(&label).color(colour)).into_galley(
        ui,
        Some(egui::TextWrapMode::Extend),
        f32::INFINITY,
        egui::TextStyle::Body,
    );
    let icon = ui.text_style_height(&egui::TextStyle::Body);
    let gap = ui.spacing().item_spacing.x;
    let size = Vec2::new(icon + gap + galley.size().x, icon.max(galley.size().y));
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Label, true, &label));
    if ui.is_rect_visible(rect) {
        let icon_rect = egui::Rect::from_min_size(rect.min, Vec2::splat(icon));
        verdict_shape(ui.painter(), icon_rect.center(), icon * 0.35, kind, colour);
        let at = egui::pos2(icon_rect.max.x + gap, rect.center().y - galley.size().y / 2.0);
        ui.painter().galley(at, galley, colour);
    }
    response
}

/// One seat in the room: its code and verdict letter on the verdict's colour, and the
/// verdict's shape in the corner. Returns the click.
pub fn seat(ui: &mut egui::Ui, l: &Locale, code: &str, kind: VerdictKind, size: Vec2, hover: &str) -> egui::Response {
    let fill = theme::seat_fill(ui.ctx(), kind);
    let ink = theme::text_on(fill);
    let label = format!("{code}\n{}", l.verdict_letter(kind));
    let button = egui::Button::new(egui::RichText::new(label).color(ink).small()).fill(fill).min_size(size);
    let response = ui.add(button).on_hover_text(hover);
    let corner = response.rect.right_top() + Vec2::new(-7.0, 7.0);
    verdict_shape(ui.painter(), corner, 4.0, kind, ink);
    response
}

/// How the room stands on one paragraph: a bar of the four verdicts, with counts on hover.
pub fn support_bar(ui: &mut egui::Ui, l: &Locale, support: [u16; 4]) {
    let total: u16 = support.iter().sum();
    let (rect, response) =
        ui.allocate_exact_size(egui::vec2(ui.available_width().min(260.0), 8.0), egui::Sense::hover());
    let mut x = rect.left();
    for (kind, n) in VerdictKind::ALL.iter().zip(support) {
        let w = if total == 0 { 0.0 } else { rect.width() * n as f32 / total as f32 };
        let part = egui::Rect::from_min_size(egui::pos2(x, rect.top()), egui::vec2(w, rect.height()));
        ui.painter().rect_filled(part, 0.0, theme::seat_fill(ui.ctx(), *kind));
        x += w;
    }
    let counts: Vec<String> = VerdictKind::ALL
        .iter()
        .zip(support)
        .map(|(k, n)| format!("{} {}: {n}", l.verdict_letter(*k), l.verdict(*k)))
        .collect();
    response.on_hover_text(counts.join("\n"));
}

/// A label that explains a procedural term when hovered.
pub fn term(ui: &mut egui::Ui, l: &Locale, text: impl Into<egui::WidgetText>, term: glossary::Term) -> egui::Response {
    hover_paragraph(ui.label(text), l, glossary::explain(l, term))
}

/// A hover text that wraps as `paragraph` does (right to left where the language is).
pub fn hover_paragraph(response: egui::Response, l: &Locale, text: String) -> egui::Response {
    response.on_hover_ui(|ui| {
        paragraph(ui, l, &text);
    })
}

/// At most `max` characters, with an ellipsis when cut (for narrow places; the whole text goes in the hover).
pub fn short(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let cut: String = text.chars().take(max.saturating_sub(1)).collect();
        format!("{}\u{2026}", cut.trim_end())
    }
}

/// A line the game wants the player to see (saved, exported, refused...), good or bad news.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Notice(pub Option<(String, bool)>);

impl Notice {
    pub fn ok(&mut self, text: impl Into<String>) {
        self.0 = Some((text.into(), false));
    }
    pub fn problem(&mut self, text: impl Into<String>) {
        self.0 = Some((text.into(), true));
    }
    pub fn clear(&mut self) {
        self.0 = None;
    }
    pub fn show(&self, ui: &mut egui::Ui) {
        if let Some((text, problem)) = &self.0 {
            let colour = if *problem { theme::bad(ui) } else { theme::good(ui) };
            ui.colored_label(colour, text);
        }
    }
}

/// A paragraph that wraps. egui wraps text row by row from the left, which for right-to-left
/// text in visual order would put a sentence's end on its first row; so in a right-to-left
/// window the logical text is broken into rows by width first, then each row is reordered on
/// its own and aligned right.
pub fn paragraph(ui: &mut egui::Ui, l: &Locale, text: &str) -> egui::Response {
    if !l.rtl() {
        return ui.add(egui::Label::new(text).wrap());
    }
    let width = ui.available_width().max(40.0);
    let font = egui::TextStyle::Body.resolve(ui.style());
    // The rows are worked out once per text, width and size, not every frame.
    let key = egui::Id::new(("rtl-paragraph", text, width.to_bits(), font.size.to_bits()));
    let rows: std::sync::Arc<Vec<String>> = match ui.data(|d| d.get_temp(key)) {
        Some(rows) => rows,
        None => {
            let rows = std::sync::Arc::new(rtl_rows(ui, &l.logical(text), width, &font));
            ui.data_mut(|d| d.insert_temp(key, rows.clone()));
            rows
        }
    };
    ui.with_layout(egui::Layout::top_down(egui::Align::Max), |ui| {
        ui.spacing_mut().item_spacing.y = 0.0;
        for row in rows.iter() {
            ui.label(l.display(row));
        }
    })
    .response
}

/// Logical text broken into rows no wider than `width` once shown, at spaces.
fn rtl_rows(ui: &egui::Ui, logical: &str, width: f32, font: &egui::FontId) -> Vec<String> {
    let colour = ui.visuals().text_color();
    let measure = |s: &str| {
        ui.fonts_mut(|f| f.layout_no_wrap(crate::text::bidi::for_egui(s, true), font.clone(), colour).size().x)
    };
    let mut rows = Vec::new();
    for line in logical.split('\n') {
        let mut row = String::new();
        for word in line.split(' ') {
            let candidate = if row.is_empty() { word.to_string() } else { format!("{row} {word}") };
            if !row.is_empty() && measure(&candidate) > width {
                rows.push(std::mem::replace(&mut row, word.to_string()));
            } else {
                row = candidate;
            }
        }
        rows.push(row);
    }
    rows
}
