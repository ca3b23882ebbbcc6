/// The datasets built into the binary, identical to the files in seeds/.
public enum BundledDataset: String, CaseIterable, Sendable {
  /// The seed snapshot plus sourced history, 2022–2026: the default.
  case history
  /// Only what the Reuters article of 11 October 2024 states.
  case seed

  /// The file name in seeds/.
  public var fileName: String {
    switch self {
    case .history: return "mss-history.yaml"
    case .seed: return "mss-seed.yaml"
    }
  }

  public var text: String {
    switch self {
    case .history: return BundledFiles.historyDataset
    case .seed: return BundledFiles.seedDataset
    }
  }

  /// Files a bundled dataset may cite as local sources.
  static let localFiles = ["000_b47f0ab57ea92bef.txt": BundledFiles.seedArticle]

  public static var seedArticle: String { BundledFiles.seedArticle }

  /// Parses the built-in copy for the dashboard; messages name it `builtin:NAME`. Its quotes,
  /// ids and dates are not checked again at every start (a quarter of the load, most of it
  /// folding the article to search for quotes): BundledDatasetTests proves the copy passes
  /// every check, and `mssdash validate` runs them (`loadValidated`).
  public func load() -> Result<LoadedDataset, Diagnostic> { load(validating: false) }

  /// Parses and checks the built-in copy, with every warning a dataset file would get.
  public func loadValidated() -> Result<LoadedDataset, Diagnostic> { load(validating: true) }

  private func load(validating: Bool) -> Result<LoadedDataset, Diagnostic> {
    let origin = "builtin:\(rawValue)"
    return DatasetLoader(file: origin) { BundledDataset.localFiles[$0] }.load(
      text: text, origin: origin, validating: validating)
  }
}
