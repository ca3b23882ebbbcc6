import CLibYAML

/// Composes YAML text into a `DocumentTree` from libyaml's events: the one careful path for
/// datasets, themes and the config file. What Yams' composer (with its `.basic` resolver) did,
/// it does: every scalar is text and tags change nothing; aliases are copies of their anchor's
/// node, bounded so a "billion laughs" file is refused; duplicate keys, undefined aliases, a
/// second document and libyaml's own errors are `YAMLProblem`s with their place. No text or
/// only comments is no document (nil).
public enum YAMLComposer {
  public enum Anchors: Sendable {
    /// Aliases are copies of their anchor's node, up to `aliasExpansionLimit` copied nodes.
    case expand
    /// The first anchor or alias is a problem (datasets, which never need them).
    case refuse
  }

  /// Far more than any theme or config file needs, far less than an alias bomb makes.
  public static let aliasExpansionLimit = 100_000

  static func tree(_ text: String, anchors: Anchors) throws(YAMLProblem) -> DocumentTree? {
    YAMLNesting.apply()
    var text = text
    text.makeContiguousUTF8()
    let outcome = text.utf8.withContiguousStorageIfAvailable {
      bytes -> Result<DocumentTree?, YAMLProblem> in
      var parser = yaml_parser_t()
      guard yaml_parser_initialize(&parser) == 1 else {
        return .failure(
          YAMLProblem(.syntax(context: nil, problem: "out of memory"), line: 0, column: 0))
      }
      defer { yaml_parser_delete(&parser) }
      yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
      yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
      var builder = EventTreeBuilder(anchors: anchors)
      do throws(YAMLProblem) {
        return .success(try builder.build(&parser))
      } catch {
        return .failure(error)
      }
    }
    // `makeContiguousUTF8` makes the storage available; an empty result is no document.
    return try (outcome ?? .success(nil)).get()
  }

  /// The document in `text` as nodes to walk; nil when it holds none.
  public static func compose(_ text: String, anchors: Anchors = .expand) throws(YAMLProblem)
    -> YAMLNode?
  {
    try tree(text, anchors: anchors).map { YAMLNode(tree: $0, index: 0) }
  }
}
