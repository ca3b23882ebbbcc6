import Foundation
import Testing

/// mssdash running in a tmux pane, as a user would start it from a shell:
/// `sh -c 'env … mssdash ARGS; echo EXIT=$?; exec sleep 600'`, so the exit status shows in
/// the pane.
enum DashboardPane {
  /// The seed dataset: its figures ("~2,900", "≥115", …) do not move when the history grows.
  static let seedArguments = ["--data", "builtin:seed"]

  /// A UTF-8, 256-colour terminal unless `environment` says otherwise; a nil value unsets.
  static let defaultEnvironment: [String: String?] = [
    "TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": nil, "LC_CTYPE": nil, "NO_COLOR": nil,
    "COLORTERM": nil,
  ]

  static func start(
    width: Int = 80, height: Int = 24, arguments: [String] = seedArguments,
    environment: [String: String?] = [:]
  ) throws -> TmuxSession {
    let binary = try Tools.binaryPath()
    let merged = defaultEnvironment.merging(environment) { _, new in new }
    let sorted = merged.sorted { $0.key < $1.key }
    // env takes its -u options before the assignments.
    var parts = ["env"] + sorted.filter { $0.value == nil }.map { "-u \($0.key)" }
    parts += sorted.compactMap { name, value in value.map { "\(name)=\(shellQuoted($0))" } }
    parts.append(shellQuoted(binary))
    parts += arguments.map(shellQuoted)
    // The shell stays (asleep) after the status line: a dead pane's cursor and modes are
    // tmux's own, not what the program left behind.
    let command = parts.joined(separator: " ") + "; echo EXIT=$?; exec sleep 600"
    return try TmuxSession(width: width, height: height, command: command)
  }

  /// After the program ended: its status line, and the terminal as the shell had it
  /// (normal screen, cursor shown, no mouse reporting, cursor keys in normal mode).
  static func expectExitedCleanly(
    _ pane: TmuxSession, status: Int = 0, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let screen = try pane.waitForExit(sourceLocation: sourceLocation)
    #expect(
      screen.contains("EXIT=\(status)"), "exit status; the screen was:\n\(screen)",
      sourceLocation: sourceLocation)
    #expect(
      try pane.format("#{alternate_on}") == "0", "still on the alternate screen",
      sourceLocation: sourceLocation)
    #expect(
      try pane.format("#{cursor_flag}") == "1", "cursor left hidden", sourceLocation: sourceLocation
    )
    #expect(
      try pane.format("#{mouse_any_flag}") == "0", "mouse reporting left on",
      sourceLocation: sourceLocation)
    #expect(
      try pane.format("#{keypad_cursor_flag}") == "0", "cursor keys left in application mode",
      sourceLocation: sourceLocation)
  }
}
