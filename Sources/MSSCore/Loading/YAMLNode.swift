/// A node of a composed YAML document, for readers outside MSSCore (themes, the config file).
/// A mapping key that is text is a node too (`YAMLEntry.keyNode`), to point a message at it.
public struct YAMLNode {
  public enum Kind: Sendable {
    case scalar
    case mapping
    case sequence
  }

  let tree: DocumentTree
  let index: Int32
  /// For a key: its entry in `tree.entries`; -1 for a value node.
  let keyEntry: Int32

  init(tree: DocumentTree, index: Int32, keyEntry: Int32 = -1) {
    self.tree = tree
    self.index = index
    self.keyEntry = keyEntry
  }

  private var node: DocumentTree.Node { tree.nodes[Int(index)] }

  public var kind: Kind {
    guard keyEntry < 0 else { return .scalar }
    switch node.kind {
    case .mapping: return .mapping
    case .sequence: return .sequence
    case .scalar, .alias: return .scalar
    }
  }

  /// 1-based.
  public var line: Int {
    keyEntry >= 0 ? Int(tree.entries[Int(keyEntry)].keyLine) : Int(node.line)
  }

  public var column: Int {
    keyEntry >= 0 ? Int(tree.entries[Int(keyEntry)].keyColumn) : Int(node.column)
  }

  /// A scalar's text; nil for a collection.
  public var text: String? {
    if keyEntry >= 0 { return tree.strings[Int(tree.entries[Int(keyEntry)].key)] }
    let node = node
    return node.kind == .scalar ? tree.strings[Int(node.first)] : nil
  }

  /// Written with an anchor (`&name`) or standing for one (`*name`).
  public var isAnchored: Bool {
    keyEntry < 0 && tree.anchored.contains(index)
  }

  /// A mapping's entries in file order; empty for anything else.
  public var entries: [YAMLEntry] {
    let node = node
    guard keyEntry < 0, node.kind == .mapping else { return [] }
    return (node.first..<node.first + node.count).map { YAMLEntry(tree: tree, entry: $0) }
  }

  /// A list's items; empty for anything else.
  public var items: [YAMLNode] {
    let node = node
    guard keyEntry < 0, node.kind == .sequence else { return [] }
    return tree.items[Int(node.first)..<Int(node.first + node.count)].map {
      YAMLNode(tree: tree, index: $0)
    }
  }
}

/// One `key: value` of a mapping.
public struct YAMLEntry {
  let tree: DocumentTree
  let entry: Int32

  /// The key's text; nil when the key is a collection (no field name).
  public var key: String? {
    let key = tree.entries[Int(entry)].key
    return key >= 0 ? tree.strings[Int(key)] : nil
  }

  public var keyLine: Int { Int(tree.entries[Int(entry)].keyLine) }
  public var keyColumn: Int { Int(tree.entries[Int(entry)].keyColumn) }

  /// The key as a scalar node, when it is text.
  public var keyNode: YAMLNode? {
    key == nil ? nil : YAMLNode(tree: tree, index: tree.entries[Int(entry)].value, keyEntry: entry)
  }

  public var value: YAMLNode { YAMLNode(tree: tree, index: tree.entries[Int(entry)].value) }
}
