use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};

use oewg_sim::model::save::{SaveGame, Start, seat_named};
use oewg_sim::model::{Scenario, Seat, Session};
use oewg_sim::{batch, data, scenario, storage, text};

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
        return window::title(cli.screen, cli.screenshot, cli.quit_after_frames);
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
        } => {
            let options = window::Options { pace, screenshot, quit_after_frames, then_debrief };
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

/// The window, when the game is built with it.
#[cfg(feature = "window")]
mod window {
    use super::*;
    use oewg_sim::sim::SessionSetup;
    use oewg_sim::ui;

    pub use oewg_sim::WindowOptions as Options;

    pub fn title(screen: StartScreen, screenshot: Option<PathBuf>, quit_after_frames: Option<u32>) -> ExitCode {
        let options = Options { screenshot, quit_after_frames, ..Default::default() };
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

    pub fn title(_: StartScreen, _: Option<PathBuf>, _: Option<u32>) -> ExitCode {
        unavailable()
    }
    pub fn play(_: Arc<Scenario>, _: data::ScenarioFile, _: Start, _: Options) -> ExitCode {
        unavailable()
    }
    pub fn resume(_: storage::Loaded, _: Options) -> ExitCode {
        unavailable()
    }
}
