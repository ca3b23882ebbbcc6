import Yams

/// A YAML node with the field path that led to it, so every complaint names its place.
struct YAMLField {
  let node: Node
  let path: String
  let file: String

  var location: SourceLocation {
    SourceLocation(file: file, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0)
  }

  func error(_ message: String) -> Diagnostic {
    Diagnostic(.error, at: location, file: file, path: path, message: message)
  }

  func warning(_ message: String) -> Diagnostic {
    Diagnostic(.warning, at: location, file: file, path: path, message: message)
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

  func mapping() throws -> YAMLMapping {
    guard case .mapping(let mapping) = node else {
      throw error("expected a mapping of fields, found \(kindName)")
    }
    var pairs: [(String, YAMLField)] = []
    var seen: Set<String> = []
    for (keyNode, valueNode) in mapping {
      let keyField = YAMLField(node: keyNode, path: path, file: file)
      guard case .scalar(let key) = keyNode else {
        throw keyField.error("a field name must be text")
      }
      let childPath = path.isEmpty ? key.string : "\(path).\(key.string)"
      guard seen.insert(key.string).inserted else {
        throw YAMLField(node: keyNode, path: childPath, file: file).error(
          "this field appears twice")
      }
      pairs.append((key.string, YAMLField(node: valueNode, path: childPath, file: file)))
    }
    return YAMLMapping(field: self, pairs: pairs)
  }

  func sequence() throws -> [YAMLField] {
    guard case .sequence(let sequence) = node else {
      throw error("expected a list, found \(kindName)")
    }
    return sequence.enumerated().map { index, child in
      YAMLField(node: child, path: "\(path)[\(index)]", file: file)
    }
  }

  func string() throws -> String {
    guard case .scalar(let scalar) = node else { throw error("expected text, found \(kindName)") }
    return scalar.string
  }

  func nonEmptyString() throws -> String {
    let text = try string()
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
    let text = try string().trimmingSpaces()
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
  let pairs: [(String, YAMLField)]

  func optional(_ key: String) -> YAMLField? {
    pairs.first { $0.0 == key }?.1
  }

  func required(_ key: String) throws -> YAMLField {
    guard let value = optional(key) else { throw field.error("missing required field '\(key)'") }
    return value
  }

  /// Fields nobody asked for: usually a typo, so a warning.
  func unknownKeys(known: Set<String>) -> [Diagnostic] {
    pairs.filter { !known.contains($0.0) }.map { key, value in
      value.warning("unknown field '\(key)' is ignored")
    }
  }
}
