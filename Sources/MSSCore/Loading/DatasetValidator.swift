/// Checks a loaded dataset for things that are legal but probably wrong: quotes that are not in
/// their local source, unknown or duplicate ids, deployed above pledged, implausible dates.
public enum DatasetValidator {
  /// Dates outside this window are almost certainly typos.
  public static let plausibleYears = 2000...2100

  public static func warnings(for dataset: Dataset, file: String) -> [Diagnostic] {
    var found: [Diagnostic] = []
    func warn(_ location: SourceLocation?, _ path: String, _ message: String) {
      found.append(Diagnostic(.warning, at: location, file: file, path: path, message: message))
    }

    for (kind, ids) in [
      ("source", dataset.sources.map { ($0.id, $0.location) }),
      ("contributor", dataset.contributors.map { ($0.id, $0.location) }),
      ("metric", dataset.metrics.map { ($0.id, $0.location) }),
      ("event", dataset.events.map { ($0.id, $0.location) }),
    ] {
      var seen: Set<String> = []
      for (id, location) in ids where !seen.insert(id).inserted {
        warn(location, "\(kind)s", "duplicate \(kind) id '\(id)'")
      }
    }
    if let lead = dataset.lead, !dataset.contributors.contains(where: { $0.id == lead }) {
      warn(nil, "lead", "lead '\(lead)' is not a contributor id")
    }

    let sources = Dictionary(
      dataset.sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    // Each local source's text is folded once, not once per quote.
    var foldedTexts: [String: String] = [:]
    func folded(_ source: Source, _ text: String) -> String {
      if let done = foldedTexts[source.id] { return done }
      let done = QuoteMatcher.fold(text)
      foldedTexts[source.id] = done
      return done
    }
    // Paths are spelled out only for a warning: a large dataset has a million of them.
    func check(_ citations: [Citation], _ path: @autoclosure () -> String) {
      for citation in citations {
        guard let source = sources[citation.sourceID] else {
          warn(citation.location, path() + ".source", "unknown source id '\(citation.sourceID)'")
          continue
        }
        if citation.isVerbatim, let text = source.text,
          !QuoteMatcher.contains(folded: folded(source, text), quote: citation.quote)
        {
          warn(
            citation.location, path() + ".quote",
            "quote not found verbatim in \(source.file ?? source.id): \"\(citation.quote.prefix(60))\""
          )
        }
      }
    }
    func check(
      _ spec: DateSpec, relative: String?, citations: [Citation], _ location: SourceLocation?,
      _ path: @autoclosure () -> String
    ) {
      if !plausibleYears.contains(spec.start.year) || !plausibleYears.contains(spec.end.year) {
        warn(
          location, path() + ".date",
          "date \(spec) is outside \(plausibleYears.lowerBound)–\(plausibleYears.upperBound)")
      }
      guard let relative,
        let anchor = citations.lazy.compactMap({ sources[$0.sourceID]?.date }).first,
        let expected = RelativeDate.resolve(relative, anchor: anchor)
      else { return }
      if expected != spec {
        warn(
          location, path() + ".date", "'\(relative)' from \(anchor) means \(expected), not \(spec)")
      }
    }
    func check(_ series: Series, _ path: String) {
      for (index, observation) in series.enumerated() {
        check(observation.citations, "\(path)[\(index)]")
        check(
          observation.period, relative: observation.relative, citations: observation.citations,
          observation.location, "\(path)[\(index)]")
      }
    }

    for (index, contributor) in dataset.contributors.enumerated() {
      let path = "contributors[\(index)]"
      check(contributor.pledged, path + ".pledged")
      check(contributor.deployed, path + ".deployed")
      check(contributor.arrivals, path + ".arrivals")
      check(contributor.planned, path + ".planned")
      if let pledged = contributor.pledged.max(by: { $0.value.value < $1.value.value }),
        let deployed = contributor.deployed.first(where: { $0.value.value > pledged.value.value })
      {
        warn(
          deployed.location, path + ".deployed",
          "\(contributor.name): deployed \(deployed.value.spoken) is above the largest pledge, \(pledged.value.spoken)"
        )
      }
    }
    check(dataset.totals.pledged, "totals.pledged")
    check(dataset.totals.deployed, "totals.deployed")
    check(dataset.totals.countries, "totals.countries")
    for (index, metric) in dataset.metrics.enumerated() {
      check(metric.observations, "metrics[\(index)].observations")
    }
    for (index, event) in dataset.events.enumerated() {
      check(event.citations, "events[\(index)]")
      check(
        event.date, relative: event.relative, citations: event.citations, event.location,
        "events[\(index)]")
    }
    return found
  }
}

/// Finds a quote in a source's text. Only runs of white space are folded, since line breaks in a
/// YAML string rarely match the article's; every other character must match exactly.
public enum QuoteMatcher {
  public static func contains(_ text: String, quote: String) -> Bool {
    contains(folded: fold(text), quote: quote)
  }

  /// The same, for a text already folded with `fold`.
  static func contains(folded text: String, quote: String) -> Bool {
    let folded = fold(quote)
    guard !folded.isEmpty else { return false }
    // Most quotes are there byte for byte: a match that starts and ends on character
    // boundaries is a match. Otherwise (another normalization, say) compare by characters.
    if let range = byteRange(of: folded, in: text),
      String.Index(range.lowerBound, within: text) != nil,
      String.Index(range.upperBound, within: text) != nil
    {
      return true
    }
    return text.contains(folded)
  }

  private static func byteRange(of needle: String, in text: String) -> Range<String.Index>? {
    let pattern = Array(needle.utf8)
    let bytes = text.utf8
    guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
    var start = bytes.startIndex
    while let found = bytes[start...].firstIndex(of: first) {
      guard let end = bytes.index(found, offsetBy: pattern.count, limitedBy: bytes.endIndex) else {
        return nil
      }
      if bytes[found..<end].elementsEqual(pattern) { return found..<end }
      start = bytes.index(after: found)
    }
    return nil
  }

  static func fold(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return foldASCII(text) }
    var out = ""
    var pendingSpace = false
    for character in text {
      if character.isWhitespace {
        pendingSpace = !out.isEmpty
      } else {
        if pendingSpace { out.append(" ") }
        pendingSpace = false
        out.append(character)
      }
    }
    return out
  }

  /// The same for ASCII text, byte by byte (white space: tab to carriage return, and space).
  private static func foldASCII(_ text: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for byte in text.utf8 {
      if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
        pendingSpace = !out.isEmpty
      } else {
        if pendingSpace { out.append(0x20) }
        pendingSpace = false
        out.append(byte)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}
