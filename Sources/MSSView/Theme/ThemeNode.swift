import MSSCore
import Yams

/// A YAML node of a theme file with the field path that led to it, so every complaint names its
/// place (the same approach as the dataset loader's, which is internal to MSSCore).
struct ThemeNode {
  let node: Node
  let path: String
  let file: String

  func error(_ message: String) -> Diagnostic {
    Diagnostic(
      .error, file: file, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0, path: path,
      message: message)
  }

  func warning(_ message: String) -> Diagnostic {
    Diagnostic(
      .warning, file: file, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0,
      path: path, message: message)
  }

  var kindName: String {
    switch node {
    case .scalar(let scalar):
      return scalar.string.isEmpty ? "an empty value" : "'\(scalar.string.prefix(40))'"
    case .mapping: return "a mapping"
    case .sequence: return "a list"
    case .alias: return "an alias"
    }
  }

  var isScalar: Bool {
    if case .scalar = node { return true }
    return false
  }

  /// The fields of a mapping in file order; a repeated field is an error.
  func fields() throws -> [(key: String, value: ThemeNode)] {
    try checkNoAnchor()
    guard case .mapping(let mapping) = node else {
      throw error("expected a mapping of fields, found \(kindName)")
    }
    var pairs: [(key: String, value: ThemeNode)] = []
    var seen: Set<String> = []
    for (keyNode, valueNode) in mapping {
      guard case .scalar(let key) = keyNode else {
        throw ThemeNode(node: keyNode, path: path, file: file).error("a field name must be text")
      }
      let childPath = path.isEmpty ? key.string : "\(path).\(key.string)"
      guard seen.insert(key.string).inserted else {
        throw ThemeNode(node: keyNode, path: childPath, file: file).error(
          "this field appears twice")
      }
      pairs.append((key.string, ThemeNode(node: valueNode, path: childPath, file: file)))
    }
    return pairs
  }

  /// The node that holds `key` itself, to point at a misspelt field name rather than its value.
  func keyNode(_ key: String) -> ThemeNode? {
    guard case .mapping(let mapping) = node else { return nil }
    for (keyNode, _) in mapping where keyNode.string == key {
      return ThemeNode(node: keyNode, path: path.isEmpty ? key : "\(path).\(key)", file: file)
    }
    return nil
  }

  func string() throws -> String {
    try checkNoAnchor()
    guard case .scalar(let scalar) = node else { throw error("expected text, found \(kindName)") }
    return scalar.string
  }

  func bool() throws -> Bool {
    switch try string().lowercased() {
    case "true", "yes", "on": return true
    case "false", "no", "off": return false
    default: throw error("expected true or false, found \(kindName)")
    }
  }

  func color() throws -> ThemeColor {
    let text = try string()
    // `fg: ~`, `fg: null` and `fg: #abc` (a comment) all reach here as YAML's null.
    let isNull = ["~", "null", "Null", "NULL"].contains(text)
    switch ThemeColor.parse(isNull ? "" : text) {
    case .success(let color): return color
    case .failure(let failure): throw error(failure.description)
    }
  }

  private func checkNoAnchor() throws {
    // Aliases let a small file expand into an enormous tree; a theme has no need for them.
    if node.anchor != nil {
      throw error("anchors and aliases (&name, *name) are not allowed in themes")
    }
  }
}
