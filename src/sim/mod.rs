//! The ECS side of a session: delegations are entities, the draft, clock, RNG
//! and scenario are resources, intents are messages and phases are States.
//! Systems are thin: they lend the resources to the model's phase functions.
//! The same plugin runs in the window and headless (`MinimalPlugins`).

use std::sync::Arc;

use bevy::ecs::system::SystemParam;
use bevy::prelude::*;
use rand_chacha::ChaCha8Rng;

use crate::model::forecast::{self, IssueForecast};
use crate::model::save::{self, Start};
use crate::model::session::{self, Clock, Intent, Parts, Phase};
use crate::model::{Assessment, Draft, Edit, Record, Room, Scenario, VerdictKind, evaluate};

/// The negotiation phases as Bevy states; they mirror `Clock::phase`.
#[derive(States, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SessionPhase {
    #[default]
    Opening,
    GeneralExchange,
    Consultations,
    Revision,
    Adoption,
    Concluded,
}

impl From<Phase> for SessionPhase {
    fn from(p: Phase) -> Self {
        match p {
            Phase::Opening => SessionPhase::Opening,
            Phase::GeneralExchange => SessionPhase::GeneralExchange,
            Phase::Consultations => SessionPhase::Consultations,
            Phase::Revision => SessionPhase::Revision,
            Phase::Adoption => SessionPhase::Adoption,
            Phase::Concluded => SessionPhase::Concluded,
        }
    }
}

/// How a session starts: which scenario, which text, which seed, who plays what.
#[derive(Resource, Clone, Debug)]
pub struct SessionSetup {
    pub scenario: Arc<Scenario>,
    pub text: usize,
    pub seed: u64,
    /// Delegations played by a person (indices); everyone else is AI.
    pub players: Vec<usize>,
    /// Whether a person holds the chair.
    pub player_chair: bool,
    /// Keep statements and drafts (the game) or only counts.
    pub verbose: bool,
    /// The scenario file as opened, for saves.
    pub scenario_path: String,
    /// Steps already played (a loaded save): replayed before the session shows.
    pub replay: Vec<Vec<Intent>>,
}

impl SessionSetup {
    /// A fresh session of `text` where people play `players` and perhaps the chair.
    pub fn new(scenario: Arc<Scenario>, scenario_path: String, start: &Start) -> SessionSetup {
        SessionSetup {
            scenario,
            text: start.text,
            seed: start.seed,
            players: start.players.clone(),
            player_chair: start.player_chair,
            verbose: true,
            scenario_path,
            replay: Vec::new(),
        }
    }

    pub fn start(&self) -> Start {
        Start { text: self.text, seed: self.seed, players: self.players.clone(), player_chair: self.player_chair }
    }
}

/// The intents each phase step acted on, from the start: with the setup, a save.
#[derive(Resource, Default, Deref)]
pub struct StepLog(pub Vec<Vec<Intent>>);

#[derive(Resource, Deref)]
pub struct ActiveScenario(pub Arc<Scenario>);
#[derive(Resource, Deref, DerefMut)]
pub struct RoomState(pub Room);
#[derive(Resource, Deref, DerefMut)]
pub struct DraftText(pub Draft);
#[derive(Resource, Deref, DerefMut)]
pub struct SimRng(pub ChaCha8Rng);
#[derive(Resource, Deref, DerefMut)]
pub struct SessionClock(pub Clock);
#[derive(Resource, Deref, DerefMut)]
pub struct SessionRecord(pub Record);
#[derive(Resource, Deref, DerefMut, Default)]
pub struct Proposals(pub Vec<Edit>);
#[derive(Resource)]
pub struct ChairControl {
    pub ai: bool,
}

/// Whether the next phase step runs this frame: every frame headless, on a
/// timer or a key press in the window.
#[derive(Resource, Default)]
pub struct Pacing {
    pub step_now: bool,
    pub every_frame: bool,
}

/// One seat at the table.
#[derive(Component, Debug, Clone)]
pub struct Seat {
    /// Index into `Scenario::delegations` (sorted by code).
    pub index: usize,
    pub code: String,
}

#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Controller {
    Ai,
    Player,
}

/// The delegation's verdict on the current draft, refreshed after every phase.
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
pub struct CurrentVerdict(pub VerdictKind);

/// Every delegation's assessment of the current draft, in delegation order,
/// refreshed when the draft or the room changes; the window reads it.
#[derive(Resource, Default, Deref)]
pub struct Assessments(pub Vec<Assessment>);

/// Where the room is likely to land on each issue (compromise and Nash points),
/// recomputed when positions move.
#[derive(Resource, Default, Deref)]
pub struct Forecasts(pub Vec<IssueForecast>);

/// A player's (or remote seat's) intent.
#[derive(Message, Debug, Clone, Copy)]
pub struct IntentMessage(pub Intent);

/// Intents gathered since the last phase step.
#[derive(Resource, Default)]
struct PendingIntents(Vec<Intent>);

pub struct SimPlugin;

impl Plugin for SimPlugin {
    fn build(&self, app: &mut App) {
        app.init_state::<SessionPhase>()
            .add_message::<IntentMessage>()
            .init_resource::<Pacing>()
            .init_resource::<PendingIntents>()
            .init_resource::<Forecasts>()
            .init_resource::<Assessments>()
            .init_resource::<StepLog>()
            // A new setup (a new game, a loaded save) starts a new session.
            .add_systems(PreUpdate, start_session.run_if(resource_exists_and_changed::<SessionSetup>))
            .add_systems(
                Update,
                (
                    collect_intents,
                    run_phase.run_if(|p: Res<Pacing>| p.step_now || p.every_frame),
                    refresh_verdicts,
                    refresh_forecasts,
                )
                    .chain()
                    .run_if(resource_exists::<SessionClock>),
            );
    }
}

fn start_session(
    mut commands: Commands,
    setup: Res<SessionSetup>,
    old_seats: Query<Entity, With<Seat>>,
    mut pending: ResMut<PendingIntents>,
    mut log: ResMut<StepLog>,
    mut next: ResMut<NextState<SessionPhase>>,
) {
    for seat in &old_seats {
        commands.entity(seat).despawn();
    }
    pending.0.clear();
    let scenario = setup.scenario.clone();
    let mut session = save::replay(scenario.clone(), &setup.start(), &setup.replay);
    session.record.verbose = setup.verbose;
    for (index, delegation) in scenario.delegations.iter().enumerate() {
        let controller = if setup.players.contains(&index) { Controller::Player } else { Controller::Ai };
        // `refresh_verdicts` fills in the verdict: the new draft and room count as changed.
        commands.spawn((
            Name::new(delegation.name.clone()),
            Seat { index, code: delegation.code.clone() },
            controller,
            CurrentVerdict(VerdictKind::CanLiveWith),
        ));
    }
    log.0 = setup.replay.clone();
    next.set(session.clock.phase.into());
    commands.insert_resource(Forecasts(forecast::forecast(&scenario, &session.room)));
    commands.insert_resource(RoomState(session.room));
    commands.insert_resource(DraftText(session.draft));
    commands.insert_resource(SimRng(session.rng));
    commands.insert_resource(SessionClock(session.clock));
    commands.insert_resource(SessionRecord(session.record));
    commands.insert_resource(Proposals(session.proposals));
    commands.insert_resource(ChairControl { ai: !setup.player_chair });
    commands.insert_resource(ActiveScenario(scenario));
}

fn collect_intents(mut reader: MessageReader<IntentMessage>, mut pending: ResMut<PendingIntents>) {
    pending.0.extend(reader.read().map(|m| m.0));
}

/// The resources one phase step needs.
#[derive(SystemParam)]
pub struct Negotiation<'w> {
    pub scenario: Res<'w, ActiveScenario>,
    pub room: ResMut<'w, RoomState>,
    pub draft: ResMut<'w, DraftText>,
    pub rng: ResMut<'w, SimRng>,
    pub clock: ResMut<'w, SessionClock>,
    pub record: ResMut<'w, SessionRecord>,
    pub proposals: ResMut<'w, Proposals>,
    pub chair: Res<'w, ChairControl>,
}

impl Negotiation<'_> {
    fn parts<'a>(&'a mut self, ai: &'a [bool]) -> Parts<'a> {
        Parts {
            scenario: &self.scenario.0,
            room: &mut self.room.0,
            draft: &mut self.draft.0,
            rng: &mut self.rng.0,
            clock: &mut self.clock.0,
            record: &mut self.record.0,
            ai,
            ai_penholder: self.chair.ai,
            proposals: &mut self.proposals.0,
        }
    }
}

/// Runs the current phase through the model, logs the intents it acted on,
/// then moves the state on.
fn run_phase(
    mut negotiation: Negotiation,
    seats: Query<(&Seat, &Controller)>,
    mut pending: ResMut<PendingIntents>,
    mut pacing: ResMut<Pacing>,
    mut log: ResMut<StepLog>,
    mut next: ResMut<NextState<SessionPhase>>,
) {
    pacing.step_now = false;
    let phase = negotiation.clock.phase;
    if phase == Phase::Concluded {
        return;
    }
    let mut ai = vec![true; negotiation.scenario.delegations.len()];
    for (seat, controller) in &seats {
        ai[seat.index] = *controller == Controller::Ai;
    }
    let intents = session::take_intents(phase, &mut pending.0);
    session::advance(&mut negotiation.parts(&ai), &intents);
    log.0.push(intents);
    next.set(negotiation.clock.phase.into());
}

fn refresh_verdicts(
    negotiation: Negotiation,
    mut assessments: ResMut<Assessments>,
    mut seats: Query<(&Seat, &mut CurrentVerdict)>,
) {
    if !negotiation.draft.is_changed() && !negotiation.room.is_changed() {
        return;
    }
    let positions = negotiation.draft.positions(&negotiation.scenario.issues);
    evaluate::assess_all(&negotiation.scenario, &negotiation.room, &positions, &mut assessments.0);
    for (seat, mut verdict) in &mut seats {
        verdict.set_if_neq(CurrentVerdict(assessments[seat.index].kind));
    }
}

fn refresh_forecasts(negotiation: Negotiation, mut forecasts: ResMut<Forecasts>) {
    if negotiation.room.is_changed() {
        forecasts.0 = forecast::forecast(&negotiation.scenario, &negotiation.room);
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
            // One more frame applies the transition to `SessionPhase::Concluded`.
            app.update();
            return true;
        }
    }
    false
}
