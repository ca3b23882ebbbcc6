import MSSCommandLine

/// Options that work with every way of running mssdash.
struct CommonOptions {
  var data: String?
  var asOf: String?
  var theme: String?
  var ascii = false
  var color: ColorChoice = .auto

  enum Spec {
    static let data = OptionSpec(
      "data", kind: .value(.path), valueName: "file|url",
      help: "A dataset file, an http(s):// URL, or builtin:history / builtin:seed.")
    static let asOf = OptionSpec(
      "as-of", kind: .value(.text), valueName: "date",
      help: "Show the mission as it stood on this day (YYYY-MM-DD, or today).")
    static let theme = OptionSpec(
      "theme", kind: .value(.path), valueName: "name|path", help: "A theme name or theme file.")
    static let ascii = OptionSpec("ascii", help: "Draw with ASCII characters only.")
    static let color = OptionSpec(
      "color", kind: .value(.choice(ColorChoice.allCases.map { $0.rawValue })),
      help: "When to use colour.", defaultText: ColorChoice.auto.rawValue)
  }

  static let options = [Spec.data, Spec.asOf, Spec.theme, Spec.ascii, Spec.color]

  init() {}

  init(_ arguments: ParsedArguments) {
    data = arguments.text(Spec.data)
    asOf = arguments.text(Spec.asOf)
    theme = arguments.text(Spec.theme)
    ascii = arguments.isSet(Spec.ascii)
    color = arguments.choice(Spec.color, as: ColorChoice.self) ?? .auto
  }
}

enum ColorChoice: String, CaseIterable, Sendable {
  case auto
  case always
  case never
}
