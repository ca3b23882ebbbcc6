#if canImport(Glibc)
  import Glibc
#endif

/// Writes a large synthetic dataset: by default 200 contributors, 100,000 events and
/// 1,000,000 observations. The style is YAML's flow style (JSON with bare keys and plain
/// values), one list item per line, which keeps it under the loader's 64 MiB limit; `block`
/// writes the usual indented YAML instead (larger, for comparing loaders on a smaller set).
struct LargeDataset {
  enum Style {
    case flow
    case block
  }

  var contributors = 200
  var events = 100_000
  var observations = 1_000_000
  var style = Style.flow
  /// The as-of date the figures are resolved at: some events come after it.
  static let asOf = "2025-06-30"

  /// The same shape, `scale` times as many of everything (at least one contributor).
  func scaled(_ scale: Double) -> LargeDataset {
    var copy = self
    copy.contributors = max(1, Int((Double(contributors) * scale).rounded()))
    copy.events = max(1, Int((Double(events) * scale).rounded()))
    copy.observations = max(100, Int((Double(observations) * scale).rounded()))
    return copy
  }

  /// How the observations are shared out: half to the contributors (pledged, deployed,
  /// arrivals, planned), a few to mission totals, the rest to 50 metrics.
  var plan: (perContributor: [Int], totals: [Int], metrics: Int, perMetric: Int) {
    let contributorShare = observations / 2 / contributors
    let pledged = max(1, contributorShare / 60)
    let arrivals = max(1, contributorShare / 50)
    let planned = max(1, contributorShare / 250)
    let deployed = max(1, contributorShare - pledged - arrivals - planned)
    let totals = [
      max(1, observations / 10_000), max(1, observations / 1000), max(1, observations / 10_000),
    ]
    let used = contributors * (pledged + deployed + arrivals + planned) + totals.reduce(0, +)
    let metrics = 50
    let perMetric = max(1, (observations - used) / metrics)
    return ([pledged, deployed, arrivals, planned], totals, metrics, perMetric)
  }

  var observationCount: Int {
    let plan = plan
    return contributors * plan.perContributor.reduce(0, +) + plan.totals.reduce(0, +)
      + plan.metrics * plan.perMetric
  }

  /// Writes the dataset to `path`; returns its size in bytes.
  func write(to path: String) throws -> Int {
    var writer = try FileWriter(path: path)
    var random = SplitMix64(seed: 8)
    let plan = plan
    let flow = style == .flow
    writer.separator = flow ? ",\n" : ""
    writer.append(
      flow
        ? "{schema: 1, id: large, title: Synthetic large dataset,\n"
        : "schema: 1\nid: large\ntitle: Synthetic large dataset\n")
    writer.append(
      flow ? "mission: Synthetic mission, lead: C0,\n" : "mission: Synthetic mission\nlead: C0\n")
    writer.append(flow ? "sources: [\n" : "sources:\n")
    var first = true
    for index in 0..<10 {
      // Most sources carry no date, so figures count as known at the end of their period.
      let date = index < 4 ? ", date: 2016-0\(index + 1)-15" : ""
      let blockDate = index < 4 ? "\n    date: 2016-0\(index + 1)-15" : ""
      writer.item(
        &first,
        flow
          ? "{id: s\(index), publisher: Publisher \(index), title: Report series \(index)\(date), url: \"https://example.org/\(index)\"}"
          : "  - id: s\(index)\n    publisher: Publisher \(index)\n    title: Report series \(index)\(blockDate)\n    url: \"https://example.org/\(index)\"\n"
      )
    }
    writer.append(flow ? "\n],\ncontributors: [\n" : "contributors:\n")
    first = true
    let names = ["pledged", "deployed", "arrivals", "planned"]
    for contributor in 0..<contributors {
      writer.item(
        &first,
        flow
          ? "{id: C\(contributor), name: Country \(contributor),\n"
          : "  - id: C\(contributor)\n    name: Country \(contributor)\n")
      for (kind, count) in zip(names, plan.perContributor) {
        writer.append(flow ? (kind == "pledged" ? "" : ",\n") + "\(kind): [\n" : "    \(kind):\n")
        var firstItem = true
        let range: (Int, Int) =
          kind == "planned" ? (2025, 2027) : kind == "arrivals" ? (2024, 2026) : (2016, 2026)
        for _ in 0..<count {
          let value = kind == "pledged" ? random.next(in: 200...3000) : random.next(in: 1...2500)
          observation(&writer, &random, &firstItem, value: value, years: range, indent: "      ")
        }
        writer.append(flow ? "\n]" : "")
      }
      writer.append(flow ? "}" : "")
    }
    writer.append(flow ? "\n],\ntotals: {\n" : "totals:\n")
    for (kind, count) in zip(["pledged", "deployed", "countries"], plan.totals) {
      writer.append(flow ? (kind == "pledged" ? "" : ",\n") + "\(kind): [\n" : "  \(kind):\n")
      var firstItem = true
      for _ in 0..<count {
        let value = kind == "countries" ? random.next(in: 1...40) : random.next(in: 1000...20000)
        observation(&writer, &random, &firstItem, value: value, years: (2016, 2026), indent: "    ")
      }
      writer.append(flow ? "\n]" : "")
    }
    writer.append(flow ? "},\nmetrics: [\n" : "metrics:\n")
    first = true
    for metric in 0..<plan.metrics {
      var firstItem = true
      writer.item(
        &first,
        flow
          ? "{id: m\(metric), name: Metric \(metric), short: M\(metric), observations: [\n"
          : "  - id: m\(metric)\n    name: Metric \(metric)\n    short: M\(metric)\n    observations:\n"
      )
      for _ in 0..<plan.perMetric {
        observation(
          &writer, &random, &firstItem, value: random.next(in: 1...99_999), years: (2016, 2026),
          indent: "      ")
      }
      writer.append(flow ? "\n]}" : "")
    }
    writer.append(flow ? "\n],\nevents: [\n" : "events:\n")
    first = true
    let categories = ["mandate", "deployment", "violence", "diplomacy", "humanitarian", "funding"]
    for event in 0..<events {
      let date = randomDay(&random, years: (2016, 2030))
      let category = categories[random.next(in: 0...5)]
      let source = random.next(in: 4...9)
      writer.item(
        &first,
        flow
          ? "{id: e\(event), date: \(date), title: Patrol report \(event), category: \(category), source: s\(source), quote: q}"
          : "  - id: e\(event)\n    date: \(date)\n    title: Patrol report \(event)\n    category: \(category)\n    source: s\(source)\n    quote: q\n"
      )
    }
    writer.append(flow ? "\n]}\n" : "")
    return try writer.close()
  }

  private func observation(
    _ writer: inout FileWriter, _ random: inout SplitMix64, _ first: inout Bool, value: Int,
    years: (Int, Int), indent: String
  ) {
    let about = random.next(in: 0...9) == 0 ? "about " : ""
    let date = randomDay(&random, years: years)
    let source = random.next(in: 4...9)
    if style == .flow {
      writer.item(&first, "{value: \(about)\(value), date: \(date), source: s\(source), quote: q}")
    } else {
      writer.append(
        "\(indent)- value: \(about)\(value)\n\(indent)  date: \(date)\n\(indent)  source: s\(source)\n\(indent)  quote: q\n"
      )
    }
  }

  private func randomDay(_ random: inout SplitMix64, years: (Int, Int)) -> String {
    let year = random.next(in: years.0...years.1)
    let month = random.next(in: 1...12)
    let day = random.next(in: 1...28)
    return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
  }
}

/// A small deterministic generator, so every run writes the same file.
struct SplitMix64 {
  private var state: UInt64
  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  mutating func next(in range: ClosedRange<Int>) -> Int {
    range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
  }
}

/// Buffered writes to a new file.
struct FileWriter {
  private let descriptor: Int32
  private var buffer: [UInt8] = []
  private var written = 0
  /// Written between list items.
  var separator = ",\n"

  init(path: String) throws {
    descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw BenchError("cannot create \(path): errno \(errno)") }
    buffer.reserveCapacity(1 << 20)
  }

  mutating func append(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 1 << 20 { flush() }
  }

  private mutating func flush() {
    var offset = 0
    while offset < buffer.count {
      let count = buffer[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      if count <= 0 { break }
      offset += count
    }
    written += offset
    buffer.removeAll(keepingCapacity: true)
  }

  /// Appends a list item, with the separator before all but the first.
  mutating func item(_ first: inout Bool, _ text: String) {
    if !first { append(separator) }
    first = false
    append(text)
  }

  mutating func close() throws -> Int {
    flush()
    Glibc.close(descriptor)
    return written
  }
}
