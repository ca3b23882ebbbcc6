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

  /// The built-in copy parsed ahead of time by scripts/embed-seeds.py.
  var tree: PackedTree {
    switch self {
    case .history: return BundledTrees.history
    case .seed: return BundledTrees.seed
    }
  }

  /// Parses the built-in copy for the dashboard; messages name it `builtin:NAME`. Its quotes,
  /// ids and dates are not checked again at every start (a quarter of the load, most of it
  /// folding the article to search for quotes): BundledDatasetTests proves the copy passes
  /// every check, and `mssdash validate` runs them (`loadValidated`). The text is not parsed
  /// either: the tree embed-seeds.py wrote is read instead, the same data with the same lines
  /// and columns (BundledTreeTests), for under a third of the instructions (libyaml's scanner
  /// was most of the load).
  public func load() -> Result<LoadedDataset, Diagnostic> {
    let origin = "builtin:\(rawValue)"
    let loader = DatasetLoader(file: origin, readLocal: { BundledDataset.localFiles[$0] })
    guard let tree = tree.unpack() else {
      return loader.load(text: text, origin: origin, validating: false)
    }
    return loader.load(tree: tree, origin: origin)
  }

  /// Parses and checks the built-in copy's text, with every warning a dataset file would get
  /// and every message at its line in seeds/.
  public func loadValidated() -> Result<LoadedDataset, Diagnostic> {
    let origin = "builtin:\(rawValue)"
    return DatasetLoader(file: origin, readLocal: { BundledDataset.localFiles[$0] }).load(
      text: text, origin: origin, validating: true)
  }
}
