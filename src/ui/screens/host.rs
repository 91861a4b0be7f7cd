//! Hosting a class from the window: the session runs here, students join from browsers, and
//! this screen is the instructor's console on the projector. The server and the class are
//! the classroom's (`crate::classroom`); this screen only shows them and sends the
//! instructor's actions.

use std::sync::Arc;

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use crate::classroom::headless::{self, HostOptions, Started};
use crate::classroom::host::{ClassHost, ClassPacing, InstructorAction};
use crate::model::Seat;
use crate::sim::{ActiveScenario, SessionClock, SessionRecord, SessionSetup, Texts};
use crate::text::{Locale, report, statements};
use crate::tr;
use crate::ui::panels::host::{HostAction, HostUi, HostView, StudentRow, host_panel};
use crate::ui::{Notices, Screen, UiText, screen_frame};

/// A class to host, waiting for the host screen to open.
#[derive(Resource, Clone)]
pub struct PendingHost {
    pub setup: SessionSetup,
    pub options: HostOptions,
}

/// Where students join, and the join address as a QR code.
#[derive(Resource)]
pub struct HostInfo {
    pub started: Started,
    pub qr: Option<egui::TextureHandle>,
}

#[derive(Resource, Default)]
struct HostScreenUi(HostUi);

pub struct HostScreenPlugin;

impl Plugin for HostScreenPlugin {
    fn build(&self, app: &mut App) {
        app.init_resource::<HostScreenUi>()
            .add_plugins(crate::classroom::host::ClassroomPlugin)
            .add_systems(OnEnter(Screen::Host), start_class)
            .add_systems(EguiPrimaryContextPass, host_screen.run_if(in_state(Screen::Host)));
    }
}

/// Opens the class: the session, then the server, woken by the window's event loop.
fn start_class(
    mut commands: Commands,
    pending: Option<Res<PendingHost>>,
    existing: Option<Res<ClassHost>>,
    proxy: Res<bevy::winit::EventLoopProxyWrapper>,
    text: Res<UiText>,
    mut notices: ResMut<Notices>,
) {
    let (Some(pending), None) = (pending, existing) else { return };
    let proxy = (**proxy).clone();
    let waker: crate::classroom::server::Waker = Arc::new(move || {
        let _ = proxy.send_event(bevy::winit::WinitUserEvent::WakeUp);
    });
    let mut options = pending.options.clone();
    let started = headless::start(&options, text.plain().clone(), waker.clone()).or_else(|first| {
        // The usual port is taken: any free one will do, the screen shows which.
        if options.port == 0 {
            return Err(first);
        }
        options.port = 0;
        headless::start(&options, text.plain().clone(), waker)
    });
    match started {
        Ok((host, pacing, started)) => {
            info!("class open at {:?}, room code {}", started.urls, started.code);
            commands.insert_resource(pending.setup.clone());
            commands.insert_resource(host);
            commands.insert_resource(pacing);
            commands.insert_resource(HostInfo { started, qr: None });
        }
        Err(e) => notices.problem(tr!(text, "host-cannot-start", error = e.to_string())),
    }
    commands.remove_resource::<PendingHost>();
}

/// The join address as an image: black modules on white, with the quiet zone.
fn qr_image(url: &str) -> Option<egui::ColorImage> {
    let code = qrcode::QrCode::new(url.as_bytes()).ok()?;
    let width = code.width();
    let colors = code.to_colors();
    let (quiet, scale) = (4, 8);
    let side = (width + 2 * quiet) * scale;
    let mut pixels = vec![egui::Color32::WHITE; side * side];
    for y in 0..width {
        for x in 0..width {
            if colors[y * width + x] == qrcode::Color::Dark {
                for dy in 0..scale {
                    for dx in 0..scale {
                        pixels[((y + quiet) * scale + dy) * side + (x + quiet) * scale + dx] = egui::Color32::BLACK;
                    }
                }
            }
        }
    }
    Some(egui::ColorImage::new([side, side], pixels))
}

/// The class and the session, as the console reads them.
#[derive(bevy::ecs::system::SystemParam)]
struct ClassState<'w> {
    info: Option<ResMut<'w, HostInfo>>,
    host: Option<Res<'w, ClassHost>>,
    pacing: Option<Res<'w, ClassPacing>>,
    scenario: Option<Res<'w, ActiveScenario>>,
    clock: Option<Res<'w, SessionClock>>,
    record: Option<Res<'w, SessionRecord>>,
    texts: Option<Res<'w, Texts>>,
    assessments: Option<Res<'w, crate::sim::Assessments>>,
    opening: Option<Res<'w, crate::sim::OpeningRoom>>,
    setup: Option<Res<'w, SessionSetup>>,
}

fn host_screen(
    mut contexts: EguiContexts,
    text: Res<UiText>,
    mut notices: ResMut<Notices>,
    mut ui_state: ResMut<HostScreenUi>,
    class: ClassState,
    time: Res<Time<Real>>,
    mut actions: MessageWriter<InstructorAction>,
    mut next: ResMut<NextState<Screen>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let l: &Locale = &text;
    let ClassState { info, host, pacing, scenario, clock, record, texts, assessments, opening, setup } = class;
    let (
        Some(mut info),
        Some(host),
        Some(pacing),
        Some(scenario),
        Some(clock),
        Some(record),
        Some(texts),
        Some(assessments),
        Some(opening),
        Some(setup),
    ) = (info, host, pacing, scenario, clock, record, texts, assessments, opening, setup)
    else {
        screen_frame(ctx, "host", |ui| {
            notices.show(ui);
            ui.label(l.t("host-starting"));
            if ui.button(l.t("debrief-title-screen")).clicked() {
                next.set(Screen::Title);
            }
        });
        return Ok(());
    };
    if info.qr.is_none()
        && let Some(image) = info.started.urls.first().and_then(|u| qr_image(u))
    {
        info.qr = Some(ctx.load_texture("join-qr", image, egui::TextureOptions::NEAREST));
    }
    let now = time.elapsed_secs_f64();
    let seconds_left = pacing.seconds_left(now);
    if seconds_left.is_some() {
        // The countdown on the projector moves once a second, and no more.
        ctx.request_repaint_after(std::time::Duration::from_secs(1));
    }
    let several = texts.len() > 1;
    let view = HostView {
        url: info.started.urls.first().cloned().unwrap_or_default(),
        other_urls: info.started.urls.iter().skip(1).cloned().collect(),
        code: info.started.code.clone(),
        locked: host.class.locked,
        chair_open: host.class.chair_open,
        paused: pacing.paused,
        started: pacing.started,
        phase_line: tr!(l, "bar-phase", phase = l.t(clock.phase.key())),
        round_line: tr!(
            l,
            "bar-round",
            round = clock.round,
            rounds = clock.rounds,
            left = clock.rounds.saturating_sub(clock.round)
        ),
        seconds_left,
        phase_seconds: pacing.phase_seconds,
        students: host
            .class
            .students
            .values()
            .map(|s| StudentRow {
                id: s.id,
                name: s.name.clone(),
                seat: s.seat,
                seat_label: match s.seat {
                    Some(Seat::Delegation(d)) => l.state(&scenario, d),
                    Some(Seat::Chair) => l.t("seat-chair"),
                    None => l.t("host-no-seat"),
                },
                connected: s.conn.is_some(),
                last_action: crate::ui::widgets::short(&s.last_action, 80),
            })
            .collect(),
        seats: std::iter::once((Seat::Chair, l.t("seat-chair")))
            .chain((0..scenario.delegations.len()).map(|d| (Seat::Delegation(d), l.state(&scenario, d))))
            .collect(),
        events: scenario.events.iter().enumerate().map(|(i, e)| (i, e.title.clone())).collect(),
        counts: (0..texts.len())
            .map(|t| {
                let objectors: Vec<usize> = assessments
                    .get(t)
                    .map(|a| (0..a.len()).filter(|&d| a[d].kind == crate::model::VerdictKind::Objects).collect())
                    .unwrap_or_default();
                report::count(l, &scenario, t, &objectors, several)
            })
            .collect(),
        drafts: texts
            .iter()
            .enumerate()
            .map(|(t, state)| {
                let heading = tr!(
                    l,
                    "host-draft-heading",
                    symbol = statements::symbol(&scenario, t),
                    label = statements::draft_label(l, &scenario, &state.draft)
                );
                let lines = (0..state.draft.paragraphs.len())
                    .filter(|&i| state.draft.paragraphs[i].counts())
                    .map(|i| statements::final_paragraph(l, &scenario, &state.draft, i))
                    .collect();
                (heading, lines)
            })
            .collect(),
        log: host.log.iter().rev().take(12).rev().cloned().collect(),
        concluded: clock.phase == crate::model::Phase::Concluded,
        outcomes: record
            .texts
            .iter()
            .enumerate()
            .filter_map(|(t, r)| r.conclusion.as_ref().map(|c| (t, c)))
            .map(|(t, c)| {
                tr!(l, "bar-outcome", symbol = statements::symbol(&scenario, t), outcome = l.outcome(c.outcome))
            })
            .collect(),
    };
    let mut chosen = Vec::new();
    screen_frame(ctx, "host", |ui| {
        notices.show(ui);
        chosen = host_panel(ui, l, &view, info.qr.as_ref(), &mut ui_state.0);
    });
    for action in chosen {
        let instructor = match action {
            HostAction::Pause(p) => InstructorAction::Pause(p),
            HostAction::Advance => InstructorAction::Advance,
            HostAction::PhaseSeconds(s) => InstructorAction::PhaseSeconds(s),
            HostAction::Lock(v) => InstructorAction::Lock(v),
            HostAction::OpenChair(v) => InstructorAction::OpenChair(v),
            HostAction::Assign { seat, student } => InstructorAction::Assign { seat, student },
            HostAction::Remove(id) => InstructorAction::Remove(id),
            HostAction::Event(e) => InstructorAction::Event(e),
            HostAction::Announce(t) => InstructorAction::Announce(t),
            HostAction::Export => {
                let dir = crate::storage::records_dir();
                let seed = setup.start.seed;
                match headless::write_export_of(&host, &scenario, &opening, &record, &texts, seed, text.plain(), &dir) {
                    Ok(paths) => {
                        let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
                        notices.ok(tr!(l, "host-exported", path = shown.join(", ")));
                    }
                    Err(e) => notices.problem(tr!(l, "notice-export-failed", error = e.to_string())),
                }
                continue;
            }
            HostAction::Title => {
                next.set(Screen::Title);
                continue;
            }
        };
        actions.write(instructor);
    }
    Ok(())
}
