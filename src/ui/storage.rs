//! Where the game keeps settings, saves and exported records on disk:
//! `$OEWG_SIM_HOME`, else `$XDG_DATA_HOME/oewg-sim`, else `~/.local/share/oewg-sim`.
//! Writes go to a temporary file first, so a failed write never loses a save.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::model::save::SaveGame;

pub fn home() -> PathBuf {
    if let Some(dir) = std::env::var_os("OEWG_SIM_HOME") {
        return PathBuf::from(dir);
    }
    if let Some(dir) = std::env::var_os("XDG_DATA_HOME").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir).join("oewg-sim");
    }
    match std::env::var_os("HOME") {
        Some(home) => PathBuf::from(home).join(".local/share/oewg-sim"),
        None => PathBuf::from(".oewg-sim"),
    }
}

pub fn saves_dir() -> PathBuf {
    home().join("saves")
}

pub fn autosave_path() -> PathBuf {
    saves_dir().join("autosave.ron")
}

pub fn settings_path() -> PathBuf {
    home().join("settings.ron")
}

/// Writes `contents` to `path` through a temporary file and a rename.
pub fn write_atomically(path: &Path, contents: &str) -> io::Result<()> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)?;
    }
    let tmp = path.with_extension("tmp");
    fs::write(&tmp, contents)?;
    fs::rename(&tmp, path)
}

/// One save on disk, as the load list shows it.
#[derive(Debug, Clone)]
pub struct SaveEntry {
    pub path: PathBuf,
    pub modified: SystemTime,
    pub save: Result<SaveGame, String>,
}

/// Saves, newest first. Unreadable ones are listed with their error, not hidden.
pub fn list_saves(dir: &Path) -> Vec<SaveEntry> {
    let Ok(read) = fs::read_dir(dir) else { return Vec::new() };
    let mut entries: Vec<SaveEntry> = read
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .map(|path| {
            let modified = fs::metadata(&path).and_then(|m| m.modified()).unwrap_or(SystemTime::UNIX_EPOCH);
            let save = fs::read_to_string(&path)
                .map_err(|e| e.to_string())
                .and_then(|text| SaveGame::from_ron(&text).map_err(|e| e.to_string()));
            SaveEntry { path, modified, save }
        })
        .collect();
    entries.sort_by(|a, b| b.modified.cmp(&a.modified).then(a.path.cmp(&b.path)));
    entries
}

/// "2026-11-25 14:03" (UTC) for a file name or a list.
pub fn stamp(time: SystemTime) -> String {
    let secs = time.duration_since(SystemTime::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0) as i64;
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    // Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02} {:02}:{:02}", rem / 3600, rem % 3600 / 60)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn stamps_read_as_utc_dates() {
        assert_eq!(stamp(SystemTime::UNIX_EPOCH), "1970-01-01 00:00");
        // 2026-11-25 14:10:40 UTC
        assert_eq!(stamp(SystemTime::UNIX_EPOCH + Duration::from_secs(1_795_615_840)), "2026-11-25 14:10");
        assert_eq!(stamp(SystemTime::UNIX_EPOCH + Duration::from_secs(951_782_400)), "2000-02-29 00:00");
    }

    #[test]
    fn a_broken_save_is_listed_with_its_error_and_the_good_one_reads() {
        let dir = std::env::temp_dir().join(format!("oewg-sim-saves-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        write_atomically(&dir.join("broken.ron"), "SaveGame(format: 1,").unwrap();
        let good = SaveGame {
            format: crate::model::save::FORMAT,
            scenario: "tutorial".into(),
            scenario_id: "tutorial".into(),
            text: "Tutorial draft".into(),
            seed: 1,
            players: vec![],
            player_chair: true,
            steps: vec![vec![]],
            round: 0,
            phase: crate::model::Phase::GeneralExchange,
            entries: 1,
            revision: 0,
        };
        write_atomically(&dir.join("good.ron"), &good.to_ron()).unwrap();
        let list = list_saves(&dir);
        assert_eq!(list.len(), 2);
        let broken = list.iter().find(|e| e.path.ends_with("broken.ron")).unwrap();
        assert!(broken.save.as_ref().is_err_and(|e| e.starts_with("1:")), "{:?}", broken.save);
        assert_eq!(list.iter().find(|e| e.path.ends_with("good.ron")).unwrap().save.as_ref().unwrap(), &good);
        fs::remove_dir_all(&dir).unwrap();
    }
}
