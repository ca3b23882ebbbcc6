import MSSCore
import Synchronization

/// Each metric's sparkline values (`ResolvedViewData.series`, the last `sparkLength`), worked
/// out when a tile first shows the metric: a first frame shows a few tiles of many.
final class SparkCache: Sendable {
  // Models are Sendable values, and copies of one share this cache: the values found so far
  // are behind a mutex. The model starts a new cache whenever its as-of date or data change.
  private let metrics: [MetricStatus]
  private let found = Mutex<[String: [Double]]>([:])

  init(_ state: MissionState? = nil) {
    metrics = state?.metrics ?? []
  }

  /// The values for the metric with `id`; empty when there is no such metric.
  func values(_ id: String) -> [Double] {
    found.withLock { found in
      if let hit = found[id] { return hit }
      // The last of a repeated id, as a dictionary built from all of them would keep.
      let values =
        metrics.last { $0.id == id }.map {
          Array(ResolvedViewData.series($0.figure.history).suffix(ResolvedViewData.sparkLength))
        } ?? []
      found[id] = values
      return values
    }
  }
}
