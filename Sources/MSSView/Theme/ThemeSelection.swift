import MSSCore

/// Turns `--theme NAME|PATH` into a theme.
public enum ThemeSelection {
  /// The theme used when `--theme` is not given: the user's `default.yaml` if there is one,
  /// else the built-in default.
  public static let defaultName = "default"

  /// A path contains a `/` or ends in `.yaml`/`.yml`; anything else is a name.
  public static func isPath(_ argument: String) -> Bool {
    argument.contains("/") || argument.hasSuffix(".yaml") || argument.hasSuffix(".yml")
  }

  /// A name is looked up in the user's theme directory, then among the built-ins; a path is
  /// loaded as a file (its `base` is looked up by name the same way).
  public static func resolve(
    _ argument: String?, library: ThemeLibrary
  ) -> Result<Theme, ThemeFailure> {
    let argument = argument ?? defaultName
    if isPath(argument) { return load(path: argument, library: library) }
    switch library.document(named: argument, builtInOnly: false) {
    case .some(let parsed):
      return parsed.flatMap { ThemeResolver.resolve($0, in: library) }
    case .none:
      let known = library.names().joined(separator: ", ")
      let searched = library.userDirectory.map { " (looked in \($0) and the built-ins)" } ?? ""
      return .failure(
        ThemeFailure(
          Diagnostic(
            .error, file: "--theme",
            message:
              "no theme named '\(argument)'\(searched); there are: \(known). A file path needs a / "
              + "or a .yaml ending")))
    }
  }

  /// Loads the theme file at `path`.
  public static func load(path: String, library: ThemeLibrary) -> Result<Theme, ThemeFailure> {
    ThemeFiles.parse(path: path).flatMap { ThemeResolver.resolve($0, in: library) }
  }

  /// For a kiosk, which must come up whatever is wrong: the chosen theme, or the built-in
  /// default with a one-line warning saying why (to show in the banner).
  public static func resolveOrDefault(
    _ argument: String?, library: ThemeLibrary
  ) -> (theme: Theme, warning: String?) {
    switch resolve(argument, library: library) {
    case .success(let theme):
      return (theme, nil)
    case .failure(let failure):
      let first = failure.diagnostics.first?.description ?? "unreadable theme"
      let more = failure.diagnostics.count > 1 ? " (and \(failure.diagnostics.count - 1) more)" : ""
      return (DefaultThemes.dark, "theme not used, showing the default: \(first)\(more)")
    }
  }
}
