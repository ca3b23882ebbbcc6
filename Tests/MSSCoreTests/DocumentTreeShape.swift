import Testing

@testable import MSSCore

/// A document tree as lines: node kinds, texts, marks and structure in document order, so two
/// parsers' trees compare with a readable diff. Also checks every child points at its parent.
func shapeOf(_ tree: DocumentTree) -> [String] {
  var lines: [String] = []
  func visit(_ index: Int32) {
    let node = tree.nodes[Int(index)]
    let place = "\(node.line):\(node.column)"
    switch node.kind {
    case .scalar:
      lines.append("\(place) scalar \(tree.strings[Int(node.first)].debugDescription)")
    case .alias:
      lines.append("\(place) alias")
    case .mapping:
      lines.append("\(place) mapping \(node.count)")
      for entry in tree.entries[Int(node.first)..<Int(node.first + node.count)] {
        lines.append("\(entry.keyLine):\(entry.keyColumn) key \(tree.strings[Int(entry.key)])")
        #expect(tree.nodes[Int(entry.value)].parent == index)
        visit(entry.value)
      }
    case .sequence:
      lines.append("\(place) sequence \(node.count)")
      for item in tree.items[Int(node.first)..<Int(node.first + node.count)] {
        #expect(tree.nodes[Int(item)].parent == index)
        visit(item)
      }
    }
  }
  visit(0)
  return lines
}
