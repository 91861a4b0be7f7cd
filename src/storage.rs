//! Where the game keeps what it writes: saves, exported records, screenshots and
//! settings, under the platform's own data folder (`directories`), or
//! `$OEWG_SIM_HOME` when set (the README and CI use it). Writes go through a unique
//! temporary file, flushed to disk with its folder before the rename, so a failed
//! write never loses a save; a named save never replaces another.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

use crate::data::{self, ReadError, ScenarioFile};
use crate::model::Scenario;
use crate::model::save::{SaveError, SaveGame, Start};

/// The game's own folder.
pub fn home() -> PathBuf {
    if let Some(dir) = std::env::var_os("OEWG_SIM_HOME").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    match directories::ProjectDirs::from("org", "oewg-sim", "oewg-sim") {
        Some(dirs) => dirs.data_dir().to_path_buf(),
        None => PathBuf::from(".oewg-sim"),
    }
}

pub fn saves_dir() -> PathBuf {
    home().join("saves")
}

pub fn records_dir() -> PathBuf {
    home().join("records")
}

pub fn screenshots_dir() -> PathBuf {
    home().join("screenshots")
}

pub fn autosave_path() -> PathBuf {
    saves_dir().join("autosave.ron")
}

pub fn settings_path() -> PathBuf {
    home().join("settings.ron")
}

/// Writes `contents` to `path` atomically: a temporary file of its own name in the same
/// folder, flushed, renamed over `path`, and the folder flushed.
pub fn write_atomically(path: &Path, contents: &[u8]) -> io::Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    fs::create_dir_all(dir)?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    let (tmp, mut file) = unique_temporary(dir, name)?;
    let written = file.write_all(contents).and_then(|()| file.sync_all());
    drop(file);
    if let Err(e) = written.and_then(|()| fs::rename(&tmp, path)) {
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    // The rename is durable only once the folder is on disk too (where the platform allows it).
    if let Ok(folder) = fs::File::open(dir) {
        let _ = folder.sync_all();
    }
    Ok(())
}

fn unique_temporary(dir: &Path, name: &str) -> io::Result<(PathBuf, fs::File)> {
    let pid = std::process::id();
    for n in 0..1000u32 {
        let nanos = SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).map_or(0, |d| d.subsec_nanos());
        let tmp = dir.join(format!(".{name}.{pid}.{nanos}.{n}.tmp"));
        match fs::OpenOptions::new().write(true).create_new(true).open(&tmp) {
            Ok(file) => return Ok((tmp, file)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::new(io::ErrorKind::AlreadyExists, "no free temporary file name"))
}

/// Writes `contents` as a new file `<stem>.<extension>` in `dir`, never replacing one that
/// exists: `<stem>-2.<extension>` and so on. Returns the path written.
pub fn write_new(dir: &Path, stem: &str, extension: &str, contents: &[u8]) -> io::Result<PathBuf> {
    fs::create_dir_all(dir)?;
    for n in 1..10_000u32 {
        let name = if n == 1 { format!("{stem}.{extension}") } else { format!("{stem}-{n}.{extension}") };
        let path = dir.join(name);
        // Claim the name first, so two writers never pick the same one.
        match fs::OpenOptions::new().write(true).create_new(true).open(&path) {
            Ok(claimed) => {
                drop(claimed);
                write_atomically(&path, contents)?;
                return Ok(path);
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::new(io::ErrorKind::AlreadyExists, "too many files of that name"))
}

/// A date and time for a file name: "20261127-143512" (UTC).
pub fn file_stamp() -> String {
    jiff::Timestamp::now().strftime("%Y%m%d-%H%M%S").to_string()
}

/// "2026-11-27 14:35" in the local time zone, for lists.
pub fn shown_time(time: SystemTime) -> String {
    match jiff::Timestamp::try_from(time) {
        Ok(ts) => ts.to_zoned_datetime(jiff::tz::TimeZone::system()).strftime("%Y-%m-%d %H:%M").to_string(),
        Err(_) => String::new(),
    }
}

/// One save on disk, as the load list shows it.
#[derive(Debug, Clone)]
pub struct SaveEntry {
    pub path: PathBuf,
    pub modified: SystemTime,
    pub save: Result<SaveGame, String>,
}

/// Saves, newest first. Unreadable ones are listed with their error, not hidden; only
/// regular files are opened (a FIFO or a device in the folder cannot hang the list).
pub fn list_saves(dir: &Path) -> Vec<SaveEntry> {
    let Ok(read) = fs::read_dir(dir) else { return Vec::new() };
    let mut entries: Vec<SaveEntry> = read
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .map(|path| {
            let modified = fs::symlink_metadata(&path).and_then(|m| m.modified()).unwrap_or(SystemTime::UNIX_EPOCH);
            let save = data::read_text_file(&path)
                .map_err(|e| e.to_string())
                .and_then(|text| SaveGame::from_ron(&text).map_err(|e| e.to_string()));
            SaveEntry { path, modified, save }
        })
        .collect();
    entries.sort_by(|a, b| b.modified.cmp(&a.modified).then(a.path.cmp(&b.path)));
    entries
}

/// Why a save could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{0}")]
    Read(#[from] ReadError),
    #[error("{path}: {error}")]
    Save { path: String, error: SaveError },
    #[error("{path}: its scenario \"{scenario}\" does not load:\n{diagnostics}")]
    Scenario { path: String, scenario: String, diagnostics: String },
}

/// A save read, its scenario loaded and its replay checked: ready to resume.
pub struct Loaded {
    pub file: ScenarioFile,
    pub scenario: Arc<Scenario>,
    pub start: Start,
    pub save: SaveGame,
}

/// Reads a save, loads its scenario (by id, or the file it names) and replays it, every step
/// checked, before anything changes.
pub fn load_save(path: &Path) -> Result<Loaded, LoadError> {
    let text = data::read_text_file(path)?;
    load_save_text(&path.display().to_string(), &text)
}

/// A save's text, named `shown` in messages, loaded as `load_save` loads a file.
pub fn load_save_text(shown: &str, text: &str) -> Result<Loaded, LoadError> {
    let shown = shown.to_string();
    let save = SaveGame::from_ron(text).map_err(|error| LoadError::Save { path: shown.clone(), error })?;
    let named = crate::scenario::load_named(&save.scenario)
        .or_else(|_| crate::scenario::load_named(&save.scenario_id))
        .map_err(|d| LoadError::Scenario {
            path: shown.clone(),
            scenario: save.scenario.clone(),
            diagnostics: d.to_string(),
        })?;
    let (file, scenario) = named;
    let scenario = Arc::new(scenario);
    let (start, _) = save.replay(scenario.clone()).map_err(|error| LoadError::Save { path: shown, error })?;
    Ok(Loaded { file, scenario, start, save })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("oewg-storage-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn a_new_file_never_replaces_another() {
        let dir = temp("new");
        let a = write_new(&dir, "oewg_2019-20261127-1435-round3", "ron", b"one").unwrap();
        let b = write_new(&dir, "oewg_2019-20261127-1435-round3", "ron", b"two").unwrap();
        assert_ne!(a, b);
        assert_eq!(fs::read(&a).unwrap(), b"one");
        assert_eq!(fs::read(&b).unwrap(), b"two");
        let leftovers: Vec<_> = fs::read_dir(&dir)
            .unwrap()
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty(), "no temporary file is left behind");
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_broken_save_is_listed_with_its_error_and_a_fifo_does_not_hang_the_list() {
        let dir = temp("list");
        fs::create_dir_all(&dir).unwrap();
        write_atomically(&dir.join("broken.ron"), b"SaveGame(format: 2,").unwrap();
        // A FIFO named like a save: opening it would block forever.
        let fifo = dir.join("fifo.ron");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status().is_ok_and(|s| s.success());
        let list = list_saves(&dir);
        let broken = list.iter().find(|e| e.path.ends_with("broken.ron")).unwrap();
        assert!(broken.save.as_ref().is_err_and(|e| e.starts_with("1:")), "{:?}", broken.save);
        if made {
            let entry = list.iter().find(|e| e.path.ends_with("fifo.ron")).unwrap();
            assert!(entry.save.as_ref().is_err_and(|e| e.contains("not a regular file")), "{:?}", entry.save);
        }
        fs::remove_dir_all(&dir).unwrap();
    }
}
