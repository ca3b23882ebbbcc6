import ArgumentParser
import MSSCore
import MSSView

extension MSSDash {
  /// Renders the dashboard without a terminal.
  struct Snapshot: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print the dashboard as text, ANSI, Markdown or JSON.",
      discussion: "For cron jobs, e-mail, a server's login message or CI.")

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: "Width in columns.")
    var width: Int = 100

    @Option(name: .long, help: "Height in rows.")
    var height: Int = 30

    @Option(name: .long, help: "Output format: text, ansi, markdown or json.")
    var format: SnapshotFormat = .text

    @Option(name: .long, help: "Only this panel: pledges, humanitarian, timeline or detail.")
    var panel: PanelChoice?

    func validate() throws {
      guard (1...1000).contains(width), (1...1000).contains(height) else {
        throw ValidationError("--width and --height must be between 1 and 1000")
      }
    }

    func run() throws {
      let loaded = try DataLoading.load(common)
      let model = try DataLoading.model(loaded.dataset, common, today: LocalClock.today())
      let text = SnapshotWriter.render(
        model, format: format, width: width, height: height, panel: panel?.panel,
        theme: DefaultThemes.dark)
      print(text, terminator: "")
    }
  }
}

extension SnapshotFormat: ExpressibleByArgument {}

enum PanelChoice: String, ExpressibleByArgument, CaseIterable {
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
