import MSSCore

extension SnapshotDocument {
  /// The document for `state`, limited to `panel`'s sections when one is given.
  public init(_ state: MissionState, panel: PanelID? = nil) {
    let build = SnapshotFigureBuilder(dataset: state.dataset)
    let dataset = state.dataset
    let sections = ReportSection.sections(for: panel)
    schemaVersion = Self.currentSchemaVersion
    self.dataset = DatasetInfo(
      id: build.clean(dataset.id), title: build.clean(dataset.title),
      mission: build.clean(dataset.mission), origin: build.clean(dataset.origin),
      schema: dataset.schema)
    asOf = state.asOf.description
    self.panel = panel.map { String(describing: $0) }
    if sections.contains(.pledges) {
      totals = Totals(
        pledged: build.figure(state.pledged.figure),
        pledgedSummedFromContributors: state.pledged.summedFromContributors,
        deployed: build.figure(state.deployed.figure),
        deployedSummedFromContributors: state.deployed.summedFromContributors,
        countries: build.figure(state.countries))
      contributors = state.contributors.map(build.contributor)
      derived = Derived(
        deploymentRatio: build.derived(state.derived.deploymentRatio, unit: .share),
        shortfall: build.derived(state.derived.shortfall, unit: .count),
        leadShare: build.derived(state.derived.leadShare, unit: .share),
        projected: build.derived(state.derived.projected, unit: .count),
        projectedRatio: build.derived(state.derived.projectedRatio, unit: .share))
    }
    if sections.contains(.humanitarian) {
      metrics = state.metrics.compactMap(build.metric)
    }
    if sections.contains(.timeline) {
      events = Events(
        past: state.pastEvents.map(build.event), upcoming: state.upcomingEvents.map(build.event))
    }
    if sections.contains(.conflicts) {
      conflicts = state.conflicts.compactMap { label, figure in
        figure.current.map { current in
          Conflict(
            label: build.clean(label), current: build.figure(current),
            conflicting: figure.conflicts.map { build.figure($0) })
        }
      }
    }
    if sections.contains(.sources) {
      sources = dataset.sources.map(build.source)
    }
  }
}

/// Turns the resolved model into document parts. Dataset text goes through TextSanitizer, so a
/// tool that prints a title cannot be handed a control sequence or a bidi override.
struct SnapshotFigureBuilder {
  let dataset: Dataset
  let chronology: Chronology

  init(dataset: Dataset) {
    self.dataset = dataset
    chronology = Chronology(dataset: dataset)
  }

  func clean(_ text: String) -> String { TextSanitizer.clean(text) }

  func figure(_ resolved: ResolvedFigure) -> SnapshotDocument.Figure? {
    resolved.current.map {
      figure($0, conflicts: resolved.conflicts, corroborations: resolved.corroborations)
    }
  }

  func figure(
    _ observation: Observation, conflicts: [Observation] = [], corroborations: [Observation] = []
  ) -> SnapshotDocument.Figure {
    SnapshotDocument.Figure(
      value: observation.value.value, qualifier: observation.value.qualifier.rawValue,
      unit: observation.value.unit.rawValue, text: observation.value.formatted(),
      period: observation.period.description, periodText: observation.period.display(),
      published: observation.published?.description,
      known: chronology.knownDate(observation).description,
      relative: observation.relative.map(clean), note: observation.note.map(clean),
      sources: sources(observation.citations),
      conflicts: conflicts.map { figure($0) }, corroborations: corroborations.map { figure($0) })
  }

  func sources(_ citations: [Citation]) -> [SnapshotDocument.CitedSource] {
    citations.map { citation in
      let source = dataset.source(citation.sourceID)
      return SnapshotDocument.CitedSource(
        id: clean(citation.sourceID), publisher: clean(source?.publisher ?? citation.sourceID),
        url: source?.url.map(clean), quote: clean(citation.quote))
    }
  }

  func contributor(_ status: ContributorStatus) -> SnapshotDocument.Contributor {
    let inputs = [status.pledged.value, status.deployed.value].compactMap { $0 }
    let qualifier: Qualifier = inputs.allSatisfy { $0.qualifier == .exact } ? .exact : .about
    return SnapshotDocument.Contributor(
      id: clean(status.id), name: clean(status.name), lead: status.isLead,
      pledged: figure(status.pledged), deployed: figure(status.deployed),
      ratio: status.ratio.flatMap { derivedValue($0, qualifier, unit: .share) },
      arrivals: status.arrivals.map { figure($0) }, planned: status.planned.map { figure($0) })
  }

  func metric(_ status: MetricStatus) -> SnapshotDocument.Metric? {
    figure(status.figure).map { current in
      SnapshotDocument.Metric(
        id: clean(status.id), name: clean(status.metric.name), short: clean(status.metric.short),
        figure: current, history: status.figure.history.map { figure($0) })
    }
  }

  func event(_ event: Event) -> SnapshotDocument.Event {
    SnapshotDocument.Event(
      id: clean(event.id), date: event.date.description, dateText: event.date.display(),
      title: clean(event.title), category: event.category.rawValue,
      published: event.published?.description, relative: event.relative.map(clean),
      sources: sources(event.citations))
  }

  func source(_ source: Source) -> SnapshotDocument.SourceInfo {
    SnapshotDocument.SourceInfo(
      id: clean(source.id), publisher: clean(source.publisher), title: clean(source.title),
      date: source.date?.description, url: source.url.map(clean), file: source.file.map(clean))
  }

  func derived(_ derived: DerivedFigures.Derived?, unit: QuantityUnit) -> SnapshotDocument
    .DerivedValue?
  {
    derived.flatMap { derivedValue($0.value, $0.qualifier, unit: unit) }
  }

  /// Nil for a value JSON cannot hold (a ratio over an empty pledge).
  func derivedValue(_ value: Double, _ qualifier: Qualifier, unit: QuantityUnit) -> SnapshotDocument
    .DerivedValue?
  {
    guard value.isFinite else { return nil }
    return SnapshotDocument.DerivedValue(
      value: value, qualifier: qualifier.rawValue, unit: unit.rawValue)
  }
}
