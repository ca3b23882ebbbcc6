import MSSCore
import Yams

/// Turns libyaml's errors into one-line diagnostics with line and column.
enum ThemeYAMLErrors {
  static func diagnostic(_ error: YamlError, file: String) -> Diagnostic {
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let prefix = context.map { "\($0.text) " } ?? ""
      let message = "YAML syntax: \(prefix)\(problem)".split(separator: "\n").joined(separator: " ")
      return Diagnostic(.error, file: file, line: mark.line, column: mark.column, message: message)
    case .reader(let problem, _, _, _):
      return Diagnostic(.error, file: file, message: "YAML reader: \(problem)")
    default:
      return Diagnostic(.error, file: file, message: "YAML: \(error)")
    }
  }
}
