import MSSTestSupport
import Testing

@testable import MSSCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The bundled datasets written as JSON and as flow-style YAML: the forms the loader's fast
/// path reads.
enum FlowForms {
  static func json(_ tree: DocumentTree, _ index: Int32 = 0, plain: Bool, indent: String = "")
    -> String
  {
    let node = tree.nodes[Int(index)]
    switch node.kind {
    case .scalar:
      return scalar(tree.strings[Int(node.first)], plain: plain)
    case .mapping:
      let inner = indent + "  "
      let entries = tree.entries[Int(node.first)..<Int(node.first + node.count)].map { entry in
        let key = scalar(entry.key >= 0 ? tree.strings[Int(entry.key)] : "", plain: plain)
        return "\(inner)\(key): \(json(tree, entry.value, plain: plain, indent: inner))"
      }
      return entries.isEmpty ? "{}" : "{\n" + entries.joined(separator: ",\n") + "\n\(indent)}"
    case .sequence:
      let inner = indent + "  "
      let items = tree.items[Int(node.first)..<Int(node.first + node.count)].map {
        inner + json(tree, $0, plain: plain, indent: inner)
      }
      return items.isEmpty ? "[]" : "[\n" + items.joined(separator: ",\n") + "\n\(indent)]"
    case .alias:
      return "null"
    }
  }

  static func scalar(_ text: String, plain: Bool) -> String {
    let simple =
      !text.isEmpty
      && text.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
          || $0 == " " || $0 == "." || $0 == "-"
      } && text.first != " " && text.last != " " && text.first != "-"
    return plain && simple ? text : quoted(text)
  }

  static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 {
          out += "\\u00" + String(scalar.value, radix: 16).leftPadded(to: 2)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  /// The seed dataset's two forms, then the history's (seven times the size).
  static let texts: [String] = {
    [BundledDataset.seed, .history].flatMap { bundled -> [String] in
      guard let tree = try? YAMLComposer.tree(bundled.text, anchors: .refuse) else { return [] }
      return [json(tree, plain: false) + "\n", json(tree, plain: true) + "\n"]
    }
  }()

  /// The small seed dataset three times in four, so that a run of thousands stays quick.
  static func pick(using random: inout FuzzRandom) -> String {
    random.below(4) == 0 ? texts[2 + random.below(2)] : texts[random.below(2)]
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: max(0, width - count)) + self
  }
}

/// Mutations aimed at a JSON or flow-style text: flips, deletions, JSON syntax and escapes,
/// duplicated or dropped lines, truncation.
struct FlowMutator {
  static let tokens: [String] = [
    "{", "}", "[", "]", ",", ":", ": ", "\"", "\\", "\\u", "\\ud83d", "\\u0000", "\\u001b",
    "\\\"", "\\n", "\\/", "\\x41", "\\e", "'", "#", "&a ", "*a", "!", "|", ">", "? ", "- ",
    "\t", "\n", " ", "null", "true", "-", "1e999", "-0", "\u{85}", "\u{2028}", "\u{FEFF}",
    "\u{1B}", "é", "😀", ",,", "{}", "[]", "\"\": 1", "---", "...",
  ]

  func mutate(_ text: String, using random: inout FuzzRandom) -> [UInt8] {
    var bytes = Array(text.utf8)
    let count = [1, 1, 1, 1, 2, 2, 3][random.below(7)]
    for _ in 0..<count { mutateOnce(&bytes, using: &random) }
    return bytes
  }

  private func mutateOnce(_ bytes: inout [UInt8], using random: inout FuzzRandom) {
    let position = random.below(bytes.count + 1)
    switch random.below(7) {
    case 0:
      guard !bytes.isEmpty else { return }
      bytes[random.below(bytes.count)] ^= UInt8(1 << random.below(8))
    case 1:
      let end = min(bytes.count, position + 1 + random.below(30))
      bytes.removeSubrange(position..<end)
    case 2, 3:
      bytes.insert(contentsOf: Array(random.pick(Self.tokens).utf8), at: position)
    case 4:
      // Duplicate a stretch (a key, an entry, a list item) elsewhere.
      let start = random.below(bytes.count)
      let end = min(bytes.count, start + 1 + random.below(200))
      let copy = Array(bytes[start..<end])
      bytes.insert(contentsOf: copy, at: random.below(bytes.count + 1))
    case 5:
      bytes.removeSubrange(position..<bytes.count)
    default:
      guard !bytes.isEmpty else { return }
      bytes[random.below(bytes.count)] = UInt8(random.below(256))
    }
  }
}

/// Mutated JSON and flow-style datasets. The fast path must give the very tree libyaml gives
/// whenever it accepts a text (or it would load what libyaml rejects, or load it differently),
/// and the loader and as-of resolution must never crash or hang. A failure names the seed:
/// MSSDASH_FUZZ_SEED=<seed> MSSDASH_FUZZ_CASES=1.
@Suite struct FuzzLoaderTests {
  static let baseSeed: UInt64 =
    Environment.value("MSSDASH_FUZZ_SEED").flatMap { UInt64($0) } ?? 20_241_011
  static let cases: Int = Environment.value("MSSDASH_FUZZ_CASES").flatMap { Int($0) } ?? 1_500

  /// The tree in document order: kinds, texts and places.
  static func shape(_ tree: DocumentTree) -> [String] {
    var lines: [String] = []
    var stack: [Int32] = [0]
    while let index = stack.popLast() {
      let node = tree.nodes[Int(index)]
      let place = "\(node.line):\(node.column)"
      switch node.kind {
      case .scalar:
        lines.append("\(place) scalar \(tree.strings[Int(node.first)].debugDescription)")
      case .alias:
        lines.append("\(place) alias")
      case .mapping:
        lines.append("\(place) mapping \(node.count)")
        let entries = tree.entries[Int(node.first)..<Int(node.first + node.count)]
        for entry in entries {
          let key = entry.key >= 0 ? tree.strings[Int(entry.key)].debugDescription : "?"
          lines.append("\(entry.keyLine):\(entry.keyColumn) key \(key)")
        }
        stack += entries.map(\.value).reversed()
      case .sequence:
        lines.append("\(place) sequence \(node.count)")
        stack += tree.items[Int(node.first)..<Int(node.first + node.count)].reversed()
      }
    }
    return lines
  }

  static func runCase(seed: UInt64) -> (loaded: Bool, problem: String?) {
    var random = FuzzRandom(seed: seed)
    let bytes = FlowMutator().mutate(FlowForms.pick(using: &random), using: &random)
    guard case .success(let text) = FileReader.decode(bytes, file: "fuzz.json") else {
      return (false, nil)
    }
    if let fast = FlowParser.parse(text) {
      guard let careful = try? YAMLComposer.tree(text, anchors: .expand) else {
        return (false, "the fast path accepted a text libyaml rejects")
      }
      if shape(fast) != shape(careful) {
        return (false, "the fast path's tree differs from libyaml's")
      }
    }
    let article = BundledDataset.seedArticle
    let loader = DatasetLoader(file: "fuzz.json") {
      $0 == "000_b47f0ab57ea92bef.txt" ? article : nil
    }
    guard case .success(let loaded) = loader.load(text: text, origin: "fuzz.json") else {
      return (false, nil)
    }
    let dataset = loaded.dataset
    for day in [Day(year: 2024, month: 10, day: 11), Day(year: 2030, month: 1, day: 1)] {
      guard let day else { continue }
      _ = MissionState(dataset: dataset, asOf: day)
    }
    return (true, nil)
  }

  @Test(.timeLimit(.minutes(20)))
  func mutatedJSONNeverCrashesAndTheFastPathAgreesWithLibyaml() throws {
    #expect(FlowForms.texts.count == 2 * BundledDataset.allCases.count)
    var loaded = 0
    let start = ContinuousClock.now
    for index in 0..<Self.cases {
      let seed = Self.baseSeed &+ UInt64(index)
      let caseStart = ContinuousClock.now
      let outcome = Self.runCase(seed: seed)
      if outcome.loaded { loaded += 1 }
      let time = ContinuousClock.now - caseStart
      let replay = "replay with MSSDASH_FUZZ_SEED=\(seed) MSSDASH_FUZZ_CASES=1"
      #expect(outcome.problem == nil, "\(outcome.problem ?? ""); \(replay)")
      #expect(time < .seconds(2), "case took \(time); \(replay)")
    }
    print(
      "fuzz (JSON): \(Self.cases) cases from seed \(Self.baseSeed) in "
        + "\(ContinuousClock.now - start), \(loaded) loaded")
  }
}

/// Environment variables without Foundation.
enum Environment {
  static func value(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }
}
