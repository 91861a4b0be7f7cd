use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};

use oewg_sim::{batch, scenario, sim, ui};

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
    #[arg(long)]
    quit_after_frames: Option<u32>,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum StartScreen {
    Title,
    NewGame,
    Settings,
}

#[derive(Subcommand)]
enum Command {
    /// Go straight into a session (without a command, the window opens on the title screen).
    Play {
        /// Scenario file or id (default: scenarios/oewg_2019.ron).
        #[arg(long)]
        scenario: Option<String>,
        /// Which text to negotiate, by id (default: the first).
        #[arg(long)]
        text: Option<String>,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Play a delegation (ISO 3166 alpha-3 code) or the chair; the AI plays every other seat.
        #[arg(long)]
        delegation: Option<String>,
        /// The AI plays every seat, the chosen delegation included (demonstrations, CI).
        #[arg(long)]
        autoplay: bool,
        /// Seconds between AI steps (default: the settings' speed of AI turns).
        #[arg(long)]
        pace: Option<f32>,
        /// Resume a saved session (a .ron save); the other session options are taken from it.
        #[arg(long, conflicts_with_all = ["scenario", "text", "delegation"])]
        load: Option<PathBuf>,
        /// Play the session to the gavel at once and open the debrief.
        #[arg(long)]
        then_debrief: bool,
        /// Write a PNG of the window at frame N (with --quit-after-frames N).
        #[arg(long)]
        screenshot: Option<PathBuf>,
        #[arg(long)]
        quit_after_frames: Option<u32>,
    },
    /// Check scenario and data files; every error as file:line:col: message.
    Validate {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Play one AI-only session headless and print its record: statements, drafts, outcome.
    Transcript {
        #[arg(long)]
        scenario: String,
        /// Which text, by id (default: every text in turn).
        #[arg(long)]
        text: Option<String>,
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Run AI-only sessions headless, in parallel, and summarise the outcomes.
    Simulate {
        #[arg(long)]
        scenario: String,
        #[arg(long, default_value_t = 100)]
        runs: u64,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Worker threads (default: the number of cores).
        #[arg(long)]
        threads: Option<usize>,
        #[arg(long)]
        json: bool,
    },
}

fn load(name: &str) -> Result<Arc<oewg_sim::model::Scenario>, ExitCode> {
    scenario::load(scenario::resolve_path(name)).map(Arc::new).map_err(|diags| {
        eprint!("{diags}");
        ExitCode::from(2)
    })
}

fn text_by_id(scenario: &oewg_sim::model::Scenario, id: &str) -> Result<usize, ExitCode> {
    scenario.text_index(id).ok_or_else(|| {
        let ids: Vec<&str> = scenario.texts.iter().map(|t| t.id.as_str()).collect();
        eprintln!("no text \"{id}\" in {}: expected one of {ids:?}", scenario.id);
        ExitCode::from(2)
    })
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let Some(command) = cli.command else {
        let options = ui::WindowOptions {
            screenshot: cli.screenshot,
            quit_after_frames: cli.quit_after_frames,
            ..Default::default()
        };
        let launch = match cli.screen {
            StartScreen::Title => ui::Launch::Title,
            StartScreen::NewGame => ui::Launch::NewGame,
            StartScreen::Settings => ui::Launch::Settings,
        };
        return window(launch, options);
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
        Command::Transcript { scenario, text, seed } => {
            let scenario = match load(&scenario) {
                Ok(s) => s,
                Err(code) => return code,
            };
            let texts: Vec<usize> = match text {
                None => (0..scenario.texts.len()).collect(),
                Some(id) => match text_by_id(&scenario, &id) {
                    Ok(t) => vec![t],
                    Err(code) => return code,
                },
            };
            for t in texts {
                print!("{}", oewg_sim::model::record::transcript(&scenario, t, batch::seed_for(seed, t, 0)));
            }
            ExitCode::SUCCESS
        }
        Command::Simulate { scenario, runs, seed, threads, json } => {
            let scenario = match load(&scenario) {
                Ok(s) => s,
                Err(code) => return code,
            };
            let threads = threads.unwrap_or_else(|| std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1));
            let summary = batch::simulate(scenario.clone(), runs, seed, threads);
            if json {
                println!("{}", serde_json::to_string_pretty(&summary).expect("summary serialises"));
            } else {
                print!("{}", batch::render(&scenario, &summary));
            }
            ExitCode::SUCCESS
        }
        Command::Play {
            scenario,
            text,
            seed,
            delegation,
            autoplay,
            pace,
            load: save,
            then_debrief,
            screenshot,
            quit_after_frames,
        } => {
            let options = ui::WindowOptions { pace, screenshot, quit_after_frames, then_debrief };
            if let Some(path) = save {
                return match ui::screens::title::load_session(&path) {
                    Ok(setup) => window(ui::Launch::Session(setup), options),
                    Err(e) => {
                        eprintln!("cannot load the save: {e}");
                        ExitCode::from(2)
                    }
                };
            }
            let name = scenario.unwrap_or_else(|| scenario::default_scenario_path().display().to_string());
            let scenario = match load(&name) {
                Ok(s) => s,
                Err(code) => return code,
            };
            let text = match text {
                None => 0,
                Some(id) => match text_by_id(&scenario, &id) {
                    Ok(t) => t,
                    Err(code) => return code,
                },
            };
            let (players, player_chair) = match delegation.as_deref().filter(|_| !autoplay) {
                None => (Vec::new(), false),
                Some(role) if role.eq_ignore_ascii_case("chair") => (Vec::new(), true),
                Some(code) => match scenario.delegation_index(&code.to_uppercase()) {
                    Some(d) => (vec![d], false),
                    None => {
                        eprintln!(
                            "\"{code}\" has no seat in {}: expected the ISO 3166 alpha-3 code of a seated state, or \"chair\"",
                            scenario.id
                        );
                        return ExitCode::from(2);
                    }
                },
            };
            let start = oewg_sim::model::save::Start { text, seed, players, player_chair };
            let setup = sim::SessionSetup::new(scenario, name, &start);
            window(ui::Launch::Session(setup), options)
        }
    }
}

/// The window needs a display; say so plainly instead of letting winit panic.
fn display_missing() -> Option<ExitCode> {
    let has = |var: &str| std::env::var_os(var).is_some_and(|v| !v.is_empty());
    if cfg!(target_os = "linux") && !has("DISPLAY") && !has("WAYLAND_DISPLAY") {
        eprintln!(
            "oewg-sim: no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). \
             Run it in a desktop session, or headless under `xvfb-run -s \"-screen 0 1280x800x24\" oewg-sim ...`. \
             The commands validate, simulate and transcript need no display."
        );
        return Some(ExitCode::from(3));
    }
    None
}

/// Opens the window, once the display is known to be there.
fn window(launch: ui::Launch, options: ui::WindowOptions) -> ExitCode {
    if let Some(code) = display_missing() {
        return code;
    }
    exit_code(ui::run(launch, options))
}

fn exit_code(exit: bevy::app::AppExit) -> ExitCode {
    match exit {
        bevy::app::AppExit::Success => ExitCode::SUCCESS,
        bevy::app::AppExit::Error(_) => ExitCode::FAILURE,
    }
}
