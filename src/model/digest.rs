//! A fingerprint of the model state (the texts, the room, the seats, the statements
//! as data and the RNG's position), with a fixed hash over exact bits: a save stores
//! one after every step, and a replay that differs anywhere is caught at the step
//! where it first differs.

use std::hash::{Hash, Hasher};

use rand::Rng;

use super::session::Session;

/// FNV-1a, 64 bits: fixed, unlike `DefaultHasher`, whose algorithm may change between releases.
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    const PRIME: u64 = 0x0000_0100_0000_01b3;

    /// `m` zero bytes at once: each only multiplies by the prime.
    fn zeros(&mut self, mut m: usize) {
        let (mut power, mut base) = (1u64, Self::PRIME);
        while m > 0 {
            if m & 1 == 1 {
                power = power.wrapping_mul(base);
            }
            base = base.wrapping_mul(base);
            m >>= 1;
        }
        self.0 = self.0.wrapping_mul(power);
    }
}

/// Hashes which red lines the room knows exactly as hashing the `Vec<bool>` of every cell, delegation
/// by delegation, would (its length, then a byte per cell), but only the few known cells cost anything.
pub fn hash_declared(h: &mut Fnv, room: &super::room::Room) {
    let cells = room.issues * room.delegations;
    let delegations = room.delegations.max(1);
    // Most cells are unknown: look inside a block only if it holds a known one.
    const BLOCK: usize = 32;
    let mut known = Vec::new();
    for (b, block) in room.declared.chunks(BLOCK).enumerate() {
        if block.iter().fold(false, |any, &k| any | k) {
            let cells = block.iter().enumerate().filter(|(_, k)| **k).map(|(j, _)| b * BLOCK + j);
            known.extend(cells.map(|k| (k % delegations) * room.issues + k / delegations));
        }
    }
    known.sort_unstable();
    h.write_usize(cells);
    let mut at = 0;
    for cell in known {
        h.zeros(cell - at);
        h.write_u8(1);
        at = cell + 1;
    }
    h.zeros(cells - at);
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= b as u64;
            self.0 = self.0.wrapping_mul(Self::PRIME);
        }
    }
}

fn floats(h: &mut Fnv, xs: &[f32]) {
    for x in xs {
        h.write_u32(x.to_bits());
    }
}

/// The session's fingerprint.
pub fn digest(session: &Session) -> u64 {
    let mut h = Fnv::default();
    session.clock.hash(&mut h);
    session.seating.hash(&mut h);
    session.texts.hash(&mut h);
    let room = &session.room;
    // Delegation by delegation, whatever the room's layout: saves keep their digests.
    floats(&mut h, &room.by_delegation(&room.ideal));
    floats(&mut h, &room.by_delegation(&room.salience));
    floats(&mut h, &room.capital);
    floats(&mut h, &[room.base_agreement_value, room.pressure]);
    for r in room.by_delegation(&room.red_lines) {
        r.map(super::record::RedLineSaid::from).hash(&mut h);
    }
    hash_declared(&mut h, room);
    session.record.statements.hash(&mut h);
    for t in &session.record.texts {
        t.drafts.hash(&mut h);
        t.counts.hash(&mut h);
        if let Some(c) = &t.conclusion {
            (c.outcome, c.round, &c.votes).hash(&mut h);
            for o in c.gavel.blockers.iter().chain(&c.gavel.gave_way) {
                (o.delegation, o.issue, o.red_line, o.shortfall.to_bits()).hash(&mut h);
            }
        }
    }
    // Where the random stream stands: a changed seed shows here at the first step.
    let mut rng = session.rng.clone();
    h.write_u64(rng.next_u64());
    h.finish()
}
