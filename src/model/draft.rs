//! The negotiating text: numbered paragraphs, each one issue at one rung of its ladder.

use super::scenario::{Issue, Scenario};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum ParagraphStatus {
    /// Part of the text.
    Text,
    /// In the text but in [square brackets]: not agreed. A text is not adopted
    /// with brackets in it.
    Bracketed,
    /// Moved to the chair's summary: the chair's own responsibility, not agreed text.
    ChairSummary,
    /// Struck out.
    Deleted,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Paragraph {
    pub issue: usize,
    /// Index into the issue's ladder, 0 the strongest.
    pub rung: usize,
    pub status: ParagraphStatus,
    /// The words a person tabled for it, when they wrote their own (the rung is how the room reads them).
    pub own_words: Option<String>,
}

impl Paragraph {
    pub fn counts(&self) -> bool {
        matches!(self.status, ParagraphStatus::Text | ParagraphStatus::Bracketed)
    }
}

/// What a text says on one issue, as the debrief and `simulate` compare it with the text adopted in history.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Standing {
    /// A paragraph at this rung.
    Text(usize),
    /// A paragraph at this rung, still in brackets.
    Bracketed(usize),
    /// Moved to the chair's summary.
    ChairSummary,
    /// Nothing on the issue.
    Absent,
}

/// Where a text stands on one issue: a point on its scale, and whether the wording is agreed language.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placement {
    pub position: f32,
    pub agreed: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Draft {
    pub text: usize,
    /// The named draft of the calendar this text is (index of the session that tabled it: "zero
    /// draft"); `None` for a text tabled without a name.
    pub named: Option<usize>,
    /// 0 as the draft was tabled (or named), then Rev.1, Rev.2...
    pub revision: u32,
    pub paragraphs: Vec<Paragraph>,
}

impl Draft {
    pub fn opening(scenario: &Scenario, text: usize) -> Draft {
        Draft {
            text,
            named: None,
            revision: 0,
            paragraphs: scenario.texts[text]
                .opening
                .iter()
                .map(|&(issue, rung)| Paragraph { issue, rung, status: ParagraphStatus::Text, own_words: None })
                .collect(),
        }
    }

    /// What the text says on `issue`: a paragraph in it wins over one sent to the chair's summary.
    pub fn standing(&self, issue: usize) -> Standing {
        let mut standing = Standing::Absent;
        for p in self.paragraphs.iter().filter(|p| p.issue == issue) {
            match p.status {
                ParagraphStatus::Text => return Standing::Text(p.rung),
                ParagraphStatus::Bracketed => return Standing::Bracketed(p.rung),
                ParagraphStatus::ChairSummary => standing = Standing::ChairSummary,
                ParagraphStatus::Deleted => {}
            }
        }
        standing
    }

    /// Where the text stands on every issue: the rung of its paragraph there, or the
    /// issue's `absent` point (not new agreed language) where it is silent.
    pub fn placements(&self, issues: &[Issue]) -> Vec<Placement> {
        Self::placements_of(issues, self.paragraphs.iter().filter(|p| p.counts()).map(|p| (p.issue, p.rung)))
    }

    /// Where a text given as (issue, rung) pairs stands on every issue, silent elsewhere.
    pub fn placements_of(issues: &[Issue], paragraphs: impl IntoIterator<Item = (usize, usize)>) -> Vec<Placement> {
        // Silence leaves the last agreed language in force where that is the status quo.
        let mut out: Vec<Placement> = issues
            .iter()
            .map(|i| Placement { position: i.absent, agreed: (i.absent - i.status_quo).abs() < 1e-3 })
            .collect();
        for (issue, rung) in paragraphs {
            let w = &issues[issue].ladder[rung];
            out[issue] = Placement { position: w.position, agreed: w.agreed };
        }
        out
    }

    /// The paragraph (by index) on an issue that is in the text, if any.
    pub fn paragraph_on(&self, issue: usize) -> Option<usize> {
        self.paragraphs.iter().position(|p| p.issue == issue && p.counts())
    }

    pub fn bracketed(&self) -> Vec<usize> {
        (0..self.paragraphs.len()).filter(|&i| self.paragraphs[i].status == ParagraphStatus::Bracketed).collect()
    }

    pub fn in_chair_summary(&self) -> impl Iterator<Item = &Paragraph> {
        self.paragraphs.iter().filter(|p| p.status == ParagraphStatus::ChairSummary)
    }

    /// Paragraph numbers as delegates say them: 1-based.
    pub fn number(index: usize) -> usize {
        index + 1
    }
}

/// A change to the text: what players, AI delegations and the chair propose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Edit {
    /// Set an existing paragraph's wording to another rung of its ladder.
    Reword {
        paragraph: usize,
        rung: usize,
    },
    /// Add a paragraph on an issue the text does not cover.
    Insert {
        issue: usize,
        rung: usize,
    },
    Bracket {
        paragraph: usize,
    },
    Unbracket {
        paragraph: usize,
    },
    Delete {
        paragraph: usize,
    },
    MoveToChairSummary {
        paragraph: usize,
    },
}

/// Why an edit does not fit the text (the locale says it in words).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum EditError {
    /// Paragraph number (1-based).
    NoSuchParagraph(usize),
    NotInText(usize),
    NoSuchRung(usize),
    /// The paragraph (1-based) already on that issue.
    IssueCovered(usize),
    NoSuchIssue(usize),
    NotBracketed(usize),
    AlreadyBracketed(usize),
    NoChairSummary,
    /// That wording (rung) did not exist yet at this negotiation's date, or its body could not adopt it.
    NotAvailable(usize),
}

impl Draft {
    /// Checks an edit against the text without applying it: indices in range, the paragraph
    /// still in the text, and a chair's summary only where the scenario's body has one.
    pub fn check(&self, scenario: &Scenario, edit: Edit) -> Result<(), EditError> {
        let issues = &scenario.issues;
        let in_text = |paragraph: usize| -> Result<&Paragraph, EditError> {
            let p = self.paragraphs.get(paragraph).ok_or(EditError::NoSuchParagraph(Draft::number(paragraph)))?;
            if p.counts() { Ok(p) } else { Err(EditError::NotInText(Draft::number(paragraph))) }
        };
        match edit {
            Edit::Reword { paragraph, rung } => {
                let p = in_text(paragraph)?;
                let ladder = &issues[p.issue].ladder;
                if rung >= ladder.len() {
                    return Err(EditError::NoSuchRung(rung));
                }
                if !ladder[rung].available && rung != p.rung {
                    return Err(EditError::NotAvailable(rung));
                }
            }
            Edit::Insert { issue, rung } => {
                let i = issues.get(issue).ok_or(EditError::NoSuchIssue(issue))?;
                if rung >= i.ladder.len() {
                    return Err(EditError::NoSuchRung(rung));
                }
                if !i.ladder[rung].available {
                    return Err(EditError::NotAvailable(rung));
                }
                if let Some(existing) = self.paragraph_on(issue) {
                    return Err(EditError::IssueCovered(Draft::number(existing)));
                }
            }
            Edit::Bracket { paragraph } => {
                if in_text(paragraph)?.status == ParagraphStatus::Bracketed {
                    return Err(EditError::AlreadyBracketed(Draft::number(paragraph)));
                }
            }
            Edit::Delete { paragraph } => {
                in_text(paragraph)?;
            }
            Edit::MoveToChairSummary { paragraph } => {
                in_text(paragraph)?;
                if !scenario.has_chair_summary() {
                    return Err(EditError::NoChairSummary);
                }
            }
            Edit::Unbracket { paragraph } => {
                if in_text(paragraph)?.status != ParagraphStatus::Bracketed {
                    return Err(EditError::NotBracketed(Draft::number(paragraph)));
                }
            }
        }
        Ok(())
    }

    /// Applies an edit that `check` allows; a person's own words go with a reword or an insertion.
    pub fn apply(&mut self, scenario: &Scenario, edit: Edit, own_words: Option<&str>) -> Result<(), EditError> {
        self.check(scenario, edit)?;
        let words = own_words.map(str::to_string);
        match edit {
            Edit::Reword { paragraph, rung } => {
                let p = &mut self.paragraphs[paragraph];
                p.rung = rung;
                p.own_words = words;
            }
            Edit::Insert { issue, rung } => {
                self.paragraphs.push(Paragraph { issue, rung, status: ParagraphStatus::Text, own_words: words })
            }
            Edit::Bracket { paragraph } => self.paragraphs[paragraph].status = ParagraphStatus::Bracketed,
            Edit::Unbracket { paragraph } => self.paragraphs[paragraph].status = ParagraphStatus::Text,
            Edit::Delete { paragraph } => self.paragraphs[paragraph].status = ParagraphStatus::Deleted,
            Edit::MoveToChairSummary { paragraph } => self.paragraphs[paragraph].status = ParagraphStatus::ChairSummary,
        }
        Ok(())
    }

    /// The issue an edit touches and where the text would then stand on it; `None` for
    /// brackets, which move nothing. Only for edits that `check` allows.
    pub fn effect(&self, issues: &[Issue], edit: Edit) -> Option<(usize, Placement)> {
        let at = |issue: usize, rung: usize| {
            let w = &issues[issue].ladder[rung];
            Placement { position: w.position, agreed: w.agreed }
        };
        match edit {
            Edit::Reword { paragraph, rung } => {
                let issue = self.paragraphs[paragraph].issue;
                Some((issue, at(issue, rung)))
            }
            Edit::Insert { issue, rung } => Some((issue, at(issue, rung))),
            Edit::Delete { paragraph } | Edit::MoveToChairSummary { paragraph } => {
                let issue = self.paragraphs[paragraph].issue;
                let i = &issues[issue];
                Some((issue, Placement { position: i.absent, agreed: (i.absent - i.status_quo).abs() < 1e-3 }))
            }
            Edit::Bracket { .. } | Edit::Unbracket { .. } => None,
        }
    }

    /// The issue an edit is about, for edits that `check` allows.
    pub fn issue_of(&self, edit: Edit) -> usize {
        match edit {
            Edit::Insert { issue, .. } => issue,
            Edit::Reword { paragraph, .. }
            | Edit::Bracket { paragraph }
            | Edit::Unbracket { paragraph }
            | Edit::Delete { paragraph }
            | Edit::MoveToChairSummary { paragraph } => self.paragraphs[paragraph].issue,
        }
    }
}
