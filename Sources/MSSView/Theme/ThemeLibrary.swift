import MSSCore

/// Where theme files are found by name: the user's theme directory first, then the built-ins.
public struct ThemeLibrary: Sendable {
  /// `$XDG_CONFIG_HOME/mssdash/themes`; nil when there is no home to find it in.
  public let userDirectory: String?

  public init(userDirectory: String?) { self.userDirectory = userDirectory }

  /// Only the themes built into the binary.
  public static let builtInOnly = ThemeLibrary(userDirectory: nil)

  /// The library for this environment (`XDG_CONFIG_HOME`, `HOME`).
  public init(environment: [String: String]) {
    self.init(userDirectory: ThemeDirectory.userThemes(environment: environment))
  }

  /// The user's file for theme `name`, if there is one.
  public func userFile(named name: String) -> String? {
    guard let userDirectory else { return nil }
    return ["yaml", "yml"].map { "\(userDirectory)/\(name).\($0)" }
      .first { ThemeDirectory.isRegularFile($0) }
  }

  /// The user's theme files, sorted by name.
  public func userFiles() -> [String] {
    guard let userDirectory else { return [] }
    return ThemeDirectory.themeFiles(in: userDirectory).map { "\(userDirectory)/\($0)" }
  }

  /// The theme file called `name`, parsed but not resolved; nil when there is none.
  /// `builtInOnly` lets a user's `default.yaml` build on the built-in `default`.
  func document(named name: String, builtInOnly: Bool) -> Result<ThemeDocument, ThemeFailure>? {
    if !builtInOnly, let path = userFile(named: name) { return ThemeFiles.parse(path: path) }
    return BuiltinThemes.document(named: name)
  }

  /// Every theme name this library knows, built-ins first.
  public func names() -> [String] {
    var names = BuiltinThemes.order
    for path in userFiles() {
      let name = ThemeDirectory.themeName(ofFile: path)
      if !names.contains(name) { names.append(name) }
    }
    return names
  }
}

/// Reading a theme file from disk.
enum ThemeFiles {
  /// A theme is a page of YAML; anything near this size is a mistake.
  static let sizeLimit = 1_048_576

  static func parse(path: String) -> Result<ThemeDocument, ThemeFailure> {
    switch FileReader.readText(path: path, limit: sizeLimit) {
    case .success(let text): return ThemeParser.parse(text, file: path)
    case .failure(let diagnostic): return .failure(ThemeFailure(diagnostic))
    }
  }
}
