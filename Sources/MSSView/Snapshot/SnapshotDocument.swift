/// The document `mssdash snapshot --format json` writes, for other tools: the mission as resolved
/// on one date. Keys are snake_case and sorted. Every figure carries its qualifier, period,
/// known date, sources with quotes, and the values that conflict with it. Within a section
/// every key is present (null when not known); a section `--panel` leaves out is absent.
public struct SnapshotDocument: Codable, Equatable, Sendable {
  /// Raised when a field changes meaning or goes away; new fields keep the version.
  public static let currentSchemaVersion = 1

  public var schemaVersion: Int
  public var dataset: DatasetInfo
  /// The as-of day, `YYYY-MM-DD`.
  public var asOf: String
  /// The panel the document was limited to, if any.
  public var panel: String?
  public var totals: Totals?
  public var contributors: [Contributor]?
  public var derived: Derived?
  public var metrics: [Metric]?
  public var events: Events?
  public var conflicts: [Conflict]?
  public var sources: [SourceInfo]?

  public struct DatasetInfo: Codable, Equatable, Sendable {
    public var id: String
    public var title: String
    public var mission: String
    /// A path, a URL or `builtin:NAME`.
    public var origin: String
    public var schema: Int
  }
}
