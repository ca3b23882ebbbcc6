import Yams

/// Finds the field path at a place in the text, for problems found before there is a tree to
/// ask (libyaml's duplicate keys, the anchor scan): the text up to that place is read again
/// on its own, which works for the block-style YAML datasets are written in, and the last
/// field that starts at or before the place is the answer. Empty when that does not work out.
enum PathLocator {
  /// A 1-based line and column.
  struct Place: Comparable {
    let line: Int
    let column: Int

    static func < (lhs: Place, rhs: Place) -> Bool {
      (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
  }

  /// `cutAtColumn` ends the text just before the place (when what stands there must not be
  /// read, such as an alias); otherwise its whole line is kept (such as a key).
  static func path(at place: Place, in text: String, cutAtColumn: Bool) -> String {
    var lines = Array(
      text.split(separator: "\n", omittingEmptySubsequences: false).prefix(place.line))
    if cutAtColumn, let last = lines.popLast() {
      lines.append(last.prefix(max(0, place.column - 1)))
    }
    guard let root = try? Yams.compose(yaml: lines.joined(separator: "\n")) else { return "" }
    var best = ""
    visit(root, path: "", target: place, best: &best)
    return best
  }

  /// Walks the tree in document order, remembering the last field or list item that starts
  /// at or before `target`.
  private static func visit(_ node: Node, path: String, target: Place, best: inout String) {
    switch node {
    case .mapping(let mapping):
      for (key, value) in mapping {
        guard let mark = key.mark, Place(line: mark.line, column: mark.column) <= target else {
          return
        }
        let name = key.scalar?.string ?? "?"
        let child = path.isEmpty ? name : "\(path).\(name)"
        best = child
        visit(value, path: child, target: target, best: &best)
      }
    case .sequence(let sequence):
      for (index, item) in sequence.enumerated() {
        guard let mark = item.mark, Place(line: mark.line, column: mark.column) <= target else {
          return
        }
        let child = "\(path)[\(index)]"
        best = child
        visit(item, path: child, target: target, best: &best)
      }
    case .scalar, .alias:
      break
    }
  }
}
