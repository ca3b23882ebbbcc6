import ArgumentParser
import MSSCore
import MSSView

extension MSSDash {
  /// Renders the dashboard without a terminal.
  struct Snapshot: ParsableCommand {
    static let configuration = CommandConfiguration(
      // Named outright: the default derives it from the type's name through
      // String(describing:), about a million instructions per command at every start.
      commandName: "snapshot",
      abstract: "Print the dashboard as text, ANSI, Markdown or JSON.",
      discussion: """
        For cron jobs, e-mail, a server's login message or CI.

        text: the screen as plain lines, WIDTH×HEIGHT. ansi: the same with colour sequences, \
        reduced to what COLORTERM and TERM say the terminal shows (16 colours when TERM is \
        unset); NO_COLOR or --color never leave bold, underline and reverse only. markdown: a \
        report to paste (pledges, totals, humanitarian figures, conflicts, timeline, quotes, \
        sources). json: the resolved figures with qualifiers, periods, sources and conflicts, \
        for other tools. --width and --height apply to text and ansi only.
        """)

    @OptionGroup var common: CommonOptions
    @OptionGroup(title: "Configuration") var configFile: ConfigFileOptions

    @Option(name: .long, help: "Width in columns (text and ansi).")
    var width: Int = 100

    @Option(name: .long, help: "Height in rows (text and ansi).")
    var height: Int = 30

    @Option(name: .long, help: "Output format: text, ansi, markdown or json.")
    var format: SnapshotFormat = .text

    @Option(
      name: .long,
      help: ArgumentHelp(
        "Only this panel: pledges, humanitarian, timeline or detail. Text and ansi show it "
          + "zoomed to the whole screen; markdown and json keep only its sections.",
        valueName: "panel"))
    var panel: PanelChoice?

    func validate() throws {
      guard (1...1000).contains(width), (1...1000).contains(height) else {
        throw ValidationError("--width and --height must be between 1 and 1000")
      }
    }

    func run() throws {
      // The config file's data, theme, ASCII and colour, as the dashboard takes them; its
      // problems are errors here, as they are for the interactive dashboard.
      let environment = ProcessEnvironment.current
      let (config, problems) = configFile.load(environment: environment)
      guard problems.isEmpty else {
        for problem in problems { printError(problem.description) }
        throw ExitCode(DataLoading.dataErrorCode)
      }
      let common = common.completed(by: config)
      let loaded = try DataLoading.load(common)
      let model = try DataLoading.model(loaded.dataset, common, today: LocalClock.today())
      let depth = ColorDepth.forANSISnapshot(
        environment: environment, choice: common.color.viewChoice)
      let text = SnapshotWriter.render(
        model, format: format, width: width, height: height, panel: panel?.panel,
        theme: try ThemeOption.resolve(common).adapted(to: depth), colorDepth: depth)
      try StandardOutput.write(text)
    }
  }
}

extension SnapshotFormat: ExpressibleByArgument {
  // As ColorChoice: the raw values, which is what ArgumentParser would derive at more cost.
  public var defaultValueDescription: String { rawValue }
  public static var allValueStrings: [String] { ArgumentTexts.values(of: self) }
  public static var allValueDescriptions: [String: String] { [:] }
}

extension ColorChoice {
  /// The same choice as MSSView's colour-depth detection takes it.
  var viewChoice: MSSView.ColorChoice {
    switch self {
    case .auto: return .auto
    case .always: return .always
    case .never: return .never
    }
  }
}

enum PanelChoice: String, ExpressibleByArgument, CaseIterable {
  case pledges
  case humanitarian
  case timeline
  case detail

  // As ColorChoice: the raw values, which is what ArgumentParser would derive at more cost.
  var defaultValueDescription: String { rawValue }
  static var allValueStrings: [String] { ArgumentTexts.values(of: self) }
  static var allValueDescriptions: [String: String] { [:] }

  var panel: PanelID {
    switch self {
    case .pledges: return .pledges
    case .humanitarian: return .humanitarian
    case .timeline: return .timeline
    case .detail: return .detail
    }
  }
}
