import Yams

/// A parsed YAML document, flattened into arrays: nodes, their texts, mapping entries and list
/// items. Built either from libyaml's tree (`init(yams:)`) or directly by `FlowParser`, the
/// fast path for JSON and flow-style files. Field paths are not stored: a node knows its parent
/// and its place there, and the path is spelled out only when a message needs it.
final class DocumentTree {
  enum Kind: UInt8 {
    case scalar
    case mapping
    case sequence
    case alias
  }

  struct Node {
    var kind: Kind
    /// 1-based, as libyaml's marks (via Yams) give them; 0 when unknown.
    var line: Int32
    var column: Int32
    /// -1 for the root.
    var parent: Int32
    /// In a mapping: the entry's position in it; in a list: the item's index.
    var slot: Int32
    /// A scalar's text in `strings`; a mapping's first entry; a list's first item.
    var first: Int32
    var count: Int32
  }

  struct Entry {
    /// The key's text in `strings`, or -1 when the key is not a scalar.
    var key: Int32
    var keyLine: Int32
    var keyColumn: Int32
    var value: Int32
  }

  // Constants once built, so reading them needs no exclusivity checks.
  let nodes: [Node]
  let strings: [String]
  let entries: [Entry]
  let items: [Int32]

  init(nodes: [Node], strings: [String], entries: [Entry], items: [Int32]) {
    self.nodes = nodes
    self.strings = strings
    self.entries = entries
    self.items = items
  }

  /// Converts libyaml's tree (small files, block style).
  convenience init(yams root: Yams.Node) {
    var builder = YamsConversion()
    _ = builder.add(root, parent: -1, slot: 0)
    self.init(
      nodes: builder.nodes, strings: builder.strings, entries: builder.entries,
      items: builder.items)
  }

  /// The field path of a node, such as `contributors[0].pledged[1].value`; "" for the root.
  func path(of index: Int32) -> String {
    var steps: [(parent: Node, slot: Int32)] = []
    var current = index
    while current >= 0, nodes[Int(current)].parent >= 0 {
      let node = nodes[Int(current)]
      steps.append((nodes[Int(node.parent)], node.slot))
      current = node.parent
    }
    var path = ""
    for (parent, slot) in steps.reversed() {
      if parent.kind == .mapping {
        let key = entries[Int(parent.first + slot)].key
        let name = key >= 0 ? strings[Int(key)] : "?"
        path = path.isEmpty ? name : "\(path).\(name)"
      } else {
        path += "[\(slot)]"
      }
    }
    return path
  }
}

/// Flattens libyaml's tree into the arrays of a `DocumentTree`.
private struct YamsConversion {
  var nodes: [DocumentTree.Node] = []
  var strings: [String] = []
  var entries: [DocumentTree.Entry] = []
  var items: [Int32] = []

  mutating func add(_ node: Yams.Node, parent: Int32, slot: Int32) -> Int32 {
    let index = Int32(nodes.count)
    nodes.append(
      DocumentTree.Node(
        kind: .scalar, line: Int32(clamping: node.mark?.line ?? 0),
        column: Int32(clamping: node.mark?.column ?? 0), parent: parent, slot: slot, first: 0,
        count: 0))
    switch node {
    case .scalar(let scalar):
      nodes[Int(index)].first = Int32(strings.count)
      strings.append(scalar.string)
    case .alias:
      nodes[Int(index)].kind = .alias
    case .mapping(let mapping):
      var converted: [DocumentTree.Entry] = []
      converted.reserveCapacity(mapping.count)
      for (position, (key, value)) in mapping.enumerated() {
        var keyText: Int32 = -1
        if case .scalar(let scalar) = key {
          keyText = Int32(strings.count)
          strings.append(scalar.string)
        }
        let child = add(value, parent: index, slot: Int32(position))
        converted.append(
          DocumentTree.Entry(
            key: keyText, keyLine: Int32(clamping: key.mark?.line ?? 0),
            keyColumn: Int32(clamping: key.mark?.column ?? 0), value: child))
      }
      nodes[Int(index)].kind = .mapping
      nodes[Int(index)].first = Int32(entries.count)
      nodes[Int(index)].count = Int32(converted.count)
      entries.append(contentsOf: converted)
    case .sequence(let sequence):
      var children: [Int32] = []
      children.reserveCapacity(sequence.count)
      for (position, item) in sequence.enumerated() {
        children.append(add(item, parent: index, slot: Int32(position)))
      }
      nodes[Int(index)].kind = .sequence
      nodes[Int(index)].first = Int32(items.count)
      nodes[Int(index)].count = Int32(children.count)
      items.append(contentsOf: children)
    }
    return index
  }
}
