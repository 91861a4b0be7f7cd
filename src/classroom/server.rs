//! The host's HTTP and WebSocket server: axum on a tokio runtime on its own thread. It serves
//! the student's page from `assets/web/`, and at `/ws` turns each browser's frames into checked
//! `ClientMessage`s for the session (size, shape, version and rate are checked here, before
//! anything else sees them). It holds no rules: the ECS side decides, and sends back text.

use std::collections::BTreeMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::Instant;

use axum::Router;
use axum::extract::State;
use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use futures_util::{SinkExt, StreamExt};
use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender, unbounded_channel};

use super::class::{ConnId, MAX_STUDENTS};
use super::protocol::{self, ClientMessage, ProtocolError, RateLimit, ServerMessage};

/// Frames larger than this close the connection (a protocol violation); up to it, an oversized
/// message is refused with a reason and the connection stays.
const HARD_FRAME_LIMIT: usize = 256 * 1024;
/// Messages dropped for rate in a row before the host closes a flooding connection.
const FLOOD_CLOSE_AFTER: u32 = 200;

/// Something that happened on a connection, for the session.
#[derive(Debug)]
pub enum Inbound {
    Opened {
        conn: ConnId,
        outbox: UnboundedSender<Outbound>,
    },
    Message {
        conn: ConnId,
        message: ClientMessage,
    },
    /// A message refused before it reached the session (already answered), for the host's log.
    Refused {
        conn: ConnId,
        error: ProtocolError,
    },
    Closed {
        conn: ConnId,
    },
}

/// What the session sends down one connection.
#[derive(Debug, Clone)]
pub enum Outbound {
    Text(Arc<str>),
    Close(String),
}

/// Wakes whoever drains the inbox (the window's event loop, the headless loop).
pub type Waker = Arc<dyn Fn() + Send + Sync>;

/// The page's files, read once at start, and its words in every language.
#[derive(Clone)]
pub struct WebFiles {
    files: Arc<BTreeMap<&'static str, (&'static str, String)>>,
    words: Arc<BTreeMap<String, String>>,
    default_language: Arc<str>,
}

impl WebFiles {
    /// Reads `assets/web/` (disk first, then the copies in the binary); `words` is the page's
    /// words as JSON per language, `default_language` the one a page gets when it asks for none
    /// or for one the game does not speak.
    pub fn load(words: BTreeMap<String, String>, default_language: &str) -> Result<WebFiles, crate::data::ReadError> {
        let mut files = BTreeMap::new();
        files.insert("/", ("text/html; charset=utf-8", crate::data::web_file("index.html")?));
        files.insert("/app.js", ("text/javascript; charset=utf-8", crate::data::web_file("app.js")?));
        files.insert("/style.css", ("text/css; charset=utf-8", crate::data::web_file("style.css")?));
        Ok(WebFiles { files: Arc::new(files), words: Arc::new(words), default_language: default_language.into() })
    }

    /// `/words.json?lang=fr-CA,de,en`: the words in the first language asked for that the game
    /// speaks (a student's choice, then the browser's), else in the default.
    fn words(&self, query: Option<&str>) -> Option<&String> {
        let asked = query
            .into_iter()
            .flat_map(|q| q.split('&'))
            .find_map(|pair| pair.strip_prefix("lang="))
            .and_then(|list| list.split([',', '%']).take(16).find_map(crate::text::known_language));
        asked.and_then(|lang| self.words.get(lang)).or_else(|| self.words.get(&*self.default_language))
    }
}

#[derive(Clone)]
struct Shared {
    inbox: UnboundedSender<Inbound>,
    waker: Waker,
    web: WebFiles,
    next_conn: Arc<AtomicU64>,
    open: Arc<AtomicUsize>,
    started: Instant,
}

/// The running server: its address, and the inbox the session drains.
pub struct Server {
    pub addr: SocketAddr,
    pub inbox: UnboundedReceiver<Inbound>,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Server {
    /// Binds `bind:port` (port 0 takes a free one) and serves on a thread of its own.
    pub fn start(bind: IpAddr, port: u16, web: WebFiles, waker: Waker) -> std::io::Result<Server> {
        let listener = std::net::TcpListener::bind((bind, port))?;
        listener.set_nonblocking(true)?;
        let addr = listener.local_addr()?;
        let (inbox_tx, inbox) = unbounded_channel();
        let (shutdown, stop) = tokio::sync::oneshot::channel::<()>();
        let shared = Shared {
            inbox: inbox_tx,
            waker,
            web,
            next_conn: Arc::new(AtomicU64::new(1)),
            open: Arc::new(AtomicUsize::new(0)),
            started: Instant::now(),
        };
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
        let thread = std::thread::Builder::new().name("classroom-server".into()).spawn(move || {
            runtime.block_on(async move {
                let Ok(listener) = tokio::net::TcpListener::from_std(listener) else { return };
                let app = Router::new().route("/ws", get(upgrade)).fallback(get(page)).with_state(shared);
                let _ = axum::serve(listener, app)
                    .with_graceful_shutdown(async move {
                        let _ = stop.await;
                    })
                    .await;
            });
        })?;
        Ok(Server { addr, inbox, shutdown: Some(shutdown), thread: Some(thread) })
    }

    /// Stops serving and waits for the thread.
    pub fn stop(&mut self) {
        if let Some(s) = self.shutdown.take() {
            let _ = s.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop();
    }
}

async fn page(State(shared): State<Shared>, uri: axum::http::Uri) -> Response {
    if uri.path() == "/words.json" {
        return match shared.web.words(uri.query()) {
            Some(words) => {
                ([(header::CONTENT_TYPE, "application/json"), (header::CACHE_CONTROL, "no-store")], words.clone())
                    .into_response()
            }
            None => (StatusCode::NOT_FOUND, "not found").into_response(),
        };
    }
    match shared.web.files.get(uri.path()) {
        Some((kind, body)) => {
            ([(header::CONTENT_TYPE, *kind), (header::CACHE_CONTROL, "no-store")], body.clone()).into_response()
        }
        None => (StatusCode::NOT_FOUND, "not found").into_response(),
    }
}

async fn upgrade(State(shared): State<Shared>, ws: WebSocketUpgrade) -> Response {
    if shared.open.load(Ordering::SeqCst) >= MAX_STUDENTS + 8 {
        return (StatusCode::SERVICE_UNAVAILABLE, "the room is full").into_response();
    }
    ws.max_message_size(HARD_FRAME_LIMIT)
        .max_frame_size(HARD_FRAME_LIMIT)
        .on_upgrade(move |socket| connection(shared, socket))
}

async fn connection(shared: Shared, socket: WebSocket) {
    let conn = shared.next_conn.fetch_add(1, Ordering::SeqCst);
    shared.open.fetch_add(1, Ordering::SeqCst);
    let (outbox, mut outgoing) = unbounded_channel::<Outbound>();
    let send = |event: Inbound| {
        let _ = shared.inbox.send(event);
        (shared.waker)();
    };
    send(Inbound::Opened { conn, outbox: outbox.clone() });
    let (mut sink, mut stream) = socket.split();
    // Writes: what the session sends, and the server's own refusals.
    let writer = tokio::spawn(async move {
        while let Some(out) = outgoing.recv().await {
            let frame = match out {
                Outbound::Text(text) => Message::Text(text.as_ref().into()),
                Outbound::Close(reason) => {
                    let close = CloseFrame { code: 1008, reason: reason.into() };
                    let _ = sink.send(Message::Close(Some(close))).await;
                    break;
                }
            };
            if sink.send(frame).await.is_err() {
                break;
            }
        }
    });
    let mut limit = RateLimit::new();
    let mut dropped = 0u32;
    let refuse = |error: &ProtocolError| {
        let _ = outbox.send(Outbound::Text(ServerMessage::refused(error.to_string()).to_json().into()));
    };
    while let Some(Ok(frame)) = stream.next().await {
        let bytes = match &frame {
            Message::Text(text) => text.as_bytes().to_vec(),
            Message::Binary(_) => {
                refuse(&ProtocolError::NotText);
                continue;
            }
            Message::Close(_) => break,
            Message::Ping(_) | Message::Pong(_) => continue,
        };
        if !limit.allow(shared.started.elapsed().as_secs_f64()) {
            dropped += 1;
            if dropped == 1 {
                refuse(&ProtocolError::TooFast);
                send(Inbound::Refused { conn, error: ProtocolError::TooFast });
            }
            if dropped >= FLOOD_CLOSE_AFTER {
                let _ = outbox.send(Outbound::Close(ProtocolError::TooFast.to_string()));
                break;
            }
            continue;
        }
        dropped = 0;
        match protocol::decode(&bytes) {
            Ok(message) => send(Inbound::Message { conn, message }),
            Err(error) => {
                refuse(&error);
                send(Inbound::Refused { conn, error });
            }
        }
    }
    send(Inbound::Closed { conn });
    drop(outbox);
    let _ = writer.await;
    shared.open.fetch_sub(1, Ordering::SeqCst);
}
