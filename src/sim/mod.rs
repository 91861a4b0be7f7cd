//! The ECS side of a session: the negotiation's state lives in resources, people's
//! moves arrive as messages carrying their sender, and thin systems lend the
//! resources to the model's phase functions. Who holds which seat is model state
//! (`Seating`), changed only by moves, so a save replays it. The same plugin runs in
//! the window, in the classroom host and headless (`MinimalPlugins`).

pub mod odds;

use std::sync::Arc;

use bevy::ecs::system::SystemParam;
use bevy::prelude::*;
use rand_chacha::ChaCha8Rng;

use crate::data::ScenarioFile;
use crate::model::digest::digest;
use crate::model::forecast::{self, IssueForecast};
use crate::model::intent::{Agenda, Move, Refusal, Table};
use crate::model::save::{SaveGame, Start};
use crate::model::session::{self, Clock, Parts, Phase, TextState};
use crate::model::{Assessment, Record, Room, Scenario, Seating, Sender, Session, evaluate};

/// How a session starts: which scenario, which seed, who holds which seat, and any
/// steps already played (a loaded save), replayed before the session shows.
#[derive(Resource, Clone, Debug)]
pub struct SessionSetup {
    pub scenario: Arc<Scenario>,
    /// Where the scenario came from, for saves.
    pub file: ScenarioFile,
    pub start: Start,
    /// Keep statements and drafts (the game) or only counts.
    pub verbose: bool,
    pub replay: Vec<Vec<Move>>,
}

impl SessionSetup {
    pub fn new(scenario: Arc<Scenario>, file: ScenarioFile, start: Start) -> SessionSetup {
        SessionSetup { scenario, file, start, verbose: true, replay: Vec::new() }
    }
}

/// The moves each phase step acted on, from the start, and the model's digest after each: with
/// the setup, a save.
#[derive(Resource, Default, Debug, Clone)]
pub struct StepLog {
    pub steps: Vec<Vec<Move>>,
    pub digests: Vec<u64>,
}

#[derive(Resource, Deref)]
pub struct ActiveScenario(pub Arc<Scenario>);
#[derive(Resource, Deref, DerefMut)]
pub struct RoomState(pub Room);
/// Every text of the session: its draft, the amendments on the table, declared stands.
#[derive(Resource, Deref, DerefMut)]
pub struct Texts(pub Vec<TextState>);
#[derive(Resource, Deref, DerefMut)]
pub struct SimRng(pub ChaCha8Rng);
#[derive(Resource, Deref, DerefMut)]
pub struct SessionClock(pub Clock);
#[derive(Resource, Deref, DerefMut)]
pub struct SessionRecord(pub Record);
#[derive(Resource, Deref, DerefMut)]
pub struct SessionSeating(pub Seating);
/// The moves people have made that no step has acted on yet.
#[derive(Resource, Deref, DerefMut, Default)]
pub struct SessionAgenda(pub Agenda);

/// Whether the next phase step runs this frame: every frame headless, on a
/// timer or a key press in the window.
#[derive(Resource, Default)]
pub struct Pacing {
    pub step_now: bool,
    pub every_frame: bool,
}

/// The room the session opened on: what the capitals' instructions were written from, and what
/// the debrief marks against.
#[derive(Resource, Deref)]
pub struct OpeningRoom(pub Room);

/// Every delegation's assessment of each text, in delegation order, refreshed when a
/// draft or the room changes; the window and the network read it.
#[derive(Resource, Default, Deref)]
pub struct Assessments(pub Vec<Vec<Assessment>>);

/// Where the room is likely to land on each issue (compromise and Nash points),
/// recomputed when positions move.
#[derive(Resource, Default, Deref)]
pub struct Forecasts(pub Vec<IssueForecast>);

/// A person's move, from the window or a remote seat.
#[derive(Message, Debug, Clone)]
pub struct MoveMessage(pub Move);

/// A waiting move taken back by its sender (or the instructor).
#[derive(Message, Debug, Clone, Copy)]
pub struct WithdrawMessage {
    pub id: u64,
    pub by: Sender,
}

/// A move the model refused, for its sender: the window shows it, the host sends it on.
#[derive(Message, Debug, Clone)]
pub struct MoveRefused {
    pub to: Sender,
    pub refusal: Refusal,
}

/// A phase step ran (for autosaves and for the classroom's broadcast).
#[derive(Message, Debug, Clone, Copy)]
pub struct StepTaken;

pub struct SimPlugin;

impl Plugin for SimPlugin {
    fn build(&self, app: &mut App) {
        app.add_message::<MoveMessage>()
            .add_message::<WithdrawMessage>()
            .add_message::<MoveRefused>()
            .add_message::<StepTaken>()
            .init_resource::<Pacing>()
            .init_resource::<Forecasts>()
            .init_resource::<Assessments>()
            .init_resource::<StepLog>()
            .init_resource::<SessionAgenda>()
            // A new setup (a new game, a loaded save) starts a new session.
            .add_systems(PreUpdate, start_session.run_if(resource_exists_and_changed::<SessionSetup>))
            .add_systems(
                Update,
                (
                    take_moves,
                    run_step.run_if(|p: Res<Pacing>| p.step_now || p.every_frame),
                    refresh_assessments,
                    refresh_forecasts,
                )
                    .chain()
                    .in_set(SimSet)
                    .run_if(resource_exists::<SessionClock>),
            );
    }
}

/// The session's systems, for ordering others after them.
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub struct SimSet;

fn start_session(
    mut commands: Commands,
    setup: Res<SessionSetup>,
    mut agenda: ResMut<SessionAgenda>,
    mut log: ResMut<StepLog>,
) {
    agenda.clear();
    let scenario = setup.scenario.clone();
    let (mut session, digests) = crate::model::save::replay(scenario.clone(), &setup.start, &setup.replay);
    session.record.verbose = setup.verbose;
    *log = StepLog { steps: setup.replay.clone(), digests };
    info!(
        "session started: {} ({}), seed {}, {} step(s) replayed, people at {:?}",
        scenario.id,
        setup.file.show(),
        setup.start.seed,
        setup.replay.len(),
        setup.start.people
    );
    commands.insert_resource(OpeningRoom(Room::opening(&scenario, setup.start.seed)));
    insert_session(&mut commands, session);
}

fn insert_session(commands: &mut Commands, session: Session) {
    commands.insert_resource(Forecasts(forecast::forecast(&session.scenario, &session.room)));
    commands.insert_resource(RoomState(session.room));
    commands.insert_resource(Texts(session.texts));
    commands.insert_resource(SimRng(session.rng));
    commands.insert_resource(SessionClock(session.clock));
    commands.insert_resource(SessionRecord(session.record));
    commands.insert_resource(SessionSeating(session.seating));
    commands.insert_resource(ActiveScenario(session.scenario));
}

/// The resources one phase step changes.
#[derive(SystemParam)]
pub struct Negotiation<'w> {
    pub scenario: Res<'w, ActiveScenario>,
    pub room: ResMut<'w, RoomState>,
    pub texts: ResMut<'w, Texts>,
    pub rng: ResMut<'w, SimRng>,
    pub clock: ResMut<'w, SessionClock>,
    pub record: ResMut<'w, SessionRecord>,
    pub seating: ResMut<'w, SessionSeating>,
}

impl Negotiation<'_> {
    fn parts(&mut self) -> Parts<'_> {
        Parts {
            scenario: &self.scenario.0,
            room: &mut self.room.0,
            texts: &mut self.texts.0,
            rng: &mut self.rng.0,
            clock: &mut self.clock.0,
            record: &mut self.record.0,
            seating: &mut self.seating.0,
        }
    }

    /// The whole session as the model's own value, for its digest.
    fn snapshot(&self) -> Session {
        Session {
            scenario: self.scenario.0.clone(),
            room: self.room.0.clone(),
            texts: self.texts.0.clone(),
            rng: self.rng.0.clone(),
            clock: self.clock.0,
            record: self.record.0.clone(),
            seating: self.seating.0.clone(),
        }
    }
}

/// What a move is checked against, read-only.
#[derive(SystemParam)]
pub struct TableView<'w> {
    pub scenario: Res<'w, ActiveScenario>,
    pub room: Res<'w, RoomState>,
    pub texts: Res<'w, Texts>,
    pub clock: Res<'w, SessionClock>,
    pub seating: Res<'w, SessionSeating>,
}

impl TableView<'_> {
    /// Checks `mv` against the session as it stands and queues it, or says why not.
    pub fn submit(&self, agenda: &mut Agenda, mv: Move) -> Result<u64, Refusal> {
        let drafts: Vec<&crate::model::Draft> = self.texts.iter().map(|t| &t.draft).collect();
        let table = Table {
            scenario: &self.scenario,
            seating: &self.seating,
            drafts: &drafts,
            room: &self.room,
            clock: **self.clock,
        };
        agenda.submit(&table, mv)
    }
}

/// People's moves are checked against the table as it stands: queued for the phase that acts
/// on them, or refused with the reason for their sender.
fn take_moves(
    mut moves: MessageReader<MoveMessage>,
    mut withdrawals: MessageReader<WithdrawMessage>,
    table: TableView,
    mut agenda: ResMut<SessionAgenda>,
    mut refused: MessageWriter<MoveRefused>,
) {
    for MoveMessage(mv) in moves.read() {
        if let Err(refusal) = table.submit(&mut agenda, mv.clone()) {
            info!("move refused: {:?} from {:?}: {:?}", mv.intent, mv.by, refusal);
            refused.write(MoveRefused { to: mv.by, refusal });
        }
    }
    for w in withdrawals.read() {
        if let Err(refusal) = agenda.withdraw(w.id, w.by) {
            refused.write(MoveRefused { to: w.by, refusal });
        }
    }
}

/// Runs the current phase through the model with the moves it acts on, logs them with
/// the digest of the state they led to, and tells senders what could not be done.
fn run_step(
    mut negotiation: Negotiation,
    mut agenda: ResMut<SessionAgenda>,
    mut pacing: ResMut<Pacing>,
    mut log: ResMut<StepLog>,
    mut refused: MessageWriter<MoveRefused>,
    mut taken: MessageWriter<StepTaken>,
) {
    pacing.step_now = false;
    let phase = negotiation.clock.phase;
    if phase == Phase::Concluded {
        return;
    }
    let moves = agenda.take(phase);
    for (to, refusal) in session::advance(&mut negotiation.parts(), &moves) {
        refused.write(MoveRefused { to, refusal });
    }
    log.steps.push(moves);
    log.digests.push(digest(&negotiation.snapshot()));
    taken.write(StepTaken);
    if negotiation.clock.phase == Phase::Concluded {
        info!("session concluded: {}", negotiation.scenario.id);
    }
}

fn refresh_assessments(
    scenario: Res<ActiveScenario>,
    room: Res<RoomState>,
    texts: Res<Texts>,
    mut assessments: ResMut<Assessments>,
) {
    if !texts.is_changed() && !room.is_changed() && assessments.0.len() == texts.len() {
        return;
    }
    assessments.0 = evaluate::assess_drafts(&scenario, &room, texts.iter().map(|t| &t.draft));
}

fn refresh_forecasts(scenario: Res<ActiveScenario>, room: Res<RoomState>, mut forecasts: ResMut<Forecasts>) {
    if room.is_changed() {
        forecasts.0 = forecast::forecast(&scenario, &room);
    }
}

/// What a save of the running session needs, read-only.
#[derive(SystemParam)]
pub struct SaveSource<'w> {
    pub setup: Res<'w, SessionSetup>,
    pub log: Res<'w, StepLog>,
    pub scenario: Res<'w, ActiveScenario>,
    pub clock: Res<'w, SessionClock>,
}

impl SaveSource<'_> {
    pub fn save_game(&self) -> SaveGame {
        SaveGame::of_log(&self.scenario, &self.setup, &self.log, **self.clock)
    }
}

/// The running session of `world` as a save: its setup and the moves every step acted on.
pub fn save_of(world: &World) -> Option<SaveGame> {
    let setup = world.get_resource::<SessionSetup>()?;
    let log = world.get_resource::<StepLog>()?;
    let scenario = world.get_resource::<ActiveScenario>()?;
    let clock = world.get_resource::<SessionClock>()?;
    Some(SaveGame::of_log(scenario, setup, log, **clock))
}

impl SaveGame {
    /// A save of the session a setup began, after the steps in `log`.
    pub fn of_log(scenario: &Scenario, setup: &SessionSetup, log: &StepLog, clock: Clock) -> SaveGame {
        SaveGame {
            format: crate::model::save::FORMAT,
            scenario: setup.file.reference(),
            scenario_id: scenario.id.clone(),
            seed: setup.start.seed,
            people: setup.start.people.iter().map(|&s| crate::model::save::seat_name(scenario, s)).collect(),
            steps: log.steps.clone(),
            digests: log.digests.iter().map(|d| format!("{d:016x}")).collect(),
            round: clock.round,
            phase: clock.phase,
            saved_at: jiff::Timestamp::now().to_string(),
        }
    }
}

/// A headless app running one session through the ECS loop.
pub fn headless_app(setup: SessionSetup) -> App {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, bevy::state::app::StatesPlugin))
        .insert_resource(setup)
        .insert_resource(Pacing { step_now: false, every_frame: true })
        .add_plugins(SimPlugin);
    app
}

/// Runs a headless app until the session concludes (or `max_updates` pass).
pub fn run_headless(app: &mut App, max_updates: usize) -> bool {
    for _ in 0..max_updates {
        app.update();
        if app.world().get_resource::<SessionClock>().is_some_and(|c| c.phase == Phase::Concluded) {
            return true;
        }
    }
    false
}
