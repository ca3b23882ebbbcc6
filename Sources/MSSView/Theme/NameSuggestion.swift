/// "Did you mean …?" for a mistyped role or colour name.
enum NameSuggestion {
  /// The candidate within a small edit distance of `text`, if there is one.
  static func closest(to text: String, among candidates: [String]) -> String? {
    let limit = max(1, min(3, text.count / 3))
    let scored = candidates.map { ($0, distance(Array(text), Array($0))) }
    guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= limit else { return nil }
    return best.0
  }

  /// Levenshtein distance, treating `-` and `_` as the same so `focus-border` finds `focus_border`.
  static func distance(_ left: [Character], _ right: [Character]) -> Int {
    let normalise: (Character) -> Character = { $0 == "-" ? "_" : $0 }
    var previous = Array(0...right.count)
    for (row, leftCharacter) in left.enumerated() {
      var current = [row + 1]
      for (column, rightCharacter) in right.enumerated() {
        let substitution =
          previous[column] + (normalise(leftCharacter) == normalise(rightCharacter) ? 0 : 1)
        current.append(min(substitution, previous[column + 1] + 1, current[column] + 1))
      }
      previous = current
    }
    return previous[right.count]
  }
}
