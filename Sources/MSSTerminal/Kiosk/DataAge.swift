import MSSCore

/// The banner of a bad update: what is wrong, and how old the data still on screen is.
/// "Reload failed, showing data loaded 14:02 (25 min ago): data.yaml:3:1: error: …" — the age
/// comes first so a narrow screen cuts the diagnostic, not the age.
enum DataAge {
  /// When the data on screen was loaded, on the wall clock.
  struct Loaded: Equatable {
    /// Seconds since the epoch (for the age).
    let seconds: Int
    /// The local time (for "14:02").
    let time: WallTime
  }

  /// `loaded` nil: the screen shows the built-in data because the source never loaded.
  static func banner(problem: Diagnostic, loaded: Loaded?, now: Int, today: Day) -> String {
    guard let loaded else {
      return "Reload failed, showing the built-in data: \(short(problem))"
    }
    let when =
      loaded.time.day == today
      ? ClockText.hoursAndMinutes(loaded.time)
      : "\(loaded.time.day.day) \(ClockText.month(loaded.time.day)) "
        + ClockText.hoursAndMinutes(loaded.time)
    return "Reload failed, showing data loaded \(when) (\(age(seconds: now - loaded.seconds))): "
      + short(problem)
  }

  /// The diagnostic in few columns: the file's own name rather than its whole path (a URL
  /// keeps its host), and no "error:" (a banner is only ever about one).
  static func short(_ problem: Diagnostic) -> String {
    var name = problem.file
    if let scheme = name.firstRange(of: "://") {
      name = String(name[scheme.upperBound...])
    } else if let slash = name.lastIndex(of: "/"), name.index(after: slash) < name.endIndex {
      name = String(name[name.index(after: slash)...])
    }
    if problem.line > 0 { name += ":\(problem.line):\(problem.column)" }
    let field = problem.path.isEmpty ? "" : "\(problem.path): "
    return "\(name): \(field)\(problem.message)"
  }

  /// "just now", "5 min ago", "2 h 5 min ago", "3 days ago": minutes at most, so the banner
  /// changes once a minute.
  static func age(seconds: Int) -> String {
    let minutes = max(0, seconds) / 60
    if minutes < 1 { return "just now" }
    if minutes < 60 { return "\(minutes) min ago" }
    let hours = minutes / 60
    if hours < 24 {
      let rest = minutes % 60
      return rest == 0 ? "\(hours) h ago" : "\(hours) h \(rest) min ago"
    }
    let days = hours / 24
    return days == 1 ? "1 day ago" : "\(days) days ago"
  }

  /// Seconds until `age` next changes its text.
  static func secondsToNextChange(age seconds: Int) -> Int {
    let seconds = max(0, seconds)
    let step = seconds < 86_400 ? 60 : 3600
    return step - seconds % step
  }
}
