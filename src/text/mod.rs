//! Text at the edge: every word the window, the transcript and the exports show comes
//! from Fluent messages (`assets/locales/<language>/*.ftl`), rendered from the model's
//! data here. Names that live in the data (states, issues, wordings, groups, texts)
//! have locale keys built from their ids, so a translation can override them; English
//! falls back to the data itself. A new language is a folder of `.ftl` files, no code.

pub mod bidi;
pub mod debrief;
pub mod report;
pub mod statements;

pub use bidi::is_rtl;

use std::borrow::Cow;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::data::{Folder, locale_folders};
use crate::model::Scenario;

/// The languages the game ships (the UN's six), by code, each with its own name for itself.
pub const LANGUAGES: &[(&str, &str)] =
    &[("en", "English"), ("ar", "العربية"), ("zh", "中文"), ("fr", "Français"), ("ru", "Русский"), ("es", "Español")];

/// One of `LANGUAGES`, from a code as people and systems write it ("fr", "fr-FR", "zh-Hans-CN",
/// "es_ES.UTF-8"): its language part, if the game ships it.
pub fn shipped_language(code: &str) -> Option<&'static str> {
    let language = code.split(['-', '_', '.', '@']).next().unwrap_or_default().to_ascii_lowercase();
    LANGUAGES.iter().map(|(c, _)| *c).find(|c| *c == language)
}

/// The language to start in when the player has not chosen one: the system's, if the game
/// ships it, else English.
pub fn system_language() -> &'static str {
    sys_locale::get_locales().find_map(|l| shipped_language(&l)).unwrap_or("en")
}

/// The language to open in: the one asked for on the command line, else the one the player
/// chose (`saved`, empty when none was), else the system's.
pub fn choose_language(asked: Option<&str>, saved: &str) -> String {
    match asked.filter(|a| !a.is_empty()) {
        Some(asked) => asked.to_string(),
        None if !saved.is_empty() => saved.to_string(),
        None => system_language().to_string(),
    }
}

/// The same, for what browsers ask for.
pub fn known_language(code: &str) -> Option<&'static str> {
    shipped_language(code)
}

/// The messages of one language, with English behind them for anything not translated.
pub struct Locale {
    bundle: FluentBundle<FluentResource>,
    pub language: String,
    stop_words: Vec<String>,
    /// Every message id loaded, for the words a page asks for by prefix.
    ids: std::collections::BTreeSet<String>,
    /// Set for the window in a right-to-left language: what the locale returns is visual text.
    window: Option<WindowText>,
}

/// The window's right-to-left text: each string the locale returned, in visual order, with the
/// logical text it came from, so a string passed back as a message's variable is read logically.
struct WindowText {
    maps: std::sync::Mutex<Shown>,
}

/// Both ways between logical and visual text, for the strings the window asked for: egui asks
/// for the same words every frame, and reordering them each time would slow the window down.
#[derive(Default)]
struct Shown {
    visual: std::collections::HashMap<String, String>,
    logical: std::collections::HashMap<String, String>,
}

/// Strings remembered at most; past that the memory starts again (a long session's log).
const SHOWN_KEPT: usize = 20_000;

/// A value for a message's variable.
pub fn arg<'a>(v: impl IntoArg) -> FluentValue<'a> {
    v.into_arg()
}

pub trait IntoArg {
    fn into_arg<'a>(self) -> FluentValue<'a>;
}

impl IntoArg for String {
    fn into_arg<'a>(self) -> FluentValue<'a> {
        FluentValue::String(Cow::Owned(self))
    }
}
impl IntoArg for &str {
    fn into_arg<'a>(self) -> FluentValue<'a> {
        FluentValue::String(Cow::Owned(self.to_string()))
    }
}
impl IntoArg for &String {
    fn into_arg<'a>(self) -> FluentValue<'a> {
        FluentValue::String(Cow::Owned(self.clone()))
    }
}
macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl IntoArg for $t {
            fn into_arg<'a>(self) -> FluentValue<'a> {
                FluentValue::from(self as f64)
            }
        }
    )*};
}
number_arg!(usize, u64, u32, u16, u8, i64, i32);

impl IntoArg for f32 {
    /// Numbers on screen are whole: positions, salience, capital and odds.
    fn into_arg<'a>(self) -> FluentValue<'a> {
        FluentValue::from(self.round() as f64)
    }
}

/// A message with variables: `tr!(locale, "bar-round", round = 3, rounds = 12, left = 9)`.
#[macro_export]
macro_rules! tr {
    ($l:expr, $id:expr) => { $l.t($id) };
    ($l:expr, $id:expr, $($k:ident = $v:expr),+ $(,)?) => {{
        let mut args = fluent_bundle::FluentArgs::new();
        $( args.set(stringify!($k), $crate::text::arg($v)); )+
        $l.ta($id, &args)
    }};
}

fn parse_resources(folder: &Folder, errors: &mut Vec<String>) -> Vec<FluentResource> {
    let mut out = Vec::new();
    for name in folder.files(".ftl") {
        match folder.read(&name) {
            Ok(text) => match FluentResource::try_new(text) {
                Ok(r) => out.push(r),
                Err((r, errs)) => {
                    errors.push(format!(
                        "{}: {} syntax error(s), e.g. {:?}",
                        folder.show(&name),
                        errs.len(),
                        errs.first()
                    ));
                    out.push(r);
                }
            },
            Err(e) => errors.push(e.to_string()),
        }
    }
    out
}

impl Locale {
    /// English, from `assets/locales/en` on the data path (built in when nothing is on disk).
    pub fn english() -> Locale {
        Locale::load("en").0
    }

    /// The language `language` (a folder under `assets/locales/`), English behind it.
    /// Returns the problems met too: a broken file never stops the game.
    pub fn load(language: &str) -> (Locale, Vec<String>) {
        let mut errors = Vec::new();
        let lang: unic_langid::LanguageIdentifier = language.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![lang]);
        // egui draws Unicode isolation marks as boxes.
        bundle.set_use_isolating(false);
        // English first (the first folder that has it), then the language over it.
        let mut ids = std::collections::BTreeSet::new();
        let mut remember = |res: &FluentResource| {
            for entry in res.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    ids.insert(m.id.name.to_string());
                }
            }
        };
        let english = locale_folders("en").into_iter().find(|f| !f.files(".ftl").is_empty());
        for res in english.map(|f| parse_resources(&f, &mut errors)).unwrap_or_default() {
            remember(&res);
            bundle.add_resource_overriding(res);
        }
        if language != "en" {
            match locale_folders(language).into_iter().find(|f| !f.files(".ftl").is_empty()) {
                Some(folder) => {
                    for res in parse_resources(&folder, &mut errors) {
                        remember(&res);
                        bundle.add_resource_overriding(res);
                    }
                }
                None => errors.push(format!("no messages for the language \"{language}\"; English is used")),
            }
        }
        let mut locale = Locale { bundle, language: language.to_string(), stop_words: Vec::new(), ids, window: None };
        locale.stop_words = locale.t("lexicon-stop-words").split_whitespace().map(str::to_string).collect();
        (locale, errors)
    }

    /// This locale for the window alone: in a right-to-left language every string it returns is
    /// joined and in visual order for egui (`bidi::for_egui`). Browsers, transcripts and exports
    /// need the logical text: give them a locale loaded without this.
    pub fn for_window(mut self) -> Locale {
        if is_rtl(&self.language) {
            self.window = Some(WindowText { maps: Default::default() });
        }
        self
    }

    /// Whether the window lays this language out right to left.
    pub fn rtl(&self) -> bool {
        is_rtl(&self.language)
    }

    /// Text for the window from elsewhere (a player's own words, a name from the data) the way the
    /// locale's own strings are: visual in a right-to-left window, unchanged otherwise.
    pub fn display(&self, text: &str) -> String {
        let Some(window) = &self.window else { return text.to_string() };
        let mut maps = window.maps.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(shown) = maps.visual.get(text) {
            return shown.clone();
        }
        let shown = bidi::for_egui(text, true);
        if maps.visual.len() >= SHOWN_KEPT {
            *maps = Shown::default();
        }
        maps.visual.insert(text.to_string(), shown.clone());
        if shown != text {
            maps.logical.insert(shown.clone(), text.to_string());
        }
        shown
    }

    /// The logical text of a string this locale returned for the window (itself otherwise).
    pub fn logical(&self, shown: &str) -> String {
        let Some(window) = &self.window else { return shown.to_string() };
        let maps = window.maps.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        maps.logical.get(shown).cloned().unwrap_or_else(|| shown.to_string())
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// A message without variables. A missing one shows its id, so it is seen and fixed.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None, None)
    }

    /// A message with variables.
    pub fn ta(&self, id: &str, args: &FluentArgs) -> String {
        self.format(id, None, Some(args))
    }

    /// An attribute of a message (`verdict-objects.letter`).
    pub fn attr(&self, id: &str, attribute: &str) -> String {
        self.format(id, Some(attribute), None)
    }

    fn format(&self, id: &str, attribute: Option<&str>, args: Option<&FluentArgs>) -> String {
        let Some(message) = self.bundle.get_message(id) else { return id.to_string() };
        let pattern = match attribute {
            Some(a) => message.get_attribute(a).map(|x| x.value()),
            None => message.value(),
        };
        let Some(pattern) = pattern else { return id.to_string() };
        let mut errors = Vec::new();
        if self.window.is_none() {
            return self.bundle.format_pattern(pattern, args, &mut errors).into_owned();
        }
        // Variables that are strings this locale returned go back into the sentence as logical
        // text, so the whole sentence is reordered once.
        let logical_args = args.map(|args| {
            let mut out = FluentArgs::new();
            for (name, value) in args.iter() {
                match value {
                    FluentValue::String(s) => out.set(name.to_string(), FluentValue::from(self.logical(s))),
                    other => out.set(name.to_string(), other.clone()),
                }
            }
            out
        });
        let text = self.bundle.format_pattern(pattern, logical_args.as_ref(), &mut errors).into_owned();
        self.display(&text)
    }

    /// The message `id` if the locale has it, else `fallback` (a name from the data).
    pub fn or_data(&self, id: &str, fallback: &str) -> String {
        if self.has(id) { self.t(id) } else { fallback.to_string() }
    }

    /// The ids of every message that starts with `prefix`.
    pub fn ids_with_prefix(&self, prefix: &str) -> Vec<String> {
        self.ids.iter().filter(|id| id.starts_with(prefix)).cloned().collect()
    }

    /// Words too common in drafting to tell wordings apart, for the lexicon.
    pub fn stop_words(&self) -> Vec<&str> {
        self.stop_words.iter().map(String::as_str).collect()
    }

    // ---- names that live in the data

    pub fn state(&self, scenario: &Scenario, d: usize) -> String {
        let delegation = &scenario.delegations[d];
        self.or_data(&format!("state-{}", delegation.code), &delegation.name)
    }

    /// A state's name inside a sentence, as UN documents write it: "the Russian Federation",
    /// "the Islamic Republic of Iran" (the locale's `state-in-text-CODE`), else its name.
    pub fn state_in_text(&self, scenario: &Scenario, d: usize) -> String {
        let delegation = &scenario.delegations[d];
        if let Some(former) = &delegation.name_in_text {
            return former.clone();
        }
        let name = self.state(scenario, d);
        self.or_data(&format!("state-in-text-{}", delegation.code), &name)
    }

    /// The same, opening a sentence: "The Russian Federation proposes ...".
    pub fn state_opening(&self, scenario: &Scenario, d: usize) -> String {
        let text = self.state_in_text(scenario, d);
        let mut chars = text.chars();
        chars.next().map_or(String::new(), |first| first.to_uppercase().chain(chars).collect())
    }

    pub fn issue_title(&self, scenario: &Scenario, i: usize) -> String {
        let issue = &scenario.issues[i];
        self.or_data(&format!("issue-{}", issue.id), &issue.title)
    }

    /// "1.6 No attacks on critical infrastructure": the item number where the issue has one.
    pub fn issue(&self, scenario: &Scenario, i: usize) -> String {
        let title = self.issue_title(scenario, i);
        match &scenario.issues[i].item {
            Some(item) => tr!(self, "issue-numbered", item = item, title = title),
            None => title,
        }
    }

    /// A wording in this language where the UN published it so (the scenario's translation, then
    /// the locale's override), else in English.
    pub fn wording(&self, scenario: &Scenario, issue: usize, rung: usize) -> String {
        let i = &scenario.issues[issue];
        match i.ladder.get(rung) {
            Some(w) => match w.translations.iter().find(|(language, _, _)| *language == self.language) {
                Some((_, text, _)) => text.clone(),
                None => self.or_data(&format!("wording-{}-{rung}", i.id), &w.text),
            },
            None => String::new(),
        }
    }

    pub fn group(&self, scenario: &Scenario, g: usize) -> String {
        let group = &scenario.groups[g];
        self.or_data(&format!("group-{}", group.id), &group.name)
    }

    pub fn body(&self, scenario: &Scenario) -> String {
        self.or_data(&format!("body-{}", scenario.body.id), &scenario.body.name)
    }

    pub fn text_title(&self, scenario: &Scenario, t: usize) -> String {
        self.or_data(&format!("scenario-{}-text-{t}", scenario.id), &scenario.texts[t].title)
    }

    pub fn scenario_title(&self, scenario: &Scenario) -> String {
        self.or_data(&format!("scenario-{}-title", scenario.id), &scenario.title)
    }

    pub fn scenario_premise(&self, scenario: &Scenario) -> String {
        self.or_data(&format!("scenario-{}-premise", scenario.id), &scenario.premise)
    }

    pub fn region(&self, scenario: &Scenario, d: usize) -> String {
        self.t(scenario.delegations[d].region.key())
    }

    /// A verdict's name ("can live with it").
    pub fn verdict(&self, kind: crate::model::VerdictKind) -> String {
        self.t(kind.key())
    }

    /// A verdict's one-letter mark on a seat.
    pub fn verdict_letter(&self, kind: crate::model::VerdictKind) -> String {
        self.attr(kind.key(), "letter")
    }

    /// An outcome in words ("adopted by consensus, with a chair's summary").
    pub fn outcome(&self, outcome: crate::model::Outcome) -> String {
        self.t(&format!("outcome-{}", outcome.key().replace('_', "-")))
    }

    /// A list in words: "A, B and C".
    pub fn list(&self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => {
                let init: Vec<String> = init.iter().map(|i| self.logical(i)).collect();
                tr!(self, "list-and", init = init.join(", "), last = last)
            }
        }
    }
}

/// One shared English locale for code without a language setting (the command line, tests).
pub fn english() -> &'static Locale {
    static EN: std::sync::OnceLock<Locale> = std::sync::OnceLock::new();
    EN.get_or_init(Locale::english)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every message the code asks for exists in English: a missing one would show its id on screen.
    #[test]
    fn every_message_the_code_uses_exists_in_english() {
        let l = english();
        let call = regex::Regex::new(r#"(?:\.t\(|tr!\([^,()]+,\s*|\.attr\()\s*"([a-z][a-z0-9-]*)""#).unwrap();
        let key = regex::Regex::new(r#"=>\s*"((?:verdict|phase|fallback|region|palette|key|term|step|source|vote|change|edit|mark)-[a-z0-9-]+)""#).unwrap();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut stack = vec![root];
        let mut missing = Vec::new();
        let mut seen = 0;
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                for id in call.captures_iter(&text).chain(key.captures_iter(&text)).map(|c| c[1].to_string()) {
                    seen += 1;
                    if !l.has(&id) {
                        missing.push(format!("{}: {id}", path.display()));
                    }
                }
            }
        }
        assert!(seen > 300, "the scan found {seen} uses");
        assert!(missing.is_empty(), "{missing:#?}");
        for kind in crate::model::VerdictKind::ALL {
            assert_ne!(l.verdict_letter(kind), kind.key(), "{kind:?} has its letter");
        }
        for outcome in crate::model::Outcome::ALL {
            assert!(!l.outcome(outcome).starts_with("outcome-"), "{outcome:?}");
        }
    }
}

/// Every translation against English, message by message, as `assets/locales/README.md` asks:
/// the same messages and attributes, none empty, the same variables, nothing left in English.
#[cfg(test)]
mod translations {
    use std::collections::{BTreeMap, BTreeSet};

    use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, PatternElement};

    const LANGUAGES: &[&str] = &["ar", "zh", "fr", "ru", "es"];
    const FILES: &[&str] = &["class.ftl", "data.ftl", "game.ftl", "window.ftl"];

    /// One message or attribute: its variables and its words with the variables taken out.
    #[derive(Default)]
    struct Shape {
        variables: BTreeSet<String>,
        words: String,
    }

    fn walk(elements: &[PatternElement<&str>], shape: &mut Shape) {
        for element in elements {
            match element {
                PatternElement::TextElement { value } => shape.words.push_str(value),
                PatternElement::Placeable { expression } => expression_of(expression, shape),
            }
        }
    }

    fn inline(e: &InlineExpression<&str>, shape: &mut Shape) {
        match e {
            InlineExpression::VariableReference { id } => {
                shape.variables.insert(id.name.to_string());
            }
            InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline(a, shape);
                }
            }
            InlineExpression::Placeable { expression } => expression_of(expression, shape),
            InlineExpression::StringLiteral { value } => shape.words.push_str(value),
            _ => {}
        }
    }

    fn expression_of(e: &Expression<&str>, shape: &mut Shape) {
        match e {
            Expression::Inline(i) => inline(i, shape),
            Expression::Select { selector, variants } => {
                inline(selector, shape);
                for v in variants {
                    walk(&v.value.elements, shape);
                }
            }
        }
    }

    fn shape(p: &ast::Pattern<&str>) -> Shape {
        let mut s = Shape::default();
        walk(&p.elements, &mut s);
        s
    }

    /// `file` of `language`: "id" or "id.attribute" to its shape.
    fn messages(language: &str, file: &str) -> BTreeMap<String, Shape> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/locales").join(language).join(file);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
        let mut out = BTreeMap::new();
        for entry in resource.body {
            if let Entry::Message(m) = entry {
                if let Some(value) = &m.value {
                    out.insert(m.id.name.to_string(), shape(value));
                }
                for a in &m.attributes {
                    out.insert(format!("{}.{}", m.id.name, a.id.name), shape(&a.value));
                }
            }
        }
        out
    }

    /// Messages whose English words are right in that language too, checked by hand.
    const SAME_AS_ENGLISH: &[(&str, &str)] = &[
        ("fr", "host-pause"),
        ("fr", "web-phase"),
        ("fr", "phase-adoption"),
        ("fr", "bar-capital"),
        ("fr", "bar-instructions"),
        ("fr", "bar-menu"),
        ("fr", "palette-standard"),
        ("fr", "term-consensus"),
        ("es", "speaker-instructor"),
        ("es", "bar-capital"),
    ];

    /// Words that are the same in every language: symbols, keys as labelled, the game's own name.
    fn same_everywhere(words: &str) -> bool {
        let letters: String = words.chars().filter(|c| c.is_alphabetic()).collect();
        letters.chars().count() <= 3
            || words.contains("oewg-sim")
            || words.contains("A/")
            || words.trim() == "Space"
            || words
                .split_whitespace()
                .all(|w| w.contains('/') || w.contains('+') || w.chars().any(|c| c.is_ascii_digit()))
    }

    #[test]
    fn every_language_has_every_message_with_the_same_variables_and_none_left_in_english() {
        let mut problems = Vec::new();
        for file in FILES {
            let english = messages("en", file);
            for language in LANGUAGES {
                let translated = messages(language, file);
                for (id, en) in &english {
                    let Some(tr) = translated.get(id) else {
                        problems.push(format!("{language}/{file}: {id} is missing"));
                        continue;
                    };
                    if tr.words.trim().is_empty() && tr.variables.is_empty() && !en.words.trim().is_empty() {
                        problems.push(format!("{language}/{file}: {id} is empty"));
                    }
                    if tr.variables != en.variables {
                        problems.push(format!(
                            "{language}/{file}: {id} has variables {:?}, English {:?}",
                            tr.variables, en.variables
                        ));
                    }
                    if tr.words.trim() == en.words.trim()
                        && !en.words.trim().is_empty()
                        && !same_everywhere(&en.words)
                        && !SAME_AS_ENGLISH.contains(&(language, id.as_str()))
                    {
                        problems.push(format!("{language}/{file}: {id} is still English: {:?}", en.words.trim()));
                    }
                }
                // Names from the data may be overridden in any language (`state-CUB`, `issue-<id>`...).
                let data_name = |id: &str| {
                    ["state-", "issue-", "wording-", "group-", "body-", "scenario-"].iter().any(|p| id.starts_with(p))
                };
                for id in translated.keys().filter(|id| !english.contains_key(*id) && !data_name(id)) {
                    problems.push(format!("{language}/{file}: {id} is not an English message"));
                }
            }
        }
        assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
    }

    /// Every member state has its UN name in every language (the M49 standard's, per language).
    #[test]
    fn every_member_state_has_its_name_in_every_language() {
        let (_, scenario) = crate::scenario::load_named("oewg_2019").unwrap();
        for language in LANGUAGES {
            let names = messages(language, "data.ftl");
            let missing: Vec<&str> = scenario
                .delegations
                .iter()
                .map(|d| d.code.as_str())
                .filter(|code| names.get(&format!("state-{code}")).is_none_or(|n| n.words.trim().is_empty()))
                .collect();
            assert!(missing.is_empty(), "{language}: no name for {missing:?}");
        }
    }

    /// Every language loads without a syntax error, and a translated sentence comes out translated.
    #[test]
    fn every_language_loads_and_speaks_its_own_words() {
        let english = super::Locale::english().t("count-no-objections");
        for language in LANGUAGES {
            let (locale, errors) = super::Locale::load(language);
            assert!(errors.is_empty(), "{language}: {errors:?}");
            assert_ne!(locale.t("count-no-objections"), english, "{language}");
        }
    }
}

#[cfg(test)]
mod language_tests {
    use super::*;
    use crate::data::Shelf;

    /// Every language loads from the copies inside the binary, with no problem met.
    #[test]
    fn every_language_loads_from_the_binary() {
        for (code, _) in LANGUAGES {
            let folder = Folder::Embedded(Shelf::Locale(code));
            let mut errors = Vec::new();
            assert_eq!(parse_resources(&folder, &mut errors).len(), 4, "{code}");
            assert!(errors.is_empty(), "{code}: {errors:?}");
            assert_eq!(locale_folders(code).last(), Some(&folder), "{code} is found built in");
            let (l, errors) = Locale::load(code);
            assert!(errors.is_empty(), "{code}: {errors:?}");
            assert!(l.has("settings-language"), "{code}");
        }
        let (_, errors) = Locale::load("xx");
        assert_eq!(errors.len(), 1, "an unknown language falls back to English and says so");
        assert!(locale_folders("../en").is_empty());
    }

    #[test]
    fn a_language_is_chosen_from_the_command_line_the_settings_or_the_system() {
        assert_eq!(shipped_language("fr-FR"), Some("fr"));
        assert_eq!(shipped_language("zh-Hans-CN"), Some("zh"));
        assert_eq!(shipped_language("es_ES.UTF-8"), Some("es"));
        assert_eq!(shipped_language("AR"), Some("ar"));
        assert_eq!(shipped_language("de-DE"), None);
        assert_eq!(shipped_language(""), None);
        assert_eq!(choose_language(Some("ru"), "fr"), "ru");
        assert_eq!(choose_language(None, "fr"), "fr");
        assert!(LANGUAGES.iter().any(|(c, _)| *c == choose_language(None, "")), "the system's, or English");
    }

    /// The window's Arabic is visual; everything else (browsers, exports) stays logical, and a
    /// string the window's locale returned reads logically again inside another message.
    #[test]
    fn the_window_locale_shows_arabic_visually_and_only_the_window() {
        let plain = Locale::load("ar").0;
        let window = Locale::load("ar").0.for_window();
        let heading = plain.t("settings-language");
        assert_eq!(window.t("settings-language"), bidi::for_egui(&heading, true));
        assert_ne!(window.t("settings-language"), heading);
        assert_eq!(window.logical(&window.t("settings-language")), heading);
        let inner = window.t("subject-chair");
        let nested = tr!(window, "handover-heading", who = inner);
        let expected = tr!(plain, "handover-heading", who = plain.t("subject-chair"));
        assert_eq!(nested, bidi::for_egui(&expected, true), "reordered once, as a whole");
        let names = vec![window.t("subject-chair"), window.t("subject-expert"), "Cuba".to_string()];
        let plain_names = vec![plain.t("subject-chair"), plain.t("subject-expert"), "Cuba".to_string()];
        assert_eq!(window.list(&names), bidi::for_egui(&plain.list(&plain_names), true));
        let french = Locale::load("fr").0.for_window();
        assert_eq!(french.t("settings-language"), "Langue", "left-to-right languages are untouched");
    }
}
