import MSSCore

/// The themes in Themes/, compiled into the binary (see scripts/embed-themes.py).
public enum BuiltinThemes {
  /// The order `mssdash themes` lists them and `t` cycles through them: the default first,
  /// then the everyday alternatives, then the special-purpose ones.
  public static let order = [
    "default", "light", "fjord", "high-contrast", "amber", "monochrome",
  ]

  /// One built-in file parsed; nil when there is no such theme. Start-up parses only the theme
  /// chosen (and its base), not all of them.
  static func document(named name: String) -> Result<ThemeDocument, ThemeFailure>? {
    BuiltinThemeFiles.files.first { ThemeDirectory.themeName(ofFile: $0.file) == name }.map {
      ThemeParser.parse($0.text, file: "builtin:\(name)")
    }
  }

  /// Each built-in file parsed, by theme name (the file name without `.yaml`).
  static let documents: [String: Result<ThemeDocument, ThemeFailure>] = {
    var documents: [String: Result<ThemeDocument, ThemeFailure>] = [:]
    for (file, text) in BuiltinThemeFiles.files {
      let name = ThemeDirectory.themeName(ofFile: file)
      documents[name] = ThemeParser.parse(text, file: "builtin:\(name)")
    }
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
