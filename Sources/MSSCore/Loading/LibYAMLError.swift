import CLibYAML

extension YAMLProblem {
  /// libyaml's error after `yaml_parser_parse` failed: its problem and context texts and its
  /// problem mark (0-based there, 1-based here), as Yams reported them.
  init(parser: yaml_parser_t) {
    let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
    let line = Int(parser.problem_mark.line) + 1
    let column = Int(parser.problem_mark.column) + 1
    switch parser.error {
    case YAML_READER_ERROR:
      // The reader has no mark; the offset counts bytes of the UTF-8 input.
      self.init(.reader(problem: problem, offset: parser.problem_offset), line: 0, column: 0)
    case YAML_MEMORY_ERROR:
      self.init(.syntax(context: nil, problem: "out of memory"), line: 0, column: 0)
    default:
      if problem.hasPrefix("Maximum nesting level reached") {
        self.init(.nesting, line: line, column: column)
      } else {
        let context = parser.context.map { String(cString: $0) }
        self.init(.syntax(context: context, problem: problem), line: line, column: column)
      }
    }
  }
}
