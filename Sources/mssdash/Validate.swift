import MSSCommandLine
import MSSCore

extension MSSDash {
  /// Checks datasets before they go on a kiosk.
  struct Validate {
    var strict = false
    var quiet = false
    var files: [String] = []

    enum Spec {
      static let strict = OptionSpec("strict", help: "Treat warnings as failures (exit 1).")
      static let quiet = OptionSpec(
        "quiet", short: "q", help: "Print only problems, not the summary.")
      static let files = PositionalSpec(
        "files", help: "Dataset files (YAML or JSON).", isRepeated: true)
    }

    static let command = CommandSpec(
      name: "validate",
      abstract: "Check dataset files; with no file, check the bundled datasets.",
      discussion: """
        Prints one line per problem as FILE:LINE:COLUMN: SEVERITY: FIELD: MESSAGE. \
        Exit codes: 0 clean (warnings allowed), 1 warnings with --strict, 65 errors.
        """,
      groups: [OptionGroup([Spec.strict, Spec.quiet])], positionals: [Spec.files])

    init(_ arguments: ParsedArguments) {
      strict = arguments.isSet(Spec.strict)
      quiet = arguments.isSet(Spec.quiet)
      files = arguments.positionals
    }

    func run() throws {
      var errors = 0
      var warnings = 0
      let targets: [(String, () -> Result<LoadedDataset, Diagnostic>)] =
        files.isEmpty
        ? BundledDataset.allCases.map { bundled in
          ("builtin:\(bundled.rawValue)", { bundled.loadValidated() })
        }
        : files.map { path in (path, { DatasetLoader.load(path: path) }) }
      for (name, load) in targets {
        switch load() {
        case .success(let loaded):
          for warning in loaded.warnings {
            try StandardOutput.writeLine(terminalSafe(warning.description))
          }
          warnings += loaded.warnings.count
          if !quiet {
            let data = loaded.dataset
            try StandardOutput.writeLine(
              "\(terminalSafe(name)): ok: \(data.sources.count) sources, \(data.contributors.count) contributors, \(data.metrics.count) metrics, \(data.events.count) events, \(loaded.warnings.count) warnings"
            )
          }
        case .failure(let diagnostic):
          printError(diagnostic.description)
          errors += 1
        }
      }
      if errors > 0 { throw ExitStatus(DataLoading.dataErrorCode) }
      if strict, warnings > 0 { throw ExitStatus(1) }
    }
  }
}
