//! Two charts: support over rounds, and per issue the text beside the compromise and
//! Nash points of the room.

use bevy_egui::egui;

use crate::model::VerdictKind;
use crate::model::record::Count;
use crate::text::Locale;
use crate::ui::{theme, widgets};

/// Support over rounds: how the room stood after the general exchange (round 0) and after each revision.
pub fn support_chart(ui: &mut egui::Ui, l: &Locale, id: &str, counts: &[Count]) {
    let series = |kind: VerdictKind| -> Vec<[f64; 2]> {
        counts.iter().enumerate().map(|(r, c)| [r as f64, c.get(kind) as f64]).collect()
    };
    let ctx = ui.ctx().clone();
    egui_plot::Plot::new(("support", id))
        .height(120.0)
        .legend(egui_plot::Legend::default().position(egui_plot::Corner::LeftTop))
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .x_axis_label(l.t("chart-after-round"))
        // Rounds are whole numbers.
        .x_grid_spacer(egui_plot::uniform_grid_spacer(|_| [1.0, 5.0, 10.0]))
        .show(ui, |plot| {
            for kind in VerdictKind::ALL {
                plot.line(egui_plot::Line::new(l.verdict(kind), series(kind)).color(theme::seat_fill(&ctx, kind)));
            }
        });
}

/// One issue in the forecast chart: where the text stands, and where the room is likely to land.
#[derive(Debug, Clone, PartialEq)]
pub struct ForecastRow {
    pub label: String,
    pub text: f32,
    pub compromise: f32,
    pub nash: f32,
}

/// Per issue, the text's position beside the compromise and Nash points (0 to 100).
pub fn forecast_chart(ui: &mut egui::Ui, l: &Locale, id: &str, rows: &[ForecastRow]) {
    let n = rows.len();
    let labels: Vec<String> = rows.iter().map(|r| widgets::short(&r.label, 28)).collect();
    let series = |f: fn(&ForecastRow) -> f32| -> Vec<[f64; 2]> {
        rows.iter().enumerate().map(|(i, r)| [f(r) as f64, (n - 1 - i) as f64]).collect()
    };
    let marker = |name: String, points, shape, colour| {
        egui_plot::Points::new(name, points).shape(shape).radius(5.0).filled(true).color(colour)
    };
    let text_colour = ui.visuals().strong_text_color();
    egui_plot::Plot::new(("forecast", id))
        .height(90.0 + 24.0 * n as f32)
        .legend(egui_plot::Legend::default().position(egui_plot::Corner::RightTop))
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .include_x(0.0)
        .include_x(100.0)
        .include_y(-0.5)
        // Room above the rows for the legend.
        .include_y(n as f64 + 1.8)
        .y_axis_min_width(150.0)
        .y_grid_spacer(move |_| {
            // A large step size draws every row's label at full strength.
            (0..n).map(|i| egui_plot::GridMark { value: i as f64, step_size: 10.0 }).collect()
        })
        .y_axis_formatter(move |mark, _| {
            let i = mark.value.round() as usize;
            if (mark.value - i as f64).abs() < 1e-6 && i < n { labels[n - 1 - i].clone() } else { String::new() }
        })
        .x_axis_label(l.t("chart-position-axis"))
        .show(ui, |plot| {
            plot.points(marker(l.t("chart-text"), series(|r| r.text), egui_plot::MarkerShape::Square, text_colour));
            plot.points(marker(
                l.t("chart-compromise"),
                series(|r| r.compromise),
                egui_plot::MarkerShape::Circle,
                egui::Color32::from_rgb(86, 180, 233),
            ));
            plot.points(marker(
                l.t("chart-nash"),
                series(|r| r.nash),
                egui_plot::MarkerShape::Diamond,
                egui::Color32::from_rgb(230, 159, 0),
            ));
        });
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;

    #[test]
    fn the_charts_name_every_series() {
        let l = crate::text::english();
        let rows = vec![ForecastRow { label: "Humanitarian law".into(), text: 80.0, compromise: 45.0, nash: 50.0 }];
        let harness = Harness::new_ui(move |ui| forecast_chart(ui, l, "t", &rows));
        for name in ["text", "compromise", "Nash"] {
            assert!(harness.query_by_label(name).is_some(), "legend entry {name}");
        }
        let counts = vec![
            Count { supports: 3, can_live_with: 4, reservations: 2, objects: 1 },
            Count { supports: 5, can_live_with: 4, reservations: 1, objects: 0 },
        ];
        let harness = Harness::new_ui(move |ui| support_chart(ui, l, "t", &counts));
        for kind in VerdictKind::ALL {
            assert!(harness.query_by_label(&l.verdict(kind)).is_some(), "legend entry for {kind:?}");
        }
    }
}
