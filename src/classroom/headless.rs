//! A host without a window: a server, and the way tests run one. The ECS runs the same
//! plugins as in the window, but only when something happens: a browser's message wakes it,
//! or the next step falls due; between those the thread sleeps.

use std::net::IpAddr;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, sync_channel};
use std::time::Duration;

use bevy::prelude::*;

use super::class::{Class, room_code};
use super::host::{ClassHost, ClassPacing, ClassroomPlugin, InstructorAction};
use super::server::{Server, Waker, WebFiles};
use crate::model::session::Phase;
use crate::sim::{SessionClock, SessionRecord, SessionSetup};
use crate::text::Locale;

/// How to run a class.
#[derive(Debug, Clone)]
pub struct HostOptions {
    pub bind: IpAddr,
    pub port: u16,
    /// The room code; a random one when `None`.
    pub code: Option<String>,
    /// Seconds each phase gets.
    pub pace: f32,
    /// Start once this many seats are taken.
    pub start_when_seated: usize,
    /// Stop after this long even if the session has not concluded.
    pub give_up_after: Duration,
    /// Where the class export goes at the end (Markdown and CSV).
    pub export_dir: std::path::PathBuf,
}

/// How a headless class ended.
#[derive(Debug, Clone)]
pub struct Ended {
    pub outcomes: Vec<String>,
    /// The class export, Markdown then CSV.
    pub exports: Vec<std::path::PathBuf>,
    /// The session as a save: the setup and every seat's intents, step by step.
    pub save: Option<crate::model::save::SaveGame>,
}

/// A host that has started: where to join, and the room code.
#[derive(Debug, Clone)]
pub struct Started {
    pub address: std::net::SocketAddr,
    pub urls: Vec<String>,
    pub code: String,
}

/// The instructor's hand on a headless host (scripts and tests): actions, and a wake-up.
#[derive(Clone)]
pub struct Control {
    actions: std::sync::mpsc::Sender<InstructorAction>,
    waker: Waker,
}

impl Control {
    pub fn send(&self, action: InstructorAction) {
        let _ = self.actions.send(action);
        (self.waker)();
    }
}

/// The addresses students can type: the host's LAN addresses (read from the interfaces,
/// no traffic sent), or the bound address when it is not the unspecified one.
pub fn join_urls(bind: IpAddr, port: u16) -> Vec<String> {
    let mut ips: Vec<IpAddr> = if bind.is_unspecified() {
        if_addrs::get_if_addrs()
            .unwrap_or_default()
            .into_iter()
            .filter(|i| !i.is_loopback() && i.ip().is_ipv4())
            .map(|i| i.ip())
            .collect()
    } else {
        vec![bind]
    };
    if ips.is_empty() {
        ips.push(IpAddr::from([127, 0, 0, 1]));
    }
    ips.sort();
    ips.dedup();
    ips.into_iter().map(|ip| format!("http://{ip}:{port}/")).collect()
}

/// The page's words in one language, as JSON: every `web-` message of the locale, the language
/// and its direction (for `<html lang dir>`), and the languages a student may choose.
pub fn page_words(l: &Locale) -> String {
    let words: std::collections::BTreeMap<String, String> =
        l.ids_with_prefix("web-").into_iter().map(|id| (id.clone(), l.t(&id))).collect();
    let languages: Vec<[&str; 2]> = crate::text::LANGUAGES.iter().map(|(code, name)| [*code, *name]).collect();
    serde_json::json!({
        "lang": l.language,
        "dir": if crate::text::is_rtl(&l.language) { "rtl" } else { "ltr" },
        "languages": languages,
        "words": words,
    })
    .to_string()
}

/// The page's words in every language; the instructor's is the default.
pub fn page_words_by_language(instructor: &Locale) -> std::collections::BTreeMap<String, String> {
    crate::text::LANGUAGES
        .iter()
        .map(|(code, _)| {
            let words =
                if *code == instructor.language { page_words(instructor) } else { page_words(&Locale::load(code).0) };
            (code.to_string(), words)
        })
        .collect()
}

/// Starts the server and makes the class's resources, waking whoever runs the app through
/// `waker`. The app must run `SimPlugin` and `ClassroomPlugin`.
pub fn start(
    options: &HostOptions,
    words: Arc<Locale>,
    waker: Waker,
) -> std::io::Result<(ClassHost, ClassPacing, Started)> {
    let web = WebFiles::load(page_words_by_language(&words), &words.language)
        .map_err(|e| std::io::Error::other(e.to_string()))?;
    let server = Server::start(options.bind, options.port, web, waker)?;
    let address = server.addr;
    let code = options.code.clone().map(|c| c.trim().to_uppercase()).unwrap_or_else(|| room_code(rand::random()));
    let urls = join_urls(options.bind, address.port());
    let host = ClassHost::new(server, Class::new(code.clone()), words, urls.clone());
    Ok((host, ClassPacing::new(options.pace, options.start_when_seated), Started { address, urls, code }))
}

/// Runs a headless host until the session concludes (then a moment more, so every browser
/// gets the end), or until `give_up_after`. `ready` hears where to join once the server listens.
/// Returns the outcome lines and the export, or why it stopped.
pub fn run(
    setup: SessionSetup,
    options: HostOptions,
    words: Arc<Locale>,
    ready: impl FnOnce(&Started, Control),
) -> Result<Ended, String> {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, bevy::state::app::StatesPlugin))
        .insert_resource(setup)
        .add_plugins(crate::sim::SimPlugin);
    let (wake, woken) = sync_channel::<()>(1);
    let waker: Waker = Arc::new(move || {
        let _ = wake.try_send(());
    });
    let (host, pacing, started) = start(&options, words.clone(), waker.clone()).map_err(|e| e.to_string())?;
    // The odds for the whole class, worked out once per change on a thread of their own; the
    // answer wakes the loop.
    app.insert_resource(host)
        .insert_resource(pacing)
        .insert_resource(crate::sim::odds::OddsWaker(waker.clone()))
        .add_plugins((ClassroomPlugin, crate::sim::odds::OddsPlugin));
    let (actions, instructed) = std::sync::mpsc::channel::<InstructorAction>();
    ready(&started, Control { actions, waker });
    let began = std::time::Instant::now();
    loop {
        for action in instructed.try_iter() {
            app.world_mut().write_message(action);
        }
        app.update();
        if concluded(&app) {
            // Let the last views go out, then stop.
            for _ in 0..3 {
                std::thread::sleep(Duration::from_millis(100));
                app.update();
            }
            break;
        }
        if began.elapsed() > options.give_up_after {
            return Err(words.t("host-gave-up"));
        }
        sleep_until_needed(&app, &woken);
    }
    let exports = write_export(&app, &words, &options.export_dir).map_err(|e| e.to_string())?;
    Ok(Ended { outcomes: outcome_lines(&app, &words), exports, save: crate::sim::save_of(app.world()) })
}

/// The class export of the session in `app`, written as new files in `dir`.
pub fn write_export(app: &App, words: &Locale, dir: &std::path::Path) -> std::io::Result<Vec<std::path::PathBuf>> {
    let world = app.world();
    let (Some(host), Some(scenario), Some(opening), Some(record), Some(texts), Some(setup)) = (
        world.get_resource::<ClassHost>(),
        world.get_resource::<crate::sim::ActiveScenario>(),
        world.get_resource::<crate::sim::OpeningRoom>(),
        world.get_resource::<SessionRecord>(),
        world.get_resource::<crate::sim::Texts>(),
        world.get_resource::<SessionSetup>(),
    ) else {
        return Ok(Vec::new());
    };
    write_export_of(host, scenario, opening, record, texts, setup.start.seed, words, dir)
}

/// The class export (Markdown and CSV) of a session, written as new files in `dir`.
pub fn write_export_of(
    host: &ClassHost,
    scenario: &crate::model::Scenario,
    opening: &crate::model::Room,
    record: &crate::model::Record,
    texts: &[crate::model::TextState],
    seed: u64,
    words: &Locale,
    dir: &std::path::Path,
) -> std::io::Result<Vec<std::path::PathBuf>> {
    let md = super::export::markdown(words, scenario, opening, record, texts, &host.class, seed);
    let csv = super::export::csv(words, scenario, opening, record, texts, &host.class);
    let stem = format!("class-{}-seed{seed}-{}", scenario.id, crate::storage::file_stamp());
    Ok(vec![
        crate::storage::write_new(dir, &stem, "md", md.as_bytes())?,
        crate::storage::write_new(dir, &stem, "csv", csv.as_bytes())?,
    ])
}

fn concluded(app: &App) -> bool {
    app.world().get_resource::<SessionClock>().is_some_and(|c| c.phase == Phase::Concluded)
}

/// Waits for a message or the next step, whichever comes first (at most a second, so the
/// countdown stays honest even if a wake-up is missed).
fn sleep_until_needed(app: &App, woken: &Receiver<()>) {
    let now = app.world().resource::<Time<Real>>().elapsed_secs_f64();
    let wait = app.world().get_resource::<ClassPacing>().and_then(|p| p.wait(now)).unwrap_or(1.0).clamp(0.001, 1.0);
    let _ = woken.recv_timeout(Duration::from_secs_f64(wait));
}

fn outcome_lines(app: &App, words: &Locale) -> Vec<String> {
    let (Some(record), Some(scenario)) =
        (app.world().get_resource::<SessionRecord>(), app.world().get_resource::<crate::sim::ActiveScenario>())
    else {
        return Vec::new();
    };
    record
        .texts
        .iter()
        .enumerate()
        .filter_map(|(t, r)| r.conclusion.as_ref().map(|c| (t, c)))
        .map(|(t, c)| {
            let line = crate::tr!(
                words,
                "bar-outcome",
                symbol = crate::text::statements::symbol(scenario, t),
                outcome = words.outcome(c.outcome)
            );
            match &c.votes {
                Some(v) => {
                    let tally = crate::model::Tally::of(&v.iter().map(|x| x.0).collect::<Vec<_>>());
                    format!(
                        "{line} {}",
                        crate::tr!(words, "tally", yes = tally.yes, no = tally.no, abstain = tally.abstain)
                    )
                }
                None => line,
            }
        })
        .collect()
}
