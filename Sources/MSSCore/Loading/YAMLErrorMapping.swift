/// Words a composer's problem for a dataset: nesting and anchors are explained for datasets.
enum YAMLErrorMapping {
  static func diagnostic(_ problem: YAMLProblem, file: String) -> Diagnostic {
    switch problem.kind {
    case .nesting:
      return Diagnostic(
        .error, file: file, line: problem.line, column: problem.column,
        message: "\(problem.message); a dataset needs fewer than 10")
    case .anchorRefused(let token):
      return Diagnostic(
        .error, file: file, line: problem.line, column: problem.column, path: problem.path,
        message: "anchors and aliases such as '\(token)' are not allowed in datasets; "
          + "write the value out (text starting with & or * must be quoted)")
    default:
      return problem.diagnostic(file: file)
    }
  }
}
