/// One option of a command, declared as a value: the parser, the help, the completion scripts
/// and the man page are all read from these, so none of them can drift from the others.
public struct OptionSpec: Sendable {
  /// How the option is written and what follows it.
  public enum Kind: Sendable, Equatable {
    /// `--ascii`: present or not.
    case flag
    /// `--kiosk` / `--no-kiosk`: true, false, or not given (nil) so a config file can decide.
    case invertibleFlag
    /// `--data FILE` or `--data=FILE`; given twice, the last one counts.
    case value(ValueKind)
    /// `--check A B C`: every word up to the next option; may be given again to add more.
    case values(ValueKind)
  }

  /// What a value must look like; checked while parsing, so a command reads plain values.
  public enum ValueKind: Sendable, Equatable {
    case text
    /// Text that may name a file: the completion scripts offer file names for it.
    case path
    case integer
    /// A decimal number such as 2.5 (what `Double` reads).
    case number
    /// One of these words.
    case choice([String])
  }

  /// The long name without its dashes: `as-of`.
  public let name: String
  public let short: Character?
  public let kind: Kind
  /// The word in `<…>` that stands for the value in help; the name when not given.
  public let valueName: String
  public let help: String
  /// Shown in help as `(default: …)`.
  public let defaultText: String?
  /// Left out of help, completions and the man page (the tool's own switches).
  public let isHidden: Bool

  public init(
    _ name: String, short: Character? = nil, kind: Kind = .flag, valueName: String? = nil,
    help: String, defaultText: String? = nil, isHidden: Bool = false
  ) {
    self.name = name
    self.short = short
    self.kind = kind
    self.valueName = valueName ?? name
    self.help = help
    self.defaultText = defaultText
    self.isHidden = isHidden
  }

  /// `--name`.
  public var longForm: String { "--" + name }

  /// Every word that names the option: `-q` and `--quiet`; `--kiosk` and `--no-kiosk`.
  public var spellings: [String] {
    var words = short.map { ["-\($0)"] } ?? []
    words.append(longForm)
    if kind == .invertibleFlag { words.append("--no-" + name) }
    return words
  }

  /// What a value of this option must be; nil for flags.
  public var valueKind: ValueKind? {
    switch kind {
    case .flag, .invertibleFlag: return nil
    case .value(let value), .values(let value): return value
    }
  }

  public var takesValue: Bool { valueKind != nil }

  public var choices: [String] {
    if case .choice(let words) = valueKind { return words }
    return []
  }
}

/// A positional argument: `validate FILE…`.
public struct PositionalSpec: Sendable {
  public let name: String
  public let help: String
  /// Takes every remaining word rather than one.
  public let isRepeated: Bool

  public init(_ name: String, help: String, isRepeated: Bool = false) {
    self.name = name
    self.help = help
    self.isRepeated = isRepeated
  }
}

/// Options shown together in help under a title ("Kiosk and live data"); the untitled group's
/// options are listed under OPTIONS.
public struct OptionGroup: Sendable {
  public let title: String?
  public let options: [OptionSpec]

  public init(_ title: String, _ options: [OptionSpec]) {
    self.title = title
    self.options = options
  }

  /// Options listed under OPTIONS.
  public init(_ options: [OptionSpec]) {
    title = nil
    self.options = options
  }
}
