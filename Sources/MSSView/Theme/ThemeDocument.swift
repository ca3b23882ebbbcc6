import MSSCore

/// A theme file as written, before its base is applied: every field may be missing.
struct ThemeDocument: Equatable, Sendable {
  /// One role as the file sets it; nil fields come from the base theme or the defaults.
  struct RoleSpec: Hashable, Sendable {
    var foreground: ThemeColor?
    var background: ThemeColor?
    var bold: Bool?
    var dim: Bool?
    var underline: Bool?
    var reverse: Bool?

    /// `self` with the fields it leaves open taken from `base`.
    func over(_ base: RoleSpec) -> RoleSpec {
      RoleSpec(
        foreground: foreground ?? base.foreground, background: background ?? base.background,
        bold: bold ?? base.bold, dim: dim ?? base.dim, underline: underline ?? base.underline,
        reverse: reverse ?? base.reverse)
    }
  }

  /// Where a field was written, for messages about it.
  struct Place: Equatable, Sendable {
    let file: String
    let line: Int
    let column: Int
    let path: String

    func error(_ message: String) -> Diagnostic {
      Diagnostic(.error, file: file, line: line, column: column, path: path, message: message)
    }
  }

  var name: String
  var base: String?
  var description: String?
  var appearance: Theme.Appearance?
  var foreground: ThemeColor?
  var background: ThemeColor?
  var roles: [Role: RoleSpec]
  var basicColors: [ThemeColor: ThemeColor]
  /// The file the theme came from, as messages name it.
  let file: String
  let namePlace: Place
  let basePlace: Place?
  let rolesPlace: Place

  /// `self` with everything it leaves open taken from `base`.
  func over(_ base: ThemeDocument) -> ThemeDocument {
    var merged = self
    merged.base = nil
    merged.description = description ?? base.description
    merged.appearance = appearance ?? base.appearance
    merged.foreground = foreground ?? base.foreground
    merged.background = background ?? base.background
    merged.roles = base.roles.merging(roles) { baseSpec, ownSpec in ownSpec.over(baseSpec) }
    merged.basicColors = base.basicColors.merging(basicColors) { _, own in own }
    return merged
  }

  /// The finished theme: a role's open colours are the theme's foreground and background, which
  /// default to the terminal's own; open attributes are off.
  func theme() -> Theme {
    var styles: [Role: Style] = [:]
    for role in Role.allCases {
      let spec = roles[role] ?? RoleSpec()
      styles[role] = Style(
        spec.foreground ?? foreground ?? .terminalDefault,
        on: spec.background ?? background ?? .terminalDefault,
        bold: spec.bold ?? false, dim: spec.dim ?? false, underline: spec.underline ?? false,
        reverse: spec.reverse ?? false)
    }
    return Theme(
      name: name, styles: styles, description: description ?? "",
      appearance: appearance ?? .dark, basicColors: basicColors)
  }
}
