//! A light scan of RON text that records where every value starts, by its path
//! (`states[12].memberships[0].group`). Serde tells us *what* is wrong after
//! parsing; this tells us *where*, so every error names a line and column.

use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Location {
    pub line: usize,
    pub col: usize,
}

#[derive(Debug, Default)]
pub struct SpanIndex {
    spans: HashMap<String, Location>,
}

impl SpanIndex {
    pub fn build(text: &str) -> SpanIndex {
        let mut scanner =
            Scanner { chars: text.chars().collect(), pos: 0, line: 1, col: 1, index: SpanIndex::default() };
        scanner.skip_trivia();
        scanner.value(String::new());
        scanner.index
    }

    /// The location of the value at `path`, or of its nearest recorded parent.
    pub fn locate(&self, path: &str) -> Location {
        let mut p = path;
        loop {
            if let Some(loc) = self.spans.get(p) {
                return *loc;
            }
            match p.rfind(['.', '[']) {
                Some(cut) => p = &p[..cut],
                None => return self.spans.get("").copied().unwrap_or(Location { line: 1, col: 1 }),
            }
        }
    }
}

struct Scanner {
    chars: Vec<char>,
    pos: usize,
    line: usize,
    col: usize,
    index: SpanIndex,
}

impl Scanner {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += 1;
        if c == '\n' {
            self.line += 1;
            self.col = 1;
        } else {
            self.col += 1;
        }
        Some(c)
    }

    fn skip_trivia(&mut self) {
        loop {
            match self.peek() {
                Some(c) if c.is_whitespace() => {
                    self.bump();
                }
                Some('/') if self.chars.get(self.pos + 1) == Some(&'/') => {
                    while let Some(c) = self.bump() {
                        if c == '\n' {
                            break;
                        }
                    }
                }
                Some('/') if self.chars.get(self.pos + 1) == Some(&'*') => {
                    self.bump();
                    self.bump();
                    while self.peek().is_some() {
                        if self.peek() == Some('*') && self.chars.get(self.pos + 1) == Some(&'/') {
                            self.bump();
                            self.bump();
                            break;
                        }
                        self.bump();
                    }
                }
                _ => return,
            }
        }
    }

    fn here(&self) -> Location {
        Location { line: self.line, col: self.col }
    }

    fn ident(&mut self) -> String {
        let mut s = String::new();
        while let Some(c) = self.peek() {
            if c.is_alphanumeric() || c == '_' {
                s.push(c);
                self.bump();
            } else {
                break;
            }
        }
        s
    }

    /// Scans one value; malformed text simply stops the scan (serde reports it).
    fn value(&mut self, path: String) {
        let here = self.here();
        self.index.spans.entry(path.clone()).or_insert(here);
        match self.peek() {
            Some('"') => self.string(),
            Some('\'') => {
                self.bump();
                while let Some(c) = self.bump() {
                    if c == '\\' {
                        self.bump();
                    } else if c == '\'' {
                        break;
                    }
                }
            }
            Some('[') => {
                self.bump();
                self.sequence(&path, ']');
            }
            Some('{') => {
                self.bump();
                self.map(&path);
            }
            Some('(') => {
                self.bump();
                self.parenthesised(&path, false);
            }
            Some(c) if c.is_alphabetic() || c == '_' => {
                self.ident();
                self.skip_trivia();
                if self.peek() == Some('(') {
                    self.bump();
                    // `Some(x)`, `Group("EU")`, `Issues([..])`: the first value keeps the path.
                    self.parenthesised(&path, true);
                }
            }
            Some(_) => {
                while let Some(c) = self.peek() {
                    if c.is_alphanumeric() || matches!(c, '.' | '-' | '+' | '_') {
                        self.bump();
                    } else {
                        break;
                    }
                }
            }
            None => {}
        }
    }

    /// Skips the comma after an item; on text it cannot read it moves on one
    /// character so the scan always ends.
    fn separator(&mut self, item_start: usize) {
        self.skip_trivia();
        if self.peek() == Some(',') || self.pos == item_start {
            self.bump();
        }
    }

    fn string(&mut self) {
        self.bump();
        while let Some(c) = self.bump() {
            if c == '\\' {
                self.bump();
            } else if c == '"' {
                break;
            }
        }
    }

    fn sequence(&mut self, path: &str, close: char) {
        let mut i = 0;
        loop {
            self.skip_trivia();
            match self.peek() {
                None => return,
                Some(c) if c == close => {
                    self.bump();
                    return;
                }
                _ => {}
            }
            let before = self.pos;
            self.value(format!("{path}[{i}]"));
            i += 1;
            self.separator(before);
        }
    }

    fn map(&mut self, path: &str) {
        loop {
            self.skip_trivia();
            match self.peek() {
                None => return,
                Some('}') => {
                    self.bump();
                    return;
                }
                _ => {}
            }
            let before = self.pos;
            let key_start = self.pos;
            self.value(format!("{path}{{}}"));
            let key: String = self.chars[key_start..self.pos].iter().collect();
            self.skip_trivia();
            if self.peek() == Some(':') {
                self.bump();
                self.skip_trivia();
                self.value(format!("{path}{{{}}}", key.trim_matches('"')));
            }
            self.separator(before);
        }
    }

    /// Inside `(`: named fields `a: 1, b: 2` or positional values.
    fn parenthesised(&mut self, path: &str, transparent: bool) {
        let mut i = 0;
        loop {
            self.skip_trivia();
            match self.peek() {
                None => return,
                Some(')') => {
                    self.bump();
                    return;
                }
                _ => {}
            }
            let before = self.pos;
            let save = (self.pos, self.line, self.col);
            let mut named = None;
            if self.peek().is_some_and(|c| c.is_alphabetic() || c == '_') {
                let name = self.ident();
                self.skip_trivia();
                if self.peek() == Some(':') {
                    self.bump();
                    self.skip_trivia();
                    named = Some(name);
                } else {
                    (self.pos, self.line, self.col) = save;
                }
            }
            let child = match named {
                Some(name) if path.is_empty() => name,
                Some(name) => format!("{path}.{name}"),
                None if transparent && i == 0 => path.to_string(),
                None => format!("{path}[{i}]"),
            };
            self.value(child);
            i += 1;
            self.separator(before);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_fields_and_list_items() {
        let text = "Top(\n  items: [\n    A(code: \"X\"),\n    A(code: \"Y\", n: Some(3)),\n  ],\n)";
        let index = SpanIndex::build(text);
        assert_eq!(index.locate("items[1].code"), Location { line: 4, col: 13 });
        assert_eq!(index.locate("items[1].n"), Location { line: 4, col: 21 });
        assert_eq!(index.locate("items[0]"), Location { line: 3, col: 5 });
        // Unknown paths fall back to the nearest parent.
        assert_eq!(index.locate("items[1].missing"), Location { line: 4, col: 5 });
    }

    #[test]
    fn tuple_struct_lists_are_indexed_from_the_top() {
        let text = "Issues([\n  Issue(id: \"a\"),\n  // comment\n  Issue(id: \"b\"),\n])";
        let index = SpanIndex::build(text);
        assert_eq!(index.locate("[1].id"), Location { line: 4, col: 13 });
    }
}
