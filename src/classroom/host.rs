//! The classroom inside the ECS: `ClassroomPlugin` drains what browsers sent (already checked
//! for shape, size and rate by the server), turns seat changes into the instructor's intents and
//! moves into `MoveMessage`s whose sender is the seat the connection holds (never what the
//! message says), paces the phases, and after every change sends each browser what it may see.
//! The same plugin runs in the window (the instructor's console) and headless.

use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use bevy::prelude::*;
use tokio::sync::mpsc::UnboundedSender;

use super::class::{Class, ClassRefusal, ConnId, StudentId};
use super::protocol::{ClientMessage, SeatEntry, ServerMessage, VERSION};
use super::server::{Inbound, Outbound, Server};
use super::view;
use crate::model::intent::{Intent, Move, Refusal};
use crate::model::session::Phase;
use crate::model::{Holder, Seat, Sender};
use crate::sim::{
    ActiveScenario, Assessments, MoveMessage, MoveRefused, OpeningRoom, Pacing, RoomState, SessionAgenda, SessionClock,
    SessionRecord, SessionSeating, SimSet, Texts, WithdrawMessage,
};
use crate::text::{Locale, report, statements};
use crate::tr;

/// The host: the server, the class, what each connection was last sent, and the host's log.
#[derive(Resource)]
pub struct ClassHost {
    pub server: Server,
    pub class: Class,
    pub words: Arc<Locale>,
    /// The addresses students type, best first.
    pub addresses: Vec<String>,
    /// What happened, for the instructor's console and the terminal.
    pub log: Vec<String>,
    outboxes: BTreeMap<ConnId, UnboundedSender<Outbound>>,
    sent: BTreeMap<ConnId, Sent>,
    /// Notices waiting to be delivered with the next update: to one seat (events), or to all.
    notices: Vec<(Option<Seat>, String)>,
    /// Something changed that the class sees (seats, names): resend what depends on it.
    dirty: bool,
    /// The language each connection reads, where its student chose one of the six.
    languages: BTreeMap<ConnId, &'static str>,
    /// The other languages' words, loaded when a student first asks for one.
    locales: BTreeMap<&'static str, Arc<Locale>>,
    /// Each connection's last what-if (a wording weighed before it is sent), and the state and
    /// move of the answer it was last sent.
    what_ifs: BTreeMap<ConnId, Move>,
    what_if_sent: BTreeMap<ConnId, (u64, Move)>,
}

#[derive(Default)]
struct Sent {
    scenario: bool,
    seats: u64,
    table: u64,
    seat: u64,
    log: usize,
}

/// The instructor's pace: paused or not, the time each phase gets, and when the next step runs.
#[derive(Resource, Debug, Clone)]
pub struct ClassPacing {
    pub paused: bool,
    /// Seconds each phase gets before the AI moves the session on.
    pub phase_seconds: f32,
    /// When the next step runs (seconds of `Time<Real>`); `None` until it is set.
    pub next_step_at: Option<f64>,
    /// Hold the start until this many seats are taken.
    pub start_when_seated: usize,
    pub started: bool,
    /// Steps the instructor asked for, run one a frame.
    pub advances: u32,
}

impl ClassPacing {
    pub fn new(phase_seconds: f32, start_when_seated: usize) -> ClassPacing {
        ClassPacing { paused: false, phase_seconds, next_step_at: None, start_when_seated, started: false, advances: 0 }
    }

    /// Seconds left in this phase, when it is counting down.
    pub fn seconds_left(&self, now: f64) -> Option<u32> {
        if self.paused || !self.started {
            return None;
        }
        self.next_step_at.map(|at| (at - now).max(0.0).ceil() as u32)
    }

    /// Seconds until the next step is due, for a host loop that sleeps until then.
    pub fn wait(&self, now: f64) -> Option<f64> {
        if self.advances > 0 {
            return Some(0.0);
        }
        if self.paused || !self.started {
            return None;
        }
        self.next_step_at.map(|at| (at - now).max(0.0))
    }
}

/// What the instructor does from the console (the window) or a script.
#[derive(Message, Debug, Clone)]
pub enum InstructorAction {
    Pause(bool),
    /// Run the next step now.
    Advance,
    PhaseSeconds(f32),
    Lock(bool),
    OpenChair(bool),
    /// Put a student in a seat, or free a seat (it goes back to the AI).
    Assign {
        seat: Seat,
        student: Option<StudentId>,
    },
    /// Keep a disconnected student's seat waiting (`false`: hand it to the AI meanwhile).
    Remove(StudentId),
    Event(usize),
    Announce(String),
}

pub struct ClassroomPlugin;

impl Plugin for ClassroomPlugin {
    fn build(&self, app: &mut App) {
        app.add_message::<InstructorAction>().add_systems(
            Update,
            ((receive, instruct, pace).chain().before(SimSet), broadcast.after(SimSet))
                .run_if(resource_exists::<ClassHost>.and_then(resource_exists::<SessionClock>)),
        );
    }
}

fn hash_of(text: &str) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut h);
    h.finish()
}

impl ClassHost {
    pub fn new(server: Server, class: Class, words: Arc<Locale>, addresses: Vec<String>) -> ClassHost {
        ClassHost {
            server,
            class,
            words,
            addresses,
            log: Vec::new(),
            outboxes: BTreeMap::new(),
            sent: BTreeMap::new(),
            notices: Vec::new(),
            dirty: true,
            languages: BTreeMap::new(),
            locales: BTreeMap::new(),
            what_ifs: BTreeMap::new(),
            what_if_sent: BTreeMap::new(),
        }
    }

    /// The words of a language the game speaks (the instructor's for `None`).
    fn locale(&mut self, language: Option<&'static str>) -> Arc<Locale> {
        match language {
            Some(lang) if lang != self.words.language => {
                self.locales.entry(lang).or_insert_with(|| Arc::new(Locale::load(lang).0)).clone()
            }
            _ => self.words.clone(),
        }
    }

    /// The words a connection reads.
    fn words_for(&mut self, conn: ConnId) -> Arc<Locale> {
        let language = self.languages.get(&conn).copied();
        self.locale(language)
    }

    fn send(&self, conn: ConnId, message: &ServerMessage) {
        if let Some(out) = self.outboxes.get(&conn) {
            let _ = out.send(Outbound::Text(message.to_json().into()));
        }
    }

    fn refuse(&mut self, conn: ConnId, why: ClassRefusal) {
        let line = format!("{} {conn}: {}", self.words.t("host-log-refused"), self.words.t(why.key()));
        self.note(line);
        let reason = self.words_for(conn).t(why.key());
        self.send(conn, &ServerMessage::Refused { v: VERSION, reason, key: Some(why.key().to_string()) });
    }

    /// A line in the host's log (and on the terminal of a headless host).
    pub fn note(&mut self, line: String) {
        info!("{line}");
        self.log.push(line);
        if self.log.len() > 2000 {
            self.log.drain(..500);
        }
    }

    /// The join list: every seat at the table, who holds it, and whether it is free.
    fn seats(&self, l: &Locale, scenario: &crate::model::Scenario) -> Vec<SeatEntry> {
        let chair = std::iter::once(Seat::Chair).filter(|_| self.class.chair_open);
        chair
            .chain((0..scenario.delegations.len()).map(Seat::Delegation))
            .map(|seat| {
                let holder = self.class.holder_of(seat).map(|s| s.name.clone());
                SeatEntry {
                    seat: view::seat_code(scenario, seat),
                    name: match seat {
                        Seat::Delegation(d) => l.state(scenario, d),
                        Seat::Chair => l.t("seat-chair"),
                    },
                    free: holder.is_none(),
                    taken_by: holder,
                }
            })
            .collect()
    }
}

/// Browsers' messages, in the order they came.
fn receive(
    mut host: ResMut<ClassHost>,
    scenario: Res<ActiveScenario>,
    texts: Res<Texts>,
    mut moves: MessageWriter<MoveMessage>,
    mut withdrawals: MessageWriter<WithdrawMessage>,
    shared: Option<ResMut<crate::sim::odds::SharedWhatIfs>>,
) {
    // Draining the inbox is not a change: the window may sleep when nothing came.
    let mut inbound = Vec::new();
    while let Ok(event) = host.bypass_change_detection().server.inbox.try_recv() {
        inbound.push(event);
    }
    for event in inbound {
        match event {
            Inbound::Opened { conn, outbox } => {
                host.outboxes.insert(conn, outbox);
                host.sent.insert(conn, Sent::default());
            }
            Inbound::Closed { conn } => {
                host.outboxes.remove(&conn);
                host.sent.remove(&conn);
                host.languages.remove(&conn);
                host.what_ifs.remove(&conn);
                host.what_if_sent.remove(&conn);
                if let Some(id) = host.class.closed(conn) {
                    let name = host.class.student(id).map(|s| s.name.clone()).unwrap_or_default();
                    let line = tr!(host.words, "host-log-left", name = name);
                    host.note(line);
                    host.dirty = true;
                }
            }
            Inbound::Refused { conn, error } => {
                let line = format!("{} {conn}: {error}", host.words.t("host-log-refused"));
                host.note(line);
            }
            Inbound::Message { conn, message } => {
                handle(&mut host, &scenario, &texts, conn, message, &mut moves, &mut withdrawals)
            }
        }
    }
    // The class's what-ifs go to the odds worker, each once.
    if let Some(mut shared) = shared {
        let mut wanted: Vec<Move> = Vec::new();
        for mv in host.what_ifs.values() {
            if !wanted.contains(mv) {
                wanted.push(mv.clone());
            }
        }
        shared.set_if_neq(crate::sim::odds::SharedWhatIfs(wanted));
    }
}

fn handle(
    host: &mut ClassHost,
    scenario: &ActiveScenario,
    texts: &Texts,
    conn: ConnId,
    message: ClientMessage,
    moves: &mut MessageWriter<MoveMessage>,
    withdrawals: &mut MessageWriter<WithdrawMessage>,
) {
    let student = host.class.student_on(conn).map(|s| s.id);
    match message {
        ClientMessage::Hello { code, name, token, lang, .. } => {
            let fresh = || super::class::token([rand::random(), rand::random()]);
            match host.class.hello(conn, &code, &name, token.as_deref(), fresh) {
                Ok(id) => {
                    let Some(s) = host.class.student(id).cloned() else { return };
                    let line = tr!(host.words, "host-log-joined", name = s.name.clone());
                    host.note(line);
                    // Whatever this connection was sent before, it starts afresh, in its language.
                    host.sent.insert(conn, Sent::default());
                    match lang.as_deref().and_then(crate::text::known_language) {
                        Some(language) => host.languages.insert(conn, language),
                        None => host.languages.remove(&conn),
                    };
                    let l = host.words_for(conn);
                    let welcome = ServerMessage::Welcome {
                        v: VERSION,
                        token: s.token.clone(),
                        name: s.name.clone(),
                        seat: s.seat.map(|seat| view::seat_code(scenario, seat)),
                        scenario: l.scenario_title(scenario),
                        seats: host.seats(&l, scenario),
                    };
                    host.send(conn, &welcome);
                    host.dirty = true;
                }
                Err(why) => host.refuse(conn, why),
            }
        }
        _ if student.is_none() => host.refuse(conn, ClassRefusal::NotJoined),
        ClientMessage::Claim { seat, .. } => {
            let Some(id) = student else { return };
            match host.class.claim(id, view::seat_of(scenario, &seat)) {
                Ok(seat) => {
                    moves.write(MoveMessage(Move {
                        by: Sender::Instructor,
                        intent: Intent::Assign { seat, holder: Holder::Person },
                    }));
                    let name = host.class.student(id).map(|s| s.name.clone()).unwrap_or_default();
                    let line = tr!(host.words, "host-log-seated", name = name, seat = view::seat_code(scenario, seat));
                    host.class.note(id, line.clone(), false);
                    host.note(line);
                    host.dirty = true;
                }
                Err(why) => host.refuse(conn, why),
            }
        }
        ClientMessage::Release { .. } => {
            let Some(id) = student else { return };
            match host.class.release(id) {
                Ok(seat) => {
                    moves.write(MoveMessage(Move {
                        by: Sender::Instructor,
                        intent: Intent::Assign { seat, holder: Holder::Ai },
                    }));
                    host.dirty = true;
                }
                Err(why) => host.refuse(conn, why),
            }
        }
        ClientMessage::Move { intent, .. } => {
            let Some(id) = student else { return };
            let Some(seat) = host.class.student(id).and_then(|s| s.seat) else {
                return host.refuse(conn, ClassRefusal::NoSeat);
            };
            // The sender is the seat this connection holds; the model refuses what it may not do.
            let mv = Move { by: Sender::from(seat), intent };
            let what = report::intent(&host.words, scenario, texts, &mv.intent);
            host.class.note(id, what, true);
            moves.write(MoveMessage(mv));
            host.dirty = true;
        }
        ClientMessage::Withdraw { id: number, .. } => {
            let Some(seat) = student.and_then(|id| host.class.student(id)).and_then(|s| s.seat) else {
                return host.refuse(conn, ClassRefusal::NoSeat);
            };
            withdrawals.write(WithdrawMessage { id: number, by: Sender::from(seat) });
        }
        ClientMessage::Language { lang, .. } => match crate::text::known_language(&lang) {
            Some(language) => {
                host.languages.insert(conn, language);
                // Everything this connection reads comes again, in its new language.
                host.sent.insert(conn, Sent::default());
                host.what_if_sent.remove(&conn);
                host.dirty = true;
            }
            None => host.refuse(conn, ClassRefusal::UnknownLanguage),
        },
        ClientMessage::Read { words, .. } => {
            let reading = view::reading_view(&host.words_for(conn), scenario, &words);
            host.send(conn, &ServerMessage::Reading { v: VERSION, reading });
        }
        ClientMessage::WhatIf { intent, .. } => {
            let Some(seat) = student.and_then(|id| host.class.student(id)).and_then(|s| s.seat) else {
                return host.refuse(conn, ClassRefusal::NoSeat);
            };
            let (Intent::Propose { text, edit, .. } | Intent::ChairEdit { text, edit }) = intent else {
                return host.refuse(conn, ClassRefusal::NotAnAmendment);
            };
            let mv = Move { by: Sender::from(seat), intent };
            // What the model would refuse is refused now, with its reason, rather than weighed.
            let checked = match texts.get(text) {
                Some(state) => state.draft.check(scenario, edit).map_err(Refusal::Edit),
                None => Err(Refusal::NoSuchText(text)),
            };
            if let Err(refusal) = checked {
                let reason = report::refusal(&host.words_for(conn), scenario, &refusal);
                return host.send(conn, &ServerMessage::refused(reason));
            }
            host.what_ifs.insert(conn, mv);
            host.what_if_sent.remove(&conn);
            host.dirty = true;
        }
        ClientMessage::Ping { .. } => host.send(conn, &ServerMessage::Pong { v: VERSION }),
    }
}

/// The instructor's console: pace, seats, events and words to the room.
fn instruct(
    mut actions: MessageReader<InstructorAction>,
    mut host: ResMut<ClassHost>,
    mut pacing: ResMut<ClassPacing>,
    scenario: Res<ActiveScenario>,
    time: Res<Time<Real>>,
    mut moves: MessageWriter<MoveMessage>,
) {
    let now = time.elapsed_secs_f64();
    for action in actions.read() {
        let instructor = |intent: Intent| MoveMessage(Move { by: Sender::Instructor, intent });
        match action.clone() {
            InstructorAction::Pause(paused) => {
                pacing.paused = paused;
                pacing.next_step_at = (!paused).then(|| now + pacing.phase_seconds as f64);
            }
            InstructorAction::Advance => {
                pacing.started = true;
                pacing.advances += 1;
            }
            InstructorAction::PhaseSeconds(seconds) => {
                pacing.phase_seconds = seconds.clamp(1.0, 3600.0);
                pacing.next_step_at = Some(now + pacing.phase_seconds as f64);
            }
            InstructorAction::Lock(locked) => host.class.locked = locked,
            InstructorAction::OpenChair(open) => {
                host.class.chair_open = open;
                host.dirty = true;
            }
            InstructorAction::Assign { seat, student } => {
                for (seat, person) in host.class.assign(seat, student) {
                    let holder = if person { Holder::Person } else { Holder::Ai };
                    moves.write(instructor(Intent::Assign { seat, holder }));
                }
                host.dirty = true;
            }
            InstructorAction::Remove(id) => {
                if let Some(s) = host.class.remove(id) {
                    if let Some(seat) = s.seat {
                        moves.write(instructor(Intent::Assign { seat, holder: Holder::Ai }));
                    }
                    if let Some(conn) = s.conn {
                        let reason = host.words.t("web-removed");
                        if let Some(out) = host.outboxes.get(&conn) {
                            let _ = out.send(Outbound::Close(reason));
                        }
                    }
                    host.dirty = true;
                }
            }
            InstructorAction::Event(event) => {
                if let Some(e) = scenario.events.get(event) {
                    let text = format!("{}: {}", e.title, e.text);
                    for &d in &e.concerns {
                        host.notices.push((Some(Seat::Delegation(d)), text.clone()));
                    }
                }
                moves.write(instructor(Intent::Event { event }));
            }
            InstructorAction::Announce(text) => {
                host.notices.push((None, text.clone()));
                moves.write(instructor(Intent::Announce { text }));
            }
        }
    }
}

/// The phases move on when their time is up (or at once when the instructor advances).
fn pace(
    mut pacing: ResMut<ClassPacing>,
    mut step: ResMut<Pacing>,
    host: Res<ClassHost>,
    time: Res<Time<Real>>,
    clock: Res<SessionClock>,
) {
    let now = time.elapsed_secs_f64();
    if pacing.advances > 0 {
        pacing.advances -= 1;
        step.step_now = clock.phase != Phase::Concluded;
        pacing.next_step_at = Some(now + pacing.phase_seconds as f64);
        return;
    }
    if !pacing.started {
        if host.class.seated() < pacing.start_when_seated {
            return;
        }
        pacing.started = true;
        pacing.next_step_at = Some(now + pacing.phase_seconds as f64);
    }
    if pacing.paused || clock.phase == Phase::Concluded {
        return;
    }
    if pacing.next_step_at.is_none_or(|at| now >= at) {
        step.step_now = true;
        pacing.next_step_at = Some(now + pacing.phase_seconds as f64);
    }
}

/// After every change, each browser gets what it may see, and nothing it was already sent.
fn broadcast(
    mut host: ResMut<ClassHost>,
    scenario: Res<ActiveScenario>,
    room: Res<RoomState>,
    opening: Res<OpeningRoom>,
    texts: Res<Texts>,
    assessments: Res<Assessments>,
    record: Res<SessionRecord>,
    clock: Res<SessionClock>,
    seating: Res<SessionSeating>,
    agenda: Res<SessionAgenda>,
    pacing: Res<ClassPacing>,
    time: Res<Time<Real>>,
    odds: Option<Res<crate::sim::odds::LiveOdds>>,
    mut refused: MessageReader<MoveRefused>,
) {
    // Refusals go to whoever holds the seat they were meant for.
    let refusals: Vec<MoveRefused> = refused.read().cloned().collect();
    for r in &refusals {
        let reason = report::refusal(&host.words, &scenario, &r.refusal);
        match r.to.seat() {
            Some(seat) => {
                let conns: Vec<ConnId> = host.class.holder_of(seat).and_then(|s| s.conn).into_iter().collect();
                for conn in conns {
                    let reason = report::refusal(&host.words_for(conn), &scenario, &r.refusal);
                    host.send(conn, &ServerMessage::refused(reason));
                }
            }
            None => {
                let line = format!("{}: {reason}", host.words.t("host-log-instructor-refused"));
                host.note(line);
            }
        }
    }
    let changed = host.dirty
        || texts.is_changed()
        || record.is_changed()
        || clock.is_changed()
        || seating.is_changed()
        || agenda.is_changed()
        || assessments.is_changed()
        || pacing.is_changed()
        || odds.as_ref().is_some_and(|o| o.is_changed())
        || !host.notices.is_empty();
    if !changed {
        return;
    }
    host.dirty = false;
    let session = view::Session {
        scenario: &scenario,
        room: &room,
        opening: &opening,
        texts: &texts,
        assessments: &assessments,
        record: &record,
        clock: &clock,
        seating: &seating,
        agenda: &agenda.0,
        odds: odds.as_deref(),
    };
    let now = time.elapsed_secs_f64();
    let notices = std::mem::take(&mut host.notices);
    let conns: Vec<(ConnId, Option<Seat>, bool)> = host
        .outboxes
        .keys()
        .map(|&c| {
            let student = host.class.student_on(c);
            (c, student.and_then(|s| s.seat), student.is_some())
        })
        .collect();
    let first_unsent = conns
        .iter()
        .filter(|(_, _, joined)| *joined)
        .map(|(c, _, _)| host.sent.get(c).map_or(0, |s| s.log))
        .min()
        .unwrap_or(0)
        .min(record.statements.len());
    // What the class reads, worked out once per language someone reads it in.
    let mut in_language: BTreeMap<String, Rendered> = BTreeMap::new();
    for (conn, seat, joined) in conns {
        if !joined {
            continue;
        }
        let Some(out) = host.outboxes.get(&conn).cloned() else { continue };
        let push = |text: Arc<str>| {
            let _ = out.send(Outbound::Text(text));
        };
        let l = host.words_for(conn);
        let rendered = in_language.entry(l.language.clone()).or_insert_with(|| {
            Rendered::new(&host, &l, &session, pacing.seconds_left(now), pacing.paused, first_unsent)
        });
        let (table, table_hash) = rendered.table.clone();
        let (seats, seats_hash) = rendered.seats.clone();
        let seat_json = seat.map(|seat| {
            rendered
                .seat_views
                .entry(seat)
                .or_insert_with(|| {
                    let json = ServerMessage::Seat { v: VERSION, seat: Box::new(view::seat_view(&l, &session, seat)) }
                        .to_json();
                    let hash = hash_of(&json);
                    (json, hash)
                })
                .clone()
        });
        let sent = host.sent.entry(conn).or_default();
        if !sent.scenario {
            let json = rendered.scenario_json.get_or_insert_with(|| {
                serde_json::json!({ "v": VERSION, "type": "scenario", "scenario": view::scenario_view(&l, &scenario) })
                    .to_string()
                    .into()
            });
            push(json.clone());
            sent.scenario = true;
        }
        if sent.seats != seats_hash {
            push(seats);
            sent.seats = seats_hash;
        }
        if sent.table != table_hash {
            push(table);
            sent.table = table_hash;
        }
        if let Some((json, hash)) = seat_json
            && sent.seat != hash
        {
            push(json.into());
            sent.seat = hash;
        }
        let total = record.statements.len();
        if sent.log < total {
            // Long records go in pieces, so no one message is large.
            for chunk_start in (sent.log..total).step_by(200) {
                let end = (chunk_start + 200).min(total);
                let lines = rendered.lines[chunk_start - first_unsent..end - first_unsent].to_vec();
                push(ServerMessage::Log { v: VERSION, from: chunk_start, lines }.to_json().into());
            }
            sent.log = total;
        }
        if let (Some(odds), Some(mv)) = (odds.as_deref(), host.what_ifs.get(&conn).cloned())
            && let Some(answer) = odds.what_if_for(&mv)
            && host.what_if_sent.get(&conn) != Some(&(answer.state, mv.clone()))
        {
            let text = match mv.intent {
                Intent::Propose { text, .. } | Intent::ChairEdit { text, .. } => text,
                _ => 0,
            };
            let line = report::what_if(&l, &answer.with, &answer.without, text)
                .unwrap_or_else(|| l.t("odds-what-if-computing"));
            host.what_if_sent.insert(conn, (answer.state, mv.clone()));
            push(ServerMessage::WhatIf { v: VERSION, intent: mv.intent, line }.to_json().into());
        }
        for (to, text) in &notices {
            if to.is_none() || seat == *to {
                push(ServerMessage::Notice { v: VERSION, text: text.clone() }.to_json().into());
            }
        }
    }
}

/// What the class reads in one language after a change: the table, the seats, the log lines from
/// the earliest one someone lacks; the scenario's names and each seat's view when first asked for.
struct Rendered {
    table: (Arc<str>, u64),
    seats: (Arc<str>, u64),
    lines: Vec<String>,
    scenario_json: Option<Arc<str>>,
    seat_views: BTreeMap<Seat, (String, u64)>,
}

impl Rendered {
    fn new(
        host: &ClassHost,
        l: &Locale,
        session: &view::Session,
        seconds_left: Option<u32>,
        paused: bool,
        first_unsent: usize,
    ) -> Rendered {
        let hashed = |json: String| {
            let hash = hash_of(&json);
            (Arc::<str>::from(json), hash)
        };
        let table =
            ServerMessage::Table { v: VERSION, table: Box::new(view::table_view(l, session, seconds_left, paused)) };
        let seats = ServerMessage::Seats { v: VERSION, seats: host.seats(l, session.scenario) };
        Rendered {
            table: hashed(table.to_json()),
            seats: hashed(seats.to_json()),
            lines: session.record.statements[first_unsent..]
                .iter()
                .map(|s| statements::line(l, session.scenario, s))
                .collect(),
            scenario_json: None,
            seat_views: BTreeMap::new(),
        }
    }
}
