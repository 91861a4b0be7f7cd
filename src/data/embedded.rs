//! The data files compiled into the binary: the shipped scenarios, every
//! language's messages, the fonts and the window icon. A test checks this list against the folders.

use super::Shelf;

const SCENARIOS: &[(&str, &str)] = &[
    ("alignments.ron", include_str!("../../scenarios/alignments.ron")),
    ("alignments_2025.ron", include_str!("../../scenarios/alignments_2025.ron")),
    ("bodies.ron", include_str!("../../scenarios/bodies.ron")),
    ("first_committee_2018.ron", include_str!("../../scenarios/first_committee_2018.ron")),
    ("first_committee_2019.ron", include_str!("../../scenarios/first_committee_2019.ron")),
    ("first_committee_2020.ron", include_str!("../../scenarios/first_committee_2020.ron")),
    ("gge_2015.ron", include_str!("../../scenarios/gge_2015.ron")),
    ("gge_2017.ron", include_str!("../../scenarios/gge_2017.ron")),
    ("issues.ron", include_str!("../../scenarios/issues.ron")),
    ("issues_2025.ron", include_str!("../../scenarios/issues_2025.ron")),
    ("member_states.ron", include_str!("../../scenarios/member_states.ron")),
    ("oewg_2019.ron", include_str!("../../scenarios/oewg_2019.ron")),
    ("oewg_2025.ron", include_str!("../../scenarios/oewg_2025.ron")),
    ("roll_calls.ron", include_str!("../../scenarios/roll_calls.ron")),
    ("rosters.ron", include_str!("../../scenarios/rosters.ron")),
    ("stances.ron", include_str!("../../scenarios/stances.ron")),
    ("stances_2025.ron", include_str!("../../scenarios/stances_2025.ron")),
    ("stances_programme_of_action.ron", include_str!("../../scenarios/stances_programme_of_action.ron")),
    ("stances_votes_2020.ron", include_str!("../../scenarios/stances_votes_2020.ron")),
    ("tutorial.ron", include_str!("../../scenarios/tutorial.ron")),
];

const WEB: &[(&str, &str)] = &[
    ("app.js", include_str!("../../assets/web/app.js")),
    ("index.html", include_str!("../../assets/web/index.html")),
    ("style.css", include_str!("../../assets/web/style.css")),
];

/// Every language of `text::LANGUAGES`, each with the same four files.
const LOCALES: &[(&str, &[(&str, &str)])] = &[
    (
        "en",
        &[
            ("class.ftl", include_str!("../../assets/locales/en/class.ftl")),
            ("data.ftl", include_str!("../../assets/locales/en/data.ftl")),
            ("game.ftl", include_str!("../../assets/locales/en/game.ftl")),
            ("window.ftl", include_str!("../../assets/locales/en/window.ftl")),
        ],
    ),
    (
        "ar",
        &[
            ("class.ftl", include_str!("../../assets/locales/ar/class.ftl")),
            ("data.ftl", include_str!("../../assets/locales/ar/data.ftl")),
            ("game.ftl", include_str!("../../assets/locales/ar/game.ftl")),
            ("window.ftl", include_str!("../../assets/locales/ar/window.ftl")),
        ],
    ),
    (
        "zh",
        &[
            ("class.ftl", include_str!("../../assets/locales/zh/class.ftl")),
            ("data.ftl", include_str!("../../assets/locales/zh/data.ftl")),
            ("game.ftl", include_str!("../../assets/locales/zh/game.ftl")),
            ("window.ftl", include_str!("../../assets/locales/zh/window.ftl")),
        ],
    ),
    (
        "fr",
        &[
            ("class.ftl", include_str!("../../assets/locales/fr/class.ftl")),
            ("data.ftl", include_str!("../../assets/locales/fr/data.ftl")),
            ("game.ftl", include_str!("../../assets/locales/fr/game.ftl")),
            ("window.ftl", include_str!("../../assets/locales/fr/window.ftl")),
        ],
    ),
    (
        "ru",
        &[
            ("class.ftl", include_str!("../../assets/locales/ru/class.ftl")),
            ("data.ftl", include_str!("../../assets/locales/ru/data.ftl")),
            ("game.ftl", include_str!("../../assets/locales/ru/game.ftl")),
            ("window.ftl", include_str!("../../assets/locales/ru/window.ftl")),
        ],
    ),
    (
        "es",
        &[
            ("class.ftl", include_str!("../../assets/locales/es/class.ftl")),
            ("data.ftl", include_str!("../../assets/locales/es/data.ftl")),
            ("game.ftl", include_str!("../../assets/locales/es/game.ftl")),
            ("window.ftl", include_str!("../../assets/locales/es/window.ftl")),
        ],
    ),
];

#[cfg(feature = "window")]
const FONTS: &[(&str, &[u8])] = &[
    ("DejaVuSans.ttf", include_bytes!("../../assets/fonts/DejaVuSans.ttf")),
    ("NotoSansArabic-Subset.ttf", include_bytes!("../../assets/fonts/NotoSansArabic-Subset.ttf")),
    ("NotoSansSC-Subset.otf", include_bytes!("../../assets/fonts/NotoSansSC-Subset.otf")),
];

#[cfg(feature = "window")]
pub const ICON: &[u8] = include_bytes!("../../assets/icons/oewg-sim.png");

fn shelf(shelf: Shelf) -> &'static [(&'static str, &'static str)] {
    match shelf {
        Shelf::Scenarios => SCENARIOS,
        Shelf::Locale(language) => LOCALES.iter().find(|(l, _)| *l == language).map_or(&[], |(_, files)| *files),
        Shelf::Web => WEB,
    }
}

/// The shelf of a language compiled in, if it is.
pub fn locale(language: &str) -> Option<Shelf> {
    LOCALES.iter().find(|(l, _)| *l == language).map(|(l, _)| Shelf::Locale(l))
}

pub fn text(on: Shelf, name: &str) -> Option<&'static str> {
    shelf(on).iter().find(|(n, _)| *n == name).map(|(_, t)| *t)
}

pub fn names(on: Shelf) -> Vec<&'static str> {
    shelf(on).iter().map(|(n, _)| *n).collect()
}

#[cfg(feature = "window")]
pub fn font(name: &str) -> Option<&'static [u8]> {
    FONTS.iter().find(|(n, _)| *n == name).map(|(_, b)| *b)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every file in `scenarios/`, `assets/web/` and each folder of `assets/locales/` is compiled in,
    /// and nothing else; every language folder is one of `text::LANGUAGES`.
    #[test]
    fn the_embedded_copies_match_the_folders() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut folders: Vec<String> = std::fs::read_dir(root.join("assets/locales"))
            .unwrap()
            .map(|e| e.unwrap())
            .filter(|e| e.file_type().unwrap().is_dir())
            .map(|e| e.file_name().into_string().unwrap())
            .collect();
        folders.sort();
        let mut languages: Vec<&str> = crate::text::LANGUAGES.iter().map(|(code, _)| *code).collect();
        languages.sort();
        assert_eq!(folders, languages, "a folder per language, a language per folder");
        let mut shelves = vec![("scenarios".to_string(), Shelf::Scenarios), ("assets/web".to_string(), Shelf::Web)];
        for code in &languages {
            shelves.push((format!("assets/locales/{code}"), locale(code).expect("compiled in")));
        }
        for (dir, on) in shelves {
            let mut on_disk: Vec<String> = std::fs::read_dir(root.join(&dir))
                .unwrap()
                .map(|e| e.unwrap().file_name().into_string().unwrap())
                .filter(|n| [".ron", ".ftl", ".html", ".js", ".css"].iter().any(|x| n.ends_with(x)))
                .collect();
            on_disk.sort();
            let mut embedded: Vec<String> = names(on).into_iter().map(str::to_string).collect();
            embedded.sort();
            assert_eq!(embedded, on_disk, "{dir}");
            for name in &on_disk {
                let disk = std::fs::read_to_string(root.join(&dir).join(name)).unwrap();
                assert_eq!(text(on, name), Some(disk.as_str()), "{dir}/{name}");
            }
        }
    }
}
