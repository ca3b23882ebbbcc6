import ArgumentParser
import MSSCore

extension MSSDash {
  /// Checks datasets before they go on a kiosk.
  struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
      // Named outright: the default derives it from the type's name through
      // String(describing:), about a million instructions per command at every start.
      commandName: "validate",
      abstract: "Check dataset files; with no file, check the bundled datasets.",
      discussion: """
        Prints one line per problem as FILE:LINE:COLUMN: SEVERITY: FIELD: MESSAGE. \
        Exit codes: 0 clean (warnings allowed), 1 warnings with --strict, 65 errors.
        """)

    @Flag(name: .long, help: "Treat warnings as failures (exit 1).")
    var strict = false

    @Flag(name: .shortAndLong, help: "Print only problems, not the summary.")
    var quiet = false

    @Argument(help: "Dataset files (YAML or JSON).")
    var files: [String] = []

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
      if errors > 0 { throw ExitCode(DataLoading.dataErrorCode) }
      if strict, warnings > 0 { throw ExitCode(1) }
    }
  }
}
