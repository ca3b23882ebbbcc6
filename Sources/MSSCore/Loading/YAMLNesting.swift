import CLibYAML

/// libyaml allows 1,000 levels of nesting. When Yams built the tree by recursion, a file of 990
/// nested lists overflowed a 2 MiB thread stack (the live-data thread's, where `ulimit -s` is
/// unlimited); `YAMLComposer` does not recurse, but code that walks a tree may. No dataset,
/// theme or config nests more than ten levels; past this limit libyaml stops with an error
/// naming the line and column.
public enum YAMLNesting {
  public static let limit = 64

  /// Lowers libyaml's limit for the whole process (it is a global); cheap to call again.
  public static func apply() { _ = applied }

  private static let applied: Void = { yaml_set_max_nest_level(Int32(limit)) }()
}
