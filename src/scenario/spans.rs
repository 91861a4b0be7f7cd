//! A light scan of RON text that records where every value starts, by its path
//! (`states[12].memberships[0].group`). Serde tells us *what* is wrong after
//! parsing; this tells us *where*, so every error names a line and column.
//!
//! The text is untrusted: the scan knows every token RON accepts (nested block
//! comments, raw strings with any number of `#`, byte strings, chars, raw
//! identifiers, `#![...]` attributes, a byte-order mark), runs on an explicit stack
//! rather than recursion, records nothing deeper than RON itself accepts, and keeps
//! only each value's own step of its path, so its time and memory are linear in the
//! text whatever its shape.

use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Location {
    pub line: usize,
    pub col: usize,
}

/// RON's default recursion limit: it refuses deeper files, so nothing deeper is recorded.
pub const MAX_DEPTH: usize = 128;

/// One step of a path: `.name`, `[3]` or `{key}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Step {
    Field(Box<str>),
    Index(usize),
    Key(Box<str>),
}

#[derive(Debug, Default)]
pub struct SpanIndex {
    /// Where each recorded value starts; the first is the file's whole value.
    starts: Vec<Location>,
    /// A value's children, by the step from it.
    children: HashMap<(usize, Step), usize>,
}

impl SpanIndex {
    pub fn build(text: &str) -> SpanIndex {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut scan = Scan {
            lexer: Lexer::new(text),
            index: SpanIndex::default(),
            stack: Vec::new(),
            held: None,
            consumed: 0,
            before: 0,
        };
        scan.run();
        scan.index
    }

    /// The location of the value at `path`, or of its nearest recorded parent.
    pub fn locate(&self, path: &str) -> Location {
        if self.starts.is_empty() {
            return Location { line: 1, col: 1 };
        }
        let mut node = 0;
        for step in steps(path) {
            match self.children.get(&(node, step)) {
                Some(&child) => node = child,
                None => return self.starts[node],
            }
        }
        self.starts[node]
    }
}

/// The steps of a path as the validation writes them: `a.b[2]`, `[0].id`, `m{key}`.
fn steps(path: &str) -> Vec<Step> {
    let mut out = Vec::new();
    let mut rest = path;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('[') {
            let (n, after) = r.split_once(']').unwrap_or((r, ""));
            let Ok(i) = n.parse() else { break };
            out.push(Step::Index(i));
            rest = after;
        } else if let Some(r) = rest.strip_prefix('{') {
            let (key, after) = r.split_once('}').unwrap_or((r, ""));
            out.push(Step::Key(key.into()));
            rest = after;
        } else {
            let r = rest.strip_prefix('.').unwrap_or(rest);
            let end = r.find(['.', '[', '{']).unwrap_or(r.len());
            out.push(Step::Field(r[..end].into()));
            rest = &r[end..];
        }
    }
    out
}

/// The first identifier of a RON text, after a byte-order mark, comments and `#![...]`
/// attributes: what kind of file it is.
pub fn first_identifier(text: &str) -> Option<&str> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lexer = Lexer::new(text);
    loop {
        let token = lexer.next();
        match token.kind {
            Kind::Hash => lexer.skip_attribute(),
            Kind::Ident => return Some(lexer.ident_name(&token)),
            _ => return None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Open(char),
    Close,
    Comma,
    Colon,
    Ident,
    /// A string of any kind (a map key is read from it).
    Str,
    /// Any other scalar: a number, a char, a byte.
    Atom,
    /// `#`, which starts an attribute.
    Hash,
    /// A character RON would refuse; skipped.
    Other,
    End,
}

#[derive(Debug, Clone, Copy)]
struct Token {
    kind: Kind,
    /// Byte offset of its start, and where that is.
    pos: usize,
    at: Location,
    /// Byte offset just past it.
    end: usize,
}

fn is_space(c: char) -> bool {
    // RON's whitespace, exactly.
    matches!(
        c,
        ' ' | '\t' | '\n' | '\r' | '\x0B' | '\x0C' | '\u{85}' | '\u{200E}' | '\u{200F}' | '\u{2028}' | '\u{2029}'
    )
}

fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// RON's tokens, one at a time; every call moves on, so a scan always ends.
struct Lexer<'a> {
    text: &'a str,
    pos: usize,
    line: usize,
    col: usize,
}

impl<'a> Lexer<'a> {
    fn new(text: &'a str) -> Lexer<'a> {
        Lexer { text, pos: 0, line: 1, col: 1 }
    }

    fn rest(&self) -> &'a str {
        &self.text[self.pos..]
    }

    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        if c == '\n' {
            self.line += 1;
            self.col = 1;
        } else {
            self.col += 1;
        }
        Some(c)
    }

    fn bump_while(&mut self, keep: impl Fn(char) -> bool) {
        while self.peek().is_some_and(&keep) {
            self.bump();
        }
    }

    fn skip_trivia(&mut self) {
        loop {
            let rest = self.rest();
            if rest.starts_with(is_space) {
                self.bump();
            } else if rest.starts_with("//") {
                self.bump_while(|c| c != '\n');
            } else if rest.starts_with("/*") {
                // Block comments nest in RON: a depth, not recursion.
                self.bump();
                self.bump();
                let mut depth = 1usize;
                while depth > 0 && self.pos < self.text.len() {
                    let rest = self.rest();
                    if rest.starts_with("/*") {
                        depth += 1;
                        self.bump();
                        self.bump();
                    } else if rest.starts_with("*/") {
                        depth -= 1;
                        self.bump();
                        self.bump();
                    } else {
                        self.bump();
                    }
                }
            } else {
                return;
            }
        }
    }

    fn next(&mut self) -> Token {
        self.skip_trivia();
        let (pos, at) = (self.pos, Location { line: self.line, col: self.col });
        let rest = self.rest();
        let kind = match self.peek() {
            None => Kind::End,
            Some(c) => {
                if rest.starts_with("r\"") || rest.starts_with("r#\"") || rest.starts_with("r##") {
                    self.bump();
                    self.raw_string();
                    Kind::Str
                } else if rest.starts_with("br\"") || rest.starts_with("br#") {
                    self.bump();
                    self.bump();
                    self.raw_string();
                    Kind::Str
                } else if rest.starts_with("b\"") {
                    self.bump();
                    self.string();
                    Kind::Str
                } else if rest.starts_with("b'") {
                    self.bump();
                    self.char_literal();
                    Kind::Atom
                } else if rest.starts_with("r#")
                    && rest[2..].starts_with(|c: char| is_ident_char(c) || "+-.".contains(c))
                {
                    // A raw identifier: `r#name`, which may hold `.`, `+` and `-`.
                    self.bump();
                    self.bump();
                    self.bump_while(|c| is_ident_char(c) || matches!(c, '.' | '+' | '-'));
                    Kind::Ident
                } else if c.is_alphabetic() || c == '_' {
                    self.bump_while(is_ident_char);
                    Kind::Ident
                } else if c.is_ascii_digit() || matches!(c, '-' | '+' | '.') {
                    self.bump();
                    self.bump_while(|c| is_ident_char(c) || matches!(c, '.' | '+' | '-'));
                    Kind::Atom
                } else {
                    match c {
                        '"' => {
                            self.string();
                            Kind::Str
                        }
                        '\'' => {
                            self.char_literal();
                            Kind::Atom
                        }
                        _ => {
                            self.bump();
                            match c {
                                '(' | '[' | '{' => Kind::Open(c),
                                ')' | ']' | '}' => Kind::Close,
                                ',' => Kind::Comma,
                                ':' => Kind::Colon,
                                '#' => Kind::Hash,
                                _ => Kind::Other,
                            }
                        }
                    }
                }
            }
        };
        Token { kind, pos, at, end: self.pos }
    }

    /// `"..."` with escapes, from its opening quote.
    fn string(&mut self) {
        self.bump();
        while let Some(c) = self.bump() {
            match c {
                '\\' => {
                    self.bump();
                }
                '"' => return,
                _ => {}
            }
        }
    }

    /// `"..."#` or `#"..."#` (any number of `#`), after the `r`: no escapes.
    fn raw_string(&mut self) {
        let hashes = self.rest().len() - self.rest().trim_start_matches('#').len();
        for _ in 0..hashes {
            self.bump();
        }
        if self.peek() != Some('"') {
            return;
        }
        self.bump();
        while let Some(c) = self.bump() {
            let rest = self.rest();
            if c == '"' && rest.len() >= hashes && rest.as_bytes()[..hashes].iter().all(|&b| b == b'#') {
                for _ in 0..hashes {
                    self.bump();
                }
                return;
            }
        }
    }

    /// `'x'`, `'\''`, `'\u{1F600}'`, from its opening quote.
    fn char_literal(&mut self) {
        self.bump();
        if self.bump() == Some('\\') {
            self.bump();
            self.bump_while(|c| c != '\'' && c != '\n');
        }
        if self.peek() == Some('\'') {
            self.bump();
        }
    }

    /// Skips the rest of a `#![...]` attribute, after its `#`.
    fn skip_attribute(&mut self) {
        let mut depth = 0usize;
        loop {
            match self.next().kind {
                Kind::End => return,
                Kind::Open(_) => depth += 1,
                Kind::Close => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        return;
                    }
                }
                _ => {}
            }
        }
    }

    /// An identifier's name (a raw one without its `r#`).
    fn ident_name(&self, token: &Token) -> &'a str {
        let text = &self.text[token.pos..token.end];
        text.strip_prefix("r#").unwrap_or(text)
    }
}

/// What an open bracket expects next.
#[derive(Debug)]
enum Frame {
    /// `[a, b]`: the next item's index.
    List { node: Option<usize>, next: usize },
    /// `(a: 1, b: 2)` or `(1, 2)`; transparent after a name (`Some(x)`, `Group("EU")`,
    /// `Issues([..])`): its first positional value keeps the path.
    Fields { node: Option<usize>, next: usize, transparent: bool },
    /// `{k: v}`.
    Map { node: Option<usize>, stage: MapStage },
}

#[derive(Debug)]
enum MapStage {
    Key,
    /// Reading a key: its first token's bytes.
    InKey(usize, usize),
    /// After `key:`.
    Value(Box<str>),
}

struct Scan<'a> {
    lexer: Lexer<'a>,
    index: SpanIndex,
    stack: Vec<Frame>,
    /// A token read ahead and put back.
    held: Option<Token>,
    /// The end of the last token taken, and of the one before it.
    consumed: usize,
    before: usize,
}

impl Scan<'_> {
    fn next(&mut self) -> Token {
        let token = self.held.take().unwrap_or_else(|| self.lexer.next());
        self.before = self.consumed;
        self.consumed = token.end;
        token
    }

    fn hold(&mut self, token: Token) {
        self.held = Some(token);
        self.consumed = self.before;
    }

    /// Records the value one `step` below `parent`, unless it lies deeper than RON reads.
    fn child(&mut self, parent: Option<usize>, step: Step, at: Location) -> Option<usize> {
        let parent = parent?;
        if self.stack.len() > MAX_DEPTH {
            return None;
        }
        let next = self.index.starts.len();
        let id = *self.index.children.entry((parent, step)).or_insert(next);
        if id == next {
            self.index.starts.push(at);
        }
        Some(id)
    }

    fn run(&mut self) {
        let mut first = self.next();
        while first.kind == Kind::Hash {
            self.lexer.skip_attribute();
            first = self.next();
        }
        if matches!(first.kind, Kind::End | Kind::Close | Kind::Comma | Kind::Colon) {
            return;
        }
        self.index.starts.push(first.at);
        self.begin(Some(0), first);
        while let Some(top) = self.stack.len().checked_sub(1) {
            let token = self.next();
            if token.kind == Kind::End {
                return;
            }
            if let Frame::Map { stage, .. } = &mut self.stack[top]
                && let MapStage::InKey(start, end) = *stage
            {
                // A key has just ended: a one-token key names the value after the colon. A longer
                // one is not copied: keys inside keys would cost the square of the text.
                let one_token = end == self.before;
                let key = if one_token { self.lexer.text[start..end].trim_matches('"') } else { "" };
                *stage = if token.kind == Kind::Colon { MapStage::Value(key.into()) } else { MapStage::Key };
                if token.kind == Kind::Colon {
                    continue;
                }
            }
            match token.kind {
                Kind::Close => {
                    self.stack.pop();
                }
                Kind::Comma => {
                    if let Frame::Map { stage, .. } = &mut self.stack[top] {
                        *stage = MapStage::Key;
                    }
                }
                Kind::Colon | Kind::Hash | Kind::Other | Kind::End => {}
                _ => self.item(top, token),
            }
        }
    }

    /// An item of the frame at `top` starts with `token`.
    fn item(&mut self, top: usize, token: Token) {
        match &mut self.stack[top] {
            Frame::List { node, next } => {
                let (node, step) = (*node, Step::Index(*next));
                *next += 1;
                let slot = self.child(node, step, token.at);
                self.begin(slot, token);
            }
            Frame::Map { node, stage } => {
                let node = *node;
                let step = match std::mem::replace(stage, MapStage::Key) {
                    MapStage::Value(key) => Step::Key(key),
                    MapStage::Key | MapStage::InKey(..) => {
                        *stage = MapStage::InKey(token.pos, token.end);
                        Step::Key("".into())
                    }
                };
                let slot = self.child(node, step, token.at);
                self.begin(slot, token);
            }
            Frame::Fields { node, next, transparent } => {
                let (node, index, transparent) = (*node, *next, *transparent);
                *next += 1;
                if token.kind == Kind::Ident {
                    let after = self.next();
                    if after.kind == Kind::Colon {
                        let name = self.lexer.ident_name(&token);
                        let value = self.next();
                        let slot = self.child(node, Step::Field(name.into()), value.at);
                        self.begin(slot, value);
                        return;
                    }
                    self.hold(after);
                }
                let slot =
                    if transparent && index == 0 { node } else { self.child(node, Step::Index(index), token.at) };
                self.begin(slot, token);
            }
        }
    }

    /// A value recorded as `node` starts with `token`.
    fn begin(&mut self, node: Option<usize>, token: Token) {
        match token.kind {
            Kind::Open('[') => self.stack.push(Frame::List { node, next: 0 }),
            Kind::Open('{') => self.stack.push(Frame::Map { node, stage: MapStage::Key }),
            Kind::Open(_) => self.stack.push(Frame::Fields { node, next: 0, transparent: false }),
            Kind::Ident => {
                let after = self.next();
                if after.kind == Kind::Open('(') {
                    self.stack.push(Frame::Fields { node, next: 0, transparent: true });
                } else {
                    self.hold(after);
                }
            }
            // No value here (malformed): the frame reads this token itself.
            Kind::Close | Kind::Comma | Kind::Colon | Kind::End => self.hold(token),
            Kind::Str | Kind::Atom | Kind::Hash | Kind::Other => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The texts below are RON: the scan must read what RON reads.
    fn ron_accepts(text: &str) {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if let Err(e) = ron::from_str::<ron::Value>(text) {
            panic!("RON refuses {text:?}: {e}");
        }
    }

    #[test]
    fn finds_nested_fields_and_list_items() {
        let text = "Top(\n  items: [\n    A(code: \"X\"),\n    A(code: \"Y\", n: Some(3)),\n  ],\n)";
        let index = SpanIndex::build(text);
        assert_eq!(index.locate("items[1].code"), Location { line: 4, col: 13 });
        assert_eq!(index.locate("items[1].n"), Location { line: 4, col: 21 });
        assert_eq!(index.locate("items[0]"), Location { line: 3, col: 5 });
        // Unknown paths fall back to the nearest parent.
        assert_eq!(index.locate("items[1].missing"), Location { line: 4, col: 5 });
        assert_eq!(index.locate(""), Location { line: 1, col: 1 });
    }

    #[test]
    fn tuple_struct_lists_are_indexed_from_the_top() {
        let text = "Issues([\n  Issue(id: \"a\"),\n  // comment\n  Issue(id: \"b\"),\n])";
        let index = SpanIndex::build(text);
        assert_eq!(index.locate("[1].id"), Location { line: 4, col: 13 });
    }

    #[test]
    fn maps_are_indexed_by_key() {
        let index = SpanIndex::build("Top(m: {\n  \"a\": 1,\n  \"b\": [2, 3],\n})");
        assert_eq!(index.locate("m{b}"), Location { line: 3, col: 8 });
        assert_eq!(index.locate("m{b}[1]"), Location { line: 3, col: 12 });
        assert_eq!(index.locate("m{a}"), Location { line: 2, col: 8 });
    }

    #[test]
    fn nested_block_comments_are_skipped_whole() {
        // RON nests block comments: brackets and quotes inside them are not values.
        let text = "/* a /* b [[[ \" */ (( */\nTop(/* x */ a: 1, /* /* ] */ */ b: 2)";
        ron_accepts(text);
        let index = SpanIndex::build(text);
        assert_eq!(index.locate(""), Location { line: 2, col: 1 });
        assert_eq!(index.locate("a"), Location { line: 2, col: 16 });
        assert_eq!(index.locate("b"), Location { line: 2, col: 36 });
        assert_eq!(first_identifier(text), Some("Top"));
    }

    #[test]
    fn a_hundred_kilobytes_of_nested_block_comments() {
        let mut text = "/*[(".repeat(25_000);
        text.push_str(&"*/".repeat(25_000));
        text.push_str("\nTop(a: [1, 2])");
        ron_accepts(&text);
        let index = SpanIndex::build(&text);
        assert_eq!(index.locate("a[1]"), Location { line: 2, col: 12 });
        assert_eq!(first_identifier(&text), Some("Top"));
        // Unclosed, the comment runs to the end: nothing is recorded, nothing overflows.
        let unclosed = "/*".repeat(50_000);
        assert_eq!(SpanIndex::build(&unclosed).locate("a"), Location { line: 1, col: 1 });
    }

    #[test]
    fn a_hundred_thousand_nested_brackets_finish_in_linear_memory() {
        let depth = 100_000;
        let text = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        let index = SpanIndex::build(&text);
        // Nothing deeper than RON reads is recorded: memory stays bounded by the text.
        assert!(index.starts.len() <= MAX_DEPTH + 2, "{} values recorded", index.starts.len());
        assert_eq!(index.locate("[0][0]"), Location { line: 1, col: 3 });
        // Unclosed, with an item at every level, and deep parentheses and maps too.
        for open in ["[1,", "(a:", "{1:", "Some("] {
            let index = SpanIndex::build(&open.repeat(depth));
            assert!(index.starts.len() <= 2 * MAX_DEPTH + 2, "{open}: {} values recorded", index.starts.len());
        }
    }

    #[test]
    fn keys_inside_keys_are_not_copied() {
        // `{{{1: 1}: 1}: 1}`, fifty thousand deep: each key holds all the keys inside it.
        let depth = 50_000;
        let text = format!("{}1: 1{}}}", "{".repeat(depth), "}: 1".repeat(depth - 1));
        ron_accepts("{{{1: 1}: 1}: 1}");
        let index = SpanIndex::build(&text);
        let kept: usize =
            index.children.keys().map(|(_, step)| if let Step::Key(k) = step { k.len() } else { 0 }).sum();
        assert!(kept <= text.len(), "{kept} bytes of keys kept for a text of {}", text.len());
        assert!(index.starts.len() <= 2 * MAX_DEPTH + 2);
    }

    #[test]
    fn strings_of_every_kind_hide_their_brackets() {
        let text = concat!(
            "Top(\n",
            "  a: r##\"quote \"# and ] and [ ( \"##,\n",
            "  b: r\"plain ]\",\n",
            "  c: b\"bytes ] \\\" [\",\n",
            "  d: br##\"raw \"# bytes ]\"##,\n",
            "  e: ['x', '\\'', '[', '\\u{5B}', b']'],\n",
            "  f: \"escaped \\\" ] (\",\n",
            "  r#g: 1,\n",
            "  h: -1.5e-3,\n",
            ")",
        );
        ron_accepts(text);
        let index = SpanIndex::build(text);
        assert_eq!(index.locate("b"), Location { line: 3, col: 6 });
        assert_eq!(index.locate("c"), Location { line: 4, col: 6 });
        assert_eq!(index.locate("d"), Location { line: 5, col: 6 });
        assert_eq!(index.locate("e[4]"), Location { line: 6, col: 33 });
        assert_eq!(index.locate("f"), Location { line: 7, col: 6 });
        assert_eq!(index.locate("g"), Location { line: 8, col: 8 });
        assert_eq!(index.locate("h"), Location { line: 9, col: 6 });
    }

    #[test]
    fn attributes_and_a_byte_order_mark_come_before_the_value() {
        let text = "\u{feff}#![enable(implicit_some)]\n#![type = \"a]b\"]\nTop(a: 1)";
        ron_accepts(text);
        let index = SpanIndex::build(text);
        assert_eq!(index.locate(""), Location { line: 3, col: 1 });
        assert_eq!(index.locate("a"), Location { line: 3, col: 8 });
        assert_eq!(first_identifier(text), Some("Top"));
        assert_eq!(SpanIndex::build("\u{feff}Top(a: 1)").locate("a"), Location { line: 1, col: 8 });
    }

    #[test]
    fn any_text_is_scanned_to_its_end() {
        for text in
            ["", ")", "]]]", "Top(", "Top(a:", "Top(a: [1, {", "\"", "r#\"", "'", "b'", "#", "#![", "/*", "::,,"]
        {
            let index = SpanIndex::build(text);
            assert!(index.locate("a[0]").line >= 1);
        }
    }
}
