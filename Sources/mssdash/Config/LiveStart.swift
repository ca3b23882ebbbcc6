import MSSCommandLine
import MSSCore
import MSSTerminal
import MSSView

/// The first load and the live session behind the dashboard. Interactive mode stops on a
/// dataset it cannot load (exit 65); kiosk mode must come up whatever is wrong, so it shows
/// the built-in data with a banner and keeps trying the source.
struct LiveStart {
  let loaded: LoadedDataset
  /// The start-up load failed (kiosk mode only): the built-in data is shown instead.
  let startupProblem: Diagnostic?
  let feed: LiveFeed?

  static func begin(_ settings: DashboardSettings) throws -> LiveStart {
    let source: DataSource
    switch DataSource.parse(settings.common.data) {
    case .success(let parsed):
      source = parsed
    case .failure(let diagnostic):
      guard settings.kiosk else {
        printError(diagnostic.description)
        throw ExitStatus(DataLoading.dataErrorCode)
      }
      return try fallback(diagnostic, feed: nil)
    }
    var poller = SourcePoller(source: source)
    // A wall screen should not stay black for long while its server is down at boot: it
    // shows the built-in data after 3 s and keeps trying at the usual 10 s per poll.
    if settings.kiosk { poller.timeout = .seconds(3) }
    let first = DataLoading.firstLoad(&poller)
    poller.timeout = SourcePoller.defaultTimeout
    // `r` and the reload interval go through the feed, on its own thread; built-in data
    // never changes, so it gets no feed (and no thread).
    let feed = source.isLive ? LiveFeed(poller: poller, interval: settings.reload) : nil
    switch first {
    case .success(let loaded):
      return LiveStart(loaded: loaded, startupProblem: nil, feed: feed)
    case .failure(let diagnostic):
      guard settings.kiosk else {
        printError(diagnostic.description)
        throw ExitStatus(DataLoading.dataErrorCode)
      }
      return try fallback(diagnostic, feed: feed)
    }
  }

  private static func fallback(_ problem: Diagnostic, feed: LiveFeed?) throws -> LiveStart {
    switch BundledDataset.history.load() {
    case .success(let builtIn):
      return LiveStart(loaded: builtIn, startupProblem: problem, feed: feed)
    case .failure(let diagnostic):
      printError(diagnostic.description)
      throw ExitStatus(DataLoading.dataErrorCode)
    }
  }
}
