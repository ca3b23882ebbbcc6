import Yams

/// libyaml reports a duplicated key at its first occurrence and without a field path. This
/// finds the second occurrence (the one to delete) and the path of the mapping holding both.
enum DuplicateKeyLocator {
  /// A 1-based line and column.
  struct Place: Equatable {
    let line: Int
    let column: Int
  }

  static func diagnostic(key: String, first mark: Mark, text: String, file: String) -> Diagnostic {
    let first = Place(line: mark.line, column: mark.column)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let path = fieldPath(key: key, first: first, lines: lines)
    let message = "the field '\(key)' appears twice in one mapping"
    guard let second = secondOccurrence(key: key, first: first, lines: lines) else {
      return Diagnostic(
        .error, file: file, line: first.line, column: first.column, path: path, message: message)
    }
    return Diagnostic(
      .error, file: file, line: second.line, column: second.column, path: path,
      message: message + " (first on line \(first.line))")
  }

  /// The next line in the same block mapping that starts with the key at the same column.
  private static func secondOccurrence(key: String, first: Place, lines: [Substring]) -> Place? {
    let indent = first.column - 1
    for (offset, line) in lines.enumerated().dropFirst(first.line) {
      guard let start = line.firstIndex(where: { $0 != " " }), line[start] != "#" else { continue }
      let column = line.distance(from: line.startIndex, to: start)
      if column < indent { return nil }
      guard column == indent else { continue }
      let rest = line[start...]
      for spelling in [key, "\"\(key)\"", "'\(key)'"] where rest.hasPrefix(spelling) {
        let after = rest.dropFirst(spelling.count).drop { $0 == " " }
        if after.hasPrefix(":") { return Place(line: offset + 1, column: first.column) }
      }
    }
    return nil
  }

  /// Re-reads the text up to the first occurrence, which is valid YAML for block-style files,
  /// and finds the path to that key there; empty when that does not work out.
  private static func fieldPath(key: String, first: Place, lines: [Substring]) -> String {
    let head = lines.prefix(first.line).joined(separator: "\n")
    guard let root = try? Yams.compose(yaml: head) else { return "" }
    return find(first, in: root, path: "").map { $0.isEmpty ? key : "\($0).\(key)" } ?? ""
  }

  /// The path of the mapping that holds a key node at `mark`.
  private static func find(_ mark: Place, in node: Node, path: String) -> String? {
    switch node {
    case .mapping(let mapping):
      for (keyNode, value) in mapping {
        if keyNode.mark.map({ Place(line: $0.line, column: $0.column) }) == mark { return path }
        let name = keyNode.scalar?.string ?? "?"
        if let found = find(mark, in: value, path: path.isEmpty ? name : "\(path).\(name)") {
          return found
        }
      }
    case .sequence(let sequence):
      for (index, child) in sequence.enumerated() {
        if let found = find(mark, in: child, path: "\(path)[\(index)]") { return found }
      }
    case .scalar, .alias:
      break
    }
    return nil
  }
}
