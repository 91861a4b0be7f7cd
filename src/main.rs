use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};

use oewg_sim::model::save::{SaveGame, Start, seat_named};
use oewg_sim::model::{Scenario, Seat, Session};
use oewg_sim::{batch, data, scenario, storage, text};

mod odds_cli;
mod progress;

#[derive(Parser)]
#[command(name = "oewg-sim", version, about = "Consensus diplomacy at the UN Open-Ended Working Group on ICT security")]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Without a command: the screen the window opens on.
    #[arg(long, value_enum, default_value_t = StartScreen::Title)]
    screen: StartScreen,
    /// Without a command: write a PNG of the window at frame N (with --quit-after-frames N).
    #[arg(long)]
    screenshot: Option<PathBuf>,
    /// Close the window after this many frames (1 to 100000; scripted runs).
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=100_000))]
    quit_after_frames: Option<u32>,
    /// Without a command: the language, over the settings' (en, ar, zh, fr, ru, es).
    #[arg(long, value_parser = language)]
    lang: Option<String>,
}

/// `--lang CODE`: one of the languages the game ships ("fr-FR" is taken as "fr").
fn language(code: &str) -> Result<String, String> {
    text::shipped_language(code).map(str::to_string).ok_or_else(|| {
        let known: Vec<String> = text::LANGUAGES.iter().map(|(c, name)| format!("{c} ({name})")).collect();
        format!("\"{code}\" is not a language of the game; expected one of: {}", known.join(", "))
    })
}

/// `--window-size WIDTHxHEIGHT`, within what a screen can hold and the layout needs.
/// `ISSUE=RUNG`: an issue id and a rung of its ladder (checked against the scenario later).
fn issue_rung(text: &str) -> Result<(String, usize), String> {
    let (issue, rung) = text.split_once('=').ok_or("expected ISSUE=RUNG, e.g. binding_instrument=2")?;
    let rung: usize = rung.trim().parse().map_err(|_| format!("\"{rung}\" is not a rung number (0 to 99)"))?;
    if issue.trim().is_empty() || issue.len() > 100 || rung > 99 {
        return Err("expected ISSUE=RUNG with an issue id and a rung from 0 to 99".into());
    }
    Ok((issue.trim().to_string(), rung))
}

fn window_size(text: &str) -> Result<(u32, u32), String> {
    let expected = || format!("expected WIDTHxHEIGHT from 800x450 to 7680x4320, such as 1920x1080; got \"{text}\"");
    let (w, h) = text.split_once(['x', 'X']).ok_or_else(expected)?;
    let (w, h): (u32, u32) = (w.trim().parse().map_err(|_| expected())?, h.trim().parse().map_err(|_| expected())?);
    if (800..=7680).contains(&w) && (450..=4320).contains(&h) { Ok((w, h)) } else { Err(expected()) }
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum StartScreen {
    Title,
    NewGame,
    Settings,
}

/// Seconds between AI steps: 0.01 to 3600.
fn pace(s: &str) -> Result<f32, String> {
    let v: f32 = s.parse().map_err(|_| format!("\"{s}\" is not a number of seconds"))?;
    if v.is_finite() && (0.01..=3600.0).contains(&v) { Ok(v) } else { Err("expected 0.01 to 3600 seconds".into()) }
}

/// A room code: 4 to 12 letters and digits.
#[cfg(feature = "classroom")]
fn room_code(s: &str) -> Result<String, String> {
    let ok = (4..=12).contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphanumeric());
    if ok { Ok(s.to_uppercase()) } else { Err("expected 4 to 12 letters and digits".into()) }
}

#[derive(Subcommand)]
enum Command {
    /// Go straight into a session (without a command, the window opens on the title screen).
    Play {
        /// Scenario id (e.g. oewg_2019) or file (default: oewg_2019).
        #[arg(long)]
        scenario: Option<String>,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// A seat a person plays: a delegation's ISO 3166 alpha-3 code, or "chair". Repeat it for
        /// several people at one machine, who take turns; the AI plays every other seat.
        #[arg(long = "delegation")]
        delegations: Vec<String>,
        /// The AI plays every seat (demonstrations, CI).
        #[arg(long)]
        autoplay: bool,
        /// Seconds between AI steps, 0.01 to 3600 (default: the settings' speed of AI turns).
        #[arg(long, value_parser = pace)]
        pace: Option<f32>,
        /// Resume a saved session (a .ron save); the other session options are taken from it.
        #[arg(long, conflicts_with_all = ["scenario", "delegations"])]
        load: Option<PathBuf>,
        /// Play the session to the gavel at once and open the debrief.
        #[arg(long)]
        then_debrief: bool,
        /// Write a PNG of the window at frame N (with --quit-after-frames N).
        #[arg(long)]
        screenshot: Option<PathBuf>,
        /// Close the window after this many frames (1 to 100000).
        #[arg(long, value_parser = clap::value_parser!(u32).range(1..=100_000))]
        quit_after_frames: Option<u32>,
        /// The window's size, WIDTHxHEIGHT, from 800x450 to 7680x4320 (default 1280x720).
        #[arg(long, value_parser = window_size)]
        window_size: Option<(u32, u32)>,
        /// The language, over the settings' (en, ar, zh, fr, ru, es).
        #[arg(long, value_parser = language)]
        lang: Option<String>,
        /// Scripted (with --quit-after-frames): the AI stops at this round's consultations (1 to 1000).
        #[arg(long, value_parser = clap::value_parser!(u32).range(1..=1000))]
        pause_at_round: Option<u32>,
        /// Scripted: once paused, open the paragraph on ISSUE (an issue id) and choose wording RUNG
        /// of its ladder (0 is the strongest): the window shows what it would do to the odds.
        #[arg(long, value_parser = issue_rung)]
        consider: Option<(String, usize)>,
        /// Scripted: then propose the wording chosen with --consider.
        #[arg(long, requires = "consider")]
        propose: bool,
    },
    /// Check scenario and data files; every error as file:line:col: message.
    Validate {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Play one AI-only session headless and print its record: statements, drafts, outcomes.
    Transcript {
        /// Scenario id or file.
        #[arg(long)]
        scenario: String,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Also write the session as a save, to check or resume.
        #[arg(long)]
        save: Option<PathBuf>,
    },
    /// The live odds from the command line: play a session AI-only to the consultations of a round,
    /// then the chance of consensus from AI-only runs of the rest (and, with --consider, what one
    /// wording would do to it), with the time it took.
    Odds {
        /// Scenario id or file.
        #[arg(long)]
        scenario: String,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Stop at this round's consultations (1 to 1000; past the gavel: the outcome).
        #[arg(long, value_parser = clap::value_parser!(u32).range(1..=1000))]
        round: u32,
        /// Runs, 1 to 100000.
        #[arg(long, default_value_t = oewg_sim::model::odds::LIVE_RUNS, value_parser = clap::value_parser!(u32).range(1..=oewg_sim::model::odds::MAX_RUNS as i64))]
        runs: u32,
        /// Worker threads, 1 to 256 (default: the number of cores, at most two).
        #[arg(long, value_parser = clap::value_parser!(u32).range(1..=256))]
        threads: Option<u32>,
        /// What if the paragraph on ISSUE of the first text took wording RUNG (0 is the strongest)?
        #[arg(long, value_parser = issue_rung)]
        consider: Option<(String, usize)>,
        /// Who moves it, a person from this round on: "chair" (an edit to the text; no AI revises it
        /// after) or a delegation's code (a proposal the AI chair may take up).
        #[arg(long, default_value = "chair")]
        by: String,
        #[arg(long)]
        json: bool,
    },
    /// Run AI-only sessions headless, in parallel, and summarise the outcomes.
    Simulate {
        /// Scenario id or file.
        #[arg(long)]
        scenario: String,
        /// Sessions to run, 1 to 10000000.
        #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u64).range(1..=batch::MAX_RUNS))]
        runs: u64,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Worker threads, 1 to 256 (default: the number of cores).
        #[arg(long, value_parser = clap::value_parser!(u32).range(1..=batch::MAX_THREADS as i64))]
        threads: Option<u32>,
        #[arg(long)]
        json: bool,
    },
    /// Show the stances a scenario seats: for one state, every issue with its source; without
    /// --state, where the stances on the contested issues come from.
    Stances {
        /// Scenario id or file.
        #[arg(long)]
        scenario: String,
        /// A delegation's ISO 3166 alpha-3 code.
        #[arg(long)]
        state: Option<String>,
    },
    /// Host a class: students join from a browser on the local network; the AI plays every
    /// seat no one takes. Prints the address to open and the room code.
    #[cfg(feature = "classroom")]
    Host {
        /// Scenario id or file (default: oewg_2019).
        #[arg(long)]
        scenario: Option<String>,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// The port to serve on (0 takes a free one).
        #[arg(long, default_value_t = 7878)]
        port: u16,
        /// The address to listen on (0.0.0.0: every network of this machine).
        #[arg(long, default_value = "0.0.0.0")]
        bind: std::net::IpAddr,
        /// No window: a server, and the way tests run a class.
        #[arg(long)]
        headless: bool,
        /// The room code (4 to 12 letters and digits; a random one if not given).
        #[arg(long, value_parser = room_code)]
        code: Option<String>,
        /// Seconds each phase gets before the session moves on, 0.01 to 3600 (default 60).
        #[arg(long, value_parser = pace)]
        pace: Option<f32>,
        /// Start once this many seats are taken (0 to 64; default: at once).
        #[arg(long, default_value_t = 0, value_parser = clap::value_parser!(u32).range(0..=64))]
        start_when_seated: u32,
        /// Headless: stop after this many minutes if the session has not concluded (1 to 1440).
        #[arg(long, default_value_t = 240, value_parser = clap::value_parser!(u32).range(1..=1440))]
        give_up_after: u32,
        /// Where the class export goes at the end (default: the records folder).
        #[arg(long)]
        export: Option<PathBuf>,
        /// The window: write a PNG of it at frame N (with --quit-after-frames N).
        #[arg(long)]
        screenshot: Option<PathBuf>,
        /// The window: close it after this many frames (1 to 100000; scripted runs).
        #[arg(long, value_parser = clap::value_parser!(u32).range(1..=100_000))]
        quit_after_frames: Option<u32>,
        /// The language of the window and the students' pages, over the settings' (en, ar, zh, fr, ru, es).
        #[arg(long, value_parser = language)]
        lang: Option<String>,
    },
    /// Join a hosted class as a bot that plays its seat by AI (people join from a browser).
    #[cfg(feature = "classroom")]
    Join {
        /// The host's address, as printed by `host`: http://HOST:PORT
        url: String,
        /// Play by AI (the only way to join from the command line).
        #[arg(long)]
        bot: bool,
        /// The seat to take (ISO 3166 alpha-3); the first free one if not given.
        #[arg(long)]
        seat: Option<String>,
        /// The room code.
        #[arg(long, default_value = "")]
        code: String,
        /// Come back to a seat with the token the host gave.
        #[arg(long)]
        token: Option<String>,
        /// The name shown to the class (default: bot and the seat).
        #[arg(long)]
        name: Option<String>,
    },
    /// Print the transcript of a saved session; with --verify, check that it replays faithfully
    /// (exit 0), or say at which step it differs (exit 1); exit 2 for a file that cannot be read.
    Replay {
        file: PathBuf,
        #[arg(long)]
        verify: bool,
    },
}

fn load(name: &str) -> Result<(data::ScenarioFile, Arc<Scenario>), ExitCode> {
    scenario::load_named(name).map(|(f, s)| (f, Arc::new(s))).map_err(|diags| {
        eprint!("{diags}");
        ExitCode::from(2)
    })
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let Some(command) = cli.command else {
        let options = window::Options {
            screenshot: cli.screenshot,
            quit_after_frames: cli.quit_after_frames,
            language: cli.lang,
            ..Default::default()
        };
        return window::title(cli.screen, options);
    };
    match command {
        Command::Validate { files } => {
            let mut failed = false;
            for file in &files {
                match scenario::validate_file(file) {
                    Ok(()) => println!("{}: ok", file.display()),
                    Err(diags) => {
                        failed = true;
                        eprint!("{diags}");
                    }
                }
            }
            if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS }
        }
        Command::Stances { scenario, state } => {
            let (_, scenario) = match load(&scenario) {
                Ok(s) => s,
                Err(code) => return code,
            };
            match state {
                Some(code) => match scenario.delegations.iter().find(|d| d.code.eq_ignore_ascii_case(&code)) {
                    Some(delegation) => {
                        print!("{}", text::report::stances(text::english(), &scenario, delegation));
                        ExitCode::SUCCESS
                    }
                    None => {
                        eprintln!("{code}: no delegation with that code at the table of {}", scenario.id);
                        ExitCode::from(2)
                    }
                },
                None => {
                    let (own, group, estimate) = scenario.stance_sources();
                    let total = (own + group + estimate).max(1) as f64;
                    println!(
                        "{}: stances on the contested issues, {} in all: {own} documented for the state itself ({:.0}%), {group} from its group's documented position ({:.0}%), {estimate} estimated ({:.0}%)",
                        scenario.id,
                        own + group + estimate,
                        100.0 * own as f64 / total,
                        100.0 * group as f64 / total,
                        100.0 * estimate as f64 / total
                    );
                    ExitCode::SUCCESS
                }
            }
        }
        Command::Transcript { scenario, seed, save } => {
            let (file, scenario) = match load(&scenario) {
                Ok(s) => s,
                Err(code) => return code,
            };
            let start = Start { seed, people: Vec::new() };
            let mut session = Session::with_people(scenario.clone(), seed, &[], true);
            let mut steps = Vec::new();
            let mut digests = Vec::new();
            while session.clock.phase != oewg_sim::model::Phase::Concluded {
                session.step(&[]);
                steps.push(Vec::new());
                digests.push(oewg_sim::model::digest::digest(&session));
            }
            let heading = format!("{} ({}), seed {seed}", scenario.title, scenario.id);
            print!("{}", text::report::transcript(text::english(), &scenario, &heading, &session.record));
            if let Some(path) = save {
                let game = SaveGame::of(&session, &file.reference(), &start, &steps, &digests);
                if let Err(e) = storage::write_atomically(&path, game.to_ron().as_bytes()) {
                    eprintln!("cannot write the save {}: {e}", path.display());
                    return ExitCode::FAILURE;
                }
                eprintln!("saved to {}", path.display());
            }
            ExitCode::SUCCESS
        }
        Command::Simulate { scenario, runs, seed, threads, json } => {
            let (_, scenario) = match load(&scenario) {
                Ok(s) => s,
                Err(code) => return code,
            };
            let threads = threads
                .map(|t| t as usize)
                .unwrap_or_else(|| std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1));
            let bar = progress::Progress::new(runs);
            let summary = batch::simulate(scenario.clone(), runs, seed, threads, &|done| bar.update(done));
            bar.finish();
            if json {
                match serde_json::to_string_pretty(&summary) {
                    Ok(text) => println!("{text}"),
                    Err(e) => {
                        eprintln!("cannot write the summary as JSON: {e}");
                        return ExitCode::FAILURE;
                    }
                }
            } else {
                print!("{}", batch::render(&scenario, &summary));
            }
            ExitCode::SUCCESS
        }
        Command::Replay { file, verify } => replay(&file, verify),
        Command::Odds { scenario, seed, round, runs, threads, consider, by, json } => {
            let (_, scenario) = match load(&scenario) {
                Ok(s) => s,
                Err(code) => return code,
            };
            let threads = threads.map_or_else(oewg_sim::model::odds::threads, |t| t as usize);
            let ask = odds_cli::Ask { round, runs, seed, threads, consider, by };
            match odds_cli::run(&scenario, &ask) {
                Ok(report) if json => match serde_json::to_string_pretty(&report) {
                    Ok(text) => {
                        println!("{text}");
                        ExitCode::SUCCESS
                    }
                    Err(e) => {
                        eprintln!("cannot write the odds as JSON: {e}");
                        ExitCode::FAILURE
                    }
                },
                Ok(report) => {
                    print!("{}", odds_cli::render(&scenario, &report));
                    ExitCode::SUCCESS
                }
                Err(why) => {
                    eprintln!("{why}");
                    ExitCode::from(2)
                }
            }
        }
        #[cfg(feature = "classroom")]
        Command::Host {
            scenario,
            seed,
            port,
            bind,
            headless,
            code,
            pace,
            start_when_seated,
            give_up_after,
            export,
            screenshot,
            quit_after_frames,
            lang,
        } => {
            let (file, scenario) = match load(scenario.as_deref().unwrap_or(data::DEFAULT_SCENARIO)) {
                Ok(s) => s,
                Err(code) => return code,
            };
            let options = oewg_sim::classroom::headless::HostOptions {
                bind,
                port,
                code,
                pace: pace.unwrap_or(60.0),
                start_when_seated: start_when_seated as usize,
                give_up_after: std::time::Duration::from_secs(give_up_after as u64 * 60),
                export_dir: export.unwrap_or_else(storage::records_dir),
            };
            let setup = oewg_sim::sim::SessionSetup::new(scenario, file, Start { seed, people: Vec::new() });
            if headless {
                classroom::host_headless(setup, options, lang)
            } else {
                let window = window::Options { screenshot, quit_after_frames, language: lang, ..Default::default() };
                window::host(setup, options, window)
            }
        }
        #[cfg(feature = "classroom")]
        Command::Join { url, bot, seat, code, token, name } => {
            if !bot {
                eprintln!(
                    "People join from a browser: open {url} and enter the room code. `join --bot` plays a seat by AI."
                );
                return ExitCode::from(2);
            }
            classroom::join(url, seat, code, token, name)
        }
        Command::Play {
            scenario,
            seed,
            delegations,
            autoplay,
            pace,
            load: save,
            then_debrief,
            screenshot,
            quit_after_frames,
            window_size,
            lang,
            pause_at_round,
            consider,
            propose,
        } => {
            let options = window::Options {
                pace,
                screenshot,
                quit_after_frames,
                then_debrief,
                size: window_size,
                language: lang,
                pause_at_round,
                consider,
                propose,
            };
            if let Some(path) = save {
                return match storage::load_save(&path) {
                    Ok(loaded) => window::resume(loaded, options),
                    Err(e) => {
                        eprintln!("cannot load the save: {e}");
                        ExitCode::from(2)
                    }
                };
            }
            let (file, scenario) = match load(scenario.as_deref().unwrap_or(data::DEFAULT_SCENARIO)) {
                Ok(s) => s,
                Err(code) => return code,
            };
            let mut people: Vec<Seat> = Vec::new();
            for name in delegations.iter().filter(|_| !autoplay) {
                match seat_named(&scenario, name) {
                    Some(seat) if !people.contains(&seat) => people.push(seat),
                    Some(_) => {}
                    None => {
                        eprintln!(
                            "\"{name}\" has no seat in {}: expected the ISO 3166 alpha-3 code of a seated state, or \"chair\"",
                            scenario.id
                        );
                        return ExitCode::from(2);
                    }
                }
            }
            window::play(scenario, file, Start { seed, people }, options)
        }
    }
}

/// `replay FILE [--verify]`: 0 for a faithful save, 1 with the step where it diverges, 2 for a
/// file that cannot be read.
fn replay(path: &std::path::Path, verify: bool) -> ExitCode {
    match storage::load_save(path) {
        Ok(loaded) => {
            if verify {
                println!("{}: replays faithfully ({} steps)", path.display(), loaded.save.steps.len());
                return ExitCode::SUCCESS;
            }
            let (session, _) =
                oewg_sim::model::save::replay(loaded.scenario.clone(), &loaded.start, &loaded.save.steps);
            let heading = format!("{} ({}), seed {}", loaded.scenario.title, loaded.scenario.id, loaded.start.seed);
            print!("{}", text::report::transcript(text::english(), &loaded.scenario, &heading, &session.record));
            ExitCode::SUCCESS
        }
        Err(storage::LoadError::Save { error: e @ oewg_sim::model::save::SaveError::Diverged { .. }, path }) => {
            eprintln!("{path}: {e}");
            ExitCode::from(1)
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(2)
        }
    }
}

/// The classroom from the command line: a headless host, and bots.
#[cfg(feature = "classroom")]
mod classroom {
    use super::*;
    use oewg_sim::classroom::{bot, headless};
    use oewg_sim::tr;

    pub fn host_headless(
        setup: oewg_sim::sim::SessionSetup,
        options: headless::HostOptions,
        lang: Option<String>,
    ) -> ExitCode {
        let saved = oewg_sim::settings::Settings::load().0.language;
        let words = Arc::new(text::Locale::load(&text::choose_language(lang.as_deref(), &saved)).0);
        let l = words.clone();
        let ready = move |started: &headless::Started, _: headless::Control| {
            let url = started.urls.first().cloned().unwrap_or_default();
            println!("{}", tr!(l, "host-started", url = url.clone(), code = started.code.clone()));
            for other in started.urls.iter().skip(1) {
                println!("{}", tr!(l, "host-also", url = other.clone()));
            }
            // For scripts: an address that works on this machine whatever the bind.
            let local = if started.address.ip().is_unspecified() {
                std::net::SocketAddr::from(([127, 0, 0, 1], started.address.port()))
            } else {
                started.address
            };
            println!("local: http://{local}/");
            if let Ok(qr) = qrcode::QrCode::new(url.as_bytes()) {
                println!("{}", qr.render::<qrcode::render::unicode::Dense1x2>().quiet_zone(true).build());
            }
        };
        match headless::run(setup, options, words.clone(), ready) {
            Ok(ended) => {
                println!("{}", words.t("host-ended"));
                for line in &ended.outcomes {
                    println!("{line}");
                }
                for path in &ended.exports {
                    println!("{}", tr!(words, "host-exported", path = path.display().to_string()));
                }
                ExitCode::SUCCESS
            }
            Err(why) => {
                eprintln!("oewg-sim host: {why}");
                ExitCode::FAILURE
            }
        }
    }

    pub fn join(
        url: String,
        seat: Option<String>,
        code: String,
        token: Option<String>,
        name: Option<String>,
    ) -> ExitCode {
        let name = name.unwrap_or_else(|| format!("bot {}", seat.clone().unwrap_or_default()).trim().to_string());
        let options = bot::BotOptions { url, code, seat, token, name, play: true };
        let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
            Ok(r) => r,
            Err(e) => {
                eprintln!("oewg-sim join: {e}");
                return ExitCode::FAILURE;
            }
        };
        match runtime.block_on(bot::run(options)) {
            Ok(result) => {
                println!("seat {} (token {}), {} moves", result.seat, result.token, result.moves);
                for line in &result.outcomes {
                    println!("{line}");
                }
                ExitCode::SUCCESS
            }
            Err(e @ (bot::BotError::Refused(_) | bot::BotError::BadUrl(_))) => {
                eprintln!("oewg-sim join: {e}");
                ExitCode::from(2)
            }
            Err(e) => {
                eprintln!("oewg-sim join: {e}");
                ExitCode::FAILURE
            }
        }
    }
}

/// The window, when the game is built with it.
#[cfg(feature = "window")]
mod window {
    use super::*;
    use oewg_sim::sim::SessionSetup;
    use oewg_sim::ui;

    pub use oewg_sim::WindowOptions as Options;

    pub fn title(screen: StartScreen, options: Options) -> ExitCode {
        let launch = match screen {
            StartScreen::Title => ui::Launch::Title,
            StartScreen::NewGame => ui::Launch::NewGame,
            StartScreen::Settings => ui::Launch::Settings,
        };
        open(launch, options)
    }

    pub fn play(scenario: Arc<Scenario>, file: data::ScenarioFile, start: Start, options: Options) -> ExitCode {
        open(ui::Launch::Session(SessionSetup::new(scenario, file, start)), options)
    }

    pub fn resume(loaded: storage::Loaded, options: Options) -> ExitCode {
        let mut setup = SessionSetup::new(loaded.scenario, loaded.file, loaded.start);
        setup.replay = loaded.save.steps;
        open(ui::Launch::Session(setup), options)
    }

    /// A class hosted from the window: the instructor's console on the projector.
    #[cfg(feature = "classroom")]
    pub fn host(setup: SessionSetup, host: oewg_sim::classroom::headless::HostOptions, options: Options) -> ExitCode {
        open(ui::Launch::Host(setup, host), options)
    }

    /// The window needs a display; say so plainly instead of letting winit panic.
    fn display_missing() -> Option<ExitCode> {
        let has = |var: &str| std::env::var_os(var).is_some_and(|v| !v.is_empty());
        if cfg!(target_os = "linux") && !has("DISPLAY") && !has("WAYLAND_DISPLAY") {
            eprintln!(
                "oewg-sim: no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). \
                 Run it in a desktop session, or headless under `xvfb-run -s \"-screen 0 1280x800x24\" oewg-sim ...`. \
                 The commands validate, simulate, transcript and replay need no display."
            );
            return Some(ExitCode::from(3));
        }
        None
    }

    fn open(launch: ui::Launch, options: Options) -> ExitCode {
        if let Some(code) = display_missing() {
            return code;
        }
        match ui::run(launch, options) {
            bevy::app::AppExit::Success => ExitCode::SUCCESS,
            bevy::app::AppExit::Error(_) => ExitCode::FAILURE,
        }
    }
}

/// Built without the window (`--no-default-features`): the window commands say so.
#[cfg(not(feature = "window"))]
mod window {
    use super::*;

    pub use oewg_sim::WindowOptions as Options;

    fn unavailable() -> ExitCode {
        eprintln!(
            "oewg-sim: this build has no window (built without the `window` feature); \
             validate, simulate, transcript and replay work."
        );
        ExitCode::from(3)
    }

    pub fn title(_: StartScreen, _: Options) -> ExitCode {
        unavailable()
    }
    pub fn play(_: Arc<Scenario>, _: data::ScenarioFile, _: Start, _: Options) -> ExitCode {
        unavailable()
    }
    pub fn resume(_: storage::Loaded, _: Options) -> ExitCode {
        unavailable()
    }
    #[cfg(feature = "classroom")]
    pub fn host(_: oewg_sim::sim::SessionSetup, _: oewg_sim::classroom::headless::HostOptions, _: Options) -> ExitCode {
        eprintln!("oewg-sim: this build has no window; `host --headless` runs a class without one.");
        ExitCode::from(3)
    }
}
