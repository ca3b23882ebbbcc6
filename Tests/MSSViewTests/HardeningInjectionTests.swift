import MSSCore
import Testing

@testable import MSSView

/// A dataset whose every text field tries to drive the terminal: CSI and OSC sequences (window
/// title, clipboard, hyperlinks), DCS (and tmux's passthrough), 8-bit C1 controls, bidi
/// overrides and isolates, zero-width characters, a NUL written as a YAML escape. None of it may
/// reach the grid or any snapshot format as anything but a placeholder.
enum HostileControls {
  /// The YAML escapes (`\e`, `\x9b`, `\u202e`, …) spelled as the file holds them.
  static let yaml = #"""
    schema: 1
    id: "hostile\e]0;ID-TITLE\a"
    title: "Title \e]0;PWNED-TITLE\a end"
    mission: "Mission \e]2;PWNED-TITLE2\e\\ \e[2J\e[H"
    lead: KE
    sources:
      - id: src
        publisher: "Pub \e]52;c;cHduZWQ=\a lisher"
        title: "Source \ePtmux;\e\e]2;TMUX-PASS\a\e\\ title"
        date: 2024-10-11
        url: "https://example.org/\e]8;;https://evil.example/\e\\link\e]8;;\e\\"
    totals:
      pledged:
        - value: about 2,900
          date: 2024-10-11
          source: src
          quote: "totals \e[6n \e[c \e[>c \e]10;?\a"
    contributors:
      - id: KE
        name: "Ken\e[31mya\e[0m \x9b2J \u202egnirts"
        note: "note \x9d0;C1-TITLE\x9c \x90q\x9c \u2066iso\u2069 zw\u200bsp\ufeff \0nul \b\x7f"
        pledged:
          - value: 1000
            date: 2024-10-11
            source: src
            quote: "quote \e]52;c;ZXZpbA==\e\\ \eP1$r0m\e\\ \e[?1049h\e[?1000h"
            note: "obs note \e]2;OBS\a"
        deployed:
          - value: 400
            date: 2024-10-11
            source: src
            quote: "deployed \e]0;DEP\a \r\n\t tab"
    metrics:
      - id: m1
        name: "Metric \e]0;M-TITLE\a name"
        short: "Short\e[1m\u202e"
        observations:
          - value: over 700,000
            date: 2024-10-11
            source: src
            quote: "metric \e]52;c;bWV0cmlj\a quote \u2028 \u061c"
    events:
      - id: e1
        date: 2024-10-03
        title: "Event \e]2;EV-TITLE\a \e[?25l title \x1b7\x1b8 \xc2\x85"
        category: deployment
        source: src
        quote: "event \e]52;c;ZXZlbnQ=\a quote \u202e \u200f \u200e"
    """#

  static func dataset() throws -> Dataset {
    let loader = DatasetLoader(file: "hostile-controls.yaml") { _ in nil }
    return try loader.load(text: yaml, origin: "hostile-controls.yaml").get().dataset
  }

  /// Scalars that must never be printed: C0 (but the line feed), DEL, C1, and the invisible
  /// format characters (bidi controls, zero-width, BOM, line and paragraph separators).
  static func forbidden(_ scalar: Unicode.Scalar, allowingNewline: Bool = true) -> Bool {
    let value = scalar.value
    if value == 0x0A { return !allowingNewline }
    if value < 0x20 || (0x7F...0x9F).contains(value) { return true }
    if value == 0x2028 || value == 0x2029 { return true }
    return scalar.properties.generalCategory == .format
  }

  /// The ESC sequences in `text` that are not plain SGR (`ESC [ digits ; … m`).
  static func nonSGRSequences(_ text: String) -> [String] {
    var found: [String] = []
    let scalars = Array(text.unicodeScalars)
    var index = 0
    while index < scalars.count {
      defer { index += 1 }
      guard scalars[index] == "\u{1B}" else { continue }
      var end = index + 1
      var isSGR = end < scalars.count && scalars[end] == "["
      if isSGR {
        end += 1
        while end < scalars.count, scalars[end] == ";" || ("0"..."9").contains(scalars[end]) {
          end += 1
        }
        isSGR = end < scalars.count && scalars[end] == "m"
      }
      if !isSGR {
        let tail = scalars[index..<min(scalars.count, index + 12)]
        found.append(String(String.UnicodeScalarView(tail)).debugDescription)
      }
    }
    return found
  }
}

@Suite struct HardeningInjectionTests {
  static let sizes = [(1, 1), (20, 6), (40, 12), (80, 24), (100, 30), (132, 43), (200, 60)]

  @Test func theHostileDatasetLoadsWithEveryControlInIt() throws {
    let dataset = try HostileControls.dataset()
    let name = try #require(dataset.contributors.first?.name)
    #expect(name.unicodeScalars.contains("\u{1B}"))
    #expect(name.unicodeScalars.contains("\u{9B}"))
    #expect(name.unicodeScalars.contains("\u{202E}"))
    let note = try #require(dataset.contributors.first?.note)
    #expect(note.unicodeScalars.contains("\u{0}"), "the YAML \\0 escape gives a NUL")
  }

  @Test(arguments: sizes)
  func everyPanelAndDetailDrawsOnlyPlaceholders(_ width: Int, _ height: Int) throws {
    let dataset = try HostileControls.dataset()
    var model = AppModel(dataset: dataset, asOf: Fixtures.articleDay, today: Fixtures.today)
    model.resize(width: width, height: height)
    let items: [ItemID] = [.contributor("KE"), .metric("m1"), .event("e1"), .missionTotals]
    var grids = [Dashboard.render(model, width: width, height: height)]
    for item in items {
      model.select(item)
      _ = model.apply(.openDetail)
      grids.append(Dashboard.render(model, width: width, height: height))
      _ = model.apply(.back)
    }
    for panel in PanelID.allCases {
      grids.append(Dashboard.render(model, width: width, height: height, panel: panel))
    }
    _ = model.apply(.toggleHelp)
    grids.append(Dashboard.render(model, width: width, height: height))
    for (index, grid) in grids.enumerated() {
      for y in 0..<grid.height {
        for x in 0..<grid.width {
          let cell = grid[x, y]
          let bad = cell.text.unicodeScalars.filter {
            HostileControls.forbidden($0, allowingNewline: false)
          }
          #expect(
            bad.isEmpty,
            "grid \(index) at \(width)x\(height), cell \(x),\(y): \(cell.text.debugDescription)")
        }
      }
    }
  }

  @Test func theWideScreenShowsThePlaceholders() throws {
    let dataset = try HostileControls.dataset()
    let model = AppModel(dataset: dataset, asOf: Fixtures.articleDay, today: Fixtures.today)
    let text = SnapshotWriter.render(
      model, format: .text, width: 200, height: 60, theme: DefaultThemes.dark)
    #expect(text.contains("Ken\u{FFFD}[31mya\u{FFFD}[0m \u{FFFD}2J \u{FFFD}gnirts"), "\(text)")
    #expect(text.contains("Title \u{FFFD}]0;PWNED-TITLE\u{FFFD} end"), "\(text)")
  }

  @Test(arguments: [SnapshotFormat.text, .markdown, .json])
  func plainFormatsHoldNoControlCharacter(_ format: SnapshotFormat) throws {
    let dataset = try HostileControls.dataset()
    for panel in [nil] + PanelID.allCases.map(Optional.some) {
      let model = AppModel(dataset: dataset, asOf: Fixtures.articleDay, today: Fixtures.today)
      let output = SnapshotWriter.render(
        model, format: format, width: 120, height: 40, panel: panel, theme: DefaultThemes.dark)
      let bad = output.unicodeScalars.filter { HostileControls.forbidden($0) }
      #expect(
        bad.isEmpty,
        "\(format) \(panel.map { "\($0)" } ?? "all"): \(bad.map { String($0.value, radix: 16) })")
      #expect(output.contains("\u{FFFD}"), "\(format): the placeholders are shown")
    }
  }

  @Test(arguments: [ColorDepth.none, .eight, .sixteen, .palette256, .truecolor])
  func ansiHoldsNoSequenceButOurSGR(_ depth: ColorDepth) throws {
    let dataset = try HostileControls.dataset()
    let model = AppModel(dataset: dataset, asOf: Fixtures.articleDay, today: Fixtures.today)
    for panel in [nil] + PanelID.allCases.map(Optional.some) {
      let output = SnapshotWriter.render(
        model, format: .ansi, width: 120, height: 40, panel: panel, theme: DefaultThemes.dark,
        colorDepth: depth)
      #expect(HostileControls.nonSGRSequences(output).isEmpty, "\(depth)")
      let bad = output.unicodeScalars.filter { $0 != "\u{1B}" && HostileControls.forbidden($0) }
      #expect(bad.isEmpty, "\(depth): \(bad.map { String($0.value, radix: 16) })")
    }
  }

  /// Markdown and JSON escape what their readers would take as markup, and keep no control.
  @Test func jsonStringsAreSanitizedNotMerelyEscaped() throws {
    let dataset = try HostileControls.dataset()
    let model = AppModel(dataset: dataset, asOf: Fixtures.articleDay, today: Fixtures.today)
    let json = SnapshotWriter.render(
      model, format: .json, width: 100, height: 30, theme: DefaultThemes.dark)
    // `jq -r` would turn "\u001b" back into ESC: the document must not hold it even escaped.
    for escaped in ["\\u001b", "\\u001B", "\\u009b", "\\u009B", "\\u202e", "\\u202E", "\\u0000"] {
      #expect(!json.contains(escaped), "JSON holds \(escaped)")
    }
  }
}
