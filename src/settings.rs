//! The player's settings, kept in `settings.ron` in the game's folder: read as
//! untrusted input (edited by hand), every number checked; a value that is not
//! usable is replaced by its default and the problem is reported with its place.

use crate::scenario::spans::SpanIndex;
use crate::storage;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum Palette {
    #[default]
    Standard,
    /// Okabe and Ito's palette, distinguishable with the common colour-vision deficiencies.
    ColourBlindSafe,
    HighContrast,
}

impl Palette {
    pub const ALL: [Palette; 3] = [Palette::Standard, Palette::ColourBlindSafe, Palette::HighContrast];
    pub fn key(self) -> &'static str {
        match self {
            Palette::Standard => "palette-standard",
            Palette::ColourBlindSafe => "palette-colour-blind",
            Palette::HighContrast => "palette-high-contrast",
        }
    }
}

#[derive(bevy::prelude::Resource, Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    /// egui zoom: 1.0 on a laptop, 1.5 to 2.0 on a projector.
    pub ui_scale: f32,
    pub palette: Palette,
    /// Seconds between AI steps when the AI runs.
    pub ai_pace: f32,
    pub dark: bool,
    /// The language of the window and the exports: a folder under `assets/locales/`. Empty until
    /// the player chooses one: the game then follows the system's language.
    pub language: String,
}

impl Default for Settings {
    fn default() -> Self {
        Settings { ui_scale: 1.0, palette: Palette::Standard, ai_pace: 1.0, dark: true, language: String::new() }
    }
}

/// The scales offered (a window offers those that leave it a workable area).
pub const SCALES: [f32; 6] = [0.75, 1.0, 1.25, 1.5, 2.0, 2.5];
pub const SCALE_RANGE: (f32, f32) = (0.5, 3.0);
pub const PACE_RANGE: (f32, f32) = (0.05, 10.0);

impl Settings {
    /// Settings from disk; defaults when there are none, and the problems met.
    pub fn load() -> (Settings, Vec<String>) {
        let path = storage::settings_path();
        match crate::data::read_text_file(&path) {
            Err(crate::data::ReadError::NotFound(_)) => (Settings::default(), Vec::new()),
            Err(e) => (Settings::default(), vec![e.to_string()]),
            Ok(text) => Settings::parse(&path.display().to_string(), &text),
        }
    }

    /// Parses settings text; what cannot be used falls back to the default, with the reason.
    pub fn parse(file: &str, text: &str) -> (Settings, Vec<String>) {
        let mut settings: Settings = match ron::from_str(text) {
            Ok(s) => s,
            Err(e) => {
                let problem = format!("{file}:{}:{}: {}", e.span.start.line, e.span.start.col, e.code);
                return (Settings::default(), vec![problem]);
            }
        };
        // Where a value is, worked out only if one is unusable.
        let index = std::cell::OnceCell::new();
        let spans = || index.get_or_init(|| SpanIndex::build(text));
        let mut problems = Vec::new();
        let defaults = Settings::default();
        let mut check = |field: &str, value: &mut f32, range: (f32, f32), default: f32| {
            if !value.is_finite() || *value < range.0 || *value > range.1 {
                let at = spans().locate(field);
                problems.push(format!(
                    "{file}:{}:{}: {field} is {value}: expected a number from {} to {}; using {default}",
                    at.line, at.col, range.0, range.1
                ));
                *value = default;
            }
        };
        check("ui_scale", &mut settings.ui_scale, SCALE_RANGE, defaults.ui_scale);
        check("ai_pace", &mut settings.ai_pace, PACE_RANGE, defaults.ai_pace);
        if !settings.language.is_empty() && !crate::scenario::is_safe_id(&settings.language) {
            let at = spans().locate("language");
            problems.push(format!("{file}:{}:{}: language: expected a language code such as \"en\"", at.line, at.col));
            settings.language = defaults.language;
        }
        (settings, problems)
    }

    pub fn to_ron(&self) -> String {
        ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::new().struct_names(true)).unwrap_or_default()
    }

    pub fn save(&self) -> std::io::Result<()> {
        storage::write_atomically(&storage::settings_path(), self.to_ron().as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_read_back_and_unusable_numbers_fall_back_with_their_place() {
        let (s, problems) =
            Settings::parse("s.ron", "Settings(ui_scale: 1.5, palette: HighContrast, ai_pace: 0.5, dark: false)");
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!((s.ui_scale, s.palette, s.ai_pace, s.dark), (1.5, Palette::HighContrast, 0.5, false));
        let (s, problems) = Settings::parse("s.ron", "Settings(\n  ui_scale: NaN,\n  ai_pace: inf,\n)");
        assert_eq!((s.ui_scale, s.ai_pace), (1.0, 1.0));
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].starts_with("s.ron:2:13: ui_scale is NaN"), "{}", problems[0]);
        let (s, problems) = Settings::parse("s.ron", "Settings(colour: 1)");
        assert_eq!(s, Settings::default());
        assert!(problems[0].starts_with("s.ron:1:"), "unknown fields are refused: {problems:?}");
        let (s, problems) = Settings::parse("s.ron", "Settings(language: \"../../etc\")");
        assert_eq!(problems.len(), 1);
        assert_eq!(s.language, "", "an unusable language is as good as none chosen");
        let (s, problems) = Settings::parse("s.ron", "Settings(language: \"ar\")");
        assert!(problems.is_empty() && s.language == "ar");
        let round_trip = Settings { ui_scale: 2.0, ..Settings::default() };
        assert_eq!(Settings::parse("s.ron", &round_trip.to_ron()).0, round_trip);
    }
}
