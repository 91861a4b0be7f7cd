//! The session screen: the bar, the room, the drafts (a tab per text), the inspector, the
//! log and the charts; the adoption moment; the moves waiting, with undo; several people
//! taking turns at one machine. The screen reads the `sim` resources and sends moves
//! with the sender at the screen; it never changes the model.

mod keys;
mod layout;
mod saves;

use bevy::prelude::*;
use bevy_egui::EguiPrimaryContextPass;

use crate::model::{Seat, Sender};
use crate::settings::Settings;
use crate::sim::{MoveMessage, MoveRefused, Pacing, SessionClock, SessionSetup, SimSet, StepTaken, WithdrawMessage};
use crate::ui::panels::UiAction;
use crate::ui::panels::draft::DraftUi;
use crate::ui::panels::room::RoomUi;
use crate::ui::{AtTheScreen, Notices, Screen, UiText, WindowOptions};

/// Whether the AI waits for Space. A person at the table starts paused, so the
/// session moves at their pace; scripted runs never wait.
#[derive(Resource)]
pub struct AiPaused(pub bool);

/// Set when the player has just read the instructions screen, so the session does not show them again.
#[derive(Resource, Default)]
pub struct InstructionsRead(pub bool);

/// The room the session opened on: what the capital's instructions are written from and
/// what the debrief marks against.
pub use crate::sim::OpeningRoom;

/// In a small window the panels become tabs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Room,
    Draft,
    Delegation,
    Log,
    Charts,
}

/// What the session screen remembers between frames; cleared for every new session.
#[derive(Resource, Default)]
pub struct SessionUi {
    pub draft: DraftUi,
    pub room: RoomUi,
    /// The text shown, where a session holds several.
    pub text: usize,
    /// The delegation in the inspector.
    pub selected: Option<usize>,
    pub tab: Tab,
    pub instructions: bool,
    pub glossary: bool,
    /// The adoption window: open once, when the gavel falls.
    pub adoption: bool,
    pub adoption_seen: bool,
    /// The bar's height last frame, to redraw when it changes.
    pub bar_height: f32,
}

#[derive(Resource)]
struct StepTimer(Timer);

pub struct SessionScreenPlugin;

impl Plugin for SessionScreenPlugin {
    fn build(&self, app: &mut App) {
        app.init_resource::<SessionUi>()
            .init_resource::<InstructionsRead>()
            .insert_resource(AiPaused(false))
            .insert_resource(StepTimer(Timer::from_seconds(1.0, TimerMode::Repeating)))
            .add_systems(PreUpdate, reset_for_new_setup.run_if(resource_exists_and_changed::<SessionSetup>))
            .add_systems(
                Update,
                (keys::session_keys, pace_steps, scripted_proposal)
                    .chain()
                    .before(SimSet)
                    .run_if(in_state(Screen::Session).and_then(resource_exists::<SessionClock>)),
            )
            .add_systems(
                Update,
                (saves::autosave, then_debrief, show_refusals)
                    .after(SimSet)
                    .run_if(in_state(Screen::Session).and_then(resource_exists::<SessionClock>)),
            )
            .add_systems(
                EguiPrimaryContextPass,
                layout::session_screen.run_if(in_state(Screen::Session).and_then(resource_exists::<SessionClock>)),
            );
    }
}

/// A new session: the people at the screen, the AI paused for them, the instructions shown
/// (unless just read), and nothing of the last session's screen left over.
fn reset_for_new_setup(
    mut commands: Commands,
    setup: Res<SessionSetup>,
    options: Res<WindowOptions>,
    mut ui: ResMut<SessionUi>,
    mut pacing: ResMut<Pacing>,
    mut read: ResMut<InstructionsRead>,
    mut notices: ResMut<Notices>,
) {
    let at = AtTheScreen::of(&setup);
    commands.insert_resource(AiPaused(at.seat.is_some() && !options.scripted()));
    let show_instructions = at.seat.is_some() && !options.scripted() && !read.0;
    *ui = SessionUi {
        selected: match at.seat {
            Some(Seat::Delegation(d)) => Some(d),
            _ => None,
        },
        instructions: show_instructions,
        ..SessionUi::default()
    };
    commands.insert_resource(at);
    notices.clear();
    read.0 = false;
    pacing.every_frame = options.then_debrief;
}

/// AI turns follow the pace; Space steps at once; P pauses. A scripted run may stop at a round.
fn pace_steps(
    time: Res<Time>,
    settings: Res<Settings>,
    options: Res<WindowOptions>,
    clock: Res<SessionClock>,
    mut timer: ResMut<StepTimer>,
    mut pacing: ResMut<Pacing>,
    paused: Res<AiPaused>,
) {
    if options.pause_at_round.is_some_and(|r| clock.round >= r && clock.phase == crate::model::Phase::Consultations) {
        return;
    }
    if settings.is_changed() {
        timer.0 = Timer::from_seconds(settings.ai_pace.max(0.05), TimerMode::Repeating);
    }
    timer.0.tick(time.delta());
    if !paused.0 && timer.0.just_finished() {
        pacing.step_now = true;
    }
}

/// Scripted (`--consider ISSUE=RUNG [--propose]`, screenshots): once the AI has stopped, the
/// person at the screen opens the paragraph on that issue and chooses that wording; with
/// `--propose`, proposes it once its what-if has come.
fn scripted_proposal(
    options: Res<WindowOptions>,
    clock: Res<SessionClock>,
    texts: Res<crate::sim::Texts>,
    scenario: Res<crate::sim::ActiveScenario>,
    odds: Res<crate::sim::odds::LiveOdds>,
    at: Res<AtTheScreen>,
    mut ui: ResMut<SessionUi>,
    mut moves: MessageWriter<MoveMessage>,
    mut sent: Local<bool>,
) {
    let (Some(round), Some((issue, rung)), Some(seat)) = (options.pause_at_round, &options.consider, at.seat) else {
        return;
    };
    if *sent || clock.round < round || clock.phase != crate::model::Phase::Consultations {
        return;
    }
    let Some(i) = scenario.issues.iter().position(|x| x.id == *issue) else { return };
    let Some(paragraph) = texts.first().and_then(|s| s.draft.paragraphs.iter().position(|p| p.issue == i)) else {
        return;
    };
    if ui.draft.open != Some((0, paragraph)) {
        ui.draft.open = Some((0, paragraph));
        ui.draft.chosen.insert((0, paragraph), *rung);
    }
    // Keep it in view until the what-if has come (the panel may settle over a few frames).
    ui.draft.scroll_to_open = true;
    let edit = crate::model::Edit::Reword { paragraph, rung: *rung };
    let intent = match seat {
        Seat::Delegation(_) => crate::model::Intent::Propose { text: 0, edit, own_words: None },
        Seat::Chair => crate::model::Intent::ChairEdit { text: 0, edit },
    };
    let mv = crate::model::Move { by: Sender::from(seat), intent };
    if options.propose && odds.what_if_for(&mv).is_some() && !odds.computing() {
        moves.write(MoveMessage(mv));
        *sent = true;
    }
}

/// With `--then-debrief`, the debrief opens as soon as the gavel falls.
fn then_debrief(options: Res<WindowOptions>, clock: Res<SessionClock>, mut next: ResMut<NextState<Screen>>) {
    if options.then_debrief && clock.phase == crate::model::Phase::Concluded {
        next.set(Screen::Debrief);
    }
}

/// A refused move is shown to whoever sent it from this screen, with the reason.
fn show_refusals(
    mut refused: MessageReader<MoveRefused>,
    at: Res<AtTheScreen>,
    text: Res<UiText>,
    scenario: Option<Res<crate::sim::ActiveScenario>>,
    mut notices: ResMut<Notices>,
) {
    for r in refused.read() {
        let mine = at.seat.map(Sender::from) == Some(r.to);
        if let (true, Some(scenario)) = (mine, &scenario) {
            notices.problem(crate::tr!(
                text,
                "notice-refused",
                reason = crate::text::report::refusal(&text, scenario, &r.refusal)
            ));
        }
    }
}

/// Sends what the panels asked for, as moves of the seat at the screen. A call for adoption
/// lets the AI run to the gavel.
pub(crate) fn send(
    actions: Vec<UiAction>,
    at: &AtTheScreen,
    moves: &mut MessageWriter<MoveMessage>,
    withdrawals: &mut MessageWriter<WithdrawMessage>,
    ui: &mut SessionUi,
    paused: &mut AiPaused,
) {
    let by = at.seat.map(Sender::from);
    for action in actions {
        match (action, by) {
            (UiAction::Submit(intent), Some(by)) => {
                if intent == crate::model::Intent::CallForAdoption {
                    paused.0 = false;
                }
                moves.write(MoveMessage(crate::model::Move { by, intent }));
            }
            (UiAction::Withdraw(id), Some(by)) => {
                withdrawals.write(WithdrawMessage { id, by });
            }
            (UiAction::Inspect(d), _) => {
                ui.selected = Some(d);
                ui.tab = Tab::Delegation;
            }
            (_, None) => {}
        }
    }
}

/// Whether a step was just taken (for systems that react to it).
pub(crate) fn stepped(taken: &mut MessageReader<StepTaken>) -> bool {
    taken.read().count() > 0
}
