//! The negotiating text: numbered paragraphs, each one issue at one rung of its ladder.

use super::scenario::{Issue, Scenario};

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
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

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Paragraph {
    pub issue: usize,
    /// Index into the issue's ladder, 0 the strongest.
    pub rung: usize,
    pub status: ParagraphStatus,
}

impl Paragraph {
    pub fn counts(&self) -> bool {
        matches!(self.status, ParagraphStatus::Text | ParagraphStatus::Bracketed)
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Draft {
    pub text: usize,
    /// 0 for the opening draft, then Rev.1, Rev.2...
    pub revision: u32,
    pub paragraphs: Vec<Paragraph>,
}

impl Draft {
    pub fn opening(scenario: &Scenario, text: usize) -> Draft {
        Draft {
            text,
            revision: 0,
            paragraphs: scenario.texts[text]
                .opening
                .iter()
                .map(|&(issue, rung)| Paragraph { issue, rung, status: ParagraphStatus::Text })
                .collect(),
        }
    }

    /// Where the text stands on every issue: the rung's position for issues with a
    /// paragraph in the text, the issue's `absent` point otherwise.
    pub fn positions(&self, issues: &[Issue]) -> Vec<f32> {
        let mut positions: Vec<f32> = issues.iter().map(|i| i.absent).collect();
        self.fill_positions(issues, &mut positions);
        positions
    }

    pub fn fill_positions(&self, issues: &[Issue], positions: &mut [f32]) {
        for (p, issue) in positions.iter_mut().zip(issues) {
            *p = issue.absent;
        }
        for para in self.paragraphs.iter().filter(|p| p.counts()) {
            positions[para.issue] = issues[para.issue].ladder[para.rung].position;
        }
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    #[error("there is no paragraph {0}")]
    NoSuchParagraph(usize),
    #[error("paragraph {0} is no longer in the text")]
    NotInText(usize),
    #[error("the wording ladder of this issue has no rung {0}")]
    NoSuchRung(usize),
    #[error("the text already has paragraph {0} on this issue: amend it instead")]
    IssueCovered(usize),
    #[error("no issue {0}")]
    NoSuchIssue(usize),
    #[error("paragraph {0} is not in brackets")]
    NotBracketed(usize),
    #[error("this body has no chair's summary")]
    NoChairSummary,
}

impl Draft {
    /// Checks an edit against the text without applying it.
    pub fn check(&self, issues: &[Issue], edit: Edit) -> Result<(), EditError> {
        let in_text = |paragraph: usize| -> Result<&Paragraph, EditError> {
            let p = self.paragraphs.get(paragraph).ok_or(EditError::NoSuchParagraph(Draft::number(paragraph)))?;
            if p.counts() { Ok(p) } else { Err(EditError::NotInText(Draft::number(paragraph))) }
        };
        match edit {
            Edit::Reword { paragraph, rung } => {
                let p = in_text(paragraph)?;
                if rung >= issues[p.issue].ladder.len() {
                    return Err(EditError::NoSuchRung(rung));
                }
            }
            Edit::Insert { issue, rung } => {
                let i = issues.get(issue).ok_or(EditError::NoSuchIssue(issue))?;
                if rung >= i.ladder.len() {
                    return Err(EditError::NoSuchRung(rung));
                }
                if let Some(existing) = self.paragraph_on(issue) {
                    return Err(EditError::IssueCovered(Draft::number(existing)));
                }
            }
            Edit::Bracket { paragraph } | Edit::Delete { paragraph } | Edit::MoveToChairSummary { paragraph } => {
                in_text(paragraph)?;
            }
            Edit::Unbracket { paragraph } => {
                if in_text(paragraph)?.status != ParagraphStatus::Bracketed {
                    return Err(EditError::NotBracketed(Draft::number(paragraph)));
                }
            }
        }
        Ok(())
    }

    pub fn apply(&mut self, issues: &[Issue], edit: Edit) -> Result<(), EditError> {
        self.check(issues, edit)?;
        match edit {
            Edit::Reword { paragraph, rung } => self.paragraphs[paragraph].rung = rung,
            Edit::Insert { issue, rung } => {
                self.paragraphs.push(Paragraph { issue, rung, status: ParagraphStatus::Text })
            }
            Edit::Bracket { paragraph } => self.paragraphs[paragraph].status = ParagraphStatus::Bracketed,
            Edit::Unbracket { paragraph } => self.paragraphs[paragraph].status = ParagraphStatus::Text,
            Edit::Delete { paragraph } => self.paragraphs[paragraph].status = ParagraphStatus::Deleted,
            Edit::MoveToChairSummary { paragraph } => self.paragraphs[paragraph].status = ParagraphStatus::ChairSummary,
        }
        Ok(())
    }

    /// The issue an edit touches and where the text would then stand on it.
    pub fn effect(&self, issues: &[Issue], edit: Edit) -> Option<(usize, f32)> {
        match edit {
            Edit::Reword { paragraph, rung } => {
                let issue = self.paragraphs[paragraph].issue;
                Some((issue, issues[issue].ladder[rung].position))
            }
            Edit::Insert { issue, rung } => Some((issue, issues[issue].ladder[rung].position)),
            Edit::Delete { paragraph } | Edit::MoveToChairSummary { paragraph } => {
                let issue = self.paragraphs[paragraph].issue;
                Some((issue, issues[issue].absent))
            }
            Edit::Bracket { .. } | Edit::Unbracket { .. } => None,
        }
    }
}
