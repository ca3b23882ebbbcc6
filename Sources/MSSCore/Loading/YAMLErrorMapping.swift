import Yams

/// Turns libyaml's errors into one-line diagnostics with line and column.
enum YAMLErrorMapping {
  static func diagnostic(_ error: YamlError, text: String, file: String) -> Diagnostic {
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let prefix = context.map { "\($0.text) " } ?? ""
      if problem.hasPrefix("Maximum nesting level reached") {
        return Diagnostic(
          .error, file: file, line: mark.line, column: mark.column,
          message:
            "nested more than \(YAMLNesting.limit) levels deep; a dataset needs fewer than 10")
      }
      return Diagnostic(
        .error, file: file, line: mark.line, column: mark.column,
        message: "YAML syntax: \(prefix)\(problem)".replacingAll("\n", with: " "))
    case .reader(let problem, let offset, _, _):
      return Diagnostic(
        .error, file: file,
        message: "YAML reader: \(problem)\(offset.map { " at byte \($0)" } ?? "")")
    case .duplicatedKeysInMapping(let duplicates, let context):
      return DuplicateKeyLocator.diagnostic(
        key: duplicates.first ?? "?", first: context.mark, text: text, file: file)
    default:
      return Diagnostic(.error, file: file, message: "YAML: \(error)")
    }
  }
}
