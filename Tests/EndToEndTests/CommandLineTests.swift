import Foundation
import Testing

/// The real binary's command line: help, version, completions, and usage errors (exit 64 with
/// `Error:`, the usage line and a pointer to --help).
@Suite struct CommandLineTests {
  @Test func helpListsEveryOptionGroupAndSubcommand() throws {
    let (status, output, _) = try Run.mssdash(["--help"], environment: ["COLUMNS": "80"])
    #expect(status == 0)
    for text in [
      "OVERVIEW: A terminal dashboard", "USAGE: mssdash", "KIOSK AND LIVE DATA:",
      "--kiosk/--no-kiosk", "--rotate <seconds>", "--history/--no-history", "--lock/--no-lock",
      "CONFIGURATION:", "--config <file>", "--no-config", "OPTIONS:", "--data <file|url>",
      "--as-of <date>", "--theme <name|path>", "--ascii", "(values: auto, always,",
      "--version", "-h, --help", "SUBCOMMANDS:", "snapshot", "validate", "themes",
    ] {
      #expect(output.contains(text), "--help lacks \(text):\n\(output)")
    }
    #expect(!output.contains("generate"), "the generators are hidden")
    for line in output.split(separator: "\n") {
      #expect(line.count < 80, "wider than COLUMNS=80: \(line)")
    }
  }

  @Test func helpForASubcommand() throws {
    for words in [["help", "snapshot"], ["snapshot", "--help"], ["snapshot", "-h"]] {
      let (status, output, _) = try Run.mssdash(words)
      #expect(status == 0)
      #expect(output.hasPrefix("OVERVIEW: Print the dashboard as text, ANSI, Markdown or JSON."))
      for text in ["--width <width>", "(default: 100)", "--format <format>", "--panel <panel>"] {
        #expect(output.contains(text), "\(words) lacks \(text)")
      }
    }
    let (status, output, _) = try Run.mssdash(["help", "validate"])
    #expect(status == 0)
    #expect(output.contains("-q, --quiet") && output.contains("ARGUMENTS:"))
  }

  @Test func version() throws {
    let (status, output, _) = try Run.mssdash(["--version"])
    #expect(status == 0)
    #expect(output == "0.1.0\n")
  }

  @Test(arguments: [
    (["--bogus"], "Error: Unknown option '--bogus'", "See 'mssdash --help'"),
    (
      ["snapshot", "--width", "0"], "Error: --width and --height must be between 1 and 1000",
      "See 'mssdash snapshot --help'"
    ),
    (
      ["snapshot", "--height=1001"], "Error: --width and --height must be between 1 and 1000",
      "Usage: mssdash snapshot"
    ),
    (
      ["snapshot", "--width", "wide"], "Error: The value 'wide' is invalid for '--width <width>'",
      "Help:  --width <width>"
    ),
    (
      ["snapshot", "--format", "xml"], "Please provide one of 'text', 'ansi', 'markdown' or 'json'",
      "Usage: mssdash snapshot"
    ),
    (["--color", "purple"], "Please provide one of 'auto', 'always' or 'never'", "Usage: mssdash"),
    (["--rotate", "-1"], "Error: --rotate takes seconds, 0 or more", "See 'mssdash --help'"),
    (["--data"], "Error: Missing value for '--data <file|url>'", "See 'mssdash --help'"),
    (["--kiosk=yes"], "The option '--kiosk' does not take any value", "Usage: mssdash"),
    (
      ["stray"], "Error: Unknown subcommand 'stray' (the subcommands are 'snapshot', 'validate'",
      "Usage: mssdash"
    ),
    (["help", "nope"], "Error: Unknown subcommand 'nope'", "Usage: mssdash"),
    (
      ["--kiosk", "snapshot"], "Error: The option '--kiosk' does not apply to 'mssdash snapshot'",
      "See 'mssdash snapshot --help'"
    ),
    (["snapshot", "--data="], "Error: The value '' is invalid for '--data <file|url>'", "Help:"),
    (["--help=me"], "The option '--help' does not take any value", "Usage: mssdash"),
    (["validate", "--bogus"], "Error: Unknown option '--bogus'", "See 'mssdash validate --help'"),
    (
      ["--as-of", "soon", "--data", "builtin:seed"],
      "Error: --as-of 'soon' is not a day", "Usage: mssdash"
    ),
  ])
  func usageErrorsExit64(words: [String], message: String, usage: String) throws {
    let (status, output, _) = try Run.mssdash(words)
    #expect(status == 64, "\(words): \(output)")
    #expect(output.contains(message), "\(words): \(output)")
    #expect(output.contains(usage), "\(words): \(output)")
  }

  /// The user's words are quoted back in the error, never as a control sequence.
  @Test func anOptionWithAnEscapeSequenceIsQuotedSafely() throws {
    let (status, output, _) = try Run.mssdash(["--\u{1B}]0;owned\u{07}"])
    #expect(status == 64)
    #expect(output.contains("Error: Unknown option"))
    #expect(!output.contains("\u{1B}") && !output.contains("\u{07}"))
  }

  @Test func aBashCompletionScriptThatBashAccepts() throws {
    let (status, output, _) = try Run.mssdash(["--generate-completion-script", "bash"])
    #expect(status == 0)
    #expect(output.contains("complete -o filenames -F _mssdash mssdash"))
    for word in ["snapshot", "validate", "themes", "--kiosk", "--no-history", "--width", "--check"]
    {
      #expect(output.contains(word), "the bash script lacks \(word)")
    }
    let check = try Run.shell(
      "\"$MSSDASH\" --generate-completion-script=bash | bash -n && echo syntax-ok",
      shell: "/bin/bash")
    #expect(check.status == 0)
    #expect(check.output == "syntax-ok\n", "\(check.output)")
  }

  @Test func completionScriptsForZshAndFishAndNothingElse() throws {
    let zsh = try Run.mssdash(["--generate-completion-script", "zsh"])
    #expect(zsh.status == 0 && zsh.output.hasPrefix("#compdef mssdash\n"))
    let fish = try Run.mssdash(["--generate-completion-script", "fish"])
    #expect(fish.status == 0 && fish.output.contains("complete -c mssdash"))
    let other = try Run.mssdash(["--generate-completion-script", "tcsh"])
    #expect(other.status == 64)
    #expect(other.output.contains("Please provide one of 'bash', 'zsh' or 'fish'"))
  }

  /// Options before a subcommand's name that it shares count for it, as they did before.
  @Test func sharedOptionsBeforeTheSubcommand() throws {
    let (status, output, _) = try Run.mssdash(
      ["--ascii", "--data", "builtin:seed", "snapshot", "--no-config", "--width", "80"])
    #expect(status == 0)
    let isASCII = output.unicodeScalars.allSatisfy { $0.isASCII }
    #expect(isASCII, "--ascii before snapshot is snapshot's")
  }
}
