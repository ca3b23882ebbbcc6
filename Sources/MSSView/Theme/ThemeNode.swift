import MSSCore

/// A YAML node of a theme file with the field path that led to it, so every complaint names its
/// place (the same approach as the dataset loader's, which is internal to MSSCore).
struct ThemeNode {
  let node: YAMLNode
  let path: String
  let file: String

  func error(_ message: String) -> Diagnostic {
    Diagnostic(
      .error, file: file, line: node.line, column: node.column, path: path, message: message)
  }

  func warning(_ message: String) -> Diagnostic {
    Diagnostic(
      .warning, file: file, line: node.line, column: node.column, path: path, message: message)
  }

  var kindName: String {
    switch node.kind {
    case .scalar:
      let text = node.text ?? ""
      return text.isEmpty ? "an empty value" : "'\(text.prefix(40))'"
    case .mapping: return "a mapping"
    case .sequence: return "a list"
    }
  }

  var isScalar: Bool { node.kind == .scalar }

  /// The fields of a mapping in file order; a repeated field is an error.
  func fields() throws -> [(key: String, value: ThemeNode)] {
    try checkNoAnchor()
    guard node.kind == .mapping else {
      throw error("expected a mapping of fields, found \(kindName)")
    }
    // Repeated keys are refused when the file is composed (`YAMLProblem.duplicateKey`).
    return try node.entries.map { entry in
      guard let key = entry.key else {
        throw Diagnostic(
          .error, file: file, line: entry.keyLine, column: entry.keyColumn, path: path,
          message: "a field name must be text")
      }
      let childPath = path.isEmpty ? key : "\(path).\(key)"
      return (key, ThemeNode(node: entry.value, path: childPath, file: file))
    }
  }

  /// The node that holds `key` itself, to point at a misspelt field name rather than its value.
  func keyNode(_ key: String) -> ThemeNode? {
    for entry in node.entries where entry.key == key {
      guard let keyNode = entry.keyNode else { continue }
      return ThemeNode(node: keyNode, path: path.isEmpty ? key : "\(path).\(key)", file: file)
    }
    return nil
  }

  func string() throws -> String {
    try checkNoAnchor()
    guard let text = node.text else { throw error("expected text, found \(kindName)") }
    return text
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
    if node.isAnchored {
      throw error("anchors and aliases (&name, *name) are not allowed in themes")
    }
  }
}
