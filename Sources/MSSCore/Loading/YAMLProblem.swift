/// Why a YAML text could not be composed into a tree, with the place to point at. libyaml's own
/// wording (problem, context) is kept for syntax errors, as users and tests know it.
public struct YAMLProblem: Error, Sendable, Equatable {
  public enum Kind: Sendable, Equatable {
    /// A character libyaml's reader refuses (a control character), at a byte offset.
    case reader(problem: String, offset: Int)
    /// libyaml's scanner or parser, or the composer (undefined alias, a second document).
    case syntax(context: String?, problem: String)
    /// libyaml's nesting limit (`YAMLNesting`).
    case nesting
    /// A mapping names `key` twice; the place is the second one, `firstLine` the first's line.
    case duplicateKey(key: String, firstLine: Int)
    /// An anchor (`&name`) or alias (`*name`) where `YAMLComposer.Anchors.refuse` was asked for.
    case anchorRefused(token: String)
    /// Aliases would grow the tree past `limit` nodes ("billion laughs").
    case aliasExpansion(limit: Int)
  }

  public let kind: Kind
  /// 1-based; 0 when unknown.
  public let line: Int
  public let column: Int
  /// The field path of the place, such as `contributors[0].name`; "" for the root or unknown.
  public let path: String

  public init(_ kind: Kind, line: Int, column: Int, path: String = "") {
    self.kind = kind
    self.line = line
    self.column = column
    self.path = path
  }

  /// The one-line message for files of any kind (datasets word nesting and anchors their way).
  public var message: String {
    switch kind {
    case .reader(let problem, let offset):
      return "YAML reader: \(problem) at byte \(offset)"
    case .syntax(let context, let problem):
      let prefix = context.map { "\($0) " } ?? ""
      return "YAML syntax: \(prefix)\(problem)".split(separator: "\n").joined(separator: " ")
    case .nesting:
      return "nested more than \(YAMLNesting.limit) levels deep"
    case .duplicateKey(let key, let firstLine):
      return "the field '\(key)' appears twice in one mapping (first on line \(firstLine))"
    case .anchorRefused(let token):
      return "anchors and aliases such as '\(token)' are not allowed here"
    case .aliasExpansion(let limit):
      return "aliases would expand this file past \(limit) values; write the values out instead"
    }
  }

  public func diagnostic(file: String) -> Diagnostic {
    Diagnostic(.error, file: file, line: line, column: column, path: path, message: message)
  }
}
