import Yams

/// libyaml reports a duplicated key at its first occurrence and without a field path. This
/// finds the second occurrence (the one to delete) and the key's field path.
enum DuplicateKeyLocator {
  typealias Place = PathLocator.Place

  static func diagnostic(key: String, first mark: Mark, text: String, file: String) -> Diagnostic {
    let first = Place(line: mark.line, column: mark.column)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let path = PathLocator.path(at: first, in: text, cutAtColumn: false)
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
}
