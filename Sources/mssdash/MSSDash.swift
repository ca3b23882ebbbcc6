import MSSCommandLine
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
struct MSSDash {
  var common: CommonOptions
  var live: KioskOptions
  var configFile: ConfigFileOptions

  static let command = CommandSpec(
    name: "mssdash",
    abstract:
      "A terminal dashboard of the Kenyan-led Multinational Security Support mission in Haiti.",
    discussion: """
      With no subcommand, shows the dashboard interactively; when standard output is not a \
      terminal it prints a text snapshot instead, so `mssdash | less` works: $COLUMNS wide \
      (default 100) and $LINES tall (default 40, enough for every panel). For another size or \
      format use `mssdash snapshot`.

      --kiosk runs it on a wall screen: panels rotate (--rotate), the as-of date can play \
      through the history (--history), the data file or http(s) URL is checked every --reload \
      seconds and a bad update keeps the last good data with a banner. Settings may come from \
      $XDG_CONFIG_HOME/mssdash/config.yaml (default ~/.config/mssdash/config.yaml); the command \
      line wins. See docs/kiosk.md.

      Exit codes: 0 success; 1 warnings with --strict; 64 usage error; 65 bad dataset, theme \
      or config file; 70 internal error; 74 the output could not be written.
      """,
    groups: [OptionGroup(CommonOptions.options), KioskOptions.group, ConfigFileOptions.group],
    subcommands: [Snapshot.command, Validate.command, Themes.command])

  static let program = CommandLineProgram(root: command, version: MSSDashVersion.current)

  /// Process set-up before any command runs: `mssdash snapshot | head -1` must end quietly.
  static func main() {
    ProcessSignals.ignoreBrokenPipe()
    // Themes and the kiosk's config are YAML too: deep nesting is refused for every file.
    YAMLNesting.apply()
    let words = Array(CommandLine.arguments.dropFirst())
    let ending = program.run(words, columns: environmentInt("COLUMNS") ?? 80) { invocation in
      let arguments = invocation.arguments
      switch invocation.command.name {
      case Snapshot.command.name: try Snapshot(arguments).run()
      case Validate.command.name: try Validate(arguments).run()
      case Themes.command.name: try Themes(arguments).run()
      default: try MSSDash(arguments).run()
      }
    }
    exit(finish(ending))
  }

  /// Writes what the command line's ending says to write; the exit status it should have.
  static func finish(_ ending: CommandLineProgram.Ending) -> Int32 {
    if !ending.standardError.isEmpty { writeError(ending.standardError) }
    do {
      if !ending.standardOutput.isEmpty { try StandardOutput.write(ending.standardOutput) }
    } catch let status as ExitStatus {
      return status.code
    } catch {
      return StandardOutput.ioErrorCode
    }
    return ending.code
  }

  init(_ arguments: ParsedArguments) throws {
    common = CommonOptions(arguments)
    live = try KioskOptions(arguments)
    configFile = ConfigFileOptions(arguments)
  }

  func run() throws {
    let environment = ProcessEnvironment.current
    let settings = DashboardSettings(
      common: common, options: live, configFile: configFile, environment: environment)
    if !settings.kiosk, !settings.configProblems.isEmpty {
      for problem in settings.configProblems { printError(problem.description) }
      throw ExitStatus(DataLoading.dataErrorCode)
    }
    let common = settings.common
    let start = try LiveStart.begin(settings)
    let today = LocalClock.today()
    var model = try DataLoading.model(start.loaded.dataset, common, today: today)
    // Kiosk mode comes up with the default theme (and says why) rather than not at all.
    let themes = ThemeLibrary(environment: environment)
    let theme: Theme
    var themeWarning: String?
    if settings.kiosk {
      (theme, themeWarning) = ThemeSelection.resolveOrDefault(common.theme, library: themes)
    } else {
      theme = try ThemeOption.resolve(common, library: themes)
    }
    let interactive = isatty(STDOUT_FILENO) == 1 && isatty(STDIN_FILENO) == 1
    if interactive {
      model.kiosk = settings.kiosk
      let warnings = [themeWarning, settings.configWarning].compactMap { $0 }
      // main() calls run() on the main thread; curses must stay there.
      let outcome = MainActor.assumeIsolated { () -> TerminalExit in
        // `t` cycles through every theme, read when first pressed; a kiosk has no `t`.
        var loadThemes: (@MainActor () -> [Theme])?
        if !settings.kiosk { loadThemes = { ThemeCatalog(library: themes).themes } }
        let driver = LiveSession(
          feed: start.feed, kiosk: settings.kiosk ? settings.kioskSettings : nil,
          startupProblem: start.startupProblem,
          warning: warnings.isEmpty ? nil : warnings.joined(separator: " · "))
        let options = TerminalOptions(
          asciiOnly: common.ascii,
          color: MSSView.ColorChoice(rawValue: common.color.rawValue) ?? .auto,
          loadThemes: loadThemes, lockKeys: settings.lock,
          driver: driver)
        return TerminalApp.run(model: model, theme: theme, options: options)
      }
      switch outcome {
      case .finished:
        return
      case .unavailable(let reason):
        printError("mssdash: \(reason); printing a snapshot instead")
      }
    }
    // As `snapshot` allows: COLUMNS=100000 LINES=100000 asked for a grid of ten billion cells.
    let width = min(environmentInt("COLUMNS") ?? 100, 1000)
    let height = min(environmentInt("LINES") ?? 40, 1000)
    try StandardOutput.write(
      SnapshotWriter.render(model, format: .text, width: width, height: height, theme: theme))
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
  writeError(message + "\n")
}

/// Writes text to standard error as it is safe to show: arguments quoted in a usage error are
/// the user's words, and may hold escape sequences.
func writeError(_ text: String) {
  let safe = terminalSafe(text)
  _ = safe.withCString { write(STDERR_FILENO, $0, strlen($0)) }
}
