//! A headless student over the same WebSocket protocol as the page: it joins, takes a seat
//! and plays it as its capital's instructions suggest (the advice the host sends each seat).
//! It fills a room for rehearsal and for tests, and comes back to its seat with its token
//! when the connection drops.

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use tokio_tungstenite::tungstenite::Message;

use super::protocol::{ClientMessage, VERSION};

#[derive(Debug, Clone, Default)]
pub struct BotOptions {
    /// The host's address: `http://HOST:PORT` (or `ws://HOST:PORT/ws`).
    pub url: String,
    pub code: String,
    /// The seat to take; the first free delegation when `None`.
    pub seat: Option<String>,
    /// Come back to a seat already held.
    pub token: Option<String>,
    pub name: String,
    /// Send the seat's advice once per round of consultations.
    pub play: bool,
}

/// How a bot's session ended.
#[derive(Debug, Clone, PartialEq)]
pub struct BotResult {
    pub seat: String,
    pub token: String,
    pub outcomes: Vec<String>,
    /// Moves it sent.
    pub moves: u32,
    /// Times it came back after a dropped connection.
    pub rejoined: u32,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum BotError {
    #[error("the host refused: {0}")]
    Refused(String),
    #[error("lost the connection to the host for good: {0}")]
    Lost(String),
    #[error("{0}: expected http://HOST:PORT")]
    BadUrl(String),
}

/// The WebSocket address of a host given as `http://HOST:PORT[/]`.
pub fn ws_url(url: &str) -> Result<String, BotError> {
    let trimmed = url.trim().trim_end_matches('/');
    let rest = trimmed
        .strip_prefix("http://")
        .or_else(|| trimmed.strip_prefix("ws://"))
        .ok_or_else(|| BotError::BadUrl(url.to_string()))?;
    let host = rest.trim_end_matches("/ws");
    if host.is_empty() || host.contains('/') {
        return Err(BotError::BadUrl(url.to_string()));
    }
    Ok(format!("ws://{host}/ws"))
}

fn send_text(message: &ClientMessage) -> Message {
    Message::Text(serde_json::to_string(message).unwrap_or_default().into())
}

struct State {
    token: Option<String>,
    seat: Option<String>,
    /// A claim sent and not yet answered.
    claiming: Option<String>,
    tried: Vec<String>,
    /// (round, text) pairs already acted on.
    acted: Vec<(u64, usize)>,
    round: u64,
    phase: String,
    outcomes: Vec<String>,
    concluded: bool,
    moves: u32,
}

/// Plays one seat until the session concludes.
pub async fn run(options: BotOptions) -> Result<BotResult, BotError> {
    let url = ws_url(&options.url)?;
    let mut state = State {
        token: options.token.clone(),
        seat: None,
        claiming: None,
        tried: Vec::new(),
        acted: Vec::new(),
        round: 0,
        phase: String::new(),
        outcomes: Vec::new(),
        concluded: false,
        moves: 0,
    };
    let mut rejoined = 0;
    let mut failures = 0;
    loop {
        match session(&url, &options, &mut state).await {
            Ok(()) => {
                return Ok(BotResult {
                    seat: state.seat.unwrap_or_default(),
                    token: state.token.unwrap_or_default(),
                    outcomes: state.outcomes,
                    moves: state.moves,
                    rejoined,
                });
            }
            Err(BotError::Lost(why)) => {
                failures += 1;
                if failures > 8 || state.token.is_none() {
                    return Err(BotError::Lost(why));
                }
                tokio::time::sleep(Duration::from_millis(150 * failures)).await;
                rejoined += 1;
            }
            Err(other) => return Err(other),
        }
    }
}

/// One connection: hello, a seat, then play until the end or until the connection drops.
async fn session(url: &str, options: &BotOptions, state: &mut State) -> Result<(), BotError> {
    let (socket, _) = tokio_tungstenite::connect_async(url).await.map_err(|e| BotError::Lost(e.to_string()))?;
    let (mut sink, mut stream) = socket.split();
    let hello = ClientMessage::Hello {
        v: VERSION,
        code: options.code.clone(),
        name: options.name.clone(),
        token: state.token.clone(),
        lang: None,
    };
    sink.send(send_text(&hello)).await.map_err(|e| BotError::Lost(e.to_string()))?;
    let mut welcomed = false;
    let mut last_seats = serde_json::Value::Null;
    let mut last_view = serde_json::Value::Null;
    while let Some(frame) = stream.next().await {
        let frame = frame.map_err(|e| BotError::Lost(e.to_string()))?;
        let Message::Text(text) = frame else { continue };
        let Ok(value) = serde_json::from_str::<serde_json::Value>(text.as_str()) else { continue };
        let mut replies = Vec::new();
        match value["type"].as_str().unwrap_or_default() {
            "welcome" => {
                welcomed = true;
                last_seats = value["seats"].clone();
                state.token = value["token"].as_str().map(str::to_string);
                match value["seat"].as_str() {
                    Some(seat) => state.seat = Some(seat.to_string()),
                    None => {
                        state.claiming = None;
                        if let Some(seat) = choose_seat(options, state, &value["seats"]) {
                            state.claiming = Some(seat.clone());
                            replies.push(ClientMessage::Claim { v: VERSION, seat });
                        }
                    }
                }
            }
            "refused" => {
                let reason = value["reason"].as_str().unwrap_or_default().to_string();
                if !welcomed {
                    return Err(BotError::Refused(reason));
                }
                // A claim turned down (the seat taken meanwhile): another, unless this one was asked for.
                if state.seat.is_none() && state.claiming.take().is_some() {
                    if options.seat.is_some() {
                        return Err(BotError::Refused(reason));
                    }
                    if let Some(seat) = choose_seat(options, state, &last_seats) {
                        state.claiming = Some(seat.clone());
                        replies.push(ClientMessage::Claim { v: VERSION, seat });
                    }
                }
            }
            "seats" => {
                last_seats = value["seats"].clone();
                if state.seat.is_none()
                    && state.claiming.is_none()
                    && let Some(seat) = choose_seat(options, state, &last_seats)
                {
                    state.claiming = Some(seat.clone());
                    replies.push(ClientMessage::Claim { v: VERSION, seat });
                }
            }
            "table" => {
                let table = &value["table"];
                state.round = table["round"].as_u64().unwrap_or(0);
                state.phase = table["phase"].as_str().unwrap_or_default().to_string();
                if table["concluded"].as_bool() == Some(true) {
                    state.outcomes = table["outcomes"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .filter_map(|o| o.as_str().map(str::to_string))
                        .collect();
                    state.concluded = true;
                }
            }
            "seat" => {
                let seat = &value["seat"];
                if let Some(code) = seat["seat"].as_str() {
                    state.seat = Some(code.to_string());
                    state.claiming = None;
                }
                last_view = seat.clone();
            }
            _ => {}
        }
        // Once a round of consultations, the amendment its instructions point to (the view only
        // comes again when it changes, so the last one counts).
        if options.play && state.phase == "consultations" {
            for (t, mine) in last_view["texts"].as_array().into_iter().flatten().enumerate() {
                let key = (state.round, t);
                if state.acted.contains(&key) || mine["advice"].is_null() {
                    continue;
                }
                if let Ok(intent) = serde_json::from_value(mine["advice"].clone()) {
                    state.acted.push(key);
                    state.moves += 1;
                    replies.push(ClientMessage::Move { v: VERSION, intent });
                }
            }
        }
        for reply in replies {
            sink.send(send_text(&reply)).await.map_err(|e| BotError::Lost(e.to_string()))?;
        }
        if state.concluded {
            let _ = sink.close().await;
            return Ok(());
        }
    }
    Err(BotError::Lost(String::from("the host closed the connection")))
}

/// The seat asked for, or the first free delegation not tried yet.
fn choose_seat(options: &BotOptions, state: &mut State, seats: &serde_json::Value) -> Option<String> {
    if let Some(seat) = &options.seat {
        return (!state.tried.contains(seat)).then(|| {
            state.tried.push(seat.clone());
            seat.clone()
        });
    }
    let free = seats.as_array().into_iter().flatten().find_map(|s| {
        let code = s["seat"].as_str()?;
        (s["free"].as_bool() == Some(true) && code != "chair" && !state.tried.iter().any(|t| t == code))
            .then(|| code.to_string())
    })?;
    state.tried.push(free.clone());
    Some(free)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_host_address_becomes_its_websocket() {
        assert_eq!(ws_url("http://192.168.1.5:7878/"), Ok("ws://192.168.1.5:7878/ws".into()));
        assert_eq!(ws_url("ws://127.0.0.1:9/ws"), Ok("ws://127.0.0.1:9/ws".into()));
        assert!(ws_url("ftp://x").is_err());
        assert!(ws_url("http://").is_err());
        assert!(ws_url("http://a/b/c").is_err());
    }
}
