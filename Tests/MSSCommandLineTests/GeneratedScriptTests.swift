import Glibc
import MSSTestSupport
import Testing

@testable import MSSCommandLine

/// The completion scripts and the man page, made from the same specs: each names every
/// option and subcommand, and each is valid for the program that reads it.
@Suite struct GeneratedScriptTests {
  static let root = Sample.program.root

  /// Every word a user may type: options (both forms of an inversion), shorts, subcommands.
  static var everyWord: [String] { root.everyWord }

  @Test(arguments: BuiltinOptions.shells)
  func eachScriptNamesEveryOptionAndSubcommand(shell: String) {
    let script = CompletionScripts.script(for: shell, root: Self.root)
    for word in Self.everyWord {
      let name = word.hasPrefix("--") && shell == "fish" ? "-l " + word.dropFirst(2) : word
      let short = word.hasPrefix("-") && !word.hasPrefix("--") && shell == "fish"
      let expected = short ? "-s " + word.dropFirst() : name
      #expect(script.contains(expected), "\(shell) lacks \(expected)")
    }
    for choice in ["plain", "fancy", "loud"] { #expect(script.contains(choice)) }
    #expect(!script.contains("secret"), "hidden options stay hidden")
  }

  @Test(arguments: [("bash", "/bin/bash"), ("zsh", "/bin/zsh"), ("fish", "/usr/bin/fish")])
  func eachScriptIsValidForItsShell(shell: String, path: String) throws {
    guard access(path, X_OK) == 0 else { return }  // only bash is sure to be installed
    let script = CompletionScripts.script(for: shell, root: Self.root)
    #expect(try ShellCheck.syntaxStatus(shell: path, script: script) == 0, "\(shell) -n")
  }

  @Test func bashIsAlwaysChecked() throws {
    #expect(access("/bin/bash", X_OK) == 0)
    // A broken script is caught: the check is not a formality.
    #expect(try ShellCheck.syntaxStatus(shell: "/bin/bash", script: "case x in\n") != 0)
  }

  @Test func bashCompletesWhatFollowsEachOption() throws {
    guard access("/bin/bash", X_OK) == 0 else { return }
    let script = CompletionScripts.script(for: "bash", root: Self.root)
    func complete(_ line: String) throws -> String {
      let words = line.split(separator: " ", omittingEmptySubsequences: false)
      let quoted = words.map { "'\($0)'" }.joined(separator: " ")
      let driver =
        script + """
          COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1)
          _tool; printf '%s\\n' "${COMPREPLY[@]}"
          """
      return try ShellCheck.output(shell: "/bin/bash", script: driver)
    }
    #expect(try complete("tool --mode f") == "fancy\n")
    #expect(try complete("tool r") == "run\n")
    #expect(try complete("tool run --verb") == "--verbose\n")
    #expect(try complete("tool run --o") == "--output\n")
    #expect(try complete("tool --no-f") == "--no-fast\n")
    #expect(try complete("tool list --mode ") == "plain\nfancy\nloud\n")
    #expect(try complete("tool help ") == "run\nlist\n")
    // bash splits `--mode=f` into `--mode`, `=`, `f` (`=` is in COMP_WORDBREAKS).
    #expect(try complete("tool --mode = f") == "fancy\n")
    #expect(try complete("tool list --mode =") == "plain\nfancy\nloud\n")
    #expect(try complete("tool --verbose = ") == "\n", "a flag takes no value")
  }

  @Test func theManualListsEveryOptionAndSubcommand() {
    let manual = ManualPage.render(Self.root)
    #expect(manual.contains(".Dt TOOL 1"))
    #expect(manual.contains(".Nd A tool for the tests\n"))
    #expect(manual.contains(".It Fl -fast , Fl -no-fast\n"))
    #expect(manual.contains(".It Fl o , Fl -output Ar file\n"))
    #expect(manual.contains(".It Fl -tag Ar tag ...\n"))
    #expect(manual.contains(".Ss tool run\n"))
    #expect(manual.contains(".It Ar files ...\n"))
    #expect(manual.contains("How to say it. (values: plain, fancy, loud; default: plain)\n"))
    #expect(!manual.contains("secret"))
    for word in Self.everyWord {
      let macro = word.hasPrefix("-") ? "Fl " + word.dropFirst() : word
      #expect(manual.contains(macro), "the manual lacks \(word)")
    }
  }

  @Test func manualTextIsLiteral() {
    #expect(ManualPage.text(".starts with a dot") == "\\&.starts with a dot")
    #expect(ManualPage.text("a \\ backslash") == "a \\e backslash")
    #expect(ManualPage.text("W×H") == "W\\[u00D7]H")
    // Paths, variables and options are not hyphenated: they must copy whole.
    #expect(
      ManualPage.text("see ~/.config/a.yaml or --as-of, $HOME")
        == #"see \%~/.config/a.yaml or \%--as-of, \%$HOME"#)
  }
}

/// Runs a shell on a script written to a temporary file.
enum ShellCheck {
  struct Failure: Error {}

  static func syntaxStatus(shell: String, script: String) throws -> Int32 {
    try run(shell, ["-n"], script: script).status
  }

  static func output(shell: String, script: String) throws -> String {
    try run(shell, [], script: script).output
  }

  private static func run(_ shell: String, _ flags: [String], script: String) throws -> (
    status: Int32, output: String
  ) {
    let scriptFile = try temporaryFile(contents: script)
    let outputFile = try temporaryFile(contents: "")
    defer {
      unlink(scriptFile)
      unlink(outputFile)
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputFile, O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([shell] + flags + [scriptFile]).map { strdup($0) } + [nil]
    defer { for string in argv { free(string) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, shell, &actions, nil, argv, environ) == 0 else { throw Failure() }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
      guard errno == EINTR else { throw Failure() }
    }
    guard let output = TextFile.read(outputFile) else { throw Failure() }
    // Exited normally: the exit code; killed: -1.
    return ((status & 0x7F) == 0 ? (status >> 8) & 0xFF : -1, output)
  }

  private static func temporaryFile(contents: String) throws -> String {
    var template = Array("/tmp/mss-commandline-test-XXXXXX".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
      guard let base = buffer.baseAddress else { return -1 }
      return mkstemp(base)
    }
    guard fd >= 0 else { throw Failure() }
    defer { close(fd) }
    let bytes = Array(contents.utf8)
    guard bytes.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) == bytes.count else {
      throw Failure()
    }
    return String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

}
