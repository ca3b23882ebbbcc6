import MSSCore
import MSSTestSupport
import Testing

@testable import MSSView

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Seeded mutations of a dataset's bytes: flips, deletions, duplicated and swapped lines,
/// splices from the other dataset, YAML syntax characters and tokens, truncation, indentation
/// changes, extreme numbers and dates, hostile characters.
struct DatasetMutator {
  let donors: [[UInt8]]

  static let syntax: [String] = [
    ":", "-", "[", "]", "{", "}", "&", "*", "!", "|", ">", "'", "\"", "#", "%", "@", "`", ",",
    "?", "\t", "\n", " ", "\\", ": ", "- ", "&a ", "*a", "<<: ", "!!binary ", "!!int ", "---\n",
    "...\n", "~", "null", "[]", "{}", "\"\\u202e\"", "\"\\e]0;x\\a\"", "%YAML 1.1\n", "? ",
  ]

  static let values: [String] = [
    "-1", "0", "1e400", "99999999999999999999", ".nan", "0.5", "-0", "1_000", "0x10",
    "at least -5", "about", "~", "2024-02-30", "0000-01-01", "9999-12-31", "2024-Q5",
    "2024-10-11/2024-01-01", "~2024", "2024-13", "next month", "last fortnight", "yes", "null",
  ]

  static let characters: [String] = [
    "\u{1B}", "\u{9B}", "\u{202E}", "\u{200B}", "\u{FEFF}", "\u{0301}", "漢", "👮🏽‍♀️", "🇭🇹",
    "\u{0}", "\u{7F}", "\r", "\u{2028}", "\u{FFFD}", "\u{10FFFF}",
  ]

  func mutate(_ original: [UInt8], using random: inout FuzzRandom) -> [UInt8] {
    var bytes = original
    // One mutation half the time, so that many cases still load and reach the renderer.
    let count = [1, 1, 1, 1, 1, 2, 2, 2, 3, 4][random.below(10)]
    for _ in 0..<count {
      mutateOnce(&bytes, using: &random)
    }
    return bytes
  }

  private func lineRanges(_ bytes: [UInt8]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    bytes.withUnsafeBufferPointer { buffer in
      var start = 0
      var index = 0
      while index < buffer.count {
        if buffer[index] == 0x0A {
          ranges.append(start..<(index + 1))
          start = index + 1
        }
        index += 1
      }
      if start < buffer.count { ranges.append(start..<buffer.count) }
    }
    return ranges
  }

  private func mutateOnce(_ bytes: inout [UInt8], using random: inout FuzzRandom) {
    let position = random.below(bytes.count + 1)
    let lines = lineRanges(bytes)
    let line = lines.isEmpty ? 0..<0 : lines[random.below(lines.count)]
    switch random.below(12) {
    case 0:  // flip bits of one byte
      guard !bytes.isEmpty else { return }
      bytes[random.below(bytes.count)] ^= UInt8(1 << random.below(8))
    case 1:  // replace a byte by any byte
      guard !bytes.isEmpty else { return }
      bytes[random.below(bytes.count)] = UInt8(random.below(256))
    case 2:  // delete a run of bytes
      let end = min(bytes.count, position + 1 + random.below(40))
      bytes.removeSubrange(position..<end)
    case 3:  // delete a line
      bytes.removeSubrange(line)
    case 4:  // duplicate a line, somewhere
      let copy = Array(bytes[line])
      let target = lines.isEmpty ? 0 : lines[random.below(lines.count)].lowerBound
      bytes.insert(contentsOf: copy, at: target)
    case 5:  // swap two lines
      guard lines.count > 1 else { return }
      let other = lines[random.below(lines.count)]
      let (first, second) = line.lowerBound < other.lowerBound ? (line, other) : (other, line)
      guard first.upperBound <= second.lowerBound else { return }
      let a = Array(bytes[first])
      let b = Array(bytes[second])
      bytes.replaceSubrange(second, with: a)
      bytes.replaceSubrange(first, with: b)
    case 6:  // splice in a piece of another dataset
      let donor = random.pick(donors)
      guard !donor.isEmpty else { return }
      let start = random.below(donor.count)
      let end = min(donor.count, start + 1 + random.below(400))
      bytes.insert(contentsOf: donor[start..<end], at: position)
    case 7:  // a YAML syntax character or token
      bytes.insert(contentsOf: Array(random.pick(Self.syntax).utf8), at: position)
    case 8:  // truncate
      bytes.removeSubrange(position..<bytes.count)
    case 9:  // indent or dedent a line
      guard !line.isEmpty else { return }
      if random.below(2) == 0 {
        bytes.insert(
          contentsOf: Array(repeating: 0x20, count: 1 + random.below(4)), at: line.lowerBound)
      } else {
        let spaces = bytes[line].prefix { $0 == 0x20 }.count
        bytes.removeSubrange(line.lowerBound..<(line.lowerBound + min(spaces, 1 + random.below(4))))
      }
    case 10:  // an extreme value after a line's colon
      guard let colon = bytes[line].firstIndex(of: UInt8(ascii: ":")) else { return }
      let end = bytes[line].last == 0x0A ? line.upperBound - 1 : line.upperBound
      guard colon + 1 <= end else { return }
      bytes.replaceSubrange((colon + 1)..<end, with: Array((" " + random.pick(Self.values)).utf8))
    default:  // a hostile or wide character
      bytes.insert(contentsOf: Array(random.pick(Self.characters).utf8), at: position)
    }
  }
}

/// Thousands of mutated datasets go through the loader, as-of resolution and the renderer at
/// two sizes. Any may fail to load; none may crash, hang or take over two seconds. A failure
/// names the seed to replay: MSSDASH_FUZZ_SEED=<seed> MSSDASH_FUZZ_CASES=1.
@Suite struct HardeningFuzzTests {
  static let environment: [String: String] = {
    var values: [String: String] = [:]
    for name in ["MSSDASH_FUZZ_SEED", "MSSDASH_FUZZ_CASES"] {
      if let value = getenv(name) { values[name] = String(cString: value) }
    }
    return values
  }()

  /// Fixed by default, so CI runs the same cases every time; set the variables to explore.
  static let baseSeed: UInt64 =
    environment["MSSDASH_FUZZ_SEED"].flatMap { UInt64($0) } ?? 20_241_011
  static let cases: Int = environment["MSSDASH_FUZZ_CASES"].flatMap { Int($0) } ?? 1_500

  static let article = BundledDataset.seedArticle

  static func load(_ text: String) -> Result<LoadedDataset, Diagnostic> {
    let loader = DatasetLoader(file: "fuzz.yaml") {
      $0 == "000_b47f0ab57ea92bef.txt" ? article : nil
    }
    return loader.load(text: text, origin: "fuzz.yaml")
  }

  /// One case: mutate, decode as a file would be, load; when it loads, resolve at a few dates
  /// and draw. Returns whether it loaded.
  static func run(seed: UInt64, mutator: DatasetMutator, originals: [[UInt8]]) -> Bool {
    var random = FuzzRandom(seed: seed)
    // The small seed dataset three times in four, so that a run of thousands stays quick.
    let original = random.below(4) == 0 ? originals[1] : originals[0]
    let bytes = mutator.mutate(original, using: &random)
    guard case .success(let text) = FileReader.decode(bytes, file: "fuzz.yaml"),
      case .success(let loaded) = load(text)
    else { return false }
    let dataset = loaded.dataset
    let today = Day(year: 2026, month: 11, day: 29) ?? Day(ordinal: 0)
    var days = [today, dataset.defaultAsOf(today: today)]
    if let first = Day(year: 2024, month: 10, day: 11) { days.append(first) }
    for day in days { _ = MissionState(dataset: dataset, asOf: day) }
    var model = AppModel(dataset: dataset, asOf: days[random.below(days.count)], today: today)
    for (width, height) in [(80, 24), (random.below(140) + 1, random.below(50) + 1)] {
      model.resize(width: width, height: height)
      _ = Dashboard.render(model, width: width, height: height)
    }
    // The detail panel (with the local article for a cited quote) costs the most: one case in
    // four draws it.
    if random.below(4) == 0 {
      _ = model.apply(.focus(random.pick([.pledges, .humanitarian, .timeline])))
      _ = model.apply(.openDetail)
      _ = Dashboard.render(model, width: 100, height: 30)
    }
    _ = JSONSnapshot.render(model.state, panel: nil)
    return true
  }

  @Test(.timeLimit(.minutes(20)))
  func mutatedDatasetsNeverCrashOrHang() throws {
    let originals = [BundledDataset.seed, .history].map { Array($0.text.utf8) }
    let mutator = DatasetMutator(donors: originals)
    var loadedCount = 0
    var slowest: (seed: UInt64, time: Duration) = (Self.baseSeed, .zero)
    let start = ContinuousClock.now
    FuzzCrashReport.arm()
    defer { FuzzCrashReport.disarm() }
    for index in 0..<Self.cases {
      let seed = Self.baseSeed &+ UInt64(index)
      FuzzCrashReport.current(seed: seed)
      let caseStart = ContinuousClock.now
      if Self.run(seed: seed, mutator: mutator, originals: originals) { loadedCount += 1 }
      let time = ContinuousClock.now - caseStart
      if time > slowest.time { slowest = (seed, time) }
      #expect(
        time < .seconds(2),
        "case took \(time); replay with MSSDASH_FUZZ_SEED=\(seed) MSSDASH_FUZZ_CASES=1")
    }
    let total = ContinuousClock.now - start
    print(
      "fuzz: \(Self.cases) cases from seed \(Self.baseSeed) in \(total), \(loadedCount) loaded; "
        + "slowest \(slowest.time) (seed \(slowest.seed))")
    // Enough mutations are mild that the resolver and renderer are exercised too.
    if Self.cases >= 100 { #expect(loadedCount > Self.cases / 20, "\(loadedCount) loaded") }
  }
}

/// Random keys, clicks, wheel turns and sizes, with the dataset swapped under the model now and
/// then, as a user mashing keys on a resizing terminal while the kiosk reloads: every frame is
/// exactly the screen's size and holds no control character.
@Suite struct HardeningKeyFuzzTests {
  static let filterText = ["a", "Ken", "\u{1B}[2J", "\u{202E}", "漢字", "👮🏽‍♀️", " ", "\u{0}", "zz"]

  static func action(using random: inout FuzzRandom, width: Int, height: Int) -> Action {
    let x = random.below(width + 4) - 2
    let y = random.below(height + 4) - 2
    let actions: [Action] = [
      .focusNext, .focusPrevious, .focus(random.pick(PanelID.allCases)), .moveUp, .moveDown,
      .moveDown, .pageUp, .pageDown, .top, .bottom, .openDetail, .openDetail, .back,
      .stepAsOf(random.below(7) - 3), .asOfToday, .toggleZoom, .cycleSort, .startFilter,
      .filterInput(random.pick(filterText)), .filterBackspace, .filterCommit, .toggleHelp,
      .redraw, .click(x: x, y: y), .scroll(x: x, y: y, lines: random.below(21) - 10),
    ]
    return random.pick(actions)
  }

  @Test(.timeLimit(.minutes(10)))
  func randomActionsAndSizesNeverBreakAFrame() throws {
    let datasets =
      try [BundledDataset.seed, .history].map { try $0.load().get().dataset }
      + [try HostileControls.dataset()]
    let steps = HardeningFuzzTests.environment["MSSDASH_FUZZ_CASES"].flatMap { Int($0) } ?? 1_500
    var random = FuzzRandom(seed: HardeningFuzzTests.baseSeed)
    var model = AppModel(dataset: datasets[0], asOf: nil, today: Fixtures.today)
    var (width, height) = (80, 24)
    var history: [String] = []
    for step in 0..<steps {
      switch random.below(20) {
      case 0:
        (width, height) = (random.below(200) + 1, random.below(60) + 1)
        model.resize(width: width, height: height)
        history.append("resize \(width)x\(height)")
      case 1:
        let index = random.below(datasets.count)
        model.replaceDataset(datasets[index])
        history.append("dataset \(index)")
      case 2:
        model.kiosk.toggle()
        history.append("kiosk \(model.kiosk)")
      default:
        let action = Self.action(using: &random, width: width, height: height)
        _ = model.apply(action)
        history.append("\(action)")
      }
      let grid = Dashboard.render(model, width: width, height: height)
      let lines = grid.lines
      let context =
        "step \(step) from seed \(HardeningFuzzTests.baseSeed): "
        + history.suffix(8).joined(separator: ", ")
      #expect(lines.count == height, "\(context)")
      for line in lines {
        #expect(TextWidth.of(line) == width, "\(context): \(line)")
        let bad = line.unicodeScalars.filter {
          HostileControls.forbidden($0, allowingNewline: false)
        }
        #expect(bad.isEmpty, "\(context)")
      }
    }
  }
}

/// If a case traps or hangs, the process dies without Swift Testing's report: a signal handler
/// (and an alarm for hangs) prints the seed to replay first, then hands the signal on to the
/// handler that was there before (Swift's backtracer).
enum FuzzCrashReport {
  nonisolated(unsafe) static var message = [CChar](repeating: 0, count: 160)
  static let signals: [Int32] = [SIGTRAP, SIGILL, SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGALRM]
  /// The handlers before ours, by position in `signals`; fixed storage, as the handler reads it.
  nonisolated(unsafe) static var previous: [sigaction] = Array(repeating: sigaction(), count: 7)
  nonisolated(unsafe) static var armed = false

  static func current(seed: UInt64) {
    let text =
      "\nfuzz: case crashed or hung; replay with MSSDASH_FUZZ_SEED=\(seed) MSSDASH_FUZZ_CASES=1\n"
    message.withUnsafeMutableBufferPointer { buffer in
      let bytes = Array(text.utf8CString.prefix(buffer.count - 1))
      for (index, byte) in bytes.enumerated() { buffer[index] = byte }
      buffer[bytes.count] = 0
    }
    // A case that runs for 20 s is hung: SIGALRM reports it and ends the run.
    alarm(20)
  }

  static func arm() {
    #if canImport(Glibc)
      for (index, number) in signals.enumerated() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { received in
          FuzzCrashReport.message.withUnsafeBufferPointer { buffer in
            if let base = buffer.baseAddress { _ = write(STDERR_FILENO, base, strlen(base)) }
          }
          FuzzCrashReport.disarm()
          raise(received == SIGALRM ? SIGABRT : received)
        }
        sigemptyset(&action.sa_mask)
        sigaction(number, &action, &previous[index])
      }
      armed = true
    #endif
  }

  /// Puts the earlier handlers back; async-signal-safe (no allocation).
  static func disarm() {
    alarm(0)
    guard armed else { return }
    armed = false
    for index in 0..<signals.count {
      sigaction(signals[index], &previous[index], nil)
    }
  }
}
