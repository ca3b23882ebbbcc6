import MSSCore
import MSSView

#if canImport(Glibc)
  import Glibc
#endif

/// In-process timings of loading, resolving and rendering, for the bundled dataset and a
/// generated large one.
struct DataFigures {
  var bundledLoadSeconds = 0.0
  var bundledResolveSeconds = 0.0
  var bundledRenderSeconds = 0.0
  var bundledKeySeconds = 0.0

  var largePath = ""
  var largeBytes = 0
  var largeCounts = (contributors: 0, events: 0, observations: 0)
  var largeLoadSeconds = 0.0
  var largeResolveSeconds = 0.0
  var largeModelSeconds = 0.0
  var largeFirstRenderSeconds = 0.0
  var largeRenderSeconds = 0.0
  var largeSelectionSeconds = 0.0
  var largeStepSeconds = 0.0
  /// Render time with only the first N events kept (same observations): N → seconds.
  var renderByEvents: [(events: Int, seconds: Double)] = []
  /// The same data written as block YAML, at a smaller scale, through the YAML parser.
  var comparison: (observations: Int, bytes: Int, flowSeconds: Double, blockSeconds: Double)?
}

enum DataBench {
  struct Settings {
    var scale = 1.0
    var directory: String
    var loadRuns = 3
    var renderRuns = 30
    /// Scale of the block-YAML comparison; 0 skips it.
    var comparisonScale = 0.02
    var log: (String) -> Void
  }

  /// One load, resolution and frame, timed roughly: for running under a profiler.
  static func loadOnce(_ path: String) throws -> String {
    let start = monotonicNanoseconds()
    let cpuStart = processCPUNanoseconds()
    let dataset: Dataset
    switch DatasetLoader.load(path: path) {
    case .success(let loaded): dataset = loaded.dataset
    case .failure(let diagnostic): throw BenchError(diagnostic.description)
    }
    let loaded = monotonicNanoseconds()
    let cpuLoaded = processCPUNanoseconds()
    let asOf = Day.parse(LargeDataset.asOf) ?? dataset.defaultAsOf(today: Day.today())
    var model = AppModel(dataset: dataset, asOf: asOf, today: Day.today())
    let resolved = monotonicNanoseconds()
    model.resize(width: 200, height: 60)
    _ = Dashboard.render(model, width: 200, height: 60)
    let rendered = monotonicNanoseconds()
    var stepped = model
    _ = stepped.apply(.stepAsOf(-1))
    let step = monotonicNanoseconds()
    let changeDays = dataset.changeDays.count
    let days = monotonicNanoseconds()
    func ms(_ from: UInt64, _ to: UInt64) -> String {
      Format.time(milliseconds: Double(to - from) / 1e6)
    }
    return
      "load \(ms(start, loaded)) (CPU \(ms(cpuStart, cpuLoaded))), model \(ms(loaded, resolved)), "
      + "first frame \(ms(resolved, rendered)), as-of step without drawing \(ms(rendered, step)) "
      + "(of which changeDays \(ms(step, days)), \(changeDays) days): "
      + "\(dataset.events.count) events"
  }

  static func run(_ settings: Settings) throws -> DataFigures {
    var figures = DataFigures()
    bundled(&figures, settings)
    try large(&figures, settings)
    if settings.comparisonScale > 0 { try compare(&figures, settings) }
    return figures
  }

  /// The bundled dataset: load, resolve, one frame at 100×30, one selection move.
  private static func bundled(_ figures: inout DataFigures, _ settings: Settings) {
    let today = Day.today()
    var dataset: Dataset?
    figures.bundledLoadSeconds = Statistics.medianSeconds(runs: 20) {
      dataset = try? BundledDataset.history.load().get().dataset
    }
    guard let dataset else {
      settings.log("the bundled dataset does not load")
      return
    }
    let asOf = dataset.defaultAsOf(today: today)
    figures.bundledResolveSeconds = Statistics.medianSeconds(runs: 20) {
      _ = MissionState(dataset: dataset, asOf: asOf)
    }
    var model = AppModel(dataset: dataset, today: today)
    model.resize(width: 100, height: 30)
    figures.bundledRenderSeconds = Statistics.medianSeconds(runs: 50) {
      _ = Dashboard.render(model, width: 100, height: 30)
    }
    figures.bundledKeySeconds = Statistics.medianSeconds(runs: 50) {
      var copy = model
      _ = copy.apply(.moveDown)
      _ = Dashboard.render(copy, width: 100, height: 30)
    }
  }

  private static func large(_ figures: inout DataFigures, _ settings: Settings) throws {
    let shape = LargeDataset().scaled(settings.scale)
    let path = "\(settings.directory)/large.yaml"
    settings.log(
      "writing \(shape.contributors) contributors, \(shape.events) events, "
        + "\(shape.observationCount) observations to \(path)")
    figures.largePath = path
    figures.largeBytes = try shape.write(to: path)
    figures.largeCounts = (shape.contributors, shape.events, shape.observationCount)

    settings.log("loading it \(settings.loadRuns) times")
    var loaded: Dataset?
    var failure: Diagnostic?
    var samples: [Double] = []
    for _ in 0..<max(1, settings.loadRuns) {
      loaded = nil  // the previous copy is freed before the clock starts
      let start = monotonicNanoseconds()
      switch DatasetLoader.load(path: path) {
      case .success(let result): loaded = result.dataset
      case .failure(let diagnostic): failure = diagnostic
      }
      samples.append(Double(monotonicNanoseconds() - start) / 1e9)
    }
    figures.largeLoadSeconds = Statistics.median(samples) ?? 0
    guard let dataset = loaded else {
      throw BenchError("the large dataset does not load: \(failure?.description ?? "?")")
    }
    guard let asOf = Day.parse(LargeDataset.asOf) else { throw BenchError("bad as-of date") }
    figures.largeResolveSeconds = Statistics.medianSeconds(runs: 5) {
      _ = MissionState(dataset: dataset, asOf: asOf)
    }
    var model: AppModel?
    figures.largeModelSeconds = Statistics.medianSeconds(runs: 3) {
      model = AppModel(dataset: dataset, asOf: asOf, today: Day.today())
    }
    guard var model else { return }
    let first = monotonicNanoseconds()
    model.resize(width: 200, height: 60)
    _ = Dashboard.render(model, width: 200, height: 60)
    figures.largeFirstRenderSeconds = Double(monotonicNanoseconds() - first) / 1e9
    figures.largeRenderSeconds = Statistics.medianSeconds(runs: settings.renderRuns) {
      _ = Dashboard.render(model, width: 200, height: 60)
    }
    figures.largeSelectionSeconds = Statistics.medianSeconds(runs: settings.renderRuns) {
      var copy = model
      _ = copy.apply(.moveDown)
      _ = Dashboard.render(copy, width: 200, height: 60)
    }
    figures.largeStepSeconds = Statistics.medianSeconds(runs: 3) {
      var copy = model
      _ = copy.apply(.stepAsOf(-1))
      _ = Dashboard.render(copy, width: 200, height: 60)
    }

    // Render time against the number of events: the same data with fewer events.
    for count in [1000, 10_000, dataset.events.count] where count <= dataset.events.count {
      let fewer = Dataset(
        schema: dataset.schema, id: dataset.id, title: dataset.title, mission: dataset.mission,
        lead: dataset.lead, asOf: dataset.asOf, sources: dataset.sources,
        contributors: dataset.contributors, totals: dataset.totals, metrics: dataset.metrics,
        events: Array(dataset.events.prefix(count)), origin: dataset.origin)
      var fewerModel = AppModel(dataset: fewer, asOf: asOf, today: Day.today())
      fewerModel.resize(width: 200, height: 60)
      let seconds = Statistics.medianSeconds(runs: settings.renderRuns) {
        _ = Dashboard.render(fewerModel, width: 200, height: 60)
      }
      figures.renderByEvents.append((count, seconds))
    }
  }

  /// The same generator at a small scale, written both ways: the flow file takes the fast
  /// path, the block file libyaml's event reader.
  private static func compare(_ figures: inout DataFigures, _ settings: Settings) throws {
    var shape = LargeDataset().scaled(settings.comparisonScale)
    let flowPath = "\(settings.directory)/compare-flow.yaml"
    let blockPath = "\(settings.directory)/compare-block.yaml"
    _ = try shape.write(to: flowPath)
    shape.style = .block
    let bytes = try shape.write(to: blockPath)
    settings.log("comparing loaders on \(shape.observationCount) observations")
    let flow = Statistics.medianSeconds(runs: settings.loadRuns) {
      _ = DatasetLoader.load(path: flowPath)
    }
    let block = Statistics.medianSeconds(runs: settings.loadRuns) {
      _ = DatasetLoader.load(path: blockPath)
    }
    figures.comparison = (shape.observationCount, bytes, flow, block)
  }
}
