/// What the parser read for one command: plain values, already checked against each option's
/// kind, for the command to copy into a struct of its own.
public struct ParsedArguments: Sendable {
  /// By long name; an invertible flag's last word wins (`--kiosk --no-kiosk` is false).
  var flags: [String: Bool] = [:]
  /// By long name, every value in the order given.
  var values: [String: [String]] = [:]
  public internal(set) var positionals: [String] = []

  public init() {}

  /// A flag: true when given.
  public func isSet(_ option: OptionSpec) -> Bool { flags[option.name] ?? false }

  /// An invertible flag: true, false (`--no-…`), or nil when not given.
  public func flag(_ option: OptionSpec) -> Bool? { flags[option.name] }

  /// The last value given, or nil.
  public func text(_ option: OptionSpec) -> String? { values[option.name]?.last }

  /// Every value given, in order.
  public func texts(_ option: OptionSpec) -> [String] { values[option.name] ?? [] }

  /// The last value of an `.integer` option (checked while parsing).
  public func integer(_ option: OptionSpec) -> Int? { text(option).flatMap { Int($0) } }

  /// The last value of a `.number` option (checked while parsing).
  public func number(_ option: OptionSpec) -> Double? { text(option).flatMap { Double($0) } }

  /// The last value of a `.choice` option as the enum it names.
  public func choice<Choice: RawRepresentable>(_ option: OptionSpec, as _: Choice.Type) -> Choice?
  where Choice.RawValue == String {
    text(option).flatMap { Choice(rawValue: $0) }
  }
}

/// A command reached and what was given to it.
public struct Invocation: Sendable {
  public let path: CommandPath
  public let arguments: ParsedArguments

  public init(path: CommandPath, arguments: ParsedArguments) {
    self.path = path
    self.arguments = arguments
  }

  public var command: CommandSpec { path.command }
}
