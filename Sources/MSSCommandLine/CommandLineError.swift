/// A command line that cannot be run, with the command it was meant for (whose usage line and
/// `--help` the error message points to).
public struct CommandLineError: Error, Sendable {
  public enum Reason: Sendable {
    case unknownOption(String)
    case unknownSubcommand(String)
    case missingValue(OptionSpec)
    case invalidValue(OptionSpec, String)
    /// The word as written (`--kiosk`, `-q`) and the value after its `=`.
    case flagTakesNoValue(String, String)
    case unexpectedArgument(String)
    /// An option of the program, given before the name of a subcommand that lacks it
    /// (`mssdash --kiosk snapshot`); the path is the subcommand's.
    case notAnOptionOfSubcommand(String)
    /// A command's own check of its values (`--width and --height must be …`).
    case invalid(String)
  }

  public let reason: Reason
  public let path: CommandPath

  public init(_ reason: Reason, path: CommandPath) {
    self.reason = reason
    self.path = path
  }

  /// The text after `Error: `.
  public var message: String {
    switch reason {
    case .unknownOption(let word): return "Unknown option '\(word)'"
    case .unknownSubcommand(let word):
      let names = path.command.subcommands.map { "'\($0.name)'" }
      return "Unknown subcommand '\(word)' (the subcommands are "
        + Self.alternatives(names, lastJoinedBy: "and") + ")"
    case .missingValue(let option): return "Missing value for '\(Self.label(option))'"
    case .invalidValue(let option, let value):
      let choices = option.choices
      let invalid = "The value '\(value)' is invalid for '\(Self.label(option))'"
      guard !choices.isEmpty else { return invalid }
      return invalid + ". Please provide one of " + Self.alternatives(choices.map { "'\($0)'" })
        + "."
    case .flagTakesNoValue(let word, let value):
      return "The option '\(word)' does not take any value, but '\(value)' was specified."
    case .unexpectedArgument(let word): return "Unexpected argument '\(word)'"
    case .notAnOptionOfSubcommand(let word):
      return "The option '\(word)' does not apply to '\(path.invocation)'"
    case .invalid(let message): return message
    }
  }

  /// The option's own help line, for errors about its value.
  var helpLine: String? {
    switch reason {
    case .missingValue(let option), .invalidValue(let option, _):
      return "Help:  \(Self.label(option))  \(option.help)"
    default:
      return nil
    }
  }

  /// `--width <width>`.
  static func label(_ option: OptionSpec) -> String {
    option.takesValue ? "\(option.longForm) <\(option.valueName)>" : option.longForm
  }

  /// `'a', 'b' or 'c'`.
  static func alternatives(_ words: [String], lastJoinedBy conjunction: String = "or") -> String {
    guard let last = words.last, words.count > 1 else { return words.first ?? "" }
    return words.dropLast().joined(separator: ", ") + " \(conjunction) " + last
  }
}

/// Thrown by a command that finds its values unusable together (`--width 0`): reported like a
/// parsing error, with the command's usage line, and exit 64.
public struct UsageError: Error, Sendable {
  public let message: String

  public init(_ message: String) { self.message = message }
}

/// Thrown by a command to end the process with this status, having said why already.
public struct ExitStatus: Error, Sendable, Equatable {
  public let code: Int32

  public init(_ code: Int32) { self.code = code }

  public static let success = ExitStatus(0)
  /// EX_USAGE (sysexits.h).
  public static let usage = ExitStatus(64)
}
