import MSSCommandLine
import MSSCore
import MSSView

extension MSSDash {
  /// Renders the dashboard without a terminal.
  struct Snapshot {
    var common: CommonOptions
    var configFile: ConfigFileOptions
    var width = 100
    var height = 30
    var format: SnapshotFormat = .text
    var panel: PanelChoice?

    enum Spec {
      static let width = OptionSpec(
        "width", kind: .value(.integer), help: "Width in columns (text and ansi).",
        defaultText: "100")
      static let height = OptionSpec(
        "height", kind: .value(.integer), help: "Height in rows (text and ansi).",
        defaultText: "30")
      static let format = OptionSpec(
        "format", kind: .value(.choice(SnapshotFormat.allCases.map { $0.rawValue })),
        help: "The output format.",
        defaultText: SnapshotFormat.text.rawValue)
      static let panel = OptionSpec(
        "panel", kind: .value(.choice(PanelChoice.allCases.map { $0.rawValue })),
        valueName: "panel",
        help: "Only this panel: text and ansi show it zoomed to the whole screen; markdown and "
          + "json keep only its sections.")
    }

    static let command = CommandSpec(
      name: "snapshot",
      abstract: "Print the dashboard as text, ANSI, Markdown or JSON.",
      discussion: """
        For cron jobs, e-mail, a server's login message or CI.

        text: the screen as plain lines, WIDTH×HEIGHT. ansi: the same with colour sequences, \
        reduced to what COLORTERM and TERM say the terminal shows (16 colours when TERM is \
        unset); NO_COLOR or --color never leave bold, underline and reverse only. markdown: a \
        report to paste (pledges, totals, humanitarian figures, conflicts, timeline, quotes, \
        sources). json: the resolved figures with qualifiers, periods, sources and conflicts, \
        for other tools. --width and --height apply to text and ansi only.
        """,
      groups: [
        OptionGroup(CommonOptions.options), ConfigFileOptions.group,
        OptionGroup([Spec.width, Spec.height, Spec.format, Spec.panel]),
      ])

    init(_ arguments: ParsedArguments) throws {
      common = CommonOptions(arguments)
      configFile = ConfigFileOptions(arguments)
      width = arguments.integer(Spec.width) ?? width
      height = arguments.integer(Spec.height) ?? height
      format = arguments.choice(Spec.format, as: SnapshotFormat.self) ?? format
      panel = arguments.choice(Spec.panel, as: PanelChoice.self)
      guard (1...1000).contains(width), (1...1000).contains(height) else {
        throw UsageError("--width and --height must be between 1 and 1000")
      }
    }

    func run() throws {
      // The config file's data, theme, ASCII and colour, as the dashboard takes them; its
      // problems are errors here, as they are for the interactive dashboard.
      let environment = ProcessEnvironment.current
      let (config, problems) = configFile.load(environment: environment)
      guard problems.isEmpty else {
        for problem in problems { printError(problem.description) }
        throw ExitStatus(DataLoading.dataErrorCode)
      }
      let common = common.completed(by: config)
      let loaded = try DataLoading.load(common)
      let model = try DataLoading.model(loaded.dataset, common, today: LocalClock.today())
      let depth = ColorDepth.forANSISnapshot(
        environment: environment, choice: common.color.viewChoice)
      let text = SnapshotWriter.render(
        model, format: format, width: width, height: height, panel: panel?.panel,
        theme: try ThemeOption.resolve(common, library: ThemeLibrary(environment: environment))
          .adapted(to: depth), colorDepth: depth)
      try StandardOutput.write(text)
    }
  }
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

enum PanelChoice: String, CaseIterable {
  case pledges
  case humanitarian
  case timeline
  case detail

  var panel: PanelID {
    switch self {
    case .pledges: return .pledges
    case .humanitarian: return .humanitarian
    case .timeline: return .timeline
    case .detail: return .detail
    }
  }
}
