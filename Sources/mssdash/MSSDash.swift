import ArgumentParser
import MSSCore
import MSSTerminal
import MSSView

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The root command: the interactive dashboard, or a text snapshot when stdout is not a terminal.
@main
struct MSSDash: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "mssdash",
    abstract:
      "A terminal dashboard of the Kenyan-led Multinational Security Support mission in Haiti.",
    discussion: """
      With no subcommand, shows the dashboard interactively; when standard output is not a \
      terminal it prints a text snapshot instead, so `mssdash | less` works: $COLUMNS wide \
      (default 100) and $LINES tall (default 40, enough for every panel). For another size or \
      format use `mssdash snapshot`.

      Exit codes: 0 success; 1 warnings with --strict; 64 usage error; 65 bad dataset or theme; \
      70 internal error.
      """,
    version: MSSDashVersion.current,
    subcommands: [Snapshot.self, Validate.self, Themes.self]
  )

  @OptionGroup var common: CommonOptions

  /// Process set-up before any command runs: `mssdash snapshot | head -1` must end quietly.
  static func main() {
    ProcessSignals.ignoreBrokenPipe()
    main(nil)
  }

  func run() throws {
    let loaded = try DataLoading.load(common)
    let today = LocalClock.today()
    let model = try DataLoading.model(loaded.dataset, common, today: today)
    let theme = try ThemeOption.resolve(common)
    let interactive = isatty(STDOUT_FILENO) == 1 && isatty(STDIN_FILENO) == 1
    if interactive {
      let common = self.common
      let options = TerminalOptions(
        asciiOnly: common.ascii,
        color: MSSView.ColorChoice(rawValue: common.color.rawValue) ?? .auto,
        themes: ThemeOption.cycle)
      // ArgumentParser calls run() on the main thread; curses must stay there.
      let outcome = MainActor.assumeIsolated {
        TerminalApp.run(model: model, theme: theme, options: options) { DataLoading.reload(common) }
      }
      switch outcome {
      case .finished:
        return
      case .unavailable(let reason):
        printError("mssdash: \(reason); printing a snapshot instead")
      }
    }
    let width = environmentInt("COLUMNS") ?? 100
    let height = environmentInt("LINES") ?? 40
    print(
      SnapshotWriter.render(model, format: .text, width: width, height: height, theme: theme),
      terminator: "")
  }
}

enum MSSDashVersion {
  static let current = "0.1.0"
}

func environmentInt(_ name: String) -> Int? {
  getenv(name).flatMap { Int(String(cString: $0)) }.flatMap { $0 > 0 ? $0 : nil }
}

/// Writes a line to standard error (the `stderr` global is not concurrency-safe in Swift 6).
func printError(_ message: String) {
  let line = message + "\n"
  _ = line.withCString { write(STDERR_FILENO, $0, strlen($0)) }
}
