/// Word wrapping of styled paragraphs by display width.
enum Wrap {
  /// Wraps `spans` into lines of at most `width` columns; continuation lines start with
  /// `indent` spaces. Words longer than a line are cut.
  static func lines(_ spans: [Span], width: Int, indent: Int = 0) -> [StyledLine] {
    guard width > indent + 1 else { return [] }
    var lines: [StyledLine] = []
    var current = StyledLine()
    var used = 0
    // Spaces seen since the last word; runs of them are kept inside a line, dropped at breaks.
    var spaces = 0
    // Leading spaces of the paragraph are kept: they indent its first line.
    let lead = spans.first.map { $0.text.prefix { $0 == " " }.count } ?? 0
    if lead > 0, lead < width {
      current.spans.append(Span(String(repeating: " ", count: lead)))
      used = lead
    }
    var lineStart = used
    // The text of the current span placed on the current line since the last flush, kept as
    // one slice (words and the spaces between them) and added to the line in one piece.
    var run: Substring?
    var runRole = Role.text
    func flush() {
      if let text = run { append(text, runRole, &current) }
      run = nil
    }
    /// Adds `piece` to the run; `joins` when the spaces between them in the text are the ones
    /// the line keeps (not when they fall at the start of a line and are dropped).
    func place(_ piece: Substring, _ role: Role, joins: Bool) {
      guard !piece.isEmpty else { return }
      if let text = run, joins {
        run = text.base[text.startIndex..<piece.endIndex]
      } else {
        flush()
        run = piece
        runRole = role
      }
    }
    func newLine() {
      flush()
      lines.append(current)
      current = StyledLine(spans: indent > 0 ? [Span(String(repeating: " ", count: indent))] : [])
      used = indent
      lineStart = indent
      spaces = 0
    }
    for span in spans {
      var words = Words(span.text)
      while let token = words.next() {
        guard case .word(let word) = token else {
          spaces += 1
          continue
        }
        // The rest of a long word stays a slice of the span's text and its width is kept by
        // subtraction: a megabyte-long word wraps in linear time.
        var piece = word
        var pieceWidth = TextWidth.of(piece)
        let gap = used > lineStart ? spaces : 0
        let joins = gap == spaces
        if used > lineStart, used + gap + pieceWidth > width {
          newLine()
        } else if gap > 0 {
          if run == nil {
            append(Substring(String(repeating: " ", count: gap)), span.role, &current)
          }
          used += gap
        }
        while used + pieceWidth > width {
          let cut = prefix(piece, width: width - used)
          place(piece[..<cut.end], span.role, joins: joins)
          used += cut.width
          newLine()
          piece = piece[cut.end...]
          pieceWidth -= cut.width
        }
        place(piece, span.role, joins: joins)
        used += pieceWidth
        spaces = 0
      }
      flush()
    }
    if !current.spans.isEmpty { lines.append(current) }
    return lines
  }

  /// Adds `text` to the line, into its last span when the role is the same.
  private static func append(_ text: Substring, _ role: Role, _ line: inout StyledLine) {
    guard !text.isEmpty else { return }
    if let last = line.spans.last, last.role == role {
      line.spans[line.spans.count - 1].text.append(contentsOf: text)
    } else {
      line.spans.append(Span(String(text), role))
    }
  }

  /// Where to split to fit `width` columns, and the width before that point; takes at least
  /// one cluster so wrapping always progresses.
  private static func prefix(_ text: Substring, width: Int) -> (end: String.Index, width: Int) {
    var used = 0
    var index = text.startIndex
    while index < text.endIndex {
      let cluster = text[index]
      let clusterWidth = TextWidth.of(cluster)
      if used + clusterWidth > width, index > text.startIndex { break }
      used += clusterWidth
      index = text.index(after: index)
    }
    return (index, used)
  }
}
