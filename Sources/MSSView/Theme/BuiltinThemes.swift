import MSSCore

/// The themes in Themes/, compiled into the binary as values (see scripts/embed-themes.py).
public enum BuiltinThemes {
  /// The order `mssdash themes` lists them and `t` cycles through them: the default first,
  /// then the everyday alternatives, then the special-purpose ones.
  public static let order = [
    "default", "teal", "light", "fjord", "high-contrast", "amber", "monochrome",
  ]

  /// One built-in file as parsed; nil when there is no such theme. The values are generated
  /// from Themes/ (a test checks them against ThemeParser), so start-up reads no YAML.
  static func document(named name: String) -> Result<ThemeDocument, ThemeFailure>? {
    BuiltinThemeDocuments.document(named: name).map { .success($0) }
  }

  /// Each built-in file parsed, by theme name (the file name without `.yaml`).
  static let documents: [String: Result<ThemeDocument, ThemeFailure>] = {
    var documents: [String: Result<ThemeDocument, ThemeFailure>] = [:]
    for name in BuiltinThemeDocuments.names { documents[name] = document(named: name) }
    return documents
  }()

  /// Each built-in theme resolved, or what is wrong with it (a test keeps this empty).
  public static let results: [String: Result<Theme, ThemeFailure>] = {
    documents.mapValues { parsed in
      parsed.flatMap { ThemeResolver.resolve($0, in: .builtInOnly) }
    }
  }()

  /// The built-in themes in `order`.
  public static let all: [Theme] = order.compactMap { try? results[$0]?.get() }

  public static func theme(named name: String) -> Theme? {
    try? document(named: name)?.flatMap { ThemeResolver.resolve($0, in: .builtInOnly) }.get()
  }

  /// The text of a built-in theme's file, for `mssdash themes --show` and as a template.
  public static func fileText(named name: String) -> String? {
    BuiltinThemeFiles.files.first { ThemeDirectory.themeName(ofFile: $0.file) == name }?.text
  }
}
