//! The ECS side of a session: delegations are entities, the draft, clock, RNG
//! and scenario are resources, intents are messages and phases are States.
//! Systems are thin: they lend the resources to the model's phase functions.
//! The same plugin runs in the window and headless (`MinimalPlugins`).

use std::sync::Arc;

use bevy::ecs::system::SystemParam;
use bevy::prelude::*;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

use crate::model::forecast::{self, IssueForecast};
use crate::model::session::{self, Clock, Intent, Parts, Phase};
use crate::model::{Draft, Edit, Record, Room, Scenario, VerdictKind, evaluate};

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
#[derive(Resource, Clone)]
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
}

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
            .add_systems(Startup, start_session)
            .add_systems(
                Update,
                (
                    collect_intents,
                    run_phase.run_if(|p: Res<Pacing>| p.step_now || p.every_frame),
                    refresh_verdicts,
                    refresh_forecasts,
                )
                    .chain(),
            );
    }
}

fn start_session(mut commands: Commands, setup: Res<SessionSetup>) {
    let scenario = setup.scenario.clone();
    for (index, delegation) in scenario.delegations.iter().enumerate() {
        let controller = if setup.players.contains(&index) { Controller::Player } else { Controller::Ai };
        commands.spawn((
            Name::new(delegation.name.clone()),
            Seat { index, code: delegation.code.clone() },
            controller,
            CurrentVerdict(VerdictKind::CanLiveWith),
        ));
    }
    let mut rng = ChaCha8Rng::seed_from_u64(setup.seed);
    commands.insert_resource(RoomState(Room::drawn(&scenario, &mut rng)));
    commands.insert_resource(DraftText(Draft::opening(&scenario, setup.text)));
    commands.insert_resource(SimRng(rng));
    commands.insert_resource(SessionClock(Clock { round: 0, rounds: scenario.rounds, phase: Phase::Opening }));
    commands.insert_resource(SessionRecord(Record { verbose: setup.verbose, ..Record::default() }));
    commands.insert_resource(Proposals::default());
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

/// Runs the current phase through the model, then moves the state on.
fn run_phase(
    mut negotiation: Negotiation,
    seats: Query<(&Seat, &Controller)>,
    mut pending: ResMut<PendingIntents>,
    mut pacing: ResMut<Pacing>,
    phase: Res<State<SessionPhase>>,
    mut next: ResMut<NextState<SessionPhase>>,
) {
    pacing.step_now = false;
    if *phase.get() == SessionPhase::Concluded {
        return;
    }
    let mut ai = vec![true; negotiation.scenario.delegations.len()];
    for (seat, controller) in &seats {
        ai[seat.index] = *controller == Controller::Ai;
    }
    // Intents wait for the phase that acts on them.
    let acts_on_intents = matches!(*phase.get(), SessionPhase::Consultations | SessionPhase::Revision);
    let intents = if acts_on_intents { std::mem::take(&mut pending.0) } else { Vec::new() };
    // A call for adoption is answered after the revision, not during consultations.
    if *phase.get() == SessionPhase::Consultations {
        pending.0.extend(intents.iter().filter(|i| **i == Intent::CallForAdoption));
    }
    let call = intents.contains(&Intent::CallForAdoption);
    let mut parts = negotiation.parts(&ai);
    match *phase.get() {
        SessionPhase::Opening => session::opening(&mut parts),
        SessionPhase::GeneralExchange => session::general_exchange(&mut parts),
        SessionPhase::Consultations => session::consultations(&mut parts, &intents),
        SessionPhase::Revision => session::revision(&mut parts, call),
        SessionPhase::Adoption => {
            session::adoption(&mut parts);
        }
        SessionPhase::Concluded => {}
    }
    next.set(negotiation.clock.phase.into());
}

fn refresh_verdicts(negotiation: Negotiation, mut seats: Query<(&Seat, &mut CurrentVerdict)>) {
    if !negotiation.draft.is_changed() && !negotiation.room.is_changed() {
        return;
    }
    let positions = negotiation.draft.positions(&negotiation.scenario.issues);
    for (seat, mut verdict) in &mut seats {
        let kind = evaluate::assess(&negotiation.scenario, &negotiation.room, seat.index, &positions).kind;
        verdict.set_if_neq(CurrentVerdict(kind));
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
