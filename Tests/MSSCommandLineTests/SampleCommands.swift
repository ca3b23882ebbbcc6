import MSSCommandLine

/// A small program with every kind of option, for the parser's tests: `tool [--name N]
/// [--verbose] [--fast/--no-fast] [--count N] [--mode M] [-q] [--tag T …] [--ratio R] run FILE…`.
enum Sample {
  static let name = OptionSpec(
    "name", kind: .value(.text), valueName: "who", help: "Who to greet.")
  static let verbose = OptionSpec("verbose", help: "Say more.")
  static let fast = OptionSpec("fast", kind: .invertibleFlag, help: "Go fast.")
  static let count = OptionSpec(
    "count", kind: .value(.integer), help: "How many times.", defaultText: "1")
  static let mode = OptionSpec(
    "mode", kind: .value(.choice(["plain", "fancy", "loud"])), help: "How to say it.",
    defaultText: "plain")
  static let ratio = OptionSpec("ratio", kind: .value(.number), help: "A ratio.")
  static let quiet = OptionSpec("quiet", short: "q", help: "Say less.")
  static let output = OptionSpec(
    "output", short: "o", kind: .value(.path), valueName: "file", help: "Where to write.")
  static let tag = OptionSpec(
    "tag", kind: .values(.text), valueName: "tag", help: "Tags to add.")
  static let config = OptionSpec(
    "config", kind: .value(.path), valueName: "file", help: "A config file.")
  static let noConfig = OptionSpec("no-config", help: "Read no config file.")
  static let secret = OptionSpec("secret", help: "Not shown.", isHidden: true)
  static let files = PositionalSpec("files", help: "Files to run.", isRepeated: true)
  static let longLabel = OptionSpec(
    "a-rather-long-option-name", kind: .value(.text), valueName: "value",
    help: "Its description starts on the next line.")

  static let run = CommandSpec(
    name: "run", abstract: "Run the files.",
    discussion: "Runs each file in turn.\n\nStops at the first that fails.",
    groups: [
      OptionGroup([name, verbose, quiet, output]), OptionGroup("Settings", [config, noConfig]),
    ],
    positionals: [files])
  static let list = CommandSpec(
    name: "list", abstract: "List what there is.", groups: [OptionGroup([mode, tag])])

  static let root = CommandSpec(
    name: "tool", abstract: "A tool for the tests.",
    discussion:
      "The first paragraph of the discussion.\n\nThe second, which is long enough to be wrapped onto more than one line at forty columns.",
    groups: [
      OptionGroup([name, verbose, count, mode, ratio, tag, secret, longLabel]),
      OptionGroup("Speed", [fast]), OptionGroup("Settings", [config, noConfig]),
    ],
    subcommands: [run, list])

  static let program = CommandLineProgram(root: root, version: "1.2.3")

  static func parse(_ words: String) -> Result<ParseOutcome, CommandLineError> {
    CommandLineParser.parse(split(words), root: program.root)
  }

  static func split(_ words: String) -> [String] {
    words.split(separator: " ").map(String.init)
  }

  /// The invocation `words` make, or nil (with the error's message recorded) when they fail.
  static func invocation(_ words: String) -> Invocation? {
    if case .success(.run(let invocation)) = parse(words) { return invocation }
    return nil
  }

  static func errorMessage(_ words: String) -> String? {
    if case .failure(let error) = parse(words) { return error.message }
    return nil
  }
}
