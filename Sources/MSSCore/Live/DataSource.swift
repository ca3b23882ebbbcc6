/// Where the dashboard's data comes from: `--data builtin:NAME`, a file, or an http(s) URL.
public enum DataSource: Sendable, Equatable {
  case bundled(BundledDataset)
  case file(String)
  case url(HTTPLocation)

  /// No argument means the bundled history.
  public static func parse(_ argument: String?) -> Result<DataSource, Diagnostic> {
    guard let argument else { return .success(.bundled(.history)) }
    if argument.hasPrefix("builtin:") {
      let name = String(argument.dropFirst("builtin:".count))
      guard let bundled = BundledDataset(rawValue: name) else {
        let names = BundledDataset.allCases.map { "builtin:\($0.rawValue)" }.joined(separator: ", ")
        return .failure(
          Diagnostic(
            .error, file: argument, message: "no such built-in dataset; there are \(names)"))
      }
      return .success(.bundled(bundled))
    }
    if let url = HTTPLocation.parse(argument) { return url.map { .url($0) } }
    return .success(.file(argument))
  }

  /// How messages name it.
  public var name: String {
    switch self {
    case .bundled(let bundled): return "builtin:\(bundled.rawValue)"
    case .file(let path): return path
    case .url(let location): return location.description
    }
  }

  /// Whether it can change while mssdash runs.
  public var isLive: Bool {
    if case .bundled = self { return false }
    return true
  }
}
