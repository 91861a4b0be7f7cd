#!/usr/bin/env bash
# The README's pictures, taken as a player sees them: real windows under Xvfb (software Vulkan) and
# the student's page in headless Chromium (the classroom test). Each is checked by
# examples/check_screenshot.rs. CI writes them to a temporary folder; to refresh the README's copies:
#   bash scripts/screenshots.sh docs/screenshots
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(mkdir -p "${1:?usage: screenshots.sh OUT_DIR}" && cd "$1" && pwd)"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/var/tmp/oewg-sim-ci-target}"
cargo build --quiet
bin="$CARGO_TARGET_DIR/debug/oewg-sim"

# name, window size, UI scale, check flags ("" or --room), arguments
window() {
  local name=$1 size=$2 scale=$3 check=$4
  shift 4
  local home
  home="$(mktemp -d)"
  printf 'Settings(ui_scale: %s)\n' "$scale" >"$home/settings.ron"
  OEWG_SIM_HOME="$home" xvfb-run -a -s "-screen 0 ${size}x24" "$bin" "$@" --window-size "$size" \
    --screenshot "$out/$name.png"
  cargo run --quiet --example check_screenshot -- "$out/$name.png" $check
  rm -rf "$home"
}

# Playing Brazil in the OEWG at scale 1.0 on a laptop, and at 2.0 on a projector.
window session-scale-1 1280x800 1.0 "" play --delegation BRA --pace 1.0 --quit-after-frames 60
window session-scale-2 1920x1080 2.0 "" play --delegation BRA --pace 1.0 --quit-after-frames 60

# The chair of the GGE 2016/2017 weighs the 2015 language on humanitarian law: the live odds and the
# what-if before the edit, then the odds with the edit waiting.
window odds-before 1280x800 1.0 "" play --scenario gge_2017 --delegation chair --pace 0.05 --pause-at-round 1 \
  --consider international_humanitarian_law=3 --quit-after-frames 400
window odds-after 1280x800 1.0 "" play --scenario gge_2017 --delegation chair --pace 0.05 --pause-at-round 1 \
  --consider international_humanitarian_law=3 --propose --quit-after-frames 400

# The student's page on a phone and on a laptop, from the browser test that drives it.
for test in a_student_in_a_real_browser_revises_the_text_and_sees_the_count_change \
  each_student_reads_the_room_in_their_own_language; do
  OEWG_SIM_SCREENSHOTS="$out" cargo test --quiet --test classroom -- --exact "$test" >/dev/null
done
for name in student-phone student-what-if student-laptop student-zh-phone student-ar-phone; do
  cargo run --quiet --example check_screenshot -- "$out/$name.png"
done
echo "screenshots in $out"
