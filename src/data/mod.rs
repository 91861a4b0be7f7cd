//! Where the game finds its data at run time: first `$OEWG_SIM_DATA`, then the
//! folders beside the executable, then the copies embedded in the binary (the
//! shipped scenarios, the English locale and the fonts), so a binary copied alone
//! still works. Shipped scenarios are named by id anywhere; a path still works for
//! an author's own file. Every file is read as untrusted: only regular files, of
//! bounded size, named inside their folder.

mod embedded;

use std::fmt;
use std::io::Read;
use std::path::{Component, Path, PathBuf};

/// The largest data file the game reads (scenarios, saves, settings, locales).
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// A folder of data files: one on disk, or the copies inside the binary.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Folder {
    Disk(PathBuf),
    Embedded(Shelf),
}

/// Which set of embedded files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Shelf {
    Scenarios,
    /// One language's messages (`assets/locales/<code>/`), by its code.
    Locale(&'static str),
    /// The student's page the classroom host serves (`assets/web/`).
    Web,
}

/// Why a data file could not be read. Nothing of a file's content is echoed here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// The name is absolute, climbs out of its folder (`..`), or is otherwise not a plain relative name.
    OutsideFolder(String),
    NotFound(String),
    NotAFile(String),
    TooLarge {
        name: String,
        bytes: u64,
    },
    NotUtf8(String),
    Io {
        name: String,
        error: String,
    },
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::OutsideFolder(n) => {
                write!(f, "\"{n}\" is not a file name inside the scenario's folder (no absolute paths, no \"..\")")
            }
            ReadError::NotFound(n) => write!(f, "{n}: no such file"),
            ReadError::NotAFile(n) => write!(f, "{n}: not a regular file"),
            ReadError::TooLarge { name, bytes } => {
                write!(f, "{name}: {bytes} bytes, more than the {MAX_FILE_BYTES} a data file may have")
            }
            ReadError::NotUtf8(n) => write!(f, "{n}: not UTF-8 text"),
            ReadError::Io { name, error } => write!(f, "{name}: {error}"),
        }
    }
}

impl std::error::Error for ReadError {}

/// A name a data file may refer to another by: relative, no `..`, no root, not empty.
pub fn safe_relative(name: &str) -> bool {
    let path = Path::new(name);
    !name.is_empty()
        && !name.contains('\0')
        && path.components().all(|c| matches!(c, Component::Normal(_)))
        && !name.contains('\\')
}

/// Reads a regular file of at most `MAX_FILE_BYTES` as UTF-8 (a byte-order mark is dropped).
/// Refuses FIFOs, devices and folders before opening them, so nothing can hang or run forever.
pub fn read_text_file(path: &Path) -> Result<String, ReadError> {
    let shown = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => ReadError::NotFound(shown.clone()),
        _ => ReadError::Io { name: shown.clone(), error: e.to_string() },
    })?;
    if !meta.is_file() {
        return Err(ReadError::NotAFile(shown));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge { name: shown, bytes: meta.len() });
    }
    let file = std::fs::File::open(path).map_err(|e| ReadError::Io { name: shown.clone(), error: e.to_string() })?;
    let mut bytes = Vec::new();
    // The file may grow after the check: never read more than the cap.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| ReadError::Io { name: shown.clone(), error: e.to_string() })?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge { name: shown, bytes: bytes.len() as u64 });
    }
    let text = String::from_utf8(bytes).map_err(|_| ReadError::NotUtf8(shown))?;
    Ok(text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text))
}

impl Folder {
    /// Reads `name` inside this folder.
    pub fn read(&self, name: &str) -> Result<String, ReadError> {
        if !safe_relative(name) {
            return Err(ReadError::OutsideFolder(name.to_string()));
        }
        match self {
            Folder::Disk(dir) => read_text_file(&dir.join(name)),
            Folder::Embedded(shelf) => {
                embedded::text(*shelf, name).map(str::to_string).ok_or_else(|| ReadError::NotFound(self.show(name)))
            }
        }
    }

    /// How a file in this folder is named in messages: a path on disk, or `(built in)/name`.
    pub fn show(&self, name: &str) -> String {
        match self {
            Folder::Disk(dir) => dir.join(name).display().to_string(),
            Folder::Embedded(_) => format!("(built in)/{name}"),
        }
    }

    pub fn has(&self, name: &str) -> bool {
        match self {
            Folder::Disk(dir) => dir.join(name).is_file(),
            Folder::Embedded(shelf) => embedded::text(*shelf, name).is_some(),
        }
    }

    /// The `.ron` and `.ftl` files here, by name, sorted.
    pub fn files(&self, extension: &str) -> Vec<String> {
        let mut names: Vec<String> = match self {
            Folder::Disk(dir) => std::fs::read_dir(dir)
                .map(|read| {
                    read.filter_map(Result::ok)
                        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
                        .filter_map(|e| e.file_name().into_string().ok())
                        .filter(|n| n.ends_with(extension))
                        .collect()
                })
                .unwrap_or_default(),
            Folder::Embedded(shelf) => {
                embedded::names(*shelf).into_iter().filter(|n| n.ends_with(extension)).map(str::to_string).collect()
            }
        };
        names.sort();
        names
    }
}

/// The folders on disk to look in, in order: `$OEWG_SIM_DATA/<sub>`, then `<executable's folder>/<sub>`.
fn disk_folders(sub: &str) -> Vec<PathBuf> {
    let mut folders = Vec::new();
    if let Some(root) = std::env::var_os("OEWG_SIM_DATA").filter(|v| !v.is_empty()) {
        folders.push(PathBuf::from(root).join(sub));
    }
    if let Some(dir) = std::env::current_exe().ok().and_then(|exe| exe.parent().map(Path::to_path_buf)) {
        folders.push(dir.join(sub));
    }
    folders.into_iter().filter(|d| d.is_dir()).collect()
}

/// The folders on disk, then the embedded shelf.
fn search_path(sub: &str, shelf: Shelf) -> Vec<Folder> {
    disk_folders(sub).into_iter().map(Folder::Disk).chain([Folder::Embedded(shelf)]).collect()
}

/// Where scenarios are looked for, in order.
pub fn scenario_folders() -> Vec<Folder> {
    search_path("scenarios", Shelf::Scenarios)
}

/// Where a language's messages are looked for, in order: on disk, then built in when the
/// binary carries that language. A code that is not a plain name finds nothing.
pub fn locale_folders(language: &str) -> Vec<Folder> {
    if !safe_relative(language) || language.contains('/') {
        return Vec::new();
    }
    let sub = format!("assets/locales/{language}");
    disk_folders(&sub).into_iter().map(Folder::Disk).chain(embedded::locale(language).map(Folder::Embedded)).collect()
}

/// A file of the student's page (`assets/web/NAME`), from disk or the binary.
pub fn web_file(name: &str) -> Result<String, ReadError> {
    let folder = search_path("assets/web", Shelf::Web).into_iter().find(|f| f.has(name));
    folder.ok_or_else(|| ReadError::NotFound(name.to_string()))?.read(name)
}

/// A scenario file found: its folder (where the files it refers to are read) and its name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScenarioFile {
    pub folder: Folder,
    pub name: String,
}

impl ScenarioFile {
    /// How it is named to people: the path, or the id of a built-in one.
    pub fn show(&self) -> String {
        self.folder.show(&self.name)
    }

    /// How a save refers to it: the id of a shipped scenario, else its path.
    pub fn reference(&self) -> String {
        match &self.folder {
            Folder::Embedded(_) => self.name.trim_end_matches(".ron").to_string(),
            Folder::Disk(dir) => dir.join(&self.name).display().to_string(),
        }
    }
}

/// Finds a scenario by id (`oewg_2019`, looked up in the scenario folders) or by path
/// (an author's own file, anywhere).
pub fn find_scenario(name: &str) -> Result<ScenarioFile, ReadError> {
    let looks_like_id = !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if looks_like_id {
        let file = format!("{name}.ron");
        if let Some(folder) = scenario_folders().into_iter().find(|f| f.has(&file)) {
            return Ok(ScenarioFile { folder, name: file });
        }
    }
    let path = Path::new(name);
    if path.is_file() {
        let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let file = path.file_name().and_then(|f| f.to_str()).unwrap_or_default().to_string();
        return Ok(ScenarioFile { folder: Folder::Disk(dir.to_path_buf()), name: file });
    }
    Err(ReadError::NotFound(name.to_string()))
}

/// The default scenario shipped with the game.
pub const DEFAULT_SCENARIO: &str = "oewg_2019";

/// Every scenario file on the search path, each id once (the first found wins).
pub fn scenario_files() -> Vec<ScenarioFile> {
    let mut seen = std::collections::BTreeSet::new();
    let mut out = Vec::new();
    for folder in scenario_folders() {
        for name in folder.files(".ron") {
            let is_scenario =
                folder.read(&name).is_ok_and(|text| crate::scenario::file_kind(&text) == Some("Scenario"));
            if is_scenario && seen.insert(name.clone()) {
                out.push(ScenarioFile { folder: folder.clone(), name });
            }
        }
    }
    out
}

/// The bytes of a shipped font (`assets/fonts/NAME`), from disk or the binary.
#[cfg(feature = "window")]
pub fn font(name: &str) -> Option<Vec<u8>> {
    disk_folders("assets/fonts")
        .into_iter()
        .find_map(|dir| std::fs::read(dir.join(name)).ok())
        .or_else(|| embedded::font(name).map(<[u8]>::to_vec))
}

/// The window icon (PNG), from disk or the binary.
#[cfg(feature = "window")]
pub fn icon() -> Vec<u8> {
    disk_folders("assets/icons")
        .into_iter()
        .find_map(|dir| std::fs::read(dir.join("oewg-sim.png")).ok())
        .unwrap_or_else(|| embedded::ICON.to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_leave_their_folder_are_refused() {
        for bad in ["/etc/shadow", "../x.ron", "a/../../b.ron", "", "C:\\x", "a\\..\\b"] {
            assert!(!safe_relative(bad), "{bad}");
            assert!(matches!(Folder::Embedded(Shelf::Scenarios).read(bad), Err(ReadError::OutsideFolder(_))));
        }
        assert!(safe_relative("issues.ron") && safe_relative("shared/issues.ron"));
    }

    #[test]
    fn only_regular_files_are_read() {
        let dir = std::env::temp_dir().join(format!("oewg-data-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        assert!(matches!(read_text_file(&dir), Err(ReadError::NotAFile(_))));
        assert!(matches!(read_text_file(Path::new("/dev/zero")), Err(ReadError::NotAFile(_))));
        let bom = dir.join("bom.ron");
        std::fs::write(&bom, "\u{feff}Issues([])").unwrap();
        assert_eq!(read_text_file(&bom).unwrap(), "Issues([])");
        std::fs::write(&bom, [0xff, 0xfe, 0x00]).unwrap();
        assert!(matches!(read_text_file(&bom), Err(ReadError::NotUtf8(_))));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn shipped_scenarios_are_found_by_id_even_without_a_checkout() {
        let found = find_scenario("tutorial").expect("the tutorial ships in the binary");
        assert!(found.folder.has("issues.ron"), "its shared files sit beside it");
        assert!(find_scenario("no_such_scenario").is_err());
        let embedded = Folder::Embedded(Shelf::Scenarios);
        assert!(embedded.read("oewg_2019.ron").is_ok());
    }
}
