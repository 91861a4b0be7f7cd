//! The class: who has joined, with which token and name, which seat each holds, whether
//! they are connected. Plain data and rules; the plugin turns its decisions into the
//! instructor's intents (a seat taken is `Intent::Assign`), so a save replays them.

use std::collections::BTreeMap;

use crate::model::Seat;

use super::protocol::MAX_NAME;

/// One WebSocket connection, numbered by the server.
pub type ConnId = u64;
/// One student (or bot), across reconnections.
pub type StudentId = u64;

/// The most people a room takes at once.
pub const MAX_STUDENTS: usize = 64;

#[derive(Debug, Clone, PartialEq)]
pub struct Student {
    pub id: StudentId,
    pub name: String,
    pub token: String,
    pub seat: Option<Seat>,
    /// The connection it is on now, if any.
    pub conn: Option<ConnId>,
    /// Moves sent, for the class export.
    pub moves: u32,
    /// What it did last, in words, for the instructor's seat table.
    pub last_action: String,
}

/// Why the class turned a request down (the locale says it in words: `web-refused-<key>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClassRefusal {
    WrongCode,
    Locked,
    Full,
    UnknownToken,
    BadName,
    NotJoined,
    NoSuchSeat,
    SeatTaken,
    ChairClosed,
    NoSeat,
    AlreadySeated,
    /// A language the game does not speak.
    UnknownLanguage,
    /// A what-if of something other than a wording (a proposal or a penholder's edit).
    NotAnAmendment,
}

impl ClassRefusal {
    pub fn key(self) -> &'static str {
        match self {
            ClassRefusal::WrongCode => "web-refused-wrong-code",
            ClassRefusal::Locked => "web-refused-locked",
            ClassRefusal::Full => "web-refused-full",
            ClassRefusal::UnknownToken => "web-refused-unknown-token",
            ClassRefusal::BadName => "web-refused-bad-name",
            ClassRefusal::NotJoined => "web-refused-not-joined",
            ClassRefusal::NoSuchSeat => "web-refused-no-such-seat",
            ClassRefusal::SeatTaken => "web-refused-seat-taken",
            ClassRefusal::ChairClosed => "web-refused-chair-closed",
            ClassRefusal::NoSeat => "web-refused-no-seat",
            ClassRefusal::AlreadySeated => "web-refused-already-seated",
            ClassRefusal::UnknownLanguage => "web-refused-unknown-language",
            ClassRefusal::NotAnAmendment => "web-refused-not-an-amendment",
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct Class {
    pub code: String,
    /// No new students (those with a token may still come back).
    pub locked: bool,
    /// Whether a student may take the chair.
    pub chair_open: bool,
    pub students: BTreeMap<StudentId, Student>,
    next_id: StudentId,
}

/// A room code: six letters and digits that cannot be mistaken for each other.
pub fn room_code(random: u64) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    let mut x = random;
    (0..6)
        .map(|_| {
            let c = ALPHABET[(x % ALPHABET.len() as u64) as usize] as char;
            x /= ALPHABET.len() as u64;
            c
        })
        .collect()
}

/// A token a browser keeps to come back to its seat: 32 hex digits.
pub fn token(random: [u64; 2]) -> String {
    format!("{:016x}{:016x}", random[0], random[1])
}

/// A name as shown: trimmed, control characters removed, at most `MAX_NAME` characters.
pub fn clean_name(name: &str) -> Option<String> {
    let cleaned: String = name.chars().filter(|c| !c.is_control()).collect::<String>().trim().to_string();
    let count = cleaned.chars().count();
    (count > 0 && count <= MAX_NAME).then_some(cleaned)
}

impl Class {
    pub fn new(code: String) -> Class {
        Class { code, ..Class::default() }
    }

    pub fn student(&self, id: StudentId) -> Option<&Student> {
        self.students.get(&id)
    }

    pub fn student_on(&self, conn: ConnId) -> Option<&Student> {
        self.students.values().find(|s| s.conn == Some(conn))
    }

    pub fn holder_of(&self, seat: Seat) -> Option<&Student> {
        self.students.values().find(|s| s.seat == Some(seat))
    }

    pub fn connected(&self) -> usize {
        self.students.values().filter(|s| s.conn.is_some()).count()
    }

    pub fn seated(&self) -> usize {
        self.students.values().filter(|s| s.seat.is_some()).count()
    }

    /// A connection says hello: a new student with a fresh token, or one coming back with its token
    /// (its old connection, if still open, is replaced).
    pub fn hello(
        &mut self,
        conn: ConnId,
        code: &str,
        name: &str,
        token: Option<&str>,
        fresh_token: impl FnOnce() -> String,
    ) -> Result<StudentId, ClassRefusal> {
        if !code.trim().eq_ignore_ascii_case(&self.code) {
            return Err(ClassRefusal::WrongCode);
        }
        if let Some(token) = token.filter(|t| !t.is_empty()) {
            let student = self.students.values_mut().find(|s| s.token == token).ok_or(ClassRefusal::UnknownToken)?;
            student.conn = Some(conn);
            return Ok(student.id);
        }
        if self.locked {
            return Err(ClassRefusal::Locked);
        }
        if self.students.len() >= MAX_STUDENTS {
            return Err(ClassRefusal::Full);
        }
        let name = clean_name(name).ok_or(ClassRefusal::BadName)?;
        self.next_id += 1;
        let id = self.next_id;
        let token = fresh_token();
        self.students.insert(
            id,
            Student { id, name, token, seat: None, conn: Some(conn), moves: 0, last_action: String::new() },
        );
        Ok(id)
    }

    /// A connection closed: its student keeps its seat, disconnected.
    pub fn closed(&mut self, conn: ConnId) -> Option<StudentId> {
        let student = self.students.values_mut().find(|s| s.conn == Some(conn))?;
        student.conn = None;
        Some(student.id)
    }

    /// A student takes a free seat (`seat_exists` says whether the table has it).
    pub fn claim(&mut self, id: StudentId, seat: Option<Seat>) -> Result<Seat, ClassRefusal> {
        let seat = seat.ok_or(ClassRefusal::NoSuchSeat)?;
        let student = self.students.get(&id).ok_or(ClassRefusal::NotJoined)?;
        if student.seat == Some(seat) {
            return Ok(seat);
        }
        if student.seat.is_some() {
            return Err(ClassRefusal::AlreadySeated);
        }
        if seat == Seat::Chair && !self.chair_open {
            return Err(ClassRefusal::ChairClosed);
        }
        if self.holder_of(seat).is_some() {
            return Err(ClassRefusal::SeatTaken);
        }
        if let Some(s) = self.students.get_mut(&id) {
            s.seat = Some(seat);
        }
        Ok(seat)
    }

    /// The instructor puts a student in a seat (freeing whatever it held), or frees a seat (`None`).
    /// Returns the seats whose holder changed: (seat, now held by a person).
    pub fn assign(&mut self, seat: Seat, to: Option<StudentId>) -> Vec<(Seat, bool)> {
        let mut changed = Vec::new();
        if let Some(holder) = self.students.values_mut().find(|s| s.seat == Some(seat)) {
            holder.seat = None;
            changed.push((seat, false));
        }
        if let Some(student) = to.and_then(|id| self.students.get_mut(&id)) {
            if let Some(old) = student.seat.take() {
                changed.push((old, false));
            }
            student.seat = Some(seat);
            changed.retain(|(s, _)| *s != seat);
            changed.push((seat, true));
        }
        changed
    }

    /// A student gives its seat back.
    pub fn release(&mut self, id: StudentId) -> Result<Seat, ClassRefusal> {
        let student = self.students.get_mut(&id).ok_or(ClassRefusal::NotJoined)?;
        student.seat.take().ok_or(ClassRefusal::NoSeat)
    }

    /// The instructor removes a student: its seat (if any) goes back to the AI and its token stops working.
    pub fn remove(&mut self, id: StudentId) -> Option<Student> {
        self.students.remove(&id)
    }

    pub fn note(&mut self, id: StudentId, action: String, is_move: bool) {
        if let Some(s) = self.students.get_mut(&id) {
            s.last_action = action;
            if is_move {
                s.moves += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn class() -> Class {
        let mut c = Class::new("ABC234".into());
        c.chair_open = false;
        c
    }

    #[test]
    fn joining_needs_the_code_and_a_name_and_a_token_brings_a_student_back() {
        let mut c = class();
        assert_eq!(c.hello(1, "nope", "Ada", None, || "t1".into()), Err(ClassRefusal::WrongCode));
        assert_eq!(c.hello(1, "abc234", "  ", None, || "t1".into()), Err(ClassRefusal::BadName));
        let long = "x".repeat(MAX_NAME + 1);
        assert_eq!(c.hello(1, "abc234", &long, None, || "t1".into()), Err(ClassRefusal::BadName));
        let ada = c.hello(1, " abc234 ", "Ada\u{7}", None, || "t1".into()).unwrap();
        assert_eq!(c.student(ada).unwrap().name, "Ada");
        assert_eq!(c.claim(ada, Some(Seat::Delegation(3))), Ok(Seat::Delegation(3)));
        c.closed(1);
        assert_eq!(c.student(ada).unwrap().conn, None);
        assert_eq!(c.student(ada).unwrap().seat, Some(Seat::Delegation(3)), "a dropped student keeps its seat");
        assert_eq!(c.hello(2, "ABC234", "", Some("t1"), || "t2".into()), Ok(ada));
        assert_eq!(c.student_on(2).map(|s| s.id), Some(ada));
        assert_eq!(c.hello(3, "ABC234", "Eve", Some("forged"), || "t3".into()), Err(ClassRefusal::UnknownToken));
        c.locked = true;
        assert_eq!(c.hello(4, "ABC234", "Bob", None, || "t4".into()), Err(ClassRefusal::Locked));
        assert_eq!(c.hello(5, "ABC234", "", Some("t1"), || "t5".into()), Ok(ada), "a token still works when locked");
    }

    #[test]
    fn a_seat_has_one_holder_and_the_chair_only_when_opened() {
        let mut c = class();
        let a = c.hello(1, "ABC234", "Ada", None, || "a".into()).unwrap();
        let b = c.hello(2, "ABC234", "Bob", None, || "b".into()).unwrap();
        assert_eq!(c.claim(a, Some(Seat::Delegation(0))), Ok(Seat::Delegation(0)));
        assert_eq!(c.claim(b, Some(Seat::Delegation(0))), Err(ClassRefusal::SeatTaken));
        assert_eq!(c.claim(a, Some(Seat::Delegation(1))), Err(ClassRefusal::AlreadySeated));
        assert_eq!(c.claim(b, None), Err(ClassRefusal::NoSuchSeat));
        assert_eq!(c.claim(b, Some(Seat::Chair)), Err(ClassRefusal::ChairClosed));
        c.chair_open = true;
        assert_eq!(c.claim(b, Some(Seat::Chair)), Ok(Seat::Chair));
        // The instructor swaps them round.
        let changed = c.assign(Seat::Delegation(0), Some(b));
        assert!(changed.contains(&(Seat::Chair, false)) && changed.contains(&(Seat::Delegation(0), true)));
        assert_eq!(c.student(a).unwrap().seat, None);
        assert_eq!(c.release(b), Ok(Seat::Delegation(0)));
        assert_eq!(c.release(b), Err(ClassRefusal::NoSeat));
    }

    #[test]
    fn room_codes_and_tokens_are_what_they_say() {
        let code = room_code(0x1234_5678_9abc_def0);
        assert_eq!(code.len(), 6);
        assert!(code.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()));
        assert!(!code.contains(['O', '0', 'I', '1', 'L']));
        assert_eq!(token([1, 2]).len(), 32);
    }
}
