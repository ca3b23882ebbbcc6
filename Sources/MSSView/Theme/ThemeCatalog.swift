import MSSCore

/// Every theme a user can pick: the built-ins, then the user's own; what `mssdash themes` lists
/// and the order `t` cycles through.
public struct ThemeCatalog: Sendable {
  public enum Origin: Hashable, Sendable {
    case builtIn
    case user(path: String)
  }

  public struct Entry: Sendable {
    /// The name `--theme` finds it by: the built-in's name or the user file's name.
    public let name: String
    public let origin: Origin
    public let result: Result<Theme, ThemeFailure>
    /// Problems that do not stop the theme from working.
    public let warnings: [Diagnostic]

    public init(
      name: String, origin: Origin, result: Result<Theme, ThemeFailure>, warnings: [Diagnostic] = []
    ) {
      self.name = name
      self.origin = origin
      self.result = result
      self.warnings = warnings
    }

    public var theme: Theme? { try? result.get() }
  }

  /// Built-ins in their order (a user file of the same name takes a built-in's place), then the
  /// user's other themes by name.
  public let entries: [Entry]

  public init(library: ThemeLibrary) {
    var entries = BuiltinThemes.order.map { name in
      Entry(
        name: name, origin: .builtIn,
        result: BuiltinThemes.results[name]
          ?? .failure(ThemeFailure(Diagnostic(.error, file: "builtin:\(name)", message: "missing"))),
        warnings: [])
    }
    for path in library.userFiles() {
      let entry = ThemeCatalog.userEntry(path: path, library: library)
      if let index = entries.firstIndex(where: { $0.name == entry.name }) {
        entries[index] = entry
      } else {
        entries.append(entry)
      }
    }
    self.entries = entries
  }

  /// The built-in themes alone.
  public static let builtIn = ThemeCatalog(library: .builtInOnly)

  /// The themes that load, in order: the list `t` cycles through.
  public var themes: [Theme] { entries.compactMap(\.theme) }

  public func theme(named name: String) -> Theme? {
    entries.first { $0.name == name }?.theme ?? themes.first { $0.name == name }
  }

  /// The theme after `current` in the cycle, wrapping round; the first theme when `current` is
  /// not in the catalog (a theme loaded from a path).
  public func theme(after current: Theme) -> Theme {
    let list = themes
    guard
      let index = list.firstIndex(of: current)
        ?? list.firstIndex(where: { $0.name == current.name })
    else { return list.first ?? current }
    return list[(index + 1) % list.count]
  }

  private static func userEntry(path: String, library: ThemeLibrary) -> Entry {
    let name = ThemeDirectory.themeName(ofFile: path)
    let parsed = ThemeFiles.parse(path: path)
    var warnings: [Diagnostic] = []
    if case .success(let document) = parsed, document.name != name {
      let place = document.namePlace
      warnings.append(
        Diagnostic(
          .warning, file: place.file, line: place.line, column: place.column, path: place.path,
          message:
            "the theme is called '\(document.name)' but its file is '\(name)'; --theme finds it "
            + "as '\(name)'"))
    }
    let result = parsed.flatMap { ThemeResolver.resolve($0, in: library) }
    return Entry(name: name, origin: .user(path: path), result: result, warnings: warnings)
  }
}
