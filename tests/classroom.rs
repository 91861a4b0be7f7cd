//! The classroom end to end, on loopback: a headless host and 40 bots complete a session;
//! spoofed, malformed, oversized and flooding messages are refused while the session goes
//! on; a student who drops comes back to its seat with its token and nothing lost; and a real
//! browser (Debian's chromium, driven through chromium-driver) joins, revises the text and
//! sees the count change. One test binary, to keep linking time down.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use oewg_sim::classroom::bot::{self, BotOptions};
use oewg_sim::classroom::headless::{self, Control, Ended, HostOptions, Started};
use oewg_sim::classroom::host::InstructorAction;
use oewg_sim::model::intent::Intent;
use oewg_sim::model::save::Start;
use oewg_sim::model::{Edit, Seat, Sender};
use oewg_sim::sim::SessionSetup;
use oewg_sim::text::Locale;
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;

fn options(code: &str, pace: f32, start_when_seated: usize) -> HostOptions {
    HostOptions {
        bind: IpAddr::from([127, 0, 0, 1]),
        port: 0,
        code: Some(code.into()),
        pace,
        start_when_seated,
        give_up_after: Duration::from_secs(300),
        export_dir: std::env::temp_dir().join(format!("oewg-class-{}-{code}", std::process::id())),
    }
}

/// A headless host on its own thread: where it listens, the instructor's hand, and its end.
struct Hosted {
    started: Started,
    control: Control,
    thread: std::thread::JoinHandle<Result<Ended, String>>,
}

impl Hosted {
    fn url(&self) -> String {
        format!("http://{}/", self.started.address)
    }
    fn ws(&self) -> String {
        format!("ws://{}/ws", self.started.address)
    }
    /// Runs the session to its end, a step at a time, and waits for the host.
    fn finish(self) -> Ended {
        let begun = Instant::now();
        while !self.thread.is_finished() && begun.elapsed() < Duration::from_secs(120) {
            self.control.send(InstructorAction::Advance);
            std::thread::sleep(Duration::from_millis(30));
        }
        self.thread.join().expect("the host thread").expect("the host ends well")
    }
}

fn host(scenario: &str, options: HostOptions) -> Hosted {
    let (file, scenario) = oewg_sim::scenario::load_named(scenario).unwrap_or_else(|d| panic!("{d}"));
    let setup = SessionSetup::new(Arc::new(scenario), file, Start { seed: 3, people: Vec::new() });
    let (tx, rx) = mpsc::channel();
    let thread = std::thread::spawn(move || {
        headless::run(setup, options, Arc::new(Locale::english()), move |started, control| {
            let _ = tx.send((started.clone(), control));
        })
    });
    let (started, control) = rx.recv_timeout(Duration::from_secs(30)).expect("the host starts");
    Hosted { started, control, thread }
}

type Socket = tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// A raw client for the tests that misbehave on purpose.
struct Raw {
    socket: Socket,
}

impl Raw {
    async fn connect(url: &str) -> Raw {
        let (socket, _) = tokio_tungstenite::connect_async(url).await.expect("connects");
        Raw { socket }
    }
    async fn send(&mut self, value: Value) {
        self.send_text(value.to_string()).await;
    }
    async fn send_text(&mut self, text: String) {
        let _ = self.socket.send(Message::Text(text.into())).await;
    }
    /// The next message of `kind`, skipping others (bounded in time).
    async fn next_of(&mut self, kind: &str) -> Value {
        self.next_where(|m| m["type"] == kind).await.unwrap_or_else(|| panic!("no {kind} message came"))
    }
    async fn next_where(&mut self, want: impl Fn(&Value) -> bool) -> Option<Value> {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
        loop {
            let frame = tokio::time::timeout_at(deadline, self.socket.next()).await.ok()??.ok()?;
            if let Message::Text(text) = frame
                && let Ok(value) = serde_json::from_str::<Value>(text.as_str())
                && want(&value)
            {
                return Some(value);
            }
        }
    }
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread().worker_threads(4).enable_all().build().unwrap()
}

#[test]
fn forty_bots_complete_a_session_and_it_replays() {
    let hosted = host("oewg_2019", options("FORTY1", 0.05, 40));
    let url = hosted.url();
    let results = runtime().block_on(async {
        let bots: Vec<_> = (0..40)
            .map(|i| {
                let options = BotOptions {
                    url: url.clone(),
                    code: "forty1".into(),
                    name: format!("bot {i}"),
                    play: true,
                    ..Default::default()
                };
                tokio::spawn(bot::run(options))
            })
            .collect();
        let mut results = Vec::new();
        for b in bots {
            results.push(b.await.unwrap());
        }
        results
    });
    let ended = hosted.thread.join().unwrap().expect("the host ends well");
    let mut seats: Vec<String> = Vec::new();
    for r in &results {
        let r = r.as_ref().expect("every bot completes the session");
        assert_eq!(r.outcomes, ended.outcomes, "every bot sees the host's outcome");
        seats.push(r.seat.clone());
    }
    seats.sort();
    seats.dedup();
    assert_eq!(seats.len(), 40, "40 different seats");
    assert!(results.iter().map(|r| r.as_ref().unwrap().moves).sum::<u32>() > 0, "the bots play their seats");
    // The session is a save like any other: it replays to the same state, step by step.
    let save = ended.save.expect("a save of the session");
    let (_, scenario) = oewg_sim::scenario::load_named("oewg_2019").unwrap();
    let replayed = save.replay(Arc::new(scenario));
    assert!(replayed.is_ok(), "{:?}", replayed.err());
    let people: usize = save.steps.iter().flatten().filter(|m| matches!(m.by, Sender::Delegation(_))).count();
    assert!(people > 0, "the students' moves are in the save");
    assert_eq!(ended.exports.len(), 2, "Markdown and CSV");
    let csv = std::fs::read_to_string(&ended.exports[1]).unwrap();
    assert_eq!(csv.lines().count(), 41, "a header and one row per student");
}

#[test]
fn spoofed_malformed_oversized_and_flooding_messages_are_refused_and_the_session_goes_on() {
    let hosted = host("tutorial", options("TRUST1", 0.2, 2));
    let (url, ws) = (hosted.url(), hosted.ws());
    runtime().block_on(async {
        let mut a = Raw::connect(&ws).await;
        a.send(json!({"v": 1, "type": "hello", "code": "TRUST1", "name": "Ada"})).await;
        a.next_of("welcome").await;
        a.send(json!({"v": 1, "type": "claim", "seat": "USA"})).await;
        let seat = a.next_of("seat").await;
        assert_eq!(seat["seat"]["seat"], "USA");
        // A seat acts only for itself: the instructor's and the penholder's moves are refused.
        let assign = Intent::Assign { seat: Seat::Delegation(0), holder: oewg_sim::model::Holder::Person };
        a.send(json!({"v": 1, "type": "move", "intent": assign})).await;
        assert!(a.next_of("refused").await["reason"].as_str().unwrap().to_lowercase().contains("instructor"));
        let edit = Intent::ChairEdit { text: 0, edit: Edit::Delete { paragraph: 0 } };
        a.send(json!({"v": 1, "type": "move", "intent": edit})).await;
        a.next_of("refused").await;
        // A what-if weighs a wording only, one the model would accept, and answers in words.
        let lobby = Intent::Lobby { target: 1, issue: 0 };
        a.send(json!({"v": 1, "type": "what_if", "intent": lobby})).await;
        assert_eq!(a.next_of("refused").await["key"], "web-refused-not-an-amendment");
        let nowhere = Intent::Propose { text: 0, edit: Edit::Reword { paragraph: 99, rung: 0 }, own_words: None };
        a.send(json!({"v": 1, "type": "what_if", "intent": nowhere})).await;
        assert!(a.next_of("refused").await["reason"].as_str().unwrap().contains("100"));
        let weaker = Intent::Propose { text: 0, edit: Edit::Reword { paragraph: 0, rung: 1 }, own_words: None };
        a.send(json!({"v": 1, "type": "what_if", "intent": weaker})).await;
        let answer = a.next_of("what_if").await;
        assert_eq!(answer["intent"], json!(weaker));
        assert!(answer["line"].as_str().unwrap().starts_with("With this wording: "), "{answer}");
        // Someone else cannot take a held seat, nor come in with a forged token.
        let mut b = Raw::connect(&ws).await;
        b.send(json!({"v": 1, "type": "hello", "code": "TRUST1", "name": "Eve", "token": "0123456789abcdef0123456789abcdef"})).await;
        assert_eq!(b.next_of("refused").await["key"], "web-refused-unknown-token");
        b.send(json!({"v": 1, "type": "hello", "code": "WRONG", "name": "Eve"})).await;
        assert_eq!(b.next_of("refused").await["key"], "web-refused-wrong-code");
        b.send(json!({"v": 1, "type": "hello", "code": "TRUST1", "name": "Eve"})).await;
        b.next_of("welcome").await;
        b.send(json!({"v": 1, "type": "claim", "seat": "USA"})).await;
        assert_eq!(b.next_of("refused").await["key"], "web-refused-seat-taken");
        // Malformed, another version, oversized: refused with a reason, and the connection stays.
        a.send_text("{not json".into()).await;
        assert!(a.next_of("refused").await["reason"].as_str().unwrap().contains("JSON"));
        a.send(json!({"v": 9, "type": "ping"})).await;
        assert!(a.next_of("refused").await["reason"].as_str().unwrap().contains("version"));
        a.send_text(format!("{{\"v\":1,\"type\":\"read\",\"words\":\"{}\"}}", "x".repeat(20_000))).await;
        assert!(a.next_of("refused").await["reason"].as_str().unwrap().contains("bytes"));
        a.send(json!({"v": 1, "type": "ping"})).await;
        a.next_of("pong").await;
        // A flood is cut short, then the connection is closed.
        let mut flood = Raw::connect(&ws).await;
        for _ in 0..600 {
            flood.send(json!({"v": 1, "type": "ping"})).await;
        }
        let slowed = flood.next_where(|m| m["type"] == "refused" && m["reason"].as_str().unwrap_or_default().contains("too many")).await;
        assert!(slowed.is_some(), "told to slow down");
        assert!(flood.next_where(|_| false).await.is_none(), "the flooding connection is closed");
        // Meanwhile a well-behaved student completes the session.
        let result = bot::run(BotOptions { url, code: "TRUST1".into(), name: "Bob".into(), play: true, ..Default::default() })
            .await
            .expect("the session goes on");
        assert!(!result.outcomes.is_empty());
    });
    let ended = hosted.thread.join().unwrap().expect("the host never falls over");
    assert!(!ended.outcomes.is_empty());
}

#[test]
fn a_student_who_drops_comes_back_to_the_same_seat_with_nothing_lost() {
    // The session waits for two seats: nothing moves while the student is away.
    let hosted = host("tutorial", options("BACK42", 3600.0, 2));
    let ws = hosted.ws();
    let (token, pending_before) = runtime().block_on(async {
        let mut a = Raw::connect(&ws).await;
        a.send(json!({"v": 1, "type": "hello", "code": "BACK42", "name": "Ada"})).await;
        let token = a.next_of("welcome").await["token"].as_str().unwrap().to_string();
        a.send(json!({"v": 1, "type": "claim", "seat": "CHN"})).await;
        a.next_of("seat").await;
        let declare = Intent::Declare {
            text: 0,
            stand: oewg_sim::model::Stand::Object,
            explanation: Some("On instructions.".into()),
        };
        a.send(json!({"v": 1, "type": "move", "intent": declare})).await;
        let seat = a
            .next_where(|m| m["type"] == "seat" && !m["seat"]["pending"].as_array().unwrap().is_empty())
            .await
            .unwrap();
        let pending = seat["seat"]["pending"].clone();
        drop(a);
        (token, pending)
    });
    runtime().block_on(async {
        let mut again = Raw::connect(&ws).await;
        again.send(json!({"v": 1, "type": "hello", "code": "BACK42", "name": "", "token": token})).await;
        let welcome = again.next_of("welcome").await;
        assert_eq!(welcome["seat"], "CHN", "the same seat");
        let seat = again.next_of("seat").await;
        assert_eq!(seat["seat"]["pending"], pending_before, "its waiting move is still there");
    });
    let ended = hosted.finish();
    let save = ended.save.unwrap();
    let (_, scenario) = oewg_sim::scenario::load_named("tutorial").unwrap();
    let chn = Sender::Delegation(scenario.delegation_index("CHN").unwrap());
    let declared = save.steps.iter().flatten().any(|m| m.by == chn && matches!(m.intent, Intent::Declare { .. }));
    assert!(declared, "the student's intent is in the session's save");
    assert!(save.replay(Arc::new(scenario)).is_ok());
}

// ------------------------------------------------------------------ a real browser

/// A small scenario made so that the student's revision must change the count: Russia objects
/// to the opening paragraph on humanitarian law, France (the student) holds the pen.
const BROWSER_SCENARIO: &str = r#"Scenario(
    id: "class_browser_test",
    title: "Classroom test: one paragraph",
    premise: "Made for a test: the student holds the pen.",
    body: "first_committee",
    date: "2021-03-12",
    bodies: "bodies.ron",
    member_states: "member_states.ron",
    issues: "issues.ron",
    rosters: "rosters.ron",
    stances: ["stances.ron"],
    stance_overrides: [
        Rule(who: State("RUS"), issue: "international_humanitarian_law", ideal: 20.0, salience: 90.0, source: Estimate("a test")),
        Rule(who: State("FRA"), issue: "international_humanitarian_law", ideal: 40.0, salience: 20.0, source: Estimate("a test")),
        Rule(who: State("USA"), issue: "international_humanitarian_law", ideal: 100.0, salience: 10.0, source: Estimate("a test")),
    ],
    seats: States(["FRA", "RUS", "USA"]),
    fallback: RecordedVote,
    rounds: 2,
    texts: [
        Text(id: "T", title: "A test text", penholder: Sponsor("FRA"), paragraphs: [
            Paragraph(issue: "international_humanitarian_law", rung: 0),
        ]),
    ],
    history: History(outcome: "none: a test"),
)
"#;

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// chromium-driver on a free port, killed when dropped.
struct Driver(std::process::Child, u16);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn driver() -> Driver {
    let port = free_port();
    let path = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"]
        .into_iter()
        .find(|p| std::path::Path::new(p).exists())
        .expect("chromium-driver is installed (bash .ci/run installs chromium and chromium-driver)");
    let child = std::process::Command::new(path)
        .arg(format!("--port={port}"))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("chromedriver starts");
    let begun = Instant::now();
    while std::net::TcpStream::connect(SocketAddr::from(([127, 0, 0, 1], port))).is_err() {
        assert!(begun.elapsed() < Duration::from_secs(20), "chromedriver did not listen");
        std::thread::sleep(Duration::from_millis(100));
    }
    Driver(child, port)
}

/// The text of `css` once it contains `want` (bounded in time).
async fn wait_for_text(client: fantoccini::Client, css: &'static str, want: String) -> String {
    let begun = Instant::now();
    loop {
        let now = client.find(fantoccini::Locator::Css(css)).await.unwrap().text().await.unwrap();
        if now.contains(&want) {
            return now;
        }
        assert!(begun.elapsed() < Duration::from_secs(20), "{css} never showed {want:?}: {now:?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[test]
fn a_student_in_a_real_browser_revises_the_text_and_sees_the_count_change() {
    use fantoccini::{ClientBuilder, Locator};
    // The scenario beside copies of the shipped data it refers to.
    let dir = std::env::temp_dir().join(format!("oewg-browser-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
    }
    let file = dir.join("class_browser_test.ron");
    std::fs::write(&file, BROWSER_SCENARIO).unwrap();
    let hosted = host(file.to_str().unwrap(), options("PAGE42", 3600.0, 0));
    let driver = driver();
    let shots = std::env::temp_dir().join(format!("oewg-shots-{}", std::process::id()));
    std::fs::create_dir_all(&shots).unwrap();
    let url = hosted.url();
    let control = hosted.control.clone();
    runtime().block_on(async {
        let mut caps = serde_json::Map::new();
        caps.insert(
            "goog:chromeOptions".into(),
            json!({"args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=390,844"]}),
        );
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{}", driver.1))
            .await
            .expect("a browser session");
        let text_of = |css: &'static str| {
            let client = client.clone();
            async move { client.find(Locator::Css(css)).await.unwrap().text().await.unwrap() }
        };
        let wait_for_text = |css: &'static str, want: String| wait_for_text(client.clone(), css, want);
        client.goto(&url).await.unwrap();
        client.wait().for_element(Locator::Css("#join-code")).await.unwrap().send_keys("page42").await.unwrap();
        client.find(Locator::Css("#join-name")).await.unwrap().send_keys("Ada\n").await.unwrap();
        client.wait().for_element(Locator::Css("#seat-list li button")).await.unwrap();
        client.find(Locator::Css("#seat-search")).await.unwrap().send_keys("France").await.unwrap();
        client.find(Locator::Css("#seat-list li button")).await.unwrap().click().await.unwrap();
        wait_for_text("#you", "France".into()).await;
        // Open the session: the opening, the general exchange, consultations.
        control.send(InstructorAction::Advance);
        control.send(InstructorAction::Advance);
        let l = Locale::english();
        wait_for_text("#phase", l.t("phase-consultations")).await;
        let before = text_of("#counts").await;
        assert!(before.contains("RUS"), "Russia objects to the opening text: {before}");
        std::fs::write(shots.join("student-phone.png"), client.screenshot().await.unwrap()).unwrap();
        // Revise paragraph 1 to its weakest wording, as the penholder.
        client.find(Locator::Css("#tabs button[data-tab=act]")).await.unwrap().click().await.unwrap();
        client.find(Locator::Css("#para-choice")).await.unwrap().select_by_value("p0").await.unwrap();
        client.find(Locator::Css("#rung-choice")).await.unwrap().select_by_value("5").await.unwrap();
        // Before it is sent, the host weighs the wording: "With this wording: 100% (+100)".
        let what_if = wait_for_text("#what-if", "%".into()).await;
        assert!(what_if.starts_with("With this wording: ") && what_if.contains('('), "{what_if}");
        std::fs::write(shots.join("student-what-if.png"), client.screenshot().await.unwrap()).unwrap();
        client.find(Locator::Css("#propose-button")).await.unwrap().click().await.unwrap();
        tokio::time::sleep(Duration::from_millis(300)).await;
        control.send(InstructorAction::Advance);
        let after = wait_for_text("#counts", l.t("count-no-objections")).await;
        assert_ne!(before, after);
        client.find(Locator::Css("#tabs button[data-tab=draft]")).await.unwrap().click().await.unwrap();
        std::fs::write(shots.join("student-phone-after.png"), client.screenshot().await.unwrap()).unwrap();
        client.set_window_size(1280, 800).await.unwrap();
        tokio::time::sleep(Duration::from_millis(300)).await;
        std::fs::write(shots.join("student-laptop.png"), client.screenshot().await.unwrap()).unwrap();
        client.close().await.unwrap();
    });
    for name in ["student-phone.png", "student-what-if.png", "student-phone-after.png", "student-laptop.png"] {
        let png = std::fs::read(shots.join(name)).unwrap();
        assert!(png.starts_with(b"\x89PNG") && png.len() > 10_000, "{name} is a real screenshot");
    }
    if let Ok(keep) = std::env::var("OEWG_SIM_SCREENSHOTS") {
        for name in ["student-phone.png", "student-what-if.png", "student-laptop.png"] {
            std::fs::copy(shots.join(name), std::path::Path::new(&keep).join(name)).unwrap();
        }
    }
    drop(driver);
    hosted.finish();
}

/// One class, three languages: a phone whose browser reads Chinese gets the page and the room in
/// Chinese, then switches to Arabic (right to left); a client that asks for French gets French
/// beside them; a language the game does not speak is refused with a reason.
#[test]
fn each_student_reads_the_room_in_their_own_language() {
    use fantoccini::{ClientBuilder, Locator};
    let hosted = host("tutorial", options("LANG42", 3600.0, 0));
    let driver = driver();
    let shots = std::env::temp_dir().join(format!("oewg-lang-shots-{}", std::process::id()));
    std::fs::create_dir_all(&shots).unwrap();
    let (url, ws, control) = (hosted.url(), hosted.ws(), hosted.control.clone());
    let (zh, ar, fr) = (Locale::load("zh").0, Locale::load("ar").0, Locale::load("fr").0);
    let en = Locale::english();
    for l in [&zh, &ar, &fr] {
        assert_ne!(l.t("phase-consultations"), en.t("phase-consultations"), "{} is translated", l.language);
        assert_ne!(l.t("web-join-heading"), en.t("web-join-heading"), "{} is translated", l.language);
    }
    runtime().block_on(async {
        // A French reader beside the browser.
        let mut french = Raw::connect(&ws).await;
        french.send(json!({"v": 1, "type": "hello", "code": "LANG42", "name": "Émile", "lang": "fr-FR"})).await;
        french.next_of("welcome").await;
        french.send(json!({"v": 1, "type": "language", "lang": "tlh"})).await;
        let refused = french.next_of("refused").await;
        assert_eq!(refused["key"], "web-refused-unknown-language");
        assert_eq!(refused["reason"], fr.t("web-refused-unknown-language"));
        french.send(json!({"v": 1, "type": "claim", "seat": "USA"})).await;
        french.next_of("seat").await;

        let mut caps = serde_json::Map::new();
        caps.insert(
            "goog:chromeOptions".into(),
            json!({
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                         "--window-size=390,844", "--lang=zh-CN"],
                "prefs": {"intl": {"accept_languages": "zh-CN,zh"}},
            }),
        );
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{}", driver.1))
            .await
            .expect("a browser session");
        let wait_for_text = |css: &'static str, want: String| wait_for_text(client.clone(), css, want);
        let page_language = || {
            let client = client.clone();
            async move {
                let v = client
                    .execute("return [document.documentElement.lang, document.documentElement.dir]", vec![])
                    .await
                    .unwrap();
                (v[0].as_str().unwrap_or_default().to_string(), v[1].as_str().unwrap_or_default().to_string())
            }
        };
        client.goto(&url).await.unwrap();
        wait_for_text("#join h1", zh.t("web-join-heading")).await;
        assert_eq!(page_language().await, ("zh".to_string(), "ltr".to_string()));
        client.find(Locator::Css("#join-code")).await.unwrap().send_keys("lang42").await.unwrap();
        client.find(Locator::Css("#join-name")).await.unwrap().send_keys("Li\n").await.unwrap();
        client.wait().for_element(Locator::Css("#seat-list li button")).await.unwrap();
        client.find(Locator::Css("#seat-search")).await.unwrap().send_keys("CHN").await.unwrap();
        client.find(Locator::Css("#seat-list li button")).await.unwrap().click().await.unwrap();
        wait_for_text("#you", "".into()).await;
        control.send(InstructorAction::Advance);
        control.send(InstructorAction::Advance);
        wait_for_text("#phase", zh.t("phase-consultations")).await;
        std::fs::write(shots.join("student-zh-phone.png"), client.screenshot().await.unwrap()).unwrap();
        // The French reader's room is in French at the same moment.
        let table =
            french.next_where(|m| m["type"] == "table" && m["table"]["round"].as_u64() > Some(0)).await.unwrap();
        assert!(table.to_string().contains(&fr.t("phase-consultations")), "{table}");
        // The student switches to Arabic: the page turns right to left and the room follows.
        client.find(Locator::Css("#lang-choice")).await.unwrap().select_by_value("ar").await.unwrap();
        wait_for_text("#phase", ar.t("phase-consultations")).await;
        assert_eq!(page_language().await, ("ar".to_string(), "rtl".to_string()));
        wait_for_text("#tabs", ar.t("web-draft")).await;
        std::fs::write(shots.join("student-ar-phone.png"), client.screenshot().await.unwrap()).unwrap();
        client.close().await.unwrap();
    });
    for name in ["student-zh-phone.png", "student-ar-phone.png"] {
        let png = std::fs::read(shots.join(name)).unwrap();
        assert!(png.starts_with(b"\x89PNG") && png.len() > 10_000, "{name} is a real screenshot");
        if let Ok(keep) = std::env::var("OEWG_SIM_SCREENSHOTS") {
            std::fs::write(std::path::Path::new(&keep).join(name), &png).unwrap();
        }
    }
    drop(driver);
    hosted.finish();
}
