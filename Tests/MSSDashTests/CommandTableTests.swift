import MSSCommandLine
import MSSTestSupport
import Testing

@testable import mssdash

/// mssdash's own command tables: what each command line gives the commands, and that the
/// completion scripts and the man page in docs/ name every option and subcommand.
@Suite struct CommandTableTests {
  static let program = MSSDash.program

  static func invocation(_ words: [String]) throws -> Invocation {
    guard case .run(let invocation) = program.resolve(words, columns: 80) else {
      throw Unexpected(words: words)
    }
    return invocation
  }

  struct Unexpected: Error { let words: [String] }

  @Test func theDashboardsSettings() throws {
    let words = [
      "--data", "x.yaml", "--as-of=2024-10-11", "--theme", "amber", "--ascii", "--color", "never",
      "--kiosk", "--rotate", "15", "--no-history", "--lock", "--reload=2.5", "--config", "c.yaml",
    ]
    let dashboard = try MSSDash(try Self.invocation(words).arguments)
    #expect(dashboard.common.data == "x.yaml")
    #expect(dashboard.common.asOf == "2024-10-11")
    #expect(dashboard.common.theme == "amber")
    #expect(dashboard.common.ascii)
    #expect(dashboard.common.color == .never)
    #expect(dashboard.live.kiosk == true)
    #expect(dashboard.live.rotate == 15)
    #expect(dashboard.live.history == false)
    #expect(dashboard.live.lock == true)
    #expect(dashboard.live.reload == 2.5)
    #expect(dashboard.configFile.config == "c.yaml")
    #expect(!dashboard.configFile.noConfig)
  }

  @Test func nothingGivenLeavesTheConfigFileToDecide() throws {
    let dashboard = try MSSDash(try Self.invocation([]).arguments)
    #expect(dashboard.common.data == nil)
    #expect(dashboard.common.color == .auto)
    #expect(dashboard.live.kiosk == nil)
    #expect(dashboard.live.rotate == nil)
    #expect(dashboard.live.history == nil)
    #expect(dashboard.live.lock == nil)
  }

  @Test(arguments: [
    ["--rotate", "-1"], ["--reload=-0.5"], ["--rotate", "nan"], ["--reload", "inf"],
  ])
  func secondsMustBeZeroOrMore(words: [String]) throws {
    #expect(throws: UsageError.self) { try MSSDash(try Self.invocation(words).arguments) }
  }

  @Test func snapshotsOptions() throws {
    let words = ["snapshot", "--no-config", "--width", "80", "--height=24", "--format", "json"]
    let snapshot = try MSSDash.Snapshot(
      try Self.invocation(words + ["--panel", "detail"]).arguments)
    #expect(snapshot.width == 80)
    #expect(snapshot.height == 24)
    #expect(snapshot.format == .json)
    #expect(snapshot.panel == .detail)
    #expect(snapshot.configFile.noConfig)
    let plain = try MSSDash.Snapshot(try Self.invocation(["snapshot"]).arguments)
    #expect(plain.width == 100)
    #expect(plain.height == 30)
    #expect(plain.format == .text)
    #expect(plain.panel == nil)
  }

  @Test(arguments: ["0", "1001", "-5"])
  func snapshotSizesAreFrom1To1000(size: String) throws {
    #expect(throws: UsageError.self) {
      try MSSDash.Snapshot(try Self.invocation(["snapshot", "--width", size]).arguments)
    }
    #expect(throws: UsageError.self) {
      try MSSDash.Snapshot(try Self.invocation(["snapshot", "--height", size]).arguments)
    }
  }

  @Test func validateAndThemes() throws {
    let validate = MSSDash.Validate(
      try Self.invocation(["validate", "a.yaml", "-q", "b.yaml", "--strict"]).arguments)
    #expect(validate.files == ["a.yaml", "b.yaml"])
    #expect(validate.quiet)
    #expect(validate.strict)
    let themes = MSSDash.Themes(
      try Self.invocation(["themes", "--check", "a.yaml", "b.yaml", "--ascii"]).arguments)
    #expect(themes.check == ["a.yaml", "b.yaml"])
    #expect(themes.common.ascii)
    #expect(themes.show == nil)
  }

  /// The words a user may type, from the tables.
  static var everyWord: [String] { program.root.everyWord }

  @Test(arguments: BuiltinOptions.shells)
  func completionScriptsNameEveryOptionAndSubcommand(shell: String) {
    let script = CompletionScripts.script(for: shell, root: Self.program.root)
    for word in Self.everyWord {
      let expected =
        shell != "fish" || !word.hasPrefix("-")
        ? word : word.hasPrefix("--") ? "-l " + word.dropFirst(2) : "-s " + word.dropFirst()
      #expect(script.contains(expected), "\(shell) lacks \(expected)")
    }
  }

  /// docs/man/mssdash.1 is what `mssdash --generate-manual` prints (scripts/generate-manual.sh
  /// writes it), but for its date.
  @Test func theManPageIsUpToDate() throws {
    let path = String(#filePath.split(separator: "/").dropLast(3).joined(separator: "/"))
    let file = try #require(TextFile.read("/" + path + "/docs/man/mssdash.1"))
    let generated = ManualPage.render(Self.program.root)
    let undated = { (text: String) in
      text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix(".Dd ") }
    }
    let (old, new) = (undated(file), undated(generated))
    let firstDifference =
      zip(old, new).enumerated().first { $0.element.0 != $0.element.1 }?.offset
      ?? min(old.count, new.count)
    #expect(
      old == new,
      """
      docs/man/mssdash.1 is out of date (run scripts/generate-manual.sh); the first difference, \
      without .Dd: \(old.dropFirst(firstDifference).first ?? "end of file") \
      ≠ \(new.dropFirst(firstDifference).first ?? "end of file")
      """)
    for word in Self.everyWord {
      let macro = word.hasPrefix("-") ? "Fl " + word.dropFirst() : word
      #expect(file.contains(macro), "the man page lacks \(word)")
    }
  }
}
