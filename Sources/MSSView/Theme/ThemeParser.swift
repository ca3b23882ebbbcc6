import MSSCore

/// Reads the theme file format documented in docs/themes.md. Every problem it can find is
/// reported, not just the first, so one `mssdash themes --check` run shows them all.
struct ThemeParser {
  static let topLevelFields = [
    "name", "base", "description", "appearance", "foreground", "background", "roles",
    "basic_colors",
  ]
  static let styleFields = ["fg", "bg", "bold", "dim", "underline", "reverse"]

  let file: String
  private var problems: [Diagnostic] = []

  init(file: String) { self.file = file }

  static func parse(_ text: String, file: String) -> Result<ThemeDocument, ThemeFailure> {
    var parser = ThemeParser(file: file)
    let document = parser.read(text)
    if let document, parser.problems.isEmpty { return .success(document) }
    let problems =
      parser.problems.isEmpty
      ? [Diagnostic(.error, file: file, message: "not a theme")] : parser.problems
    return .failure(ThemeFailure(problems))
  }

  /// Runs `body`, keeping its complaint and going on.
  private mutating func attempt<T>(_ body: () throws -> T) -> T? {
    do {
      return try body()
    } catch let diagnostic as Diagnostic {
      problems.append(diagnostic)
    } catch {
      problems.append(Diagnostic(.error, file: file, message: "\(error)"))
    }
    return nil
  }

  private mutating func read(_ text: String) -> ThemeDocument? {
    let composed: YAMLNode?
    do {
      composed = try YAMLComposer.compose(text)
    } catch {
      // The unquoted # is usually the cause, so it comes first.
      if let line = UnquotedHashHint.line(in: text) {
        problems.append(
          Diagnostic(
            .error, file: file, line: line, column: 1, message: UnquotedHashHint.message(line: line)
          ))
      }
      problems.append(error.diagnostic(file: file))
      return nil
    }
    guard let composed else {
      problems.append(Diagnostic(.error, file: file, message: "the file holds no YAML document"))
      return nil
    }
    let root = ThemeNode(node: composed, path: "", file: file)
    guard let fields = attempt({ try root.fields() }) else { return nil }
    return readTheme(root, fields)
  }

  private mutating func readTheme(
    _ root: ThemeNode, _ fields: [(key: String, value: ThemeNode)]
  ) -> ThemeDocument? {
    let value = { (key: String) in fields.first { $0.key == key }?.value }
    for (key, _) in fields where !Self.topLevelFields.contains(key) {
      problems.append(unknownField(key, in: root, expected: Self.topLevelFields))
    }
    let nameNode = value("name")
    let name = nameNode.flatMap { node in attempt { try Self.themeName(node) } }
    if nameNode == nil { problems.append(root.error("missing required field 'name'")) }
    let baseNode = value("base")
    let base = baseNode.flatMap { node in attempt { try Self.themeName(node) } }
    let description = value("description").flatMap { node in attempt { try node.string() } }
    let appearance = value("appearance").flatMap { node in
      attempt { () throws -> Theme.Appearance in
        let text = try node.string()
        guard let appearance = Theme.Appearance(rawValue: text) else {
          throw node.error("unknown appearance '\(text)'; expected dark or light")
        }
        return appearance
      }
    }
    let foreground = value("foreground").flatMap { node in attempt { try node.color() } }
    let background = value("background").flatMap { node in attempt { try node.color() } }
    let basicColors = value("basic_colors").map { readBasicColors($0) } ?? [:]
    let rolesNode = value("roles")
    let roles = rolesNode.map { readRoles($0) } ?? [:]
    if baseNode == nil {
      let missing = Role.allCases.filter { roles[$0] == nil }
      if !missing.isEmpty {
        let list = missing.map(\.rawValue).joined(separator: ", ")
        problems.append(
          (rolesNode ?? root).error(
            "a theme without 'base' must set every role; missing: \(list) (or add 'base: default' "
              + "to take the roles it leaves out from the default theme)"))
      }
    }
    guard let name else { return nil }
    return ThemeDocument(
      name: name, base: base, description: description, appearance: appearance,
      foreground: foreground, background: background, roles: roles,
      basicColors: basicColors, file: file,
      namePlace: place(of: nameNode ?? root), basePlace: baseNode.map(place(of:)),
      rolesPlace: place(of: rolesNode ?? root))
  }

  private mutating func readRoles(_ node: ThemeNode) -> [Role: ThemeDocument.RoleSpec] {
    guard let fields = attempt({ try node.fields() }) else { return [:] }
    var roles: [Role: ThemeDocument.RoleSpec] = [:]
    for (key, value) in fields {
      guard let role = Role(rawValue: key) else {
        problems.append(unknownRole(key, in: node))
        continue
      }
      if let spec = readRole(value) { roles[role] = spec }
    }
    return roles
  }

  /// `"#88c0d0": cyan`: what a colour becomes where only the 16 basic colours exist.
  private mutating func readBasicColors(_ node: ThemeNode) -> [ThemeColor: ThemeColor] {
    guard let fields = attempt({ try node.fields() }) else { return [:] }
    var table: [ThemeColor: ThemeColor] = [:]
    for (key, value) in fields {
      let keyNode = node.keyNode(key) ?? value
      guard let color = attempt({ try keyNode.color() }),
        let basic = attempt({ try value.color() })
      else { continue }
      guard case .indexed(let index) = basic, index < 16 else {
        problems.append(
          value.error(
            "'\(basic.themeFileText)' is not a basic colour; use one of the 16 ANSI names "
              + "(black … bright-white) or 0–15"))
        continue
      }
      table[color] = .indexed(index)
    }
    return table
  }

  /// A role is either a colour alone (its foreground) or a mapping of style fields.
  private mutating func readRole(_ node: ThemeNode) -> ThemeDocument.RoleSpec? {
    if node.isScalar {
      return attempt { ThemeDocument.RoleSpec(foreground: try node.color()) }
    }
    guard let fields = attempt({ try node.fields() }) else { return nil }
    var spec = ThemeDocument.RoleSpec()
    for (key, value) in fields {
      switch key {
      case "fg": spec.foreground = attempt { try value.color() }
      case "bg": spec.background = attempt { try value.color() }
      case "bold": spec.bold = attempt { try value.bool() }
      case "dim": spec.dim = attempt { try value.bool() }
      case "underline": spec.underline = attempt { try value.bool() }
      case "reverse": spec.reverse = attempt { try value.bool() }
      default: problems.append(unknownField(key, in: node, expected: Self.styleFields))
      }
    }
    return spec
  }

  /// Theme names become file names and command-line words, so they stay plain.
  private static func themeName(_ node: ThemeNode) throws -> String {
    let text = try node.string()
    let allowed = text.unicodeScalars.allSatisfy { scalar in
      scalar.isASCII
        && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-"
          || scalar == "_")
    }
    guard !text.isEmpty, text.count <= 40, allowed else {
      throw node.error(
        "'\(text.prefix(40))' is not a theme name; use up to 40 letters, digits, - and _")
    }
    return text
  }

  private func unknownRole(_ key: String, in node: ThemeNode) -> Diagnostic {
    let names = Role.allCases.map(\.rawValue)
    let hint = NameSuggestion.closest(to: key, among: names).map { "did you mean '\($0)'? " } ?? ""
    return (node.keyNode(key) ?? node).error(
      "unknown role '\(key)'; \(hint)the roles are: \(names.joined(separator: ", "))")
  }

  private func unknownField(_ key: String, in node: ThemeNode, expected: [String]) -> Diagnostic {
    let hint =
      NameSuggestion.closest(to: key, among: expected).map { "did you mean '\($0)'? " } ?? ""
    return (node.keyNode(key) ?? node).error(
      "unknown field '\(key)'; \(hint)expected one of: \(expected.joined(separator: ", "))")
  }

  private func place(of node: ThemeNode) -> ThemeDocument.Place {
    ThemeDocument.Place(
      file: file, line: node.node.line, column: node.node.column, path: node.path)
  }
}
