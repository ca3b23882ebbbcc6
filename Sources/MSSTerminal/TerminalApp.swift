import MSSCore
import MSSView

/// How an interactive session ended.
public enum TerminalExit: Sendable, Equatable {
  case finished
  /// No usable terminal (no tty, TERM unset, dumb or unknown): the caller prints a snapshot.
  case unavailable(reason: String)
}

/// Runs the interactive dashboard on the controlling terminal.
public enum TerminalApp {
  @MainActor
  public static func run(
    model: AppModel, theme: Theme, reload: @escaping @Sendable () -> Result<Dataset, Diagnostic>
  ) -> TerminalExit {
    .unavailable(reason: "interactive mode is not built yet")
  }
}
