import MSSCommandLine
import MSSCore
import MSSView

/// Turns `--data` and `--as-of` into a model, printing diagnostics the way compilers do.
enum DataLoading {
  static let dataErrorCode: Int32 = 65

  static func load(_ options: CommonOptions) throws -> LoadedDataset {
    switch loadResult(options.data) {
    case .success(let loaded):
      return loaded
    case .failure(let diagnostic):
      printError(diagnostic.description)
      throw ExitStatus(dataErrorCode)
    }
  }

  /// `--data` as a file, `builtin:NAME` or an http(s) URL, loaded once.
  static func loadResult(_ data: String?) -> Result<LoadedDataset, Diagnostic> {
    DataSource.parse(data).flatMap { source in
      var poller = SourcePoller(source: source)
      return firstLoad(&poller)
    }
  }

  /// The first poll of a source, which always reads it.
  static func firstLoad(_ poller: inout SourcePoller) -> Result<LoadedDataset, Diagnostic> {
    switch poller.poll(force: true) {
    case .loaded(let loaded):
      return .success(loaded)
    case .failed(let diagnostic):
      return .failure(diagnostic)
    case .unchanged, .current:
      // A file caught half-written, or a 304 to a first request: try once more.
      switch poller.poll(force: true) {
      case .loaded(let loaded): return .success(loaded)
      case .failed(let diagnostic): return .failure(diagnostic)
      case .unchanged, .current:
        return .failure(
          Diagnostic(.error, file: poller.source.name, message: "the data kept changing while read")
        )
      }
    }
  }

  static func model(_ dataset: Dataset, _ options: CommonOptions, today: Day) throws -> AppModel {
    var asOf: Day?
    if let text = options.asOf {
      if text == "today" {
        asOf = today
      } else if let day = Day.parse(text) {
        asOf = day
      } else {
        throw UsageError("--as-of '\(text)' is not a day; expected YYYY-MM-DD or 'today'")
      }
    }
    return AppModel(
      dataset: dataset, asOf: asOf, today: today, glyphs: options.ascii ? .ascii : .unicode)
  }
}
