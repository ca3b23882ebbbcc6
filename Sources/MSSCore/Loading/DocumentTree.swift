/// A parsed YAML document, flattened into arrays: nodes, their texts, mapping entries and list
/// items. Built from libyaml's events (`YAMLComposer`) or by `FlowParser`, the fast path for
/// JSON and flow-style files. Field paths are not stored: a node knows its parent
/// and its place there, and the path is spelled out only when a message needs it.
final class DocumentTree {
  enum Kind: UInt8 {
    case scalar
    case mapping
    case sequence
    /// Not made by any parser now (aliases are copies of their anchor's node); kept because
    /// packed trees number the kinds.
    case alias
  }

  struct Node {
    var kind: Kind
    /// 1-based (libyaml's marks are 0-based); 0 when unknown.
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
  /// Nodes written with an anchor or copied by an alias, ascending: themes refuse them.
  let anchored: [Int32]

  init(
    nodes: [Node], strings: [String], entries: [Entry], items: [Int32], anchored: [Int32] = []
  ) {
    self.nodes = nodes
    self.strings = strings
    self.entries = entries
    self.items = items
    self.anchored = anchored
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
