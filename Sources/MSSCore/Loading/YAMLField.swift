/// A node of a parsed dataset with the way to its field path, so every complaint names its
/// place. The path is spelled out only when a message needs it.
struct YAMLField {
  let tree: DocumentTree
  let index: Int32
  let file: String

  private var node: DocumentTree.Node { tree.nodes[Int(index)] }

  var path: String { tree.path(of: index) }

  var location: SourceLocation {
    let node = node
    return SourceLocation(file: file, line: Int(node.line), column: Int(node.column))
  }

  func error(_ message: String) -> Diagnostic {
    Diagnostic(.error, at: location, file: file, path: path, message: message)
  }

  func warning(_ message: String) -> Diagnostic {
    Diagnostic(.warning, at: location, file: file, path: path, message: message)
  }

  private var scalarText: String? {
    let node = node
    return node.kind == .scalar ? tree.strings[Int(node.first)] : nil
  }

  var kindName: String {
    switch node.kind {
    case .scalar:
      let text = scalarText ?? ""
      return text.isEmpty ? "an empty value" : "'\(text.prefix(40))'"
    case .mapping: return "a mapping"
    case .sequence: return "a list"
    case .alias: return "an alias"
    }
  }

  func mapping() throws -> YAMLMapping {
    let node = node
    guard node.kind == .mapping else {
      throw error("expected a mapping of fields, found \(kindName)")
    }
    let entries = tree.entries[Int(node.first)..<Int(node.first + node.count)]
    var seen: Set<String> = []
    for entry in entries {
      let keyLocation = SourceLocation(
        file: file, line: Int(entry.keyLine), column: Int(entry.keyColumn))
      guard entry.key >= 0 else {
        throw Diagnostic(
          .error, at: keyLocation, file: file, path: path, message: "a field name must be text")
      }
      // Small mappings (every one in a dataset but the top) are checked without hashing.
      let key = tree.strings[Int(entry.key)]
      let repeated =
        entries.count <= 16
        ? entries.prefix { $0.value != entry.value }.contains { tree.strings[Int($0.key)] == key }
        : !seen.insert(key).inserted
      if repeated {
        throw Diagnostic(
          .error, at: keyLocation, file: file, path: tree.path(of: entry.value),
          message: "this field appears twice")
      }
    }
    return YAMLMapping(field: self, entries: entries)
  }

  func sequence() throws -> [YAMLField] {
    let node = node
    guard node.kind == .sequence else {
      throw error("expected a list, found \(kindName)")
    }
    return tree.items[Int(node.first)..<Int(node.first + node.count)].map {
      YAMLField(tree: tree, index: $0, file: file)
    }
  }

  /// The most text one field may hold, in UTF-8 bytes. A quote is a sentence; a field of a
  /// megabyte is a mistake or an attack, and every frame that showed it would pay for it.
  static let textLimit = 10_000

  func string() throws -> String {
    guard let text = scalarText else { throw error("expected text, found \(kindName)") }
    let size = text.utf8.count
    guard size <= Self.textLimit else {
      throw error(
        "text of \(size) bytes is too long; a field holds at most \(Self.textLimit) "
          + "(quote a sentence, not a whole document)")
    }
    return text
  }

  func nonEmptyString() throws -> String {
    let text = try string()
    // Text that starts with a visible ASCII character is not blank: no need to trim a copy.
    if let first = text.utf8.first, first > 0x20, first < 0x7F { return text }
    guard !text.trimmingSpaces().isEmpty else { throw error("must not be empty") }
    return text
  }

  func int() throws -> Int {
    let text = try string()
    guard let value = Int(text.trimmingSpaces()) else {
      throw error("expected a whole number, found \(kindName)")
    }
    return value
  }

  func bool() throws -> Bool {
    switch try string().lowercased() {
    case "true", "yes", "on": return true
    case "false", "no", "off": return false
    default: throw error("expected true or false, found \(kindName)")
    }
  }

  func day() throws -> Day {
    let raw = try string()
    // A day as datasets write it needs neither the trimmed copy nor the general parse.
    if case .day(let day)? = DateSpec.fastPeriod(raw.utf8[...]) { return day }
    let text = raw.trimmingSpaces()
    guard let day = Day.parse(text) else {
      throw error(
        Day.hasDayShape(text)
          ? "'\(text)' is not a real calendar day"
          : "expected a day as YYYY-MM-DD, found \(kindName)")
    }
    return day
  }

  func dateSpec() throws -> DateSpec {
    switch DateSpec.parse(try string()) {
    case .success(let spec): return spec
    case .failure(let failure): throw error(failure.message)
    }
  }

  func enumValue<E: RawRepresentable & CaseIterable>(_ type: E.Type) throws -> E
  where E.RawValue == String {
    let text = try string()
    guard let value = E(rawValue: text) else {
      let choices = E.allCases.map(\.rawValue).joined(separator: ", ")
      throw error("unknown value '\(text)'; expected one of: \(choices)")
    }
    return value
  }
}

/// The fields of one YAML mapping; remembers which were read so unknown ones can be reported.
struct YAMLMapping {
  let field: YAMLField
  let entries: ArraySlice<DocumentTree.Entry>

  func optional(_ key: String) -> YAMLField? {
    let tree = field.tree
    for entry in entries where tree.strings[Int(entry.key)] == key {
      return YAMLField(tree: tree, index: entry.value, file: field.file)
    }
    return nil
  }

  func required(_ key: String) throws -> YAMLField {
    guard let value = optional(key) else { throw field.error("missing required field '\(key)'") }
    return value
  }

  /// Fields nobody asked for: usually a typo, so a warning.
  func unknownKeys(known: [String]) -> [Diagnostic] {
    let tree = field.tree
    var found: [Diagnostic] = []
    for entry in entries where !known.contains(tree.strings[Int(entry.key)]) {
      let key = tree.strings[Int(entry.key)]
      found.append(
        YAMLField(tree: tree, index: entry.value, file: field.file).warning(
          "unknown field '\(key)' is ignored"))
    }
    return found
  }
}
