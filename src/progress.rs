//! `simulate`'s progress bar: on a terminal, once a batch has run for a second, the runs done,
//! the rate and the time left, on stderr (stdout stays the summary alone).

use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};

/// Batches shorter than this show no bar.
const AFTER: Duration = Duration::from_secs(1);

pub struct Progress {
    /// Hidden until shown; it counts from the start, so its rate and time left are the batch's.
    bar: ProgressBar,
    started: Instant,
    terminal: bool,
    shown: AtomicBool,
}

impl Progress {
    /// A bar for `runs` runs, drawn only when stderr is a terminal.
    pub fn new(runs: u64) -> Progress {
        Progress::drawn_if(runs, std::io::stderr().is_terminal(), Instant::now())
    }

    fn drawn_if(runs: u64, terminal: bool, started: Instant) -> Progress {
        let bar = ProgressBar::with_draw_target(Some(runs), ProgressDrawTarget::hidden());
        let template = "{bar:40} {human_pos}/{human_len} runs, {rate} a second, {eta} left";
        if let Ok(style) = ProgressStyle::with_template(template) {
            bar.set_style(style.with_key("rate", |state: &ProgressState, out: &mut dyn std::fmt::Write| {
                let _ = write!(out, "{:.0}", state.per_sec());
            }));
        }
        Progress { bar, started, terminal, shown: AtomicBool::new(false) }
    }

    /// `done` runs of the batch have finished.
    pub fn update(&self, done: u64) {
        self.bar.set_position(done);
        if self.terminal && self.started.elapsed() >= AFTER && !self.shown.swap(true, Ordering::Relaxed) {
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
        }
    }

    /// Takes the bar off the screen.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }

    #[cfg(test)]
    fn shown(&self) -> bool {
        self.shown.load(Ordering::Relaxed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bar_shows_only_on_a_terminal_and_only_after_a_second() {
        let long_ago = Instant::now().checked_sub(2 * AFTER).unwrap_or_else(Instant::now);
        let off_terminal = Progress::drawn_if(10, false, long_ago);
        off_terminal.update(5);
        assert!(!off_terminal.shown());
        let just_started = Progress::drawn_if(10, true, Instant::now() + AFTER);
        just_started.update(5);
        assert!(!just_started.shown(), "a batch shorter than a second shows nothing");
        let long = Progress::drawn_if(10, true, long_ago);
        long.update(5);
        assert!(long.shown());
        assert_eq!(long.bar.position(), 5);
        long.finish();
    }
}
