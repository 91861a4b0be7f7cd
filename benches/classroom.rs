//! The classroom under load, on loopback (`cargo bench --bench classroom`): a release host with
//! 40 students. It measures the time from one student's intent to every one of the 40 clients
//! receiving the updated table (the amendment listed), p50 and p99 over 200 intents; the host's
//! CPU while nothing happens; and its memory per client. Figures, not pass/fail: see the README.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;

const CLIENTS: usize = 40;
const INTENTS: usize = 200;

/// The host's process: its CPU seconds and resident memory from /proc.
fn cpu_and_rss(pid: u32) -> Option<(f64, u64)> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let fields: Vec<&str> = stat.rsplit(')').next()?.split_whitespace().collect();
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let rss_kb = status.lines().find(|l| l.starts_with("VmRSS:"))?.split_whitespace().nth(1)?.parse().ok()?;
    Some((ticks / 100.0, rss_kb))
}

struct Host(Child);
impl Drop for Host {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

type Socket = tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

async fn send(socket: &mut Socket, value: Value) {
    socket.send(Message::Text(value.to_string().into())).await.expect("sends");
}

/// Reads until a message satisfies `want` (bounded in time).
async fn until(socket: &mut Socket, want: impl Fn(&Value) -> bool) -> Value {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    let mut last = String::new();
    loop {
        let Ok(frame) = tokio::time::timeout_at(deadline, socket.next()).await else {
            panic!("no awaited message within 30 s; the last one: {last}");
        };
        let frame = frame.expect("open").expect("a frame");
        if let Message::Text(text) = frame
            && let Ok(v) = serde_json::from_str::<Value>(text.as_str())
        {
            if want(&v) {
                return v;
            }
            last = text.chars().take(600).collect();
        }
    }
}

/// Reads until a text frame of `kind` contains `needle` (or, with no kind, until any frame does
/// or a refusal comes), matching the raw text without parsing it, so that the time measured is the
/// host's and the network's, not this client's JSON.
async fn until_listed(socket: &mut Socket, kind: &str, needle: &str) -> String {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    let tag = format!("\"type\":\"{kind}\"");
    loop {
        let Ok(frame) = tokio::time::timeout_at(deadline, socket.next()).await else {
            panic!("no {kind} listing {needle} within 30 s");
        };
        let Message::Text(text) = frame.expect("open").expect("a frame") else { continue };
        let text = text.as_str();
        let refused = kind.is_empty() && text.contains("\"type\":\"refused\"");
        let listed =
            (kind.is_empty() && text.contains("\"type\":\"table\"") || text.contains(&tag)) && text.contains(needle);
        if refused || listed {
            return text.to_string();
        }
    }
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let binary = env!("CARGO_BIN_EXE_oewg-sim");
    let home = std::env::temp_dir().join(format!("oewg-bench-class-{}", std::process::id()));
    // No steps while measuring: the phase lasts an hour.
    let child = Command::new(binary)
        .args(["host", "--headless", "--bind", "127.0.0.1", "--port", "0", "--code", "BENCH1", "--pace", "3600"])
        .env("OEWG_SIM_HOME", &home)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("the host starts");
    let pid = child.id();
    let mut host = Host(child);
    let stdout = host.0.stdout.take().unwrap();
    let mut lines = std::io::BufRead::lines(std::io::BufReader::new(stdout));
    let address = lines
        .find_map(|l| l.ok().and_then(|l| l.strip_prefix("local: ").map(str::to_string)))
        .expect("the host prints its address");
    let ws = format!("ws://{}ws", address.trim_start_matches("http://"));
    std::thread::sleep(Duration::from_millis(500));
    let (_, rss_before) = cpu_and_rss(pid).unwrap();
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(4).enable_all().build().unwrap();
    runtime.block_on(async {
        let mut sockets: Vec<Socket> = Vec::new();
        for i in 0..CLIENTS {
            let (mut s, _) = tokio_tungstenite::connect_async(ws.as_str()).await.expect("connects");
            send(&mut s, json!({"v": 1, "type": "hello", "code": "BENCH1", "name": format!("s{i}")})).await;
            let welcome = until(&mut s, |m| m["type"] == "welcome").await;
            let seat = welcome["seats"][i + 1]["seat"].as_str().unwrap().to_string();
            send(&mut s, json!({"v": 1, "type": "claim", "seat": seat})).await;
            until(&mut s, |m| m["type"] == "seat").await;
            sockets.push(s);
        }
        // Let the joins settle, then read the idle host.
        tokio::time::sleep(Duration::from_secs(2)).await;
        for s in &mut sockets {
            while let Ok(Some(_)) = tokio::time::timeout(Duration::from_millis(20), s.next()).await {}
        }
        let (cpu0, rss_after) = cpu_and_rss(pid).unwrap();
        tokio::time::sleep(Duration::from_secs(10)).await;
        let (cpu1, _) = cpu_and_rss(pid).unwrap();
        let idle_cpu = (cpu1 - cpu0) / 10.0 * 100.0;
        // One student proposes; every client must see it listed on the table. Then the student
        // withdraws it, so the table stays the size of a real one.
        let mut latencies = Vec::new();
        for k in 0..INTENTS {
            let who = k % CLIENTS;
            let needle = format!("Words {k} end");
            // A wording the negotiation could have and the paragraph does not have yet: the host
            // refuses the others with the reason, and the student tries the next.
            let mut accepted = None;
            for attempt in 0..40 {
                let (paragraph, rung) = ((k + attempt / 8) % 11, attempt % 8);
                let propose = json!({"Propose": {"text": 0, "edit": {"Reword": {"paragraph": paragraph, "rung": rung}}, "own_words": needle}});
                let started = Instant::now();
                send(&mut sockets[who], json!({"v": 1, "type": "move", "intent": propose})).await;
                let answer = until_listed(&mut sockets[who], "", &needle).await;
                if answer.contains("\"type\":\"table\"") {
                    accepted = Some(started);
                    break;
                }
                if answer.contains("too many") {
                    tokio::time::sleep(Duration::from_millis(200)).await;
                }
            }
            let started = accepted.expect("one of 40 wordings is accepted");
            for (c, s) in sockets.iter_mut().enumerate() {
                if c == who {
                    continue;
                }
                until_listed(s, "table", &needle).await;
            }
            latencies.push(started.elapsed());
            let seat: Value = serde_json::from_str(&until_listed(&mut sockets[who], "seat", &needle).await).unwrap();
            let id = seat["seat"]["pending"]
                .as_array()
                .unwrap()
                .iter()
                .find(|p| p["what"].as_str().unwrap_or("").contains(&needle))
                .unwrap()["id"]
                .clone();
            send(&mut sockets[who], json!({"v": 1, "type": "withdraw", "id": id})).await;
        }
        latencies.sort();
        let at = |q: f64| latencies[((latencies.len() as f64 - 1.0) * q).round() as usize];
        let per_client_kb = (rss_after.saturating_sub(rss_before)) as f64 / CLIENTS as f64;
        println!("classroom: {CLIENTS} clients on loopback, {INTENTS} proposals");
        println!("  intent to every client updated: p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
            at(0.5).as_secs_f64() * 1000.0, at(0.99).as_secs_f64() * 1000.0, latencies.last().unwrap().as_secs_f64() * 1000.0);
        println!("  host CPU while nothing happens: {idle_cpu:.2}% of one core (10 s)");
        println!("  host memory: {} MiB before clients, {} MiB with them: {per_client_kb:.0} KiB per client",
            rss_before / 1024, rss_after / 1024);
    });
    drop(host);
    let _ = std::fs::remove_dir_all(home);
}
