import ArgumentParser
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
      throw ExitCode(dataErrorCode)
    }
  }

  static func loadResult(_ data: String?) -> Result<LoadedDataset, Diagnostic> {
    guard let data else { return BundledDataset.history.load() }
    if data.hasPrefix("builtin:") {
      let name = String(data.dropFirst("builtin:".count))
      guard let bundled = BundledDataset(rawValue: name) else {
        let names = BundledDataset.allCases.map { "builtin:\($0.rawValue)" }.joined(separator: ", ")
        return .failure(
          Diagnostic(.error, file: data, message: "no such built-in dataset; there are \(names)"))
      }
      return bundled.load()
    }
    return DatasetLoader.load(path: data)
  }

  static func reload(_ options: CommonOptions) -> Result<Dataset, Diagnostic> {
    loadResult(options.data).map(\.dataset)
  }

  static func model(_ dataset: Dataset, _ options: CommonOptions, today: Day) throws -> AppModel {
    var asOf: Day?
    if let text = options.asOf {
      if text == "today" {
        asOf = today
      } else if let day = Day.parse(text) {
        asOf = day
      } else {
        throw ValidationError("--as-of '\(text)' is not a day; expected YYYY-MM-DD or 'today'")
      }
    }
    return AppModel(
      dataset: dataset, asOf: asOf, today: today, glyphs: options.ascii ? .ascii : .unicode)
  }
}
