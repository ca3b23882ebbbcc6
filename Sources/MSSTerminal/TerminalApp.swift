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
  /// Returns when the user quits or a SIGINT/SIGTERM/SIGHUP arrives, with the terminal restored.
  @MainActor
  public static func run(
    model: AppModel, theme: Theme, options: TerminalOptions = TerminalOptions()
  ) -> TerminalExit {
    let settings = Terminal.Settings(asciiRequested: options.asciiOnly, colorChoice: options.color)
    let terminal: Terminal
    switch Terminal.start(settings) {
    case .success(let started): terminal = started
    case .failure(let unavailable): return .unavailable(reason: unavailable.reason)
    }
    defer {
      // The terminal first: whatever the driver's threads do, the user gets it back at once.
      terminal.stop()
      options.driver?.finish()
    }
    var loop = EventLoop(model: model, terminal: terminal, theme: theme, options: options)
    loop.run()
    return .finished
  }
}
