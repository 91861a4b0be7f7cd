//! Right-to-left text for the window. egui lays every line out left to right and does not
//! reorder bidirectional text, so Arabic reaches it already joined (presentation forms) and
//! in visual order, line by line. Browsers, transcripts and exports get the logical text.

use unicode_bidi::{BidiInfo, Level};

/// Languages written right to left.
pub fn is_rtl(language: &str) -> bool {
    matches!(language.split(['-', '_']).next().unwrap_or_default(), "ar" | "fa" | "he" | "ur")
}

/// A strong right-to-left letter (Hebrew, Arabic and their presentation forms).
fn is_rtl_letter(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFC}')
}

/// The characters the window's Arabic font holds (`assets/fonts/subset.py`): egui shapes each
/// run of one font on its own.
pub fn in_arabic_font(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFC}')
}

/// The glyph a mirrored character shows at a right-to-left level (UAX #9, rule L4).
fn mirrored(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        '⟨' => '⟩',
        '⟩' => '⟨',
        other => other,
    }
}

/// One line (no line breaks) as it reads on screen from left to right: Arabic joined into
/// presentation forms (diacritics dropped: egui cannot place them), then reordered by the
/// Unicode bidirectional algorithm with a right-to-left paragraph when `rtl`. Left-to-right runs
/// inside it (names from the data, document symbols, numbers) keep their order. A line with no
/// right-to-left letter is returned as it is.
pub fn visual(line: &str, rtl: bool) -> String {
    if !line.chars().any(is_rtl_letter) {
        return line.to_string();
    }
    let shaped = ar_reshaper::reshape_line(line);
    let info = BidiInfo::new(&shaped, Some(if rtl { Level::rtl() } else { Level::ltr() }));
    let mut out = String::with_capacity(shaped.len());
    for paragraph in &info.paragraphs {
        let (levels, runs) = info.visual_runs(paragraph, paragraph.range.clone());
        for run in runs {
            let text = &shaped[run.clone()];
            if levels[run.start].is_rtl() {
                out.extend(text.chars().rev().map(mirrored));
            } else {
                out.push_str(text);
            }
        }
    }
    out
}

/// Text for egui (0.36): each line in visual order, and then every run of the Arabic font put
/// back in logical order, because egui's shaper reverses a run of Arabic script itself (it lays
/// out each run of one font right to left, but not the runs among themselves).
pub fn for_egui(text: &str, rtl: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let line = visual(line, rtl);
        let mut run = String::new();
        for c in line.chars() {
            if in_arabic_font(c) {
                run.push(c);
            } else {
                out.extend(run.chars().rev());
                run.clear();
                out.push(c);
            }
        }
        out.extend(run.chars().rev());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_arabic_word_is_joined_and_reversed() {
        // م ر ح ب ا: initial meem, final reh, initial hah, medial beh, final alef; right to left.
        assert_eq!(visual("مرحبا", true), "\u{FE8E}\u{FE92}\u{FEA3}\u{FEAE}\u{FEE3}");
        assert_eq!(visual("مرحبا", false), visual("مرحبا", true), "one run reads the same in either paragraph");
        // Lam and alef make one ligature.
        assert_eq!(visual("لا", true), "\u{FEFB}");
    }

    #[test]
    fn latin_runs_and_numbers_keep_their_order_inside_arabic() {
        let line = visual("القرار A/RES/73/27 لعام 2018", true);
        assert!(line.contains("A/RES/73/27"), "{line}");
        assert!(line.contains("2018"), "{line}");
        // The paragraph is right to left: the sentence's first word is at the right end, and the
        // year, its last word, at the left.
        assert!(line.starts_with("2018 "), "{line}");
        assert!(line.ends_with(&visual("القرار", true)), "{line}");
        // An English name from the data inside an Arabic sentence stays readable.
        let line = visual("وفد United States of America يقترح", true);
        assert!(line.contains("United States of America"), "{line}");
    }

    #[test]
    fn text_without_right_to_left_letters_is_left_as_it_is() {
        for text in ["Ctrl+S", "Space: next step", "(12%)", "", "中文 «测试»", "Русский"] {
            assert_eq!(visual(text, true), text);
            assert_eq!(for_egui(text, true), text);
        }
    }

    #[test]
    fn brackets_are_mirrored_in_right_to_left_runs() {
        // «نص» (logical) reads «نص» on screen with each mark turned to face the word.
        let line = visual("«نص»", true);
        assert_eq!(line.chars().next(), Some('«'), "{line}");
        assert_eq!(line.chars().last(), Some('»'), "{line}");
        let line = visual("فقرة (3)", true);
        assert!(line.starts_with("(3) "), "{line}");
    }

    #[test]
    fn egui_gets_each_arabic_run_in_logical_order_and_lines_one_by_one() {
        let word = visual("مرحبا", true);
        assert_eq!(for_egui("مرحبا", true), word.chars().rev().collect::<String>());
        // Two words: the runs come in visual order (the first word at the right), each run in
        // logical order for egui's shaper to reverse.
        let shown = for_egui("مرحبا بكم", true);
        let (left, right) = shown.split_once(' ').unwrap();
        assert_eq!(right, for_egui("مرحبا", true));
        assert_eq!(left, for_egui("بكم", true));
        assert_eq!(for_egui("مرحبا\nبكم", true), format!("{}\n{}", for_egui("مرحبا", true), for_egui("بكم", true)));
        assert!(is_rtl("ar") && is_rtl("ar-EG") && !is_rtl("en") && !is_rtl("zh"));
    }
}
