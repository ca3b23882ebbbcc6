import Foundation
import Testing

/// A dataset (and its file name) full of terminal control sequences: window and icon titles
/// (OSC 0 and 2), clipboard writes (OSC 52), a window rename (ESC k), tmux passthrough (DCS),
/// hyperlinks, screen clears, mode switches, 8-bit C1 controls, bidi overrides. In a tmux that
/// would obey every one of them (set-clipboard, allow-rename and allow-passthrough on), the
/// dashboard, its detail views and help, and `mssdash validate` leave the title, the window name
/// and the paste buffers as they were, and show placeholders instead.
@Suite(.enabled(if: Tools.hasTmux, "tmux is not installed: end-to-end tests skipped"))
struct HardeningInjectionTests {
  /// YAML double-quoted escapes, as the file holds them.
  static let dataset = #"""
    schema: 1
    id: hostile
    title: "Title \e]0;PWNED-TITLE\a end"
    mission: "Mission \e]2;PWNED-TITLE\e\\ \e[2J\e[H \ekRENAMED\e\\"
    lead: "KE\e]2;PWNED-TITLE\a"
    sources:
      - id: src
        publisher: "Pub \e]52;c;cHduZWQ=\a lisher"
        title: "Source \ePtmux;\e\e]2;PWNED-TITLE\a\e\\ title"
        date: 2024-10-11
        url: "https://example.org/\e]8;;https://evil.example/\e\\link\e]8;;\e\\"
    contributors:
      - id: KE
        name: "Ken\e[31mya\e[0m \x9b2J \x9d0;PWNED-TITLE\x9c \u202egnirts"
        note: "note \e]52;c;cHduZWQ=\e\\ \x90q\x9c \u2066iso\u2069 zw\u200bsp\ufeff \0nul \b\x7f"
        pledged:
          - value: 1000
            date: 2024-10-11
            source: src
            quote: "quote \e]52;c;cHduZWQ=\a \eP1$r0m\e\\ \e[?1049h\e[?1000h\e[?25l"
        deployed:
          - value: 400
            date: 2024-10-11
            source: src
            quote: "deployed \e]0;PWNED-TITLE\a \ekRENAMED\e\\"
    metrics:
      - id: m1
        name: "Metric \e]0;PWNED-TITLE\a name"
        short: "Short\e[1m\u202e"
        observations:
          - value: over 700,000
            date: 2024-10-11
            source: src
            quote: "metric \e]52;c;cHduZWQ=\a quote"
    events:
      - id: e1
        date: 2024-10-03
        title: "Event \e]2;PWNED-TITLE\a \e[?25l title"
        category: deployment
        source: src
        quote: "event \e]52;c;cHduZWQ=\a quote \u202e"
    "unknown \e]2;PWNED-TITLE\a key": 1
    """#

  /// The same, with an error that quotes hostile text.
  static let broken = dataset.replacingOccurrences(
    of: "category: deployment", with: #"category: "war \e]2;PWNED-TITLE\a \e]52;c;cHduZWQ=\a""#)

  /// The file names hold sequences too: messages and the header quote them.
  static let fileName = "hostile-\u{1B}]2;PWNED-TITLE\u{07}-\u{1B}]52;c;cHduZWQ=\u{07}.yaml"
  static let brokenName = "broken-\u{1B}]2;PWNED-TITLE\u{07}.yaml"

  /// A tmux session running `command` once the options that let sequences take effect are set:
  /// the command waits for a file the test creates afterwards.
  static func obeyingSession(width: Int, height: Int, command: String, scratch: HardeningScratch)
    throws -> TmuxSession
  {
    let go = scratch.file("go")
    let waiting = "while [ ! -e \(shellQuoted(go)) ]; do sleep 0.02; done; \(command)"
    let pane = try TmuxSession(width: width, height: height, command: waiting)
    for option in ["set-clipboard", "allow-rename", "allow-passthrough"] {
      try pane.run("set-option", "-g", option, "on")
    }
    try pane.run("set-option", "-g", "automatic-rename", "off")
    try pane.run("rename-window", "-t", "0", "before")
    try scratch.create("go", "")
    return pane
  }

  static func state(_ pane: TmuxSession) throws -> (title: String, window: String, buffers: String)
  {
    (
      try pane.format("#{pane_title}"), try pane.format("#{window_name}"),
      try pane.run("list-buffers")
    )
  }

  static func expectNothingTookEffect(
    _ pane: TmuxSession, titleBefore: String, _ context: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let after = try state(pane)
    #expect(after.title == titleBefore, "\(context): title", sourceLocation: sourceLocation)
    #expect(!after.title.contains("PWNED"), "\(context): title", sourceLocation: sourceLocation)
    #expect(after.window == "before", "\(context): window name", sourceLocation: sourceLocation)
    #expect(after.buffers.isEmpty, "\(context): paste buffers", sourceLocation: sourceLocation)
  }

  /// The check itself: the same sequences printed raw do take effect in this tmux.
  @Test func theSequencesWouldTakeEffectIfPrinted() throws {
    let scratch = try HardeningScratch()
    let raw = "\u{1B}]2;PWNED-TITLE\u{07}\u{1B}]52;c;cHduZWQ=\u{07}\u{1B}kRENAMED\u{1B}\\ printed\n"
    let file = try scratch.create("raw", raw)
    let pane = try Self.obeyingSession(
      width: 80, height: 10, command: "cat \(shellQuoted(file)); exec sleep 600", scratch: scratch)
    defer { pane.close() }
    try pane.waitFor(text: "printed")
    try pane.waitFor("the raw sequences to act") { _ in
      (try? Self.state(pane).buffers.contains("pwned")) == true
    }
    let after = try Self.state(pane)
    #expect(after.title == "PWNED-TITLE")
    #expect(after.window == "RENAMED")
  }

  @Test func dashboardDetailAndHelpShowPlaceholdersOnly() throws {
    let scratch = try HardeningScratch()
    let path = try scratch.create(Self.fileName, Self.dataset)
    let binary = try Tools.binaryPath()
    let command =
      "env TERM=xterm-256color LANG=C.UTF-8 \(shellQuoted(binary)) --data \(shellQuoted(path))"
      + " --as-of 2024-10-11; echo EXIT=$?; exec sleep 600"
    let pane = try Self.obeyingSession(width: 120, height: 40, command: command, scratch: scratch)
    defer { pane.close() }
    let titleBefore = try pane.format("#{pane_title}")
    let screen = try pane.waitFor(text: "Pledges")
    #expect(screen.contains("Title \u{FFFD}]0;PWNED-TITLE\u{FFFD} end"), "\(screen)")
    #expect(screen.contains("Ken\u{FFFD}[31mya\u{FFFD}[0m \u{FFFD}2J"), "\(screen)")
    try Self.expectNothingTookEffect(pane, titleBefore: titleBefore, "first screen")
    // Each panel's detail (quotes, publishers, URLs), then help.
    for panel in ["1", "2", "3"] {
      try pane.send(panel, "Enter")
      try pane.waitFor(text: "Detail")
      usleep(150_000)
      try Self.expectNothingTookEffect(pane, titleBefore: titleBefore, "detail of panel \(panel)")
      try pane.send("Escape")
    }
    try pane.send("1", "j", "Enter")
    let detail = try pane.waitFor(text: "quote \u{FFFD}]52;c;cHduZWQ=\u{FFFD}")
    #expect(!detail.contains("\u{1B}"))
    try pane.send("Escape", "?")
    usleep(200_000)
    try Self.expectNothingTookEffect(pane, titleBefore: titleBefore, "help")
    try pane.send("q")
    try DashboardPane.expectExitedCleanly(pane)
    try Self.expectNothingTookEffect(pane, titleBefore: titleBefore, "after exit")
  }

  /// Diagnostics quote the dataset's text and the file names: printed, they are made safe.
  @Test func validateQuotesHostileTextSafely() throws {
    let scratch = try HardeningScratch()
    let good = try scratch.create(Self.fileName, Self.dataset)
    let bad = try scratch.create(Self.brokenName, Self.broken)
    let binary = try Tools.binaryPath()
    let command =
      "env LANG=C.UTF-8 \(shellQuoted(binary)) validate \(shellQuoted(good)) \(shellQuoted(bad));"
      + " echo EXIT=$?; \(shellQuoted(binary)) --data \(shellQuoted(bad)) snapshot;"
      + " echo EXIT=$?; exec sleep 600"
    let pane = try Self.obeyingSession(width: 200, height: 30, command: command, scratch: scratch)
    defer { pane.close() }
    let titleBefore = try pane.format("#{pane_title}")
    let screen = try pane.waitFor("both exit statuses") {
      $0.components(separatedBy: "EXIT=65").count == 3
    }
    #expect(
      screen.contains("unknown field 'unknown \u{FFFD}]2;PWNED-TITLE\u{FFFD} key'"), "\(screen)")
    #expect(screen.contains("unknown value 'war \u{FFFD}]2;PWNED-TITLE\u{FFFD}"), "\(screen)")
    #expect(screen.contains("hostile-\u{FFFD}]2;PWNED-TITLE\u{FFFD}-"), "\(screen)")
    try Self.expectNothingTookEffect(pane, titleBefore: titleBefore, "validate")
  }

  /// Every snapshot format: no ESC but the ANSI format's own SGR, no other control character.
  @Test(arguments: ["text", "ansi", "markdown", "json"])
  func snapshotFormatsCarryNoSequence(format: String) throws {
    let scratch = try HardeningScratch()
    let path = try scratch.create(Self.fileName, Self.dataset)
    let run = try Run.mssdash(
      [
        "--data", path, "snapshot", "--format", format, "--color", "always", "--as-of",
        "2024-10-11",
      ],
      environment: ["TERM": "xterm-256color"])
    #expect(run.status == 0, "\(run.output.prefix(300))")
    var output = run.output
    if format == "ansi" {
      output = output.replacingOccurrences(
        of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    }
    let bad = output.unicodeScalars.filter { scalar in
      let value = scalar.value
      return (value < 0x20 && value != 0x0A) || (0x7F...0x9F).contains(value)
        || scalar.properties.generalCategory == .format
    }
    #expect(bad.isEmpty, "\(format): \(bad.map { String($0.value, radix: 16) })")
    #expect(output.contains("\u{FFFD}"), "\(format): placeholders shown")
  }

  /// A theme's description and its file name are printed by `mssdash themes`.
  @Test func themeListingIsSafe() throws {
    let scratch = try HardeningScratch()
    let directory = scratch.file("config/mssdash/themes")
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    try scratch.create(
      "config/mssdash/themes/evil.yaml",
      #"""
      name: evil
      base: default
      description: "desc \e]2;PWNED-TITLE\a \e]52;c;cHduZWQ=\a \x9b2J \u202e"
      """#)
    try scratch.create(
      "config/mssdash/themes/bad-\u{1B}]2;PWNED-TITLE\u{07}.yaml",
      #"""
      name: "bad\e]2;PWNED-TITLE\a"
      roles:
        text: {fg: "\e]52;c;cHduZWQ=\a"}
      """#)
    for arguments in [
      ["themes"], ["themes", "--theme", "evil"],
      [
        "themes", "--check", "\(directory)/evil.yaml",
        "\(directory)/bad-\u{1B}]2;PWNED-TITLE\u{07}.yaml",
      ],
    ] {
      let run = try Run.mssdash(arguments, environment: ["XDG_CONFIG_HOME": scratch.file("config")])
      #expect(!run.output.unicodeScalars.contains("\u{1B}"), "\(arguments): \(run.output)")
      #expect(!run.output.unicodeScalars.contains("\u{9B}"), "\(arguments): \(run.output)")
      #expect(!run.output.unicodeScalars.contains("\u{202E}"), "\(arguments): \(run.output)")
      #expect(run.output.contains("\u{FFFD}"), "\(arguments): \(run.output)")
    }
  }
}
