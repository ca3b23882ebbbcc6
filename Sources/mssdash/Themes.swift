import MSSCommandLine
import MSSCore
import MSSView

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `--theme NAME|PATH` for every command: a bad theme is reported like a bad dataset.
enum ThemeOption {
  static var library: ThemeLibrary {
    ThemeLibrary(environment: ProcessEnvironment.current)
  }

  /// The chosen theme; a missing or broken one prints its diagnostics and exits 65. Commands
  /// that have read the environment already pass the library made from it.
  static func resolve(_ common: CommonOptions, library: ThemeLibrary = library) throws -> Theme {
    switch ThemeSelection.resolve(common.theme, library: library) {
    case .success(let theme):
      return theme
    case .failure(let failure):
      for diagnostic in failure.diagnostics { printError(diagnostic.description) }
      throw ExitStatus(DataLoading.dataErrorCode)
    }
  }
}

extension MSSDash {
  /// Lists, previews and checks themes.
  struct Themes {
    /// `--color`, `--ascii` and `--theme` (preview just that one); the dataset options are
    /// accepted, as every command accepts them, and unused.
    var common: CommonOptions
    var show: String?
    var check: [String] = []

    enum Spec {
      static let show = OptionSpec(
        "show", kind: .value(.text), valueName: "name",
        help: "Print a theme's file, to start a new theme from.")
      static let check = OptionSpec(
        "check", kind: .values(.path), valueName: "file",
        help: "Check these theme files instead of listing.")
    }

    static let command = CommandSpec(
      name: "themes",
      abstract: "List and preview the themes; check theme files.",
      discussion: """
        Lists the built-in themes and those in $XDG_CONFIG_HOME/mssdash/themes (default \
        ~/.config/mssdash/themes), each with a sample line drawn in its colours when standard \
        output is a terminal that shows colour (--color always: even when it is not). User \
        themes are checked as they are listed. With --theme NAME|PATH, shows just that theme. \
        How to write a theme: docs/themes.md.

        Exit codes: 0 all themes good (warnings allowed); 65 a theme has errors.
        """,
      groups: [OptionGroup(CommonOptions.options + [Spec.show, Spec.check])])

    init(_ arguments: ParsedArguments) {
      common = CommonOptions(arguments)
      show = arguments.text(Spec.show)
      check = arguments.texts(Spec.check)
    }

    func run() throws {
      if let show { return try Self.printFile(of: show) }
      if !check.isEmpty { return try Self.checkFiles(check) }
      let environment = ProcessEnvironment.current
      let library = ThemeLibrary(environment: environment)
      let listing = ThemeListing(
        depth: sampleDepth(environment),
        glyphs: common.ascii || !Self.localeIsUTF8(environment) ? .ascii : .unicode)
      if common.theme != nil {
        try StandardOutput.write(listing.render(try ThemeOption.resolve(common, library: library)))
        return
      }
      let catalog = ThemeCatalog(library: library)
      try StandardOutput.write(listing.render(catalog, userDirectory: library.userDirectory))
      let broken = catalog.entries.contains { $0.theme == nil }
      if broken { throw ExitStatus(DataLoading.dataErrorCode) }
    }

    /// Colour samples only on a terminal that shows colour, or when asked for with `always`.
    private func sampleDepth(_ environment: [String: String]) -> ColorDepth {
      let choice = MSSView.ColorChoice(rawValue: common.color.rawValue) ?? .auto
      if choice == .auto, isatty(STDOUT_FILENO) != 1 { return .none }
      return ColorDepth.detect(environment: environment, choice: choice)
    }

    static func localeIsUTF8(_ environment: [String: String]) -> Bool {
      let locale =
        environment["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 }
        ?? environment["LC_CTYPE"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["LANG"] ?? ""
      let lowered = locale.lowercased()
      return lowered.contains("utf-8") || lowered.contains("utf8")
    }

    private static func printFile(of name: String) throws {
      let library = ThemeOption.library
      if let path = library.userFile(named: name) {
        switch FileReader.readText(path: path) {
        case .success(let text):
          try StandardOutput.write(terminalSafe(text) + (text.hasSuffix("\n") ? "" : "\n"))
        case .failure(let diagnostic):
          printError(diagnostic.description)
          throw ExitStatus(DataLoading.dataErrorCode)
        }
      } else if let text = BuiltinThemes.fileText(named: name) {
        try StandardOutput.write(text)
      } else {
        printError(
          "--show: no theme named '\(name)'; there are: \(library.names().joined(separator: ", "))")
        throw ExitStatus(DataLoading.dataErrorCode)
      }
    }

    private static func checkFiles(_ files: [String]) throws {
      let library = ThemeOption.library
      var errors = 0
      for file in files {
        switch ThemeSelection.load(path: file, library: library) {
        case .success(let theme):
          try StandardOutput.writeLine(terminalSafe("\(file): ok: theme '\(theme.name)'"))
        case .failure(let failure):
          for diagnostic in failure.diagnostics { printError(diagnostic.description) }
          errors += 1
        }
      }
      if errors > 0 { throw ExitStatus(DataLoading.dataErrorCode) }
    }
  }
}
