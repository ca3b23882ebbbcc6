/// A dataset with the warnings found while reading it.
public struct LoadedDataset: Sendable {
  public let dataset: Dataset
  public let warnings: [Diagnostic]
}

/// Reads the YAML (or JSON) dataset format documented in docs/dataset.md.
public struct DatasetLoader {
  /// Name used in messages: the path as the user gave it.
  let file: String
  /// Reads a source's local `file:` entry; nil when it cannot be read.
  let readLocal: (String) -> String?
  /// Collects warnings and source dates while one load runs.
  private final class Scratch {
    var warnings: [Diagnostic] = []
    /// Publication days of the sources read so far, to resolve relative dates against.
    var sourceDates: [String: Day] = [:]
  }
  private let scratch = Scratch()

  public init(file: String, readLocal: @escaping (String) -> String?) {
    self.file = file
    self.readLocal = readLocal
  }

  /// Loads a dataset from disk; local sources are read from its directory or below it.
  public static func load(path: String) -> Result<LoadedDataset, Diagnostic> {
    FileReader.readText(path: path).flatMap { text in
      let directory = LocalSourcePath.directory(of: path)
      let loader = DatasetLoader(file: path) { LocalSourcePath.read($0, in: directory) }
      return loader.load(text: text, origin: path)
    }
  }

  /// Parses text already in memory. `validating: false` leaves out DatasetValidator's checks
  /// (quotes against their articles, ids, dates), for data a test has already checked.
  public func load(
    text: String, origin: String, validating: Bool = true
  ) -> Result<LoadedDataset, Diagnostic> {
    load(origin: origin, validating: validating) { try $0.parseYAML(text) }
  }

  /// Reads a tree parsed ahead of time (the bundled datasets, `PackedTree`), without
  /// DatasetValidator's checks: such data is checked by tests, before it is built in.
  func load(tree: DocumentTree, origin: String) -> Result<LoadedDataset, Diagnostic> {
    load(origin: origin, validating: false) { YAMLField(tree: tree, index: 0, file: $0.file) }
  }

  private func load(
    origin: String, validating: Bool, parse: (DatasetLoader) throws -> YAMLField
  ) -> Result<LoadedDataset, Diagnostic> {
    let copy = DatasetLoader(file: file, readLocal: readLocal)
    do {
      let root = try parse(copy)
      let dataset = try copy.readDataset(root, origin: origin)
      var found = copy.scratch.warnings
      if validating { found += DatasetValidator.warnings(for: dataset, file: file) }
      return .success(LoadedDataset(dataset: dataset, warnings: found))
    } catch let diagnostic as Diagnostic {
      return .failure(diagnostic)
    } catch {
      return .failure(Diagnostic(.error, file: file, message: "\(error)"))
    }
  }

  /// JSON and flow-style files take the fast path; anything it is unsure of, and every
  /// block-style file, goes through the composer, which refuses anchors and aliases (a dataset
  /// never needs them, and they are how a few lines become a "billion laughs") and writes every
  /// syntax error.
  private func parseYAML(_ text: String) throws -> YAMLField {
    if let tree = FlowParser.parse(text) {
      return YAMLField(tree: tree, index: 0, file: file)
    }
    let tree: DocumentTree?
    do {
      tree = try YAMLComposer.tree(text, anchors: .refuse)
    } catch {
      throw YAMLErrorMapping.diagnostic(error, file: file)
    }
    guard let tree else {
      throw Diagnostic(.error, file: file, message: "the file holds no YAML document")
    }
    return YAMLField(tree: tree, index: 0, file: file)
  }

  /// The fields each kind of mapping may have.
  private enum Known {
    static let top = [
      "schema", "id", "title", "mission", "lead", "as_of", "description", "sources",
      "contributors", "totals", "metrics", "events",
    ]
    static let source = ["id", "publisher", "title", "date", "url", "file"]
    static let contributor = ["id", "name", "pledged", "deployed", "arrivals", "planned", "note"]
    static let totals = ["pledged", "deployed", "countries"]
    static let metric = ["id", "name", "short", "unit", "observations"]
    static let event = [
      "id", "date", "title", "category", "published", "relative", "source", "quote", "summary",
      "citations",
    ]
    static let observation = [
      "value", "date", "source", "quote", "qualifier", "published", "relative", "summary",
      "citations", "note",
    ]
    static let citation = ["source", "quote", "summary"]
  }

  private func readDataset(_ root: YAMLField, origin: String) throws -> Dataset {
    let top = try root.mapping()
    scratch.warnings += top.unknownKeys(known: Known.top)
    let schemaField = try top.required("schema")
    let schema = try schemaField.int()
    guard schema == Dataset.supportedSchema else {
      throw schemaField.error(
        "unsupported schema \(schema); this mssdash reads schema \(Dataset.supportedSchema)")
    }
    let sources = try (top.optional("sources")?.sequence() ?? []).map(readSource)
    guard !sources.isEmpty else {
      throw root.error("missing required field 'sources' (at least one source)")
    }
    for source in sources { if let date = source.date { scratch.sourceDates[source.id] = date } }
    let contributors = try (top.optional("contributors")?.sequence() ?? []).map(readContributor)
    let totals = try top.optional("totals").map(readTotals) ?? MissionTotals()
    let metrics = try (top.optional("metrics")?.sequence() ?? []).map(readMetric)
    let events = try (top.optional("events")?.sequence() ?? []).map(readEvent)
    return Dataset(
      schema: schema, id: try top.required("id").nonEmptyString(),
      title: try top.required("title").nonEmptyString(),
      mission: try top.required("mission").nonEmptyString(),
      lead: try top.optional("lead")?.string(), asOf: try top.optional("as_of")?.day(),
      sources: sources, contributors: contributors, totals: totals, metrics: metrics,
      events: events, origin: origin)
  }

  private func readSource(_ field: YAMLField) throws -> Source {
    let map = try field.mapping()
    scratch.warnings += map.unknownKeys(known: Known.source)
    let localFile = try map.optional("file")?.nonEmptyString()
    var text: String?
    if let localFile, let fileField = map.optional("file") {
      if !LocalSourcePath.isInside(localFile) {
        scratch.warnings.append(
          fileField.warning(
            "local source '\(localFile)' is not read: it must be a path inside the dataset's "
              + "directory (relative, without '..')"))
      } else {
        text = readLocal(localFile)
        if text == nil {
          scratch.warnings.append(fileField.warning("local source '\(localFile)' cannot be read"))
        }
      }
    }
    return Source(
      id: try map.required("id").nonEmptyString(),
      publisher: try map.required("publisher").nonEmptyString(),
      title: try map.required("title").nonEmptyString(), date: try map.optional("date")?.day(),
      url: try map.optional("url")?.nonEmptyString(), file: localFile, text: text,
      location: field.location)
  }

  private func readContributor(_ field: YAMLField) throws -> Contributor {
    let map = try field.mapping()
    scratch.warnings += map.unknownKeys(known: Known.contributor)
    func series(_ key: String) throws -> Series {
      try (map.optional(key)?.sequence() ?? []).map { try readObservation($0, unit: .count) }
    }
    return Contributor(
      id: try map.required("id").nonEmptyString(), name: try map.required("name").nonEmptyString(),
      pledged: try series("pledged"), deployed: try series("deployed"),
      arrivals: try series("arrivals"), planned: try series("planned"),
      note: try map.optional("note")?.string(), location: field.location)
  }

  private func readTotals(_ field: YAMLField) throws -> MissionTotals {
    let map = try field.mapping()
    scratch.warnings += map.unknownKeys(known: Known.totals)
    func series(_ key: String) throws -> Series {
      try (map.optional(key)?.sequence() ?? []).map { try readObservation($0, unit: .count) }
    }
    return MissionTotals(
      pledged: try series("pledged"), deployed: try series("deployed"),
      countries: try series("countries"))
  }

  private func readMetric(_ field: YAMLField) throws -> Metric {
    let map = try field.mapping()
    scratch.warnings += map.unknownKeys(known: Known.metric)
    let unit = try map.optional("unit")?.enumValue(QuantityUnit.self) ?? .count
    let observations = try map.required("observations").sequence().map {
      try readObservation($0, unit: unit)
    }
    return Metric(
      id: try map.required("id").nonEmptyString(), name: try map.required("name").nonEmptyString(),
      short: try map.optional("short")?.nonEmptyString(), observations: observations,
      location: field.location)
  }

  private func readEvent(_ field: YAMLField) throws -> Event {
    let map = try field.mapping()
    scratch.warnings += map.unknownKeys(known: Known.event)
    let citations = try readCitations(map)
    let relative = try map.optional("relative")?.nonEmptyString()
    return Event(
      id: try map.required("id").nonEmptyString(),
      date: try readDate(map, relative: relative, citations: citations),
      title: try map.required("title").nonEmptyString(),
      category: try map.required("category").enumValue(EventCategory.self),
      publication: try map.optional("published")?.dateSpec(), citations: citations,
      relative: relative, location: field.location)
  }

  private func readObservation(_ field: YAMLField, unit: QuantityUnit) throws -> Observation {
    let map = try field.mapping()
    scratch.warnings += map.unknownKeys(known: Known.observation)
    let citations = try readCitations(map)
    let relative = try map.optional("relative")?.nonEmptyString()
    return Observation(
      value: try readQuantity(map, unit: unit),
      period: try readDate(map, relative: relative, citations: citations),
      publication: try map.optional("published")?.dateSpec(), citations: citations,
      relative: relative, note: try map.optional("note")?.string(), location: field.location)
  }

  /// `value` is text such as "at least 115" or a number; a separate `qualifier` may be given.
  private func readQuantity(_ map: YAMLMapping, unit: QuantityUnit) throws -> Quantity {
    let valueField = try map.required("value")
    let raw = try valueField.string()
    var quantity: Quantity
    switch Quantity.parse(raw, unit: unit) {
    case .success(let parsed): quantity = parsed
    case .failure(let failure): throw valueField.error(failure.message)
    }
    if let qualifierField = map.optional("qualifier") {
      let qualifier = try qualifierField.enumValue(Qualifier.self)
      if quantity.qualifier != .exact, quantity.qualifier != qualifier {
        throw qualifierField.error("contradicts the qualifier written in the value '\(raw)'")
      }
      quantity = Quantity(quantity.value, qualifier, unit: quantity.unit)
    }
    return quantity
  }

  /// `date`, or a `relative` phrase resolved against the cited source's date.
  private func readDate(_ map: YAMLMapping, relative: String?, citations: [Citation]) throws
    -> DateSpec
  {
    if let dateField = map.optional("date") { return try dateField.dateSpec() }
    guard let relative, let relativeField = map.optional("relative") else {
      throw map.field.error("missing required field 'date'")
    }
    guard let anchor = citations.lazy.compactMap({ scratch.sourceDates[$0.sourceID] }).first else {
      throw relativeField.error(
        "a relative date needs a cited source with a 'date' to resolve against")
    }
    guard let resolved = RelativeDate.resolve(relative, anchor: anchor) else {
      throw relativeField.error(
        "unknown relative date '\(relative)'; known: \(RelativeDate.phrases.joined(separator: ", "))"
      )
    }
    return resolved
  }

  /// `source` + `quote` (or `summary`), or a `citations` list of them, or both.
  private func readCitations(_ map: YAMLMapping) throws -> [Citation] {
    var citations: [Citation] = []
    if let sourceField = map.optional("source") {
      citations.append(try readCitation(map, at: sourceField.location))
    } else if let stray = map.optional("quote") ?? map.optional("summary") {
      throw stray.error("a quote needs the 'source' it comes from")
    }
    for item in try map.optional("citations")?.sequence() ?? [] {
      let entry = try item.mapping()
      scratch.warnings += entry.unknownKeys(known: Known.citation)
      citations.append(try readCitation(entry, at: item.location))
    }
    guard !citations.isEmpty else {
      throw map.field.error(
        "missing required field 'source' with its 'quote': every figure cites its source")
    }
    return citations
  }

  /// One `source` with either its verbatim `quote` or, when none is on file, a `summary`.
  private func readCitation(_ map: YAMLMapping, at location: SourceLocation) throws -> Citation {
    let source = try map.required("source").nonEmptyString()
    switch (map.optional("quote"), map.optional("summary")) {
    case (let quote?, nil):
      return Citation(sourceID: source, quote: try quote.nonEmptyString(), location: location)
    case (nil, let summary?):
      return Citation(
        sourceID: source, quote: try summary.nonEmptyString(), location: location,
        isVerbatim: false)
    case (_?, let summary?):
      throw summary.error("give either 'quote' or 'summary', not both")
    case (nil, nil):
      throw map.field.error(
        "missing required field 'quote' (or 'summary' when no verbatim sentence is on file)")
    }
  }
}
