//! The classroom's wire format: versioned JSON over WebSocket text frames, documented in
//! `docs/protocol.md`. Everything a browser sends is untrusted: `decode` checks size, shape
//! and version before anything else looks at it, and never panics.

use serde::{Deserialize, Serialize};

use crate::model::Intent;

/// The protocol version; a message with another `v` is refused with the reason.
pub const VERSION: u32 = 1;
/// The largest message a client may send (bytes). Larger ones are refused, unread.
pub const MAX_MESSAGE: usize = 16 * 1024;
/// The most a client's name may hold (characters).
pub const MAX_NAME: usize = 40;
/// Messages a client may send per second, on average, and in a burst.
pub const RATE_PER_SECOND: f64 = 20.0;
pub const BURST: f64 = 40.0;

/// What a browser (or a bot) asks of the host.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum ClientMessage {
    /// Join the room with its code, or come back with the token the host gave.
    Hello {
        v: u32,
        code: String,
        name: String,
        #[serde(default)]
        token: Option<String>,
        /// The language the student reads ("fr"); one the game does not speak gives the instructor's.
        #[serde(default)]
        lang: Option<String>,
    },
    /// Read the room in another language from now on: one of the six ("ar", "zh", "en", "fr", "ru", "es").
    Language {
        v: u32,
        lang: String,
    },
    /// Take a free seat: a delegation's ISO 3166 alpha-3 code, or "chair" where the instructor opened it.
    Claim {
        v: u32,
        seat: String,
    },
    /// Give the seat back (the AI plays it again).
    Release {
        v: u32,
    },
    /// An intent for the seat this client holds; the host sets the sender, never the client.
    Move {
        v: u32,
        intent: Intent,
    },
    /// Take back a waiting move by its number.
    Withdraw {
        v: u32,
        id: u64,
    },
    /// Read free text as a paragraph: which issue and which wording it comes closest to.
    Read {
        v: u32,
        words: String,
    },
    /// What a proposal or a penholder's edit (the intent a `move` would carry) would do to the
    /// chance of consensus, before it is sent. The latest ask of a connection replaces its last.
    WhatIf {
        v: u32,
        intent: Intent,
    },
    Ping {
        v: u32,
    },
}

impl ClientMessage {
    pub fn version(&self) -> u32 {
        match self {
            ClientMessage::Hello { v, .. }
            | ClientMessage::Claim { v, .. }
            | ClientMessage::Release { v }
            | ClientMessage::Move { v, .. }
            | ClientMessage::Withdraw { v, .. }
            | ClientMessage::Read { v, .. }
            | ClientMessage::Language { v, .. }
            | ClientMessage::WhatIf { v, .. }
            | ClientMessage::Ping { v } => *v,
        }
    }

    /// The message's type, for the host's log.
    pub fn kind(&self) -> &'static str {
        match self {
            ClientMessage::Hello { .. } => "hello",
            ClientMessage::Claim { .. } => "claim",
            ClientMessage::Release { .. } => "release",
            ClientMessage::Move { .. } => "move",
            ClientMessage::Withdraw { .. } => "withdraw",
            ClientMessage::Read { .. } => "read",
            ClientMessage::Language { .. } => "language",
            ClientMessage::WhatIf { .. } => "what_if",
            ClientMessage::Ping { .. } => "ping",
        }
    }
}

/// Why a message was refused before it reached the session.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProtocolError {
    #[error("the message is {0} bytes; the most is {MAX_MESSAGE}")]
    TooLarge(usize),
    #[error("the message is not JSON of a known type: {0}")]
    Malformed(String),
    #[error("protocol version {0}; this host speaks version {VERSION}")]
    Version(u32),
    #[error("too many messages: at most {RATE_PER_SECOND} a second")]
    TooFast,
    #[error("send text frames of JSON")]
    NotText,
}

/// Checks and parses one message from a client.
pub fn decode(bytes: &[u8]) -> Result<ClientMessage, ProtocolError> {
    if bytes.len() > MAX_MESSAGE {
        return Err(ProtocolError::TooLarge(bytes.len()));
    }
    let message: ClientMessage = serde_json::from_slice(bytes).map_err(|e| {
        // Say what was wrong, not what was sent: the error's category and position only.
        ProtocolError::Malformed(format!("{:?} at line {} column {}", e.classify(), e.line(), e.column()))
    })?;
    if message.version() != VERSION {
        return Err(ProtocolError::Version(message.version()));
    }
    Ok(message)
}

/// A token bucket: `RATE_PER_SECOND` on average, `BURST` at once.
#[derive(Debug, Clone)]
pub struct RateLimit {
    tokens: f64,
    last: f64,
}

impl RateLimit {
    pub fn new() -> RateLimit {
        RateLimit { tokens: BURST, last: 0.0 }
    }

    /// Whether a message arriving at `now` (seconds, any monotonic origin) may pass.
    pub fn allow(&mut self, now: f64) -> bool {
        let elapsed = (now - self.last).max(0.0);
        self.last = now;
        self.tokens = (self.tokens + elapsed * RATE_PER_SECOND).min(BURST);
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

impl Default for RateLimit {
    fn default() -> Self {
        RateLimit::new()
    }
}

/// One seat as the join screen lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SeatEntry {
    /// "FRA", or "chair".
    pub seat: String,
    pub name: String,
    /// The student's name when a person holds it.
    pub taken_by: Option<String>,
    /// Whether this client may take it (free, or assigned to it).
    pub free: bool,
}

/// What the host sends. `table` is the same for everyone; `seat` is private to one seat.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ServerMessage {
    Welcome {
        v: u32,
        token: String,
        name: String,
        /// The seat this client holds, when it came back to one.
        seat: Option<String>,
        scenario: String,
        seats: Vec<SeatEntry>,
    },
    Seats {
        v: u32,
        seats: Vec<SeatEntry>,
    },
    Table {
        v: u32,
        table: Box<super::view::TableView>,
    },
    Seat {
        v: u32,
        seat: Box<super::view::SeatView>,
    },
    /// New lines of the public record, from line `from` (0-based).
    Log {
        v: u32,
        from: usize,
        lines: Vec<String>,
    },
    Reading {
        v: u32,
        reading: super::view::ReadingView,
    },
    /// A move was queued with this number.
    Accepted {
        v: u32,
        id: u64,
    },
    Refused {
        v: u32,
        reason: String,
        /// A stable key for the kind of refusal, when a client may act on it ("web-refused-unknown-token").
        #[serde(skip_serializing_if = "Option::is_none")]
        key: Option<String>,
    },
    /// A message from the instructor or an event, for everyone or this seat.
    Notice {
        v: u32,
        text: String,
    },
    /// The answer to a `what_if`: the intent asked about and, in the reader's language, "With this
    /// wording: 71% (+9)". Sent again whenever the state moves and the answer with it.
    WhatIf {
        v: u32,
        intent: Intent,
        line: String,
    },
    Pong {
        v: u32,
    },
}

impl ServerMessage {
    pub fn refused(reason: impl Into<String>) -> ServerMessage {
        ServerMessage::Refused { v: VERSION, reason: reason.into(), key: None }
    }

    pub fn to_json(&self) -> String {
        // Our own types always serialise.
        serde_json::to_string(self).unwrap_or_else(|_| String::from("{}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_refuses_what_is_not_a_message_of_this_version() {
        assert!(matches!(decode(b"{\"type\":\"ping\",\"v\":1}"), Ok(ClientMessage::Ping { v: 1 })));
        assert_eq!(decode(b"{\"type\":\"ping\",\"v\":2}"), Err(ProtocolError::Version(2)));
        assert!(matches!(decode(b"{\"type\":\"ping\"}"), Err(ProtocolError::Malformed(_))));
        assert!(matches!(decode(b"{\"type\":\"shout\",\"v\":1}"), Err(ProtocolError::Malformed(_))));
        assert!(matches!(decode(b"\xff\xfe"), Err(ProtocolError::Malformed(_))));
        let big = vec![b' '; MAX_MESSAGE + 1];
        assert_eq!(decode(&big), Err(ProtocolError::TooLarge(MAX_MESSAGE + 1)));
        let secret = decode(b"{\"type\":\"hello\",\"v\":1,\"code\":1234,\"name\":\"supersecret\"}");
        assert!(matches!(&secret, Err(ProtocolError::Malformed(m)) if !m.contains("supersecret")));
        let moved = decode(br#"{"type":"move","v":1,"intent":{"Lobby":{"target":3,"issue":2}}}"#);
        assert_eq!(moved, Ok(ClientMessage::Move { v: 1, intent: Intent::Lobby { target: 3, issue: 2 } }));
    }

    #[test]
    fn the_rate_limit_lets_a_burst_through_then_the_average() {
        let mut limit = RateLimit::new();
        let passed = (0..100).filter(|_| limit.allow(0.0)).count();
        assert_eq!(passed, BURST as usize);
        assert!(!limit.allow(0.01));
        assert!(limit.allow(0.2), "time refills the bucket");
    }
}
